import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import { replacement, severityFor } from "../shared";
import { cautionary, promotion } from "./promotion";
import { patternClaims } from "./claim-patterns";
import { startsAt } from "./span-index";
import { supplyCues } from "../prescribing/supply";
import type { Span } from "../../types";
import type { Analysis } from "../../analysis";

/** Nouns after "anti-wrinkle" that make it a topical product, not the injection ("anti-wrinkle cream"). */
const TOPICAL = new Set(["cream", "creams", "serum", "serums", "moisturiser", "moisturisers", "moisturizer", "eye", "night", "oil", "mask", "masks", "lotion", "skincare", "products", "product", "routine", "spf", "retinol", "patches"]);
/** Treatment areas that make "tox" botulinum toxin ("masseter tox", "forehead tox"), not a toxicology screen. */
const AREA = new Set(["masseter", "jaw", "jawline", "forehead", "brow", "frown", "lip", "lips", "gummy", "underarm", "neck", "bunny", "chin", "smile", "crow's", "crows", "baby", "preventative", "preventive"]);

/**
 * Indirect names of botulinum toxin that the lexicon cannot list on their own: "anti-wrinkle" as a
 * service ("our anti-wrinkle package", "anti-wrinkle from £149", not "anti-wrinkle cream"), and "tox"
 * after a treatment area ("masseter tox"). Built as botulinum-toxin spans.
 */
function indirectNames(a: Analysis, medicines: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of a.lexicon("cosmetic-procedures", "injectable")) {
    if (s.text.toLowerCase().replace(/\s/g, "-") !== "anti-wrinkle") continue;
    if (startsAt(medicines).has(s.start)) continue;
    const next = a.wordsAfter(s.end, 1)[0];
    if (next && TOPICAL.has(next.norm)) continue;
    out.push({ ...s, lexicon: "prescription-only-medicines", confidence: 0.6, data: { category: "botulinum-toxin", source: "anti-wrinkle as a service" } });
  }
  return out;
}

/** Words that make a sentence a warning or a condition rather than an offer. */
const WARNING_FRAME = new Set(["if", "stop", "don't", "dont", "never", "avoid", "beware", "careful", "unsafe", "dangerous"]);

export default defineRule({
  meta: {
    id: "advertising/prescription-only-medicine",
    severity: "error",
    citations: ["cap:12.12", "gmp:70"],
    seriousness: SERIOUSNESS.identifyingPatient - 5, // unlawful, but not in the table: below identifying a patient
    triggers: ["lexicon:prescription-only-medicines", "lexicon:cosmetic-procedures:injectable"],
    docs: {
      summary: "Promoting prescription-only medicines (Botox, weight-loss injections, vitamin shots...) to the public",
      why: "Prescription-only medicines may not be advertised to the public (CAP Code 12.12; Human Medicines Regulations 2012, regulation 284), even when a registered professional gives them, and the GMC's prescribing guidance says you must not collude in unlawful advertising. Indirect names (\"anti-wrinkle injections\", \"skinny jabs\") count. Good medical practice 70 asks that what you publish about your services does not exploit patients' lack of medical knowledge.",
      fix: "Promote the consultation, not the medicine: describe the concern you can help with (\"lines and wrinkles\", \"weight management\") and invite people to a consultation where a prescriber decides what, if anything, is suitable. Teaching, news and safety warnings about a medicine are fine.",
      examples: {
        flagged: [
          "💉 Botox 3 areas for £199 this month only! DM to book ✨",
          "Now offering Mounjaro weight loss injections at our clinic, book your slot today",
        ],
        passes: [
          "New NICE guidance on semaglutide for obesity: thread 🧵",
          "Don't buy Ozempic from Instagram sellers. Counterfeit pens are putting people in hospital.",
        ],
      },
    },
    messages: {
      promoted: "\"{{medicine}}\" names a prescription-only medicine, and this post promotes it to the public.",
      promotedMaybe: "\"{{medicine}}\" names a prescription-only medicine; this post may read as promoting it to the public.",
    },
  },
  check({ analysis: a, report }) {
    const listed = a.lexicon("prescription-only-medicines");
    const indirect = indirectNames(a, listed);
    const medicines = indirect.length === 0 ? listed : [...listed, ...indirect];
    if (medicines.length === 0) return;
    const promo = promotion(a);
    // Claims ("treat yourself", "guaranteed") are ad copy too, and make a medicine's mention promotional.
    let claims = 0;
    for (const c of a.lexicon("advertising-claims")) if (a.isAsserted(c)) claims = Math.max(claims, 0.5 * c.confidence);
    // Claims built from parts ("symptom free all summer", "cures acne permanently") count the same way.
    for (const c of patternClaims(a)) if (a.isAsserted(c)) claims = Math.max(claims, 0.5 * c.confidence);
    // Supply without a consultation ("no consultation needed", "without seeing a doctor") sells the medicine too.
    let supplyMiss = 1;
    // Not in a warning ("If you're buying them online without a consultation, please stop").
    for (const r of [...a.lexicon("remote-prescribing"), ...supplyCues(a)]) {
      if (r.data?.category === "channel" || !a.isAsserted(r) || a.sentencesWith("pom-warning-frame", (t) => WARNING_FRAME.has(t.norm)).has(a.sentenceOf(r.start))) continue;
      // An offer to supply ("I'll post you", "scripts sorted same day") sells more plainly than "no forms".
      supplyMiss *= 1 - (r.data?.category === "offer" ? 0.8 : 0.6) * r.confidence;
    }
    const supply = 1 - supplyMiss;
    const score = 1 - (1 - promo.score) * (1 - claims) * (1 - supply);
    if (score < 0.3) return;
    for (const span of medicines) {
      // A quoted name is being discussed, unless the post sells: then the quotes are scare quotes
      // around a nickname ("'Baby tox' for that fresh look, vouchers available").
      if (!a.isAsserted(span) || (a.isQuoted(span) && score < 0.5)) continue;
      const caution = cautionary(a, span);
      // An advert names the medicine it sells; a stronger name (a cosmetic brand, "skinny jab") needs
      // less promotion around it than a generic name that is mostly used in teaching.
      // Slang that is ambiguous alone ("tox" is also a toxicology screen) is settled by a cosmetic post.
      // A treatment area before slang ("masseter tox") settles it too.
      const area = span.data?.category === "botulinum-toxin" && AREA.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "");
      const base = span.data?.category === "botulinum-toxin" && (promo.cosmetic >= 0.5 || area) ? Math.max(span.confidence, 0.7) : span.confidence;
      const confidence = Math.min(1, base + 0.25) * score * (1 - 0.8 * caution);
      if (confidence < 0.3) continue;
      report({
        messageId: confidence >= 0.5 ? "promoted" : "promotedMaybe",
        range: [span.start, span.end],
        data: { medicine: span.text },
        // Names that are mostly used clinically ("vitamin drip", "codeine") stay informational alone.
        // An offer to supply it is not "alone": a generic name offered by post is still sold.
        severity: base < 0.5 && confidence < 0.5 && supply < 0.3 ? "info" : severityFor(confidence, "error", 0.5, 0.35),
        confidence,
        suggestions: [replacement([span.start, span.end], "a consultation", "Promote the consultation, not the medicine")],
        explanation: {
          detectors: ["lexicon:prescription-only-medicines", "promotion"],
          context: [...promo.cues.slice(0, 8), { word: "advertising claims", effect: claims }, { word: "caution/teaching/news", effect: -caution }],
          notes: [`category: ${span.data?.category}`, `source: ${span.data?.source}`],
        },
      });
    }
  },
});
