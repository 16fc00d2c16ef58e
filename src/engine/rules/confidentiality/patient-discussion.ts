import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { aboutPatient, singlePatient } from "../shared";

// ¶14: "You must not use publicly accessible social media to discuss individual patients or their
// care with those patients or anyone else." Two shapes: a narrative about one patient's care, and a
// public reply to a patient about their own care.

const YOU = new Set(["you", "your", "you're", "youre", "yours", "u", "ur"]);
const THEIRS = new Set(["her", "his", "their"]);
/** Words that make the referent any patient of a kind, not one person: "every time we get a ... patient". */
const QUANTIFIED = new Set(["every", "any", "whenever", "each"]);

/**
 * What makes it the patient's care rather than a mention that they exist: a condition, a bed,
 * an event, a care noun or action ("her meds", "discharged"), a medicine. A time ("today"), a shift
 * ("on nights") or the referent itself only say that the encounter happened; "A patient taught me a
 * phrase today" discusses no one's care (¶14: "individual patients or their care").
 */
function careContent(a: Analysis, details: readonly Span[], who: { start: number; end: number }): Span[] {
  return details.filter((d) => d.type !== "time-ref" && d.type !== "clinical-setting" && !(d.type === "patient-cue" && d.start < who.end && d.end > who.start) && !(d.type === "patient-cue" && /^(?:an?|my|this|that|the|one|our)?\s*(?:patients?|pts?)$/i.test(d.text)));
}

/** Clinical details of the story, counted only near the patient it is about (long posts tell many stories). */
function careDetails(a: Analysis, near: { start: number }): Span[] {
  const sentence = a.sentenceOf(near.start);
  const close = (s: Span) => Math.abs(a.sentenceOf(s.start) - sentence) <= 1;
  const cues = a.of("patient-cue").filter((s) => !/^(?:patients?|pts?)$/i.test(s.text));
  return [
    ...cues, ...a.of("condition"), ...a.of("clinical-setting"), ...a.of("time-ref"), ...a.of("event"), ...a.of("ward-bed"),
    ...a.lexicon("care-disclosure", "care-noun", "action"), ...a.lexicon("context-cues", "encounter-verb"),
  ].filter((s) => s.confidence >= 0.3 && close(s) && !a.isNegated(s));
}

export default defineRule({
  meta: {
    id: "confidentiality/patient-discussion",
    severity: "warning",
    citations: ["gmc-sm:14", "gmp:69", "gmc-sm:8d"],
    seriousness: SERIOUSNESS.identifyingPatient - 15,
    triggers: ["span:patient-cue", "span:condition", "span:clinical-setting", "span:time-ref", "span:event", "span:ward-bed", "lexicon:care-disclosure", "lexicon:context-cues:encounter-verb"],
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

    // A public reply to a patient: opens with an @mention (or "Replying to @x", "Hi Linda, replying
    // here") and speaks to "you" about their care.
    const opening = a.tokens.slice(0, 6);
    const first = opening.find((t) => t.kind === "mention") ?? (opening.some((t) => t.norm === "replying") ? opening[0] : undefined);
    if (first) {
      // the care must be the reader's own: "your bloods", "your smear result", "I told you in clinic"
      // (a reply to a parent or carer speaks of "her jabs", "his inhaler")
      const yours = (s: Span) => a.wordsBefore(s.start, 2).some((t) => YOU.has(t.norm) || THEIRS.has(t.norm));
      const care = [
        ...a.lexicon("care-disclosure", "action", "confirms"),
        ...a.lexicon("care-disclosure", "care-noun").filter(yours),
        ...a.of("condition").filter(yours),
        ...a.lexicon("prescription-only-medicines").filter(yours),
      ].filter((s) => !a.isNegated(s)).sort((x, y) => x.start - y.start);
      if (care.length > 0) {
        const target = care[0]!;
        report({ messageId: "reply", range: [first.start, target.end], severity: "error", confidence: 0.8, seriousness: SERIOUSNESS.identifyingPatient, explanation: { detectors: ["mention", "lexicon:care-disclosure"] } });
        return;
      }
    }

    // cheap test first: a story needs clinical details before we look for whom it is about
    if (a.of("patient-cue").length + a.of("condition").length + a.of("clinical-setting").length + a.of("time-ref").length + a.of("event").length + a.of("ward-bed").length + a.lexicon("care-disclosure").length + a.lexicon("context-cues", "encounter-verb").length < 2) return;
    const who = singlePatient(a);
    if (!who) return;
    const details = careDetails(a, who);
    const kinds = new Set(details.map((d) => d.type));
    if (details.length < 2) return;
    // "Every time we get a ... patient": a kind of patient, not one person.
    const referentWord = a.tokens[a.tokenIndexAt(who.end - 1)];
    if (a.wordsBefore(who.start, 6).some((t) => t.sentence === referentWord?.sentence && QUANTIFIED.has(t.norm))) return;
    const content = careContent(a, details, who);
    if (content.length === 0) return;
    // A noun for a person ("baby", "guy", "driver") is a patient only in a clinical sentence;
    // "a baby clinic" names a service, not a baby.
    const plainNoun = !!referentWord && referentWord.end === who.end && !/^(?:patients?|pts?)$/.test(referentWord.norm) && referentWord.kind === "word";
    if (plainNoun && a.of("clinical-setting").some((s) => s.start > who.end && s.start - who.end <= 1)) return;
    // ...and, told as advice to the reader ("don't withhold imaging because you're worried about the
    // baby"), with nothing saying it happened, it is any patient of that kind.
    const happenedHere = a.of("time-ref").length > 0 || a.lexicon("context-cues", "encounter-verb").length > 0 || details.some((d) => d.type === "patient-cue" || d.type === "ward-bed");
    if (plainNoun && !happenedHere && !aboutPatient(a, who)) return;
    // A post about a relationship with a patient (a date, a favour, contact off the record) is a
    // boundaries matter; it discusses their care only when it discloses a condition or treatment.
    const boundary = a.lexicon("boundary").some((s) => s.confidence >= 0.25 && !a.isNegated(s));
    if (boundary && !content.some((d) => d.type === "condition" || d.detector === "lexicon:prescription-only-medicines")) return;
    // A teaching pearl about "a toddler who won't bear weight" is a type of patient, not a person:
    // without a sign that it happened (today, I saw, my patient) teaching posts pass.
    const happened = a.of("time-ref").length > 0 || a.lexicon("context-cues", "encounter-verb").length > 0 || a.of("patient-cue").some((c) => c.confidence >= 0.6);
    if (a.teaching >= 0.5 && !happened) return;
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
