import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import type { Token } from "../../text/tokenize";
import { cautionary, promotion } from "../advertising/promotion";
import { combine } from "../shared";
import { framedSentences, SUPPLY_OBJECTS, supplyCues, WRITTEN_FOR_READER } from "./supply";
import { startsAt } from "../advertising/span-index";
import { offeredOwnSupply, SCRIPT_LIST } from "../conduct/diversion-shapes";

/**
 * "loads of X left over from my own script, happy to share", "a few Y from my own prescription in my
 * locker, help yourselves": a medicine prescribed for the author (or someone they know) handed on to
 * readers, who get it without any consultation (conduct/diversion-shapes.ts reads the shape).
 */
function ownScriptShared(a: Analysis): { span: Span; confidence: number; messageId: string; med: number }[] {
  for (const med of a.lexicon("prescription-only-medicines")) {
    if (a.isQuoted(med) || a.isNegated(med)) continue;
    const offer = offeredOwnSupply(a, med);
    if (!offer) continue;
    const span: Span = { type: "phrase", start: med.start, end: med.end, text: a.text.slice(med.start, med.end), confidence: 0.7, detector: "remote-own-script", data: { category: "offer" } };
    return [{ span, confidence: 0.7 * (1 - 0.75 * cautionary(a, span)), messageId: "offer", med: 0.85 }];
  }
  return [];
}
/** Verbs of handing a medicine over in person ("drop", "leave", "deliver", "bring"): an offer only with a counted medicine. */
const HAND_OVER = new Set(["drop", "leave", "deliver", "bring"]);
/** Counting words before a medicine: "a few", "some", "a pack of", "a course of". */
const COUNTED = new Set(["some", "few", "couple", "pack", "box", "strip", "course", "bottle", "tube", "packet", "spare"]);
const COUNT_FILLER = new Set(["you", "u", "ya", "round", "over", "off", "a", "of", "the", "your"]);
/** From word `from`, only "you", articles and counting words, with at least one counting word, until a prescription-only medicine starts. */
function countedMedicineAfter(a: Analysis, words: readonly Token[], from: number): boolean {
  const poms = startsAt(a.lexicon("prescription-only-medicines"));
  let counted = false;
  for (let k = from; k < words.length && k < from + 6; k++) {
    const w = words[k]!;
    // ("some of the amoxicillin leaflets": the medicine names a document)
    if (poms.has(w.start)) return counted && !DOCUMENT.has(a.wordsAfter(poms.get(w.start)!.end, 1)[0]?.norm ?? "");
    if (COUNTED.has(w.norm) || w.kind === "number") counted = true;
    else if (!COUNT_FILLER.has(w.norm)) return false;
  }
  return false;
}
/** Words for what would be supplied; a prescription-only medicine's name counts too. */
const MEDICINE_WORDS = SUPPLY_OBJECTS;
const MEDICINE_LIST = [...SUPPLY_OBJECTS, "dose", "repeat", "repeats", "pharmacy", "chemist", "note", "notes"];
/** Where a prescription is sent: "I'll send it to the chemist" issues one, whatever "it" is. */
const PHARMACY = new Set(["pharmacy", "chemist", "chemists", "pharmacist"]);
/** "your repeat(s)", "my repeats": a repeat prescription named by its short form. */
const REPEAT = new Set(["repeat", "repeats"]);
const HOLDER = new Set(["your", "my", "their", "ur"]);
/** "sick note", "fit note": a certificate, which like a prescription needs an assessment first. */
function certificateAt(a: Analysis, i: number): boolean {
  const w = a.tokens[i]!.norm;
  const prev = a.tokens[i - 1]?.norm;
  return (w === "note" || w === "notes") && (prev === "sick" || prev === "fit");
}
/** Walk-in services: "no appointment needed" there is about booking, not about skipping an assessment. */
const WALK_IN = new Set(["walkin", "walkins", "walk-ins", "walk-in"]);
/** "walk-ins", "drop-in" (the tokenizer splits at the hyphen: "walk", "-", "ins"). */
function walkIn(a: Analysis, sentence: number): boolean {
  return a.memo("remote-walk-in", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.norm;
      if (WALK_IN.has(w) || ((w === "ins" || w === "in") && t[i - 1]?.text === "-" && (t[i - 2]?.norm === "walk" || t[i - 2]?.norm === "drop"))) out.add(t[i]!.sentence);
    }
    return out;
  }).has(sentence);
}
/** Verbs of supplying, including sending by private message ("I'll DM you a ... prescription"). */
/** A participle after "get" makes it passive: "I get asked", "I got told". */
const PASSIVE = /^(?:\w+ed|told|sent|given|shown|paid|made|taken|caught)$/;
/** Verbs of asking before "if": "asked me if I...", "wonders if I...". */
/** Question words after "get" that make it "understand": "I get why", "I get how hard it is". */
const UNDERSTOOD = new Set(["why", "what", "how", "that", "where", "when", "who", "it"]);
const ASKED = new Set(["asked", "asks", "ask", "asking", "wondered", "wonders", "wonder", "know"]);
/** ("drop", "leave", "deliver", "bring": a medicine handed over in person outside any consultation, "I'll drop a few X through your letterbox", "I'll leave a pack of Y behind the bar") */
const SUPPLY_VERBS = new Set(["prescribe", "send", "write", "post", "sort", "do", "get", "pop", "dm", "message", "text", "email", "whatsapp", "courier", "inbox", "drop", "leave", "deliver", "bring"]);
const SELF = new Set(["i", "i'll", "ill", "we", "we'll", "i'd"]);
const ADDRESSEE_LIST = ["you", "your", "yours", "u", "ur", "anyone", "dm", "pm", "message", "comment", "inbox", "whatsapp", "text"];
/** Words before a consultation that pass it over: "rather than a consult", "instead of an assessment", "skip the review". */
const PASSED_OVER = new Set(["rather", "instead", "without", "skip", "skipping", "no", "bypass", "avoid"]);
/** A proper assessment is promised: an offer to prescribe after it is ordinary practice. */
const PROPER_PROCESS = new Set(["consultation", "consultations", "consult", "consults", "examination", "examinations", "assessment", "assessments", "assess", "examine", "review", "f2f"]);
/** "happy to send you", "glad to sort you": an offer opener when the author speaks in the first person. */
const WILLING = new Set(["happy", "glad", "willing"]);
/** Private channels named after "via", "over", "by", "on" ("sorted via Facebook Messenger", "scripts over WhatsApp"). */
const CHANNEL_NAMES = new Set(["messenger", "whatsapp", "dm", "dms", "instagram", "snapchat", "telegram", "text", "texts", "inbox", "pm", "pms", "signal", "facebook"]);
const CHANNEL_LIST = [...CHANNEL_NAMES];
const VIA = new Set(["via", "over", "by", "on", "through", "thru"]);
/** A reader's need ("Need Mounjaro?", "if anyone needs a script for diazepam"). */
const NEED = new Set(["need", "needs", "needing", "want", "wants"]);
/** A channel to the author personally ("message me", "drop me a message", "just shout"), not to a practice ("message us"). */
const TO_ME = /\bme\b|\bshout\b/i;
/** Verbs of changing someone's treatment: "I tweak her insulin by DM", "adjust your dose over WhatsApp". */
const ADJUST = new Set(["tweak", "tweaks", "tweaking", "adjust", "adjusts", "adjusting", "titrate", "titrating", "change", "changing", "increase", "increasing", "reduce", "reducing", "alter", "altering", "tweaked", "adjusted", "changed", "increased", "reduced"]);
const ADJUST_LIST = [...ADJUST];
/**
 * Medicines no list names, by the WHO international nonproprietary name stem they end in
 * ("naproxen", "sertraline", "amlodipine", "ramipril"): read only where an offer's other parts (a
 * reader's need and a channel to the author) are already there.
 */
const INN_STEM = /(?:profen|proxen|cillin|mycin|cycline|oxacin|azepam|azolam|olol|sartan|statin|triptan|prazole|gliptin|gliflozin|glutide|setron|afil|oxetine|traline|pramine|triptyline|codone|opril|ipril|semide|thiazide|olone|zepine|dipine|peridol|apine|oxone|tidine|fenac|coxib|vudine|clovir)$/;
const drugShaped = (t: { kind: string; norm: string }) => t.kind === "word" && t.norm.length >= 7 && INN_STEM.test(t.norm);
const WHOSE = new Set(["her", "his", "their", "your", "ur"]);
/** What an adjusting verb changes when it is a treatment: "her insulin", "your dose", "his warfarin". */
function adjustedTreatment(a: Analysis, i: number): boolean {
  const t = a.tokens;
  return WHOSE.has(t[i - 1]?.norm ?? "") && ADJUST.has(t[i - 2]?.norm ?? "") && t[i - 2]!.sentence === t[i]!.sentence && t[i]!.kind === "word" && t[i]!.norm.length > 2;
}
/** A price put on what is supplied: "mates rates", "£20 a box", "a tenner each". */
const PRICE = new Set(["rates", "quid", "tenner", "fiver", "fee", "fees", "paypal", "venmo", "cashapp", "monzo"]);
/** Words between "write you" and what is written: "write u up something", "write you a quick one". */
const WRITE_FILLER = new Set(["up", "a", "an", "the", "something", "quick", "proper", "one", "out", "some"]);
/** Documents an author sends readers: not a medicine supplied. */
const DOCUMENT = new Set(["leaflet", "leaflets", "link", "links", "slides", "letter", "letters", "summary", "info", "information", "guide", "guidance", "form", "forms", "details", "reminder", "reminders", "invite", "invitation", "poster", "video", "recording", "notes"]);
/** What to take, named as a dose: "the dose", "the dosing protocol", "your dosage". */
const DOSE = new Set(["dose", "doses", "dosing", "dosage", "dosages"]);
/** Sentences with a sale term ("mates rates", "a tenner", "£20"), once per post. */
function priced(a: Analysis): ReadonlySet<number> {
  return a.memo("remote-price", () => {
    const out = new Set<number>();
    const tokens = a.tokens;
    for (let k = 0; k < tokens.length; k++) if (PRICE.has(tokens[k]!.norm) || (tokens[k]!.text === "£" && tokens[k + 1]?.kind === "number")) out.add(tokens[k]!.sentence);
    return out;
  });
}
/** The reader's own doctor refusing: "if your GP won't start one", "GP says no", "doctor refused". */
const OWN_DOCTOR = new Set(["gp", "doctor", "doc", "psychiatrist", "consultant", "practice", "surgery"]);
const REFUSES = new Set(["won't", "wont", "can't", "cant", "refuses", "refused", "refuse", "wouldn't", "didn't", "isn't", "doesn't", "no", "not"]);
/** Subjects that make "happy to" someone else's willingness ("she's happy to", "they were glad to"). */
const OTHER_SUBJECT = new Set(["he", "she", "they", "he's", "she's", "they're", "you", "you're", "it", "it's"]);
/** Words that make a sentence a warning or a condition rather than an offer. */
const WARNING_FRAME = new Set(["if", "never", "avoid", "beware", "wary", "careful", "unsafe", "dangerous", "illegal", "scam", "scams", "warning"]);
const WARNING_NOT_IF = new Set([...WARNING_FRAME].filter((w) => w !== "if"));
/** Asking for something: "people who ask us to just give them antibiotics", "messages asking for prescriptions". */
const REQUEST = new Set(["ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting", "beg", "begging", "demand", "demanding", "demands"]);
/** Words before a request verb that make it the reader being told to ask ("just ask for...", "please ask us"). */
const IMPERATIVE_LEAD = new Set(["just", "simply", "please", "and", "or", "then", "so", "you", "u"]);
/** Trading verbs that, after someone else, describe a market rather than the author's offer ("people buying pens online"). */
const TRADE = new Set(["buying", "bought", "buy", "buys", "ordering", "ordered", "selling", "sold", "sells", "offering", "supplying", "getting"]);
const OTHERS = new Set(["people", "patients", "someone", "somebody", "anyone", "anybody", "folk", "folks", "clients", "customers", "they", "sellers", "websites", "sites", "accounts", "influencers", "salons", "pharmacies", "companies", "others", "who"]);
/**
 * The cue describes what others ask for or trade, not what the author offers: a request verb with a
 * subject before it ("people who ask us to 'just give' them antibiotics without seeing the doctor",
 * "messages asking for prescriptions via Instagram"), or someone else buying or selling ("people
 * buying pens online with no assessment", "anyone selling pens by DM"). Bounded: twelve words back.
 */
function othersTrade(a: Analysis, span: { start: number }): boolean {
  // nearest first; the author's own subject in between ("asking about his meds so I just sorted it
  // over Messenger", "... our pharmacy sends them over") makes the cue the author's act
  const before = a.wordsBefore(span.start, 12);
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!;
    if (AUTHOR_SUBJECT.has(w.norm)) return false;
    // "for anyone who asks": the request is the condition of an offer
    if (REQUEST.has(w.norm) && before[k + 1]?.norm === "who" && ALL_COMERS.has(before[k + 2]?.norm ?? "")) return false;
    if (REQUEST.has(w.norm) && k + 1 < before.length && !IMPERATIVE_LEAD.has(before[k + 1]!.norm)) return true;
    if (TRADE.has(w.norm) && before.slice(k + 1, k + 4).some((x) => OTHERS.has(x.norm))) return true;
  }
  return false;
}
const ALL_COMERS = new Set(["anyone", "anybody", "everyone", "everybody", "whoever"]);
const AUTHOR_SUBJECT = new Set(["our", "i", "i'll", "i've", "i'm", "i'd", "we", "we'll", "we've", "we're", "we'd", "ill", "ive", "im"]);
/** (informal register: "u", "ur", "ya" address the reader as "you", "your" do) */
const PERSON = new Set(["i", "i'll", "i'm", "we", "we'll", "we're", "you", "your", "me", "us", "my", "our", "u", "ur", "ya", "yours"]);

/** The strongest prescription-only medicine named anywhere in the post, 0..1 (as medicineNear scores it). */
function postMedicineStrength(a: Analysis): number {
  let v = 0;
  for (const p of a.lexicon("prescription-only-medicines")) if (!a.isNegated(p)) v = Math.max(v, Math.min(1, p.confidence + 0.35));
  return v;
}

/** How strongly something to be supplied is named near `span` (same sentence), 0..1; and how near. */
function medicineNear(a: Analysis, span: Span): { strength: number; adjacent: boolean } {
  const bySentence = medicineBySentence(a);
  const strength = bySentence.get(a.sentenceOf(span.start)) ?? 0;
  const poms = startsAt(a.lexicon("prescription-only-medicines"));
  const adjacent = a.wordsAfter(span.end, 3).some((t) => MEDICINE_WORDS.has(t.norm) || (poms.has(t.start) && !a.isNegated(poms.get(t.start)!)));
  return { strength, adjacent };
}

/** Per-sentence strongest medicine named, 0..1, computed once per post, so each look-up is cheap. */
function medicineBySentence(a: Analysis): Map<number, number> {
  return a.memo("remote-medicine-strength", () => {
    const m = new Map<number, number>();
    const put = (k: number, v: number) => m.set(k, Math.max(m.get(k) ?? 0, v));
    for (const p of a.lexicon("prescription-only-medicines")) if (!a.isNegated(p)) put(a.sentenceOf(p.start), Math.min(1, p.confidence + 0.35));
    // "your results letter, not medicines": a negated medicine word names nothing supplied
    for (let i = 0; i < a.tokens.length; i++) {
      const t = a.tokens[i]!;
      // "your repeat", and "if you need a repeat": a repeat prescription asked for
      const repeat = REPEAT.has(t.norm) && (HOLDER.has(a.tokens[i - 1]?.norm ?? "") || (a.tokens[i - 1]?.norm === "a" && NEED.has(a.tokens[i - 2]?.norm ?? "")));
      if ((MEDICINE_WORDS.has(t.norm) || repeat || certificateAt(a, i)) && !a.isNegated(t)) put(t.sentence, 0.85);
    }
    return m;
  });
}

/**
 * A medicine named in this sentence or the one either side. An offer whose own words name nothing
 * ("we'll send a letter", "I send patients to them") borrows its object only from this neighbourhood:
 * in a long post a medicine three paragraphs away is not what "we do" offers.
 */
function medicineAround(a: Analysis, sentence: number, inn = false): boolean {
  // the same evidence as `postMedicine` (a prescription-only medicine, or a word of MEDICINE_LIST), by sentence
  const m = a.memo(inn ? "remote-medicine-sentences-inn" : "remote-medicine-sentences", () => {
    const out = new Set<number>();
    for (const p of a.lexicon("prescription-only-medicines")) out.add(a.sentenceOf(p.start));
    // (a medicine known by its name's stem, "naproxen", "sertraline", where an offer to write for the reader is made)
    for (const t of a.tokens) if (MEDICINE_SET.has(t.norm) || (inn && drugShaped(t))) out.add(t.sentence);
    return out;
  });
  return m.has(sentence - 1) || m.has(sentence) || m.has(sentence + 1);
}
const MEDICINE_SET = new Set(MEDICINE_LIST);

/**
 * Supply arranged through a private channel, phrased without an "I'll prescribe": "repeat
 * prescriptions sorted via Facebook Messenger", and a reader's need answered with a personal channel
 * ("Need Mounjaro? Message me", "if anyone needs a script for diazepam, drop me a message").
 */
function privateSupply(a: Analysis): { span: Span; confidence: number; messageId: string; med: number }[] {
  const out: { span: Span; confidence: number; messageId: string; med: number }[] = [];
  const poms = a.lexicon("prescription-only-medicines");
  const pomAt = startsAt(poms);
  // ("a repeat", "your repeats": a repeat prescription by its short form)
  // ("I tweak her insulin by DM": a treatment changed for someone is what is supplied)
  const isMedicine = (t: { start: number; norm: string; kind: string }, i: number) => MEDICINE_WORDS.has(t.norm) || pomAt.has(t.start) || certificateAt(a, i) || (REPEAT.has(t.norm) && (HOLDER.has(a.tokens[i - 1]?.norm ?? "") || a.tokens[i - 1]?.norm === "a")) || adjustedTreatment(a, i) || drugShaped(t);
  const personalSentences = new Set<number>();
  for (const c of a.lexicon("remote-prescribing", "channel")) if (TO_ME.test(c.text) && !a.isNegated(c)) personalSentences.add(a.sentenceOf(c.start));
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !isMedicine(t, i) || a.isNegated(t) || a.isQuoted(t)) continue;
    // "prescriptions sorted via Messenger": the medicine, then within six words "via" + a private channel.
    const after = a.wordsAfter(t.end, 7);
    const via = after.findIndex((w, k) => VIA.has(w.norm) && k < 6 && CHANNEL_NAMES.has(after[k + 1]?.norm ?? "") && !(after[k + 1]!.norm === "facebook" && after[k + 2] === undefined));
    // ("messages asking for prescriptions via Instagram" is a request; "asking about his meds so I just
    // sorted it over Messenger" is the author's act)
    if (via >= 0 && !(othersTrade(a, t) && !after.slice(0, via).some((w) => AUTHOR_SUBJECT.has(w.norm)))) {
      const end = after[via + 1]!.norm === "facebook" && after[via + 2]?.norm === "messenger" ? after[via + 2]! : after[via + 1]!;
      const span: Span = { type: "phrase", start: t.start, end: end.end, text: a.text.slice(t.start, end.end), confidence: 0.75, detector: "remote-channel", data: { category: "offer" } };
      out.push({ span, confidence: 0.75 * (1 - 0.75 * cautionary(a, span)), messageId: "offer", med: 0.85 });
      continue;
    }
    // "Need Mounjaro? Message me": a need for the medicine and a channel to the author, in this or the next sentence.
    const before = a.wordsBefore(t.start, 8);
    const need = before.find((w) => NEED.has(w.norm));
    // "no need to phone for your repeats": a need denied is no need
    if (!need || a.wordsBefore(need.start, 1)[0]?.norm === "no") continue;
    const sentence = t.sentence;
    // "Anyone need a quick diazepam script for a flight? Fear of flying sorted. DM me, £40": the channel
    // in this sentence or one of the next two
    if (!personalSentences.has(sentence) && !personalSentences.has(sentence + 1) && !personalSentences.has(sentence + 2)) continue;
    const span: Span = { type: "phrase", start: need.start, end: t.end, text: a.text.slice(need.start, t.end), confidence: 0.75, detector: "remote-need", data: { category: "offer" } };
    out.push({ span, confidence: 0.75 * (1 - 0.75 * cautionary(a, span)), messageId: "offer", med: 0.85 });
  }
  return out;
}

/** Treatment the reader's doctor may refuse: "won't start one", "won't prescribe it", "refused to give you". */
const TREAT = new Set(["start", "prescribe", "give", "increase", "continue", "switch"]);
/**
 * "if your GP won't start one, DM me and I'll see what I can do": the author offers, through a private
 * channel to them personally (this sentence or the next), to stand in for the reader's own doctor who
 * refused a treatment. The refusal names a treatment verb, or the post names a medicine.
 */
function insteadOfOwnDoctor(a: Analysis, postMedicine: boolean): { span: Span; confidence: number; messageId: string; med: number }[] {
  if (!a.hasAnyWord(["your", "ur"])) return [];
  const personal = a.lexicon("remote-prescribing", "channel").filter((c) => TO_ME.test(c.text) && !a.isNegated(c));
  if (personal.length === 0) return [];
  const tokens = a.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!OWN_DOCTOR.has(t.norm) || (tokens[i - 1]!.norm !== "your" && tokens[i - 1]!.norm !== "ur")) continue;
    const after = a.wordsAfter(t.end, 5);
    const r = after.findIndex((w, k) => k < 3 && (REFUSES.has(w.norm) || (w.norm === "says" && after[k + 1]?.norm === "no")));
    if (r < 0) continue;
    const treat = after.slice(r + 1, r + 4).find((w) => TREAT.has(w.norm));
    if (!treat && !postMedicine) continue;
    const end = treat ?? after[r]!;
    // the channel is what follows the refusal: "if your GP won't start one, DM me" (within eight words;
    // "... ask for a referral. Message me for the leaflet" puts another route first)
    // (the next words, into the next sentence: "won't increase the dose? Just DM me")
    const from = a.tokenIndexAt(end.end - 1) + 1;
    const next: Token[] = [];
    for (let k = from; k < tokens.length && next.length < 8 && tokens[k]!.sentence <= end.sentence + 1; k++) if (tokens[k]!.kind === "word") next.push(tokens[k]!);
    const at = personal.find((c) => c.start > end.end && next.some((w) => w.start === c.start));
    if (!at) continue;
    const span: Span = { type: "phrase", start: tokens[i - 1]!.start, end: end.end, text: a.text.slice(tokens[i - 1]!.start, end.end), confidence: 0.7, detector: "remote-instead-of-gp", data: { category: "offer" } };
    return [{ span, confidence: 0.7 * (1 - 0.75 * cautionary(a, span)), messageId: "offer", med: 0.85 }];
  }
  return [];
}

export default defineRule({
  meta: {
    id: "prescribing/remote",
    severity: "error",
    citations: ["gmc-sm:6", "gmc-sm:11"],
    seriousness: SERIOUSNESS.identifyingPatient - 5,
    docs: {
      summary: "Offering prescriptions or medicines by message or without a consultation",
      why: "Doctors' use of social media 6 points you to the GMC's prescribing guidance, which requires an adequate assessment, a proper dialogue and consent before you prescribe remotely, and forbids remote prescribing of injectable cosmetic medicines. An offer to prescribe by DM, WhatsApp or text, or \"no consultation needed\", skips all of that. Paragraph 11 asks you to move patients who contact you privately back to proper professional channels.",
      fix: "Point people to a proper route: their GP practice, NHS 111, a pharmacist, or your service's booking system where a prescriber assesses them. Don't offer medicines in a post or by private message.",
      examples: {
        flagged: [
          "Can't get a GP appointment? DM me for a prescription, I'll sort you 👍",
          "Ozempic available, no consultation needed, WhatsApp me 📲",
        ],
        passes: [
          "Need a repeat prescription? Use the NHS App or call the practice.",
          "Online pharmacies that supply antibiotics without a consultation are dangerous: the GMC guidance is clear.",
        ],
      },
    },
    messages: {
      offer: "\"{{phrase}}\" offers to prescribe or supply medicines outside a proper consultation.",
      offerMaybe: "\"{{phrase}}\" may read as an offer to prescribe or supply medicines outside a proper consultation.",
      channel: "Inviting people to \"{{phrase}}\" for {{medicine}} arranges prescribing through a private message.",
      noConsultation: "\"{{phrase}}\" offers medicines without a consultation.",
    },
  },
  check({ analysis: a, report }) {
    // Listed phrases, and cues built from parts that no listed phrase already covers.
    // (the lexicon's "injectable" words are for the advertising rule, not cues of this one)
    const all = a.lexicon("remote-prescribing");
    const listed = all.length === 0 ? all : a.lexicon("remote-prescribing", "offer", "channel", "no-consultation");
    // Built cues are plain words ("no consultation", "quick scripts"), so a warning or a condition
    // around them ("If a salon offers ... with no consultation, walk away") reads as advice, not an offer.
    const cues = supplyCues(a);
    // ("if the antihistamines aren't working, message me and I'll write you something stronger": an
    // offer in the author's own first person under "if" is a conditional offer, not advice; the other
    // warning words still frame it)
    const built = cues.length === 0 ? cues : cues.filter((c) => !a.inSentence(c, listed).some((l) => l.start < c.end && c.start < l.end) && !(c.data?.source === WRITTEN_FOR_READER ? framedSentences(a, "remote-warning-frame-not-if", WARNING_NOT_IF) : framedSentences(a, "remote-warning-frame", WARNING_FRAME, true)).has(a.sentenceOf(c.start)));
    const spans = built.length === 0 ? listed : [...listed, ...built];
    // Every finding below starts from a listed or built cue, or from a medicine or "prescribe" named
    // in the post: without any of them, nothing can be found, so the costlier signals are not read.
    const postMedicine = a.lexicon("prescription-only-medicines").length > 0 || a.hasAnyWord(MEDICINE_LIST);
    // ("i'll write u up something" beside "naproxen": writing for the reader, with a medicine only its stem names)
    const canName = postMedicine || a.words.has("prescribe") || a.words.has("prescribed") || (a.words.has("write") && a.hasAnyWord(["you", "u"]));
    // "I tweak her insulin by DM": a treatment changed for someone over a private channel
    const adjusting = a.hasAnyWord(ADJUST_LIST) && a.hasAnyWord(CHANNEL_LIST);
    if (spans.length === 0 && !canName && !adjusting) return;
    const promo = promotion(a);
    const offers = spans.some((s) => s.data?.category === "offer" && a.isAsserted(s));
    type Found = { span: Span; confidence: number; messageId: string; med: number };
    const found: Found[] = [];
    // Findings indexed by sentence: overlaps can only happen within one, so lookups stay cheap.
    const bySentence = new Map<number, Found[]>();
    const add = (f: Found) => {
      found.push(f);
      const k = a.sentenceOf(f.span.start);
      const list = bySentence.get(k);
      if (list) list.push(f);
      else bySentence.set(k, [f]);
    };
    // Findings arrive roughly in text order: search the most recent few of the sentence (bounded).
    const overlapping = (span: Span) => {
      const list = bySentence.get(a.sentenceOf(span.start)) ?? [];
      for (let k = list.length - 1; k >= Math.max(0, list.length - 16); k--) if (list[k]!.span.start < span.end && span.start < list[k]!.span.end) return list[k];
      return undefined;
    };
    for (const span of spans) {
      if (!a.isAsserted(span) || a.isQuoted(span) || answeredNo(a, span) || othersTrade(a, span)) continue;
      const category = span.data?.category;
      const med = medicineNear(a, span);
      // The author offers something to readers: first or second person, or promotional copy.
      const personal = a.sentencesWith("remote-person", (t) => PERSON.has(t.norm)).has(a.sentenceOf(span.start)) || promo.score >= 0.3 || (offers && category !== "offer");
      const damp = 1 - 0.75 * cautionary(a, span);
      let confidence: number;
      let messageId: string;
      // "walk-ins every Thursday, no appointment needed": a booking policy, not a skipped assessment
      if (category === "no-consultation" && /appointment/i.test(span.text) && walkIn(a, a.sentenceOf(span.start))) continue;
      if (category === "offer") {
        if (span.confidence < 0.6 && !personal) continue;
        let medicineInPhrase = false;
        for (let k = a.tokenIndexAt(span.start); k < a.tokens.length && a.tokens[k]!.end <= span.end; k++) if (MEDICINE_WORDS.has(a.tokens[k]!.norm)) medicineInPhrase = true;
        // ("I'll write you something stronger": writing for the reader is itself the prescription)
        if (span.data?.source === WRITTEN_FOR_READER) medicineInPhrase = true;
        // ("quick online scripts ..., £10 via paypal": a price on the offer makes it a sale)
        const base = medicineInPhrase ? span.confidence : med.adjacent ? combine(span.confidence, 0.5) : span.confidence * Math.max(med.strength, 0.5);
        confidence = (priced(a).has(a.sentenceOf(span.start)) ? combine(base, 0.4) : base) * damp;
        messageId = "offer";
      } else if (category === "channel") {
        // "skip the surgery phone queue and just WhatsApp me": with no medicine named, a channel to the
        // author personally offered in place of the route to care moves the consultation itself
        const instead = med.strength === 0 && TO_ME.test(span.text) && spans.some((o) => o.data?.category === "no-consultation" && a.sentenceOf(o.start) === a.sentenceOf(span.start));
        if (med.strength === 0 && !instead) continue;
        // "propranolol, diazepam — message me, mates rates": a sale term in the sentence ties the channel to the medicine as much as adjacency
        const sold = med.strength > 0 && priced(a).has(a.sentenceOf(span.start));
        confidence = instead ? combine(span.confidence, 0.5) * 0.7 * damp : combine(span.confidence, med.adjacent || sold ? 0.8 : 0.15) * med.strength * damp;
        messageId = "channel";
      } else {
        if (!personal) continue;
        // in an advert, a medicine sold anywhere in the post is what the skipped step is for ("Finasteride
        // delivered monthly for £29. Start today with our 2-minute questionnaire")
        const sold = promo.score >= 0.5 ? postMedicineStrength(a) : 0;
        confidence = span.confidence * Math.max(med.strength, sold, promo.score, 0.5) * damp;
        messageId = "noConsultation";
      }
      add({ span, confidence, messageId, med: med.strength });
    }
    // "I'll prescribe amoxicillin", "I can send you some co-codamol", "I do prescriptions via DM": the
    // author offering to supply, to readers, with a medicine or prescription named.
    const addressed = a.hasAnyWord(ADDRESSEE_LIST);
    const noConsultation = spans.some((s) => s.data?.category === "no-consultation");
    // An offer found below needs a medicine named in the post or the verb "prescribe" (see `named`):
    // without either, no sentence can add or change a finding, so the per-sentence scan is skipped.
    if (canName && (addressed || spans.some((s) => s.data?.category === "channel"))) {
      for (const sentence of a.sentences) {
        // an offer starts at "I", "we" or "happy to": a sentence without one is skipped before any copying
        let candidate = false;
        for (let i = sentence.first; i <= sentence.last && !candidate; i++) { const n = a.tokens[i]!.norm; candidate = SELF.has(n) || WILLING.has(n); }
        if (!candidate) continue;
        const words = a.tokens.slice(sentence.first, sentence.last + 1).filter((t) => t.kind === "word" || t.kind === "number");
        // ("rather than booking a consult", "instead of an assessment": a consultation passed over is no promise of one)
        if (!noConsultation && words.some((t, k) => PROPER_PROCESS.has(t.norm) && !words.slice(Math.max(0, k - 4), k).some((w) => PASSED_OVER.has(w.norm)))) continue;
        // Once per sentence: is "I" its subject, and where does someone else first become the subject?
        const hasI = words.some((w) => w.norm === "i'm" || w.norm === "im" || w.norm === "i");
        const firstOther = words.findIndex((w) => OTHER_SUBJECT.has(w.norm));
        for (let k = 0; k < words.length; k++) {
          // "I'm happy to...", or the elliptical first person of a post ("Nurse prescriber here, happy to do...")
          // when no one else is the subject before it.
          const willing = WILLING.has(words[k]!.norm) && words[k + 1]?.norm === "to" && (hasI || firstOther < 0 || firstOther > k);
          if (!SELF.has(words[k]!.norm) && !willing) continue;
          const verbAt = words.slice(k + 1, k + 4).findIndex((t) => SUPPLY_VERBS.has(t.norm));
          if (verbAt < 0) continue;
          const verb = words[k + 1 + verbAt]!;
          if (a.isNegated(verb) || a.isReported(words[k]!) || answeredNo(a, verb)) break;
          // "I get asked weekly whether I 'do Ozempic'": a passive "get" and the question asked of
          // the author are not the author's offer
          // a hand-over verb supplies only a counted medicine: "drop a few amoxicillin", "leave you a pack of
          // fluconazole", not "bring the amoxicillin to the ward round", "drop the leaflet", "deliver the talk"
          if (HAND_OVER.has(verb.norm) && !countedMedicineAfter(a, words, k + 2 + verbAt)) continue;
          if (verb.norm === "get" && PASSIVE.test(words[k + 2 + verbAt]?.norm ?? "")) continue;
          // "I get why people want them", "I get what you mean": "get" before a question word is understanding
          if (verb.norm === "get" && UNDERSTOOD.has(words[k + 2 + verbAt]?.norm ?? "")) continue;
          // "I \"prescribe\" parkrun": a scare-quoted verb is a figure of speech, not a supply
          if (a.isQuoted(verb)) continue;
          // "If I prescribe something odd today, that's why": the author's own hypothetical, not an offer
          if (k > 0 && words[k - 1]!.norm === "if" && (verb.norm === "prescribe" || verb.norm === "do")) continue;
          if (k > 0 && (words[k - 1]!.norm === "whether" || (words[k - 1]!.norm === "if" && words.slice(Math.max(0, k - 4), k - 1).some((w) => ASKED.has(w.norm))))) continue;
          const object = words.slice(k + 2 + verbAt, k + 8 + verbAt);
          const lastPom = a.memo("remote-last-pom", () => {
            const m = new Map<number, number>();
            for (const p of a.lexicon("prescription-only-medicines")) { const k = a.sentenceOf(p.start); m.set(k, Math.max(m.get(k) ?? -1, p.start)); }
            return m;
          });
          const pom = (lastPom.get(verb.sentence) ?? -1) > verb.start;
          // "I'll send it straight to the chemist": sending something to a pharmacy is issuing a prescription
          // ("we'll get you booked and prescribed": the reader prescribed is what is offered)
          // ("Reply with your pharmacy and I'll send a top-up": the reader's own pharmacy asked for in the
          // sentence is where the prescription goes; "the dosing protocol", "the dose": what to take)
          const yourPharmacy = words.some((t, k2) => PHARMACY.has(t.norm) && (words[k2 - 1]?.norm === "your" || words[k2 - 1]?.norm === "ur"));
          const named = pom || yourPharmacy || object.some((t) => MEDICINE_WORDS.has(t.norm) || DOSE.has(t.norm) || t.norm === "prescribed" || PHARMACY.has(t.norm)) || (verb.norm === "prescribe" && object.length > 0);
          // ("... I'll sort a private one tonight — fiver admin fee": an offer with a price is a sale)
          // "I'll write u up something proper", "can write you one": writing for the reader, in a post
          // that names a medicine nearby, is writing a prescription (a letter or a note is a document)
          const writeFor = verb.norm === "write" && (object[0]?.norm === "you" || object[0]?.norm === "u") && !DOCUMENT.has(object.slice(1, 4).find((t) => !WRITE_FILLER.has(t.norm))?.norm ?? "");
          const sold = !named && (priced(a).has(verb.sentence) || writeFor);
          if (!named && !(postMedicine && medicineAround(a, verb.sentence)) && !(writeFor && medicineAround(a, verb.sentence, true))) continue;
          // "I'll send the leaflet", "I'll send you the link to the slides": a document, not a supply
          if (!named && !sold && DOCUMENT.has(object.find((t) => t.norm !== "you" && t.norm !== "the" && t.norm !== "a" && t.norm !== "your" && t.norm !== "my")?.norm ?? "")) continue;
          const end = (object[Math.min(object.length, 3) - 1] ?? verb).end;
          const span: Span = { type: "phrase", start: words[k]!.start, end, text: a.text.slice(words[k]!.start, end), confidence: named || sold ? 0.7 : 0.55, detector: "remote-offer", data: { category: "offer" } };
          const overlap = overlapping(span);
          if (overlap) {
            // The lexicon saw "I can prescribe"; the medicine after it makes it an offer.
            if (overlap.span.data?.category === "offer") overlap.confidence = Math.max(overlap.confidence, span.confidence * (1 - 0.75 * cautionary(a, span)));
            break;
          }
          add({ span, confidence: span.confidence * (1 - 0.75 * cautionary(a, span)), messageId: "offer", med: 0.85 });
          break;
        }
      }
    }
    // supply through a private channel needs something to supply
    // (a medicine known only by its name's stem counts where a channel to the author is offered)
    const unlisted = !postMedicine && !adjusting && spans.some((s) => s.data?.category === "channel") && a.tokens.some(drugShaped);
    for (const extra of [...(postMedicine || adjusting || unlisted ? privateSupply(a) : []), ...insteadOfOwnDoctor(a, postMedicine), ...(postMedicine && a.hasAnyWord(SCRIPT_LIST) ? ownScriptShared(a) : [])]) {
      if (answeredNo(a, extra.span)) continue;
      const overlap = overlapping(extra.span);
      // "Scripts for zopiclone sorted over DM for regulars": the lexicon saw only "DM for"; the supply frame is the finding.
      if (overlap) {
        if (overlap.confidence < extra.confidence) Object.assign(overlap, extra);
        continue;
      }
      add(extra);
    }
    // An offer, a private channel and "no consultation" in one post confirm each other: per-category
    // noisy-or totals, so each finding's "others" is a division, not a second loop.
    const missByCategory = new Map<string, number>();
    for (const g of found) {
      const c = String(g.span.data?.category);
      missByCategory.set(c, (missByCategory.get(c) ?? 1) * (1 - 0.5 * g.confidence));
    }
    for (const f of found) {
      const own = String(f.span.data?.category);
      const others: number[] = [];
      for (const [c, miss] of missByCategory) if (c !== own) others.push(1 - miss);
      const confidence = combine(f.confidence, ...others);
      if (confidence < 0.35) continue;
      const sure = confidence >= 0.6;
      report({
        messageId: sure ? f.messageId : "offerMaybe",
        range: [f.span.start, f.span.end],
        data: { phrase: f.span.text, medicine: f.med > 0 ? "medicines" : "a prescription" },
        severity: sure ? "error" : confidence >= 0.45 ? "warning" : "info",
        confidence,
        explanation: {
          detectors: ["lexicon:remote-prescribing", "lexicon:prescription-only-medicines"],
          context: [{ word: "medicine named", effect: f.med }, { word: "promotion", effect: promo.score }, ...others.map((e) => ({ word: "other offer cues", effect: e }))],
          notes: [`category: ${String(f.span.data?.category)}`],
        },
      });
    }
  },
});

/**
 * "Can I get antibiotics over text? Short answer: usually no.": a reader's question answered with a
 * bare "no" in the next sentence is advice. (A "no" that opens a phrase, "No GP visit needed", is not an answer.)
 */
function answeredNo(a: Analysis, span: { start: number }): boolean {
  const index = a.sentenceOf(span.start);
  const here = a.sentences[index];
  const next = a.sentences[index + 1] ?? a.sentences[index + 2];
  if (!here || !next || a.tokens[here.last]?.text !== "?") return false;
  for (let i = next.first, words = 0; i <= next.last && words < 6; i++) {
    const t = a.tokens[i]!;
    if (t.kind !== "word") continue;
    words++;
    const after = a.tokens[i + 1];
    if ((t.norm === "no" || t.norm === "nope") && (i === next.last || after?.kind === "punct")) return true;
  }
  return false;
}
