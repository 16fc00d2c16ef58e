// A sparse logistic model over post features (./features.ts) with one output per question: "is this
// post stop-worthy?" and, per rule, "is this a stop-worthy breach of this rule?". Plain data, trained
// by scripts/train-second-opinion.ts and validated by scripts/build-data.mjs.
import type { SecondOpinionModel } from "../types";
import type { Token } from "../text/tokenize";
import { eachWord, STEM_MARK, stemOf } from "./features";

export type { SecondOpinionModel } from "../types";

export interface Opinion {
  /** Probability per output, in `outputs` order. */
  probabilities: number[];
  /** The post's features that have a weight, each once, with their [output, weight, ...] pairs. */
  weighed: [feature: string, pairs: number[]][];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A word's own weights, and the weights of the pairs it starts ("bed" -> "0" for "bed 0"). */
interface WordEntry {
  pairs?: number[];
  next?: Map<string, number[]>;
  /** The weights of this string as a stem ("=mock"), when the model reads stems. */
  stemPairs?: number[];
}
/** Models that weigh stems: only they pay for stemming each word. */
const READS_STEMS = new WeakSet<Map<string, WordEntry>>();

/**
 * The weights indexed by word, made once per model: scoring looks up each word once and each pair
 * only when its first word starts a weighted pair, instead of building a string for every pair.
 */
const INDEX = new WeakMap<SecondOpinionModel, Map<string, WordEntry>>();
function indexOf(model: SecondOpinionModel): Map<string, WordEntry> {
  let index = INDEX.get(model);
  if (index) return index;
  index = new Map();
  const entry = (word: string) => index!.get(word) ?? (index!.set(word, {}), index!.get(word)!);
  for (const [feature, pairs] of Object.entries(model.weights)) {
    const space = feature.indexOf(" ");
    if (feature.startsWith(STEM_MARK)) {
      entry(feature.slice(STEM_MARK.length)).stemPairs = pairs;
      READS_STEMS.add(index);
    } else if (space < 0) entry(feature).pairs = pairs;
    else (entry(feature.slice(0, space)).next ??= new Map()).set(feature.slice(space + 1), pairs);
  }
  INDEX.set(model, index);
  return index;
}

/**
 * Calls `visit` for each word and each pair of neighbouring words of the post that has weights, with
 * the token it ends on; `feature` builds the feature's name (a pair's only when asked for).
 */
function eachWeighted(index: Map<string, WordEntry>, tokens: readonly Token[], visit: (pairs: number[], token: Token, feature: () => string) => void): void {
  let previousWord = "";
  let previousEntry: WordEntry | undefined;
  const stems = READS_STEMS.has(index);
  eachWord(tokens, (word, token) => {
    const entry = index.get(word);
    if (entry?.pairs) visit(entry.pairs, token, () => word);
    if (stems && token.kind === "word") {
      const stem = stemOf(word);
      const stemPairs = stem === null ? undefined : index.get(stem)?.stemPairs;
      if (stemPairs) visit(stemPairs, token, () => STEM_MARK + stem);
    }
    const pair = previousEntry?.next?.get(word);
    if (pair) {
      const first = previousWord;
      visit(pair, token, () => `${first} ${word}`);
    }
    previousWord = word;
    previousEntry = entry;
  });
}

/** `detected`: the post's detector features (./features.ts detectorFeatures), weighed like words. */
export function score(model: SecondOpinionModel, tokens: readonly Token[], detected: readonly string[] = []): Opinion {
  const index = indexOf(model);
  const z = model.bias.slice();
  const weighed: Opinion["weighed"] = [];
  // each feature has its own weights array, so the array tells a repeat without building a key
  const seen = new Set<number[]>();
  const add = (feature: string, pairs: number[]) => {
    if (seen.has(pairs)) return;
    seen.add(pairs);
    weighed.push([feature, pairs]);
    for (let i = 0; i < pairs.length; i += 2) z[pairs[i]!]! += pairs[i + 1]!;
  };
  eachWeighted(index, tokens, (pairs, _token, feature) => {
    if (!seen.has(pairs)) add(feature(), pairs);
  });
  for (const f of detected) {
    const pairs = index.get(f)?.pairs;
    if (pairs) add(f, pairs);
  }
  return { probabilities: z.map(sigmoid), weighed };
}

/**
 * The sentence whose words and word pairs push `output` up the most (a pair counts in the sentence of
 * its second word), or -1 when no word does: where a finding the model made is pointed.
 */
export function strongestSentence(model: SecondOpinionModel, tokens: readonly Token[], output: number): number {
  const push = new Map<number, number>();
  eachWeighted(indexOf(model), tokens, (pairs, token) => {
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === output && pairs[i + 1]! > 0) push.set(token.sentence, (push.get(token.sentence) ?? 0) + pairs[i + 1]!);
  });
  let best = -1;
  let most = 0;
  for (const [sentence, total] of push) if (total > most || (total === most && sentence < best)) [best, most] = [sentence, total];
  return best;
}

/** The features that pushed `output` up the most, strongest first. */
export function strongestFeatures(opinion: Opinion, output: number, count: number): string[] {
  const pushes: [string, number][] = [];
  for (const [f, pairs] of opinion.weighed) {
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === output && pairs[i + 1]! > 0) pushes.push([f, pairs[i + 1]!]);
  }
  pushes.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return pushes.slice(0, count).map(([f]) => f);
}
