// How often the second opinion makes a finding of its own in a look-alike: the posts each rule's table
// (test/rules/) says it must pass. The tables are split in two by a hash of the text; a model trained
// on the dev sets and one half is checked on the other half's passing cases, and the other way round,
// with and without the tables in training. The holdout is never used.
//
//   npx tsx scripts/second-opinion-lookalikes.ts [the hyperparameter and threshold options of second-opinion-loso.ts]
import { check } from "../src/engine/check";
import { loadRuleCases } from "./rule-cases";
import { hyperFromArgs, ruleCasePosts, thresholdsFromArgs, trainingPosts, trainSecondOpinion } from "./train-second-opinion";

const hyper = hyperFromArgs();
const thresholds = thresholdsFromArgs();

const cases = await loadRuleCases();
const half = (text: string) => {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h & 1;
};
const { corpus } = await trainingPosts();
const totals = new Map<boolean, { passing: number; found: number; sameRule: number }>();
for (const side of [0, 1]) {
  const test = cases.filter((c) => half(c.text) === side && c.expect === "pass");
  const train = cases.filter((c) => half(c.text) !== side);
  for (const withTables of [false, true]) {
    const model = trainSecondOpinion(withTables ? [...corpus, ...ruleCasePosts(train)] : corpus, hyper, thresholds);
    const t = totals.get(withTables) ?? { passing: 0, found: 0, sameRule: 0 };
    for (const c of test) {
      const found = check(c.text, { ...c.options, secondOpinion: model }).findings.filter((f) => f.found);
      t.passing++;
      if (found.length) t.found++;
      if (found.some((f) => f.ruleId === c.ruleId)) t.sameRule++;
    }
    totals.set(withTables, t);
  }
}
for (const [withTables, t] of totals) {
  const pct = (n: number) => `${((n / t.passing) * 100).toFixed(1)}%`;
  console.log(`${withTables ? "dev sets + the other half's tables" : "dev sets only                     "}: ${t.found} of ${t.passing} look-alikes given a finding (${pct(t.found)}), ${t.sameRule} by the rule they look like (${pct(t.sameRule)})`);
}
