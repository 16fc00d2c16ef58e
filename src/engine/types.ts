// The engine's public contract. Everything here is plain, serialisable data so a Report can cross a
// Web Worker boundary, be written as JSON lines, or be compared byte-for-byte in determinism tests.

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";
export type Verdict = "pass" | "review" | "stop";

/** Half-open range [start, end) in UTF-16 code units of the input string. */
export type Range = readonly [start: number, end: number];

export type Audience = "public" | "private-group" | "professional-closed" | "direct-message";
export const AUDIENCES: readonly Audience[] = ["public", "private-group", "professional-closed", "direct-message"];

export type Platform =
  | "x" | "facebook" | "instagram" | "threads" | "linkedin" | "tiktok" | "reddit" | "mastodon" | "bluesky"
  | "blog" | "website" | "review-reply";
export const PLATFORMS: readonly Platform[] = [
  "x", "facebook", "instagram", "threads", "linkedin", "tiktok", "reddit", "mastodon", "bluesky", "blog", "website", "review-reply",
];

export type PresetName = "gmc" | "nmc" | "hipaa";
export const PRESET_NAMES: readonly PresetName[] = ["gmc", "nmc", "hipaa"];

export interface Profile {
  displayName?: string;
  bio?: string;
}

/** Where and how the post will be published; rules weigh findings by it. */
export interface PostContext {
  audience?: Audience;
  platform?: Platform;
  profile?: Profile;
  /** Companies or products the author has declared an interest in (e.g. in their bio or a register). */
  declaredInterests?: string[];
}

/** A user's own data for the engine: kept with their settings, never sent anywhere. */
export interface LocalLexicon {
  /** Extra place names (small villages, estates, schools) with an optional population. */
  places?: { name: string; population?: number }[];
  /** Terms the user never wants flagged (whole words or phrases, case-insensitive). */
  allow?: string[];
}

export interface CheckOptions {
  preset?: PresetName;
  /** Per-rule severity overrides, applied after the preset. */
  rules?: Record<string, SeveritySetting>;
  context?: PostContext;
  lexicon?: LocalLexicon;
  /** Attach an `explanation` to every finding (which detector, which context words, the confidence). */
  explain?: boolean;
  /**
   * The second opinion (src/engine/second-opinion/): when the rules alone would not stop the post, it
   * may raise a rule's unsure warning to an error when the post reads like that rule's stop-worthy
   * breaches, or make one finding of its own when it reads very much like them; it never removes or
   * lowers a finding.
   * true or absent: the built-in model; false: none; a model: that one (the web app loads the
   * built-in model after its first load, and the leave-one-writer-out measurement trains its own).
   */
  secondOpinion?: boolean | SecondOpinionModel;
}

export interface Citation {
  key: string;
  document: string;
  paragraph: string;
  text: string;
}

export interface Edit {
  range: Range;
  text: string;
}

export interface Suggestion {
  message: string;
  edits: Edit[];
  /** Mechanical and always safe (removing a number, banding an age): `scrubs fix` applies these. */
  safe?: boolean;
}

export interface Explanation {
  /** Detectors whose spans produced the finding. */
  detectors: string[];
  /** Context words that raised or lowered the confidence, with their effect. */
  context: { word: string; effect: number }[];
  confidence: number;
  /** Free-form notes from the rule, e.g. the jigsaw estimate's factors. */
  notes?: string[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  excerpt: string;
  citations: Citation[];
  suggestions?: Suggestion[];
  explanation?: Explanation;
  /** For findings about an image: where in the image (pixels) and which metadata field or source. */
  image?: ImageLocation;
  /** Present when the second opinion raised the rule's own warning to an error, with its reasons. */
  raised?: Raised;
  /** Present when no rule matched and the second opinion made this finding itself, with its reasons. */
  found?: Raised;
}

/** A trained second opinion: plain data (see src/engine/second-opinion/model.ts). */
export interface SecondOpinionModel {
  /** "stop" first, then rule ids. */
  outputs: string[];
  bias: number[];
  /** Per feature, flat pairs [output index, weight, output index, weight, ...]; absent means 0. */
  weights: Record<string, number[]>;
  /**
   * An unsure finding is raised when its rule's output and the "stop" output both reach `rule` and
   * `stop`. When nothing in the post is an error, the model makes a finding of its own for its
   * likeliest rule among `find.rules` if that rule's output and the "stop" output reach `find.rule`
   * and `find.stop` (no `find`: it never does).
   */
  thresholds: { rule: number; stop: number; find?: { rule: number; stop: number; rules: string[] } };
}

/** Why the second opinion raised a finding to an error, or made it (src/engine/second-opinion/). */
export interface Raised {
  by: "second-opinion";
  /** The model's probability that the post is a stop-worthy breach of this rule, 0..1. */
  probability: number;
  /**
   * What pushed that probability up the most, strongest first: the post's words in quotes (lower-cased,
   * digits as 0: “bed 0”) and what the detectors found, in words ("a ward or bed (detected)").
   */
  words: string[];
}

/** A rectangle in image pixels, origin top-left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageLocation {
  /** What the finding came from: a metadata field, text read by OCR, a DICOM tag, or the pixels themselves. */
  source: "metadata" | "ocr" | "dicom" | "pixels";
  /** The metadata field or DICOM tag, e.g. "GPSLatitude", "(0010,0010) PatientName". */
  field?: string;
  box?: Box;
}

export interface Report {
  verdict: Verdict;
  /** 0..100: how serious the post is, ordered as the GMC's seriousness table (003 seed). */
  score: number;
  findings: Finding[];
}

/** A rule as the CLI and the web app's guidance page show it: generated from the rule's metadata. */
export interface RuleInfo {
  id: string;
  family: string;
  /** Severity in the chosen preset ("off" when the preset disables it). */
  severity: SeveritySetting;
  citations: Citation[];
  docs: { summary: string; why: string; fix: string };
  /** Worked examples from the rule's metadata; the rule tester proves each one. */
  examples: { flagged: string[]; passes: string[] };
  /** Rank in the seriousness table (higher = more serious), 0..100. */
  seriousness: number;
}

// ---------------------------------------------------------------------------------------------
// Spans: what detectors produce and rules consume.

export type SpanType =
  // structured identifiers
  | "nhs-number" | "chi-number" | "hospital-number" | "ssn" | "phone" | "email" | "postcode" | "zip"
  | "url" | "handle" | "ip-address"
  // time
  | "date" | "date-of-birth" | "time-ref"
  // people
  | "age" | "sex" | "person-name" | "first-name" | "occupation" | "celebrity" | "relation"
  // places and settings
  | "place" | "address" | "hospital" | "ward-bed" | "clinical-setting"
  // clinical
  | "condition" | "event" | "patient-cue"
  // lexicon phrases (the lexicon's name is in `lexicon`)
  | "phrase";

export interface Span {
  type: SpanType;
  start: number;
  end: number;
  /** The matched text (equals text.slice(start, end)). */
  text: string;
  /** 0..1: how sure the detector is that this is what it says. */
  confidence: number;
  /** Which detector produced it (for explanations). */
  detector: string;
  /** For type "phrase": the lexicon it came from. */
  lexicon?: string;
  /** Typed extras: normalised value, population, prevalence, category... */
  data?: Record<string, string | number | boolean | undefined>;
}
