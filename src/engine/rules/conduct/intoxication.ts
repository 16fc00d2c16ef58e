import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import type { Token } from "../../text/tokenize";
import { aboutColleague } from "../shared";
import { FIRST_PERSON, hasAny, lyric, PATIENT_NOUNS, THIRD_PERSON } from "./util";
import { around, authorNear as authorIsSubject, clinicalBesidesWork, clinicalNear as clinicalUse, COUNTED_NOUNS, countedDoses, dutySpans } from "./substance-cues";

/** Words inside an intoxicated phrase that tie it to work ("drunk on shift", "hungover on call"). */
const DUTY_WORDS = new Set(["work", "shift", "call", "duty"]);
/** "pissed at/about/off" is angry, not drunk. */
const ANGRY_NEXT = new Set(["off", "at", "about", "that", "because", "with", "when"]);
/** "pissed at the rota" is angry; "pissed at 7.45", "pissed at 3am" is a time of day, so drunk. */
function angry(a: Analysis, span: Span): boolean {
  const [next, then] = a.wordsAfter(span.end, 2);
  if (!next || !ANGRY_NEXT.has(next.norm)) return false;
  return !(next.norm === "at" && (then?.kind === "number" || then?.norm === "midnight" || then?.norm === "noon" || then?.norm === "lunchtime"));
}
/** Verbs of becoming: "got wrecked", "getting mortal", "got so steaming we...". */
const BECAME = new Set(["got", "get", "getting", "gets", "gettin"]);
/** Other people as subject: the frame then says nothing about the author. */
const OTHERS = new Set(["you", "you're", "youre", "u", "he", "she", "they", "he's", "she's", "they're", "hes", "shes", "theyre"]);
/** Who may come before "got" when the state is a person's: the author and company, or a joined clause. */
const BECOMERS = new Set(["i", "we", "i'm", "im", "we're", "were", "i'd", "we'd", "and", "then", "so", "both", "all", "everyone", "lads", "girls", "just", "never", "ever", "to", "again", "totally", "completely"]);
/** Degree words and swearing that may sit between ("got absolutely f***ing wrecked", "pure steamin"). */
const DEGREE = new Set(["so", "absolutely", "completely", "properly", "proper", "totally", "utterly", "well", "pure", "fully", "bloody", "fucking", "effing", "f", "ing", "fkn", "feckin", "fecking", "right"]);
/** Ambiguous words whose other senses never take a degree word ("absolutely mortal" is only drunk). */
const DEGREE_ONLY = new Set(["mortal", "steaming"]);
/**
 * The confidence a word for drunk earns from its frame: "got wrecked", "got absolutely wrecked" (a
 * state one becomes, as at a party) reads as drunk, not tired or damaged; "absolutely mortal" too.
 * "got wrecked by the rota", "got smashed 4-1" stay with their own senses (passive agent, a score).
 */
function becameDrunk(a: Analysis, span: Span): number {
  const term = String(span.data?.term ?? "");
  if (span.confidence >= 0.5 || term.includes(" ")) return 0;
  if (a.wordsAfter(span.end, 1)[0]?.norm === "by") return 0;
  // "pissed at 7.45": a state at a clock time (angry is at someone)
  if (term === "pissed" && a.wordsAfter(span.end, 1)[0]?.norm === "at" && !angry(a, span)) return 0.6;
  const before = a.wordsBefore(span.start, 5);
  // "you were absolutely steaming when the crew picked you up": someone else's state, read as before
  if (before.some((t) => OTHERS.has(t.norm))) return 0;
  // "still p*ssed": the lexicon's "still pissed", masked
  if (span.data?.masked === true && before[0]?.norm === "still") return 0.9;
  let degree = false;
  for (let k = 0; k < before.length; k++) {
    const t = before[k]!;
    // "we got wrecked", "Got wrecked at the dinner"; not "my car got wrecked"
    if (BECAME.has(t.norm)) return !before[k + 1] || before[k + 1]!.sentence !== t.sentence || BECOMERS.has(before[k + 1]!.norm) ? 0.65 : 0;
    if (!DEGREE.has(t.norm)) break;
    degree = true;
  }
  return degree && DEGREE_ONLY.has(term) ? 0.6 : 0;
}
/** Duty cues that are about later ("clinic tomorrow"): drinking the night before is a warning, not a stop. */
const LATER = new Set(["tomorrow", "morning", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "later"]);
/** Words before a work cue that make it the very next thing: "straight into clinic", "then onto nights". */
const IMMEDIATE = new Set(["straight", "then"]);
const AFTER = new Set(["after", "post", "finished", "since"]);
const DETERMINERS = new Set(["a", "the", "this", "that", "next", "another", "every", "one"]);

/** Whose state is it? The author (or implied author), a colleague, or a patient (not this rule's business). */
function subjectWeight(a: Analysis, span: Span): number {
  if (authorIsSubject(a, span)) return 1;
  if (opensWithState(a, span) && !hasAny(around(a, span), THIRD_PERSON) && !hasAny(around(a, span), PATIENT_NOUNS)) return 1;
  const tokens = around(a, span);
  if (hasAny(tokens, PATIENT_NOUNS)) return 0;
  if (aboutColleague(a, span)) return 0.9;
  if (hasAny(tokens, THIRD_PERSON)) return 0.5;
  return 0.8;
}

/** Other people's shifts: "thinking of everyone on shift today". */
const OTHERS_ON_DUTY = new Set(["everyone", "everybody", "those", "anyone", "people", "colleagues", "you", "all", "folk", "folks", "staff", "team"]);
const dutyList = dutySpans;

/** The sentence says the author is off: "on my day off", "annual leave", "off duty". */
/** Family and friends' occasions, where a drink is part of ordinary life away from work. */
const PRIVATE_OCCASIONS = new Set(["wedding", "weddings", "engagement", "christening", "baptism", "birthday", "anniversary", "hen", "stag", "honeymoon", "reunion", "bbq", "barbecue", "barbie"]);
function offDuty(a: Analysis, span: { start: number }, occasions = true): boolean {
  const tokens = around(a, span);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const prev = tokens[i - 1]?.norm;
    if ((w === "off" && (prev === "day" || prev === "days" || prev === "night" || prev === "weekend")) || (w === "leave" && (prev === "annual" || prev === "on" || prev === "study")) || w === "holiday" || (w === "duty" && prev === "off") || w === "off-duty") return true;
    // "one glass of prosecco at my sister's engagement party": a family occasion is off duty
    if (occasions && PRIVATE_OCCASIONS.has(w)) return true;
  }
  return false;
}

/**
 * Off duty said in the span's sentence or a neighbour: "Hangover cure suggestions please. Day off,
 * ..." (read only where no duty cue was found, so a shift nearby has already made it work).
 */
function offDutyAround(a: Analysis, span: { start: number }): boolean {
  if (offDuty(a, span, false)) return true;
  const s = a.sentenceOf(span.start);
  const list = a.sentences;
  for (const k of [s - 1, s + 1]) {
    const near = list[k];
    if (near && near.end > near.start && offDuty(a, { start: near.start }, false)) return true;
  }
  return false;
}

/**
 * An on-duty cue near the span (same or next sentence), not negated, not "after my shift", and not
 * someone else's shift; a sentence that says the author is off keeps only cues in its own sentence.
 */
function dutyNear(a: Analysis, span: Span): Span | undefined {
  const s = a.sentenceOf(span.start);
  const list = dutyList(a);
  if (list.length === 0) return undefined;
  // this sentence and its neighbours ("Night shift tonight after the wedding... still over the
  // limit"): whether a cue counts does not depend on the span, so each sentence's first usable cue is
  // found once per post and every span is a lookup
  const firstBySentence = a.memo("intoxication-duty-first", () => {
    const m = new Map<number, Span>();
    for (const d of list) {
      const k = a.sentenceOf(d.start);
      if (m.has(k) || a.isNegated(d)) continue;
      const before = a.wordsBefore(d.start, 4);
      if (before.slice(0, 2).some((t) => OTHERS_ON_DUTY.has(t.norm)) || before.some((t) => AFTER.has(t.norm) && !postTake(a, t))) continue;
      if (namedAs(a, d, before)) continue;
      m.set(k, d);
    }
    return m;
  });
  const near = firstBySentence.get(s - 1) ?? firstBySentence.get(s) ?? firstBySentence.get(s + 1) ?? onCallBefore(span, firstBySentence);
  // "on my day off" keeps only a cue of the span's own sentence (read only when there is a cue at all)
  return near !== undefined && offDuty(a, span) ? firstBySentence.get(s) : near;
}

/** Verbs that give something a name: "a cocktail called 'The Night Shift'". */
const NAMING = new Set(["called", "named", "dubbed", "titled"]);
/** A duty cue that is the quoted or title-cased name of something, not work: "a cocktail called 'The Night Shift'". */
function namedAs(a: Analysis, d: Span, before: readonly { norm: string }[]): boolean {
  // (before is nearest first)
  const last = before[0]?.norm;
  const naming = NAMING.has(last ?? "") || (last === "the" && NAMING.has(before[1]?.norm ?? ""));
  if (!naming) return false;
  const first = d.text.charAt(0);
  return a.isQuoted(d) || (first !== first.toLowerCase() && d.text.includes(" "));
}

/** People a drink may be poured for: "a bottle of red for my husband", "prosecco for the guests". */
const DRINKERS = new Set(["husband", "wife", "partner", "mum", "mam", "mom", "dad", "parents", "in-laws", "friends", "mates", "guests", "team", "girls", "lads", "brother", "sister", "neighbours", "visitors", "everyone", "adults", "grown-ups"]);
/** "Sparkling water for me, a bottle of red for my husband": the drink is someone else's. */
function pouredForOthers(a: Analysis, span: Span): boolean {
  const after = a.wordsAfter(span.end, 4);
  if (after[0]?.norm !== "for") return false;
  const who = after[1]?.norm ?? "";
  if (who === "him" || who === "her" || who === "them" || who === "everyone") return true;
  // "mocktails for the on-call team, prosecco for the rest": the others (not "for the rest of the shift")
  if (who === "the" && (after[2]?.norm === "rest" || after[2]?.norm === "others") && after[3]?.norm !== "of") return true;
  return (who === "my" || who === "the" || who === "his" || who === "their" || who === "our") && DRINKERS.has(after[2]?.norm ?? "");
}

/** How far (in characters: a short paragraph) being on call still covers what the author does next. */
const ON_CALL_REACH = 400;
/**
 * "Friday night, on call from home... Got through most of a bottle of red by ten": on call is a state
 * that lasts the evening, so a drink a few sentences later is still drunk on call.
 */
function onCallBefore(span: Span, cues: ReadonlyMap<number, Span>): Span | undefined {
  for (const d of cues.values()) if (d.start < span.start && span.start - d.end <= ON_CALL_REACH && /\bcall\b|oncall/i.test(d.text)) return d;
  return undefined;
}

/** "post-take ward round" names a ward round; "post" there is not "after". */
function postTake(a: Analysis, t: Token): boolean {
  return t.norm === "post" && a.wordsAfter(t.end, 1)[0]?.norm === "take";
}

/** Words that anchor a work cue to now: "clinic today", "the ward this morning", "on triage now". */
const NOW = new Set(["today", "now", "currently", "tonight", "this", "rn"]);
const NOW_HEADS = new Set(["morning", "afternoon", "evening", "shift"]);
/** The lasting effects of drink, which carry the night before into the working day. */
const HANGOVER = new Set(["hangover", "hungover", "hangovers"]);
/** Words after "hangover" that make it a leftover ("a hangover from the old system", "a hangover of the merger"). */
const HANGOVER_SENSE_NEXT = new Set(["from", "of"]);

/**
 * Work happening now in the span's sentence or a neighbour: a clinical setting whose sentence says
 * today or now ("Hangover from hell. Glad it's clinic and not theatre today"), not after it and not
 * on a day off. Read for the author's own state only.
 */
function workNow(a: Analysis, span: Span): Span | undefined {
  const s = a.sentenceOf(span.start);
  const nowSentences = a.sentencesWith("intoxication-now", (t) => NOW.has(t.norm) && (t.norm !== "this" || NOW_HEADS.has(a.wordsAfter(t.end, 1)[0]?.norm ?? "")));
  if (nowSentences.size === 0) return undefined;
  for (const c of a.of("clinical-setting")) {
    const k = a.sentenceOf(c.start);
    if (k < s - 1 || k > s + 1 || !nowSentences.has(k) || a.isNegated(c) || offDuty(a, c)) continue;
    if (a.wordsBefore(c.start, 3).some((t) => AFTER.has(t.norm) && !postTake(a, t))) continue;
    return c;
  }
  return undefined;
}

/** Words that may open a sentence before the state itself: "Hangover from hell", "Worst hangover", "Still hungover". */
const STATE_OPENERS = new Set(["still", "worst", "massive", "huge", "absolute", "absolutely", "such", "a", "the", "mild", "slight", "bit", "of", "proper", "so", "very", "horrendous", "horrible", "awful", "killer", "brutal", "lowkey", "ngl", "tbh"]);
/** A sentence that opens with the state ("Hangover from hell.", "Still hungover."): the elided subject is the author. */
function opensWithState(a: Analysis, span: Span): boolean {
  const s = a.sentenceOf(span.start);
  const before = a.wordsBefore(span.start, 4);
  for (const t of before) {
    if (t.sentence !== s) return true;
    if (!STATE_OPENERS.has(t.norm)) return false;
  }
  return before.length < 4;
}

/** Smelling of drink: "still smelling of last night's tequila", "reek of rum", "gin on my breath". */
const SMELL = new Set(["smelling", "smell", "smells", "smelt", "smelled", "reek", "reeking", "reeks", "stinking", "stink", "stinks", "whiff"]);
function smellOfDrink(a: Analysis, span: Span): Token | undefined {
  const before = a.wordsBefore(span.start, 5);
  const of = before.findIndex((t) => t.norm === "of");
  if (of >= 0 && SMELL.has(before[of + 1]?.norm ?? "")) return before[of + 1];
  // "I can still taste the tequila": the drink still in the author's mouth
  const taste = before.findIndex((t) => t.norm === "taste" || t.norm === "tasting");
  if (taste >= 0 && taste <= 2 && before.slice(taste + 1, taste + 3).some((t) => t.norm === "still")) return before[taste];
  const after = a.wordsAfter(span.end, 3);
  if (after[0]?.norm === "on" && (after[1]?.norm === "my" || after[1]?.norm === "the") && after[2]?.norm === "breath") return after[2];
  return undefined;
}

/**
 * A drinking occasion right before work now: "<work> this morning/today (straight) after the <occasion>"
 * in one sentence. The occasion is the lexicon's (a Christmas do, a leaving do) or a night out's
 * ("stag do", "the afters"); the work is a listed or built duty, or a clinical setting, said to be now.
 */
function straightFromOccasion(a: Analysis): { span: Span; duty: Span } | undefined {
  const occasions = [...a.lexicon("intoxication", "occasion"), ...a.lexicon("substance-misuse", "recreation")];
  if (occasions.length === 0) return undefined;
  const now = a.sentencesWith("intoxication-now", (t) => NOW.has(t.norm) && (t.norm !== "this" || NOW_HEADS.has(a.wordsAfter(t.end, 1)[0]?.norm ?? "")));
  for (const o of occasions) {
    const s = a.sentenceOf(o.start);
    if (!now.has(s) || a.isNegated(o)) continue;
    const before = a.wordsBefore(o.start, 4);
    const after = before.findIndex((t) => t.norm === "after");
    // "after the stag do", "after Dave's leaving do", not "after my shift... the party"
    if (after < 0 || before.slice(0, after).some((t) => WORK_AFTER.has(t.norm))) continue;
    const duty = [...dutyList(a), ...a.of("clinical-setting")].find((d) => a.sentenceOf(d.start) === s && d.end <= before[after]!.start && !a.isNegated(d) && !offDuty(a, d, false));
    if (duty) return { span: o, duty };
  }
  return undefined;
}
const WORK_AFTER = new Set(["shift", "shifts", "work", "nights", "list", "clinic"]);

/** Verbs of running on something: "running on Red Bull and last night's vodka", "fuelled by gin", "powered by prosecco". */
const FUEL = new Set(["running", "fuelled", "fueled", "powered", "surviving", "functioning", "operating", "working"]);
/**
 * The drink as what the author runs on now ("running on coffee and last night's vodka", "fuelled by
 * prosecco"): the drink is in them as they work. Counts only with work in the sentence or a
 * neighbour (a clinical setting not after "after", or a duty), so "fuelled by prosecco at Mum's 60th"
 * stays a drink off duty.
 */
function fuelledAtWork(a: Analysis, span: Span): Span | undefined {
  if (!a.hasAnyWord([...FUEL])) return undefined;
  const before = a.wordsBefore(span.start, 7);
  const k = before.findIndex((t) => t.norm === "on" || t.norm === "by");
  if (k < 0 || !FUEL.has(before[k + 1]?.norm ?? "")) return undefined;
  // the author's own fuel: no other person as subject ("he's running on vodka")
  if (hasAny(before.slice(k + 2, k + 4), THIRD_PERSON) || hasAny(before.slice(k + 2, k + 4), OTHERS)) return undefined;
  if (subjectWeight(a, span) < 0.8) return undefined;
  const duty = dutyNear(a, span);
  if (duty) return duty;
  const s = a.sentenceOf(span.start);
  if (offDutyAround(a, span)) return undefined;
  // a clinical setting or a hospital named beside it (a check-in), not after "after"
  const place = [...a.of("clinical-setting"), ...a.of("hospital")].find((c) => Math.abs(a.sentenceOf(c.start) - s) <= 1 && !a.isNegated(c) && !offDuty(a, c) && !a.wordsBefore(c.start, 3).some((t) => AFTER.has(t.norm) && !postTake(a, t)));
  if (place) return place;
  // the shift still running: "only 8 hours to go", "4 hrs left" in the sentence
  const rest = a.wordsAfter(span.end, 8);
  const h = rest.findIndex((t) => t.norm === "hours" || t.norm === "hrs");
  if (h > 0 && rest[h - 1]!.kind === "number" && ((rest[h + 1]?.norm === "to" && rest[h + 2]?.norm === "go") || rest[h + 1]?.norm === "left")) return { type: "phrase", start: rest[h - 1]!.start, end: rest[h + 1]!.end, text: a.text.slice(rest[h - 1]!.start, rest[h + 1]!.end), confidence: 0.6, detector: "shift-remaining" };
  return undefined;
}

/**
 * The author offering clinical work in the same post: "DM me if you need a script, I can sort you out
 * tonight (bit merry but I can still type)". Drunk while prescribing is drunk at work, whatever the
 * setting; the offer is the prescribing lexicon's, asserted and not negated.
 */
function practisingNow(a: Analysis): Span | undefined {
  return a.lexicon("remote-prescribing", "offer").find((o) => a.isAsserted(o));
}

/** Clinical work done on people ("eye tests", "bloods", "smears", "the obs"). */
const CLINICAL_ACTS = new Set(["tests", "test", "bloods", "obs", "scans", "scan", "examinations", "exams", "procedures", "consultations", "appointments", "injections", "jabs", "vaccines", "vaccinations", "smears", "assessments", "operations", "ops", "ecgs", "x-rays", "xrays", "sutures", "stitches", "cannulas", "cannulae", "fillings", "extractions", "botox", "deliveries", "visits", "patients", "pts"]);
const ACTING = new Set(["doing", "seeing", "running", "taking", "giving", "prescribing", "operating", "suturing", "examining", "injecting", "cannulating", "triaging"]);
/**
 * "Three pints at lunch and now I'm doing eye tests": the author at clinical work now ("I'm doing / now
 * seeing / running ..." with "now" in the sentence), after a drink in the same or the sentence before.
 * "Now I'm doing my tax return" names no clinical work.
 */
function actingNow(a: Analysis, span: Span): Span | undefined {
  if (!a.words.has("now") || !a.hasAnyWord([...ACTING])) return undefined;
  const s = a.sentenceOf(span.start);
  for (const k of [s, s + 1]) {
    const sentence = a.sentences[k];
    if (!sentence) continue;
    const words = a.sentenceTokens(sentence.start).filter((w) => w.kind === "word");
    if (!words.some((w) => w.norm === "now")) continue;
    for (let i = 0; i < words.length; i++) {
      if (!ACTING.has(words[i]!.norm) || !(words[i - 1]?.norm === "i'm" || words[i - 1]?.norm === "im" || words[i - 1]?.norm === "am" || (words[i - 1]?.norm === "now" && (words[i - 2]?.norm === "i'm" || words[i - 2]?.norm === "im")))) continue;
      const act = words.slice(i + 1, i + 4).find((w) => CLINICAL_ACTS.has(w.norm));
      if (act) return { type: "phrase", start: words[i]!.start, end: act.end, text: a.text.slice(words[i]!.start, act.end), confidence: 0.7, detector: "acting-now" };
    }
  }
  return undefined;
}

/** The author smelling of drink (a colleague "smelling of vodka" is an allegation, not this rule's self-report). */
function ownSmell(a: Analysis, span: Span): Token | undefined {
  const smell = smellOfDrink(a, span);
  if (!smell || subjectWeight(a, span) < 0.8 || aboutColleague(a, span) || hasAny(around(a, span), THIRD_PERSON)) return undefined;
  return smell;
}

/** "Drunk tank", "drunk little sh*ts", "drunk students": "drunk" describing other people or a place. */
const ATTRIBUTIVE_NEXT = new Set([
  "tank", "tanks", "people", "patients", "patient", "lads", "students", "kids", "teens", "teenagers", "idiots", "little", "young", "old", "men", "women",
  "man", "woman", "guy", "guys", "bloke", "blokes", "punters", "crowd", "crowds", "revellers", "regulars", "driver", "drivers", "driving", "tourists", "fans",
  "girls", "boys", "hooligans", "students'", "adults", "teenager",
]);

/** Words after "drunk" that keep it a state ("drunk on", "drunk again", "drunk texting", "drunk me"). */
const NOT_NAMED = new Set(["on", "at", "in", "as", "af", "again", "and", "or", "off", "out", "so", "lol", "tbh", "ngl", "last", "tonight", "today", "rn", "now", "with", "by", "from", "after", "before", "to", "the", "a", "my", "already", "still", "but", "texting", "texted", "text", "texts", "dialling", "dialled", "calling", "called", "crying", "cried", "me", "us", "i", "we", "you", "u", "enough", "yet", "all", "every", "since", "when", "while", "til", "till", "until"]);
/**
 * "drunk" naming a thing: a title in quotes ("'drunk history' but it's me..."), or a brand as the subject
 * of its sentence ("drunk elephant skincare is overrated"): an adjective inside a name, not a state.
 */
function namedThing(a: Analysis, span: Span): boolean {
  const t = a.tokens;
  const i = a.tokenIndexAt(span.start);
  const next = t[i + 1];
  if (!next || next.kind !== "word" || next.sentence !== t[i]!.sentence || NOT_NAMED.has(next.norm)) return false;
  // the two words alone inside quotes
  const open = a.text[span.start - 1];
  const close = a.text[next.end];
  if ((open === "'" || open === "\u2018" || open === '"' || open === "\u201c") && (close === "'" || close === "\u2019" || close === '"' || close === "\u201d")) return true;
  // the opening noun phrase of its sentence, then a copula ("drunk elephant skincare is...")
  if (t[i - 1] && t[i - 1]!.sentence === t[i]!.sentence && t[i - 1]!.kind === "word") return false;
  for (let k = i + 2; k < t.length && k <= i + 3 && t[k]!.sentence === t[i]!.sentence; k++) {
    if (t[k]!.kind !== "word") return false;
    if (t[k]!.norm === "is" || t[k]!.norm === "are" || t[k]!.norm === "was") return true;
    if (NOT_NAMED.has(t[k]!.norm)) return false;
  }
  return false;
}

/**
 * A drink or state the sentence turns down or puts to the reader as a test: "I'd rather be the sober
 * one than the one driving in after a glass of wine" (the alternative after "rather ... than"), and
 * "If you find you've been getting drunk more often, talk to your GP" (advice to a reader, under "if").
 */
function rejected(a: Analysis, span: Span): boolean {
  // (nearest first, within the sentence)
  const words = a.wordsBefore(span.start, 30);
  let than = false;
  let reader = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // "I'd rather be at the pub than on nights, but here I am after three pints": a new clause is asserted
    if (CLAUSE_TURN.has(w.norm)) break;
    if (w.norm === "than") than = true;
    else if (than && (w.norm === "rather" || w.norm === "sooner")) return true;
    if (k < 4 && READER.has(w.norm)) reader = true;
    // the sentence opens with "If" and the reader is the subject just before the word
    if (reader && w.norm === "if" && k === words.length - 1 && words.length < 30) return true;
  }
  return false;
}
const CLAUSE_TURN = new Set(["but", "yet", "so", "though", "although", "instead"]);
const READER = new Set(["you", "you've", "you're", "youve", "youre"]);

/**
 * "Drunk, or hypoglycaemic?", "'He's just drunk' is the most dangerous phrase": a differential or a
 * quoted phrase is a mention of the word, not anyone's state.
 */
function mentionOnly(a: Analysis, span: Span): boolean {
  if (a.isQuoted(span) && !authorIsSubject(a, span)) return true;
  const next = a.wordsAfter(span.end, 1)[0];
  if (next?.norm !== "or") return false;
  // a question that sets the state against an alternative
  return a.sentencesWith("question-mark", (t) => t.text === "?").has(a.sentenceOf(span.start));
}

const CLOCK_AFTER = new Set(["am", "pm", "o'clock", "oclock"]);
const NO_SPANS = new Map<number, Span>();
const NO_USES: readonly Span[] = Object.freeze([]);
/** Binge-sized session: NHS "binge" is over 6 (women) or 8 (men) units, about 4-5 drinks. */
const HEAVY = 5;
/** A 750 ml bottle of wine is about five 150 ml glasses; counted as four so "two bottles" is a binge and "a bottle" is not. */
const GLASSES_PER_BOTTLE = 4;
/** Public-health wording about units and guidelines, not a night out. */
const GUIDANCE = new Set(["units", "unit", "guideline", "guidelines", "about", "around", "approximately", "roughly", "equivalent", "than", "limit", "weekly", "week"]);
const DEEP = new Set(["deep", "in", "down"]);
/** "punch-drunk", "power-drunk", "love-drunk": a compound whose first part says what the drunkenness is of. */
const NOT_DRINK_COMPOUND = new Set(["punch", "power", "love", "sleep", "sun", "sugar", "caffeine", "coffee"]);
function compounded(a: Analysis, span: Span): boolean {
  if (a.text[span.start - 1] !== "-" && a.text[span.start - 1] !== " ") return false;
  const prev = a.wordsBefore(span.start, 1)[0];
  return !!prev && prev.end >= span.start - 1 && NOT_DRINK_COMPOUND.has(prev.norm);
}
/** "Gin o'clock? Not for me, I'm on call.": the drink turned down straight after it is offered. */
const DECLINE_AFTER = new Set(["for", "tonight", "today", "this", "me", "thanks"]);
function declined(a: Analysis, span: Span): boolean {
  // the answer may open the next sentence ("Gin o'clock? Not for me."): read on across it
  const next: Token[] = [];
  for (let i = a.tokenIndexAt(span.end); i < a.tokens.length && next.length < 2; i++) { const t = a.tokens[i]!; if (t.start >= span.end && t.kind === "word") next.push(t); }
  if (next[0]?.norm === "not" && DECLINE_AFTER.has(next[1]?.norm ?? "")) return true;
  return next[0]?.norm === "no" && (next[1]?.norm === "thanks" || next[1]?.norm === "thank");
}
/** "Reminder that 'just one drink' before an on-call shift is one too many": a rule stated to all, with no "I" in it. */
const RULE_WORDS = new Set(["reminder", "policy", "psa", "rule", "rules"]);
function ruleStated(a: Analysis, span: Span): boolean {
  const words = around(a, span);
  return words.some((w) => RULE_WORDS.has(w.norm)) && !words.some((w) => FIRST_PERSON.has(w.norm));
}
const NUMBER_WORDS = new Map([["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["fifteen", 15], ["twenty", 20], ["dozen", 12]]);
/** Drink emoji and the woozy face: alcohol is in the picture. */
const DRINK_EMOJI = new Set(["\u{1F37B}", "\u{1F37A}", "\u{1F377}", "\u{1F942}", "\u{1F378}", "\u{1F379}", "\u{1F943}", "\u{1F37E}", "\u{1F974}"]);

function drinkEmoji(a: Analysis): boolean {
  return a.tokens.some((t) => t.kind === "punct" && DRINK_EMOJI.has(t.text));
}

/** Drinks counted by their vessel ("two cans", "three glasses", "4 shots"): no drink named, the count and the vessel say it. */
const VESSELS = new Set(["cans", "glasses", "shots", "tinnies", "tins", "bevvies", "bevs", "jars", "drinks"]);
const VESSEL_LIST = [...VESSELS];
/** What a counted vessel holds when it is no alcohol ("two glasses of water", "three cans of Monster"), or glasses worn. */
const SOFT = new Set(["water", "coke", "cola", "pepsi", "tea", "coffee", "milk", "juice", "squash", "monster", "redbull", "lucozade", "pop", "soup", "tango", "irn", "fanta", "lemonade", "sprite", "oj", "reading", "safety", "new", "lenses", "of"]);
const COUNT_WORDS = new Set(["couple", "few", "several"]);
const STRONG_STUFF = new Set(["good", "hard", "strong", "cheap", "house", "red", "white", "fizz", "bubbly"]);
/** What follows "of" when the vessel holds drink: "the (good) stuff", "red", "fizz" (named drinks are lexicon spans of their own). */
const ALCOHOL_OF = new Set(["the", "red", "white", "rose", "fizz", "bubbly", "vino", "plonk", "booze", "something", "whatever", "that", "house"]);
/**
 * "two cans before handover", "three glasses with lunch": a count (a number, "a couple of", "a few")
 * then a drinks vessel, not followed by a soft drink ("two glasses of water", "three cans of Coke").
 * Built like an intoxication "drinking" span so the duty logic reads it.
 */
function countedVessels(a: Analysis): readonly Span[] {
  return a.memo("intoxication-counted-vessels", () => {
    const out: Span[] = [];
    const t = a.tokens;
    for (let i = 1; i < t.length; i++) {
      const v = t[i]!;
      if (v.kind !== "word" || !VESSELS.has(v.norm)) continue;
      let k = i - 1;
      if (t[k]?.norm === "of") k--;
      const c = t[k];
      if (!c || c.sentence !== v.sentence) continue;
      const n = c.kind === "number" && /^\d+$/.test(c.text) ? Number(c.text) : NUMBER_WORDS.get(c.norm) ?? (COUNT_WORDS.has(c.norm) ? 2 : 0);
      if (n < 2 || n > 30) continue;
      // "two glasses of water", "a few cans of Monster", "two drinks of water"; "drinks" only as a count with "of" ruled out
      const next = t[i + 1];
      // after "of", only a drink ("three glasses of the good stuff", "two glasses of red"), not "of water", "of ORS"
      if (next && next.sentence === v.sentence && next.kind === "word" && (next.norm === "of" ? !(ALCOHOL_OF.has(t[i + 2]?.norm ?? "") && t[i + 3]?.norm !== "bull" && (t[i + 2]!.norm !== "the" || STRONG_STUFF.has(t[i + 3]?.norm ?? ""))) : SOFT.has(next.norm))) continue;
      if (v.norm === "glasses" && SOFT.has(t[i - 1]?.norm ?? "")) continue;
      out.push({ type: "phrase", start: c.start, end: v.end, text: a.text.slice(c.start, v.end), confidence: 0.4, detector: "counted-vessel", lexicon: "intoxication", data: { category: "drinking", source: "built" } });
    }
    return out;
  });
}

/** The number of drinks written just before a drinking term ("10 jagerbombs", "six pints of"). */
function drinkCount(a: Analysis, span: Span): number {
  const prev = a.wordsBefore(span.start, 2);
  for (const t of prev) {
    // "5pm work drinks" is a time, not five drinks
    if (t.kind === "number" && /^\d+$/.test(t.text) && !CLOCK_AFTER.has(a.tokens[a.tokenIndexAt(t.end)]?.norm ?? "")) return Number(t.text);
    const n = NUMBER_WORDS.get(t.norm);
    if (n !== undefined) return n;
  }
  return 0;
}

/** Degree words and verbs that make "a bit drunk" a state, not a person. */
const STATE_BETWEEN = new Set(["i", "i'm", "im", "we", "got", "get", "getting", "was", "were", "is", "am", "be", "been", "so", "very", "bit", "little", "tad", "really", "pretty", "quite", "proper", "completely", "totally", "absolutely", "slightly", "too", "fairly", "wee", "touch"]);
const RELATIVE = new Set(["who", "who's", "who'd", "who'll", "whose", "that", "which"]);
/** "drunk" naming a person: "the next drunk who...", "a Saturday night drunk who's wet himself". */
function drunkAsNoun(a: Analysis, span: Span): boolean {
  if (RELATIVE.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) return true;
  const before = a.wordsBefore(span.start, 3);
  const det = before.findIndex((t) => DETERMINERS.has(t.norm));
  return det >= 0 && !before.slice(0, det).some((t) => STATE_BETWEEN.has(t.norm));
}
/** What one is "drunk on" that is not a drink: "drunk on sleep deprivation", "high on life". */
const FIGURATIVE = new Set(["sleep", "power", "love", "life", "tiredness", "exhaustion", "caffeine", "coffee", "sugar", "happiness", "joy", "success", "adrenaline", "freedom", "excitement", "fumes", "nostalgia", "euphoria", "relief", "sunshine", "hope", "pride", "fatigue", "endorphins"]);
const SCORE = /\b\d{1,3}\s*(?:goals?|points?|runs?|tries|wickets?|sets?|frames?)\s*(?:to|-|\u2013)\s*\d{1,3}\b/i;
function figurative(a: Analysis, span: Span): boolean {
  // "got hammered 6-0 in the five-a-side final", "smashed 3–1 by the estates team": a score is a defeat
  if (/^\s*\d{1,3}\s*[-\u2013\u2014:]\s*\d{1,3}\b/.test(a.text.slice(span.end, span.end + 12))) return true;
  // "got smashed at the Box Hill game, 14 goals to 6": a score with its unit later in the sentence
  const rest = a.text.slice(span.end, span.end + 120);
  const stop = rest.search(/[.!?\n]/);
  if (SCORE.test(stop < 0 ? rest : rest.slice(0, stop))) return true;
  const after = a.wordsAfter(span.end, 3);
  // "Hammered in the last fence post", "hammered a nail through my thumb", "plastered the ceiling":
  // the word as a verb with an object, opening its clause (no "got", "was", "so" before it)
  if (TRANSITIVE_SENSE.has(span.text.toLowerCase()) && OBJECT_START.has(after[0]?.norm ?? "") && !((after[0]!.norm === "in" || after[0]!.norm === "down" || after[0]!.norm === "out") && (!OBJECT_START.has(after[1]?.norm ?? "") || VENUES.has(after[2]?.norm ?? "") || VENUES.has(after[1]?.norm ?? ""))) && !drinkEmoji(a) && opensClause(a, span)) return true;
  return after[0]?.norm === "on" && FIGURATIVE.has((after[1]?.norm === "pure" || after[1]?.norm === "the" ? after[2] : after[1])?.norm ?? "");
}
/** Drunk words that are also verbs taking an object ("hammered a nail", "plastered the wall", "wasted the morning"). */
const TRANSITIVE_SENSE = new Set(["hammered", "plastered", "wasted", "smashed", "battered", "trashed", "hammering", "smashing"]);
/** Where one gets drunk: "hammered in the mess", "smashed down the pub" are the drunk sense. */
const VENUES = new Set(["mess", "pub", "pubs", "bar", "bars", "club", "clubs", "party", "do", "town", "union", "hotel", "lounge", "flat", "taxi", "uber", "airport", "plane", "wedding", "beer", "garden", "rugby", "social", "karaoke", "toilets", "loos", "afters"]);
/** What opens the object: a determiner, a possessive, or a particle then one ("hammered in the post", "smashed out the audit"). */
const OBJECT_START = new Set(["a", "an", "the", "my", "his", "her", "their", "our", "your", "this", "that", "these", "those", "some", "it", "them", "in", "out", "down", "through", "two", "three", "another"]);
/** The word opens its clause: nothing but the author or an adverb before it ("I hammered a nail", "Hammered in..."), not "got/was/so hammered". */
function opensClause(a: Analysis, span: Span): boolean {
  const prev = a.wordsBefore(span.start, 1)[0];
  if (!prev || prev.sentence !== a.sentenceOf(span.start)) return true;
  const between = a.text.slice(prev.end, span.start);
  if (/[,;:.!?(]/.test(between)) return true;
  return prev.norm === "i" || prev.norm === "we" || prev.norm === "just" || prev.norm === "finally" || prev.norm === "then" || prev.norm === "and" || prev.norm === "he" || prev.norm === "she" || prev.norm === "they";
}
/** Clinical senses after an ambiguous word: "paralytic ileus", "paralytic agent". */
const CLINICAL_AFTER = new Set(["ileus", "agent", "agents", "drug", "drugs", "polio", "shellfish", "dose", "rabies"]);
/** Words for still feeling a drug ("still buzzing from the festival", "wired after the rave"). */
const RUSH = new Set(["buzzing", "wired", "high", "rushing", "tripping", "rolling", "spangled", "gurning"]);
/**
 * "Still buzzing from the festival", "wired after the rave": a drug's after-effects, read only when
 * the event is a recreational drug setting (not "buzzing from the conference").
 */
function residualHighs(a: Analysis): Span[] {
  const out: Span[] = stillHigh(a);
  const places = a.lexicon("substance-misuse", "recreation");
  if (places.length === 0) return out;
  for (const p of places) {
    const before = a.wordsBefore(p.start, 4);
    const prep = before.findIndex((t) => t.norm === "from" || t.norm === "after");
    const rush = prep >= 0 ? before.slice(prep + 1).find((t) => RUSH.has(t.norm)) : undefined;
    if (!rush) continue;
    out.push({ type: "phrase", start: rush.start, end: p.end, text: a.text.slice(rush.start, p.end), confidence: 0.6, detector: "residual-high", data: { category: "use-phrase" } });
  }
  return out;
}

/** Words for being high that, unlike "buzzing" or "wired", say a drug: "still high from last night". */
const HIGH = new Set(["high", "stoned", "tripping", "gurning", "spangled", "baked"]);
const HIGH_LIST = [...HIGH];
const NIGHT_BEFORE = new Set(["night", "weekend", "saturday", "friday", "sunday", "festival", "party", "rave"]);
/** "Still high from last night", "still stoned from the weekend": a drug's effects carried into today. */
function stillHigh(a: Analysis): Span[] {
  const out: Span[] = [];
  if (!a.words.has("still")) return out;
  const t = a.tokens;
  for (let i = 0; i + 3 < t.length; i++) {
    if (t[i]!.norm !== "still" || !HIGH.has(t[i + 1]!.norm) || (t[i + 2]!.norm !== "from" && t[i + 2]!.norm !== "after")) continue;
    // "from last night", "from the weekend", "after Saturday": the night before, not a reading ("still high from 12 to 15")
    const event = a.wordsAfter(t[i + 2]!.end, 3).find((w) => NIGHT_BEFORE.has(w.norm));
    if (!event) continue;
    out.push({ type: "phrase", start: t[i]!.start, end: t[i + 1]!.end, text: a.text.slice(t[i]!.start, t[i + 1]!.end), confidence: 0.6, detector: "residual-high", data: { category: "use-phrase" } });
  }
  return out;
}

/** A work session later in the use's own sentence: the drug taken on the way into work. */
function workFollows(a: Analysis, span: Span): boolean {
  const s = a.sentenceOf(span.start);
  return dutyList(a).some((d) => d.start >= span.end && a.sentenceOf(d.start) === s);
}

/** Hiding drink on one's breath ("mouthwash, extra-strong mints... 🍻"). */
const MASKING_LIST = ["mouthwash", "mints", "mint", "gum", "polo", "polos", "breath"];
const MASKING = new Set(MASKING_LIST);

function wordsOf(a: Analysis, span: Span): string[] {
  const out: string[] = [];
  for (let i = a.tokenIndexAt(span.start); i < a.tokens.length && a.tokens[i]!.start < span.end; i++) out.push(a.tokens[i]!.norm);
  return out;
}

export default defineRule({
  meta: {
    id: "conduct/intoxication",
    severity: "error",
    citations: ["gmp:65", "seed-003:seriousness", "gmc-sm:8d"],
    seriousness: SERIOUSNESS.intoxicated,
    docs: {
      summary: "Being drunk or high, especially linked to work; a drink off duty is fine",
      why: "Good medical practice 65: your conduct must justify patients' and the public's trust. The GMC adviser's seriousness table ranks a photo of a doctor clearly intoxicated near the top, and a photo of doctors drinking but not intoxicated near the bottom. Drinking before or during a shift goes further: it says patients were at risk. Posts meant for friends travel (¶8d).",
      fix: "Share the celebration without the state you were in. Never post about drinking before or during work; if it happened, that is a matter for your supervisor or occupational health, not social media.",
      examples: {
        flagged: ["Absolutely hammered at the doctors' mess party 🍻🍻", "Couple of cheeky pints before my night shift, don't tell the boss 🤫"],
        passes: ["Glass of wine with my husband after a long week. Cheers 🥂", "Alcohol withdrawal: the CIWA-Ar score guides chlordiazepoxide dosing. #FOAMed"],
      },
    },
    messages: {
      intoxicated: "\"{{term}}\" says someone (usually you) was drunk or high; a clinician visibly intoxicated is near the top of the GMC's seriousness table.",
      intoxicatedMaybe: "\"{{term}}\" may read as being drunk.",
      onDuty: "\"{{term}}\" links alcohol to work{{duty}}: that suggests patients were at risk.",
      highOnDuty: "\"{{term}}\" describes being high on drugs around work{{duty}}: that suggests patients were at risk.",
      beforeDuty: "\"{{term}}\" with \"{{duty}}\" may read as drinking shortly before work.",
      drinking: "Drinking off duty is fine; make sure nothing in the post shows you intoxicated or at work.",
    },
  },
  check({ analysis: a, report: emit }) {
    // (runs on a drink word, a drug word, or a counted dose: "few lines of the good stuff and a 14h shift")
    if (a.lexicon("intoxication").length === 0 && a.lexicon("substance-misuse").length === 0 && !a.hasAnyWord(COUNTED_NOUNS) && !a.hasAnyWord(VESSEL_LIST)) return;
    let reportedDrinking = false;
    // whether drink or drugs at work were already reported (the occasion-before-work reading adds nothing then)
    let reportedDuty = false;
    const report: typeof emit = (d) => {
      if (d.messageId === "onDuty" || d.messageId === "highOnDuty") reportedDuty = true;
      emit(d);
    };
    const intoxicated = a.lexicon("intoxication", "intoxicated");
    const song = intoxicated.length > 0 && lyric(a);
    // a drink, a drink emoji, or a drinking occasion ("at the Christmas do") says which sense a word has
    const drinkContext = a.lexicon("intoxication", "drinking").length > 0 || (intoxicated.length > 0 && (drinkEmoji(a) || a.lexicon("intoxication", "occasion").length > 0));
    const strongest = intoxicated.length === 0 ? NO_SPANS : new Map<number, Span>();
    for (const span of intoxicated) {
      const k = a.sentenceOf(span.start);
      const best = strongest.get(k);
      if (!best || span.confidence > best.confidence || (span.confidence === best.confidence && span.start < best.start)) strongest.set(k, span);
    }
    for (const span of intoxicated) {
      // one finding per sentence: "bladdered last night, can't remember getting home" is one state
      // (the strongest, then the first, of each sentence: chosen once per post, not per span)
      if (strongest.get(a.sentenceOf(span.start)) !== span) continue;
      if (!a.isAsserted(span)) continue;
      const who = subjectWeight(a, span);
      if (who === 0) continue;
      if (song && !authorIsSubject(a, span)) continue; // "Drunk in Love came on in theatre 🎶": a song title
      const words = wordsOf(a, span);
      const term = String(span.data?.term ?? "");
      if (term === "pissed" && angry(a, span)) continue;
      if (term === "drunk" && compounded(a, span)) continue; // "punch-drunk after three nights": exhausted, not drunk
      if (declined(a, span) || ruleStated(a, span)) continue;
      if (term === "drunk" && (drunkAsNoun(a, span) || ATTRIBUTIVE_NEXT.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "") || namedThing(a, span))) continue;
      if (rejected(a, span)) continue;
      if (mentionOnly(a, span)) continue; // "the next drunk who spits at me", "a Saturday night drunk": a person, not a state
      if (figurative(a, span)) continue; // "drunk on sleep deprivation", "hammered 6-0"
      if (term === "paralytic" && CLINICAL_AFTER.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) continue; // "paralytic ileus"
      const framed = becameDrunk(a, span);
      let confidence = Math.max(span.confidence, framed) * who;
      // a hangover of the author's with work happening now: the drink's residue at work
      const hangoverAtWork = who === 1 && words.some((w) => HANGOVER.has(w)) ? workNow(a, span) : undefined;
      // "scrubbed in with a raging hangover": the author's hangover as a state ("a hangover from the old
      // system" is the other sense) beside a work cue is drink at work, whatever the tense
      const hangoverState = !hangoverAtWork && who === 1 && words.some((w) => HANGOVER.has(w)) && !HANGOVER_SENSE_NEXT.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "") && dutyNear(a, span) !== undefined;
      if (!drinkContext && span.confidence < 0.5 && !framed && !hangoverAtWork && !hangoverState) confidence *= 0.7; // "wasted", "pissed", "smashed": other senses without drink nearby
      else if (drinkContext) confidence = Math.min(1, confidence + 0.15);
      if (a.teaching >= 0.5 && !authorIsSubject(a, span)) confidence *= 0.5;
      if (confidence < 0.3) continue;
      const duty = words.some((w) => DUTY_WORDS.has(w)) ? span : dutyNear(a, span) ?? a.inSentence(span, a.of("clinical-setting")).find((c) => !a.isNegated(c) && !offDuty(a, c)) ?? hangoverAtWork ?? (who === 1 ? practisingNow(a) : undefined);
      const explanation = { detectors: ["lexicon:intoxication"], context: [{ word: "drink context", effect: drinkContext ? 0.15 : 0 }, { word: "subject", effect: who }] };
      if (duty && confidence >= 0.35) {
        report({ messageId: "onDuty", range: [span.start, span.end], data: { term: span.text, duty: duty === span ? "" : ` ("${duty.text}")` }, severity: "error", confidence: Math.max(confidence, 0.75), seriousness: SERIOUSNESS.intoxicated, explanation });
        continue;
      }
      // Off duty the ladder follows how drunk: "hammered", "blackout" (a clearly intoxicated doctor,
      // high in the adviser's seriousness table) is worth a second thought before posting; "tipsy",
      // "a few too many at my sister's wedding", "hungover on my day off" is ordinary life.
      report({
        messageId: confidence >= 0.6 ? "intoxicated" : "intoxicatedMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        // "hungover on my day off": the residue of a night out, said to be off work, is ordinary life
        severity: span.data?.mild === 1 || confidence < 0.4 || (words.some((w) => HANGOVER.has(w)) && offDutyAround(a, span)) ? "info" : "warning",
        confidence,
        seriousness: confidence >= 0.6 ? SERIOUSNESS.intoxicated : SERIOUSNESS.drinking,
        explanation,
      });
    }

    // (a vessel count the lexicon already lists, "a few cans", is its span, not a second one)
    const listedDrinks = a.lexicon("intoxication", "drinking");
    const vessels = a.hasAnyWord(VESSEL_LIST) ? countedVessels(a).filter((v) => !listedDrinks.some((l) => l.start < v.end && v.start < l.end)) : NO_USES;
    for (const span of vessels.length === 0 ? a.lexicon("intoxication", "drinking") : [...a.lexicon("intoxication", "drinking"), ...vessels]) {
      if (!a.isAsserted(span) || subjectWeight(a, span) === 0 || rejected(a, span) || (clinicalBesidesWork(a, span) && !authorIsSubject(a, span)) || pouredForOthers(a, span)) continue;
      if (declined(a, span) || ruleStated(a, span)) continue;
      const duty = dutyNear(a, span) ?? (ownSmell(a, span) ? a.inSentence(span, a.of("clinical-setting")).find((c) => !a.isNegated(c)) : undefined) ?? fuelledAtWork(a, span) ?? actingNow(a, span);
      // "still smelling of last night's tequila": the drink is still on the author
      const smell = ownSmell(a, span);
      if (smell && !duty) {
        report({ messageId: "intoxicatedMaybe", range: [smell.start, span.end], data: { term: a.text.slice(smell.start, span.end) }, severity: offDuty(a, span, false) ? "info" : "warning", confidence: 0.5, seriousness: SERIOUSNESS.drinking, explanation: { detectors: ["lexicon:intoxication"], notes: ["smelling of drink"] } });
        reportedDrinking = true;
        continue;
      }
      // "Ten jägerbombs deep", "8 pints in", "two bottles of red deep": a binge-sized count of drinks says intoxicated
      const deepAfter = DEEP.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "");
      const count = drinkCount(a, span) * (wordsOf(a, span).some((w) => w === "bottle" || w === "bottles") ? GLASSES_PER_BOTTLE : 1);
      // (a duty only later, "first on call tomorrow at 8", leaves a binge tonight a binge: it does not soften it)
      const dutyLater = !!duty && (wordsOf(a, duty).some((w) => LATER.has(w)) || a.wordsAfter(duty.end, 3).some((w) => LATER.has(w.norm)));
      const heavyOwn = (count >= HEAVY || (count >= 3 && a.wordsAfter(span.end, 1)[0]?.norm === "deep")) && !smell && (!duty || dutyLater) && a.inSentence(span, intoxicated).length === 0 && !clinicalUse(a, span) && !hasAny(around(a, span), GUIDANCE) && (authorIsSubject(a, span) || around(a, span)[0]?.start === a.wordsBefore(span.start, 2).at(-1)?.start);
      if (heavyOwn) {
        const deep = deepAfter;
        const confidence = deep ? 0.7 : 0.55;
        report({ messageId: confidence >= 0.6 ? "intoxicated" : "intoxicatedMaybe", range: [span.start, span.end], data: { term: span.text }, severity: "warning", confidence, seriousness: SERIOUSNESS.intoxicated, explanation: { detectors: ["lexicon:intoxication"], notes: [`${count} drinks`] } });
        reportedDrinking = true;
        continue;
      }
      if (duty) {
        // the duty is later only when the post says so ("clinic tomorrow", "nights next week");
        // a shift named in the next sentence is still tonight's
        const later = wordsOf(a, duty).some((w) => LATER.has(w)) || a.wordsAfter(duty.end, 3).some((w) => LATER.has(w.norm));
        report({
          messageId: later ? "beforeDuty" : "onDuty",
          range: [span.start, span.end],
          data: { term: span.text, duty: later ? duty.text : ` ("${duty.text}")` },
          severity: later ? "info" : "error",
          confidence: later ? 0.5 : 0.75,
          seriousness: later ? SERIOUSNESS.drinking : SERIOUSNESS.intoxicated,
          explanation: { detectors: ["lexicon:intoxication"], context: [{ word: duty.text, effect: later ? 0.3 : 0.6 }] },
        });
        continue;
      }
      if (reportedDrinking) continue;
      reportedDrinking = true;
      report({ messageId: "drinking", range: [span.start, span.end], severity: "info", confidence: span.confidence, seriousness: SERIOUSNESS.drinking, explanation: { detectors: ["lexicon:intoxication"] } });
    }

    // High on drugs at or just before work: "did the 3am drug round high as a kite", "few lines at the
    // afters, back in for the 8am list". Drug use off duty is conduct/substance-misuse's finding.
    // (a drug word, a setting or a use phrase first: without one the post has no high to read)
    const substance = a.lexicon("substance-misuse").length > 0 || (a.words.has("still") && a.hasAnyWord(HIGH_LIST));
    const uses = substance ? a.lexicon("substance-misuse", "use-phrase") : NO_USES;
    // a use that is not itself a high counts when work follows it in its sentence: "a line of k
    // before a night shift", "microdosing before a shift", "pinged on a pill then straight into clinic"
    const highs = uses.length === 0 ? uses : uses.filter((u) => u.data?.high === 1 || workFollows(a, u));
    const doses = substance || a.hasAnyWord(COUNTED_NOUNS) ? countedDoses(a) : NO_USES;
    const afterglow = substance ? residualHighs(a) : NO_USES;
    if ((highs.length > 0 || doses.length > 0 || afterglow.length > 0) && dutyList(a).length > 0) {
      for (const span of [...highs, ...doses, ...afterglow]) {
        if (!a.isAsserted(span) || subjectWeight(a, span) < 0.8 || (clinicalBesidesWork(a, span) && !authorIsSubject(a, span))) continue;
        const duty = dutyNear(a, span);
        // high the night before a shift tomorrow is not high at work
        // ("straight into the Sunday clinic" is now, whatever day it names)
        if (!duty || (!IMMEDIATE.has(a.wordsBefore(duty.start, 1)[0]?.norm ?? "") && (wordsOf(a, duty).some((w) => LATER.has(w)) || a.wordsAfter(duty.end, 3).some((w) => LATER.has(w.norm))))) continue;
        report({ messageId: "highOnDuty", range: [span.start, span.end], data: { term: span.text, duty: ` ("${duty.text}")` }, severity: "error", confidence: 0.75, seriousness: SERIOUSNESS.intoxicated, explanation: { detectors: ["lexicon:substance-misuse"], context: [{ word: duty.text, effect: 0.6 }] } });
        break;
      }
    }
    // Straight from a drinking occasion to work: "Operating list this morning after the stag do 🍺",
    // "On call today after the leaving do 🍸": the work is now, the occasion just before it, and a
    // drink emoji says the occasion was drunk
    if (!reportedDuty && drinkEmoji(a)) {
      const occasion = straightFromOccasion(a);
      if (occasion) report({ messageId: "onDuty", range: [occasion.span.start, occasion.span.end], data: { term: occasion.span.text, duty: ` ("${occasion.duty.text}")` }, severity: "error", confidence: 0.7, seriousness: SERIOUSNESS.intoxicated, explanation: { detectors: ["lexicon:intoxication", "emoji"], notes: ["a work session straight after a drinking occasion"] } });
    }
    // Hiding drink on the breath before work: "Mouthwash, extra-strong mints and a prayer... the 8am ward round 🍻"
    if (a.hasAnyWord(MASKING_LIST) && drinkEmoji(a) && dutyList(a).length > 0) {
      for (const t of a.tokens) {
        if (t.kind !== "word" || !MASKING.has(t.norm)) continue;
        const span = { type: "phrase", start: t.start, end: t.end, text: t.text, confidence: 0.6, detector: "masking" } as Span;
        if (a.isNegated(span) || subjectWeight(a, span) < 0.8) continue;
        const duty = dutyNear(a, span);
        if (!duty) continue;
        report({ messageId: "onDuty", range: [t.start, t.end], data: { term: t.text, duty: ` ("${duty.text}")` }, severity: "error", confidence: 0.65, seriousness: SERIOUSNESS.intoxicated, explanation: { detectors: ["emoji", "lexicon:intoxication"], notes: ["hiding alcohol on the breath before work"] } });
        break;
      }
    }
  },
});


