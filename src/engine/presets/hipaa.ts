import type { Preset } from "./types";

/**
 * US clinicians: HIPAA's Safe Harbor identifiers for confidentiality (SSNs, medical record numbers, ZIP
 * codes, US phone numbers), the AMA's Opinion 2.3.2 for professional conduct and the FTC's
 * endorsement guides for undisclosed commercial ties. Prescription drugs may lawfully be advertised
 * to the US public (FDA-regulated), and US law has no rule that clinicians post under their name, so
 * those two rules are off.
 */
const SAFE_HARBOR = ["hipaa:164.514(b)(2)(i)", "hipaa:164.502(a)"];
export const hipaa: Preset = Object.freeze({
  name: "hipaa",
  label: "HIPAA (US clinicians)",
  locale: "en-US",
  rules: Object.freeze({ "advertising/prescription-only-medicine": "off", "transparency/anonymity": "off" }),
  citations: Object.freeze({
    "confidentiality/patient-identifier": SAFE_HARBOR,
    "confidentiality/jigsaw": ["hipaa:164.514(b)(2)(ii)", "hipaa:164.502(a)"],
    "confidentiality/patient-discussion": ["hipaa:164.502(a)", "ama:2.3.2"],
    "confidentiality/review-reply": ["hipaa:164.502(a)", "ama:2.3.2"],
    "respect/patients": ["ama:2.3.2(f)"],
    "respect/colleagues": ["ama:2.3.2(f)"],
    "legal/defamation": ["ama:2.3.2(f)"],
    "conduct/intoxication": ["ama:2.3.2(f)"],
    "conduct/discrimination": ["ama:2.3.2(f)"],
    "conduct/threat": ["ama:2.3.2(f)"],
    "conduct/profanity": ["ama:2.3.2(f)"],
    "conduct/sexual": ["ama:2.3.2(c)", "ama:2.3.2(f)"],
    "conduct/substance-misuse": ["ama:2.3.2(f)"],
    "boundaries/patient-relationship": ["ama:2.3.2(c)"],
    "transparency/conflict-of-interest": ["ftc:255.5"],
    "advertising/misleading-claims": ["ama:2.3.2(f)"],
    "prescribing/remote": ["ama:2.3.2(c)"],
    "privacy/location": ["ama:2.3.2"],
    "privacy/credentials": ["hipaa:164.502(a)"],
    "concerns/public-disclosure": ["ama:2.3.2(f)"],
  }),
});
