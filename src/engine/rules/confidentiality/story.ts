// Is this post a story about one real patient's care? (¶14: "individual patients or their care").
// Three things make it one, and each is read here from the shared analysis:
//   1. a singular referent: "a lady", "this kid", "my 3pm", "a 16-year-old", "the Chelsea winger",
//      "Mrs Avery", "Bed 6 is...", "one of the lads from...";
//   2. an encounter that happened: a time ("last night"), a clinical verb ("came in", "saw",
//      "delivered"), a diary-style past verb with the subject left out ("Treated two of..."), a
//      setting, an outcome ("died", "went home");
//   3. care content near the referent: a condition, symptom, test, treatment, medicine, bed or event.
// Read once per post (memoised) and shared by patient-discussion and jigsaw.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { COLLEAGUE_WORDS, firstStartingAt } from "../shared";

/**
 * Health professions the shared colleague list leaves out: in a story "the radiographer" or "a
 * sonographer" is staff doing the scan, like "the radiologist", not a patient singled out by their job.
 */
const ALLIED_STAFF = new Set(["radiographer", "radiographers", "sonographer", "sonographers", "phlebotomist", "phlebotomists", "odp", "odps", "dietitian", "dietitians", "dietician", "dieticians"]);

export type ReferentKind = "noun" | "age" | "occupation" | "name" | "bed" | "slot" | "partitive" | "coy" | "kin";

export interface Referent {
  start: number;
  end: number;
  sentence: number;
  kind: ReferentKind;
  /** 0..1: how surely the words pick out one particular person ("this lady" > "a man" > "Mum"). */
  strength: number;
  /** A common noun that is a patient only in a clinical sentence ("a driver", "the plumber"). */
  plain: boolean;
  /** Nothing but an article and the noun ("a patient", "a man"): no description of the person. */
  bare: boolean;
  /** The bed a "bed" referent is ("Bed 7 keeps..."): itself where the patient is cared for. */
  bed?: Span;
}

export interface Story {
  referent: Referent;
  /** Care content near the referent. */
  care: Span[];
  /** Kinds of evidence that an encounter happened (time, clinical verb, setting, outcome...). */
  encounter: string[];
  confidence: number;
}

/** Singular nouns for one person as clinicians write them. */
const PERSON = new Set([
  "patient", "pt", "lady", "gentleman", "gent", "man", "woman", "guy", "chap", "bloke", "fella", "fellow", "boy", "girl", "baby", "newborn", "infant", "child", "kid", "lad", "lass",
  "toddler", "teenager", "teen", "youngster", "client", "driver", "rider", "cyclist", "motorcyclist", "biker", "pedestrian", "passenger", "walker", "hiker", "climber", "runner", "swimmer",
  "surfer", "traveller", "traveler", "tourist", "holidaymaker", "pensioner", "widow", "widower", "drunk", "smoker", "drinker", "casualty", "victim", "attender", "regular", "punter", "mother", "father", "grandmother", "grandfather",
]);
/** Family words: with "my" or "our", or alone at the start of a sentence ("Mum says..."), they are the author's family. */
const KIN = new Set(["mum", "mom", "mam", "mummy", "dad", "daddy", "grandad", "granddad", "grandpa", "grandma", "gran", "granny", "nan", "nana", "nanna", "husband", "wife", "son", "daughter", "brother", "sister", "uncle", "aunt", "auntie", "cousin", "niece", "nephew", "mother", "father", "grandmother", "grandfather", "baby", "kid", "child", "boy", "girl", "lad", "partner", "fiance", "fiancee", "boyfriend", "girlfriend"]);
/** Partitives that single out one or two of a group: "one of the lads", "two of my patients". */
const PARTITIVE_HEADS = ["one", "two", "three", "both"];
/** One lookup per token: is it a person noun, a family word, or a partitive head ("one of the...")? */
const IS_PERSON = 1, IS_KIN = 2, IS_PARTITIVE = 4;
const HEAD_FLAGS = new Map<string, number>();
for (const w of PERSON) HEAD_FLAGS.set(w, (HEAD_FLAGS.get(w) ?? 0) | IS_PERSON);
for (const w of KIN) HEAD_FLAGS.set(w, (HEAD_FLAGS.get(w) ?? 0) | IS_KIN);
for (const w of PARTITIVE_HEADS) HEAD_FLAGS.set(w, (HEAD_FLAGS.get(w) ?? 0) | IS_PARTITIVE);
const IS_MY = 8;
const SLOT_TIME = /^\d{1,2}[.:]\d{2}$/;
HEAD_FLAGS.set("my", IS_MY);
/** After "my"/"our" these still mean a patient ("my lady in bed 3", "our regular"). */
const OWNABLE = new Set(["patient", "pt", "lady", "gentleman", "gent", "regular", "attender", "client", "punter"]);
const DETERMINERS = new Set(["a", "an", "this", "that", "the", "one", "another", "our", "my", "their", "his", "her", "some"]);
/** Words that end the look-back for a determiner: the noun phrase cannot reach past them. */
const PHRASE_BREAK = new Set([
  "in", "on", "at", "of", "for", "with", "to", "from", "by", "about", "into", "onto", "and", "or", "but", "nor", "is", "was", "are", "were", "be", "been", "being", "am", "has", "had", "have",
  "who", "which", "whose", "it", "he", "she", "they", "we", "i", "you", "me", "him", "them", "us", "not", "no", "so", "as", "if", "when", "than", "then", "like", "what", "how", "why",
  "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must", "there", "here", "all", "every", "any", "each",
  "per", "than", "via", "after", "before", "during", "under", "over", "without", "within", "between", "through", "across", "against", "among", "towards", "since", "until", "while", "because",
  // the reader's own: "check your child's red book"
  "your", "yours", "ur",
  // a subject and its verb: "He's just drunk" is a predicate, not "a drunk"
  "he's", "she's", "it's", "i'm", "im", "you're", "we're", "they're", "that's", "there's", "he'd", "she'd",
]);
/** "a man who can put in a line", "a patient who will...": a kind of person, described by what they can do. */
const MODALS = new Set(["can", "could", "will", "would", "should", "might", "may", "must", "can't", "won't", "cannot"]);
/** Comparisons and wishes frame a kind of person, not an encounter: "nothing hotter than a man who..." */
const GENERIC_FRAMES = new Set(["than", "like", "whoever", "anyone", "someone"]);
/** An anecdote from long ago, told as a lesson ("I once wrote up..."): reflection, not a case. */
const REMOTE_PAST = ["once", "ago", "career"];
/** Care words that are only someone's care with "his", "her" or "their" before them: body parts ("her face lit up" is not, "his back" is). */
const POSSESSED_CARE_TERMS = new Set(["chest", "consent form", "tooth", "appointment", "treatment", "procedure"]);
const THIRD_PERSON_POSSESSIVE = new Set(["his", "her", "their"]);
/** "the patient" + one of these is a service or a group, not a person. */
const GENERIC_AFTER_PATIENT = new Set(["s", "safety", "care", "experience", "group", "groups", "information", "record", "records", "service", "services", "voice", "first", "centred", "centered", "panel", "panels", "forum", "forums", "participation", "representative", "representatives", "leaflet", "leaflets", "portal", "app", "feedback", "survey", "education", "advocate", "advocates", "liaison", "list", "lists", "journey", "flow", "pathway", "pathways", "population", "cohort", "notes", "questionnaire"]);
/** A person noun used to name a service or thing ("toddler clinic", "baby steps", "man flu"). */
const MODIFIED_NEXT = new Set(["clinic", "clinics", "group", "groups", "team", "teams", "crew", "crews", "unit", "units", "ward", "wards", "service", "services", "class", "classes", "club", "clubs", "formula", "food", "steps", "shower", "monitor", "seat", "bump", "names", "boom", "flu", "brain", "up", "friendly", "checks", "check", "health", "care", "bank", "bag", "boss", "power", "crush", "code", "days", "guide", "guides", "handbook", "checklist", "tips", "advice", "insurance"]);
/** Quantifiers: "every patient who...", "any man with..." are patients of a kind. */
const QUANTIFIERS = new Set(["every", "any", "whenever", "each", "all", "most", "many"]);
/** "If a patient...", "when a child...", "say a man presents...": a hypothetical. */
const HYPOTHETICAL = new Set(["if", "when", "whenever", "suppose", "imagine", "say", "should", "unless", "whether"]);
/** "I'm the designated driver", "as a woman", "being a mum": the author. */
const AUTHOR_COPULA = new Set(["i'm", "im", "am", "as", "being", "become", "became"]);
/** Habitual framing: "I see it every day in clinic: women who..." describes many people. */
const HABITUAL = new Set(["always", "usually", "often", "regularly", "routinely", "countless", "typically", "generally"]);
/** "every day", "every shift", "all the time": habitual when "every"/"all" is followed by one of these. */
const HABITUAL_AFTER_EVERY = new Set(["day", "week", "shift", "clinic", "single", "time", "night", "year"]);
/** "bed 12 is the best bed on the unit", "room 4 was a lovely room": said to be a bed, it is furniture. */
function bedAsPlace(t: readonly Token[], k: number): boolean {
  const verb = t[k]!;
  if (verb.norm !== "is" && verb.norm !== "was") return false;
  for (let j = k + 1; j < t.length && j <= k + 5 && t[j]!.sentence === verb.sentence; j++) {
    if (t[j]!.kind === "punct") return false;
    if (BED_KINDS.has(t[j]!.stem) || BED_KINDS.has(t[j]!.norm)) return true;
  }
  return false;
}
/** Verbs after a bed number that make the bed a person ("Bed 6 is...", "Bed 7 keeps..."). */
const BED_SUBJECT_VERBS = new Set(["is", "was", "has", "had", "keeps", "kept", "wants", "wanted", "needs", "needed", "asked", "asking", "asks", "says", "said", "called", "calling", "pulled", "just", "still", "tried", "refused", "refusing", "threw", "shouted", "screaming", "died", "went", "got", "thinks", "reckons", "insists", "insisted"]);
const BED_KINDS = new Set(["bed", "cubicle", "side room", "sideroom", "trolley", "cot", "incubator", "room"]);
/** Bed words that describe furniture, not the person in it ("Bed 6 is free"). */
const FURNITURE = new Set(["free", "empty", "ready", "available", "clean", "cleaned", "blocked", "closed", "broken", "open", "made", "stripped", "being", "been"]);
/** What may follow "one of": "one of the lads", "two of my patients", "one of them". */
const PARTITIVE_DETS = new Set(["the", "my", "our", "those", "these", "them"]);
const LAY_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx"]);
/** Celebrity cues that hint at someone rather than name a kind of person ("won't say who", "on the news"). */
const COY_TERMS = new Set(["won't say who", "from the news", "guess who", "a certain", "famous", "someone you'd recognise"]);
const GAME_WORDS = new Set(["game", "games", "play", "playing", "played", "round"]);
/** Learners on placement are the author's colleagues in a clinical post. */
const LEARNERS = new Set(["student", "medical student", "student nurse"]);
/** The care-disclosure categories that are someone's care (not a review opener, a confirmation or an outcome). */
const CARE_CATEGORIES = new Set(["care-noun", "action", "clinical-act", "symptom", "medicine", "body"]);
/** Care that describes the person's illness or injury, not only a task done ("a cannula"). */
const SPECIFIC_CARE = new Set(["condition", "event", "ward-bed", "patient-cue"]);
const SPECIFIC_CATEGORIES = new Set(["symptom", "medicine", "body", "action", "clinical-term", "bereavement"]);
/** Roles and platforms of people who tell their own story in public (¶14 covers the author's patients, not their talks). */
export const PUBLIC_VOICES = ["leader", "leaders", "advocate", "campaigner", "activist", "ambassador", "founder", "keynote", "podcast", "webinar", "conference", "blogger", "presenter", "panellist"];
/** Near a bare name, these make it a colleague, a public figure or a thank-you rather than a patient. */
const NOT_PATIENT_NAME = new Set([...COLLEAGUE_WORDS, "cat", "dog", "puppy", "kitten", "pony", "horse", "hamster", "rabbit", "parrot", "pet", "mascot", "dummy", "manikin", "mannequin", "teddy", "thanks", "thank", "shout", "shoutout", "kudos", "cheers", "congratulations", "congrats", "welcome", "rip", "memory", "tribute", "award", "author", "speaker", "talk", "lecture", "minister", "mp", "professor", "mentor", "friend", "husband", "wife", "son", "daughter", "my",
  // people who speak in public about their own illness: "patient leader Joanne...", "keynote from..."
  ...PUBLIC_VOICES]);

/** Irregular past forms that narrate what happened ("Saw a lady...", "we had a..."). */
const PAST_IRREGULAR = new Set(["saw", "had", "gave", "got", "took", "told", "met", "sent", "found", "felt", "did", "made", "came", "went", "put", "kept", "held", "brought", "caught", "ran", "sat", "spent", "knew", "left", "lost", "heard", "done", "seen", "given", "taken", "fell", "broke", "woke", "bled", "stuck", "rang", "drove", "flew", "sang", "wrote", "began"]);
/** Words ending in -ed that are not past verbs. */
const ED_NOT_PAST = new Set(["need", "bed", "red", "shed", "feed", "speed", "seed", "bleed", "breed", "embed", "ted", "ed", "med", "wed", "fed", "led", "sped", "hundred", "sacred", "naked", "wicked", "rugged", "ragged", "jagged", "beloved", "learned", "aged", "biased", "tired", "scared", "bored", "excited", "interested", "worried", "married", "retired", "qualified", "experienced", "dedicated", "talented", "skilled", "based", "related", "advanced", "supposed", "used", "mixed", "limited", "detailed", "shared", "united", "wanted", "needed"]);
/** Past forms opening a sentence that describe the author, not an encounter ("Delighted to...", "Needed a nap"). */
const NOT_NARRATION = new Set(["need", "needed", "wanted", "used", "supposed", "based", "related", "united", "limited", "interested", "excited", "tired", "bored", "worried", "scared", "married", "retired", "qualified", "delighted", "pleased", "honoured", "thrilled", "blessed", "gutted", "stuck"]);
const FIRST_PERSON = new Set(["i", "we", "i've", "we've", "i'd", "we'd"]);
const SINGULAR_PRONOUNS = new Set(["he", "she", "him", "his", "her", "he's", "she's", "he'd", "she'd", "himself", "herself"]);
/** One lookup per token for the encounter pass. */
const E_PRONOUN = 1, E_REMOTE = 2, E_HABIT = 4, E_EVERY = 8, E_FIRST = 16;
const ENC_FLAGS = new Map<string, number>();
const flag = (words: Iterable<string>, f: number) => { for (const w of words) ENC_FLAGS.set(w, (ENC_FLAGS.get(w) ?? 0) | f); };
/** Verbs whose object is the person met: "Had a lady today...", "Saw a man...". */
const MET_VERBS = new Set(["had", "have", "saw", "seen", "met", "treated", "reviewed", "examined", "clerked", "admitted", "got"]);
/** What follows a narrating verb ("Saw a...", "Treated two of...", "Tried to..."), unlike a past participle used as an adjective ("Suspected DVT", "Updated guidance"). */
const NARRATION_NEXT = new Set(["a", "an", "the", "this", "that", "my", "our", "his", "her", "their", "him", "them", "it", "one", "two", "three", "some", "to", "up", "in", "out", "off", "on", "with", "for", "back", "over", "down", "round", "about", "into", "at", "by", "me", "us", "someone", "somebody", "another"]);
/** "I have a patient who...", "we've got a lad in...": the author has someone under their care now. */
const HAVE = new Set(["have", "had", "got", "has", "'ve"]);
flag(SINGULAR_PRONOUNS, E_PRONOUN);
flag(REMOTE_PAST, E_REMOTE);
flag(HABITUAL, E_HABIT);
flag(["every", "all"], E_EVERY);
flag(FIRST_PERSON, E_FIRST);
/** Head and encounter bits in one map (encounter bits shifted past the head bits): one lookup per token. */
const TOKEN_FLAGS = new Map<string, number>(HEAD_FLAGS);
for (const [w, f] of ENC_FLAGS) TOKEN_FLAGS.set(w, (TOKEN_FLAGS.get(w) ?? 0) | (f << 8));
const HEAD_MASK = 0xff;

interface TokenFacts {
  /** Indices of tokens that may head a referent (person nouns, family words, "one of", "my" + time). */
  heads: number[];
  /** Sentences with a narrated encounter ("Treated a...", "we had a..."). */
  narration: Set<number>;
  habitual: Set<number>;
  remote: boolean;
  continues: Set<number>;
}

/** One pass over the tokens for everything story.ts reads from words (not spans). */
function tokenFacts(a: Analysis): TokenFacts {
  return a.memo("confidentiality:token-facts", () => {
    const heads: number[] = [];
    const narration = new Set<number>();
    const habitual = new Set<number>();
    const continues = new Set<number>();
    let remote = false;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word") continue;
      const all = TOKEN_FLAGS.get(w.stem) ?? 0;
      if (all === 0 && !w.sentenceStart) continue;
      if (all & HEAD_MASK) heads.push(i);
      const f = all >> 8;
      if (f & E_PRONOUN) continues.add(w.sentence);
      if (f & E_REMOTE && (w.norm !== "career" || t[i - 1]?.norm === "my")) remote = true;
      if (f & E_HABIT || (f & E_EVERY && HABITUAL_AFTER_EVERY.has(t[i + 1]?.norm ?? "") && !(w.norm === "all" && t[i + 1]?.norm !== "time"))) habitual.add(w.sentence);
      if (w.sentenceStart && w.cap) {
        // "Delivered twins today...", "Just finished CPR on..."
        const k = w.norm === "just" || w.norm === "finally" ? i + 1 : i;
        const verb = t[k];
        const after = t[k + 1];
        if (verb && verb.sentence === w.sentence && isPastVerb(verb) && !NOT_NARRATION.has(verb.norm) && after && after.sentence === w.sentence && (after.kind === "number" || NARRATION_NEXT.has(after.norm) || (PAST_IRREGULAR.has(verb.norm) && after.kind === "word"))) narration.add(w.sentence);
      } else if (f & E_FIRST) {
        // "we had a lad in...", "I have a patient who..."
        const k = t[i + 1]?.norm === "just" || t[i + 1]?.norm === "still" ? i + 2 : i + 1;
        const next = t[k];
        if (!next || next.sentence !== w.sentence) continue;
        const have = HAVE.has(next.norm) && (DETERMINERS.has(t[k + 1]?.norm ?? "") || (t[k + 1]?.norm === "got" && DETERMINERS.has(t[k + 2]?.norm ?? "")));
        if (have || (isPastVerb(next) && !NOT_NARRATION.has(next.norm))) narration.add(w.sentence);
      }
    }
    return { heads, narration, habitual, remote, continues };
  });
}

/** Patient cues that are themselves care (a treatment, a diagnosis), not only a sign of an encounter. */
const CARE_CUES = new Set(["intubated", "extubated", "DNACPR", "diagnosed", "off the ventilator", "passed away on the ward", "presented with", "admitted with", "brought in by ambulance", "i delivered"]);
/** Future times say when the author will be somewhere, not when a patient was seen. */
const FUTURE = /^(?:tomorrow|next |from |until |till |by )/i;
/** A vaccine noun after a condition: "tetanus shot", "flu jab" is prevention, not a diagnosis. */
const VACCINE_NOUNS = new Set(["shot", "shots", "jab", "jabs", "vaccine", "vaccines", "vaccination", "vaccinations", "booster", "boosters", "immunisation", "immunisations", "immunization", "injection", "jabbed", "vax", "clinic", "clinics", "awareness", "month", "week", "day", "charity", "research", "campaign", "season", "ward", "unit", "team", "nurse", "nurses", "specialist", "service", "services",
  "centre", "center", "centres", "plan", "strategy", "screening", "programme", "program", "pathway", "fund", "funding", "support", "society", "association", "trust", "foundation", "appeal", "run", "walk", "rates", "rate", "figures", "statistics", "outbreak", "cases", "guidelines", "guidance", "drug", "drugs", "treatments", "waiting"]);

/**
 * "the heart of Ward 10", "back tomorrow", "her face lit up": a body word or an appointment is
 * someone's care only when it is theirs ("his back", "her scan"); other care words always are.
 */
export function isSomeonesCare(a: Analysis, s: Span): boolean {
  if (s.data?.category !== "body" && !POSSESSED_CARE_TERMS.has(String(s.data?.term))) return true;
  // "the strangest rash I saw on clinic": seen on someone by the author
  if (seenByAuthor(a, s)) return true;
  // "Hip's done", "the wound is healing", "knee was pinned": a body part said to be treated or mending
  // is someone's (not the author's: "my knee's killing me" names no treatment, "my hip's done" is mine)
  if ((s.data?.category === "body" || s.data?.term === "chest") && bodyTreated(a, s)) return true;
  // "The Surgeon's Arms", "the King's Head": a capitalised body word after a capitalised possessive is a pub
  const first = s.text.charCodeAt(0);
  const capital = first >= 65 && first <= 90;
  return a.wordsBefore(s.start, 2).some((t) => THIRD_PERSON_POSSESSIVE.has(t.norm) || (t.norm !== t.stem && t.norm.endsWith("'s") && t.stem !== "my" && !(capital && t.cap)));
}

/** Verbs of the author examining or treating what they describe ("the rash I saw", "the wound we dressed"). */
const SEEN_VERBS = new Set(["saw", "seen", "examined", "treated", "dressed", "drained", "sutured", "stitched", "scoped", "imaged", "biopsied", "reviewed", "x-rayed", "had"]);
/** The care word is the object of the author's seeing or treating: "the rash I saw", "a wound I've dressed". */
function seenByAuthor(a: Analysis, s: Span): boolean {
  const [who, v1, v2] = a.wordsAfter(s.end, 3);
  if (!who || (who.norm !== "i" && who.norm !== "we" && who.norm !== "i've" && who.norm !== "we've")) return false;
  const verb = v1 && (v1.norm === "just" || v1.norm === "have" || v1.norm === "had") && v2 && SEEN_VERBS.has(v2.norm) ? v2 : v1;
  return !!verb && SEEN_VERBS.has(verb.norm) && verb.norm !== "had";
}

/** States of a body part that say it was treated or is mending: "Hip's done", "wound's healing". */
const BODY_TREATED = new Set(["done", "fixed", "replaced", "healing", "healed", "mended", "mending", "pinned", "plated", "stitched", "dressed", "drained", "reduced", "relocated", "manipulated", "glued", "sutured", "splinted", "plastered", "cast"]);
const BODY_LINK = new Set(["is", "was", "'s", "now", "all", "finally", "been", "has", "got", "getting"]);
function bodyTreated(a: Analysis, s: Span): boolean {
  const before = a.wordsBefore(s.start, 1)[0];
  if (before && (before.norm === "my" || before.norm === "our")) return false;
  // the link may be inside the span ("Hip's") or after it ("hip is", "knee has been")
  const after = a.wordsAfter(s.end, 3);
  for (const w of after) {
    if (BODY_TREATED.has(w.norm)) return true;
    if (!BODY_LINK.has(w.norm)) return false;
  }
  return false;
}

/**
 * Sentences holding a span of `list` that passes `test`, computed once per post under `key`: a rule
 * asking "is there a patient cue in this name's sentence?" for every name stays linear even when a
 * 1 MB post is one long sentence.
 */
export function sentencesHaving(a: Analysis, key: string, list: readonly Span[], test: (s: Span) => boolean): ReadonlySet<number> {
  return a.memo(key, () => {
    const out = new Set<number>();
    for (const s of list) if (test(s)) out.add(a.sentenceOf(s.start));
    return out;
  });
}

/** The condition names a vaccine, a service or a campaign ("flu jab", "stroke ward", "cancer charity"), not someone's illness. */
export function conditionIsModifier(a: Analysis, s: Span): boolean {
  const next = a.tokens[a.tokenIndexAt(s.end)];
  return !!next && next.start - s.end <= 1 && next.kind === "word" && VACCINE_NOUNS.has(next.norm);
}

/** "she's on", "he's still in", "she was in": a person said to be on a unit. */
const BE = new Set(["'s", "is", "was", "been", "still", "now", "currently", "remains", "stayed"]);
function onIntensiveCare(a: Analysis, s: Span): boolean {
  const before = a.wordsBefore(s.start, 4);
  if (before[0]?.norm !== "on" && before[0]?.norm !== "in") return false;
  for (let k = 1; k < before.length; k++) {
    const w = before[k]!;
    if (SINGULAR_PRONOUNS.has(w.norm) || (w.norm === "they" && before[k - 1]?.norm !== "were")) return k === 1 || before.slice(1, k).every((x) => BE.has(x.norm));
    if (!BE.has(w.norm)) return false;
  }
  return false;
}

/**
 * "a gent on my list whose wife died last week", "since her son died": a relative's death told about the
 * person, in a sentence (or next to one) that places them in the author's care (a patient cue other
 * than the referent itself, a clinical setting, a bed). Their grief is theirs, like their diagnosis.
 */
const BEREAVED = new Set(["whose", "her", "his", "their"]);
const DEATH_AUXILIARIES = new Set(["had", "has", "have", "just", "recently", "sadly", "suddenly"]);
function bereavement(a: Analysis, r: Referent): Span | undefined {
  const deaths = a.lexicon("care-disclosure", "outcome");
  if (deaths.length === 0) return undefined;
  for (const d of a.inSentence(r, deaths)) {
    if (d.start < r.end || d.data?.term !== "died" || a.isNegated(d)) continue;
    // the relative just before the death: "her son died", "whose wife died"
    // ("whose wife had died", "her son has just died": auxiliaries between the relative and the death)
    const back = a.wordsBefore(d.start, 5).filter((x) => !DEATH_AUXILIARIES.has(x.norm));
    const [kin, whose] = back;
    if (!kin || !whose || kin.start < r.end || !KIN.has(kin.stem) || !BEREAVED.has(whose.norm)) continue;
    const near = (x: { start: number }) => Math.abs(a.sentenceOf(x.start) - r.sentence) <= 1;
    const cared = a.of("patient-cue").some((c) => c.confidence >= 0.5 && near(c) && (c.end <= r.start || c.start >= r.end) && !a.isNegated(c)) || a.of("clinical-setting").some(near) || a.of("ward-bed").some(near);
    if (!cared) return undefined;
    return { ...d, detector: "story:bereavement", data: { ...d.data, category: "bereavement" } };
  }
  return undefined;
}

/** Person nouns that "my" makes the author's patient when a time or a bed follows ("my man from Tuesday"). */
const MET_PEOPLE = new Set(["man", "lady", "gent", "gentleman", "guy", "chap", "fella", "woman"]);
const MET_TIMES = new Set(["yesterday", "today", "tonight", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's", "yesterday's", "last", "this"]);
/** "my man from Tuesday's thread", "my lady in bay 3", "my guy from last night": met at a time, or lying in a bed. */
function metAtWork(a: Analysis, t: readonly Token[], i: number): boolean {
  if (!MET_PEOPLE.has(t[i]!.norm)) return false;
  const p = t[i + 1];
  if (!p || p.sentence !== t[i]!.sentence || (p.norm !== "from" && p.norm !== "in" && p.norm !== "on")) return false;
  const n = t[i + 2];
  if (!n || n.sentence !== p.sentence) return false;
  if (p.norm === "from" && MET_TIMES.has(n.norm)) return true;
  return a.of("ward-bed").some((b) => b.start === n.start && BED_KINDS.has(String(b.data?.kind)));
}

/** Units named by what they treat: someone on one is being treated for it. */
const CARE_UNITS = new Set(["ward", "unit"]);
const ON_UNIT = new Set(["on", "in", "onto", "to"]);
/**
 * "fighting so hard on our stroke unit", "admitted to the burns unit": a stay on a unit named by a
 * condition tells the condition, though the condition word only names the unit.
 */
function careUnitStay(a: Analysis, s: Span): boolean {
  const next = a.tokens[a.tokenIndexAt(s.end)];
  if (!next || !CARE_UNITS.has(next.norm)) return false;
  const before = a.wordsBefore(s.start, 2);
  const k = before[0] && (before[0].norm === "our" || before[0].norm === "the" || before[0].norm === "my") ? 1 : 0;
  return ON_UNIT.has(before[k]?.norm ?? "");
}

function isPastVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  const w = t.norm;
  if (PAST_IRREGULAR.has(w)) return true;
  return w.length >= 5 && w.endsWith("ed") && !ED_NOT_PAST.has(w);
}

/** Care spans by sentence: what a story's care content can be made of. */
function careBins(a: Analysis): Map<number, Span[]> {
  return a.memo("confidentiality:care-bins", () => {
    const care = new Map<number, Span[]>();
    // (negation and possession are asked later, only of care near a referent)
    // (a hashtag, "#Mesothelioma", is what the post is filed under, not someone's diagnosis)
    for (const s of a.of("condition")) if (s.confidence >= 0.5 && s.text.charCodeAt(0) !== 35) bin(care, a.sentenceOf(s.start), s);
    for (const s of clinicalTerms(a)) bin(care, a.sentenceOf(s.start), s);
    // (the whole list, read once: a filtered copy per set of categories would cost more than it saves)
    for (const s of a.lexicon("care-disclosure")) if (s.confidence >= 0.45 && CARE_CATEGORIES.has(String(s.data?.category)) && s.text.charCodeAt(0) !== 35) bin(care, a.sentenceOf(s.start), s);
    for (const s of a.lexicon("prescription-only-medicines")) if (s.confidence >= 0.4 && s.data?.category !== "context" && s.text.charCodeAt(0) !== 35) bin(care, a.sentenceOf(s.start), s);
    for (const s of a.of("event")) if (s.confidence >= 0.5) bin(care, a.sentenceOf(s.start), s);
    for (const s of a.of("ward-bed")) if (s.data?.kind !== "ward") bin(care, a.sentenceOf(s.start), s);
    // "She's on PICU now", "he's still in ITU": someone said to be on intensive care is being treated there
    for (const s of a.of("clinical-setting")) if (s.data?.category === "critical-care" && onIntensiveCare(a, s)) bin(care, a.sentenceOf(s.start), s);
    // "came in with...", "presented with...", "in again with...": what follows is the presenting complaint
    for (const s of a.of("patient-cue")) if (s.confidence >= 0.45 && (CARE_CUES.has(String(s.data?.term)) || / with$/i.test(s.text))) bin(care, a.sentenceOf(s.start), s);
    for (const list of care.values()) if (list.length > 1) list.sort((x, y) => x.start - y.start);
    return care;
  });
}

/**
 * Clinical terms known by their form: "hyponatraemia", "pericarditis", "asbestosis",
 * "cholecystectomy", "colonoscopy". The conditions lexicon cannot list every diagnosis and procedure,
 * but medicine builds them from a few Greek and Latin endings, which ordinary words rarely share.
 */
const CLINICAL_ENDINGS = ["aemia", "emia", "itis", "osis", "ectomy", "otomy", "ostomy", "oscopy", "plasty", "uria", "algia", "opathy", "penia", "megaly", "oma"];
/** Ordinary words with those endings (and therapies and professions that are not a diagnosis). */
const NOT_CLINICAL = new Set(["academia", "bohemia", "dichotomy", "nostalgia", "symbiosis", "metamorphosis", "apotheosis", "hypnosis", "diagnosis", "prognosis", "homeopathy", "naturopathy", "osteopathy", "sympathy", "telepathy", "antipathy", "microscopy", "oklahoma"]);
function clinicalTerms(a: Analysis): Span[] {
  return a.memo("confidentiality:clinical-terms", () => {
    const knownEnds = new Set(a.of("condition").map((c) => c.end));
    const out: Span[] = [];
    const tk = a.tokens;
    for (let i = 0; i < tk.length; i++) {
      const t = tk[i]!;
      const w = t.norm;
      // "post-op", "pre-op", "post-operatively": someone's state around an operation
      if ((w === "post" || w === "pre") && tk[i + 1]?.text === "-" && tk[i + 1]!.start === t.end && (tk[i + 2]?.norm === "op" || tk[i + 2]?.norm === "operative" || tk[i + 2]?.norm === "operatively") && tk[i + 2]!.start === tk[i + 1]!.end) {
        out.push({ type: "phrase", start: t.start, end: tk[i + 2]!.end, text: a.text.slice(t.start, tk[i + 2]!.end), confidence: 0.6, detector: "clinical-term", data: { category: "clinical-term" } });
        continue;
      }
      if (w === "postop" || w === "preop") { out.push({ type: "phrase", start: t.start, end: t.end, text: t.text, confidence: 0.6, detector: "clinical-term", data: { category: "clinical-term" } }); continue; }
      // (a few suffix comparisons on long words only: no regular expression per token)
      if (t.kind !== "word" || w.length < 8 || !CLINICAL_ENDINGS.some((e) => w.endsWith(e)) || NOT_CLINICAL.has(w) || t.text.charCodeAt(0) === 35) continue;
      // (a condition the lexicon knows is read from the lexicon, with its rarity)
      if (knownEnds.has(t.end)) continue;
      out.push({ type: "phrase", start: t.start, end: t.end, text: t.text, confidence: 0.6, detector: "clinical-term", data: { category: "clinical-term" } });
    }
    return out;
  });
}

/** The sentence tells a stay that ended: an outcome ("went home", "discharged") and the unit or ward it was on. */
function stayEnded(a: Analysis, sentence: number): Span | undefined {
  if (!a.lexicon("care-disclosure", "outcome").some((o) => a.sentenceOf(o.start) === sentence && !a.isNegated(o))) return undefined;
  return a.of("clinical-setting").find((c) => c.confidence >= 0.5 && a.sentenceOf(c.start) === sentence) ?? a.of("ward-bed").find((w) => a.sentenceOf(w.start) === sentence);
}

interface Encounters {
  /** Sentences with an encounter signal, and the kinds of signal in the post. */
  sentences: Set<number>;
  kinds: Set<string>;
  /** Sentences told as habit ("I see it every day"), about many people. */
  habitual: Set<number>;
  /** The post tells an anecdote from long ago ("I once...", "years ago"). */
  remote: boolean;
  /** Sentences that go on about one person ("He told me...", "She's having chemo now"). */
  continues: Set<number>;
}

function bin(map: Map<number, Span[]>, k: number, s: Span): void {
  const list = map.get(k);
  if (list) list.push(s);
  else map.set(k, [s]);
}

/** Signs that an encounter happened, and how the post frames its people (read only for posts with a referent and care). */
function encounters(a: Analysis): Encounters {
  return a.memo("confidentiality:encounters", () => {
    const sentences = new Set<number>();
    const kinds = new Set<string>();
    const enc = (kind: string, s: { start: number }) => { kinds.add(kind); sentences.add(a.sentenceOf(s.start)); };
    for (const s of a.of("ward-bed")) enc("setting", s);
    for (const s of a.of("patient-cue")) if (s.confidence >= 0.4 && !/^(?:(?:an?|my|this|that|the|one|our)\s+)?(?:patients?|pts?)$/i.test(s.text) && !a.isNegated(s)) enc("cue", s);
    for (const s of a.of("clinical-setting")) enc("setting", s);
    // "Not saying who, but...": the author knows exactly who this is
    for (const s of a.of("celebrity")) if (String(s.data?.term) === "won't say who") enc("coy", s);
    for (const s of a.of("time-ref")) if (!FUTURE.test(s.text)) enc("time", s);
    for (const s of a.lexicon("context-cues", "encounter-verb")) if (!a.isNegated(s)) enc("verb", s);
    for (const s of a.lexicon("care-disclosure")) if (s.data?.category === "outcome" && !a.isNegated(s)) enc("outcome", s);
    // "how she did in rehab with us", "he was on the ward with us for a month": the author's service cared for them
    if (a.words.has("us")) {
      const t = a.tokens;
      for (let i = 1; i + 1 < t.length; i++) {
        if (t[i]!.norm !== "with" || t[i + 1]!.norm !== "us") continue;
        const before = a.wordsBefore(t[i]!.start, 3);
        if (before.some((w) => CARED_WITH_US.has(w.norm)) && !a.isNegated(t[i]!)) enc("cue", t[i]!);
      }
    }
    const facts = tokenFacts(a);
    if (facts.narration.size > 0) kinds.add("narration");
    for (const n of facts.narration) sentences.add(n);
    const { habitual, remote, continues } = facts;
    return { sentences, kinds, habitual, remote, continues };
  });
}

/** Care the author's service gives, before "with us" ("in rehab with us", "on the ward with us", "stayed with us"). */
const CARED_WITH_US = new Set(["rehab", "ward", "unit", "physio", "therapy", "treatment", "stay", "stayed", "inpatient", "hospice", "icu", "itu", "hdu", "nicu", "scbu"]);

/** Look back from token `i` for the determiner of its noun phrase, skipping adjectives, numbers and hyphens. */
function determinerBefore(t: readonly Token[], i: number, ageStarts: ReadonlySet<number>): number | undefined {
  const sentence = t[i]!.sentence;
  let skipped = 0;
  for (let j = i - 1; j >= 0 && skipped <= 4 && j >= i - 12; j--) {
    const x = t[j]!;
    if (x.sentence !== sentence) return undefined;
    if (x.kind === "number") { skipped++; continue; }
    if (x.kind === "punct") {
      if (x.text === "-" || x.text === "'" || x.text === "\u2019") continue;
      return undefined;
    }
    if (x.kind !== "word") return undefined;
    if (DETERMINERS.has(x.norm)) return j;
    // ("he's", "it's", "that's" are a subject and a verb, not a possessive)
    if (PHRASE_BREAK.has(x.norm)) return undefined;
    // a possessive noun is a determiner: "the ferry skipper's wife", "our village's only vet"
    if (x.norm !== x.stem && x.norm.endsWith("'s")) return j;
    if (!ageStarts.has(x.start)) skipped++;
  }
  return undefined;
}

/** The head opens its sentence, perhaps after one or two describing words ("Lovely elderly gentleman", "Young mum"). */
function opensSentence(t: readonly Token[], i: number, ageStarts: ReadonlySet<number>): boolean {
  const w = t[i]!;
  if (w.sentenceStart) return true;
  for (let j = i - 1, n = 0; j >= 0 && n < 3 && j >= i - 12; j--) {
    const x = t[j]!;
    if (x.sentence !== w.sentence) return false;
    const age = ageStarts.has(x.start);
    if (!(x.kind === "number" || (x.kind === "punct" && x.text === "-") || age)) {
      if (x.kind !== "word" || PHRASE_BREAK.has(x.norm) || DETERMINERS.has(x.norm)) return false;
      n++;
    }
    if (x.sentenceStart) return n <= 2;
  }
  return false;
}

/** The words just before a referent rule it out: a quantifier, a hypothetical, the author describing themself. */
function framedAway(a: Analysis, start: number, sentence: number): boolean {
  const t = a.tokens;
  let k = 0;
  const from = a.tokenIndexAt(start) - 1;
  for (let i = from; i >= 0 && k < 6 && i >= from - 16; i--) {
    const w = t[i]!;
    if (w.sentence !== sentence) break;
    if (w.kind !== "word" && w.kind !== "number") continue;
    if (QUANTIFIERS.has(w.norm)) return true;
    if (k < 3 && HYPOTHETICAL.has(w.norm) && !(w.norm === "say" && t[i - 1]?.norm === "to") && !(w.norm === "when" && pastAfter(a, start))) return true;
    if (k === 0 && AUTHOR_COPULA.has(w.norm)) return true;
    if (k <= 1 && GENERIC_FRAMES.has(w.norm)) return true;
    // "tips for getting a 3yo to take...", "how do you get a toddler to...": advice about a kind of person
    if (k === 0 && CAUSATIVE.has(w.norm) && adviceBefore(t, i, sentence)) return true;
    k++;
  }
  return false;
}

/** "is mine", "is my gran": the person is the author's own (not "is my patient"). */
function ownedByAuthor(t: readonly Token[], head: number): boolean {
  const sentence = t[head]!.sentence;
  for (let i = head + 1; i < t.length && i <= head + 8 && t[i]!.sentence === sentence; i++) {
    const w = t[i]!;
    if (w.norm !== "is" && w.norm !== "was" && w.norm !== "are") continue;
    const n1 = t[i + 1];
    if (!n1 || n1.sentence !== sentence) return false;
    if (n1.norm === "mine" || n1.norm === "ours") return true;
    const n2 = t[i + 2];
    return (n1.norm === "my" || n1.norm === "our") && !!n2 && KIN.has(n2.stem) && !OWNABLE.has(n2.stem);
  }
  return false;
}

/** "...sounds like every third patient", "...like half my list": a kind of patient, compared to many. */
const MANY = new Set(["every", "half", "most", "all", "many", "loads", "lots"]);
function comparedToMany(t: readonly Token[], head: number): boolean {
  const sentence = t[head]!.sentence;
  for (let i = head + 1; i < t.length && i <= head + 14 && t[i]!.sentence === sentence; i++) {
    if (t[i]!.norm !== "like") continue;
    if (t[i - 1]!.norm === "sounds" || t[i - 1]!.norm === "sound" || MANY.has(t[i + 1]?.norm ?? "")) return true;
  }
  return false;
}

/** The person described at `s` is a kind of patient, compared to many ("...sounds like every third patient"). */
export function comparedToManyAt(a: Analysis, s: Span): boolean {
  return comparedToMany(a.tokens, a.tokenIndexAt(s.end - 1));
}

/** Verbs that say the author met someone as their clinician. */
const CLINICALLY_MET = new Set(["treated", "examined", "scanned", "scoped", "operated", "admitted", "clerked", "reviewed", "swabbed", "sutured", "stitched", "delivered", "referred", "diagnosed", "catheterised", "injected", "vaccinated"]);
/** "saw", "had": a meeting that is clinical only where the sentence says so ("on my list", "in clinic"). */
const MET = new Set(["saw", "seen", "had"]);
const WORK_PLACES = new Set(["list", "clinic", "ward", "surgery", "shift", "theatre", "resus", "majors", "minors", "round", "bay"]);
/** "someone I saw on this morning's list", "somebody we treated": a person the author met as a patient. */
function someoneMet(a: Analysis): { start: number; end: number }[] {
  const t = a.tokens;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    const w = t[i]!;
    if (w.norm !== "someone" && w.norm !== "somebody") continue;
    let k = i + 1;
    if (t[k]?.norm === "who" || t[k]?.norm === "that") k++;
    if (!FIRST_PERSON.has(t[k]?.norm ?? "") && t[k]?.norm !== "i'd" && t[k]?.norm !== "i've") continue;
    k++;
    if (t[k]?.norm === "had" || t[k]?.norm === "have" || t[k]?.norm === "just") k++;
    const verb = t[k];
    if (!verb || verb.sentence !== w.sentence) continue;
    // ("someone I treated to a coffee" was bought one)
    const clinical = (CLINICALLY_MET.has(verb.norm) && t[k + 1]?.norm !== "to") || (MET.has(verb.norm) && a.sentenceTokens(w.start).some((x) => WORK_PLACES.has(x.norm)));
    if (clinical) out.push({ start: w.start, end: w.end });
  }
  return out;
}

/** "the patient who tried to...", "the patient that woke up and...": one person, by what they did. */
const DID_AUXILIARIES = new Set(["was", "had", "kept", "keeps", "just", "once", "then", "still"]);
function didSomething(t: readonly Token[], head: number): boolean {
  const rel = t[head + 1];
  if (!rel || (rel.norm !== "who" && rel.norm !== "that") || rel.sentence !== t[head]!.sentence) return false;
  const verb = t[head + 2];
  return !!verb && verb.sentence === rel.sentence && (isPastVerb(verb) || DID_AUXILIARIES.has(verb.norm)) && !NOT_NARRATION.has(verb.norm);
}

const CAUSATIVE = new Set(["get", "getting", "make", "making", "persuade", "persuading", "convince", "convincing", "help", "helping", "encourage", "encouraging"]);
const ADVICE = new Set(["tips", "tip", "advice", "ideas", "hacks", "tricks", "how", "ways", "way"]);
function adviceBefore(t: readonly Token[], i: number, sentence: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6 && t[j]!.sentence === sentence; j--) if (ADVICE.has(t[j]!.norm)) return true;
  return false;
}

/** "when a lad came in...": "when" telling a past event, not a hypothetical. */
function pastAfter(a: Analysis, start: number): boolean {
  const t = a.tokens;
  const first = a.tokenIndexAt(start);
  for (let i = first; i < t.length && i < first + 5; i++) if (t[i]!.start > start && isPastVerb(t[i])) return true;
  return false;
}

/** Every place the post singles out one person who may be a patient, in text order. */
export function referents(a: Analysis): readonly Referent[] {
  return a.memo("confidentiality:referents", () => findReferents(a));
}

const NO_STARTS: ReadonlySet<number> = new Set<number>();

function findReferents(a: Analysis): Referent[] {
  const t = a.tokens;
  const out: Referent[] = [];
  const ageList = a.of("age");
  const ages = ageList.length > 1 ? [...ageList].sort((x, y) => x.start - y.start) : ageList;
  const ageStarts = ages.length > 0 ? new Set<number>() : NO_STARTS;
  for (const s of ages) for (let k = a.tokenIndexAt(s.start); k < t.length && t[k]!.start < s.end; k++) (ageStarts as Set<number>).add(t[k]!.start);
  const occupations = a.of("occupation");
  const occupationEnds = new Map<number, Span>();
  const occupationStarts = new Set<number>();
  for (const s of occupations) { occupationEnds.set(s.end, s); occupationStarts.add(s.start); }
  const push = (start: number, end: number, sentence: number, kind: ReferentKind, strength: number, plain: boolean, bare = false) => {
    // a name is someone in particular even in "if anyone knows a Kevin Marsh..."
    if ((kind !== "name" && framedAway(a, start, sentence)) || a.isNegated({ start })) return;
    // "a man who can put in a central line": described by what such a person can do
    const k = a.tokenIndexAt(end);
    if (t[k]?.norm === "who" && MODALS.has(t[k + 1]?.norm ?? "") && t[k]!.sentence === sentence) return;
    // "the baby in this photo is mine"; "a 70-year-old mill worker with asbestosis sounds like every
    // third patient": the author's own, or a kind of patient compared to many
    if (k > 0 && (ownedByAuthor(t, k - 1) || comparedToMany(t, k - 1))) return;
    out.push({ start, end, sentence, kind, strength, plain, bare });
  };

  // candidate heads: the token scan's person words, and the last word of each occupation
  let heads = tokenFacts(a).heads;
  if (occupations.length > 0) {
    const more = occupations.map((o) => a.tokenIndexAt(o.end - 1));
    heads = [...new Set([...heads, ...more])].sort((x, y) => x - y);
  }
  for (const i of heads) {
    const w = t[i]!;
    if (w.kind !== "word") continue;
    const flags = HEAD_FLAGS.get(w.stem) ?? 0;
    const occupation = occupations.length > 0 ? occupationEnds.get(w.end) : undefined;
    if (flags === 0 && !occupation) continue;
    if (flags === IS_MY) {
      // "my 3pm", "my 9.30": a clinic slot is a patient
      const n = t[i + 1];
      if (!n || n.kind !== "number") continue;
      const unit = t[i + 2];
      if (unit && unit.start - n.end <= 1 && (unit.norm === "pm" || unit.norm === "am")) push(w.start, unit.end, w.sentence, "slot", 0.85, false);
      else if (SLOT_TIME.test(n.text)) push(w.start, n.end, w.sentence, "slot", 0.85, false);
      continue;
    }
    const person = (flags & (IS_PERSON | IS_KIN)) !== 0;
    if (!person && !occupation) {
      // "one of the lads", "two of my patients"
      if ((flags & IS_PARTITIVE) !== 0 && t[i + 1]?.norm === "of" && PARTITIVE_DETS.has(t[i + 2]?.norm ?? "") && t[i + 1]!.sentence === w.sentence) {
        const det = t[i + 2]!.norm;
        let noun: Token | undefined = det === "them" ? t[i + 2] : undefined;
        for (let k = i + 3; !noun && k <= i + 5 && k < t.length && t[k]!.sentence === w.sentence; k++) {
          const x = t[k]!;
          // ("one of the most common cancers": "most" is no noun, and cancers are not people)
          if (x.kind !== "word" || NOT_PLURAL_NOUNS.has(x.norm)) continue;
          if (NOT_PEOPLE.has(x.norm)) break;
          // "one of the biggest drivers of GP appointments": a cause, not a driver of a car
          if (CAUSE_HEADS.has(x.norm) && t[k + 1]?.norm === "of" && !PARTITIVE_DETS.has(t[k + 2]?.norm ?? "") && t[k + 2]?.norm !== "a") break;
          if (x.norm.endsWith("s") || x.norm === "men" || x.norm === "women" || x.norm === "children") noun = x;
        }
        // "one of our doctors", "one of my friends": a colleague or a friend, not a patient
        // ("one of our prescribers", "one of the hygienists": the clinic's staff too)
        if (noun && (COLLEAGUE_WORDS.has(noun.norm) || STAFF_PLURALS.has(noun.norm) || noun.norm === "friends" || noun.norm === "mates")) noun = undefined;
        // "one of my patients" says outright that this person is the author's patient
        if (noun) push(w.start, noun.end, w.sentence, "partitive", det === "my" || det === "our" ? 0.8 : 0.6, false);
      }
      continue;
    }
    if (occupation && (COLLEAGUE_WORDS.has(occupation.text.toLowerCase()) || COLLEAGUE_WORDS.has(w.stem) || ALLIED_STAFF.has(w.norm) || LEARNERS.has(String(occupation.data?.term)))) continue;
    if (occupation) {
      // "engineers", "farmers round here": a group
      const term = String(occupation.data?.term ?? "");
      const text = occupation.text.toLowerCase();
      if (text !== term && !term.endsWith("s") && ((text.endsWith("s") && !text.endsWith("ss")) || text.endsWith("men"))) continue;
    }
    const next = t[i + 1];
    if (next && next.kind === "word" && next.sentence === w.sentence && next.start - w.end <= 1 && MODIFIED_NEXT.has(next.norm)) continue;
    // "baby Botox", "man flu": a person word naming a kind of product or treatment
    if (productStarts(a).has(w.start) || (next && next.kind === "word" && next.sentence === w.sentence && next.start - w.end <= 1 && productStarts(a).has(next.start))) continue;
    if ((w.stem === "patient" || w.stem === "pt") && next && next.sentence === w.sentence && (GENERIC_AFTER_PATIENT.has(next.norm) || (next.kind === "punct" && next.text === "'" && t[i + 2]?.norm === "s"))) continue;
    const startI = occupation ? a.tokenIndexAt(occupation.start) : i;
    const det = determinerBefore(t, startI, ageStarts);
    const kin = KIN.has(w.stem) && !PERSON.has(w.stem);
    // "Mum's diagnosis...", "Dad had his new hip": a family word written as a name is the author's own
    if (kin && w.cap && det === undefined) continue;
    // "Dentist here.": the author introducing themself
    if (occupation && next?.norm === "here" && (!t[i + 2] || t[i + 2]!.kind === "punct" || t[i + 2]!.sentence !== w.sentence)) continue;

    const kindOf: ReferentKind = occupation && !person ? "occupation" : kin ? "kin" : "noun";
    // an age right after the noun ("driver mid-20s", "Local councillor, 30s,") singles someone out
    const nextAge = ages.length > 0 ? ages[firstStartingAt(ages, w.end)] : undefined;
    const ageAfter = !!nextAge && nextAge.start - w.end <= 3 && a.sentenceOf(nextAge.start) === w.sentence;
    if (det !== undefined) {
      const d = t[det]!.norm;
      // "my mum", "our MP", "my plumber": the author's own people, not patients
      // ("our local vicar" is a figure in the community, who can be a patient like anyone)
      // ("my man from Tuesday", "my lady in bay 3": someone met at a time or in a bed is the author's patient)
      if ((d === "my" || d === "our") && !(OWNABLE.has(w.stem) && !occupation) && t[det + 1]?.norm !== "local" && !(det === i - 1 && metAtWork(a, t, i))) continue;
      // "treat the patient, not the number" is a maxim; "the patient who flirted through his
      // catheterisation" is one person, picked out by what they did
      if (d === "the" && (w.stem === "patient" || w.stem === "pt") && !didSomething(t, i)) continue;
      // ("the patient who flirted through..." is told as something that happened: as sure as "this patient")
      const told = d === "the" && didSomething(t, i);
      const strength = (d === "this" || d === "that" || d === "my" || d === "our" || told ? 0.8 : d.endsWith("'s") || d === "his" || d === "her" || d === "their" ? 0.5 : 0.6) + (w.stem === "patient" || w.stem === "pt" ? 0.15 : 0);
      const hasAge = ageStarts.has(t[Math.min(det + 1, t.length - 1)]!.start) || ageAfter;
      const plain = kindOf !== "noun" || !(w.stem === "patient" || w.stem === "pt");
      const bare = det === startI - 1 && !hasAge && (d === "a" || d === "an" || d === "one" || d === "some");
      push(t[det]!.start, occupation ? occupation.end : w.end, w.sentence, kindOf, Math.min(1, (kin ? 0.7 : 1) * strength + (hasAge ? 0.15 : 0)), plain, bare);
      continue;
    }
    // "Pt c/o SOB...": clinicians' shorthand for the patient in front of them
    if (w.norm === "pt") { push(w.start, w.end, w.sentence, "noun", 0.8, false); continue; }
    if (opensSentence(t, startI, ageStarts) || ageAfter) {
      // "Man, what a night" is an exclamation
      if (w.sentenceStart && next && next.kind === "punct" && (next.text === "," || next.text === "!") && !occupation && !ageAfter) continue;
      const strength = kin ? 0.3 : occupation ? 0.45 : 0.5;
      let first = startI;
      while (first > 0 && first > startI - 6 && !t[first]!.sentenceStart) first--;
      const ageBefore = ageStarts.has(t[first]!.start);
      push(occupation ? occupation.start : w.start, occupation ? occupation.end : w.end, w.sentence, kindOf, strength + (ageAfter || ageBefore ? 0.2 : 0), true);
    }
  }

  // "a 16-year-old", "this 3-week-old": an age used as the noun
  for (const s of ages) {
    if (s.data?.exact !== true) continue;
    const last = a.tokenIndexAt(s.end - 1);
    const next = t[last + 1];
    if (next && next.kind === "word" && next.sentence === t[last]!.sentence && (PERSON.has(next.stem) || KIN.has(next.stem) || occupationStarts.has(next.start))) continue;
    const first = a.tokenIndexAt(s.start);
    const det = determinerBefore(t, first, ageStarts);
    const sentence = t[first]!.sentence;
    if (det !== undefined) {
      const d = t[det]!.norm;
      if (d === "my" || d === "our" || d === "his" || d === "her" || d === "their") continue; // "my 7-year-old" is the author's child
      push(t[det]!.start, s.end, sentence, "age", 0.8, false);
    } else if (t[first]!.sentenceStart) push(s.start, s.end, sentence, "age", 0.6, false);
  }

  // "the strangest rash I saw on clinic this morning": the one person the author saw it on
  for (const c of a.lexicon("care-disclosure", "care-noun", "symptom")) {
    if (!seenByAuthor(a, c)) continue;
    const first = a.tokenIndexAt(c.start);
    const det = determinerBefore(t, first, ageStarts);
    if (det === undefined || (t[det]!.norm !== "the" && t[det]!.norm !== "a" && t[det]!.norm !== "this" && t[det]!.norm !== "that")) continue;
    push(t[det]!.start, c.end, t[first]!.sentence, "noun", 0.6, false);
  }
  // "someone I saw on this morning's colposcopy list", "somebody I treated last week"
  if (a.words.has("someone") || a.words.has("somebody")) for (const r of someoneMet(a)) push(r.start, r.end, a.sentenceOf(r.start), "noun", 0.8, false);

  // "Mrs Avery in bay 6", "our little fighter Jaxon", "Doris on the ward"
  const vocative = vocatives(a);
  for (const s of a.of("person-name")) {
    if (s.data?.clinician === true || s.data?.labelled === true || nameIsProduct(a, s)) continue;
    if (vocative(s) || appositiveToColleague(a, s)) continue;
    const title = typeof s.data?.title === "string" ? s.data.title : "";
    if (title && !LAY_TITLES.has(title)) continue;
    if (nearWords(a, s, NOT_PATIENT_NAME)) continue;
    if (!title && !clinicalSentence(a, s)) continue;
    push(s.start, s.end, a.sentenceOf(s.start), "name", title ? 0.8 : 0.5, !title);
  }
  for (const s of a.of("first-name")) {
    // "Will definitely be...", "Grace under pressure": a name that is mostly a word needs a child's cue
    if (s.data?.child !== true && s.confidence < 0.3) continue;
    if (nameIsProduct(a, s)) continue;
    if (vocative(s) || nearWords(a, s, NOT_PATIENT_NAME)) continue;
    if (s.data?.child !== true && !clinicalSentence(a, s)) continue;
    push(s.start, s.end, a.sentenceOf(s.start), "name", s.data?.child === true ? 0.65 : 0.45, s.data?.child !== true);
  }

  // "Bed 6 is a 40-stone smoker", "Bed 7's daughter"
  for (const s of a.of("ward-bed")) {
    if (!BED_KINDS.has(String(s.data?.kind))) continue;
    const k = a.tokenIndexAt(s.end);
    const n1 = t[k];
    if (!n1 || n1.start - s.end > 1) continue;
    const possessive = n1.kind === "punct" && n1.text === "'" && t[k + 1]?.norm === "s";
    const subject = n1.kind === "word" && BED_SUBJECT_VERBS.has(n1.norm) && !FURNITURE.has(t[k + 1]?.norm ?? "") && !FURNITURE.has(t[k + 2]?.norm ?? "") && !bedAsPlace(t, k);
    // ...as the subject: "the cute one from bed 4 asks" is about someone located in bed 4
    const prev = a.wordsBefore(s.start, 1)[0];
    if ((possessive || subject) && !(prev && NAME_PREPOSITIONS.has(prev.norm))) {
      push(s.start, s.end, a.sentenceOf(s.start), "bed", 0.75, false);
      const last = out[out.length - 1];
      if (last && last.start === s.start && last.kind === "bed") last.bed = s;
    }
  }


  // "Guess who came in after...": someone the reader is invited to recognise; "a certain Strictly
  // finalist", "a well-known actor": a person known to the public
  for (const s of a.of("celebrity")) {
    const term = String(s.data?.term);
    if (term === "guess who") {
      // "a game of 'guess who's lying about their sugars'": the board game, played with many people
      if (!a.wordsBefore(s.start, 2).some((x) => GAME_WORDS.has(x.norm))) push(s.start, s.end, a.sentenceOf(s.start), "coy", 0.6, false);
    }
    else if (!COY_TERMS.has(term) && s.confidence >= 0.6) push(s.start, s.end, a.sentenceOf(s.start), "coy", 0.7, false);
  }

  out.sort((x, y) => x.start - y.start);
  return out;
}

/**
 * "Priya, could you page me...": a name opening its sentence and followed by a comma is the person
 * spoken to. Asking them for something is talking to a colleague; a post that tells them about
 * "your" scan or "your dad" is a reply about their care, and keeps them.
 */
function vocatives(a: Analysis): (s: Span) => boolean {
  const words = a.words;
  const addressed = words.has("you") || words.has("you're") || words.has("u");
  if (!addressed || words.has("your") || words.has("ur")) return () => false;
  return (s) => {
    const first = a.tokens[a.tokenIndexAt(s.start)];
    const after = a.tokens[a.tokenIndexAt(s.end)];
    return !!first && first.sentenceStart && !!after && after.kind === "punct" && after.text === "," && after.start === s.end;
  };
}

/**
 * "The surgeon who did my aunt's hip, Mr R. Hale, is...": a name set off by commas after a sentence
 * that opens with a clinician's role renames that clinician (UK surgeons are "Mr" too).
 */
export function appositiveToColleague(a: Analysis, s: Span): boolean {
  const t = a.tokens;
  const i = a.tokenIndexAt(s.start);
  const before = t[i - 1];
  const after = t[a.tokenIndexAt(s.end)];
  if (!before || before.text !== "," || !after || after.text !== "," || after.start !== s.end) return false;
  const opening = a.sentenceTokens(s.start).slice(0, 3);
  return opening.some((x) => x.start < s.start && (COLLEAGUE_WORDS.has(x.stem) || COLLEAGUE_WORDS.has(x.norm)));
}

/** Where a prescription-only medicine or a cosmetic product is named (start offsets). */
function productStarts(a: Analysis): ReadonlySet<number> {
  return a.memo("confidentiality:product-starts", () => new Set([...a.lexicon("prescription-only-medicines"), ...a.lexicon("cosmetic-procedures")].filter((p) => p.data?.category !== "context").map((p) => p.start)));
}

/**
 * "Baby Botox", "Juvederm", "Ozempic": a medicine or a cosmetic product spelt like a name. A name the
 * prescription-only-medicines or cosmetic-procedures lexicon also matches is the product.
 */
export function nameIsProduct(a: Analysis, s: Span): boolean {
  for (const p of a.lexicon("prescription-only-medicines")) if (p.start <= s.start && s.end <= p.end + 1 && p.data?.category !== "context") return true;
  for (const p of a.lexicon("cosmetic-procedures")) if (p.start <= s.start && s.end <= p.end + 1) return true;
  return false;
}

/** "Doris on the ward", "Kevin in bed 4": a bare name is a patient only where the sentence is clinical, and not after a preposition ("poster in May"). */
const NAME_PREPOSITIONS = new Set(["in", "on", "since", "until", "by", "before", "after", "during", "of", "from", "with", "to", "for", "at"]);
/** Prepositions that take a person as readily as a date or a place ("thinking of", "praying for", "sat with"). */
const PERSON_PREPOSITIONS = new Set(["of", "for", "with", "to"]);
/** A capitalised word before one of these is an eponym ("Fraser guidelines", "Glasgow score"), not a person. */
const EPONYM_NEXT = new Set(["guidelines", "guideline", "criteria", "syndrome", "disease", "test", "score", "scale", "sign", "rule", "rules", "law", "method", "protocol", "classification", "competence", "competent", "manoeuvre"]);
function clinicalSentence(a: Analysis, s: Span): boolean {
  const prev = a.wordsBefore(s.start, 1)[0];
  // ("Thinking of Tomos Evans", "prayers for Mary Price": a full name is a person after any preposition)
  if (prev && NAME_PREPOSITIONS.has(prev.norm) && !(s.type === "person-name" && s.data?.surnameKnown === true && PERSON_PREPOSITIONS.has(prev.norm))) return false;
  const next = a.wordsAfter(s.end, 1)[0];
  if (next && ((next.kind === "number" && s.type === "first-name") || EPONYM_NEXT.has(next.norm))) return false;
  // a patient cue or a clinical setting in the sentence, or care said to be someone's ("his
  // potassium", "her bloods"): a public figure in a policy post ("Rishi Sunak said the NHS will get
  // more scanners for cancer") has none of these
  const sentence = a.sentenceOf(s.start);
  return sentencesHaving(a, "confidentiality:cue-sentences", a.of("patient-cue"), (c) => c.confidence >= 0.4).has(sentence) || sentencesHaving(a, "confidentiality:setting-sentences", a.of("clinical-setting"), () => true).has(sentence) ||
    possessedCare(a).has(sentence);
}

/** Sentences with care said to be someone's: "his potassium", "her bloods". */
function possessedCare(a: Analysis): ReadonlySet<number> {
  return a.memo("confidentiality:possessed-care", () => {
    const out = new Set<number>();
    for (const [k, list] of careBins(a)) {
      for (let i = 0; i < list.length && i < MAX_CARE; i++) {
        if (a.wordsBefore(list[i]!.start, 2).some((t) => THIRD_PERSON_POSSESSIVE.has(t.norm))) { out.add(k); break; }
      }
    }
    return out;
  });
}

function nearWords(a: Analysis, s: Span, words: ReadonlySet<string>): boolean {
  for (const t of a.wordsBefore(s.start, 3)) if (words.has(t.norm) || words.has(t.stem)) return true;
  for (const t of a.wordsAfter(s.end, 3)) if (words.has(t.norm) || words.has(t.stem)) return true;
  return false;
}

/** The span lies inside one of the referents (sorted by start): a binary search, not a scan per occupation. */
export function withinReferent(refs: readonly { start: number; end: number }[], s: Span): boolean {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.start <= s.start) lo = mid + 1;
    else hi = mid;
  }
  // referents barely overlap: the last few starting at or before the span are the only candidates
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) if (s.end <= refs[k]!.end) return true;
  return false;
}

/** The best story about one patient in the post, if there is one. */
/** Staff a practice or clinic names as "one of our ...", beyond the shared colleague words. */
const STAFF_PLURALS = new Set(["prescribers", "practitioners", "clinicians", "therapists", "dentists", "hygienists", "optometrists", "opticians", "injectors", "aestheticians", "technicians", "dispensers", "staff", "specialists", "advisers", "advisors", "experts", "pharmacy", "carers", "hcas", "assistants", "dieticians", "dietitians", "podiatrists", "audiologists", "sonographers", "radiographers", "physiotherapists", "vets"]);
/** Words ending in s that are not plural nouns ("one of the most...", "one of his..."). */
const NOT_PLURAL_NOUNS = new Set(["most", "less", "various", "previous", "serious", "famous", "obvious", "his", "its", "this", "us", "was", "is", "has", "does", "as", "plus", "yes", "always", "perhaps", "across", "numerous", "countless", "dangerous", "nervous", "anxious", "precious", "curious", "jealous", "gorgeous", "miscellaneous"]);
/** Plural heads of a partitive that are not people: "one of the commonest cancers", "two of the cases". */
const NOT_PEOPLE = new Set(["cancers", "cases", "conditions", "diseases", "illnesses", "infections", "tumours", "things", "days", "nights", "weeks", "months", "years", "times", "reasons", "ways", "areas", "parts", "types", "kinds", "forms", "causes", "symptoms", "signs", "tests", "drugs", "medicines", "jobs", "questions", "problems", "mistakes", "lessons", "skills", "specialties", "specialities", "places", "hospitals", "wards", "factors", "challenges", "issues", "risks", "pressures", "barriers", "priorities", "benefits", "costs", "outcomes"]);
/** Plural heads that, followed by "of", name causes rather than people ("drivers of demand", "sources of stress"). */
const CAUSE_HEADS = new Set(["drivers", "sources", "predictors", "determinants", "markers", "triggers", "contributors"]);
/** Verbs with which people make their own news public: "announced", "revealed", "went public". */
const ANNOUNCE = new Set(["announced", "announces", "announcing", "revealed", "reveals", "disclosed", "discloses", "went", "goes", "posted", "posts", "shared", "shares", "told", "tells", "spoke", "speaks", "opened", "opens", "confirmed", "confirms"]);
/** Words that make "went", "told", "opened", "spoke" an announcement ("went public", "told fans", "opened up", "spoke publicly"). */
const ANNOUNCE_NEXT = new Set(["public", "publicly", "fans", "followers", "viewers", "listeners", "up", "openly", "out", "on", "online", "that", "her", "his", "their"]);
const ANNOUNCE_ALONE = new Set(["announced", "announces", "announcing", "revealed", "reveals", "disclosed", "discloses"]);
/**
 * "A well-known TV presenter announced this week that she has bowel cancer": someone who made their own
 * diagnosis public, discussed by an author who did not treat them (no clinician's encounter in the post).
 * Their news is theirs to share (¶14 is about the author's patients), and the detail identifies no
 * patient of the author's.
 */
export function announcedOwnNews(a: Analysis, s: { start: number; end: number }): boolean {
  const after = a.wordsAfter(s.end, 3);
  const k = after.findIndex((t) => ANNOUNCE.has(t.norm));
  if (k < 0) return false;
  const verb = after[k]!;
  if (!ANNOUNCE_ALONE.has(verb.norm) && !ANNOUNCE_NEXT.has(a.wordsAfter(verb.end, 1)[0]?.norm ?? "")) return false;
  // ...and the author did not meet them as a clinician ("...and I saw her in clinic the week before")
  return a.lexicon("context-cues", "encounter-verb").length === 0 && !a.has("ward-bed") && !a.of("patient-cue").some((c) => c.confidence >= 0.6 && !a.isNegated(c));
}

/** The author in the first person singular. */
const SELF = new Set(["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "my", "me", "myself"]);
/** Words that bring a patient into a sentence whatever its grammar. */
const PATIENT_NOUNS = new Set(["patient", "patients", "patient's", "pt", "pts",
  // the author as clinician ("my first case", "the first I've seen", "I diagnosed", "your amlodipine")
  "case", "cases", "you", "your", "you're", "seen", "saw", "see", "diagnosed", "diagnose", "treated", "treat", "prescribed", "prescribe", "prescription", "dispensed", "referred", "examined", "admitted", "discharged", "clerked", "operated", "reviewed"]);
/** Patient cues that tell the author acting on someone as their clinician (not a setting: "on the ward", "in clinic"). */
const ACTED_ON = new Set(["i treated", "i delivered", "today i saw", "just saw", "called to see", "clerked", "intubated", "extubated", "diagnosed", "looking after", "came in", "brought in", "brought in by ambulance", "presented with", "admitted with", "rolled in", "in with"]);
/**
 * Sentences about the author alone: first person singular ("I carried on, popping paracetamol",
 * "I've been on sertraline for three years"), with no he/she, no patient word and no referent in them.
 * Care told there is the author's own health, not a patient's, even next to a story about a patient.
 */
export function authorsOwnSentences(a: Analysis, refs: readonly Referent[] = referents(a)): ReadonlySet<number> {
  return a.memo("confidentiality:authors-own", () => {
    const first = new Set<number>();
    const other = new Set<number>();
    for (const r of refs) other.add(r.sentence);
    for (const v of a.lexicon("context-cues", "encounter-verb")) other.add(a.sentenceOf(v.start));
    // "Today I delivered twins on the hard shoulder...", "I intubated him in the car park": the author
    // acting on someone as their clinician is an encounter, whoever else the sentence names
    for (const c of a.of("patient-cue")) if (ACTED_ON.has(String(c.data?.term)) && c.confidence >= 0.4 && !a.isNegated(c)) other.add(a.sentenceOf(c.start));
    for (const t of a.tokens) {
      if (t.kind !== "word") continue;
      if (SELF.has(t.norm)) first.add(t.sentence);
      else if (SINGULAR_PRONOUNS.has(t.norm) || PATIENT_NOUNS.has(t.norm)) other.add(t.sentence);
    }
    for (const s of other) first.delete(s);
    return first;
  });
}

/** Places where the author meets people as a neighbour, not a clinician: "at the school gates", "at parkrun". */
const OFF_DUTY_PLACES = ["parkrun", "gates", "playground", "supermarket", "tesco", "sainsbury's", "asda", "aldi", "lidl", "gym", "checkout", "touchline", "sidelines", "allotment", "allotments"];
/** The author's team ("with us", "we treated her"): care given at work. */
const TEAM_WORDS = ["us", "we", "we've"];
/** Words before a clinical place that invite someone there ("pop in to the surgery", "book in at the practice"): not a visit that happened. */
const INVITING = new Set(["pop", "come", "book", "call", "ring", "phone", "drop", "make", "get"]);
/**
 * Someone the author met off duty ("walked the last 5k at parkrun with a man recovering from a knee
 * replacement", "a mum at the school gates asked about her kid's asthma") tells their own news to a
 * neighbour: no patient's care is being discussed, unless the post says they are a patient ("my
 * patient", "on the ward") or the meeting was in a clinic (a clinical place not merely offered:
 * "pop in to the surgery and we'll talk properly" keeps the boundary).
 */
function metOffDuty(a: Analysis, sentence: number): boolean {
  // ("so proud of how she did in rehab with us": care by the author's team, wherever she was seen since)
  if (!a.hasAnyWord(OFF_DUTY_PLACES) || a.hasAnyWord(TEAM_WORDS)) return false;
  const places = a.sentencesWith("story:off-duty", (t) => OFF_DUTY_PLACES.includes(t.norm));
  let near = false;
  for (let k = sentence - 3; k <= sentence && !near; k++) near = places.has(k);
  if (!near) return false;
  if (a.of("patient-cue").some((c) => c.confidence >= 0.5 && !a.isNegated(c)) || a.has("ward-bed")) return false;
  return !a.of("clinical-setting").some((c) => Math.abs(a.sentenceOf(c.start) - sentence) <= 1 && !a.wordsBefore(c.start, 3).some((w) => INVITING.has(w.norm)));
}

export function patientStory(a: Analysis): Story | undefined {
  return a.memo("confidentiality:story", () => findStory(a));
}

const MAX_CARE = 12;

/** How many kinds of care (a condition, a symptom, a medicine, a test...) the story names. */
function careKinds(care: readonly Span[]): number {
  const seen: string[] = [];
  for (const c of care) {
    const k = c.type === "phrase" ? String(c.data?.category ?? c.lexicon) : c.type;
    if (!seen.includes(k)) seen.push(k);
  }
  return seen.length;
}

function hasCareAfter(bins: Map<number, Span[]>, from: number, to: number): boolean {
  for (let s = from; s <= to; s++) if (bins.has(s)) return true;
  return false;
}

function findStory(a: Analysis): Story | undefined {
  // care first: most posts have none, and then nobody's care is being discussed
  const careBySentence = careBins(a);
  // (a stay that ended, "went home from the NICU", is care told without a care word)
  const outcomes = a.lexicon("care-disclosure", "outcome").length > 0;
  if (careBySentence.size === 0 && !outcomes) return undefined;
  const refs = referents(a);
  if (refs.length === 0) return undefined;
  let info: Encounters | undefined;
  let best: Story | undefined;
  // "no sign of a fracture", "her face lit up", "his tetanus shot": not someone's care (asked once per span)
  const verdicts = new Map<Span, boolean>();
  const usable = (c: Span) => {
    let v = verdicts.get(c);
    if (v === undefined) verdicts.set(c, (v = !(c.type === "condition" && conditionIsModifier(a, c) && !careUnitStay(a, c)) && (c.lexicon !== "care-disclosure" || isSomeonesCare(a, c)) && !a.isNegated(c)));
    return v;
  };
  for (const r of refs) {
    // Care near the referent: its sentence and the next two (stories run over a few sentences), and
    // the one before for a strong referent or when that one tells the encounter ("Diagnosed X today!
    // 17 year old girl..."); the story goes on while the sentences keep talking about him or her.
    // (care anywhere near is asked first: most referents have none, and then nothing else is read)
    if (!careBySentence.has(r.sentence) && !careBySentence.has(r.sentence + 1) && !careBySentence.has(r.sentence + 2) && !careBySentence.has(r.sentence - 1) && !hasCareAfter(careBySentence, r.sentence + 3, r.sentence + 6) && !(outcomes && (stayEnded(a, r.sentence) || bereavement(a, r)))) continue;
    const e = (info ??= encounters(a));
    if (e.habitual.has(r.sentence) || announcedOwnNews(a, r) || metOffDuty(a, r.sentence)) continue;
    const weak = r.strength < 0.5 || r.plain;
    const from = weak && !e.sentences.has(r.sentence - 1) ? r.sentence : r.sentence - 1;
    let to = r.sentence + 2;
    while (e.continues.has(to + 1) && to - r.sentence < 6) to++;
    // (a handful is enough to judge, and a bounded look keeps a 1 MB one-sentence post linear)
    const care: Span[] = [];
    for (let s = from; s <= to && care.length < MAX_CARE; s++) {
      const list = careBySentence.get(s);
      if (!list) continue;
      // in a long sentence, only the care near the referent belongs to its story
      const first = list.length > MAX_CARE ? Math.max(0, firstStartingAt(list, r.start) - MAX_CARE / 2) : 0;
      for (let k = first; k < list.length && care.length < MAX_CARE; k++) {
        const c = list[k]!;
        // (care inside a noun referent is theirs: "a stroke patient", "our youngest transplant patient")
        // (care in a sentence about the author alone is the author's: "I kept working, popping ibuprofen")
        if ((c.end <= r.start || c.start >= r.end || r.kind === "noun") && usable(c) && (s === r.sentence || !authorsOwnSentences(a, refs).has(s))) care.push(c);
      }
    }
    // a bed number used as a person ("Bed 7 keeps...") is a patient located on the ward
    if (r.bed) care.push(r.bed);
    // "Jaxon finally went home from the NICU today": a stay on a unit and its end are someone's care
    if (care.length === 0 && (r.strength >= 0.6 || r.kind === "name")) { const stay = stayEnded(a, r.sentence); if (stay) care.push(stay); }
    // "a lady on my list who hasn't eaten since her son died": a patient's bereavement, told where they are seen as a patient
    if (care.length === 0) { const loss = bereavement(a, r); if (loss) care.push(loss); }
    if (care.length === 0) continue;
    // "a cannula first time on a patient": a bare "a patient" with one task done is the author's
    // day, not the patient's story; it takes an illness, a symptom, a medicine or a second detail
    // (unless the person is who the author met: "Had a lady today who...")
    if (r.bare && care.length < 2 && !care.some((c) => SPECIFIC_CARE.has(c.type) || SPECIFIC_CATEGORIES.has(String(c.data?.category)) || c.lexicon === "prescription-only-medicines") && !MET_VERBS.has(a.wordsBefore(r.start, 1)[0]?.norm ?? "")) continue;
    // Something happened: a time, a clinical verb, a setting, an outcome, a narrated past. A strong
    // referent ("this lady", "Mrs Avery", "Bed 6", "my 3pm") needs none; a plain noun needs one in
    // or next to its own sentence ("Saw a plumber..."), or it is advice about a kind of person.
    const encounter = [...e.kinds];
    const happenedNear = e.sentences.has(r.sentence) || e.sentences.has(r.sentence - 1) || e.sentences.has(r.sentence + 1);
    if (r.plain ? !happenedNear : encounter.length === 0 && r.strength < 0.8) continue;
    // "I once wrote up enoxaparin for a patient...": a lesson from long ago, with no time or place
    if (e.remote && !e.kinds.has("time") && !e.kinds.has("setting")) continue;
    const confidence = Math.min(1, 0.3 + 0.3 * r.strength + 0.12 * Math.min(3, careKinds(care)) + 0.08 * Math.min(3, encounter.length));
    if (!best || confidence > best.confidence) best = { referent: r, care, encounter, confidence };
    if (confidence >= 0.9) break;
  }
  return best;
}
