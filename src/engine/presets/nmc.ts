import type { Preset } from "./types";

/**
 * UK nurses, midwives and nursing associates: the NMC Code. The Code has no counterpart of the GMC's
 * ¶17 (doctors who identify as doctors should give their name), and the NMC's social media guidance
 * accepts anonymous accounts while the Code still applies, so that rule is off.
 */
export const nmc: Preset = Object.freeze({
  name: "nmc",
  label: "NMC (UK nurses, midwives, nursing associates)",
  locale: "en-GB",
  rules: Object.freeze({ "transparency/anonymity": "off" }),
  citations: Object.freeze({
    "confidentiality/patient-identifier": ["nmc:5.1", "nmc:20.10"],
    "confidentiality/jigsaw": ["nmc:5.1", "nmc:20.10"],
    "confidentiality/patient-discussion": ["nmc:5.1", "nmc:20.10"],
    "confidentiality/review-reply": ["nmc:5.1", "nmc:20.10"],
    "respect/patients": ["nmc:1.1", "nmc:20.5"],
    "respect/colleagues": ["nmc:8.1", "nmc:20.2"],
    "legal/defamation": ["nmc:20.4", "nmc:20.10"],
    "conduct/intoxication": ["nmc:20.3", "nmc:20.8"],
    "conduct/discrimination": ["nmc:20.2", "nmc:20.5"],
    "conduct/threat": ["nmc:20.2", "nmc:20.5"],
    "conduct/profanity": ["nmc:20.3", "nmc:20.8"],
    "conduct/sexual": ["nmc:20.6", "nmc:20.3"],
    "conduct/substance-misuse": ["nmc:20.4", "nmc:20.3"],
    "boundaries/patient-relationship": ["nmc:20.6"],
    "transparency/conflict-of-interest": ["nmc:21.1", "nmc:21.3"],
    "advertising/misleading-claims": ["nmc:21.4"],
    "advertising/prescription-only-medicine": ["nmc:21.4", "nmc:20.4", "cap:12.12"],
    "prescribing/remote": ["nmc:18.1"],
    "privacy/location": ["nmc:20.10"],
    "privacy/credentials": ["nmc:5.1", "nmc:20.10"],
    "concerns/public-disclosure": ["nmc:16.1"],
  }),
});
