// The privacy family, in a fixed order (the order findings are produced in does not affect reports,
// which are sorted, but a fixed order keeps runs byte-identical).
import type { Rule } from "../../rule";
import credentials from "./credentials";
import location from "./location";

export const privacyRules: Rule[] = [location, credentials];
