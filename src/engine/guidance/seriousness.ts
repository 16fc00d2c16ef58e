// The GMC adviser's "indication of seriousness" (shared/seeds/003), most serious first. A report's
// score is the seriousness of its worst finding, so posts rank in the order this table gives.

export interface SeriousnessRow {
  situation: string;
  score: number;
  rules: string[];
}

export const SERIOUSNESS_TABLE: readonly SeriousnessRow[] = [
  { situation: "Providing misleading or inaccurate information on a professional website, e.g. cosmetic surgery", score: 100, rules: ["advertising/misleading-claims"] },
  { situation: "Posting on Instagram identifiable photos of patients receiving medical treatment without their consent, with adverse comments about the patient(s)", score: 95, rules: ["confidentiality/clinical-image", "respect/patients"] },
  { situation: "Contacting a known patient through a dating website for a date", score: 90, rules: ["boundaries/patient-relationship"] },
  { situation: "Posting a photo on Facebook of a doctor clearly intoxicated", score: 85, rules: ["conduct/intoxication"] },
  { situation: "Posting comments about a patient on Twitter containing potentially identifying information", score: 80, rules: ["confidentiality/patient-identifier", "confidentiality/jigsaw", "confidentiality/review-reply"] },
  { situation: "Using discriminatory language in a blog", score: 72, rules: ["conduct/discrimination"] },
  { situation: "Posting something disrespectful of patients in general that doesn't contain identifying information", score: 62, rules: ["respect/patients"] },
  { situation: "Posting a photo that shows doctors drinking but not intoxicated", score: 30, rules: ["conduct/intoxication"] },
  { situation: "Advertising a product on social media", score: 25, rules: ["transparency/conflict-of-interest"] },
  { situation: "Having an argument with a colleague on publicly accessible social media", score: 20, rules: ["respect/colleagues"] },
];

/** Named levels so rules can place findings between the table's rows without magic numbers. */
export const SERIOUSNESS = {
  misleadingCosmetic: 100,
  identifiablePhotoAdverse: 95,
  datingPatient: 90,
  intoxicated: 85,
  identifyingPatient: 80,
  discriminatory: 72,
  disrespectGeneral: 62,
  drinking: 30,
  advertisingProduct: 25,
  colleagueArgument: 20,
} as const;
