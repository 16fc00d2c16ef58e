// The confidentiality family, in a fixed order (reports are sorted, but a fixed order keeps runs
// byte-identical).
import type { Rule } from "../../rule";
import jigsaw from "./jigsaw";
import patientDiscussion from "./patient-discussion";
import patientIdentifier from "./patient-identifier";
import reviewReply from "./review-reply";

export const confidentialityRules: Rule[] = [patientIdentifier, jigsaw, patientDiscussion, reviewReply];
