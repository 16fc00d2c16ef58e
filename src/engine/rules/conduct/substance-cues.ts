// Emoji that stand for drugs in posts (US DEA, "Emoji drug code: decoded", 2021): snowflake for
// cocaine, herb/leaf for cannabis, mushroom, pill, balloon for nitrous oxide. They are innocent on
// their own (snow at Christmas, herbal tea); conduct/substance-misuse only adds them to a drug name
// the author is taking. The snowflake does not count in a wintry or festive post.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";

// the horse stands for ketamine ("horse tranquilliser", FRANK's street names) and heroin ("horse")
const DRUG_EMOJI = new Set(["\u2744", "\u{1F33F}", "\u{1F343}", "\u{1F344}", "\u{1F48A}", "\u{1F388}", "\u{1F434}", "\u{1F40E}"]);
const SNOW = "\u2744";
const WINTRY = new Set(["christmas", "xmas", "snow", "snowing", "snowy", "winter", "wintry", "ski", "skiing", "frost", "frosty", "ice", "icy", "cold", "freezing", "festive", "december", "january", "#christmas", "snowman", "forecast", "weather", "sledging", "sledge", "slopes", "alps", "blizzard", "flurry", "flurries"]);

/** 0.3 when the post has a drug emoji (a snowflake only outside wintry or festive posts), else 0. */
export function drugEmoji(a: Analysis): number {
  let snow = false;
  for (const t of a.tokens) {
    if (t.kind !== "punct" || !DRUG_EMOJI.has(t.text)) continue;
    if (t.text !== SNOW) return 0.3;
    snow = true;
  }
  if (!snow) return 0;
  return a.tokens.some((t) => WINTRY.has(t.norm)) ? 0 : 0.3;
}

/** Words before a drug emoji that make it a noun for a quantity of something: "bit of ❄️", "some 🍃". */
const QUANTITY_BEFORE = new Set(["of", "some", "little", "cheeky", "more", "any", "few", "bag", "gram", "line", "bump"]);

/**
 * A drug emoji used as a noun ("Weekend plans: bit of ❄️, big night out"): the first one that follows
 * a quantity word in its sentence. A snowflake in a wintry or festive post does not count.
 */
export function emojiAsNoun(a: Analysis): Token | undefined {
  const t = a.tokens;
  let wintry: boolean | undefined;
  for (let i = 1; i < t.length; i++) {
    const e = t[i]!;
    if (e.kind !== "punct" || !DRUG_EMOJI.has(e.text)) continue;
    const prev = t[i - 1]!;
    if (prev.kind !== "word" || prev.sentence !== e.sentence || !QUANTITY_BEFORE.has(prev.norm)) continue;
    if (e.text === SNOW && (wintry ??= t.some((w) => WINTRY.has(w.norm)))) continue;
    return e;
  }
  return undefined;
}

/** Nouns for a dose of a street drug, each ordinary alone ("pill", "line"): they need a use verb before them. */
export const DOSE_NOUNS = new Set(["pill", "pills", "tab", "tabs", "line", "lines", "bump", "bumps", "pinger", "pingers", "gummy", "gummies", "edible", "edibles"]);
/** Verbs of taking a street drug that may be separated from its noun: "dropped my first pill", "necked half a pill". */
export const DOSE_VERBS = new Set(["dropped", "dropping", "necked", "necking", "popped", "popping", "snorted", "snorting", "racked", "racking", "did", "doing", "took", "taking", "had", "having"]);

/** "After a week like this", "after nights", "to get through the rota": the author is coping with work. */
const COPE_NOUNS = new Set(["week", "weeks", "shift", "shifts", "night", "nights", "day", "days", "rota", "oncall", "on-call", "stint", "run"]);
export function copingFrame(a: Analysis, span: { start: number }): boolean {
  const tokens = a.sentenceTokens(span.start);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (w !== "after" && w !== "through") continue;
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++) if (COPE_NOUNS.has(tokens[k]!.norm)) return true;
  }
  return false;
}
