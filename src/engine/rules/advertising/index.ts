// The advertising family, in a fixed order (the order findings are produced in does not affect reports,
// which are sorted, but a fixed order keeps runs byte-identical).
import type { Rule } from "../../rule";
import misleadingClaims from "./misleading-claims";
import prescriptionOnlyMedicine from "./prescription-only-medicine";

export const advertisingRules: Rule[] = [misleadingClaims, prescriptionOnlyMedicine];
