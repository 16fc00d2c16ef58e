// "Shared with Mary's permission", "posted with Ellie's and her mum's consent": consent given by a
// named person, which a phrase list cannot hold (any name can stand before "'s permission"). Read
// with the lexicon's fiction and consent cues, so a rule asks one question: is this post fictional,
// simulated or shared with the person's agreement?
import type { Analysis } from "../../analysis";

const CONSENT_NOUNS = new Set(["permission", "consent", "blessing", "ok", "okay", "go-ahead"]);
const GIVEN_WITH = new Set(["with", "shared", "posted", "sharing", "posting", "given", "gave", "have", "got", "had"]);

/** 0..1: the post says it is fictional, simulated, or shared with the person's (or their family's) consent. */
export function fictionOrConsent(a: Analysis): number {
  return a.memo("confidentiality:consent", () => Math.max(a.fictionOrConsent, namedConsent(a)));
}

function namedConsent(a: Analysis): number {
  const words = a.words;
  if (!words.has("permission") && !words.has("consent") && !words.has("blessing")) return 0;
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !CONSENT_NOUNS.has(w.norm)) continue;
    // the word before is a possessive: "Mary's permission", "the family's blessing", "parents' consent"
    const prev = t[i - 1]!;
    const possessive = (prev.kind === "word" && prev.norm !== prev.stem && prev.norm.endsWith("'s")) || (prev.kind === "punct" && prev.text === "'" && t[i - 2]?.norm.endsWith("s"));
    if (!possessive) continue;
    const before = a.wordsBefore(prev.start, 6);
    if (before.some((x) => x.norm === "without" || x.norm === "no" || x.norm === "not")) continue;
    if (before.some((x) => GIVEN_WITH.has(x.norm))) return 0.85;
  }
  return 0;
}
