// Cues the patient-relationship rule reads beyond the boundary lexicon: connection patterns that name a
// patient and a platform apart ("added a few of my patients on Facebook"), and who the other person
// is when the post does not say "patient" ("the guy whose toenail I removed", "after your op").
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** Connection verbs and the boundary category they signal when their object is a patient. */
interface Connect { category: string; confidence: number }
const CONNECT = new Map<string, Connect>();
for (const w of ["add", "added", "adding", "friended", "followed", "following", "accepted", "accepting"]) CONNECT.set(w, { category: "befriending", confidence: 0.6 });
for (const w of ["googled", "googling", "stalked", "stalking", "searched", "checked", "looked", "found", "find", "finding", "stumbled", "lurking", "lurked", "scrolled", "scrolling"]) CONNECT.set(w, { category: "seeking-out", confidence: 0.65 });
for (const w of ["messaged", "messaging", "texted", "texting", "whatsapped", "dmed", "dm'd", "snapchatted"]) CONNECT.set(w, { category: "private-channel", confidence: 0.6 });
/** Personal platforms ("on Facebook", "on insta"); "online" for looking someone up. */
const PLATFORMS = new Set(["facebook", "fb", "instagram", "insta", "ig", "snapchat", "snap", "tiktok", "twitter", "whatsapp", "socials", "linkedin", "online", "google", "hinge", "tinder", "bumble", "onlyfans", "grindr", "messenger"]);
/** Words a platform follows when it is someone's account or where they were found ("on Insta", "his Facebook", "my patient's OnlyFans"). */
// ("found ur facebook": the reader's account, in text-speak or not)
const PLATFORM_LEAD = new Set(["on", "his", "her", "their", "my", "the", "patient's", "your", "ur"]);
const PATIENT_NOUNS = new Set(["patient", "patients", "pt", "pts", "patient's", "patients'", "inpatient", "inpatients", "outpatient", "outpatients", "ex-patient"]);
const SELF = new Set(["me", "my", "us", "our"]);
/** A patient noun among the tokens ("one of my former inpatients"). */
export function namesPatient(tokens: readonly Token[]): boolean {
  return tokens.some((t) => PATIENT_NOUNS.has(t.norm));
}
/** Private-channel verbs that name their patient object straight away ("texting a former patient"). */
const MESSAGING = new Set(["messaged", "messaging", "texted", "texting", "whatsapped", "whatsapping", "dmed", "dm'd", "dming", "snapchatting"]);
/** People a clinician calls "mine" when they mean patients: "my regulars", "one of my antenatal ladies". */
const GROUP_NOUNS = new Set(["regulars", "ladies", "lady", "mums", "mum", "mums-to-be", "dads", "families", "clients", "client", "lads", "gents", "service", "caseload", "oldies", "kids"]);
/** Nouns that are patients after "my"/"our" by themselves; the rest need a clinical word around them ("my antenatal ladies", "my regulars from clinic"). */
const GROUP_ALONE = new Set(["clients", "client", "caseload"]);
const CLINICAL_MODIFIERS = new Set(["antenatal", "postnatal", "maternity", "diabetic", "diabetes", "cardiac", "renal", "dialysis", "oncology", "chemo", "stroke", "rehab", "physio", "clinic", "ward", "surgery", "practice", "icu", "itu", "nicu", "district", "community", "palliative", "hospice", "memory", "dementia", "fertility", "ivf", "botox", "filler", "aesthetics", "weight", "pain", "mental", "health", "sexual", "smear", "vaccine", "asthma", "copd", "epilepsy", "ms", "ante-natal", "post-natal", "pregnant", "new", "elderly", "care", "home", "frail"]);
const MINE = new Set(["my", "our"]);

/**
 * Index of a patient referent written without the word "patient" starting at `i`: "my regulars",
 * "our antenatal ladies", "one of my diabetic clinic mums". -1 when the tokens at `i` are not one.
 */
export function patientGroupAt(tokens: readonly Token[], i: number): number {
  if (!MINE.has(tokens[i]?.norm ?? "")) return -1;
  let clinical = false;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.sentence !== tokens[i]!.sentence) return -1;
    if (GROUP_NOUNS.has(t.norm) && (GROUP_ALONE.has(t.norm) || clinical || settingAfter(tokens, k))) return k;
    if (CLINICAL_MODIFIERS.has(t.norm)) clinical = true;
    else if (!ADJECTIVES.has(t.norm)) return -1;
  }
  return -1;
}
/** "my regulars from clinic", "our mums on the ward": a clinical place straight after the group. */
function settingAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) if (CLINICAL_PLACES.has(tokens[j]!.norm)) return true;
  return false;
}
const CLINICAL_PLACES = new Set(["clinic", "ward", "surgery", "practice", "a&e", "ed", "resus", "majors", "unit", "theatre", "caseload", "list", "dialysis", "hospital"]);
/** Words that may sit between "my" and the group without changing who they are ("my lovely antenatal ladies"). */
const ADJECTIVES = new Set(["lovely", "favourite", "favorite", "fave", "regular", "usual", "little", "old", "dear", "wonderful", "amazing", "gorgeous", "best", "current", "former", "ex", "all", "first", "last", "newest", "latest"]);
/** Words a connection phrase may span between verb, patient and platform. */
const SPAN_LIMIT = 10;

/**
 * "Added a few of my favourite patients on Facebook", "looked up my new patient on Instagram": a
 * connection verb, then a patient noun, then a personal platform, in one clause. Without the patient
 * noun ("found the lad I plastered on Insta", "found his Facebook") the span is weaker, and the rule
 * asks the sentence and its neighbours who the person is. "Texting a former patient" needs no
 * platform. Returns spans shaped like boundary-lexicon spans so the rule scores them the same way.
 */
export function connectionSpans(a: Analysis): Span[] {
  return a.memo("boundary-connections", () => {
    const out: Span[] = [];
    const tokens = a.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const verb = CONNECT.get(tokens[i]!.norm);
      if (!verb) continue;
      const sentence = tokens[i]!.sentence;
      // "patients who've found me on Instagram": the author was found; being sought out is not seeking out
      const object = tokens[i + 1]?.norm ?? "";
      if (verb.category === "seeking-out" && (object === "me" || object === "us" || (SELF.has(object) && PLATFORMS.has(tokens[i + 2]?.norm ?? "")))) continue;
      let patient = -1;
      let platform = -1;
      for (let j = i + 1, words = 0; j < tokens.length && words <= SPAN_LIMIT; j++) {
        const t = tokens[j]!;
        if (t.sentence !== sentence) break;
        if (t.kind === "punct") {
          if (t.text === "," || t.text === "(" || t.text === ":") break;
          continue;
        }
        words++;
        if (patient < 0 && PATIENT_NOUNS.has(t.norm)) {
          patient = j;
          // "texting a former patient": a private channel with the patient as its object
          if (MESSAGING.has(tokens[i]!.norm) && words <= 3) break;
        } else if (patient < 0 && patientGroupAt(tokens, j) >= 0) { patient = patientGroupAt(tokens, j); j = patient; }
        else if (PLATFORMS.has(t.norm) && PLATFORM_LEAD.has(tokens[j - 1]?.norm ?? "")) { platform = j; break; }
      }
      const end = platform >= 0 ? platform : MESSAGING.has(tokens[i]!.norm) ? patient : -1;
      // "followed back obviously", "added her back": the author returns a connection; who made it comes from context
      if (end < 0 && verb.category === "befriending" && reciprocated(tokens, i)) {
        const k = tokens[i + 1]!.norm === "back" ? i + 1 : i + 2;
        out.push({ type: "phrase", start: tokens[i]!.start, end: tokens[k]!.end, text: a.text.slice(tokens[i]!.start, tokens[k]!.end), confidence: 0.45, detector: "boundary-pattern", lexicon: "boundary", data: { category: "befriending", source: "gmc-sm" } });
        i = k;
        continue;
      }
      if (end < 0) continue;
      const start = tokens[i]!.start;
      // with no patient noun the person must come from context: weaker
      const confidence = patient >= 0 ? verb.confidence : verb.confidence - 0.15;
      out.push({ type: "phrase", start, end: tokens[end]!.end, text: a.text.slice(start, tokens[end]!.end), confidence, detector: "boundary-pattern", lexicon: "boundary", data: { category: MESSAGING.has(tokens[i]!.norm) ? "private-channel" : verb.category, source: "gmc-sm" } });
      i = end;
    }
    return out;
  });
}

/** Who a returned connection goes back to: "followed back", "added her back" (not "followed me back": the other way round). */
const BACK_OBJECTS = new Set(["her", "him", "them", "em", "u", "you"]);
function reciprocated(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  if (w !== "followed" && w !== "added" && w !== "friended") return false;
  const next = tokens[i + 1]?.norm;
  return next === "back" || (BACK_OBJECTS.has(next ?? "") && tokens[i + 2]?.norm === "back");
}

/** The author's personal account or number: what a patient asks for ("asks for my snapchat", "asked for ur number"). */
const PERSONAL_CONTACT = new Set(["number", "num", "digits", "socials", "handle", "insta", "instagram", "ig", "snapchat", "snap", "facebook", "fb", "tiktok", "whatsapp", "twitter"]);
const ASKING = new Set(["ask", "asks", "asked", "asking"]);
/**
 * "patients always ask for my snapchat", "she asked for my number": a request for the author's
 * personal contact (the lexicon's "asked for my number", in any tense). The rule still needs the
 * asker to be a patient and reads a refusal or an acceptance around it.
 */
export function contactRequests(a: Analysis): Span[] {
  return a.memo("boundary-contact-requests", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(["ask", "asks", "asked", "asking"])) return out;
    const t = a.tokens;
    for (let i = 0; i + 3 < t.length; i++) {
      if (!ASKING.has(t[i]!.norm) || t[i + 1]!.norm !== "for") continue;
      // ("asked for my number" is the lexicon's: only the other tenses and spellings are added here)
      const owner = t[i + 2]!.norm;
      if (owner !== "my" && owner !== "ur" && owner !== "your") continue;
      // "asked for my personal number": one modifier may stand between
      const k = PERSONAL_CONTACT.has(t[i + 3]!.norm) ? i + 3 : (t[i + 3]!.norm === "personal" || t[i + 3]!.norm === "private") && PERSONAL_CONTACT.has(t[i + 4]?.norm ?? "") ? i + 4 : -1;
      if (k < 0) continue;
      out.push({ type: "phrase", start: t[i]!.start, end: t[k]!.end, text: a.text.slice(t[i]!.start, t[k]!.end), confidence: 0.4, detector: "boundary-pattern", lexicon: "boundary", data: { category: "private-channel", source: "gmc-boundaries" } });
    }
    return out;
  });
}

/** Romance verbs whose object may be a patient ("marry the patient you met", "snogging a patient's brother"). */
const ROMANCE = new Set(["marry", "married", "marrying", "marries", "dated", "dating", "kissed", "kissing", "snogged", "snogging", "shagged", "shagging", "engaged"]);
/** Words between the verb and the patient noun: "engaged to my former patient", "dating the patient's brother". */
const ROMANCE_GAP = new Set(["to", "the", "a", "an", "my", "this", "that", "one", "former", "ex", "old", "of"]);
const RELATIVES = new Set(["mum", "dad", "mother", "father", "son", "daughter", "brother", "sister", "husband", "wife", "partner", "relative", "grandson", "granddaughter", "boyfriend", "girlfriend"]);
/**
 * "you marry the patient you met on placement", "got engaged to my ex-patient": a romance verb with a
 * patient (or a patient's relative) as its object, in any wording the lexicon's "dating a patient" does not list.
 */
export function romanceSpans(a: Analysis): Span[] {
  return a.memo("boundary-romance", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(["patient", "patients", "pt", "pts", "patient's", "inpatient", "ex-patient", "outpatient"])) return out;
    const t = a.tokens;
    if (a.hasAnyWord(PARTNER_LIST)) out.push(...patientNowPartner(a));
    for (let i = 0; i < t.length; i++) {
      if (!ROMANCE.has(t[i]!.norm)) continue;
      // ("engaged the patient in conversation" engages; "a married patient" describes)
      if (t[i]!.norm === "engaged" && t[i + 1]?.norm !== "to") continue;
      for (let k = i + 1; k <= i + 4 && k < t.length && t[k]!.sentence === t[i]!.sentence && t[k]!.kind === "word"; k++) {
        if (PATIENT_NOUNS.has(t[k]!.norm) && k > i + 1) {
          // "kissed the patient's forehead" is comfort; "dating the patient's son" is someone close to them
          if (t[k]!.norm.endsWith("'s") && !RELATIVES.has(t[k + 1]?.norm ?? "")) break;
          out.push({ type: "phrase", start: t[i]!.start, end: t[k]!.end, text: a.text.slice(t[i]!.start, t[k]!.end), confidence: 0.7, detector: "boundary-pattern", lexicon: "boundary", data: { category: "dating", source: "gmc-boundaries" } });
          break;
        }
        if (!ROMANCE_GAP.has(t[k]!.norm)) break;
      }
    }
    return out;
  });
}

const PARTNER_LIST = ["girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "wife", "husband", "partner", "missus", "gf", "bf"];
const PARTNER = new Set(PARTNER_LIST);
const NOW_IS = new Set(["she's", "he's", "they're", "shes", "hes", "now", "became", "become", "is"]);
/**
 * "She was my patient, now she's my girlfriend", "my patient last year and now my fiancé": a person
 * the author calls their patient (in this sentence or the one before) who is now the author's partner.
 */
function patientNowPartner(a: Analysis): Span[] {
  const out: Span[] = [];
  const t = a.tokens;
  const mine = new Set<number>();
  for (let i = 1; i < t.length; i++) if (PATIENT_NOUNS.has(t[i]!.norm) && t[i - 1]!.norm === "my" && t[i]!.norm !== "patients") mine.add(t[i]!.sentence);
  if (mine.size === 0) return out;
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (!PARTNER.has(w.norm) || t[i - 1]!.norm !== "my" || !NOW_IS.has(t[i - 2]?.norm ?? "")) continue;
    if (!mine.has(w.sentence) && !mine.has(w.sentence - 1)) continue;
    out.push({ type: "phrase", start: t[i - 2]!.start, end: w.end, text: a.text.slice(t[i - 2]!.start, w.end), confidence: 0.7, detector: "boundary-pattern", lexicon: "boundary", data: { category: "dating", source: "gmc-boundaries" } });
  }
  return out;
}

/** Things a clinician does to a patient: "the guy whose toenail I removed", "the woman I stitched up". */
const CARE_ACTS = new Set(["removed", "stitched", "sutured", "operated", "delivered", "scoped", "plastered", "cannulated", "intubated", "examined", "diagnosed", "discharged", "treated", "resuscitated", "admitted", "excised", "reduced", "injected", "fixed", "repaired", "catheterised", "catheterized", "swabbed", "scanned",
  // ("x-rayed" is read as "x", "-", "rayed")
  "x-rayed", "xrayed", "rayed", "imaged", "vaccinated", "immunised", "immunized", "jabbed", "bandaged", "splinted", "triaged", "massaged"]);
const AUTHOR = new Set(["i", "we", "i'd", "i've"]);
/** "I did his vasectomy consult", "I saw her in clinic": the author's part in a third person's care. */
const DID = new Set(["did", "saw", "ran", "booked", "took", "reviewed", "clerked"]);
const THEIR = new Set(["his", "her", "their"]);
/** Care acts that, opening a sentence with the subject left out, can only be the author's ("Stitched a lad's hand"). */
const HANDS_ON = new Set(["examined", "stitched", "sutured", "operated", "scoped", "plastered", "cannulated", "intubated", "catheterised", "catheterized", "resuscitated", "swabbed"]);
/** Possessive "your" before a care word: "after your op", "your results", "your knee surgery". */
const YOUR = new Set(["your", "ur"]);
const CARE_WORDS = new Set(["rehab", "dressing", "dressings", "wound", "op", "operation", "surgery", "procedure", "appointment", "appt", "scan", "results", "treatment", "stay", "admission", "discharge", "bloods", "stitches", "cast", "diagnosis", "recovery", "baby", "delivery", "consultation", "consult", "meds", "medication", "biopsy", "smear", "referral", "test", "check", "checkup", "check-up", "x-ray", "xray", "jab", "injection", "review"]);

/**
 * 0..1: the sentence says the author did something clinical to the person: 0.95 with "whose" tying the
 * act to them ("the guy whose ingrown toenail I removed"), 0.85 otherwise ("the lad I stitched up").
 */
export function careActByAuthor(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "I did his vasectomy consult last month": the author's part in this person's care
    if (DID.has(w) && AUTHOR.has(tokens[i - 1]?.norm ?? "") && THEIR.has(tokens[i + 1]?.norm ?? "")) {
      for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) if (CARE_WORDS.has(tokens[k]!.norm)) return 0.85;
    }
    // "the fella I looked after on Ward 3", "the lady I cared for": phrasal care acts
    const phrasal = (w === "looked" && tokens[i + 1]?.norm === "after") || (w === "cared" && tokens[i + 1]?.norm === "for") || w === "nursed";
    if (!CARE_ACTS.has(w) && !phrasal) continue;
    // "Examined a gorgeous man in clinic today": the author, unsaid, opening the sentence
    if (tokens[i]!.sentenceStart && HANDS_ON.has(w)) return 0.8;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      if (!AUTHOR.has(tokens[k]!.norm)) continue;
      for (let j = Math.max(0, i - 6); j < i; j++) if (tokens[j]!.norm === "whose") return 0.95;
      return 0.85;
    }
  }
  return 0;
}

/** A care word owned by the person of the sentence: "after his discharge", "her op went well". */
export function theirCare(tokens: readonly Token[]): boolean {
  // (one word may stand between: "his eye test", "her smear results")
  for (let i = 0; i + 1 < tokens.length; i++) if (THEIR.has(tokens[i]!.norm) && (CARE_WORDS.has(tokens[i + 1]!.norm) || (tokens[i + 1]!.kind === "word" && CARE_WORDS.has(tokens[i + 2]?.norm ?? "")))) return true;
  return false;
}

/** Care the author gave that the reader is asked to recognise: "if you've had a home visit from me", "patients of mine". */
const CARE_FROM = new Set(["visit", "visits", "appointment", "appointments", "session", "sessions", "treatment", "injection", "jab", "dressing", "dressings", "op", "operation", "consultation", "review", "check", "checkup", "check-up", "scan", "smear", "delivery"]);
export function readerTreatedByAuthor(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "patients of mine -", "any patients of mine reading this"
    if (PATIENT_NOUNS.has(w) && tokens[i + 1]?.norm === "of" && tokens[i + 2]?.norm === "mine") return true;
    // "shoutout to all my clinic patients", "to my patients reading this": the post is addressed to the author's patients
    if (w === "to" && addressedToMyPatients(tokens, i)) return true;
    // "if you've had a home visit from me", "if you had your jab with me"
    if ((w === "me" && (tokens[i - 1]?.norm === "from" || tokens[i - 1]?.norm === "with")) && i >= 2) {
      let you = false;
      for (let k = Math.max(0, i - 8); k < i - 1; k++) {
        if (tokens[k]!.sentence !== tokens[i]!.sentence) continue;
        if (YOU.has(tokens[k]!.norm)) you = true;
        else if (you && CARE_FROM.has(tokens[k]!.norm)) return true;
      }
    }
  }
  return false;
}
const YOU = new Set(["you", "you've", "youve", "you'd", "your", "ur"]);
/** After "to": "all my clinic patients", "my patients", "any of my patients" (my, then at most one word, then patients). */
function addressedToMyPatients(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.norm === "all" || tokens[k]?.norm === "any") k++;
  if (tokens[k]?.norm === "of") k++;
  if (tokens[k]?.norm !== "my") return false;
  const n1 = tokens[k + 1]?.norm ?? "";
  const n2 = tokens[k + 2]?.norm ?? "";
  return n1 === "patients" || (n2 === "patients" && tokens[k + 1]!.kind === "word");
}

/**
 * "honestly quicker than the phones", "easier than the clinic email": the personal channel offered
 * in place of the workplace's own, so the people it is offered to are the workplace's patients.
 */
const COMPARATIVE = new Set(["quicker", "faster", "easier", "better", "simpler", "sooner"]);
const OFFICIAL_CHANNEL = new Set(["phones", "phone", "phoneline", "email", "emails", "line", "switchboard", "reception", "receptionist", "receptionists", "app", "portal", "system", "inbox", "website"]);
export function bypassesOfficialChannel(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!COMPARATIVE.has(tokens[i]!.norm)) continue;
    // "quicker on there than the clinic email": "than" within three words
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (tokens[j]!.norm !== "than") continue;
      for (let k = j + 1; k <= j + 4 && k < tokens.length && tokens[k]!.sentence === tokens[j]!.sentence; k++) if (OFFICIAL_CHANNEL.has(tokens[k]!.norm)) return true;
    }
  }
  return false;
}

/** Friendship nouns: "now we're workout buddies", "we became mates". */
const FRIEND_NOUNS = new Set(["friends", "mates", "buddies", "besties", "pals", "bffs"]);
/** Occasions that are states, not invitations ("invited me ... drunk" makes no sense as an invitation). */
const INTOXICATED = new Set(["wrecked", "drunk", "hammered", "smashed", "pissed", "sloshed", "plastered", "merry", "tipsy"]);
const BECOME = new Set(["we're", "were", "became", "become", "becoming"]);
/** Social occasions: "Sunday dinner at their house", "got wrecked together". */
const OCCASIONS = new Set(["dinner", "tea", "lunch", "brunch", "bbq", "barbecue", "drinks", "pints", "party", "coffee", "wrecked", "drunk", "hammered", "smashed", "pissed", "sloshed", "plastered", "merry", "tipsy"]);
const HOME = new Set(["house", "home", "place", "flat"]);
const HOST = new Set(["the", "their", "her", "his"]);

/**
 * Friendship or a social occasion with a person, written without a platform: "now we're workout
 * buddies", "Sunday dinner at the house of that lovely family", "we got absolutely wrecked
 * together". Spans shaped like boundary-lexicon spans (category "socialising"); the rule still needs a patient.
 */
export function socialSpans(a: Analysis): Span[] {
  return a.memo("boundary-social", () => {
    const out: Span[] = [];
    if (!a.hasAnyWord(["buddies", "friends", "mates", "besties", "pals", "bffs", "together", "house", "home", "place", "flat", "invited"])) return out;
    const tokens = a.tokens;
    const push = (i: number, j: number, confidence: number) => {
      const start = tokens[i]!.start;
      const end = tokens[j]!.end;
      out.push({ type: "phrase", start, end, text: a.text.slice(start, end), confidence, detector: "boundary-pattern", lexicon: "boundary", data: { category: "socialising", source: "gmc-boundaries" } });
    };
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.norm;
      // "now we're workout buddies", "we became friends": "we" then one modifier at most
      // ("it's lovely when patients become friends", "a patient became a friend": the patient is the subject)
      if (BECOME.has(w) && (w !== "were" && w !== "became" && w !== "become" && w !== "becoming" || tokens[i - 1]?.norm === "we" || PATIENT_NOUNS.has(tokens[i - 1]?.norm ?? ""))) {
        for (let j = i + 1; j <= i + 3 && j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence; j++) {
          // ("became friends of the practice", "Friends of the Hospice": a supporters' group)
          if (FRIEND_NOUNS.has(tokens[j]!.norm)) { if (tokens[j + 1]?.norm !== "of") push(i, j, 0.45); break; }
          if (tokens[j]!.kind !== "word") break;
        }
      }
      // "they've invited me for Sunday lunch", "invited me round for drinks": a social invitation taken by the author
      if (w === "invited" && (tokens[i + 1]?.norm === "me" || tokens[i + 1]?.norm === "us")) {
        for (let j = i + 2; j <= i + 5 && j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence && tokens[j]!.kind === "word"; j++) {
          if (OCCASIONS.has(tokens[j]!.norm) && !INTOXICATED.has(tokens[j]!.norm)) { push(i, j, 0.35); break; }
        }
      }
      // "dinner at the house of...", "drinks at their place"
      if (OCCASIONS.has(w) && tokens[i + 1]?.norm === "at" && HOST.has(tokens[i + 2]?.norm ?? "") && HOME.has(tokens[i + 3]?.norm ?? "")) push(i, i + 3, 0.45);
      // "we got absolutely wrecked together", "drinks together": an occasion shared, with "together" close after it
      if (w === "together") {
        for (let k = i - 1; k >= Math.max(0, i - 3) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
          if (!OCCASIONS.has(tokens[k]!.norm)) continue;
          let we = false;
          for (let m = Math.max(0, k - 5); m < k; m++) if (tokens[m]!.norm === "we" && tokens[m]!.sentence === tokens[i]!.sentence) we = true;
          if (we) push(k, i, 0.45);
          break;
        }
      }
    }
    return out;
  });
}

/** A care word addressed to the reader as a patient ("after your op", "your knee surgery"). */
export function addressedAsPatient(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!YOUR.has(tokens[i]!.norm)) continue;
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) if (CARE_WORDS.has(tokens[k]!.norm)) return true;
  }
  return false;
}
