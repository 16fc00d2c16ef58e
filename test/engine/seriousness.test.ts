// The score ranks posts in the order of the GMC adviser's "indication of seriousness" (003 seed):
// misleading cosmetic claims and identifiable patients with adverse comments at the top, an argument
// with a colleague at the bottom, a professional clinical narrative with no breach near zero.
import { describe, expect, it } from "vitest";
import { check, SERIOUSNESS_TABLE } from "../../src/engine";

// One realistic post per row of the table, most serious first.
const ROWS: [string, string][] = [
  ["misleading cosmetic claims", "Lip filler £99 this week only! 100% safe, no risk, guaranteed results, look 10 years younger. Book now before prices rise 💋"],
  ["identifiable patient with adverse comments", "Mrs Jones in bed 4 at Derriford is the most pathetic attention seeker I've ever nursed 🙄"],
  ["contacting a known patient for a date", "Matched with my patient from last week's knee clinic on Hinge, going on a date Friday 😍"],
  ["a doctor clearly intoxicated", "Absolutely hammered at the doctors' mess party, can't feel my face 🍻🍻"],
  ["comments about a patient with potentially identifying information", "61yo retired vicar from Mevagissey with motor neurone disease came in last night."],
  ["discriminatory language", "Muslims are vermin and should go back to where they came from."],
  ["disrespect of patients in general", "Another frequent flyer in majors tonight, pure acopia as usual."],
  ["drinking but not intoxicated", "A glass of wine with the team after a long week. Cheers!"],
  ["advertising a product", "Loving my new stethoscope from @LittmannUK, use my code DRJO10 for 10% off 🩺"],
  ["an argument with a colleague", "@DrSmith stay in your lane mate, go back to med school."],
];

describe("seriousness score", () => {
  it("the table has the ten rows of the seed, most serious first", () => {
    expect(SERIOUSNESS_TABLE).toHaveLength(10);
    const scores = SERIOUSNESS_TABLE.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("scores follow the table's order", () => {
    const scores = ROWS.map(([label, text]) => ({ label, score: check(text).score }));
    for (let i = 1; i < scores.length; i++) {
      expect(scores[i - 1]!.score, `${scores[i - 1]!.label} (${scores[i - 1]!.score}) should outrank ${scores[i]!.label} (${scores[i]!.score})`).toBeGreaterThan(scores[i]!.score);
    }
  });

  it("a professional clinical narrative with no breach scores near zero", () => {
    expect(check("Fascinating teaching session on DKA management today: fluids first, then fixed-rate insulin. #MedEd").score).toBeLessThan(5);
  });
});
