// Mean microseconds per 280-character post for each detector in the analysis.
// npx tsx scripts/profile-analysis.ts
import { readFileSync } from "node:fs";
import { Analysis } from "../src/engine/analysis";
import { detectIdentifiers } from "../src/engine/detectors/identifiers";
import { detectMaskedProfanity } from "../src/engine/detectors/masked";
import { detectNames } from "../src/engine/detectors/names";
import { detectPhrases } from "../src/engine/detectors/phrases";
import { detectPlaces } from "../src/engine/detectors/places";
import { detectAges, detectDates, detectSex } from "../src/engine/detectors/time-and-people";

const corpus = ["eval/dev.jsonl", "eval/dev2.jsonl"].flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string));
const SIZE = Number(process.argv[2] ?? 280);
const COUNT = SIZE > 1000 ? 200 : 1500;
const posts: string[] = [];
for (let i = 0; posts.length < COUNT; ) { let t = ""; while (t.length < SIZE) t += (t ? " " : "") + corpus[i++ % corpus.length]; posts.push(t.slice(0, SIZE)); }
const steps: [string, (a: Analysis) => void][] = [
  ["phrases", detectPhrases], ["identifiers", (a) => detectIdentifiers(a, "en-GB")], ["masked", detectMaskedProfanity],
  ["dates", (a) => detectDates(a, "en-GB")], ["ages", detectAges], ["sex", detectSex], ["names", detectNames], ["places", (a) => detectPlaces(a, undefined)],
];
const time = new Map<string, number>([["tokenize", 0], ...steps.map(([n]) => [n, 0] as [string, number])]);
for (let round = 0; round < 4; round++) {
  for (const p of posts) {
    let t = performance.now();
    const a = new Analysis(p, { audience: "public" }, new Set());
    if (round > 0) time.set("tokenize", time.get("tokenize")! + performance.now() - t);
    for (const [name, step] of steps) {
      t = performance.now();
      step(a);
      if (round > 0) time.set(name, time.get(name)! + performance.now() - t);
    }
  }
}
let total = 0;
for (const [k, v] of time) { const us = (v / (3 * posts.length)) * 1000; total += us; console.log(`${k.padEnd(12)} ${us.toFixed(1).padStart(6)} µs`); }
console.log(`${"total".padEnd(12)} ${total.toFixed(1).padStart(6)} µs`);
