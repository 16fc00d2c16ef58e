import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { combine, removal } from "../shared";

const FIRST_PERSON = new Set(["i", "i'm", "im", "i'll", "ill", "i've", "we", "we're", "we'll", "me", "my", "our", "us"]);
const WORK = new Set(["working", "work", "shift", "shifts", "nights", "lates", "earlies", "oncall", "locum", "locuming", "covering", "rostered", "rota'd", "on-call", "visits"]);
/** Elided subject: a sentence that opens "On nights at...", "Working at...", "Back at..." is the author. */
const OPENERS = new Set(["on", "working", "back", "off", "heading", "covering", "here", "locum", "shift", "nights"]);
const FUTURE_OR_NOW = new Set(["tonight", "today", "tomorrow", "now", "currently", "this", "next", "all", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tues", "weds", "thurs", "morning", "afternoon", "evening", "till", "until", "christmas", "nye"]);
const PAST = new Set(["last", "yesterday", "ago", "worked", "was", "were", "did", "used"]);
/** "tonight's shift", "Thursday's list": a time word with a possessive. */
const bare = (t: Token) => (t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm);
const AT = new Set(["at", "in", "to", "from"]);
const CHECK_IN = "\u{1F4CD}"; // 📍

interface Place { span: Span; name: string }

function isHospitalSpan(span: Span): boolean {
  return span.type !== "place";
}

/** Named places a reader could walk into: hospitals, named wards, towns; the longest of overlapping names. */
function places(a: Analysis): Place[] {
  const all: Span[] = [...a.of("hospital").filter((h) => h.confidence >= 0.6 || a.wordsBefore(h.start, 2).some((w) => AT.has(w.norm))), ...a.of("ward-bed").filter((s) => s.data?.named), ...a.of("place").filter((s) => s.data?.kind === "town")];
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Place[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.span.end) continue;
    out.push({ span: s, name: s.text });
  }
  return out;
}

const MODIFIERS = new Set(["all", "this", "next", "till", "until", "on"]);
/** "all weekend", "till 8pm", "this Saturday": a time word with the word after it when it needs one. */
function whenPhrase(a: Analysis, words: Token[], t: Token | undefined): string | undefined {
  if (!t) return undefined;
  const next = words[words.indexOf(t) + 1];
  return MODIFIERS.has(t.norm) && next ? a.text.slice(t.start, next.end) : t.text;
}

/** The tokens of a sentence and its neighbours (posts often split one thought over lines). */
function around(a: Analysis, mine: Token[]): Token[] {
  if (mine.length === 0) return mine;
  const first = a.tokenIndexAt(mine[0]!.start);
  const last = first + mine.length;
  const before = first > 0 ? a.sentenceTokens(a.tokens[first - 1]!.start) : [];
  const after = last < a.tokens.length ? a.sentenceTokens(a.tokens[last]!.start) : [];
  return [...before, ...mine, ...after];
}

export default defineRule({
  meta: {
    id: "privacy/location",
    severity: "warning",
    citations: ["gmc-sm:8b", "gmc-sm:8c", "gmc-sm:8"],
    seriousness: SERIOUSNESS.colleagueArgument - 5,
    docs: {
      summary: "Saying where you are or will be working, and check-ins",
      why: "Doctors' use of social media 8 asks you to be aware of the limits of privacy online: patients and anyone else may be able to see your personal information (8b), and information about your location can travel with what you post (8c). \"On nights at the Royal Infirmary all weekend\" tells a stalker, an aggrieved patient or a burglar where you will be and when.",
      fix: "Leave out the place or the time, or post afterwards without saying where. Turn off location tagging on photos and check-ins.",
      examples: {
        flagged: ["On nights at St James's Hospital all weekend, send coffee ☕", "📍 Royal Derby Hospital, here till 8pm if anyone wants to say hi"],
        passes: ["Great conference in Manchester last week, loads of ideas to bring back.", "Nights done! Off to bed 😴"],
      },
    },
    messages: {
      working: "Saying you are at {{place}} {{when}} tells anyone where to find you.",
      checkIn: "A check-in at {{place}} shows where you are right now.",
      past: "This says where you worked ({{place}}); posting afterwards is safer, but it still names your workplace.",
      workplace: "This names your workplace ({{place}}); fine on a profile, but think twice before adding when you are there.",
    },
  },
  check({ analysis: a, report }) {
    const found = places(a);
    if (found.length === 0) return;
    const times = a.of("time-ref");
    for (const { span, name } of found) {
      if (a.isNegated(span) || a.isReported(span)) continue;
      const s = a.sentenceOf(span.start);
      const mine = a.sentenceTokens(span.start);
      const words = around(a, mine);
      const opener = mine.find((t) => t.kind === "word" || t.kind === "number");
      const firstPerson = mine.some((t) => FIRST_PERSON.has(t.norm)) || (opener !== undefined && OPENERS.has(opener.norm) && opener.start < span.start);
      // "📍", "checked in at", "I'm at X": where the author is now.
      const here = mine.some((t, i) => (t.norm === "i'm" || t.norm === "im" || t.norm === "we're") && (mine[i + 1]?.norm === "at" || mine[i + 1]?.norm === "in") && t.start < span.start);
      const checkIn = words.some((t) => t.text === CHECK_IN && t.start < span.start) || mine.some((t, i) => t.norm === "checked" && mine[i + 1]?.norm === "in");
      // Towns need the evidence in their own sentence; a hospital can borrow it from the next line.
      const scope = isHospitalSpan(span) ? words : mine;
      const work = scope.some((t, i, list) => WORK.has(t.norm) || (t.norm === "call" && list[i - 1]?.norm === "on"));
      const timeWords = scope.filter((t: Token, i: number) => FUTURE_OR_NOW.has(bare(t)) || (PAST.has(t.norm) && !(t.norm === "last" && WORK.has(scope[i + 1]?.norm ?? ""))));
      const timeSpan = times.find((t) => (isHospitalSpan(span) ? Math.abs(a.sentenceOf(t.start) - s) <= 1 : a.sentenceOf(t.start) === s));
      const past = timeWords.some((t) => PAST.has(t.norm)) && !timeWords.some((t) => t.norm === "tonight" || t.norm === "tomorrow" || t.norm === "next");
      const when = timeSpan?.text ?? whenPhrase(a, scope, timeWords.find((t) => FUTURE_OR_NOW.has(bare(t))));
      const isHospital = span.type !== "place";

      let messageId: string;
      let confidence: number;
      if (checkIn || (here && when !== undefined && !past)) {
        messageId = "checkIn";
        confidence = isHospital ? 0.8 : 0.6;
      } else if (firstPerson && work && (when !== undefined || past)) {
        messageId = past ? "past" : "working";
        confidence = combine(isHospital ? 0.5 : 0.3, 0.35, 0.2) * (past ? 0.6 : 1);
      } else if (firstPerson && work) {
        messageId = "workplace";
        confidence = 0.3;
      } else continue;
      if (!a.isPublic) confidence *= 0.6;
      const severity = messageId === "past" || messageId === "workplace" || confidence < 0.5 ? "info" : "warning";
      const removable = messageId === "working" && timeSpan && !(timeSpan.start < span.end && span.start < timeSpan.end);
      report({
        messageId,
        range: [span.start, span.end],
        data: { place: name, when: when ?? "" },
        severity,
        confidence,
        seriousness: severity === "info" ? SERIOUSNESS.colleagueArgument - 15 : SERIOUSNESS.colleagueArgument - 5,
        suggestions: removable ? [removal(a.text, [timeSpan.start, timeSpan.end], "Leave out when you will be there", false)] : undefined,
        explanation: {
          detectors: [`places:${span.type}`, "dates:time-ref"],
          context: [{ word: "first person", effect: firstPerson ? 1 : 0 }, { word: "work words", effect: work ? 1 : 0 }, { word: when ?? "(no time)", effect: when ? 1 : 0 }, { word: "past", effect: past ? -0.4 : 0 }],
        },
      });
    }
  },
});
