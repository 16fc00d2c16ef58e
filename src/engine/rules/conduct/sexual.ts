import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { aboutColleague, aboutPatient, COLLEAGUE_WORDS, combine, severityFor } from "../shared";
import { clinicalUse, PATIENT_NOUNS } from "./util";

const FAMILY = new Set(["mum", "mom", "dad", "mother", "father", "parent", "parents", "wife", "husband", "daughter", "son", "relative", "relatives"]);
const bare = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);

/** "Peds patient's mom": a patient, or someone close to them (GMP 53). */
function patientNearby(a: Analysis, span: Span): boolean {
  return a.sentenceTokens(span.start).some((t) => bare(t.norm) === "patient" || bare(t.norm) === "patients" || bare(t.norm) === "pt");
}

/** A patient, relative or colleague word in the sentence outside the phrase itself. */
function targetOutside(a: Analysis, span: Span): boolean {
  for (const t of a.sentenceTokens(span.start)) {
    if (t.start >= span.start && t.end <= span.end) continue;
    const n = bare(t.norm);
    if (PATIENT_NOUNS.has(n) || COLLEAGUE_WORDS.has(n) || FAMILY.has(n) || t.kind === "mention") return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: "conduct/sexual",
    severity: "error",
    citations: ["gmp:65", "gmp:53", "seed-002:relationships"],
    seriousness: SERIOUSNESS.disrespectGeneral,
    docs: {
      summary: "Sexualised comments, above all about patients or colleagues",
      why: "Good medical practice 53 forbids using your professional position to pursue a sexual relationship with a patient, and 65 asks that your conduct justifies patients' trust. Sexualising a patient or colleague in public (rating their looks, innuendo about an examination) breaks that trust and the boundary the guidance asks you to keep (¶10; the do's and don'ts sheet: don't establish inappropriate relationships online with colleagues or patients). Sexual-health teaching is not what this rule is about.",
      fix: "Remove the comment. Talk about patients and colleagues as you would in front of them; keep sexual-health teaching in clinical language.",
      examples: {
        flagged: ["Hot patient in bay 4 today, would tap that 😏", "New reg is total eye candy, no complaints from the nurses' station"],
        passes: ["Sexual health clinic tips: ask about condom use every visit, and offer HIV testing routinely.", "Erectile dysfunction can be an early sign of cardiovascular disease: check BP, lipids and HbA1c."],
      },
    },
    messages: {
      aboutPatient: "\"{{term}}\" sexualises a patient.",
      aboutColleague: "\"{{term}}\" sexualises a colleague.",
      sexual: "\"{{term}}\" is sexualised language from an identifiable clinician.",
      sexualMaybe: "\"{{term}}\" may read as sexualised.",
    },
  },
  check({ analysis: a, report }) {
    for (const span of a.lexicon("sexual")) {
      if (!a.isAsserted(span)) continue;
      const patient = aboutPatient(a, span) || patientNearby(a, span);
      const colleague = !patient && aboutColleague(a, span);
      if (!patient && !colleague && (clinicalUse(a, span) || a.teaching >= 0.5)) continue; // sexual-health teaching
      // a target named outside the phrase raises confidence ("fit patient" alone names its own target)
      const confidence = (patient || colleague) && targetOutside(a, span) ? combine(span.confidence, 0.25) : span.confidence;
      if (confidence < 0.4) continue;
      const target = patient || colleague;
      const sure = confidence >= 0.6;
      report({
        messageId: !sure ? "sexualMaybe" : patient ? "aboutPatient" : colleague ? "aboutColleague" : "sexual",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: target ? severityFor(confidence, "error", 0.6, 0.4) : sure ? "warning" : "info",
        confidence,
        seriousness: patient ? SERIOUSNESS.identifyingPatient - 10 : SERIOUSNESS.disrespectGeneral,
        explanation: { detectors: ["lexicon:sexual"], context: [{ word: patient ? "about a patient" : colleague ? "about a colleague" : "no target", effect: target ? 0.25 : 0 }] },
      });
    }
  },
});
