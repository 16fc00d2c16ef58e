import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import type { Token } from "../../text/tokenize";
import { aboutPatient, combine, severityFor, SURE } from "../shared";
import { around, authorNear as authorIsSubject, clinicalBesidesWork, clinicalNear as clinicalUse, copingFrame, countedDoses, DOSE_NOUNS, DOSE_VERBS, drugEmoji, dutySpans, emojiAsNoun } from "./substance-cues";
import { offeredOwnSupply, SCRIPT_LIST, consumedFromStock, CONSUME_LIST, COUNT_LIST, euphemisedStock, stockTip, falsifiedWaste, GIVE_LIST, givenOwnMedicine, probedStock, stolenMedicine, THEFT_LIST } from "./diversion-shapes";
import { CLINICAL, FIRST_PERSON, PATIENT_NOUNS, SECOND_PERSON, THIRD_PERSON } from "./util";

const PEOPLE = PATIENT_NOUNS;

/** Verbs of taking a drug; with the author as subject they turn a drug name into self-report. */
const USE_VERBS = new Set(["took", "taking", "take", "smoked", "smoking", "smoke", "snorted", "snorting", "did", "doing", "tried", "try", "had", "having", "popped", "dropped", "bought", "buying", "scored"]);
const TAKE = new Set(["finishing", "finished", "nicked", "pinched", "swiped", "stole", "took", "taken", "grabbed", "pocketed", "borrowed", "helped", "got", "snaffled", "liberated"]);
/** Medicines meant for destruction: nobody takes them from here for a patient. */
const DISPOSAL = new Set(["returns", "returned", "bin", "waste", "destruction", "disposal", "sharps", "denaturing"]);
/** "spare oxycodone", "leftover diazepam": medicines the author has over. */
const SPARE = new Set(["spare", "leftover", "left-over", "surplus", "extra"]);
const FOR_ME = new Set(["my", "me", "myself", "home", "party", "weekend", "flight", "festival", "holiday"]);
const WINK_LIST = ["\ud83e\udd2b", "\ud83d\ude02", "\ud83d\ude09", "\ud83d\ude0f"];
const WORKPLACE = new Set(["list", "lists", "ward", "wards", "cupboard", "theatre", "theatres", "work", "pharmacy", "resus", "department", "trolley", "bin", "returns", "returned", "stock", "unit", "ambulance", "clinic", "surgery", "destruction", "pile", "cabinet", "safe", "fridge", "pyxis", "omnicell"]);
/** Where a medicine is taken from: the workplace, or the drug round ("from the drug round"; "round here" is a place, so only as a source). */
const WORK_SOURCE = new Set([...WORKPLACE, "round", "rounds"]);
/** Workplace stock written before the medicine: "ward stock midazolam", "theatre fentanyl", "CD cupboard oramorph". */
const STOCK_BEFORE = new Set(["stock", "theatre", "theatres", "cupboard", "resus", "ward", "pyxis", "omnicell", "trolley"]);
/** Taking verbs that say theft on their own ("borrowed from ward stock"), unlike "took" or "got" (fetching for a patient). */
const THEFT = new Set(["nicked", "pinched", "swiped", "stole", "pocketed", "borrowed", "snaffled", "liberated", "helped"]);
/** What the medicine does for the author: "works wonders for the nerves", "best sleep aid", "'helps' my back". */
const BENEFIT = new Set(["wonders", "helps", "nerves", "aid", "buzz", "calm", "chill", "relax", "relaxing", "knocks", "sleep", "asleep", "kip", "survival", "survive", "\u{1F634}", "\u{1F60C}"]);
/** Sources of medicines outside any prescription: "off a mate", "off the dark web", "from a guy at the gym". */
const ILLICIT_SOURCE = new Set(["mate", "mates", "friend", "friends", "guy", "bloke", "dealer", "someone", "somebody", "web", "darkweb", "instagram", "telegram", "snapchat", "tiktok", "gym", "internet", "online", "website", "bloke's", "mate's", "friend's"]);
const SOURCE_PREPS = new Set(["off", "from"]);
const SOURCE_WORDS = ["off", "from"];
/** A medicine supplied on a prescription: "on my repeat prescription", "prescribed by my GP". */
const LEGIT = new Set(["prescription", "prescribed", "repeat", "script", "gp", "dispensed"]);
/** Over-ordering so some is left for oneself: "write up a bit extra oramorph... always some left over". */
const EXCESS_VERBS = new Set(["write", "writing", "wrote", "draw", "drawing", "drew", "prescribe", "prescribing", "order", "ordering", "chart", "charting"]);
const EXTRA_WORDS = ["extra", "more", "double"];
const EXTRA = new Set(EXTRA_WORDS);
const LEFTOVER = new Set(["left", "leftover", "leftovers", "spare", "surplus"]);
/** Warning and audit words that make a diversion scheme a caution, not advice. */
const CAUTION = new Set(["risk", "risks", "diversion", "audit", "unsafe", "illegal", "never", "report", "reported", "investigation", "struck"]);
/** Psychedelics named after "microdose of" ("a little microdose of mushrooms"). */
const PSYCHEDELIC = new Set(["mushrooms", "shrooms", "truffles", "acid", "lsd", "psilocybin", "mdma", "ket", "ketamine"]);
/** A medicine that "goes 'missing'" or "walks": a scare-quoted euphemism for taking it. */
const VANISH = new Set(["missing", "disappear", "disappeared", "disappears", "vanish", "vanished", "walk", "walked", "walks", "lost", "waste", "wasted", "expired", "spare"]);
/** Acts of giving care or handling stock properly: the medicine went to a patient or back to pharmacy. */
const CARE_ACTS = new Set(["gave", "given", "administered", "signed", "witnessed", "checked", "countersigned", "drew", "drawn", "returned", "destroyed", "disposed", "recorded", "reported", "datix", "datixed", "counted"]);
/** Someone close whose prescription the author takes: "mum's leftover tramadol", "my flatmate's diazepam". */
const OWNER = new Set(["mum", "mom", "mam", "dad", "mother", "father", "nan", "nana", "gran", "grandma", "grandad", "partner", "wife", "husband", "boyfriend", "girlfriend", "friend", "mate", "flatmate", "housemate", "roommate", "sister", "brother", "neighbour", "neighbor", "colleague", "auntie", "aunt", "uncle", "cousin", "fiance", "fiancee"]);
/** Getting hold of something: "anyone know someone who can get...", "where can I score...". */
const OBTAIN = new Set(["get", "source", "score", "buy", "sort", "supply", "find", "obtain", "order", "grab", "seller", "sellers", "dealer", "dealers", "plug"]);
/** Around a medicine sought: "without the GP faff", "without a prescription", "no script needed": the prescriber avoided on purpose. */
const BYPASSED = new Set(["gp", "gp's", "prescription", "prescriptions", "script", "scripts", "doctor", "doctors", "faff", "questions", "consultation"]);
function bypassed(tokens: readonly { norm: string }[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    if ((n === "without" || n === "no" || n === "minus" || n === "skip" || n === "skipping") && tokens.slice(i + 1, i + 4).some((t) => BYPASSED.has(t.norm))) return true;
  }
  return false;
}
const SEEKING = new Set(["anyone", "anybody", "someone", "somebody", "where", "who"]);
/** Taking a medicine to be disposed of, not for oneself. */
/** Sleep words: a sedative named with them is being taken to sleep. */
const SLEEP = new Set(["nap", "naps", "kip", "snooze", "sleep", "asleep", "zonk", "zonked"]);
/** Cannabis cigarettes: "joint" is also anatomy, so it counts only with a cannabis emoji and a setting. */
const SMOKES = new Set(["joint", "joints", "smoke"]);
/** What follows "smoke" when it is no drug: "a smoke alarm", "the smoke detector". */
const SMOKE_NOT = new Set(["alarm", "alarms", "detector", "detectors", "signal", "signals", "machine", "bomb", "screen", "inhalation", "damage", "free"]);
const DISPOSE_ACTS = new Set(["pharmacy", "chemist", "returned", "return", "returning", "dispose", "disposed", "destroy", "destroyed", "destruction", "bin"]);

// ---- misuse hinted rather than named (generalisation pass, dev4/dev5) ------------------------------

/** "my personal zopiclone supply", "my own diazepam stash": a medicine as the author's private stock. */
const STASH = new Set(["stash", "supply", "stockpile", "reserve", "supplies"]);
/** Where free or workplace stock comes from: the drug rep's samples, "perks of the job". */
const SAMPLES = new Set(["sample", "samples", "rep", "rep's", "reps", "job"]);
function personalStash(a: Analysis, med: Span): Token | undefined {
  const next = a.wordsAfter(med.end, 1)[0];
  if (!next || !STASH.has(next.norm) || !a.wordsBefore(med.start, 3).some((t) => t.norm === "my")) return undefined;
  const tokens = around(a, med);
  if (tokens.some((t) => LEGIT.has(t.norm)) || !tokens.some((t) => WORKPLACE.has(t.norm) || SAMPLES.has(t.norm))) return undefined;
  return next;
}

/** "helping myself to some codeine" with a workplace source anywhere in the sentence ("CD cupboard was open... so I'm helping myself to"). */
function helpingMyself(a: Analysis, med: Span): Token | undefined {
  const before = a.wordsBefore(med.start, 6);
  const at = before.findIndex((t) => t.norm === "myself");
  const verb = at >= 0 ? before[at + 1] : undefined;
  if (!verb || (verb.norm !== "helping" && verb.norm !== "helped" && verb.norm !== "help") || !before.slice(0, at).some((t) => t.norm === "to")) return undefined;
  const tokens = around(a, med);
  return tokens.some((t) => WORKPLACE.has(t.norm) || STOCK_BEFORE.has(t.norm)) && !tokens.some((t) => CARE_ACTS.has(t.norm)) ? verb : undefined;
}

/** A patient's medicine: "the pt's leftover lorazepam", "patients' spare oramorph". */
const PATIENT_OWNER = new Set(["patient", "pt", "patients", "pts"]);
/** Keeping something for later or not letting it go to waste: the author's own use. */
const KEEP = new Set(["later", "afterwards", "wasting", "waste", "keeping", "kept", "saving", "pocketed", "bagged", "mine", "stash"]);
/** Aches a pilfered painkiller is for: "my back's been killing me", "my shoulder is wrecked". */
const ACHES = new Set(["back", "back's", "shoulder", "knee", "neck", "hip", "head", "migraine", "tooth", "wrist", "sleep", "sleeping", "nerves"]);
/** The next words after a span, into the following sentence ("...on the locker. Not letting that go to waste"). */
function wordsAhead(a: Analysis, span: Span, n: number): Token[] {
  const out: Token[] = [];
  const s = a.sentenceOf(span.start);
  for (let i = a.tokenIndexAt(span.end); i < a.tokens.length && out.length < n; i++) {
    const t = a.tokens[i]!;
    if (t.sentence > s + 1) break;
    if (t.kind === "word") out.push(t);
  }
  return out;
}

function ownUseAhead(a: Analysis, med: Span): boolean {
  const ahead = wordsAhead(a, med, 16);
  return ahead.some((t) => KEEP.has(t.norm) || FOR_ME.has(t.norm) || BENEFIT.has(t.norm)) && (ahead.some((t) => FIRST_PERSON.has(t.norm) || ACHES.has(t.norm)) || ahead.some((t) => KEEP.has(t.norm)));
}

/**
 * A patient's leftover medicine kept for the author: "a few of the pt's leftover lorazepam for later",
 * "patient left a box of codeine on the locker. Not letting that go to waste, my shoulder is wrecked".
 */
function patientsLeftover(a: Analysis, med: Span): Token | undefined {
  const before = a.wordsBefore(med.start, 4);
  const owner = before.find((t) => (t.norm.endsWith("'s") || t.norm.endsWith("s'")) && PATIENT_OWNER.has(t.stem));
  const tokens = around(a, med);
  const ahead = wordsAhead(a, med, 16);
  if (tokens.some((t) => DISPOSE_ACTS.has(t.norm) || CARE_ACTS.has(t.norm)) || ahead.some((t) => DISPOSE_ACTS.has(t.norm) || CARE_ACTS.has(t.norm))) return undefined;
  // "...the pt's leftover lorazepam for later": the owner, a leftover word and the author's use
  if (owner && before.some((t) => LEFTOVER.has(t.norm) || SPARE.has(t.norm)) && ownUseAhead(a, med)) return owner;
  // "...left a full box of codeine on the locker. Not letting that go to waste, my shoulder...": a
  // patient left it, and the author keeps it for an ache of their own
  const patient = tokens.find((t) => t.start < med.start && PEOPLE.has(t.stem));
  if (!patient || !tokens.some((t) => t.norm === "left" && t.start < med.start)) return undefined;
  return ahead.some((t) => KEEP.has(t.norm)) && ahead.some((t) => FIRST_PERSON.has(t.norm)) && ahead.some((t) => ACHES.has(t.norm)) ? patient : undefined;
}

/** A dealer: "from my usual guy", "off the plug". */
/** What a figurative high is "on": a feeling, sleep loss, coffee, not a drug. */
const FEELINGS = new Set(["relief", "life", "adrenaline", "caffeine", "sugar", "happiness", "joy", "love", "pride", "success", "excitement", "euphoria", "coffee", "endorphins", "dopamine", "hope", "vibes", "gratitude", "redbull", "energy", "espresso", "nostalgia", "serotonin"]);
function figurativeHigh(a: Analysis, span: Span): boolean {
  const after = a.wordsAfter(span.end, 3);
  const on = after.findIndex((w) => w.norm === "on");
  return on >= 0 && on <= 1 && after.slice(on + 1).some((w) => FEELINGS.has(w.norm));
}
/** "gets me through", "got us through": the author is the one carried through (not "gets them through"). */
function copesSelf(a: Analysis, span: Span): boolean {
  const tokens = around(a, span).filter((t) => t.kind === "word");
  return tokens.some((t, k) => t.norm === "through" && tokens.slice(Math.max(0, k - 3), k).some((x) => x.norm === "me" || x.norm === "us" || x.norm === "myself"));
}
/** A dealer named by the medicine he sells ("my modafinil dealer", "the ket plug"). */
const DEALT_LIST = ["dealer", "dealers", "dealer's", "plug", "supplier"];
const DEALT = new Set(DEALT_LIST);
/** Study and exams: what a stimulant is taken for when it is not a treatment. */
const STUDY_LIST = ["revision", "revising", "exams", "exam", "studying", "cramming", "finals", "osce", "osces", "deadline", "deadlines", "all-nighter", "dissertation"];
const STUDY = new Set(STUDY_LIST);
const STUDY_PREP = new Set(["for", "through", "before", "during", "thru"]);
/** Stimulants promoted as study aids (lexicon terms). */
const STIMULANTS = new Set(["modafinil", "lisdexamfetamine", "methylphenidate", "adderall", "dexamfetamine", "armodafinil"]);
/** Words that make a stimulant a treatment: a diagnosis, a titration, the prescriber. */
const PRESCRIBED_FOR = new Set(["adhd", "diagnosed", "diagnosis", "titration", "titrating", "psychiatrist", "narcolepsy", "dose", "meds", "medication"]);
/** A first-person word in the sentence of `span` or the one before or after. */
function firstPersonNear(a: Analysis, span: Span): boolean {
  const s = a.sentenceOf(span.start);
  const t = a.tokens;
  for (let i = Math.max(0, a.tokenIndexAt(span.start) - 40); i < t.length && i < a.tokenIndexAt(span.start) + 40; i++) if (Math.abs(t[i]!.sentence - s) <= 1 && FIRST_PERSON.has(t[i]!.norm)) return true;
  return false;
}
const DEALER_LIST = ["guy", "dealer", "man", "plug", "connect", "bloke", "fella", "lad"];
const DEALER = new Set(DEALER_LIST);
/** Words one of the hinted-misuse readings needs: a stash, "myself", something left over or left behind. */
const HINT_WORDS = ["stash", "supply", "stockpile", "reserve", "supplies", "myself", "left", "leftover", "leftovers", "spare", "surplus", "left-over"];
const DEALER_MODIFIERS = new Set(["my", "the", "usual", "regular", "local", "trusty", "trusted", "a"]);
const GOT = new Set(["got", "get", "getting", "picked", "grabbed", "bought", "buying", "scored", "sorted", "collected", "ordered", "in"]);
/**
 * "Got the good stuff in from my usual guy ❄️": something unnamed got from a dealer, with a drug emoji
 * saying what it is. The emoji is required: "my usual guy" fixes boilers too.
 */
function fromDealer(a: Analysis): { start: number; end: number } | undefined {
  const t = a.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i]!.norm !== "from" && t[i]!.norm !== "off") continue;
    let k = i + 1;
    while (k < t.length && k - i <= 3 && DEALER_MODIFIERS.has(t[k]!.norm)) k++;
    const dealer = t[k];
    if (!dealer || k === i + 1 || !DEALER.has(dealer.norm) || dealer.sentence !== t[i]!.sentence) continue;
    if (!a.wordsBefore(t[i]!.start, 6).some((w) => GOT.has(w.norm) && w.sentence === t[i]!.sentence)) continue;
    return { start: t[i]!.start, end: dealer.end };
  }
  return undefined;
}

/** A first-person word in the next `n` words from `at` (crossing sentence ends: "...propofol? Asking for... me."). */
function firstPersonAhead(a: Analysis, at: number, n: number): boolean {
  let words = 0;
  for (let i = a.tokenIndexAt(at); i < a.tokens.length && words < n; i++) {
    const t = a.tokens[i]!;
    if (t.kind !== "word") continue;
    words++;
    if (FIRST_PERSON.has(t.norm)) return true;
  }
  return false;
}

/**
 * An on-duty cue, listed or built ("before my admin day", "back in for the 8am list"), in the span's
 * sentence or the next ("...before clinic", "then straight onto nights"); sentences memoised per post.
 */
function atWork(a: Analysis, span: { start: number }): boolean {
  const duty = a.memo("substance-duty-sentences", () => {
    const out = new Set<number>();
    for (const d of dutySpans(a)) if (!a.isNegated(d)) out.add(a.sentenceOf(d.start));
    return out;
  });
  const s = a.sentenceOf(span.start);
  return duty.has(s) || duty.has(s + 1);
}

/** "from", "out of", "off": the word that introduces where a medicine came from. */
function sourcePrep(tokens: readonly { norm: string }[], i: number): boolean {
  const w = tokens[i]!.norm;
  return w === "from" || w === "off" || (w === "out" && tokens[i + 1]?.norm === "of");
}

/** Clinical handling near the span (its sentence and the next dozen words): giving, signing, returning. */
function careNear(a: Analysis, span: { start: number }): boolean {
  if (around(a, span).some((t) => CARE_ACTS.has(t.norm) || CLINICAL.has(t.norm) || PATIENT_NOUNS.has(t.stem))) return true;
  const sentence = a.sentenceOf(span.start);
  let words = 0;
  for (let i = a.tokenIndexAt(span.start); i < a.tokens.length && words < 25; i++) {
    const t = a.tokens[i]!;
    if (t.kind !== "word") continue;
    words++;
    if (t.sentence === sentence) continue;
    if (CARE_ACTS.has(t.norm) || PATIENT_NOUNS.has(t.stem)) return true;
  }
  return false;
}

/** "popped a pill for my migraine": a named condition or medicine in the sentence makes it ordinary medicine-taking. */
function forCondition(a: Analysis, span: { start: number }): boolean {
  return a.inSentence(span, a.of("condition")).length > 0 || a.inSentence(span, a.lexicon("prescription-only-medicines")).length > 0;
}

/** The word is wrapped in quote marks: 'missing'. */
function scare(a: Analysis, t: { start: number; end: number }): boolean {
  const b = a.text[t.start - 1] ?? "";
  const e = a.text[t.end] ?? "";
  return /['\u2018"\u201c]/.test(b) && /['\u2019"\u201d]/.test(e);
}
/** Supply cues that price or wave through a deal ("mates rates", "no questions asked"): an offer of what sits beside them. */
const DEAL = new Set(["rates", "questions"]);
/**
 * A medicine the author offers without "spare" before it: left over from their own treatment ("a few
 * co-codamol left from my op... drop me a message") or named beside a deal ("propranolol, diazepam —
 * message me, mates rates"; "msg me for your next lot of diazepam"). The offer must be in the
 * medicine's sentence or the next, and the medicine a controlled drug or a listed drug name.
 */
function heldOver(a: Analysis, med: Span, offers: readonly Span[]): boolean {
  const s = a.sentenceOf(med.start);
  const near = offers.filter((o) => { const os = a.sentenceOf(o.start); return os === s || os === s + 1; });
  const offer = near[0];
  if (!offer) return false;
  if (med.data?.category !== "controlled-drug" && med.data?.category !== "drug-name") return false;
  // "...left over from my op, should I take it back to the pharmacy?": disposal, not supply
  if (around(a, med).some((t) => DISPOSE_ACTS.has(t.norm))) return false;
  const after = a.wordsAfter(med.end, 3);
  const left = after[0]?.norm === "left" && (after[1]?.norm === "from" || after[1]?.norm === "over");
  const deal = near.some((o) => o.text.split(/\s+/).some((w) => DEAL.has(w.toLowerCase())));
  const forNext = a.wordsBefore(med.start, 4).some((t) => t.norm === "lot" || t.norm === "supply") && a.wordsBefore(med.start, 6).some((t) => t.norm === "for");
  return left || deal || (forNext && offer.start < med.start);
}

/** Words that say a medicine in a diversion phrase is about a patient's supply, not the author's. */
const THIRD = new Set(["he", "she", "they", "his", "her", "their", "patient", "patients", "pt", "son", "daughter", "relative"]);

/** The author takes or took it: a first-person word, or a sentence that opens with a use verb ("Did some ket"). */
function selfReport(a: Analysis, span: Span): boolean {
  if (a.wordsBefore(span.start, 1)[0]?.norm === "on" && span.confidence >= 0.3) return true; // "off my face on ket"
  const tokens = around(a, span).filter((t) => t.kind === "word");
  // "weed is the only thing that gets me through a week of nights": a street drug as the author's way of coping
  if (tokens.some((t) => FIRST_PERSON.has(t.norm))) return span.confidence >= 0.5 || tokens.some((t) => USE_VERBS.has(t.norm)) || (span.confidence >= 0.2 && copingFrame(a, span));
  return tokens[0] !== undefined && USE_VERBS.has(tokens[0].norm);
}

/** The sentence names no one: no first, second or third person and no patient ("MDMA at the festival then nights"). */
function impliedAuthor(a: Analysis, span: Span): boolean {
  return !around(a, span).some((t) => FIRST_PERSON.has(t.norm) || SECOND_PERSON.has(t.norm) || THIRD.has(t.norm) || THIRD_PERSON.has(t.norm) || PEOPLE.has(t.stem));
}

/** Advice to the reader, not a confession: "if you're taking MDMA, test it". */
function advice(a: Analysis, span: Span): boolean {
  const tokens = around(a, span);
  if (tokens.some((t) => FIRST_PERSON.has(t.norm))) return false;
  const before = a.wordsBefore(span.start, 4);
  return before.some((t) => t.norm === "if") && before.some((t) => SECOND_PERSON.has(t.norm));
}

/**
 * Someone else's use: no first person, and a patient or a third person in the sentence. A setting
 * that says where the author works ("back on the wards Monday") is not a patient.
 */
function othersOnly(a: Analysis, span: Span): boolean {
  if (authorIsSubject(a, span)) return false;
  if (around(a, span).some((t) => THIRD.has(t.norm))) return true;
  if (!aboutPatient(a, span)) return false;
  // the only patient cues of the sentence are work settings: look for a patient otherwise
  if (settingCuesOnly(a).has(a.sentenceOf(span.start))) {
    return a.inSentence(span, a.of("ward-bed")).some((w) => w.data?.kind !== "ward") || around(a, span).some((t) => PATIENT_WORDS.has(t.stem));
  }
  return true;
}
const PATIENT_WORDS = new Set(["patient", "patients", "pt", "pts", "client", "clients"]);
const DOSE_VERB_LIST = [...DOSE_VERBS];

/** Sentences whose patient cues are all work settings ("on the wards"), computed once per post. */
function settingCuesOnly(a: Analysis): ReadonlySet<number> {
  return a.memo("substance-setting-cues-only", () => {
    const duties = [...a.lexicon("intoxication", "on-duty")].sort((x, y) => x.start - y.start);
    const starts = new Map<number, Span>();
    for (const d of duties) starts.set(d.start, d);
    const settingOnly = new Map<number, boolean>();
    for (const c of a.of("patient-cue")) {
      if (c.confidence < 0.3) continue;
      const k = a.sentenceOf(c.start);
      // a cue is a setting when a duty phrase covers it (they start together in practice: "on the wards")
      // ...or a longer duty phrase holds it ("back on the ward" holds the cue "on the ward")
      const d = starts.get(c.start);
      const setting = (d !== undefined && c.end <= d.end) || duties.some((x) => x.start <= c.start && c.end <= x.end);
      settingOnly.set(k, (settingOnly.get(k) ?? true) && setting);
    }
    const out = new Set<number>();
    for (const [k, v] of settingOnly) if (v) out.add(k);
    return out;
  });
}

/** Stones the body makes: beside them "stoned" is a pun ("passed a kidney stone... stoned"). */
const STONE_WORDS = ["stone", "stones", "gallstone", "gallstones", "kidney", "renal", "ureteric", "calculus", "calculi", "lithotripsy"];

/**
 * "Not me finishing the oramorph from the drug round": the social-media "not me <doing>" confesses
 * what follows (the author doing it), though a negation opens the sentence.
 */
function notMe(a: Analysis, med: Span): boolean {
  const s = a.sentenceOf(med.start);
  const words = a.wordsBefore(med.start, 8);
  const k = words.findIndex((t) => t.sentence !== s);
  const opening = (k < 0 ? words : words.slice(0, k)).reverse();
  return opening.length >= 3 && opening[0]!.norm === "not" && opening[1]!.norm === "me" && opening[2]!.norm.endsWith("ing");
}

export default defineRule({
  meta: {
    id: "conduct/substance-misuse",
    severity: "error",
    citations: ["gmp:65", "seed-002:professional", "seed-003:seriousness"],
    seriousness: SERIOUSNESS.intoxicated,
    docs: {
      summary: "Illegal drug use and diversion of medicines",
      why: "Good medical practice 65: your conduct must justify patients' and the public's trust. A clinician posting about taking illegal drugs, or about taking medicines from work or prescribing for themselves, describes conduct that is unlawful or a fitness-to-practise matter; the GMC adviser ranks a clinician visibly intoxicated near the top of the seriousness table. Drug names in clinical teaching are a different thing and pass.",
      fix: "Don't post it. If you are struggling with drugs or alcohol, confidential help exists (NHS Practitioner Health in England, the BMA's counselling service). Teach toxicology in clinical language about patients, not yourself.",
      examples: {
        flagged: ["Did a few lines at the festival, still buzzing for my long day tomorrow 😅", "Helped myself to the oramorph after that night shift, needed it"],
        passes: ["Ketamine for procedural sedation: 1-1.5 mg/kg IV, have suction ready. #FOAMed", "Cocaine chest pain: give benzos first, avoid beta-blockers."],
      },
    },
    messages: {
      use: "\"{{term}}\" describes taking illegal drugs.",
      useMaybe: "\"{{term}}\" may read as taking drugs yourself.",
      diversion: "\"{{term}}\" describes taking medicines from work or prescribing for yourself.",
      diversionMaybe: "\"{{term}}\" may read as diverting medicines.",
      supply: "\"{{term}}\" offers medicines to others: supplying prescription or controlled drugs is unlawful.",
      illicit: "\"{{term}}\": getting a prescription-only or controlled medicine without a prescription (from a friend, online) is unlawful and undermines trust in you.",
      othersPrescription: "\"{{term}}\": taking a medicine prescribed to someone else is unlawful and undermines trust in you.",
      obtain: "\"{{term}}\": asking people to get you a prescription or controlled medicine outside a prescription reads as seeking to misuse it.",
      obtainMaybe: "\"{{term}}\": asking people to get a medicine outside a prescription may read as seeking to misuse it.",
    },
  },
  check({ analysis: a, report }) {
    const drugs = a.lexicon("substance-misuse", "drug-name");
    const medicines = [...drugs, ...a.lexicon("prescription-only-medicines")];
    // Every finding below starts from a medicine or drug, a listed use or diversion phrase, a
    // recreational setting or a drug emoji: a post with none of them is done here.
    // "the wastage sheet says 'dropped'", "'spillages' on the CD register are your friend": a falsified
    // record of a destroyed dose (needs no medicine named: the register says what it is)
    const faked = falsifiedWaste(a, medicines);
    if (faked) {
      report({ messageId: "diversion", range: [faked.start, faked.end], data: { term: faked.text }, severity: "error", confidence: 0.75, explanation: { detectors: ["scare quotes", "lexicon:prescription-only-medicines"], notes: ["a waste word in scare quotes beside a controlled-drug record: a falsified record"] } });
      return;
    }
    // "topping up my 'sleep kit' from the pharmacy fridge": a scare-quoted supply of the author's, kept up from a medicine store
    const stocked = euphemisedStock(a);
    if (stocked) {
      report({ messageId: "diversion", range: [stocked.start, stocked.end], data: { term: stocked.text }, severity: "error", confidence: 0.75, explanation: { detectors: ["scare quotes", "medicine store"], notes: ["the author's own supply, named by a euphemism, kept up from a medicine store at work"] } });
      return;
    }
    if (medicines.length === 0 && a.lexicon("substance-misuse", "use-phrase", "diversion").length === 0 && a.lexicon("substance-misuse", "recreation").length === 0 && drugEmoji(a) === 0 && !steroidCue(a)) return;
    const done = new Set<number>(); // sentences already reported
    const wink = a.hasAnyWord(WINK_LIST);
    const emoji = drugEmoji(a);
    // Misuse hinted rather than named: a workplace medicine as the author's stash, helping oneself to
    // it, a patient's leftovers kept for oneself; one finding per post.
    for (const med of a.hasAnyWord(HINT_WORDS) ? medicines : []) {
      if (!a.isAsserted(med)) continue;
      // the patient here owns the medicine; the author is the one keeping it
      const owner = patientsLeftover(a, med);
      const others = owner ? false : othersOnly(a, med);
      const stash = owner || others ? undefined : personalStash(a, med);
      const helping = owner || others || stash ? undefined : helpingMyself(a, med);
      if (!stash && !helping && !owner) continue;
      const start = helping ? helping.start : owner && owner.start < med.start ? owner.start : med.start;
      const end = stash ? stash.end : med.end;
      done.add(a.sentenceOf(med.start));
      report({ messageId: "diversion", range: [start, end], data: { term: a.text.slice(start, end) }, severity: "error", confidence: 0.75, explanation: { detectors: ["lexicon:prescription-only-medicines", "lexicon:substance-misuse"], notes: [stash ? "a medicine kept as the author's own stock" : helping ? "helping oneself to workplace medicines" : "a patient's medicine kept for the author"] } });
      break;
    }
    // "Got the good stuff in from my usual guy ❄️"
    const dealer = emoji > 0 && done.size === 0 && a.hasAnyWord(DEALER_LIST) ? fromDealer(a) : undefined;
    if (dealer && !a.isNegated(dealer as Span) && !a.isReported(dealer as Span)) {
      done.add(a.sentenceOf(dealer.start));
      const confidence = combine(0.45, emoji);
      report({ messageId: "use", range: [dealer.start, dealer.end], data: { term: a.text.slice(dealer.start, dealer.end) }, severity: severityFor(confidence, "error", SURE, 0.45), confidence, explanation: { detectors: ["emoji"], notes: ["something got from a dealer, with a drug emoji"] } });
    }
    // "Nicked a couple of diazepam from the CD cupboard", "Zopiclone from ward stock is the only thing
    // getting me to sleep", "If a few oxy go 'missing' from the destruction pile": a medicine taken
    // (or said to vanish) from a workplace source, for the author.
    for (const med of medicines) {
      const tokens = around(a, med);
      const medAt = tokens.findIndex((t) => t.start >= med.start);
      let take = tokens.findIndex((t) => TAKE.has(t.norm));
      if (take < 0) take = tokens.findIndex((t) => VANISH.has(t.norm) && scare(a, t));
      // the source after the medicine ("from the CD cupboard", "out of a patient's returned meds bag"),
      // or written before it as its stock ("ward stock midazolam", "theatre fentanyl")
      const from = tokens.findIndex((_, i) => sourcePrep(tokens, i) && (take >= 0 ? i > take : i > medAt && i - medAt <= 3) && tokens.slice(i + 1, i + 6).some((w) => WORK_SOURCE.has(w.norm)));
      const stock = from < 0 ? a.wordsBefore(med.start, 2).find((w) => STOCK_BEFORE.has(w.norm)) : undefined;
      if ((from < 0 && !stock) || !a.isAsserted(med) || othersOnly(a, med)) continue;
      // "Got my propranolol from the pharmacy on my repeat prescription": supplied on a prescription
      if ((take < 0 || !THEFT.has(tokens[take]!.norm)) && tokens.some((t) => LEGIT.has(t.norm))) continue;
      // a listed diversion or use phrase in the sentence is reported by its own loop ("Kept the leftover...")
      if (take < 0 && a.inSentence(med, a.lexicon("substance-misuse", "use-phrase", "diversion")).length > 0) continue;
      const source = from >= 0 ? tokens.slice(from + 1, from + 6) : [stock!];
      const after = from >= 0 ? tokens.slice(from + 6) : tokens.slice(medAt + 1);
      // for the author's own use: "for my flight", "for the house party", "took some home", a wink, or
      // from stock meant for destruction ("from the returns bin"); or the author speaks of it (here or
      // just after: "...from the CD cupboard. I've earned it.") with no patient care in sight; or what
      // it does for them ("best sleep aid", "works wonders for the nerves"); or a plain theft verb, or
      // advice to the reader ("Pro tip: propranolol borrowed from ward stock..."), with no care given
      const vanished = take >= 0 && VANISH.has(tokens[take]!.norm);
      const care = careNear(a, med);
      const careGiven = tokens.some((t) => CARE_ACTS.has(t.norm) || (PATIENT_NOUNS.has(t.stem) && !source.includes(t)));
      const theft = take >= 0 && THEFT.has(tokens[take]!.norm);
      const advising = tokens.some((t) => SECOND_PERSON.has(t.norm) || t.norm === "tip");
      const own = tokens.some((t) => FOR_ME.has(t.norm) || BENEFIT.has(t.norm) || BENEFIT.has(t.text)) || wink || vanished || a.inSentence(med, a.lexicon("substance-misuse", "recreation")).length > 0
        || (!care && firstPersonAhead(a, tokens[0]!.start, tokens.filter((t) => t.kind === "word").length + 12)) || ((theft || advising) && !careGiven);
      const disposal = source.some((w) => DISPOSAL.has(w.norm)) && !after.some((t) => t.norm === "destroy" || t.norm === "destruction" || t.norm === "dispose");
      if (!own && !disposal) continue;
      const place = source.find((w) => WORK_SOURCE.has(w.norm) || STOCK_BEFORE.has(w.norm))!;
      const start = Math.min(take >= 0 ? tokens[take]!.start : med.start, med.start, place.start);
      const end = Math.max(med.end, place.end);
      done.add(a.sentenceOf(med.start));
      report({ messageId: "diversion", range: [start, end], data: { term: a.text.slice(start, end) }, severity: "error", confidence: 0.8, explanation: { detectors: ["lexicon:substance-misuse", "lexicon:prescription-only-medicines"], notes: ["taking a medicine from the workplace for oneself"] } });
      break;
    }
    // "2 x modafinil off a mate", "Buying 'study drugs' off the dark web": a medicine or drug got
    // without a prescription, by the author (who is speaking, or no one else is named).
    for (const med of a.hasAnyWord(SOURCE_WORDS) ? medicines : []) {
      if (done.has(a.sentenceOf(med.start))) continue;
      const after = a.wordsAfter(med.end, 4);
      const prep = after.findIndex((w) => SOURCE_PREPS.has(w.norm));
      if (prep < 0 || prep > 1 || !after.slice(prep + 1).some((w) => ILLICIT_SOURCE.has(w.norm))) continue;
      if (!a.isAsserted(med) || othersOnly(a, med) || advice(a, med) || clinicalUse(a, med)) continue;
      const last = after.slice(prep + 1).find((w) => ILLICIT_SOURCE.has(w.norm))!;
      // "off a guy at the gym": the source is a person, but not the one taking it
      if (!authorIsSubject(a, med) && !around(a, med).every((t) => t.start >= after[prep]!.start && t.end <= last.end || !(FIRST_PERSON.has(t.norm) || SECOND_PERSON.has(t.norm) || THIRD.has(t.norm) || THIRD_PERSON.has(t.norm) || PEOPLE.has(t.stem)))) continue;
      done.add(a.sentenceOf(med.start));
      report({ messageId: "illicit", range: [med.start, last.end], data: { term: a.text.slice(med.start, last.end) }, severity: "error", confidence: 0.75, explanation: { detectors: ["lexicon:substance-misuse", "lexicon:prescription-only-medicines"], notes: ["a medicine obtained without a prescription"] } });
      break;
    }
    // "loads left over from my own script, happy to share", "from my mate's prescription... DM me, I
    // can share": a medicine from a prescription written for the author (or someone they know) offered
    // to others is supply, whatever the medicine (one finding per post)
    for (const med of done.size === 0 && a.hasAnyWord(SCRIPT_LIST) ? medicines : []) {
      if (a.isQuoted(med) || !(a.isAsserted(med) || notMe(a, med))) continue;
      const offer = offeredOwnSupply(a, med);
      if (!offer) continue;
      done.add(a.sentenceOf(med.start));
      report({ messageId: "supply", range: [med.start, med.end], data: { term: a.text.slice(med.start, med.end) }, severity: "error", confidence: 0.7, explanation: { detectors: ["lexicon:prescription-only-medicines"], notes: [`a medicine from the author's own (or a friend's) prescription, offered to others ("${offer.text}")`] } });
      break;
    }
    // Diversion told by its grammar: giving away one's own medicine, a theft verb with a counted
    // medicine, asking whether stock is counted beside a need of one's own (one finding per post).
    const give = a.hasAnyWord(GIVE_LIST);
    const theft = a.hasAnyWord(THEFT_LIST);
    const consume = a.hasAnyWord(CONSUME_LIST);
    const probe = a.hasAnyWord(COUNT_LIST);
    for (const med of give || theft || consume || probe ? medicines : []) {
      if (done.size > 0 || a.isQuoted(med)) continue;
      // giving and taking must be asserted; a probe is often negated ("nobody counts the...")
      const asserted = a.isAsserted(med) || notMe(a, med);
      const given = give && asserted ? givenOwnMedicine(a, med) : undefined;
      const stolen = !given && asserted ? (theft ? stolenMedicine(a, med) : undefined) ?? (consume ? consumedFromStock(a, med) : undefined) : undefined;
      const tipped = !given && !stolen && probe ? stockTip(a, med) : undefined;
      const probed = !given && !stolen && !tipped && probe ? probedStock(a, med) : undefined;
      const cue = given ?? stolen ?? tipped ?? probed;
      if (!cue) continue;
      const start = Math.min(cue.start, med.start);
      const end = Math.max(cue.end, med.end);
      done.add(a.sentenceOf(med.start));
      report({ messageId: given ? "supply" : probed ? "diversionMaybe" : "diversion", range: [start, end], data: { term: a.text.slice(start, end) }, severity: probed ? "warning" : "error", confidence: probed ? 0.55 : 0.75, explanation: { detectors: ["lexicon:prescription-only-medicines"], notes: [given ? "the author gives away their own medicine" : stolen ? "a theft verb with a counted medicine" : tipped ? "a tip that workplace stock goes unchecked" : "asking whether workplace stock is counted, beside a need of the author's"] } });
      break;
    }
    // "If you write up a bit extra oramorph for the hospice patients there's always some left over for
    // the rough weeks": over-ordering a medicine so that some is left for oneself.
    for (const med of a.hasAnyWord(EXTRA_WORDS) ? medicines : []) {
      if (done.has(a.sentenceOf(med.start)) || a.isNegated(med)) continue;
      const before = a.wordsBefore(med.start, 5);
      if (!before.some((w) => EXTRA.has(w.norm)) || !before.some((w) => EXCESS_VERBS.has(w.norm))) continue;
      const ahead = a.wordsAfter(med.end, 14);
      const left = ahead.find((w) => LEFTOVER.has(w.norm) && (w.norm !== "left" || ahead[ahead.indexOf(w) + 1]?.norm === "over"));
      if (!left || around(a, med).some((t) => CAUTION.has(t.norm))) continue;
      const verb = before.find((w) => EXCESS_VERBS.has(w.norm))!;
      done.add(a.sentenceOf(med.start));
      report({ messageId: "diversion", range: [verb.start, med.end], data: { term: a.text.slice(verb.start, med.end) }, severity: "error", confidence: 0.75, explanation: { detectors: ["lexicon:prescription-only-medicines"], notes: ["over-ordering a medicine to keep the surplus"] } });
      break;
    }
    // "Wrote myself a quick zopiclone script for the flight", "prescribing myself a little diazepam":
    // the author writing a prescription for themselves (GMC prescribing guidance: avoid prescribing for
    // yourself), whatever the wording between the verb and "myself". A bare "script" may be a talk's, so a
    // medicine must be named in the sentence.
    for (const med of a.hasAnyWord(["myself"]) && a.hasAnyWord(SELF_RX_VERB_LIST) ? medicines : []) {
      if (done.has(a.sentenceOf(med.start)) || !a.isAsserted(med) || a.isQuoted(med)) continue;
      const cue = selfPrescription(a, med);
      if (!cue) continue;
      const start = Math.min(cue.start, med.start);
      const end = Math.max(cue.end, med.end);
      done.add(a.sentenceOf(med.start));
      report({ messageId: "diversion", range: [start, end], data: { term: a.text.slice(start, end) }, severity: "error", confidence: 0.75, explanation: { detectors: ["lexicon:prescription-only-medicines"], notes: ["the author writes a prescription for themselves"] } });
      break;
    }
    // "Took a couple of mum's leftover tramadol before my shift": someone else's prescription, taken by the author.
    for (const med of medicines) {
      if (done.has(a.sentenceOf(med.start)) || !a.isAsserted(med)) continue;
      const owner = a.wordsBefore(med.start, 4).find((t) => t.norm.endsWith("'s") && OWNER.has(t.stem));
      if (!owner) continue;
      const tokens = around(a, med).filter((t) => t.kind === "word");
      const opens = tokens[0] !== undefined && (TAKE.has(tokens[0].norm) || USE_VERBS.has(tokens[0].norm));
      const mine = tokens.some((t) => FIRST_PERSON.has(t.norm)) && tokens.some((t) => TAKE.has(t.norm) || USE_VERBS.has(t.norm));
      if (!(opens || mine) || tokens.some((t) => DISPOSE_ACTS.has(t.norm) || CARE_ACTS.has(t.norm))) continue;
      done.add(a.sentenceOf(med.start));
      report({ messageId: "othersPrescription", range: [owner.start, med.end], data: { term: a.text.slice(owner.start, med.end) }, severity: "error", confidence: 0.75, explanation: { detectors: ["lexicon:prescription-only-medicines"], notes: ["taking a medicine prescribed to someone else"] } });
      break;
    }
    // "Anyone know someone who can get a few vials of propofol? Asking for... me.": seeking medicines
    // outside a prescription, for the author (a question, so a post without "?" has none).
    for (const med of a.words.has("?") ? medicines : []) {
      if (done.has(a.sentenceOf(med.start)) || !a.isAsserted(med)) continue;
      const tokens = around(a, med);
      // "anyone got a spare...?", "has anybody got...": having it, asked of the public, is asking for it
      if (!tokens.some((t) => t.text === "?") || !tokens.some((t) => SEEKING.has(t.norm)) || !tokens.some((t, k) => t.start < med.start && (OBTAIN.has(t.norm) || ((t.norm === "got" || t.norm === "have") && SEEKING.has(tokens[k - 1]?.norm ?? ""))))) continue;
      if (clinicalUse(a, med) || careNear(a, med) || tokens.some((t) => WORKPLACE.has(t.norm))) continue; // "where can our unit get more..." is supply
      // "asking for a friend", "asking for the whole study group": the meme that means the author
      // (after the medicine: "patients keep asking for propranolol" is someone else's request)
      let asking = false;
      if (a.words.has("asking")) {
        const t = a.tokens;
        for (let k = a.tokenIndexAt(med.end), n = 0; k + 1 < t.length && n < 40; k++, n++) {
          if (t[k]!.norm !== "asking" || t[k + 1]!.norm !== "for") continue;
          const next = t[k + 2];
          asking = !next || !medicines.some((m) => m.start <= next.start && next.start < m.end);
          break;
        }
      }
      const forMe = asking || firstPersonAhead(a, tokens[0]!.start, tokens.filter((t) => t.kind === "word").length + 8);
      // the prescriber avoided on purpose ("without the GP faff") says the supply is outside a prescription
      const confidence = combine(0.5, forMe ? 0.4 : 0, bypassed(tokens) ? 0.3 : 0);
      done.add(a.sentenceOf(med.start));
      report({ messageId: forMe ? "obtain" : "obtainMaybe", range: [med.start, med.end], data: { term: med.text }, severity: severityFor(confidence, "error", SURE, 0.45), confidence, explanation: { detectors: ["lexicon:prescription-only-medicines", "lexicon:substance-misuse"], notes: ["asking the public to get a medicine"] } });
      break;
    }
    // "Anyone want some spare oxycodone?": offering spare medicines or drugs to others is supply.
    const offers = a.lexicon("substance-misuse", "supply").filter((s) => a.isAsserted(s));
    if (offers.length > 0) {
      for (const med of medicines) {
        const prev = a.wordsBefore(med.start, 2);
        // "a few co-codamol left from my op", "diazepam ... mates rates": held over by the author, or sold as a deal beside it
        const held = !prev.some((t) => SPARE.has(t.norm)) && heldOver(a, med, offers);
        if ((!prev.some((t) => SPARE.has(t.norm)) && !held) || !a.isAsserted(med) || othersOnly(a, med)) continue;
        const start = held ? med.start : prev.find((t) => SPARE.has(t.norm))!.start;
        done.add(a.sentenceOf(med.start));
        report({ messageId: "supply", range: [start, med.end], data: { term: a.text.slice(start, med.end) }, severity: "error", confidence: combine(0.5, offers[0]!.confidence), explanation: { detectors: ["lexicon:substance-misuse"], context: [{ word: offers[0]!.text, effect: offers[0]!.confidence }] } });
        break;
      }
    }
    // "shared my modafinil dealer's number", "the ket plug": a medicine with a dealer of its own is
    // bought outside any prescription; "elvanse goes hard for revision", "modafinil for finals": a
    // stimulant taken for study, with the author speaking and no prescription, diagnosis or caution near.
    for (const med of a.hasAnyWord(DEALT_LIST) || a.hasAnyWord(STUDY_LIST) ? medicines : []) {
      if (done.has(a.sentenceOf(med.start)) || a.isQuoted(med) || !a.isAsserted(med)) continue;
      const next = a.wordsAfter(med.end, 1)[0];
      const dealt = next !== undefined && DEALT.has(next.norm);
      const tokens = around(a, med);
      // the study is what the medicine is for: after it, behind "for", "through", "before", "during" ("revising pharmacology: modafinil acts on..." is a topic)
      const study = !dealt && STIMULANTS.has(String(med.data?.term)) && tokens.some((t, k) => t.start > med.end && STUDY.has(t.norm) && [tokens[k - 1]?.norm, tokens[k - 2]?.norm].some((p) => p !== undefined && STUDY_PREP.has(p)));
      if (!dealt && !study) continue;
      if (tokens.some((t) => LEGIT.has(t.norm) || CAUTION.has(t.norm) || PRESCRIBED_FOR.has(t.norm)) || clinicalUse(a, med)) continue;
      // the author is in it: speaking here or in the sentence before or after ("...i'm on day 3 of no sleep")
      if (!firstPersonNear(a, med) || (othersOnly(a, med) && !dealt)) continue;
      const end = dealt ? next!.end : med.end;
      done.add(a.sentenceOf(med.start));
      report({ messageId: "illicit", range: [med.start, end], data: { term: a.text.slice(med.start, end) }, severity: "error", confidence: 0.7, explanation: { detectors: ["lexicon:prescription-only-medicines"], notes: [dealt ? "a medicine with its own dealer" : "a stimulant taken for study"] } });
      break;
    }
    for (const span of a.lexicon("substance-misuse", "use-phrase", "diversion")) {
      if (done.has(a.sentenceOf(span.start)) || !a.isAsserted(span) || othersOnly(a, span) || advice(a, span)) continue;
      if (span.data?.category === "use-phrase" && forCondition(a, span)) continue; // "popped a pill for my migraine"
      // "passed a kidney stone at 3am, stoned in the worst way": a pun on the stone, not cannabis
      if (span.data?.term === "stoned" && a.hasAnyWord(STONE_WORDS)) continue;
      // "high as a kite on relief", "high on caffeine and adrenaline": the high named as a feeling, not a drug
      if (span.data?.high && figurativeHigh(a, span)) continue;
      const diversion = span.data?.category === "diversion";
      let confidence = span.confidence;
      // "a little microdose of mushrooms": the drug named right after the phrase
      const named = PSYCHEDELIC.has(a.wordsAfter(span.end, 2).find((w) => w.norm !== "of")?.norm ?? "") && a.wordsAfter(span.end, 1)[0]?.norm === "of";
      if (named || a.inSentence(span, drugs).length > 0 || (diversion && a.inSentence(span, a.lexicon("prescription-only-medicines")).length > 0)) confidence = combine(confidence, 0.3);
      // a clearly worded diversion phrase is not softened by teaching words ("pro tip: ...from a friend's script")
      if (clinicalBesidesWork(a, span) && !authorIsSubject(a, span) && !(diversion && span.confidence >= 0.6)) confidence *= 0.5;
      const work = !diversion && atWork(a, span);
      if (work) confidence = combine(confidence, 0.3); // "microdosing before clinic": drugs and work
      // "Microdosing through exam season 🍄": a drug emoji says which drug, for the author's own use
      if (!diversion && emoji > 0 && (authorIsSubject(a, span) || impliedAuthor(a, span))) confidence = combine(confidence, emoji);
      if (confidence < 0.35) continue;
      const sure = confidence >= 0.6;
      report({
        messageId: diversion ? (sure ? "diversion" : "diversionMaybe") : sure ? "use" : "useMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: severityFor(confidence, "error", SURE, 0.4),
        confidence,
        explanation: { detectors: ["lexicon:substance-misuse"], context: [{ word: "drug name nearby", effect: confidence - span.confidence }, { word: "at work", effect: work ? 0.3 : 0 }] },
      });
    }
    // A drug name is only a problem when the author says they took it ("had some ket at the festival").
    for (const span of drugs) {
      // clinical words beside the drug make it a patient's, unless the author copes with their own work by it
      // ("the only thing that gets me through a week of mental health visits")
      if (done.has(a.sentenceOf(span.start)) || !a.isAsserted(span) || (clinicalBesidesWork(a, span) && !(copesSelf(a, span) && copingFrame(a, span))) || othersOnly(a, span) || advice(a, span)) continue;
      if (a.inSentence(span, a.lexicon("substance-misuse", "use-phrase", "diversion")).length > 0) continue; // reported above
      const self = selfReport(a, span);
      // no subject at all ("MDMA at Boomtown then straight onto nights"): the author, less surely
      const implied = !self && impliedAuthor(a, span);
      const recreation = a.inSentence(span, a.lexicon("substance-misuse", "recreation")).length > 0;
      const work = atWork(a, span);
      // "Nothing a little X can't fix after a week like this": taking it to cope with work
      const cope = copingFrame(a, span);
      // "A little propofol nap in the anaesthetic room": a sedative taken to sleep, at the workplace
      const sleep = around(a, span).some((w) => SLEEP.has(w.norm));
      const atSetting = sleep && a.inSentence(span, a.of("clinical-setting")).length > 0;
      if (!self && !(implied && (recreation || work || emoji > 0 || cope || sleep))) continue;
      const confidence = combine(span.confidence, self ? 0.4 : 0.25, recreation ? 0.25 : 0, work || atSetting ? 0.3 : 0, emoji, cope ? 0.2 : 0, sleep ? 0.3 : 0);
      if (confidence < 0.45) continue;
      report({
        messageId: confidence >= 0.6 ? "use" : "useMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: severityFor(confidence, "error", SURE, 0.45),
        confidence,
        explanation: { detectors: ["lexicon:substance-misuse"], context: [{ word: self ? "first-person use" : "no other subject", effect: self ? 0.4 : 0.25 }, { word: "recreational setting", effect: recreation ? 0.25 : 0 }, { word: "at work", effect: work ? 0.3 : 0 }, { word: "drug emoji", effect: emoji }, { word: "coping with work", effect: cope ? 0.2 : 0 }] },
      });
    }
    // "Eight weeks into my cycle and the gains are wild": an anabolic-steroid cycle of the author's, told
    // by "cycle" owned or entered by the author and a gym result in the post (a menstrual or bike cycle has none).
    for (const j of steroidCue(a) ? a.tokens : []) {
      if (j.kind !== "word" || (j.norm !== "cycle" && j.norm !== "cycles") || done.has(j.sentence)) continue;
      const prev = a.wordsBefore(j.start, 2);
      const mine = prev[0]?.norm === "my" || (prev[0]?.norm === "first" && prev[1]?.norm === "my") || (prev[0]?.norm === "on" && prev[1]?.norm !== "the") || (prev[0]?.norm === "first" && prev[1]?.norm === "first");
      // a course run over time ("weeks into my cycle", "week 8 of my cycle", "on cycle"), not a ride ("my cycle to work")
      const course = prev[0]?.norm === "on" || a.wordsBefore(j.start, 4).some((w) => w.norm === "into" || w.norm === "of" || w.norm === "through");
      if (!mine || !course || CYCLE_NEXT_NOT.has(a.wordsAfter(j.end, 1)[0]?.norm ?? "")) continue;
      const span = { start: (prev[0]!.norm === "first" ? prev[1]! : prev[0]!).start, end: j.end } as Span;
      if (!a.isAsserted(span) || othersOnly(a, span) || advice(a, span)) continue;
      const words = around(a, span).filter((w) => w.kind === "word");
      if (words.some((w) => CYCLE_NOT.has(w.norm)) || !words.some((w) => GYM_RESULT.has(w.norm))) continue;
      const confidence = combine(0.5, 0.25, atWork(a, span) ? 0.3 : 0);
      done.add(j.sentence);
      report({ messageId: confidence >= 0.6 ? "use" : "useMaybe", range: [span.start, span.end], data: { term: a.text.slice(span.start, span.end) }, severity: severityFor(confidence, "error", SURE, 0.45), confidence, explanation: { detectors: ["steroid cycle"], notes: ["the author's own cycle with a gym result: anabolic steroids without a prescription"] } });
      break;
    }
    // "Bit of K at the rave": a street letter for a drug after a quantity word, in a night-out sentence
    // ("a bit of K in the fluids" is potassium: no night out, clinical words beside it).
    for (const j of a.hasAnyWord(STREET_LETTERS_LIST) ? a.tokens : []) {
      if (j.kind !== "word" || !STREET_LETTERS.has(j.norm) || done.has(j.sentence)) continue;
      const before = a.wordsBefore(j.start, 2);
      if (!(before[0]?.norm === "of" ? QUANTITY.has(before[1]?.norm ?? "") : before[0]?.norm === "some")) continue;
      const span = { start: before[0]!.norm === "of" ? before[1]!.start : before[0]!.start, end: j.end } as Span;
      if (a.inSentence(span, a.lexicon("substance-misuse", "recreation")).length === 0) continue;
      if (!a.isAsserted(span) || clinicalBesidesWork(a, span) || othersOnly(a, span)) continue;
      // someone else named in the sentence ("a lad had taken some K") makes it theirs
      if (around(a, span).some((w) => w.sentence === j.sentence && (THIRD.has(w.norm) || THIRD_PERSON.has(w.norm) || PATIENT_NOUNS.has(w.stem) || OTHER_PEOPLE.has(w.norm)))) continue;
      if (!selfReport(a, span) && !impliedAuthor(a, span)) continue;
      const confidence = combine(0.5, 0.25, emoji, atWork(a, span) ? 0.3 : 0);
      done.add(j.sentence);
      report({ messageId: confidence >= 0.6 ? "use" : "useMaybe", range: [span.start, span.end], data: { term: a.text.slice(span.start, span.end) }, severity: severityFor(confidence, "error", SURE, 0.45), confidence, explanation: { detectors: ["street letter"], context: [{ word: "recreational setting", effect: 0.25 }, { word: "drug emoji", effect: emoji }] } });
      break;
    }
    // "Nothing like a joint after a 14 hour shift 🌿": an ambiguous noun made a drug by an emoji and a setting
    if (emoji > 0) {
      for (const j of a.tokens) {
        if (j.kind !== "word" || !SMOKES.has(j.norm) || done.has(j.sentence)) continue;
        const span = { start: j.start, end: j.end } as Span;
        const det = a.wordsBefore(j.start, 1)[0]?.norm;
        if (a.wordsAfter(j.end, 1)[0]?.norm === "of" || SMOKE_NOT.has(a.wordsAfter(j.end, 1)[0]?.norm ?? "")) continue; // "a joint of beef", "a smoke alarm"
        if ((det !== "a" && det !== "the" && det !== "little" && det !== "cheeky") || !a.isAsserted(span) || clinicalUse(a, span) || othersOnly(a, span)) continue;
        if (a.inSentence(span, a.lexicon("substance-misuse", "use-phrase")).length > 0) continue; // "smoked a joint" is reported above
        const recreation = a.inSentence(span, a.lexicon("substance-misuse", "recreation")).length > 0;
        const cope = copingFrame(a, span);
        if (!recreation && !cope && !atWork(a, span)) continue;
        const confidence = combine(0.3, emoji, recreation ? 0.25 : 0, cope ? 0.2 : 0, atWork(a, span) ? 0.3 : 0);
        done.add(j.sentence);
        report({ messageId: confidence >= 0.6 ? "use" : "useMaybe", range: [j.start, j.end], data: { term: j.text }, severity: severityFor(confidence, "error", SURE, 0.45), confidence, explanation: { detectors: ["emoji"], context: [{ word: "drug emoji", effect: emoji }, { word: "coping with work", effect: cope ? 0.2 : 0 }] } });
        break;
      }
    }
    // "Dropped my first pill at Creamfields": a use verb and a dose noun with words between them.
    const recreationAll = a.lexicon("substance-misuse", "recreation");
    const doseVerbs = a.hasAnyWord(DOSE_VERB_LIST);
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const v = t[i]!;
      if (!doseVerbs) break;
      if (v.kind !== "word" || !DOSE_VERBS.has(v.norm) || done.has(v.sentence)) continue;
      let noun: typeof v | undefined;
      for (let k = i + 1, words = 0; k < t.length && words < 4 && t[k]!.sentence === v.sentence; k++) {
        if (t[k]!.kind !== "word") continue;
        words++;
        if (DOSE_NOUNS.has(t[k]!.norm)) { noun = t[k]; break; }
      }
      if (!noun) continue;
      const span = { start: v.start, end: noun.end };
      if (a.isNegated(span) || a.isReported(span) || clinicalUse(a, span) || a.inSentence(span, a.lexicon("substance-misuse", "use-phrase")).length > 0) continue;
      if (forCondition(a, span)) continue;
      const recreation = a.inSentence(span, recreationAll).length > 0;
      if (!recreation && emoji === 0) continue;
      const words = around(a, v).filter((w) => w.kind === "word");
      const self = words.some((w) => FIRST_PERSON.has(w.norm)) || words[0] === v;
      if (!self || words.some((w) => THIRD.has(w.norm) || THIRD_PERSON.has(w.norm))) continue;
      const confidence = combine(0.5, recreation ? 0.25 : 0, emoji, atWork(a, span as Span) ? 0.3 : 0);
      done.add(v.sentence);
      report({ messageId: confidence >= 0.6 ? "use" : "useMaybe", range: [span.start, span.end], data: { term: a.text.slice(span.start, span.end) }, severity: severityFor(confidence, "error", SURE, 0.45), confidence, explanation: { detectors: ["lexicon:substance-misuse"], context: [{ word: "recreational setting", effect: recreation ? 0.25 : 0 }, { word: "drug emoji", effect: emoji }] } });
      break;
    }
    // "Few lines at the afters, back in for the 8am list": a counted dose with no verb, at a night out or
    // just before work, with no one else named.
    for (const span of countedDoses(a)) {
      if (done.has(a.sentenceOf(span.start))) continue;
      // the cheap, indexed signals first: a night out, a shift, a drug emoji
      const recreation = a.inSentence(span, recreationAll).length > 0;
      const work = atWork(a, span);
      if (!recreation && !work && emoji === 0) continue;
      if (!a.isAsserted(span) || clinicalBesidesWork(a, span) || othersOnly(a, span) || forCondition(a, span)) continue;
      if (a.inSentence(span, a.lexicon("substance-misuse", "use-phrase")).some((u) => u.start < span.end && span.start < u.end)) continue; // "did a few lines" is reported above
      if (!authorIsSubject(a, span) && !impliedAuthor(a, span)) continue;
      const confidence = combine(0.4, recreation ? 0.25 : 0, work ? 0.3 : 0, emoji);
      if (confidence < 0.45) continue;
      done.add(a.sentenceOf(span.start));
      report({ messageId: confidence >= 0.6 ? "use" : "useMaybe", range: [span.start, span.end], data: { term: span.text }, severity: severityFor(confidence, "error", SURE, 0.45), confidence, explanation: { detectors: ["counted dose"], context: [{ word: "recreational setting", effect: recreation ? 0.25 : 0 }, { word: "at work", effect: work ? 0.3 : 0 }, { word: "drug emoji", effect: emoji }] } });
      break;
    }
    // "Weekend plans: bit of ❄️, big night out": a drug emoji used as a noun, with a night out.
    const noun = emojiAsNoun(a);
    if (noun && !done.has(noun.sentence)) {
      const at = { start: noun.start, end: noun.end } as Span;
      const recreation = a.inSentence(at, recreationAll).length > 0;
      const work = atWork(a, at);
      if (recreation && !othersOnly(a, at)) {
        const confidence = combine(0.45, recreation ? 0.25 : 0, work ? 0.3 : 0, impliedAuthor(a, at) || authorIsSubject(a, at) ? 0.2 : 0);
        const start = a.wordsBefore(noun.start, 2).find((w) => w.norm === "bit" || w.norm === "some" || w.norm === "little" || w.norm === "cheeky")?.start ?? noun.start;
        const end = a.text.charCodeAt(noun.end) === 0xfe0f ? noun.end + 1 : noun.end;
        report({ messageId: confidence >= 0.6 ? "use" : "useMaybe", range: [start, end], data: { term: a.text.slice(start, end) }, severity: severityFor(confidence, "error", SURE, 0.45), confidence, explanation: { detectors: ["emoji"], context: [{ word: "recreational setting", effect: recreation ? 0.25 : 0 }, { word: "at work", effect: work ? 0.3 : 0 }] } });
      }
    }
  },
});

/** Verbs of writing or issuing a prescription. */
const SELF_RX_VERB_LIST = ["wrote", "written", "write", "writing", "writes", "prescribed", "prescribe", "prescribing", "issued", "issuing", "printed", "knocked", "rustled", "whipped"];
const SELF_RX_VERB = new Set(SELF_RX_VERB_LIST);
/** Words naming the prescription itself; "prescribe" verbs need none. */
const RX_NOUN = new Set(["script", "scripts", "prescription", "prescriptions", "rx", "scrip", "fp10", "private"]);
const PRESCRIBE = new Set(["prescribed", "prescribe", "prescribing"]);
/** Reported or warned-against: "told not to", "never", "you shouldn't". */
const SELF_RX_GUARD = new Set(["never", "not", "don't", "dont", "shouldn't", "shouldnt", "mustn't", "can't", "cant", "wouldn't", "avoid", "temptation", "tempted", "gmc", "guidance"]);
/**
 * A writing or prescribing verb of the author's followed within four words by "myself" (or "me", as in
 * "wrote me a script", only after "I"), in the sentence of a named medicine, with a prescription word
 * in the sentence unless the verb is "prescribe" itself: the author's own prescription.
 */
function selfPrescription(a: Analysis, med: Span): Token | undefined {
  const words = a.sentenceTokens(med.start).filter((t) => t.kind === "word");
  if (words.some((t) => SELF_RX_GUARD.has(t.norm))) return undefined;
  for (let i = 0; i < words.length; i++) {
    const v = words[i]!;
    if (!SELF_RX_VERB.has(v.norm)) continue;
    const self = words.slice(i + 1, i + 5).find((t) => t.norm === "myself");
    if (!self) continue;
    // the medicine is what is prescribed: "prescribed myself [some] zopiclone", "wrote myself a
    // [quick] diazepam script", "a script for diazepam" (not "a script for the talk about diazepam")
    const ahead = words.slice(words.indexOf(self) + 1, words.indexOf(self) + 8);
    const medAt = ahead.findIndex((t) => t.start >= med.start && t.end <= med.end);
    if (medAt < 0) continue;
    if (PRESCRIBE.has(v.norm) && medAt <= 3) return v;
    const rx = ahead.findIndex((t) => RX_NOUN.has(t.norm) && t.norm !== "private");
    if (rx >= 0 && (medAt < rx || (medAt - rx <= 2 && ahead[rx + 1]?.norm === "for"))) return v;
  }
  return undefined;
}

/** Single-letter street names (FRANK: "K" for ketamine, "MD" for MDMA), drugs only after a quantity word. */
const STREET_LETTERS_LIST = ["k", "md"];
const STREET_LETTERS = new Set(STREET_LETTERS_LIST);
const OTHER_PEOPLE = new Set(["lad", "lads", "guy", "guys", "man", "men", "woman", "women", "girl", "girls", "bloke", "someone", "somebody", "people", "kid", "kids", "teenager", "teenagers", "punter", "punters"]);
const QUANTITY = new Set(["bit", "gram", "bag", "baggie", "bump", "line", "dab", "key", "pinch"]);

/** Gym results that make "my cycle" a steroid cycle. */
const GYM_RESULT_LIST = ["gains", "bulk", "bulking", "shredded", "swole", "pinning", "jabs", "tren", "sarms", "blast", "cruise", "cruising", "pct", "dbol", "test"];
const GYM_RESULT = new Set(GYM_RESULT_LIST);
/** Other cycles: menstrual, sleep, bikes, IVF, chemotherapy, training blocks. */
const CYCLE_NOT = new Set(["period", "periods", "bloating", "bloated", "cramps", "pms", "pmt", "spotting", "menstrual", "ivf", "chemo", "chemotherapy", "bike", "ride", "riding", "sleep", "ovulation", "luteal", "follicular", "pill", "contraceptive", "fertility", "embryo", "news", "rota"]);
const steroidCue = (a: Analysis) => a.hasAnyWord(["cycle", "cycles"]) && a.hasAnyWord(GYM_RESULT_LIST);
const CYCLE_NEXT_NOT = new Set(["to", "home", "ride", "route", "path", "lane", "helmet", "in", "commute"]);
