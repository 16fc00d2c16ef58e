// Claims that a phrase list cannot enumerate because they are built from parts: a superlative in
// front of the thing sold ("the safest weight loss clinic", "best cosmetic clinic in Manchester"),
// an outcome percentage ("98% recovery rate"), and a cure verb aimed at a condition ("can reverse
// arthritis", "cures brain fog"). They are found here as spans shaped like lexicon spans (with a
// category), so misleading-claims treats them exactly like listed claims: scope, promotion and
// caution still decide whether they are reported.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** Superlatives that rank a provider; "most" needs a ranking adjective after it. */
const SUPERLATIVE: Record<string, number> = { best: 0.6, safest: 0.75, cheapest: 0.7, finest: 0.6, leading: 0.45, top: 0.45, greatest: 0.6, "no.1": 0.75, "#1": 0.75 };
const MOST = new Set(["trusted", "experienced", "advanced", "effective", "affordable", "qualified", "skilled", "popular", "successful", "natural"]);
/** What an advert ranks: the provider, its people, its results or its prices. */
const PROVIDER = new Set(["clinic", "clinics", "surgeon", "surgeons", "doctor", "doctors", "practitioner", "practitioners", "injector", "injectors", "provider", "providers", "service", "treatment", "treatments", "results", "prices", "price", "aesthetics", "pharmacy", "salon", "team", "specialists", "specialist", "experts", "expert"]);
/** Outcome words after a percentage ("98% recovery rate", "100% success"). */
const OUTCOME = new Set(["success", "recovery", "cure", "satisfaction", "effective", "guaranteed", "safe", "results", "remission"]);
/** Verbs that promise to remove a disease or a sign of ageing. */
const CURE_VERBS = new Set(["cure", "cures", "curing", "reverse", "reverses", "reversing", "shrink", "shrinks", "shrinking", "heal", "heals", "eliminate", "eliminates", "eradicate", "eradicates", "banish", "banishes", "fix", "fixes"]);
/** Complaints the condition detector does not list but adverts promise to cure. */
const COMPLAINTS = new Set(["tumour", "tumours", "tumor", "tumors", "acne", "menopause", "insomnia", "fog", "wrinkles", "cellulite", "fatigue", "migraines", "migraine", "baldness", "autism", "arthritis", "scarring", "scars"]);

const cache = new WeakMap<Analysis, Span[]>();

function span(a: Analysis, from: Token, to: Token, category: string, confidence: number, rule: string): Span {
  return { type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "claim-pattern", data: { category, source: rule } };
}

/** Claim spans built from parts, in text order. Linear in the number of tokens. */
export function patternClaims(a: Analysis): Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  const tokens = a.tokens;
  const conditions = a.of("condition");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "the safest weight loss clinic", "best cosmetic clinic", "the most trusted injectors"
    let sup = SUPERLATIVE[t.norm];
    let first = t;
    if (sup === undefined && t.norm === "most" && MOST.has(tokens[i + 1]?.norm ?? "")) { sup = 0.55; first = t; }
    if (sup !== undefined) {
      const after = a.wordsAfter(t.end, 4);
      const noun = after.find((w) => PROVIDER.has(w.norm));
      if (noun) out.push(span(a, first, noun, "superlative", sup, "superlative + provider"));
      continue;
    }
    // "98% recovery rate", "100% success"
    if (t.kind === "number" && tokens[i + 1]?.text === "%" && tokens[i + 1]!.start === t.end) {
      const after = a.wordsAfter(tokens[i + 1]!.end, 2);
      const word = after.find((w) => OUTCOME.has(w.norm));
      if (word) {
        const rate = after[after.indexOf(word) + 1];
        const end = rate && (rate.norm === "rate" || rate.norm === "rates") ? rate : word;
        out.push(span(a, t, end, "guarantee", 0.7, "outcome percentage"));
      }
      continue;
    }
    // "can reverse arthritis", "cures brain fog", "shrink tumours naturally"
    if (CURE_VERBS.has(t.norm)) {
      const after = a.wordsAfter(t.end, 3);
      const last = after[after.length - 1];
      if (!last) continue;
      const condition = a.inSentence(t, conditions).find((c) => c.start >= t.end && c.start <= last.start);
      const complaint = after.find((w) => COMPLAINTS.has(w.norm));
      const end = condition ? condition.end : complaint?.end;
      if (end !== undefined) out.push({ type: "phrase", start: t.start, end, text: a.text.slice(t.start, end), confidence: 0.6, detector: "claim-pattern", data: { category: "cure", source: "cure verb + condition" } });
    }
  }
  cache.set(a, out);
  return out;
}
