import type { Analysis } from "../../analysis";

/** Verbs a clinician denies to decline a public discussion: "I can't discuss...", "we never comment on...". */
const DECLINE_VERBS = ["discuss", "comment", "confirm"];
const DENIALS = new Set(["never", "can't", "cannot", "cant", "unable", "won't", "wont", "not", "don't", "dont"]);
/** What a general refusal is about: anyone's care, individual cases, patients. */
const WHOSE = new Set(["anyone's", "anyones", "anybody's", "individual", "individuals", "individual's", "specific", "personal", "patients", "patient", "patient's", "patients'", "care", "case", "cases", "details"]);
/**
 * The author declines to discuss anyone's care in public ("I can't comment on anyone's specific scan",
 * "I can't discuss anyone's care on here, but ring the clinic"): the GMC's own advice for a public
 * question (¶14). The care words in such a reply are signposting (an appointment, a follow-up), not the
 * reader's care disclosed.
 */
export function declinesToDiscuss(a: Analysis): boolean {
  if (!a.hasAnyWord(DECLINE_VERBS)) return false;
  return a.memo("confidentiality:declines", () => {
    const t = a.tokens;
    for (let i = 1; i < t.length; i++) {
      if (!DECLINE_VERBS.includes(t[i]!.norm)) continue;
      // a denial earlier in the same sentence, within a few words ("I can't discuss", "we never comment")
      let denied = false;
      for (let k = i - 1; k >= 0 && k >= i - 4 && t[k]!.sentence === t[i]!.sentence; k--) if (DENIALS.has(t[k]!.norm)) { denied = true; break; }
      // ...anyone's care, individual cases, patients: a refusal in general ("I can't discuss much on
      // here, but your bloods..." declines nothing)
      if (denied) for (let k = i + 1; k <= i + 5 && k < t.length && t[k]!.sentence === t[i]!.sentence; k++) if (WHOSE.has(t[k]!.norm)) return true;
    }
    return false;
  });
}
