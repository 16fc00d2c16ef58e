// Small helpers rules share: who a sentence is about, how sure a finding is, and removal edits.
import type { Analysis } from "../analysis";
import type { Severity, Span, Suggestion } from "../types";

/** Words that refer to patients in general or a patient in particular. */
const PATIENT_WORDS = new Set(["patient", "patients", "pt", "pts", "punter", "punters", "customer", "customers", "service user", "client", "clients", "admission", "admissions", "attender", "attenders"]);
/** Words that refer to colleagues or the profession. */
export const COLLEAGUE_WORDS = new Set([
  "colleague", "colleagues", "consultant", "consultants", "registrar", "registrars", "reg", "sho", "f1", "f2", "fy1", "fy2", "intern", "interns", "resident", "residents", "attending", "attendings",
  "nurse", "nurses", "midwife", "midwives", "surgeon", "surgeons", "anaesthetist", "anaesthetists", "anesthesiologist", "gp", "gps", "physician", "physicians", "doctor", "doctors", "dr",
  "manager", "managers", "management", "boss", "matron", "radiologist", "radiologists", "paramedic", "paramedics", "pharmacist", "pharmacists", "locum", "locums", "trainee", "trainees",
  "team", "department", "dept", "juniors", "seniors", "medics", "houseman", "sister", "hca", "hcas", "porter", "porters", "receptionist", "receptionists", "physio", "physios", "pa", "pas",
  "cd", "acp", "anp", "trainer", "supervisor", "partner", "partners", "director", "directors", "ceo", "fellow", "fellows", "clinical lead",
  "chief", "exec", "executive", "executives", "chair", "chairman", "chairwoman", "board", "governor", "governors", "minister", "secretary",
  // staff life events: a post about someone retiring or leaving is about a colleague
  "retires", "retiring", "retirement", "farewell", "leaving", "colleague's",
]);

/** The sentence around `span` talks about a patient (a patient cue, or a patient word). */
export function aboutPatient(a: Analysis, span: { start: number }): boolean {
  if (a.inSentence(span, a.of("patient-cue")).some((c) => c.confidence >= 0.3 && !patientCompound(a, { norm: c.text.toLowerCase(), end: c.end }))) return true;
  if (a.inSentence(span, a.of("ward-bed")).some((w) => w.data?.kind !== "ward")) return true;
  return a.sentencesWith("patient-words", (t) => PATIENT_WORDS.has(t.stem) && !patientAdjective(a, t) && !patientCompound(a, t)).has(a.sentenceOf(span.start));
}

/** "patient safety", "patient experience": "patient" naming a field of work, not a person. */
const PATIENT_FIELDS = new Set(["safety", "experience", "feedback", "survey", "surveys", "portal", "panel", "panels", "forum", "participation", "liaison", "advocate", "advocates", "leaflet", "leaflets", "flow"]);
function patientCompound(a: Analysis, t: { norm: string; end: number }): boolean {
  if (t.norm !== "patient") return false;
  const next = a.wordsAfter(t.end, 1)[0];
  return next !== undefined && next.start - t.end <= 1 && PATIENT_FIELDS.has(next.norm);
}

/**
 * "the most patient man alive", "be patient with me": the adjective. The phrase detector keeps no
 * patient cue over such a "patient" (it knows the degree words), so a singular "patient" no cue covers
 * is the adjective. Asked only of the word "patient".
 */
export function patientAdjective(a: Analysis, t: { norm: string; start: number }): boolean {
  if (t.norm !== "patient") return false;
  // (a cue may be longer and hold the word: "my patient", "the patient in bed 4")
  return !a.lexicon("context-cues", "patient-cue").some((c) => c.start <= t.start && t.start < c.end);
}

/** The sentence around `span` talks about a colleague (role word, @handle, or Dr/Prof name). */
export function aboutColleague(a: Analysis, span: { start: number }): boolean {
  if (a.sentencesWith("colleague-words", (t) => COLLEAGUE_WORDS.has(t.stem) || t.kind === "mention").has(a.sentenceOf(span.start))) return true;
  return a.inSentence(span, a.of("person-name")).some((p) => p.data?.clinician === true);
}

/** Map a confidence to a severity, one step down per band below `sure`. */
/**
 * The confidence from which a rule whose default is "error" reports an error: below it the finding is
 * a warning (the detection may be wrong), above it the breach is taken as found. One figure for every
 * error-default rule, so "stop" means the same thing whichever rule says it.
 */
export const SURE = 0.6;

export function severityFor(confidence: number, strongest: Severity, sure = 0.75, possible = 0.5): Severity {
  if (confidence >= sure) return strongest;
  if (confidence >= possible) return strongest === "error" ? "warning" : "info";
  return "info";
}

/** Noisy-or: the chance at least one of several independent signals is right. */
export function combine(...confidences: number[]): number {
  let miss = 1;
  for (const c of confidences) miss *= 1 - Math.max(0, Math.min(1, c));
  return 1 - miss;
}

/**
 * A suggestion that deletes the range and tidies what is left: one neighbouring space, and a
 * doubled comma ("bay 4, NHS no X, still" -> "bay 4, still").
 */
export function removal(text: string, range: readonly [number, number], message: string, safe = true): Suggestion {
  let [start, end] = range;
  let before = start;
  while (before > 0 && text[before - 1] === " ") before--;
  const prevChar = before > 0 ? text[before - 1] : "";
  if ((prevChar === "," || prevChar === "(" || prevChar === "" || prevChar === "\n") && (text[end] === "," || text[end] === ";")) end++;
  // "know Sam, 07700 900318?" -> "know Sam?": a comma left before the sentence's end goes too
  else if (prevChar === "," && (end === text.length || ".?!".includes(text[end]!))) start = before - 1;
  if (text[end] === " ") end++;
  else if (start > 0 && text[start - 1] === " ") start--;
  return { message, edits: [{ range: [start, end], text: "" }], safe };
}

export function replacement(range: readonly [number, number], text: string, message: string, safe = false): Suggestion {
  return { message, edits: [{ range: [range[0], range[1]], text }], safe };
}

/** Index of the first span of `sorted` (ordered by start) that starts at or after `from`. */
export function firstStartingAt(sorted: readonly Span[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span nearest to `at` among `list`, within `maxChars`. */
export function nearest(list: readonly Span[], at: number, maxChars: number): Span | undefined {
  let best: Span | undefined;
  let bestD = Infinity;
  for (const s of list) {
    const d = s.end <= at ? at - s.end : s.start >= at ? s.start - at : 0;
    if (d < bestD && d <= maxChars) { best = s; bestD = d; }
  }
  return best;
}

// ---- one patient ----------------------------------------------------------------------------

const DETERMINERS = new Set(["a", "an", "my", "this", "the", "one", "our", "that", "their", "his", "her"]);
/** Nouns for one person as clinicians write them. "patient" itself needs a determiner other than "the". */
const PERSON_NOUNS = new Set(["patient", "pt", "lady", "gentleman", "gent", "man", "woman", "guy", "chap", "bloke", "boy", "girl", "baby", "child", "kid", "lad", "lass", "toddler", "teenager", "mum", "dad", "grandad", "grandma", "gran", "fella", "client", "driver", "rider", "cyclist", "pedestrian"]);
const GENERIC_AFTER_PATIENT = /^(?:s|safety|care|experience|groups?|information|records?|services?|voice|not|first|centred|centered|as|and|panel|panels|forum|forums|participation|representatives?|leaflets?|portal|app|feedback|survey|education|advocate|advocates|liaison)$/;
/** "If a patient follows you...", "when a patient asks...": a hypothetical, not someone in particular. */
const HYPOTHETICAL = new Set(["if", "when", "whenever", "suppose", "imagine", "say", "should"]);

/**
 * Where the post singles out one patient: "my 6pm patient", "the lady I saw yesterday", "Guy came in
 * with...", "Pt c/o SOB", "their dad ... 96", or a clinician's shorthand age ("61yo").
 */
export function singlePatient(a: Analysis): { start: number; end: number } | undefined {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !PERSON_NOUNS.has(w.stem)) continue;
    if ((w.stem === "patient" || w.stem === "pt") && t[i + 1] && GENERIC_AFTER_PATIENT.test(t[i + 1]!.norm)) continue;
    // a determiner up to three words back ("my 6pm patient"), or the noun opens its sentence ("Guy came in...")
    let det: number | undefined;
    for (let j = i - 1; j >= Math.max(0, i - 3) && t[j]!.sentence === w.sentence; j--) {
      if (DETERMINERS.has(t[j]!.norm)) { det = j; break; }
    }
    // the noun opens its sentence, or follows an opening adjective ("Lovely gentleman", "Poor lad")
    const prevTok = t[i - 1];
    const opens = w.sentenceStart || (!!prevTok && prevTok.sentenceStart && prevTok.kind === "word" && prevTok.cap && !DETERMINERS.has(prevTok.norm) && prevTok.sentence === w.sentence);
    if (det === undefined && !opens && w.norm !== "pt") continue;
    // "Treat the patient, not the number" is about patients in general
    if (det !== undefined && t[det]!.norm === "the" && w.stem === "patient") continue;
    const span = { start: det !== undefined ? t[det]!.start : w.start, end: w.end };
    if (a.isNegated(span)) continue;
    // "say" introduces a hypothetical ("say a patient...") but not a report ("glad to say the dad...")
    const before = a.wordsBefore(span.start, 4);
    if (before.slice(0, 3).some((x, k) => HYPOTHETICAL.has(x.norm) && !(x.norm === "say" && before[k + 1]?.norm === "to"))) continue;
    return span;
  }
  // "My 2pm today: ...", "my 9.30": a clinic slot is a patient
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i]!.norm !== "my" || t[i + 1]!.kind !== "number") continue;
    const unit = t[i + 2];
    if (unit && unit.start - t[i + 1]!.end <= 1 && (unit.norm === "pm" || unit.norm === "am")) return { start: t[i]!.start, end: unit.end };
    if (/^\d{1,2}[.:]\d{2}$/.test(t[i + 1]!.text)) return { start: t[i]!.start, end: t[i + 1]!.end };
  }
  const age = a.of("age").find((s) => s.data?.exact === true);
  return age ? { start: age.start, end: age.end } : undefined;
}

