// Emoji that stand for drugs in posts (US DEA, "Emoji drug code: decoded", 2021): snowflake for
// cocaine, herb/leaf for cannabis, mushroom, pill, balloon for nitrous oxide. They are innocent on
// their own (snow at Christmas, herbal tea); conduct/substance-misuse only adds them to a drug name
// the author is taking. The snowflake does not count in a wintry or festive post.
import type { Analysis } from "../../analysis";

const DRUG_EMOJI = new Set(["\u2744", "\u{1F33F}", "\u{1F343}", "\u{1F344}", "\u{1F48A}", "\u{1F388}"]);
const SNOW = "\u2744";
const WINTRY = new Set(["christmas", "xmas", "snow", "snowing", "snowy", "winter", "wintry", "ski", "skiing", "frost", "frosty", "ice", "icy", "cold", "freezing", "festive", "december", "january", "#christmas"]);

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
