// The words a post is read as by the second opinion (see ./index.ts): the analysis's own tokens
// (lower-cased words, hashtags, mentions, numbers and emoji, with "!" and "?"), every run of digits as
// "0" so "bed 4" and "bed 12" are one feature, each pair of neighbouring words, and each word's stem
// ("=mock" for "mocking", "mocked", "mocks"), so another writer's inflection still counts. The trainer
// (scripts/train-second-opinion.ts) reads posts through the same analysis, so the model is scored on
// exactly the features it was trained on.

import { stemmer } from "stemmer";
import type { Analysis } from "../analysis";
import { foldPhrase } from "../lexicon/matcher";
import type { Token } from "../text/tokenize";

/** Only the opening of a very long text is read: the model learned from posts, not books. */
export const MAX_FEATURE_CHARS = 8_000;

const EMOJI = /\p{Extended_Pictographic}/u;
const DIGITS = /\p{N}+/gu;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc`]/g;

/** A token as the model reads it, or null for punctuation that says nothing (commas, quotes, dashes). */
function wordOf(t: Token): string | null {
  switch (t.kind) {
    case "number": return "0";
    case "url": return "url";
    case "punct": return t.norm === "!" || t.norm === "?" || EMOJI.test(t.norm) ? t.norm : null;
    default: return plain(t.norm) ? t.norm : t.norm.replace(CURLY_APOSTROPHE, "'").replace(DIGITS, "0");
  }
}

/** ASCII without digits or backticks: nothing to fold (most words; skips two regex replacements). */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 96 || c >= 0x80) return false;
  }
  return true;
}

/** Calls `visit` with each word of the post and its token, in order, repeats included. */
export function eachWord(tokens: readonly Token[], visit: (word: string, token: Token) => void): void {
  for (const t of tokens) {
    if (t.start >= MAX_FEATURE_CHARS) break;
    const word = wordOf(t);
    if (word !== null) visit(word, t);
  }
}

const LETTERS = /^[a-z]+$/;
/** Stems already computed: a post's words are mostly words seen before. Bounded, so a hostile text cannot grow it without end. */
const STEMS = new Map<string, string | null>();
const MAX_STEMS = 50_000;

/**
 * The Porter stem of a word of three or more letters ("mocking", "mocked", "mocks" -> "mock"), or null:
 * a writer's inflection should not hide the word the model learned from another writer.
 */
export function stemOf(word: string): string | null {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = word.length >= 3 && LETTERS.test(word) ? stemmer(word) : null;
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/** A stem as a feature ("=mock"): "=" never begins a word feature. */
export const STEM_MARK = "=";

/** Every distinct feature of a post (each word and each pair of neighbouring words), in order of first appearance. */
export function postFeatures(tokens: readonly Token[]): string[] {
  const features = new Set<string>();
  let previous: string | null = null;
  eachWord(tokens, (word) => {
    features.add(word);
    if (previous !== null) features.add(`${previous} ${word}`);
    previous = word;
  });
  return [...features];
}

/** Every distinct stem feature of a post ("=mock"), in order of first appearance. */
export function stemFeatures(tokens: readonly Token[]): string[] {
  const features = new Set<string>();
  eachWord(tokens, (word, token) => {
    const stem = token.kind === "word" ? stemOf(word) : null;
    if (stem !== null) features.add(STEM_MARK + stem);
  });
  return [...features];
}

/**
 * What the detectors found, as features a writer's wording does not change: each kind of span
 * ("~span:ward-bed"), each lexicon and category matched ("~lex:slang:patient-label"), the post's
 * audience and platform, and whether it reads as about a real patient, fictional or consented, or
 * teaching. "~" never begins a word feature, so the two kinds cannot collide.
 */
export function detectorFeatures(a: Analysis): string[] {
  const features = new Set<string>();
  for (const s of a.spans) {
    // a term the user allowed is not read (see readTokens in ./index.ts)
    if (a.allow.size && a.allow.has(foldPhrase(s.text))) continue;
    if (s.type !== "phrase") features.add(`~span:${s.type}`);
    if (s.lexicon) {
      features.add(`~lex:${s.lexicon}`);
      if (typeof s.data?.category === "string") features.add(`~lex:${s.lexicon}:${s.data.category}`);
    }
  }
  features.add(`~audience:${a.context.audience}`);
  if (a.context.platform) features.add(`~platform:${a.context.platform}`);
  if (a.patientContext >= 0.5) features.add("~patient-context");
  if (a.fictionOrConsent >= 0.5) features.add("~fiction-or-consent");
  if (a.teaching >= 0.5) features.add("~teaching");
  return [...features];
}

/**
 * What the rules themselves reported, as features: each rule and the severity it gave
 * ("~rule:respect/colleagues:warning"), before a preset or config shifted it. The model is asked only
 * about posts no rule stopped, so only warnings and notes carry weights in the shipped model; errors
 * are features in training all the same, so that the words of posts the rules already stop do not
 * have to explain those posts, and weigh for the posts the rules miss. (Trained without the errors,
 * the model gained fewer posts on leave-one-writer-out at the same false alarms: see THRESHOLDS in
 * scripts/train-second-opinion.ts.)
 */
export function findingFeatures(findings: readonly { ruleId: string; severity: string }[]): string[] {
  const features = new Set<string>();
  for (const f of findings) features.add(`~rule:${f.ruleId}:${f.severity}`);
  return [...features];
}

/**
 * Words that carry weight in the model but explain nothing to a reader ("are the", "0", "i"): a
 * feature made only of these is left out of the words a finding shows (it still counts).
 */
const FUNCTION_WORDS = new Set([
  "0", "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been",
  "am", "it", "it's", "this", "that", "these", "those", "i", "i'm", "me", "my", "we", "our", "you", "your", "he", "she", "his", "her", "they", "them",
  "their", "so", "if", "then", "just", "all", "some", "there", "here", "what", "who", "up", "out", "about", "into", "have", "has", "had", "do", "did",
  "not", "no", "yes", "can", "will", "would", "get", "got", "one", "!", "?",
]);

/** Whether a feature would tell a reader something: not only function words and numbers. */
export function tellsSomething(feature: string): boolean {
  if (feature.startsWith("~")) return true;
  return feature.split(" ").some((w) => !FUNCTION_WORDS.has(w));
}

const SPAN_NAMES: Partial<Record<string, string>> = {
  "ward-bed": "a ward or bed", "date-of-birth": "a date of birth", "time-ref": "a time", "person-name": "a name",
  "first-name": "a first name", "clinical-setting": "a clinical setting", "patient-cue": "a patient", "nhs-number": "an NHS number",
  "chi-number": "a CHI number", "hospital-number": "a hospital number",
};

/** A feature as a person reads it in an explanation: words as written, detector features in words. */
export function describeFeature(feature: string): string {
  if (feature.startsWith(STEM_MARK)) return `“${feature.slice(1)}…”`;
  if (!feature.startsWith("~")) return `“${feature}”`;
  const [kind, name = "", category] = feature.slice(1).split(":");
  const words = (s: string) => s.replace(/-/g, " ");
  switch (kind) {
    case "span": return `${SPAN_NAMES[name] ?? `a ${words(name)}`} (detected)`;
    case "lex": return category ? `${words(category)} (${words(name)} list)` : `the ${words(name)} list`;
    case "audience": return `a ${words(name)} audience`;
    case "platform": return `posting on ${name}`;
    case "patient-context": return "reads as about a real patient";
    case "fiction-or-consent": return "says it is fictional or consented";
    case "teaching": return "reads as teaching";
    case "rule": return `${category === "info" ? "a note" : "a warning"} from ${name}`;
    default: return words(feature.slice(1));
  }
}
