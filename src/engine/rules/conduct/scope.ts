// Scope questions for the respect and conduct rules, tightened where the shared Analysis answers are
// too broad for hostile language (see the report's shared-code suggestions):
//  - a single quote that opens a quotation is closed again ("asked if it would 'show on Instagram' 💀
//    Janice love, no": the words after the closing quote are the author's own, not quoted);
//  - reported speech ends at a closing quote (the patient asked something; the author's reply after
//    it is not reported);
//  - a reject cue that is part of the span itself ("should be banned from") does not reject the span;
//  - scare quotes around the term alone ('Mediterranean syndrome', 'disabled') are the author using
//    the term ironically, not quoting someone else.
// Everything is bounded per call (one line, a few words), so a long post stays linear.
import { isWordChar, META_NOUNS, REJECT_WORDS, REPORTING_VERBS, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

const isSingle = (c: string) => c === "'" || c === "\u2018" || c === "\u2019";

/** The span sits inside an open quotation on its line: the engine's reading (Analysis.isQuoted). */
export function quoted(a: Analysis, span: { start: number; end: number }): boolean {
  return a.isQuoted(span);
}

/** Quote marks directly around the span and nothing else: the author's own ironic use of the term. */
export function scareQuoted(a: Analysis, span: { start: number; end: number }): boolean {
  const before = a.text[span.start - 1] ?? "";
  const after = a.text[span.end] ?? "";
  const open = before === "'" || before === "\u2018" || before === '"' || before === "\u201c";
  const close = after === "'" || after === "\u2019" || after === '"' || after === "\u201d";
  return open && close;
}

/** The term is talked about (criticised, named as a word), not used. */
export function rejected(a: Analysis, span: Span): boolean {
  for (const cue of a.inSentence(span, a.lexicon("context-cues", "reject-cue"))) {
    if (cue.end <= span.start || cue.start >= span.end) return true; // a cue inside the span is part of it
  }
  const prev = a.wordsBefore(span.start, 2);
  if (prev.some((t) => META_NOUNS.has(t.norm))) return true;
  if (!quoted(a, span) || scareQuoted(a, span)) return false;
  for (const t of nearTokens(a, span)) if (META_NOUNS.has(t.norm) || REJECT_WORDS.has(t.norm)) return true;
  return false;
}

/** Someone else's words: a reporting verb before the span, not cut off by a closed quotation. */
export function reported(a: Analysis, span: { start: number; end: number }): boolean {
  const inside = quoted(a, span);
  const sentence = a.sentenceOf(span.start);
  let words = 0;
  // "To the patient who called me a cow: I know where you live": an address ended by a colon, whose
  // relative clause holds the reporting verb, describes the one addressed; the words after are the author's
  let colon = false;
  const relative = (i: number) => { const w = nextWordBefore(a, i); return w === "who" || w === "that" || w === "which"; };
  for (let i = a.tokenIndexAt(span.start) - 1; i >= 0 && words < 8; i--) {
    const t = a.tokens[i]!;
    if (t.sentence !== sentence) break;
    if (t.kind === "punct") {
      if (t.text === ":" || t.text === "\u2014") colon = true;
      // a closing quote between the verb and the span ends the reported words
      if (!inside && (isSingle(t.text) || t.text === '"' || t.text === "\u201d") && !isWordChar(a.text.charCodeAt(t.end))) return false;
      continue;
    }
    if (t.kind !== "word" && t.kind !== "number") continue;
    words++;
    if (REPORTING_VERBS.has(t.norm)) {
      const subject = nextWordBefore(a, i);
      if (colon && relative(i)) return false;
      if (subject !== "i" && subject !== "we") return true;
    }
    if (t.norm === "me" || t.norm === "us") {
      const verb = nextWordBefore(a, i);
      if (verb === "called" || verb === "calls") return !(colon && relative(i - 1));
    }
  }
  return false;
}

function nextWordBefore(a: Analysis, i: number): string | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = a.tokens[j]!;
    if (t.kind === "word") return t.norm;
  }
  return undefined;
}

/** Used plainly: not negated, not talked about as a term, not someone else's reported words. */
export function asserted(a: Analysis, span: Span): boolean {
  return !a.isNegated(span) && !rejected(a, span) && !reported(a, span);
}

/**
 * An offset inside the sentence `delta` sentences away from `offset` (-1 the one before, +1 the one
 * after), for `a.inSentence` look-ups; undefined at the edges. Walks at most the sentences crossed.
 */
export function sentenceAnchor(a: Analysis, offset: number, delta: number): { start: number } | undefined {
  const i = Math.min(a.tokenIndexAt(offset), a.tokens.length - 1);
  if (i < 0) return undefined;
  const target = a.tokens[i]!.sentence + delta;
  // first and last token of every sentence, built once per post: a look-up instead of a walk, so a
  // post with one huge sentence stays linear (same answer as walking: the nearest token of the target)
  const bounds = a.memo("scope:sentence-bounds", () => {
    const first: number[] = [];
    const last: number[] = [];
    a.tokens.forEach((t, k) => {
      if (first[t.sentence] === undefined) first[t.sentence] = k;
      last[t.sentence] = k;
    });
    return { first, last };
  });
  const k = delta < 0 ? bounds.last[target] : bounds.first[target];
  return k === undefined || target < 0 ? undefined : { start: a.tokens[k]!.start };
}

/**
 * The tokens of the span's sentence, but at most `radius` tokens either side of it: a bounded
 * stand-in for `a.sentenceTokens` so that a post with no sentence breaks stays linear.
 */
export function nearTokens(a: Analysis, span: { start: number; end?: number }, radius = 30): Token[] {
  const first = Math.min(a.tokenIndexAt(span.start), a.tokens.length - 1);
  if (first < 0) return [];
  const sentence = a.tokens[first]!.sentence;
  let lo = first;
  while (lo > 0 && first - lo < radius && a.tokens[lo - 1]!.sentence === sentence) lo--;
  const last = span.end !== undefined ? Math.max(first, a.tokenIndexAt(span.end) - 1) : first;
  let hi = last;
  while (hi + 1 < a.tokens.length && hi - last < radius && a.tokens[hi + 1]!.sentence === sentence) hi++;
  return a.tokens.slice(lo, hi + 1);
}
