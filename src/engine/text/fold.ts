// Case and diacritic folding shared by the tokenizer and the lexicon build (scripts/build-data.mjs
// applies the same steps to terms). Fast path: pure ASCII needs only toLowerCase.

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`]/g;

export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFKC").replace(APOSTROPHES, "'").normalize("NFD").replace(COMBINING, "");
}

/** Same folding, keeping case (for case-sensitive lexicon entries such as acronyms). */
export function foldKeepCase(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.normalize("NFKC").replace(APOSTROPHES, "'");
}
