// The transparency family, in a fixed order (the order findings are produced in does not affect reports,
// which are sorted, but a fixed order keeps runs byte-identical).
import type { Rule } from "../../rule";
import anonymity from "./anonymity";
import conflictOfInterest from "./conflict-of-interest";

export const transparencyRules: Rule[] = [anonymity, conflictOfInterest];
