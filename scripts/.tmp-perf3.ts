import { analyse } from "../src/engine/check";
import { RULES } from "../src/engine/rules";
const unit = "Honestly the fit lad in bay 2 is gorgeous 🥵 and our clinical director is a known fraud. Ten pints deep, MDMA at the festival then straight onto nights ❄️. FFS. Grabbed some diazepam from the returns bin for my flight. PharmaCorp buried the data. Named in thread below.\n";
for (const size of [250_000, 1_000_000]) {
  const text = unit.repeat(Math.ceil(size / unit.length));
  let t0 = performance.now(); const a = analyse(text); console.log(size, "analyse", Math.round(performance.now() - t0));
  for (const r of RULES) { let n = 0; t0 = performance.now(); r.check({ text, analysis: a, report: () => { n++; } }); const ms = Math.round(performance.now() - t0); if (ms > 50) console.log("  ", r.meta.id, ms, "ms", n); }
}
