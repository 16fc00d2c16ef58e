import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { aboutPatient, combine, severityFor } from "../shared";
import { drugEmoji } from "./substance-cues";
import { authorIsSubject, clinicalUse, FIRST_PERSON, PATIENT_NOUNS, SECOND_PERSON, THIRD_PERSON } from "./util";

const PEOPLE = PATIENT_NOUNS;

/** Verbs of taking a drug; with the author as subject they turn a drug name into self-report. */
const USE_VERBS = new Set(["took", "taking", "take", "smoked", "smoking", "smoke", "snorted", "snorting", "did", "doing", "tried", "try", "had", "having", "popped", "dropped", "bought", "buying", "scored"]);
const TAKE = new Set(["nicked", "pinched", "swiped", "stole", "took", "taken", "grabbed", "pocketed", "borrowed", "helped", "got", "snaffled", "liberated"]);
/** Medicines meant for destruction: nobody takes them from here for a patient. */
const DISPOSAL = new Set(["returns", "bin", "waste", "destruction", "disposal", "sharps", "denaturing"]);
/** "spare oxycodone", "leftover diazepam": medicines the author has over. */
const SPARE = new Set(["spare", "leftover", "left-over", "surplus", "extra"]);
const FOR_ME = new Set(["my", "me", "myself", "home", "party", "weekend", "flight", "festival", "holiday"]);
const WINK = new Set(["\ud83e\udd2b", "\ud83d\ude02", "\ud83d\ude09", "\ud83d\ude0f"]);
const WORKPLACE = new Set(["ward", "wards", "cupboard", "theatre", "theatres", "work", "pharmacy", "resus", "department", "trolley", "bin", "returns", "stock", "unit", "ambulance", "clinic", "surgery"]);
/** Words that say a medicine in a diversion phrase is about a patient's supply, not the author's. */
const THIRD = new Set(["he", "she", "they", "his", "her", "their", "patient", "patients", "pt", "son", "daughter", "relative"]);

/** The author takes or took it: a first-person word, or a sentence that opens with a use verb ("Did some ket"). */
function selfReport(a: Analysis, span: Span): boolean {
  if (a.wordsBefore(span.start, 1)[0]?.norm === "on" && span.confidence >= 0.3) return true; // "off my face on ket"
  const tokens = a.sentenceTokens(span.start).filter((t) => t.kind === "word");
  if (tokens.some((t) => FIRST_PERSON.has(t.norm))) return span.confidence >= 0.5 || tokens.some((t) => USE_VERBS.has(t.norm));
  return tokens[0] !== undefined && USE_VERBS.has(tokens[0].norm);
}

/** The sentence names no one: no first, second or third person and no patient ("MDMA at the festival then nights"). */
function impliedAuthor(a: Analysis, span: Span): boolean {
  return !a.sentenceTokens(span.start).some((t) => FIRST_PERSON.has(t.norm) || SECOND_PERSON.has(t.norm) || THIRD.has(t.norm) || THIRD_PERSON.has(t.norm) || PEOPLE.has(t.stem));
}

/** Advice to the reader, not a confession: "if you're taking MDMA, test it". */
function advice(a: Analysis, span: Span): boolean {
  const tokens = a.sentenceTokens(span.start);
  if (tokens.some((t) => FIRST_PERSON.has(t.norm))) return false;
  const before = a.wordsBefore(span.start, 4);
  return before.some((t) => t.norm === "if") && before.some((t) => SECOND_PERSON.has(t.norm));
}

function othersOnly(a: Analysis, span: Span): boolean {
  return !authorIsSubject(a, span) && (aboutPatient(a, span) || a.sentenceTokens(span.start).some((t) => THIRD.has(t.norm)));
}

export default defineRule({
  meta: {
    id: "conduct/substance-misuse",
    severity: "error",
    citations: ["gmp:65", "seed-002:professional", "seed-003:seriousness"],
    seriousness: SERIOUSNESS.intoxicated,
    triggers: ["lexicon:substance-misuse", "lexicon:prescription-only-medicines"],
    docs: {
      summary: "Illegal drug use and diversion of medicines",
      why: "Good medical practice 65: your conduct must justify patients' and the public's trust. A clinician posting about taking illegal drugs, or about taking medicines from work or prescribing for themselves, describes conduct that is unlawful or a fitness-to-practise matter; the GMC adviser ranks a clinician visibly intoxicated near the top of the seriousness table. Drug names in clinical teaching are a different thing and pass.",
      fix: "Don't post it. If you are struggling with drugs or alcohol, confidential help exists (NHS Practitioner Health in England, the BMA's counselling service). Teach toxicology in clinical language about patients, not yourself.",
      examples: {
        flagged: ["Did a few lines at the festival, still buzzing for my long day tomorrow 😅", "Helped myself to the oramorph after that night shift, needed it"],
        passes: ["Ketamine for procedural sedation: 1-1.5 mg/kg IV, have suction ready. #FOAMed", "Cocaine chest pain: give benzos first, avoid beta-blockers."],
      },
    },
    messages: {
      use: "\"{{term}}\" describes taking illegal drugs.",
      useMaybe: "\"{{term}}\" may read as taking drugs yourself.",
      diversion: "\"{{term}}\" describes taking medicines from work or prescribing for yourself.",
      diversionMaybe: "\"{{term}}\" may read as diverting medicines.",
      supply: "\"{{term}}\" offers medicines to others: supplying prescription or controlled drugs is unlawful.",
    },
  },
  check({ analysis: a, report }) {
    const drugs = a.lexicon("substance-misuse", "drug-name");
    const medicines = [...drugs, ...a.lexicon("prescription-only-medicines")];
    const done = new Set<number>(); // sentences already reported
    const wink = a.tokens.some((t) => t.kind === "punct" && WINK.has(t.text));
    // "Nicked a couple of diazepam from the CD cupboard": taking + a medicine + from a workplace.
    for (const med of medicines) {
      const tokens = a.sentenceTokens(med.start);
      const take = tokens.findIndex((t) => TAKE.has(t.norm));
      const from = tokens.findIndex((t, i) => i > take && t.norm === "from" && tokens.slice(i + 1, i + 4).some((w) => WORKPLACE.has(w.norm)));
      if (take < 0 || from < 0 || !a.isAsserted(med) || othersOnly(a, med)) continue;
      const source = tokens.slice(from + 1, from + 4);
      // for the author's own use: "for my flight", "for the house party", "took some home", a wink, or
      // from stock meant for destruction ("from the returns bin")
      const own = tokens.some((t) => FOR_ME.has(t.norm)) || wink || a.inSentence(med, a.lexicon("substance-misuse", "recreation")).length > 0;
      const disposal = source.some((w) => DISPOSAL.has(w.norm)) && !tokens.some((t) => t.norm === "destroy" || t.norm === "destruction" || t.norm === "dispose");
      if (!own && !disposal) continue;
      const place = source.find((w) => WORKPLACE.has(w.norm))!;
      const start = tokens[take]!.start;
      const end = Math.max(med.end, place.end);
      done.add(a.sentenceOf(med.start));
      report({ messageId: "diversion", range: [start, end], data: { term: a.text.slice(start, end) }, severity: "error", confidence: 0.8, explanation: { detectors: ["lexicon:substance-misuse", "lexicon:prescription-only-medicines"], notes: ["taking a medicine from the workplace for oneself"] } });
      break;
    }
    const dutySentences = new Set<number>();
    for (const d of a.lexicon("intoxication", "on-duty")) if (!a.isNegated(d)) dutySentences.add(a.sentenceOf(d.start));
    /** An on-duty cue in the sentence or the next ("...before clinic", "then straight onto nights"). */
    const atWork = (span: Span) => { const s = a.sentenceOf(span.start); return dutySentences.has(s) || dutySentences.has(s + 1); };
    // "Anyone want some spare oxycodone?": offering spare medicines or drugs to others is supply.
    const offers = a.lexicon("substance-misuse", "supply").filter((s) => a.isAsserted(s));
    if (offers.length > 0) {
      for (const med of medicines) {
        const prev = a.wordsBefore(med.start, 2);
        if (!prev.some((t) => SPARE.has(t.norm)) || !a.isAsserted(med) || othersOnly(a, med)) continue;
        const start = prev.find((t) => SPARE.has(t.norm))!.start;
        done.add(a.sentenceOf(med.start));
        report({ messageId: "supply", range: [start, med.end], data: { term: a.text.slice(start, med.end) }, severity: "error", confidence: combine(0.5, offers[0]!.confidence), explanation: { detectors: ["lexicon:substance-misuse"], context: [{ word: offers[0]!.text, effect: offers[0]!.confidence }] } });
        break;
      }
    }
    for (const span of a.lexicon("substance-misuse", "use-phrase", "diversion")) {
      if (done.has(a.sentenceOf(span.start)) || !a.isAsserted(span) || othersOnly(a, span) || advice(a, span)) continue;
      const diversion = span.data?.category === "diversion";
      let confidence = span.confidence;
      if (a.inSentence(span, drugs).length > 0 || (diversion && a.inSentence(span, a.lexicon("prescription-only-medicines")).length > 0)) confidence = combine(confidence, 0.3);
      // a clearly worded diversion phrase is not softened by teaching words ("pro tip: ...from a friend's script")
      if (clinicalUse(a, span) && !authorIsSubject(a, span) && !(diversion && span.confidence >= 0.6)) confidence *= 0.5;
      const work = !diversion && atWork(span);
      if (work) confidence = combine(confidence, 0.3); // "microdosing before clinic": drugs and work
      if (confidence < 0.35) continue;
      const sure = confidence >= 0.6;
      report({
        messageId: diversion ? (sure ? "diversion" : "diversionMaybe") : sure ? "use" : "useMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: severityFor(confidence, "error", 0.6, 0.4),
        confidence,
        explanation: { detectors: ["lexicon:substance-misuse"], context: [{ word: "drug name nearby", effect: confidence - span.confidence }, { word: "at work", effect: work ? 0.3 : 0 }] },
      });
    }
    // A drug name is only a problem when the author says they took it ("had some ket at the festival").
    const emoji = drugEmoji(a);
    for (const span of drugs) {
      if (done.has(a.sentenceOf(span.start)) || !a.isAsserted(span) || clinicalUse(a, span) || othersOnly(a, span) || advice(a, span)) continue;
      if (a.inSentence(span, a.lexicon("substance-misuse", "use-phrase", "diversion")).length > 0) continue; // reported above
      const self = selfReport(a, span);
      // no subject at all ("MDMA at Boomtown then straight onto nights"): the author, less surely
      const implied = !self && impliedAuthor(a, span);
      const recreation = a.inSentence(span, a.lexicon("substance-misuse", "recreation")).length > 0;
      const work = atWork(span);
      if (!self && !(implied && (recreation || work || emoji > 0))) continue;
      const confidence = combine(span.confidence, self ? 0.4 : 0.25, recreation ? 0.25 : 0, work ? 0.3 : 0, emoji);
      if (confidence < 0.45) continue;
      report({
        messageId: confidence >= 0.6 ? "use" : "useMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: severityFor(confidence, "error", 0.6, 0.45),
        confidence,
        explanation: { detectors: ["lexicon:substance-misuse"], context: [{ word: self ? "first-person use" : "no other subject", effect: self ? 0.4 : 0.25 }, { word: "recreational setting", effect: recreation ? 0.25 : 0 }, { word: "at work", effect: work ? 0.3 : 0 }, { word: "drug emoji", effect: emoji }] },
      });
    }
  },
});
