// Who is being mocked? For respect/patients the question is whether the people a post belittles are
// patients (or the public met at work), not colleagues, friends or the author. Two answers:
//  - scene(a): 0..1, how clearly the post is set in clinical work (patient cues, wards and bays,
//    clinical settings, work words such as "clerking", "ambulance", "#nurselife");
//  - colleagueOnly(a, span): the sentence is about a colleague and names no patient or member of
//    the public ("my reg is a clown"), so the finding belongs to respect/colleagues.
// Sets are module constants; scene is computed once per post.
import { PostCache, type Analysis } from "../../analysis";
import type { Span } from "../../types";
import { nearTokens } from "../conduct/scope";
import { aboutColleague, aboutPatient } from "../shared";

/** Words that set a post in clinical work (not patient cues on their own). */
const WORK_WORDS = new Set([
  "shift", "shifts", "nights", "clinic", "clerking", "clerked", "clerk", "consultation", "consultations", "ambulance", "ambulances", "paramedics", "resus", "triage", "cubicle",
  "bay", "admit", "admitted", "admitting", "admissions", "discharge", "discharged", "rotation", "handover", "ward", "wards", "majors", "minors", "a&e", "ed", "er", "gp", "surgery",
  "theatre", "theatres", "ct", "mri", "xray", "x-ray", "scan", "cannula", "cannulate", "obs", "referral", "referrals", "attend", "attended", "attending", "attendances",
  "labour", "delivery", "epidural", "anaesthetist", "anesthesiologist", "trauma", "999", "111", "prescribe", "prescribing", "prescription", "appointment", "appointments",
  "ward-round", "on-call", "oncall", "waiting", "locum", "surgery's", "nurse", "nurses", "hca",
  // UK shorthand for a prescription, and the front desk of a practice
  "script", "scripts", "receptionist", "receptionists",
]);
/** Hashtags clinicians put on work posts. */
const WORK_TAGS = new Set([
  "#nurselife", "#nursetok", "#nursesoftiktok", "#nursing", "#edlife", "#erlife", "#gplife", "#doctorlife", "#juniordoctor", "#juniordoctors", "#medtwitter", "#medlife", "#nhslife",
  "#nightshift", "#laboranddelivery", "#labouranddelivery", "#midwifelife", "#paramediclife", "#icu", "#emergencymedicine", "#nhs", "#medicine", "#residentlife", "#doctorsoftiktok",
]);

const cache = new PostCache<number>();

/** How clearly the post is set in clinical work, 0..1. */
export function scene(a: Analysis): number {
  let v = cache.get(a);
  if (v !== undefined) return v;
  let miss = 1 - a.patientContext;
  for (const s of a.of("clinical-setting")) miss *= 1 - 0.6 * s.confidence;
  for (const s of a.of("ward-bed")) miss *= 1 - 0.6 * s.confidence;
  let work = 0;
  const seen = new Set<string>();
  for (const t of a.tokens) {
    if (t.kind === "hashtag" && WORK_TAGS.has(t.norm) && !seen.has(t.norm)) { seen.add(t.norm); work++; }
    else if ((t.kind === "word" || t.kind === "number") && WORK_WORDS.has(t.norm) && !seen.has(t.norm)) { seen.add(t.norm); work++; }
    if (work >= 3) break;
  }
  miss *= Math.pow(0.7, work);
  v = 1 - miss;
  cache.set(a, v);
  return v;
}

/** The sentence is about a colleague and names no patient or member of the public: leave it to respect/colleagues. */
export function colleagueOnly(a: Analysis, span: Span): boolean {
  if (!aboutColleague(a, span) || aboutPatient(a, span)) return false;
  // a condition or a ward or bay in the sentence puts patients in it ("Dementia ward bingo: 'nurse nurse nurse'")
  // (not the span's own condition: "ringing in 'sick'" is a colleague's excuse doubted, not a patient)
  if (a.inSentence(span, a.of("condition")).some((c) => c.end <= span.start || c.start >= span.end) || a.inSentence(span, a.of("ward-bed")).length > 0) return false;
  return !nearTokens(a, span).some((t) => PUBLIC_NOUNS.has(t.stem));
}
/** People met at work who are not staff. */
const PUBLIC_NOUNS = new Set(["lady", "gentleman", "gent", "man", "woman", "guy", "bloke", "mum", "mama", "mom", "dad", "husband", "wife", "family", "relatives", "relative", "kid", "toddler", "baby", "punter", "punters", "drunk", "drunks", "pensioner", "granny", "grandad", "people"]);

/** Handles that open with a body's name (national bodies, regulators, royal colleges, unions, news). */
const ORGANISATION_PREFIX = /^@(?:the)?(?:nhs|cqc|gmc|nmc|hcpc|dhsc|ukhsa|bma|rcn|rcgp|rcem|rcpsych|rcplondon|rcseng|rcog|rcpch|hee|nicecomms|mhra|bbc|healthwatch|ombudsman)/i;
/** Words inside a handle that make it an institution's ("@StMarysTrust", "@LeedsCouncil"). */
const ORGANISATION_PART = /(?:trust|council|hospital|govuk|gov_uk|nhsft|icb|ccg|news|official)$/i;
/** An @handle that names an organisation, not a person: shouting at it is not a spat with a colleague. */
export function organisationHandle(handle: string): boolean {
  // asked for every @handle token the referent scans meet: remembered per handle (a bounded cache)
  let v = handleCache.get(handle);
  if (v === undefined) {
    v = ORGANISATION_PREFIX.test(handle) || ORGANISATION_PART.test(handle);
    if (handleCache.size > 2000) handleCache.clear();
    handleCache.set(handle, v);
  }
  return v;
}
const handleCache = new Map<string, boolean>();
/** The post's @handles that may be people (not organisations), memoised. */
export function personalHandles(a: Analysis): readonly Span[] {
  return a.memo("respect:personal-handles", () => a.of("handle").filter((h) => !organisationHandle(h.text)));
}
