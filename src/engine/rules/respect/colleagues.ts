import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule, type ReportDescriptor } from "../../rule";
import type { Span } from "../../types";
import type { Token } from "../../text/tokenize";
import { withGapped } from "../conduct/gapped";
import { asserted, quoted, scareQuoted, nearTokens, sentenceAnchor } from "../conduct/scope";
import { aimed, nounUse, workmateNear, secondPersonNear, selfDirected } from "../conduct/util";
import { organisationHandle, personalHandles } from "./referent";
import { BASIC_TASK_SHAPE, cleanupAfter, ageNicknames, belatedBasics, callOutPhrases, connectedPost, calledOutPerson, doubtedExcuses, doubtedRoles, inabilities, openLetter, sarcasticPraise, speakFirst, tooBusy, incompetenceIdioms, congratulatedFailings } from "./remarks";
import { aboutColleague, aboutPatient, COLLEAGUE_WORDS, combine, severityFor, SURE } from "../shared";
import { colleagueFirst, comparisonInsults, failingBefore, indirectColleague, ironyNear } from "./evaluative";
import { threatFrames } from "../conduct/threat-frames";
import { stereotypes } from "../conduct/stereotype";
import { groupFrames } from "../conduct/group-frames";
import { assertedHere, saidOfNearThing, calledAs, mayNameColleague, namesSituation, referentAt, colleagueFrames, derogations, evaluations, felt, linkOf, LINK_BONUS, noOneSaid, saidOfThing } from "./derogation";

/** Bullying a named colleague in public sits between a drinking photo and disrespect of patients. */
const INSULT_SERIOUSNESS = Math.round((SERIOUSNESS.drinking + SERIOUSNESS.disrespectGeneral) / 2);

/** Departments and specialties named as a team ("radiology at our place are a joke"). */
const TEAMS = new Set(["radiology", "orthopaedics", "orthopedics", "ortho", "orthopods", "anaesthetics", "anesthesia", "cardiology", "microbiology", "haematology", "oncology", "urology", "psychiatry", "paeds", "pediatrics", "paediatrics", "obstetrics", "gynae", "medics", "surgical", "docs", "associate", "associates"]);
/** Roles and posts missing from the shared colleague words ("our new CD", "the ACP"). */
const ROLES = new Set(["dentist", "dentists", "hygienist", "hygienists", "optometrist", "optometrists", "starter", "starters", "coordinator", "coordinators", "administrator", "administrators", "cd", "md", "acp", "acps", "anp", "anps", "trainer", "trainers", "supervisor", "supervisors", "educator", "partner", "partners", "senior", "director", "lead", "leads", "fellow", "fellows", "nemesis", "co-worker", "coworker", "coworkers"]);
/** Praise after "but" ("...but great with people", "...but a lovely person"): the remark is balanced. */
const BALANCING_PRAISE = new Set(["great", "brilliant", "lovely", "kind", "amazing", "fab", "fantastic", "excellent", "wonderful", "good", "star", "legend", "superb", "caring"]);
function praisedAfter(a: Analysis, end: number): boolean {
  const after = a.wordsAfter(end, 8);
  const but = after.findIndex((w) => w.norm === "but");
  return but >= 0 && after.slice(but + 1, but + 5).some((w) => BALANCING_PRAISE.has(w.norm));
}

/** Role words that are also ordinary words ("residents" of a care home, "attending" a clinic): roles only where they name someone. */
const DETERMINED_ROLES = new Set(["resident", "residents", "attending", "attendings", "associate", "associates", "partner", "partners", "fellow", "fellows", "lead", "leads", "sister", "boss", "staff"]);
/** "our new X", "my old X": a person placed at the author's work. */
const WORKPLACE_POSSESSIVE = new Set(["our", "my"]);
const NEW_OLD = new Set(["new", "old", "current", "former"]);
const NOT_STAFF = new Set(["patient", "patients", "pt", "car", "house", "flat", "phone", "rota", "system", "policy", "building", "ward", "hospital", "trust", "job", "role", "post", "friend", "friends", "neighbour", "kids", "baby", "dog", "cat"]);
/** Words that make a call-out a thank-you ("you know who you are ❤️"). */
/** Nouns after a role that make it a kind of place or product ("only a GP surgery", "my 'Secret Nurse' column"). */
const ROLE_AS_THING = new Set(["surgery", "surgeries", "practice", "practices", "clinic", "clinics", "building", "premises", "contract", "column", "blog", "podcast", "book", "series", "newsletter", "show", "account", "page", "channel", "award", "awards", "conference", "house", "houses", "wing", "hall", "prize", "lecture", "fund", "trophy", "memorial", "school"]);
/** A belittling title that is the author's own ("my 'Secret Nurse' column") or names a place ("only a GP surgery"). */
function namesOwnTitleOrPlace(a: Analysis, span: Span): boolean {
  const next = a.wordsAfter(span.end, 1)[0];
  // ("a 'Dr Barnardo' house", "the 'Dr Who' lecture"; a "house officer" is still a person)
  if (next && ROLE_AS_THING.has(next.norm) && !(next.norm === "house" && a.wordsAfter(next.end, 1)[0]?.norm === "officer")) return true;
  const prev = a.wordsBefore(span.start, 1)[0];
  return (prev?.norm === "my" || prev?.norm === "our") && scareQuoted(a, span);
}
/**
 * Paralipsis: "Not saying our OT lead is lazy, but...", "I'm not saying he's useless. I'm just saying...":
 * the denial of saying it is how it is said. The clause opens with "(I'm) not saying" before the
 * remark, and "but" follows it in the sentence or "just saying" opens the next.
 */
function paralipsis(a: Analysis, span: Span): boolean {
  if (!a.words.has("saying")) return false;
  const tokens = nearTokens(a, span, 40);
  const k = tokens.findIndex((t) => t.norm === "saying" && t.end <= span.start);
  if (k < 1 || tokens[k - 1]!.norm !== "not") return false;
  if (tokens.some((t) => t.start >= span.end && t.norm === "but")) return true;
  const next = sentenceAnchor(a, span.start, 1);
  return !!next && nearTokens(a, next, 6).some((t, i, all) => t.norm === "saying" && all[i - 1]?.norm === "just");
}
/** "...: thank you. You know who you are.": thanks in the sentence before, and no mockery in this one, is what is said to them. */
function thankedBefore(a: Analysis, span: Span): boolean {
  const before = sentenceAnchor(a, span.start, -1);
  return !!before && nearTokens(a, before).some((t) => THANKS.has(t.norm) || THANKS.has(t.text)) && a.inSentence(span, a.lexicon("mockery")).length === 0;
}
const THANKS = new Set(["thank", "thanks", "thankyou", "grateful", "appreciate", "legends", "legend", "heroes", "\u2764\ufe0f", "\u2764", "\ud83d\ude4f", "love"]);

/** Pastimes: "hopeless at the charity football match", "useless at darts" judge a hobby, not practice. */
const LEISURE = new Set(["football", "match", "game", "games", "darts", "quiz", "karaoke", "party", "pub", "golf", "bowling", "dancing", "singing", "cooking", "baking", "sport", "sports", "netball", "cricket", "rugby", "pool", "poker", "charades", "bingo", "crossword", "wordle", "tennis", "running", "parkrun", "charity"]);
function leisure(a: Analysis, span: Span): boolean {
  const after = a.wordsAfter(span.end, 5);
  if (after[0]?.norm !== "at" && after[0]?.norm !== "in") return false;
  return after.slice(1).some((t) => LEISURE.has(t.norm));
}

/** The post is addressed to a person's @handle (an organisation's handle is not a colleague). */
function postHasMention(a: Analysis): boolean {
  return personalHandles(a).length > 0;
}
/** A person's @handle in the span's sentence. */
function mentionNear(a: Analysis, span: Span): boolean {
  return nearTokens(a, span).some((t) => t.kind === "mention" && !organisationHandle(t.text));
}

/** "our new locum", "my old med school nemesis": the sentence names someone the author works or trained with. */
function ourNew(a: Analysis, span: Span): boolean {
  const tokens = nearTokens(a, span).filter((t) => t.kind === "word");
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!WORKPLACE_POSSESSIVE.has(tokens[i]!.norm) || !NEW_OLD.has(tokens[i + 1]!.norm)) continue;
    if (!NOT_STAFF.has(tokens[i + 2]!.norm)) return true;
  }
  return false;
}

/**
 * A one- or two-word sentence that is nothing but the insult ("Clown.", "Absolute clown.") in a post
 * addressed to someone (an @handle or "you/your" in the sentence before): name-calling.
 */
function vocative(a: Analysis, span: Span): boolean {
  const words = nearTokens(a, span).filter((t) => t.kind === "word");
  if (words.length === 0 || words.length > 2 || words[words.length - 1]!.end > span.end + 1) return false;
  if (postHasMention(a)) return true;
  const prev = sentenceAnchor(a, span.start, -1);
  // "your thread is...", "you're wrong...": the sentence before addresses the target (not "so you can all see")
  return prev !== undefined && nearTokens(a, prev, 40).some((t) => t.norm === "your" || t.norm === "you're" || t.norm === "youre" || t.norm === "ur");
}

/** Qualities whose plain denial judges a colleague ("isn't competent", "not safe to practise"). */
const COMPETENT_LIST = ["competent", "capable", "qualified", "safe", "fit", "up"];
const COMPETENT = new Set(COMPETENT_LIST);
/** "safe"/"fit" judge a person only as "safe to practise", "fit to work" (a ward that is "not safe" is a concern). */
const TO_PRACTISE = new Set(["practise", "practice", "work", "be"]);
const FIRST_PERSON_SUBJECT = new Set(["i", "we", "i'm", "im", "we're", "am"]);
/** Insinuation entries (threats lexicon) that hint at something discreditable about a person. */
const INSINUATING = new Set(["if you know you know", "iykyk", "everyone knows why", "we all know why", "if you know what i mean", "if you catch my drift", "nudge nudge", "draw your own conclusions", "make of that what you will"]);
const DENY = new Set(["not", "isn't", "isnt", "aren't", "arent", "wasn't", "never", "hardly", "barely"]);

/** "X clearly isn't competent": a denied competence word, at most two words after the denial (linear scan of candidate tokens). */
function deniedCompetence(a: Analysis): Span[] {
  const out: Span[] = [];
  // none of the words in the post (its word set, built once, holds them as they are: none is a
  // possessive) and there is nothing to scan for
  if (!COMPETENT_LIST.some((w) => a.words.has(w))) return out;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (t.kind !== "word" || !COMPETENT.has(t.norm)) continue;
    // "up" only as "up to the job"
    if (t.norm === "up" && a.wordsAfter(t.end, 3).map((w) => w.norm).join(" ") !== "to the job") continue;
    if ((t.norm === "safe" || t.norm === "fit") && !(a.wordsAfter(t.end, 2)[0]?.norm === "to" && TO_PRACTISE.has(a.wordsAfter(t.end, 2)[1]?.norm ?? ""))) continue;
    const before = a.wordsBefore(t.start, 3);
    const k = before.findIndex((w) => DENY.has(w.norm) || w.norm.endsWith("n't"));
    if (k < 0) continue;
    const deny = before[k]!;
    // "we are not safe", "I'm not competent yet": the author about themselves
    if (before.slice(k, k + 3).some((w) => FIRST_PERSON_SUBJECT.has(w.norm))) continue;
    out.push({ type: "phrase", start: deny.start, end: t.end, text: a.text.slice(deny.start, t.end), confidence: 0.55, detector: "denied competence", lexicon: "colleague-disputes", data: { category: "belittling" } });
  }
  return out;
}

/** Subjects that point back to someone just mentioned. */
const BACK = new Set(["he", "she", "they", "these", "those", "him", "her", "them", "this", "his", "their"]);
/** Slang subjects that open a remark about the man just named ("man loves his own voice"). */
const SLANG_BACK = new Set(["man", "bro", "mans", "guy", "girl", "sis"]);
const YOU = new Set(["you", "your", "you're", "yourselves", "yourself", "ya", "u", "ur"]);

/** How clearly the sentence points at a colleague: an @handle or Dr name, a role word, or "you" in a reply. */
function targetWeight(a: Analysis, span: Span): number {
  const tokens = nearTokens(a, span);
  if (tokens.some((t) => t.kind === "mention" && !organisationHandle(t.text))) return 1;
  if (a.inSentence(span, a.of("person-name")).some((p) => p.data?.clinician === true)) return 1;
  // (a role word that names someone there: not "leaves residents unwashed" in a care home)
  const role = tokens.find((t) => (COLLEAGUE_WORDS.has(t.norm) || TEAMS.has(t.norm) || ROLES.has(t.norm)) && !(DETERMINED_ROLES.has(t.norm) && referentAt(a, a.tokenIndexAt(t.start)) === undefined));
  // a role in the plural ("surgeons", "managers") is a group, less pointed than one colleague
  if (role) return role.norm.endsWith("s") && !role.norm.endsWith("ss") && role.norm.length > 3 ? 0.7 : 0.9;
  if (workmateNear(a, span) || ourNew(a, span)) return 0.9;
  // "some people on this ward", "certain people in this department": an unnamed colleague placed at work
  if (indirectColleague(tokens)) return 0.8;
  if (postHasMention(a) && secondPersonNear(a, span)) return 0.9;
  // "...from my consultant. Absolute psychopath." / "...a physician associate. These people should be...":
  // a fragment or a pronoun subject right after a sentence about a colleague
  const s = a.sentenceOf(span.start);
  const words = tokens.filter((t) => t.kind === "word");
  // a verbless remark of a few words, not addressed to "you", reads as a comment on the person just named
  const short = words.length <= 4 || (words.length <= 6 && !words.some((t) => YOU.has(t.norm)));
  // ("man has not seen a patient since 2019", "bro thinks...": the slang subject points back too)
  if (s > 0 && (short || words.some((t) => BACK.has(t.norm)) || SLANG_BACK.has(words[0]?.norm ?? ""))) {
    // a colleague named as "Dr X" in the two sentences before is one identifiable person
    const named = a.of("person-name").some((p) => p.data?.clinician === true && p.start < span.start && a.sentenceOf(p.start) >= s - 2 && a.sentenceOf(p.start) < s);
    if (named) return 1;
    for (let i = a.tokenIndexAt(span.start) - 1; i >= 0 && a.tokens[i]!.sentence >= s - 2; i--) {
      const t = a.tokens[i]!;
      // (a role word that names a colleague there: not "its residents" of a care home)
      if (t.sentence < s && (((COLLEAGUE_WORDS.has(t.norm) || TEAMS.has(t.norm) || t.norm === "whoever") && referentAt(a, i)?.who === "colleague") || (t.kind === "mention" && !organisationHandle(t.text)))) {
        // a slang subject ("man has not seen a patient since 2019") picks out the one colleague just named ("our new reg")
        if (SLANG_BACK.has(words[0]?.norm ?? "") && t.kind === "word" && referentAt(a, i)?.single) return 0.9;
        // "whoever wrote this rota": one identifiable colleague, the one who did it
        if (t.norm === "whoever") return 0.9;
        return 0.8;
      }
    }
  }
  return 0;
}

const SINGLE_DETERMINERS = new Set(["our", "my", "the", "this", "that", "your"]);
/** The remark points at one colleague: a name or @handle near it, or "our/my/the" + a singular role. */
function oneColleague(a: Analysis, span: { start: number; end: number }): boolean {
  if (a.inSentence(span, a.of("person-name")).length > 0 || a.inSentence(span, a.of("first-name")).length > 0 || a.inSentence(span, personalHandles(a)).length > 0) return true;
  const near = nearTokens(a, span, 12);
  if (staffOfNamedWard(a, near)) return true;
  for (let i = 0; i + 1 < near.length; i++) {
    // ("our new ACP", "the locum reg": one modifier may sit between the determiner and the role)
    if (!SINGLE_DETERMINERS.has(near[i]!.norm)) continue;
    for (const role of ONE_MODIFIER.has(near[i + 1]!.norm) && near[i + 2] ? [near[i + 1]!, near[i + 2]!] : [near[i + 1]!]) {
      if ((COLLEAGUE_WORDS.has(role.norm) || ROLES.has(role.norm)) && !GROUP_ROLES.has(role.norm) && !(role.norm.endsWith("s") && !role.norm.endsWith("ss"))) return true;
    }
  }
  return false;
}
/**
 * "the nurses on ward 9", "HCAs from ward 12": staff placed on a ward named by its number are the
 * few people who work there, identifiable to everyone who knows the ward, like one colleague.
 */
const PLACED = new Set(["on", "from", "at", "in"]);
function staffOfNamedWard(a: Analysis, near: readonly { norm: string; start: number; end: number }[]): boolean {
  if (!a.words.has("ward")) return false;
  const wards = a.of("ward-bed").filter((w) => w.data?.kind === "ward");
  if (wards.length === 0) return false;
  for (let i = 0; i + 2 < near.length; i++) {
    const role = near[i]!;
    if (!(COLLEAGUE_WORDS.has(role.norm) || ROLES.has(role.norm)) || DETERMINED_ROLES.has(role.norm) || !PLACED.has(near[i + 1]!.norm)) continue;
    const at = near[i + 2]!.norm === "the" ? near[i + 3] : near[i + 2];
    if (at && wards.some((w) => w.start === at.start)) return true;
  }
  return false;
}
const ONE_MODIFIER = new Set(["new", "old", "current", "former", "locum", "night", "day", "agency", "covering", "senior", "junior"]);
const GROUP_ROLES = new Set(["team", "department", "dept", "management", "board", "juniors", "seniors", "medics"]);

function letterToOutsider(a: Analysis): number | undefined {
  const letter = openLetter(a);
  return letter && !letter.colleague ? letter.end : undefined;
}

/**
 * A call-out: "...a consultant who still doesn't know how to speak to a student. You know who you
 * are, Mr T.", "...a reg who thinks that's acceptable. Looking at you, S. 🙃". A pointing phrase
 * (the colleague-disputes call-out entries, or "looking at you") right after a sentence that names a
 * colleague by role and says they failed (a denial, "nothing like", "again", "forgot"...) points the
 * criticism at one identifiable colleague. A thank-you ("you know who you are ❤️") is excluded by
 * the caller; a role only in the call-out itself ("Don't forget your eLearning. Looking at you,
 * registrars") is a nudge, not a call-out.
 */
function callOuts(a: Analysis): Span[] {
  const out: Span[] = [];
  const offs = signOffs(a);
  const points = [...callOutPhrases(a), ...offs];
  for (const p of points) {
    const prev = sentenceAnchor(a, p.start, -1);
    const prev2 = sentenceAnchor(a, p.start, -2);
    // the failing: narrated just before, or the colleague's mistreatment of the author ("made me cry
    // in front of the whole ward round") one or two sentences before
    const mistreated = !!prev && (mistreatedAuthor(a, prev) || (!!prev2 && mistreatedAuthor(a, prev2)));
    if (!prev || !(failingBefore(a, p) || mistreated)) continue;
    // a sign-off needs a plain failing before it ("couldn't", "forgot", "again"), not "stayed late"
    if (offs.includes(p) && !mistreated && !nearTokens(a, prev, 40).some((t) => t.kind === "word" && (PLAIN_FAILING.has(t.norm) || t.norm.endsWith("n't")))) continue;
    // the colleague is named in the sentence before or the one before that ("Some nurses on nights...
    // Won't name the ward. They know."); a role only in the call-out ("Looking at you, registrars") is a nudge
    const before = [...(prev2 ? nearTokens(a, prev2, 60) : []), ...nearTokens(a, prev, 60)];
    const role = before.find((t) => (COLLEAGUE_WORDS.has(t.norm) || ROLES.has(t.norm) || TEAMS.has(t.norm)) && !(DETERMINED_ROLES.has(t.norm) && referentAt(a, a.tokenIndexAt(t.start)) === undefined));
    // "the reception team has to deal with the same people who ring every morning... You know who you are": the people called out are patients
    // ("...while my patient desaturated": a possessed patient is the one harmed, not the one called out)
    // ("Looking at you, new starter on Ward 9": the call-out itself places its colleague on a numbered ward)
    // (a reminder before it, "don't forget your training... looking at you, ward 9", is a nudge)
    if (!role && !REMINDER.has(nearTokens(a, prev, 60).find((t) => t.kind === "word")?.norm ?? "") && staffOfNamedWard(a, nearTokens(a, p, 12).filter((t) => t.start >= p.end))) { out.push({ ...p, confidence: 0.7, detector: "call-out", data: { category: "belittling", weight: 0.9 } }); continue; }
    if (!role || before.some((t, k) => t.start > role.start && calledOutPerson(before, k))) continue;
    out.push({ ...p, confidence: 0.7, detector: "call-out", data: { category: "belittling", weight: 0.9 } });
  }
  return out;
}

/**
 * The sentence tells how someone treated the author: "made me cry", "shouted at me", "humiliated
 * me", "tore into me", "had a go at me", or anything done "in front of the whole team/everyone".
 */
const MISTREAT = new Set(["shouted", "screamed", "yelled", "snapped", "humiliated", "belittled", "mocked", "ridiculed", "embarrassed", "laughed", "sneered", "swore", "tore", "ripped", "bollocked", "berated", "undermined", "patronised", "patronized"]);
const AT_ME = new Set(["me", "at", "into"]);
/** "made me feel stupid": the author made small (not "made me feel welcome"). */
const SMALL = new Set(["stupid", "small", "useless", "worthless", "thick", "tiny", "incompetent", "humiliated", "awful", "rubbish", "pathetic", "dumb"]);
function mistreatedAuthor(a: Analysis, at: { start: number }): boolean {
  const tokens = nearTokens(a, at, 60).filter((t) => t.kind === "word");
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const n = tokens[i + 1]!.norm;
    if (MISTREAT.has(w) && (n === "me" || (AT_ME.has(n) && tokens[i + 2]?.norm === "me"))) return true;
    // "made me cry", "reduced me to tears"
    if ((w === "made" || w === "makes") && n === "me" && (tokens[i + 2]?.norm === "cry" || (tokens[i + 2]?.norm === "feel" && SMALL.has(tokens[i + 3]?.norm ?? "")))) return true;
    if (w === "reduced" && n === "me" && tokens[i + 2]?.norm === "to") return true;
    // "had a go at me"
    if (w === "go" && n === "at" && tokens[i + 2]?.norm === "me" && tokens[i - 1]?.norm === "a") return true;
    // "in front of the whole ward round / everyone / the patients"
    if (w === "front" && n === "of" && tokens[i - 1]?.norm === "in" && (tokens[i + 2]?.norm === "everyone" || tokens[i + 3]?.norm === "whole" || tokens[i + 2]?.norm === "the" && tokens[i + 3]?.norm === "whole")) return true;
  }
  return false;
}

/**
 * A condescending sign-off opening its own sentence after a colleague's failing: "Our new locum
 * couldn't find a vein... Bless him.", "...asked for the obs twice. Sure jan." (mockery mock-praise,
 * the "bless him" and "sure jan" entries). Read like a call-out: the failing narrated before it
 * names the colleague; "...and nailed it, bless him" is one sentence of praise, not a sign-off.
 */
function signOffs(a: Analysis): Span[] {
  if (!a.hasAnyWord(["bless", "sure", "ok", "okay", "yes", "right"])) return [];
  return a.lexicon("mockery", "mock-praise").filter((m) => SIGN_OFF.test(m.text) && a.tokens[a.tokenIndexAt(m.start)]?.sentenceStart === true);
}
const REMINDER = new Set(["don't", "dont", "do", "remember", "please", "pls", "reminder", "friendly", "psa", "make", "remind"]);
const PLAIN_FAILING = new Set(["never", "forgot", "forgets", "missed", "misses", "ignored", "ignores", "refused", "refuses", "again", "without", "no", "cannot"]);
const SIGN_OFF = /^(?:bless|sure|ok(?:ay)? karen|yes dear|right you are)/i;

/** People outside the staff: when one is in the threat's sentences, a colleague there is the one defended ("the man who hit our receptionist"). */
const OUTSIDERS = new Set(["man", "woman", "bloke", "guy", "lady", "drunk", "patient", "patients", "relative", "relatives", "family", "visitor", "visitors", "punter", "troll", "trolls", "driver", "idiot", "someone", "person", "mp", "influencer", "bed", "bay", "cubicle"]);
/**
 * 0.9 if the threat's sentence names a colleague by role, 0.8 if one of the two sentences before
 * does ("Whoever told the ward manager...: I know it was you. Watch your back"); 0 when an outsider
 * is named there too (the colleague is then the one defended) or the "reg" is a car's.
 */
const POST_DETERMINERS = new Set(["the", "our", "my", "that", "this"]);
function threatenedColleague(a: Analysis, span: Span): number {
  const s = a.sentenceOf(span.start);
  const t = a.tokens;
  let weight = 0;
  let i = a.tokenIndexAt(span.start);
  while (i > 0 && t[i - 1]!.sentence >= s - 2) i--;
  for (; i < t.length && t[i]!.sentence <= s; i++) {
    const w = t[i]!;
    if (w.kind === "mention" || OUTSIDERS.has(w.norm)) return 0;
    // one colleague, not a staff group ("touch one of my nurses again", "some managers"), which a threat usually defends
    // a post missing from the shared colleague words ("the rota coordinator") counts with a determiner before it
    const role = COLLEAGUE_WORDS.has(w.norm) ? referentAt(a, i)?.who === "colleague" : ROLES.has(w.norm) && !DETERMINED_ROLES.has(w.norm) && (POST_DETERMINERS.has(t[i - 1]?.norm ?? "") || POST_DETERMINERS.has(t[i - 2]?.norm ?? ""));
    if (!role || (w.norm.endsWith("s") && !w.norm.endsWith("ss"))) continue;
    // "I've got your reg", "reg plate": a car's registration
    if (w.norm === "reg" && (t[i - 1]?.norm === "your" || t[i + 1]?.norm === "plate" || t[i + 1]?.norm === "number")) continue;
    weight = Math.max(weight, w.sentence === s ? 0.9 : 0.8);
  }
  return weight;
}

/**
 * Understatement: "Lazy isn't the word.", "rude doesn't even cover it", "useless is an
 * understatement", "incompetent is putting it mildly": the judging word is not denied but raised,
 * and it is said of the colleague it is linked to (usually the one named in the sentence before).
 * Returns the judging words so used, linked to a colleague, with the link's referent weight.
 */
const UNDERSTATEMENT_CUES = ["word", "understatement", "cover", "covers", "mildly", "lightly", "describe"];
const NOT_IS = new Set(["isn't", "isnt", "wasn't", "wasnt", "ain't", "aint", "not"]);
const NOT_DOES = new Set(["doesn't", "doesnt", "didn't", "didnt", "don't", "dont", "not"]);
const WORD_CHOSEN = new Set(["i'd", "id", "i", "we'd", "we", "for", "to", "you'd", "that", "most", "people"]);
function understatedAt(a: Analysis, end: number): boolean {
  const w = a.wordsAfter(end, 6).map((x) => x.norm);
  let i = 0;
  if (w[i] === "is" || w[i] === "was" || w[i] === "does" || w[i] === "would") i++;
  if (w[i] === "be") i++;
  const neg = w[i] ?? "";
  // "lazy isn't (even) the word", "lazy is not the word"
  if (NOT_IS.has(neg)) {
    const j = w[i + 1] === "even" ? i + 2 : i + 1;
    // (not "the word I'd use", "the word for it": a word chosen, which may be a denial)
    return w[j] === "the" && w[j + 1] === "word" && (j + 2 >= w.length || !WORD_CHOSEN.has(w[j + 2]!));
  }
  // "rude doesn't (even) cover it", "doesn't begin to describe him"
  if (NOT_DOES.has(neg)) {
    const j = w[i + 1] === "even" ? i + 2 : i + 1;
    return (w[j] === "cover" && (w[j + 1] === "it" || w[j + 1] === "them" || w[j + 1] === "him" || w[j + 1] === "her")) || (w[j] === "begin" && w[j + 1] === "to" && (w[j + 2] === "cover" || w[j + 2] === "describe"));
  }
  // "useless is an understatement", "would be an understatement", "is putting it mildly"
  if (i > 0 && (neg === "an" || neg === "a") && (w[i + 1] === "understatement" || (w[i + 1] === "massive" && w[i + 2] === "understatement"))) return true;
  return i > 0 && w[i - 1] === "is" && neg === "putting" && w[i + 1] === "it" && (w[i + 2] === "mildly" || w[i + 2] === "lightly");
}
function understatements(a: Analysis): { span: Span; confidence: number; weight: number }[] {
  if (!a.hasAnyWord(UNDERSTATEMENT_CUES)) return [];
  const out: { span: Span; confidence: number; weight: number }[] = [];
  for (const e of evaluations(a)) {
    if (!understatedAt(a, e.span.end) || reportedOrQuoted(a, e.span)) continue;
    const l = linkOf(a, e);
    if (!l || l.referent.who !== "colleague") continue;
    const weight = l.referent.single ? Math.max(0.9, l.referent.weight) : Math.min(0.75, l.referent.weight);
    // the idiom is an intensifier: at least as strong as "so lazy" said of them
    const confidence = combine(e.confidence, LINK_BONUS[l.how], 0.3) * weight;
    out.push({ span: { ...e.span, detector: "understatement" }, confidence, weight });
  }
  return out;
}
function reportedOrQuoted(a: Analysis, span: Span): boolean {
  return a.isReported(span) || (quoted(a, span) && !scareQuoted(a, span));
}

/**
 * A condescending endearment closing a put-down said to someone: "...some of us actually want to be
 * doctors babe", "maybe nursing isn't for you hun", "not you crying again 😂 ... sweetie". The
 * endearment ends its clause, the post replies to an @handle or the sentence says "you", and the
 * sentence sneers ("some of us...", "not for you"; a laugh beside it makes it surer). The
 * colleague is found like any other remark's (the caller's target weight).
 */
const ENDEARMENTS = ["hun", "hunny", "hon", "babe", "sweetie", "sweetheart", "darling", "petal", "poppet", "princess", "sweetpea"];
const ENDEARMENT_SET = new Set(ENDEARMENTS);
function condescendingEndearments(a: Analysis): Span[] {
  if (!a.hasAnyWord(ENDEARMENTS)) return [];
  const out: Span[] = [];
  const t = a.tokens;
  const laughs = a.lexicon("mockery", "laugh");
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !ENDEARMENT_SET.has(w.norm)) continue;
    const next = t[i + 1];
    if (next && next.sentence === w.sentence && (next.kind === "word" || next.kind === "number")) continue;
    const tokens = nearTokens(a, w, 40);
    if (tokens.some((x) => THANKS.has(x.norm) || THANKS.has(x.text))) continue;
    if (!(postHasMention(a) || tokens.some((x) => YOU.has(x.norm)))) continue;
    const prev = sentenceAnchor(a, w.start, -1);
    const laughed = a.inSentence(w, laughs).length > 0 || (!!prev && a.inSentence(prev, laughs).length > 0);
    // the sneer's first word ("some of us...", the denial in "isn't for you"): the remark runs from it to the endearment
    let sneerAt: Token | undefined;
    for (let k = 0; k < tokens.length && tokens[k]!.start < w.start && !sneerAt; k++) {
      const x = tokens[k]!;
      if (x.norm === "some" && tokens[k + 1]?.norm === "of" && tokens[k + 2]?.norm === "us") sneerAt = x;
      else if (x.norm === "for" && YOU.has(tokens[k + 1]?.norm ?? "")) {
        const deny = [tokens[k - 1], tokens[k - 2]].find((d) => !!d && (d.norm === "not" || d.norm === "isnt" || d.norm.endsWith("n't")));
        if (deny) sneerAt = deny;
      }
    }
    const sneer = sneerAt !== undefined;
    // (a laugh alone is friends teasing: "not you doing a 14 hour shift again 😂 go home hun")
    if (!sneer) continue;
    // the "you" is the colleague named in the two sentences before ("our new F1 cried again... not for you babe")
    let weight = 0;
    for (let k = i - 1; k >= 0 && t[k]!.sentence >= w.sentence - 2; k--) {
      if (t[k]!.sentence === w.sentence) continue;
      const r = referentAt(a, k);
      if (r?.who === "colleague") { weight = Math.max(weight, r.single ? 0.9 : 0.75); break; }
    }
    out.push({ type: "phrase", start: sneerAt!.start, end: w.end, text: a.text.slice(sneerAt!.start, w.end), confidence: laughed ? 0.6 : 0.5, detector: "condescending endearment", lexicon: "mockery", data: { category: "belittling", weight } });
  }
  return out;
}

/**
 * Training reduced to its length and held against someone: "you did a 2 year course and ask me what
 * a potassium is", "she only did a six-week course", "did a two-year masters and wants to be called
 * doctor". A course, masters or diploma of a stated length, done by someone other than the author
 * ("you", "he/she/they", a role or an @handle), set against what they ask, think or want just after
 * it in the sentence ("only/just" before it makes it surer). The colleague is the caller's target.
 */
const TRAINING = new Set(["course", "courses", "masters", "degree", "diploma", "qualification", "programme", "program", "module", "certificate"]);
const SPAN_UNITS = new Set(["day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "weekend", "term"]);
const DONE = new Set(["did", "done", "doing", "does", "do", "completed", "took", "had"]);
const BELITTLED_AFTER = new Set(["ask", "asks", "asked", "asking", "think", "thinks", "thought", "want", "wants", "expect", "expects", "call", "calls", "calling", "sign", "signs", "signing", "act", "acts", "acting", "reckon", "reckons", "demand", "demands", "insist", "insists"]);
const PROUD = new Set(["proud", "congrats", "congratulations", "well", "amazing", "brilliant", "inspiring", "inspirational", "smashed", "smashing"]);
const NUMBERISH = new Set(["a", "one", "two", "three", "four", "five", "six", "eight", "ten", "twelve", "couple", "few", "half"]);
function trainingBelittled(a: Analysis): Span[] {
  if (!a.hasAnyWord([...TRAINING])) return [];
  const out: Span[] = [];
  const t = a.tokens;
  for (let i = 2; i < t.length; i++) {
    if (t[i]!.kind !== "word" || !TRAINING.has(t[i]!.norm)) continue;
    // "a 2 year course", "a two-year masters", "a six week course"
    let k = i - 1;
    while (k > 0 && t[k]!.kind === "punct" && t[k]!.text === "-") k--;
    if (!SPAN_UNITS.has(t[k]!.norm)) continue;
    k--;
    while (k > 0 && t[k]!.kind === "punct" && t[k]!.text === "-") k--;
    if (!(t[k]!.kind === "number" || NUMBERISH.has(t[k]!.norm))) continue;
    if (t[k - 1]?.norm === "a" || t[k - 1]?.norm === "an") k--;
    const before = a.wordsBefore(t[k]!.start, 4).map((w) => w.norm);
    const verb = before.findIndex((w) => DONE.has(w));
    if (verb < 0) continue;
    // the doer: "you", a third person, a role or an @handle, not the author
    const doer = before.slice(verb + 1).find((w) => w !== "only" && w !== "just" && w !== "has" && w !== "have" && w !== "literally");
    if (!doer || FIRST_PERSON_SUBJECT.has(doer) || doer === "me" || doer === "my") continue;
    const s = t[i]!.sentence;
    const diminished = before.slice(0, verb + 2).some((w) => w === "only" || w === "just" || w === "literally");
    let after = false;
    for (let j = i + 1; j < t.length && j < i + 6 && t[j]!.sentence === s; j++) if (BELITTLED_AFTER.has(t[j]!.norm)) { after = true; break; }
    // (the length alone, even "only a 2 day course", may be a complaint about training; the pretension or ignorance after it is the put-down)
    if (!after) continue;
    // "...and wants to specialise in paeds, so proud of her": praise
    if (nearTokens(a, t[i]!, 40).some((x) => PROUD.has(x.norm) || THANKS.has(x.norm) || THANKS.has(x.text))) continue;
    const from = a.wordsBefore(t[k]!.start, 4)[verb]!;
    out.push({ type: "phrase", start: from.start, end: t[i]!.end, text: a.text.slice(from.start, t[i]!.end), confidence: diminished && after ? 0.65 : 0.55, detector: "training belittled", lexicon: "colleague-disputes", data: { category: "belittling" } });
  }
  return out;
}

/** A sarcasm phrase ending in an adjective ("my favourite") used before its noun ("my favourite paramedic"). */
function modifiesNoun(a: Analysis, m: Span): boolean {
  if (!/(?:favourite|favorite)$/i.test(m.text)) return false;
  const k = a.tokenIndexAt(m.end);
  const next = a.tokens[k];
  return !!next && next.start >= m.end && next.kind === "word" && next.sentence === a.sentenceOf(m.start) && next.norm !== "thing" && next.norm !== "part";
}

/** Belittling shapes (respect/remarks.ts): sarcastic praise after a failing, inabilities, doubted roles, age nicknames, "too busy <pastime>". */
function belittlingShapes(a: Analysis): Span[] {
  // every shape needs a colleague to be about: a post that names none has none
  if (!mayNameColleague(a)) return [];
  return [...sarcasticPraise(a), ...inabilities(a), ...doubtedRoles(a), ...doubtedExcuses(a), ...ageNicknames(a), ...tooBusy(a), ...belatedBasics(a), ...connectedPost(a), ...incompetenceIdioms(a), ...congratulatedFailings(a), ...cleanupAfter(a)];
}

export default defineRule({
  meta: {
    id: "respect/colleagues",
    severity: "error",
    citations: ["gmp:36", "gmc-sm:15", "seed-002:language"],
    seriousness: SERIOUSNESS.colleagueArgument,
    docs: {
      summary: "Bullying, belittling or gratuitous comments about colleagues, and public spats",
      why: "Good medical practice 36 says you must treat colleagues fairly and with respect, and the social media guidance (¶15) applies that to every form of communication: you must not bully, harass or make gratuitous, unsubstantiated or unsustainable comments about individuals online. The do's and don'ts sheet adds: debate, but don't get involved in spats; if a discussion becomes inflamed, walk away. The GMC adviser's seriousness table lists an argument with a colleague on public social media.",
      fix: "Argue with the evidence, not the person: \"I read the trial differently: the primary outcome was...\". Take a personal disagreement offline, or raise a genuine concern about a colleague through proper channels, not in public.",
      examples: {
        flagged: ["@DrJones you're an absolute idiot and a danger to patients", "@NurseKate stay in your lane, this is a medical decision"],
        passes: ["I disagree with @drX's reading of the trial data: the confidence interval crosses 1.", "Huge thanks to our registrar Dr Patel, who stayed two hours late to help me 🙏"],
      },
    },
    messages: {
      insult: "Calling a colleague \"{{term}}\" in public is belittling (GMP 36, social media ¶15).",
      insultMaybe: "\"{{term}}\" may read as an insult aimed at a colleague.",
      belittling: "\"{{term}}\" publicly belittles a colleague.",
      spat: "This reads as a public argument with a colleague (\"{{term}}\"); debate the point, or walk away.",
      spatMaybe: "This may read as a heated public exchange with a colleague (\"{{term}}\").",
      generalising: "\"{{term}}\" generalises about colleagues as a group; it belittles them in public (GMP 36, social media ¶15).",
      threat: "\"{{term}}\" threatens a colleague in public: that is bullying, whatever the tone (GMP 36, social media ¶15).",
    },
  },
  check({ analysis: a, report: emit }) {
    // ¶15 is about individuals: a negative remark about one identifiable colleague ("our consultant",
    // "Sandra", an @handle) is the breach itself; about a group ("the old consultants") it stays a
    // warning. Spats keep their own (lowest) place in the seriousness table.
    const report = (d: ReportDescriptor) => {
      const belittles = d.messageId === "insultMaybe" || d.messageId === "belittling" || d.messageId === "insult";
      // "hopeless at Excel but great with people": a failing weighed against praise is a fair description
      if (belittles && praisedAfter(a, d.range[1])) return;
      if (belittles && d.severity !== "error" && (d.confidence ?? 0) >= 0.35 && oneColleague(a, { start: d.range[0], end: d.range[1] })) {
        emit({ ...d, messageId: d.messageId === "insultMaybe" ? "insult" : d.messageId, severity: "error" });
      } else emit(d);
    };
    // Contempt, put-downs and comparisons in the same or the two sentences before add to an insult
    // ("your thread is the dumbest thing I've read... Clown."): half their confidence, noisy-or.
    const swearsAll = a.lexicon("profanity");
    // gathered on the first question: most posts have no candidate that gets as far as asking
    let hostileNear: Span[] | undefined;
    const hostility = (span: Span): number => {
      hostileNear ??= [...a.lexicon("mockery", "contempt").filter((m) => m.confidence >= 0.6), ...a.lexicon("mockery", "sarcasm"), ...a.lexicon("colleague-disputes", "dismissal"), ...comparisonInsults(a)];
      const near: number[] = [];
      for (const delta of [0, -1, -2, 1]) {
        const at = delta === 0 ? span : sentenceAnchor(a, span.start, delta);
        if (!at) continue;
        // a few nearby spans are enough evidence; the cap keeps one huge sentence linear
        let looked = 0;
        for (const h of a.inSentence(at, hostileNear)) {
          if (++looked > 12 || near.length >= 3) break;
          if (h.start !== span.start && Math.abs(h.start - span.start) < 600 && asserted(a, h)) near.push(0.5 * h.confidence);
        }
      }
      return combine(...near.slice(0, 3));
    };
    // Insults (and swear words used as insults) aimed at a colleague.
    const candidates: Span[] = [
      ...a.lexicon("insults"),
      ...a.lexicon("profanity").filter((p) => p.data?.category !== "mild" && aimed(a, p) && nounUse(a, p) && !namesSituation(a, p)),
    ];
    // an open letter to an outsider: insults in its address or said to its "you" are not about colleagues
    const letter = letterToOutsider(a);
    const toOutsider = (span: Span) => letter !== undefined && (span.start < letter || secondPersonNear(a, span));
    const insulting = new Set(candidates);
    let insulted = 0;
    // judging words linked to a colleague by grammar (respect/derogation.ts), by start offset
    const composed = new Map<number, { confidence: number; weight: number }>();
    const derogated = derogations(a, "colleague", (x) => assertedHere(a, x) && !(quoted(a, x) && !scareQuoted(a, x)));
    for (const d of derogated) {
      const weight = d.link.referent.single ? Math.max(0.9, d.link.referent.weight) : Math.min(0.75, d.link.referent.weight);
      const prev = composed.get(d.evaluation.span.start);
      if (!prev || prev.confidence < d.confidence) composed.set(d.evaluation.span.start, { confidence: d.confidence, weight });
    }
    // Colleagues judged as a class ("overseas nurses... half of them can't understand", "working with a
    // load of women ... no wonder nothing gets done"): a generalisation about a group of staff, or a
    // judging word said of the people the author works with. One finding, the first.
    staffGeneralisation(a, derogated, report);
    // an understatement ("useless doesn't even cover it") is read below, as belittling
    const understated = understatements(a);
    for (const span of candidates) {
      if (understated.some((u) => u.span.start === span.start)) continue;
      if (!(asserted(a, span) || paralipsis(a, span)) || selfDirected(a, span) || calledAs(a, span) || felt(a, span) || noOneSaid(a, span) || toOutsider(span)) continue;
      // labels for drug users or mental illness are usually about patients: only when plainly aimed
      if ((span.data?.category === "addiction-label" || span.data?.category === "mental-health-label") && !aimed(a, span)) continue;
      // "the new rota is useless": said of a thing, whoever else the sentence names
      if (saidOfThing(a, span) || saidOfNearThing(a, span) || leisure(a, span)) continue;
      // "pissed-off doctors", "knackered nurses": a participle before a role word says how they feel, it does not name them
      if (span.lexicon === "profanity" && /ed(?:[- ]off)?$/i.test(span.text) && COLLEAGUE_WORDS.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) continue;
      const comp = composed.get(span.start);
      let weight = targetWeight(a, span);
      if ((weight === 0 || (aboutPatient(a, span) && !aboutColleague(a, span))) && !comp) continue;
      const isVocative = vocative(a, span);
      const isAimed = aimed(a, span) || isVocative;
      // asked once: the confidence and the explanation both read it
      const hostile = hostility(span);
      // "not saying X is lazy, but...": the pretended denial is itself the insinuation
      let confidence = weight === 0 ? 0 : combine(span.confidence, isAimed ? 0.5 : 0, hostile, paralipsis(a, span) ? 0.4 : 0) * (isVocative ? Math.max(weight, 0.9) : weight);
      // the grammatical link rescues an insult the target words alone would not report
      if (comp && confidence < 0.4 && comp.confidence > confidence) { confidence = comp.confidence; weight = Math.max(weight, comp.weight); }
      if (confidence < 0.3) continue;
      if (confidence >= 0.4) insulted++;
      // An insult with a clear colleague target (a role, a name, an @handle) is what ¶15 forbids.
      const sure = confidence >= (weight >= 0.9 ? 0.45 : 0.6);
      report({
        messageId: sure ? "insult" : "insultMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: sure ? "error" : severityFor(confidence, "error", SURE, 0.4),
        confidence,
        seriousness: INSULT_SERIOUSNESS,
        explanation: { detectors: [`lexicon:${span.lexicon}`], context: [{ word: "colleague target", effect: weight }, { word: "aimed (you/what a/is a, or a one-word retort)", effect: isAimed ? 0.5 : 0 }, { word: "other hostility nearby", effect: Math.round(hostile * 100) / 100 }] },
      });
    }

    // Hostile phrasing: belittling is an insult; dismissal in a reply is a spat.
    const belittling: { span: Span; confidence: number; weight: number }[] = [];
    const disputes = withGapped(a, "colleague-disputes");
    // a call-out after a colleague's failing is belittling (below), not a spat
    const calledOut = callOuts(a);
    for (const span of [...disputes, ...(postHasMention(a) ? speakFirst(a) : [])]) {
      if (!asserted(a, span) || (quoted(a, span) && !scareQuoted(a, span))) continue;
      if (calledOut.some((c) => c.start === span.start)) continue;
      if (nearTokens(a, span).some((t) => THANKS.has(t.norm) || THANKS.has(t.text))) continue;
      if (thankedBefore(a, span)) continue;
      const weight = targetWeight(a, span);
      if (span.data?.category === "belittling") {
        const comp = composed.get(span.start);
        if ((weight === 0 && !comp) || selfDirected(a, span) || saidOfThing(a, span) || saidOfNearThing(a, span) || namesOwnTitleOrPlace(a, span)) continue;
        const own = span.confidence * weight;
        belittling.push(comp && own < 0.4 && comp.confidence > own ? { span, confidence: comp.confidence, weight: Math.max(weight, comp.weight) } : { span, confidence: own, weight });
        continue;
      }
      if (letter !== undefined) continue; // a put-down in a letter to an outsider is said to them
      // "Shout out to the anaesthetist who ignored three bleeps. You know who you are": the letter's "you" is the colleague
      const toColleague = openLetter(a)?.colleague === true && secondPersonNear(a, span) ? 0.8 : 0;
      const addressed = postHasMention(a) || nearTokens(a, span).some((t) => COLLEAGUE_WORDS.has(t.norm)) || Math.max(weight, toColleague) >= 0.7;
      if (!addressed) continue;
      const confidence = span.confidence * (postHasMention(a) ? 1 : Math.max(weight, toColleague) >= 0.8 ? 0.85 : 0.7);
      if (confidence < 0.35) continue;
      report(spat(span, confidence, "lexicon:colleague-disputes"));
    }

    // Comparisons ("the emotional intelligence of a potato") and sarcasm confirmed by an ironic emoji
    // ("Truly inspirational stuff 👏👏") about a colleague belittle them like a listed phrase.
    // ("my favourite paramedic": the adjective before its noun is sincere; "...at 4am. My favourite." is the irony)
    const sarcasm = a.lexicon("mockery", "sarcasm").filter((m) => asserted(a, m) && !modifiesNoun(a, m) && ironyNear(a, m) && failingBefore(a, m) && (colleagueFirst(a, m, COLLEAGUE_WORDS) || (aboutColleague(a, m) && !aboutPatient(a, m))));
    // Insinuation about a named colleague ("everyone knows why Dr X got the job... 😉") and a plain
    // denial of their competence ("the locum clearly isn't competent") belittle them too.
    // (only knowing insinuation; "just saying" and "not joking" also end ordinary complaints and threats)
    const insinuation = a.lexicon("threats", "insinuation").filter((m) => INSINUATING.has(m.text.toLowerCase().replace(/[\s,\u2019']+/g, " ").trim()) && !FIRST_PERSON_SUBJECT.has(a.wordsBefore(m.start, 1)[0]?.norm ?? "")).map((m) => ({ ...m, confidence: 0.5 }));
    for (const span of [...comparisonInsults(a), ...sarcasm.map((m) => ({ ...m, confidence: 0.7 })), ...insinuation, ...deniedCompetence(a), ...colleagueFrames(a), ...belittlingShapes(a), ...calledOut, ...condescendingEndearments(a), ...trainingBelittled(a)]) {
      if (!asserted(a, span) || selfDirected(a, span) || namesOwnTitleOrPlace(a, span)) continue;
      if (span.detector === "call-out" && (nearTokens(a, span).some((t) => THANKS.has(t.norm) || THANKS.has(t.text)) || thankedBefore(a, span))) continue;
      // a frame names its colleague itself ("imagine being an ST5 and...", "ortho being ortho"); a
      // shape may have found its colleague in the sentence before (respect/remarks.ts)
      if (span.detector === "belittling shape" && belittling.some((b) => b.span.start <= span.start && span.end <= b.span.end)) continue;
      const weight = Math.max(targetWeight(a, span), span.detector === "colleague frame" ? 0.75 : 0, Number(span.data?.weight ?? 0));
      if (weight === 0 || (aboutPatient(a, span) && !aboutColleague(a, span))) continue;
      belittling.push({ span, confidence: span.confidence * weight, weight });
    }

    for (const u of understated) if (!belittling.some((b) => b.span.start === u.span.start && b.confidence >= u.confidence)) belittling.push(u);

    // Derogation by composition: a judging word ("clueless", "a liability", "thick as a plank",
    // "couldn't find an appendix with a map", "bless him 🤡") linked to a colleague referent (a role,
    // a grade, a specialty, an @handle, "Dr X", "the night team": respect/derogation.ts).
    // (only where nothing else was found: it adds recall, it does not re-rank what the lists found)
    const found = insulted > 0 || belittling.some((b) => b.confidence >= 0.4 && b.span.data?.term !== BASIC_TASK_SHAPE);
    const already = found || derogated.length === 0 ? new Set<number>() : new Set([...candidates.map((c) => c.start), ...disputes.map((c) => c.start), ...belittling.filter((b) => b.span.data?.term !== BASIC_TASK_SHAPE).map((b) => b.span.start)]);
    for (const d of found ? [] : derogated) {
      if (already.has(d.evaluation.span.start) || d.confidence < 0.35 || leisure(a, d.evaluation.span)) continue;
      if (nearTokens(a, d.evaluation.span).some((t) => THANKS.has(t.norm) || THANKS.has(t.text))) continue;
      const c = composed.get(d.evaluation.span.start)!;
      if (c.confidence !== d.confidence) continue; // the strongest link of this span only
      already.add(d.evaluation.span.start);
      belittling.push({ span: d.evaluation.span, confidence: d.confidence, weight: c.weight });
    }

    // a basic task denied of a colleague ("can't cannulate") adds recall; beside another belittling remark it is that remark's detail
    if (belittling.some((b) => b.span.data?.term !== BASIC_TASK_SHAPE)) {
      for (let k = belittling.length - 1; k >= 0; k--) if (belittling[k]!.span.data?.term === BASIC_TASK_SHAPE) belittling.splice(k, 1);
    }

    // Several belittling remarks about the same colleague add up ("think they're above us. Ego the size of...").
    if (belittling.length > 0) {
      const top = belittling.reduce((m, b) => (b.confidence > m.confidence ? b : m));
      // corroboration: put-downs or contempt nearby, a laugh or clown at the colleague, a swear word inside the remark
      const laughs = a.lexicon("mockery", "laugh");
      const next = sentenceAnchor(a, top.span.start, 1);
      const laughed = a.inSentence(top.span, laughs).length > 0 || (next !== undefined && a.inSentence(next, laughs).length > 0);
      const sworn = a.inSentence(top.span, swearsAll).some((w) => w.start >= top.span.start && w.end <= top.span.end);
      const support = combine(hostility(top.span), laughed ? 0.15 : 0, sworn ? 0.2 : 0);
      const together = combine(...belittling.map((b) => b.confidence), support);
      // one identifiable colleague (a name, an @handle, "our new F2") belittled with corroboration is a clear case
      // ("some people in this department" is not one identifiable colleague)
      // (an understatement, "lazy isn't the word", is its own corroboration: the author insists on it)
      const clear = together >= 0.45 && !indirectColleague(nearTokens(a, top.span)) && ((top.weight >= 0.9 && (belittling.length >= 2 || support > 0 || top.span.detector === "understatement")) || top.weight >= 1);
      for (const b of belittling) {
        const confidence = b === top ? together : b.confidence;
        if (confidence < 0.35) continue;
        const sure = confidence >= 0.6 || (b === top && clear);
        report({
          // (a denied task is not a name to call someone: its message says what it does)
          messageId: sure || b.span.data?.term === BASIC_TASK_SHAPE ? "belittling" : "insultMaybe",
          range: [b.span.start, b.span.end],
          data: { term: b.span.text },
          severity: sure ? "error" : severityFor(confidence, "error", SURE, 0.4),
          confidence,
          seriousness: INSULT_SERIOUSNESS,
          explanation: { detectors: ["lexicon:colleague-disputes"], context: [{ word: "colleague target", effect: b.weight }, { word: "other belittling remarks", effect: belittling.length - 1 }, { word: "corroboration (put-downs, laugh, swearing)", effect: Math.round(support * 100) / 100 }] },
        });
      }
    }

    // A threat aimed at a colleague ("if that registrar hangs up on me again I'll break his fingers",
    // "whoever told the manager... watch your back on nights"): intimidation of a colleague is
    // bullying (GMP 36, ¶15) as well as a threat. The frames and lists are conduct/threat's; the
    // target is this rule's: a colleague in the sentence, or named just before a short one. One finding.
    const threats: Span[] = [...threatFrames(a).map((f) => ({ ...f.span, confidence: f.confidence })), ...a.lexicon("threats", "intimidation", "violence")];
    let threatTop: { span: Span; confidence: number; weight: number } | undefined;
    for (const span of threats) {
      // (no selfDirected test: "I'll break his fingers" has the author as subject by design)
      if (!a.isAsserted(span) || quoted(a, span)) continue;
      const weight = threatenedColleague(a, span);
      if (weight < 0.8) continue;
      const confidence = span.confidence * weight;
      if (!threatTop || confidence > threatTop.confidence) threatTop = { span, confidence, weight };
    }
    if (threatTop && threatTop.confidence >= 0.4) {
      report({
        messageId: "threat",
        range: [threatTop.span.start, threatTop.span.end],
        data: { term: threatTop.span.text },
        severity: threatTop.confidence >= 0.5 ? "error" : "warning",
        confidence: threatTop.confidence,
        seriousness: INSULT_SERIOUSNESS,
        explanation: { detectors: ["conduct/threat frames", "lexicon:threats"], context: [{ word: "colleague target", effect: threatTop.weight }] },
      });
    }

    // Swearing at someone in a reply to an @handle ("@x wtf are you on about") is a spat too.
    // a masked swear word ("b@stard") can read as a handle: a reply needs a handle outside the swear words
    const swears = a.lexicon("profanity");
    if (postHasMention(a) && personalHandles(a).some((h) => !swears.some((w) => w.start <= h.start && h.end <= w.end))) {
      for (const swear of swears) {
        if (swear.data?.category === "mild" || swear.confidence < 0.5 || !a.isAsserted(swear)) continue;
        if (insulting.has(swear) || !(secondPersonNear(a, swear) || mentionNear(a, swear))) continue;
        report(spat(swear, Math.min(0.7, swear.confidence), "lexicon:profanity"));
      }
    }

    function spat(span: Span, confidence: number, detector: string) {
      return {
        messageId: confidence >= 0.55 ? "spat" : "spatMaybe",
        range: [span.start, span.end] as const,
        data: { term: span.text },
        severity: "warning" as const,
        confidence,
        seriousness: SERIOUSNESS.colleagueArgument,
        explanation: { detectors: [detector], context: [{ word: "addressed to an @handle or colleague", effect: 1 }] },
      };
    }
  },
});

/** Words that set a sentence among staff: the rota, cover, a colleague role. */
const STAFF_SETTING = new Set(["rota", "rotas", "cover", "covers", "covering", "covered", "colleagues", "colleague"]);
const PATIENT_SETTING = new Set(["patient", "patients", "pt", "pts", "bay", "bed", "relatives", "visitors", "clinic", "caseload", "minors", "majors", "seen", "waiting"]);
/** The frame's sentence and the two after it speak of staff (the rota, cover, colleagues) and of no patient. */
function amongStaff(a: Analysis, span: Span): boolean {
  const s = a.sentenceOf(span.start);
  let staff = false;
  for (let k = s; k <= s + 2; k++) {
    const sentence = a.sentences[k];
    if (!sentence) break;
    for (const t of a.sentenceTokens(sentence.start)) {
      if (t.kind !== "word") continue;
      if (PATIENT_SETTING.has(t.norm)) return false;
      // the rota and its cover say the group is staff; a role word alone is as often the one they meet ("bribe the nurse")
      if (STAFF_SETTING.has(t.norm)) staff = true;
    }
  }
  return staff;
}

/** A stereotype whose group is named by a staff role, or a judging word said of the people the author works with. */
function staffGeneralisation(a: Analysis, derogated: ReturnType<typeof derogations>, report: (d: ReportDescriptor) => void): void {
  for (const st of stereotypes(a)) {
    if (st.confidence < 0.5 || !asserted(a, st.group) || /\b(?:patients?|pts?)\b/i.test(st.group.text)) continue;
    let staff = false;
    for (let i = a.tokenIndexAt(st.group.start); i < a.tokens.length && a.tokens[i]!.start < st.group.end; i++) if (a.tokens[i]!.kind === "word" && COLLEAGUE_WORDS.has(a.tokens[i]!.stem)) staff = true;
    if (!staff) continue;
    report({ messageId: "generalising", range: st.range, data: { term: a.text.slice(st.range[0], st.range[1]) }, severity: severityFor(st.confidence, "error", SURE, 0.5), confidence: st.confidence, seriousness: INSULT_SERIOUSNESS, explanation: { detectors: ["lexicon:groups", "stereotype shape", "a staff role in the group"] } });
    return;
  }
  // discrimination's frames set among staff ("Half the rota off for Eid AGAIN. Lovely for them. The rest
  // of us cover."): a group of colleagues held in contempt for who they are is bullying them too
  // (only when discrimination itself would run: a group or a proxy for one is named)
  for (const f of a.lexicon("groups").length > 0 || a.lexicon("group-proxies").length > 0 ? groupFrames(a) : []) {
    if (f.confidence < 0.5 || /crime|control/.test(f.kind)) continue;
    const span: Span = { ...f.group, start: f.range[0], end: f.range[1], text: a.text.slice(f.range[0], f.range[1]) };
    if (!asserted(a, span) || quoted(a, span) || !amongStaff(a, span)) continue;
    report({ messageId: "generalising", range: f.range, data: { term: span.text }, severity: severityFor(f.confidence, "error", SURE, 0.5), confidence: f.confidence, seriousness: INSULT_SERIOUSNESS, explanation: { detectors: ["conduct/discrimination group frame", "set among staff"], notes: [`frame: ${f.kind}`] } });
    return;
  }
  for (const d of derogated) {
    if (d.link.referent.single || !d.link.referent.how.endsWith("the author works with") || d.confidence < 0.5) continue;
    const span = d.evaluation.span;
    report({ messageId: "generalising", range: [span.start, span.end], data: { term: span.text }, severity: severityFor(d.confidence, "error", SURE, 0.5), confidence: d.confidence, seriousness: INSULT_SERIOUSNESS, explanation: { detectors: ["respect/derogation: evaluation linked to the people the author works with"] } });
    return;
  }
}
