// The respect family, in a fixed order (the order findings are produced in does not affect reports,
// which are sorted, but a fixed order keeps runs byte-identical).
import type { Rule } from "../../rule";
import patients from "./patients";
import colleagues from "./colleagues";

export const respectRules: Rule[] = [patients, colleagues];
