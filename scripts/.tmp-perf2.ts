import { check } from "../src/engine";
import { readFileSync } from "node:fs";
const unit = "Honestly the fit lad in bay 2 is gorgeous 🥵 and our clinical director is a known fraud. Ten pints deep, MDMA at the festival then straight onto nights ❄️. FFS. Grabbed some diazepam from the returns bin for my flight. PharmaCorp buried the data. Named in thread below.\n";
const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
const all = ["conduct/sexual","conduct/substance-misuse","conduct/intoxication","conduct/profanity","legal/defamation"];
const off = Object.fromEntries(all.map((r) => [r, "off"]));
let t0 = performance.now(); check(text, { config: { rules: off } } as any); console.log("mine off", Math.round(performance.now() - t0));
for (const r of all) { const cfg = { ...off, [r]: "error" }; delete (cfg as any)[r]; t0 = performance.now(); check(text, { config: { rules: cfg } } as any); console.log(r, "only", Math.round(performance.now() - t0)); }
