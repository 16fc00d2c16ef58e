// conduct/sexual, the gaze composer. A sexualised remark about someone met through work is a shape,
// not a phrase: a PERSON AT WORK (a patient, "bed 3", "the new F1", "the rep", "his wife in the
// waiting room", "my 3pm", an @handle) is given a SEXUAL EVALUATION: a looks word said of them ("the
// fit fireman", "bed 3 is peng"), a noun for an attractive person ("a total smokeshow"), a rating
// ("solid 9/10", "a ten"), desire ("fancying the anaesthetist", "could get it", a bare "would"), a
// rated or leered-at body part ("those forearms 🥵"), or innuendo about care ("examining him extra
// thoroughly 😏", "volunteering for his bed bath 💦"). A leering emoji, a swoon ("couldn't
// concentrate"), pursuit ("got her number") or enjoyment adds to it; pursuit alone is a boundary
// matter for boundaries/patient-relationship.
// Each part is ordinary alone ("fit for discharge", "10/10 team", "fancy a coffee", "crushing chest
// pain", "my wife is gorgeous", "dating apps and STIs #MedEd"); the rule needs a specific person at
// work and an evaluation aimed at them. The evaluations are word classes of sexual.yaml (looker,
// desire, swoon, rating, leer...), so a post without one stops at a look at the lexicon's spans;
// the rest is one bounded pass over the sentences around them, with indexed look-ups.
import { PostCache, REPORTING_VERBS, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { childNamed, enjoyment, notAboutLooks } from "./sexual-cues";
import { nearTokens } from "./scope";

export type Target = "patient" | "colleague" | "person";
export interface Gaze { start: number; end: number; confidence: number; target: Target; cue: string; kind: string }
/** `weak`: a patient known only from a cue ("came in with"), not named: enough for desire or a mark, not for a looks word. */
interface Ref { start: number; end: number; target: Target; sentence: number; weak?: boolean }

/** Patients, named as clinicians do. The plural needs a determiner ("the patients in bay 2"). */
const PATIENT = new Set(["patient", "patients", "pt", "pts", "admission", "attender", "customer", "client", "clients"]);
/** Colleagues and other people met through work. "sister", "partner", "fellow" are left out: they are family and friends as often. */
const STAFF = new Set([
  "f1", "f2", "fy1", "fy2", "sho", "shos", "spr", "sprs", "reg", "regs", "registrar", "registrars", "consultant", "consultants", "locum", "locums", "anaesthetist", "anaesthetists",
  "surgeon", "surgeons", "physio", "physios", "physiotherapist", "paramedic", "paramedics", "paramdeic", "nurse", "nurses", "midwife", "midwives", "hca", "hcas", "porter", "porters",
  "radiographer", "radiographers", "pharmacist", "pharmacists", "doctor", "doctors", "doc", "docs", "gp", "gps", "houseman", "intern", "interns", "resident", "residents", "rep", "reps",
  "student", "students", "medic", "medics", "trainee", "trainees", "matron", "odp", "odps", "receptionist", "receptionists", "colleague", "colleagues", "boss", "supervisor", "manager",
  "cardiologist", "radiologist", "dentist", "sonographer", "dietitian", "sho's", "reg's", "anaesthetics", "ortho", "ctr", "ct1", "ct2", "st1", "st2", "st3", "st4", "st5", "st6",
]);
/** The author as the wearer ("my scrubs", "I'd wear", "I'm in"). */
const AUTHOR_WEARS = new Set(["my", "i", "i'd", "i'm", "im", "i'll", "our", "we"]);
/** Procedures clinicians name a patient by ("the knee scope", "the lap chole", "the hernia in bay 2"). */
const CASE_NAMES = new Set(["scope", "chole", "hernia", "appendix", "appendicectomy", "arthroscopy", "colonoscopy", "endoscopy", "gastroscopy", "bronchoscopy", "hysterectomy", "vasectomy", "circumcision", "lipoma", "cyst", "tonsillectomy", "septoplasty", "rhinoplasty", "ingrown", "smear", "botox"]);
/** What follows a case name when it stands for the person ("turned out to be", "was", "is"). */
const BECOMES = new Set(["turned", "was", "is", "looked", "looks", "had", "has"]);
const WHEN_WORDS = new Set(["this", "morning", "afternoon", "today", "tonight", "yesterday", "earlier"]);
/** The case name is the subject of what follows: "the knee scope turned out...", "the vasectomy this morning was...". */
function becomes(t: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < t.length && j <= i + 3 && t[j]!.sentence === t[i]!.sentence; j++) {
    if (BECOMES.has(t[j]!.norm)) return true;
    if (!WHEN_WORDS.has(t[j]!.norm)) return false;
  }
  return false;
}
/** People in general: a patient or a colleague according to where the post is. */
const PEOPLE = new Set(["lad", "lads", "guy", "guys", "man", "woman", "bloke", "blokes", "lady", "ladies", "gent", "gents", "gentleman", "fella", "fellas", "fellow", "chap", "dude", "geezer", "one", "firefighter", "fireman", "officer", "copper", "soldier", "player", "builder"]);
/** Nouns for people by what they do ("gym instructor", "physiotherapist", "technician"), read after a mark. */
const AGENT = /^[a-z]{3,}(?:or|ist|ian)s?$/;
/** Someone close to a patient (GMP 53) unless the author's own ("my wife"). */
const RELATIVES = new Set(["dad", "dads", "daddy", "daddies", "mum", "mums", "mom", "moms", "mummy", "mummies", "mother", "father", "husband", "husbands", "wife", "wives", "son", "daughter", "brother", "boyfriend", "girlfriend", "partner", "fiance", "fiancee", "relative", "relatives", "visitor", "visitors", "escort"]);
/** The author's own partner: evaluating them is private life. */
const PARTNER = new Set(["wife", "husband", "partner", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee", "hubby", "wifey", "missus", "spouse", "other"]);
/** Children, babies, animals and scenery: "gorgeous baby", "stunning view". */
const NOT_SEXUAL = new Set(["baby", "babies", "newborn", "newborns", "child", "children", "kid", "kids", "toddler", "toddlers", "boy", "boys", "girl", "girls", "infant", "puppy", "dog", "cat", "view", "views", "sunset", "sunrise", "weather", "day", "bride", "groom", "wedding"]);
const DETERMINER = new Set(["the", "this", "that", "a", "an", "our", "his", "her", "their", "new", "your", "my", "these", "those", "one", "that's"]);
const OWN = new Set(["my", "our"]);
/** Words after a noun that locate a person at work ("in bay 4", "on my list", "from the gym"). */
const LOCATOR = new Set(["in", "on", "from", "at"]);
/** Where the post is: work words that make "the lad" or "his wife" someone met through work. */
const WORK = new Set([
  "ward", "wards", "shift", "shifts", "clinic", "clinics", "theatre", "theatres", "resus", "majors", "minors", "a&e", "ed", "cubicle", "bay", "bed", "list", "rota", "nights", "night",
  "placement", "triage", "surgery", "obs", "bloods", "history", "exam", "examining", "examined", "suturing", "sutured", "stitched", "discharge", "discharged", "admitted", "waiting",
  "department", "dept", "icu", "itu", "hdu", "amu", "sau", "ccu", "paeds", "gp", "practice", "hospital", "oncall", "on-call", "handover", "scrubs", "work", "patient", "patients", "pr", "firm", "consultation", "consult",
]);
/** Hashtags that place a post at work (#nurselife, #juniordoctor, #NHS, #medtwitter). */
const WORK_TAG = /nurse|doctor|medic|nhs|junior|hospital|ward|shift|scrub|surg|theatre|clinic|paramedic|midwi|med(?:twitter|life|student)|residen/i;
/** Words between a copula and a looks word: "is SO fit", "is an absolute smokeshow". */
const FILLER = new Set(["so", "very", "really", "honestly", "absolutely", "proper", "well", "super", "seriously", "actually", "ridiculously", "stupidly", "insanely", "hella", "unreal", "lowkey", "highkey", "kinda", "quite", "just", "a", "an", "absolute", "total", "complete", "such", "fully", "literally", "genuinely", "even", "way", "sooo", "soooo", "sooooo", "defo", "definitely", "the", "most"]);
const COPULA = new Set(["is", "was", "are", "were", "be", "being", "looks", "look", "looked", "looking", "seems", "seemed", "get", "gets", "getting", "'s", "s"]);
/** Pronouns that point back to a person named in the sentence before. */
const POINTER = new Set(["he", "she", "him", "her", "his", "they", "them", "he's", "she's", "hes", "shes", "they're"]);
const POINTER_BE = new Set(["he's", "she's", "hes", "shes", "they're", "theyre"]);
/** What a rating is of when it is not a person ("10/10 team", "her pain 10/10"). */
const RATED_THING = new Set(["pain", "score", "scored", "scores", "team", "teaching", "job", "effort", "shift", "care", "service", "food", "coffee", "summaries", "summary", "notes", "handover", "recommend", "experience", "film", "book", "day", "week", "severity", "nausea", "itch", "anxiety", "stress", "mood", "vas"]);
/** Words after a bare "would" that close it ("Would. No further questions", "would tbh"). */
const WOULD_CLOSE = new Set(["tbh", "ngl", "fr", "honestly", "lol", "lmao", "x", "though", "tho", "too", "again", "100", "definitely", "defo", "absolutely"]);
const WOULD_OPEN = new Set(["i", "honestly", "tbh", "ngl", "yeah", "oh", "absolutely", "def", "definitely", "yes", "and", "lol", "still"]);
/** What is examined with too much care ("examine him extra thoroughly"). */
const EXAM = new Set(["exam", "exams", "examine", "examined", "examining", "examination", "check", "checked", "checking", "assess", "assessed", "assessing", "obs", "look", "history", "review", "reviewed"]);
/** Care volunteered for with a leer ("happy to do his bed bath 💦"); the markers themselves are listed (gaze-shape). */
const CARE_TASK = new Set(["obs", "bath", "bed", "wash", "exam", "examination", "catheter", "ecg", "bloods", "cannula", "dressing", "sponge", "massage", "rub", "shave", "obs", "chest", "strip"]);
/** Suggestive emoji; the second set adds a little (wink, heart eyes, fire, eyes, flushed, see-no-evil). */
const LEER = new Set(["\u{1F975}", "\u{1F60F}", "\u{1F346}", "\u{1F351}", "\u{1F4A6}", "\u{1F924}", "\u{1F445}", "\u{1F608}", "\u{1F48B}", "\u{1FAE6}", "\u{1F618}"]);
const GLANCE = new Set(["\u{1F609}", "\u{1F60D}", "\u{1F525}", "\u{1F440}", "\u{1F633}", "\u{1F648}", "\u{1F970}", "\u{1F63B}", "\u{1F60B}", "\u{1F92D}", "\u{1F629}", "\u{1F62E}\u200D\u{1F4A8}"]);
/** Evaluative words that rate a body part: "tightest glutes", "nice forearms". */
const EVALUATIVE = new Set(["best", "nice", "nicest", "great", "greatest", "amazing", "perfect", "peachy", "lovely", "cracking", "incredible", "fit", "hot", "hottest", "sexy", "tight", "tightest", "biggest", "firm", "massive", "huge", "sculpted", "chiselled", "chiseled", "insane", "unreal"]);
/** Objectifying entries that are looks adjectives, read like the attraction class here. */
const LOOKS_WORD = new Set(["sexy", "thicc", "slutty"]);
const POSSESSIVE = new Set(["his", "her", "their", "those", "that", "them", "dem"]);

const cache = new PostCache<Gaze[]>();
/** Lexicon categories the composer reads (objectifying only for its looks adjectives, LOOKS_WORD). */
const GAZE_CATEGORIES = new Set(["attraction", "looker", "desire", "swoon", "body-part", "contact", "objectifying", "gaze-shape", "rating", "clothing", "flirt", "leer"]);
/** Categories that count only with a leering emoji somewhere in the post (checked first, cheaply). */
const NEEDS_LEER = new Set(["swoon", "clothing", "contact", "body-part", "gaze-shape"]);
/** Emoji of attraction (heart eyes, kiss, hot face, smirk, drool, biting lip): they make pursuit sexual interest. */
const ATTRACTED = new Set(["\u{1F60D}", "\u{1F970}", "\u{1F618}", "\u{1F975}", "\u{1F60F}", "\u{1F924}", "\u{1F48B}", "\u{1F63B}", "\u{1FAE6}"]);

const bare = (t: Token) => (t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm.endsWith("s'") ? t.norm.slice(0, -1) : t.norm);
const isWordLike = (t: Token | undefined) => !!t && (t.kind === "word" || t.kind === "number");

/** Everyone the post mentions who could be a patient or a colleague, in text order. */
function referents(a: Analysis, work: boolean, around: ReadonlySet<number>): { refs: Ref[]; home: Set<number>; kids: Set<number> } {
  const t = a.tokens;
  const refs: Ref[] = [];
  const home = new Set<number>();
  const kids = new Set<number>();
  const patientHere = new Set<number>();
  for (const s of a.of("ward-bed")) if (s.data?.kind !== "ward") { refs.push({ start: s.start, end: s.end, target: "patient", sentence: a.sentenceOf(s.start) }); patientHere.add(a.sentenceOf(s.start)); }
  for (const s of a.of("clinical-setting")) patientHere.add(a.sentenceOf(s.start));
  for (const s of a.of("patient-cue")) {
    if (s.confidence < 0.3) continue;
    patientHere.add(a.sentenceOf(s.start));
    // "came in with a broken hand", "brought in": the patient the sentence describes
    if (s.confidence >= 0.4) refs.push({ start: s.start, end: s.end, target: "patient", sentence: a.sentenceOf(s.start), weak: true });
  }
  let patientPostValue: boolean | undefined;
  const patientPost = () => (patientPostValue ??= a.patientContext >= 0.5);
  for (const s of a.of("occupation")) {
    const k = a.tokenIndexAt(s.start);
    if (hasDeterminer(t, k)) refs.push({ start: s.start, end: s.end, target: patientHere.has(a.sentenceOf(s.start)) || patientPost() ? "patient" : "person", sentence: a.sentenceOf(s.start) });
  }
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (!around.has(w.sentence)) continue;
    if (w.kind === "mention") { refs.push({ start: w.start, end: w.end, target: "colleague", sentence: w.sentence }); continue; }
    // "my 3pm", "my 10 o'clock": a clinic slot
    if (w.kind === "number" && t[i - 1]?.norm === "my" && (/^\d{1,2}[.:]\d{2}$/.test(w.text) || t[i + 1]?.norm === "pm" || t[i + 1]?.norm === "am")) {
      const end = t[i + 1]?.norm === "pm" || t[i + 1]?.norm === "am" ? t[i + 1]!.end : w.end;
      refs.push({ start: t[i - 1]!.start, end, target: "patient", sentence: w.sentence });
      continue;
    }
    if (w.kind !== "word") continue;
    const n = bare(w);
    if (NOT_SEXUAL.has(n)) { kids.add(w.sentence); continue; }
    const det = determinerBefore(t, i);
    if (PARTNER.has(n) && det !== undefined && OWN.has(det)) { home.add(w.sentence); continue; }
    const plural = n.endsWith("s") && n !== "pts" && !n.endsWith("ss");
    const located = LOCATOR.has(t[i + 1]?.norm ?? "") && t[i + 1]!.sentence === w.sentence;
    const opens = w.sentenceStart || (i > 0 && t[i - 1]!.sentenceStart && t[i - 1]!.kind === "word" && t[i - 1]!.sentence === w.sentence);
    const specific = det !== undefined || located || (!plural && opens) || w.norm.endsWith("'s");
    if (!specific) continue;
    let target: Target | undefined;
    if (PATIENT.has(n)) target = plural && det === undefined ? undefined : "patient";
    else if (STAFF.has(n)) target = "colleague";
    // "our ward sister", "the junior sister": a nursing grade, not family
    else if (n === "sister" && (t[i - 1]?.norm === "ward" || t[i - 1]?.norm === "junior" || t[i - 1]?.norm === "senior" || t[i - 1]?.norm === "theatre")) target = "colleague";
    else if (RELATIVES.has(n)) target = work || patientPost() ? "patient" : "person";
    // "the knee scope turned out to be...", "my 2 o'clock hernia was...": a case named by its procedure is the patient
    else if (CASE_NAMES.has(n) && det !== undefined && !plural && becomes(t, i)) target = "patient";
    else if (PEOPLE.has(n)) {
      // "the one in bay 4", "the cute one": "one" is a person only when located or described
      if (n === "one" && !(located || det === "the" || det === "that")) continue;
      target = patientHere.has(w.sentence) || patientPost() ? "patient" : "person";
    }
    if (target) refs.push({ start: det !== undefined ? w.start : w.start, end: w.end, target, sentence: w.sentence });
  }
  refs.sort((x, y) => x.start - y.start);
  return { refs, home, kids };
}

function determinerBefore(t: readonly Token[], i: number): string | undefined {
  // three words back; a hyphen inside a compound modifier ("a semi-pro rugby player") is not a word
  for (let j = i - 1, words = 0; j >= 0 && words < 3 && t[j]!.sentence === t[i]!.sentence; j--) {
    const n = t[j]!.norm;
    if (DETERMINER.has(n) || n.endsWith("'s")) return n;
    if (t[j]!.kind === "punct" && t[j]!.text === "-" && t[j - 1]?.end === t[j]!.start && t[j + 1]?.start === t[j]!.end) { words--; continue; }
    if (t[j]!.kind !== "word") return undefined;
    words++;
  }
  return undefined;
}

function hasDeterminer(t: readonly Token[], i: number): boolean {
  return i < t.length && determinerBefore(t, i) !== undefined;
}

/** Signals in the sentence of `at` or the next: 0.35 for a leering emoji, 0.15 for a glance or a typed wink. */
function emojiNear(bySentence: Map<number, number>, sentence: number): number {
  return Math.max(bySentence.get(sentence) ?? 0, 0.8 * (bySentence.get(sentence + 1) ?? 0));
}

/** Refs by the start of each token they cover, and by sentence (built once per list: look-ups stay O(1)). */
interface RefIndex { byToken: Map<number, Ref>; bySentence: Map<number, Ref[]> }
const refIndexes = new WeakMap<readonly Ref[], RefIndex>();
function indexRefs(refs: readonly Ref[], t: readonly Token[]): RefIndex {
  let idx = refIndexes.get(refs);
  if (idx) return idx;
  idx = { byToken: new Map(), bySentence: new Map() };
  for (const r of refs) {
    if (r.weak) continue;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid]!.end <= r.start) lo = mid + 1; else hi = mid; }
    // a patient or a colleague wins over a mere person on the same words ("a consultant": a job and a colleague)
    for (let k = lo; k < t.length && t[k]!.start < r.end; k++) {
      const held = idx.byToken.get(t[k]!.start);
      if (!held || (held.target === "person" && r.target !== "person")) idx.byToken.set(t[k]!.start, r);
    }
    const list = idx.bySentence.get(r.sentence);
    if (list) list.push(r);
    else idx.bySentence.set(r.sentence, [r]);
  }
  refIndexes.set(refs, idx);
  return idx;
}

/** The (named, not cue-only) ref covering token `tok`. */
function refAt(refs: readonly Ref[], tok: Token | undefined): Ref | undefined {
  if (!tok) return undefined;
  // the index is built by compose() as soon as the refs are known
  const r = refIndexes.get(refs)?.byToken.get(tok.start);
  return r && r.sentence === tok.sentence && r.start <= tok.start && tok.end <= r.end ? r : undefined;
}

/** Gazes in text order; linear in tokens (each look-around is bounded). */
export function gazes(a: Analysis): readonly Gaze[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  // Nothing to compose without an evaluation: a listed looks, desire, swoon or body word, or a
  // shape (a rating, a bare "would", care innuendo). Checked before any person is looked for, and
  // before anything is allocated: most posts stop here.
  const all = a.lexicon("sexual");
  if (all.length === 0) return NO_GAZES;
  const t = a.tokens;
  let listed = false;
  let shapes: Set<number> | undefined;
  let leers: Set<number> | undefined;
  // a leering emoji anywhere (listed as leer or leer-soft): swoons, garments, pursuit, care
  // innuendo and unrated body parts count only with one
  let leerSeenAny = false;
  for (const x of all) { const c = x.data?.category; if (c === "leer" || c === "leer-soft") { leerSeenAny = true; break; } }
  for (const x of all) {
    const cat = String(x.data?.category);
    if (!GAZE_CATEGORIES.has(cat)) continue;
    const markerTerm = cat === "gaze-shape" ? String(x.data?.term) : "";
    const needsLeer = NEEDS_LEER.has(cat) && !(cat === "gaze-shape" && (markerTerm === "would." || markerTerm === "10/10"));
    if (needsLeer && !leerSeenAny && !((cat === "clothing" || cat === "swoon") && wornAndSwooned(a, all)) && !(cat === "body-part" && (a.wordsBefore(x.start, 2).some((w) => EVALUATIVE.has(w.norm)) || exclaimed(a, x) || superlativePart(x) || partSwooned(a, all, x))) && !(cat === "clothing" && a.hasAnyWord(["look", "looks", "looking", "looked"]) && looksIn(a, a.tokenIndexAt(x.start)))) continue;
    if (cat === "attraction" || cat === "looker") {
      // "hot weather", "fit for discharge", "pretty sure": not a looks word here
      if (notAboutLooks(a, x.end)) continue;
    }
    if (cat === "leer") {
      // two leering emoji in one sentence ("the new reg 🤤🍑")
      const s = a.sentenceOf(x.start);
      if (leers?.has(s)) listed = true;
      else (leers ??= new Set()).add(s);
      continue;
    }
    if (cat !== "gaze-shape") { listed = true; continue; }
    const term = String(x.data?.term);
    const i = a.tokenIndexAt(x.start);
    const w = t[i]!;
    // a mark ("9/10") or a bare "would": only where its shape holds; a care marker only beside care
    let e = i;
    while (e + 1 < t.length && t[e + 1]!.end <= x.end) e++;
    if (term === "would." ? bareWould(t, i) : term === "10/10" ? !!rating(t, i) || highMark(w) : term === "thoroughly" ? !!nearWord(t, i, 5, EXAM) : !!nearWord(t, e, 6, CARE_TASK, true)) {
      if (term === "would." || term === "10/10") (shapes ??= new Set()).add(w.sentence);
      else listed = true;
    }
  }
  if (!listed && !shapes) return NO_GAZES;
  cache.set(a, out);
  return compose(a, all, shapes, out);
}
const NO_GAZES: readonly Gaze[] = Object.freeze([]);

/** The composer proper, for the few posts that pass the gate. */
function compose(a: Analysis, all: readonly Span[], shapeSentences: ReadonlySet<number> | undefined, out: Gaze[]): Gaze[] {
  const t = a.tokens;
  const shapes = shapeSentences !== undefined;
  // the leer of each sentence, read only when a candidate needs it
  let emojiMap: Map<number, number> | undefined;
  let work = false;
  const emojiOf = (): Map<number, number> => {
    if (emojiMap) return emojiMap;
    emojiMap = new Map();
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind === "punct") {
        const v = LEER.has(w.text) ? 0.35 : GLANCE.has(w.text) || (w.text === ";" && t[i + 1]?.text === ")" && t[i + 1]!.start === w.end) ? 0.15 : 0;
        if (v > (emojiMap.get(w.sentence) ?? 0)) emojiMap.set(w.sentence, v);
      } else if (!work && w.kind === "word" && WORK.has(w.norm)) work = true;
    }
    return emojiMap;
  };
  const leerAnywhere = () => { for (const v of emojiOf().values()) if (v >= 0.35) return true; return false; };
  let attracted: boolean | undefined;
  const attractedAnywhere = () => (attracted ??= t.some((w) => w.kind === "punct" && ATTRACTED.has(w.text)));
  // plausible evaluations, by cheap local checks, before any person is looked for
  const lex: Span[] = [];
  const leerSeen = new Set<number>();
  // leering emoji, in text order, and how many each sentence has (one pass)
  const leerList: Span[] = [];
  const leerCount = new Map<number, number>();
  const leerAt = new Map<Span, number>();
  for (const x of all) if (x.data?.category === "leer") { leerAt.set(x, leerList.length); leerList.push(x); const s = a.sentenceOf(x.start); leerCount.set(s, (leerCount.get(s) ?? 0) + 1); }
  for (const x of all) {
    const cat = String(x.data?.category);
    if (!GAZE_CATEGORIES.has(cat)) continue;
    const term = String(x.data?.term ?? "");
    if (cat === "objectifying" && !LOOKS_WORD.has(term)) continue;
    const next = a.tokens[a.tokenIndexAt(x.end)];
    if ((cat === "attraction" || cat === "looker" || cat === "objectifying") && notAboutLooks(a, x.end)) continue;
    // "a gorgeous wee fella, 4, fearless": looks words about a child are praise
    if ((cat === "attraction" || cat === "looker") && childNamed(nearTokens(a, x))) continue;
    if (cat === "leer") {
      // the first of two or more leering emoji in its sentence stands for the run
      const s = a.sentenceOf(x.start);
      if (leerSeen.has(s) || (leerCount.get(s) ?? 0) < 2) continue;
      leerSeen.add(s);
      lex.push(x);
      continue;
    }
    if (cat === "gaze-shape") {
      if (term === "would." || term === "10/10") continue; // read from their positions below
      // a marker counts only next to an examination or a care task, then only with a leer
      const i = a.tokenIndexAt(x.start);
      let e = i;
      while (e + 1 < t.length && t[e + 1]!.end <= x.end) e++;
      if (!(term === "thoroughly" ? nearWord(t, i, 5, EXAM) : nearWord(t, e, 6, CARE_TASK, true))) continue;
    }
    if ((cat === "swoon" || cat === "gaze-shape" || cat === "clothing") && !leerAnywhere() && !((cat === "clothing" || cat === "swoon") && wornAndSwooned(a, all)) && !(cat === "clothing" && a.hasAnyWord(["look", "looks", "looking", "looked"]) && looksIn(a, a.tokenIndexAt(x.start)))) continue;
    // "bends over backwards for every patient": the idiom of effort
    if (cat === "swoon" && /^ben[dt]/i.test(x.text) && next?.norm === "backwards") continue;
    // "turned out to be a fitness model": a job, a looks word only with a leer or the job's "perks"
    if (cat === "looker" && /model$/i.test(x.text) && !leerAnywhere() && !perksNear(a, x)) continue;
    if (cat === "contact" && !attractedAnywhere()) continue;
    if (cat === "body-part" && !a.wordsBefore(x.start, 2).some((w) => EVALUATIVE.has(w.norm)) && !exclaimed(a, x) && !leerAnywhere() && !superlativePart(x) && !partSwooned(a, all, x)) continue;
    // "the nicest back I've ever seen 🥵": a superlative on a plain body part is a looks remark only as one
    if (cat === "body-part" && superlativePart(x) && !(everSeen(a, x) && attractedAnywhere())) continue;
    lex.push(x);
  }
  if (lex.length === 0 && !shapes) return out;
  const emoji = emojiOf();
  if (!work) work = a.has("ward-bed") || a.has("clinical-setting") || a.has("patient-cue") || t.some((w) => w.kind === "hashtag" && WORK_TAG.test(w.text)) || a.patientContext >= 0.35;
  // people are looked for only around the evaluations (their sentence and two either side)
  const around = new Set<number>();
  const mark = (s: number) => { for (let d = -2; d <= 1; d++) around.add(s + d); };
  for (const x of lex) mark(a.sentenceOf(x.start));
  if (shapeSentences) for (const s of shapeSentences) mark(s);
  const found0 = referents(a, work, around);
  // people not placed at work by the post are nobody's business here
  const refs = work ? found0.refs : found0.refs.filter((r) => r.target !== "person");
  indexRefs(refs, t);
  const { home, kids } = found0;
  // "the cutie in bay 1", "an Adonis this morning": a looker noun is itself the person (lookerRef)
  const lookerAlone = work && lex.some((x) => x.data?.category === "looker" && lookerDeterminer(t, a.tokenIndexAt(x.start)) !== undefined);
  if (refs.length === 0 && !shapes && !lookerAlone) return out;
  const bySentence = new Map<number, Ref[]>();
  for (const r of refs) {
    if (r.target === "person" && !work) continue;
    const list = bySentence.get(r.sentence);
    if (list) list.push(r);
    else bySentence.set(r.sentence, [r]);
  }
  if (bySentence.size === 0 && !shapes && !lookerAlone) return out;
  const swoon = new Set<number>();
  for (const s of all) if (s.data?.category === "swoon" && (!a.isNegated(s) || /couldn|could not/i.test(s.text))) swoon.add(a.sentenceOf(s.start));
  const teaching = a.teaching >= 0.5;

  /** The person an evaluation in sentence `s` is about: one in the sentence, or carried from the one before. */
  const refFor = (s: number, at: number, pointer: boolean): Ref | undefined => {
    const here = bySentence.get(s);
    if (here && here.length) {
      // nearest by distance to the evaluation (the list is in text order: a binary search, then the two neighbours)
      let lo = 0;
      let hi = here.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (here[mid]!.start < at) lo = mid + 1; else hi = mid; }
      const after = here[lo];
      const before = here[lo - 1];
      if (!before) return after;
      if (!after) return before;
      return Math.abs(after.start - at) < Math.abs(before.start - at) ? after : before;
    }
    if (!pointer) return undefined;
    const before = bySentence.get(s - 1) ?? bySentence.get(s - 2);
    return before && before.length ? before[before.length - 1] : undefined;
  };
  const shortOrPointing = (s: number, first: number): boolean => {
    let words = 0;
    let pointing = false;
    for (let k = first; k < t.length && t[k]!.sentence === s && words < 12; k++) if (t[k]!.kind === "word") { words++; if (POINTER.has(t[k]!.norm)) pointing = true; }
    for (let k = first - 1; k >= 0 && t[k]!.sentence === s && words < 12; k--) if (t[k]!.kind === "word") { words++; if (POINTER.has(t[k]!.norm)) pointing = true; }
    return pointing || words <= 5;
  };

  const found: { start: number; end: number; strength: number; ref: Ref; kind: string; mild: boolean }[] = [];
  const push = (start: number, end: number, strength: number, ref: Ref | undefined, kind: string, mild = false) => {
    if (ref) found.push({ start, end, strength, ref, kind, mild });
  };

  const contact = new Set<number>();
  // 1. lexicon classes
  for (const span of lex) {
    const cat = String(span.data?.category ?? "");
    if (cat === "gaze-shape") continue;
    const k = a.tokenIndexAt(span.start);
    const s = t[k]?.sentence ?? 0;
    if (home.has(s) && !bySentence.get(s)?.some((r) => r.target !== "person")) continue;
    if (cat === "attraction" || cat === "looker" || LOOKS_WORD.has(String(span.data?.term ?? ""))) {
      const ref = describes(a, span, k, refs, cat === "looker") ?? (cat === "looker" ? lookerRef(a, span, k, bySentence, work) : undefined);
      if (!ref || kids.has(s)) continue;
      // "sexy" is low in the list (marketing, "sexy new guideline"); said of a person it is not mild
      // "FIT fit", "hot hot": the looks word said twice, once shouted, is the emphatic sense
      const doubled = t[k - 1]?.norm === t[k]!.norm && t[k - 1]!.text !== t[k]!.text && t[k - 1]!.sentence === s && !a.sentenceTokens(span.start).some((w) => FITNESS.has(w.norm));
      const strength = LOOKS_WORD.has(String(span.data?.term ?? "")) || doubled ? Math.max(span.confidence, 0.55) : span.confidence;
      push(span.start, span.end, strength, ref, cat, strength < 0.5);
    } else if (cat === "desire") {
      // "He ... flirted with every nurse": someone else's desire, not the author's gaze
      if (needsObject(span) && someoneElse(t, k)) continue;
      const dterm = String(span.data?.term ?? "");
      // "my type of doctor", "my type of shift": a kind, not a crush
      if (dterm === "my type" && t[k + 2]?.norm === "of") continue;
      // "Fancy the new F1 joining us for lunch?": an invitation; the author's fancy needs its subject
      if (dterm === "fancy" && t[k]!.norm === "fancy" && !FANCY_SUBJECT.has(t[k - 1]?.norm ?? "")) continue;
      const ref = desireObject(a, span, k, refs) ?? (needsObject(span) ? undefined : refFor(s, span.start, shortOrPointing(s, k)));
      push(span.start, span.end, span.confidence, ref, cat);
    } else if (cat === "rating") {
      let e = k;
      while (e + 1 < t.length && t[e + 1]!.end <= span.end) e++;
      // a mark alone is as often praise ("our F1 is an absolute 10, covered three shifts"): mild
      if (closes(t, e)) push(span.start, span.end, span.confidence, refFor(s, span.start, shortOrPointing(s, k)), "rating", true);
    } else if (cat === "leer") {
      // "the new reg 🤤🍑", "Bed 4 👅💦": leering emoji straight after a person at work
      const prev = t[k - 1];
      const ref = prev && prev.sentence === s ? (refAt(refs, prev) ?? refAt(refs, t[k - 2]) ?? refAt(refs, t[k - 3])) : undefined;
      // the whole run of emoji (spaces between them allowed)
      let end = span.end;
      for (let j = (leerAt.get(span) ?? leerList.length) + 1; j < leerList.length && leerList[j]!.start - end <= 1; j++) end = leerList[j]!.end;
      if (ref) push(span.start, end, 0.4, ref, "leer");
    } else if (cat === "swoon") {
      // "weak at the knees when the HEMS paramedics walk in 🥵": a swoon counts as the evaluation with a leer
      push(span.start, span.end, 0.3, refFor(s, span.start, shortOrPointing(s, k)), "innuendo");
    } else if (cat === "contact") {
      // asking for a number or a date is a boundary matter (boundaries/patient-relationship); it adds
      // to a looks remark in the same sentence or the next, and is itself sexual interest only with
      // an emoji of attraction ("swiped right on a girl... she turned up for her smear 😍")
      contact.add(s);
      push(span.start, span.end, span.confidence, refFor(s, span.start, true), "pursuit", true);
    } else if (cat === "clothing") {
      // the author's own clothes ("I'd wear a swimsuit under my scrubs 🥵") are no one's gaze
      if (a.wordsBefore(span.start, 3).some((w) => AUTHOR_WEARS.has(w.norm))) continue;
      // "anaesthetists whose scrubs are two sizes too small 👀🍑": what they wear, leered at
      if ((emoji.get(s) ?? 0) >= 0.35 || (emoji.get(s + 1) ?? 0) >= 0.35) push(span.start, span.end, 0.35, refFor(s, span.start, false), "innuendo");
      // "the ward sister in those tight scrubs... somebody hose me down": what they wear, swooned over
      else if (swoon.has(s) || swoon.has(s + 1)) push(span.start, span.end, 0.45, refFor(s, span.start, false), "rated looks");
      // "the new reg looks hot in theatre scrubs", "ranking the SHOs by how good they look in uniform":
      // how someone looks in what they wear at work, rated
      else {
        const looks = looksIn(a, k);
        if (looks) push(looks.start, span.end, looks.strong ? 0.55 : 0.45, refFor(s, span.start, false), "rated looks", !looks.strong);
      }
    } else if (cat === "flirt") {
      // "wouldn't mind her checking my reflexes": desire with a person as object; the other flirting
      // cues ("slid into her DMs", "shooting my shot") add to a looks remark nearby, like pursuit
      if (span.data?.term === "wouldn't mind") push(span.start, span.end, 0.45, desireObject(a, span, k, refs), "desire");
      else contact.add(s);
    } else if (cat === "body-part") {
      const ev = a.wordsBefore(span.start, 2).find((w) => EVALUATIVE.has(w.norm));
      const owner = a.wordsBefore(span.start, 2).some((w) => POSSESSIVE.has(w.norm)) || (t[k + 1]?.norm === "on" && POINTER.has(t[k + 2]?.norm ?? ""));
      const leer = (emoji.get(s) ?? 0) >= 0.35 || (emoji.get(s + 1) ?? 0) >= 0.35;
      if (ev) push(ev.start, span.end, 0.55, refFor(s, span.start, true), "rated body part");
      // "the nicest back I've ever seen": the superlative is in the phrase (checked in the filter above)
      else if (superlativePart(span)) push(span.start, span.end, 0.55, refFor(s, span.start, true), "rated body part");
      // "Those forearms. 😍", "those shoulders though 🔥": the body part exclaimed over is itself the rating, with an emoji of attraction
      else if (exclaimed(a, span) && (emojiNear(emoji, s) > 0 || attractedAnywhere())) push(a.wordsBefore(span.start, 1)[0]!.start, span.end, 0.5, refFor(s, span.start, true), "rated body part");
      else if (leer && (owner || refFor(s, span.start, false))) push(span.start, span.end, 0.45, refFor(s, span.start, true), "leered body part");
      // "the new reg has forearms that should be illegal": a body part swooned over in its sentence, said of a person
      else if (partSwooned(a, all, span) && (owner || refFor(s, span.start, false))) push(span.start, span.end, 0.45, refFor(s, span.start, true), "swooned body part");
    }
  }
  // 2. token shapes: ratings and a bare "would" (when the gate saw one), care innuendo at its marker
  if (shapes) {
    for (const m of all) {
      const term = m.data?.category === "gaze-shape" ? String(m.data?.term) : "";
      if (term !== "would." && term !== "10/10") continue;
      const i = a.tokenIndexAt(m.start);
      const w = t[i]!;
      const s = w.sentence;
      if (!bySentence.has(s) && !bySentence.has(s - 1) && !(w.kind === "number" && highMark(w))) continue;
      if (w.kind === "number") {
        const rated = rating(t, i);
        const rater = rated && refFor(s, w.start, shortOrPointing(s, i));
        // a mark next to an @handle is as likely a product review ("Gifted by @ScrubHub... 8/10")
        // "10/10 would ... again": the mark of the meme is not mild
        if (rated && rater && !a.text.startsWith("@", rater.start)) push(rated.start, rated.end, rated.strength, rater, "rating", t[i + 1]?.norm !== "would");
        else if (highMark(w)) {
          // "a 10/10 gym instructor": the mark before the person it rates
          for (let j = i + 1; j <= i + 3 && j < t.length && t[j]!.sentence === s && t[j]!.kind === "word"; j++) {
            const r = refAt(refs, t[j]) ?? (work && AGENT.test(t[j]!.norm) ? { start: t[j]!.start, end: t[j]!.end, target: "person" as Target, sentence: s } : undefined);
            if (r) { push(w.start, w.end, 0.5, r, "rating", true); break; }
          }
        }
      } else if (w.norm === "would" && bareWould(t, i)) push(w.start, w.end, 0.45, refFor(s, w.start, true), "would", true);
    }
  }
  for (const m of lex) {
    if (m.data?.category !== "gaze-shape") continue;
    const i = a.tokenIndexAt(m.start);
    const w = t[i]!;
    const s = w.sentence;
    let e = i;
    while (e + 1 < t.length && t[e + 1]!.end <= m.end) e++;
    if (m.data?.term === "thoroughly") {
      // "examining the new admission extra thoroughly 😏"
      const exam = nearWord(t, i, 5, EXAM);
      if (exam) push(Math.min(exam.start, m.start), Math.max(m.end, exam.end), 0.35, refFor(s, w.start, true), "innuendo");
    } else {
      // "volunteering for all his obs 🥵", "happy to do his bed bath 💦"
      const task = nearWord(t, e, 6, CARE_TASK, true);
      if (task) push(m.start, task.end, 0.35, refFor(s, w.start, true), "innuendo");
    }
  }
  if (found.length === 0) return out;

  found.sort((x, y) => x.start - y.start || y.end - x.end);
  let lastEnd = -1;
  const said = new Set<number>();
  // evaluations per sentence, and how many of them are more than pursuit (one pass)
  const perSentence = new Map<number, number>();
  const strongPerSentence = new Map<number, number>();
  for (const g of found) {
    const gs = a.sentenceOf(g.start);
    perSentence.set(gs, (perSentence.get(gs) ?? 0) + 1);
    if (g.kind !== "pursuit") strongPerSentence.set(gs, (strongPerSentence.get(gs) ?? 0) + 1);
  }
  for (const f of found) {
    if (f.start < lastEnd) continue;
    // one remark per sentence; pursuit only where nothing else is said
    if (said.has(a.sentenceOf(f.start)) || (f.kind === "pursuit" && (strongPerSentence.get(a.sentenceOf(f.start)) ?? 0) > 0)) continue;
    const span = { start: f.start, end: f.end };
    if (negated(a, span) || reportedSpeech(a, span) || a.isQuoted(span)) continue;
    const s = a.sentenceOf(f.start);
    const leer = emojiNear(emoji, s);
    if (teaching && leer < 0.35) continue;
    const sw = swoon.has(s) || swoon.has(s + 1) ? 0.2 : 0;
    const enjoy = enjoyment(a, span);
    const pursuit = contact.has(s) || contact.has(s + 1) || contact.has(s - 1) ? 0.2 : 0;
    const others = pursuit || (perSentence.get(s) ?? 0) > 1 ? 0.2 : 0;
    // a mild word ("gorgeous", "cute"), a contact cue or care innuendo needs something more than the person
    if ((f.mild || f.kind === "innuendo") && leer + sw + enjoy + others === 0) continue;
    if (f.kind === "innuendo" && leer === 0) continue;
    if (f.kind === "pursuit" && !attractedNear(a, s)) continue;
    const targetWeight = f.ref.target === "person" ? 0.2 : 0.3;
    const confidence = 1 - (1 - f.strength) * (1 - targetWeight) * (1 - leer) * (1 - sw) * (1 - enjoy) * (1 - others);
    if (confidence < 0.6) continue;
    lastEnd = f.end;
    said.add(s);
    out.push({ start: f.start, end: f.end, confidence, target: f.ref.target, cue: a.text.slice(f.start, f.end), kind: f.kind });
  }
  return out;
}

/**
 * What someone wears and a swoon in the same or the next sentence ("has been wearing those tight
 * scrubs all week... Somebody hose me down"): each says what the other is about, so together they
 * stand in for the leering emoji a garment or a swoon needs alone. The author's own clothes are
 * excluded where the garment is read. Memoised; only reached for a garment or a swoon.
 */
function wornAndSwooned(a: Analysis, all: readonly Span[]): boolean {
  return a.memo("sexual-worn-swooned", () => {
    const worn: number[] = [];
    const swooned: number[] = [];
    for (const x of all) {
      const c = x.data?.category;
      if (c === "clothing") worn.push(a.sentenceOf(x.start));
      else if (c === "swoon" && !a.isNegated(x)) swooned.push(a.sentenceOf(x.start));
    }
    return worn.some((w) => swooned.some((s) => s === w || s === w + 1));
  });
}

/**
 * A body part and a swoon in the same sentence ("forearms that should be illegal", "his arms, I
 * forgot my own name"): the swoon says the part is admired, standing in for a leering emoji.
 */
function partSwooned(a: Analysis, all: readonly Span[], x: Span): boolean {
  // the swoon said of the part itself, within three words after it ("forearms that should be illegal");
  // not a swoon of its own further on ("legs so swollen I couldn't concentrate")
  const after = a.wordsAfter(x.end, 3);
  const last = after[after.length - 1];
  if (!last) return false;
  return all.some((y) => y.data?.category === "swoon" && y.start > x.end && y.start <= last.start && !a.isNegated(y));
}

/**
 * A body part exclaimed over: "those" or "that" straight before it, and either a sentence of its own
 * ("Those forearms.") or "though" after it ("those shoulders though"). "Those shoulders need
 * physio" is a sentence about them, and passes.
 */
function exclaimed(a: Analysis, x: { start: number; end: number }): boolean {
  const prev = a.wordsBefore(x.start, 1)[0];
  if (!prev || (prev.norm !== "those" && prev.norm !== "that")) return false;
  const next = a.wordsAfter(x.end, 1)[0];
  if (next && (next.norm === "though" || next.norm === "tho")) return true;
  const s = a.sentenceOf(x.start);
  return (!next || a.sentenceOf(next.start) !== s) && (a.wordsBefore(prev.start, 1)[0] === undefined || a.sentenceOf(a.wordsBefore(prev.start, 1)[0]!.start) !== s);
}

/**
 * Someone else's words ("he said I was gorgeous", "she told me..."): a reporting verb with a subject
 * that is not the author. A sentence opening on the verb ("Asked the cutie in bay 1...") has the
 * author as its dropped subject.
 */
function reportedSpeech(a: Analysis, span: { start: number }): boolean {
  const before = a.wordsBefore(span.start, 8);
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!.norm;
    if ((w === "me" || w === "us") && (before[k + 1]?.norm === "called" || before[k + 1]?.norm === "calls")) return true;
    if (!REPORTING_VERBS.has(w)) continue;
    const subject = before[k + 1]?.norm;
    if (subject !== undefined && subject !== "i" && subject !== "we") return true;
  }
  return false;
}

/** An emoji of attraction in sentence `s` or the next (from the sentence's first token, bounded). */
function attractedNear(a: Analysis, s: number): boolean {
  const t = a.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid]!.sentence < s) lo = mid + 1; else hi = mid; }
  for (let i = lo, n = 0; i < t.length && t[i]!.sentence <= s + 1 && n < 200; i++, n++) if (t[i]!.kind === "punct" && ATTRACTED.has(t[i]!.text)) return true;
  return false;
}

/** Words before "fancy" that make it the author's desire ("I fancy", "really fancy", "lowkey fancy"). */
const FANCY_SUBJECT = new Set(["i", "i'm", "im", "really", "totally", "so", "still", "secretly", "lowkey", "kinda", "proper", "defo", "definitely", "me", "who", "honestly", "we", "all"]);
const THIRD_SUBJECT = new Set(["he", "she", "they", "he's", "she's", "they're", "hes", "shes", "patient", "pt"]);
const FIRST_SUBJECT = new Set(["i", "i'm", "im", "i've", "ive", "i'd", "id", "me", "my", "we", "we're"]);

/** The clause before token `k` has a third-person subject and no first person ("He had cake and flirted with..."). */
function someoneElse(t: readonly Token[], k: number): boolean {
  // a finite verb ("flirted", "fancies") with no "I" in the clause has someone else as its subject;
  // "fancying the SHO", "flirting with the F1" with the subject dropped are the author's
  let third = /(?:ed|ies|ts)$/.test(t[k]!.norm);
  for (let j = k - 1; j >= 0 && j >= k - 12 && t[j]!.sentence === t[k]!.sentence; j--) {
    const n = t[j]!.norm;
    if (FIRST_SUBJECT.has(n)) return false;
    if (THIRD_SUBJECT.has(n)) third = true;
  }
  return third;
}

/** Negated, except the "not me <doing X>" meme, which asserts X. */
function negated(a: Analysis, span: { start: number }): boolean {
  if (!a.isNegated(span)) return false;
  const before = a.wordsBefore(span.start, 6);
  for (let k = 0; k + 1 < before.length; k++) if (before[k]!.norm === "me" && before[k + 1]!.norm === "not") return false;
  // "Not the new consultant being an absolute ride": the meme asserts it
  const not = before.findIndex((w) => w.norm === "not");
  if (not >= 0 && before[not]!.sentenceStart && before.slice(0, not).some((w) => w.norm === "being")) return false;
  return true;
}

/** The token closes a rating clause: end of sentence, punctuation, or a word that is not a rated thing. */
function closes(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  // "a 9-year-old", "a 10-minute wait": the number is an age or a measure, not a mark
  if (next && (next.text === "-" || next.text === "/" || next.text === "." || next.text === ":") && next.start === t[i]!.end && t[i + 2]?.start === next.end) return false;
  if (!next || next.sentence !== t[i]!.sentence || next.kind === "punct" || next.kind === "hashtag") return true;
  if (next.norm === "would" && RATED_THING.has(t[i + 2]?.norm ?? "")) return false; // "10/10 would recommend"
  // "10/10 would get lost again", "10/10 would do it again": the meme rates an experience the author would repeat
  if (next.norm === "would") for (let j = i + 2; j < t.length && j <= i + 7 && t[j]!.sentence === t[i]!.sentence; j++) if (t[j]!.norm === "again") return false;
  return next.kind === "word" && !RATED_THING.has(next.norm) && (next.norm === "and" || next.norm === "would" || next.norm === "tbh" || next.norm === "ngl" || next.norm === "easily" || next.norm === "honestly" || next.norm === "lol");
}

const highMark = (w: Token) => { const m = /^(\d{1,2})\/10$/.exec(w.text); return !!m && Number(m[1]) >= 7; };

/** "solid 9/10", "an absolute 10/10", "11/10": a high mark given to a person, not to pain or a team. */
function rating(t: readonly Token[], i: number): { start: number; end: number; strength: number } | undefined {
  const w = t[i]!;
  const m = /^(\d{1,2})\/10$/.exec(w.text);
  if (!m || Number(m[1]) < 7 || !closes(t, i)) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - 5 && t[j]!.sentence === w.sentence; j--) if (RATED_THING.has(t[j]!.norm)) return undefined;
  const prev = t[i - 1]?.norm ?? "";
  const predicated = prev === "a" || prev === "an" || prev === "absolute" || prev === "solid" || prev === "is" || prev === "easy";
  // a bare "8/10" closing a post is as often a review of a thing; a person's mark is predicated or top
  if (!predicated && Number(m[1]) < 9) return undefined;
  return { start: w.start, end: w.end, strength: predicated ? 0.5 : 0.45 };
}

/** A bare "would" as a whole predicate ("Would.", "would tbh 😏", "honestly... would"), not "would you" or "would make". */
function bareWould(t: readonly Token[], i: number): boolean {
  const w = t[i]!;
  const next = t[i + 1];
  const closed = !next || next.sentence !== w.sentence || (next.kind === "punct" && next.text !== "'" && next.text !== "-") || WOULD_CLOSE.has(next.norm);
  if (!closed) return false;
  const prev = t[i - 1];
  if (!prev || prev.sentence !== w.sentence) return true;
  if (prev.kind === "punct") return prev.text !== "'";
  return WOULD_OPEN.has(prev.norm);
}

/** A word of `set` within `n` tokens either side in the sentence (after only, when `forward`). */
function nearWord(t: readonly Token[], i: number, n: number, set: ReadonlySet<string>, forward = false): Token | undefined {
  const s = t[i]!.sentence;
  for (let d = 1; d <= n; d++) {
    const after = t[i + d];
    if (after && after.sentence === s && set.has(after.norm)) return after;
    if (forward) continue;
    const before = t[i - d];
    if (before && before.sentence === s && set.has(before.norm)) return before;
  }
  return undefined;
}

/**
 * A looks word said of a person: before them ("the fit fireman", "hottest daddies in the waiting
 * room"), as their predicate ("bed 3 is PENG", "the new F1 is a ten", "the patient's daughter was a
 * total smokeshow"), or "a <looker> of a consultant".
 */
function describes(a: Analysis, span: Span, k: number, refs: readonly Ref[], noun: boolean): Ref | undefined {
  const t = a.tokens;
  const s = t[k]!.sentence;
  let e = k;
  while (e + 1 < t.length && t[e + 1]!.end <= span.end) e++;
  const next = t[e + 1];
  if (notAboutLooks(a, span.end)) return undefined;
  // attributive: ADJ [young/new/...] REF
  if (!noun) {
    for (let j = e + 1; j < t.length && j <= e + 3 && t[j]!.sentence === s; j++) {
      const r = refAt(refs, t[j]);
      if (r) return r;
      if (!isWordLike(t[j]) || !/^[a-z&]+$/.test(t[j]!.norm) || t[j]!.norm === "and") break;
    }
  }
  // "<looker> of a consultant"
  if (noun && next?.norm === "of" && (t[e + 2]?.norm === "a" || t[e + 2]?.norm === "an")) {
    const r = refAt(refs, t[e + 3]);
    if (r) return r;
  }
  // a fragment of its own ("...followed her on Insta. Gorgeous."): said of the person before
  if (t[k]!.sentenceStart && (!next || next.sentence !== s || next.kind === "punct")) {
    const idx = indexRefs(refs, t);
    const before = idx.bySentence.get(s - 1) ?? idx.bySentence.get(s - 2);
    if (before) return before[before.length - 1];
  }
  // predicate: REF ... COPULA [FILLER]* ADJ
  const ends = !next || next.sentence !== s || next.kind === "punct" || next.kind === "hashtag" || /^(as|af|asf|omg|tbh|ngl|lol|lmao|tho|though|too|today|tonight|and|but|ngl|fr|mate|x)$/.test(next.norm) || (next.norm === "without" && /er$/.test(t[k]!.norm));
  // "so fit I forgot what I was doing": a result clause closes the predicate as well
  const result = !ends && (t[k - 1]?.norm === "so" || t[k - 1]?.norm === "such") && next.sentence === s && (next.norm === "i" || next.norm === "that" || next.norm === "we");

  if (!ends && !result) return undefined;
  let j = k - 1;
  // "the new reg is FIT fit": the word said twice, the first one shouted, is emphasis
  if (t[j]?.norm === t[k]!.norm && t[j]!.sentence === s && t[j]!.text !== t[k]!.text) j--;
  while (j >= 0 && t[j]!.sentence === s && t[j]!.kind === "word" && (FILLER.has(t[j]!.norm.replace(/o{3,}/, "o")) || (t[j]!.norm.length > 4 && t[j]!.norm.endsWith("ly")))) j--;
  const cop = t[j];
  if (!cop || cop.sentence !== s) return undefined;
  if (POINTER_BE.has(cop.norm)) return pointerRef(a, refs, s);
  // "Why are the paramedics who bring people in always so good-looking?": the copula before its subject
  const inverted = invertedSubject(t, refs, j, s);
  if (inverted) return inverted;
  if (!COPULA.has(cop.norm) && !(cop.kind === "punct" && (cop.text === "," || cop.text === ":" || cop.text === "-"))) return undefined;
  // the subject: a ref ending just before the copula (a few words back, "the lad in cubicle 6 is"),
  // or the head of a relative clause ("the paramedic who brought in bed 9 was")
  let first: Ref | undefined;
  for (let b = j - 1; b >= 0 && b >= j - 10 && t[b]!.sentence === s; b--) {
    const n = t[b]!.norm;
    if (first) {
      if ((n === "who" || n === "that") && refAt(refs, t[b - 1])) return refAt(refs, t[b - 1]);
      continue;
    }
    const r = refAt(refs, t[b]);
    if (r) { first = r; if (b < j - 7) break; continue; }
    if (b < j - 7) break;
    // "this" as the subject ("this is gorgeous"), not "this morning" between the person and the verb
    if (n === "i" || n === "i'm" || n === "you" || n === "it" || (n === "this" && !WHEN_WORDS.has(t[b + 1]?.norm ?? ""))) return undefined;
    if (POINTER.has(n)) return pointerRef(a, refs, s);
  }
  return first;
}

/** The last person named in the sentence before `s`, for "he's gorgeous". */
function pointerRef(a: Analysis, refs: readonly Ref[], s: number): Ref | undefined {
  const idx = indexRefs(refs, a.tokens);
  const here = idx.bySentence.get(s) ?? idx.bySentence.get(s - 1);
  return here ? here[here.length - 1] : undefined;
}

/** Fitness talk: "FIT fit, runs marathons" is the athletic sense. */
const FITNESS = new Set(["marathon", "marathons", "runs", "running", "runner", "gym", "parkrun", "5k", "10k", "triathlon", "ironman", "cycling", "cycles", "lifts", "training", "trains", "squats", "swims", "stamina"]);
const SUPERLATIVE_PART = new Set(["nicest", "best", "hottest", "fittest", "sexiest"]);
const SEEN_OPEN = new Set(["i've", "ive", "i", "i'd", "ever", "seen", "i'll", "in", "on"]);
/** A listed superlative on a plain body part ("nicest back"). */
function superlativePart(x: Span): boolean {
  const sp = x.text.indexOf(" ");
  return sp > 0 && SUPERLATIVE_PART.has(x.text.slice(0, sp).toLowerCase());
}
/** "...I've ever seen", "...I've seen in years", "...ever": the superlative a judgement of looks, not advice. */
function everSeen(a: Analysis, x: Span): boolean {
  // straight after the body part ("the best shoulders rehab programme I've ever seen" rates a programme)
  const next = a.wordsAfter(x.end, 5);
  if (!next[0] || !SEEN_OPEN.has(next[0].norm)) return false;
  return next.some((w) => w.norm === "ever" || w.norm === "seen" || w.norm === "laid");
}
const LOOK_VERB = new Set(["look", "looks", "looking", "looked"]);
/** Looks words that say attraction whatever follows. */
const LOOKS_STRONG = new Set(["hot", "hotter", "hottest", "fit", "fitter", "sexy", "peng", "lush", "buff", "gorgeous", "fine", "fiiine"]);
/** Praise words: attraction only when people are being rated or with something more. */
const LOOKS_MILD = new Set(["good", "great", "amazing", "better", "best", "incredible", "unreal"]);
const RANKING = new Set(["rating", "ranking", "rate", "rank", "ranked", "rated", "league"]);
/**
 * "<person> look(s) <looks word> in <clothing>" with the clothing at token `k`: "in" (and perhaps a
 * determiner) before it, then a looks word and a look verb. Not the author's own ("I look fit in my
 * new scrubs", handled by AUTHOR_WEARS on "my"; "I"/"we" before the verb here). A praise word is
 * strong when the sentence ranks people ("rating the docs by how good they look in scrubs").
 */
function looksIn(a: Analysis, k: number): { start: number; strong: boolean } | undefined {
  const t = a.tokens;
  // "in scrubs", "in those scrubs", "in theatre scrubs", "in their navy scrubs": two words at most
  let j = k - 1;
  if (t[j]?.norm !== "in" && t[j]?.kind === "word") j--;
  if (t[j]?.norm !== "in" && t[j]?.kind === "word") j--;
  if (t[j]?.norm !== "in" || t[j]!.sentence !== t[k]!.sentence) return undefined;
  let adj = j - 1;
  let v: number;
  if (LOOK_VERB.has(t[j - 1]?.norm ?? "")) {
    // "how good they look in scrubs": the looks word after "how", before the subject
    v = j - 1;
    adj = -1;
    for (let h = v - 2; h >= 0 && h >= v - 5 && t[h]!.sentence === t[k]!.sentence; h--) if (t[h]!.norm === "how") { adj = h + 1; break; }
    if (adj < 0) return undefined;
  } else {
    while (adj >= 0 && FILLER.has(t[adj]!.norm)) adj--;
    v = adj - 1;
    while (v >= 0 && FILLER.has(t[v]!.norm)) v--;
    if (!LOOK_VERB.has(t[v]?.norm ?? "")) return undefined;
  }
  const word = t[adj]?.norm ?? "";
  const strongWord = LOOKS_STRONG.has(word);
  if (!strongWord && !LOOKS_MILD.has(word)) return undefined;
  const subj = t[v - 1]?.norm ?? "";
  if (subj === "i" || subj === "we" || subj === "i'll" || subj === "you" || subj === "me") return undefined;
  const s = t[k]!.sentence;
  let ranked = false;
  for (let i = v - 1; i >= 0 && t[i]!.sentence === s && i > v - 25; i--) if (RANKING.has(t[i]!.norm)) { ranked = true; break; }
  return { start: t[v]!.start, strong: strongWord || ranked };
}

/** The determiner of a looker noun, past an age ("a 25 year old Adonis", "a 22-year-old hunk"). */
function lookerDeterminer(t: readonly Token[], k: number): string | undefined {
  let j = k;
  if (t[j - 1]?.norm === "old" && t[j - 1]!.sentence === t[k]!.sentence) {
    let m = j - 2;
    if (t[m]?.text === "-") m--;
    if (YEAR.has(t[m]?.norm ?? "")) {
      m--;
      if (t[m]?.text === "-") m--;
      if (t[m]?.kind === "number") j = m;
    }
  }
  return determinerBefore(t, j);
}
const YEAR = new Set(["year", "years", "yr", "yrs", "yo"]);

/** A looker noun with a determiner is itself the person ("the cutie in bay 1"): located by the post. */
function lookerRef(a: Analysis, span: Span, k: number, bySentence: Map<number, Ref[]>, work: boolean): Ref | undefined {
  const t = a.tokens;
  const det = lookerDeterminer(t, k);
  if (det === undefined || OWN.has(det)) return undefined;
  // "a hunk of bread", "a stunner of a goal": a piece or a thing ("<looker> of a consultant" is read by describes())
  if (t[k + 1]?.norm === "of") return undefined;
  const s = t[k]!.sentence;
  const here = bySentence.get(s);
  if (here && here.length) return here[0];
  return work ? { start: span.start, end: span.end, target: a.patientContext >= 0.5 ? "patient" : "person", sentence: s } : undefined;
}

/** Desire verbs need a person as their object ("fancying the anaesthetist", "crushing hard on the new SpR"). */
function needsObject(span: Span): boolean {
  const term = String(span.data?.term ?? "");
  return term === "fancy" || term === "crush" || term === "wouldn't say no" || term === "lust" || term === "flirting with" || term === "wouldn't mind";
}

function desireObject(a: Analysis, span: Span, k: number, refs: readonly Ref[]): Ref | undefined {
  const t = a.tokens;
  const term = String(span.data?.term ?? "");
  let e = k;
  while (e + 1 < t.length && t[e + 1]!.end <= span.end) e++;
  const s = t[k]!.sentence;
  let sawOn = term !== "crush";
  let skipped = 0;
  for (let j = e + 1; j < t.length && j <= e + 6 && t[j]!.sentence === s; j++) {
    const w = t[j]!;
    const r = refAt(refs, w);
    if (r) return sawOn ? r : undefined;
    if (w.norm === "on" || w.norm === "over") { sawOn = true; continue; }
    if ((w.norm === "him" || w.norm === "her") && sawOn) return pointerRef(a, refs, s);
    if (w.kind === "word" && !FILLER.has(w.norm) && !DETERMINER.has(w.norm) && w.norm !== "to" && w.norm !== "hard" && w.norm !== "up" && !/^[A-Z]/.test(w.text) && ++skipped > 2) return undefined;
  }
  return undefined;
}

/** "Sometimes the job has perks", "perks of the job": the author enjoying the encounter (the sentence or the next). */
function perksNear(a: Analysis, x: Span): boolean {
  const t = a.tokens;
  const s = a.sentenceOf(x.start);
  for (let k = a.tokenIndexAt(x.start); k < t.length && t[k]!.sentence <= s + 1 && k < a.tokenIndexAt(x.start) + 40; k++) if (t[k]!.norm === "perks" || t[k]!.norm === "perk") return true;
  return false;
}

/**
 * A question that puts the copula first: "Why are the paramedics (who...) always so good-looking?",
 * "How is the new reg this fit?". The person is the first ref after "why/how are|is" at the start
 * of the sentence, and the looks word closes the question.
 */
function invertedSubject(t: readonly Token[], refs: readonly Ref[], j: number, s: number): Ref | undefined {
  let start = j;
  while (start > 0 && t[start - 1]!.sentence === s && j - start < 20) start--;
  const q = t[start];
  const be = t[start + 1];
  if (!q || !be || !(q.norm === "why" || q.norm === "how") || !(be.norm === "are" || be.norm === "is" || be.norm === "were" || be.norm === "was")) return undefined;
  for (let k = start + 2; k <= j && k <= start + 5; k++) {
    const r = refAt(refs, t[k]);
    if (r) return r;
  }
  return undefined;
}
