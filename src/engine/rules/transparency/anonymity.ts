import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { formIndex } from "../../lexicon";
import { defineRule } from "../../rule";
import { tokenize, type Token } from "../../text/tokenize";

/** Clinical roles a post or profile can claim. */
const ROLES = new Set([
  "doctor", "doctors", "doc", "dr", "gp", "consultant", "registrar", "reg", "sho", "fy1", "fy2", "f1", "f2", "medic", "physician", "surgeon", "anaesthetist", "anesthesiologist",
  "psychiatrist", "paediatrician", "pediatrician", "obstetrician", "gynaecologist", "radiologist", "dermatologist", "cardiologist", "oncologist", "neurologist", "intensivist", "pathologist",
  "spr", "str", "trainee", "geriatrician", "gp partner",
  "nurse", "midwife", "paramedic", "pharmacist", "physio", "physiotherapist", "radiographer", "md", "do", "rn", "houseman", "resident", "intern", "attending", "clinician",
]);
/**
 * Registered clinicians who are not doctors. ¶17 speaks to doctors; for other registrants a first
 * name ("Nurse Ailsa", "physio_sian") or a plain job title is how staff accounts commonly appear, and
 * only an account that hides its author on purpose (a bio saying "anon", a made-up glued handle)
 * presents a clinician's word to be taken on trust with no one behind it.
 */
const NON_DOCTOR = new Set(["nurse", "nurses", "midwife", "paramedic", "pharmacist", "physio", "physiotherapist", "radiographer", "rn", "rgn", "rmn", "nmp"]);
/** Staff who are not clinicians, named after the service they work for: "GP receptionist", "GP practice manager". */
const NON_CLINICAL_STAFF = new Set(["receptionist", "receptionists", "practice", "manager", "administrator", "admin", "secretary", "clerk", "porter", "cleaner", "driver", "coordinator", "co-ordinator"]);
/** Post-nominal letters that say the holder is a registered clinician. */
const POST_NOMINALS = new Set(["mbbs", "mbchb", "mbbch", "bmbs", "mrcp", "mrcgp", "mrcs", "frcs", "frcp", "frca", "frcem", "frcog", "mrcog", "mrcpch", "frcr", "mrcpsych", "rgn", "rmn", "rn", "nmp"]);
/** Roles in running text are ambiguous alone ("a resident of Leeds", "as a doc"); these need "NHS"/"junior" or are plain. */
const WEAK_IN_TEXT = new Set(["resident", "intern", "attending", "reg", "do", "md", "rn", "doc", "dr", "clinician", "houseman"]);
const TITLES = new Set(["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sister", "nurse"]);
const ORGANISATION = new Set(["aesthetics", "beauty", "skin", "skincare", "rooms", "studio", "salon", "practice", "surgery", "clinic", "clinics", "hospital", "hospitals", "trust", "team", "centre", "center", "department", "service", "services", "pharmacy", "group", "partnership", "foundation", "association", "society", "college", "university"]);
/** Specialists: "gastroenterologist", "psychiatrist", "haematologist". */
const SPECIALIST = /(?:ologist|iatrist)s?$/;
const GLUE = /[_\d]/;
/** CamelCase display names ("TheSecretGP", "DrSarahJones") read as separate words. */
const CAMEL_LOWER_UPPER = /(\p{Ll})(\p{Lu})/gu;
const CAMEL_ACRONYM = /(\p{Lu}+)(\p{Lu}\p{Ll})/gu;
function splitCamel(name: string): string {
  return name.replace(CAMEL_LOWER_UPPER, "$1 $2").replace(CAMEL_ACRONYM, "$1 $2");
}
/** Fields of practice: "Anaesthesia Ninja" is a persona, not a name. */
const FIELDS = new Set(["anaesthesia", "anesthesia", "anaesthetics", "surgery", "medicine", "nursing", "midwifery", "obstetrics", "paediatrics", "pediatrics", "pharmacy", "dentistry", "radiology", "psychiatry", "geriatrics", "ortho", "ent", "icu", "itu", "scrubs", "shift", "shifts", "nights", "ward", "theatre", "nhs", "medic", "med", "meds", "health", "clinical"]);
const FIELD_SUFFIX = /(?:ology|iatry|iatrics)$/;
/** A bio that says the account is deliberately unnamed. */
const ANONYMOUS_WORDS = new Set(["anonymous", "anon", "anonymously", "pseudonymous", "pseudonym", "pseudonymously", "throwaway", "incognito", "faceless", "nameless", "unnamed"]);
/** Post-nominal letters after a name: "Kyle Rodriguez RN", "Mairi MacLeod RM", "Sam Lee MRCGP". */
const POSTNOMINAL_SHAPE = /^\p{Lu}{2,6}$/u;
/** A capitalised name word: "Abi", "MacLeod", "O'Neill", "Smith-Jones". */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:[-'’]?\p{Lu}[\p{Ll}'’]+)*$/u;
const LINKING = new Set(["the", "and", "of", "by", "in", "on", "for", "my", "your", "our", "with", "from", "a", "an"]);
const NOT_NAME = new Set(["the", "a", "an", "secret", "nhs", "junior", "anonymous", "anon", "grumpy", "tired", "doc", "doctor", "gp", "nurse", "md", "official",
  // "NurseNoName", "DocNoFace": saying there is no name is not a name
  "no", "name", "face", "nobody", "unknown", "faceless", "nameless",
  // "FY2 in the North West", "GP, East Midlands": a region in a bio is not a name ("West" is also a surname)
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "midlands"]);

const OTHER_SUBJECT = new Set(["who", "whose", "she", "he", "they", "she's", "he's", "they're", "her", "his", "their", "him", "them"]);
const FIRST_PERSON = new Set(["i", "i'm", "im", "i've", "ive", "i'd", "me", "my", "we", "we're"]);
const KIN = new Set(["sister", "brother", "mum", "mother", "dad", "father", "son", "daughter", "wife", "husband", "partner", "friend", "colleague", "cousin", "aunt", "auntie", "uncle", "niece", "nephew", "gran", "grandad", "grandma", "boyfriend", "girlfriend", "fiance", "fiancee", "kid", "child", "mate", "flatmate", "housemate", "sis", "bro", "bestie"]);
/** "as a ..." describes someone else when the nearest subject before it is another person ("my sister who qualified as a paramedic"). */
function aboutSomeoneElse(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let j = i - 1; j >= Math.max(0, i - 8) && tokens[j]!.sentence === sentence; j--) {
    const n = tokens[j]!.norm;
    if (OTHER_SUBJECT.has(n)) return true;
    // "my sister ... qualified as a paramedic": the possessed person is the subject
    if ((n === "my" || n === "our") && j + 1 < i && KIN.has(tokens[j + 1]!.stem)) return true;
    if (FIRST_PERSON.has(n)) return false;
  }
  return false;
}

/**
 * Specialties and departments that, before a weak role ("medical reg", "psych reg", "ED doc",
 * "radiology ST4"), make it a clinical job title.
 */
const SPECIALTY = new Set(["medical", "surgical", "psych", "paeds", "peds", "gas", "obs", "gynae", "renal", "cardiac", "cardio", "neuro", "resp", "gastro", "ortho", "stroke", "trauma", "emergency", "acute", "night", "nights", "locum", "junior", "senior", "retired"]);
const qualifies = (t: Token | undefined) => !!t && t.kind === "word" && (FIELDS.has(t.norm) || SPECIALTY.has(t.norm) || FIELD_SUFFIX.test(t.norm) || DEPARTMENT_ACRONYM.test(t.text));
/** Posts before "sister" that make it a nursing grade: "ward sister", "theatre sister", "junior sister". */
const NURSING_POST = new Set(["ward", "theatre", "theatres", "junior", "senior", "night", "charge", "clinic", "unit"]);
/** Training grades: "ST4", "CT2", "FY1", "F2", "StR": a doctor in training. */
const GRADE = /^(?:st|ct|fy|f|spr|str)[1-8]$/;
/** Weak roles that "X here" cannot make a clinician on their own ("local resident here", "DO here"). */
const NOT_ALONE_HERE = new Set(["resident", "do", "intern", "attending", "md"]);
/** Roles other trades share: "IT consultant here", "graduate trainee here" need a clinical qualifier if qualified at all. */
const SHARED_TITLE = new Set(["consultant", "consultants", "trainee", "partner", "gp partner"]);

/**
 * "Anaesthetist here –", "Psychiatry reg here.", "Retired GP here,": a sentence that opens by naming
 * the author's role and "here" introduces the writer as that clinician. The role is the last of up to
 * three words before "here", and "here" ends its phrase (no "Is the GP here yet?").
 */
function hereIdentification(tokens: readonly Token[], i: number): { start: number; end: number; role: string } | undefined {
  const t = tokens[i]!;
  if (t.norm !== "here" || i === 0) return undefined;
  const after = tokens[i + 1];
  if (after && after.sentence === t.sentence && !(after.kind === "punct" && after.text !== "?")) return undefined;
  const role = tokens[i - 1]!;
  if (role.kind !== "word" || role.sentence !== t.sentence || !(ROLES.has(role.norm) || SPECIALIST.test(role.norm) || GRADE.test(role.norm))) return undefined;
  let start = i - 1;
  while (start > 0 && i - start < 3 && tokens[start - 1]!.sentence === t.sentence && tokens[start - 1]!.kind === "word") start--;
  if (start > 0 && tokens[start - 1]!.sentence === t.sentence && tokens[start - 1]!.kind !== "punct") return undefined;
  if (NOT_ALONE_HERE.has(role.norm) && !qualifies(tokens[i - 2])) return undefined;
  if (SHARED_TITLE.has(role.norm) && start < i - 1 && !qualifies(tokens[i - 2])) return undefined;
  if (NON_CLINICAL_STAFF.has(role.norm)) return undefined;
  const plain = GRADE.test(role.norm) || role.norm === "doc" || role.norm === "dr" ? "doctor" : role.norm === "reg" ? "registrar" : role.text;
  return { start: tokens[start]!.start, end: t.end, role: plain };
}

/** The first "as a GP", "I'm an NHS consultant", "I am a nurse", "GP here" in the post. */
function selfIdentification(tokens: readonly Token[]): { start: number; end: number; role: string } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm === "here") {
      const said = hereIdentification(tokens, i);
      if (said) return said;
      continue;
    }
    const opener = t.norm === "as" || t.norm === "i'm" || t.norm === "im" || (t.norm === "am" && tokens[i - 1]?.norm === "i");
    if (!opener || !(tokens[i + 1]?.norm === "a" || tokens[i + 1]?.norm === "an")) continue;
    if (t.norm === "as" && aboutSomeoneElse(tokens, i)) continue;
    for (let j = i + 2; j < Math.min(tokens.length, i + 6); j++) {
      const w = tokens[j]!;
      if (w.sentence !== t.sentence || w.kind === "punct") break;
      if (ROLES.has(w.norm) && !(WEAK_IN_TEXT.has(w.norm) && j === i + 2) && !NON_CLINICAL_STAFF.has(tokens[j + 1]?.norm ?? "")) {
        const start = t.norm === "am" ? tokens[i - 1]!.start : t.start;
        return { start, end: w.end, role: w.text };
      }
    }
  }
  return undefined;
}

/** A role claimed by the profile: a role word or post-nominal in the display name or bio. */
function profileRole(tokens: readonly Token[]): string | undefined {
  for (const [i, t] of tokens.entries()) if (t.kind === "word" && !NON_CLINICAL_STAFF.has(tokens[i + 1]?.norm ?? "") && (ROLES.has(t.norm) || POST_NOMINALS.has(t.norm) || SPECIALIST.test(t.norm)) && (!WEAK_IN_TEXT.has(t.norm) || (t.norm.length <= 3 && t.text === t.text.toUpperCase() && t.norm !== "do"))) return t.text;
  // "ED doc", "ICU reg", "medical reg", "radiology ST4": a weak role or a training grade after a
  // department, field or specialty is a job title (a grade in capitals is one alone: "ST4 | Leeds")
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    if (GRADE.test(t.norm) && (t.text === t.text.toUpperCase() || qualifies(tokens[i - 1]))) return "doctor";
    if ((t.norm === "doc" || t.norm === "reg") && qualifies(tokens[i - 1])) return t.norm === "doc" ? "doctor" : "registrar";
    // "Ward sister", "charge nurse"'s older title: a sister of a ward or theatre is a nurse, not a sibling
    if (t.norm === "sister" && NURSING_POST.has(tokens[i - 1]?.norm ?? "")) return "nurse";
  }
  for (const t of tokens) if (t.kind === "word" && t.norm === "dr" && t.cap) return "doctor";
  return undefined;
}

/** A department written as an acronym before a role: "ED", "ICU", "A&E", "GP". */
const DEPARTMENT_ACRONYM = /^(?:ED|ICU|ITU|HDU|AMU|GP|EM|ENT|A&E|NICU|PICU|OBGYN|O&G|MAU)$/;

/** "a GP", "an anaesthetist", "a doctor" (post-nominals and "Dr" read as "a doctor"). */
function withArticle(role: string): string {
  const norm = role.toLowerCase();
  if (POST_NOMINALS.has(norm) && !ROLES.has(norm)) return "a doctor";
  if (norm === "dr") return "a doctor";
  const word = role === role.toUpperCase() ? role : norm;
  return `${"aeio".includes(norm[0] ?? "") ? "an" : "a"} ${word}`;
}

/** A word standing on its own in the name: not glued to others by "_" or digits ("NHS_Reg_99"). */
function standalone(text: string, t: Token): boolean {
  return !GLUE.test(text[t.start - 1] ?? " ") && !GLUE.test(text[t.end] ?? " ");
}

/**
 * "full" for a personal name: a known first name or title followed by a capitalised word, or a
 * capitalised word followed by a known surname ("Priya Shah", "Dr Anneke Vries"); "partial" for
 * "Dr Jones" or "Sarah". In a display name a capitalised first name is strong evidence, so even
 * names that are also words ("Rob", "Will") count.
 */
function nameIn(text: string): "full" | "partial" | undefined {
  const first = formIndex("names-first");
  const surnames = formIndex("names-surnames");
  const all = tokenize(text).filter((t) => t.kind === "word");
  // "em", "bex": a display name that is one first name, written in lower case as people write their own
  if (all.length === 1 && !all[0]!.cap && text.trim().length === all[0]!.text.length && first.has(all[0]!.norm)) return "partial";
  // "EM Doc UK", "ED Reg": a short word in capitals among words that are not is an acronym, not "Em" or "Ed"
  const mixed = all.some((t) => t.text !== t.text.toUpperCase());
  const words = all.filter((t) => t.cap && standalone(text, t) && !(mixed && t.text.length <= 3 && t.text.length >= 2 && t.text === t.text.toUpperCase()));
  const candidate = (x: Token | undefined) => x !== undefined && !NOT_NAME.has(x.norm) && !ROLES.has(x.norm);
  let partial = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const adjacent = next !== undefined && next.start - w.end <= 2 && candidate(next);
    if (TITLES.has(w.norm)) {
      // "Dr A. Kaur", "Mr J Okafor": a title, an initial and a surname is how clinicians sign their name
      const sur = words[i + 2];
      if (next && next.text.length === 1 && sur && sur.start - next.end <= 3 && sur.text.length > 1 && NAME_WORD.test(sur.text) && candidate(sur)) return "full";
      const third = words[i + 2];
      if (adjacent && third && third.start - next!.end <= 2 && candidate(third)) return "full";
      // "Dr Jones" is part of a name; "Dr Fluffy" is a pseudonym.
      if (adjacent && (surnames.has(next!.norm) || first.has(next!.norm))) partial = true;
      continue;
    }
    if (!candidate(w)) continue;
    const known = first.has(w.norm);
    if (adjacent && (known || surnames.has(next!.norm))) return "full";
    if (known) partial = true;
  }
  return partial ? "partial" : undefined;
}

/**
 * A display name written the way people write their own name, even when the name lists don't know
 * it: two or three capitalised words separated by spaces ("Bev Tranmere", "Mairi MacLeod RM"),
 * optionally after a title, none of them a role, a field of practice, an organisation or a linking
 * word. Personas are written differently: glued ("NightShiftNurse", "GP_Whisperer"), with a role
 * or field ("Tired Reg", "Anaesthesia Ninja") or with an article ("The Honest Pharmacist").
 */
function nameShaped(displayName: string): boolean {
  // "Jess Corrigan, RN — Aesthetic Nurse", "Sam Okoro | GP": the name comes before the role
  const beforeRole = displayName.split(/\s*[,|\u2014\u2013\u00b7]\s*|\s+-\s+/)[0] ?? "";
  const words = beforeRole.trim().split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, "")).filter((w) => w.length > 0);
  while (words.length > 0 && POSTNOMINAL_SHAPE.test(words[words.length - 1]!)) words.pop();
  if (words.length > 0 && TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ""))) words.shift();
  if (words.length < 2 || words.length > 3) return false;
  return words.every((w) => {
    const norm = w.toLowerCase();
    return NAME_WORD.test(w) && w.length >= 2 && !ROLES.has(norm) && !TITLES.has(norm) && !NOT_NAME.has(norm) && !ORGANISATION.has(norm) && !FIELDS.has(norm) && !LINKING.has(norm) && !FIELD_SUFFIX.test(norm) && !SPECIALIST.test(norm);
  });
}

/**
 * The account is plainly a persona rather than a person: the bio says it is anonymous, or the
 * display name is a handle (glued words, "_", digits, "@", "u/"), opens with "The", or carries a
 * role or field of practice that is not a title before a name ("NHS Insider Doc", "Tired Reg").
 */
function persona(rawName: string, bio: readonly Token[]): boolean {
  if (bio.some((t) => ANONYMOUS_WORDS.has(t.norm)) || disownsName(bio)) return true;
  const name = rawName.trim();
  if (name === "") return true;
  if (/[_\d@/&]/.test(name)) return true;
  if (!/\s/.test(name) && splitCamel(name) !== name) return true;
  const words = tokenize(name).filter((t) => t.kind === "word");
  if (words[0]?.norm === "the") return true;
  // "Nurse Jolene", "Dr Mel": a role used as a title before a name is not a persona by itself.
  const titleBeforeName = (i: number) => {
    const next = words[i + 1];
    return (TITLES.has(words[i]!.norm) || ROLES.has(words[i]!.norm)) && !!next?.cap && !ROLES.has(next.norm) && !FIELDS.has(next.norm);
  };
  return words.some((t, i) => (ROLES.has(t.norm) || FIELDS.has(t.norm) || FIELD_SUFFIX.test(t.norm)) && !titleBeforeName(i));
}

/**
 * A non-doctor's account that hides its author on purpose: the bio or display name says it is
 * anonymous ("anon", "no names"), or the display name is a handle with no first name in it
 * ("NightShiftNurse", "MidwifeMagic"). A handle built on a first name ("nurse.shannon",
 * "physio_sian") or a display name written in words ("Paramedic Toni", "Scottish Ambulance
 * paramedic": a first name after the role, or a plain job description) does not.
 */
function hidesAuthor(rawName: string, nameTokens: readonly Token[], bio: readonly Token[]): boolean {
  if (bio.some((t) => ANONYMOUS_WORDS.has(t.norm)) || disownsName(bio) || nameTokens.some((t) => ANONYMOUS_WORDS.has(t.norm) || t.norm === "secret")) return true;
  if (bio.some((t, i) => t.norm === "no" && (bio[i + 1]?.norm === "names" || bio[i + 1]?.norm === "name"))) return true;
  const name = rawName.trim();
  if (name === "") return true;
  const words = nameTokens.filter((t) => t.kind === "word");
  if (/\s/.test(name) && !/[_\d@/]/.test(name)) return false;
  const first = formIndex("names-first");
  return !words.some((t) => first.has(t.norm) && !ROLES.has(t.norm) && !FIELDS.has(t.norm));
}

const RHETORICAL = new Set(["noticed", "notice", "think", "thinks", "find", "finds", "feel", "feels", "sick", "tired", "fed", "hate", "hates", "agree", "reckon", "despair"]);
/** The post asks peers for help ("Anyone here moved to the UK?") rather than telling the public anything. */
function asksPeers(tokens: readonly Token[]): boolean {
  const questions = new Set<number>();
  const seeking = new Set<number>();
  let sentences = 0;
  for (const t of tokens) {
    sentences = Math.max(sentences, t.sentence + 1);
    if (t.text === "?") questions.add(t.sentence);
    if (t.norm === "anyone" || t.norm === "anybody" || t.norm === "here") seeking.add(t.sentence);
  }
  // "Anyone else noticed...?", "Anyone else sick of...?": a rhetorical question that states the author's view
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.norm === "anyone" || t.norm === "anybody") && tokens[i + 1]!.norm === "else" && RHETORICAL.has(tokens[i + 2]!.norm)) seeking.delete(t.sentence);
  }
  return sentences <= 5 && [...questions].some((q) => seeking.has(q));
}

/** The post speaks as a clinician: patients, care settings, conditions, medicines, teaching or advice. */
function professionalContent(a: Analysis): boolean {
  if (a.patientContext >= 0.3) return true;
  const kinds = ["clinical-setting", "condition", "ward-bed", "hospital"] as const;
  if (kinds.some((k) => a.of(k).length > 0)) return true;
  const lexicons = ["prescription-only-medicines", "clinical-slang", "care-disclosure", "advertising-claims", "cosmetic-procedures", "companies"];
  if (lexicons.some((l) => a.lexicon(l).length > 0)) return true;
  return a.teaching >= 0.3;
}

/** Words after "anonymous" that make it about the account ("Anonymous.", "anon account", "anonymous because..."), not the cases it posts. */
const ACCOUNT_AFTER = new Set(["account", "because", "for", "cos", "as", "so", "profile", "here", "obviously"]);
function declaresAnonymity(bio: readonly Token[]): boolean {
  for (let i = 0; i < bio.length; i++) {
    const t = bio[i]!;
    if (!ANONYMOUS_WORDS.has(t.norm)) continue;
    const next = bio[i + 1];
    if (!next || next.kind === "punct" || next.sentence !== t.sentence || ACCOUNT_AFTER.has(next.norm)) return true;
  }
  return false;
}

/** Names the bio says are made up: "not my real name", "fake name", "pen name", "name changed". */
const MADE_UP = new Set(["fake", "made-up", "pen", "assumed", "false"]);
function disownsName(bio: readonly Token[]): boolean {
  for (let i = 0; i < bio.length; i++) {
    const t = bio[i]!;
    if (t.norm !== "name" && t.norm !== "names") continue;
    const prev = bio[i - 1]?.norm ?? "";
    if (MADE_UP.has(prev)) return true;
    // "not my real name", "isn't my actual name", "not real names"
    if (prev === "real" || prev === "actual") {
      for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (bio[k]!.norm === "not" || bio[k]!.norm.endsWith("n't")) return true;
    }
  }
  return false;
}

/** The self-identification's sentence says the account is kept apart from work or anonymous: "not about work", "kept this account anonymous". */
function disclaimer(a: Analysis, at: number): boolean {
  // the role's sentence and the one either side: "I post about my baking, not my job. Not a secret I'm a nurse"
  const s = a.sentenceOf(at);
  const from = a.sentences[Math.max(0, s - 1)]!.first;
  const to = a.sentences[Math.min(a.sentences.length - 1, s + 1)]!.last;
  const words = a.tokens.slice(from, to + 1).filter((t) => t.kind === "word");
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (ANONYMOUS_WORDS.has(w.norm) && words.slice(Math.max(0, i - 4), i).some((x) => x.norm === "account" || x.norm === "page" || x.norm === "profile")) return true;
    // "not work", "never professional", "not my job": what the account is not for
    if ((w.norm === "not" || w.norm === "never") && words.slice(i + 1, i + 4).some((x) => OFF_DUTY.has(x.norm))) return true;
  }
  return false;
}
/** What an off-duty account says it is not about: "not work", "not my job", "never professional". */
const OFF_DUTY = new Set(["work", "professional", "job"]);
/** A bio that names no one on purpose: "no names", "no names no pack drill". */
function noNames(bio: readonly Token[]): boolean {
  return bio.some((t, i) => t.norm === "no" && (bio[i + 1]?.norm === "names" || bio[i + 1]?.norm === "name"));
}

/** Services a practice is named after: "Peak Physio & Rehab", "Pelvic Health with Kat", "Private physiotherapy". */
const SERVICE = new Set(["physio", "physiotherapy", "rehab", "rehabilitation", "osteopathy", "osteo", "chiropractic", "podiatry", "chiropody", "dental", "dentistry", "orthodontics", "aesthetics", "health", "wellness", "therapy", "therapies", "massage", "pilates", "nutrition", "dietetics", "audiology", "optometry", "opticians", "pharmacy", "clinic", "clinics", "practice"]);
const PLURAL_VOICE = new Set(["we", "we're", "we've", "we'll", "our", "ours", "us"]);
const SINGULAR_VOICE = new Set(["i", "i'm", "im", "i've", "ive", "i'll", "me", "my"]);
/**
 * A display name of two or more words ending in a service ("Kernow Physio", "Moorview Pharmacy") with
 * no personal name in it, posting as "we" and never as "I": a business page, not a clinician.
 */
function businessPage(a: Analysis, nameTokens: readonly Token[], bio: readonly Token[]): boolean {
  const words = nameTokens.filter((t) => t.kind === "word");
  const last = words[words.length - 1]?.norm ?? "";
  if (words.length < 2 || !(ROLES.has(last) || ORGANISATION.has(last) || SERVICE.has(last))) return false;
  if (words.some((t) => TITLES.has(t.norm) || FIELDS.has(t.norm) && !SERVICE.has(t.norm)) || formIndex("names-first").has(words[0]!.norm)) return false;
  if (a.tokens.some((t) => SINGULAR_VOICE.has(t.norm))) return false;
  if (a.tokens.some((t) => PLURAL_VOICE.has(t.norm))) return true;
  // "Private physiotherapy", "Sports massage & rehab": a bio that names a service and no person
  // who gives it describes a business, whatever voice the post is in
  const bioWords = bio.filter((t) => t.kind === "word");
  return bioWords.length > 0 && bioWords.length <= 6 && bioWords.some((t) => SERVICE.has(t.norm)) && !bioWords.some((t) => ROLES.has(t.norm) || SPECIALIST.test(t.norm) || ANONYMOUS_WORDS.has(t.norm) || SINGULAR_VOICE.has(t.norm));
}

export default defineRule({
  meta: {
    id: "transparency/anonymity",
    severity: "warning",
    citations: ["gmc-sm:17", "gmc-sm:18", "seed-002:full-name"],
    seriousness: SERIOUSNESS.colleagueArgument,
    docs: {
      summary: "Presenting yourself as a doctor in public without giving your name",
      why: "Doctors' use of social media 17: if you identify yourself as a doctor in publicly accessible social media, you should also identify yourself by name, because material from people who present as doctors is taken on trust and read as the profession's view. Anonymous content can often be traced back to its author anyway (¶18).",
      fix: "Put your real name in your display name or bio (\"Dr Priya Shah, GP\"), or don't present yourself as a doctor on this account. Anonymous accounts are fine for posts that don't trade on being a doctor.",
      examples: {
        flagged: ["As a GP, I can tell you this winter is the worst I've seen."],
        passes: ["Lovely walk on the coast today 🌊", "Speaking as someone who waited nine hours in A&E last night: thank you to every nurse there."],
      },
    },
    messages: {
      anonymous: "You present yourself as {{role}} in a public post, but your profile (\"{{name}}\") does not give your name.",
      profileAnonymous: "Your profile presents you as {{role}} (\"{{name}}\") but does not give your name; public posts from it are read as a clinician's.",
      checkProfile: "You present yourself as {{role}} in a public post; make sure the profile you post from gives your name.",
      partialName: "Your profile name \"{{name}}\" may not be enough to identify you; the GMC asks for your name.",
    },
  },
  check({ analysis: a, report }) {
    if (!a.isPublic) return;
    const profile = a.context.profile;
    if (!profile) {
      // No profile to check: a gentle reminder when the post itself trades on being a doctor.
      const said = selfIdentification(a.tokens);
      if (said) report({ messageId: "checkProfile", range: [said.start, said.end], data: { role: withArticle(said.role) }, severity: "info", confidence: 0.3, explanation: { detectors: ["self-identification"], notes: ["no profile given"] } });
      return;
    }
    const displayName = splitCamel(profile.displayName ?? "");
    const nameTokens = tokenize(displayName);
    // An organisation's account (a practice, a trust, a team) speaks for the organisation, not a doctor.
    // (Unless the bio says the account is anonymous: "CalmMindsClinic", "Clinical psychologist | Anonymous".)
    const bioTokens = tokenize(profile.bio ?? "");
    // ("no names" in the bio: a two-word display name like "Scalpel Sunday" is then a persona, not a name)
    const anonymousBio = bioTokens.some((t) => ANONYMOUS_WORDS.has(t.norm)) || disownsName(bioTokens) || noNames(bioTokens);
    if (!anonymousBio && nameTokens.some((t) => ORGANISATION.has(t.norm))) return;
    // A brand run by a named clinician ("Glow by Nurse Amy", "Skin by Dr Raj") speaks for a business.
    // "Pelvic Health with Kat", "Yoga by Dr Raj": a service named, then the person who runs it
    if (!anonymousBio && nameTokens.some((t, i) => (t.norm === "by" || (t.norm === "with" && SERVICE.has(nameTokens[i - 1]?.norm ?? ""))) && i > 0 && nameTokens[i + 1]?.cap)) return;
    // "Harbourside Physio" posting "our clinic... book through our website": a practice named after its
    // service, speaking in the plural for the business
    if (!anonymousBio && businessPage(a, nameTokens, bioTokens)) return;
    const inText = selfIdentification(a.tokens);
    const role = inText?.role ?? profileRole(nameTokens) ?? profileRole(bioTokens);
    if (!role) return;
    // "Anonymous account, views my own" under "Sister Ratched": the bio says the name is not a real one
    const declared = anonymousBio && (declaresAnonymity(bioTokens) || disownsName(bioTokens));
    const name = declared ? undefined : nameIn(displayName) ?? nameIn(profile.bio ?? "") ?? (!anonymousBio && nameShaped(profile.displayName ?? "") ? "full" : undefined);
    if (name === "full") return;
    const isPersona = name === undefined && persona(profile.displayName ?? "", bioTokens);
    const shown = profile.displayName?.trim() || "no display name";
    const range: [number, number] = inText ? [inText.start, inText.end] : [0, 0];
    // ¶17's worry is material "taken on trust" as the profession's view: a post that draws on the
    // role (says it, or talks about patients, care, medicines, colleagues or health advice) warns;
    // a holiday photo from the same account is a reminder only.
    // An account that is plainly a persona (a handle, "anonymous" in the bio) presents as a
    // clinician in everything it posts publicly; ¶17 is about the account, not the topic. Asking
    // peers a question ("anyone here moved to the UK?") publishes nothing to be taken on trust.
    // (a role named to explain the account, "as a nurse I've kept this account anonymous because it's
    // mostly my knitting", "as a GP I keep this one for the garden, not work": a disclaimer, which
    // counts only if the rest of the post draws on the role)
    const disclaims = !!inText && disclaimer(a, inText.start);
    const professional = (!!inText && !disclaims) || ((isPersona && !disclaims || professionalContent(a)) && !asksPeers(a.tokens));
    // ¶17 is addressed to doctors: a nurse, midwife, paramedic or pharmacist is asked for a name
    // only when the account hides its author on purpose
    const roles = [inText?.role, profileRole(nameTokens), profileRole(bioTokens)].filter((r): r is string => r !== undefined);
    const doctor = roles.some((r) => !NON_DOCTOR.has(r.toLowerCase()));
    const unnamedOnPurpose = doctor || hidesAuthor(profile.displayName ?? "", nameTokens, bioTokens);
    report({
      messageId: name === "partial" ? "partialName" : inText ? "anonymous" : "profileAnonymous",
      range,
      data: { role: withArticle(role), name: shown },
      severity: name === "partial" || !professional || !unnamedOnPurpose ? "info" : "warning",
      confidence: name === "partial" ? 0.4 : inText ? 0.85 : 0.7,
      explanation: { detectors: ["profile", inText ? "self-identification" : "profile-role"], context: [{ word: role, effect: 1 }, { word: `name: ${name ?? "none"}`, effect: name ? -0.5 : 0 }] },
    });
  },
});
