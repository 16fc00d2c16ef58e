// The tokenizer's ASCII fast path must give exactly the tokens of the Unicode grammar (TOKEN_RE).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize, TOKEN_RE } from "../../src/engine/text/tokenize";

/** The grammar applied naively: every token's offsets and kind, straight from the regex. */
function reference(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  const re = new RegExp(TOKEN_RE.source, "gu");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const kind = m[1] !== undefined ? "url" : m[2] !== undefined ? (m[0][0] === "#" ? "hashtag" : "mention") : m[3] !== undefined ? "number" : m[4] !== undefined ? "word" : m[5] !== undefined ? "punct" : undefined;
    if (kind) out.push([m.index, m.index + m[0].length, kind]);
  }
  return out;
}
const actual = (text: string) => tokenize(text).map((t) => [t.start, t.end, t.kind] as [number, number, string]);

const PIECES = ["0/𐦼", "٣/٤", "a'é", "Mrs", "Jones's", "don't", "café", "naïve", "e\u0301", "12.5", "1,000", "10:30", "01/02/1950", "4u.com/x", "amzn.to/3xYz", "https://a.b/c?d=1", "www.nhs.uk", "#FOAMed", "#botox123", "@drsmith", "@", "#", "sh*t", "b@stard", "c+++", "x-ray", "-", "—", "’", "'", "🙂", "👩🏽‍⚕️", "\ud800", "\u00a0", "\n", "\t", " ", ".", "!", "A&E", "61yo", "3am", "co-codamol", "Ward 7B", "ΑΒΓ", "日本", "٣٤", "x.com", "a.b", "1.2.3"];
const text = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme", maxLength: 6 }), fc.string({ unit: "binary-ascii", maxLength: 6 })), { maxLength: 30 }), fc.constantFrom("", " ", "\u00a0"))
  .map(([parts, sep]) => parts.join(sep));

describe("tokenize", () => {
  it("splits a post into words, numbers, hashtags, mentions, URLs and punctuation", () => {
    expect(tokenize("Mrs Jones's NHS no. 943 476 5919 #FOAMed @dr_s amzn.to/x 🙂").map((t) => `${t.kind}:${t.text}`)).toEqual([
      "word:Mrs", "word:Jones's", "word:NHS", "word:no", "punct:.", "number:943", "number:476", "number:5919", "hashtag:#FOAMed", "mention:@dr_s", "url:amzn.to/x", "punct:🙂",
    ]);
  });

  it("the ASCII fast path agrees with the Unicode grammar on fixed cases", () => {
    for (const p of PIECES) for (const q of PIECES) {
      const t = `${p} ${q}${p}`;
      expect(actual(t), JSON.stringify(t)).toEqual(reference(t));
    }
  });

  it("property: the ASCII fast path agrees with the Unicode grammar", () => {
    const r = fc.check(fc.property(text, (t) => JSON.stringify(actual(t)) === JSON.stringify(reference(t))), { numRuns: 5000 });
    expect(r.failed ? `${JSON.stringify(r.counterexample)}: ${r.errorInstance ?? "outputs differ"}` : "ok").toBe("ok");
  });
});
