// How the second opinion does on a writer it has not read: for each dev set, train on the other
// writers' sets, then check the held-out set with and without it. The holdout is never used.
//
//   npx tsx scripts/second-opinion-loso.ts [--l1 N] [--min-posts N] [--rule P] [--stop P] [--show]
import { check } from "../src/engine/check";
import { normaliseContext } from "./eval";
import { HYPER, loadSet, THRESHOLDS, TRAINING_SETS, trainSecondOpinion } from "./train-second-opinion";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const hyper = { ...HYPER, l1: arg("l1", HYPER.l1), minPosts: arg("min-posts", HYPER.minPosts), epochs: arg("epochs", HYPER.epochs), alpha: arg("alpha", HYPER.alpha), l2: arg("l2", HYPER.l2), minWeight: arg("min-weight", HYPER.minWeight), detectors: arg("detectors", HYPER.detectors) };
const thresholds = { rule: arg("rule", THRESHOLDS.rule), stop: arg("stop", THRESHOLDS.stop) };
const show = process.argv.includes("--show");

const sets = TRAINING_SETS();
const data = Object.fromEntries(sets.map((s) => [s, loadSet(s)]));
const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : "-");
const total = { stop: 0, before: 0, after: 0, review: 0, reviewRaised: 0, benign: 0, benignRaised: 0, raisedFindings: 0, features: 0 };
for (const held of sets) {
  const model = trainSecondOpinion(sets.filter((s) => s !== held).flatMap((s) => data[s]!), hyper, thresholds);
  total.features += Object.keys(model.weights).length / sets.length;
  const c = { stop: 0, before: 0, after: 0, review: 0, reviewRaised: 0, benign: 0, benignRaised: 0 };
  for (const post of data[held]!) {
    const options = { context: normaliseContext((post as { context?: Record<string, unknown> }).context) };
    const before = check(post.text, { ...options, secondOpinion: false }).verdict;
    const report = check(post.text, { ...options, secondOpinion: model });
    const after = report.verdict;
    const raised = report.findings.filter((f) => f.raised);
    total.raisedFindings += raised.length;
    if (post.expect.verdict === "stop") { c.stop++; if (before === "stop") c.before++; if (after === "stop") c.after++; }
    if (post.expect.verdict === "review") { c.review++; if (before !== "stop" && after === "stop") c.reviewRaised++; }
    if (post.expect.verdict === "pass") { c.benign++; if (before !== "stop" && after === "stop") c.benignRaised++; }
    if (show && before !== after) console.log(`  ${post.expect.verdict === "stop" ? "GAIN" : "OVER"} ${(post as { id?: string }).id} ${raised.map((f) => `${f.ruleId} p=${f.raised!.probability} [${f.raised!.words.join(", ")}]`).join("; ")}`);
  }
  for (const k of Object.keys(c) as (keyof typeof c)[]) total[k] += c[k];
  console.log(`${held.padEnd(6)} stop-worthy reaching stop ${pct(c.before, c.stop).padStart(6)} → ${pct(c.after, c.stop).padStart(6)}   review posts raised to stop ${c.reviewRaised}/${c.review}   benign posts raised to stop ${c.benignRaised}/${c.benign}`);
}
console.log(`all    stop-worthy reaching stop ${pct(total.before, total.stop)} → ${pct(total.after, total.stop)} (+${total.after - total.before} posts)   review raised ${total.reviewRaised}/${total.review} (${pct(total.reviewRaised, total.review)})   benign raised ${total.benignRaised}/${total.benign}   ~${Math.round(total.features)} features per model   hyper ${JSON.stringify(hyper)} thresholds ${JSON.stringify(thresholds)}`);
