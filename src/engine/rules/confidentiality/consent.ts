// "Shared with Mary's permission", "posted with Ellie's and her mum's consent": consent given by a
// named person, which a phrase list cannot hold (any name can stand before "'s permission"). Read
// with the lexicon's fiction and consent cues, so a rule asks one question: is this post fictional,
// simulated or shared with the person's agreement?
import type { Analysis } from "../../analysis";

const CONSENT_NOUNS = new Set(["permission", "consent", "blessing", "ok", "okay", "go-ahead"]);
const GIVEN_WITH = new Set(["with", "shared", "posted", "sharing", "posting", "given", "gave", "have", "got", "had"]);

/**
 * 0..1: the post says it is fictional, simulated, or shared with the person's (or their family's)
 * consent, or says outright that the person is not a patient ("a kind stranger, not a patient").
 */
export function fictionOrConsent(a: Analysis): number {
  return a.memo("confidentiality:consent", () => Math.max(a.fictionOrConsent, namedConsent(a), notAPatient(a)));
}

const NOT_PATIENT_DETERMINERS = new Set(["a", "my", "our", "one", "his", "her", "their"]);
/** "Not a patient, just a kind stranger", "a man in my running club, not my patient": the post rules the care reading out. */
function notAPatient(a: Analysis): number {
  if (!a.words.has("patient") || !a.words.has("not")) return 0;
  const t = a.tokens;
  for (let i = 2; i < t.length; i++) {
    if (t[i]!.norm !== "patient" || !NOT_PATIENT_DETERMINERS.has(t[i - 1]!.norm) || t[i - 2]!.norm !== "not") continue;
    // "not my patient any more" and "not a patient I'll forget" still speak of a patient
    const next = t[i + 1];
    if (next && next.sentence === t[i]!.sentence && next.kind === "word" && !["just", "but", "and"].includes(next.norm)) continue;
    return 0.8;
  }
  return 0;
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
