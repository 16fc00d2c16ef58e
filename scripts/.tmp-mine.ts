import { readFileSync } from "node:fs";
import { check } from "../src/engine";
import { normaliseContext } from "./eval";
const MINE = ["conduct/sexual","conduct/substance-misuse","conduct/intoxication","conduct/profanity","legal/defamation"];
const only = process.argv[2];
const posts = readFileSync("eval/dev.jsonl","utf8").split("\n").filter(Boolean).map((l)=>JSON.parse(l));
for (const p of posts) {
  const r = check(p.text, { context: normaliseContext(p.context) });
  const exp = p.expect.rules.filter((x: string)=>MINE.includes(x) && (!only || x===only));
  const also = (p.expect.alsoOk??[]).filter((x: string)=>MINE.includes(x));
  const mine = r.findings.filter((f)=>MINE.includes(f.ruleId) && (!only || f.ruleId===only));
  const fired = mine.filter(f=>f.severity!=="info");
  const bad = fired.filter(f=>!exp.includes(f.ruleId) && !also.includes(f.ruleId));
  const ok = exp.every((id: string)=> fired.some(f=>f.ruleId===id && (p.expect.verdict!=="stop" || f.severity==="error")));
  if (exp.length && !ok || bad.length) {
    console.log(`${bad.length?"FP ":"FN "}${p.id} [${p.expect.verdict}->${r.verdict}] exp=${exp.join(",")} got=${mine.map(f=>f.ruleId.split("/")[1]+":"+f.severity+":"+JSON.stringify(f.excerpt)).join(" ")}\n    ${p.text.slice(0,300).replace(/\n/g," ")}`);
  }
}
