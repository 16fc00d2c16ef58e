// Supply cues no phrase list can enumerate, built from parts and shaped like remote-prescribing
// lexicon spans (with a category) so prescribing/remote and advertising/prescription-only-medicine
// treat them like listed phrases:
// - skipping the assessment: "no" / "without" + (up to four filler words) + a consultation noun
//   ("no need for a video call", "without the awkward chat", "no forms");
// - fast supply: something to be supplied, then a supply participle and a speed ("scripts sorted
//   same day", "medication dispatched same day", "the pen in the post tomorrow"), or a speed word
//   straight before it ("quick scripts");
// - remote prescribing of an injectable cosmetic medicine ("Botox scripts. Remote, ..."), which the
//   GMC's prescribing guidance forbids outright.
import type { Analysis } from "../../analysis";
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
const COPULA = new Set(["is", "are", "was", "were", "will", "can"]);
const SELF = new Set(["i'll", "ill", "we'll", "i'd"]);
/** Verbs of supplying something to the reader ("I'll post you", "I can send you"). */
const OFFER_VERBS = new Set(["post", "send", "prescribe", "pop", "sort", "courier", "deliver"]);

const cache = new WeakMap<Analysis, Span[]>();

function cue(a: Analysis, from: Token, to: Token, category: string, confidence: number, source: string): Span {
  return { type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "supply-pattern", data: { category, source } };
}

/** Supply cues in text order; linear in the number of tokens (bounded look-ahead). */
export function supplyCues(a: Analysis): Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  const tokens = a.tokens;
  const poms = a.lexicon("prescription-only-medicines");
  // Medicines by their first word's offset, so each token is looked up in O(1).
  const pomAt = new Map<number, Span>();
  for (const m of poms) pomAt.set(m.start, m);
  const isObject = (t: Token) => t.kind === "word" && (SUPPLY_OBJECTS.has(t.norm) || pomAt.has(t.start));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
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
      }
      continue;
    }
    if (!isObject(t)) continue;
    // "quick scripts", "instant prescriptions"
    const prev = tokens[i - 1];
    if (prev && prev.sentence === t.sentence && QUICK.has(prev.norm) && SUPPLY_OBJECTS.has(t.norm)) {
      out.push(cue(a, prev, t, "offer", 0.5, "speed + prescription"));
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
  cache.set(a, out);
  return out;
}
