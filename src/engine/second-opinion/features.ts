// The words a post is read as by the second opinion (see ./index.ts): lower-cased words, hashtags and
// emoji, with every run of digits as "0" so "bed 4" and "bed 12" are one feature, and each pair of
// neighbouring words. The trainer (scripts/train-second-opinion.ts) reads posts with this same code,
// so the model is scored on exactly the features it was trained on.

/** Only the opening of a very long text is read: the model learned from posts, not books. */
export const MAX_FEATURE_CHARS = 8_000;

// Linear: each alternative consumes at least one character and none can backtrack into another.
const TOKEN = /[#@]?[\p{L}\p{N}]+(?:['*][\p{L}\p{N}]+)*|\p{Extended_Pictographic}|[!?]/gu;

/** Calls `visit` with each word of the post, in order, repeats included. */
export function eachWord(text: string, visit: (word: string) => void): void {
  const folded = text.slice(0, MAX_FEATURE_CHARS).toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\p{N}+/gu, "0");
  for (const match of folded.matchAll(TOKEN)) visit(match[0]);
}

/** Calls `visit` with each word and each pair of neighbouring words, in order, repeats included. */
export function eachFeature(text: string, visit: (feature: string) => void): void {
  let previous: string | null = null;
  eachWord(text, (word) => {
    visit(word);
    if (previous !== null) visit(`${previous} ${word}`);
    previous = word;
  });
}

/** Every distinct feature of a post, in order of first appearance. */
export function postFeatures(text: string): string[] {
  const features = new Set<string>();
  eachFeature(text, (f) => features.add(f));
  return [...features];
}
