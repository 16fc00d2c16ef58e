// Small pure helpers shared by the conduct rules (and respect/colleagues, legal/defamation): who a
// sentence is about, whether a word is aimed at someone, and how to mask a word. Sets are built once
// at module load; nothing here builds a regex or a matcher per call.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { COLLEAGUE_WORDS } from "../shared";
import { nearTokens } from "./scope";

export const FIRST_PERSON = new Set(["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "myself", "mine", "we", "we're", "we've", "we'll", "us", "our", "ours", "ourselves"]);
export const SECOND_PERSON = new Set(["you", "you're", "youre", "you've", "you'll", "you'd", "your", "yours", "yourself", "u", "ur", "ya", "yer"]);
/** Words just before an insult that aim it at someone: "you absolute X", "what a X", "is a X". */
const AIM = new Set(["you", "you're", "youre", "ur", "u", "is", "he's", "she's", "are", "they're", "such", "what", "absolute", "total", "complete", "utter", "fat", "stupid", "useless", "lazy", "bloody", "fucking", "massive", "proper", "right", "little", "arrogant", "pompous"]);
const WORK_VERBS = new Set(["work", "works", "worked", "working"]);
/** Markers that the author is joking or quoting a lyric, which softens but does not clear a finding. */
const JOKE = new Set(["lol", "lmao", "jk", "haha", "hahaha", "\ud83d\ude02", "\ud83e\udd23"]);
const LYRIC = new Set(["lyric", "lyrics", "song", "sings", "singing", "\ud83c\udfb5", "\ud83c\udfb6"]);
/** Words that mark clinical or teaching use of a word (drug names, sexual-health terms). */
export const CLINICAL = new Set([
  "patient", "patients", "pt", "pts", "dose", "doses", "dosing", "mg", "mcg", "iv", "im", "sedation", "analgesia", "overdose", "toxicity", "toxidrome", "withdrawal",
  "management", "treatment", "treat", "treating", "give", "consider", "guideline", "guidelines", "nice", "bnf", "teaching", "tips", "tip", "pearl", "pearls", "#foamed", "#meded",
  "clinic", "screening", "symptoms", "symptom", "sign", "signs", "diagnosis", "risk", "risks", "harm", "reduction", "presentation", "presents", "intoxication", "poisoning", "benzos",
  "benzodiazepines", "infusion", "induction", "evidence", "study", "trial", "trials", "research", "prevalence", "services", "service", "health", "education", "consent", "contraception",
]);

const LETTER = /\p{L}/u;

/** Nouns for a patient or member of the public; settings ("on the ward") are not enough. */
export const PATIENT_NOUNS = new Set(["patient", "patients", "pt", "pts", "lady", "gentleman", "gent", "man", "woman", "guy", "bloke", "punter", "punters", "drunks", "admission", "admissions", "attender", "attenders", "driver", "drivers", "teenager", "teenagers", "student", "students", "kids", "people", "public"]);
export const THIRD_PERSON = new Set(["he", "she", "they", "he's", "she's", "they're", "him", "her", "them"]);

export function hasAny(tokens: readonly Token[], set: ReadonlySet<string>): boolean {
  for (const t of tokens) if (set.has(t.norm)) return true;
  return false;
}

/** The sentence holding `span` has a first-person word. */
export function authorIsSubject(a: Analysis, span: { start: number }): boolean {
  const tokens = a.sentenceTokens(span.start);
  return hasAny(tokens, FIRST_PERSON);
}

export function secondPerson(a: Analysis, span: { start: number }): boolean {
  return hasAny(a.sentenceTokens(span.start), SECOND_PERSON);
}

export function mentionInSentence(a: Analysis, span: { start: number }): boolean {
  return a.sentenceTokens(span.start).some((t) => t.kind === "mention");
}

export function postHasMention(a: Analysis): boolean {
  return a.has("handle");
}

/** An insult word is aimed at someone ("you absolute X", "what a X", "@x is a X"). */
export function aimed(a: Analysis, span: { start: number; end: number }): boolean {
  const before = a.wordsBefore(span.start, 3);
  for (const t of before) if (AIM.has(t.norm)) return true;
  const prev = a.tokens[a.tokenIndexAt(span.start) - 1];
  if (prev !== undefined && prev.kind === "mention" && prev.sentence === a.sentenceOf(span.start)) return true;
  // "that idiot registrar": the insult qualifies a role word
  const next = a.wordsAfter(span.end, 1)[0];
  return next !== undefined && COLLEAGUE_WORDS.has(next.norm);
}

/** "someone I used to work with", "my co-worker": the sentence places a person at the author's work. */
export function workmate(a: Analysis, span: { start: number }): boolean {
  const tokens = a.sentenceTokens(span.start).filter((t) => t.kind === "word");
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (WORK_VERBS.has(tokens[i]!.norm) && tokens[i + 1]!.norm === "with") return true;
    if (tokens[i]!.norm === "co" && tokens[i + 1]!.norm === "worker") return true;
  }
  return false;
}

/** The word is the author's about themselves: "I'm such an idiot", "me, the idiot". */
export function selfDirected(a: Analysis, span: { start: number }): boolean {
  const before = a.wordsBefore(span.start, 4);
  for (const t of before) {
    if (SECOND_PERSON.has(t.norm) || t.kind === "mention") return false;
    if (t.norm === "i'm" || t.norm === "im" || t.norm === "i" || t.norm === "am" || t.norm === "me" || t.norm === "myself" || t.norm === "i've" || t.norm === "ive") return true;
  }
  return false;
}

export function joking(a: Analysis): boolean {
  return a.tokens.some((t) => JOKE.has(t.norm) || (t.kind === "punct" && JOKE.has(t.text)));
}

export function lyric(a: Analysis): boolean {
  return a.tokens.some((t) => LYRIC.has(t.norm) || (t.kind === "punct" && LYRIC.has(t.text)));
}

/** Clinical or teaching words in the sentence around `span`, or a teaching post. */
export function clinicalUse(a: Analysis, span: { start: number }): boolean {
  return a.teaching >= 0.5 || hasAny(a.sentenceTokens(span.start), CLINICAL);
}

/** Keep the first letter of each word and star the rest: "bloody hell" -> "b***** h***". */
export function maskWord(word: string): string {
  let out = "";
  let first = true;
  for (const ch of word) {
    const letter = LETTER.test(ch);
    if (!letter) { out += ch; first = true; continue; }
    out += first ? ch : "*";
    first = false;
  }
  return out;
}

/** Words that can follow a noun for a person: a relative clause ("...who", "...I used to work with"). */
const NOUN_FOLLOWERS = new Set(["who", "that", "like", "i", "he", "she", "we", "they", "you", "and", "or"]);

/** A swear word used as a noun for a person: nothing but punctuation, a handle or a role word follows. */
export function nounUse(a: Analysis, span: Span): boolean {
  const next = a.tokens[a.tokenIndexAt(span.end)];
  if (!next || next.sentence !== a.sentenceOf(span.start)) return true;
  if (next.kind === "punct" || next.kind === "mention" || next.kind === "hashtag") return true;
  return COLLEAGUE_WORDS.has(next.norm) || NOUN_FOLLOWERS.has(next.norm);
}

// ---- bounded variants (added for respect/colleagues): the same questions asked of at most 30 tokens
// either side of the span, so that a post with one huge sentence stays linear ----

/** `workmate`, within a bounded window of the span's sentence. */
export function workmateNear(a: Analysis, span: { start: number; end?: number }): boolean {
  const tokens = nearTokens(a, span).filter((t) => t.kind === "word");
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (WORK_VERBS.has(tokens[i]!.norm) && tokens[i + 1]!.norm === "with") return true;
    if (tokens[i]!.norm === "co" && tokens[i + 1]!.norm === "worker") return true;
  }
  return false;
}

/** `secondPerson`, within a bounded window of the span's sentence. */
export function secondPersonNear(a: Analysis, span: { start: number; end?: number }): boolean {
  return hasAny(nearTokens(a, span), SECOND_PERSON);
}

/** `mentionInSentence`, within a bounded window of the span's sentence. */
export function mentionNear(a: Analysis, span: { start: number; end?: number }): boolean {
  return nearTokens(a, span).some((t) => t.kind === "mention");
}
