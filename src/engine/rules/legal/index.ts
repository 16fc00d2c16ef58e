// The legal family, in a fixed order (the order findings are produced in does not affect reports,
// which are sorted, but a fixed order keeps runs byte-identical).
import type { Rule } from "../../rule";
import defamation from "./defamation";

export const legalRules: Rule[] = [defamation];
