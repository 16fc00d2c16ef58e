// Threats told through care (generalisation pass, dev8): a clinician's menace often names no violence,
// only care withheld or an "accident" allowed. GMC Good medical practice 65; social media ¶15.
//  - withheld care in scare quotes, by the author: "I'd 'forget' his pain relief", "might 'accidentally'
//    skip her sedation";
//  - an accident allowed to someone: "I'd let him have a little fall", "might let that relative have
//    a nasty accident";
//  - a wish of botched care on the reader: "hope your next cannula takes six attempts".
// Linear: each shape starts at a word the post is first checked for (a.hasAnyWord).
import type { Analysis } from "../../analysis";
import type { Span } from "../../types";
import type { ThreatFrame } from "./threat-frames";
import { scareQuoted } from "./scope";

/** Verbs and adverbs of an omission or accident, which in scare quotes mean "on purpose". */
const OMIT_LIST = ["forget", "forgot", "forgotten", "lose", "lost", "misplace", "misplaced", "miss", "skip", "overlook", "delay", "slip"];
const OMIT = new Set(OMIT_LIST);
/** Care whose omission or botching harms the patient. */
const CARE = new Set(["anaesthetic", "anesthetic", "anaesthesia", "anesthesia", "analgesia", "painkillers", "painkiller", "pain", "morphine", "sedation", "sedative", "local", "lidocaine", "lignocaine", "gas", "cannula", "catheter", "meds", "medication", "dose", "doses", "insulin", "oxygen", "lube", "numbing", "fluids", "antiemetic", "bloods", "call", "buzzer"]);
/** The author as the one who would do it. */
const AUTHOR = new Set(["i", "i'd", "i'll", "id", "ill", "we'd", "we'll", "imma", "i'm", "im"]);

const FALL = new Set(["fall", "accident", "tumble", "slip", "trip"]);
const FALL_MODIFIERS = new Set(["little", "nasty", "wee", "small", "unfortunate", "tiny", "bad"]);
const NEGATORS = new Set(["never", "not", "wouldn't", "won't", "don't", "didn't", "couldn't", "wouldnt", "wont", "dont", "mustn't", "no"]);

const HOPE = new Set(["hope", "hoping", "wish", "pray"]);
const BOTCHED = new Set(["attempts", "goes", "tissues", "blows", "fails", "hurts", "agony", "wrong", "misses"]);
const GOOD = new Set(["first", "smoothly", "well", "easily", "quick", "quickly", "painless", "luck"]);

/** Tampering with food or drink: "I've laced the next one with senna", "spiked his coffee with...". */
const LACE_LIST = ["laced", "lacing", "lace", "spiked", "spiking", "spike", "doctored", "dosed", "poisoned", "injected"];
const LACE = new Set(LACE_LIST);
/** What is hidden in food to harm whoever eats it: laxatives, diuretics, poisons, irritants. */
const HIDDEN_HARM = new Set(["senna", "laxative", "laxatives", "lactulose", "dulcolax", "bisacodyl", "picolax", "movicol", "sennakot", "diuretic", "diuretics", "furosemide", "frusemide", "poison", "bleach", "visine", "ipecac", "sedative", "sedatives", "ketamine", "rohypnol"]);
/** Who the tampered food is for: someone singled out ("whoever's been nicking..."), or "you". */
const SINGLED_OUT = new Set(["whoever", "whoever's", "you", "you'll", "youll", "your", "his", "her", "their", "thief", "culprit"]);

export const CARE_THREAT_WORDS = [...OMIT_LIST, "let", "hope", "hoping", "wish", ...LACE_LIST];

/** Every care threat in the post. */
export function careThreats(a: Analysis): ThreatFrame[] {
  const out: ThreatFrame[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word") continue;
    // "I'd 'forget' the anaesthetic": an omission in scare quotes, the author its subject, care its object
    if (OMIT.has(w.norm) && scareQuoted(a, w)) {
      const before = a.wordsBefore(w.start, 4);
      const after = a.wordsAfter(w.end, 5);
      const care = after.find((x) => CARE.has(x.norm));
      if (!care || !before.some((x) => AUTHOR.has(x.norm)) || before.some((x) => NEGATORS.has(x.norm))) continue;
      const start = before.find((x) => AUTHOR.has(x.norm))!.start;
      out.push({ span: span(a, start, care.end), confidence: 0.7, category: "violence", detector: "withheld care in scare quotes" });
      continue;
    }
    // "not saying I'd let him have a little fall": an accident allowed to someone
    if (w.norm === "let") {
      const before = a.wordsBefore(w.start, 5);
      if (!before.some((x) => AUTHOR.has(x.norm))) continue;
      // "never let a patient have a fall"; "not saying" is a hedge, not a negation
      if (before.some((x, k) => NEGATORS.has(x.norm) && !(x.norm === "not" && before[k - 1]?.norm === "saying"))) continue;
      const after = a.wordsAfter(w.end, 16);
      const have = after.findIndex((x) => x.norm === "have" || x.norm === "has");
      if (have < 1) continue;
      let k = have + 1;
      if (after[k]?.norm !== "a" && after[k]?.norm !== "an") continue;
      k++;
      let modified = false;
      while (k < after.length && FALL_MODIFIERS.has(after[k]!.norm)) { k++; modified = true; }
      const fall = after[k];
      if (!fall || !FALL.has(fall.norm) || (fall.norm === "trip" && !modified)) continue;
      const start = before.find((x) => AUTHOR.has(x.norm))!.start;
      out.push({ span: span(a, start, fall.end), confidence: 0.7, category: "violence", detector: "an accident allowed" });
      continue;
    }
    // "Whoever's been nicking my yoghurts: I've laced the next one with senna": food tampered with, by the author, for someone singled out
    if (LACE.has(w.norm)) {
      const before = a.wordsBefore(w.start, 3);
      if (!before.some((x) => AUTHOR.has(x.norm) || x.norm === "i've" || x.norm === "ive" || x.norm === "we've") || before.some((x) => NEGATORS.has(x.norm))) continue;
      const after = a.wordsAfter(w.end, 8);
      const k = after.findIndex((x) => x.norm === "with");
      const harm = k >= 0 ? after.slice(k + 1, k + 4).find((x) => HIDDEN_HARM.has(x.norm)) : undefined;
      if (!harm) continue;
      // the one it is for: in the sentence or the one before ("Whoever's been nicking...: I've laced...")
      const s = a.sentenceOf(w.start);
      const prev = a.sentences[s - 1];
      const near = [...a.sentenceTokens(w.start), ...(prev ? a.sentenceTokens(prev.start) : [])];
      if (!near.some((x) => SINGLED_OUT.has(x.norm))) continue;
      const start = before.find((x) => AUTHOR.has(x.norm) || x.norm === "i've" || x.norm === "ive" || x.norm === "we've")!.start;
      out.push({ span: span(a, start, harm.end), confidence: 0.65, category: "violence", detector: "food tampered with for someone singled out" });
      continue;
    }
    if (HOPE.has(w.norm) && hopedPain(a, w, out)) continue;
    // "I hope your next cannula takes nine attempts": botched care wished on the reader
    if (HOPE.has(w.norm)) {
      const after = a.wordsAfter(w.end, 10);
      const your = after.findIndex((x) => x.norm === "your" || x.norm === "ur");
      if (your < 0 || your > 2) continue;
      const care = after.slice(your + 1, your + 4).find((x) => CARE.has(x.norm));
      if (!care) continue;
      const rest = after.slice(after.indexOf(care) + 1);
      const bad = rest.find((x) => BOTCHED.has(x.norm));
      if (!bad || rest.some((x) => GOOD.has(x.norm)) || (bad.norm === "goes" && !rest.some((x) => x.norm === "wrong"))) continue;
      const end = bad.norm === "goes" ? rest.find((x) => x.norm === "wrong")!.end : bad.end;
      out.push({ span: span(a, w.start, end), confidence: 0.65, category: "wish-harm", detector: "botched care wished on someone" });
    }
  }
  return out;
}

/** Care named in scare quotes when wished on someone: what they "think" they got ("exactly the 'care' you think we gave him"). */
const KIND_CARE = new Set(["care", "treatment", "help", "service", "compassion", "kindness", "attention", "bedside", "manner", "support"]);
/** Verbs of pain whose subject may be a thing of theirs ("hope the wiring hurts"). */
const PAIN = new Set(["hurts", "stings", "aches", "throbs"]);
/** After a pain verb, what makes it a wish it be milder ("hurts less", "hurts too much"). */
const MILDER = new Set(["less", "too", "much", "little", "bit", "at"]);
const SECOND = new Set(["you", "your", "u", "ur", "you're", "youre"]);
/**
 * Two wishes of harm on someone the post speaks to, without a harm word the hope frames know:
 *  - care in scare quotes wished on "you": "hope one day you get exactly the 'care' you gave my dad"
 *    (the quotes make the care its opposite; "hope you get the care you need" is kind);
 *  - pain wished through a thing of theirs: "hope the wiring hurts as much as she did", said in a
 *    sentence that speaks to "you"; "hope it doesn't hurt", "hope my back stops hurting" are kind or
 *    the author's own.
 */
function hopedPain(a: Analysis, w: { start: number; end: number; norm: string }, out: ThreatFrame[]): boolean {
  const after = a.wordsAfter(w.end, 10);
  const you = after.slice(0, 4).findIndex((x) => x.norm === "you" || x.norm === "u");
  if (you >= 0 && after[you + 1]?.norm !== "all") {
    const care = after.slice(you + 1, you + 7).find((x) => KIND_CARE.has(x.norm) && scareQuoted(a, x));
    if (care && !after.slice(0, after.indexOf(care)).some((x) => NEGATORS.has(x.norm))) {
      const q = /['\u2019"]/.test(a.text[care.end] ?? "") ? 1 : 0;
      out.push({ span: span(a, w.start, care.end + q), confidence: 0.65, category: "wish-harm", detector: "scare-quoted care wished on someone" });
      return true;
    }
  }
  const p = after.slice(0, 5).findIndex((x) => PAIN.has(x.norm));
  if (p < 1) return false;
  const subject = after.slice(0, p);
  if (subject.some((x) => NEGATORS.has(x.norm) || x.norm === "my" || x.norm === "i" || x.norm === "me" || x.norm === "our" || x.norm === "we" || x.norm === "it" || x.norm === "nothing" || x.norm === "doesn't" || x.norm === "stops")) return false;
  if (MILDER.has(after[p + 1]?.norm ?? "") && after[p + 2]?.norm !== "as") return false;
  // said to someone: "you"/"your" in the hope's sentence
  if (!a.sentenceTokens(w.start).some((x) => SECOND.has(x.norm))) return false;
  out.push({ span: span(a, w.start, after[p]!.end), confidence: 0.6, category: "wish-harm", detector: "pain wished on someone spoken to" });
  return true;
}

function span(a: Analysis, start: number, end: number): Span {
  return { type: "phrase", start, end, text: a.text.slice(start, end), confidence: 0.7, detector: "care-threat" } as Span;
}
