// Emoji that stand for drugs in posts (US DEA, "Emoji drug code: decoded", 2021): snowflake for
// cocaine, herb/leaf for cannabis, mushroom, pill, balloon for nitrous oxide. They are innocent on
// their own (snow at Christmas, herbal tea); conduct/substance-misuse only adds them to a drug name
// the author is taking. The snowflake does not count in a wintry or festive post.
import type { Analysis } from "../../analysis";
import { nearTokens } from "./scope";
import { CLINICAL, FIRST_PERSON, hasAny } from "./util";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

// the horse stands for ketamine ("horse tranquilliser", FRANK's street names) and heroin ("horse")
const DRUG_EMOJI = new Set(["\u2744", "\u{1F33F}", "\u{1F343}", "\u{1F344}", "\u{1F48A}", "\u{1F388}", "\u{1F434}", "\u{1F40E}"]);
const SNOW = "\u2744";
const WINTRY = new Set(["christmas", "xmas", "snow", "snowing", "snowy", "winter", "wintry", "ski", "skiing", "frost", "frosty", "ice", "icy", "cold", "freezing", "festive", "december", "january", "#christmas", "snowman", "forecast", "weather", "sledging", "sledge", "slopes", "alps", "blizzard", "flurry", "flurries"]);

/** 0.3 when the post has a drug emoji (a snowflake only outside wintry or festive posts), else 0. */
const DRUG_EMOJI_LIST = [...DRUG_EMOJI];
export function drugEmoji(a: Analysis): number {
  // the post's word set holds its punctuation too: a lookup per emoji instead of a scan
  if (!a.hasAnyWord(DRUG_EMOJI_LIST)) return 0;
  let snow = false;
  for (const t of a.tokens) {
    if (t.kind !== "punct" || !DRUG_EMOJI.has(t.text)) continue;
    if (t.text !== SNOW) return 0.3;
    snow = true;
  }
  if (!snow) return 0;
  return a.tokens.some((t) => WINTRY.has(t.norm)) ? 0 : 0.3;
}

/** Words before a drug emoji that make it a noun for a quantity of something: "bit of ❄️", "some 🍃". */
const QUANTITY_BEFORE = new Set(["of", "some", "little", "cheeky", "more", "any", "few", "bag", "gram", "line", "bump"]);

/**
 * A drug emoji used as a noun ("Weekend plans: bit of ❄️, big night out"): the first one that follows
 * a quantity word in its sentence. A snowflake in a wintry or festive post does not count.
 */
export function emojiAsNoun(a: Analysis): Token | undefined {
  const t = a.tokens;
  let wintry: boolean | undefined;
  for (let i = 1; i < t.length; i++) {
    const e = t[i]!;
    if (e.kind !== "punct" || !DRUG_EMOJI.has(e.text)) continue;
    const prev = t[i - 1]!;
    if (prev.kind !== "word" || prev.sentence !== e.sentence || !QUANTITY_BEFORE.has(prev.norm)) continue;
    if (e.text === SNOW && (wintry ??= t.some((w) => WINTRY.has(w.norm)))) continue;
    return e;
  }
  return undefined;
}

/** Nouns for a dose of a street drug, each ordinary alone ("pill", "line"): they need a use verb before them. */
export const DOSE_NOUNS = new Set(["pill", "pills", "tab", "tabs", "line", "lines", "bump", "bumps", "pinger", "pingers", "gummy", "gummies", "edible", "edibles"]);
/** Verbs of taking a street drug that may be separated from its noun: "dropped my first pill", "necked half a pill". */
export const DOSE_VERBS = new Set(["dropped", "dropping", "necked", "necking", "popped", "popping", "snorted", "snorting", "racked", "racking", "did", "doing", "took", "taking", "had", "having"]);

/** "After a week like this", "after nights", "to get through the rota": the author is coping with work. */
const COPE_NOUNS = new Set(["week", "weeks", "shift", "shifts", "night", "nights", "day", "days", "rota", "oncall", "on-call", "stint", "run"]);
export function copingFrame(a: Analysis, span: { start: number }): boolean {
  const tokens = around(a, span);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (w !== "after" && w !== "through") continue;
    // four words on, not counting punctuation ("after a 12-hour shift")
    for (let k = i + 1, words = 0; k < tokens.length && words < 4; k++) {
      if (tokens[k]!.kind !== "word" && tokens[k]!.kind !== "number") continue;
      words++;
      if (COPE_NOUNS.has(tokens[k]!.norm)) return true;
    }
  }
  return false;
}

// ---- built cues shared by conduct/substance-misuse and conduct/intoxication --------------------

/** Work nouns that an unlisted word may qualify ("endoscopy list", "fracture clinic", "post-take round"). */
const SESSION_NOUNS = new Set(["list", "lists", "clinic", "clinics", "round", "rounds", "shift", "shifts"]);
/** Work sessions a clock time or "my" can come before ("my 2pm start", "the 8am list", "3am drug round"). */
const WORK_NOUNS = new Set(["shift", "shifts", "start", "list", "lists", "clinic", "clinics", "round", "rounds", "handover", "nights", "night", "session", "surgery", "theatre", "theatres", "on-call", "oncall", "day", "duty", "work", "rota"]);
/** Words that may sit between the opener and the work noun ("my 8am theatre list", "the afternoon clinic"). */
const WORK_MODIFIERS = new Set(["my", "the", "this", "a", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "bank", "holiday", "weekend", "dental", "morning", "afternoon", "evening", "night", "all-day", "theatre", "ward", "drug", "drugs", "med", "meds", "medication", "admin", "long", "late", "early", "first", "fracture", "outpatient", "gp", "paeds", "post-take", "take", "on", "call", "whole"]);
/** Openers that put a work session ahead of the author: "before my...", "to get through...", "on the... list". */
/** Words after a work noun that make it a social event or time off ("work drinks", "day off"). */
const SOCIAL_AFTER = new Set(["off", "notes", "letters", "letter", "drinks", "party", "do", "social", "night", "out", "meal", "dinner", "lunch", "christmas", "xmas", "leave", "trip"]);
/** A session list: "theatre list", "morning list". */
const SESSION = new Set(["theatre", "morning", "afternoon", "all-day", "evening", "operating", "endoscopy", "cath"]);
/** Words before "into" that make it arriving at work: "straight into clinic", "made it into clinic". */
const INTO_AFTER = new Set(["straight", "back", "it"]);
const DUTY_OPENERS = new Set(["before", "ahead", "through", "for", "into", "on", "do", "doing", "did"]);
/** Openers that need a word before the work noun: "do the ward round", not "my to do list". */
const DOING = new Set(["do", "doing", "did"]);
/** Units after a number that make it a length of shift ("14h", "12-hour", "13 hrs"). */
const HOUR_UNITS = new Set(["h", "hr", "hrs", "hour", "hours"]);
const SHIFT_NOUNS = new Set(["shift", "shifts", "nights", "day"]);
/** A number then an hour unit ("14h", "12-hour"): how many tokens the length takes, or 0. */
function hoursLong(t: readonly Token[], i: number): number {
  if (t[i]!.kind !== "number") return 0;
  const dash = t[i + 1]?.text === "-" ? 1 : 0;
  return HOUR_UNITS.has(t[i + 1 + dash]?.norm ?? "") ? 2 + dash : 0;
}
const isClock = (t: Token | undefined, next: Token | undefined): boolean =>
  !!t && t.kind === "number" && !!next && (next.norm === "am" || next.norm === "pm") && next.start - t.end <= 1;

/**
 * Work sessions no phrase list can enumerate, as on-duty spans: "before my 2pm start", "to get through
 * afternoon clinic", "I'm on the 8am theatre list", "back in for the 8am list", "the 3am drug round".
 * Linear, with a bounded look-ahead; memoised per post.
 */
/** Whether any built work session is possible, from the post's words (a few lookups, no scan). */
function dutyPossible(a: Analysis): boolean {
  const w = a.words;
  return w.has("before") || w.has("do") || ((w.has("shift") || w.has("shifts")) && (w.has("h") || w.has("hr") || w.has("hrs") || w.has("hour") || w.has("hours"))) || w.has("doing") || w.has("did") || w.has("am") || w.has("pm") || (w.has("ahead") && w.has("of")) || (w.has("through") && (w.has("get") || w.has("getting")))
    || (w.has("for") && w.has("back")) || (w.has("on") && (w.has("list") || w.has("lists"))) || (w.has("into") && (w.has("straight") || w.has("back") || w.has("it")));
}

export function dutyCues(a: Analysis): readonly Span[] {
  return a.memo("conduct-duty-cues", () => {
    const out: Span[] = [];
    if (!dutyPossible(a)) return out;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" && w.kind !== "number") continue;
      const opener = DUTY_OPENERS.has(w.norm) && (w.norm !== "ahead" || t[i + 1]?.norm === "of") && (w.norm !== "through" || t[i - 1]?.norm === "get" || t[i - 1]?.norm === "getting")
        && (w.norm !== "for" || t[i - 1]?.norm === "in" || t[i - 1]?.norm === "back") && (w.norm !== "into" || INTO_AFTER.has(t[i - 1]?.norm ?? ""));
      const clock = isClock(w, t[i + 1]);
      const hours = !opener && !clock ? hoursLong(t, i) : 0;
      if (!opener && !clock && !hours) continue;
      // walk over modifiers and a clock time to a work noun, at most five tokens on, same sentence
      let timed = clock || hours > 0;
      let k = clock ? i + 2 : hours ? i + hours : i + (w.norm === "ahead" ? 2 : 1);
      let end: Token | undefined;
      let unknown = 0;
      for (let steps = 0; k < t.length && steps < 5 && t[k]!.sentence === w.sentence; k++, steps++) {
        const x = t[k]!;
        if (isClock(x, t[k + 1])) { timed = true; k++; continue; }
        if (WORK_NOUNS.has(x.norm)) { end = x; break; }
        if (x.kind !== "word") break;
        // one word the list does not know may name the session ("the 9am endoscopy list")
        if (!WORK_MODIFIERS.has(x.norm) && ++unknown > 1) break;
      }
      if (end && unknown > 0 && !SESSION_NOUNS.has(end.norm)) continue;
      // "a 14h shift", "a 13-hour night shift": a length of time names a shift, not a list or a clinic
      if (end && hours && !SHIFT_NOUNS.has(end.norm)) continue;
      if (!end) continue;
      if (DOING.has(w.norm) && k === i + 1) continue;
      // "my day off", "5pm work drinks", "the clinic Christmas party": not a work session
      if (SOCIAL_AFTER.has(t[k + 1]?.norm ?? "")) continue;
      const mine = t.slice(i, k).some((x) => x.norm === "my");
      // "on the ... list" needs a session list ("on the 8am theatre list"), not the guest list
      if (w.norm === "on" && (end.norm !== "list" && end.norm !== "lists" || !(timed || mine || t.slice(i, k).some((x) => SESSION.has(x.norm))))) continue;
      if ((end.norm === "start" || end.norm === "day" || end.norm === "work" || end.norm === "session") && !timed && !mine) continue;
      // "back in for night 4", "before night 2 of 3": a numbered night of a run; not "for the night"
      if (end.norm === "night" && t[k + 1]?.kind !== "number") continue;
      out.push({ type: "phrase", start: w.start, end: end.end, text: a.text.slice(w.start, end.end), confidence: 0.75, detector: "duty-cue", lexicon: "intoxication", data: { category: "on-duty", source: "built" } });
      i = k;
    }
    return out;
  });
}

/** Counts of a dose ("few lines", "a couple of bumps", "two pills"). */
const DOSE_COUNT = new Set(["few", "couple", "two", "three", "2", "3", "4", "some", "several", "more", "cheeky", "fat", "quick"]);
/** Words after a dose noun that make it something else ("lines of code", "pills for my migraine"). */
const NOT_DOSE_AFTER = new Set(["of", "from", "in", "on", "about", "for", "to", "and"]);

/** What a counted dose is "of" when it is a drug: slang for it, not "lines of code" or "pills of all colours". */
const DRUG_STUFF = new Set(["stuff", "gear", "charlie", "coke", "snow", "powder", "ket", "mandy", "molly", "sniff", "marching"]);
/** "Few lines at the afters", "a couple of bumps": a counted dose of a street drug with no verb (memoised). */
export const COUNTED_NOUNS = ["lines", "bumps", "pills", "tabs", "pingers", "gummies", "edibles"];
export function countedDoses(a: Analysis): readonly Span[] {
  return a.memo("conduct-counted-doses", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(COUNTED_NOUNS)) return out;
    const t = a.tokens;
    for (let i = 1; i < t.length; i++) {
      const n = t[i]!;
      if (n.kind !== "word" || !DOSE_NOUNS.has(n.norm) || n.norm === "line" || n.norm === "pill") continue;
      let k = i - 1;
      if (t[k]?.norm === "of") k--;
      const count = t[k];
      if (!count || count.sentence !== n.sentence || !DOSE_COUNT.has(count.norm)) continue;
      // "few lines of the good stuff", "a couple of bumps of gear": "of" then what the drug is called
      let end = i;
      if (t[i + 1]?.norm === "of") for (let k = i + 2; k < t.length && k <= i + 4 && t[k]!.sentence === n.sentence; k++) if (DRUG_STUFF.has(t[k]!.norm)) { end = k; break; }
      if (end === i && NOT_DOSE_AFTER.has(t[i + 1]?.norm ?? "") && t[i + 1]!.sentence === n.sentence) continue;
      out.push({ type: "phrase", start: count.start, end: t[end]!.end, text: a.text.slice(count.start, t[end]!.end), confidence: 0.5, detector: "counted-dose", lexicon: "substance-misuse", data: { category: "use-phrase", source: "built" } });
    }
    return out;
  });
}

/**
 * Clinical or teaching words around a span ("a pint of blood", "ketamine 1 mg/kg"), leaving out
 * words inside a work session, which say when rather than what ("before clinic", "afternoon list").
 */
export function clinicalBesidesWork(a: Analysis, span: { start: number }): boolean {
  if (a.teaching >= 0.5) return true;
  let inDuty: ReadonlySet<number> | undefined;
  for (const t of around(a, span)) {
    if (!CLINICAL.has(t.norm)) continue;
    inDuty ??= dutyTokenStarts(a);
    if (!inDuty.has(t.start)) return true;
  }
  return false;
}

/** Start offsets of the tokens inside a work session (memoised), so each lookup is O(1). */
function dutyTokenStarts(a: Analysis): ReadonlySet<number> {
  return a.memo("conduct-duty-token-starts", () => {
    const out = new Set<number>();
    for (const d of dutySpans(a)) for (let i = a.tokenIndexAt(d.start); i < a.tokens.length && a.tokens[i]!.start < d.end; i++) out.add(a.tokens[i]!.start);
    return out;
  });
}

/** The lexicon's on-duty phrases and the built work sessions, in text order (memoised). */
export function dutySpans(a: Analysis): readonly Span[] {
  return a.memo("conduct-duty-spans", () => {
    const listed = [...a.lexicon("intoxication", "on-duty")].sort((x, y) => x.start - y.start);
    const cues = dutyCues(a);
    if (cues.length === 0) return listed;
    // drop built cues that overlap a listed phrase: both in text order, one merge pass
    const built: Span[] = [];
    let j = 0;
    let reach = -1; // the furthest end among listed phrases starting before the cue's end
    for (const b of cues) {
      while (j < listed.length && listed[j]!.start < b.end) reach = Math.max(reach, listed[j++]!.end);
      if (reach <= b.start) built.push(b);
    }
    return built.length === 0 ? listed : [...listed, ...built].sort((x, y) => x.start - y.start);
  });
}

/**
 * The words around a span in its sentence, at most 40 tokens either side: what the conduct rules
 * read instead of the whole sentence, so a 1 MB post that is one sentence stays linear.
 */
export function around(a: Analysis, span: { start: number; end?: number }): Token[] {
  return nearTokens(a, span, 40);
}

/** A first-person word near the span (bounded `authorIsSubject`). */
export function authorNear(a: Analysis, span: { start: number; end?: number }): boolean {
  return hasAny(around(a, span), FIRST_PERSON);
}

/** Clinical or teaching words near the span, or a teaching post (bounded `clinicalUse`). */
export function clinicalNear(a: Analysis, span: { start: number; end?: number }): boolean {
  return a.teaching >= 0.5 || hasAny(around(a, span), CLINICAL);
}

