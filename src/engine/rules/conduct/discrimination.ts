import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { combine, severityFor } from "../shared";
import { clinicalUse, hasAny } from "./util";

/** Words that mark a sentence as naming a hateful idea in order to criticise or explain it. */
const CRITIQUE = new Set([
  "trope", "tropes", "myth", "myths", "conspiracy", "debunk", "debunked", "debunking", "misinformation", "disinformation", "stereotype", "stereotypes", "stereotyping",
  "antisemitic", "antisemitism", "islamophobic", "islamophobia", "homophobic", "homophobia", "transphobic", "transphobia", "bigotry", "bigoted", "hateful", "slur", "slurs", "dog-whistle",
]);
/** Words before a slur that say the author is naming themselves with a reclaimed term ("as a queer doctor"). */
const SELF = new Set(["proud", "i'm", "im", "am", "we're", "as"]);

/** A group as the subject of a universal claim: "X always...", "X never...", "typical X", "all X are". */
const UNIVERSAL = new Set(["always", "never", "all", "typical", "typically", "constantly", "invariably"]);
/** Words between a group and its claim that keep it the subject ("Muslim patients always", "women surgeons just can't"). */
const BRIDGE = new Set(["patients", "people", "doctors", "nurses", "surgeons", "men", "women", "families", "are", "just", "honestly", "really", "literally"]);

const NEGATIVE_LEXICONS = ["insults", "profanity", "allegations", "hostile-generalisations", "slurs"];
const EYE_ROLL = "\ud83d\ude44";

/**
 * The group opens a stereotyping claim: "typical X", "why do X always...", or "X always/never..." with
 * something negative in the same or next sentence (an insult, swearing, an allegation, an eye-roll).
 */
function universal(a: Analysis, group: Span): Span | undefined {
  const before = a.wordsBefore(group.start, 3);
  if (before[0]?.norm === "typical") return { ...group, start: before[0].start, text: a.text.slice(before[0].start, group.end) };
  let claim: Span | undefined;
  for (const t of a.wordsAfter(group.end, 3)) {
    if (UNIVERSAL.has(t.norm)) { claim = { ...group, end: t.end, text: a.text.slice(group.start, t.end) }; break; }
    if (!BRIDGE.has(t.norm)) break;
  }
  if (!claim) return undefined;
  if (before.some((t) => t.norm === "why") && before.some((t) => t.norm === "do" || t.norm === "does")) return claim;
  const s = a.sentenceOf(group.start);
  const near = (x: { start: number }) => { const d = a.sentenceOf(x.start) - s; return d === 0 || d === 1; };
  if (NEGATIVE_LEXICONS.some((name) => a.lexicon(name).some((x) => x.confidence >= 0.3 && near(x)))) return claim;
  const tokens = a.sentenceTokens(group.start);
  const sentenceEnd = tokens[tokens.length - 1]?.end ?? group.end;
  return a.text.slice(group.start, sentenceEnd + 40).includes(EYE_ROLL) ? claim : undefined;
}

function critiqued(a: Analysis, span: Span): boolean {
  return a.isRejected(span) || hasAny(a.sentenceTokens(span.start), CRITIQUE);
}

/** The group a hostile phrase is said of: a group or slur in the same sentence, nearest first. */
function groupFor(a: Analysis, span: Span): Span | undefined {
  const groups = [...a.inSentence(span, a.lexicon("groups")), ...a.inSentence(span, a.lexicon("slurs"))];
  let best: Span | undefined;
  let bestD = Infinity;
  for (const g of groups) {
    const d = g.end <= span.start ? span.start - g.end : g.start >= span.end ? g.start - span.end : 0;
    if (d < bestD) { best = g; bestD = d; }
  }
  return best;
}

export default defineRule({
  meta: {
    id: "conduct/discrimination",
    severity: "error",
    citations: ["gmp:65", "gmc-sm:5", "seed-003:seriousness"],
    seriousness: SERIOUSNESS.discriminatory,
    docs: {
      summary: "Slurs, hateful generalisations and tropes about people who share a protected characteristic",
      why: "Good medical practice 65 asks that your conduct justifies the public's trust in the profession, and the standards don't change online (¶5). The GMC adviser's seriousness table lists discriminatory language in a blog above disrespect of patients. Patients from every group need to trust that their doctor does not hold them in contempt; tribunals have suspended doctors for generalising about groups even when the post was meant as a joke.",
      fix: "Criticise ideas, policies and governments, not groups of people. If you are reporting abuse you received or explaining why a term is offensive, say so plainly (scrubs reads \"a patient called me...\" as reported speech).",
      examples: {
        flagged: ["Cis people, on the whole, are just awful and there needs to be a massive state-sponsored programme of re-education", "Immigrants are ruining this country and the NHS is paying for it"],
        passes: ["Health inequalities for Black women in maternity care are stark. MBRRACE figures show a fourfold difference in mortality.", "The idea that migrants are a drain on the NHS is a myth: they staff it."],
      },
    },
    messages: {
      slur: "\"{{term}}\" is a slur ({{group}}).",
      slurMaybe: "\"{{term}}\" may be read as a slur ({{group}}).",
      reportedSlur: "\"{{term}}\" is quoted as someone else's words; consider masking it.",
      generalisation: "\"{{phrase}}\" is a hostile generalisation about {{group}}.",
      generalisationMaybe: "\"{{phrase}}\" may read as a hostile generalisation about {{group}}.",
      trope: "\"{{phrase}}\" is a recognised hate trope.",
    },
  },
  check({ analysis: a, report }) {
    for (const span of a.lexicon("slurs")) {
      // negation does not clean a slur ("stop being such a ..."): only criticism or reporting does
      if (critiqued(a, span)) continue;
      const group = String(span.data?.category ?? "protected group");
      if (a.isReported(span) || (a.isQuoted(span) && span.confidence >= 0.5)) {
        report({ messageId: "reportedSlur", range: [span.start, span.end], data: { term: span.text }, severity: "info", confidence: span.confidence, explanation: { detectors: ["lexicon:slurs"], notes: ["reported speech"] } });
        continue;
      }
      if (span.confidence < 0.7 && a.wordsBefore(span.start, 3).some((t) => SELF.has(t.norm))) continue; // reclaimed self-description
      if (span.confidence < 0.5 && clinicalUse(a, span)) continue;
      const context = a.inSentence(span, a.lexicon("hostile-generalisations")).length + a.inSentence(span, a.lexicon("insults")).length + a.inSentence(span, a.lexicon("profanity")).length > 0;
      const confidence = combine(span.confidence, context ? 0.3 : 0);
      if (confidence < 0.4) continue;
      report({
        messageId: confidence >= 0.7 ? "slur" : "slurMaybe",
        range: [span.start, span.end],
        data: { term: span.text, group },
        severity: severityFor(confidence, "error", 0.7, 0.5),
        confidence,
        explanation: { detectors: ["lexicon:slurs"], context: context ? [{ word: "hostile words nearby", effect: 0.3 }] : [], notes: [`source: ${span.data?.source}`] },
      });
    }

    // Hateful generalisations: one finding per sentence, on the group and its strongest hostile predicate.
    const bySentence = new Map<number, { group: Span; spans: Span[] }>();
    for (const span of a.lexicon("hostile-generalisations")) {
      if (!a.isAsserted(span) || critiqued(a, span)) continue;
      const group = groupFor(a, span);
      if (!group) {
        if (span.data?.category === "trope" && span.confidence >= 0.75) {
          report({ messageId: "trope", range: [span.start, span.end], data: { phrase: span.text }, severity: severityFor(span.confidence, "error", 0.8, 0.5), confidence: span.confidence * 0.9, explanation: { detectors: ["lexicon:hostile-generalisations"], notes: ["self-contained trope"] } });
        }
        continue;
      }
      const s = a.sentenceOf(span.start);
      const entry = bySentence.get(s);
      if (entry) entry.spans.push(span);
      else bySentence.set(s, { group, spans: [span] });
    }
    // A protected group as the subject of an "always/never/typical" claim, with no listed predicate.
    for (const group of a.lexicon("groups")) {
      if (group.confidence < 0.6 || bySentence.has(a.sentenceOf(group.start)) || !a.isAsserted(group) || critiqued(a, group)) continue;
      const claim = universal(a, group);
      if (!claim) continue;
      const confidence = 0.5 * (0.6 + 0.4 * group.confidence);
      report({ messageId: "generalisationMaybe", range: [claim.start, claim.end], data: { phrase: claim.text, group: group.text }, severity: "warning", confidence, explanation: { detectors: ["lexicon:groups"], notes: ["group as the subject of a universal claim"] } });
    }
    for (const { group, spans } of bySentence.values()) {
      const weight = 0.6 + 0.4 * group.confidence;
      const confidence = combine(...spans.map((x) => x.confidence * weight));
      if (confidence < 0.4) continue;
      const strongest = spans.reduce((m, x) => (x.confidence > m.confidence ? x : m));
      const start = Math.min(group.start, strongest.start);
      const end = Math.max(group.end, strongest.end);
      report({
        messageId: confidence >= 0.6 ? "generalisation" : "generalisationMaybe",
        range: [start, end],
        data: { phrase: strongest.text, group: group.lexicon === "slurs" ? `people (${String(group.data?.category)})` : group.text },
        severity: severityFor(confidence, "error", 0.6, 0.45),
        confidence,
        explanation: { detectors: ["lexicon:groups", "lexicon:hostile-generalisations"], context: spans.map((x) => ({ word: x.text, effect: x.confidence })) },
      });
    }
  },
});
