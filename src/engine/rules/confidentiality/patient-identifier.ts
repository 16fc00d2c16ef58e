import { declinesToDiscuss } from "./decline";
import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule, type ReportDescriptor } from "../../rule";
import type { Span, Suggestion } from "../../types";
import type { Token } from "../../text/tokenize";
import { aboutColleague, aboutPatient, COLLEAGUE_WORDS, patientAdjective, removal, replacement } from "../shared";
import { fictionOrConsent } from "./consent";
import { appositiveToColleague, isSomeonesCare, nameIsProduct, patientStory, PUBLIC_VOICES, sentencesHaving } from "./story";

/** Identifiers that always belong to a person: in a post they point at someone, whatever the context. */
const ALWAYS: Record<string, string> = {
  "nhs-number": "NHS number", "chi-number": "CHI number", "hospital-number": "hospital number", ssn: "social security number", "date-of-birth": "date of birth",
};
/** Contact details and addresses identify a patient only when the post is about one. */
const IF_PATIENT: Record<string, string> = { phone: "phone number", email: "email address", postcode: "postcode", address: "home address", zip: "ZIP code" };
const LAY_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx"]);
/** Collective words ("Handover for the district team: Mrs Finch") say who reads the post, not who Mrs Finch is. */
const GROUP_WORDS = new Set(["team", "department", "dept", "management", "juniors", "seniors", "medics", "board"]);
/** "the Residents group", "Residents' Association": a local community's group, not hospital residents. */
const COMMUNITY_HEADS = new Set(["group", "groups", "association", "assoc", "forum", "committee", "page", "whatsapp", "facebook"]);
/** Places in a hospital that hold one patient. */
const PATIENT_PLACES = new Set(["bed", "bay", "cubicle", "side room", "sideroom", "cot", "incubator", "trolley", "room"]);
/** A label written before the value ("NHS no:", "DOB") goes with it when the value is removed. */
const LABEL_BEFORE = /(?:(?:\b(?:nhs|chi|hospital|hosp|mrn|unit|ssn|cr|uhid|mrd|social security|dob|d\.o\.b\.?|date of birth|born(?: on)?|tel|phone|mobile|mob|email|e-mail)\b|\bb\.|\b(?:patient|case) (?:no|number|id)\b)[\s.:#-]*(?:\b(?:no|number|num|id)\b[\s.:#-]*)?)+$/i;
/** Words near a name that make it a colleague, a public figure or a thank-you, not a patient. */
const NOT_PATIENT_NEAR = new Set([...COLLEAGUE_WORDS, "reception", "cat", "dog", "puppy", "kitten", "pony", "horse", "hamster", "rabbit", "parrot", "pet", "mascot", "teddy", "thanks", "thank", "shout", "shoutout", "kudos", "cheers", "hero", "congratulations", "congrats", "welcome", "farewell", "retirement", "retiring", "rip", "memory", "memoriam", "tribute", "award", "author", "speaker", "talk", "lecture", "minister", "mp", "secretary", "president", "chair", "professor", "mentor", "friend", "husband", "wife", "partner", "son", "daughter", "my", ...PUBLIC_VOICES]);
/** The last word of an organisation's name: "MS Society", "Ms Trust" are not Ms Society or Ms Trust. */
const ORGANISATION_HEADS = new Set(["society", "trust", "foundation", "association", "charity", "fund", "group", "clinic", "centre", "center", "council", "federation", "alliance", "institute", "college", "union", "club", "network", "appeal", "campaign", "ltd", "limited", "plc", "hospital", "hospice", "service", "services"]);
/** Words that mark the post author's own details ("call us on", "email me"). */
const OWN_CONTACT = new Set(["us", "me", "our", "my", "practice", "surgery", "clinic", "reception", "office", "helpline", "switchboard", "appointments", "bookings", "enquiries", "contact"]);

function withLabel(text: string, span: Span): [number, number] {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const m = LABEL_BEFORE.exec(before);
  let start = m ? span.start - m[0].length : span.start;
  let end = span.end;
  if (text[start - 1] === "(" && text[end] === ")") { start--; end++; }
  return [start, end];
}

/** Someone between an own-contact word and the value makes it theirs: "our 'regular' from the BD7 2QR postcode". */
const SOMEONE = new Set(["regular", "regulars", "patient", "pt", "bloke", "man", "woman", "lady", "guy", "lad", "girl", "boy", "family", "client", "he", "she", "his", "her", "him"]);

/** "call us on", "email me at", "our practice number": the author's or the service's own details. */
function ownContact(a: Analysis, span: Span): boolean {
  const near = a.wordsBefore(span.start, 4); // nearest first
  for (let k = 0; k < near.length; k++) {
    if (!OWN_CONTACT.has(near[k]!.norm)) continue;
    return !near.slice(0, k).some((t) => SOMEONE.has(t.norm));
  }
  return false;
}

/** Offices written like a titled name: "the Lord Lieutenant", "the Lord Mayor", "the High Sheriff". */
const OFFICE = /^(?:lord|lady|high)\s+(?:lieutenant|mayor|mayoress|sheriff|provost|chancellor|advocate|chamberlain|speaker)$/i;

/** The author's own premises: "our physio clinic is now at...", "we've moved to...". */
const PREMISES = new Set(["practice", "surgery", "clinic", "pharmacy", "office", "offices", "branch", "premises", "studio", "salon", "centre", "center", "hq", "base"]);
const MOVED_LIST = ["moved", "relocated", "relocating", "moving"];
const MOVED = new Set(MOVED_LIST);
/** "Our physio clinic is now at Unit 4, Riverside Park, CF10 4GA", "We've moved! ... Unit 4, ...": the service's own address. */
function ownPremises(a: Analysis, span: Span): boolean {
  const before = a.wordsBefore(span.start, 16).reverse(); // in reading order
  let ours = -1;
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!.norm;
    if ((w === "our" || w === "my") && before.slice(k + 1, k + 4).some((t) => PREMISES.has(t.norm))) ours = k;
    if (ours >= 0 && k > ours && (w === "at" || w === "to")) return true;
  }
  // "We've moved! ...": a move announced in the sentence or the one before
  if (!a.hasAnyWord(MOVED_LIST)) return false;
  const sentence = a.sentenceOf(span.start);
  return a.tokens.some((t) => MOVED.has(t.norm) && (t.sentence === sentence || t.sentence === sentence - 1) && t.start < span.start && a.wordsBefore(t.start, 2).some((w) => w.norm === "we've" || w.norm === "we" || w.norm === "we're" || w.norm === "have"));
}

/** Birthday wishes to the author or their family: "Happy birthday to me", "Happy 70th to my dad". */
const BIRTHDAY_WISH = /\bhappy (?:\d{1,3}(?:st|nd|rd|th)|birthday|bday)\b[^.!?\n]{0,12}\bto (?:me|myself|(?:my|our) (?:(?:dear|darling|lovely|wonderful|amazing|little|big|baby|twin|old|dearest) )?(?:dad|daddy|mum|mummy|mom|mother|father|parents?|brother|sister|husband|wife|partner|son|daughter|gran|granny|grandma|grandad|granddad|grandpa|nan|nana|grandmother|grandfather|aunt|auntie|aunty|uncle|twin|fianc[eé]e?|hubby|boyfriend|girlfriend))\b/i;
/** Names that stand for nobody in training systems and examples: "Jane Doe", "Joe Bloggs", "Test Patient", "A N Other". */
const PLACEHOLDER_NAME = /^(?:(?:mr|mrs|ms|miss|mx)\.? )?(?:jane|john|joe|joanne|baby) (?:doe|bloggs|public)$|^(?:test|dummy|fake|sample|demo) (?:patient|person|name)$|^a\.? ?n\.? other$/i;
/**
 * Placeholder data, as in a training record ("Name: Jane Doe. DOB: 01/01/1900. MRN: 000000"): a
 * stand-in name, a number of one repeated digit, or a date of birth in 1900 or before.
 */
function placeholder(span: Span): boolean {
  const text = span.text.trim().replace(/\s+/g, " ");
  if (PLACEHOLDER_NAME.test(text)) return true;
  const digits = text.replace(/\D/g, "");
  if (digits.length >= 4 && /^(\d)\1+$/.test(digits)) return true;
  return span.type === "date-of-birth" && /(?:^|\D)(?:1[0-8]\d\d|1900)(?:\D|$)/.test(text);
}

/** Words that end the name of a public place: "the Civic Hall", "Oakwood Leisure Centre", "St Anne's Church". */
const VENUE_NOUNS = "hall|centre|center|church|chapel|cathedral|mosque|temple|gurdwara|synagogue|library|pharmacy|chemist|surgery|clinic|practice|hospital|hospice|school|college|academy|university|stadium|arena|park|theatre|museum|hotel|club|pavilion|hub|market|station|ground|fields?|institute|gallery|office|offices|building|hq";
/** "at the Civic Hall, LS1 1UR": the address that follows a named public place is the place's, not a patient's home. */
const AFTER_VENUE = new RegExp(`\\b(?:at|@|venue|location|address|find us)\\b:?\\s+(?:the\\s+)?(?:[A-Z][\\w'\u2019&.-]*\\s+){0,4}(?:${VENUE_NOUNS})\\b,?\\s*(?:[^,.;!?\\n]{1,40},\\s*)?$`, "i");
function venueAddress(a: Analysis, span: Span): boolean {
  const before = a.text.slice(Math.max(0, span.start - 90), span.start);
  const m = AFTER_VENUE.exec(before);
  // the venue's own words must be capitalised ("the Civic Hall"), not "at the practice, 12 Elm Road"
  return !!m && /\b[A-Z]/.test(m[0].replace(/^\S+\s+(?:the\s+)?/i, "").slice(0, 1));
}

/** Numbered addresses, phone numbers and emails in the sentence of `span` that are not the author's own. */
function contactOf(a: Analysis, span: Span): Span[] {
  const out = contactsIn(a, span);
  return out.length > 0 ? out : contactReferredBack(a, span);
}

/** A home address with a number, a phone number or an email in the sentence at `at`, not the author's own. */
function contactsIn(a: Analysis, at: { start: number }): Span[] {
  const out: Span[] = [];
  for (const type of ["address", "phone", "email"] as const) {
    for (const c of a.inSentence(at, a.of(type))) if ((type !== "address" || c.data?.hasNumber === true) && !ownContact(a, c)) out.push(c);
  }
  return out;
}

/**
 * "... knows Mr Albert Flynn? He's missed two appointments and his mobile (07700 ...) goes to
 * voicemail": a number or home address in the NEXT sentence, which refers back to the named person
 * with a pronoun ("he", "his", "her") and names nobody else, is still that person's.
 */
function contactReferredBack(a: Analysis, span: Span): Span[] {
  if (!a.has("phone") && !a.has("address") && !a.has("email")) return [];
  const s = a.sentenceOf(span.start);
  const t = a.tokens;
  let k = a.tokenIndexAt(span.end);
  while (k < t.length && t[k]!.sentence === s) k++;
  const next = t[k];
  if (!next || next.sentence !== s + 1) return [];
  const here = contactsIn(a, next);
  if (here.length === 0) return [];
  if (!a.sentenceTokens(next.start).some((w) => THIRD_PERSON.has(w.norm))) return [];
  if (a.inSentence(next, a.of("person-name")).length > 0 || a.inSentence(next, a.of("first-name")).length > 0) return [];
  return here;
}

/** The post speaks of someone's care: a condition, a medicine, a care word or a patient cue (a hospice raffle does not). */
function careInPost(a: Analysis): boolean {
  return a.lexicon("care-disclosure", "care-noun", "action").length > 0 || a.of("condition").length > 0 || a.lexicon("prescription-only-medicines").length > 0 || a.patientContext >= 0.3;
}

/**
 * The sentence talks about a patient: as the shared helper reads it, but a weak cue ("the family",
 * "relatives") or a ward number alone does not make it so: staff have families and work on wards
 * ("Our thoughts are with the family of Julie, the heart of Ward 10 for 22 years").
 */
function aboutPatientHere(a: Analysis, span: Span): boolean {
  if (!aboutPatient(a, span)) return false;
  const sentence = a.sentenceOf(span.start);
  if (sentencesHaving(a, "identifier:strong-cues", a.of("patient-cue"), (c) => c.confidence >= 0.45).has(sentence)) return true;
  if (bedSentences(a).has(sentence)) return true;
  return a.sentencesWith("identifier:patient-words", (t) => STRONG_PATIENT_WORDS.has(t.stem) && !patientAdjective(a, t)).has(a.sentenceOf(span.start));
}
const STRONG_PATIENT_WORDS = new Set(["patient", "patients", "pt", "pts", "service user", "client", "clients", "admission", "admissions"]);

const PATIENT_WORD_LIST = [...STRONG_PATIENT_WORDS];
/** The post talks about care at all: a patient word or cue, a clinical setting, a condition, care words. */
function careTalk(a: Analysis): boolean {
  return a.hasAnyWord(PATIENT_WORD_LIST) || a.of("patient-cue").length > 0 || a.of("clinical-setting").length > 0 || a.of("condition").length > 0 || a.lexicon("care-disclosure").length > 0;
}

/** The spans the rest of the rule reads: identifiers, names and beds. */
const IDENTIFIER_SPANS = ["nhs-number", "chi-number", "hospital-number", "ssn", "date-of-birth", "phone", "email", "postcode", "address", "zip", "person-name", "first-name", "ward-bed"] as const;
/** Words for a picture posted with the text. */
const PICTURE_WORDS = ["screenshot", "screenshots", "photo", "photos", "pic", "pics", "picture", "pictures", "snap", "image", "selfie", "📸"];
const PICTURE_SET = new Set(PICTURE_WORDS);
/** Records that list or name patients, when a clinical word says whose: "clinic list", "handover sheet", "drug chart". */
const RECORD_NOUNS = ["list", "lists", "sheet", "sheets", "chart", "charts", "board", "whiteboard", "letter", "letters", "wristband", "wristbands", "notes", "label", "labels"];
const RECORD_SET = new Set(RECORD_NOUNS);
const RECORD_OWNERS = new Set(["clinic", "theatre", "theatres", "ward", "patient", "patients", "patient's", "patients'", "handover", "appointment", "appointments", "op", "operating", "drug", "obs", "discharge", "referral", "bed", "bay", "triage", "surgery", "dispensing", "prescription", "prescriptions", "delivery", "visit", "visits", "caseload", "medical"]);
/** Words that say what a pictured list shows: "with names and NHS numbers", "everyone's addresses". */
const SHOWS_DETAILS = new Set(["names", "nhs", "addresses", "dobs", "dob", "diagnoses", "details"]);
const ADVICE = new Set(["never", "don't", "dont", "avoid", "before", "not", "no", "without", "blur", "blurred", "cropped", "crop", "redacted", "removed", "hidden", "covered"]);
/**
 * A picture of a patient record in the post: a picture word and a record a clinical word qualifies
 * ("the clinic list", "today's handover sheet") or described as showing names, in one sentence or in
 * an "[image: ...]" note. Advice ("never post a photo of the handover sheet") and a blurred or
 * cropped picture are not one.
 */
function picturedRecord(a: Analysis): { start: number; end: number } | undefined {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const r = t[i]!;
    if (!RECORD_SET.has(r.norm)) continue;
    const sentence = a.sentenceTokens(r.start);
    if (!sentence.some((x) => PICTURE_SET.has(x.norm)) || sentence.some((x) => ADVICE.has(x.norm))) continue;
    const owner = t.slice(Math.max(0, i - 3), i).find((x) => x.sentence === r.sentence && RECORD_OWNERS.has(x.norm));
    const details = t.slice(i + 1, i + 8).some((x) => x.sentence === r.sentence && SHOWS_DETAILS.has(x.norm));
    if (!owner && !details) continue;
    return { start: owner?.start ?? r.start, end: r.end };
  }
  return undefined;
}

/** Sentences with a bed, bay or room (not only a ward). */
function bedSentences(a: Analysis): ReadonlySet<number> {
  return sentencesHaving(a, "identifier:bed-sentences", a.of("ward-bed"), (w) => w.data?.kind !== "ward");
}

function patientLink(a: Analysis, span: Span): number {
  if (aboutPatientHere(a, span)) return 1;
  // "Anyone else treated Derek Blenkinsop?": a clinical verb in the same sentence
  if (a.inSentence(span, a.lexicon("context-cues", "encounter-verb")).some((v) => !a.isNegated(v))) return Math.max(0.9, a.patientContext);
  if (a.hasAnyWord(CARER_POSSESSIVES) && carerOfSentences(a).has(a.sentenceOf(span.start))) return Math.max(0.9, a.patientContext);
  // "the lad from 14 Cranmore Close ... brought him in last night": someone taken to hospital, in the crew's idiom
  if (a.hasAnyWord(CONVEY_VERBS)) { const k = a.sentenceOf(span.start); const c = conveyedSentences(a); if (c.has(k) || c.has(k + 1)) return Math.max(0.8, a.patientContext); }
  return a.patientContext;
}

const CONVEY_VERBS = ["brought", "took", "taken", "conveyed", "blued", "rushed", "transferred"];
const CONVEYED = new Set(["him", "her", "them"]);
const INTO_CARE = new Set(["in", "into", "to"]);
/** Sentences where someone is taken to hospital: "brought him in", "blued her in to resus", "took them to A&E". */
function conveyedSentences(a: Analysis): ReadonlySet<number> {
  return a.memo("identifier:conveyed", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i + 2 < t.length; i++) {
      if (!CONVEY_VERBS.includes(t[i]!.norm) || !CONVEYED.has(t[i + 1]!.norm) || !INTO_CARE.has(t[i + 2]!.norm) || t[i + 2]!.sentence !== t[i]!.sentence) continue;
      // "to" must lead to care: "took her to A&E", "to resus" (not "took him to the pub")
      if (t[i + 2]!.norm === "to" && !a.sentenceTokens(t[i]!.start).some((x) => x.start > t[i + 2]!.start && CARE_PLACES.has(x.norm))) continue;
      out.add(t[i]!.sentence);
    }
    return out;
  });
}
const CARE_PLACES = new Set(["a&e", "ae", "ed", "resus", "hospital", "majors", "minors", "ward", "icu", "itu", "theatre", "cath", "hdu", "ccu", "maternity", "triage"]);
/**
 * "the ambulance outside 22 Elm Road: I'm his GP and he's stable", "as her midwife I can say": the
 * author names themself the clinician OF a third person, who is therefore their patient.
 */
const CARER_POSSESSIVES = ["his", "her", "their"];
const CARER_ROLES = new Set(["gp", "doctor", "consultant", "nurse", "surgeon", "midwife", "physio", "dentist", "pharmacist", "cardiologist", "oncologist", "psychiatrist", "paediatrician", "health visitor", "district nurse", "key worker", "keyworker", "named nurse", "anaesthetist"]);
const CARER_SELF = new Set(["i'm", "im", "am", "as", "being"]);
function carerOfSentences(a: Analysis): ReadonlySet<number> {
  return a.memo("identifier:carer-of", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 1; i + 1 < t.length; i++) {
      const p = t[i]!;
      if (p.norm !== "his" && p.norm !== "her" && p.norm !== "their") continue;
      const prev = t[i - 1]!;
      if (!CARER_SELF.has(prev.norm) || prev.sentence !== p.sentence) continue;
      if (prev.norm === "am" && t[i - 2]?.norm !== "i") continue;
      const role = t[i + 1]!;
      if (role.sentence === p.sentence && (CARER_ROLES.has(role.norm) || CARER_ROLES.has(`${role.norm} ${t[i + 2]?.norm ?? ""}`))) out.add(p.sentence);
    }
    return out;
  });
}

/**
 * The name is the person a story about one patient's care is told about (see story.ts); asked only
 * when nothing else links the name to a patient. (A review reply is read by its own rule: a
 * reviewer's name there is theirs to have posted.)
 */
function storyLink(a: Analysis, span: Span): number {
  if (a.context.platform === "review-reply") return 0;
  const story = patientStory(a);
  return story && story.referent.kind === "name" && story.referent.start <= span.start && span.end <= story.referent.end ? Math.max(0.8, story.confidence) : 0;
}

/** "Gemma in Room 12", "Dennis in bed 14": staff are not located in a patient's bed or room. */
function inPatientPlace(a: Analysis, span: Span): boolean {
  const next = a.wordsAfter(span.end, 1)[0];
  if (!next || (next.norm !== "in" && next.norm !== "on" && next.norm !== "from")) return false;
  const beds = a.memo("identifier:beds-by-start", () => new Map(a.of("ward-bed").map((w) => [w.start, w] as const)));
  const after = a.tokens[a.tokenIndexAt(next.end)];
  const bed = after ? beds.get(after.start) : undefined;
  return !!bed && bed.start - next.end <= 2 && PATIENT_PLACES.has(String(bed.data?.kind));
}


/** The name follows a ruled-out name with only a comma, "and" or "&" between ("Maria, Kofi and Wendy"). */
function listedAfter(a: Analysis, span: Span, ruledOutEnds: ReadonlySet<number>): boolean {
  let i = a.tokenIndexAt(span.start) - 1;
  for (let n = 0; i >= 0 && n < 2; i--, n++) {
    const t = a.tokens[i]!;
    if (!(t.text === "," || t.text === "&" || t.norm === "and")) break;
  }
  const prev = a.tokens[i];
  return !!prev && ruledOutEnds.has(prev.end);
}

/**
 * UK numbers that no household has: 03 (public bodies and charities), 080 (freephone), 084/087 and 09
 * (business and premium rate), 116 xxx (helplines such as Samaritans), 111 and 999. In a post they are a
 * service's number, never a patient's.
 */
function serviceNumber(text: string): boolean {
  let digits = "";
  for (const ch of text) if (ch >= "0" && ch <= "9") digits += ch;
  if (digits.startsWith("44")) digits = "0" + digits.slice(2);
  return /^(?:03\d{9}|08[047]\d{8}|0800\d{6}|09\d{9})$/.test(digits) || /^116\d{3}$/.test(digits) || digits === "111" || digits === "999";
}

/** Words of leaving or loss: a retirement, a leaving do, a death. */
const FAREWELL = new Set(["retire", "retires", "retired", "retiring", "retirement", "leaving", "farewell", "send-off", "sendoff", "died", "dies", "death", "passed", "lost", "funeral", "memorial", "condolences", "rip"]);
/** Words that make a sentence about patients whatever else it says. */
const PATIENT_WORDS = new Set(["patient", "patients", "patient's", "pt", "pts"]);
/**
 * "Our friend and colleague Dr Asante died on Sunday", "Leaving do for our retiring ward sister", "Our
 * department lost a colleague": a post that says goodbye to a colleague of the author's. A farewell word
 * within a few words of "our"/"my" + a colleague word (or "colleague" itself), in a sentence that
 * mentions no patient. In such a post the names without care, a bed or a clinical setting in their own
 * sentence are the colleague's, however much the post talks about the ward.
 */
function colleagueFarewell(a: Analysis): boolean {
  return a.memo("identifier:colleague-farewell", () => {
    const words = a.words;
    let any = false;
    for (const w of FAREWELL) if (words.has(w)) { any = true; break; }
    if (!any) return false;
    const t = a.tokens;
    const patientSentences = new Set<number>();
    for (const tok of t) if (PATIENT_WORDS.has(tok.norm)) patientSentences.add(tok.sentence);
    let lastFarewell = -100;
    let lastColleague = -100;
    for (let i = 0; i < t.length; i++) {
      const tok = t[i]!;
      if (tok.kind !== "word" || patientSentences.has(tok.sentence)) continue;
      if (FAREWELL.has(tok.norm)) lastFarewell = i;
      else if (COLLEAGUE_WORDS.has(tok.stem) && !GROUP_WORDS.has(tok.stem) && (tok.norm.startsWith("colleague") || a.wordsBefore(tok.start, 3).some((w) => w.norm === "our" || w.norm === "my"))) lastColleague = i;
      else continue;
      if (Math.abs(lastFarewell - lastColleague) <= 6 && t[lastFarewell]!.sentence === t[lastColleague]!.sentence) return true;
    }
    return false;
  });
}

/** A colleague word next to the name ("our HCA Maria"). */
function nearColleague(a: Analysis, span: Span): boolean {
  return [...a.wordsBefore(span.start, 3), ...a.wordsAfter(span.end, 3)].some((t) => COLLEAGUE_WORDS.has(t.stem));
}

/** "get well soon", "home soon", "speedy recovery", "our bravest girl": a patient wished better. */
const RECOVERY_PAIRS: readonly (readonly [string, string])[] = [["get", "well"], ["home", "soon"], ["speedy", "recovery"], ["quick", "recovery"], ["brave", "girl"], ["brave", "boy"]];
function wishedWell(a: Analysis): boolean {
  return a.memo("identifier:wished-well", () => {
    const words = a.words;
    if (words.has("bravest")) return true;
    if (!RECOVERY_PAIRS.some(([x, y]) => words.has(x) && words.has(y))) return false;
    const t = a.tokens;
    for (let i = 0; i + 1 < t.length; i++) if (RECOVERY_PAIRS.some(([x, y]) => t[i]!.norm === x && t[i + 1]!.norm === y)) return true;
    return false;
  });
}

/** Head words of a job title that a name may stand beside: "our complaints lead, Jane,". */
const ROLE_HEADS = new Set(["lead", "leads", "manager", "officer", "coordinator", "co-ordinator", "clerk", "administrator", "admin", "advisor", "adviser", "champion", "navigator", "liaison", "secretary", "receptionist", "practitioner", "pharmacist", "partner"]);
const OWNERS = new Set(["our", "my", "the", "your"]);
/**
 * "our complaints lead, Jane, will call", "the practice manager, Sam, is...": a name set off by commas
 * right after a job title with "our", "my", "the" or "your" (within four words) is the person holding it.
 */
function roleAppositive(a: Analysis, span: Span): boolean {
  const t = a.tokens;
  const i = a.tokenIndexAt(span.start);
  const comma = t[i - 1];
  const after = t[a.tokenIndexAt(span.end)];
  if (!comma || comma.text !== "," || !after || after.start !== span.end || (after.text !== "," && after.text !== ")")) return false;
  const head = t[i - 2];
  if (!head || head.kind !== "word" || head.sentence !== comma.sentence || !(ROLE_HEADS.has(head.norm) || (COLLEAGUE_WORDS.has(head.norm) && !GROUP_WORDS.has(head.stem)))) return false;
  for (let k = i - 3; k >= Math.max(0, i - 6); k--) {
    const w = t[k]!;
    if (w.kind !== "word" || w.sentence !== head.sentence) return false;
    if (OWNERS.has(w.norm)) return true;
  }
  return false;
}

/** Words for books, shows and toys ("Mr Tickle is the most-requested book"); not "character", which is said of people ("such a character"). */
const MEDIA_WORDS = ["book", "books", "bookshelf", "bookcase", "cartoon", "cartoons", "novel", "novels", "film", "films", "movie", "movies", "series", "episode", "toy", "toys", "audiobook"];

function nameIsNotPatient(a: Analysis, span: Span): boolean {
  if (span.data?.clinician === true || nameIsProduct(a, span)) return true;
  if (inPatientPlace(a, span)) return false;
  // a post about books, shows or toys names their characters ("Mr Bump is a close second"), unless
  // the name comes with someone's care or a bed
  if (MEDIA_WORDS.some((w) => a.words.has(w)) && !careWordsHere(a, span) && !bedSentences(a).has(a.sentenceOf(span.start))) return true;
  if (roleAppositive(a, span)) return true;
  const lastWord = a.tokens[Math.max(0, a.tokenIndexAt(span.end) - 1)];
  if (lastWord && lastWord.end === span.end && ORGANISATION_HEADS.has(lastWord.norm)) return true;
  // "the King Edward VII hospital awards", "the Florence Nightingale Foundation": a name that an
  // organisation's head word follows is the organisation's name
  if (ORGANISATION_HEADS.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "") && a.text[span.end] === " ") return true;
  // Colleagues are rarely "Mrs Greenhalgh" to each other: a lay title is not undone by "thanks"
  // or "shoutout", only by a role word ("Mrs Jones, our ward clerk").
  if (typeof span.data?.title === "string" && LAY_TITLES.has(span.data.title)) {
    if (appositiveToColleague(a, span)) return true;
    const near = [...a.wordsBefore(span.start, 3), ...a.wordsAfter(span.end, 3)];
    return near.some((t) => COLLEAGUE_WORDS.has(t.stem) && !GROUP_WORDS.has(t.stem) && !COMMUNITY_HEADS.has(a.wordsAfter(t.end, 1)[0]?.norm ?? ""));
  }
  // "Rest well, Kwame", "here's to Maureen": in a farewell to a colleague, a name with no care, bed or
  // setting of its own is the colleague's
  if (colleagueFarewell(a) && !careWordsHere(a, span) && !bedSentences(a).has(a.sentenceOf(span.start)) && a.inSentence(span, a.of("clinical-setting")).length === 0 && !a.sentenceTokens(span.start).some((t) => PATIENT_WORDS.has(t.norm))) return true;
  if (namedAsClinician(a, span)) return true;
  // "yes Brenda": a stock name used to belittle, reported by respect/patients rather than as a name
  if (a.lexicon("mockery", "name-call").some((m) => m.start === span.start)) return true;
  const near = [...a.wordsBefore(span.start, 3), ...a.wordsAfter(span.end, 3)];
  if (near.some((t) => NOT_PATIENT_NEAR.has(t.norm))) return true;
  const own = a.context.profile?.displayName?.toLowerCase();
  if (!!own && own.includes(span.text.toLowerCase())) return true;
  // "Julie was the heart of Ward 10 for 22 years": a colleague's years of service (a patient's
  // years would come with their care: "Doris, 94, has been coming to clinic for 20 years with her ulcer")
  return a.digits > 0 && (a.words.has("years") || a.words.has("yrs")) && tenureSentences(a).has(a.sentenceOf(span.start)) && !careWordsHere(a, span);
}

/**
 * "Professor Helen Carter's editorial ... Helen, if you read this": a name the post also gives, with
 * a clinician's title, to the author of a paper or a colleague is that person's, wherever it recurs.
 */
function namedAsClinician(a: Analysis, span: Span): boolean {
  if (span.data?.title !== undefined) return false;
  const words = span.text.toLowerCase().split(/\s+/);
  return a.of("person-name").some((n) => {
    if (n === span || n.data?.clinician !== true) return false;
    const named = n.text.toLowerCase().replace(/['\u2019]s$/, "").split(/\s+/).slice(1);
    return words.every((w) => named.includes(w));
  });
}

/** Sentences that give years of service: "for 22 years", "for over 30 years". */
function tenureSentences(a: Analysis): ReadonlySet<number> {
  return a.memo("identifier:tenure", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i + 2 < t.length; i++) {
      if (t[i]!.norm !== "for") continue;
      const k = TENURE_HEDGES.has(t[i + 1]!.norm) ? i + 2 : i + 1;
      const n = t[k];
      const unit = t[k + 1];
      if (n && unit && n.kind === "number" && Number(n.text) < 80 && (unit.norm === "years" || unit.norm === "yrs") && unit.sentence === t[i]!.sentence) out.add(t[i]!.sentence);
    }
    return out;
  });
}
const TENURE_HEDGES = new Set(["over", "nearly", "almost", "about", "around", "more"]);

const CARE_WORD_CATEGORIES = new Set(["care-noun", "action", "confirms", "opener", "clinical-act", "symptom", "medicine"]);
/** Care words in the name's sentence: a condition, a medicine, a test, a symptom, a treatment. */
function careWordsHere(a: Analysis, span: Span): boolean {
  const sentence = a.sentenceOf(span.start);
  return sentencesHaving(a, "identifier:care-sentences", a.lexicon("care-disclosure"), (c) => CARE_WORD_CATEGORIES.has(String(c.data?.category)) && isSomeonesCare(a, c)).has(sentence) ||
    a.inSentence(span, a.lexicon("prescription-only-medicines")).length > 0 || a.inSentence(span, a.of("condition")).length > 0;
}

/** Words that say a person was in, after a name: "was in for her...", "came in for his...", "popped in for". */
const IN_VERBS = new Set(["was", "came", "come", "popped", "pops", "comes", "is", "in"]);
/**
 * After the name, in its sentence, "in for her/his <care>": "Kelly-Ann who was in for her repeat of
 * sertraline", "Dave, in for his jab": the person attended for their own care.
 */
function attendedFor(a: Analysis, span: Span): boolean {
  const after = a.wordsAfter(span.end, 8);
  for (let k = 0; k + 2 < after.length; k++) {
    if (after[k]!.norm !== "in" || after[k + 1]!.norm !== "for" || (k > 0 && !IN_VERBS.has(after[k - 1]!.norm) && after[k - 1]!.norm !== "who")) continue;
    const own = after[k + 2]!.norm;
    return own === "her" || own === "his" || own === "their";
  }
  return false;
}

/** Care words that, said to a handle, discuss that person's care. */
const HANDLE_CARE = ["care-noun", "action", "confirms", "clinical-act", "symptom", "medicine", "outcome"] as const;
const YOU_ALL = new Set(["you", "your", "you're", "youre", "you've", "you'd", "yours"]);
/** A handle that is a clinician's ("@DrShah", "@NurseKate"): an exchange between colleagues. */
// (a capital or a separator after the title: "@DrShah", "@dr_shah", not "@drew_m")
const CLINICIAN_HANDLE = /^@(?:[Dd]r|[Dd]oc|[Nn]urse|[Pp]rof)(?:[A-Z]|[._-])/;
const THIRD_PERSON = new Set(["she", "he", "she's", "he's", "her", "his", "him", "shes", "hes"]);
const KIN_WORDS = new Set(["mum's", "dad's", "mum", "dad", "son", "daughter", "son's", "daughter's", "wife", "husband", "wife's", "husband's", "mother", "father", "mother's", "father's", "baby", "baby's", "nan", "gran", "grandad", "partner", "partner's"]);
const THIRD = new Set(["her", "his", "their"]);
const RESULTS = new Set(["showed", "shows", "came", "normal", "fine", "clear", "benign", "negative", "positive", "abnormal", "raised", "high", "low"]);
const OFFICE_TITLES = new Set(["sr", "sister", "matron"]);
const GREETINGS = new Set(["hi", "hello", "hey", "hiya", "dear"]);
const OPENING_REPLY = new Set(["reply", "replying", "response", "responding"]);
/**
 * The post opens addressed to one @handle ("@jo_b ...", "Reply to @jo_b: ...") and speaks to them
 * ("you", "your") about care: two or more care words (a test, a result, a wound, a medicine, a
 * discharge), not a clinician's handle and no colleague words. The handle, if so.
 */
function addressedHandle(a: Analysis): Span | undefined {
  const t = a.tokens;
  let i = 0;
  while (i < t.length && t[i]!.kind === "punct") i++;
  if (t[i] && OPENING_REPLY.has(t[i]!.norm) && t[i + 1]?.norm === "to") i += 2;
  const m = t[i];
  if (!m || m.kind !== "mention" || CLINICIAN_HANDLE.test(m.text)) return undefined;
  // a second handle opening the post is a group conversation
  if (t[i + 1]?.kind === "mention") return undefined;
  let you = false;
  for (let k = i + 1; k < t.length && !you; k++) you = YOU_ALL.has(t[k]!.norm);
  if (!you) return undefined;
  // "I can't discuss anyone's care on here, please ring the clinic": the reply declines, as ¶14 asks
  const declined = declinesToDiscuss(a);
  // "@sam how's your patient in bed 4?": the handle is a colleague's
  if (a.words.has("patient") || a.words.has("patients")) return undefined;
  // ("don't skip the antibiotics", "no need to worry about the liver": denied care is still their care)
  // (having declined, only a result given still discusses their care: "...but your bloods came back fine")
  const care = a.lexicon("care-disclosure", ...HANDLE_CARE).filter((c) => !declined || a.wordsAfter(c.end, 4).some((w) => RESULTS.has(w.norm)));
  if (care.length < 2) return undefined;
  // one of them is the addressee's own ("your bloods", "after your op... the wound", "your mum's discharge")
  // ("@x sorry you feel your mum's discharge was rushed. Her sats were stable": the relative's care)
  const kin = t.some((w, k) => w.norm === "your" && KIN_WORDS.has(t[k + 1]?.norm ?? ""));
  const owned = (w: Token) => YOU_ALL.has(w.norm) || (w.norm.startsWith("your") && w.norm !== "your") || (kin && THIRD.has(w.norm));
  if (!care.some((c) => YOU_ALL.has(c.text.split(" ")[0]!.toLowerCase()) || a.wordsBefore(c.start, 3).some(owned))) return undefined;
  return { type: "phrase", start: m.start, end: m.end, text: m.text, confidence: 0.75, detector: "mention" };
}

/** "Can't believe little Alfie is five", "I still can't believe Mrs Jones...": amazement, which denies nothing about the name after it. */
const DISBELIEF_NEGATORS = new Set(["can't", "cannot", "cant", "couldn't", "couldnt"]);
function disbelief(a: Analysis, span: Span): boolean {
  const before = a.wordsBefore(span.start, 4); // nearest first
  const k = before.findIndex((t) => t.norm === "believe");
  return k >= 0 && DISBELIEF_NEGATORS.has(before[k + 1]?.norm ?? "");
}

function nameReplacement(a: Analysis, span: Span): Suggestion {
  const t = a.tokens[a.tokenIndexAt(span.start)];
  // "anyone know a Sandra Whitlow" -> "anyone know a patient", not "a the patient"
  const article = a.wordsBefore(span.start, 1)[0];
  if (article && (article.norm === "a" || article.norm === "an")) {
    return replacement([article.start, span.end], article.sentenceStart ? "A patient" : "a patient", "Replace the name with \"a patient\"", true);
  }
  const atStart = !!t && t.sentenceStart;
  return replacement([span.start, span.end], atStart ? "The patient" : "the patient", "Replace the name with \"the patient\"", true);
}

export default defineRule({
  meta: {
    id: "confidentiality/patient-identifier",
    severity: "error",
    citations: ["gmc-sm:14", "gmc-sm:13", "gmp:69", "gmc-sm:12"],
    seriousness: SERIOUSNESS.identifyingPatient,
    triggers: ["span:nhs-number", "span:chi-number", "span:hospital-number", "span:ssn", "span:date-of-birth", "span:phone", "span:email", "span:postcode", "span:address", "span:zip", "span:person-name", "span:first-name", "span:ward-bed", "span:clinical-setting", "lexicon:intoxication:on-duty", "lexicon:care-disclosure"],
    docs: {
      summary: "Direct identifiers of a patient: numbers, dates of birth, names, addresses, contact details, bed and ward",
      why: "You must maintain patient confidentiality when communicating publicly (GMP 69) and must not discuss individual patients on publicly accessible social media (¶14). A professional closed group is no exception for identifiable information (¶12). An NHS number, a date of birth or a name pins the post to one person.",
      fix: "Remove the identifier. scrubs can do it for you (Apply, or `scrubs fix` on the command line): numbers and dates of birth are deleted with their labels, names become \"the patient\".",
      examples: {
        flagged: ["Pt in bay 4, NHS no 943 476 5919, still waiting for a bed", "Mrs Jones on Ward 7 keeps pulling her cannula out"],
        passes: ["Huge thanks to Dr Priya Shah for a brilliant teaching session on sepsis", "Call the practice on 01632 960123 to book your flu jab"],
      },
    },
    messages: {
      number: "This {{kind}} identifies a patient.",
      numberMaybe: "This may be a patient's {{kind}}.",
      ownNumber: "This looks like your own {{kind}}: posting it risks identity fraud and is never needed.",
      familyNumber: "This looks like a family member's {{kind}}: it is not a patient's, but posting it helps identity fraud.",
      contact: "A patient's {{kind}} identifies them.",
      name: "\"{{name}}\" names a patient.",
      nameMaybe: "\"{{name}}\" may name a patient: the post reads as being about a patient.",
      bed: "\"{{bed}}\" with \"{{hospital}}\" locates a patient to a bed.",
      pictured: "This shares a picture of {{what}}, which shows patients' names or details.",
      handle: "This answers {{handle}} in public about their own or their relative's care: the handle identifies the patient.",
    },
  },
  check({ analysis: a, text, report }) {
    const fiction = fictionOrConsent(a);
    // A fictional case or explicit consent: a name is then the patient's own choice (info); numbers
    // and dates of birth still deserve a second look (warning).
    const emit = (d: ReportDescriptor) =>
      report({ ...d, confidence: (d.confidence ?? 1) * (1 - 0.7 * fiction), severity: fiction >= 0.6 ? (d.messageId.startsWith("name") ? "info" : "warning") : d.severity });

    // "Screenshot of tomorrow's clinic list", "pic of the handover sheet": a picture of a record that
    // names patients discloses every name on it, though none is typed
    if (a.hasAnyWord(PICTURE_WORDS) && a.hasAnyWord(RECORD_NOUNS)) {
      const shown = picturedRecord(a);
      if (shown) emit({ messageId: "pictured", range: [shown.start, shown.end], data: { what: a.text.slice(shown.start, shown.end) }, severity: "error", confidence: 0.75, explanation: { detectors: ["picture", "record"] } });
    }
    // "@jo_b glad you're feeling better after your op, keep the wound dry...", "Reply to @Gaz1962: your
    // bloods were fine": a public answer to one handle about their care names the patient by the handle
    const handle = addressedHandle(a);
    if (handle) emit({ messageId: "handle", range: [handle.start, handle.end], data: { handle: handle.text }, severity: "error", confidence: 0.75, explanation: { detectors: ["mention", "lexicon:care-disclosure"], notes: ["a post addressed to one handle that discusses their care"] } });
    // (the clinical-setting and shift-word triggers are for pictured records only: without an
    // identifier, a name or a bed nothing else here has anything to read)
    if (!IDENTIFIER_SPANS.some((type) => a.has(type))) return;

    for (const [type, kind] of Object.entries(ALWAYS)) {
      for (const span of a.of(type as Span["type"])) {
        if (a.isNegated(span) || placeholder(span)) continue;
        if (span.data?.unlabelled === true) {
          // unlabelled, unvalidated: only in a post about a patient, and said with "may"
          // "chase the MRI on 9381045529": a test or treatment in the sentence makes the number a patient's
          const careHere = a.inSentence(span, a.lexicon("care-disclosure", "care-noun")).some((c) => c.end <= span.start && !a.isNegated(c));
          const link = Math.max(patientLink(a, span), careHere ? 0.6 : 0);
          if (link < 0.3 && !aboutPatient(a, span)) continue;
          emit({ messageId: "numberMaybe", range: [span.start, span.end], data: { kind }, severity: "warning", confidence: span.confidence * Math.max(link, 0.5), suggestions: [removal(text, withLabel(text, span), `Remove the ${kind}`)], explanation: { detectors: [span.detector], notes: ["no label and no valid check digit: read as an identifier because the post is about a patient"] } });
          continue;
        }
        const own = a.wordsBefore(span.start, 4).some((t) => t.norm === "my");
        // "my sister - born 14/05/1994": a relative's date of birth in a post about no patient is a
        // family matter, not a patient's identifier; a reminder only.
        const before = a.wordsBefore(span.start, 6);
        const reach = before.length > 0 ? Math.min(...before.map((t) => t.start)) : span.start;
        const kin = a.inSentence(span, a.of("relation")).find((r) => r.start >= reach && r.end <= span.start);
        // "Born 14 March 1986 ... Happy birthday to me", "Happy 70th to my dad": a birthday post's own date
        const birthday = type === "date-of-birth" && BIRTHDAY_WISH.test(text) && !aboutPatient(a, span);
        const family = birthday || (!!kin && before.some((t) => (t.norm === "my" || t.norm === "our") && t.end <= kin.start) && !aboutPatient(a, span) && a.patientContext < 0.3);
        const range = withLabel(text, span);
        emit({
          messageId: family ? "familyNumber" : own ? "ownNumber" : "number",
          range: [span.start, span.end],
          data: { kind },
          severity: family ? "info" : own ? "warning" : span.confidence >= 0.7 ? "error" : "warning",
          confidence: span.confidence,
          suggestions: [removal(text, range, `Remove the ${kind}`)],
          explanation: { detectors: [span.detector], notes: span.data?.valid === false ? ["checksum does not validate; labelled as an identifier"] : undefined },
        });
      }
    }

    const patientNames: Span[] = [];
    // "Thank you Maria, Kofi and Wendy": names listed after one the post thanks are thanked too
    const ruledOutEnds = new Set<number>();
    const names = [...a.of("person-name"), ...a.of("first-name")].sort((x, y) => x.start - y.start);
    const wished = wishedWell(a);
    for (const span of names) {
      if (placeholder(span) || OFFICE.test(span.text)) continue;
      if (span.data?.labelled === true) {
        // "Name: Mary Smith" is how records and wristbands name patients: an identifier in itself.
        emit({ messageId: "name", range: [span.start, span.end], data: { name: span.text }, severity: "error", confidence: span.confidence, suggestions: [replacement([span.start, span.end], "[name removed]", "Remove the name", true)], explanation: { detectors: ["names:labelled"] } });
        continue;
      }
      if (a.isNegated(span) && !disbelief(a, span)) continue;
      // "Sr Joan Parker", "Matron Hughes": a nurse's title names a colleague, not a patient
      if (OFFICE_TITLES.has(a.tokens[a.tokenIndexAt(span.start)]?.norm ?? "") || (OFFICE_TITLES.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "") && a.wordsBefore(span.start, 1)[0]!.cap)) continue;
      // "Hi Janet, I can't discuss anyone's care on here...": the person greeted is the one asking, and the reply declines
      if (GREETINGS.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "") && declinesToDiscuss(a)) continue;
      if (nameIsNotPatient(a, span) || listedAfter(a, span, ruledOutEnds)) {
        // "Shout out to Ellie, 8, the bravest girl on Rainbow Ward... get well soon": a thank-you
        // word does not make a child on a ward a colleague (a role word still does)
        if (!(wished && span.data?.clinician !== true && !nearColleague(a, span))) {
          ruledOutEnds.add(span.end);
          continue;
        }
      }
      // "Mrs Jones on Ward 7": a lay title next to a ward or clinical setting is a patient, not staff.
      const layTitle = typeof span.data?.title === "string" && LAY_TITLES.has(span.data.title);
      // (a ward alone is where staff work too: "it's Gemma Hartley on Ward 7 who reported me")
      const sentence = a.sentenceOf(span.start);
      const wardsHere = a.inSentence(span, a.of("ward-bed")).length > 0;
      const settingHere = bedSentences(a).has(sentence) || a.inSentence(span, a.of("clinical-setting")).length > 0 || (wardsHere && (layTitle || careWordsHere(a, span)));
      const settingInPost = a.of("ward-bed").length > 0 || a.of("clinical-setting").length > 0;
      // a name in the same sentence as a ward, bay or department is where a patient is; with a lay
      // title ("Mrs Jones") anywhere in a post set on a ward, likewise
      // a lay-titled name next to care words ("Mr Peter Gould needs his insulin visit moved")
      const careHere = careWordsHere(a, span);
      let link0 = 0;
      // "Kevin Marsh, 07700 900412 ... his potassium is 6.8", "Mr Peter Gould (Flat 3, 22 Marine
      // Parade) needs his insulin visit moved": a name with a home address or private number, in a
      // post about someone's care, is a patient's record, not a contact card.
      const contactHere = contactOf(a, span).length > 0 && careInPost(a);
      // "Kayleigh Dobson ... into ED twice in one night with the same 'chest pain'": a setting and a complaint
      // "Kelly-Ann who was in for her repeat of sertraline": the named person came in for care
      if (careHere && attendedFor(a, span)) link0 = 0.85;
      let link = Math.max(patientLink(a, span), link0, layTitle && (settingHere || careHere) ? 0.9 : layTitle && settingInPost ? 0.8 : settingHere && careHere ? 0.85 : settingHere ? 0.7 : 0, contactHere ? 0.85 : 0);
      // "Isla ... she's off CPAP!!! proud nicu nurse moment": a name with care words in its own sentence,
      // in a post set in a clinical place, is the person being cared for there
      // (someone talked about: "she's", "his" in the name's sentence; not "Fraser guidelines" for "you")
      if (link < 0.6 && careHere && settingInPost && a.sentenceTokens(span.start).some((t) => THIRD_PERSON.has(t.norm)) && a.of("clinical-setting").some((c) => c.confidence >= 0.6 && !a.isNegated(c))) link = 0.6;
      if (link < 0.5) link = Math.max(link, storyLink(a, span));
      // wished a recovery by the team of a ward or hospital the post names: a patient there
      if (wished && (a.has("ward-bed") || a.has("hospital"))) link = Math.max(link, 0.85);
      if (link < 0.5) continue;
      const confidence = span.confidence * (0.5 + 0.5 * link);
      if (confidence < 0.45) continue;
      patientNames.push(span);
      emit({
        messageId: confidence >= 0.55 ? "name" : "nameMaybe",
        range: [span.start, span.end],
        data: { name: span.text },
        severity: confidence >= 0.55 ? "error" : "warning",
        confidence,
        suggestions: [nameReplacement(a, span)],
        explanation: { detectors: [span.detector], context: [{ word: "patient context", effect: link }] },
      });
    }

    for (const [type, kind] of Object.entries(IF_PATIENT)) {
      for (const span of a.of(type as Span["type"])) {
        if (type === "address" && span.data?.hasNumber !== true) continue;
        if (ownContact(a, span) || (type !== "phone" && type !== "email" && ownPremises(a, span))) continue;
        // "Samaritans (116 123)", "NHS Practitioner Health (0300 0303 300)": a non-geographic number is an organisation's
        if (type === "phone" && serviceNumber(span.text)) continue;
        const namedHere = a.inSentence(span, patientNames).length > 0; // "Mrs Finch, Flat 12, 4 Harbour Parade"
        if (!namedHere && venueAddress(a, span)) continue;
        // "14 Mill Lane Surgery", "3 High St Pharmacy": the address is the name of a premises
        if (type === "address" && !namedHere && PREMISES.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) continue;
        // A full postcode covers about 15 homes: in a post about a patient at all, it is their address.
        const postcode = type === "postcode";
        const link = Math.max(patientLink(a, span), postcode ? Math.min(1, 2.5 * a.patientContext) : 0, namedHere ? 1 : 0);
        if (link < (postcode ? 0.3 : 0.45)) continue;
        const confidence = span.confidence * (postcode ? Math.max(0.7, link) : link);
        emit({
          messageId: "contact",
          range: [span.start, span.end],
          data: { kind },
          severity: confidence >= 0.6 ? "error" : "warning",
          confidence,
          suggestions: [removal(text, withLabel(text, span), `Remove the ${kind}`)],
          explanation: { detectors: [span.detector], context: [{ word: "patient context", effect: link }] },
        });
      }
    }

    // A town that only opens its sentence ("Send coffee", "Street food") may be an ordinary word:
    // capitals carry no information there, so it needs a confident match to place a bed.
    const opensSentence = (p: Span) => a.tokens[a.tokenIndexAt(p.start)]?.sentenceStart === true;
    const hospital = a.of("hospital")[0] ?? a.of("place").find((p) => p.data?.kind === "town" && !(opensSentence(p) && p.confidence < 0.75));
    if (hospital) {
      for (const bed of a.of("ward-bed")) {
        if (bed.confidence < 0.6 || a.isNegated(bed)) continue;
        // "Bed 12 on the sleeper to Fort William is mine tonight", "my bed 4 at the hostel": the author's own berth (in a post with no care or clinical context: on a ward "bed 7 is mine" is an allocation)
        if ((a.words.has("mine") || a.words.has("my")) && a.of("condition").length === 0 && !a.has("clinical-setting") && a.lexicon("care-disclosure", "care-noun", "symptom", "clinical-act", "medicine").length === 0 && a.patientContext < 0.5) { const before = a.wordsBefore(bed.start, 1)[0]; if (before?.norm === "my" || a.sentenceTokens(bed.start).some((x) => x.start > bed.end && x.norm === "mine" && a.tokens[a.tokenIndexAt(x.start) - 1]?.norm === "is")) continue; }
        // A bed or bay is a patient's; a ward is also where staff are ("Ward 118 if anyone wants cake").
        const namedPatientHere = a.inSentence(bed, patientNames).length > 0;
        if (!PATIENT_PLACES.has(String(bed.data?.kind)) && !namedPatientHere && !(aboutPatient(a, bed) && !aboutColleague(a, bed))) continue;
        // "Bay 3 at the garden centre has the best baskets in Antrim": with only a town (no hospital),
        // a bay or room is a patient's only in a post about care (a patient, a clinical setting)
        if (hospital.type !== "hospital" && !namedPatientHere && !careTalk(a)) continue;
        emit({
          messageId: "bed",
          range: [bed.start, bed.end],
          data: { bed: bed.text, hospital: hospital.text },
          severity: "error",
          confidence: bed.confidence,
          suggestions: [removal(text, [bed.start, bed.end], "Remove the bed or ward")],
          explanation: { detectors: [bed.detector, hospital.detector] },
        });
      }
    }
  },
});
