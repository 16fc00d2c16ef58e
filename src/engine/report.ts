// Turning findings into a report: a stable order, no exact duplicates, the verdict, and a score that
// ranks posts as the seriousness table does (the worst finding decides; more findings add a little).
import { SERIOUSNESS, SERIOUSNESS_TABLE } from "./guidance/seriousness";

const INFO_CEILING = SERIOUSNESS.drinking;
import type { Finding, Report, Verdict } from "./types";

/** Findings with what the score needs; stripped before the report leaves the engine. */
export interface ScoredFinding extends Finding {
  seriousness?: number;
  confidence?: number;
}

/** Seriousness of a rule id that has no finding-specific value (adapter rules such as image checks). */
const DEFAULT_SERIOUSNESS: Record<string, number> = {};
for (const row of SERIOUSNESS_TABLE) for (const id of row.rules) DEFAULT_SERIOUSNESS[id] ??= row.score;

export function registerSeriousness(ruleId: string, score: number): void {
  DEFAULT_SERIOUSNESS[ruleId] = score;
}

/** Text order; on the same words, the most serious reading first (an error before a warning). */
const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };
const compare = (a: Finding, b: Finding) =>
  a.range[0] - b.range[0] || a.range[1] - b.range[1] || (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

export function makeReport(findings: readonly (Finding | ScoredFinding)[]): Report {
  const sorted = [...findings].sort(compare);
  const unique: ScoredFinding[] = [];
  const seen = new Set<string>();
  for (const f of sorted) {
    const key = `${f.ruleId}\u0000${f.range[0]}\u0000${f.range[1]}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  let verdict: Verdict = "pass";
  for (const f of unique) {
    if (f.severity === "error") { verdict = "stop"; break; }
    if (f.severity === "warning") verdict = "review";
  }
  return { verdict, score: score(unique), findings: unique.map(strip) };
}

function score(findings: readonly ScoredFinding[]): number {
  if (findings.length === 0) return 0;
  const perFinding = findings.map((f) => {
    let base = f.seriousness ?? DEFAULT_SERIOUSNESS[f.ruleId] ?? 40;
    // Info never changes the verdict, so it ranks no higher than the table's "drinking but not
    // intoxicated" row: a passing post cannot look serious.
    if (f.severity === "info") base = Math.min(base, INFO_CEILING);
    const conf = f.confidence ?? 1;
    return base * (0.8 + 0.2 * conf);
  });
  const worst = Math.max(...perFinding);
  const rules = new Set(findings.filter((f) => f.severity !== "info").map((f) => f.ruleId)).size;
  return Math.min(100, Math.round(worst + 3 * Math.max(0, rules - 1)));
}

function strip(f: ScoredFinding): Finding {
  const { seriousness: _s, confidence: _c, ...rest } = f;
  return rest;
}
