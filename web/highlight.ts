// Pure helpers for the composer's highlight layer: cut the text into segments by finding ranges,
// and carry old ranges across an edit until the worker's fresh report arrives.
import type { Finding, Severity } from "../src/engine/types";

export interface Segment {
  start: number;
  end: number;
  /** Indexes into the findings array of every finding covering this segment (empty: plain text). */
  findings: number[];
  /** The most serious severity among them. */
  severity?: Severity;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worstSeverity(severities: Iterable<Severity>): Severity | undefined {
  let worst: Severity | undefined;
  for (const s of severities) if (!worst || RANK[s] > RANK[worst]) worst = s;
  return worst;
}

/** Splits [0, length) at every range boundary; overlapping findings share segments. */
export function segments(length: number, ranges: readonly { range: readonly [number, number]; severity: Severity }[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const f of ranges) {
    const [s, e] = clampRange(f.range, length);
    if (e > s) {
      cuts.add(s);
      cuts.add(e);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering: number[] = [];
    ranges.forEach((f, idx) => {
      const [s, e] = clampRange(f.range, length);
      if (s <= start && e >= end && e > s) covering.push(idx);
    });
    const seg: Segment = { start, end, findings: covering };
    const sev = worstSeverity(covering.map((i) => ranges[i]!.severity));
    if (sev) seg.severity = sev;
    const prev = out[out.length - 1];
    // Merge neighbouring plain segments (keeps the DOM small).
    if (prev && prev.findings.length === 0 && covering.length === 0) prev.end = end;
    else out.push(seg);
  }
  return out;
}

export function clampRange(range: readonly [number, number], length: number): [number, number] {
  const s = Math.max(0, Math.min(range[0], length));
  const e = Math.max(s, Math.min(range[1], length));
  return [s, e];
}

/** The single edit turning `before` into `after`: common prefix and suffix kept. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function diffText(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
}

/** Moves a finding's range across a change; ranges the change touched stretch to cover it. */
export function mapRange(range: readonly [number, number], c: TextChange): [number, number] {
  const delta = c.newEnd - c.oldEnd;
  const map = (x: number, side: "start" | "end"): number => {
    if (x < c.start) return x;
    if (x > c.oldEnd) return x + delta;
    if (c.start === c.oldEnd) return side === "start" ? x + delta : x; // pure insertion at x
    if (side === "start") return x === c.oldEnd ? c.newEnd : c.start;
    return x === c.start ? c.start : c.newEnd;
  };
  const s = map(range[0], "start");
  const e = Math.max(s, map(range[1], "end"));
  return [s, e];
}

export function shiftFindings(findings: readonly Finding[], c: TextChange): Finding[] {
  if (c.start === c.oldEnd && c.start === c.newEnd) return findings as Finding[];
  return findings.map((f) => ({ ...f, range: mapRange(f.range, c) }));
}

/** The finding ids (indexes) whose range contains the caret position. */
export function findingsAt(findings: readonly Finding[], pos: number): number[] {
  const out: number[] = [];
  findings.forEach((f, i) => {
    if (f.range[1] > f.range[0] && pos >= f.range[0] && pos <= f.range[1]) out.push(i);
  });
  return out;
}

/**
 * Stable keys for a report's findings: rule, message and occurrence, never the range, so a card
 * keeps its identity while typing elsewhere shifts the ranges (and shifted marks match their cards).
 */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}\u0000${f.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0000${n}`;
  });
}

/** A short hash of a text (FNV-1a), so tests can tell which text a shown report belongs to. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
