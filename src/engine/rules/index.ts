// Every rule, family by family. A rule is one file; each family's index lists its rules.
import type { Rule } from "../rule";
import { advertisingRules } from "./advertising";
import { boundariesRules } from "./boundaries";
import { concernsRules } from "./concerns";
import { conductRules } from "./conduct";
import { confidentialityRules } from "./confidentiality";
import { legalRules } from "./legal";
import { prescribingRules } from "./prescribing";
import { privacyRules } from "./privacy";
import { respectRules } from "./respect";
import { transparencyRules } from "./transparency";

export const RULES: readonly Rule[] = Object.freeze([
  ...confidentialityRules,
  ...respectRules,
  ...legalRules,
  ...conductRules,
  ...boundariesRules,
  ...transparencyRules,
  ...advertisingRules,
  ...prescribingRules,
  ...privacyRules,
  ...concernsRules,
]);
