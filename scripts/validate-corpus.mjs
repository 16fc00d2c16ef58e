#!/usr/bin/env node
// Validates an eval corpus (JSON lines) against the format in eval/README.md and the rule ids in
// docs/rule-catalogue.md, then prints counts per verdict, rule and category.
// Usage: node scripts/validate-corpus.mjs [eval/dev.jsonl] [--strict]
//   --strict also fails on soft warnings (labels that look inconsistent with default severities).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const strict = args.includes("--strict");
const file = args.find((a) => !a.startsWith("--")) ?? join(root, "eval/dev.jsonl");

// Rule ids and default severities come from the catalogue table: | `rule/id` | objects to | default |
const catalogue = readFileSync(join(root, "docs/rule-catalogue.md"), "utf8");
const severity = new Map();
for (const line of catalogue.split("\n")) {
  const m = line.match(/^\|\s*`?([a-z]+\/[a-z-]+)`?\s*\|.*\|\s*([^|]+?)\s*\|\s*$/);
  if (m) severity.set(m[1], m[2].toLowerCase());
}
if (severity.size === 0) {
  console.error("could not read any rule ids from docs/rule-catalogue.md");
  process.exit(2);
}
// A rule "can be an error" if its default mentions error; "always error" if it mentions nothing else.
const canError = (r) => /error/.test(severity.get(r) ?? "");
const canWarn = (r) => /warning|info/.test(severity.get(r) ?? "") || !canError(r);

const VERDICTS = new Set(["pass", "review", "stop"]);
const KEYS = new Set(["id", "text", "context", "expect", "category", "note"]);
const CONTEXT_KEYS = new Set(["audience", "platform", "profile", "declaredInterests"]);
const errors = [];
const warnings = [];
const seen = new Set();
const byVerdict = {};
const byRule = {}; // rule -> {stop, review, alsoOk}
const byCategory = {};
let n = 0;
let lastNum = 0;
/** Ids are a set prefix and a four-digit number ("dev-0001", "dev2-0001", "hold-0001"), one prefix per file. */
const ID = /^[a-z][a-z0-9]*-\d{4}$/;
let prefix;

const lines = readFileSync(file, "utf8").split("\n");
lines.forEach((raw, i) => {
  const where = `line ${i + 1}`;
  if (raw.trim() === "") {
    if (i !== lines.length - 1) errors.push(`${where}: blank line`);
    return;
  }
  let p;
  try {
    p = JSON.parse(raw);
  } catch (e) {
    errors.push(`${where}: invalid JSON (${e.message})`);
    return;
  }
  n++;
  const id = p.id;
  const at = `${where} (${id ?? "no id"})`;
  for (const k of Object.keys(p)) if (!KEYS.has(k)) errors.push(`${at}: unknown key "${k}"`);
  if (typeof id !== "string" || !ID.test(id) || id.slice(0, id.lastIndexOf("-")) !== (prefix ??= id.slice(0, id.lastIndexOf("-")))) errors.push(`${at}: id must look like ${prefix ?? "dev"}-0001 (one prefix per file)`);
  else {
    if (seen.has(id)) errors.push(`${at}: duplicate id`);
    seen.add(id);
    const num = Number(id.slice(id.lastIndexOf("-") + 1));
    if (num !== lastNum + 1) warnings.push(`${at}: ids not consecutive (previous ${prefix}-${String(lastNum).padStart(4, "0")})`);
    lastNum = num;
  }
  if (typeof p.text !== "string" || p.text.trim() === "") errors.push(`${at}: text must be a non-empty string`);
  if (p.context !== undefined) {
    if (typeof p.context !== "object" || p.context === null || Array.isArray(p.context)) errors.push(`${at}: context must be an object`);
    else {
      for (const k of Object.keys(p.context)) if (!CONTEXT_KEYS.has(k)) errors.push(`${at}: unknown context key "${k}"`);
      const { profile, declaredInterests, audience, platform } = p.context;
      if (audience !== undefined && typeof audience !== "string") errors.push(`${at}: context.audience must be a string`);
      if (platform !== undefined && typeof platform !== "string") errors.push(`${at}: context.platform must be a string`);
      if (profile !== undefined && (typeof profile !== "object" || profile === null)) errors.push(`${at}: context.profile must be an object`);
      else if (profile) for (const key of ["displayName", "bio"]) if (profile[key] !== undefined && typeof profile[key] !== "string") errors.push(`${at}: context.profile.${key} must be a string`);
      if (declaredInterests !== undefined && (!Array.isArray(declaredInterests) || declaredInterests.some((s) => typeof s !== "string")))
        errors.push(`${at}: context.declaredInterests must be an array of strings`);
    }
  }
  if (typeof p.category !== "string" || p.category === "") errors.push(`${at}: category is required`);
  const e = p.expect;
  if (!e || typeof e !== "object") {
    errors.push(`${at}: expect is required`);
    return;
  }
  const { verdict } = e;
  const rules = e.rules ?? [];
  const alsoOk = e.alsoOk ?? [];
  if (!VERDICTS.has(verdict)) errors.push(`${at}: verdict must be pass/review/stop, got ${JSON.stringify(verdict)}`);
  if (!Array.isArray(rules)) errors.push(`${at}: expect.rules must be an array`);
  if (!Array.isArray(alsoOk)) errors.push(`${at}: expect.alsoOk must be an array`);
  if (!Array.isArray(rules) || !Array.isArray(alsoOk)) return;
  for (const r of [...rules, ...alsoOk]) if (!severity.has(r)) errors.push(`${at}: unknown rule id "${r}"`);
  if (new Set(rules).size !== rules.length) errors.push(`${at}: duplicate rule in expect.rules`);
  for (const r of alsoOk) if (rules.includes(r)) errors.push(`${at}: "${r}" is in both rules and alsoOk`);
  if (verdict === "pass" && rules.length > 0) errors.push(`${at}: pass must have no rules`);
  if (verdict !== "pass" && rules.length === 0) errors.push(`${at}: ${verdict} needs at least one rule`);
  if (verdict !== "pass" && !p.note) errors.push(`${at}: risky posts need a note`);
  // Soft consistency with default severities (the catalogue allows context to raise or lower these).
  if (verdict === "stop" && rules.length && !rules.some(canError))
    warnings.push(`${at}: stop but every rule defaults to warning (${rules.join(", ")})`);
  if (verdict === "review" && rules.length && !rules.some(canWarn))
    warnings.push(`${at}: review but every rule defaults to error (${rules.join(", ")}) - fine if labelled uncertain`);
  const prof = p.context?.profile;
  if (prof && /\b(doctor|gp|nurse|midwife|registrar|consultant|physician|surgeon|paramedic|clinician|psycholog)/i.test(prof.bio ?? "")
      && /\banon/i.test(prof.bio ?? "") && !rules.includes("transparency/anonymity") && !alsoOk.includes("transparency/anonymity"))
    warnings.push(`${at}: anonymous clinician profile but transparency/anonymity not expected`);

  byVerdict[verdict] = (byVerdict[verdict] ?? 0) + 1;
  const top = String(p.category).split("/")[0];
  byCategory[p.category] = (byCategory[p.category] ?? 0) + 1;
  byCategory[`${top}/*`] = (byCategory[`${top}/*`] ?? 0) + 1;
  for (const r of rules) {
    byRule[r] ??= { stop: 0, review: 0, alsoOk: 0 };
    byRule[r][verdict]++;
  }
  for (const r of alsoOk) {
    byRule[r] ??= { stop: 0, review: 0, alsoOk: 0 };
    byRule[r].alsoOk++;
  }
});

const pct = (x) => `${((100 * x) / n).toFixed(1)}%`;
console.log(`${file}: ${n} posts`);
console.log("\nverdicts:");
for (const v of ["pass", "review", "stop"]) console.log(`  ${v.padEnd(7)} ${String(byVerdict[v] ?? 0).padStart(4)}  ${pct(byVerdict[v] ?? 0)}`);
console.log("\nrules (posts where the rule must fire; alsoOk separately):");
console.log(`  ${"rule".padEnd(38)} stop review total alsoOk`);
const MIN = 15;
for (const r of severity.keys()) {
  const c = byRule[r] ?? { stop: 0, review: 0, alsoOk: 0 };
  const total = c.stop + c.review;
  const flag = total < MIN ? `  <-- fewer than ${MIN}` : "";
  console.log(`  ${r.padEnd(38)} ${String(c.stop).padStart(4)} ${String(c.review).padStart(6)} ${String(total).padStart(5)} ${String(c.alsoOk).padStart(6)}${flag}`);
  if (total < MIN) warnings.push(`rule ${r}: only ${total} stop/review posts (want >= ${MIN})`);
}
console.log("\ncategories:");
for (const [k, v] of Object.entries(byCategory).sort()) console.log(`  ${k.padEnd(44)} ${v}`);
const lengths = lines.filter((l) => l.trim()).map((l) => { try { return JSON.parse(l).text?.length ?? 0; } catch { return 0; } });
console.log(`\ntext length: min ${Math.min(...lengths)}, max ${Math.max(...lengths)}, >=1000 chars: ${lengths.filter((x) => x >= 1000).length}`);
// The dev set must be at least 55% benign (pass), so false alarms on ordinary posts are measured well.
if ((byVerdict.pass ?? 0) / n < 0.55) errors.push(`benign share ${pct(byVerdict.pass ?? 0)} is below 55%`);

if (warnings.length) {
  console.log(`\n${warnings.length} warning(s):`);
  for (const w of warnings) console.log(`  ! ${w}`);
}
if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  x ${e}`);
}
const fail = errors.length > 0 || (strict && warnings.length > 0);
console.log(fail ? "\nFAIL" : "\nOK");
process.exit(fail ? 1 : 0);
