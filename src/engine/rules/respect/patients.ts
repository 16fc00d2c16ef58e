import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { aboutColleague, aboutPatient, combine, severityFor } from "../shared";

/** Generic words for the people described when the post is already about patients. */
const GENERIC_PEOPLE = /\b(?:people|these people|some people|they|them|crowd|mum|dad|man|woman|lady|bloke|guy|family|elderly|drunks|addicts)\b/;

/** Spans that make a patient identifiable; with them, mockery is the seriousness table's second row. */
const IDENTIFYING = ["nhs-number", "chi-number", "hospital-number", "date-of-birth", "ward-bed", "address", "postcode"] as const;

function identifiable(a: Analysis): boolean {
  if (IDENTIFYING.some((t) => a.has(t))) return true;
  return a.of("person-name").some((p) => p.data?.clinician !== true) || a.of("first-name").some((p) => p.confidence >= 0.6 && aboutPatient(a, p));
}

/** Slang that only exists in clinical settings needs no further context to be about a patient. */
function patientWeight(a: Analysis, span: Span): number {
  if (aboutPatient(a, span)) return 1;
  if (a.patientContext >= 0.3) return 0.9;
  return span.data?.category === "acronym" || span.data?.category === "description" ? 0.8 : 0.55;
}

export default defineRule({
  meta: {
    id: "respect/patients",
    severity: "error",
    citations: ["gmp:65", "gmc-sm:5", "seed-002:professional"],
    seriousness: SERIOUSNESS.disrespectGeneral,
    docs: {
      summary: "Derogatory or mocking talk about patients, one patient or patients in general",
      why: "Good medical practice 65 asks that your conduct justifies patients' trust in you and the public's trust in the profession, and the standards do not change online (¶5). Clinical slang such as \"frequent flyer\" or \"acopia\" turns a person into a label; mocking patients in public, even without names, is on the GMC adviser's seriousness table.",
      fix: "Describe the clinical situation in neutral terms (\"a patient who attends often\"), or don't post it. If you are criticising the slang itself, say so: scrubs reads \"we need to stop calling patients frequent flyers\" as rejecting the term.",
      examples: {
        flagged: ["Our favourite frequent flyer is back in majors again tonight 🙄", "Bay 6 is pure acopia, can't wait to discharge him"],
        passes: ["We need to stop calling patients 'frequent flyers'. They are people who need a different kind of help.", "Racked up enough frequent flyer miles for a weekend in Lisbon ✈️"],
      },
    },
    messages: {
      slang: "\"{{term}}\" is derogatory clinical slang for a patient.",
      slangMaybe: "\"{{term}}\" may be read as derogatory slang for a patient.",
      insult: "Calling patients \"{{term}}\" is derogatory.",
      swearing: "Swearing about a patient reads as contempt for them.",
      mocking: "This mocks patients: \"{{term}}\" belittles the people you care for.",
      slur: "\"{{term}}\" is a slur, used here about patients.",
    },
  },
  check({ analysis: a, report }) {
    const identifies = identifiable(a);
    const seriousness = identifies ? SERIOUSNESS.identifiablePhotoAdverse - 10 : SERIOUSNESS.disrespectGeneral;

    for (const span of a.lexicon("clinical-slang")) {
      if (!a.isAsserted(span)) continue;
      const confidence = span.confidence * patientWeight(a, span) * (a.isQuoted(span) ? 0.8 : 1);
      if (confidence < 0.4) continue;
      const severity = severityFor(confidence, "error", 0.65, 0.45);
      report({
        messageId: confidence >= 0.65 ? "slang" : "slangMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        severity,
        confidence,
        seriousness,
        explanation: { detectors: ["lexicon:clinical-slang"], context: [{ word: "patient context", effect: a.patientContext }], notes: [`source: ${span.data?.source}`] },
      });
    }

    const reported = new Set<number>();
    for (const span of a.lexicon("insults")) {
      if (!a.isAsserted(span) || aboutColleague(a, span)) continue;
      if (!aboutPatient(a, span) && !(a.patientContext >= 0.45 && GENERIC_PEOPLE.test(a.sentenceTokens(span.start).map((t) => t.norm).join(" ")))) continue;
      reported.add(span.start);
      const confidence = span.confidence * 0.9;
      if (confidence < 0.45) continue;
      report({
        messageId: "insult",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: severityFor(confidence, "error", 0.6, 0.45),
        confidence,
        seriousness,
        explanation: { detectors: ["lexicon:insults"], context: [{ word: "patient referent", effect: 1 }] },
      });
    }

    // Mockery without slang: contempt markers, stock name-calling and "patients as entertainment",
    // aimed at patients. A laugh alone never counts; it only adds to a contempt marker or an insult.
    const mockedPatients = a.patientContext >= 0.3 || a.lexicon("mockery").some((m) => aboutPatient(a, m));
    if (mockedPatients) {
      const contempt = a.lexicon("mockery", "contempt", "name-call", "spectacle").filter((m) => a.isAsserted(m) && !aboutColleague(a, m));
      const insults = a.lexicon("insults").filter((m) => a.isAsserted(m) && !aboutColleague(a, m));
      const laughs = a.lexicon("mockery", "laugh");
      if (contempt.length > 0) {
        const strongest = [...contempt].sort((x, y) => y.confidence - x.confidence || x.start - y.start)[0]!;
        const confidence = combine(...contempt.map((m) => m.confidence), ...insults.map((m) => 0.5 * m.confidence), ...laughs.slice(0, 2).map((m) => m.confidence)) * Math.min(1, 0.55 + a.patientContext);
        if (confidence >= 0.6 && !reported.has(strongest.start)) {
          report({
            messageId: "mocking",
            range: [strongest.start, strongest.end],
            data: { term: strongest.text },
            severity: severityFor(confidence, "error", 0.75, 0.6),
            confidence,
            seriousness,
            explanation: { detectors: ["lexicon:mockery", ...(insults.length ? ["lexicon:insults"] : [])], context: [{ word: "patient context", effect: Math.round(a.patientContext * 100) / 100 }], notes: contempt.map((m) => `${m.data?.category}: ${m.text}`) },
          });
        }
      }
    }

    for (const span of a.lexicon("slurs")) {
      if (!a.isAsserted(span) || !(aboutPatient(a, span) || a.patientContext >= 0.4) || span.confidence < 0.5) continue;
      report({ messageId: "slur", range: [span.start, span.end], data: { term: span.text }, severity: "error", confidence: span.confidence, seriousness, explanation: { detectors: ["lexicon:slurs"] } });
    }

    for (const span of a.lexicon("profanity")) {
      if (!a.isAsserted(span) || span.data?.category === "mild") continue;
      const next = a.wordsAfter(span.end, 2);
      if (!next.some((t) => t.norm === "patient" || t.norm === "patients" || t.norm === "pt" || t.norm === "relatives")) continue;
      report({ messageId: "swearing", range: [span.start, next[next.length - 1]!.end], severity: "error", confidence: 0.8, seriousness, explanation: { detectors: ["lexicon:profanity"] } });
    }
  },
});
