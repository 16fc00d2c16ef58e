import { CARE_THREAT_WORDS, careThreats } from "./threat-care";
import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { combine, severityFor, SURE } from "../shared";
import { withGapped } from "./gapped";
import { reported, scareQuoted, nearTokens } from "./scope";
import { FIRST_PERSON, joking, lyric } from "./util";
import { threatFrames, watchedTokens, watchWords } from "./threat-frames";
import { COLLEAGUE_WORDS } from "../shared";

/** Emoji that make a veiled threat explicit. */
const MENACE_EMOJI = new Map([["\ud83d\udd2a", 0.35], ["\ud83d\ude08", 0.25], ["\ud83d\udde1\ufe0f", 0.35], ["\ud83d\udde1", 0.35]]);
/** "...is getting a scalpel in the eye": something used as a weapon, delivered to a part of the body. */
const WEAPONS = new Set(["scalpel", "knife", "blade", "crowbar", "bat", "brick", "hammer", "bottle", "chair", "machete", "axe", "fist", "boot", "pickaxe", "spanner", "club"]);
const BODY = new Set(["eye", "eyes", "face", "head", "throat", "neck", "teeth", "gut", "guts", "skull", "kneecaps", "kneecap", "ribs", "back", "jaw", "mouth"]);
const DELIVER = new Set(["getting", "get", "gets", "give", "giving", "stick", "shove", "bringing", "bring", "take", "taking", "wrap", "wrapping", "smash", "smashing", "crack", "cracking", "swing", "swinging"]);
/** How a weapon meets the body: "in the eye", "to the head", "round your head", "over his skull". */
const ONTO = new Set(["in", "to", "through", "across", "round", "around", "over"]);
/** Who the harm is for: someone singled out ("next person who", "whoever", "anyone who", "you"). */
const TARGETS = new Set(["you", "whoever", "anyone", "next", "he", "she", "they", "him", "her", "them", "whoever's"]);
const FUTURE = new Set(["going", "gonna", "will", "i'll", "ill", "might", "shall"]);

/**
 * Spans sorted by start with the running maximum of their ends: whether a span overlaps, or lies
 * inside, any of them is a binary search (no scan per query).
 */
function coverIndex(spans: readonly { start: number; end: number }[]) {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const s of sorted) maxEnd.push((m = Math.max(m, s.end)));
  /** Number of spans starting before `at` (or at or before it, when `inclusive`). */
  const before = (at: number, inclusive: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? sorted[mid]!.start <= at : sorted[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    overlaps: (x: { start: number; end: number }) => { const k = before(x.end, false); return k > 0 && maxEnd[k - 1]! > x.start; },
    contains: (x: { start: number; end: number }) => { const k = before(x.start, true); return k > 0 && maxEnd[k - 1]! >= x.end; },
  };
}

/** Threats without a stock phrase: weapon-to-body, and a scare-quoted "accidentally" in a first-person plan. */
function structural(a: Analysis): { span: Span; confidence: number; category: string; detector: string }[] {
  const out: { span: Span; confidence: number; category: string; detector: string }[] = [];
  for (const i of watchedTokens(a)) {
    const t = a.tokens[i]!;
    if (t.kind !== "word") continue;
    if (WEAPONS.has(t.norm)) {
      const after = a.wordsAfter(t.end, 3);
      const k = after.findIndex((w) => ONTO.has(w.norm));
      const body = k >= 0 ? after.slice(k + 1).find((w) => BODY.has(w.norm)) : undefined;
      if (!body) continue;
      const before = a.wordsBefore(t.start, 4);
      if (!before.some((w) => DELIVER.has(w.norm))) continue;
      // someone else's body: "round your head", or a singled-out target nearby ("next person who...")
      const owner = after[after.indexOf(body) - 1]?.norm;
      const theirs = owner === "your" || owner === "his" || owner === "her" || owner === "their" || owner === "ur";
      if (!theirs && !nearTokens(a, t).some((w) => TARGETS.has(w.norm))) continue;
      const start = before.find((w) => DELIVER.has(w.norm))!.start;
      const span: Span = { type: "phrase", start, end: body.end, text: a.text.slice(start, body.end), confidence: 0.7, detector: "weapon-to-body" };
      if (!a.isNegated(span) && !reported(a, span)) out.push({ span, confidence: 0.7, category: "violence", detector: "weapon + body part" });
    } else if (t.norm === "life" || t.norm === "lives") {
      // "we'll make your life very difficult", "I will make his life hard": the author promises to see
      // to someone's hardship (harassment in all but name); "this app will make your life easier" is not
      const b = a.wordsBefore(t.start, 6);
      if (!OTHERS_LIFE.has(b[0]?.norm ?? "") || (b[1]?.norm !== "make" && b[1]?.norm !== "making")) continue;
      const rest = b.slice(2);
      const will = rest.findIndex((w) => WILL.has(w.norm) || w.norm === "i'm" || w.norm === "im");
      if (will < 0) continue;
      const opener = rest[will]!.norm;
      const subject = rest[will + 1]?.norm;
      const mine = opener === "i'll" || opener === "ill" || opener === "we'll" || opener === "imma" || opener === "i'm" || opener === "im" || (subject !== undefined && (FIRST_PERSON.has(subject) || subject === "am" || subject === "are"));
      if (!mine) continue;
      const after = a.wordsAfter(t.end, 3);
      let k = 0;
      while (k < 2 && after[k] && HARDSHIP_DEGREE.has(after[k]!.norm)) k++;
      const hard = after[k];
      if (!hard || !HARDSHIP.has(hard.norm)) continue;
      const start = rest[will + 1] && FIRST_PERSON.has(rest[will + 1]!.norm) ? rest[will + 1]!.start : rest[will]!.start;
      const span: Span = { type: "phrase", start, end: hard.end, text: a.text.slice(start, hard.end), confidence: 0.65, detector: "make your life hard" };
      if (a.isNegated(span) || reported(a, span) || a.isQuoted(span)) continue;
      // the stock forms ("make your life hell") are the list's
      if (a.lexicon("threats").some((x) => x.start < span.end && span.start < x.end)) continue;
      out.push({ span, confidence: 0.65, category: "intimidation", detector: "first person + make someone's life + hardship" });
    } else if (t.norm === "accidentally") {
      const span: Span = { type: "phrase", start: t.start, end: t.end, text: t.text, confidence: 0.6, detector: "scare-quoted accidentally" };
      if (!scareQuoted(a, span)) continue;
      const before = a.wordsBefore(t.start, 6);
      if (!before.some((w) => FIRST_PERSON.has(w.norm)) || !before.some((w) => FUTURE.has(w.norm))) continue;
      out.push({ span, confidence: 0.6, category: "violence", detector: "scare-quoted 'accidentally' in a first-person plan" });
    }
  }
  return out;
}

/** Verbs of assault a first-person future threat uses ("I'll knock him out", "gonna slap her"). */
const ASSAULT = new Set(["kill", "murder", "punch", "slap", "stab", "strangle", "throttle", "batter", "deck", "smack", "knock", "hit", "kick", "hurt", "thump", "lamp", "chin", "headbutt", "shoot", "strangle", "smash", "glass", "floor", "wallop", "twat", "bottle", "end", "choke"]);
/** Future or volitional openings with the author as subject; "swear" carries "I swear I'll...". */
const WILL = new Set(["i'll", "ill", "will", "gonna", "going", "imma", "ima", "i'ma", "we'll", "shall", "wanna", "want"]);
/** Objects that make the verb's target a person. */
const PERSON_OBJECT = new Set(["him", "her", "them", "you", "u", "ya", "someone", "somebody", "whoever", "the", "that", "this", "his", "their", "your", "my"]);
/** After "knock him out" these make it anaesthesia, not assault ("...for the op", "...for theatre"). */
const CLINICAL_AFTER = new Set(["for", "with", "before", "so", "properly", "safely"]);
/** Who a veiled threat singles out: "next patient who", "whoever keyed my car", "dear nurse who", "if that registrar ... one more time". */
const SINGLED = new Set(["whoever", "next", "anyone", "any", "dear", "some"]);
/** Words after a harm outcome that make it ordinary ("never wakes up before 7", "until lunch"). */
const UNTIL = new Set(["before", "until", "till", "til", "early", "in", "on", "again"]);
/** What the singled-out person "is getting" when the hint is friendly ("is getting a hug, if you know what I mean"). */
const KIND = new Set(["hug", "hugs", "cake", "biscuit", "biscuits", "pint", "drink", "drinks", "treat", "prize", "medal", "present", "gift", "kiss", "thanks", "thank", "promotion", "bonus", "coffee", "chocolate", "love", "card", "award"]);

/**
 * "I'll knock him out", "I swear I'm gonna slap her": the author as subject, an assault verb, and a
 * person as its object, within a few words (bounded per token, linear in the post).
 */
function firstPersonAssault(a: Analysis): { span: Span; confidence: number; category: string; detector: string }[] {
  const out: { span: Span; confidence: number; category: string; detector: string }[] = [];
  const t = a.tokens;
  for (const i of watchedTokens(a)) {
    const v = t[i]!;
    if (v.kind !== "word" || !ASSAULT.has(v.norm)) continue;
    const before = a.wordsBefore(v.start, 4);
    const will = before.findIndex((w) => WILL.has(w.norm));
    if (will < 0) continue;
    // the subject is the author: "I'll", "we'll", or "I" / "I'm" just before "will/gonna/going"
    const opener = before[will]!.norm;
    const subject = before[will + 1]?.norm;
    const mine = opener === "i'll" || opener === "ill" || opener === "imma" || opener === "ima" || opener === "i'ma" || opener === "we'll" || (subject !== undefined && (FIRST_PERSON.has(subject) || subject === "am"));
    if (!mine || (opener === "ill" && subject !== undefined && ["feel", "look", "was", "is", "be"].includes(subject))) continue;
    const after = a.wordsAfter(v.end, 3);
    const obj = after[0];
    if (!obj || !PERSON_OBJECT.has(obj.norm)) continue;
    // "I'll hit the gym", "kill the alarm": a determiner needs a person noun after it
    if (["the", "that", "this", "his", "their", "your", "my"].includes(obj.norm)) {
      const noun = after[1];
      if (!noun || !(COLLEAGUE_WORDS.has(noun.norm) || PERSON_OBJECT_NOUNS.has(noun.norm))) continue;
    }
    const tail = after[obj.norm === "the" || obj.norm === "that" || obj.norm === "this" ? 2 : 1];
    const particle = tail?.norm === "out" || tail?.norm === "up" ? a.wordsAfter(tail.end, 1)[0] : undefined;
    if (particle && CLINICAL_AFTER.has(particle.norm)) continue; // "I'll knock him out for the op"
    if (particle && (particle.norm === "a" || particle.norm === "an" || particle.norm === "some")) continue; // "I'll knock you up a cup of tea"
    const end = tail && (tail.norm === "out" || tail.norm === "up") ? tail.end : (after[0]!.norm === "the" || after[0]!.norm === "that" || after[0]!.norm === "this" ? after[1]!.end : obj.end);
    const start = before[will + 1] && (FIRST_PERSON.has(before[will + 1]!.norm)) ? before[will + 1]!.start : before[will]!.start;
    const span: Span = { type: "phrase", start, end, text: a.text.slice(start, end), confidence: 0.7, detector: "first-person assault" };
    if (a.isNegated(span) || reported(a, span)) continue;
    out.push({ span, confidence: 0.7, category: "violence", detector: "first person + assault verb + person" });
  }
  return out;
}
const LIST_KEPT = new Set(["for", "of", "on", "at", "to", "in", "down"]);
/** Whose life the author promises to make hard, and how ("very difficult", "a misery", "interesting" as menace). */
const OTHERS_LIFE = new Set(["your", "ur", "his", "her", "their", "yer"]);
const HARDSHIP_DEGREE = new Set(["very", "really", "so", "extremely", "a", "an", "bit", "little", "pretty", "quite", "incredibly", "living"]);
const HARDSHIP = new Set(["difficult", "hard", "harder", "hell", "miserable", "misery", "nightmare", "unbearable", "uncomfortable", "awkward", "interesting", "unpleasant", "tough"]);
// the words structural() and firstPersonAssault() start from, found by the frames' single pass
watchWords([...WEAPONS, ...ASSAULT, "accidentally", "life", "lives"]);
const PERSON_OBJECT_NOUNS = new Set(["guy", "man", "woman", "bloke", "lad", "patient", "driver", "idiot", "prick", "relative", "husband", "wife", "boyfriend", "girlfriend", "next", "person"]);

/**
 * Veiled threats: a knowing hint ("if you know what I mean", "otherwise...") beside a menacing emoji or
 * a singled-out target ("next patient who...", "whoever keyed my car"), in the same or adjacent sentence.
 */
function veiled(a: Analysis, menace: number): { span: Span; confidence: number; category: string; detector: string }[] {
  const out: { span: Span; confidence: number; category: string; detector: string }[] = [];
  const hints = a.lexicon("threats", "insinuation").filter((h) => !a.isNegated(h) && !reported(a, h));
  if (hints.length === 0) return out;
  const singled = a.memo("threat-singled", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !SINGLED.has(w.norm)) continue;
      // "whoever", "dear <noun>", "next <noun> who", "anyone who", "some people"
      const n1 = t[i + 1]?.norm;
      const n2 = t[i + 2]?.norm;
      if (w.norm === "whoever" || w.norm === "dear" || (w.norm === "anyone" && n1 === "who") || (w.norm === "any" && (n2 === "who" || n2 === "that") && COLLEAGUE_WORDS.has(n1 ?? "")) || (w.norm === "next" && (n2 === "who" || n2 === "that")) || (w.norm === "some" && (n1 === "people" || n1 === "folk"))) out.add(w.sentence);
    }
    return out;
  });
  for (const h of hints) {
    const s = a.sentenceOf(h.start);
    // "otherwise" hints only when left unfinished ("Otherwise… 🔪"), not "otherwise a quiet night"
    if (h.confidence <= 0.1 && a.wordsAfter(h.end, 1).length > 0) continue;
    // the menacing emoji must follow the hint closely (same or next sentence, a few tokens on)
    let close = 0;
    if (menace > 0) {
      const from = a.tokenIndexAt(h.end);
      for (let i = from; i < a.tokens.length && i < from + 25 && a.tokens[i]!.sentence <= s + 1; i++) {
        const t = a.tokens[i]!;
        if (t.kind === "punct" && MENACE_EMOJI.has(t.text)) { close = MENACE_EMOJI.get(t.text)!; break; }
      }
    }
    const target = singled.has(s) || singled.has(s - 1) || singled.has(s - 2);
    // without a menacing emoji, the singled-out person must be getting something ("is getting the mask tightened")
    const consequence = close > 0 || h.confidence >= 0.3 || nearTokens(a, h, 40).some((t) => DELIVER.has(t.norm) || FUTURE.has(t.norm));
    if ((close === 0 && !target) || !consequence) continue;
    if (nearTokens(a, h, 40).some((t) => KIND.has(t.norm))) continue;
    const confidence = combine(h.confidence, close > 0 ? 0.5 : 0, target ? 0.5 : 0);
    if (confidence < 0.5) continue;
    out.push({ span: h, confidence: Math.max(confidence, 0.62), category: "intimidation", detector: "insinuation + target or menacing emoji" });
    break;
  }
  return out;
}

/** A threat phrase that ends in "you" followed by one of these is an offer: "I'll find you a bed". */
const OFFER_OBJECT = new Set(["a", "an", "some", "another", "the", "one", "something", "somewhere", "someone", "anything", "more", "out", "up", "back", "in"]);
/** Openings of first-person threats; when the phrase starts elsewhere ("gonna kill you") the subject is before it. */
const SUBJECTLESS = new Set(["gonna", "going"]);
/** Soft targets: hope/deserve phrasings aimed at things, not people ("hope this rota dies"). */
const NOT_PEOPLE = new Set(["it", "this", "that", "rota", "rotas", "printer", "computer", "system", "heat", "sugar", "smoking", "stress"]);
const SUBJECTS = new Set([...FIRST_PERSON, "somebody", "someone"]);
const CARE = new Set(["jab", "jabs", "vaccine", "vaccines", "vaccination", "shot", "shots", "booster", "test", "tests", "testing", "screen", "screening", "check", "checked", "results", "treatment", "review", "appointment", "diagnosis", "sorted"]);
const CATCH = new Set(["gets", "get", "catches", "catch", "develops", "develop", "contracts"]);

/** A threat needs a person as its object and (for "gonna kill you") the author as its subject. */
function plausible(a: Analysis, span: Span): number {
  const words: string[] = [];
  for (let i = a.tokenIndexAt(span.start); i < a.tokens.length && a.tokens[i]!.start < span.end; i++) if (a.tokens[i]!.kind === "word") words.push(a.tokens[i]!.norm);
  const last = words[words.length - 1];
  if (last === "you" || last === "u") {
    const next = a.wordsAfter(span.end, 1)[0];
    if (next && OFFER_OBJECT.has(next.norm)) return 0.15; // "I'll find you a bed", "I'll knock you out for the op"
  }
  // "I'll knock you up a cup of tea", "I'll sort you out a locker": a particle and then the thing offered
  if ((last === "up" || last === "out" || last === "down") && words.includes("you")) {
    const next = a.wordsAfter(span.end, 1)[0];
    if (next && (next.norm === "a" || next.norm === "an" || next.norm === "some")) return 0.15;
  }
  // "watch your back when lifting": advice on posture, not a warning
  const then = a.wordsAfter(span.end, 2);
  if ((then[0]?.norm === "when" || then[0]?.norm === "while") && then[1] && /ing$/.test(then[1].norm)) return 0.2;
  if (SUBJECTLESS.has(words[0] ?? "")) {
    const prev = a.wordsBefore(span.start, 1)[0];
    if (prev && !SUBJECTS.has(prev.norm)) return NOT_PEOPLE.has(prev.norm) ? 0.1 : 0.3; // "this heat is gonna kill you"
  }
  return 1;
}

export default defineRule({
  meta: {
    id: "conduct/threat",
    severity: "error",
    citations: ["gmp:65", "gmc-sm:15", "seed-003:seriousness"],
    seriousness: SERIOUSNESS.discriminatory,
    docs: {
      summary: "Threats, intimidation and wishes of harm",
      why: "Good medical practice 65 asks that your conduct justifies the public's trust, and the social media guidance (¶15) forbids bullying and harassment online. Threatening or wishing harm on anyone is also an offence under communications law. The GMC adviser's slides tell of a medical student whose career was damaged by posting a film quote, \"I will look for you, I will find you, and I will kill you\": quoting a threat does not make it read as a joke to the person it is aimed at, or to a panel.",
      fix: "Don't post it. If you are angry, walk away from the exchange; if someone has threatened you, report it to the platform and the police, and quote them only to report it (\"he told me...\").",
      examples: {
        flagged: ["I will look for you, I will find you, and I will kill you.", "I hope you suffer a life threatening illness..."],
        passes: ["This heat will kill you if you don't hydrate. Water bottles out, team 💧", "Hang on in majors, I'll find you a bed as soon as one comes up"],
      },
    },
    messages: {
      threat: "\"{{phrase}}\" reads as a threat of harm.",
      wish: "\"{{phrase}}\" wishes harm on someone.",
      intimidation: "\"{{phrase}}\" reads as intimidation.",
      threatMaybe: "\"{{phrase}}\" may read as a threat, even as a joke or a quote.",
    },
  },
  check({ analysis: a, report }) {
    // whether the post jokes or quotes a lyric: asked only once something threatening is found
    let soft: boolean | undefined;
    const isSoftened = () => (soft ??= joking(a) || lyric(a));
    // "hope the Health Secretary gets sepsis": hope + get/catch + a condition, in one sentence
    for (const cond of a.of("condition")) {
      const before = a.wordsBefore(cond.start, 8);
      const get = before.findIndex((t) => CATCH.has(t.norm));
      const hope = before.findIndex((t) => t.norm === "hope" || t.norm === "hoping" || t.norm === "wish");
      if (get < 0 || get > 2 || hope <= get || a.isNegated(before[hope]!) || a.isReported(before[hope]!)) continue;
      const after = a.wordsAfter(cond.end, 1)[0];
      if ((after && CARE.has(after.norm)) || before.slice(0, get).some((t) => t.norm === "your" || t.norm === "their")) continue; // "get your flu jab"
      if (before.slice(0, hope).some((t) => t.norm.endsWith("n't") || t.norm === "never" || t.norm === "not" || t.norm === "well" || t.norm === "better")) continue;
      const start = before[hope]!.start;
      const confidence = isSoftened() ? 0.5 : 0.75;
      report({ messageId: confidence >= 0.6 ? "wish" : "threatMaybe", range: [start, cond.end], data: { phrase: a.text.slice(start, cond.end) }, severity: severityFor(confidence, "error", SURE, 0.4), confidence, explanation: { detectors: ["condition", "hope ... gets"], notes: ["wishing an illness on someone"] } });
    }
    // Each threat phrase alone, then together: veiled threats ("I finish at 8 and the car park has no
    // cameras. Come and find out.") are several weak signals that add up, with a knife or devil emoji.
    const found: { span: Span; confidence: number; category: string; detector: string; fit: number }[] = [];
    for (const span of withGapped(a, "threats")) {
      // hints and harm outcomes count only in the combinations below
      if (span.data?.category === "insinuation" || span.data?.category === "harm-outcome") continue;
      if (a.isNegated(span) || a.isRejected(span)) continue;
      if (reported(a, span)) continue; // "a relative told me he knows where I live": reporting abuse received
      let fit = plausible(a, span);
      // "taking names for the hamper", "names taken on arrival": a list being kept, not a reckoning
      if (/names$|taken$/i.test(span.text) && LIST_KEPT.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) fit = 0;
      // "next time I see you I'll buy you a coffee": a kindness follows the opener
      if (span.data?.category === "intimidation" && nearTokens(a, span).some((t) => t.start >= span.end && KIND.has(t.norm))) fit = Math.min(fit, 0.3);
      let confidence = span.confidence * fit;
      if (isSoftened()) confidence *= 0.65;
      found.push({ span, confidence, category: String(span.data?.category ?? "violence"), detector: "lexicon:threats", fit });
    }
    for (const x of structural(a)) found.push({ ...x, confidence: x.confidence * (isSoftened() ? 0.65 : 1), fit: 1 });
    // threats told through care: "I'd 'forget' the anaesthetic", "let him have a little fall" (conduct/threat-care.ts)
    if (a.hasAnyWord(CARE_THREAT_WORDS)) for (const x of careThreats(a)) if (!reported(a, x.span) && !a.isQuoted(x.span)) found.push({ ...x, confidence: x.confidence * (isSoftened() ? 0.65 : 1), fit: 1 });
    // overlap look-ups against what the lists found, by binary search (a long post can hold thousands)
    const assaults = firstPersonAssault(a);
    if (assaults.length > 0) {
      const covered = coverIndex(found.map((f) => f.span));
      for (const x of assaults) if (!covered.contains(x.span)) found.push({ ...x, confidence: x.confidence * (isSoftened() ? 0.65 : 1), fit: 1 });
    }
    // threats by shape (conduct/threat-frames.ts): volition, incitement, wishes, consequences, warnings, exposure
    const frames = threatFrames(a);
    if (frames.length > 0) {
      const overlapped = coverIndex(found.map((f) => f.span));
      for (const x of frames) {
        if (overlapped.overlaps(x.span)) continue;
        found.push({ ...x, confidence: x.confidence * (isSoftened() ? 0.65 : 1), fit: 1 });
      }
    }
    // menacing emoji, looked for only when something could use them
    let menace = 0;
    if (found.length > 0 || a.lexicon("threats", "insinuation").length > 0) for (const t of a.tokens) if (t.kind === "punct" && MENACE_EMOJI.has(t.text)) menace = Math.max(menace, MENACE_EMOJI.get(t.text)!);
    for (const x of veiled(a, menace)) found.push({ ...x, confidence: x.confidence * (isSoftened() ? 0.65 : 1), fit: 1 });
    // "I hope the driver who did this never wakes up": a harm outcome as the object of a hope or wish
    for (const o of a.lexicon("threats", "harm-outcome")) {
      const before = a.wordsBefore(o.start, 12);
      const hope = before.find((w) => w.norm === "hope" || w.norm === "hoping" || w.norm === "wish" || w.norm === "pray" || w.norm === "praying");
      if (!hope || a.isNegated(hope) || reported(a, o) || before.slice(0, before.indexOf(hope)).some((w) => FIRST_PERSON.has(w.norm) && w.norm !== "i")) continue;
      // a person, not a thing, is the one who comes to harm
      const between = before.slice(0, before.indexOf(hope));
      if (!between.some((w) => !NOT_PEOPLE.has(w.norm))) continue;
      // "never wakes up before 7": a time limit makes it sleep, not death
      const next = a.wordsAfter(o.end, 1)[0];
      if (next && UNTIL.has(next.norm)) continue;
      const span: Span = { ...o, start: hope.start, text: a.text.slice(hope.start, o.end) };
      found.push({ span, confidence: isSoftened() ? 0.35 : 0.7, category: "wish-harm", detector: "hope + harm outcome", fit: 1 });
    }
    if (found.length > 0) {
      let emoji = menace;
      if (emoji === 0) for (const t of a.tokens) if (t.kind === "punct" && MENACE_EMOJI.has(t.text)) emoji = Math.max(emoji, MENACE_EMOJI.get(t.text)!);
      let miss = 1 - emoji;
      for (const f of found) miss *= 1 - Math.max(0, Math.min(1, f.confidence));
      const together = 1 - miss;
      const strongest = found.reduce((m, f) => (f.confidence > m.confidence ? f : m));
      if (found.length + (emoji > 0 ? 1 : 0) >= 2 && together > strongest.confidence) strongest.confidence = together;
    }
    for (const { span, confidence, category, detector, fit } of found) {
      if (confidence < 0.25) continue;
      const sure = confidence >= 0.6;
      const messageId = !sure ? "threatMaybe" : category === "wish-harm" ? "wish" : category === "intimidation" ? "intimidation" : "threat";
      report({
        messageId,
        range: [span.start, span.end],
        data: { phrase: span.text },
        severity: severityFor(confidence, "error", SURE, 0.4),
        confidence,
        explanation: { detectors: [detector], context: [{ word: "joke or lyric marker", effect: isSoftened() ? -0.35 : 0 }, { word: "person as object", effect: fit - 1 }] },
      });
    }
  },
});
