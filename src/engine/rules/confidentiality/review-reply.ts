import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";

// A reply to a review or complaint must not confirm that the reviewer was a patient or say anything
// about their care: the reply is public, the reviewer's consent to their own post is not consent to
// yours (¶14; GMP 69; the GMC adviser's "responding to criticism in the press").

const MODEL_REPLY = "Thank you for your feedback. We can't discuss anyone's care in public, but we would like to look into this: please contact our practice manager.";

/** Words after "the patient" that make it a service, not a person ("the patient services team"). */
const SERVICE_NOUNS = new Set(["services", "service", "experience", "safety", "liaison", "advice", "team", "portal", "feedback", "information", "charter", "group", "panel", "participation", "association", "forum", "voice"]);

function isReviewReply(a: Analysis): boolean {
  if (a.context.platform === "review-reply") return true;
  if (a.lexicon("care-disclosure").length === 0) return false;
  if (a.lexicon("care-disclosure", "opener").some((s) => s.start < 80)) return true;
  // The practice's voice ("we", "our") answering "you" about a visit or care.
  const words = a.words;
  const practiceVoice = words.has("we") || words.has("our") || words.has("we're");
  const addressed = words.has("you") || words.has("your");
  return practiceVoice && addressed && a.lexicon("care-disclosure", "confirms", "action").length > 0;
}

export default defineRule({
  meta: {
    id: "confidentiality/review-reply",
    severity: "error",
    citations: ["gmc-sm:14", "gmp:69", "seed-002:clinical-records"],
    seriousness: SERIOUSNESS.identifyingPatient,
    triggers: ["context:review-reply", "lexicon:care-disclosure"],
    docs: {
      summary: "A reply to a review or complaint that confirms the person was a patient or discloses their care",
      why: "Replying to a review is public communication: you must maintain confidentiality (GMP 69) and must not discuss a patient's care on public social media (¶14). Saying \"when you attended\" confirms they are a patient; explaining their treatment to rebut a complaint discloses it.",
      fix: "Thank the reviewer, say you can't discuss anyone's care in public, and invite them to contact the practice privately. scrubs offers a model reply.",
      examples: {
        flagged: ["Thank you for your review. Due to your clenching and grinding habit, this is not the first molar tooth you have lost due to a fractured root.", "We're sorry to hear this. Our records show you missed two appointments before your procedure."],
        passes: ["Our staff aim to make sure all concerns are properly addressed. Please be in touch if there is anything we can do to assist.", "Thank you for your review. We can't discuss individual care online; please call our practice manager."],
      },
    },
    messages: {
      confirms: "\"{{phrase}}\" confirms in public that the reviewer was a patient.",
      discloses: "\"{{phrase}}\" discloses the reviewer's care in public.",
    },
  },
  check({ analysis: a, report }) {
    if (!isReviewReply(a)) return;
    const found: { span: Span; kind: "confirms" | "discloses" }[] = [];
    for (const s of a.lexicon("care-disclosure", "confirms")) {
      if (a.isNegated(s) || SERVICE_NOUNS.has(a.wordsAfter(s.end, 1)[0]?.norm ?? "")) continue;
      found.push({ span: s, kind: "confirms" });
    }
    for (const s of a.lexicon("care-disclosure", "action")) if (!a.isNegated(s)) found.push({ span: s, kind: "discloses" });
    for (const s of a.lexicon("care-disclosure", "care-noun")) {
      const prev = a.wordsBefore(s.start, 2);
      if (prev.some((t) => t.norm === "your" || t.norm === "his" || t.norm === "her") && !a.isNegated(s) && !prev.some((t) => t.norm === "discuss")) found.push({ span: s, kind: "discloses" });
    }
    for (const s of a.of("condition")) if (s.confidence >= 0.5 && !a.isNegated(s)) found.push({ span: s, kind: "discloses" });
    // Naming the medicine or procedure in a reply to a reviewer discloses their treatment.
    for (const s of [...a.lexicon("prescription-only-medicines"), ...a.lexicon("cosmetic-procedures")]) {
      if (s.confidence >= 0.4 && !a.isNegated(s) && s.data?.category !== "context") found.push({ span: s, kind: "discloses" });
    }
    found.sort((x, y) => x.span.start - y.span.start);
    const seen = new Set<number>();
    for (const { span, kind } of found) {
      if (seen.has(span.start)) continue;
      seen.add(span.start);
      report({
        messageId: kind,
        range: [span.start, span.end],
        data: { phrase: span.text },
        confidence: Math.max(0.6, span.confidence),
        suggestions: [{ message: "Replace the reply with one that confirms nothing", edits: [{ range: [0, a.text.length], text: MODEL_REPLY }], safe: false }],
        explanation: { detectors: [span.detector], context: [{ word: `platform: ${a.context.platform ?? "reply opener"}`, effect: 1 }] },
      });
    }
  },
});
