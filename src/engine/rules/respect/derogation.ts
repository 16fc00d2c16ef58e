// Derogation by composition: who a judging word is said of, found by shape rather than by a stock phrase.
// A derogatory evaluation ("thick", "feral", "a liability", "can't be bothered", "stinks", "bless
// him 🤣") is only a breach when it is said of a person the author meets at work; the same words of a
// rota, the weather or the author are ordinary. Two questions, each a bounded look around one span:
//  - link(a, span, strict): the referent the evaluation is said of. Strict evaluations (adjectives
//    and nouns that judge) need a grammatical link: a copula ("bed 4 is thick", "they're like
//    animals"), an attributive noun ("the most ungrateful patient"), a vocative ("you absolute X"), a
//    verb with its subject ("the man in bed 12 stinks") or a verbless fragment after a sentence that
//    names someone ("...left me 8 jobs again. Useless, the lot of them."). Loose evaluations (phrases
//    that only judge people: "can't be bothered", "zero sympathy", "good riddance") need a referent
//    in their sentence or the one before;
//  - referentAt(a, i): what the noun phrase at token i names: a patient (a patient word, a bed or
//    bay, "this lady" in a clinical scene, a class of patients: "frequent attenders", "our drunks",
//    "the bariatric ones", "people who come to A&E with..."), a colleague (a role, a grade such as
//    "F2" or "CT1", a specialty, an @handle, "Dr X", "the night team", "a certain surgeon"), the
//    author, or a thing. Pronouns are resolved to the nearest referent before them.
// Sets are module constants; every scan is bounded (a clause, a sentence, at most 60 tokens back),
// so a post with one huge sentence stays linear.
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { COLLEAGUE_WORDS, firstStartingAt } from "../shared";
import { organisationHandle, personalHandles, scene } from "./referent";
import { rejected, reported } from "../conduct/scope";

export type Who = "patient" | "colleague" | "self";
export interface Referent {
  who: Who;
  /** How sure it is that the words name someone of that kind (0..1). */
  weight: number;
  /** Offsets of the referring words. */
  start: number;
  end: number;
  /** One designated person ("our reg", "@x", "bed 4") rather than a group ("surgeons", "frequent attenders"). */
  single: boolean;
  how: string;
}
export interface Link { referent: Referent; how: "copula" | "attributive" | "vocative" | "fragment" | "verb" | "sentence" | "previous" | "own" | "collective" }

/** Words for patients, in any scene. */
const PATIENT_WORDS = new Set(["patient", "patients", "pt", "pts", "attender", "attenders", "admission", "admissions", "punter", "punters", "service-user", "customers", "customer"]);
const NOT_PERSON_AFTER_PATIENT = new Set(["care", "safety", "experience", "experiences", "group", "groups", "information", "record", "records", "services", "service", "voice", "centred", "centered", "panel", "panels", "forum", "forums", "participation", "leaflet", "leaflets", "portal", "feedback", "survey", "education", "advocate", "advocates", "liaison", "flow", "transport", "list", "lists", "numbers", "data", "outcomes", "pathway", "pathways", "rights", "charter", "choice", "notes", "confidentiality", "trust"]);

/** Nouns for members of the public met at work: patients in a clinical scene, or with a bed or bay. */
const PUBLIC_NOUNS = new Set([
  "lady", "ladies", "gentleman", "gentlemen", "gent", "gents", "man", "men", "woman", "women", "guy", "guys", "chap", "chaps", "bloke", "blokes", "fella", "fellas", "lad", "lads",
  "lass", "girl", "girls", "boy", "boys", "kid", "kids", "teenager", "teenagers", "teen", "teens", "mum", "mums", "mam", "mom", "moms", "mama", "dad", "dads", "parent", "parents",
  "granny", "grannies", "grandad", "grandma", "nan", "husband", "wife", "relative", "relatives", "family", "families", "son", "daughter", "child", "children", "toddler", "person",
  "visitor", "visitors", "client", "clients", "individual", "individuals", "dude", "bro", "mate", "fella",
]);
/** Nouns that refer to people only loosely: counted in a clinical scene. */
const GENERIC_PEOPLE = new Set(["people", "folk", "folks", "ones", "lot", "crowd", "type", "types", "someone", "somebody", "public", "humans", "humanity"]);
/** Classes of patients by what brings them in: with "our/my/the/these" or in a clinical scene they are patients. */
const CLASS_NOUNS = new Set([
  "drunks", "drunk", "addicts", "alcoholics", "smokers", "drinkers", "overdoses", "ods", "regulars", "bariatrics", "elderly", "oldies", "pensioners", "oaps", "dears",
  "vaxxers", "vaxxer", "antivaxxers", "antivaxxer", "callers", "attendees", "tourists", "junkies", "druggies", "overdosers", "fallers", "self-harmers", "frequent", "jakeys", "students", "walkins",
]);
/** Adjectives that make "ones"/"people" a class of patients ("the bariatric ones", "drunk people"). */
const CLASS_ADJ = new Set(["bariatric", "obese", "drunk", "elderly", "old", "frail", "fat", "big", "heavy", "smelly", "confused", "demented", "psych", "frequent", "regular", "chronic", "drunken", "intoxicated", "dementia", "anxious", "worried", "overdose", "od", "diabetic", "dialysis", "cancer", "pain", "copd", "asthmatic", "epileptic", "methadone", "detox"]);
/** Class adjectives that are clinical in themselves: the people are patients without any other scene. */
const CLINICAL_CLASS_ADJ = new Set(["bariatric", "obese", "frail", "demented", "dementia", "psych", "overdose", "od", "diabetic", "dialysis", "copd", "asthmatic", "epileptic", "methadone", "detox", "frequent", "chronic"]);
/** Care words in a relative clause ("people who come to A&E with...", "mums who refuse the vit K injection"). */
const CARE_WORDS = new Set([
  "injection", "injections", "jab", "jabs", "vaccine", "vaccines", "vaccination", "meds", "medication", "medications", "medicine", "tablets", "pills", "inhaler", "inhalers", "insulin",
  "antibiotics", "appointment", "appointments", "ambulance", "ambulances", "999", "111", "a&e", "ed", "er", "gp", "doctor", "doctors", "nurse", "nurses", "clinic", "hospital", "ward",
  "surgery", "scan", "scans", "bloods", "treatment", "op", "operation", "epidural", "prescription", "prescriptions", "referral", "paracetamol", "painkillers", "morphine", "buzzer",
  "call", "bell", "triage", "resus", "majors", "minors", "discharge", "discharged", "admitted", "admission", "sick", "note", "physio", "dressing", "cannula", "drip", "oxygen",
]);
/** A word of care (a treatment, a service, a place of care): what a post about patients talks about. */
export function careWord(norm: string): boolean {
  return CARE_WORDS.has(norm);
}
/** Family nouns after "our/my": the author's own family, not patients. */
const OWN_FAMILY = new Set(["kids", "kid", "mum", "mam", "mom", "dad", "parents", "family", "son", "daughter", "children", "child", "husband", "wife", "nan", "granny", "grandad", "grandma", "boys", "girls", "lads", "ladies"]);
/** Roles, teams and specialties a colleague is named by (besides the shared colleague words). */
const ROLE_WORDS = new Set([
  "cd", "md", "acp", "acps", "anp", "anps", "trainer", "trainers", "supervisor", "supervisors", "educator", "lead", "leads", "fellow", "fellows", "nemesis", "co-worker", "coworker", "coworkers",
  "es", "cs", "spr", "sprs", "shos", "regs", "hcas", "pa", "pas", "anaesthetist", "anaesthetists", "anesthetist", "anesthetists", "intensivist", "intensivists", "radiologist",
  "radiologists", "psychiatrist", "psychiatrists", "cardiologist", "cardiologists", "neurologist", "neurologists", "dermatologist", "dermatologists", "obstetrician", "obstetricians",
  "gynaecologist", "gynaecologists", "paediatrician", "paediatricians", "pediatrician", "pediatricians", "microbiologist", "microbiologists", "haematologist", "haematologists",
  "oncologist", "oncologists", "urologist", "urologists", "geriatrician", "geriatricians", "pathologist", "pathologists", "orthopod", "orthopods", "gasman", "gasmen", "gas", "hospitalist",
  "hospitalists", "midwives", "nurse", "nurses", "sister", "matron", "porter", "porters", "receptionist", "receptionists", "pharmacist", "pharmacists", "physio", "physios", "locum",
  "locums", "sonographer", "sonographers", "reg", "registrar", "registrars", "consultant", "consultants", "sho", "houseman", "intern", "interns", "surgeon", "surgeons", "physician",
  "physicians", "colleague", "colleagues", "medics", "juniors", "seniors", "doctor", "doctors", "dr", "gp", "gps", "manager", "managers", "boss", "hca", "midwife", "trainee", "trainees",
  "anaesthetics", "radiology", "orthopaedics", "orthopedics", "ortho", "cardiology", "microbiology", "micro", "haematology", "oncology", "urology", "psychiatry", "paeds", "pediatrics",
  "paediatrics", "obstetrics", "gynae", "obs", "derm", "dermatology", "ent", "gastro", "renal", "neuro", "neurology", "cardio", "rads", "itu", "icu", "ed", "surgery", "surgical",
  "medical", "medicine", "team", "teams", "department", "dept", "management", "paramedic", "paramedics", "attending", "attendings", "resident", "residents", "associate", "associates",
  "practitioner", "practitioners", "staff", "crew", "crews", "coordinator", "coordinators", "administrator", "administrators",
]);
/** Department words that only name colleagues when a team word or a role follows or the sentence is about staff ("ED refused", not "came to ED"). */
const DEPARTMENT_ONLY = new Set(["ed", "itu", "icu", "surgery", "surgical", "medical", "medicine", "micro", "psych", "obs", "gas", "ent", "renal", "neuro", "cardio", "gastro", "derm", "rads", "crew", "crews"]);
/** "whoever was on call / covering / on nights". */
// ("whoever wrote this rota": the colleague who drew up the rota is as identifiable as the one on call)
const ON_DUTY = new Set(["call", "on-call", "oncall", "covering", "nights", "shift", "bleep", "duty", "rota", "rotas"]);
/** Roles that are also verbs or adjectives ("patients attending ED", "resident in the UK"): a role only after a determiner. */
const DETERMINED_ONLY = new Set(["attending", "attendings", "resident", "residents", "associate", "associates", "practitioner", "practitioners", "lead", "leads", "sister", "partner", "fellow", "boss", "staff"]);
/** Training grades: F1, FY2, CT1, ST3, HT2. */
const GRADE = /^(?:f|fy|ct|st|ht|ft|sp)[1-9]s?$/;
const SINGLE_DET = new Set(["our", "my", "the", "this", "that", "your", "his", "her", "their", "a"]);
const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them", "he's", "she's", "they're", "theyre", "hes", "shes", "they've", "they'll", "he'll", "she'll", "who", "whose"]);
const YOU = new Set(["you", "you're", "youre", "your", "u", "ur", "ya", "yourself", "you've", "you'll", "you'd"]);
const SELF = new Set(["i", "i'm", "im", "me", "myself", "we", "we're", "i've", "ive", "i'd", "us"]);
/** Links between a subject and what is said of it. */
const COPULA = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "seems", "seem", "seemed", "looks", "look", "looked", "sounds", "sounded", "r", "remains", "acts", "acting", "acted", "behaves", "behaving", "behaved"]);
const CONTRACTED_COPULA = new Set(["he's", "she's", "they're", "theyre", "hes", "shes", "who's", "whos", "it's", "you're", "youre", "ur"]);
/**
 * The copula (or "like") before token `first` in its clause, skipping modifiers ("is an absolute X")
 * and up to two adjectives after an article ("is a power-tripping X"); the index, or -1.
 */
function copulaBefore(a: Analysis, first: number, cs: number): number {
  const t = a.tokens;
  let adjectives = 0;
  for (let k = first - 1, seen = 0; k >= cs && seen < 8; k--, seen++) {
    const w = t[k]!;
    if (w.kind === "punct") { if (w.text === "-" || w.text === ",") continue; return -1; }
    if (COPULA.has(w.norm) || CONTRACTED_COPULA.has(w.norm) || w.norm === "like") return adjectives === 0 ? k : -1;
    if (w.norm === "a" || w.norm === "an") { adjectives = 0; continue; }
    if (MODIFIER.has(w.norm)) continue;
    if (++adjectives > 2) return -1;
  }
  return -1;
}

/** Words that may sit between a link and the evaluation ("is an absolute", "are so", "was such a"). */
const MODIFIER = new Set([
  "so", "soo", "sooo", "such", "a", "an", "the", "most", "absolutely", "absolute", "just", "really", "completely", "utterly", "utter", "total", "totally", "proper", "right", "bit",
  "little", "bloody", "fucking", "very", "pretty", "quite", "basically", "literally", "actually", "honestly", "clearly", "genuinely", "truly", "all", "being", "like", "too", "rather",
  "properly", "entirely", "fully", "seriously", "obviously", "officially", "certifiably", "also", "still", "always", "now", "tonight", "today", "again", "even", "more", "as", "of",
  "same", "another", "complete", "massive", "ultimate", "biggest", "such", "kind", "sort", "bunch", "walking", "human", "some", "sheer", "pure", "plain", "downright", "frankly",
  "thoroughly", "hopelessly", "incredibly", "unbelievably", "ridiculously", "painfully", "af", "tbh", "ngl", "lowkey", "highkey", "mega", "super", "well",
]);
const CLAUSE_PUNCT = new Set([",", ";", ":", "(", ")", "\u2014", "\u2013", "!", "?", "\u2026"]);
const CLAUSE_WORDS = new Set(["but", "because", "cos", "coz", "although", "though", "whereas", "while", "whilst", "when", "unless", "until", "so", "then", "after", "before", "if"]);
/** Complementisers and reporting words that start a new clause ("told the reg that the patient..."). */
const THAT_NEXT = new Set(["the", "a", "he", "she", "they", "it", "this", "his", "her", "i", "you", "we", "our", "my", "their", "these", "those"]);
/** Locations in a noun phrase that make a person a patient ("the man in bed 12", "lady in majors"). */
const CLINICAL_PLACES = new Set(["bed", "bay", "cubicle", "resus", "majors", "minors", "triage", "room", "side", "cubie", "cube", "ward", "clinic", "a&e", "ed", "er", "recovery", "theatre", "amu", "cdu", "sdec", "waiting"]);

const isWord = (t: Token | undefined): boolean => !!t && (t.kind === "word" || t.kind === "number");

const sortedCaches = { "ward-bed": new PostCache<Span[]>(), "person-name": new PostCache<Span[]>(), "clinical-setting": new PostCache<Span[]>() };
/**
 * The span of `type` covering the token that starts at `offset`, if any. Posts hold a handful of
 * such spans, looked through directly; a long list is sorted once per post and binary-searched.
 */
function coverAt(a: Analysis, type: "ward-bed" | "person-name" | "clinical-setting", offset: number): Span | undefined {
  const list = a.of(type);
  if (list.length === 0) return undefined;
  if (list.length <= 16) {
    for (const s of list) if (s.start <= offset && offset < s.end) return s;
    return undefined;
  }
  let sorted = sortedCaches[type].get(a);
  if (!sorted) sortedCaches[type].set(a, (sorted = [...list].sort((x, y) => x.start - y.start)));
  // the last span starting at or before the offset (spans of one type do not nest)
  const k = firstStartingAt(sorted, offset + 1) - 1;
  const s = k >= 0 ? sorted[k]! : undefined;
  return s && offset < s.end ? s : undefined;
}

/**
 * What the noun phrase at token i names, or undefined. `sc` is the post's clinical scene (0..1).
 * Looks at most five tokens either side (determiner before, location or "who" clause after).
 */
export function referentAt(a: Analysis, i: number): Referent | undefined {
  const t = a.tokens[i];
  if (!t) return undefined;
  if (t.kind === "mention") return organisationHandle(t.text) ? undefined : mk(t, "colleague", 1, true, "@handle");
  if (t.kind !== "word" && t.kind !== "number") return undefined;
  const n = t.stem;
  // most tokens name nobody: one look-up (and one for a bed or a name) before anything else
  const wb = coverAt(a, "ward-bed", t.start);
  const name = wb ? undefined : coverAt(a, "person-name", t.start);
  if (!wb && !name && !ANY_REFERENT.has(n) && !gradeLike(n)) return undefined;
  // a bed, bay or cubicle ("bed 4 is...", "cubicle 6 thought...")
  if (wb) return wb.data?.kind === "ward" ? undefined : mk(t, "patient", 1, true, "bed or bay");
  if (PATIENT_WORDS.has(n)) {
    // "patient care", "patient safety", "patients' rights": a modifier, not a person
    const next = nextWord(a, i);
    if (next && NOT_PERSON_AFTER_PATIENT.has(next.norm)) return undefined;
    return mk(t, "patient", 1, !n.endsWith("s"), "patient word");
  }
  if (name) {
    if (name.data?.clinician === true) return mk(t, "colleague", 1, true, "Dr name");
    // "Mrs Jones in bed 3": a name placed in a bed is a patient
    const last = a.tokenIndexAt(name.end - 1);
    if (placedClinically(a, last)) return mk(t, "patient", 1, true, "a name in a bed");
    return scene(a) >= 0.3 ? mk(t, "patient", 0.8, true, "name in a clinical scene") : undefined;
  }
  if (SELF.has(n)) return mk(t, "self", 1, true, "author");
  if (gradeLike(n)) return mk(t, "colleague", 0.95, !n.endsWith("s"), "training grade");
  let prev = prevWord(a, i);
  // "the new consultant", "our locum SHO": a determiner before one adjective still determines the noun
  // ("our OT lead", "the ED lead", "our physio lead": a department or role naming the post works like one)
  if (prev && (ROLE_ADJ.has(prev.norm) || (DETERMINED_ONLY.has(n) && (ANY_COLLEAGUE.has(prev.norm) || /^[A-Z]{2,4}$/.test(prev.text))))) {
    const before = prevWord(a, a.tokenIndexAt(prev.start));
    if (before && SINGLE_DET.has(before.norm)) prev = before;
  }
  if (prev && prev.norm === "certain" && (COLLEAGUE_WORDS.has(n) || ROLE_WORDS.has(n)) && !DEPARTMENT_ONLY.has(n)) return mk(t, "colleague", 0.95, true, "a certain + role (a veiled, identifiable colleague)");
  // "whoever was on call", "whoever was covering nights": the colleague on duty
  if (n === "whoever") {
    for (let k = i + 1, seen = 0; k < a.tokens.length && seen < 4 && a.tokens[k]!.sentence === t.sentence; k++, seen++) if (ON_DUTY.has(a.tokens[k]!.norm)) return mk(t, "colleague", 0.9, true, "whoever was on duty");
    return undefined;
  }
  if (n === "fellow" && !(prev && (ROLE_WORDS.has(prev.norm) || prev.norm === "clinical" || prev.norm === "research" || prev.norm === "our" || prev.norm === "the"))) return undefined;
  // "our chief exec", "my medical director", "our CEO": a leadership title is a colleague's only with
  // the author's workplace possessive (bare "the minister", "a director" may be anyone's)
  if (WORKPLACE_TITLES.has(n) && ownTitle(a, i)) return mk(t, "colleague", 0.95, !n.endsWith("s"), "our + a leadership title");
  if ((COLLEAGUE_WORDS.has(n) || ROLE_WORDS.has(n)) && !LIFE_EVENTS.has(n)) {
    if (DETERMINED_ONLY.has(n) && !(prev && (SINGLE_DET.has(prev.norm) || prev.norm === "these" || prev.norm === "those" || prev.norm === "physician" || prev.norm === "nurse" || prev.norm === "nursing" || prev.norm === "medical" || prev.norm === "agency" || prev.norm === "clinical" || prev.norm === "senior" || prev.norm === "ward" || prev.norm === "night" || prev.norm === "day"))) return undefined;
    if (DEPARTMENT_ONLY.has(n)) {
      // "ED refused", "the surgical reg": only before a role or team word, or as a plural subject with "the/our"
      const next = nextWord(a, i);
      if (!(next && (ROLE_WORDS.has(next.norm) || COLLEAGUE_WORDS.has(next.norm) || gradeLike(next.norm)))) return undefined;
    }
    // "GP appointments", "nurse staffing": the role word modifies a thing
    const after = nextWord(a, i);
    if (after && ROLE_MODIFIES.has(after.norm)) return undefined;
    // ("my ES", "our CS": a supervisor's initials end in s but name one person)
    const single = !!prev && SINGLE_DET.has(prev.norm) && (!(n.endsWith("s") && !n.endsWith("ss")) || SUPERVISOR_INITIALS.has(n)) && !GROUP_WORDS.has(n);
    return mk(t, "colleague", single ? 0.95 : 0.75, single, "role");
  }
  const adjNext = CLASS_ADJ.has(n) ? nextWord(a, i) : undefined;
  if (CLASS_NOUNS.has(n) || (adjNext && (GENERIC_PEOPLE.has(adjNext.norm) || PATIENT_WORDS.has(adjNext.norm) || PUBLIC_NOUNS.has(adjNext.norm)))) {
    if (prev && (prev.norm === "our" || prev.norm === "my") && !OWN_FAMILY.has(n)) return mk(t, "patient", 0.85, false, "our + a class of patients");
    if (CLINICAL_CLASS_ADJ.has(n)) return mk(t, "patient", 0.85, false, "a clinical class of patients");
    if (careClause(a, i)) return mk(t, "patient", 0.8, false, "a class of people described by their care");
    return scenePatient(a, i, 0.85, "a class of patients", false) ?? (prev && (prev.norm === "the" || prev.norm === "these" || prev.norm === "those") ? mk(t, "patient", 0.6, false, "a class of people") : undefined);
  }
  if (PUBLIC_NOUNS.has(n)) {
    // "the gas man": the anaesthetist
    if (prev && prev.norm === "gas") return mk(t, "colleague", 0.95, !n.endsWith("n") || n === "man" || n === "woman", "the gas man (anaesthetist)");
    if (prev && (prev.norm === "our" || prev.norm === "my") && OWN_FAMILY.has(n)) return undefined;
    if (prev && CLINICAL_CLASS_ADJ.has(prev.norm)) return mk(t, "patient", 0.85, !n.endsWith("s"), "a clinical class of patients");
    if (careClause(a, i)) return mk(t, "patient", 0.8, false, "people described by their care");
    return scenePatient(a, i, 0.85, "a person", !n.endsWith("s"));
  }
  if (GENERIC_PEOPLE.has(n)) {
    const adj = prev && CLASS_ADJ.has(prev.norm);
    if (n === "lot" && !(prev && (prev.norm === "this" || prev.norm === "that" || prev.norm === "the"))) return undefined;
    if (prev && CLINICAL_CLASS_ADJ.has(prev.norm)) return mk(t, "patient", 0.85, false, "a clinical class of patients");
    if (careClause(a, i)) return mk(t, "patient", 0.8, false, "people described by their care");
    return scenePatient(a, i, adj ? 0.85 : 0.75, "people", false) ?? (adj ? mk(t, "patient", 0.6, false, "a class of people") : undefined);
  }
  // "another overdose who...", "another drunk with...": one of a recurring type of patient
  if (prev && prev.norm === "another" && (CLASS_ADJ.has(n) || CLASS_NOUNS.has(n))) return CLINICAL_CLASS_ADJ.has(n) ? mk(t, "patient", 0.85, true, "another of a clinical class") : scenePatient(a, i, 0.8, "another of a class", true);
  // "another one who...", "this one in cubicle 4"
  if (n === "one" && prev && (prev.norm === "another" || prev.norm === "this" || prev.norm === "that")) return scenePatient(a, i, 0.8, "one of them", true);
  return undefined;
}
function mk(t: Token, who: Who, weight: number, single: boolean, how: string): Referent {
  return { who, weight, start: t.start, end: t.end, single, how };
}
/** A person or a class of people who are patients by where they are or the scene of the post. */
function scenePatient(a: Analysis, i: number, weight: number, how: string, single: boolean): Referent | undefined {
  const t = a.tokens[i]!;
  // "working with a load of women on the ward", "I work alongside people who...": the author's colleagues
  if (workedWith(a, i)) return mk(t, "colleague", 0.8, single, how + " the author works with");
  if (placedClinically(a, i)) return mk(t, "patient", 1, single, how + " in a clinical place");
  const sc = scene(a);
  if (sc >= 0.5) return mk(t, "patient", weight, single, how + " in a clinical scene");
  if (sc >= 0.3) return mk(t, "patient", weight - 0.1, single, how + " in a clinical scene");
  return undefined;
}
/** Nouns a role word modifies ("GP appointments", "nurse staffing", "doctor's note"): then it names no one. */
const ROLE_MODIFIES = new Set(["appointment", "appointments", "practice", "practices", "surgery", "surgeries", "services", "service", "referral", "referrals", "letter", "letters", "notes", "note", "rota", "rotas", "list", "lists", "waits", "waiting", "training", "contract", "contracts", "pay", "strike", "strikes", "jobs", "posts", "numbers", "staffing", "shortages", "shortage", "vacancies", "workforce", "time", "hours", "funding", "budget", "office", "room", "station", "bank", "exams", "exam", "interviews", "interview", "salary", "salaries", "pensions", "pension", "union", "unions", "record", "records", "system", "software", "app", "portal", "fax", "machine"]);
/** Adjectives between a determiner and a role ("the new consultant", "our locum SHO", "the night reg"). */
const ROLE_ADJ = new Set(["rota", "nursing", "new", "old", "current", "former", "locum", "senior", "junior", "night", "day", "weekend", "on-call", "oncall", "medical", "surgical", "agency", "regular", "usual", "latest", "other", "ortho", "psych", "gynae", "micro", "cardiology", "radiology", "anaesthetic", "paeds", "ed", "icu", "itu", "med", "surg", "vascular", "neuro", "renal", "respiratory", "resp", "gastro", "obs", "ent", "derm", "uro", "acute", "visiting", "covering", "duty", "admitting", "ward", "team", "clinical"]);
const LIFE_EVENTS = new Set(["retires", "retiring", "retirement", "farewell", "leaving", "partner", "partners", "chair", "board", "secretary", "minister", "governor", "governors", "chief", "exec", "executive", "executives", "director", "directors", "ceo", "chairman", "chairwoman"]);
/** Things a doubted career gets ("how she got the job", "how he got through", "how they got a consultant post"), not "how she finally got a diagnosis". */
const POSITIONS = new Set(["job", "post", "role", "place", "position", "promotion", "gig", "title", "contract", "partnership", "number", "jobs", "posts", "consultancy", "interview", "offer"]);
function gotPosition(a: Analysis, k: number): boolean {
  const t = a.tokens;
  const n = t[k + 1];
  if (!n || n.sentence !== t[k]!.sentence) return false;
  if (n.norm === "through" || n.norm === "in" || n.norm === "hired" || n.norm === "appointed" || n.norm === "promoted") return true;
  if (n.norm !== "the" && n.norm !== "a" && n.norm !== "an" && n.norm !== "that" && n.norm !== "this" && n.norm !== "her" && n.norm !== "his" && n.norm !== "their") return false;
  // one or two words of the post's name may sit between ("the consultant job", "a clinical lead post")
  for (let j = k + 2; j <= k + 4 && t[j] && t[j]!.sentence === n.sentence; j++) {
    if (t[j]!.kind !== "word") return false;
    if (POSITIONS.has(t[j]!.norm) || (j > k + 2 && (COLLEAGUE_WORDS.has(t[j]!.norm) || ROLE_WORDS.has(t[j]!.norm)))) return true;
  }
  return false;
}
/** Leadership titles that name the author's own colleague after "our"/"my" ("our chief exec", "my clinical director"). */
const WORKPLACE_TITLES = new Set(["exec", "executive", "executives", "director", "directors", "ceo", "chair", "chairman", "chairwoman"]);
const TITLE_WORDS = new Set(["chief", "medical", "clinical", "nursing", "finance", "operating", "operations", "managing", "practice", "deputy", "interim", "new", "current", "associate", "programme", "divisional", "care", "group"]);
function ownTitle(a: Analysis, i: number): boolean {
  const t = a.tokens;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 3 && t[k]!.sentence === t[i]!.sentence; k--, seen++) {
    const w = t[k]!;
    if (w.kind !== "word") return false;
    if (w.norm === "our" || w.norm === "my") return true;
    if (!TITLE_WORDS.has(w.norm)) return false;
  }
  return false;
}
/** Educational and clinical supervisor, by their initials. */
const SUPERVISOR_INITIALS = new Set(["es", "cs"]);
const GROUP_WORDS = new Set(["team", "teams", "department", "dept", "management", "staff", "juniors", "seniors", "medics", "crew", "crews"]);
/** Every word that can name a colleague. */
const ANY_COLLEAGUE = new Set([...ROLE_WORDS, ...COLLEAGUE_WORDS]);
/** Every word that can name someone (the union of the sets above), for a one-look-up rejection. */
const ANY_REFERENT = new Set([...PATIENT_WORDS, ...PUBLIC_NOUNS, ...GENERIC_PEOPLE, ...CLASS_NOUNS, ...CLASS_ADJ, ...ROLE_WORDS, ...COLLEAGUE_WORDS, ...SELF, "one", "fellow", "whoever"]);

/**
 * "people who come to A&E with...", "mums who refuse the vit K injection", "smokers with COPD": a
 * relative clause or a "with" phrase right after the noun names care (a care word or a condition).
 */
function careClause(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const next = nextWord(a, i);
  if (!next || !(next.norm === "who" || next.norm === "that" || next.norm === "with" || next.norm === "whose")) return false;
  let conditions = conditionCache.get(a);
  if (!conditions) conditionCache.set(a, (conditions = new Set(a.of("condition").map(spanStart))));
  for (let k = a.tokenIndexAt(next.end), words = 0; k < t.length && words < 8 && t[k]!.sentence === t[i]!.sentence; k++) {
    const w = t[k]!;
    if (w.kind === "punct" && w.text !== "&") { if (CLAUSE_PUNCT.has(w.text)) break; continue; }
    words++;
    if (CARE_WORDS.has(w.norm) || conditions.has(w.start) || (w.norm === "a" && t[k + 1]?.text === "&" && t[k + 2]?.norm === "e")) return true;
  }
  return false;
}

const conditionCache = new PostCache<Set<number>>();
const spanStart = (x: { start: number }) => x.start;

const WORK_VERBS = new Set(["work", "works", "working", "worked", "job-share", "share"]);
/** A work verb and "with"/"alongside" within the five words before the noun, in its sentence. */
function workedWith(a: Analysis, i: number): boolean {
  const t = a.tokens;
  for (let k = i - 1; k >= 1 && k >= i - 5 && t[k]!.sentence === t[i]!.sentence; k--) {
    if ((t[k]!.norm === "with" || t[k]!.norm === "alongside") && WORK_VERBS.has(t[k - 1]!.norm)) return true;
  }
  return false;
}
/** "the man in bed 12", "lady in majors", "the one in cubicle 4": a clinical place right after the noun. */
function placedClinically(a: Analysis, i: number): boolean {
  const t = a.tokens;
  for (let k = i + 1, words = 0; k < t.length && words < 4 && t[k]!.sentence === t[i]!.sentence; k++) {
    const w = t[k]!;
    if (w.kind !== "word" && w.kind !== "number") continue;
    words++;
    if (words === 1 && !(w.norm === "in" || w.norm === "on" || w.norm === "at" || w.norm === "from")) return false;
    // "the man in 14", "the lady in 3b": a bed or a room by its number
    if (words === 2 && w.kind === "number" && w.text.length <= 3) return true;
    if (CLINICAL_PLACES.has(w.norm) || coverAt(a, "ward-bed", w.start) !== undefined || coverAt(a, "clinical-setting", w.start) !== undefined) return true;
  }
  return false;
}

function prevWord(a: Analysis, i: number): Token | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const t = a.tokens[k]!;
    if (t.sentence !== a.tokens[i]!.sentence) return undefined;
    if (t.kind === "word" || t.kind === "number") return t;
  }
  return undefined;
}
function nextWord(a: Analysis, i: number): Token | undefined {
  for (let k = i + 1; k < a.tokens.length && k <= i + 2; k++) {
    const t = a.tokens[k]!;
    if (t.sentence !== a.tokens[i]!.sentence) return undefined;
    if (t.kind === "word" || t.kind === "number") return t;
  }
  return undefined;
}

/** Index of the first token of the clause holding token `first` (bounded to 30 tokens back). */
function clauseStart(a: Analysis, first: number): number {
  const t = a.tokens;
  const s = t[first]?.sentence;
  let start = first;
  for (let k = first - 1, n = 0; k >= 0 && n < 30 && t[k]!.sentence === s; k--, n++) {
    const w = t[k]!;
    if (w.kind === "punct" && CLAUSE_PUNCT.has(w.text)) break;
    if (w.kind === "word" && CLAUSE_WORDS.has(w.norm) && !(t[k + 1]?.norm === "of") && !((w.norm === "so" || w.norm === "then") && !THAT_NEXT.has(t[k + 1]?.norm ?? ""))) break;
    if (w.kind === "word" && w.norm === "that" && THAT_NEXT.has(t[k + 1]?.norm ?? "")) break;
    start = k;
  }
  return start;
}

/** A pronoun or "you" resolved to the nearest referent before it (two sentences back at most). */
function resolve(a: Analysis, i: number): Referent | undefined {
  const t = a.tokens;
  const n = t[i]!.norm;
  if (YOU.has(n)) {
    // a reply to an @handle addresses a colleague; "To the reg who...: you're a..." addresses the reg
    const handle = personalHandles(a)[0];
    if (handle) return { who: "colleague", weight: 0.9, start: handle.start, end: handle.end, single: true, how: "reply to an @handle" };
    for (let k = i - 1, seen = 0; k >= 0 && seen < 60 && t[k]!.sentence >= t[i]!.sentence - 2; k--, seen++) {
      if (t[k]!.norm !== "to" && t[k]!.norm !== "dear") continue;
      // "to" opens its sentence, or a shout-out ("Shout out to the consultant who...")
      if (k > 0 && t[k - 1]!.sentence === t[k]!.sentence && t[k - 1]!.kind === "word" && !SHOUT.has(t[k - 1]!.norm)) continue;
      for (let j = k + 1; j < Math.min(t.length, k + 6); j++) {
        const r = referentAt(a, j);
        if (r && r.who !== "self") return { ...r, how: `addressed: ${r.how}` };
      }
    }
    return undefined;
  }
  for (let k = i - 1, seen = 0; k >= 0 && seen < 60 && t[k]!.sentence >= t[i]!.sentence - 2; k--, seen++) {
    if (PRONOUNS.has(t[k]!.norm) || YOU.has(t[k]!.norm)) continue;
    // "my patient's death": a possessive names whose death, not who "she" is
    if (t[k]!.stem !== t[k]!.norm) continue;
    const r = referentAt(a, k);
    if (r && r.who !== "self") return { ...r, weight: r.weight * 0.95, how: `pronoun: ${r.how}` };
  }
  // "he/she" with no one named, in a post set in clinical work: the person seen at work
  if (THIRD.has(n) && scene(a) >= 0.4) return mk(t[i]!, "patient", 0.65, true, "he/she in a clinical scene");
  return undefined;
}
const SHOUT = new Set(["out", "shoutout", "message", "note", "reminder", "letter"]);
const THIRD = new Set(["he", "she", "he's", "she's", "hes", "shes", "him", "her"]);

/** The nearest referent other than the author before token i in its sentence ("...another one who's..."). */
function nearestBefore(a: Analysis, i: number): Referent | undefined {
  const t = a.tokens;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 20 && t[k]!.sentence === t[i]!.sentence; k--, seen++) {
    const r = referentAt(a, k);
    if (r && r.who !== "self") return r;
  }
  return undefined;
}

/** The first referent among tokens [from, to) (a subject), pronouns resolved. */
function firstReferent(a: Analysis, from: number, to: number): Referent | undefined {
  for (let k = from; k < to; k++) {
    const t = a.tokens[k]!;
    if (t.kind !== "word" && t.kind !== "mention" && t.kind !== "number") continue;
    if (PRONOUNS.has(t.norm) || (YOU.has(t.norm) && t.norm !== "your")) {
      if (t.norm === "who" || t.norm === "whose") continue;
      const r = resolve(a, k);
      if (r) return r;
      continue;
    }
    if (OBJECT_SELF.has(t.norm)) continue; // "sent us another one...": the author as object is not the subject
    const r = referentAt(a, k);
    if (r) return r;
  }
  return undefined;
}
const OBJECT_SELF = new Set(["me", "us", "myself", "ourselves"]);

/** The last referent in the sentence before token i's sentence (the one a fragment comments on). */
function previousReferent(a: Analysis, i: number): Referent | undefined {
  const t = a.tokens;
  const s = t[i]!.sentence;
  let best: Referent | undefined;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 60 && t[k]!.sentence >= s - 2; k--, seen++) {
    if (t[k]!.sentence === s) continue;
    const r = PRONOUNS.has(t[k]!.norm) ? undefined : referentAt(a, k);
    if (r && r.who !== "self") { best = r; if (r.weight >= 0.9) break; }
    // the sentence just before settles it; look further back only when it named nobody
    if (best && k > 0 && t[k - 1]!.sentence !== t[k]!.sentence) break;
  }
  if (best) return best;
  // "She said she was allergic to everything except morphine. Funny that 🙄": he/she in a clinical scene
  for (let k = i - 1, seen = 0; k >= 0 && seen < 30 && t[k]!.sentence >= s - 1; k--, seen++) if (t[k]!.sentence < s && THIRD.has(t[k]!.norm)) return resolve(a, k);
  return undefined;
}

/** Word tokens of the sentence holding token i, at most 40. */
function sentenceWords(a: Analysis, i: number): number {
  const t = a.tokens;
  const s = t[i]!.sentence;
  let n = 0;
  for (let k = i; k >= 0 && t[k]!.sentence === s && n < 40; k--) if (isWord(t[k])) n++;
  for (let k = i + 1; k < t.length && t[k]!.sentence === s && n < 40; k++) if (isWord(t[k])) n++;
  return n;
}

/**
 * The referent an evaluation is said of, and how it is linked. Strict evaluations need a
 * grammatical link (copula, attributive noun, vocative, verb subject, fragment); loose ones accept a
 * referent anywhere in their clause or sentence, or in the sentence before.
 */
export function link(a: Analysis, span: { start: number; end: number }, strict: boolean, verb = false, attributive = true): Link | undefined {
  const t = a.tokens;
  const first = a.tokenIndexAt(span.start);
  if (first >= t.length) return undefined;
  const last = Math.max(first, a.tokenIndexAt(span.end) - 1);
  // a phrase that names its own referent: "another one who...", "the overdose crowd"
  if (!strict) {
    for (let k = first; k <= last && k < t.length; k++) {
      const r = referentAt(a, k);
      if (r && r.who !== "self") return { referent: r, how: "own" };
    }
  }
  // attributive: "the most ungrateful, rude, vile patient", "that useless locum", "a feral bunch of drunks"
  for (let k = last + 1, seen = 0; attributive && k < t.length && seen < 5 && t[k]!.sentence === t[first]!.sentence; k++, seen++) {
    const w = t[k]!;
    if (w.kind === "punct" && w.text !== ",") break;
    // "Cowards, the lot of them": a sweeping tail points back at the people just named
    if (w.kind === "punct" && t[k + 1]?.norm === "the" && t[k + 2]?.norm === "lot" && t[k + 3]?.norm === "of") {
      const back = nearestBefore(a, first) ?? previousReferent(a, first);
      if (back && back.who !== "self") return { referent: { ...back, single: false }, how: "collective" };
      break;
    }
    // a comma continues a list of adjectives ("ungrateful, rude, vile patient"), not a new clause
    if (w.kind === "punct") { if (!evaluationStarts(a).has(t[k + 1]?.start ?? -1)) break; continue; }
    const r = referentAt(a, k);
    if (r && r.who === "self") break;
    // a predicate noun that only restates the subject ("the nurses on ward 9 are the laziest people",
    // "he's the rudest man alive"): the evaluation is said of the subject before the copula
    if (r && PREDICATE_HEADS.has(w.norm)) {
      const subject = copulaSubject(a, first);
      if (subject) return { referent: subject, how: "copula" };
    }
    if (r) return { referent: r, how: "attributive" };
    // "lazy lot", "useless bunch": a collective noun pointing back at the people just named
    if (BACK_COLLECTIVE.has(w.norm) && (t[k + 1] === undefined || t[k + 1]!.sentence !== t[first]!.sentence || t[k + 1]!.kind === "punct")) {
      const back = nearestBefore(a, first) ?? previousReferent(a, first);
      if (back && back.who !== "self") return { referent: { ...back, single: false }, how: "collective" };
    }
    if (!(MODIFIER.has(w.norm) || w.norm === "and" || w.norm === "of" || ATTRIBUTIVE_OK.has(w.norm))) break;
  }
  const cs = clauseStart(a, first);
  // copula: "<subject> is/are [so/a/an...] <evaluation>"
  const k = copulaBefore(a, first, cs);
  const cop = k >= cs ? t[k]! : undefined;
  if (cop && (COPULA.has(cop.norm) || CONTRACTED_COPULA.has(cop.norm) || cop.norm === "like")) {
    if (CONTRACTED_COPULA.has(cop.norm)) {
      const who = cop.norm.startsWith("you") || cop.norm === "ur" ? resolve(a, k) : cop.norm.startsWith("it") ? undefined : cop.norm.startsWith("who") ? nearestBefore(a, k) : resolve(a, k);
      if (who && who.who !== "self") return { referent: who, how: "copula" };
      if (!who && (cop.norm.startsWith("it"))) return undefined;
    }
    // the subject: the head noun just before the copula decides whether it is a person or a thing
    const head = subjectHead(a, cs, k);
    if (head === "thing") return undefined;
    const r = firstReferent(a, cs, k);
    if (r) return r.who === "self" ? undefined : { referent: r, how: "copula" };
    if (k === cs || (k === cs + 1 && !isWord(t[cs]))) {
      // "...: is useless", a verbless continuation of the sentence before
      const p = previousReferent(a, first);
      if (p) return { referent: p, how: "fragment" };
    }
  }
  // vocative: "you absolute X", "what a X", "such a X", "@x honestly embarrassing"
  let lead = cs;
  while (lead < first && (t[lead]!.kind === "mention" || MODIFIER.has(t[lead]!.norm) || (t[lead]!.kind === "punct" && t[lead]!.text !== "."))) lead++;
  if (lead === first && t[cs]!.kind === "mention" && !organisationHandle(t[cs]!.text)) return { referent: mk(t[cs]!, "colleague", 1, true, "@handle addressed"), how: "vocative" };
  const before = a.wordsBefore(span.start, 3);
  if (before.some((w) => w.norm === "you" || w.norm === "ya" || w.norm === "u")) {
    const at = before.find((w) => w.norm === "you" || w.norm === "ya" || w.norm === "u")!;
    const r = resolve(a, a.tokenIndexAt(at.start));
    if (r) return { referent: r, how: "vocative" };
  }
  if (before[0] && (before[0].norm === "what" || (before[1]?.norm === "what" && (before[0].norm === "a" || before[0].norm === "an")))) {
    const r = previousReferent(a, first) ?? firstReferent(a, cs, first);
    if (r && r.who !== "self") return { referent: r, how: "vocative" };
  }
  // a verb said of its subject: "the man in bed 12 absolutely stinks", "this lady can't be bothered"
  if (verb || !strict) {
    const r = firstReferent(a, cs, first);
    // the author as subject ("I was gagging") ends a strict search; a loose one looks on ("I swear the smell from bay 6...")
    if (r && r.who !== "self") return { referent: r, how: "verb" };
    if (r && strict) return undefined;
    if (!strict) {
      const s = firstReferent(a, Math.max(0, sentenceStartIndex(a, first)), first);
      if (s && s.who !== "self") return { referent: s, how: "sentence" };
      // after the evaluation, in its clause ("can't be bothered, these people")
      for (let j = last + 1, seen = 0; j < t.length && seen < 8 && t[j]!.sentence === t[first]!.sentence; j++, seen++) {
        const r2 = PRONOUNS.has(t[j]!.norm) ? resolve(a, j) : referentAt(a, j);
        if (r2 && r2.who !== "self") return { referent: r2, how: "sentence" };
      }
      if (r || s) return undefined;
    }
  }
  // fragment: a verbless remark after a sentence that names someone ("Useless, the lot of them."), not the subject of its own clause ("Embarrassment is not a risk factor")
  const then = a.wordsAfter(span.end, 2);
  const ownClause = then.some((w) => COPULA.has(w.norm) || CONTRACTED_COPULA.has(w.norm) || w.norm === "can" || w.norm === "will" || w.norm === "should" || w.norm === "has" || w.norm === "have");
  if (!ownClause && firstReferent(a, cs, first) === undefined && (first === sentenceStartIndex(a, first) || sentenceWords(a, first) <= 6 || !strict)) {
    if (sentenceWords(a, first) <= 8 || !strict) {
      const p = previousReferent(a, first);
      if (p) return { referent: p, how: strict ? "fragment" : "previous" };
    }
  }
  return undefined;
}
const BACK_COLLECTIVE = new Set(["lot", "bunch", "crowd", "shower", "gang", "brigade", "mob"]);
/** Nouns that name nobody new after a copula: "X is the laziest person", "X are the rudest people". */
const PREDICATE_HEADS = new Set(["people", "person", "folk", "folks", "human", "humans", "individual", "individuals", "man", "woman", "men", "women", "bloke", "guy", "lot", "bunch", "crowd"]);
/**
 * The subject of the copula before token `first` (plain "are"/"is" or "he's", "they're"), when
 * it names someone other than the author; undefined otherwise.
 */
function copulaSubject(a: Analysis, first: number): Referent | undefined {
  const t = a.tokens;
  const cs = clauseStart(a, first);
  const k = copulaBefore(a, first, cs);
  if (k < cs) return undefined;
  const cop = t[k]!;
  if (CONTRACTED_COPULA.has(cop.norm)) {
    if (cop.norm.startsWith("it") || cop.norm.startsWith("who")) return undefined;
    const who = resolve(a, k);
    return who && who.who !== "self" ? who : undefined;
  }
  if (!COPULA.has(cop.norm) || cop.norm === "like" || subjectHead(a, cs, k) !== "person") return undefined;
  const r = firstReferent(a, cs, k);
  return r && r.who !== "self" ? r : undefined;
}
/** Words that may sit between an attributive evaluation and its noun ("feral bunch of drunks"). */
const ATTRIBUTIVE_OK = new Set(["bunch", "pair", "couple", "load", "lot", "gang", "crowd", "herd", "pack", "group", "new", "old", "young", "little", "big", "fat"]);

function sentenceStartIndex(a: Analysis, i: number): number {
  const t = a.tokens;
  let k = i;
  for (let n = 0; k > 0 && n < 40 && t[k - 1]!.sentence === t[i]!.sentence; n++) k--;
  return k;
}

/**
 * The head word before a copula: a person ("the reg is"), a thing ("the rota is", "this pager
 * system is"), or unknown (no noun, a pronoun). Nouns after a preposition are not the head.
 */
function subjectHead(a: Analysis, from: number, copula: number): "person" | "thing" | "unknown" {
  const t = a.tokens;
  // the first person named in the phrase heads it unless a thing comes first ("the new rota for the
  // juniors") or the person only owns the thing ("the reg's plan", "your take on statins")
  let ref = -1;
  for (let j = from; j < copula; j++) {
    const x = t[j]!;
    if (x.kind === "mention" || PRONOUNS.has(x.norm) || ((YOU.has(x.norm) && x.norm !== "your")) || (isWord(x) && referentAt(a, j))) { ref = j; break; }
  }
  // "the fax machine in our department is...": the person sits in a phrase after a preposition; the head before it is a thing
  if (ref > from) {
    let seenNoun = false;
    for (let j = from; j < ref; j++) {
      const x = t[j]!;
      if (!isWord(x)) continue;
      if (PREPOSITIONS.has(x.norm)) { if (seenNoun) return "thing"; break; }
      if (!DETERMINERS.has(x.norm) && !MODIFIER.has(x.norm) && !ROLE_ADJ.has(x.norm) && !QUANTIFIERS.has(x.norm)) seenNoun = true;
    }
  }
  for (let j = from; j < copula; j++) {
    const x = t[j]!;
    if (!isWord(x)) continue;
    if (THING_HEADS.has(x.norm) && (ref === -1 || (j < ref && !(isWord(t[j + 1]) && j + 1 === ref)) || /['\u2019]s?$/.test(t[ref]!.text) || t[ref]!.norm === "your" || (t[ref + 1]?.text === "'" ))) return "thing";
  }
  if (ref >= 0) return "person";
  let k = copula - 1;
  while (k >= from && !isWord(t[k])) k--;
  if (k < from) return "unknown";
  const w = t[k]!;
  if (DETERMINERS.has(w.norm) || MODIFIER.has(w.norm) || w.norm === "your") return "unknown";
  return "thing";
}
/** "half of them", "most of the patients": a quantifier heads the phrase but names the people after "of". */
const QUANTIFIERS = new Set(["half", "most", "some", "many", "all", "none", "lots", "loads", "majority", "few", "both", "each", "one", "two", "three", "rest", "several", "plenty", "any", "every"]);
const PREPOSITIONS = new Set(["in", "on", "at", "of", "from", "for", "with", "by", "about", "into", "onto", "across", "behind", "under", "over"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her", "their", "its", "some", "every", "each", "new", "old"]);
/** Nouns that head a phrase about a thing even when a person word modifies them ("the reg's plan"). */
const THING_HEADS = new Set(["rota", "rotas", "system", "policy", "plan", "plans", "take", "thread", "tweet", "post", "argument", "paper", "guidance", "idea", "ideas", "decision", "pager", "computer", "coffee", "food", "weather", "parking", "pay", "contract", "job", "shift", "day", "night", "week", "printer", "handover", "process", "service", "website", "app"]);

/** Laughs, eye-rolls and ironic emoji in the post (at most `max` counted). */
export function laughCount(a: Analysis, max = 2): number {
  return Math.min(max, a.lexicon("mockery", "laugh").length);
}

// ---- evaluations --------------------------------------------------------------------------------

export interface Evaluation { span: Span; confidence: number; category: string; policy: "strict" | "verb" | "loose" | "ironic" }

/** How each category of judging words must be linked to a person (see the header). */
const POLICY: Record<string, Evaluation["policy"]> = {
  derogatory: "strict", lacking: "verb", fitness: "verb", faking: "loose", dehumanising: "strict", body: "verb", "body-animal": "strict", smell: "verb", disdain: "loose", "mock-praise": "ironic", repeat: "ironic", incapacity: "loose",
};
/** Insult categories that are the composition's too (labels for drug use and mental illness are handled by the rules' own loops). */
const INSULT_CATEGORIES = new Set(["intellect", "competence", "worth", "body", "character"]);
/** "couldn't X with a map": the tail needs an inability before it in the clause. */
const CANNOT = new Set(["couldn't", "couldnt", "can't", "cant", "cannot", "wouldn't", "wouldnt", "unable", "struggles", "struggle", "struggled"]);
const SELF_CONTAINED_INCAPACITY = /^(?:about )?as (?:useful|much use|sharp|bright|helpful|quick|effective) as|^chocolate /i;

const startsCache = new PostCache<Set<number>>();
const evaluationStart = (e: Evaluation) => e.span.start;
function evaluationStarts(a: Analysis): ReadonlySet<number> {
  let v = startsCache.get(a);
  if (!v) startsCache.set(a, (v = new Set(evaluations(a).map(evaluationStart))));
  return v;
}

/** Judging words of the mockery categories above and the insults lexicon, with their link policy (once per post). */
export function evaluations(a: Analysis): readonly Evaluation[] {
  let cached = evaluationCache.get(a);
  if (!cached) evaluationCache.set(a, (cached = computeEvaluations(a)));
  return cached;
}
const evaluationCache = new PostCache<Evaluation[]>();
const byStart = (x: Evaluation, y: Evaluation) => x.span.start - y.span.start;
function computeEvaluations(a: Analysis): Evaluation[] {
  {
    const out: Evaluation[] = [];
    const seen = new Set<number>();
    for (const s of a.lexicon("mockery")) {
      const category = String(s.data?.category);
      if (!Object.hasOwn(POLICY, category)) continue;
      // "entitled to an interpreter", "entitled to free prescriptions": a right, not entitlement
      if (s.text.toLowerCase() === "entitled" && a.wordsAfter(s.end, 1)[0]?.norm === "to") continue;
      let span: Span = s;
      if (category === "incapacity" && !SELF_CONTAINED_INCAPACITY.test(s.text)) {
        // the inability: "couldn't find an appendix with a map", "can't cannulate to save his life";
        // the span starts at it (the negation is the construction, not a denial of the insult)
        const before = nearBefore(a, s, 10);
        const cannot = before.find((w) => CANNOT.has(w.norm));
        if (!cannot) continue;
        // "we can't confirm whether someone is a patient, let alone...": the author's own inability is no put-down
        const subject = a.wordsBefore(cannot.start, 1)[0]?.norm;
        if (subject === "i" || subject === "we") continue;
        span = { ...s, start: cannot.start, text: a.text.slice(cannot.start, s.end) };
      }
      seen.add(s.start);
      out.push({ span, confidence: s.confidence, category, policy: POLICY[category]! });
    }
    if (a.lexicon("insults").length > 0) for (const s of a.lexicon("insults")) {
      if (seen.has(s.start) || !INSULT_CATEGORIES.has(String(s.data?.category))) continue;
      seen.add(s.start);
      out.push({ span: s, confidence: s.confidence, category: `insult:${s.data?.category}`, policy: "strict" });
    }
    // people as a recurring type ("another overdose who..."), found by the one pass over the post
    for (const s of peopleScan(a).recurring) if (!seen.has(s.start)) { seen.add(s.start); out.push({ span: s, confidence: s.confidence, category: "repeat", policy: "ironic" }); }
    // swear words used as nouns for a person ("a total prick to the nurses"), not the mild ones
    for (const s of a.lexicon("profanity")) {
      if (seen.has(s.start) || s.data?.category === "mild" || namesSituation(a, s)) continue;
      // a weak word ("prick", "knob") is the insult only as a noun for a person: "a (total) prick"
      // (the rules' own swearing paths read the rest)
      if (!a.wordsBefore(s.start, 2).some((w) => w.norm === "a" || w.norm === "an" || w.norm === "you")) continue;
      seen.add(s.start);
      out.push({ span: s, confidence: s.confidence < 0.5 ? 0.45 : Math.min(0.6, s.confidence), category: "profanity", policy: "strict" });
    }
    // belittling phrases ("is a joke", "dinosaur", "overpaid") said of a person
    for (const s of a.lexicon("colleague-disputes")) {
      if (seen.has(s.start) || s.data?.category !== "belittling") continue;
      out.push({ span: s, confidence: s.confidence, category: "belittling", policy: "strict" });
    }
    return out.length > 1 ? out.sort(byStart) : out;
  }
}

/** Up to `n` word tokens before the span in its clause (nearest first). */
function nearBefore(a: Analysis, span: { start: number }, n: number): Token[] {
  const out: Token[] = [];
  const t = a.tokens;
  const first = a.tokenIndexAt(span.start);
  const s = t[first]?.sentence;
  for (let k = first - 1; k >= 0 && out.length < n && t[k]!.sentence === s; k--) {
    if (t[k]!.kind === "punct" && (t[k]!.text === "." || t[k]!.text === ";")) break;
    if (isWord(t[k])) out.push(t[k]!);
  }
  return out;
}

const BE = new Set(["is", "are", "was", "were", "am"]);
/** Swear words that name a situation, not a person ("what a shit show", "a total clusterf*ck"). */
const SITUATION_SWEAR = /(?:show|storm|fest|cluster\W?f\W*ck|dumpster fire)$/i;
const SITUATION_NOUNS = new Set(["show", "storm", "fest", "shambles"]);
export function namesSituation(a: Analysis, span: Span): boolean {
  return SITUATION_SWEAR.test(span.text) || SITUATION_NOUNS.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "");
}

const FEEL = new Set(["feel", "feels", "felt", "feeling", "made", "makes", "make"]);
/** "you will feel useless", "I felt clueless": a feeling reported, not a verdict on the person. */
export function felt(a: Analysis, span: { start: number }): boolean {
  return a.wordsBefore(span.start, 3).some((w) => FEEL.has(w.norm));
}
/** Verbs after "to" that make the evaluation a task's ("a nightmare to cannulate"), not the person's ("an embarrassment to general practice"). */
const TASK_VERBS = new Set(["cannulate", "bleed", "examine", "treat", "manage", "deal", "work", "talk", "reason", "look", "get", "find", "take", "do", "handle", "discharge", "wake", "catch", "clerk", "assess", "intubate", "insert", "follow", "read", "understand", "please", "live", "be", "have", "teach", "supervise", "cover", "fit", "explain", "convince", "organise", "organize", "navigate", "park", "reach", "book", "arrange", "sort", "fix", "move", "roll", "transfer", "feed", "wash", "dress", "sedate", "scan", "image", "access", "cannulate", "catheterise", "source", "staff", "fill", "run", "write", "complete", "watch", "see", "hear", "say", "admit", "board", "place", "settle", "calm", "keep"]);

/**
 * The evaluation itself is denied ("aren't stupid", "is not a nightmare", "never rude", "no
 * longer lazy"): a negation right before it or before its copula, with only modifiers between. A
 * negated verb elsewhere in the clause ("can't stand the entitled parents") does not deny it.
 */
export function negatedHere(a: Analysis, span: { start: number }): boolean {
  const t = a.tokens;
  const first = a.tokenIndexAt(span.start);
  for (let k = first - 1, seen = 0; k >= 0 && seen < 6 && t[k]!.sentence === t[first]!.sentence; k--, seen++) {
    const w = t[k]!;
    if (w.kind === "punct") { if (w.text === "-" || w.text === "'" || w.text === "\u2019") continue; return false; }
    const n = w.norm;
    if (NEGATORS.has(n) || (n.endsWith("n't") && (COPULA.has(n.slice(0, -3)) || n === "isn't" || n === "aren't" || n === "wasn't" || n === "weren't" || n === "ain't"))) return true;
    if (COPULA.has(n) || MODIFIER.has(n) || n === "a" || n === "an" || n === "that" || n === "at" || n === "all") continue;
    return false;
  }
  return false;
}
const NEGATORS = new Set(["not", "never", "no", "nothing", "hardly", "barely", "isnt", "arent", "wasnt", "werent", "nobody's", "none", "don't", "doesn't", "didn't", "dont", "doesnt", "didnt"]);

/**
 * A quoted label after a verb of calling ("heard a consultant call a patient 'a waste of a bed'"):
 * someone else's words reported, even in quote marks that sit tight around the label.
 */
export function calledAs(a: Analysis, span: { start: number; end: number }): boolean {
  const before = a.text[span.start - 1];
  const quoteBefore = before === "'" || before === "\u2018" || before === '"' || before === "\u201c" || (a.text[span.start - 3] === " " && (a.text[span.start - 2] === "'" || a.text[span.start - 2] === '"') && a.text[span.start - 1] === "a");
  let calling = false;
  for (const w of a.wordsBefore(span.start, 5)) if (CALLING.has(w.norm)) { calling = true; break; }
  return calling && (quoteBefore || a.isQuoted(span));
}
const CALLING = new Set(["call", "calls", "called", "calling", "label", "labelled", "labeled", "labelling", "describe", "described", "say", "said", "says", "heard", "hear", "refer", "referred", "nickname", "nicknamed"]);

/** Used plainly: not denied ("aren't stupid"), not talked about as a term, not someone else's words. */
export function assertedHere(a: Analysis, span: Span): boolean {
  return !negatedHere(a, span) && !noOneSaid(a, span) && !rejected(a, span) && !reported(a, span) && !calledAs(a, span);
}

/** "Nobody who comes to ED is a time-waster": a negative subject denies the predicate. */
export function noOneSaid(a: Analysis, span: { start: number }): boolean {
  const first = a.tokenIndexAt(span.start);
  if (first >= a.tokens.length) return false;
  const cs = clauseStart(a, first);
  const w = a.tokens[cs];
  // "Nobody can stand her" is itself the judgement
  if (!w || w.start >= span.start) return false;
  // "Not one of them was a timewaster", "Not a single one was rude": a denial of all of them
  const n1 = a.tokens[cs + 1]?.norm;
  if (w.norm === "not" && (n1 === "one" || (n1 === "a" && a.tokens[cs + 2]?.norm === "single"))) return true;
  return (w.norm === "nobody" || w.norm === "noone" || w.norm === "none" || (w.norm === "no" && (n1 === "one" || n1 === "patient" || n1 === "one's")) || w.norm === "never");
}

/** "here's the X", "here is the X", "meet the X", "meet our X": a thing shown to the reader, not a word said of someone. */
function presented(a: Analysis, span: Span): boolean {
  const b = a.wordsBefore(span.start, 3);
  if (b[0]?.norm !== "the" && b[0]?.norm !== "our" && b[0]?.norm !== "my") return false;
  return b[1]?.norm === "here's" || b[1]?.norm === "heres" || b[1]?.norm === "meet" || (b[1]?.norm === "is" && b[2]?.norm === "here");
}

/** The link an evaluation's policy asks for, or undefined. */
export function linkOf(a: Analysis, e: Evaluation): Link | undefined {
  if (felt(a, e.span)) return undefined;
  // "Here's the sheep outside instead 🐑", "meet the practice cat": an animal presented is an animal
  if ((e.category === "dehumanising" || e.category === "body-animal") && presented(a, e.span)) return undefined;
  // "a nightmare to cannulate", "a pain to bleed": the task is judged, not the person
  const after = e.policy === "strict" ? a.wordsAfter(e.span.end, 2) : [];
  if (after[0]?.norm === "to" && after[1] && TASK_VERBS.has(after[1].norm)) return undefined;
  // a swear word insults someone only as a noun said of them ("is a total prick"), never as a fragment ("Fix your shit, NHS.")
  if (e.category === "profanity") {
    const l = link(a, e.span, true);
    return l && (l.how === "copula" || l.how === "attributive" || l.how === "vocative") ? l : undefined;
  }
  if (e.policy === "strict") return link(a, e.span, true);
  // a verdict on someone's fitness is said of its subject, never of the people after it ("...near patients")
  if (e.policy === "verb") return link(a, e.span, true, true, e.category !== "fitness");
  return link(a, e.span, false);
}

/** The evaluation is said of a thing: "the new rota is useless", "this pager system is a joke". */
export function saidOfThing(a: Analysis, span: { start: number; end: number }): boolean {
  const t = a.tokens;
  const first = a.tokenIndexAt(span.start);
  if (first >= t.length) return false;
  const cs = clauseStart(a, first);
  // a phrase that holds its own copula ("are a joke") is said of the subject before it
  const k = BE.has(t[first]!.norm) ? first : copulaBefore(a, first, cs);
  if (k < 0) return false;
  if (t[k]!.norm === "it's" || t[k]!.norm === "its") return true;
  if (!COPULA.has(t[k]!.norm)) return false;
  return subjectHead(a, cs, k) === "thing";
}

/**
 * The copula's nearest subject is a thing, whoever opens the clause ("you have to tell the board the
 * plan is bullsh!t", "told the reg the rota was a joke"): "<the/this/your> <thing> is <evaluation>"
 * with no preposition before the determiner ("the reg on the rota is useless" stays the reg's).
 */
export function saidOfNearThing(a: Analysis, span: { start: number; end: number }): boolean {
  const t = a.tokens;
  const first = a.tokenIndexAt(span.start);
  if (first >= t.length) return false;
  // a phrase that holds its own copula ("is a joke") is said of the subject before it
  const k = BE.has(t[first]!.norm) ? first : copulaBefore(a, first, clauseStart(a, first));
  if (k < 2 || !COPULA.has(t[k]!.norm)) return false;
  const head = t[k - 1]!;
  if (!isWord(head) || !THING_HEADS.has(head.norm)) return false;
  // up to two words of the thing's name before its head ("the merger plan", "the new on-call rota")
  for (let d = k - 2; d >= 0 && d >= k - 4 && t[d]!.sentence === t[k]!.sentence; d--) {
    const det = t[d]!;
    if (!isWord(det) || PREPOSITIONS.has(det.norm) || referentAt(a, d)) return false;
    if (DETERMINERS.has(det.norm) && det.norm !== "new" && det.norm !== "old") {
      const before = t[d - 1];
      return !(before && before.sentence === det.sentence && PREPOSITIONS.has(before.norm));
    }
  }
  return false;
}

/** Strength a link adds: a grammatical link is surer than a referent somewhere in the sentence. */
export const LINK_BONUS: Record<Link["how"], number> = { copula: 0.3, attributive: 0.3, vocative: 0.3, verb: 0.2, fragment: 0.2, sentence: 0.1, previous: 0.05, own: 0.3, collective: 0.35 };
/** Degree words right before an evaluation ("so lazy", "absolutely stinks"): the author means it. */
const DEGREE = new Set(["so", "soo", "sooo", "such", "absolute", "total", "complete", "utter", "absolutely", "utterly", "totally", "completely", "proper", "bloody", "fucking", "really", "genuinely", "truly", "incredibly", "unbelievably", "ridiculously", "painfully", "thoroughly", "too"]);
export function degreeBefore(a: Analysis, span: { start: number }): boolean {
  const w = a.wordsBefore(span.start, 1)[0];
  return !!w && DEGREE.has(w.norm);
}

const MAX_EXAMINED = 300;

export interface Derogation { evaluation: Evaluation; link: Link; confidence: number }

/** Ironic praise counts with a laugh, an eye-roll or an ironic emoji in its sentence or the next. */
function ironic(a: Analysis, span: Span, laughs: readonly Span[]): boolean {
  if (a.inSentence(span, laughs).length > 0) return true;
  const t = a.tokens;
  const first = a.tokenIndexAt(span.start);
  const s = t[first]?.sentence ?? 0;
  // an eye-roll after a one-word retort ("...didn't mean it'. Sure. 🙄") still belongs to the remark
  for (let k = first; k < t.length && k < first + 40 && t[k]!.sentence <= s + 2; k++) {
    if (t[k]!.sentence === s + 2 && k > first + 30) break;
    if (t[k]!.kind === "punct" && IRONIC.has(t[k]!.text)) return true;
  }
  for (let k = first + 1; k < t.length && k < first + 40 && t[k]!.sentence <= s + 1; k++) if (t[k]!.sentence === s + 1 && laughs.some((l) => l.start === t[k]!.start)) return true;
  return false;
}
const IRONIC = new Set(["\ud83d\ude43", "\ud83d\ude44", "\ud83d\udc4f", "\ud83d\ude0f", "\ud83e\udee0", "\ud83d\ude12", "\ud83e\udd26", "\ud83d\udc80", "\ud83d\ude02", "\ud83e\udd23", "\ud83d\ude05", "\ud83e\udd21", "\ud83d\ude2c"]);

/**
 * Evaluations said of someone of kind `who` (patient or colleague), scored: the word's confidence,
 * the link's strength, laughs and eye-rolls in the post, and the other evaluations said of people of
 * that kind; times how surely the referent is of that kind. `keep` filters scope (negation,
 * quotation, reported speech: the rules' own asserted()).
 */
export function derogations(a: Analysis, who: Who, keep: (s: Span) => boolean): Derogation[] {
  const laughs = a.lexicon("mockery", "laugh");
  const items: { evaluation: Evaluation; link: Link; base: number }[] = [];
  const all = evaluations(a);
  if (all.length === 0) return [];
  // the weakest words (0.25: "rude", "moan", "the lot of them") can only count beside a laugh or a
  // stronger judgement; without either they are not worth linking
  const laughing = laughs.length > 0 || disgustCount(a) > 0;
  let strong = laughing;
  if (!strong) for (const e of all) if (e.confidence > 0.25) { strong = true; break; }
  let examined = 0;
  if (who === "colleague" && !mayNameColleague(a)) return [];
  for (const e of all) {
    if (!strong && e.confidence <= 0.25 && !degreeBefore(a, e.span)) continue;
    // a few hundred judging words are more evidence than any post needs; the bound keeps a huge post linear
    if (++examined > MAX_EXAMINED) break;
    if (e.policy === "ironic" && !ironic(a, e.span, laughs)) continue;
    let l = linkOf(a, e);
    // weight mocked with a laugh needs no grammar ("...too small 🙄 maybe stop eating then")
    if (!l && (e.category === "body" || e.category === "smell") && (laughs.length > 0 || disgustCount(a) > 0)) l = link(a, e.span, false);
    if (!l || l.referent.who !== who || !keep(e.span)) continue;
    const degree = degreeBefore(a, e.span) && e.policy !== "loose" ? 0.1 : 0;
    // ironic praise that passed its confirmation (a laugh or an eye-roll) is meant
    const confirmed = e.policy === "ironic" ? 0.2 : 0;
    items.push({ evaluation: e, link: l, base: combine2(combine2(combine2(e.confidence, LINK_BONUS[l.how]), degree), confirmed) });
    if (items.length >= 50) break; // enough evidence; keeps a huge post linear
  }
  if (items.length === 0) return [];
  let support = 0;
  for (let i = 0; i < Math.min(2, laughs.length >= 2 ? 2 : laughs.length + disgustCount(a)); i++) support = combine2(support, 0.2);
  const sorted = items.map((x) => x.base).sort((p, q) => q - p);
  return items.map((x) => {
    const other = sorted[0] === x.base ? sorted[1] ?? 0 : sorted[0]!;
    const confidence = combine2(combine2(x.base, support), 0.5 * other) * x.link.referent.weight;
    return { evaluation: x.evaluation, link: x.link, confidence };
  });
}
const combine2 = (p: number, q: number) => 1 - (1 - p) * (1 - q);
/** Disgust emoji (🤮 🤢) beside a judgement of a person: as telling as a laugh. */
const DISGUST = new Set(["\ud83e\udd2e", "\ud83e\udd22"]);
function disgustCount(a: Analysis): number {
  return peopleScan(a).disgust;
}

// ---- colleague frames: belittling shapes that carry their own referent ---------------------------

const FRAME_FIRST = new Set(["imagine", "typical", "thinks", "think", "reckons", "reckon", "how", "another", "leave", ...Array.from(["sweetheart", "sweetie", "darling", "hun", "honey", "babe", "sweetpea", "petal", "dear", "grandad", "granddad", "grandpa", "grandma", "granny", "boomer", "kiddo", "sonny"])]);
/** Endearments that condescend when addressed to a colleague in a reply ("@x sweetheart, leave the..."). */
const ENDEARMENT = new Set(["sweetheart", "sweetie", "darling", "hun", "honey", "babe", "sweetpea", "petal", "dear", "grandad", "granddad", "grandpa", "grandma", "granny", "boomer", "kiddo", "sonny"]);
/** Who the condescending "leave it to..." hands the matter to. */
const GROWN_UPS = new Set(["doctors", "grown", "grownups", "adults", "professionals", "experts", "consultants", "specialists", "surgeons", "real"]);
const TAUTOLOGY_LINK = new Set(["being", "gonna", "gon", "will", "gotta"]);
const PASSED = new Set(["passed", "qualified", "graduated", "became", "got"]);
const THINK = new Set(["thinks", "think", "reckons", "reckon"]);
const IS_A = new Set(["he's", "she's", "they're", "hes", "shes", "theyre"]);
const NEGATIVE_TAIL = new Set(["not", "never", "can't", "cant", "cannot", "couldn't", "couldnt", "no", "without", "don't", "doesn't", "didn't", "unable", "forgetting", "failing"]);

/** Schools whose training a put-down holds up ("people who went to med school"). */
const MED_SCHOOL = new Set(["med", "medical", "nursing", "dental"]);
/** "...who (actually) went to med school", "...who have a medical degree": the index of the last word, or 0. */
function medicalTraining(a: Analysis, from: number, sentence: number): number {
  const t = a.tokens;
  for (let k = from; k + 1 < t.length && k <= from + 6 && t[k]!.sentence === sentence; k++) {
    if (MED_SCHOOL.has(t[k]!.norm) && (t[k + 1]!.norm === "school" || t[k + 1]!.norm === "degree" || t[k + 1]!.norm === "degrees")) return k + 1;
  }
  return 0;
}

/**
 * Shapes that belittle a colleague or a specialty by themselves, each with its referent inside:
 *  - "ortho being ortho", "surgeons gonna surgeon": a role as its own stereotype;
 *  - "imagine being a consultant and still not knowing...": mock-incredulity with a failing;
 *  - "typical surgeon", "typical ortho": a role as a byword;
 *  - "our PA thinks he's a consultant": pretension mocked;
 *  - "how she passed finals", "how they qualified": competence doubted.
 * One pass over the tokens, bounded look-ahead; cached per post.
 */
export function colleagueFrames(a: Analysis): readonly Span[] {
  return peopleScan(a).frames;
}
/**
 * "Imagine calling an ambulance because you've had diarrhoea for an hour 🙄": mock incredulity at
 * what someone did to need care (a care word follows); the rule counts it with a laugh or eye-roll.
 */
export function incredulityFrames(a: Analysis): readonly Span[] {
  return peopleScan(a).incredulity;
}
/** Indexes of tokens that are human faculties ("intelligence", "brain cells"), for respect/evaluative's comparisons. */
export function facultyTokens(a: Analysis): readonly number[] {
  return peopleScan(a).faculties;
}
/** Human faculties that insults measure ("the IQ of a..."); the last word of a possibly longer noun phrase. */
export const FACULTIES = new Set([
  "intelligence", "iq", "cells", "cell", "sense", "personality", "skills", "manner", "empathy", "charm", "charisma", "span", "memory", "brains", "brain", "wit", "tact",
  "awareness", "judgement", "judgment", "competence", "warmth", "compassion", "insight", "abilities", "ability", "knowledge", "understanding", "reasoning", "logic",
]);
interface PeopleScan { frames: Span[]; faculties: number[]; recurring: Span[]; incredulity: Span[]; colleague: boolean; disgust: number }
const scanCache = new PostCache<PeopleScan>();
/** One pass over the tokens for the colleague frames, the faculty words, the patient frames, whether a colleague can be named and the disgust emoji (cached per post). */
function peopleScan(a: Analysis): PeopleScan {
  let cached = scanCache.get(a);
  if (!cached) scanCache.set(a, (cached = computeFrames(a)));
  return cached;
}

/**
 * Whether the post has any word that can name a colleague (a role, a grade, a specialty, an @handle,
 * a "Dr" name): one pass, cached. Without one no colleague frame or derogation can be found.
 */
export function mayNameColleague(a: Analysis): boolean {
  return peopleScan(a).colleague;
}

const S_FACULTY = 1, S_FIRST = 2, S_LINK = 4, S_COLLEAGUE = 8;
/** Nouns for one of a recurring type ("another one who", "another overdose who", "another drunk with"). */
const RECURRING = new Set(["one", "overdose", "od", "drunk", "faller", "attender", "regular", "frequent", "timewaster", "waster", "antivaxxer", "vaxxer", "junkie", "addict", "alcoholic", "smoker", "case", "patient", "pt", "genius", "einstein", "hero", "legend"]);
/** Words the one pass stops at, with what each can be (a bit set). */
const SCAN = new Map<string, number>();
for (const [words, bit] of [[FACULTIES, S_FACULTY], [FRAME_FIRST, S_FIRST], [TAUTOLOGY_LINK, S_LINK], [ANY_COLLEAGUE, S_COLLEAGUE]] as const) for (const w of words) SCAN.set(w, (SCAN.get(w) ?? 0) | bit);
// "working with a load of women...": a work verb may put the people after it among the author's colleagues (workedWith)
for (const w of ["work", "works", "working", "worked"]) SCAN.set(w, (SCAN.get(w) ?? 0) | S_COLLEAGUE);
// "whoever was on call", "whoever wrote this rota": referentAt decides from the words after it
SCAN.set("whoever", (SCAN.get("whoever") ?? 0) | S_COLLEAGUE);
/** An @handle opens the remark, with at most two filler words between ("@x lol ok grandad"). */
function repliedTo(a: Analysis, i: number): boolean {
  const t = a.tokens;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 4 && t[k]!.sentence === t[i]!.sentence; k--, seen++) {
    if (t[k]!.kind === "mention") return true;
    if (!(t[k]!.kind === "punct" || REPLY_FILLER.has(t[k]!.norm))) return false;
  }
  return false;
}
const REPLY_FILLER = new Set(["lol", "ok", "okay", "sure", "right", "yes", "yeah", "oh", "aww", "awww", "bless", "haha", "mate", "listen", "look"]);
/** A training grade ("F1", "CT2", "ST3s"): a digit near the end of a short word, checked before the regex. */
function gradeLike(w: string): boolean {
  const n = w.length;
  if (n < 2 || n > 4) return false;
  const c = w.charCodeAt(n - 1) === 115 ? w.charCodeAt(n - 2) : w.charCodeAt(n - 1);
  return c >= 49 && c <= 57 && GRADE.test(w);
}
function isColleague(a: Analysis, k: number): boolean {
  const r = referentAt(a, k);
  return !!r && r.who === "colleague";
}
function frameSpan(a: Analysis, from: number, to: number, confidence: number, frame: string): Span {
  const t = a.tokens;
  return { type: "phrase", start: t[from]!.start, end: t[to]!.end, text: a.text.slice(t[from]!.start, t[to]!.end), confidence, detector: "colleague frame", lexicon: "colleague-disputes", data: { category: "belittling", term: frame } };
}
function computeFrames(a: Analysis): PeopleScan {
  {
    const out: Span[] = [];
    const recurring: Span[] = [];
    const incredulity: Span[] = [];
    let colleague = false;
    let disgust = 0;
    const faculties: number[] = [];
    const t = a.tokens;
    for (let j = 0; j < t.length; j++) {
      const x = t[j]!;
      if (x.kind !== "word") {
        if (x.kind === "mention" && !organisationHandle(x.text)) colleague = true;
        else if (x.kind === "punct" && DISGUST.has(x.text)) disgust++;
        else if (x.kind === "number" && !colleague && gradeLike(x.norm)) colleague = true;
        continue;
      }
      // one look-up per word says what it can be: a faculty, the first word of a frame, the link of
      // a tautology ("ortho BEING ortho"), whose frame starts one word back, or a word naming a colleague
      const role = SCAN.get(x.stem);
      if (role === undefined) { if (!colleague && gradeLike(x.norm)) colleague = true; continue; }
      if (role & S_COLLEAGUE) colleague = true;
      if (role & S_FACULTY) faculties.push(j);
      const i = role & S_LINK ? j - 1 : j;
      if (!(role & (S_FIRST | S_LINK)) || i < 0 || i + 2 >= t.length) continue;
      const w = t[i]!;
      if (w.kind !== "word") continue;
      const n1 = t[i + 1]!;
      const n2 = t[i + 2]!;
      if (role & S_LINK && n2.kind === "word" && n2.sentence === w.sentence && (n2.stem === w.stem || w.stem.startsWith(n2.stem) && w.stem.length - n2.stem.length <= 2) && (isColleague(a, i) || ROLE_WORDS.has(w.norm))) {
        out.push(frameSpan(a, i, i + 2, 0.55, "a role as its own stereotype"));
        continue;
      }
      if (!(role & S_FIRST)) continue;
      // "another one who...", "another overdose who...", "yet another drunk with...": people as a recurring type
      if (w.norm === "another") {
        for (let k = i + 1; k <= i + 3 && k < t.length && t[k]!.sentence === w.sentence; k++) {
          const x = t[k]!.norm;
          if (x === "who" || x === "that" || x === "with") {
            if (k > i + 1 && (RECURRING.has(t[k - 1]!.stem) || CLASS_ADJ.has(t[k - 1]!.norm) || CLASS_NOUNS.has(t[k - 1]!.norm) || PUBLIC_NOUNS.has(t[k - 1]!.norm) || PATIENT_WORDS.has(t[k - 1]!.norm))) recurring.push(frameSpan(a, i, k, 0.45, "another <one> who..."));
            break;
          }
        }
        continue;
      }
      // "imagine calling an ambulance because...": mock incredulity at what someone did to need care
      if (w.norm === "imagine" && n1.kind === "word" && n1.norm.endsWith("ing") && n1.norm !== "being") {
        for (let k = i + 2; k <= i + 8 && k < t.length && t[k]!.sentence === w.sentence; k++) if (CARE_WORDS.has(t[k]!.norm) || (t[k]!.norm === "a" && t[k + 1]?.text === "&")) { incredulity.push(frameSpan(a, i, i + 1, 0.45, "imagine <doing> ... (care)")); break; }
        continue;
      }
      // "@x sweetheart, leave the prescribing to the doctors": condescension in a reply
      if (ENDEARMENT.has(w.norm) && repliedTo(a, i)) { out.push(frameSpan(a, i, i, 0.45, "an endearment that condescends")); continue; }
      if (w.norm === "leave") {
        for (let k = i + 1; k <= i + 5 && k + 2 < t.length && t[k]!.sentence === w.sentence; k++) {
          if (t[k]!.norm === "to" && (t[k + 1]!.norm === "the" || t[k + 1]!.norm === "us") && GROWN_UPS.has(t[k + 2]!.norm)) { out.push(frameSpan(a, i, k + 2, 0.5, "leave it to the grown-ups")); break; }
          // "leave clinical decisions to people who went to med school": the other person's training held against them
          if (t[k]!.norm === "to" && (t[k + 1]!.norm === "people" || t[k + 1]!.norm === "those" || t[k + 1]!.norm === "someone") && t[k + 2]!.norm === "who") {
            const school = medicalTraining(a, k + 3, w.sentence);
            if (school > 0) out.push(frameSpan(a, i, school, 0.5, "leave it to people who trained in medicine"));
            break;
          }
        }
        continue;
      }
      // (a quoted or extra adjective may sit before the role: "imagine being a 'senior' doctor")
      let roleAt = i + 3;
      while (roleAt < i + 7 && t[roleAt] && !isColleague(a, roleAt) && (t[roleAt]!.kind === "punct" || ROLE_ADJ.has(t[roleAt]!.norm) || t[roleAt]!.norm === "senior" || t[roleAt]!.norm === "qualified" || t[roleAt]!.norm === "real" || t[roleAt]!.norm === "so-called" || t[roleAt]!.norm === "fully")) roleAt++;
      if (w.norm === "imagine" && n1.norm === "being" && (n2.norm === "a" || n2.norm === "an") && t[roleAt] && isColleague(a, roleAt)) {
        // mock-incredulity needs a failing after it or a laugh in the sentence
        // ("imagine being a GP for 25 years and still sending letters with no obs": a longer tail when
        // "and still" carries the incredulity on, within the sentence)
        const still = a.wordsAfter(t[roleAt]!.end, 8).some((x, k, xs) => x.norm === "still" && xs[k - 1]?.norm === "and");
        const tail = a.wordsAfter(t[roleAt]!.end, still ? 18 : 10).filter((x) => x.sentence === w.sentence);
        if (tail.some((x) => NEGATIVE_TAIL.has(x.norm) || x.norm === "thick" || x.norm === "clueless" || x.norm === "useless") || a.inSentence(w, a.lexicon("mockery", "laugh")).length > 0) out.push(frameSpan(a, i, roleAt, 0.6, "imagine being a <role> and..."));
        continue;
      }
      // "typical surgeon 🙄": a role as a byword, when an eye-roll or a laugh says it is not praise
      if (w.norm === "typical" && isColleague(a, i + 1) && n1.sentence === w.sentence && ironic(a, frameSpan(a, i, i + 1, 0, ""), a.lexicon("mockery", "laugh"))) { out.push(frameSpan(a, i, i + 1, 0.45, "typical <role>")); continue; }
      if (THINK.has(w.norm) && (IS_A.has(n1.norm) || ((n1.norm === "he" || n1.norm === "she" || n1.norm === "they") && (n2.norm === "is" || n2.norm === "are")))) {
        const k0 = IS_A.has(n1.norm) ? i + 2 : i + 3;
        const k = t[k0] && (t[k0]!.norm === "a" || t[k0]!.norm === "an" || t[k0]!.norm === "the") ? k0 + 1 : k0;
        if (t[k] && t[k]!.sentence === w.sentence && isColleague(a, k)) out.push(frameSpan(a, i, k, 0.45, "thinks they're a <role>"));
        continue;
      }
      if (w.norm === "how" && n1.kind === "word" && n1.norm !== "who") {
        // "how she passed finals", "how the F2 ever qualified", "how did he get the job"
        for (let k = i + 2; k < Math.min(t.length, i + 5); k++) {
          if (t[k]!.sentence !== w.sentence) break;
          if (PASSED.has(t[k]!.norm) && !(t[k]!.norm === "got" && !gotPosition(a, k))) {
            if (PRONOUNS.has(n1.norm) || isColleague(a, i + 1)) out.push(frameSpan(a, i, k, 0.5, "how <they> passed"));
            break;
          }
        }
      }
    }
    if (!colleague) colleague = a.of("person-name").some((p) => p.data?.clinician === true);
    return { frames: out, faculties, recurring, incredulity, colleague, disgust };
  }
}
