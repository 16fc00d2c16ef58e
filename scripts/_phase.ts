import { readFileSync } from "node:fs";
import { analyse } from "../src/engine/check";
import { RULES } from "../src/engine/rules";
import { Analysis } from "../src/engine/analysis";
import { tokenize } from "../src/engine/text/tokenize";
import { sharedMatcher } from "../src/engine/lexicon";
const posts = readFileSync("eval/dev.jsonl", "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l).text as string).slice(0, 280));
for (const p of posts) analyse(p);
const R = 5;
let t = performance.now();
for (let r = 0; r < R; r++) for (const p of posts) tokenize(p);
console.log("tokenize", ((performance.now() - t) / (R * posts.length) * 1000).toFixed(1), "µs");
const toks = posts.map(tokenize);
t = performance.now();
for (let r = 0; r < R; r++) for (const tk of toks) sharedMatcher().match(tk);
console.log("shared match", ((performance.now() - t) / (R * posts.length) * 1000).toFixed(1), "µs");
t = performance.now();
const analyses: Analysis[] = [];
for (let r = 0; r < R; r++) for (const p of posts) { const a = analyse(p); if (r === 0) analyses.push(a); }
console.log("analyse total", ((performance.now() - t) / (R * posts.length) * 1000).toFixed(1), "µs");
for (const rule of RULES) {
  t = performance.now();
  for (let r = 0; r < R; r++) for (let i = 0; i < posts.length; i++) rule.check({ text: posts[i]!, analysis: analyses[i]!, report: () => {} });
  const us = (performance.now() - t) / (R * posts.length) * 1000;
  if (us > 1) console.log(rule.meta.id.padEnd(40), us.toFixed(1), "µs");
}
