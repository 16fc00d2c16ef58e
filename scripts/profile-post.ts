// Where the time goes for one post: npx tsx scripts/profile-post.ts "TEXT" [REPEAT]
// prints the analysis time and every rule slower than 20 ms (for hunting quadratic behaviour).
import { analyse } from "../src/engine/check";
import { RULES } from "../src/engine/rules";
const text = process.argv[2]!.replace(/\\n/g, "\n").repeat(Number(process.argv[3] ?? 1));
let t = performance.now();
const a = analyse(text);
console.log("analyse", (performance.now() - t).toFixed(0), "ms, spans", a.spans.length);
for (const rule of RULES) { t = performance.now(); rule.check({ text, analysis: a, report: () => {} }); const ms = performance.now() - t; if (ms > 50) console.log(rule.meta.id, ms.toFixed(0), "ms"); }
