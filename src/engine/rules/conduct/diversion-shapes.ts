// Diversion of medicines told without a diversion phrase (generalisation pass, dev8). Each shape is
// a grammatical frame around a medicine (or a controlled-drug record) rather than a listed phrase:
//  - a waste word in scare quotes beside a CD record: "the register says 'spilt'" (a falsified record);
//  - the author giving away their own medicine: "gave my flatmate a couple of my diazepam";
//  - a theft verb with a counted medicine: "pocketed two of the lorazepam the man in bay 3 left";
//  - probing whether stock is counted, with a need of the author's: "is the temazepam actually
//    counted? I can't sleep".
// GMC Good medical practice 65; Good practice in prescribing (supply to others, controlled drugs);
// Misuse of Drugs Regulations 2001 (CD register and destruction records).
import type { Analysis } from "../../analysis";
import type { Span } from "../../types";
import type { Token } from "../../text/tokenize";
import { around } from "./substance-cues";
import { FIRST_PERSON, PATIENT_NOUNS, SECOND_PERSON, THIRD_PERSON } from "./util";
import { scareQuoted } from "./scope";

/** Words a wasted or destroyed dose is recorded as; in scare quotes they say the record is false. */
export const WASTE_LIST = ["dropped", "spilt", "spilled", "spillage", "spillages", "smashed", "broken", "wasted", "contaminated", "expired", "lost", "missing", "leaked", "leaking"];
const WASTE = new Set(WASTE_LIST);
/** Controlled-drug records and the words that name them. */
const RECORD = new Set(["register", "registers", "wastage", "cd", "cds", "controlled", "destruction", "drug", "drugs"]);
/** Honest handling: a wasted dose witnessed, reported, investigated; or a warning against the trick. */
const HONEST = new Set(["witnessed", "witness", "datix", "datixed", "reported", "report", "incident", "investigation", "investigated", "audit", "never", "don't", "dont", "shouldn't", "mustn't", "diversion", "fraud", "struck", "suspended", "tribunal", "honestly"]);

/** Advice to the reader: "top tip", "life hack". */
const TIP = new Set(["tip", "tips", "hack", "hacks", "protip", "lifehack", "trick", "tricks"]);

/** Tokens of the span's sentence and the next and previous ones (bounded by `around`). */
function nearby(a: Analysis, at: { start: number; end: number }): Token[] {
  return around(a, at);
}

/**
 * "wastage sheet says 'dropped'", "'spillages' on the CD register are your friend 😉": a waste word in
 * scare quotes with a controlled-drug record or a medicine in its sentence, told by the author or to
 * the reader, with no honest handling in the post.
 */
export function falsifiedWaste(a: Analysis, medicines: readonly Span[]): Token | undefined {
  if (!a.hasAnyWord(WASTE_LIST)) return undefined;
  for (const t of a.tokens) {
    if (t.kind !== "word" || !WASTE.has(t.norm) || !scareQuoted(a, t)) continue;
    const words = nearby(a, t);
    const record = words.some((w) => RECORD.has(w.norm)) || medicines.some((m) => a.sentenceOf(m.start) === t.sentence || a.sentenceOf(m.start) === t.sentence - 1);
    if (!record) continue;
    if (a.tokens.some((w) => HONEST.has(w.norm))) continue;
    // the author's or the reader's record: a first or second person here, or in the post with no one
    // else named here ("she wrote 'dropped' on the register" is someone else's)
    const here = words.some((w) => FIRST_PERSON.has(w.norm) || SECOND_PERSON.has(w.norm) || TIP.has(w.norm));
    const people = here || (!words.some((w) => THIRD_PERSON.has(w.norm)) && a.tokens.some((w) => FIRST_PERSON.has(w.norm) || SECOND_PERSON.has(w.norm)));
    if (!people) continue;
    return t;
  }
  return undefined;
}

/** Verbs of handing something over. */
const GIVE = new Set(["gave", "give", "giving", "given", "handed", "hand", "sold", "sell", "selling", "shared", "share", "sharing", "lent", "lend", "lending", "flogged", "flog", "flogging", "passed", "slipped"]);
export const GIVE_LIST = [...GIVE];
/** Particles that make a give verb mean something else: "gave up", "gave in", "handed back". */
const GIVE_PARTICLE = new Set(["up", "in", "back", "over", "out", "away"]);
const DISPOSAL = new Set(["pharmacy", "chemist", "disposal", "dispose", "destroy", "destruction", "return", "returned", "returning", "bin"]);
const SUBJECT_I = new Set(["i", "i've", "ive", "i'd", "i'll", "we", "we've", "just"]);

/**
 * "Gave my colleague two of my codeine", "sold a few of my diazepam to a mate": the author hands over
 * their own medicine (supply), to someone who is not a patient. The verb is the author's: it opens
 * the sentence or follows "I".
 */
export function givenOwnMedicine(a: Analysis, med: Span): Token | undefined {
  const before = a.wordsBefore(med.start, 8).reverse(); // text order
  if (before.length === 0) return undefined;
  // the medicine is the author's: "my codeine", "of my codeine", "my own codeine"
  const last = before[before.length - 1]!;
  const prev = before[before.length - 2];
  const mine = last.norm === "my" || (last.norm === "own" && prev?.norm === "my");
  if (!mine) return undefined;
  const vi = before.findIndex((t) => GIVE.has(t.norm));
  if (vi < 0) return undefined;
  const verb = before[vi]!;
  if (GIVE_PARTICLE.has(before[vi + 1]?.norm ?? "")) return undefined;
  const subject = vi === 0 ? a.wordsBefore(verb.start, 1)[0] : before[vi - 1];
  if (subject && !SUBJECT_I.has(subject.norm)) return undefined;
  // whom to: between the verb and the medicine, or after it ("to my flatmate"); not a patient
  const between = before.slice(vi + 1);
  const after = a.wordsAfter(med.end, 5);
  if ([...between, ...after].some((t) => PATIENT_NOUNS.has(t.stem) && t.norm !== "guy" && t.norm !== "bloke" && t.norm !== "man" && t.norm !== "woman" && t.norm !== "lady")) return undefined;
  if (around(a, med).some((t) => DISPOSAL.has(t.norm))) return undefined;
  return verb;
}

/** Theft verbs that say taking without leave ("borrowed" a medicine is never returned). */
const THEFT = new Set(["nicked", "pinched", "swiped", "stole", "pocketed", "borrowed", "snaffled", "liberated", "half-inched", "acquired"]);
export const THEFT_LIST = [...THEFT];
/** Care that explains why a medicine was taken: giving it, or taking it for a patient. */
const CARE = new Set(["gave", "given", "administered", "signed", "witnessed", "checked", "countersigned", "returned", "destroyed", "disposed", "recorded", "reported", "datix", "datixed"]);
/** Counted doses: "a couple of the", "two of", "a few", "some". */
const COUNTING = new Set(["couple", "few", "some", "two", "three", "handful", "strip", "box", "pack", "bottle", "vial", "vials", "ampoule", "ampoules", "tablets", "tabs", "pills", "of", "the", "a"]);

/**
 * One of `verbs` done by the author just before a counted medicine ("I pocketed a strip of", "took
 * a couple of the"): the verb, when only counting words stand between it and the medicine and its
 * subject is the author ("me" too when `me` is set) or left out.
 */
function authorsVerbBefore(a: Analysis, med: Span, verbs: ReadonlySet<string>, me: boolean): Token | undefined {
  const before = a.wordsBefore(med.start, 6).reverse(); // text order
  const vi = before.findIndex((t) => verbs.has(t.norm));
  if (vi < 0 || !before.slice(vi + 1).every((t) => COUNTING.has(t.norm) || t.kind === "number")) return undefined;
  const verb = before[vi]!;
  const subject = vi === 0 ? a.wordsBefore(verb.start, 1)[0] : before[vi - 1];
  if (subject && !SUBJECT_I.has(subject.norm) && !(me && subject.norm === "me")) return undefined;
  return verb;
}

/**
 * "Borrowed a couple of the tramadol Mrs X left behind", "I pocketed a strip of diazepam": a theft verb
 * the author does, then a counted medicine, with no patient it was taken for and no care given.
 */
export function stolenMedicine(a: Analysis, med: Span): Token | undefined {
  const verb = authorsVerbBefore(a, med, THEFT, false);
  if (!verb) return undefined;
  const words = around(a, med);
  if (words.some((t) => CARE.has(t.norm))) return undefined;
  // taken for someone: "for the patient in bay 2", "for her"
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.norm !== "for") continue;
    const next = words.slice(i + 1, i + 4);
    if (next.some((t) => PATIENT_NOUNS.has(t.stem) || THIRD_PERSON.has(t.norm))) return undefined;
  }
  return verb;
}

/** Verbs of taking a dose oneself. */
const CONSUME = new Set(["took", "finished", "finishing", "necked", "swallowed", "downed"]);
export const CONSUME_LIST = [...CONSUME];
/** Where a workplace medicine comes from: "from the drug round", "we returned from bay 3", "the patient's room". */
const STOCK_SOURCE = new Set(["round", "trolley", "cupboard", "room", "bay", "bed", "ward", "returns", "pharmacy", "fridge", "stock", "sample", "samples", "leftovers", "cabinet"]);
const STOCK_LINK = new Set(["from", "returned", "out"]);
/**
 * "Took a couple of the diazepam we returned from Mrs T's room", "finishing the oramorph sample from
 * the drug round": the author taking a dose themselves whose source is workplace stock, with no
 * patient it was given to.
 */
export function consumedFromStock(a: Analysis, med: Span): Token | undefined {
  // ("Not me finishing...": the author as "me" too)
  const verb = authorsVerbBefore(a, med, CONSUME, true);
  if (!verb) return undefined;
  const ahead = a.wordsAfter(med.end, 9);
  const link = ahead.findIndex((t) => STOCK_LINK.has(t.norm));
  if (link < 0 || !ahead.slice(link + 1, link + 6).some((t) => STOCK_SOURCE.has(t.norm))) return undefined;
  // given to a patient or handled properly ("took the oramorph from the cupboard and gave it to bay 2")
  const words = around(a, med);
  if (words.some((t) => CARE.has(t.norm) && t.norm !== "returned")) return undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.norm !== "for" && words[i]!.norm !== "to") continue;
    if (words.slice(i + 1, i + 4).some((t) => PATIENT_NOUNS.has(t.stem) || THIRD_PERSON.has(t.norm))) return undefined;
  }
  return verb;
}

/** Words asking whether stock is counted or checked. */
export const COUNT_LIST = ["counted", "counts", "count", "checked", "checks", "check", "audited", "tallied", "notice", "noticed", "miss", "missed"];
const COUNT = new Set(COUNT_LIST);
/** The author's own need that a medicine would meet. */
const NEED = new Set(["sleep", "slept", "sleeping", "asleep", "insomnia", "kip", "nerves", "anxious", "anxiety", "back", "back's", "shoulder", "knee", "neck", "migraine", "pain", "hurting", "aching"]);
const NOBODY = new Set(["nobody", "noone", "no-one"]);
const GUARD = new Set(["audit", "diversion", "risk", "risks", "policy", "safe", "safety", "unsafe", "concern", "concerned", "worried", "worries", "worry", "governance", "training", "learning"]);

/**
 * "Does anyone know if the zopiclone on the ward is actually counted? I haven't slept in days": asking
 * whether a workplace medicine is counted, or saying nobody counts it, beside a need of the author's.
 */
export function probedStock(a: Analysis, med: Span): Token | undefined {
  const words = around(a, med);
  const ci = words.findIndex((t) => COUNT.has(t.norm));
  if (ci < 0) return undefined;
  const question = words.some((t) => t.text === "?");
  const nobody = words.slice(0, ci).some((t) => NOBODY.has(t.norm) || (t.norm === "no" && words[words.indexOf(t) + 1]?.norm === "one"));
  if (!question && !nobody) return undefined;
  if (a.tokens.some((t) => GUARD.has(t.norm))) return undefined;
  // the need is the author's: a first-person word and a need in this sentence or the next two
  const s = a.sentenceOf(med.start);
  let mine = false;
  let need = false;
  for (let i = a.tokenIndexAt(words[0]!.start); i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (t.sentence > s + 2) break;
    if (FIRST_PERSON.has(t.norm)) mine = true;
    if (NEED.has(t.norm)) need = true;
  }
  return mine && need ? words[ci] : undefined;
}

/**
 * "Pro tip: the midazolam wastage never gets checked properly on nights 😉": that a workplace medicine
 * goes unchecked, offered to the reader as a tip, is an invitation to divert it. Not with audit or
 * safety words in the post ("top tip for the audit: the CD book is never checked at weekends, fix it").
 */
const UNCOUNTED = new Set(["never", "rarely", "nobody", "noone", "doesn't", "doesnt", "don't", "dont", "isn't", "isnt", "aren't", "arent", "not", "won't", "wont", "hardly", "ain't"]);
export function stockTip(a: Analysis, med: Span): Token | undefined {
  const words = around(a, med);
  if (!words.some((t) => TIP.has(t.norm))) return undefined;
  const ci = words.findIndex((t) => COUNT.has(t.norm));
  // "never gets checked", "nobody counts", "doesn't get counted", "isn't checked": the count said not to happen
  if (ci < 0 || !words.slice(Math.max(0, ci - 4), ci).some((t) => UNCOUNTED.has(t.norm))) return undefined;
  // "ondansetron doesn't need to be counted": a rule of the CD register, not a gap in it
  if (words.slice(Math.max(0, ci - 4), ci).some((t) => t.norm === "need" || t.norm === "needs" || t.norm === "have" || t.norm === "has")) return undefined;
  if (a.tokens.some((t) => GUARD.has(t.norm))) return undefined;
  return words[ci];
}

/** Verbs of keeping one's own supply topped up ("topping up", "restocking", "raiding"). */
const REFILL = new Set(["topping", "top", "topped", "tops", "stocking", "stocked", "restock", "restocking", "restocked", "replenish", "replenishing", "replenished", "refill", "refilling", "refilled", "raiding", "raid", "raided"]);
const REFILL_LIST = [...REFILL];
/** Medicine stores: named alone ("the pharmacy", "the Pyxis"), or a fridge, cupboard or trolley of drugs. */
const MED_STORE = new Set(["pharmacy", "pyxis", "omnicell", "dispensary"]);
const STORE = new Set(["fridge", "cupboard", "cabinet", "safe", "trolley", "stock", "room", "bag"]);
const STORE_OF = new Set(["drug", "drugs", "cd", "cds", "medicine", "medicines", "meds", "pharmacy", "controlled", "ward", "theatre", "theatres", "resus", "emergency"]);
const OPEN_QUOTE = new Set(["'", "\u2018", '"', "\u201c"]);
const CLOSE_QUOTE = new Set(["'", "\u2019", '"', "\u201d"]);
function medicineStore(words: readonly Token[]): Token | undefined {
  return words.find((w, k) => MED_STORE.has(w.norm) || (STORE.has(w.norm) && words.slice(Math.max(0, k - 2), k).some((p) => STORE_OF.has(p.norm))));
}
/**
 * "topping up my 'sleep kit' from it" (the pharmacy fridge of the sentence before), "restocking my
 * 'vitamins' from the drug cupboard": the author's own supply, named by a euphemism in scare quotes,
 * kept up from a medicine store at work. No medicine need be named: the quotes say the name is not
 * the thing, and the store says what it is. "Topping up my 'survival kit' from the vending machine"
 * has no medicine store and passes.
 */
export function euphemisedStock(a: Analysis): Span | undefined {
  if (!a.hasAnyWord(REFILL_LIST) || !a.words.has("my")) return undefined;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const v = t[i]!;
    if (v.kind !== "word" || !REFILL.has(v.norm)) continue;
    const after = a.wordsAfter(v.end, 10);
    // the author's own ("our 'grab bag'" is the ward's emergency kit, restocked as it should be)
    const my = after.slice(0, 3).findIndex((w) => w.norm === "my");
    if (my < 0) continue;
    // the euphemism: one to three words opened and closed by quotes
    const first = after[my + 1];
    if (!first || !OPEN_QUOTE.has(a.text[first.start - 1] ?? "")) continue;
    const last = after.slice(my + 1, my + 4).find((w) => CLOSE_QUOTE.has(a.text[w.end] ?? ""));
    if (!last) continue;
    const rest = after.slice(after.indexOf(last) + 1);
    const from = rest.findIndex((w, k) => w.norm === "from" || (w.norm === "out" && rest[k + 1]?.norm === "of"));
    if (from < 0 || from > 2) continue;
    const source = rest.slice(from + (rest[from]!.norm === "out" ? 2 : 1), from + 7);
    // the store in the sentence, or "from it/there" with the store in the sentence before
    let store = medicineStore(source);
    if (!store && (source[0]?.norm === "it" || source[0]?.norm === "there" || source[0]?.norm === "them")) {
      const prev = a.sentences[v.sentence - 1];
      if (prev) store = medicineStore(a.sentenceTokens(prev.start).filter((w) => w.kind === "word"));
    }
    if (!store) continue;
    const span: Span = { type: "phrase", start: v.start, end: last.end + 1, text: a.text.slice(v.start, last.end + 1), confidence: 0.75, detector: "euphemised-stock" };
    if (a.isNegated(span) || a.isReported(span)) continue;
    return span;
  }
  return undefined;
}

/** Nouns for a supply written for someone ("my own script", "my mate's prescription", "my repeat"). */
const SCRIPT_NOUNS = new Set(["script", "scripts", "prescription", "prescriptions", "repeat", "repeats", "rx"]);
/** Words that turn a medicine over to the reader: sharing, helping themselves, asking for it. */
const OFFER_WORDS = new Set(["share", "sharing", "yourselves", "yourself", "dm", "pm", "message", "inbox"]);
/** Verbs of handing over after "I can" / "I'll": "I can send you some", "I'll sort you a few". */
const HAND_OVER = new Set(["send", "sort", "drop", "post", "give", "bring", "pass", "spare", "get", "lend"]);
/** Whoever is cared for: the supply is then theirs, not the author's to offer. */
const CARED_FOR = new Set(["patient", "patients", "patient's", "pt", "pts", "client", "clients", "resident", "residents"]);
/** What else is shared: "happy to share my experience / the slides". */
const SHARED_THINGS = new Set(["experience", "experiences", "story", "stories", "tips", "thoughts", "slides", "notes", "journey", "advice", "link", "links", "resources", "details", "views", "template", "templates", "learning"]);
const I_CAN = new Set(["can", "could", "i'll", "ill", "will"]);
const REFUSAL = new Set(["don't", "dont", "never", "not", "shouldn't", "mustn't", "no", "stop", "can't", "cannot", "won't"]);
export const SCRIPT_LIST = [...SCRIPT_NOUNS];

/**
 * "Got loads of X left over from my own script, happy to share", "a few Y from my mate's
 * prescription in my locker, help yourselves", "I can send you some Z, loads left from my own
 * prescription": a medicine from a prescription written for the author (or someone they know),
 * offered to others (GMC prescribing guidance; supply of prescription-only medicines). Reads the
 * medicine's sentence and the next; nothing said to a patient, returned to a pharmacy or refused.
 * Returns the offer word.
 */
export function offeredOwnSupply(a: Analysis, med: Span): Token | undefined {
  const t = a.tokens;
  const at = a.tokenIndexAt(med.start);
  if (at < 0) return undefined;
  const s = t[at]!.sentence;
  let lo = at;
  while (lo > 0 && at - lo < 40 && t[lo - 1]!.sentence >= s) lo--;
  let hi = at;
  while (hi + 1 < t.length && hi - at < 60 && t[hi + 1]!.sentence <= s + 1) hi++;
  let own = false;
  let offer: Token | undefined;
  for (let k = lo; k <= hi; k++) {
    const w = t[k]!;
    if (w.kind !== "word") continue;
    if (CARED_FOR.has(w.stem)) return undefined; // a patient's prescription, or advice about patients
    if (DISPOSAL.has(w.norm)) return undefined;
    // "my own script", "my mate's script", "my repeat prescription": a supply written for someone, not stock
    if (SCRIPT_NOUNS.has(w.norm) && ((t[k - 1]?.norm === "my") || (t[k - 2]?.norm === "my" && t[k - 1]?.kind === "word") || (t[k - 3]?.norm === "my" && t[k - 2]?.norm === "own"))) own = true;
    if (offer) continue;
    const refused = (j: number) => { for (let m = j - 1; m >= lo && m >= j - 3; m--) if (REFUSAL.has(t[m]!.norm)) return true; return false; };
    if (OFFER_WORDS.has(w.norm)) {
      // "help yourselves", "happy to share", "DM me", "I can share"; not "share your experience", "DM me your questions"
      if ((w.norm === "yourselves" || w.norm === "yourself") && t[k - 1]?.norm !== "help") continue;
      if ((w.norm === "share" || w.norm === "sharing") && (SHARED_THINGS.has(t[k + 1]?.norm ?? "") || SHARED_THINGS.has(t[k + 2]?.norm ?? ""))) continue;
      if ((w.norm === "dm" || w.norm === "pm" || w.norm === "message" || w.norm === "inbox") && !(t[k + 1]?.norm === "me" || t[k + 1] === undefined || t[k + 1]!.kind !== "word")) continue;
      if (!refused(k)) offer = w;
    } else if (HAND_OVER.has(w.norm) && I_CAN.has(t[k - 1]?.norm ?? "") && (t[k - 1]!.norm.startsWith("i") || t[k - 2]?.norm === "i" || t[k - 2]?.norm === "we") && SECOND_PERSON.has(t[k + 1]?.norm ?? "")) {
      if (!refused(k)) offer = w;
    }
  }
  return own ? offer : undefined;
}
