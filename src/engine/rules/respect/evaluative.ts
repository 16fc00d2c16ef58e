// Evaluative language aimed at people, found by its shape rather than by a stock phrase:
//  - comparisonInsults(a): "the emotional intelligence of a potato", "the brain cells of a sheep":
//    a human faculty measured against an animal, a vegetable, an object or a small child;
//  - doubtQuotes(a): a symptom or condition in scare quotes ("her 'seizures'", "these 'chronic pain'
//    patients"): the author doubts the person is ill;
//  - sarcasmConfirmed(a, span): a sarcastic opener ("love it when", "nothing says") confirmed by an
//    ironic emoji or a laugh in its sentence or the next.
// Each is one linear pass over the tokens (cached per Analysis) or a bounded look around one span.
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { nearTokens, scareQuoted, sentenceAnchor } from "../conduct/scope";
import { facultyTokens, referentAt } from "./derogation";
import { scene } from "./referent";

/** Comparands that praise ("the patience of a saint", "the memory of an elephant"): not insults. */
const PRAISE = new Set(["saint", "saints", "angel", "angels", "genius", "hero", "elephant", "lion", "professor", "surgeon", "god", "legend", "expert", "champion", "pro", "master"]);
const ARTICLES = new Set(["a", "an", "the", "one"]);
/** Comparands that are ordinary people: "the skills of a nurse" describes, it does not compare. */
const HUMAN = new Set(["patient", "person", "man", "woman", "adult", "doctor", "nurse", "colleague", "student", "trainee", "clinician", "surgeon", "consultant", "registrar", "midwife", "parent", "carer", "professional", "specialist", "gp", "team"]);
/** Words after the comparand that make it a clinical description ("a child with...", "a toddler who..."). */
const DESCRIBING = new Set(["with", "who", "aged", "whose", "presenting", "after", "following"]);
const COMPARAND_STOP = new Set(["and", "or", "but", "who", "that", "with", "in", "on", "at", "to", "for", "from", "when", "while", "is", "was", "are", "has", "had", "i", "you", "he", "she", "they", "we", "it", "this"]);
/** Ironic or knowing emoji that turn praise into sarcasm. */
const IRONIC = new Set(["\ud83d\ude43", "\ud83d\ude07", "\ud83d\ude44", "\ud83d\udc4f", "\ud83d\ude0f", "\ud83e\udee0", "\ud83d\ude12", "\ud83e\udd26", "\ud83d\udc80", "\ud83d\ude02", "\ud83e\udd23", "\ud83d\ude05", "\ud83d\ude09"]);

const comparisonCache = new PostCache<Span[]>();

/** "<faculty> of a <noun>" where the noun is not praise: an insult by comparison (confidence 0.7). */
export function comparisonInsults(a: Analysis): readonly Span[] {
  let out = comparisonCache.get(a);
  if (out) return out;
  out = [];
  const t = a.tokens;
  // the faculty words, found by the one pass respect/derogation makes over the post
  for (const i of facultyTokens(a)) {
    if (i + 3 >= t.length) continue;
    const f = t[i]!;
    if (t[i + 1]!.norm !== "of" || !ARTICLES.has(t[i + 2]!.norm)) continue;
    // the comparand: the next word, or the one after an adjective ("of a wet lettuce", "of a small child")
    let k = i + 3;
    if (t[k]?.kind !== "word" || t[k]!.sentence !== f.sentence) continue;
    // adjectives before the head noun ("of a wet paper bag"): up to two more words
    for (let extra = 0; extra < 2; extra++) {
      const next = t[k + 1];
      if (!next || next.kind !== "word" || next.sentence !== f.sentence || COMPARAND_STOP.has(next.norm)) break;
      k++;
    }
    const noun = t[k]!;
    if (PRAISE.has(noun.norm) || PRAISE.has(t[i + 3]!.norm)) continue;
    // "the memory of a patient with dementia", "the skills of a nurse who...": a description, not a comparison
    if (HUMAN.has(noun.norm) || HUMAN.has(t[i + 3]!.norm)) continue;
    const after = t[k + 1];
    if (after && after.kind === "word" && after.sentence === f.sentence && DESCRIBING.has(after.norm)) continue;
    // start at the determiner or adjective before the faculty ("the emotional intelligence")
    let start = f.start;
    for (let j = i - 1; j >= Math.max(0, i - 3) && t[j]!.sentence === f.sentence && t[j]!.kind === "word"; j--) {
      start = t[j]!.start;
      if (t[j]!.norm === "the" || t[j]!.norm === "a") break;
    }
    out.push({ type: "phrase", start, end: noun.end, text: a.text.slice(start, noun.end), confidence: 0.7, detector: "faculty-of-a", lexicon: "mockery", data: { category: "comparison" } });
  }
  comparisonCache.set(a, out);
  return out;
}

const doubtCache = new PostCache<Span[]>();

/** Nouns for people that a doubting scare quote can qualify ("these 'chronic pain' patients"). */
const QUALIFIED = new Set(["patient", "patients", "pt", "pts", "people", "lady", "man", "woman", "bloke", "guy", ...[
  // people the author meets in care: "our 'favourite' caller", "'that' mum", "these 'poorly' relatives"
  "caller", "callers", "mum", "mums", "dad", "dads", "parent", "parents", "relative", "relatives", "visitor", "visitors", "attender", "attenders", "gent", "gentleman", "family", "families"]]);
/** People nouns that end a scare-quoted label for them ("our 'wheelchair users'", "the 'allergic' ones"). */
const LABELLED = new Set(["users", "user", "sufferers", "sufferer", "patients", "patient", "attenders", "callers", "ones", "cases", "victims"]);
/** Determiners that make the quoted words a label for people already known ("our", "these", "some of the"). */
/** The people's own name, doubted in scare quotes ("our 'patients'", "these 'clients'"). */
const PEOPLE_QUOTED = new Set(["patients", "clients", "customers", "service-users"]);
const DENYING_DETERMINERS = new Set(["our", "my", "these", "those", "some", "your"]);
/** Words that show a word is being discussed, not used ("the word 'patients'", "call them 'clients'"). */
const WORD_TALK = new Set(["word", "words", "term", "terms", "call", "calling", "called", "label", "labels", "prefer", "rather", "instead", "versus", "vs", "language", "say"]);
const LABEL_OWNERS = new Set(["our", "my", "the", "these", "those", "all", "some", "of", "your"]);
/** Quantifiers that sweep a whole class of patients together ("all these", "every"). */
const SWEEPING = new Set(["every", "all", "these", "those"]);
/** Words that take the patients' side ("let down", "deserve", "support"): the quotes then name a term. */
const SIDING = new Set(["deserve", "deserves", "let", "failed", "failing", "support", "supported", "help", "helped", "listen", "believe", "believed", "better", "validated", "stigma", "dismissed"]);
/** Possessives before a doubting scare quote ("your 'research'", "his 'seizures'"). */
const POSSESSIVES = new Set(["your", "his", "her", "their", "ur"]);
/** Whether the post has a quotation mark at all (a cheap gate before the quote scans). */
const QUOTE_MARKS = /['\u2018\u2019"\u201c\u201d]/;
const isQuote = (c: string | undefined) => c === "'" || c === "\u2018" || c === "\u2019" || c === '"' || c === "\u201c" || c === "\u201d";

/**
 * The quote mark that closes the one opening at token `open`: the first quote mark after it in the
 * same sentence within `reach` tokens, and how many words (and, if asked, numbers) lie between.
 */
function closingQuote(t: readonly Token[], open: number, reach: number, countNumbers: boolean): { close: number; words: number } | undefined {
  let j = open + 1;
  let words = 0;
  while (j < t.length && j <= open + reach && t[j]!.sentence === t[open]!.sentence && !(t[j]!.kind === "punct" && isQuote(t[j]!.text))) {
    if (t[j]!.kind === "word" || (countNumbers && t[j]!.kind === "number")) words++;
    j++;
  }
  const close = t[j];
  return close && close.kind === "punct" && isQuote(close.text) ? { close: j, words } : undefined;
}

/**
 * Words the author puts in scare quotes to doubt a person: a condition or symptom ("came in with
 * 'chest pain'"), a label before a noun for people ("these 'chronic pain' patients"), or something
 * of theirs after a possessive ("your 'research'"). Confidence 0.5; it needs other contempt to count.
 */
export function doubtQuotes(a: Analysis): readonly Span[] {
  let out = doubtCache.get(a);
  if (out) return out;
  out = [];
  const seen = new Set<number>();
  // people: the quoted label names the people it doubts ("our 'favourite' caller")
  const push = (start: number, end: number, why: string, confidence = 0.5, people = false) => {
    if (seen.has(start)) return;
    seen.add(start);
    out!.push({ type: "phrase", start, end, text: a.text.slice(start, end), confidence, detector: "doubting scare quotes", lexicon: "mockery", data: { category: "contempt", term: why, people } });
  };
  for (const c of a.of("condition")) if (scareQuoted(a, c)) push(c.start, c.end, "scare-quoted condition");
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "punct" || !isQuote(w.text)) continue;
    // an opening quote: the words up to the next quote on the line (at most four) are the quoted text
    const quoted = closingQuote(t, i, 8, false);
    if (!quoted || quoted.words === 0 || quoted.words > 4) continue;
    const j = quoted.close;
    const close = t[j]!;
    if (a.text.slice(w.end, close.start).includes("\n")) continue;
    const before = i > 0 ? t[i - 1] : undefined;
    const after = t[j + 1];
    // a quoted name or title ("her 'Mrs B'") is a pseudonym, not doubt
    if (t[i + 1]!.cap) { i = j; continue; }
    // "some of our 'patients' treat it like a drive-thru": the word for the people itself in scare
    // quotes denies them the name; not when the word is discussed ("we call them 'patients', not...")
    if (quoted.words === 1 && PEOPLE_QUOTED.has(t[j - 1]!.norm) && before && before.kind === "word" && before.sentence === w.sentence && DENYING_DETERMINERS.has(before.norm) && !nearTokens(a, w, 30).some((x) => WORD_TALK.has(x.norm))) { push(w.start, close.end, "the people's own name in scare quotes", 0.5, true); i = j; continue; }
    if (before && before.kind === "word" && before.sentence === w.sentence && POSSESSIVES.has(before.norm)) push(w.start, close.end, "possessive scare quotes");
    else if (after && after.kind === "word" && after.sentence === w.sentence && QUALIFIED.has(after.norm)) {
      // "all these 'fibromyalgia' patients", "every 'chronic fatigue' patient": a whole class doubted,
      // unless the sentence takes their side ("...has been let down")
      const sweeping = before && before.kind === "word" && before.sentence === w.sentence && SWEEPING.has(before.norm) && !nearTokens(a, w, 30).some((x) => SIDING.has(x.norm));
      push(w.start, after.end, "scare-quoted label for people", sweeping ? 0.75 : 0.5, true);
    } else if (before && before.kind === "word" && before.sentence === w.sentence && LABEL_OWNERS.has(before.norm) && LABELLED.has(t[j - 1]!.norm) && quoted.words >= 2) {
      // "some of our 'wheelchair users' leap out of the chair": the label itself in scare quotes, doubted
      push(w.start, close.end, "scare-quoted label for people", 0.5, true);
    }
    i = j; // the closing quote is not an opening one
  }
  doubtCache.set(a, out);
  return out;
}

/** Verbs (and relative words) that attribute the quoted words to the person before them. */
const CLAIMING = new Set([
  "says", "said", "saying", "insists", "insisted", "insisting", "claims", "claimed", "claiming", "swears", "swore", "reckons", "reckoned", "wants", "wanted", "demands", "demanded",
  "demanding", "asks", "asked", "asking", "requests", "requested", "requesting", "told", "tells", "informs", "informed", "announces", "announced", "decided", "thinks", "thought", "who", "who's",
  "whos", "who'd", "who'll", "apparently", "allegedly", "but", "explains", "explained", "adamant",
  // base forms: "things women in labour say: '...'", "the ones who ask '...'"
  "say", "ask", "tell", "claim", "insist", "demand", "want",
]);
const HYPOTHETICAL = new Set(["when", "whenever", "if"]);
/** "when a patient tells you '...'", "if someone says '...'": a scenario for teaching, not a report (the two words before the person). */
function hypothetical(a: Analysis, person: number): boolean {
  const t = a.tokens;
  for (let k = person - 1; k >= 0 && k >= person - 2 && t[k]!.sentence === t[person]!.sentence; k--) if (HYPOTHETICAL.has(t[k]!.norm)) return true;
  return false;
}
/** Words of thanks and praise: a quoted compliment ("'you're the best doctor'") is not a claim held up to mock. */
const COMPLIMENT = new Set(["thank", "thanks", "best", "lovely", "amazing", "angel", "angels", "kind", "kindest", "brilliant", "love", "grateful", "wonderful", "hero", "heroes", "better"]);
function compliment(a: Analysis, open: number, close: number): boolean {
  for (let k = open + 1; k < close; k++) if (COMPLIMENT.has(a.tokens[k]!.norm)) return true;
  return false;
}
/** Pronouns that stand for the person seen at work when the post is set in clinical work. */
const PERSON_PRONOUNS = new Set(["he", "she", "they", "he's", "she's", "they're", "he'd", "she'd"]);
/** Emoji that roll their eyes at what was said (not laughter, which quoted children's words also get). */
const EYE_ROLLS = ["\ud83d\ude44", "\ud83e\udd21", "\ud83d\ude43", "\ud83d\ude0f", "\ud83d\ude12", "\ud83e\udd26", "\ud83e\udee0"];
const eyeRoll = (text: string) => EYE_ROLLS.some((e) => text.startsWith(e));

/**
 * A patient's own words or claim put in quotes and met with an eye-roll ("Bay 4 insists her pain is
 * '11 out of 10' 🙄", "wants a second opinion from 'a real doctor'. ... 🙄"): the author holds up what
 * the patient said to be disbelieved or laughed at. The quote is attributed by a claiming verb (or
 * "who") between a patient referent and it; the eye-roll follows in the sentence or the next one.
 * Confidence 0.6 (contempt); reported speech is the point here, so callers do not drop it as reported.
 */
export function claimQuotes(a: Analysis): readonly Span[] {
  return a.memo("respect:claim-quotes", () => {
    const out: Span[] = [];
    if (!QUOTE_MARKS.test(a.text)) return out;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "punct" || !isQuote(w.text)) continue;
      // the quoted words: up to the next quote mark in the sentence, at most twelve words
      const quoted = closingQuote(t, i, 24, true);
      if (!quoted || quoted.words === 0 || quoted.words > 12) continue;
      const j = quoted.close;
      const close = t[j]!;
      // (a teaching post quotes patients to teach; asked only once a candidate is found)
      if (!eyeRollAfter(a, j) || compliment(a, i, j) || a.teaching >= 0.35) { i = j; continue; }
      const attributed = attributedToPatient(a, i);
      if (attributed || (healthClaim(a, i, j) && sarcasmAround(a, w))) {
        // (attributed: a patient referent said it, so the person mocked is named by the attribution)
        out.push({ type: "phrase", start: w.start, end: close.end, text: a.text.slice(w.start, close.end), confidence: 0.6, detector: "eye-rolled patient claim", lexicon: "mockery", data: { category: "contempt", term: "a patient's words quoted with an eye-roll", people: attributed } });
      }
      i = j; // the closing quote is not an opening one
    }
    return out;
  });
}

/** A patient (or "she/he" in a clinical post) before the opening quote at token `open`, with a claiming word between. */
function attributedToPatient(a: Analysis, open: number): boolean {
  const t = a.tokens;
  let claimed = false;
  for (let k = open - 1, seen = 0; k >= 0 && seen < 16 && t[k]!.sentence === t[open]!.sentence; k--, seen++) {
    const x = t[k]!;
    if (x.kind !== "word" && x.kind !== "number") continue;
    if (CLAIMING.has(x.norm)) { claimed = true; continue; }
    if (!claimed) continue;
    if (PERSON_PRONOUNS.has(x.norm)) return scene(a) >= 0.4 && !hypothetical(a, k);
    const r = referentAt(a, k);
    if (r) return r.who === "patient" && !hypothetical(a, k);
  }
  return false;
}

/** Symptoms, pain relief and allergies: what a patient's quoted claim of illness is made of. */
const SYMPTOMS = new Set(["pain", "pains", "ache", "aches", "agony", "allergic", "allergy", "allergies", "morphine", "codeine", "tramadol", "oxycodone", "diazepam", "sick", "dying", "migraine", "dizzy", "collapsed", "seizure", "seizures", "symptoms", "unwell", "poorly", "breathless", "faint", "fainted"]);
/** The quoted words (tokens open..close) claim illness: a symptom word or a condition. */
function healthClaim(a: Analysis, open: number, close: number): boolean {
  const t = a.tokens;
  for (let k = open + 1; k < close; k++) if (SYMPTOMS.has(t[k]!.norm)) return true;
  return a.of("condition").some((c) => c.start >= t[open]!.end && c.end <= t[close]!.start);
}
/** A sarcastic frame ("nothing says", "love it when") in the sentence: the quoted claim is what is mocked. */
function sarcasmAround(a: Analysis, at: { start: number }): boolean {
  return a.inSentence(at, a.lexicon("mockery", "sarcasm")).length > 0;
}

/** An eye-roll emoji after token `close` in its sentence or anywhere in the next (bounded). */
function eyeRollAfter(a: Analysis, close: number): boolean {
  const t = a.tokens;
  const s = t[close]!.sentence;
  for (let k = close + 1; k < t.length && k <= close + 40 && t[k]!.sentence <= s + 1; k++) if (t[k]!.kind === "punct" && eyeRoll(t[k]!.text)) return true;
  return false;
}

/** An ironic emoji or a laugh in the span's sentence (after it) or early in the next one. */
export function ironyNear(a: Analysis, span: { start: number; end: number }): boolean {
  const s = a.sentenceOf(span.start);
  const next = sentenceAnchor(a, span.start, 1);
  const limit = next ? a.sentenceOf(next.start) : s;
  for (let i = a.tokenIndexAt(span.end); i < a.tokens.length && i < a.tokenIndexAt(span.end) + 60; i++) {
    const t = a.tokens[i]!;
    if (t.sentence > limit) break;
    if (t.kind === "punct" && IRONIC.has(t.text)) return true;
  }
  const laughs = a.lexicon("mockery", "laugh");
  if (a.inSentence(span, laughs).some((l) => l.start >= span.end)) return true;
  if (next && a.inSentence(next, laughs).length > 0) return true;
  return false;
}

/** Words that put a colleague first in a sentence; the sarcasm that follows is about them. */
const STAFF_FIRST_STOP = new Set(["patient", "patients", "pt", "pts", "lady", "man", "woman", "bloke", "guy", "relatives", "family", "mum", "dad", "drunk", "someone", "people"]);

/**
 * The person a sarcastic remark is about is a colleague: the first person word in its sentence or
 * the one before is a role word or @handle ("Shout out to the day midwife who... Truly inspirational").
 */
export function colleagueFirst(a: Analysis, span: { start: number }, colleagueWords: ReadonlySet<string>): boolean {
  const prev = sentenceAnchor(a, span.start, -1);
  const from = a.tokenIndexAt(prev ? prev.start : span.start);
  const sentence = a.sentenceOf((prev ?? span).start);
  let i = from;
  while (i > 0 && a.tokens[i - 1]!.sentence === sentence && from - i < 60) i--;
  for (let k = i; k < a.tokens.length && a.tokens[k]!.start < span.start && k - i < 120; k++) {
    const t = a.tokens[k]!;
    // "some people on this ward", "certain people in this department": unnamed colleagues
    if (UNNAMED.has(t.norm) && (a.tokens[k + 1]?.norm === "people" || a.tokens[k + 1]?.norm === "folk")) {
      for (let j = k + 2; j < Math.min(a.tokens.length, k + 7); j++) if (WORKPLACES.has(a.tokens[j]!.norm)) return true;
    }
    if (t.kind === "mention" || (t.kind === "word" && colleagueWords.has(t.stem))) return true;
    if (t.kind === "word" && STAFF_FIRST_STOP.has(t.stem)) return false;
  }
  return false;
}

/** Places of work that make "some people" colleagues ("some people on this ward"). */
export const WORKPLACES = new Set(["ward", "wards", "department", "dept", "unit", "rota", "team", "practice", "trust", "hospital", "theatre", "theatres", "icu", "ed", "a&e", "firm", "deanery"]);
export const UNNAMED = new Set(["some", "certain"]);

/** "Some people on this ward...": an unnamed person or group at the author's workplace. */
export function indirectColleague(tokens: readonly { norm: string }[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!UNNAMED.has(tokens[i]!.norm) || !(tokens[i + 1]!.norm === "people" || tokens[i + 1]!.norm === "folk" || tokens[i + 1]!.norm === "colleagues")) continue;
    for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) if (WORKPLACES.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** Words that make the event sarcastically praised a failing ("left me... with no obs", "never answers"). */
const FAILING = new Set(["no", "not", "never", "without", "nothing", "none", "zero", "forgot", "ignored", "left", "dumped", "again", "late", "missed", "refused", "unclerked", "unseen"]);

/** The sentence before the span (or its own) narrates a failing: sarcastic praise, not thanks. */
export function failingBefore(a: Analysis, span: { start: number }): boolean {
  const prev = sentenceAnchor(a, span.start, -1);
  // (the remark's own words are not the failing: "Nothing says..." is not a "nothing")
  const end = (span as { end?: number }).end ?? span.start;
  const tokens = [...(prev ? nearTokens(a, prev, 40) : []), ...nearTokens(a, span, 40).filter((t) => t.start < span.start || t.start >= end)];
  return tokens.some((t) => t.kind === "word" && (FAILING.has(t.norm) || t.norm.endsWith("n't")));
}
