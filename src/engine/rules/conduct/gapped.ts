// Phrases with an intensifier inserted: "are honestly a plague", "are just mentally ill", "is a
// f***ing joke", "is an utterly useless". The shared matcher needs the words of a phrase to be
// adjacent; here the same lexicons are matched once more over the tokens with intensifiers (and swear
// words used as intensifiers) left out, and only the matches that spanned a left-out word are kept.
// One matcher per process, one extra linear pass per post (cached per Analysis).
import { PostCache, type Analysis } from "../../analysis";
import { hasLexicon, lexicon } from "../../lexicon";
import { isJoiner, PhraseMatcher } from "../../lexicon/matcher";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** Lexicons whose predicates are often split by an intensifier. */
const GAPPED_LEXICONS = ["hostile-generalisations", "colleague-disputes", "threats"] as const;
/** Words that can sit inside a phrase without changing what it says of its subject. */
const INSERTABLE = new Set([
  "honestly", "just", "really", "literally", "basically", "actually", "frankly", "genuinely", "truly", "simply", "clearly", "seriously", "totally", "absolutely",
  "all", "utterly", "absolute", "total", "complete", "utter", "proper", "massive", "bloody", "fucking", "effing", "frigging", "sodding", "bleeding", "flipping", "damn",
  "still", "always", "obviously", "tbh", "ngl", "quite", "so", "such", "mostly", "generally", "definitely",
]);

let matcher: PhraseMatcher | undefined;
function gappedMatcher(): PhraseMatcher {
  return (matcher ??= new PhraseMatcher(GAPPED_LEXICONS.filter(hasLexicon).map((n) => lexicon(n))));
}

const cache = new PostCache<Span[]>();

/** Spans of the gapped lexicons found only once intensifiers are skipped, tagged `data.gapped`. */
export function gappedSpans(a: Analysis): readonly Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  // swear words written masked ("f***ing") are several tokens: skip the whole masked span
  const masked = a.lexicon("profanity").filter((p) => p.data?.masked === true);
  let m = 0;
  /** Whether the matcher skips token `t` (called in text order; `m` walks the masked spans alongside). */
  const leftOut = (t: Token): boolean => {
    while (m < masked.length && masked[m]!.end <= t.start) m++;
    const inMask = m < masked.length && masked[m]!.start <= t.start && t.end <= masked[m]!.end;
    return (t.kind === "word" && INSERTABLE.has(t.norm)) || inMask;
  };
  // A gapped match has two consecutive words of its phrase on either side of a left-out word (with
  // only joiners between them and it). Most posts leave out a "just" or "so" that no phrase can
  // bridge: when no pair of words around a gap could sit side by side in a phrase, no match can
  // cross a gap, and the second pass of the matcher (and the copy of the tokens) is skipped.
  const matcher = gappedMatcher();
  let left: Token | undefined; // the last kept word before the current gap
  let gap = false;
  let bridgeable = false;
  for (const t of a.tokens) {
    if (leftOut(t)) { gap = left !== undefined; continue; }
    if (isJoiner(t)) continue;
    if (gap && matcher.mayJoin(left!, t)) { bridgeable = true; break; }
    gap = false;
    left = t;
  }
  if (bridgeable) {
    m = 0;
    const kept = a.tokens.filter((t) => !leftOut(t));
    for (const hit of matcher.match(kept)) {
      const first = kept[hit.firstToken]!;
      const last = kept[hit.lastToken]!;
      // keep only matches that jumped a left-out word (plain ones are already spans) within one sentence
      if (first.sentence !== last.sentence) continue;
      const plain = a.tokenIndexAt(last.start) - a.tokenIndexAt(first.start) === hit.lastToken - hit.firstToken;
      if (plain) continue;
      const e = hit.entry;
      out.push({ type: "phrase", start: hit.start, end: hit.end, text: a.text.slice(hit.start, hit.end), confidence: e.confidence * 0.95, detector: "lexicon-gapped", lexicon: hit.lexicon, data: { category: e.category, term: e.term, source: e.source, gapped: true } });
    }
  }
  cache.set(a, out);
  return out;
}

/** A lexicon's spans plus its gapped matches. */
export function withGapped(a: Analysis, name: (typeof GAPPED_LEXICONS)[number], ...categories: string[]): Span[] {
  const plain = categories.length ? a.lexicon(name, ...categories) : a.lexicon(name);
  const extra = gappedSpans(a).filter((s) => s.lexicon === name && (categories.length === 0 || categories.includes(String(s.data?.category))));
  return extra.length ? [...plain, ...extra] : (plain as Span[]);
}
