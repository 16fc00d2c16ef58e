import { check } from "../src/engine";
const unit = "Honestly the fit lad in bay 2 is gorgeous 🥵 and our clinical director is a known fraud. Ten pints deep, MDMA at the festival then straight onto nights ❄️. FFS. Grabbed some diazepam from the returns bin for my flight. PharmaCorp buried the data. Named in thread below.\n";
const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
const t0 = performance.now();
const r = check(text);
console.log("1MB:", Math.round(performance.now() - t0), "ms", r.findings.length, "findings");
