// Lexicon phrases: one pass of the shared matcher over the tokens, turned into typed spans. Lists that
// describe things (occupations, conditions, events, hospitals, settings) become spans of that type;
// the rest stay "phrase" spans tagged with their lexicon for the rules that read them.
import type { Analysis } from "../analysis";
import { sharedMatcher } from "../lexicon";
import { foldPhrase } from "../lexicon/matcher";
import { PLACES_LEXICON } from "../places/gazetteer";
import type { Token } from "../text/tokenize";
import type { Span, SpanType } from "../types";

const TYPE_OF_LEXICON: Record<string, SpanType> = {
  occupations: "occupation",
  conditions: "condition",
  events: "event",
  hospitals: "hospital",
  "clinical-settings": "clinical-setting",
};
const TYPE_OF_CUE: Record<string, SpanType> = { "patient-cue": "patient-cue", "celebrity-cue": "celebrity", relation: "relation" };
/** Proper-noun lists need a capital letter to count (unless the entry is case-sensitive already). */
const NEEDS_CAPITAL = new Set(["hospitals", "companies"]);
const FORMER = new Set(["retired", "former", "ex", "semi-retired"]);

export function detectPhrases(a: Analysis): void {
  const tokens = a.tokens;
  const matches = sharedMatcher().match(tokens);
  // a loop, not push(...matches): a 1 MB post of emoji has hundreds of thousands of matches, more
  // arguments than a call can take
  for (const m of matches) a.phrases.push(m);
  for (const m of matches) {
    if (m.lexicon === PLACES_LEXICON) continue; // read by the places detector
    const e = m.entry;
    const first = tokens[m.firstToken]!;
    if (NEEDS_CAPITAL.has(m.lexicon) && !e.caseSensitive && !first.cap && first.kind !== "hashtag" && first.kind !== "mention") continue;
    const text = a.text.slice(m.start, m.end);
    if (a.allow.size && a.allow.has(foldPhrase(text))) continue;
    let type: SpanType = Object.hasOwn(TYPE_OF_LEXICON, m.lexicon) ? TYPE_OF_LEXICON[m.lexicon]! : "phrase";
    if (m.lexicon === "context-cues" && e.category && Object.hasOwn(TYPE_OF_CUE, e.category)) type = TYPE_OF_CUE[e.category]!;
    const data: Span["data"] = { category: e.category, term: e.term, source: e.source, ...e.extra };
    if (e.sensitive) data.sensitive = true;
    if (e.rarity) data.rarity = e.rarity;
    if (e.town) data.town = e.town;
    // "I could murder a curry": the idiom of appetite, not an event
    if (type === "event" && appetiteIdiom(a, m.firstToken, m.lastToken)) continue;
    // "watched children I immunised grow up", "when I grow up": a subject before it, so no imperative put-down
    if (m.lexicon === "colleague-disputes" && e.category === "dismissal" && hasSubjectBefore(tokens, m.firstToken)) continue;
    // "antibiotic tablets for a limited time": how long a treatment lasts, not a sales deadline
    if (e.term === "limited time" && treatmentDuration(a, m.firstToken, m.lastToken)) continue;
    // "the most patient man alive", "be patient with yourself": the adjective, not a patient
    if (type === "patient-cue" && e.term === "patient" && m.firstToken === m.lastToken && ADJECTIVE_LEAD.has(tokens[m.firstToken - 1]?.norm ?? "")) continue;
    if (type === "occupation") {
      const prev = a.wordsBefore(m.start, 1)[0];
      if (prev && FORMER.has(prev.norm)) data.retired = true;
    }
    a.addSpan({ type, start: m.start, end: m.end, text, confidence: e.confidence, detector: "lexicon", lexicon: m.lexicon, data });
  }
}

/** What is taken or used for a while: "steroid cream for a limited time", "antibiotics for a limited time". */
const TREATMENTS = new Set(["tablet", "tablets", "antibiotic", "antibiotics", "cream", "creams", "steroid", "steroids", "course", "courses", "treatment", "treatments", "medicine", "medicines", "medication", "medications", "dose", "doses", "pill", "pills", "drops", "inhaler", "gel", "ointment", "patch", "patches", "use", "used", "take", "taken", "prescribed"]);
function treatmentDuration(a: Analysis, first: number, last: number): boolean {
  const t = a.tokens;
  if (t[first - 1]?.norm !== "a" || t[first - 2]?.norm !== "for") return false;
  const after = t[last + 1];
  if (after && after.sentence === t[last]!.sentence && (after.norm === "only" || after.norm === "offer" || after.norm === "offers" || after.text === "!")) return false;
  return a.wordsBefore(t[first]!.start, 8).some((w) => TREATMENTS.has(w.norm));
}

/** Subjects of a verb: "they grow up", "kids grow up fast", "watched them grow up". */
const SUBJECTS = new Set(["i", "we", "they", "he", "she", "them", "him", "her", "us", "children", "kids", "people", "babies", "grandchildren", "boys", "girls", "teenagers", "toddlers", "who", "that"]);
/** Words ending in s that are not plural subjects ("is", "this", "yes"). */
const NOT_PLURAL = new Set(["is", "was", "has", "does", "this", "yes", "us", "his", "its", "as", "plus", "thus", "always", "perhaps", "seriously", "guys"]);
/** A subject within three words before, in its clause ("children I immunised grow up"); "needs to grow up" is a put-down. */
function hasSubjectBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k]!;
    if (w.kind !== "word" || w.sentence !== tokens[i]!.sentence || w.norm === "to" || w.norm === "just" || w.norm === "please") return false;
    if (SUBJECTS.has(w.norm) || (w.norm.length > 3 && w.norm.endsWith("s") && !w.norm.endsWith("ss") && !NOT_PLURAL.has(w.norm))) return true;
  }
  return false;
}

/** Degree words and copulas that make "patient" the adjective: "so patient", "be patient", "more patient". */
const ADJECTIVE_LEAD = new Set(["be", "been", "being", "so", "very", "more", "most", "too", "incredibly", "really", "less", "extremely", "remain", "remained", "stay", "stayed", "infinitely", "endlessly", "super", "ever", "impossibly", "saintly"]);
const DESIRE_MODALS = new Set(["could", "would", "i'd", "id", "couldve", "could've"]);
/** "could murder a pint", "I'd murder a bacon roll": a violent verb after a modal, with a thing wanted after it. */
function appetiteIdiom(a: Analysis, first: number, last: number): boolean {
  const t = a.tokens;
  const before = t[first - 1];
  const after = t[last + 1];
  return !!before && !!after && DESIRE_MODALS.has(before.norm) && (after.norm === "a" || after.norm === "an" || after.norm === "some");
}
