import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";

// ¶14: "You must not use publicly accessible social media to discuss individual patients or their
// care with those patients or anyone else." Two shapes: a narrative about one patient's care, and a
// public reply to a patient about their own care.

const DETERMINERS = new Set(["a", "an", "my", "this", "the", "one", "our", "that"]);
const PERSON_NOUNS = new Set(["patient", "pt", "lady", "gentleman", "gent", "man", "woman", "guy", "chap", "bloke", "boy", "girl", "baby", "child", "toddler", "teenager", "mum", "dad", "grandad", "grandma", "gran", "fella", "client"]);
const YOU = new Set(["you", "your", "you're", "youre", "yours", "u", "ur"]);

/** The first place the post singles out one patient ("a lady in her 80s", "my patient", "61yo"). */
function individual(a: Analysis): { start: number; end: number } | undefined {
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!DETERMINERS.has(t[i]!.norm)) continue;
    // allow one adjective: "a lovely lady", "this elderly gent"
    for (const j of [i + 1, i + 2]) {
      const w = t[j];
      if (w && w.kind === "word" && PERSON_NOUNS.has(w.norm) && w.sentence === t[i]!.sentence) {
        if (w.norm === "patient" && t[j + 1] && /^(?:s|safety|care|experience|groups?|information|records?)$/.test(t[j + 1]!.norm)) break;
        return { start: t[i]!.start, end: w.end };
      }
    }
  }
  const age = a.of("age").find((s) => s.data?.exact === true);
  return age ? { start: age.start, end: age.end } : undefined;
}

function careDetails(a: Analysis): Span[] {
  const cues = a.of("patient-cue").filter((s) => !/^(?:patients?|pts?)$/i.test(s.text));
  return [...cues, ...a.of("condition"), ...a.of("clinical-setting"), ...a.of("time-ref"), ...a.of("event"), ...a.of("ward-bed")]
    .filter((s) => s.confidence >= 0.3 && !a.isNegated(s));
}

export default defineRule({
  meta: {
    id: "confidentiality/patient-discussion",
    severity: "warning",
    citations: ["gmc-sm:14", "gmp:69", "gmc-sm:8d"],
    seriousness: SERIOUSNESS.identifyingPatient - 15,
    docs: {
      summary: "Discussing an individual patient or their care on public social media, or replying publicly to a patient about their care",
      why: "You must not use publicly accessible social media to discuss individual patients or their care with those patients or anyone else (¶14). Even without a name, a story about one patient's care is theirs, and the patient or their family may recognise it; once published it is hard to remove (¶8d).",
      fix: "Keep stories about individual patients off public accounts. For teaching, use a fictional or composite case and say so, or get the patient's written consent. Reply to a patient privately, or direct them to the practice's proper channel.",
      examples: {
        flagged: ["So I have a patient who has no-showed for every antenatal scan and is now 3 hours late for her induction. May I show up late to her delivery?", "@sarah_k1 your bloods came back fine, no need to worry about the lump, see you Tuesday"],
        passes: ["Tough night. Lost a patient. Hug your loved ones.", "Fictional case: a 45-year-old presents with crushing chest pain in A&E. Next step? #FOAMed"],
      },
    },
    messages: {
      narrative: "This discusses an individual patient's care in public.",
      narrativeMaybe: "This may read as discussing an individual patient's care in public.",
      reply: "This replies in public to a patient about their care.",
    },
  },
  check({ analysis: a, report }) {
    if (!a.isPublic || a.context.platform === "review-reply") return;
    const fiction = a.fictionOrConsent;
    if (fiction >= 0.6) return;

    // A public reply to a patient: starts with an @mention, speaks to "you" about their care.
    const first = a.tokens[0];
    if (first && first.kind === "mention") {
      const care = a.lexicon("care-disclosure", "care-noun", "action", "confirms").filter((s) => !a.isNegated(s));
      const addressed = a.tokens.some((t) => YOU.has(t.norm));
      if (addressed && (care.length > 0 || a.of("condition").length > 0) && a.patientContext + (care.length ? 0.5 : 0) >= 0.5) {
        const target = care[0] ?? a.of("condition")[0]!;
        report({ messageId: "reply", range: [first.start, target.end], severity: "error", confidence: 0.8, seriousness: SERIOUSNESS.identifyingPatient, explanation: { detectors: ["mention", "lexicon:care-disclosure"] } });
        return;
      }
    }

    const who = individual(a);
    if (!who) return;
    const details = careDetails(a);
    const kinds = new Set(details.map((d) => d.type));
    if (details.length < 2 || (kinds.size < 2 && details.length < 3)) return;
    const confidence = Math.min(1, 0.35 + 0.15 * details.length + 0.1 * kinds.size) * (1 - fiction) * (1 - 0.4 * a.teaching);
    if (confidence < 0.45) return;
    report({
      messageId: confidence >= 0.6 ? "narrative" : "narrativeMaybe",
      range: [who.start, who.end],
      severity: confidence >= 0.45 ? "warning" : "info",
      confidence,
      explanation: { detectors: ["patient-referent", ...new Set(details.map((d) => d.detector))], notes: details.slice(0, 6).map((d) => `${d.type}: ${d.text}`) },
    });
  },
});
