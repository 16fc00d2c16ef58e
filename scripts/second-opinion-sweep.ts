// Which thresholds the second opinion should use, read off one leave-one-writer-out run instead of one
// run per setting: `scripts/second-opinion-loso.ts --dump FILE` writes, for every held-out post, its
// label, the rules' verdict, the warnings the model may raise and the model's probabilities; this
// replays check.ts's decisions (raise a warning, or find) for each setting and prints what each would
// catch and what it would cost.
//
//   npx tsx scripts/second-opinion-sweep.ts FILE
import { readFileSync } from "node:fs";
import { FINDABLE_RULES, THRESHOLDS } from "./train-second-opinion";

interface Row { expect: string; rules: string[]; before: string; unsure: string[]; outputs: string[]; p: number[] }
const rows: Row[] = readFileSync(process.argv[2]!, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);

interface Setting { rule: number; stop: number; findRule: number; findStop: number }

/** The verdict check.ts would give the post with these thresholds. */
function verdict(r: Row, t: Setting): string {
  if (r.before === "stop") return "stop";
  const p = (id: string) => r.p[r.outputs.indexOf(id)] ?? 0;
  if (r.p[0]! >= t.stop && r.unsure.some((id) => p(id) >= t.rule)) return "stop";
  if (r.p[0]! >= t.findStop && FINDABLE_RULES.some((id) => p(id) >= t.findRule)) return "stop";
  return r.before;
}

function measure(t: Setting) {
  let stop = 0, caught = 0, benign = 0, newAlarms = 0, review = 0, reviewRaised = 0;
  for (const r of rows) {
    const v = verdict(r, t);
    if (r.expect === "stop") { stop++; if (v === "stop") caught++; }
    if (r.expect === "pass") { benign++; if (r.before === "pass" && v !== "pass") newAlarms++; }
    if (r.expect === "review") { review++; if (r.before !== "stop" && v === "stop") reviewRaised++; }
  }
  return { caught, stop, newAlarms, benign, reviewRaised, review };
}

const shipped: Setting = { rule: THRESHOLDS.rule, stop: THRESHOLDS.stop, findRule: THRESHOLDS.find!.rule, findStop: THRESHOLDS.find!.stop };
const base = measure(shipped);
const fmt = (t: Setting) => {
  const m = measure(t);
  return `raise { ${t.rule}, ${t.stop} } find { ${t.findRule}, ${t.findStop} }: ${((m.caught / m.stop) * 100).toFixed(1)}% (${m.caught - base.caught >= 0 ? "+" : ""}${m.caught - base.caught} posts)   new false alarms ${m.newAlarms} of ${m.benign}   review raised ${m.reviewRaised} of ${m.review}`;
};
console.log(`${rows.length} held-out posts; the shipped thresholds:`);
console.log(`  ${fmt(shipped)}`);
console.log("finding (raising as shipped):");
for (const findRule of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) for (const findStop of [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) console.log(`  ${fmt({ ...shipped, findRule, findStop })}`);
console.log("raising (finding as shipped):");
for (const rule of [0.15, 0.2, 0.25, 0.3]) for (const stop of [0.2, 0.25, 0.3, 0.35]) console.log(`  ${fmt({ ...shipped, rule, stop })}`);
