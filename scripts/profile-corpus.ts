// Where the time goes across the corpus: mean microseconds per post for the analysis and for each
// rule, on posts cut to 280 characters (or the length given: npx tsx scripts/profile-corpus.ts 3000).
import { readFileSync } from "node:fs";
import { analyse, triggered } from "../src/engine/check";
import { RULES } from "../src/engine/rules";
import type { Analysis } from "../src/engine/analysis";

const corpus = ["eval/dev.jsonl", "eval/dev2.jsonl"].flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string));
// posts of the given length made as the benchmark makes them
const LENGTH = Number(process.argv[2] ?? 280);
const posts: string[] = [];
for (let i = 0; posts.length < Math.max(150, Math.round(420_000 / LENGTH)); ) { let t = ""; while (t.length < LENGTH) t += (t ? " " : "") + corpus[i++ % corpus.length]; posts.push(t.slice(0, LENGTH)); }
for (const p of posts) for (const r of RULES) r.check({ text: p, analysis: analyse(p), report: () => {} });
const R = 3;
let t = performance.now();
const analyses: Analysis[] = [];
for (let r = 0; r < R; r++) for (const p of posts) { const a = analyse(p); if (r === 0) analyses.push(a); }
const rows: [string, number][] = [["analyse", ((performance.now() - t) / (R * posts.length)) * 1000]];
for (const rule of RULES) {
  t = performance.now();
  // as the engine runs it: skipped when none of its triggers is in the post
  for (let r = 0; r < R; r++) for (let i = 0; i < posts.length; i++) {
    const a = analyses[i]!;
    if (rule.meta.triggers && !rule.meta.triggers.some((t) => triggered(a, t))) continue;
    rule.check({ text: posts[i]!, analysis: a, report: () => {} });
  }
  rows.push([rule.meta.id, ((performance.now() - t) / (R * posts.length)) * 1000]);
}
const total = rows.reduce((s, [, v]) => s + v, 0);
for (const [k, v] of rows.sort((a, b) => b[1] - a[1])) console.log(`${k.padEnd(40)} ${v.toFixed(1).padStart(7)} µs`);
console.log(`${"total".padEnd(40)} ${total.toFixed(1).padStart(7)} µs  (rules read a shared, already-built analysis; later rules benefit from memoised signals)`);
