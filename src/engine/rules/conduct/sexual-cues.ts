// Weak signals for conduct/sexual that only mean something together: a looks adjective aimed at a
// person ("the fit lad in bay 2", "he's gorgeous"), a rated body part ("best bum"), a flirting or
// arousal cue, a suggestive emoji, and an intimate-care setting ("smear test", "bed bath"). Each is
// innocent alone ("fit for discharge", "gorgeous views", "bed baths are basic care"); the rule
// combines them (noisy-or) and needs a person to be described. Sets are module constants.
import { PostCache, type Analysis } from "../../analysis";
import { nearTokens } from "./scope";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** Nouns for a person the remark can describe (patients, the public, colleagues). */
export const PERSON_NOUNS = new Set([
  "lad", "lads", "lady", "ladies", "guy", "guys", "man", "men", "bloke", "blokes", "woman", "women", "girl", "girls", "gent", "gents", "gentleman", "fella", "fellas", "chap",
  "patient", "patients", "pt", "mum", "mums", "dad", "dads", "nurse", "nurses", "doctor", "doctors", "reg", "registrar", "consultant", "f1", "f2", "fy1", "fy2", "sho", "houseman",
  "physio", "physios", "paramedic", "paramedics", "surgeon", "surgeons", "anaesthetist", "midwife", "midwives", "porter", "student", "students", "fellow", "fellows", "resident",
  "intern", "locum", "hca", "thing", "one", "specimen",
]);
/** Words that may sit between the adjective and the noun: "pretty young lady", "fit new reg". */
const BETWEEN = new Set(["young", "new", "little", "old", "older", "blonde", "blond", "tall", "dark", "ginger", "male", "female", "anaesthetic", "surgical", "cardiology", "ed", "a&e", "ward", "agency", "junior", "senior", "very", "really", "so", "proper"]);
/** Words before a predicate adjective that make it describe a person: "he's gorgeous", "is fit as". */
const COPULA = new Set(["is", "was", "are", "were", "he's", "she's", "hes", "shes", "they're", "look", "looks", "looked", "looking", "get", "gets", "getting"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "who", "everyone", "everybody"]);
/** Words a predicate may carry between the copula and the looks word: "get younger and prettier", "is an absolute snack". */
const PREDICATE_FILLER = new Set(["a", "an", "and", "absolute", "total", "younger", "older", "even", "more", "such"]);
const INTENSIFIER = new Set(["so", "very", "really", "honestly", "absolutely", "bloody", "proper", "well", "super", "seriously", "actually", "unbelievably", "ridiculously", "stupidly", "insanely", "hella"]);
/** "fit for discharge", "hot topic", "pretty sure": the adjective is not about looks. */
const NOT_LOOKS_NEXT = new Set(["for", "to", "enough", "topic", "topics", "take", "sure", "much", "good", "well", "bad", "quickly", "quick", "soon", "weather", "water", "drink", "chocolate", "desk", "seat", "mess", "notes", "note", "lunch", "tea", "coffee", "cup", "meal", "food", "day", "days", "summer", "spell", "flush", "flushes", "potato", "team", "job", "walk"]);
/** Social-media trend names: "hot girl walk", "hot girl summer", "hot doctor walk" are about exercise and confidence. */
const TREND = new Set(["walk", "walks", "summer", "energy", "era"]);
/**
 * A looks adjective ending at `end` that is not about looks: "hot topic", "fit for discharge",
 * "pretty sure", or a trend name ("hot girl walk").
 */
export function notAboutLooks(a: Analysis, end: number): boolean {
  const i = a.tokenIndexAt(end);
  const next = a.tokens[i];
  if (!next || next.start < end) return false;
  if (NOT_LOOKS_NEXT.has(next.norm)) return true;
  const after = a.tokens[i + 1];
  return !!after && after.sentence === next.sentence && TREND.has(after.norm) && next.kind === "word";
}
/** Weather after a dummy "it": "it was a hot one today", "it's hot out there". */
const DUMMY_IT = new Set(["it", "it's", "its", "itll", "it'll"]);
const WEATHER_NEXT = new Set(["one", "day", "today", "out", "outside", "night", "afternoon", "morning", "week", "weekend", "tonight", "in"]);
const IT_FILLER = new Set(["a", "was", "is", "be", "so", "really", "proper", "bit", "gonna", "going", "to"]);
export function weatherSense(a: Analysis, span: { start: number; end: number }): boolean {
  if (!WEATHER_NEXT.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) return false;
  // nearest first: filler words back to a dummy "it"
  for (const t of a.wordsBefore(span.start, 4)) {
    if (DUMMY_IT.has(t.norm)) return true;
    if (!IT_FILLER.has(t.norm)) return false;
  }
  return false;
}
/** Evaluative words that turn a body part into a rating: "best bum", "nice abs". */
const EVALUATIVE = new Set(["best", "nice", "nicest", "great", "greatest", "amazing", "perfect", "peachy", "lovely", "cracking", "incredible", "fit", "hot", "hottest", "sexy", "tight", "biggest", "firm"]);
/** Small and young: "a gorgeous wee fella", "the little man", "a 4-year-old", "a 3 yo". */
const SMALL = new Set(["wee", "little", "lil", "tiny"]);
const SMALL_PERSON = new Set(["fella", "fellow", "man", "one", "ones", "lady", "girl", "boy", "guy", "chap", "dude", "mite", "munchkin"]);
const AGE_UNITS = new Set(["year", "years", "yr", "yrs"]);
const PARENTS = new Set(["dad", "dads", "mum", "mums", "mam", "mom", "father", "mother", "parent", "parents", "daddy", "mummy"]);
/** A child in the sentence ("gorgeous wee fella", "a 4 year old"): looks words there are praise, not desire. */
export function childNamed(tokens: readonly Token[]): boolean {
  // "the little fella's dad is gorgeous": the remark is about the parent
  if (tokens.some((t) => PARENTS.has(t.norm))) return false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (SMALL.has(t.norm) && SMALL_PERSON.has(next.norm)) return true;
    if (t.kind === "number" && Number(t.text) <= 12) {
      // "4 year old", "4-year-old", "4yo" (not "fancied him for 2 years")
      const k = next.text === "-" ? i + 2 : i + 1;
      const unit = tokens[k];
      if (unit?.norm === "yo" || (unit && AGE_UNITS.has(unit.norm) && (tokens[k + 1]?.text === "-" ? tokens[k + 2] : tokens[k + 1])?.norm === "old")) return true;
    }
  }
  return false;
}

/** Babies, children, family: "gorgeous baby boy", "my handsome son" are not sexual. */
const NOT_SEXUAL_TARGET = new Set(["baby", "babies", "newborn", "newborns", "son", "sons", "daughter", "daughters", "kid", "kids", "child", "children", "toddler", "nephew", "niece", "grandson", "granddaughter", "wife", "husband", "puppy", "dog", "cat", "bride", "groom", "view", "views", "weather", "sunset"]);
/** Suggestive emoji (hot face, smirk, aubergine, peach, devil, kiss, drool, tongue, droplets). */
const STRONG_EMOJI = new Set(["\u{1F975}", "\u{1F60F}", "\u{1F346}", "\u{1F351}", "\u{1F608}", "\u{1F48B}", "\u{1F924}", "\u{1F445}", "\u{1F4A6}"]);
/** Emoji that add a little when something else is there (heart eyes, fire, flushed, eyes). */
const WEAK_EMOJI = new Set(["\u{1F60D}", "\u{1F525}", "\u{1F633}", "\u{1F440}", "\u{1F609}"]);
const RATED_OBJECTIFYING = new Set(["boobs", "tits", "booty", "knockers"]);

const termOf = (s: Span) => String(s.data?.term ?? "");

/** 0..1 emoji signal for the post: strong suggestive emoji count most. */
export function emojiSignal(a: Analysis): number {
  let strong = 0;
  let weak = 0;
  for (const t of a.tokens) {
    if (t.kind !== "punct") continue;
    if (STRONG_EMOJI.has(t.text)) strong++;
    else if (WEAK_EMOJI.has(t.text)) weak++;
  }
  return strong > 0 ? 0.35 : weak > 0 ? 0.1 : 0;
}

function wordTokensFrom(a: Analysis, from: number, n: number): Token[] {
  return a.wordsAfter(from, n);
}

/**
 * A looks adjective that describes a person: before a person noun ("fit lad", "pretty young lady",
 * "hot guy from the gym") or as a predicate of a person ("he's gorgeous", "the new F1 is fit as...").
 */
export function describesPerson(a: Analysis, span: Span): boolean {
  const after = wordTokensFrom(a, span.end, 3);
  const next = after[0];
  if (notAboutLooks(a, span.end)) return false;
  const sentence = nearTokens(a, span);
  if (sentence.some((t) => NOT_SEXUAL_TARGET.has(t.stem)) || childNamed(sentence)) return false;
  // attributive: adjective [young/new...] noun ("the fittest young farmer": an occupation is a person too)
  for (const t of after) {
    if (PERSON_NOUNS.has(t.stem) || (occupationAt(a, t.start) && !NOT_PERSON_HEAD.has(a.wordsAfter(t.end, 1)[0]?.norm ?? ""))) return true;
    if (!BETWEEN.has(t.norm)) break;
  }
  // "someone that stunning", "anyone this fit": a degree word after an indefinite person
  {
    const b = a.wordsBefore(span.start, 2);
    if ((b[0]?.norm === "that" || b[0]?.norm === "this" || b[0]?.norm === "so") && INDEFINITE_PERSON.has(b[1]?.norm ?? "")) return true;
  }
  if (termOf(span) === "pretty") return false; // the adverb: only attributive use counts
  // predicate: [he's|is|looks|gets] [so|honestly|an absolute...] ADJ
  const before = a.wordsBefore(span.start, 8);
  for (let i = 0; i < before.length && i < 5; i++) {
    const t = before[i]!;
    if (COPULA.has(t.norm)) {
      const following = a.tokens[a.tokenIndexAt(span.end)];
      const ends = following === undefined || following.sentence !== a.sentenceOf(span.start) || following.kind === "punct";
      if (!(ends || next === undefined || next.norm === "as" || next.norm === "af" || next.norm === "every" || !/^[a-z]/.test(next.norm))) return false;
      if (t.norm.includes("'") || t.norm === "hes" || t.norm === "shes") return true; // "he's gorgeous"
      // "is/looks ADJ": the subject must be a person ("the new F1 is fit as...", "he looks hot",
      // "the new physio on our ward is a snack"): the word before the copula, or a person noun a few words back
      const subject = before[i + 1];
      if (subject !== undefined && (PERSON_NOUNS.has(subject.stem) || SUBJECT_PRONOUNS.has(subject.norm) || subject.cap)) return true;
      return before.slice(i + 1, i + 5).some((w) => (PERSON_NOUNS.has(w.stem) && w.stem !== "one" && w.stem !== "thing") || occupationAt(a, w.start));
    }
    if (!INTENSIFIER.has(t.norm) && !PREDICATE_FILLER.has(t.norm)) break;
  }
  return false;
}

/** Nouns an occupation may modify ("pharmacist rota", "nurse training"): then it names no person. */
const NOT_PERSON_HEAD = new Set(["rota", "rotas", "team", "teams", "service", "services", "role", "roles", "job", "jobs", "post", "posts", "shortage", "shortages", "workforce", "training", "course", "courses", "office", "station", "school", "uniform", "uniforms", "award", "awards", "calendar", "conference", "strike", "strikes", "pay", "contract"]);
/** "someone", "anybody": a person with no noun. */
const INDEFINITE_PERSON = new Set(["someone", "somebody", "anyone", "anybody"]);
/** A word that names an occupation (the occupations lexicon: "farmer", "speaker", "lifeguard"), by where it starts. */
function occupationAt(a: Analysis, start: number): boolean {
  return a.memo("sexual-occupation-starts", () => {
    const out = new Set<number>();
    for (const o of a.lexicon("occupations")) out.add(o.start);
    return out;
  }).has(start);
}

/** A body part rated by an evaluative word just before it ("best bum", "nice abs"); returns the range. */
export function ratedBodyPart(a: Analysis, span: Span): [number, number] | undefined {
  const before = a.wordsBefore(span.start, 2);
  const ev = before.find((t) => EVALUATIVE.has(t.norm));
  return ev ? [ev.start, span.end] : undefined;
}

export function isRatable(span: Span): boolean {
  return span.data?.category === "body-part" || RATED_OBJECTIFYING.has(termOf(span));
}

/** Signs the author enjoyed it: "best day at work", "not complaining", "nothing brightens up a shift like". */
const ENJOY = new Set(["brightens", "brighten", "best", "highlight", "perk", "perks", "complaining", "complaints", "enjoyed", "loved", "lucky", "treat", "bonus"]);

/** 0.2 when the sentence of `span` or the next one says the author enjoyed it. */
export function enjoyment(a: Analysis, span: { start: number }): number {
  const s = a.sentenceOf(span.start);
  const hit = a.sentencesWith("sexual:enjoy", (t) => ENJOY.has(t.norm));
  return hit.has(s) || hit.has(s + 1) ? 0.2 : 0;
}

/** A strong suggestive emoji in the sentence of `span` or the next one (bounded scan). */
export function strongEmojiNear(a: Analysis, span: { start: number }): boolean {
  const s = a.sentenceOf(span.start);
  let i = a.tokenIndexAt(span.start);
  while (i > 0 && a.tokens[i - 1]!.sentence === s && a.tokenIndexAt(span.start) - i < 60) i--;
  for (let n = 0; i < a.tokens.length && n < 120; i++, n++) {
    const t = a.tokens[i]!;
    if (t.sentence > s + 1) break;
    if (t.kind === "punct" && STRONG_EMOJI.has(t.text)) return true;
  }
  return false;
}

/** "any time", "any day", "whenever": an open invitation. */
const OPEN_TIME = new Set(["anytime", "whenever"]);
/** A wink or a leer that turns an offer into innuendo. */
const WINK = new Set(["\u{1F609}", "\u{1F60F}", "\u{1F975}", "\u{1F618}", "\u{1F48B}", "\u{1F608}", "\u{1F924}"]);
const MODAL = new Set(["can", "could", "may", "cn"]);
const OFFER_SUBJECTS = new Set(["you", "u", "ya", "yall", "i", "we", "anyone", "everyone", "someone", "people"]);
const INVITE_STOP = new Set(["i", "you", "we", "it", "this", "that", "and", "but", "if"]);

const inviteCache = new PostCache<Span[]>();
const NO_INVITES: readonly Span[] = Object.freeze([]);

/** Sentences with an @mention, and sentences with a wink or a leer (one pass, on demand). */
function addressMarks(t: readonly Token[]): { mention: Set<number>; wink: Set<number> } {
  const mention = new Set<number>();
  const wink = new Set<number>();
  for (const x of t) {
    if (x.kind === "mention") mention.add(x.sentence);
    else if (x.kind === "punct" && WINK.has(x.text)) wink.add(x.sentence);
  }
  return { mention, wink };
}
/**
 * Innuendo by invitation, the shape behind "can examine me anytime": a modal, a verb of care done to
 * the author, "me" (or "my <thing>"), then an open time ("any time", "any day", "whenever"): "the
 * anaesthetist can put me to sleep any day", "he could take my bloods any time". Innocent requests
 * lack the open time ("can you call me tomorrow"). One linear pass, cached; confidence 0.55.
 */
export function invitations(a: Analysis): readonly Span[] {
  let out = inviteCache.get(a);
  if (out) return out;
  out = [];
  // no open time ("any time", "anytime", "whenever": the lexicon's open-time class), no invitation
  let open = false;
  for (const x of a.lexicon("sexual")) if (x.data?.category === "open-time") { open = true; break; }
  if (!open) return NO_INVITES;
  inviteCache.set(a, out);
  const t = a.tokens;
  let marks: { mention: Set<number>; wink: Set<number> } | undefined;
  for (let i = 0; i < t.length; i++) {
    const m = t[i]!;
    const letting = m.norm === "let" && (t[i + 1]?.norm === "him" || t[i + 1]?.norm === "her" || t[i + 1]?.norm === "them");
    if (m.kind !== "word" || !(MODAL.has(m.norm) || letting)) continue;
    // said of a third person ("the new reg can..."), not an offer to the reader ("you can bleep me any time")
    const subject = i > 0 ? t[i - 1]!.norm : "";
    // "you can bleep me any time" offers help to the reader; "@NurseJodie ... you can take my obs any
    // time" is aimed at one person the post addresses
    // (with a wink or a leer: "@RCEMorg you can contact me any time" is an offer of help)
    const addressed = (subject === "you" || subject === "u") && (marks ??= addressMarks(t)).mention.has(m.sentence) && (marks.wink.has(m.sentence) || marks.wink.has(m.sentence + 1));
    if (OFFER_SUBJECTS.has(subject) && !addressed) continue;
    // up to six words on: "me"/"my" after a verb, then the open time, all in one sentence
    let sawMe = false;
    for (let k = i + 1; k < t.length && k <= i + 9 && t[k]!.sentence === m.sentence; k++) {
      const w = t[k]!;
      if (w.kind !== "word") continue;
      if (!sawMe && k > i + 1 && INVITE_STOP.has(w.norm)) break;
      if (w.norm === "me" || w.norm === "my") { sawMe = k > i + 1; continue; }
      const open = OPEN_TIME.has(w.norm) || (w.norm === "any" && (t[k + 1]?.norm === "time" || t[k + 1]?.norm === "day" || t[k + 1]?.norm === "night"));
      if (sawMe && open) {
        const end = w.norm === "any" ? t[k + 1]!.end : w.end;
        out.push({ type: "phrase", start: m.start, end, text: a.text.slice(m.start, end), confidence: 0.55, detector: "invitation", lexicon: "sexual", data: { category: "innuendo", term: "open invitation" } });
        i = k;
        break;
      }
    }
  }
  return out;
}

/** Where the thing compared in "nothing hotter than ..." ends: "a nurse | in scrubs", "a trolley | at the start". */
const COMPARED_END = new Set(["at", "in", "on", "with", "who", "that", "which", "when", "after", "before", "during", "for", "of", "and", "to", "from", "first"]);
/** People the compared thing may name besides the listed person nouns. */
const COMPARED_PEOPLE = new Set(["you", "someone", "somebody", "sister", "radiographer", "pharmacist", "colleague", "colleagues", "medic", "medics", "firefighter", "fireman", "firemen", "policeman", "cop", "locum", "anaesthetists", "registrars", "consultants", "doctors", "regs", "boss"]);
/**
 * "Nothing sexier than a fully stocked resus trolley": the comparison rates a thing, not a person.
 * The compared phrase runs from "than" to a preposition or the sentence's end (six words at most);
 * any person word, pronoun or capitalised name in it keeps the remark about a person.
 */
export function comparesAThing(a: Analysis, span: Span, people: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  if (!/\bthan$/i.test(span.text)) return false;
  const words = wordTokensFrom(a, span.end, 6);
  let seen = 0;
  for (const t of words) {
    if (t.sentence !== words[0]!.sentence || t.kind === "mention") return t.kind !== "mention" && seen > 0;
    if (seen > 0 && COMPARED_END.has(t.norm)) break;
    if (people.has(t.stem) || people.has(t.norm) || others.has(t.norm) || COMPARED_PEOPLE.has(t.norm)) return false;
    if (t.cap && !/^(A|An|The|My|Our|Your|This|That)$/.test(t.text)) return false; // a name: "than Dr Shah in scrubs"
    seen++;
  }
  return seen > 0;
}
