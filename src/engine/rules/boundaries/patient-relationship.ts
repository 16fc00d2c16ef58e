import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { aboutPatient, combine } from "../shared";
import { addressedAsPatient, bypassesOfficialChannel, careActByAuthor, connectionSpans, contactRequests, namesPatient, romanceSpans, patientGroupAt, readerTreatedByAuthor, socialSpans, theirCare } from "./cues";

/** Where a person was met at work: "her mum from clinic", "a lad from the ward". */
const SETTING_WORDS = new Set(["clinic", "ward", "surgery", "practice", "a&e", "ed", "resus", "majors", "minors", "theatre", "theatres", "bay", "work", "list", "caseload", "round"]);
/** Advice, refusal and policy talk: the post says what not to do, or that the author said no. */
const ADVICE = new Set(["decline", "declined", "declining", "politely", "redirect", "redirected", "refuse", "refused", "ignore", "ignored", "reject", "rejected", "boundary", "boundaries", "guidance", "policy", "shouldn't", "mustn't", "never", "unprofessional", "inappropriate", "should", "must"]);
const ACCEPTED = new Set(["accepted", "accept", "accepting", "yes", "agreed", "followed", "added", "matched", "replied", "date", "drinks"]);
const SWIPE = new Set(["swiped", "swipe", "swiping"]);
const PAGE_WORDS = new Set(["page", "account", "profile"]);
const PAGE_OWNERS = new Set(["practice", "business", "professional", "work", "clinic", "official"]);

/**
 * Selling a service ("message me on WhatsApp for prices") or offering a medicine ("text me for a
 * quick antibiotic script"): the prescribing and advertising rules judge offers; a boundary is personal.
 */
const COMMERCE = new Set(["prescription", "prescriptions", "prescribe", "cheapest", "price", "prices", "pricing", "£", "offer", "offers", "discount", "booking", "bookings", "consultations", "deals", "script", "scripts", "pill", "pills", "antibiotic", "antibiotics", "repeat", "repeats"]);
/** After "from" (or "on ... list"): where or when a person was met at work ("the family from Tuesday's home birth"). */
const CARE_EVENTS = new Set(["birth", "delivery", "labour", "op", "operation", "consultation", "appointment", "clinic", "list", "ward", "theatre", "resus", "admission"]);
/** Care events that, after "my", are the author's own ("from my op"), where "from my clinic" is the author's workplace. */
const OWN_CARE = new Set(["op", "operation", "birth", "delivery", "labour", "admission", "appointment", "consultation"]);
/** A pronoun in the phrase points back to the person of the sentence before ("...patient's mum. Thinking of asking her for a drink"). */
const PRONOUNS = new Set(["her", "him", "them", "she", "he", "they", "his", "their", "she's", "he's", "they're"]);

/** The phrase itself names a patient ("dating a patient", "patient added me"). */
const NAMES_PATIENT = /\bpatient/i;

const MESSAGE = new Map(Object.entries({ dating: "dating", befriending: "befriending", "private-channel": "privateChannel", "seeking-out": "seekingOut", secrecy: "secrecy", socialising: "socialising" }));

/** What one sentence says, read once per sentence (a post may be one very long sentence). */
interface Facts {
  about: boolean;
  addressed: boolean;
  careAct: number;
  /** "after his discharge": a care word owned by the person of the sentence. */
  theirCare: boolean;
  /** "my personal Insta", "my private number": the author's own account, which is no shop. */
  personal: boolean;
  fromSetting: boolean;
  /** Met at a piece of care ("from Friday's water birth", "on my list"): patients, more surely than a place. */
  fromEvent: boolean;
  advice: boolean;
  selling: boolean;
  /** Offsets of acceptance words ("accepted", "yes"). */
  accepted: number[];
  /** Index of the sentence's first token. */
  first: number;
}

function readSentence(a: Analysis, offset: number): Facts {
  const tokens = a.sentenceTokens(offset);
  // "one of my lovely antenatal ladies", "my regulars": patients without the word
  const group = tokens.some((_, i) => patientGroupAt(tokens, i) >= 0);
  const f: Facts = { about: group || namesPatient(tokens) || aboutPatient(a, { start: offset }), addressed: addressedAsPatient(tokens), careAct: careActByAuthor(tokens), theirCare: theirCare(tokens), fromSetting: false, fromEvent: false, advice: false, selling: false, personal: false, accepted: [], first: tokens.length ? a.tokenIndexAt(tokens[0]!.start) : 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.norm ?? "";
    if (t.norm === "from" && i + 1 < tokens.length) {
      const next = tokens[i + 1]!.norm === "the" || tokens[i + 1]!.norm === "my" ? tokens[i + 2] : tokens[i + 1];
      // "from the children's ward", "from my Tuesday clinic": a setting within a few words
      if ((next && SETTING_WORDS.has(next.norm)) || eventWithin(tokens, i, (w) => SETTING_WORDS.has(w) && w !== "work" && w !== "list" && w !== "round")) f.fromSetting = true;
      // "the couple from Friday's water birth", "a guy from yesterday's vasectomy list"
      // ("left from my op", "from my appointment": the author's own care, not where someone was met)
      else if (eventWithin(tokens, i, (w) => CARE_EVENTS.has(w)) && !(tokens[i + 1]!.norm === "my" && OWN_CARE.has(tokens[i + 2]?.norm ?? ""))) f.fromEvent = true;
    }
    // "someone I saw on this morning's colposcopy list", "on my list" (not a waiting list: "on the list")
    if (t.norm === "on" && eventWithin(tokens, i, (w) => w === "list") && ownedList(tokens, i)) f.fromEvent = true;
    // Advice or a refusal: "If a patient adds you, politely decline"; "I said no". "We should grab a
    // coffee" proposes and "should I swipe?" asks: neither is advice.
    if ((ADVICE.has(t.norm) && !proposalOrQuestion(tokens, i) && !(t.norm === "never" && IDIOM_AFTER_NEVER.has(tokens[i + 1]?.norm ?? ""))) || (t.norm === "no" && prev === "said") || (t.norm === "left" && SWIPE.has(prev)) || (PAGE_WORDS.has(t.norm) && PAGE_OWNERS.has(prev) && !compared(tokens, i))) f.advice = true;
    if (COMMERCE.has(t.norm)) f.selling = true;
    if ((t.norm === "personal" || t.norm === "private") && (prev === "my" || prev === "own")) f.personal = true;
    if (ACCEPTED.has(t.norm)) f.accepted.push(t.start);
  }
  return f;
}

/** "easier to chat there than the clinic page": the official page named only to be passed over. */
function compared(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (tokens[k]!.norm === "than" || tokens[k]!.norm === "instead") return true;
  return false;
}

/** A word `is` within three tokens after `i` in its sentence, passing over "the", "my" and "yesterday's"-like words. */
function eventWithin(tokens: readonly Token[], i: number, is: (w: string) => boolean): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.sentence !== tokens[i]!.sentence) return false;
    if (is(t.norm)) return true;
  }
  return false;
}

/** The list after "on" at `i` is someone's: "on my list", "on this morning's colposcopy list". */
function ownedList(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length && tokens[k]!.norm !== "list"; k++) if (tokens[k]!.norm === "my" || tokens[k]!.norm.endsWith("'s")) return true;
  return false;
}

/** Clinicians and others whose conduct a post may discuss: "an FY2 matched...", "my colleague added...". */
const OTHER_ACTORS = new Set(["gp", "gps", "fy1", "fy2", "f1", "f2", "doctor", "doctors", "nurse", "nurses", "colleague", "colleagues", "friend", "friends", "registrar", "reg", "consultant", "student", "students", "midwife", "trainee", "junior", "physio", "pharmacist", "surgeon", "paramedic", "locum", "hca"]);
/** Colleagues a social occasion may be shared with: the people of the sentence are not patients. */
const COLLEAGUES = new Set(["team", "colleagues", "colleague", "staff", "work", "workmates", "juniors", "seniors", "nurses", "doctors", "reg", "regs", "consultant", "consultants", "fy1s", "fy2s", "students", "cohort", "rota", "party", "leaving"]);
const ACTOR_DET = new Set(["a", "an", "my", "our", "one", "another", "this"]);
/** The subject just before the phrase is another clinician or a friend ("a GP matched with", "my friend followed"). */
function someoneElseActs(a: Analysis, span: Span): boolean {
  const before = a.wordsBefore(span.start, 4);
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!.norm;
    if (w === "i" || w === "i'm" || w === "i've" || w === "we") return false;
    if (OTHER_ACTORS.has(w) && ACTOR_DET.has(before[k + 1]?.norm ?? "")) return true;
  }
  return false;
}

const MODALS = new Set(["should", "must"]);
/** "you'd never know", "you'd never guess": an idiom of surprise, not advice. */
const IDIOM_AFTER_NEVER = new Set(["know", "guess", "tell", "believe", "imagine"]);
/** "we should ...", "should I ...?": a modal that proposes or asks rather than advises. */
function proposalOrQuestion(tokens: readonly Token[], i: number): boolean {
  if (!MODALS.has(tokens[i]!.norm)) return false;
  const before = tokens[i - 1]?.norm;
  const after = tokens[i + 1]?.norm;
  return before === "we" || before === "i" || after === "i" || after === "we";
}

/** 0..1: the boundary phrase involves a patient or someone close to one. */
function patientReferent(a: Analysis, span: Span, facts: (offset: number) => Facts, readerIsPatient: number): number {
  if (NAMES_PATIENT.test(span.text)) return 1;
  const f = facts(span.start);
  if (f.about) return 1;
  // "after your op ... DM me", "the guy whose ingrown toenail I removed": the person is a patient
  // though the word is not used.
  if (f.addressed) return 0.9;
  if (f.careAct > 0) return f.careAct;
  if (f.theirCare) return 0.8;
  // "Great to hear from you after your op! DM me": an invitation to a reader the post treats as a patient.
  if (readerIsPatient > 0 && INVITATIONS.has(String(span.data?.category))) return readerIsPatient;
  if (f.fromEvent) return 0.9;
  if (f.fromSetting) return 0.8;
  // a clinical place near the phrase; a working pattern ("because of nights") is the author's life, not a patient
  if (a.inSentence(span, a.of("clinical-setting")).some((c) => c.confidence >= 0.4)) return 0.6;
  if (a.inSentence(span, a.lexicon("care-disclosure", "care-noun", "confirms")).length > 0) return 0.6;
  // The patient may be named in the line before ("the guy I stitched up in A&E ... Slid into his DMs";
  // "a former inpatient messaged me. We've been chatting ever since, she's lovely"): surer when a
  // pronoun in this sentence points back to them.
  const prev = f.first > 0 ? a.tokens[f.first - 1] : undefined;
  if (prev) {
    const p = facts(prev.start);
    if (p.about || p.careAct > 0) return a.sentenceTokens(span.start).some((t) => PRONOUNS.has(t.norm)) ? 0.9 : 0.6;
    if (a.inSentence(prev, a.of("clinical-setting")).length > 0) return 0.6;
  }
  // ... or in the next line or the one after ("How do I find someone on Facebook? Asking for a...
  // patient I discharged yesterday")
  const here = a.sentenceOf(span.start);
  for (let k = a.tokenIndexAt(span.end); k < a.tokens.length && a.tokens[k]!.sentence <= here + 2; k++) {
    const t = a.tokens[k]!;
    if (t.sentence === here || (k > 0 && a.tokens[k - 1]!.sentence === t.sentence)) continue;
    const n = facts(t.start);
    if (n.about || n.careAct > 0) return 0.6;
  }
  return a.patientContext >= 0.5 ? 0.5 * a.patientContext : 0;
}

const PERSONAL_ONLY = new Set(["befriending", "private-channel"]);
/** What may be offered to a reader the post treats as a patient: contact, friendship, a date. */
const INVITATIONS = new Set(["befriending", "private-channel", "dating"]);
const SECOND_PERSON = new Set(["you", "your", "you're", "ur"]);


/** Sentences where the author turns the approach down ("I said no", "declined", "turned him down"). */
function refusals(a: Analysis): ReadonlySet<number> {
  return a.memo("boundary-refusals", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.norm;
      const next = t[i + 1]?.norm;
      if (REFUSE.has(w) || ((w === "said" || w === "say" || w === "saying") && next === "no") || saidICannot(t, i) || (w === "turned" && (t[i + 2]?.norm === "down" || next === "down")) || withheld(t, i)) out.add(t[i]!.sentence);
    }
    return out;
  });
}
/** "i said 'i can't mix work and socials'", "told him I'm not allowed": the author's reported answer is a no. */
const TOLD = new Set(["said", "say", "told", "tell", "explained", "replied"]);
const CANNOT = new Set(["can't", "cant", "cannot", "couldn't", "couldnt", "can’t"]);
/** What "I can't" may go on to that is no refusal: "said I can't wait", "told her I couldn't believe it". */
const NOT_REFUSING = new Set(["wait", "believe", "help", "stop", "resist", "stand", "remember", "sleep", "cope"]);
function saidICannot(t: readonly Token[], i: number): boolean {
  if (!TOLD.has(t[i]!.norm)) return false;
  // (the person told and quote marks may stand between: "told him 'i can't...'")
  for (let k = i + 1; k <= i + 4 && k < t.length && t[k]!.sentence === t[i]!.sentence; k++) {
    if (t[k]!.norm === "i'm" || t[k]!.norm === "im") return t[k + 1]?.norm === "not" && t[k + 2]?.norm !== "sure";
    if (t[k]!.norm !== "i") continue;
    const m = t[k + 1]?.norm ?? "";
    if (CANNOT.has(m)) return !NOT_REFUSING.has(t[k + 2]?.norm ?? "");
    return (m === "wasn't" || m === "was" || m === "am" || m === "i'm" || m === "m") && (t[k + 2]?.norm === "not" || t[k + 2]?.norm === "allowed") && t[k + 3]?.norm !== "sure";
  }
  return false;
}
const REFUSE = new Set(["declined", "decline", "refused", "refuse", "rejected", "redirected", "signposted"]);
/** How far on (in characters: a short paragraph) a first-person refusal still answers an approach the post described. */
const REFUSAL_REACH = 600;
const FIRST_PERSON = new Set(["i", "we", "i'm", "im", "i've", "ive"]);
/**
 * "Friend requests from patients. I had three this month. [...] But I decline them, politely, every
 * time": the author's own refusal, a few sentences after the approach it answers.
 */
function refusedLater(a: Analysis, approach: Span): boolean {
  const later = a.memo("boundary-refusals:first-person", () => {
    const out: number[] = [];
    const t = a.tokens;
    const firstPerson = a.sentencesWith("boundary:first-person", (x) => FIRST_PERSON.has(x.norm));
    // ("I refused to let the rota stop me" refuses something else)
    for (let i = 0; i < t.length; i++) if (REFUSE.has(t[i]!.norm) && t[i + 1]?.norm !== "to" && firstPerson.has(t[i]!.sentence)) out.push(t[i]!.start);
    return out;
  });
  return later.some((at) => at > approach.end && at - approach.end <= REFUSAL_REACH);
}
/** What the author may withhold: "I did not give it", "didn't reply", "never accepted". */
const GRANT = new Set(["give", "gave", "reply", "replied", "respond", "responded", "accept", "accepted", "add", "answer", "answered"]);
const NEGATORS = new Set(["not", "didn't", "didnt", "never", "won't", "wouldn't", "don't"]);
/** "reader, I did not give it": a grant verb negated by the author. */
function withheld(t: readonly Token[], i: number): boolean {
  if (!GRANT.has(t[i]!.norm)) return false;
  const n1 = t[i - 1]?.norm ?? "";
  const n2 = t[i - 2]?.norm ?? "";
  return NEGATORS.has(n1) && (n2 === "i" || n2 === "did" || n1 === "never");
}

export default defineRule({
  meta: {
    id: "boundaries/patient-relationship",
    severity: "error",
    citations: ["gmc-sm:10", "gmc-sm:11", "gmp:53", "seed-002:friend-requests", "seed-002:relationships"],
    seriousness: SERIOUSNESS.datingPatient - 10,
    docs: {
      summary: "Dating, befriending or seeking out patients online, or moving them to private channels",
      why: "Social media blurs social and professional boundaries (Doctors' use of social media 10). You must not use your professional position to pursue a sexual or improper emotional relationship with a patient or someone close to them (Good medical practice 53); contacting a known patient through a dating site is high on the GMC adviser's seriousness table. If a patient contacts you through a private profile, say you cannot mix social and professional relationships and direct them to a professional page (¶11); don't accept patients' friend requests.",
      fix: "Don't contact, follow, friend or date patients or their relatives online. If a patient finds you, decline politely and point them to your practice's or your professional page.",
      examples: {
        flagged: [
          "Just matched with my patient from last week on Hinge 😳 swiping right obviously",
          "Her mum from clinic added me on Facebook so I accepted, she's lovely 🙈",
        ],
        passes: [
          "Matched with a lovely guy on Hinge 😍",
          "If a patient adds you on Facebook, politely decline and point them to the practice page.",
          "Add me on LinkedIn, fellow GPs!",
        ],
      },
    },
    messages: {
      dating: "\"{{phrase}}\" describes a romantic approach involving a patient or someone close to one.",
      befriending: "\"{{phrase}}\" describes connecting with a patient on a personal social media account.",
      privateChannel: "\"{{phrase}}\" moves contact with a patient to a private channel.",
      seekingOut: "\"{{phrase}}\" describes looking a patient up outside their care.",
      socialising: "\"{{phrase}}\" describes a friendship or social life with a patient outside their care.",
      secrecy: "\"{{phrase}}\" keeps contact with a patient hidden from your workplace: a sign the professional boundary is already crossed.",
      maybe: "\"{{phrase}}\" may cross the professional boundary with a patient.",
    },
  },
  check({ analysis: a, report }) {
    const cache = new Map<number, Facts>();
    const facts = (offset: number): Facts => {
      const k = a.sentenceOf(offset);
      let f = cache.get(k);
      if (!f) cache.set(k, (f = readSentence(a, offset)));
      return f;
    };
    // An offer through the author's own personal account ("follow my personal Insta ... DM me there if you
    // need a repeat") is not a service being sold, whatever it mentions.
    const selling = (offset: number) => facts(offset).selling && !facts(offset).personal;
    const spans = [...a.lexicon("boundary"), ...connectionSpans(a), ...socialSpans(a), ...contactRequests(a), ...romanceSpans(a)].filter((s) => a.isAsserted(s) && !a.isQuoted(s) && !(PERSONAL_ONLY.has(String(s.data?.category)) && selling(s.start)));
    if (spans.length === 0) return;
    // (a grammar cue may find what the lexicon found: one phrase, counted once)
    for (let i = spans.length - 1; i > 0; i--) if (spans.slice(0, i).some((s) => s.start === spans[i]!.start)) spans.splice(i, 1);
    // "after your op ... DM me"; "To the woman whose hand I stitched: ... DM me"; "if you've had a home
    // visit from me"; "Patients of mine - ..."; "... quicker than the clinic email": the reader the
    // invitation is made to is a patient
    const treated = careActByAuthor(a.tokens);
    const readerIsPatient = treated >= 0.85 && a.tokens.some((t) => SECOND_PERSON.has(t.norm)) ? treated : addressedAsPatient(a.tokens) || readerTreatedByAuthor(a.tokens) ? 0.85 : a.tokens.some((t) => SECOND_PERSON.has(t.norm)) && bypassesOfficialChannel(a.tokens) ? 0.8 : 0;
    const scored = spans.map((span) => ({ span, referent: patientReferent(a, span, facts, readerIsPatient), advice: facts(span.start).advice }));
    // Every other boundary phrase about a patient adds to a finding's confidence (noisy-or, so the
    // product over all of them is taken once, not once per phrase).
    const weight = (o: { span: Span; referent: number; advice: boolean }) => (o.referent > 0 && !o.advice ? 0.4 * o.span.confidence : 0);
    let allMiss = 1;
    for (const o of scored) allMiss *= 1 - weight(o);
    // One finding per sentence, on its strongest phrase; the other phrases add to its confidence.
    const best = new Map<number, { span: Span; confidence: number; extra: number[] }>();
    const refused = refusals(a);
    for (const o of scored) {
      const { span, referent, advice: advised } = o;
      if (referent === 0 || advised) continue;
      // "an FY2 matched on Hinge with someone from her list": a case about a colleague, not the author's conduct
      if (someoneElseActs(a, span)) continue;
      // "Christmas do with the ward team, we got wrecked together": a night out with colleagues
      if (span.data?.category === "socialising" && a.sentenceTokens(span.start).some((t) => COLLEAGUES.has(t.norm))) continue;
      // "A former patient asked me out... I said no, kindly": the author kept the boundary
      const s = a.sentenceOf(span.start);
      if (refused.has(s) || refused.has(s + 1) || (refusedLater(a, span) && facts(span.start).accepted.length === 0)) continue;
      // an invitation made to the patient in the post itself ("...after your op! Drop me a message") is
      // the approach, not a report of one: it counts like an accepted one
      const direct = readerIsPatient > 0 && INVITATIONS.has(String(span.data?.category));
      const accepted = direct || facts(span.start).accepted.some((at) => at < span.start || at >= span.end) ? 0.25 : 0;
      const others = 1 - allMiss / (1 - weight(o));
      // The weakest phrases ("flirting", "grab a coffee") are mostly the patient's doing or ordinary
      // talk: alone they count only as an offer to a reader the post treats as a patient.
      if (span.confidence < 0.25 && others < 0.01 && accepted === 0 && readerIsPatient === 0) continue;
      const confidence = referent * combine(span.confidence, 0.5, accepted, others) * (a.isPublic ? 1 : 0.9);
      const sentence = a.sentenceOf(span.start);
      const prev = best.get(sentence);
      if (!prev || span.confidence > prev.span.confidence) best.set(sentence, { span, confidence, extra: [referent, accepted, others] });
    }
    for (const { span, confidence, extra } of best.values()) {
      if (confidence < 0.4) continue;
      const category = String(span.data?.category);
      const sure = confidence >= 0.62;
      report({
        messageId: sure ? MESSAGE.get(category) ?? "maybe" : "maybe",
        range: [span.start, span.end],
        data: { phrase: span.text },
        severity: sure ? "error" : "warning",
        confidence,
        seriousness: category === "dating" ? SERIOUSNESS.datingPatient : SERIOUSNESS.datingPatient - 10,
        explanation: {
          detectors: ["lexicon:boundary", "context-cues:patient-cue"],
          context: [{ word: "patient referent", effect: extra[0]! }, { word: "acceptance", effect: extra[1]! }, { word: "other boundary phrases", effect: extra[2]! }],
          notes: [`category: ${category}`, `source: ${span.data?.source}`],
        },
      });
    }
  },
});
