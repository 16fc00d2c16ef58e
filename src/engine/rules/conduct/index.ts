// The conduct family, in a fixed order (the order findings are produced in does not affect reports,
// which are sorted, but a fixed order keeps runs byte-identical).
import type { Rule } from "../../rule";
import discrimination from "./discrimination";
import intoxication from "./intoxication";
import profanity from "./profanity";
import sexual from "./sexual";
import substanceMisuse from "./substance-misuse";
import threat from "./threat";

export const conductRules: Rule[] = [intoxication, discrimination, threat, profanity, sexual, substanceMisuse];
