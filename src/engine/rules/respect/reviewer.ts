// A reply that rebukes the patient who left a bad review or complained (tune5-respect2). Answering
// criticism is allowed; belittling the person who wrote it is not (GMP 65; the GMC adviser's
// "responding to criticism"): "you were filming yourself the whole time and your 'agony'... maybe
// try the pharmacy next time 🤷", "Bless. You 'read on Google' that... then left us 1 star".
//  - the reply answers a critic: a low star rating ("1 star", "one-star", "two stars"), or a reply
//    addressed to an @handle at the opening ("Replying to @x:"), or "your review/complaint";
//  - it belittles them, two signals at least: their words held up in scare quotes in a sentence
//    about them, a stock put-down (mockery lexicon, put-down: "bit rich", "maybe try...", "love
//    that for us"; or "bless" opening a sentence), an ironic emoji (eye-roll, shrug, upside-down face).
// A thank-you for a good review ("Thank you for the 5 stars, bless you 😂") has no low rating and
// no put-down that counts without its quotes. Linear, and gated by the words a.hasAnyWord checks.
import type { Analysis } from "../../analysis";
import type { Span } from "../../types";
import { scareQuoted } from "../conduct/scope";

const CUE_WORDS = ["star", "stars", "1-star", "one-star", "review", "reviews", "complaint", "replying", "reply", "response"];
const LOW = new Set(["1", "one", "2", "two", "zero", "0", "single"]);
const CRITIQUE = new Set(["review", "reviews", "complaint", "complaints", "rating", "feedback"]);
const ADDRESSED = new Set(["you", "your", "you're", "you've", "yourself", "he", "she", "his", "her", "him"]);
const IRONIC = ["\ud83d\ude44", "\ud83e\udd37", "\ud83d\ude43", "\ud83e\udd21", "\ud83d\udc80", "\ud83d\ude02", "\ud83e\udd23"];
const PRAISE = new Set(["thank", "thanks", "lovely", "kind", "grateful", "appreciate", "5", "five", "glowing"]);

/** The reply answers a critic: a low rating, an opening "replying to @x", or "your review/complaint". */
function answersCritic(a: Analysis): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word") continue;
    if ((w.norm === "star" || w.norm === "stars") && i > 0) {
      let k = i - 1;
      if (t[k]!.text === "-" && k > 0) k--;
      if (LOW.has(t[k]!.norm)) return true;
    }
    if (w.norm === "1-star" || w.norm === "one-star") return true;
    if ((w.norm === "replying" || w.norm === "reply" || w.norm === "response") && i < 4 && t[i + 1]?.norm === "to" && t[i + 2]?.kind === "mention") return true;
    if (CRITIQUE.has(w.norm) && i > 0 && t[i - 1]!.norm === "your" && !a.hasAnyWord(["thank", "thanks"])) return true;
  }
  return false;
}

/** A reply belittling its critic: the strongest put-down span, or undefined. */
export function criticBelittled(a: Analysis): Span | undefined {
  if (!a.hasAnyWord(CUE_WORDS)) return undefined;
  return a.memo("respect:critic-belittled", () => find(a));
}

function find(a: Analysis): Span | undefined {
  if (!answersCritic(a)) return undefined;
  // a thank-you for praise is not a rebuke
  if (a.hasAnyWord(["thank", "thanks"]) && a.hasAnyWord(["5", "five", "glowing", "lovely"])) return undefined;
  const t = a.tokens;
  let signals = 0;
  let first: Span | undefined;
  const hit = (start: number, end: number, why: string) => {
    signals++;
    first ??= { type: "phrase", start, end, text: a.text.slice(start, end), confidence: 0.7, detector: why, lexicon: "mockery", data: { category: "contempt" } };
  };
  let quoteSeen = false;
  let emojiSeen = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind === "punct") {
      if (!emojiSeen && IRONIC.some((e) => w.text.startsWith(e))) { emojiSeen = true; signals++; }
      continue;
    }
    if (w.kind !== "word") continue;
    // the critic's own words in scare quotes, in a sentence about them
    if (!quoteSeen && scareQuoted(a, w) && a.sentenceTokens(w.start).some((x) => ADDRESSED.has(x.norm)) && !PRAISE.has(w.norm)) {
      quoteSeen = true;
      let e = i;
      while (t[e + 1] && t[e + 1]!.kind === "word" && scareQuoted(a, t[e + 1]!)) e++;
      // the span holds the quote marks, as the rule's other quote paths' spans do
      const open = i > 0 && t[i - 1]!.kind === "punct" && t[i - 1]!.end === w.start ? t[i - 1]!.start : w.start;
      const close = t[e + 1] && t[e + 1]!.kind === "punct" && t[e + 1]!.start === t[e]!.end ? t[e + 1]!.end : t[e]!.end;
      hit(open, close, "scare-quoted words of the critic");
      continue;
    }
    if (w.norm === "bless" && w.sentenceStart) { hit(w.start, w.end, "bless"); continue; }
  }
  // stock retorts (mockery lexicon, put-down: "bit rich", "maybe try...", "love that for us")
  for (const p of a.lexicon("mockery", "put-down")) hit(p.start, p.end, p.text.toLowerCase());
  return signals >= 2 && first ? first : undefined;
}
