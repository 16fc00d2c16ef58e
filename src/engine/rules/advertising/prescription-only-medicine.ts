import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import { replacement, severityFor } from "../shared";
import { cautionary, promotion } from "./promotion";

/** Words that make a sentence a warning or a condition rather than an offer. */
const WARNING_FRAME = new Set(["if", "stop", "don't", "dont", "never", "avoid", "beware", "careful", "unsafe", "dangerous"]);

export default defineRule({
  meta: {
    id: "advertising/prescription-only-medicine",
    severity: "error",
    citations: ["cap:12.12", "gmp:70"],
    seriousness: SERIOUSNESS.identifyingPatient - 5, // unlawful, but not in the table: below identifying a patient
    triggers: ["lexicon:prescription-only-medicines"],
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
    const medicines = a.lexicon("prescription-only-medicines");
    if (medicines.length === 0) return;
    const promo = promotion(a);
    // Claims ("treat yourself", "guaranteed") are ad copy too, and make a medicine's mention promotional.
    let claims = 0;
    for (const c of a.lexicon("advertising-claims")) if (a.isAsserted(c)) claims = Math.max(claims, 0.5 * c.confidence);
    // Supply without a consultation ("no consultation needed", "without seeing a doctor") sells the medicine too.
    let supply = 0;
    // Not in a warning ("If you're buying them online without a consultation, please stop").
    for (const r of a.lexicon("remote-prescribing")) {
      if (r.data?.category === "channel" || !a.isAsserted(r) || a.sentenceTokens(r.start).some((t) => WARNING_FRAME.has(t.norm))) continue;
      supply = Math.max(supply, 0.6 * r.confidence);
    }
    const score = 1 - (1 - promo.score) * (1 - claims) * (1 - supply);
    if (score < 0.3) return;
    for (const span of medicines) {
      if (!a.isAsserted(span) || a.isQuoted(span)) continue;
      const caution = cautionary(a, span);
      // An advert names the medicine it sells; a stronger name (a cosmetic brand, "skinny jab") needs
      // less promotion around it than a generic name that is mostly used in teaching.
      // Slang that is ambiguous alone ("tox" is also a toxicology screen) is settled by a cosmetic post.
      const base = span.data?.category === "botulinum-toxin" && promo.cosmetic >= 0.5 ? Math.max(span.confidence, 0.7) : span.confidence;
      const confidence = Math.min(1, base + 0.25) * score * (1 - 0.8 * caution);
      if (confidence < 0.3) continue;
      report({
        messageId: confidence >= 0.5 ? "promoted" : "promotedMaybe",
        range: [span.start, span.end],
        data: { medicine: span.text },
        // Names that are mostly used clinically ("vitamin drip", "codeine") stay informational alone.
        severity: base < 0.5 && confidence < 0.5 ? "info" : severityFor(confidence, "error", 0.5, 0.35),
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
