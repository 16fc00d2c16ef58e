// Per-post indexes that keep the advertising, prescribing and transparency rules linear in post
// length: spans by start and end offset, so "is there a medicine at this word?" is a lookup rather
// than a scan of every span in the sentence (a 1 MB post can be one sentence).
import type { Analysis } from "../../analysis";
import type { Span } from "../../types";

const byStart = new WeakMap<readonly Span[], Map<number, Span>>();
const byEnd = new WeakMap<readonly Span[], Map<number, Span>>();

/** The span of `list` starting at each offset (the longest, if several). Keyed by the list array. */
export function startsAt(list: readonly Span[]): Map<number, Span> {
  let m = byStart.get(list);
  if (!m) {
    m = new Map();
    for (const s of list) { const prev = m.get(s.start); if (!prev || prev.end < s.end) m.set(s.start, s); }
    byStart.set(list, m);
  }
  return m;
}

/** The span of `list` ending at each offset. Keyed by the list array. */
export function endsAt(list: readonly Span[]): Map<number, Span> {
  let m = byEnd.get(list);
  if (!m) {
    m = new Map();
    for (const s of list) m.set(s.end, s);
    byEnd.set(list, m);
  }
  return m;
}

/** Sentences holding at least one span of `list` (memoised per post under `key`). */
export function sentencesOf(a: Analysis, key: string, list: readonly Span[]): ReadonlySet<number> {
  return a.memo(`sentences-of:${key}:${list.length}`, () => new Set(list.map((s) => a.sentenceOf(s.start))));
}
