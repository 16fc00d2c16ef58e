// Supply cues no phrase list can enumerate, built from parts and shaped like remote-prescribing
// lexicon spans (with a category) so prescribing/remote and advertising/prescription-only-medicine
// treat them like listed phrases:
// - skipping the assessment: "no" / "without" + (up to four filler words) + a consultation noun
//   ("no need for a video call", "without the awkward chat", "no forms");
// - fast supply: something to be supplied, then a supply participle and a speed ("scripts sorted
//   same day", "medication dispatched same day", "the pen in the post tomorrow"), or a speed word
//   straight before it ("quick scripts");
// - remote prescribing of an injectable cosmetic medicine ("Botox scripts. Remote, ..."), which the
//   GMC's prescribing guidance forbids outright;
// - prescribing without meeting the person: "without" + a verb of assessing + a person ("wrote him a
//   script without seeing him", "without examining them");
// - the author's business supplying by post: "my clinic posts it out", "our pharmacy sends them out".
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** What would be supplied (a prescription-only medicine's name counts too). */
export const SUPPLY_OBJECTS = new Set(["prescription", "prescriptions", "script", "scripts", "meds", "medication", "medications", "medicine", "medicines", "antibiotics", "abx", "tablets", "pills", "rx", "inhaler", "inhalers", "pens", "pen", "hrt", "patches", "contraception", "pill"]);
/** The steps of a proper consultation an offer may promise to skip. */
const PROCESS = new Set(["consultation", "consultations", "consult", "chat", "conversation", "forms", "form", "questionnaire", "questions", "appointment", "appointments", "call", "assessment", "examination", "exam", "face-to-face", "gp"]);
/** Words allowed between "no"/"without" and the process noun ("no need for a video call", "without the awkward GP chat"). */
const FILLER = new Set(["need", "for", "the", "a", "an", "any", "awkward", "embarrassing", "lengthy", "long", "boring", "tedious", "endless", "video", "phone", "online", "medical", "doctor", "gp", "to", "fill", "in", "out", "have", "do", "of"]);
/** Participles that say something has been supplied ("sorted", "dispatched", "posted"). */
const SUPPLIED = new Set(["sorted", "dispatched", "posted", "sent", "delivered", "shipped", "issued", "approved", "prescribed"]);
/** Speed words ("same day", "today", "within hours"). */
const SPEED = new Set(["same", "today", "tonight", "tomorrow", "hours", "minutes", "mins", "instantly", "overnight", "next", "asap", "quick", "fast"]);
/** A speed word written straight before what is supplied ("quick scripts", "instant prescriptions"). */
const QUICK = new Set(["quick", "fast", "instant", "express", "easy", "speedy"]);
const REMOTE = new Set(["remote", "remotely"]);
/** Words between a speed and a prescription that say how it is had: "quick online scripts". */
const CHANNEL_KIND = new Set(["online", "private", "remote", "repeat", "digital", "virtual", "e"]);
const COPULA = new Set(["is", "are", "was", "were", "will", "can"]);
const SELF = new Set(["i'll", "ill", "we'll", "i'd"]);
/** Verbs of supplying something to the reader ("I'll post you", "I can send you"). */
const OFFER_VERBS = new Set(["post", "send", "prescribe", "pop", "sort", "courier", "deliver"]);

/** Verbs of assessing a person, after "without" ("without seeing him", "without speaking to them"). */
const ASSESS = new Set(["seeing", "examining", "assessing", "meeting", "speaking", "talking", "checking", "reviewing", "consulting", "asking"]);
/** Who is not seen: a person, not a thing ("without seeing the results" is not a consultation skipped). */
const UNSEEN = new Set(["him", "her", "them", "you", "anyone", "anybody", "patient", "patients", "the", "a", "your", "their", "his", "people", "someone", "somebody"]);
const UNSEEN_AFTER_DET = new Set(["patient", "patients", "person", "child", "kid", "woman", "man", "lady", "client", "clients", "gp", "doctor", "them"]);
/** The act of prescribing before "without seeing...". */
const PRESCRIBED = new Set(["script", "scripts", "prescription", "prescriptions", "prescribed", "prescribe", "prescribing", "wrote", "write", "issued", "rx"]);
/** Sending something out by post or courier: "posts it out", "couriered to you". */
const POST_VERBS = new Set(["post", "posts", "send", "sends", "ship", "ships", "courier", "couriers", "deliver", "delivers", "dispatch", "dispatches", "pop", "pops"]);
const POSTED_THING = new Set(["it", "them", "one", "some"]);
const OUT = new Set(["out", "over", "round", "across"]);
/**
 * The author's business sends it ("my clinic posts it out", "our pharmacy sends them out"); "I'll post
 * it out" is the author's own offer, which prescribing/remote reads with its object.
 */
const OWN_SENDER = new Set(["my", "our"]);

/** Private messages as the way of supplying ("I'll DM you about some temazepam"). */
const MESSAGE_VERBS = new Set(["dm", "message", "text", "whatsapp", "pm", "inbox"]);
/** Words that speak to readers: an offer in a post needs someone offered to. */
const READERS = ["you", "your", "anyone", "comment", "dm", "message", "whatsapp", "text", "inbox", "bio", "book", "click", "fill"];

/** The post addresses its readers ("you", "anyone", "comment below", "DM me"). */
function readersAddressed(a: Analysis): boolean {
  for (const w of READERS) if (a.words.has(w)) return true;
  return false;
}

/** The listed medicine whose last token is `t`, if any (medicine names are short: look back three tokens). */
function pomEndingAt(pomAt: ReadonlyMap<number, Span>, a: Analysis, t: Token): Span | undefined {
  for (let k = a.tokenIndexAt(t.start), n = 0; k >= 0 && n < 3; k--, n++) {
    const m = pomAt.get(a.tokens[k]!.start);
    if (m && m.end === t.end) return m;
  }
  return undefined;
}

/** The last token of a medicine or a supply word within six tokens after `from`, in its sentence. */
function suppliedAfter(a: Analysis, tokens: readonly Token[], from: number, pomAt: ReadonlyMap<number, Span>): Token | undefined {
  for (let k = from + 1; k <= from + 6 && k < tokens.length && tokens[k]!.sentence === tokens[from]!.sentence; k++) {
    const t = tokens[k]!;
    const pom = pomAt.get(t.start);
    if (pom) return tokens[a.tokenIndexAt(pom.end - 1)];
    if (SUPPLY_OBJECTS.has(t.norm)) return t;
  }
  return undefined;
}

/** The source of a cue of writing a prescription for the reader (prescribing/remote reads it as naming one). */
export const WRITTEN_FOR_READER = "I'll write you + prescription";
/** Verbs of writing a prescription: "I'll write you ...", "we'll issue ...". */
const WRITE_VERBS = new Set(["write", "issue"]);
/** What is written: a prescription, a repeat, or "something stronger" (a stronger medicine). */
const WRITTEN = new Set([...SUPPLY_OBJECTS, "repeat", "repeats", "stronger"]);
function writtenAfter(tokens: readonly Token[], from: number): Token | undefined {
  for (let k = from + 1; k <= from + 4 && k < tokens.length && tokens[k]!.sentence === tokens[from]!.sentence; k++) if (WRITTEN.has(tokens[k]!.norm)) return tokens[k];
  return undefined;
}

const cache = new PostCache<Span[]>();
/** The words a built cue can start at. */
const MINUTE_WORDS = ["minute", "minutes", "min", "mins", "second", "seconds", "secs"];
const MINUTES = new Set(MINUTE_WORDS);
/** Assessments a seller may promise to be over in minutes. */
const BRIEF_ASSESSMENT = new Set(["consultation", "consultations", "consult", "questionnaire", "questionnaires", "form", "forms", "quiz", "assessment", "assessments", "check", "checks"]);
const ANCHORS = new Set(["no", "without", "i", "we", "skip", "bypass", ...SELF, ...POST_VERBS, ...SUPPLY_OBJECTS, ...QUICK]);
/** The proper route to care that an invitation may tell readers to skip ("skip the surgery phone queue"). */
const CARE_ROUTE = new Set(["gp", "gps", "surgery", "practice", "receptionist", "receptionists", "reception", "111", "a&e", "doctor", "doctors", "appointment", "appointments"]);

const READER = new Set(["you", "anyone", "anybody", "u"]);
const WISH = new Set(["want", "wants", "need", "needs", "fancy", "fancies", "would", "'d"]);
/** "if" after these asks whether, not on what condition: "I'll tell you if you qualify". */
const WHETHER_VERBS = new Set(["tell", "say", "see", "check", "know", "ask", "wonder", "find", "out", "sure", "decide", "work", "confirm", "let"]);

/**
 * Sentences holding one of `words` (a warning or a condition: "If a salon offers... walk away",
 * "never buy..."), memoised per post under `key`; "if" meaning "whether" ("I'll tell you if you
 * qualify") does not count, nor, with `wishIsOffer`, "if you want/need ..." (the reader's wish as
 * the condition of an offer: "if you want quicker advice, skip the surgery queue and text me").
 */
export function framedSentences(a: Analysis, key: string, words: ReadonlySet<string>, wishIsOffer = false): ReadonlySet<number> {
  return a.memo(key, () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!words.has(t[i]!.norm)) continue;
      if (t[i]!.norm === "if" && (WHETHER_VERBS.has(t[i - 1]?.norm ?? "") || (t[i - 1]?.norm === "you" && WHETHER_VERBS.has(t[i - 2]?.norm ?? "")))) continue;
      // "if you want quicker advice, skip...": the reader's wish is the condition of an offer, not a warning
      if (wishIsOffer && t[i]!.norm === "if" && READER.has(t[i + 1]?.norm ?? "") && WISH.has(t[i + 2]?.norm ?? "")) continue;
      out.add(t[i]!.sentence);
    }
    return out;
  });
}

function cue(a: Analysis, from: Token, to: Token, category: string, confidence: number, source: string): Span {
  return { type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "supply-pattern", data: { category, source } };
}

/** Supply cues in text order; linear in the number of tokens (bounded look-ahead). */
export function supplyCues(a: Analysis): Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  const tokens = a.tokens;
  // "our 2-minute questionnaire", "online consultation takes 5 minutes": an assessment promised to
  // take almost no time is a form filled in, not a consultation (only in posts that count in minutes)
  if (a.hasAnyWord(MINUTE_WORDS)) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!MINUTES.has(t.norm)) continue;
      // "2-minute questionnaire", "60-second check": the duration before the assessment
      const n = tokens[i - 1]?.text === "-" ? tokens[i - 2] : tokens[i - 1];
      if (n?.kind === "number" && Number(n.text) <= 15) {
        const noun = a.wordsAfter(t.end, 3).find((w) => BRIEF_ASSESSMENT.has(w.norm));
        if (noun) { out.push(cue(a, n, noun, "no-consultation", 0.6, "assessment in minutes")); continue; }
      }
      // "consultation takes 5 minutes", "questionnaire in 2 mins": the assessment, then the duration
      if (n?.kind === "number" && Number(n.text) <= 15) {
        const before = a.wordsBefore(n.start, 4);
        const noun = before.find((w) => BRIEF_ASSESSMENT.has(w.norm));
        if (noun && before.some((w) => w.norm === "takes" || w.norm === "take" || w.norm === "in" || w.norm === "only" || w.norm === "just")) out.push(cue(a, noun, t, "no-consultation", 0.6, "assessment in minutes"));
      }
    }
  }
  const poms = a.lexicon("prescription-only-medicines");
  // Medicines by their first word's offset, so each token is looked up in O(1).
  const pomAt = new Map<number, Span>();
  for (const m of poms) pomAt.set(m.start, m);
  const anyPom = pomAt.size > 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    // every cue starts at one of a few words (or a medicine's name): one lookup for all other tokens
    if (!ANCHORS.has(t.norm) && !(anyPom && pomAt.has(t.start))) continue;
    // "wrote him a private script without seeing him", "without examining the patient"
    if (t.norm === "without" && ASSESS.has(tokens[i + 1]?.norm ?? "") && tokens[i + 1]!.sentence === t.sentence) {
      let k = i + 2;
      if ((tokens[i + 1]!.norm === "speaking" || tokens[i + 1]!.norm === "talking") && (tokens[k]?.norm === "to" || tokens[k]?.norm === "with")) k++;
      const who = tokens[k];
      const det = who !== undefined && (who.norm === "the" || who.norm === "a" || who.norm === "your" || who.norm === "their" || who.norm === "his");
      const end = det ? tokens[k + 1] : who;
      if (who && who.sentence === t.sentence && UNSEEN.has(who.norm) && end && end.sentence === t.sentence && (!det || UNSEEN_AFTER_DET.has(end.norm))) {
        // surer when the prescribing itself is in the clause before ("wrote him a script without seeing him")
        const prescribed = a.wordsBefore(t.start, 8).some((w) => PRESCRIBED.has(w.norm));
        out.push(cue(a, t, end, "no-consultation", prescribed ? 0.75 : 0.55, "without + assessing + person"));
        i = tokens.indexOf(end, i);
        continue;
      }
    }
    // "skip the surgery phone queue", "bypass the GP receptionists": the proper route to care skipped
    if ((t.norm === "skip" || t.norm === "bypass") && !a.isNegated(t)) {
      const route = a.wordsAfter(t.end, 4).find((w, k) => k > 0 && CARE_ROUTE.has(w.norm) && w.sentence === t.sentence);
      if (route && (tokens[i + 1]?.norm === "the" || tokens[i + 1]?.norm === "your")) {
        const tail = a.wordsAfter(route.end, 2).find((w) => w.norm === "queue" || w.norm === "queues" || w.norm === "wait" || w.norm === "line" || w.norm === "lines");
        out.push(cue(a, t, tail ?? route, "no-consultation", 0.6, "skip the route to care"));
        i = tokens.indexOf(tail ?? route, i);
        continue;
      }
    }
    // "my clinic posts it out", "our pharmacy couriers them over"
    if (POST_VERBS.has(t.norm) && POSTED_THING.has(tokens[i + 1]?.norm ?? "") && tokens[i + 1]!.sentence === t.sentence) {
      const particle = tokens[i + 2];
      const sender = a.wordsBefore(t.start, 3).some((w) => OWN_SENDER.has(w.norm));
      if (particle && particle.sentence === t.sentence && (OUT.has(particle.norm) || (particle.norm === "to" && tokens[i + 3]?.norm === "you")) && sender && !a.isNegated(t)) {
        out.push(cue(a, t, particle.norm === "to" ? tokens[i + 3]! : particle, "offer", 0.7, "own supply by post"));
        i += 2;
        continue;
      }
    }
    // "no need for a video call", "without the awkward chat", "no forms"
    if (t.norm === "no" || t.norm === "without") {
      let k = i + 1;
      let words = 0;
      while (k < tokens.length && words < 5 && tokens[k]!.sentence === t.sentence && tokens[k]!.kind === "word" && !PROCESS.has(tokens[k]!.norm) && FILLER.has(tokens[k]!.norm)) { k++; words++; }
      let noun = tokens[k];
      // "no GP appointment": "gp" is a filler when a process noun follows it
      if (noun?.norm === "gp" && PROCESS.has(tokens[k + 1]?.norm ?? "") && tokens[k + 1]!.sentence === t.sentence) noun = tokens[k + 1];
      // "No questions are silly": the noun is the subject of its clause, not a step skipped.
      const copula = COPULA.has(tokens[tokens.indexOf(noun!, k) + 1]?.norm ?? "");
      if (noun && noun.kind === "word" && noun.sentence === t.sentence && PROCESS.has(noun.norm) && !copula) {
        // "no questions" after "any" is a teaching reply ("no questions are silly"); keep to the plain forms.
        const confidence = noun.norm === "forms" || noun.norm === "form" || noun.norm === "questions" || noun.norm === "chat" || noun.norm === "conversation" ? 0.5 : 0.6;
        out.push(cue(a, t, noun, "no-consultation", confidence, "no/without + consultation step"));
        i = tokens.indexOf(noun, i);
      }
      continue;
    }
    // "I'll post you", "I can send you", "we'll pop you": the author offering to supply the reader.
    if (SELF.has(t.norm) || ((t.norm === "i" || t.norm === "we") && (tokens[i + 1]?.norm === "will" || tokens[i + 1]?.norm === "can"))) {
      const from = SELF.has(t.norm) ? i + 1 : i + 2;
      const verb = tokens[from];
      const you = tokens[from + 1];
      if (verb && you && verb.sentence === t.sentence && OFFER_VERBS.has(verb.norm) && (you.norm === "you" || you.norm === "yours") && !a.isNegated(t)) {
        out.push(cue(a, t, you, "offer", 0.5, "I'll send you"));
        i = from + 1;
        continue;
      }
      // "I'll prescribe antibiotics", "I'll DM you about some temazepam", "I can prescribe your malaria
      // tablets": an offer naming what is supplied, in a post that speaks to readers
      // "I'll write you something stronger", "we'll issue a repeat": writing a prescription for the reader
      // (the object settles it: not "I'll write you a reference")
      const written = verb && verb.sentence === t.sentence && WRITE_VERBS.has(verb.norm) && !a.isNegated(t) && readersAddressed(a) ? writtenAfter(tokens, from) : undefined;
      if (written) {
        out.push(cue(a, t, written, "offer", 0.8, WRITTEN_FOR_READER));
        i = tokens.indexOf(written, i);
        continue;
      }
      const supplied = verb && verb.sentence === t.sentence && (OFFER_VERBS.has(verb.norm) || MESSAGE_VERBS.has(verb.norm)) && !a.isNegated(t) && readersAddressed(a) ? suppliedAfter(a, tokens, from, pomAt) : undefined;
      if (supplied) {
        out.push(cue(a, t, supplied, "offer", 0.55, "I'll prescribe + medicine"));
        i = tokens.indexOf(supplied, i);
      }
      continue;
    }
    if (!SUPPLY_OBJECTS.has(t.norm) && !(anyPom && pomAt.has(t.start))) continue; // not something supplied
    // "quick scripts", "instant prescriptions"
    const prev = tokens[i - 1];
    if (prev && prev.sentence === t.sentence && QUICK.has(prev.norm) && SUPPLY_OBJECTS.has(t.norm)) {
      out.push(cue(a, prev, t, "offer", 0.5, "speed + prescription"));
      continue;
    }
    // "quick online scripts", "instant private prescriptions": one word of channel or kind between
    const prev2 = tokens[i - 2];
    if (prev && prev2 && prev2.sentence === t.sentence && QUICK.has(prev2.norm) && CHANNEL_KIND.has(prev.norm) && SUPPLY_OBJECTS.has(t.norm)) {
      out.push(cue(a, prev2, t, "offer", 0.5, "speed + prescription"));
      continue;
    }
    // "a quick diazepam script": the medicine named between the speed and the script
    const named = prev ? pomEndingAt(pomAt, a, prev) : undefined;
    const quick = named ? tokens[a.tokenIndexAt(named.start) - 1] : undefined;
    if (named && quick && quick.sentence === t.sentence && QUICK.has(quick.norm) && SUPPLY_OBJECTS.has(t.norm)) {
      out.push(cue(a, quick, t, "offer", 0.5, "speed + medicine + prescription"));
      continue;
    }
    // "scripts sorted same day", "medication dispatched same day", "the pen in the post tomorrow"
    const after = a.wordsAfter(t.end, 8);
    const verbAt = after.findIndex((w, k) => k < 5 && (SUPPLIED.has(w.norm) || (w.norm === "post" && after[k - 1]?.norm === "the" && after[k - 2]?.norm === "in")));
    if (verbAt >= 0) {
      const speed = after.slice(verbAt + 1, verbAt + 4).find((w) => SPEED.has(w.norm));
      if (speed) {
        out.push(cue(a, t, speed.norm === "same" || speed.norm === "next" ? (after[after.indexOf(speed) + 1] ?? speed) : speed, "offer", 0.6, "supplied + speed"));
        continue;
      }
    }
    // "Botox scripts. Remote, £20 per patient": remote prescribing of an injectable cosmetic medicine.
    if (pomAt.get(t.start)?.data?.category === "botulinum-toxin") {
      const sentence = t.sentence;
      for (let k = i + 1; k < tokens.length && tokens[k]!.sentence <= sentence + 1 && k <= i + 30; k++) {
        if (REMOTE.has(tokens[k]!.norm)) { out.push(cue(a, t, tokens[k]!, "offer", 0.6, "injectable cosmetic + remote")); break; }
      }
    }
  }
  // "Botox at home visits ... prescriber signs off on the day": an injectable cosmetic medicine given
  // by the author and authorised by someone else, a "prescriber" who approves rather than examines
  if (anyPom && a.hasAnyWord(PRESCRIBER_LIST) && poms.some((p) => p.data?.category === "botulinum-toxin")) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!PRESCRIBER.has(t.norm) || a.isNegated(t)) continue;
      // "signs off only after a face-to-face assessment": the examination is there
      if (a.sentencesWith("supply-in-person", (w) => IN_PERSON.has(w.norm)).has(t.sentence)) continue;
      const verb = a.wordsAfter(t.end, 3).find((w) => SIGN_OFF.has(w.norm) && w.sentence === t.sentence);
      if (!verb) continue;
      // "signs off", "sign-off": the particle is part of the act
      const off = a.wordsAfter(verb.end, 1)[0];
      out.push(cue(a, t, off && off.norm === "off" && off.sentence === t.sentence ? off : verb, "no-consultation", 0.65, "injectable cosmetic + prescriber's sign-off"));
      break;
    }
    out.sort((x, y) => x.start - y.start);
  }
  cache.set(a, out);
  return out;
}
const PRESCRIBER_LIST = ["prescriber", "prescribers"];
const IN_PERSON = new Set(["face-to-face", "examined", "examines", "examination", "examine", "assessment", "assesses", "assessed", "consultation", "person"]);
const PRESCRIBER = new Set(PRESCRIBER_LIST);
/** Approval in place of an examination: "signs off", "approves", "okays", "authorises". */
const SIGN_OFF = new Set(["signs", "sign", "signed", "signing", "approves", "approve", "approved", "okays", "oks", "authorises", "authorizes", "authorised", "authorized", "rubber-stamps", "stamps"]);
