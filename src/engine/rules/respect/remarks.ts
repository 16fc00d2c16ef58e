// Belittling remarks about colleagues found by their shape rather than by a stock phrase. Each is a
// bounded look around a few candidate tokens, cached per post; respect/colleagues weighs the target
// (targetWeight) and reports them with its other belittling remarks.
//  - sarcasticPraise: praise at the start of a short clause ("Stellar work as usual 👏", "Great job
//    🙃") with an ironic cue, after a failing act in its sentence or the one before ("thanks for
//    discharging my patient with an unreduced fracture", "forgot to hand over...");
//  - inabilities: what a colleague "can't even" do ("he can't even count to seven"), or a litany of
//    inabilities as a fragment after a sentence naming colleagues ("Can't cannulate, can't prescribe");
//  - doubtedRoles: a role in scare quotes after a determiner ("some 'consultants'", "our 'senior' reg");
//  - ageNicknames: "grandad", "boomer" used for a colleague named just before;
//  - tooBusy: colleagues "too busy <pastime> to <work>" ("too busy filming TikToks to do obs").
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { referentAt } from "./derogation";
import { organisationHandle } from "./referent";
import { COLLEAGUE_WORDS } from "../shared";

/** Whether the post has a quotation mark at all. */
const QUOTE_MARKS = /['\u2018\u2019"\u201c\u201d]/;
const isWord = (t: Token | undefined): t is Token => !!t && (t.kind === "word" || t.kind === "number");
const NEGATION = new Set(["not", "never", "no", "didn't", "didnt", "don't", "dont", "doesn't", "wasn't", "hasn't", "haven't", "without"]);

function span(a: Analysis, start: number, end: number, confidence: number, shape: string, weight = 0): Span {
  return { type: "phrase", start, end, text: a.text.slice(start, end), confidence, detector: "belittling shape", lexicon: "colleague-disputes", data: { category: "belittling", term: shape, weight } };
}

/** A colleague named in token i's sentence or the one before (a role, a grade, an @handle, "Dr X"): its weight, or 0. */
function colleagueAround(a: Analysis, i: number): number {
  const t = a.tokens;
  const s = t[i]!.sentence;
  let best = 0;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 60 && t[k]!.sentence >= s - 1; k--, seen++) {
    const r = referentAt(a, k);
    if (r && r.who === "colleague" && !(t[k]!.kind === "mention" && organisationHandle(t[k]!.text))) best = Math.max(best, r.weight);
  }
  return best;
}

// ---- sarcastic praise after a failing -----------------------------------------------------------

const PRAISE = new Set(["brilliant", "great", "stellar", "fantastic", "amazing", "excellent", "superb", "outstanding", "cracking", "terrific", "wonderful", "fab", "splendid", "impressive", "smashing", "top", "nice", "good", "lovely", "inspirational", "inspiring", "bravo", "well"]);
const PRAISE_LIST = [...PRAISE];
const PRAISED = new Set(["work", "job", "stuff", "effort", "one", "done", "teamwork", "teaching", "leadership", "communication", "handover", "decision", "call", "show", "going"]);
const PRAISED_LIST = [...PRAISED];
/** Ironic cues of repetition ("as usual", "again"). */
const AGAIN = new Set(["usual", "always", "ever", "again"]);
// (applause 👏 is left out: it is as often sincere; with "as usual" or "again" it is ironic anyway)
const IRONIC_EMOJI = ["\ud83d\ude43", "\ud83d\ude44", "\ud83d\ude0f", "\ud83d\ude12", "\ud83e\udd26", "\ud83e\udee0", "\ud83e\udd21", "\ud83d\ude42"];
/** Acts that fail a patient or a colleague ("forgot", "ignored", "dumped", "missed", "leaving my patient with..."). */
const FAILED_ACTS = new Set(["forgot", "forgetting", "forgotten", "ignored", "ignoring", "dumped", "dumping", "missed", "missing", "refused", "refusing", "botched", "botching", "abandoned", "abandoning", "fobbed"]);
const LEAVE = new Set(["left", "leaving", "leave"]);
const LEFT_OBJECT = new Set(["me", "us", "my", "our", "the", "a", "him", "her", "them", "your", "this"]);

/** A failing act among tokens [from, to) that is not itself denied ("never missed a beat"). */
function failingAct(a: Analysis, from: number, to: number): boolean {
  const t = a.tokens;
  for (let k = Math.max(0, from); k < to; k++) {
    const w = t[k]!;
    if (!isWord(w)) continue;
    const failing = FAILED_ACTS.has(w.norm) || (LEAVE.has(w.norm) && LEFT_OBJECT.has(t[k + 1]?.norm ?? "") && hasWith(a, k + 1, to));
    if (!failing) continue;
    const before = [t[k - 1], t[k - 2]].filter(isWord);
    if (before.some((b) => NEGATION.has(b.norm) || b.norm.endsWith("n't"))) continue;
    return true;
  }
  return false;
}
/** "leaving my patient WITH a missed fracture", "left me WITHOUT a handover": what was left behind. */
function hasWith(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 8); k++) if (a.tokens[k]!.norm === "with" || a.tokens[k]!.norm === "without" || a.tokens[k]!.norm === "to") return true;
  return false;
}

export function sarcasticPraise(a: Analysis): readonly Span[] {
  return a.memo("respect:sarcastic-praise", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(PRAISE_LIST) || !a.hasAnyWord(PRAISED_LIST)) return out;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !PRAISE.has(w.norm)) continue;
      // the praise opens its clause: the sentence start or right after a comma or dash
      const prev = t[i - 1];
      if (prev && prev.sentence === w.sentence && !(prev.kind === "punct" && (prev.text === "," || prev.text === "-" || prev.text === "\u2014"))) continue;
      // the clause is short and names what is praised ("work", "job", "stuff"), or the praise word alone with an emoji
      let end = i;
      let words = 0;
      let ironic = false;
      let praised = false;
      for (let k = i; k < t.length && t[k]!.sentence === w.sentence && k < i + 12; k++) {
        const x = t[k]!;
        if (x.kind === "punct") {
          if (IRONIC_EMOJI.some((e) => x.text.startsWith(e))) ironic = true;
          if (x.text === "," || x.text === ".") break;
          continue;
        }
        words++;
        if (PRAISED.has(x.norm)) { praised = true; end = k; }
        if (AGAIN.has(x.norm)) ironic = true;
      }
      if (!praised || words > 6) continue;
      // an emoji right after the sentence's full stop still belongs to it ("Great job. 🙃")
      for (let k = end + 1; !ironic && k < t.length && k <= end + 6 && t[k]!.sentence <= w.sentence + 1; k++) if (t[k]!.kind === "punct" && IRONIC_EMOJI.some((e) => t[k]!.text.startsWith(e))) ironic = true;
      if (!ironic) continue;
      // a failing act before the praise, in its sentence or the one before
      let from = i;
      while (from > 0 && t[from - 1]!.sentence >= w.sentence - 1 && i - from < 60) from--;
      if (!failingAct(a, from, i)) continue;
      out.push(span(a, w.start, t[end]!.end, 0.75, "sarcastic praise after a failing", colleagueAround(a, i)));
    }
    return out;
  });
}

// ---- inabilities --------------------------------------------------------------------------------

const CANNOT = new Set(["can't", "cant", "cannot", "couldn't", "couldnt"]);
const CANNOT_LIST = [...CANNOT];
/** Words that make an inability a sneer ("can't even", "can't actually", "can't so much as"). */
const DERIDING = new Set(["even", "actually", "so"]);
/** A reason after the inability puts it on the system, not the person ("...because IT haven't set up her login"). */
const BECAUSE = new Set(["because", "cos", "coz", "as", "since", "until", "till", "due", "without"]);
const THIRD_PERSON = new Set(["he", "she", "they", "he's", "she's"]);

export function inabilities(a: Analysis): readonly Span[] {
  return a.memo("respect:inabilities", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(CANNOT_LIST)) return out;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !CANNOT.has(w.norm)) continue;
      const prev = t[i - 1];
      // "couldn't diagnose a cold": a basic task denied of a colleague (its own reasons and occasions)
      if (prev && prev.sentence === w.sentence && isWord(t[i + 1]) && BASIC_TASKS.has(t[i + 1]!.norm)) {
        const basic = basicTaskFailed(a, i);
        if (basic) out.push(basic);
        continue;
      }
      const rest = sentenceTail(a, i);
      if (rest.some((x) => BECAUSE.has(x.norm))) continue;
      // a litany opening a verbless sentence: "Can't cannulate, can't prescribe, can't take a hint."
      if (!prev || prev.sentence !== w.sentence) {
        const second = rest.findIndex((x) => CANNOT.has(x.norm));
        const weight = colleagueAround(a, i);
        if (second < 0 || weight === 0) continue;
        // the remark runs to the end of the second item
        let k = a.tokenIndexAt(rest[second]!.start) + 1;
        let last = k;
        while (k < t.length && t[k]!.sentence === w.sentence && !(t[k]!.kind === "punct" && (t[k]!.text === "," || t[k]!.text === "."))) last = k++;
        out.push(span(a, w.start, t[last]!.end, 0.55, "a litany of inabilities", weight));
        i = last;
        continue;
      }
      // "he can't even count", "our reg can't actually read a gas": a deriding word after the inability
      const next = t[i + 1];
      if (!isWord(next) || !DERIDING.has(next.norm) || (next.norm === "so" && t[i + 2]?.norm !== "much")) continue;
      if (!isWord(prev)) continue;
      const subject = THIRD_PERSON.has(prev.norm) ? colleagueAround(a, i) : referentAt(a, i - 1)?.who === "colleague" ? referentAt(a, i - 1)!.weight : 0;
      if (subject === 0) continue;
      const verb = t[i + 2];
      out.push(span(a, w.start, (isWord(verb) ? verb : next).end, 0.6, "can't even <do the job>", subject));
    }
    return out;
  });
}
/**
 * A colleague who "can't cannulate", "couldn't diagnose a cold", "can't write a legible script",
 * "couldn't take a blood pressure without a nurse": a basic clinical task denied of a colleague as a
 * standing trait. The task is a bare skill or takes an indefinite object (any cold, any script); a
 * definite object ("couldn't cannulate him"), an occasion ("tonight", "yet"), a reason ("because",
 * "without access") or a condition ("if she can't...") makes it a report of one shift, and the
 * author or "you" as subject is self-deprecation or advice.
 */
export const BASIC_TASK_SHAPE = "can't <do a basic task>";
const BASIC_TASKS = new Set(["diagnose", "cannulate", "examine", "intubate", "suture", "stitch", "catheterise", "catheterize", "read", "write", "take", "spot", "interpret", "recognise", "recognize", "prescribe", "bleed", "auscultate", "palpate", "resuscitate"]);
const DEFINITE_OBJECT = new Set(["him", "her", "them", "it", "this", "that", "these", "those", "the", "his", "my", "our", "me", "us", "you", "your", "their", "any", "anything", "more", "much", "in", "part", "over", "on", "off", "up", "care", "time", "leave", "calls", "call", "notes"]);
const OCCASION = new Set(["tonight", "today", "yesterday", "earlier", "morning", "afternoon", "evening", "last", "yet", "anymore", "now", "currently", "shift", "first", "sick", "ill", "unwell", "injured", "broken", "tired", "exhausted"]);
const TASK_REASON = new Set(["because", "cos", "coz", "as", "since", "until", "till", "due", "so"]);
const CONDITION = new Set(["if", "whether", "when", "unless", "worried", "scared", "afraid", "feel", "felt", "feeling", "worry", "fear"]);
const NOT_SUBJECT = new Set(["i", "we", "you", "u", "i'm", "im", "we're", "you're", "youre", "me", "yet"]);
function basicTaskFailed(a: Analysis, i: number): Span | undefined {
  const t = a.tokens;
  const w = t[i]!;
  const prev = t[i - 1];
  if (!isWord(prev) || prev.sentence !== w.sentence || NOT_SUBJECT.has(prev.norm)) return undefined;
  const task = t[i + 1]!;
  const obj = t[i + 2];
  // a bare skill ("can't cannulate.") or an indefinite object ("a cold", "an ECG", "basic obs")
  if (isWord(obj) && obj.sentence === w.sentence && DEFINITE_OBJECT.has(obj.norm)) return undefined;
  const tail = sentenceTail(a, i);
  if (tail.some((x) => TASK_REASON.has(x.norm) || OCCASION.has(x.norm))) return undefined;
  // "without access to...": the system; "without a nurse": the person needs a junior's help
  const without = tail.findIndex((x) => x.norm === "without");
  if (without >= 0) {
    const after = tail.slice(without + 1, without + 3).find((x) => x.norm !== "a" && x.norm !== "an" && x.norm !== "the");
    if (!after || !COLLEAGUE_WORDS.has(after.norm)) return undefined;
  }
  // the clause before: a condition or a worry ("if the F1 can't cannulate", "worried my trainee can't...")
  for (let k = i - 1; k >= 0 && k >= i - 8 && t[k]!.sentence === w.sentence; k--) {
    if (t[k]!.kind === "punct" && t[k]!.text === ",") break;
    if (CONDITION.has(t[k]!.norm) || NOT_SUBJECT.has(t[k]!.norm) || OCCASION.has(t[k]!.norm)) return undefined;
  }
  const r = referentAt(a, i - 1);
  if (r && r.who !== "colleague") return undefined;
  const weight = r ? r.weight : colleagueAround(a, i);
  if (weight === 0) return undefined;
  return span(a, w.start, task.end, 0.55, BASIC_TASK_SHAPE, weight);
}

/**
 * Cleaning up after a colleague: "we'll spend next week undoing all his prescribing", "mopping up
 * the locum's mess again", "sorting out her referrals, as usual". A repair verb whose object is a
 * colleague's work (a third person's or a role's possessive, then a work noun) says in public that
 * the colleague's work is so bad it must be undone. Not the author's own ("fixing my notes"), and not
 * "fixing his car". The colleague is the possessor or one named in the sentence or the one before.
 */
const REPAIR = new Set(["undoing", "undo", "unpicking", "unpick", "fixing", "redoing", "redo", "mopping", "cleaning", "correcting", "reversing", "untangling"]);
const REPAIR_LIST = [...REPAIR];
const WORK_NOUNS = new Set(["prescribing", "prescriptions", "scripts", "mess", "messes", "work", "handiwork", "notes", "referrals", "decisions", "plans", "plan", "management", "discharges", "letters", "mistakes", "errors", "cock-ups", "cockups", "damage", "rota", "meds", "drug", "charts", "documentation"]);
const THIRD_POSSESSIVE = new Set(["his", "her", "their"]);
export function cleanupAfter(a: Analysis): readonly Span[] {
  return a.memo("respect:cleanup-after", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(REPAIR_LIST)) return out;
    const t = a.tokens;
    for (let i = 0; i + 2 < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !REPAIR.has(w.norm)) continue;
      // "mopping up", "cleaning up (after)": the particle
      let k = i + 1;
      if (t[k]?.norm === "up" || t[k]?.norm === "out") k++;
      if (t[k]?.norm === "after") k++;
      if (t[k]?.norm === "all" || t[k]?.norm === "the") k++;
      // "the night reg's": one modifier before the possessive
      if (isWord(t[k]) && !t[k]!.norm.endsWith("'s") && isWord(t[k + 1]) && (t[k + 1]!.norm.endsWith("'s") || t[k + 1]!.norm.endsWith("\u2019s"))) k++;
      const owner = t[k];
      if (!isWord(owner) || owner.sentence !== w.sentence) continue;
      let weight = 0;
      let end = k;
      if (THIRD_POSSESSIVE.has(owner.norm)) {
        weight = colleagueAround(a, i);
      } else if (owner.norm.endsWith("'s") || owner.norm.endsWith("\u2019s")) {
        const r = referentAt(a, k);
        weight = r && r.who === "colleague" ? r.weight : COLLEAGUE_WORDS.has(owner.norm.slice(0, -2)) ? 0.8 : 0;
      } else continue;
      // the work: a noun right after the possessive, or one word on ("his dodgy prescribing")
      const noun = [t[end + 1], t[end + 2]].find((x) => isWord(x) && x.sentence === w.sentence && WORK_NOUNS.has(x.norm));
      if (!noun || weight === 0) continue;
      end = a.tokenIndexAt(noun.start);
      out.push(span(a, w.start, t[end]!.end, 0.55, "cleaning up after a colleague", weight));
    }
    return out;
  });
}

// ---- idioms of incompetence ---------------------------------------------------------------------

/**
 * Hyperbolic idioms of incompetence said of a colleague: "couldn't tell a STEMI from heartburn",
 * "can't tell his arse from his elbow", "wouldn't know a sick patient if one bit him". The shape is
 * the idiom's frame (tell ... from ...; know a ... if it/one ...); the colleague is the one named in
 * the sentence or the one before; the author's own ("I couldn't tell a rash from a bruise as an F1")
 * is self-deprecation.
 */
const WOULDNT = new Set(["wouldn't", "wouldnt", "doesn't", "doesnt", "don't", "dont"]);
const IDIOM_OPENERS = [...CANNOT_LIST, ...WOULDNT];
const SELF_SUBJECT = new Set(["i", "we", "i'd", "we'd", "id", "me"]);
const IF_SUBJECT = new Set(["it", "one", "he", "she", "they", "you", "someone"]);
export function incompetenceIdioms(a: Analysis): readonly Span[] {
  return a.memo("respect:incompetence-idioms", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(IDIOM_OPENERS)) return out;
    const t = a.tokens;
    for (let i = 0; i + 3 < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !(CANNOT.has(w.norm) || WOULDNT.has(w.norm))) continue;
      const n1 = t[i + 1]!;
      if (n1.sentence !== w.sentence) continue;
      const prev = t[i - 1];
      if (prev && prev.sentence === w.sentence && SELF_SUBJECT.has(prev.norm)) continue;
      let end = -1;
      if (CANNOT.has(w.norm) && n1.norm === "tell") {
        // "tell a STEMI from heartburn": "from" within six words, after something to tell apart
        for (let k = i + 3; k < t.length && k <= i + 8 && t[k]!.sentence === w.sentence; k++) if (t[k]!.norm === "from" && isWord(t[k + 1]) && t[k + 1]!.sentence === w.sentence) { end = k + 1; break; }
      } else if ((WOULDNT.has(w.norm) || CANNOT.has(w.norm)) && (n1.norm === "know" || n1.norm === "recognise" || n1.norm === "recognize" || n1.norm === "spot")) {
        // "wouldn't know a (sick) patient if one fell on her": a/an/the, a few words, then "if it/one ..."
        const det = t[i + 2]!;
        if (det.norm !== "a" && det.norm !== "an") continue;
        for (let k = i + 4; k < t.length && k <= i + 7 && t[k]!.sentence === w.sentence; k++) if (t[k]!.norm === "if" && IF_SUBJECT.has(t[k + 1]?.norm ?? "")) { end = k + 2 < t.length && isWord(t[k + 2]) ? k + 2 : k + 1; break; }
      }
      if (end < 0) continue;
      const weight = colleagueAround(a, i + 1);
      if (weight === 0) continue;
      out.push(span(a, w.start, t[end]!.end, 0.6, "an idiom of incompetence", weight));
    }
    return out;
  });
}

/**
 * Congratulations on a failing: "congrats to our ortho colleague on his 4th complication this month",
 * "well done to the night team on yet another Datix". Praise whose object is a harm or a complaint is
 * irony by its shape; "congratulations on your complications research prize" names an achievement
 * (a noun follows the failing word) and passes.
 */
const FAILINGS = new Set(["complication", "complications", "complaint", "complaints", "datix", "datixes", "incident", "incidents", "readmission", "readmissions", "lawsuit", "lawsuits", "claim", "claims", "death", "deaths", "leak", "leaks", "error", "errors", "cock-up", "cockup", "blunder", "blunders", "miss", "misses", "disaster", "fiasco"]);
const AFTER_FAILING = new Set(["this", "today", "in", "of", "so", "already", "again", "since", "that", "on", "at", "for"]);
export function congratulatedFailings(a: Analysis): readonly Span[] {
  return a.memo("respect:congratulated-failings", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(CONGRATS_LIST)) return out;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !CONGRATS.has(w.norm) || (w.norm === "done" && t[i - 1]?.norm !== "well")) continue;
      // "on" within eight words, then the failing within four
      let on = -1;
      for (let k = i + 1; k < t.length && k <= i + 8 && t[k]!.sentence === w.sentence; k++) if (t[k]!.norm === "on") { on = k; break; }
      if (on < 0) continue;
      for (let k = on + 1; k < t.length && k <= on + 4 && t[k]!.sentence === w.sentence; k++) {
        if (!FAILINGS.has(t[k]!.norm)) continue;
        const next = t[k + 1];
        if (next && next.sentence === w.sentence && isWord(next) && !AFTER_FAILING.has(next.norm)) break;
        const weight = colleagueAround(a, k);
        if (weight > 0) out.push(span(a, w.norm === "done" ? t[i - 1]!.start : w.start, t[k]!.end, 0.6, "congratulations on a failing", weight));
        break;
      }
    }
    return out;
  });
}

/** The words after token i to the end of its sentence (at most 30). */
function sentenceTail(a: Analysis, i: number): Token[] {
  const t = a.tokens;
  const out: Token[] = [];
  for (let k = i + 1; k < t.length && t[k]!.sentence === t[i]!.sentence && out.length < 30; k++) if (isWord(t[k])) out.push(t[k]!);
  return out;
}

// ---- doubted roles ------------------------------------------------------------------------------

/** Words a staff group is given as equals ("colleagues", "doctors"): in scare quotes after a role, the title is denied. */
const GROUP_TITLES = new Set(["colleagues", "doctors", "clinicians", "professionals", "medics", "nurses", "surgeons"]);
const DOUBTING_DETERMINERS = new Set(["some", "these", "those", "our", "the", "my", "your", "his", "her", "their", "so-called", "a", "certain"]);
/** Before a plural role, only determiners that pick some out ("some 'consultants'"); "the 'doctors' mess'" names a room. */
const PLURAL_DOUBTING = new Set(["some", "these", "those", "so-called", "certain", "our", "my"]);
const isQuote = (c: string | undefined) => c === "'" || c === "\u2018" || c === "\u2019" || c === '"' || c === "\u201c" || c === "\u201d";

export function doubtedRoles(a: Analysis): readonly Span[] {
  return a.memo("respect:doubted-roles", () => {
    const out: Span[] = [];
    if (!QUOTE_MARKS.test(a.text)) return out;
    const t = a.tokens;
    for (let i = 1; i + 2 < t.length; i++) {
      const q = t[i]!;
      // "PA 'colleagues'", "agency 'nurses'": a staff group's own word for itself, doubted after the group's role
      const roleBefore = isWord(t[i - 1]) && COLLEAGUE_WORDS.has(t[i - 1]!.norm) && isWord(t[i + 1]) && GROUP_TITLES.has(t[i + 1]!.norm) && t[i + 2] !== undefined && isQuote(t[i + 2]!.text);
      if (q.kind !== "punct" || !isQuote(q.text) || !isWord(t[i - 1]) || !(DOUBTING_DETERMINERS.has(t[i - 1]!.norm) || roleBefore) || t[i - 1]!.sentence !== q.sentence) continue;
      // one or two words, the last a role ("'consultants'", "'senior' reg" is the quoted adjective before a role)
      for (let k = i + 1; k <= i + 2 && k + 1 < t.length; k++) {
        if (!isWord(t[k])) break;
        const close = t[k + 1]!;
        if (close.kind !== "punct" || !isQuote(close.text)) continue;
        const r = referentAt(a, k) ?? (isWord(t[k + 2]) ? referentAt(a, k + 2) : undefined);
        // "our 'senior' nurse is newly qualified because nobody applied": the quotes blame the system
        if (sentenceTail(a, k).some((x) => BECAUSE.has(x.norm))) break;
        // (a teaching post discusses the word; asked only once a quoted role is found)
        if (r && r.who === "colleague" && (r.single || PLURAL_DOUBTING.has(t[i - 1]!.norm) || roleBefore) && a.teaching < 0.35) out.push(span(a, q.start, close.end, 0.6, "a role in scare quotes", 0));
        break;
      }
    }
    return out;
  });
}

// ---- age nicknames ------------------------------------------------------------------------------

const AGE_NICKNAMES = new Set(["grandad", "granddad", "grandpa", "gramps", "granny", "grandma", "nana", "boomer", "boomers", "pops"]);
const AGE_NICKNAMES_LIST = [...AGE_NICKNAMES];
const POSSESSIVE = new Set(["my", "our", "your", "his", "her", "their", "me", "i"]);

export function ageNicknames(a: Analysis): readonly Span[] {
  return a.memo("respect:age-nicknames", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(AGE_NICKNAMES_LIST)) return out;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !AGE_NICKNAMES.has(w.norm)) continue;
      // "my grandad", "grandad's recipe", "granny flat": family or a thing, not a nickname
      const prev = t[i - 1];
      if (isWord(prev) && prev.sentence === w.sentence && POSSESSIVE.has(prev.norm)) continue;
      const next = t[i + 1];
      if (next && (next.text === "'" || next.text === "\u2019" || (isWord(next) && !["a", "an", "the", "some", "is", "has", "still", "needs", "here"].includes(next.norm)))) continue;
      const weight = colleagueAround(a, i);
      if (weight >= 0.9) out.push(span(a, w.start, w.end, 0.65, "an age nickname for a colleague", weight));
    }
    return out;
  });
}

// ---- doubted excuses ----------------------------------------------------------------------------

/** What a colleague gives as a reason for not doing the work. */
const EXCUSES_LIST = ["busy", "sick", "unwell", "poorly", "understand", "forgot", "emergency", "stuck", "traffic", "signal", "migraine", "childcare"];
const EXCUSES = new Set(EXCUSES_LIST);
/** Words that say the excuse came too pat: "suddenly 'too busy'", "conveniently 'sick'". */
const TOO_PAT = new Set(["suddenly", "conveniently", "mysteriously", "miraculously", "funnily", "somehow"]);
const FIRST_PERSON = new Set(["i", "i'm", "im", "we", "we're", "me", "my"]);
/**
 * A colleague's excuse held up in scare quotes to be disbelieved: "certain registrars suddenly
 * remember they're 'too busy'", "the practice manager ringing in 'sick' the week of the inspection
 * 🙃", "the reg 'doesn't understand' the rota 🙄". The quote (one to four words) holds an excuse
 * word, a colleague is named in its sentence or the one before, and the doubt is marked: an ironic
 * emoji or sarcasm in the sentence or the next, or "suddenly"/"conveniently" before it. Not the
 * author's own excuse.
 */
export function doubtedExcuses(a: Analysis): readonly Span[] {
  return a.memo("respect:doubted-excuses", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(EXCUSES_LIST) || !QUOTE_MARKS.test(a.text)) return out;
    const t = a.tokens;
    const sarcasm = a.lexicon("mockery", "sarcasm");
    for (let i = 1; i + 2 < t.length; i++) {
      const q = t[i]!;
      if (q.kind !== "punct" || !isQuote(q.text)) continue;
      let close = -1;
      let excuse = false;
      for (let k = i + 1; k < t.length && k <= i + 5 && t[k]!.sentence === q.sentence; k++) {
        if (t[k]!.kind === "punct" && isQuote(t[k]!.text)) { close = k; break; }
        if (EXCUSES.has(t[k]!.norm)) excuse = true;
      }
      if (close < 0 || !excuse) continue;
      const s = q.sentence;
      const before = a.wordsBefore(q.start, 4);
      if (before.some((w) => FIRST_PERSON.has(w.norm))) { i = close; continue; }
      const weight = colleagueAround(a, i);
      if (weight === 0) { i = close; continue; }
      let marked = before.some((w) => TOO_PAT.has(w.norm)) || sarcasm.some((m) => { const ms = a.sentenceOf(m.start); return ms === s || ms === s + 1; });
      for (let k = close + 1; !marked && k < t.length && t[k]!.sentence <= s + 1; k++) if (t[k]!.kind === "punct" && IRONIC_EMOJI.some((e) => t[k]!.text.startsWith(e))) marked = true;
      if (marked) out.push(span(a, q.start, t[close]!.end, 0.6, "a colleague's excuse in scare quotes", weight));
      i = close;
    }
    return out;
  });
}

// ---- too busy -----------------------------------------------------------------------------------

/** Pastimes that make "too busy X-ing to Y" a sneer rather than a staffing complaint. */
const PASTIMES = new Set(["filming", "scrolling", "gossiping", "chatting", "posting", "tweeting", "texting", "dancing", "napping", "sleeping", "shopping", "drinking", "eating", "snacking", "chilling", "lounging", "vaping", "smoking", "flirting", "preening", "selfies", "tiktoking", "instagramming", "primping", "sunbathing", "golfing", "playing"]);

/** The work a "too busy" sneer says is neglected. */
const DUTIES = new Set(["do", "answer", "check", "see", "review", "give", "chart", "record", "help", "respond", "reply", "cover", "come", "attend", "pick", "hand", "write", "clerk", "prescribe", "cannulate", "take", "turn", "feed", "wash", "assess", "examine", "treat", "care", "look", "listen", "call", "ring", "update", "document", "discharge", "admit", "refer"]);

export function tooBusy(a: Analysis): readonly Span[] {
  return a.memo("respect:too-busy", () => {
    const out: Span[] = [];
    if (!a.words.has("busy")) return out;
    const t = a.tokens;
    for (let i = 0; i + 2 < t.length; i++) {
      if (t[i]!.norm !== "too" || t[i + 1]!.norm !== "busy" || !isWord(t[i + 2]) || !PASTIMES.has(t[i + 2]!.norm)) continue;
      // the work neglected: "to <duty>" within six words ("to do obs", "to answer call bells"; not "to notice the time")
      for (let k = i + 3; k < t.length && k <= i + 9 && t[k]!.sentence === t[i]!.sentence; k++) {
        if (t[k]!.norm === "to" && isWord(t[k + 1]) && DUTIES.has(t[k + 1]!.norm)) { out.push(span(a, t[i]!.start, t[k + 1]!.end, 0.6, "too busy <pastime> to <work>", 0)); break; }
      }
    }
    return out;
  });
}

// ---- "read the paper before tweeting" -----------------------------------------------------------

/** Softeners that turn an imperative into condescending advice ("maybe read...", "perhaps try..."). */
const SOFTENERS = new Set(["maybe", "perhaps", "try", "possibly"]);
const SOFTENERS_LIST = [...SOFTENERS];
/** Homework the advice says was skipped ("maybe READ the paper", "perhaps LEARN some pharmacology"); "maybe wait for the data" is caution, not a put-down. */
const HOMEWORK = new Set(["read", "learn", "study", "look", "check", "google", "research", "educate", "open", "understand", "do", "go", "try", "actually", "get"]);
/** Ways of speaking up that the advice says the person has not earned ("before tweeting", "before lecturing"). */
const SPEAKING = new Set(["tweeting", "posting", "lecturing", "commenting", "replying", "preaching", "opining", "pontificating", "telling", "talking", "speaking", "spouting", "sharing", "writing", "mouthing", "weighing", "chiming", "arguing", "criticising", "judging", "correcting"]);

/**
 * "@x maybe read the paper before tweeting about it": advice to do some homework before speaking
 * ("before tweeting", "before lecturing") puts the other person down rather than their argument.
 * Advice about a clinical act ("check the eGFR before starting metformin") is not matched. A
 * dismissal (confidence 0.6) for respect/colleagues' spat path.
 */
export function speakFirst(a: Analysis): readonly Span[] {
  return a.memo("respect:speak-first", () => {
    const out: Span[] = [];
    if (!a.words.has("before") || !a.hasAnyWord(SOFTENERS_LIST)) return out;
    const t = a.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      if (t[i]!.kind !== "word" || !SOFTENERS.has(t[i]!.norm) || !isWord(t[i + 1]) || !HOMEWORK.has(t[i + 1]!.norm)) continue;
      for (let k = i + 2; k + 1 < t.length && k <= i + 10 && t[k]!.sentence === t[i]!.sentence; k++) {
        if (t[k]!.norm !== "before") continue;
        if (SPEAKING.has(t[k + 1]!.norm)) out.push({ type: "phrase", start: t[i]!.start, end: t[k + 1]!.end, text: a.text.slice(t[i]!.start, t[k + 1]!.end), confidence: 0.6, detector: "homework before speaking", lexicon: "colleague-disputes", data: { category: "dismissal" } });
        break;
      }
    }
    return out;
  });
}

// ---- open letters -------------------------------------------------------------------------------

/** Words that open an open letter ("To the man who...:", "Dear 'Disgusted of Dorking',", "Shout out to the reg who..."). */
const LETTER_OPENERS = new Set(["to", "dear"]);
const SHOUT_OUT = new Set(["shout", "shoutout", "message", "note", "letter"]);
const LETTER_DETERMINERS = new Set(["the", "a", "an", "that", "this", "those", "these", "my", "our", "all"]);
/** Heads that may well be colleagues ("To whoever reported me:", "To everyone on nights:"): not outsiders. */
const OPEN_HEADS = new Set(["whoever", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "you", "all", "those", "colleagues"]);
const RELATIVE = new Set(["who", "that", "which", "whose", "in", "on", "at", "from", "with"]);

/**
 * The post opens as a letter: "To the clown who blocked our ambulance...:", "To 'Disgusted of
 * Dorking':", "Shout out to the anaesthetist on call who...". Its address ends at `end` (the colon
 * or comma, or the sentence's end); `colleague` says whether a role heads it. Staff named later in
 * an outsider's address are what the outsider did something to; the letter's "you" is the addressee.
 */
export function openLetter(a: Analysis): { end: number; colleague: boolean } | undefined {
  return a.memo("respect:open-letter", () => {
    const t = a.tokens;
    let i = 0;
    while (i < t.length && t[i]!.kind === "punct") i++;
    if (i < t.length && SHOUT_OUT.has(t[i]!.norm)) i += t[i + 1]?.norm === "out" ? 2 : 1;
    if (i >= t.length || !LETTER_OPENERS.has(t[i]!.norm)) return undefined;
    let k = i + 1;
    while (k < t.length && LETTER_DETERMINERS.has(t[k]!.norm)) k++;
    const head = t[k];
    if (!head || OPEN_HEADS.has(head.norm) || head.kind === "mention") return undefined;
    // the address runs to its colon or comma (or the sentence's end); a role before any "who" clause heads it
    let inHead = true;
    let colleague = false;
    let j = k;
    for (; j < t.length && j < i + 30 && t[j]!.sentence === t[i]!.sentence; j++) {
      const x = t[j]!;
      if (x.kind === "punct" && (x.text === ":" || x.text === ",")) break;
      if (RELATIVE.has(x.norm)) inHead = false;
      if (inHead && (x.kind === "word" || x.kind === "number") && (COLLEAGUE_WORDS.has(x.norm) || referentAt(a, j)?.who === "colleague")) colleague = true;
    }
    if (j === k) return undefined;
    return { end: (t[j] ?? t[j - 1]!).start, colleague };
  });
}

/** Call-out phrases: "you know who you are", "naming no names but" (colleague-disputes), and "looking at you". */
const CALL_OUT = new Set(["you know who you are", "not naming names but", "naming no names but", "everyone knows who i mean", "knows who i mean", "you all know who i mean", "everyone knows who you are", "we all know who you are"]);
/** Text-speak "u" read as "you" when a phrase is compared with the list above. */
const textSpeak = (s: string) => s.replace(/\bu\b/g, "you");
export function callOutPhrases(a: Analysis): readonly Span[] {
  return a.memo("respect:call-outs", () => {
    const points: Span[] = a.lexicon("colleague-disputes", "dismissal").filter((d) => CALL_OUT.has(textSpeak(d.text.toLowerCase().replace(/[\u2019']/g, "'").replace(/[\s,]+/g, " ").trim())));
    // "They know.", "She knows who she is.", "Won't name the ward.": a veiled call-out as its own sentence or clause
    if (a.words.has("know") || a.words.has("knows") || a.words.has("name")) {
      const t = a.tokens;
      for (let i = 0; i + 1 < t.length; i++) {
        const w = t[i]!;
        const n = t[i + 1]!;
        if ((w.norm === "they" || w.norm === "she" || w.norm === "he") && (n.norm === "know" || n.norm === "knows") && n.sentence === w.sentence) {
          // "They know." alone, or "knows who she is"
          const after = t[i + 2];
          const alone = w.sentenceStart && (!after || after.sentence !== w.sentence || after.kind === "punct");
          const who = after?.norm === "who" && (t[i + 3]?.norm === "she" || t[i + 3]?.norm === "he" || t[i + 3]?.norm === "they") && (t[i + 4]?.norm === "is" || t[i + 4]?.norm === "are");
          if (alone || who) { const end = who ? t[i + 4]! : n; points.push({ type: "phrase", start: w.start, end: end.end, text: a.text.slice(w.start, end.end), confidence: 0.45, detector: "call-out" }); }
        }
        // "Won't name the ward", "won't name names"
        if ((w.norm === "won't" || w.norm === "wont") && n.norm === "name" && n.sentence === w.sentence) points.push({ type: "phrase", start: w.start, end: n.end, text: a.text.slice(w.start, n.end), confidence: 0.45, detector: "call-out" });
      }
    }
    if (a.words.has("looking")) {
      const t = a.tokens;
      for (let i = 0; i + 2 < t.length; i++) if (t[i]!.norm === "looking" && t[i + 1]!.norm === "at" && t[i + 2]!.norm === "you") points.push({ type: "phrase", start: t[i]!.start, end: t[i + 2]!.end, text: a.text.slice(t[i]!.start, t[i + 2]!.end), confidence: 0.45, detector: "call-out" });
    }
    return points;
  });
}

/** People met at work who are not staff: after the role in a failing sentence, they are the ones called out. */
const CALLED_OUT_PUBLIC = new Set(["people", "patients", "patient", "callers", "relatives", "families", "family", "parents", "visitors", "punters", "public", "customers", "clients"]);
const POSSESSED_BY = new Set(["my", "our", "your", "his", "her", "their", "a"]);
/** tokens[k] names people who are not staff and not someone's own ("my patient" is the one harmed). */
export function calledOutPerson(tokens: readonly Token[], k: number): boolean {
  return CALLED_OUT_PUBLIC.has(tokens[k]!.norm) && !POSSESSED_BY.has(tokens[k - 1]?.norm ?? "");
}

/**
 * Congratulations on a basic feat: "Huge congratulations to our new clinical director on
 * discovering, fourteen months into the job, where the ward actually is 👏👏", "Well done to the reg
 * for finally answering a bleep". A congratulation, a colleague named after it, then "on"/"for" and
 * a gerund of something any colleague does without praise (finding, remembering, answering,
 * turning up...), with a mark of lateness ("finally", "actually", "N months into the job", "after
 * N years") or an ironic emoji in the sentence or the next. Praise for an achievement ("on passing
 * MRCP") is no feat of this kind.
 */
const CONGRATS_LIST = ["congratulations", "congrats", "kudos", "bravo", "done", "applause"];
const CONGRATS = new Set(CONGRATS_LIST);
const BASIC_FEATS = new Set(["discovering", "locating", "remembering", "answering", "turning", "showing", "replying", "noticing", "realising", "realizing", "figuring", "bothering", "deigning", "gracing", "appearing", "responding", "spelling"]);
const LATE = new Set(["finally", "actually", "eventually", "only", "after", "into", "already", "at"]);
/** Posts of leadership that name one colleague ("our new clinical director"). */
const LEAD_ROLES = new Set(["director", "lead", "manager", "matron", "boss", "chief", "head", "ceo", "chair", "supervisor", "coordinator"]);
const CLAPS = ["\ud83d\udc4f", ...IRONIC_EMOJI];
export function belatedBasics(a: Analysis): readonly Span[] {
  return a.memo("respect:belated-basics", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(CONGRATS_LIST) || !(a.words.has("on") || a.words.has("for"))) return out;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !CONGRATS.has(w.norm) || (w.norm === "done" && t[i - 1]?.norm !== "well")) continue;
      const s = w.sentence;
      // "on"/"for" within twelve words, then the feat within three
      let feat = -1;
      let prep = -1;
      for (let k = i + 1; k < t.length && k <= i + 14 && t[k]!.sentence === s; k++) {
        // (a later "on"/"for" replaces one whose window passed: "the on-call consultant for finally answering")
        if ((prep < 0 || k > prep + 3) && (t[k]!.norm === "on" || t[k]!.norm === "for")) prep = k;
        else if (prep >= 0 && k <= prep + 3 && BASIC_FEATS.has(t[k]!.norm)) { feat = k; break; }
      }
      if (feat < 0) continue;
      // the one congratulated: a colleague referent, or a role word between the congratulation and "on"
      let weight = colleagueAround(a, prep);
      for (let k = i + 1; weight < 0.9 && k < prep; k++) if (COLLEAGUE_WORDS.has(t[k]!.norm) || LEAD_ROLES.has(t[k]!.norm)) weight = 0.9;
      if (weight === 0) continue;
      // both a mark of lateness and an ironic clap or emoji, in the sentence or the next
      let late = false;
      let ironic = false;
      for (let k = prep; k < t.length && t[k]!.sentence <= s + 1 && k < prep + 40; k++) {
        const x = t[k]!;
        if (x.kind === "word" && LATE.has(x.norm) && (x.norm !== "at" || t[k + 1]?.norm === "last") && (x.norm !== "into" || t[k + 2]?.norm === "job" || t[k + 1]?.norm === "the")) late = true;
        if (x.kind === "punct" && CLAPS.some((e) => x.text.startsWith(e))) ironic = true;
      }
      if (!late || !ironic) continue;
      out.push(span(a, w.start, t[feat]!.end, 0.7, "congratulations on a basic feat", weight));
    }
    return out;
  });
}

/**
 * A post said to be won through a connection, not merit: "Our head of nursing got her job because
 * she's best mates with the chief exec", "only got the promotion cos he's married to the medical
 * director". "got"/"landed" + a post word, then within eight words "because"/"cos"/"through", a
 * relationship word, and "with"/"to" + someone in charge. Merit ("because she's brilliant") or a
 * personal reason ("because his wife moved here") is not this shape.
 */
const GOT = new Set(["got", "gets", "landed", "bagged", "walked"]);
const POSTS = new Set(["job", "post", "role", "promotion", "position", "consultancy", "contract", "title", "place"]);
const VIA = new Set(["because", "cos", "coz", "through", "thanks"]);
const TIES = new Set(["mates", "mate", "friends", "friend", "pals", "pal", "related", "married", "sleeping", "dating", "shagging", "golfing", "drinking", "bezzies", "besties", "cousin", "niece", "nephew", "daughter", "son", "godson", "goddaughter"]);
const IN_CHARGE = new Set(["chief", "exec", "ceo", "director", "cd", "md", "boss", "manager", "chair", "dean", "head", "matron", "consultant", "partner", "lead", "board"]);
export function connectedPost(a: Analysis): readonly Span[] {
  return a.memo("respect:connected-post", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(["got", "gets", "landed", "bagged", "walked"]) || !a.hasAnyWord([...TIES])) return out;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!GOT.has(t[i]!.norm)) continue;
      const s = t[i]!.sentence;
      let post = -1;
      for (let k = i + 1; k <= i + 3 && k < t.length && t[k]!.sentence === s; k++) if (POSTS.has(t[k]!.norm)) { post = k; break; }
      if (post < 0) continue;
      let via = false;
      let end = -1;
      for (let k = post + 1; k <= post + 12 && k < t.length && t[k]!.sentence === s; k++) {
        const n = t[k]!.norm;
        if (VIA.has(n)) via = true;
        else if (via && TIES.has(n)) {
          for (let m = k + 1; m <= k + 5 && m < t.length && t[m]!.sentence === s; m++) if (IN_CHARGE.has(t[m]!.norm) && (t[m - 1]!.norm === "the" || t[m - 1]!.norm === "our" || t[m - 1]!.norm === "medical" || t[m - 1]!.norm === "clinical")) { end = m; break; }
          break;
        }
      }
      if (end < 0) continue;
      // the one who got the post is a colleague: a role before "got" in its sentence ("our head of
      // nursing got..."), or "he/she" after a sentence naming one ("My brother got..." is not)
      let subject = false;
      for (let k = i - 1; k >= 0 && i - k <= 8 && t[k]!.sentence === s && !subject; k--) {
        const n = t[k]!.norm;
        if (COLLEAGUE_WORDS.has(n) || LEAD_ROLES.has(n) || referentAt(a, k)?.who === "colleague") subject = true;
        else if ((n === "he" || n === "she") && k > 0 && t[k - 1]!.sentence < s) {
          let p = k - 1;
          while (p > 0 && t[p - 1]!.sentence === t[k - 1]!.sentence) p--;
          for (let m = p; m < k && !subject; m++) if (COLLEAGUE_WORDS.has(t[m]!.norm) || LEAD_ROLES.has(t[m]!.norm) || referentAt(a, m)?.who === "colleague") subject = true;
        }
      }
      if (!subject) continue;
      out.push(span(a, t[i]!.start, t[end]!.end, 0.7, "a post won through a connection", 0.9));
    }
    return out;
  });
}
