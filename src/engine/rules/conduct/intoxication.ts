import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { aboutColleague, severityFor } from "../shared";
import { authorIsSubject, clinicalUse, hasAny, lyric, PATIENT_NOUNS, THIRD_PERSON } from "./util";

/** Words inside an intoxicated phrase that tie it to work ("drunk on shift", "hungover on call"). */
const DUTY_WORDS = new Set(["work", "shift", "call", "duty"]);
/** "pissed at/about/off" is angry, not drunk. */
const ANGRY_NEXT = new Set(["off", "at", "about", "that", "because", "with", "when"]);
/** Duty cues that are about later ("clinic tomorrow"): drinking the night before is a warning, not a stop. */
const LATER = new Set(["tomorrow", "morning", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "later"]);
const AFTER = new Set(["after", "post", "finished", "since"]);
const DETERMINERS = new Set(["a", "the", "this", "that", "next", "another", "every", "one"]);

/** Whose state is it? The author (or implied author), a colleague, or a patient (not this rule's business). */
function subjectWeight(a: Analysis, span: Span): number {
  if (authorIsSubject(a, span)) return 1;
  const tokens = a.sentenceTokens(span.start);
  if (hasAny(tokens, PATIENT_NOUNS)) return 0;
  if (aboutColleague(a, span)) return 0.9;
  if (hasAny(tokens, THIRD_PERSON)) return 0.5;
  return 0.8;
}

/** An on-duty cue near the span (same or next sentence), not negated and not "after my shift". */
function dutyNear(a: Analysis, span: Span): Span | undefined {
  const s = a.sentenceOf(span.start);
  const list = a.lexicon("intoxication", "on-duty");
  if (list.length === 0) return undefined;
  // this sentence and its neighbours ("Night shift tonight after the wedding... still over the
  // limit"), through the per-sentence index (no scan of the whole list per span)
  const near = list.filter((d) => Math.abs(a.sentenceOf(d.start) - s) <= 1);
  return near.find((d) => {
    if (a.isNegated(d)) return false;
    return !a.wordsBefore(d.start, 4).some((t) => AFTER.has(t.norm));
  });
}

/** Binge-sized session: NHS "binge" is over 6 (women) or 8 (men) units, about 4-5 drinks. */
const HEAVY = 5;
/** Public-health wording about units and guidelines, not a night out. */
const GUIDANCE = new Set(["units", "unit", "guideline", "guidelines", "about", "around", "approximately", "roughly", "equivalent", "than", "limit", "weekly", "week"]);
const DEEP = new Set(["deep", "in", "down"]);
const NUMBER_WORDS = new Map([["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["fifteen", 15], ["twenty", 20], ["dozen", 12]]);
/** Drink emoji and the woozy face: alcohol is in the picture. */
const DRINK_EMOJI = new Set(["\u{1F37B}", "\u{1F37A}", "\u{1F377}", "\u{1F942}", "\u{1F378}", "\u{1F379}", "\u{1F943}", "\u{1F37E}", "\u{1F974}"]);

function drinkEmoji(a: Analysis): boolean {
  return a.tokens.some((t) => t.kind === "punct" && DRINK_EMOJI.has(t.text));
}

/** The number of drinks written just before a drinking term ("10 jagerbombs", "six pints of"). */
function drinkCount(a: Analysis, span: Span): number {
  const prev = a.wordsBefore(span.start, 2);
  for (const t of prev) {
    if (t.kind === "number" && /^\d+$/.test(t.text)) return Number(t.text);
    const n = NUMBER_WORDS.get(t.norm);
    if (n !== undefined) return n;
  }
  return 0;
}

function wordsOf(a: Analysis, span: Span): string[] {
  const out: string[] = [];
  for (let i = a.tokenIndexAt(span.start); i < a.tokens.length && a.tokens[i]!.start < span.end; i++) out.push(a.tokens[i]!.norm);
  return out;
}

export default defineRule({
  meta: {
    id: "conduct/intoxication",
    severity: "error",
    citations: ["gmp:65", "seed-003:seriousness", "gmc-sm:8d"],
    seriousness: SERIOUSNESS.intoxicated,
    triggers: ["lexicon:intoxication"],
    docs: {
      summary: "Being drunk or high, especially linked to work; a drink off duty is fine",
      why: "Good medical practice 65: your conduct must justify patients' and the public's trust. The GMC adviser's seriousness table ranks a photo of a doctor clearly intoxicated near the top, and a photo of doctors drinking but not intoxicated near the bottom. Drinking before or during a shift goes further: it says patients were at risk. Posts meant for friends travel (¶8d).",
      fix: "Share the celebration without the state you were in. Never post about drinking before or during work; if it happened, that is a matter for your supervisor or occupational health, not social media.",
      examples: {
        flagged: ["Absolutely hammered at the doctors' mess party 🍻🍻", "Couple of cheeky pints before my night shift, don't tell the boss 🤫"],
        passes: ["Glass of wine with my husband after a long week. Cheers 🥂", "Alcohol withdrawal: the CIWA-Ar score guides chlordiazepoxide dosing. #FOAMed"],
      },
    },
    messages: {
      intoxicated: "\"{{term}}\" says someone (usually you) was drunk or high; a clinician visibly intoxicated is near the top of the GMC's seriousness table.",
      intoxicatedMaybe: "\"{{term}}\" may read as being drunk.",
      onDuty: "\"{{term}}\" links alcohol to work{{duty}}: that suggests patients were at risk.",
      beforeDuty: "\"{{term}}\" with \"{{duty}}\" may read as drinking shortly before work.",
      drinking: "Drinking off duty is fine; make sure nothing in the post shows you intoxicated or at work.",
    },
  },
  check({ analysis: a, report }) {
    let reportedDrinking = false;
    const intoxicated = a.lexicon("intoxication", "intoxicated");
    const song = intoxicated.length > 0 && lyric(a);
    const drinkContext = a.lexicon("intoxication", "drinking").length > 0 || (intoxicated.length > 0 && drinkEmoji(a));
    for (const span of intoxicated) {
      if (!a.isAsserted(span)) continue;
      // one finding per sentence: "bladdered last night, can't remember getting home" is one state
      if (a.inSentence(span, intoxicated).some((o) => o !== span && (o.confidence > span.confidence || (o.confidence === span.confidence && o.start < span.start)))) continue;
      const who = subjectWeight(a, span);
      if (who === 0) continue;
      if (song && !authorIsSubject(a, span)) continue; // "Drunk in Love came on in theatre 🎶": a song title
      const words = wordsOf(a, span);
      const term = String(span.data?.term ?? "");
      if (term === "pissed" && ANGRY_NEXT.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) continue;
      if (term === "drunk" && DETERMINERS.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "")) continue; // "the next drunk who spits at me": a person, not a state
      let confidence = span.confidence * who;
      if (!drinkContext && span.confidence < 0.5) confidence *= 0.7; // "wasted", "pissed", "smashed": other senses without drink nearby
      else if (drinkContext) confidence = Math.min(1, confidence + 0.15);
      if (a.teaching >= 0.5 && !authorIsSubject(a, span)) confidence *= 0.5;
      if (confidence < 0.3) continue;
      const duty = words.some((w) => DUTY_WORDS.has(w)) ? span : dutyNear(a, span) ?? a.inSentence(span, a.of("clinical-setting"))[0];
      const explanation = { detectors: ["lexicon:intoxication"], context: [{ word: "drink context", effect: drinkContext ? 0.15 : 0 }, { word: "subject", effect: who }] };
      if (duty && confidence >= 0.35) {
        report({ messageId: "onDuty", range: [span.start, span.end], data: { term: span.text, duty: duty === span ? "" : ` ("${duty.text}")` }, severity: "error", confidence: Math.max(confidence, 0.75), seriousness: SERIOUSNESS.intoxicated, explanation });
        continue;
      }
      // Off duty the ladder follows how drunk: "hammered", "blackout" (a clearly intoxicated doctor,
      // high in the adviser's seriousness table) is worth a second thought before posting; "tipsy",
      // "a few too many at my sister's wedding", "hungover on my day off" is ordinary life.
      report({
        messageId: confidence >= 0.6 ? "intoxicated" : "intoxicatedMaybe",
        range: [span.start, span.end],
        data: { term: span.text },
        severity: span.data?.mild === 1 || confidence < 0.4 ? "info" : "warning",
        confidence,
        seriousness: confidence >= 0.6 ? SERIOUSNESS.intoxicated : SERIOUSNESS.drinking,
        explanation,
      });
    }

    for (const span of a.lexicon("intoxication", "drinking")) {
      if (!a.isAsserted(span) || subjectWeight(a, span) === 0 || (clinicalUse(a, span) && !authorIsSubject(a, span))) continue;
      const duty = dutyNear(a, span);
      // "Ten jägerbombs deep", "8 pints in": a binge-sized count of drinks says intoxicated
      const count = drinkCount(a, span);
      const heavyOwn = count >= HEAVY && !duty && a.inSentence(span, intoxicated).length === 0 && !clinicalUse(a, span) && !hasAny(a.sentenceTokens(span.start), GUIDANCE) && (authorIsSubject(a, span) || a.sentenceTokens(span.start)[0]?.start === a.wordsBefore(span.start, 2).at(-1)?.start);
      if (heavyOwn) {
        const deep = DEEP.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "");
        const confidence = deep ? 0.7 : 0.55;
        report({ messageId: confidence >= 0.6 ? "intoxicated" : "intoxicatedMaybe", range: [span.start, span.end], data: { term: span.text }, severity: "warning", confidence, seriousness: SERIOUSNESS.intoxicated, explanation: { detectors: ["lexicon:intoxication"], notes: [`${count} drinks`] } });
        reportedDrinking = true;
        continue;
      }
      if (duty) {
        // the duty is later only when the post says so ("clinic tomorrow", "nights next week");
        // a shift named in the next sentence is still tonight's
        const later = wordsOf(a, duty).some((w) => LATER.has(w)) || a.wordsAfter(duty.end, 3).some((w) => LATER.has(w.norm));
        report({
          messageId: later ? "beforeDuty" : "onDuty",
          range: [span.start, span.end],
          data: { term: span.text, duty: later ? duty.text : ` ("${duty.text}")` },
          severity: later ? "info" : "error",
          confidence: later ? 0.5 : 0.75,
          seriousness: later ? SERIOUSNESS.drinking : SERIOUSNESS.intoxicated,
          explanation: { detectors: ["lexicon:intoxication"], context: [{ word: duty.text, effect: later ? 0.3 : 0.6 }] },
        });
        continue;
      }
      if (reportedDrinking) continue;
      reportedDrinking = true;
      report({ messageId: "drinking", range: [span.start, span.end], severity: "info", confidence: span.confidence, seriousness: SERIOUSNESS.drinking, explanation: { detectors: ["lexicon:intoxication"] } });
    }
  },
});
