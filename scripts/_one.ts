import { analyse } from "../src/engine/check";
import { RULES } from "../src/engine/rules";
const text = process.argv[2]!;
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const a = analyse(text);
  const an = performance.now() - t;
  const parts: string[] = [];
  for (const rule of RULES) { t = performance.now(); rule.check({ text, analysis: a, report: () => {} }); const ms = performance.now() - t; if (ms > 0.3) parts.push(`${rule.meta.id} ${ms.toFixed(2)}`); }
  console.log("analyse", an.toFixed(2), parts.join(" | "));
}
