// Brands no list knows. Most products a doctor is paid to promote are too new or too small for the
// companies lexicon ("ProBiome probiotics", "the Aurelia laser", "Meridian Pharma", "@PhysioFlow"), so
// conflict-of-interest also reads the shape of a name: CamelCase words, a capitalised name in front of
// a product noun, a capitalised name with a corporate suffix, a company-like @handle, and "this/these/
// my new <product>" standing in for a name. Each is only a referent: the rule still needs a commercial
// cue or an endorsement before it reports anything.
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** Nouns for things a clinician might be paid to recommend. */
export const PRODUCT = new Set([
  "app", "apps", "laser", "lasers", "probiotic", "probiotics", "supplement", "supplements", "vitamins", "gummies", "powder", "shake", "shakes", "tea", "teas", "drink",
  "cream", "creams", "serum", "serums", "moisturiser", "moisturizer", "sunscreen", "spf", "oil", "balm", "spray", "wipes", "monitor", "monitors", "tracker", "trackers", "ring", "watch",
  "device", "devices", "cgm", "inhaler", "inhalers", "pill", "pills", "tablets", "stethoscope", "stethoscopes", "dermatoscope", "otoscope", "glasses", "lenses", "socks", "shoes", "clogs",
  "mattress", "pillow", "headphones", "scales", "brace", "equipment", "kit", "kits", "retreat", "programme", "program", "course", "formula", "range", "scrubs", "stack",
  "blanket", "blankets", "mask", "masks", "bottle", "bottles", "oximeter", "oximeters", "thermometer", "otoscope", "magnesium", "collagen", "protein", "creatine", "patches", "gel", "lotion",
  "toothbrush", "toothbrushes", "toothpaste", "steth", "steths", "insoles", "insole", "trainers", "gun", "roller", "rollers", "implant", "implants",
]);
/** Words after a capitalised name that make it a company. */
const CORPORATE = new Set(["pharma", "pharmaceuticals", "pharmaceutical", "labs", "laboratories", "health", "healthcare", "medical", "aesthetics", "ltd", "limited", "inc", "plc", "wellness", "nutrition", "supplements", "therapeutics", "biotech", "diagnostics", "skincare", "clinics"]);
/** Fragments that make an @handle read as a company or brand rather than a person. */
const HANDLE_HINT = /(?:pharm|med|health|labs?|clinic|derm|skin|care|flow|supp|vision|official|shop|store|uk$|co$|hq$|nutrition|wellness|aesthetic|tech|bio)/i;
/** CamelCase words that are everyday names, not brands a doctor could be paid by. */
const COMMON_CAMEL = new Set(["whatsapp", "youtube", "tiktok", "linkedin", "pubmed", "iphone", "ipad", "facetime", "powerpoint", "onedrive", "github", "paypal", "ebay", "macbook", "bluesky", "openai", "chatgpt", "deepmind", "nhsmail", "meded", "foamed", "systmone", "emis", "simman", "mcdonald's", "mcdonalds", "teams", "zoom", "instagram", "facebook", "parkrun", "justgiving", "gofundme"]);
const CAMEL = /^[A-Z][a-z]+[A-Z][A-Za-z]*$/;
/** Surname prefixes that make a CamelCase word a name (McDonald, MacLeod, DiMarco, LeBlanc, VanDyke). */
const NAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Le|La|Van|Von|Fitz|St)[A-Z]/;
const DEMONSTRATIVE = new Set(["this", "these", "my"]);
/** "a (certain) pharma company", "the drug rep": an unnamed company is still a company that paid. */
const INDUSTRY = new Set(["pharma", "pharmaceutical", "drug", "drugs", "device", "aesthetics"]);
const FIRM = new Set(["company", "companies", "firm", "firms", "rep", "reps", "giant"]);
/** "the company behind X", "the manufacturer of X", "the makers of X". */
const MAKER = new Set(["company", "manufacturer", "manufacturers", "makers", "maker", "firm"]);
const MAKER_LINK = new Set(["behind", "of", "that", "who", "which"]);
const NOT_BRAND = new Set(["the", "a", "an", "my", "our", "i", "i'm", "we", "it", "this", "these", "doctor", "doctors", "dr", "nhs", "gp", "patients", "nurse", "new", "chief", "senior", "clinical", "lead", "head", "associate", "deputy", "medical"]);

const cache = new PostCache<Span[]>();

function named(a: Analysis, start: number, end: number, confidence: number, kind: string): Span {
  return { type: "phrase", start, end, text: a.text.slice(start, end), confidence, detector: "brand-shape", data: { kind } };
}

/** A capitalised word that is not the first of its sentence and is not already a person or place. */
function properWord(t: Token | undefined, taken: ReadonlySet<number>): boolean {
  // a single capital ("vitamin D supplements", "Plan B pills") names no company
  if (!t || t.kind !== "word" || !t.cap || t.sentenceStart || t.text.length < 2 || NOT_BRAND.has(t.norm)) return false;
  return !taken.has(t.start);
}

/** Brand-like names and product referents, in text order; linear in the number of tokens. */
export function brandShapes(a: Analysis): Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  // Token starts inside a person, place or hospital span (each span's tokens visited once).
  const taken = new Set<number>();
  for (const list of [a.of("person-name"), a.of("place"), a.of("hospital")]) {
    for (const s of list) for (let k = a.tokenIndexAt(s.start); k < a.tokens.length && a.tokens[k]!.end <= s.end; k++) taken.add(a.tokens[k]!.start);
  }
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "mention") {
      out.push(named(a, t.start, t.end, HANDLE_HINT.test(t.text.slice(1)) ? 0.75 : 0.5, "handle"));
      continue;
    }
    if (t.kind !== "word") continue;
    const next = tokens[i + 1];
    // "DexaCare", "ZenoSleep", "BrandX"
    const bare = t.norm === t.stem ? t.text : t.text.slice(0, t.stem.length);
    if (CAMEL.test(bare) && !NAME_PREFIX.test(bare) && !COMMON_CAMEL.has(t.stem)) {
      out.push(named(a, t.start, t.end, 0.6, "camel-case"));
      continue;
    }
    // "Meridian Pharma", "Lumena Health"
    if (properWord(t, taken) && next?.kind === "word" && next.cap && CORPORATE.has(next.stem) && next.start - t.end <= 1) {
      out.push(named(a, t.start, next.end, 0.75, "corporate"));
      i++;
      continue;
    }
    // "the Aurelia laser", "ProBiome probiotics", "the Reset Retreat": a capitalised name before a product noun
    if (properWord(t, taken) && next?.kind === "word" && PRODUCT.has(next.norm) && next.start - t.end <= 1) {
      // the whole name: "the Zephyr Pro otoscope", not "Pro otoscope"
      let from = t;
      for (let k = i - 1; k >= 0 && k >= i - 2 && tokens[k]!.kind === "word" && from.start - tokens[k]!.end <= 1 && properWord(tokens[k], taken); k--) from = tokens[k]!;
      out.push(named(a, from.start, next.end, 0.55, "name + product"));
      i++;
      continue;
    }
    // "this dermatoscope", "these blue-light glasses", "my new wearable ECG monitor": an unnamed product
    if (INDUSTRY.has(t.norm) && next?.kind === "word" && FIRM.has(next.norm)) {
      out.push(named(a, t.start, next.end, 0.7, "unnamed company"));
      i++;
      continue;
    }
    // "the company behind the new migraine injection", "the makers of X": a company named by its product
    if (t.norm === "the" && next?.kind === "word" && MAKER.has(next.norm) && MAKER_LINK.has(tokens[i + 2]?.norm ?? "")) {
      out.push(named(a, t.start, next.end, 0.7, "unnamed company"));
      i++;
      continue;
    }
    const theNew = t.norm === "the" && next?.norm === "new";
    // "the only sunscreen I'll use", "the best probiotic": a product singled out is a product referent
    const theOnly = t.norm === "the" && (next?.norm === "only" || next?.norm === "best");
    if (DEMONSTRATIVE.has(t.norm) || theNew || theOnly) {
      const after = a.wordsAfter(theNew || theOnly ? next!.end : t.end, theOnly ? 2 : 5);
      const k = after.findIndex((w) => PRODUCT.has(w.norm));
      // "my" is personal life ("my inhaler ran out") unless the product is new, a favourite, or named at once.
      if (k >= 0 && (t.norm !== "my" || k <= 1 || after[0]?.norm === "new" || after[0]?.norm === "favourite" || after[0]?.norm === "favorite")) {
        out.push(named(a, t.start, after[k]!.end, 0.55, "product referent"));
      }
    }
  }
  cache.set(a, out);
  return out;
}
