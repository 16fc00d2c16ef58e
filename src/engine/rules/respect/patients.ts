import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule, type ReportDescriptor } from "../../rule";
import type { Span } from "../../types";
import { aimed, nounUse, selfDirected } from "../conduct/util";
import { asserted, quoted, rejected, scareQuoted, sentenceAnchor, nearTokens } from "../conduct/scope";
import { aboutColleague, aboutPatient, COLLEAGUE_WORDS, combine, severityFor, SURE } from "../shared";
import { colleagueOnly, scene } from "./referent";
import { claimQuotes, colleagueFirst, comparisonInsults, doubtQuotes, failingBefore, ironyNear } from "./evaluative";
import { stereotypes } from "../conduct/stereotype";
import { veiledGroups } from "../conduct/veiled-groups";
import { groupFrames } from "../conduct/group-frames";
import { callOutPhrases, calledOutPerson, openLetter } from "./remarks";
import { assertedHere, careWord, derogations, incredulityFrames, noOneSaid, referentAt } from "./derogation";
import { threatFrames } from "../conduct/threat-frames";
import { criticBelittled } from "./reviewer";
import { CARE_THREAT_WORDS, careThreats } from "../conduct/threat-care";
import { reported as reportedSpeech } from "../conduct/scope";

/** Generic words for the people described when the post is already about patients. */
const GENERIC_PEOPLE = new Set(["people", "they", "them", "crowd", "gentleman", "gent", "chap", "fella", "lad", "patient", "patients", "pt", "granny", "grandad", "mum", "mama", "dad", "man", "woman", "lady", "bloke", "guy", "family", "elderly", "drunks", "addicts", "punters", "public", "students", "kids", "folk", "someone", "somebody", "drunk", "ones", "type"]);
/** Insult categories that name people ("junkie", "time wasters", "fatso"): their own referent. */
const PEOPLE_LABELS = new Set(["addiction-label", "mental-health-label", "worth", "body"]);
/** Nouns after a slang phrase that show it is used of a thing ("frequent flyer miles"). */
const THING_AFTER = new Set(["miles", "points", "card", "cards", "club", "status", "scheme", "programme", "program", "account", "rewards", "perks", "tier"]);
const MARKERS = ["contempt", "name-call", "spectacle", "choice", "blame", "sarcasm"];
/** Determiners that make a slang label a noun for a person ("the gomer in 9", "a row of FLKs"). */
const LABEL_DETERMINERS = new Set(["the", "a", "an", "our", "my", "this", "that", "these", "those", "another", "of", "favourite", "resident", "usual", "regular"]);
/** Words that say the text criticises a quoted term rather than using it. */
const CRITIQUE = new Set(["prefer", "rather", "instead", "retire", "ditch", "drop", "bin", "banish", "scrap", "dehumanising", "dehumanizing", "dehumanise", "dehumanises", "dehumanize", "dehumanizes", "demeaning", "demean", "demeans", "belittle", "belittles", "belittling", "pejorative", "othering", "taught", "insult", "insulting", "dismissive", "stigma", "stigmatising", "better", "shouldn't", "stop", "angry", "label", "labels", "diagnosis", "harmful", "wrong"]);
/** Verbs that report how a label is used ("called a patient a '...'", "talk of '...' patients"). */
const USAGE_VERBS = new Set(["called", "call", "calls", "calling", "talk", "talked", "talking", "refer", "referred", "referring", "describe", "described", "describing", "labelled", "labeled", "dubbed", "nicknamed"]);
/** The author's stance on a reported label: discomfort, regret or reflection. */
const REFLECTION_LIST = ["winced", "wince", "cringe", "cringed", "cringing", "ashamed", "regret", "regretted", "reflect", "reflecting", "reflection", "unlearn", "unlearning", "embarrassed", "uncomfortable", "horrified", "appalled", "failed"];
const PERSON_WORDS = new Set(["you", "your", "he", "she", "they", "him", "her", "them", "his", "their", "people", "someone", "somebody"]);
/** A group span that names patients itself ("trans patients", "Muslim pts"). */
const PATIENT_GROUP = /\b(?:patients?|pts?)\b/i;
const IMAGING = new Set(["ct", "scan", "scans", "xray", "x-ray", "mri", "photo", "photos", "pic", "pics", "video", "clip"]);

/** A quoted slang term in a teaching post or beside a critique ("'FLK' ... is an insult") is mentioned, not used. */
function slangCriticised(a: Analysis, span: Span): boolean {
  if (quotedCriticised(a, span)) return true;
  // a post that sets out to retire a term repeats it: once the quoted term is criticised anywhere in
  // the post ("Can we retire the phrase 'frequent flyer'?"), its bare uses later on are mentions too
  return a.memo("respect-slang-criticised", () => {
    const out = new Set<string>();
    for (const x of a.lexicon("clinical-slang")) if (quotedCriticised(a, x)) out.add(x.text.toLowerCase());
    return out;
  }).has(span.text.toLowerCase());
}

function quotedCriticised(a: Analysis, span: Span): boolean {
  // a gloss in brackets after a quoted term ("'FLK' (funny looking kid)") is mentioned like the term
  const gloss = /['"\u2019\u201d]\s?\($/.test(a.text.slice(Math.max(0, span.start - 3), span.start));
  if (!gloss && !a.isQuoted(span) && !scareQuoted(a, span)) return false;
  if (a.teaching >= 0.35) return true;
  // a critique before the term in its sentence ("Can we retire 'frequent flyer'?") or after it, up to the next sentence
  if (nearTokens(a, span).some((t) => t.end <= span.start && CRITIQUE.has(t.norm))) return true;
  // others' usage reported and reflected on ("someone called a patient a 'frequent flyer'. I winced.",
  // "I used to hear colleagues talk of 'heartsink' patients... worth reflecting on"): the author quotes the label to weigh it
  if (a.hasAnyWord(REFLECTION_LIST) && nearTokens(a, span).some((t) => t.end <= span.start && USAGE_VERBS.has(t.norm))) return true;
  const s = a.sentenceOf(span.start);
  for (let i = a.tokenIndexAt(span.start); i < a.tokens.length && a.tokens[i]!.sentence <= s + 1 && i < a.tokenIndexAt(span.start) + 80; i++) if (CRITIQUE.has(a.tokens[i]!.norm)) return true;
  return false;
}

/** An insult aimed ("you absolute X", "X is a Y") in a sentence naming a colleague is the colleague's. */
function atColleague(a: Analysis, span: Span): boolean {
  if (!aboutColleague(a, span)) return false;
  if (aimed(a, span) && !a.wordsBefore(span.start, 3).some((t) => PATIENT_SUBJECTS.has(t.stem))) return true;
  // the sentence opens on a colleague ("Our practice manager Debbie is a power-mad jobsworth who...")
  for (const t of nearTokens(a, span)) {
    if (t.start >= span.start) break;
    if (PATIENT_SUBJECTS.has(t.stem)) return false;
    if (COLLEAGUE_WORDS.has(t.stem) || t.kind === "mention") return true;
  }
  return false;
}
const PATIENT_SUBJECTS = new Set(["patient", "patients", "pt", "pts", "relatives", "family", "man", "woman", "lady", "bloke", "guy", "people"]);

/** "the absolute state of me": the author laughing at themselves. */
function aboutSelf(a: Analysis, m: Span): boolean {
  const next = a.wordsAfter(m.end, 1)[0]?.norm;
  return next === "me" || next === "myself" || next === "us" || next === "my" || selfDirected(a, m);
}

/** A person (or people) is named in the marker's sentence or the one before; `pronouns` lets "you/he/they" count. */
function personNear(a: Analysis, m: Span, pronouns = true): boolean {
  const s = a.sentenceOf(m.start);
  const first = a.tokenIndexAt(m.start);
  const person = (norm: string) => GENERIC_PEOPLE.has(norm) || (pronouns && PERSON_WORDS.has(norm));
  for (let i = first; i >= 0 && a.tokens[i]!.sentence >= s - 1; i--) if (person(a.tokens[i]!.norm)) return true;
  for (let i = first; i < a.tokens.length && a.tokens[i]!.sentence === s; i++) if (person(a.tokens[i]!.norm)) return true;
  return aboutPatient(a, m) || a.lexicon("mockery", "name-call").length > 0;
}

/** Hearts and warm emoji: affection, which sarcasm does not carry. */
const AFFECTION = ["\u2764", "\ud83d\udc95", "\ud83d\udc96", "\ud83d\udc97", "\ud83d\udc99", "\ud83d\udc9a", "\ud83d\udc9b", "\ud83d\udc9c", "\ud83e\udd70", "\ud83d\ude0d", "\ud83d\ude4f", "\ud83e\udd0d", "\ud83e\udde1"];
/** Spectacle and choice markers count only when people, a condition, a patient's quoted words or an image are near. */
function countsHere(a: Analysis, m: Span): boolean {
  const category = m.data?.category;
  // sarcasm ("love it when...", "nothing says...") counts only when an ironic emoji or a laugh confirms
  // it and the sentence describes a person or a patient
  if (category === "sarcasm") {
    const sarcasm = a.lexicon("mockery", "sarcasm");
    const next = sentenceAnchor(a, m.start, 1);
    const prev = sentenceAnchor(a, m.start, -1);
    const confirmed = ironyNear(a, m) || a.inSentence(m, sarcasm).length > 1 || (next !== undefined && a.inSentence(next, sarcasm).length > 0) || (prev !== undefined && a.inSentence(prev, sarcasm).length > 0);
    const otherMarker = a.inSentence(m, a.lexicon("mockery", "choice", "contempt", "blame")).length > 0;
    if (colleagueFirst(a, m, COLLEAGUE_WORDS)) return false; // sarcasm about a colleague is respect/colleagues'
    // a heart or a thank-you in the sentence makes the praise sincere ("Gotta love the patients on our ward, they baked us a cake ❤️")
    if (a.sentenceTokens(m.start).some((t) => AFFECTION.some((h) => t.text.startsWith(h)) || t.norm === "thank" || t.norm === "thanks")) return false;
    return confirmed && (personNear(a, m, false) || aboutPatient(a, m) || otherMarker);
  }
  if (category !== "spectacle" && category !== "choice") return true;
  // entertainment words ("hilarious", "top 10") need people named, not just a pronoun; a choice may be "yours"
  if (personNear(a, m, category === "choice")) return true;
  const prev = sentenceAnchor(a, m.start, -1);
  const near = (list: readonly Span[]) => [...a.inSentence(m, list), ...(prev ? a.inSentence(prev, list) : [])];
  if (near(a.of("condition")).length > 0 || near(a.of("ward-bed")).some((w) => w.data?.kind !== "ward") || near(a.of("clinical-setting")).length > 0) return true;
  const s = a.sentenceOf(m.start);
  for (let i = a.tokenIndexAt(m.start); i >= 0 && a.tokens[i]!.sentence >= s - 1; i--) if (IMAGING.has(a.tokens[i]!.norm)) return true;
  return false;
}

/**
 * The paths that need no slang list: derogation by composition, animal emoji, mocking titles,
 * endearments, open letters, call-outs and solicited mockery. Run whether or not the lists matched.
 */
function reportComposed(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  reportDerogations(a, report, reported, undefined);
  reportAnimal(a, report, reported, serious);
  reportMockingTitle(a, report, reported, serious);
  reportEndearment(a, report, reported, serious);
  reportLetterPutDown(a, report, reported, serious);
  reportCallOut(a, report, reported, serious);
  reportSolicited(a, report, reported, serious);
  reportDisbelief(a, report, reported, serious);
  if (a.hasAnyWord(REPEAT_LIST)) reportRepeatDoubt(a, report, reported, serious);
  reportThreatened(a, report, reported, serious);
  if (a.hasAnyWord(GLADLY_LIST)) reportNeglectWish(a, report, reported, serious);
  // a reply that belittles the patient who left a bad review or complained (respect/reviewer.ts)
  const critic = criticBelittled(a);
  if (critic && !reported.has(critic.start)) {
    reported.add(critic.start);
    report({ messageId: "critic", range: [critic.start, critic.end], data: { term: critic.text }, severity: "error", confidence: 0.7, seriousness: serious(), explanation: { detectors: ["answers a critic (low rating, reply to @x, your review)", "two put-downs (scare-quoted words, stock put-down, ironic emoji)"], notes: [String(critic.detector)] } });
  }
}

const GLADLY_LIST = ["happily", "gladly", "cheerfully"];
const GLADLY = new Set(GLADLY_LIST);
const WOULD = new Set(["i'd", "id", "you'd", "youd", "we'd", "would", "could", "i'll", "we'll"]);
const NEGLECT = new Set(["leave", "let", "ignore", "forget", "skip", "abandon"]);
const NEGLECTED_OBJECT = new Set(["them", "him", "her", "em", "patients", "relatives", "on", "in", "at", "until", "till", "to", "for", "waiting", "sitting", "lying", "there", "outside", "alone"]);
/**
 * "Some patients you'd happily leave on the floor for an extra 20 minutes": a wish, said gladly, to
 * leave patients without care (would/'d + happily/gladly + leave/ignore/forget), in a sentence about
 * patients. Contempt for the people cared for (GMP 65). A denial ("I'd never...") is not a wish.
 */
function reportNeglectWish(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!GLADLY.has(t[i]!.norm)) continue;
    const before = a.wordsBefore(t[i]!.start, 2);
    const after = a.wordsAfter(t[i]!.end, 2);
    if (!before.some((w) => WOULD.has(w.norm)) || before.some((w) => w.norm === "never" || w.norm === "not")) continue;
    const verb = after.find((w) => NEGLECT.has(w.norm));
    if (!verb || verb.sentence !== t[i]!.sentence) continue;
    // the people are the object: moved before it ("some patients you'd happily leave on the floor") or a pronoun for them; not "leave my phone", "let you choose"
    const object = a.wordsAfter(verb.end, 1)[0];
    if (!object || object.sentence !== verb.sentence || !NEGLECTED_OBJECT.has(object.norm)) continue;
    // "leave them to it", "leave them in peace": letting people get on, not neglect
    const rest = a.wordsAfter(object.end, 2).map((w) => w.norm).join(" ");
    if (rest === "to it" || rest.startsWith("in peace") || rest.startsWith("be")) continue;
    const span: Span = { type: "phrase", start: before[0]!.start, end: verb.end, text: a.text.slice(before[0]!.start, verb.end), confidence: 0.65, detector: "neglect wish", lexicon: "mockery", data: { category: "contempt" } };
    if (reported.has(span.start) || !a.isAsserted(span) || !aboutPatient(a, span) || colleagueOnly(a, span)) continue;
    reported.add(span.start);
    report({ messageId: "neglect", range: [span.start, span.end], data: { term: span.text }, severity: "error", confidence: 0.65, seriousness: serious(), explanation: { detectors: ["would + gladly + leave/ignore/forget", "patients in the sentence"] } });
    return;
  }
}

/** People met at work, not staff, whom a threat can be aimed at ("the drunk who swings at us", "the man in bed 4"). */
const THREATENED_PEOPLE = new Set(["patient", "patients", "pt", "man", "woman", "lady", "gentleman", "gent", "guy", "bloke", "fella", "drunk", "drunks", "relative", "relatives", "family", "visitor", "visitors", "mum", "dad", "husband", "wife", "son", "daughter", "punter", "punters", "caller", "callers"]);
/** Second person, future and volition: the moods a threat speaks in. */
const MENACING_MOODS = new Set(["you", "your", "you're", "youre", "ya", "u", "will", "i'll", "ill", "we'll", "i'd", "id", "we'd", "would", "gonna", "going", "getting", "gets", "let", "hope", "shall", "might", "may", "wait", "waiting"]);
/** Words that place a meeting in care, or the person's conduct towards the author there (abuse, a complaint): where the person threatened was met. */
const CARE_CONTEXT = new Set(["ambulance", "crew", "ward", "bay", "bed", "buzzer", "resus", "majors", "minors", "a&e", "ed", "triage", "clinic", "cubicle", "trolley", "discharge", "discharged", "admitted", "surgery", "appointment", "shift", "obs", "cannula", "notes", "consultation", "called", "complained", "swung", "spat", "shouted", "screamed"]);
/**
 * A threat (conduct/threat's shapes: "I know where you live", "let him have a little fall",
 * "getting a 'fall' on the way in") aimed at a patient or someone met in their care: the sentence, or
 * the one before ("To the patient who...: I know where you live"), names a patient, or a person of
 * the public in a clinical scene. Menacing the people you care for is contempt for them as well as a
 * threat (GMP 65; social media guidance ¶15). Not when the person is a colleague or the threat reported.
 */
function reportThreatened(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  const threats: { span: Span; confidence: number }[] = [];
  for (const f of threatFrames(a)) threats.push(f);
  if (a.hasAnyWord(CARE_THREAT_WORDS)) for (const f of careThreats(a)) threats.push(f);
  for (const x of a.lexicon("threats", "violence", "intimidation")) threats.push({ span: x, confidence: x.confidence });
  if (threats.length === 0) return;
  for (const { span, confidence } of threats) {
    if (confidence < 0.5 || reported.has(span.start) || a.isNegated(span) || a.isRejected(span) || a.isQuoted(span) || reportedSpeech(a, span)) continue;
    const prev = sentenceAnchor(a, span.start, -1);
    const patient = aboutPatient(a, span) || (prev !== undefined && aboutPatient(a, prev));
    const s = a.sentenceOf(span.start);
    // a person of the public, and care around them ("the next drunk who swings at my crew ... the ambulance")
    const person = () => {
      let who = false;
      let care = false;
      let i = a.tokenIndexAt(span.start);
      while (i > 0 && a.tokens[i - 1]!.sentence >= s - 1) i--;
      for (; i < a.tokens.length && a.tokens[i]!.sentence <= s; i++) {
        const t = a.tokens[i]!;
        if (THREATENED_PEOPLE.has(t.norm) && t.start < span.end) who = true;
        if (CARE_CONTEXT.has(t.norm) && (t.end <= span.start || t.start >= span.end)) care = true;
      }
      return who && care;
    };
    const careAround = () => {
      let i = a.tokenIndexAt(span.start);
      while (i > 0 && a.tokens[i - 1]!.sentence >= s - 1) i--;
      for (; i < a.tokens.length && a.tokens[i]!.sentence <= s; i++) {
        const t = a.tokens[i]!;
        if (CARE_CONTEXT.has(t.norm) && (t.end <= span.start || t.start >= span.end)) return true;
      }
      return false;
    };
    // the person was met in care (a care word outside the threat itself), and the threat's own words
    // name no patient or place of care: "you'll be a patient here yourself" is an outcome, not a target
    const own = a.sentenceTokens(span.start).filter((t) => t.start >= span.start && t.end <= span.end);
    if (own.some((t) => CARE_CONTEXT.has(t.norm) || t.norm === "patient" || t.norm === "resus")) continue;
    // a threat speaks to its target or looks ahead ("I know where you live", "is getting a 'fall'", "I'd let him..."); "I found her on Instagram" tells
    if (!own.some((t) => MENACING_MOODS.has(t.norm))) continue;
    if (!(patient ? careAround() : scene(a) >= 0.3 && person())) continue;
    if (atColleague(a, span) || colleagueOnly(a, span)) continue;
    reported.add(span.start);
    const c = Math.min(0.8, patient ? 0.75 : 0.65);
    report({ messageId: "threatened", range: [span.start, span.end], data: { term: span.text }, severity: severityFor(c, "error", SURE, 0.5), confidence: c, seriousness: serious(), explanation: { detectors: ["conduct/threat shapes", "patient or member of the public as the one threatened"], context: [{ word: patient ? "patient referent" : "person in a clinical scene", effect: 1 }] } });
    return;
  }
}

/**
 * Patients said to treat care as a shop: "some of our patients treat a GP appointment like a
 * drive-thru", "they use the ambulance like a taxi". A verb of treating or using with people as its
 * subject (within four words before), then "like a" and a commercial service. Marker of contempt
 * for the choices of the people cared for (category choice, 0.75 like a sweeping doubt: it names its people).
 */
const SIMILE_VERBS = ["treat", "treats", "treating", "treated", "use", "uses", "using", "used"];
const SIMILE_VERB_SET = new Set(SIMILE_VERBS);
const SHOPS = new Set(["drive-thru", "drive-through", "drivethru", "drive", "takeaway", "hotel", "taxi", "vending", "supermarket", "restaurant", "buffet", "pick", "shop", "uber", "deliveroo", "amazon", "menu", "mcdonalds", "mcdonald's", "creche", "b&b", "spa"]);
const SIMILE_SUBJECTS = new Set(["patients", "pts", "people", "they", "punters", "public", "folk", "relatives", "families", "parents", "some", "many", "half", "callers"]);
const NO_SIMILES: Span[] = [];
function serviceSimiles(a: Analysis): Span[] {
  if (!a.words.has("like") || !a.hasAnyWord(SIMILE_VERBS)) return NO_SIMILES;
  return a.memo("respect:service-similes", () => findSimiles(a));
}
function findSimiles(a: Analysis): Span[] {
  const out: Span[] = [];
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!SIMILE_VERB_SET.has(t[i]!.norm)) continue;
    const s = t[i]!.sentence;
    const subject = a.wordsBefore(t[i]!.start, 4).some((w) => SIMILE_SUBJECTS.has(w.norm));
    if (!subject) continue;
    for (let k = i + 1; k < t.length && k <= i + 8 && t[k]!.sentence === s; k++) {
      if (t[k]!.norm !== "like") continue;
      const det = t[k + 1];
      const shop = det && (det.norm === "a" || det.norm === "an" || det.norm === "the" || det.norm === "their" || det.norm === "some") ? t[k + 2] : det;
      // "drive-thru" is three tokens: the span ends after the whole word
      const end = shop && shop.norm === "drive" && t[shop === det ? k + 2 : k + 3]?.text === "-" ? (t[shop === det ? k + 3 : k + 4] ?? shop).end : shop?.end ?? 0;
      if (shop && shop.sentence === s && SHOPS.has(shop.norm)) out.push({ type: "phrase", start: t[k]!.start, end, text: a.text.slice(t[k]!.start, end), confidence: 0.75, detector: "service simile", lexicon: "mockery", data: { category: "choice" } });
      break;
    }
  }
  return out;
}

/** A group named by a staff role ("overseas nurses", "the women surgeons"), with no patient word in it. */
function staffGroup(a: Analysis, g: Span): boolean {
  if (PATIENT_GROUP.test(g.text)) return false;
  for (let i = a.tokenIndexAt(g.start); i < a.tokens.length && a.tokens[i]!.start < g.end; i++) if ((COLLEAGUE_WORDS.has(a.tokens[i]!.stem) || STAFF_SHORT.has(a.tokens[i]!.norm)) && a.tokens[i]!.kind === "word") return true;
  return false;
}
/** Ward shorthand for doctors ("overseas docs", "the IMG regs"): staff, not patients. */
const STAFF_SHORT = new Set(["doc", "docs", "drs", "regs", "shos", "fys"]);

/** Someone paid to play a patient: "deserves an Oscar" is praise of the acting, not a charge of faking. */
const PLAYED = new Set(["actor", "actors", "actress", "simulated", "roleplay", "role-play", "standardised", "standardized"]);
function actedPart(a: Analysis, s: Span): boolean {
  return s.data?.category === "faking" && a.sentenceTokens(s.start).some((t) => PLAYED.has(t.norm));
}

/** Spans that make a patient identifiable; with them, mockery is the seriousness table's second row. */
const IDENTIFYING = ["nhs-number", "chi-number", "hospital-number", "date-of-birth", "ward-bed", "address", "postcode"] as const;

function identifiable(a: Analysis): boolean {
  if (IDENTIFYING.some((t) => a.has(t))) return true;
  return a.of("person-name").some((p) => p.data?.clinician !== true) || a.of("first-name").some((p) => p.confidence >= 0.6 && aboutPatient(a, p));
}

/** Slang that only exists in clinical settings needs no further context to be about a patient. */
function patientWeight(a: Analysis, span: Span, setting: number): number {
  if (aboutPatient(a, span)) return 1;
  if (setting >= 0.3) return 0.9;
  return span.data?.category === "acronym" || span.data?.category === "description" ? 0.8 : 0.55;
}

/**
 * The same contempt through discrimination's other shapes: a group left for the reader to name
 * ("you already know which culture it is", "everyone from that continent") or a group framed as a
 * practice held in contempt ("Ramadan season = ..."). They are about patients when the post is set in
 * care: a care word in the sentence, a clinical scene, or a patient word in the group.
 */
function reportGroupFrames(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, sc: () => number, serious: () => number): void {
  for (const g of patientGroupFrames(a, sc)) {
    const s = a.sentenceOf(g.range[0]);
    if (reported.has(g.range[0]) || [...reported].some((r) => a.sentenceOf(r) === s)) continue;
    reported.add(g.range[0]);
    report({ messageId: "stereotype", range: g.range, data: { term: a.text.slice(g.range[0], g.range[1]) }, severity: severityFor(g.confidence, "error", SURE, 0.5), confidence: g.confidence, seriousness: serious(), explanation: { detectors: ["group frame", "patients as the group"], context: [{ word: "clinical scene", effect: Math.round(sc() * 100) / 100 }], notes: [`frame: ${g.kind}`] } });
  }
}

/** Words that set a sentence in care, so a group generalised over there is a group of patients. */
const CARE_SETTING = new Set(["ward", "bay", "bays", "clinic", "surgery", "caseload", "a&e", "ed", "resus", "majors", "triage", "waiting", "reception", "on-call", "admitted", "admissions", "patients", "pts", "patient", "visitors", "relatives", "meds", "appointment", "appointments", "consultation", "cubicle", "theatre", "antenatal", "gp", "specialists", "pain", "symptoms", "presenting", "presents"]);

/** A staff word in the frame's sentence or the next, and no patient word there. */
function colleagueBeside(a: Analysis, span: Span): boolean {
  const next = sentenceAnchor(a, span.start, 1);
  const toks = [...a.sentenceTokens(span.start), ...(next ? a.sentenceTokens(next.start) : [])];
  return toks.some((t) => t.kind === "word" && COLLEAGUE_WORDS.has(t.stem)) && !toks.some((t) => PATIENT_PLURALS.has(t.norm) || t.norm === "patient" || t.norm === "pt");
}

function languageOfColleague(a: Analysis, span: Span): boolean {
  for (const w of a.wordsBefore(span.start, 12)) {
    if (COLLEAGUE_WORDS.has(w.stem)) return true;
    if (PATIENT_PLURALS.has(w.norm) || w.norm === "patient" || w.norm === "pt" || w.norm === "they") return false;
  }
  return false;
}

/**
 * The acronym's letters are the initials of the words in brackets just after it, and the expansion is
 * crude (a swear word, an insult or a word for drunk in it): "PFO (pissed, fell over)", not "PFO
 * (patent foramen ovale)".
 */
function spelledOut(a: Analysis, span: Span): boolean {
  // "PFOs": the plural's "s" is no letter of the acronym
  const letters = span.text.replace(/(?<=[A-Z])s$/, "").replace(/[^A-Za-z]/g, "").toLowerCase();
  if (letters.length < 2) return false;
  const t = a.tokens;
  let k = a.tokenIndexAt(span.end);
  while (k < t.length && t[k]!.start < span.end) k++;
  let bracket = false;
  for (let n = 0; k < t.length && n < 3 && t[k]!.kind === "punct"; k++, n++) if (t[k]!.text === "(") bracket = true;
  if (!bracket) return false;
  let initials = "";
  const from = t[k]?.start ?? span.end;
  let to = from;
  for (; k < t.length && initials.length < letters.length; k++) {
    if (t[k]!.kind === "punct") { if (t[k]!.text === ")") break; continue; }
    initials += t[k]!.norm.charAt(0);
    to = t[k]!.end;
  }
  if (initials !== letters) return false;
  const crude = (x: Span) => x.start >= from && x.end <= to;
  return a.lexicon("profanity").some(crude) || a.lexicon("insults").some(crude) || a.lexicon("intoxication", "intoxicated").some(crude);
}

function careSentence(a: Analysis, offset: number): boolean {
  return a.sentenceTokens(offset).some((t) => CARE_SETTING.has(t.norm));
}

/** Discrimination's veiled groups and group frames whose group is patients, in the author's own words. */
function patientGroupFrames(a: Analysis, sc: () => number): { range: [number, number]; confidence: number; kind: string }[] {
  const out: { range: [number, number]; confidence: number; kind: string }[] = [];
  // a veiled frame carries its own negation ("not being funny, but..."); a group frame must be asserted
  const found: { range: [number, number]; confidence: number; kind: string; group?: Span; veiled?: boolean }[] = [...veiledGroups(a).map((v) => ({ range: v.range, confidence: v.confidence, kind: v.kind, veiled: true })), ...groupFrames(a)];
  for (const f of found) {
    if (f.confidence < 0.5) continue;
    const span: Span = { type: "phrase", start: f.range[0], end: f.range[1], text: a.text.slice(f.range[0], f.range[1]), confidence: f.confidence, detector: "group frame" } as Span;
    if ((!f.veiled && a.isNegated(span)) || quoted(a, span) || a.isReported(span) || rejected(a, span) || colleagueOnly(a, span)) continue;
    // a group of staff ("a gay male nurse") or a group charged with crime outside care is not patients
    if (staffGroup(a, f.group ?? span) || /crime|care refused|control/.test(f.kind)) continue;
    // a critique word close to the frame ("we shouldn't mock people who can't speak English"); one in a
    // separate clause twenty words off ("shouldn't be allowed to keep a goldfish ... can't say a word in English") is the contempt itself
    const near = nearTokens(a, span);
    const at = near.findIndex((t) => t.start >= span.start);
    if (near.some((t, k) => CRITIQUE.has(t.norm) && (at < 0 || Math.abs(k - at) <= 12))) continue;
    // "...thanks to our newest HCA for the inspiration": a colleague beside the frame, and no patient, makes it theirs
    if (colleagueBeside(a, span)) continue;
    // "The locum GP today couldn't speak proper English and took 20 minutes per patient": the language
    // frame's subject, the nearest person word before it, is a colleague
    if (f.kind === "language" && languageOfColleague(a, span)) continue;
    const careHere = careSentence(a, span.start);
    // a clinical scene alone is weak: "private clinics all owned by the same... community" names no patients
    if (!(careHere || sc() >= 0.5 || aboutPatient(a, span) || (f.group && PATIENT_GROUP.test(f.group.text)))) continue;
    out.push(f);
  }
  return out;
}

/** Adjectives that open a class of people ("old people", "drunk lads"): the generalisation starts at them. */
const CLASS_OPENERS = new Set(["old", "young", "drunk", "elderly", "obese", "bariatric", "frail", "psych", "anxious", "worried"]);

/** Mockery categories the rule's older paths read (markers, laughs, name-calls...). */
const LEGACY_MOCKERY = new Set(["laugh", "contempt", "name-call", "spectacle", "choice", "blame", "sarcasm"]);
const LEGACY_LEXICONS = ["clinical-slang", "insults", "slurs", "profanity", "groups"];
function legacySignals(a: Analysis): boolean {
  for (const name of LEGACY_LEXICONS) if (a.lexicon(name).length > 0) return true;
  for (const m of a.lexicon("mockery")) if (LEGACY_MOCKERY.has(String(m.data?.category))) return true;
  // a sweeping doubt of a class of patients ("all these 'fibromyalgia' patients") or an eye-rolled quote is a marker by itself
  return doubtQuotes(a).some((q) => q.confidence > 0.5) || claimQuotes(a).length > 0 || serviceSimiles(a).length > 0 || quotedLabels(a).length > 0;
}

/** Collective nouns that turn a quoted saying into a label for a class of people ("the '...' brigade"). */
const COLLECTIVE_LIST = ["brigade", "brigades", "crowd", "crowds", "squad", "gang", "merchants", "contingent", "army", "lot"];
const COLLECTIVE = new Set(COLLECTIVE_LIST);
const QUOTE_CLOSE = new Set(["'", "\u2019", '"', "\u201d"]);
const QUOTE_OPEN = new Set(["'", "\u2018", '"', "\u201c"]);
const LABEL_OPENERS = new Set(["the", "usual", "our", "that", "those", "these", "your", "classic", "typical"]);
/**
 * People labelled by a saying put in their mouths: "the 'I googled it' crowd", "the usual 'just a
 * quick one, doc' brigade". A quoted phrase of two or more words closed right before a collective noun,
 * opened after a determiner; read as contempt only in a clinical scene, like the rule's other markers.
 */
function quotedLabels(a: Analysis): Span[] {
  if (!a.hasAnyWord(COLLECTIVE_LIST)) return NO_SIMILES;
  return a.memo("respect:quoted-labels", () => {
    const out: Span[] = [];
    const t = a.tokens;
    for (let i = 2; i < t.length; i++) {
      if (t[i]!.kind !== "word" || !COLLECTIVE.has(t[i]!.norm) || !QUOTE_CLOSE.has(t[i - 1]!.text)) continue;
      const s = t[i]!.sentence;
      let open = -1;
      let words = 0;
      for (let k = i - 2; k >= 0 && k >= i - 30 && t[k]!.sentence === s; k--) {
        if (QUOTE_OPEN.has(t[k]!.text) && (k === 0 || t[k - 1]!.kind !== "word" || LABEL_OPENERS.has(t[k - 1]!.norm)) && words >= 2) { open = k; break; }
        if (t[k]!.kind === "word") words++;
      }
      if (open < 1 || !LABEL_OPENERS.has(t[open - 1]!.norm)) continue;
      out.push({ type: "phrase", start: t[open - 1]!.start, end: t[i]!.end, text: a.text.slice(t[open - 1]!.start, t[i]!.end), confidence: 0.65, detector: "quoted label", lexicon: "mockery", data: { category: "contempt", people: true } } as Span);
    }
    return out;
  });
}

/**
 * Derogation by composition: a judging word ("thick", "feral", "can't be bothered", "stinks",
 * "bless him 🤣") linked to a patient or a class of patients (respect/derogation.ts). One finding per
 * sentence, the strongest; spans already reported by the rule's other paths are skipped.
 */
function reportDerogations(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, seriousness: number | undefined): void {
  // "Imagine calling an ambulance because you've had diarrhoea for an hour 🙄": mock incredulity at
  // what someone did to need care, with a laugh or an eye-roll
  for (const f of a.lexicon("mockery", "laugh").length > 0 ? incredulityFrames(a) : []) {
    if (reported.has(f.start) || !assertedHere(a, f) || quoted(a, f) || !ironyNear(a, f)) continue;
    reported.add(f.start);
    report({ messageId: "mocking", range: [f.start, f.end], data: { term: f.text }, severity: "warning", confidence: 0.55, seriousness: seriousness ?? (identifiable(a) ? SERIOUSNESS.identifiablePhotoAdverse : SERIOUSNESS.disrespectGeneral), explanation: { detectors: ["imagine <doing> ... + care word + laugh or eye-roll"] } });
  }
  const found = derogations(a, "patient", (s) => assertedHere(a, s) && !(quoted(a, s) && !scareQuoted(a, s)) && !slangCriticised(a, s) && !actedPart(a, s));
  if (found.length === 0) return;
  const bySentence = new Map<number, { span: Span; confidence: number; single: boolean; how: string; category: string }>();
  for (const d of found) {
    if (reported.has(d.evaluation.span.start) || d.confidence < 0.5) continue;
    const k = a.sentenceOf(d.evaluation.span.start);
    const best = bySentence.get(k);
    if (!best || d.confidence > best.confidence) bySentence.set(k, { span: d.evaluation.span, confidence: d.confidence, single: d.link.referent.single, how: `${d.link.how}: ${d.link.referent.how}`, category: d.evaluation.category });
  }
  if (bySentence.size === 0) return;
  const serious = seriousness ?? (identifiable(a) ? SERIOUSNESS.identifiablePhotoAdverse : SERIOUSNESS.disrespectGeneral);
  for (const f of bySentence.values()) {
    reported.add(f.span.start);
    report({
      messageId: "derogatory",
      range: [f.span.start, f.span.end],
      data: { term: f.span.text, who: f.single ? "a patient" : "patients" },
      severity: severityFor(f.confidence, "error", SURE, 0.5),
      confidence: f.confidence,
      seriousness: serious,
      explanation: { detectors: ["respect/derogation: evaluation linked to a patient referent"], context: [{ word: f.how, effect: Math.round(f.confidence * 100) / 100 }], notes: [`category: ${f.category}`] },
    });
  }
}

const COPULAS = new Set(["are", "be", "were", "being"]);
/** Plural people who open a sentence as its subject ("Patients who...", "Relatives who..."). */
const PATIENT_PLURALS = new Set(["patients", "pts", "relatives", "families", "parents", "punters", "callers", "visitors", "people"]);
/**
 * A plural swear noun ("c*cks", "arseholes") after a copula within four words ("are going to be"),
 * in a sentence whose first word is a plural for patients or the public. A denial ("aren't") or the
 * author's own words ("we're") do not count.
 */
function swornAtPatients(a: Analysis, span: Span): boolean {
  if (!/s$/i.test(span.text) || span.text.includes(" ")) return false;
  const before = a.wordsBefore(span.start, 4);
  if (!before.some((t) => COPULAS.has(t.norm)) || before.some((t) => t.norm === "not" || t.norm.endsWith("n't") || t.norm === "never")) return false;
  const s = a.sentenceOf(span.start);
  let i = a.tokenIndexAt(span.start);
  while (i > 0 && a.tokens[i - 1]!.sentence === s) i--;
  while (i < a.tokens.length && a.tokens[i]!.kind !== "word") i++;
  const first = a.tokens[i];
  return !!first && first.sentence === s && PATIENT_PLURALS.has(first.norm) && first.start < span.start;
}

/** Words that put a person's weight in question ("bariatric bed", "obese gentleman", "BMI of 55"). */
const WEIGHT_WORDS = new Set(["bariatric", "obese", "obesity", "morbidly", "overweight", "bmi", "super-obese"]);

const OWN_OR_PLEA = new Set(["i", "i'm", "im", "my", "me", "myself", "i've", "please", "fund", "funding"]);
/**
 * "Bariatric bed needed in bay 3 again 🐋🐋": a large-animal emoji (mockery lexicon, body-emoji) in
 * the sentence of a weight word or the one after it compares the patient to the animal, as "whale"
 * would. The weight word makes the person a patient; the emoji is the mockery. The first, or undefined.
 */
function animalForWeight(a: Analysis): Span | undefined {
  const emoji = a.lexicon("mockery", "body-emoji");
  if (emoji.length === 0) return undefined;
  const weightSentences = new Set<number>();
  for (const t of a.tokens) if (t.kind === "word" && WEIGHT_WORDS.has(t.norm)) weightSentences.add(t.sentence);
  if (weightSentences.size === 0) return undefined;
  for (const e of emoji) {
    const s = a.sentenceOf(e.start);
    if (!(weightSentences.has(s) || weightSentences.has(s - 1))) continue;
    // "Bariatric surgery saved my life 🐘➡️🦋", "please fund more bariatric beds 🐋": the author's own body, or a plea
    if (nearTokens(a, e, 40).some((t) => OWN_OR_PLEA.has(t.norm))) continue;
    return { ...e, confidence: 0.75 };
  }
  return undefined;
}

/** Words that make an invented title a mocking nickname ("Mrs Massive Belly", "Mr Buzzer"): body and conduct. */
const NICKNAME_WORDS = new Set(["bum", "bums", "butt", "arse", "ass", "belly", "gut", "chins", "boobs", "moobs", "massive", "fatty", "chunky", "smelly", "stinky", "grumpy", "moany", "whingey", "whiny", "needy", "shouty", "sweary", "bitey", "buzzer", "bellend"]);
const TITLES = new Set(["mr", "mrs", "miss", "ms"]);

/**
 * "Mr Big Bum in bay 2", "Mrs Massive Belly": a title before capitalised words that describe a body
 * or a nuisance names a patient by a mocking nickname. The title and its words, or undefined.
 */
function mockingTitle(a: Analysis): Span | undefined {
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i]!.kind !== "word" || !TITLES.has(t[i]!.norm) || !t[i]!.cap) continue;
    let mocking = -1;
    for (let k = i + 1; k <= i + 3 && k < t.length && t[k]!.kind === "word" && t[k]!.cap && t[k]!.sentence === t[i]!.sentence; k++) if (NICKNAME_WORDS.has(t[k]!.norm)) mocking = k;
    // the nickname is more than a surname: two words at least ("Mr Big Bum"), or one such word that is not a surname
    if (mocking > i + 1) return { type: "phrase", start: t[i]!.start, end: t[mocking]!.end, text: a.text.slice(t[i]!.start, t[mocking]!.end), confidence: 0.75, detector: "mocking title", lexicon: "mockery", data: { category: "name-call" } };
  }
  return undefined;
}

function reportMockingTitle(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  if (!(a.words.has("mr") || a.words.has("mrs") || a.words.has("miss") || a.words.has("ms"))) return;
  const title = mockingTitle(a);
  if (!title || reported.has(title.start) || !asserted(a, title) || scene(a) < 0.3) return;
  reported.add(title.start);
  report({ messageId: "mocking", range: [title.start, title.end], data: { term: title.text }, severity: "error", confidence: title.confidence, seriousness: serious(), explanation: { detectors: ["a title before words for a body or a nuisance"] } });
}

/** Endearments that talk down to an adult when said to them in a telling-off ("..., hun 💅", "sweetie 🙄"). */
const ENDEARMENTS = new Set(["hun", "hunny", "huns", "sweetie", "sweetheart", "babe", "darling", "petal", "poppet", "princess"]);
/** Emoji of sass or exasperation that mark the endearment as condescending (a heart would make it warm). */
const SASS = ["\ud83d\udc85", "\ud83d\udc81", "\ud83d\ude44", "\ud83d\ude43", "\ud83d\ude12", "\ud83e\udd21", "\ud83d\ude0f"];
const YOU_WORDS = new Set(["you", "your", "you've", "you're", "youve", "youre", "yours"]);

/**
 * "No, you cannot have a sick note for your hangover, sweetie 🙄", "...you can afford your
 * prescription charge, hun 💅": an endearment as a vocative (after a comma) with a sass or eye-roll
 * emoji, in a sentence said to "you" about care (a care word in it), talks down to the people cared
 * for. The endearment, or undefined.
 */
function condescendingEndearment(a: Analysis): Span | undefined {
  let named = false;
  for (const e of ENDEARMENTS) if (a.words.has(e)) { named = true; break; }
  if (!named) return undefined;
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !ENDEARMENTS.has(w.norm) || t[i - 1]!.text !== ",") continue;
    const sass = [t[i + 1], t[i + 2]].some((x) => x && x.kind === "punct" && SASS.some((e) => x.text.startsWith(e)));
    if (!sass) continue;
    let you = false;
    let care = false;
    for (let k = i - 1; k >= 0 && k > i - 40 && t[k]!.sentence === w.sentence; k--) {
      if (YOU_WORDS.has(t[k]!.norm)) you = true;
      if (careWord(t[k]!.norm)) care = true;
    }
    if (you && care) return { type: "phrase", start: w.start, end: w.end, text: w.text, confidence: 0.55, detector: "condescending endearment", lexicon: "mockery", data: { category: "contempt" } };
  }
  return undefined;
}

function reportEndearment(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  if (a.lexicon("mockery", "sass").length === 0 && a.lexicon("mockery", "laugh").length === 0) return;
  const e = condescendingEndearment(a);
  if (!e || reported.has(e.start) || !asserted(a, e)) return;
  reported.add(e.start);
  report({ messageId: "mocking", range: [e.start, e.end], data: { term: e.text }, severity: "warning", confidence: e.confidence, seriousness: serious(), explanation: { detectors: ["an endearment said to 'you' about care, with a sass or eye-roll emoji"] } });
}

/** Words that say the letter's "you" was cared for ("you were seen", "not an emergency", "triaged"). */
const CARED_FOR = new Set(["seen", "triaged", "emergency", "urgent", "waited", "wait", "waiting", "treated", "examined", "discharged", "prescribed", "assessed"]);

/**
 * "To 'Disgusted of Dorking': you were seen promptly, your sprained wrist was not an emergency...
 * Grow up.": an open letter to someone who is not a colleague, whose "you" is described by their
 * care, ending in a put-down (a dismissal or an insult) publicly belittles a patient. The put-down,
 * or undefined.
 */
function letterPutDown(a: Analysis): Span | undefined {
  const letter = openLetter(a);
  if (!letter || letter.colleague) return undefined;
  let cared = false;
  const t = a.tokens;
  for (let k = a.tokenIndexAt(letter.end); k < t.length && k < a.tokenIndexAt(letter.end) + 120; k++) {
    const x = t[k]!;
    if (x.kind !== "word") continue;
    if (!(CARED_FOR.has(x.norm) || careWord(x.norm))) continue;
    if (nearTokens(a, x, 30).some((w) => w.norm === "you" || w.norm === "your" || w.norm === "you're")) { cared = true; break; }
  }
  if (!cared) return undefined;
  return [...a.lexicon("colleague-disputes", "dismissal"), ...a.lexicon("insults")].find((p) => p.start >= letter.end && asserted(a, p));
}

function reportLetterPutDown(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  if (a.lexicon("colleague-disputes", "dismissal").length === 0 && a.lexicon("insults").length === 0) return;
  const p = letterPutDown(a);
  if (!p || reported.has(p.start)) return;
  reported.add(p.start);
  report({ messageId: "mocking", range: [p.start, p.end], data: { term: p.text }, severity: "warning", confidence: 0.6, seriousness: serious(), explanation: { detectors: ["an open letter to someone cared for, ending in a put-down"] } });
}

/** Words that make a call-out a thank-you ("you know who you are 🙏"). */
const CALL_OUT_THANKS = new Set(["thank", "thanks", "thankyou", "grateful", "appreciate", "legends", "legend", "heroes", "love", "\u2764\ufe0f", "\u2764", "\ud83d\ude4f", "\ud83e\udd70", "\ud83e\udd79"]);
/**
 * "...the same 6 or 7 people who ring every morning for antibiotics they don't need. You know who
 * you are 😒": a call-out ("you know who you are", "looking at you") right after a sentence that
 * says patients or the public failed (a denial, "again", "nothing"...), with an ironic emoji or an
 * eye-roll, singles out people the author cares for to be recognised and ridiculed. A thank-you is
 * no call-out; staff called out are respect/colleagues'.
 */
function reportCallOut(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  for (const p of callOutPhrases(a)) {
    if (reported.has(p.start) || !asserted(a, p) || !ironyNear(a, p) || !failingBefore(a, p)) continue;
    const prev = sentenceAnchor(a, p.start, -1);
    if (!prev) continue;
    const before = nearTokens(a, prev, 60);
    if (!before.some((_, k) => calledOutPerson(before, k))) continue;
    if ([...before, ...nearTokens(a, p)].some((t) => CALL_OUT_THANKS.has(t.norm) || CALL_OUT_THANKS.has(t.text))) continue;
    reported.add(p.start);
    report({ messageId: "mocking", range: [p.start, p.end], data: { term: p.text }, severity: "error", confidence: 0.65, seriousness: serious(), explanation: { detectors: ["call-out after a sentence about patients' failings, with an ironic emoji"] } });
    return;
  }
}

/**
 * "What's the worst thing a patient's ever said with a mouthful of cotton rolls? 😂": a call for the
 * audience's stories of patients at their most ridiculous, with a laugh, invites the public to mock
 * them. A negative superlative, "thing(s)/story/excuse..." within two words, a patient within six
 * after it, and a laugh after the superlative. A warning: the post mocks by invitation.
 */
const MOCK_SUPERLATIVES = ["worst", "weirdest", "stupidest", "dumbest", "craziest", "daftest", "maddest", "strangest", "ridiculous", "bizarre", "wildest"];
const MOCK_SUPERLATIVE_SET = new Set(MOCK_SUPERLATIVES);
const TOLD_THINGS = new Set(["thing", "things", "story", "stories", "excuse", "excuses", "request", "requests", "reason", "reasons", "complaint", "complaints", "question", "questions"]);
const PATIENT_NOUNS = new Set(["patient", "patients", "patient's", "pt", "pts", "relative", "relatives", "family", "parent", "parents"]);
function reportSolicited(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  if (!a.hasAnyWord(MOCK_SUPERLATIVES)) return;
  const laughs = a.lexicon("mockery", "laugh").filter((l) => l.data?.category === "laugh");
  if (laughs.length === 0 || a.teaching >= 0.35) return;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!MOCK_SUPERLATIVE_SET.has(t[i]!.norm)) continue;
    const s = t[i]!.sentence;
    let thing = -1;
    for (let k = i + 1; k <= i + 2 && k < t.length && t[k]!.sentence === s; k++) if (TOLD_THINGS.has(t[k]!.norm)) { thing = k; break; }
    if (thing < 0) continue;
    let who = -1;
    for (let k = thing + 1; k <= thing + 6 && k < t.length && t[k]!.sentence === s; k++) if (PATIENT_NOUNS.has(t[k]!.norm) || referentAt(a, k)?.who === "patient") { who = k; break; }
    if (who < 0 || !laughs.some((l) => l.start > t[who]!.end && a.sentenceOf(l.start) <= s + 1)) continue;
    const span: Span = { type: "phrase", start: t[i]!.start, end: t[who]!.end, text: a.text.slice(t[i]!.start, t[who]!.end), confidence: 0.5, detector: "solicited mockery" };
    // "quote: 'what's the weirdest thing a patient said'": someone else's prompt, quoted to answer or refuse
    if (reported.has(span.start) || !asserted(a, span) || a.isQuoted(span)) continue;
    // an insult or a mockery word inside ("stupidest") is the other paths' finding
    if ([...a.lexicon("insults"), ...a.lexicon("mockery")].some((m) => m.data?.category !== "laugh" && m.start < span.end && span.start < m.end)) return;
    reported.add(span.start);
    report({ messageId: "mocking", range: [span.start, span.end], data: { term: span.text }, severity: "warning", confidence: 0.5, seriousness: serious(), explanation: { detectors: ["negative superlative + thing + patient + laugh: inviting stories to mock"] } });
    return;
  }
}

/** Asking the author for something of theirs ("ask for my number", "want my insta"). */
const ASK = new Set(["ask", "asks", "asking", "want", "wants", "request", "requests", "add", "follow"]);
/** What a patient tells a clinician that a retort can disbelieve: pain, symptoms, allergies, what they read. */
const CLAIMED = new Set(["pain", "hurts", "hurt", "hurting", "allergic", "allergy", "allergies", "symptoms", "symptom", "dying", "agony", "read", "googled", "google", "facebook", "tiktok", "sick", "dizzy", "collapsed", "fainted", "migraine"]);
const OWN_PEOPLE = new Set(["mum", "mom", "dad", "sister", "brother", "flatmate", "housemate", "bf", "gf", "boyfriend", "girlfriend", "partner", "husband", "wife", "friend", "mate", "son", "daughter", "kid", "kids", "nan", "gran", "cat", "dog"]);
const CLAIM_VERBS = new Set(["said", "says", "saying", "told", "tells", "claims", "claimed", "reckons", "insists", "insisted", "swears"]);
/**
 * "she said her pain was 11/10 while scrolling her phone. sure babe 💀", "'i read it on facebook' ok
 * karen 🙃": a stock retort of disbelief (sure jan, ok karen, sure babe) with a laugh or an eye-roll,
 * right after a patient's or a relative's reported claim (a reporting verb or a quoted line, and a
 * symptom or a patient word) in its sentence or the one before: the author invites the public to
 * laugh at what a patient told them. A colleague's claim is respect/colleagues'.
 */
function reportDisbelief(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  const retorts = a.lexicon("mockery", "mock-praise");
  if (retorts.length === 0) return;
  for (const m of retorts) {
    if (m.data?.term !== "sure jan" || reported.has(m.start) || !ironyNear(a, m) || a.isQuoted(m)) continue;
    const prev = sentenceAnchor(a, m.start, -1);
    const words = [...(prev ? nearTokens(a, prev, 40) : []), ...nearTokens(a, m, 40)].filter((t) => t.start < m.start);
    const claim = words.some((t) => CLAIM_VERBS.has(t.norm)) || a.text.slice(words[0]?.start ?? m.start, m.start).includes("'") || a.text.slice(words[0]?.start ?? m.start, m.start).includes("\u2018");
    if (!claim) continue;
    const patient = words.some((t) => PATIENT_NOUNS.has(t.norm)) || aboutPatient(a, m) || (prev !== undefined && aboutPatient(a, prev));
    const symptom = words.some((t) => CLAIMED.has(t.norm)) || /\b\d{1,2}\/10\b/.test(a.text.slice(words[0]?.start ?? m.start, m.start));
    if (!patient && !symptom) continue;
    if (words.some((t) => COLLEAGUE_WORDS.has(t.stem)) && !patient) continue;
    // "my sister said her headache was 10/10. sure jan 😂": the author's own people, not patients
    if (!words.some((t) => PATIENT_NOUNS.has(t.norm)) && words.some((t, k) => (t.norm === "my" || t.norm === "our") && OWN_PEOPLE.has(words[k + 1]?.norm ?? ""))) continue;
    reported.add(m.start);
    report({ messageId: "mocking", range: [m.start, m.end], data: { term: m.text }, severity: "error", confidence: 0.65, seriousness: serious(), explanation: { detectors: ["retort of disbelief after a patient's reported claim, with a laugh or eye-roll"] } });
    return;
  }
}

/**
 * "same caller, same 'chest pain', 40th call this year", "another trawlerman sewn up after
 * 'slipping' on the quay... same idiots every week": a patient's complaint put in scare quotes (the
 * author doubts it) beside a cue that the patient keeps coming back (again, same, another, the Nth
 * time, every week). The public is invited to share the author's weariness at a repeat attender,
 * which mocks them (GMP 65; social media guidance ¶5). A warning on its own, an error with an
 * eye-roll or a laugh. Not when the post turns on the doubt ("it turned out to be...", "never
 * dismiss"), a teaching post, or someone else's words reported.
 */
const REPEAT = new Set(["again", "same", "another", "usual", "regular", "regulars", "every", "classic", "third", "fourth", "fifth", "3rd", "4th", "5th", "10th", "20th", "40th", "nth", "weekly"]);
const REPEAT_LIST = [...REPEAT];
/** Words just before a quoted complaint that present it as the patient's ("same 'can't breathe'", "after 'slipping'"). */
const COMPLAINT_LEAD = new Set(["same", "another", "usual", "with", "for", "after", "of", "his", "her", "their", "the"]);
/** Words that turn the post against the doubt: the complaint proved real, or a lesson. */
const DOUBT_UNDONE = new Set(["turned", "actually", "genuinely", "real", "dismiss", "dismissed", "missed", "lesson", "listen", "listened", "remember", "reminder", "sepsis", "mi", "stemi", "pe", "died"]);
function reportRepeatDoubt(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  if (a.teaching >= 0.35 || a.hasAnyWord([...DOUBT_UNDONE])) return;
  const t = a.tokens;
  for (let i = 1; i + 2 < t.length; i++) {
    const q = t[i]!;
    if (q.kind !== "punct" || !QUOTE_OPEN.has(q.text)) continue;
    const lead = t[i - 1]!;
    if (lead.kind !== "word" || lead.sentence !== q.sentence || !COMPLAINT_LEAD.has(lead.norm)) continue;
    // one to three quoted words closed on the same sentence
    let j = i + 1;
    while (j < t.length && j <= i + 4 && t[j]!.kind === "word" && t[j]!.sentence === q.sentence) j++;
    const close = t[j];
    if (!close || j === i + 1 || close.kind !== "punct" || !(close.text === "'" || close.text === "\u2019" || close.text === "\"" || close.text === "\u201d")) continue;
    const span: Span = { type: "phrase", start: q.start, end: close.end, text: a.text.slice(q.start, close.end), confidence: 0.55, detector: "doubted complaint", lexicon: "mockery", data: { category: "contempt" } } as Span;
    if (reported.has(span.start) || a.isReported(span) || rejected(a, span)) continue;
    // "the usual '...' crowd": a quoted label for a class of people (reportComposed's quoted labels)
    if (COLLECTIVE.has(t[j + 1]?.norm ?? "")) continue;
    // a complaint: a condition, a symptom word, or quoted words after "same"/"another"/"usual"
    const complaint = a.of("condition").some((c) => c.start >= q.end && c.end <= close.start) || CLAIMED_SYMPTOMS.has(t[j - 1]!.norm) || ((lead.norm === "same" || lead.norm === "another" || lead.norm === "usual") && !t[i + 1]!.cap && !COLLEAGUE_WORDS.has(t[i + 1]!.norm));
    if (!complaint) continue;
    // the repetition: in the sentence, the one before or the two after
    const s = q.sentence;
    let repeat = false;
    for (let k = i; k >= 0 && t[k]!.sentence >= s - 1 && i - k < 40; k--) if (REPEAT.has(t[k]!.norm)) repeat = true;
    for (let k = j + 1; !repeat && k < t.length && t[k]!.sentence <= s + 2 && k - j < 50; k++) if (REPEAT.has(t[k]!.norm)) repeat = true;
    if (!repeat) continue;
    // about patients, not a colleague's "same 'quick question'"
    if (colleagueOnly(a, span)) continue;
    const confidence = ironyNear(a, span) ? 0.65 : 0.55;
    reported.add(span.start);
    report({ messageId: "mocking", range: [span.start, span.end], data: { term: span.text }, severity: severityFor(confidence, "error", SURE, 0.4), confidence, seriousness: serious(), explanation: { detectors: ["a patient's complaint in scare quotes beside a repeat-attender cue (again, same, another, the Nth time)"] } });
    return;
  }
}
/** Words that end a quoted complaint ("'chest pain'", "'can't breathe'", "'slipping'"). */
const CLAIMED_SYMPTOMS = new Set(["pain", "pains", "breathe", "breathing", "slipping", "slipped", "fell", "fall", "dizzy", "collapse", "collapsed", "fit", "seizure", "allergic", "allergy", "anxiety", "panic", "migraine", "headache", "sick", "unwell", "faint", "fainted", "palpitations", "flu", "turns", "turn", "episode", "episodes", "attack", "attacks"]);

function reportAnimal(a: Analysis, report: (d: ReportDescriptor) => void, reported: Set<number>, serious: () => number): void {
  const animal = animalForWeight(a);
  if (!animal || reported.has(animal.start) || !asserted(a, animal)) return;
  reported.add(animal.start);
  report({ messageId: "mocking", range: [animal.start, animal.end], data: { term: animal.text }, severity: "error", confidence: animal.confidence, seriousness: serious(), explanation: { detectors: ["large-animal emoji + weight word"] } });
}

export default defineRule({
  meta: {
    id: "respect/patients",
    severity: "error",
    citations: ["gmp:65", "gmc-sm:5", "seed-002:professional"],
    seriousness: SERIOUSNESS.disrespectGeneral,
    triggers: ["span:ward-bed", "span:patient-cue", "lexicon:colleague-disputes:dismissal", "lexicon:clinical-slang", "lexicon:insults", "lexicon:mockery", "lexicon:slurs", "lexicon:profanity", "lexicon:groups", "lexicon:group-proxies"],
    docs: {
      summary: "Derogatory or mocking talk about patients, one patient or patients in general",
      why: "Good medical practice 65 asks that your conduct justifies patients' trust in you and the public's trust in the profession, and the standards do not change online (¶5). Clinical slang such as \"frequent flyer\" or \"acopia\" turns a person into a label; mocking patients in public, even without names, is on the GMC adviser's seriousness table.",
      fix: "Describe the clinical situation in neutral terms (\"a patient who attends often\"), or don't post it. If you are criticising the slang itself, say so: scrubs reads \"we need to stop calling patients frequent flyers\" as rejecting the term.",
      examples: {
        flagged: ["Our favourite frequent flyer is back in majors again tonight 🙄", "Bay 6 is pure acopia, can't wait to discharge him"],
        passes: ["We need to stop calling patients 'frequent flyers'. They are people who need a different kind of help.", "Racked up enough frequent flyer miles for a weekend in Lisbon ✈️"],
      },
    },
    messages: {
      slang: "\"{{term}}\" is derogatory clinical slang for a patient.",
      slangMaybe: "\"{{term}}\" may be read as derogatory slang for a patient.",
      insult: "Calling patients \"{{term}}\" is derogatory.",
      swearing: "Swearing about a patient reads as contempt for them.",
      mocking: "This mocks patients: \"{{term}}\" belittles the people you care for.",
      slur: "\"{{term}}\" is a slur, used here about patients.",
      stereotype: "\"{{term}}\" stereotypes patients from one group; it reads as contempt for them.",
      generalising: "\"{{term}}\" with a laugh generalises about patients; it may read as mocking them.",
      derogatory: "\"{{term}}\", said of {{who}}, is derogatory: it belittles the people you care for.",
      neglect: "\"{{term}}\" wishes care withheld from patients; even as a joke it shows contempt for them.",
      critic: "\"{{term}}\" belittles the person who criticised you; answer the point, or take it offline, but don't mock them.",
      threatened: "\"{{term}}\" menaces a patient or someone in your care; even as a joke it shows contempt for them.",
    },
  },
  check({ analysis: a, report }) {
    // The lists this rule has always read. Without any of them a post can only hold a derogation by
    // composition (a judging word said of a patient), and the rest of the rule has nothing to find.
    if (!legacySignals(a)) {
      const serious = () => (identifiable(a) ? SERIOUSNESS.identifiablePhotoAdverse : SERIOUSNESS.disrespectGeneral);
      const done = new Set<number>();
      reportComposed(a, report, done, serious);
      reportGroupFrames(a, report, done, () => scene(a), serious);
      return;
    }
    // Row 2 of the table is an identifiable patient with adverse comments (there, in a photo); a
    // named patient in a bed with the same comments is the same harm. Asked only when reporting.
    let seriousnessValue: number | undefined;
    const serious = () => (seriousnessValue ??= identifiable(a) ? SERIOUSNESS.identifiablePhotoAdverse : SERIOUSNESS.disrespectGeneral);
    // how clearly the post is set in clinical work, computed on first need
    let sceneValue: number | undefined;
    const sc = () => (sceneValue ??= scene(a));

    const slang = a.lexicon("clinical-slang");
    let tone: number | undefined;
    let slangMiss = 1;
    for (const x of slang) if (x.confidence >= 0.5) slangMiss *= 1 - 0.5 * x.confidence;
    for (const span of slang) {
      if (!a.isAsserted(span) || slangCriticised(a, span)) continue;
      // "frequent flyer miles", "departure lounge card": the phrase modifies a thing, not a person
      const next = a.wordsAfter(span.end, 1)[0];
      if (next && THING_AFTER.has(next.norm)) continue;
      // other slang in the post sets the scene too ("bed blockers ... crumblies")
      // (the noisy-or over all of them is taken once; this span's own term is divided out, so the
      // rule stays linear in the number of slang words)
      const own = span.confidence >= 0.5 ? 0.5 * span.confidence : 0;
      const others = 1 - slangMiss / (1 - own);
      // The list's confidence is mostly "is this the slang sense?" ("frequent flyer" is also airline
      // talk). A clinical scene or a patient in the sentence settles that, so context adds evidence
      // rather than only discounting it.
      let context = patientWeight(a, span, combine(sc(), others));
      // a label used as a noun for a person ("the gomer in 9 is...", "a row of FLKs") is the slang sense
      if (context < 0.8 && span.data?.category === "label" && LABEL_DETERMINERS.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "")) context = 0.8;
      const strength = context >= 1 ? 1 : context >= 0.9 ? 0.6 : 0;
      // a laugh or contempt elsewhere in the post says the label is meant as mockery (the same for
      // every slang word: read once)
      tone ??= combine(...a.lexicon("mockery", "laugh").slice(0, 2).map((x) => 0.5 * x.confidence), ...a.lexicon("mockery", "contempt").slice(0, 2).filter((x) => asserted(a, x)).map((x) => 0.5 * x.confidence));
      // "PFO. (Pissed, Fell Over.)": an acronym spelled out beside it means the slang sense, whatever else it can stand for;
      // one that is almost always clinical (PFO, patent foramen ovale) is slang only so, or with drink in the post
      const expanded = span.data?.category === "acronym" && spelledOut(a, span);
      if (span.data?.category === "acronym" && span.confidence < 0.1 && !expanded && a.lexicon("intoxication").length === 0) continue;
      const base = expanded ? Math.max(span.confidence, 0.8) : span.confidence;
      const confidence = combine(base * context, 0.6 * strength, tone) * (a.isQuoted(span) && !scareQuoted(a, span) ? 0.8 : 1);
      if (confidence < 0.4) continue;
      const severity = severityFor(confidence, "error", SURE, 0.45);
      report({
        messageId: confidence >= 0.65 ? "slang" : "slangMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        severity,
        confidence,
        seriousness: serious(),
        explanation: { detectors: ["lexicon:clinical-slang"], context: [{ word: "clinical scene", effect: Math.round(sc() * 100) / 100 }], notes: [`source: ${span.data?.source}`] },
      });
    }

    // Insults aimed at patients, or labels for people ("junkie", "time wasters") in a clinical scene.
    const reported = new Set<number>();
    const insults = a.lexicon("insults").filter((m) => asserted(a, m) && !selfDirected(a, m) && !noOneSaid(a, m));
    for (const span of insults) {
      const label = PEOPLE_LABELS.has(String(span.data?.category));
      // a label names the people itself; it is the colleague's only when said of one ("the reg is a junkie")
      if (atColleague(a, span) || (!label && colleagueOnly(a, span))) continue;
      const sentence = nearTokens(a, span);
      const direct = aboutPatient(a, span);
      if (!direct && !(sc() >= 0.3 && (label || sentence.some((t) => GENERIC_PEOPLE.has(t.norm))))) continue;
      const together = a.inSentence(span, insults).filter((x) => x !== span);
      const base = span.confidence * (direct || sc() >= 0.6 ? 1 : 0.9);
      const confidence = combine(base, ...together.map((x) => 0.5 * x.confidence));
      if (confidence < 0.45) continue;
      reported.add(span.start);
      report({
        messageId: "insult",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: severityFor(confidence, "error", SURE, 0.45),
        confidence,
        seriousness: serious(),
        explanation: { detectors: ["lexicon:insults"], context: [{ word: direct ? "patient referent" : "clinical scene", effect: direct ? 1 : Math.round(sc() * 100) / 100 }] },
      });
    }

    // Mockery without slang: contempt, stock name-calling, patients as entertainment, patients'
    // choices ridiculed, blame. A laugh alone never counts; it only adds to a marker.
    // a post whose insults are aimed at a colleague is about that colleague unless a marker names patients
    const atStaff = insults.some((m) => atColleague(a, m));
    // a sarcastic opener or a contemptuous remark confirmed by an ironic emoji is a clear frame
    const markers = [...a.lexicon("mockery", ...MARKERS).map((m) => ((m.data?.category === "sarcasm" || m.data?.category === "contempt") && m.confidence >= 0.4 && ironyNear(a, m) ? { ...m, confidence: Math.max(m.confidence, 0.7) } : m)), ...comparisonInsults(a), ...doubtQuotes(a).map((q) => (q.data?.people === true && ironyNear(a, q) ? { ...q, confidence: 0.7 } : q))].filter((m) => asserted(a, m) && (m.data?.people === true || !colleagueOnly(a, m)) && !aboutSelf(a, m) && countsHere(a, m) && (!atStaff || aboutPatient(a, m)));
    for (const m of serviceSimiles(a)) if (asserted(a, m)) markers.push(m);
    for (const m of quotedLabels(a)) if (asserted(a, m) && !colleagueOnly(a, m)) markers.push(m);
    // a patient's words quoted to be rolled at are reported speech by design: only negation or rejection drops them
    // (not a colleague's words: "our manager ringing in 'sick' 🙃" is respect/colleagues')
    for (const m of claimQuotes(a)) if (!a.isNegated(m) && !rejected(a, m) && !colleagueOnly(a, m)) markers.push(m);
    if (markers.length > 0) {
      const laughs = a.lexicon("mockery", "laugh");
      const swears = a.lexicon("profanity").filter((p) => p.data?.category !== "mild" && aimed(a, p) && asserted(a, p) && !colleagueOnly(a, p) && !atColleague(a, p));
      // a scare-quoted label for people or a quote attributed to a patient names its person itself,
      // and its ironic emoji or eye-roll confirms it; the person need not be named again
      const strong = markers.some((m) => (m.confidence >= 0.7 && personNear(a, m)) || (m.data?.people === true && m.confidence >= 0.6 && ironyNear(a, m) && a.teaching < 0.35));
      const weight = Math.max(Math.min(1, 0.45 + sc()), strong ? 0.85 : 0);
      const confidence =
        combine(...markers.map((m) => m.confidence), ...insults.filter((m) => !colleagueOnly(a, m) && !atColleague(a, m)).map((m) => 0.5 * m.confidence), ...swears.map((m) => 0.4 * m.confidence), ...laughs.slice(0, 2).map((m) => m.confidence)) * weight;
      const strongest = [...markers].sort((x, y) => y.confidence - x.confidence || x.start - y.start)[0]!;
      if (confidence >= 0.6 && (sc() >= 0.25 || strong) && !reported.has(strongest.start)) {
        reported.add(strongest.start);
        report({
          messageId: "mocking",
          range: [strongest.start, strongest.end],
          data: { term: strongest.text },
          severity: severityFor(confidence, "error", SURE, 0.6),
          confidence,
          seriousness: serious(),
          explanation: { detectors: ["lexicon:mockery", ...(insults.length ? ["lexicon:insults"] : [])], context: [{ word: "clinical scene", effect: Math.round(sc() * 100) / 100 }], notes: markers.map((m) => `${m.data?.category}: ${m.text}`) },
        });
      }
    }

    reportComposed(a, report, reported, serious);

    // A group of patients generalised over and judged ("every time we get a trans patient it's a
    // whole drama"): contempt for patients as well as discrimination. Patients: a patient word in the
    // group ("Muslim patients") or a clinical scene around it.
    for (const st of stereotypes(a)) {
      if (!asserted(a, st.group) || colleagueOnly(a, st.group) || reported.has(st.range[0])) continue;
      // "overseas nurses", "women surgeons": a group of staff, not of patients
      if (staffGroup(a, st.group)) continue;
      if (!(aboutPatient(a, st.group) || sc() >= 0.3 || PATIENT_GROUP.test(st.group.text) || careSentence(a, st.group.start))) continue;
      reported.add(st.range[0]);
      report({ messageId: "stereotype", range: st.range, data: { term: a.text.slice(st.range[0], st.range[1]) }, severity: severityFor(st.confidence, "error", SURE, 0.5), confidence: st.confidence, seriousness: serious(), explanation: { detectors: ["lexicon:groups", "stereotype shape"], context: [{ word: "clinical scene", effect: Math.round(sc() * 100) / 100 }] } });
    }

    reportGroupFrames(a, report, reported, sc, serious);

    // "Why do patients always...? 😅", "why do old people always fall at 3am? 🙄": patients, or a
    // class of them, as the butt of a generalisation, with a laugh.
    if (a.words.has("always") || a.words.has("never")) for (let i = 0; i < a.tokens.length; i++) {
      const q = a.tokens[i]!;
      if (q.kind !== "word" || (q.norm !== "always" && q.norm !== "never")) continue;
      // the people generalised over: a plural patient referent among the three words before
      const before = a.wordsBefore(q.start, 3);
      const who = before.find((w) => { const r = referentAt(a, a.tokenIndexAt(w.start)); return !!r && r.who === "patient" && !r.single; });
      if (!who) continue;
      const t = before.length > 1 && CLASS_OPENERS.has(before[before.indexOf(who) + 1]?.norm ?? "") ? before[before.indexOf(who) + 1]! : who;
      const after = a.wordsAfter(t.end, 3);
      if (!after.some((w) => w.norm === "always" || w.norm === "never")) continue;
      const laughs = a.lexicon("mockery", "laugh");
      // the laugh may sit just after the question mark, which ends the sentence ("...door? 😅")
      const next = sentenceAnchor(a, t.start, 1);
      const tail = a.inSentence(t, laughs).some((l) => l.start >= t.start) || (next !== undefined && a.inSentence(next, laughs).some((l) => l.start - next.start <= 8));
      if (!tail || !asserted(a, { type: "phrase", start: t.start, end: t.end, text: t.text, confidence: 1, detector: "tokens" })) continue;
      // "patients always ask for my snapchat": what they ask of the author is a boundary matter, not a jibe at them
      const ask = a.wordsAfter(q.end, 4);
      if (ask.some((w, k) => ASK.has(w.norm) && ask.slice(k + 1).some((x) => x.norm === "my" || x.norm === "me"))) continue;
      const end = a.wordsAfter(t.end, 2).at(-1)!.end;
      report({ messageId: "generalising", range: [t.start, end], data: { term: a.text.slice(t.start, end) }, severity: "warning", confidence: 0.5, seriousness: serious(), explanation: { detectors: ["patients + always/never", "lexicon:mockery"] } });
      break;
    }

    for (const span of a.lexicon("slurs")) {
      if (!asserted(a, span) || (quoted(a, span) && !scareQuoted(a, span)) || !(aboutPatient(a, span) || sc() >= 0.4) || span.confidence < 0.5) continue;
      report({ messageId: "slur", range: [span.start, span.end], data: { term: span.text }, severity: "error", confidence: span.confidence, seriousness: serious(), explanation: { detectors: ["lexicon:slurs"] } });
    }

    for (const span of a.lexicon("profanity")) {
      if (!asserted(a, span) || span.data?.category === "mild") continue;
      const next = a.wordsAfter(span.end, 2);
      if (next.some((t) => t.norm === "patient" || t.norm === "patients" || t.norm === "pt" || t.norm === "relatives")) {
        report({ messageId: "swearing", range: [span.start, next[next.length - 1]!.end], severity: "error", confidence: 0.8, seriousness: serious(), explanation: { detectors: ["lexicon:profanity"] } });
        continue;
      }
      // "Patients who open with 'I know my rights' are going to be c*cks about it": a plural swear noun
      // as the predicate of a sentence whose subject is patients (however far the copula)
      if (swornAtPatients(a, span)) {
        report({ messageId: "swearing", range: [span.start, span.end], severity: "error", confidence: 0.7, seriousness: serious(), explanation: { detectors: ["lexicon:profanity"], context: [{ word: "patients as the subject, the swear word as predicate", effect: 1 }] } });
        continue;
      }
      // "these people are sh*t": a swear word as the predicate of patients or the public at work
      if (sc() >= 0.3 && aimed(a, span) && nounUse(a, span) && !colleagueOnly(a, span) && !atColleague(a, span) && (aboutPatient(a, span) || nearTokens(a, span).some((t) => GENERIC_PEOPLE.has(t.norm)))) {
        report({ messageId: "swearing", range: [span.start, span.end], severity: "error", confidence: 0.75, seriousness: serious(), explanation: { detectors: ["lexicon:profanity"], context: [{ word: "people as subject", effect: 1 }] } });
      }
    }
  },
});
