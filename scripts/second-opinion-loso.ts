// How the second opinion does on a writer it has not read: for each dev set, train on the other
// writers' sets, then check the held-out set with and without it. The holdout is never used.
//
//   npx tsx scripts/second-opinion-loso.ts [--l1 N] [--min-posts N] [--findings N] ... (any of HYPER) [--rule P] [--stop P]
//     [--find-rule P] [--find-stop P] [--find-all] [--sets a,b] [--held a,b] [--show] [--by-rule] [--misses]
//     [--dump FILE]   (one line per held-out post for scripts/second-opinion-sweep.ts)
import { appendFileSync } from "node:fs";
import { analyse, check } from "../src/engine/check";
import { canRaise, opinionOn } from "../src/engine/second-opinion";
import { normaliseContext } from "./eval";
import { loadRuleCases } from "./rule-cases";
import { hyperFromArgs, loadSet, ruleCasePosts, thresholdsFromArgs, TRAINING_SETS, trainSecondOpinion } from "./train-second-opinion";

const hyper = hyperFromArgs();
const thresholds = thresholdsFromArgs();
const show = process.argv.includes("--show");

// --sets dev,dev2,... compares models on a fixed group of writers while new sets are being written
const only = process.argv.includes("--sets") ? new Set(process.argv[process.argv.indexOf("--sets") + 1]!.split(",")) : null;
const sets = TRAINING_SETS().filter((s) => !only || only.has(s));
// --held a,b: hold out only these writers in turn (each still trained on every other set), so one
// measurement can be split across processes
const heldOnly = process.argv.includes("--held") ? new Set(process.argv[process.argv.indexOf("--held") + 1]!.split(",")) : null;
const data = Object.fromEntries(sets.map((s) => [s, loadSet(s)]));
// the rule tables are in every fold, as in the shipped model (--no-tables leaves them out)
const tables = process.argv.includes("--no-tables") ? [] : ruleCasePosts(await loadRuleCases());
const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : "-");
const total = { stop: 0, before: 0, after: 0, review: 0, reviewRaised: 0, benign: 0, benignRaised: 0, newFalseAlarms: 0, raisedFindings: 0, foundFindings: 0, features: 0 };
/** Per rule, the posts the model made a finding in: what their labels say. */
const foundBy: Record<string, { right: number; otherRule: number; review: number; benign: number }> = {};
/**
 * --misses: the stop-worthy posts still not stopped, by what the engine did say: a warning from a rule
 * the label names (the model could have raised it), a finding from another rule only, or nothing.
 */
const misses = { warnedRightRule: 0, otherRuleOnly: 0, nothing: 0 };
const missedRules: Record<string, { warned: number; silent: number }> = {};
const dump = process.argv.includes("--dump") ? process.argv[process.argv.indexOf("--dump") + 1]! : null;
for (const held of sets.filter((s) => !heldOnly || heldOnly.has(s))) {
  const model = trainSecondOpinion([...sets.filter((s) => s !== held).flatMap((s) => data[s]!), ...tables], hyper, thresholds);
  total.features += Object.keys(model.weights).length / sets.length;
  const c = { stop: 0, before: 0, after: 0, review: 0, reviewRaised: 0, benign: 0, benignRaised: 0, newFalseAlarms: 0 };
  for (const post of data[held]!) {
    const options = { context: normaliseContext((post as { context?: Record<string, unknown> }).context) };
    const alone = check(post.text, { ...options, secondOpinion: false });
    const before = alone.verdict;
    if (dump) {
      // what the thresholds decide on: the rules' verdict, their warnings the model may raise, and its probabilities
      const opinion = opinionOn(model, analyse(post.text, options), alone.findings);
      const unsure = [...new Set(alone.findings.filter((f) => f.severity === "warning" && canRaise(model, f.ruleId)).map((f) => f.ruleId))];
      appendFileSync(dump, JSON.stringify({ set: held, expect: post.expect.verdict, rules: post.expect.rules, before, unsure, outputs: model.outputs, p: opinion.probabilities.map((x) => Math.round(x * 1000) / 1000) }) + "\n");
    }
    const report = check(post.text, { ...options, secondOpinion: model });
    const after = report.verdict;
    const raised = report.findings.filter((f) => f.raised || f.found);
    total.raisedFindings += raised.filter((f) => f.raised).length;
    total.foundFindings += raised.filter((f) => f.found).length;
    for (const f of report.findings) if (f.found) {
      const t = (foundBy[f.ruleId] ??= { right: 0, otherRule: 0, review: 0, benign: 0 });
      if (post.expect.verdict === "stop") t[post.expect.rules.includes(f.ruleId) ? "right" : "otherRule"]++;
      else t[post.expect.verdict === "review" ? "review" : "benign"]++;
    }
    if (post.expect.verdict === "stop" && after !== "stop") {
      const said = new Set(report.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId));
      const right = post.expect.rules.some((r) => said.has(r));
      misses[right ? "warnedRightRule" : said.size ? "otherRuleOnly" : "nothing"]++;
      for (const r of post.expect.rules) (missedRules[r] ??= { warned: 0, silent: 0 })[said.has(r) ? "warned" : "silent"]++;
    }
    if (post.expect.verdict === "stop") { c.stop++; if (before === "stop") c.before++; if (after === "stop") c.after++; }
    if (post.expect.verdict === "review") { c.review++; if (before !== "stop" && after === "stop") c.reviewRaised++; }
    if (post.expect.verdict === "pass") { c.benign++; if (before !== "stop" && after === "stop") c.benignRaised++; if (before === "pass" && after !== "pass") c.newFalseAlarms++; }
    if (show && before !== after) console.log(`  ${post.expect.verdict === "stop" ? "GAIN" : "OVER"} ${(post as { id?: string }).id} ${raised.map((f) => `${f.found ? "found " : ""}${f.ruleId} p=${(f.raised ?? f.found)!.probability} [${(f.raised ?? f.found)!.words.join(", ")}]`).join("; ")}`);
  }
  for (const k of Object.keys(c) as (keyof typeof c)[]) total[k] += c[k];
  console.log(`${held.padEnd(6)} stop-worthy reaching stop ${pct(c.before, c.stop).padStart(6)} → ${pct(c.after, c.stop).padStart(6)}   review posts raised to stop ${c.reviewRaised}/${c.review}   benign posts raised to stop ${c.benignRaised}/${c.benign}, new false alarms ${c.newFalseAlarms}`);
}
console.log(`all    stop-worthy reaching stop ${pct(total.before, total.stop)} → ${pct(total.after, total.stop)} (${total.before} → ${total.after} of ${total.stop}, +${total.after - total.before} posts)   review raised ${total.reviewRaised}/${total.review} (${pct(total.reviewRaised, total.review)})   benign raised ${total.benignRaised}/${total.benign}, new false alarms ${total.newFalseAlarms} (${pct(total.newFalseAlarms, total.benign)})   ${total.raisedFindings} findings raised, ${total.foundFindings} found   ~${Math.round(total.features)} features per model   hyper ${JSON.stringify(hyper)} thresholds ${JSON.stringify(thresholds)}`);
if (process.argv.includes("--by-rule")) for (const [rule, t] of Object.entries(foundBy).sort()) console.log(`  found ${rule.padEnd(40)} stop-worthy, this rule ${t.right}, another rule ${t.otherRule}; review ${t.review}; benign ${t.benign}`);
if (process.argv.includes("--misses")) {
  console.log(`misses: a warning from a labelled rule ${misses.warnedRightRule}, another rule only ${misses.otherRuleOnly}, nothing ${misses.nothing}`);
  for (const [rule, m] of Object.entries(missedRules).sort((x, y) => y[1].warned + y[1].silent - x[1].warned - x[1].silent)) console.log(`  missed ${rule.padEnd(40)} warned ${m.warned}, silent ${m.silent}`);
}
