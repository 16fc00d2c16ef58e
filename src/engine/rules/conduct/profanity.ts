import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span, Suggestion } from "../../types";
import { aboutColleague, removal, replacement } from "../shared";
import { aimed, maskWord, nounUse, secondPerson, workmate } from "./util";

/** Someone the word can be aimed at: "you", an @handle, a colleague or a named person in the sentence. */
function personTarget(a: Analysis, span: Span): boolean {
  return secondPerson(a, span) || aboutColleague(a, span) || a.inSentence(span, a.of("person-name")).length > 0 || a.inSentence(span, a.of("first-name")).length > 0 || workmate(a, span);
}

/** Acronyms of swearing that also have innocent expansions, sure only when used as an exclamation. */
const INTERJECTIONS = new Set(["ffs", "fml", "omfg"]);

/** Nothing but punctuation (or the sentence edge) on at least one side: "FFS, ...", "... FML 😩". */
function standsAlone(a: Analysis, span: Span): boolean {
  const i = a.tokenIndexAt(span.start);
  const prev = a.tokens[i - 1];
  const next = a.tokens[a.tokenIndexAt(span.end)];
  const s = a.sentenceOf(span.start);
  const edge = (t: typeof prev) => t === undefined || t.sentence !== s || (t.kind === "punct" && t.text !== "-" && t.text !== "/");
  return edge(prev) && edge(next);
}

function suggestions(text: string, span: Span): Suggestion[] {
  const out: Suggestion[] = [];
  if (span.data?.masked !== true) out.push(replacement([span.start, span.end], maskWord(span.text), "Mask the word", false));
  out.push(removal(text, [span.start, span.end], "Remove the word", false));
  return out;
}

export default defineRule({
  meta: {
    id: "conduct/profanity",
    severity: "warning",
    citations: ["gmp:65", "seed-002:language", "seed-002:newspaper"],
    seriousness: SERIOUSNESS.colleagueArgument,
    triggers: ["lexicon:profanity"],
    docs: {
      summary: "Swearing, including masked forms (sh*t, f***, b@stard)",
      why: "The do's and don'ts sheet: join debates but don't use inappropriate language, and don't say anything online you wouldn't be happy to see printed in a newspaper. Good medical practice 65 asks that your conduct justifies the public's trust. Masking a word with asterisks doesn't change what it says. Mild words (bloody, damn, crap) are noted, not flagged.",
      fix: "Say it without the swear word; the point usually lands better. If you keep it, mask it, and never aim it at a person.",
      examples: {
        flagged: ["Another 14 hour shift with no break. Absolutely sh*t rota.", "@DrSmith you absolute bellend"],
        passes: ["Bloody stool and weight loss in a 60-year-old: refer on the 2-week-wait pathway.", "Anal fissure management: stool softeners, GTN ointment, and patience."],
      },
    },
    messages: {
      swearing: "\"{{term}}\" is swearing; it reads badly in public, masked or not.",
      swearingMaybe: "\"{{term}}\" may read as swearing.",
      mild: "\"{{term}}\" is mild swearing; fine for most audiences.",
      insult: "\"{{term}}\" is a swear word aimed at a person as an insult.",
    },
  },
  check({ text, analysis: a, report }) {
    for (const span of a.lexicon("profanity")) {
      if (a.isRejected(span) && !ownWords(a, span)) continue;
      const masked = span.data?.masked === true;
      let confidence = masked ? Math.max(span.confidence, 0.8) : span.confidence;
      // "FFS, the pharmacy...": an acronym standing alone as an exclamation is the swearing, not
      // "FFS payments" (US fee-for-service)
      if (INTERJECTIONS.has(String(span.data?.term)) && standsAlone(a, span)) confidence = Math.max(confidence, 0.55);
      // "you pompous prick", "what a prick": a word with an innocent sense ("finger-prick test") is
      // the insult when it names someone
      const vocative = span.data?.category !== "mild" && aimed(a, span) && nounUse(a, span);
      if (vocative) confidence = Math.max(confidence, 0.6);
      if (confidence < 0.3) continue; // "bloody stool", "finger-prick test", "knob of butter"
      // "i said 'oh sh1t' out loud": the author's own words, quoted, are still the author's swearing
      const reported = a.isReported(span) && !ownWords(a, span);
      if (reported) confidence *= 0.6;
      const explanation = { detectors: [masked ? "masked-profanity" : "lexicon:profanity"], context: reported ? [{ word: "reported speech", effect: -0.4 }] : [], notes: [`band: ${span.data?.category}`] };
      const base = { range: [span.start, span.end] as const, data: { term: span.text }, suggestions: suggestions(text, span), explanation };
      if (span.data?.category === "mild") {
        report({ ...base, messageId: "mild", severity: "info", confidence });
        continue;
      }
      // "fit as f***", "tired as hell": an intensifier after "as", not a name for someone
      const intensifier = a.wordsBefore(span.start, 1)[0]?.norm === "as";
      if (!reported && !intensifier && aimed(a, span) && nounUse(a, span) && personTarget(a, span)) {
        report({ ...base, messageId: "insult", severity: "error", confidence: Math.max(confidence, 0.75), seriousness: SERIOUSNESS.colleagueArgument + 10 });
        continue;
      }
      const sure = confidence >= 0.5;
      report({ ...base, messageId: sure ? "swearing" : "swearingMaybe", severity: sure ? "warning" : "info", confidence });
    }
  },
});

/** The swear word is the author's own words, quoted: "i said 'oh sh1t'", "I yelled", "we all went" just before it (a use, not a word talked about). */
const SPEECH = new Set(["said", "yelled", "shouted", "screamed", "muttered", "whispered", "went", "blurted", "swore", "exclaimed", "typed", "texted", "wrote"]);
const SPEAKER = new Set(["i", "we", "me"]);
function ownWords(a: Analysis, span: { start: number }): boolean {
  const before = a.wordsBefore(span.start, 6);
  const k = before.findIndex((w) => SPEECH.has(w.norm));
  if (k < 0) return false;
  const subject = before[k + 1]?.norm === "all" || before[k + 1]?.norm === "literally" || before[k + 1]?.norm === "just" ? before[k + 2] : before[k + 1];
  return !!subject && SPEAKER.has(subject.norm) && a.sentenceOf(subject.start) === a.sentenceOf(span.start);
}
