// A refactoring guard: proves a change to the engine (speed-ups, rule reshuffles) leaves every output
// as it was.
//
//   npx tsx scripts/snapshot-findings.ts /tmp/base.json                    # before the change
//   npx tsx scripts/snapshot-findings.ts /tmp/new.json --compare /tmp/base.json   # after it
//
// Checks every post of every eval/*.jsonl with its context as scripts/eval.ts passes it, plus the 280-
// and 3,000-character posts scripts/bench.ts builds, and writes one canonical line per post: the
// verdict and score, every finding a rule reported (rule id, range, final severity, messageId,
// confidence to 4 places, and a hash of its data, suggestions, seriousness and explanation), and
// hashes of the whole report with and without `explain`. Messages and texts are only ever hashed, and
// --compare prints post ids and rule ids only: the holdout corpus must not be read by anyone, so
// neither the snapshot file nor the output may carry its words.
//
// Posts whose text or context changed between the snapshots (other people edit the corpora) are
// counted apart, not as differences.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { check } from "../src/engine";
import { analyse, effectiveSeverity, resolvePreset, triggered } from "../src/engine/check";
import { shiftSeverity, type ReportDescriptor } from "../src/engine/rule";
import { RULES } from "../src/engine/rules";
import type { CheckOptions } from "../src/engine/types";
import { normaliseContext } from "./eval";

interface Input { id: string; text: string; options: CheckOptions }
interface Entry {
  /** Hash of the text and options: a changed input is not a changed output. */
  input: string;
  verdict: string;
  score: number;
  /** [ruleId, start, end, severity, messageId, confidence, hash of the rest], sorted. */
  findings: (string | number)[][];
  /** Hashes of the report as check() returns it, without and with `explain`. */
  report: string;
  explained: string;
}

const hash = (x: unknown) => createHash("sha1").update(typeof x === "string" ? x : JSON.stringify(x) ?? "undefined").digest("hex").slice(0, 16);

function corpusInputs(): Input[] {
  const out: Input[] = [];
  for (const file of readdirSync("eval").filter((f) => f.endsWith(".jsonl")).sort()) {
    const lines = readFileSync(`eval/${file}`, "utf8").split("\n");
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let post: { id?: string; text?: unknown; context?: Record<string, unknown> };
      try {
        post = JSON.parse(line);
      } catch {
        // a corpus being written as we read it may end in half a line
        console.warn(`eval/${file}:${i + 1}: not JSON, skipped`);
        return;
      }
      if (typeof post.text !== "string") return;
      out.push({ id: `${file}:${post.id ?? `line-${i + 1}`}`, text: post.text, options: { context: normaliseContext(post.context) } });
    });
  }
  return out;
}

/** The benchmark's posts: corpus posts joined and cut at `size` characters (as scripts/bench.ts). */
function benchInputs(size: number, count: number): Input[] {
  const corpus = ["eval/dev.jsonl", "eval/dev2.jsonl"].flatMap((f) =>
    readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const out: Input[] = [];
  let i = 0;
  while (out.length < count) {
    let text = "";
    while (text.length < size) text += (text ? " " : "") + corpus[i++ % corpus.length];
    out.push({ id: `bench-${size}:${out.length + 1}`, text: text.slice(0, size), options: {} });
  }
  return out;
}

/**
 * What each rule reported, caught as check() runs the rules (same order, same triggers, same
 * severity shift): the report itself drops messageIds and confidences. (No user allow-list is
 * applied: scripts/eval.ts passes none. The hashes of the real reports below cover check() itself.)
 */
function reported({ text, options }: Input): Entry["findings"] {
  const preset = resolvePreset(options.preset);
  const analysis = analyse(text, options);
  const out: Entry["findings"] = [];
  for (const rule of RULES) {
    const running = effectiveSeverity(rule, preset, options);
    if (running === "off") continue;
    if (rule.meta.triggers && !rule.meta.triggers.some((t) => triggered(analysis, t))) continue;
    rule.check({
      text,
      analysis,
      report: (d: ReportDescriptor) => {
        const severity = shiftSeverity(d.severity ?? rule.meta.severity, rule.meta.severity, running);
        const confidence = Math.round((d.confidence ?? 1) * 1e4) / 1e4;
        const rest = hash([d.data ?? null, d.suggestions ?? null, d.seriousness ?? null, d.explanation ?? null]);
        out.push([rule.meta.id, d.range[0], d.range[1], severity, d.messageId, confidence, rest]);
      },
    });
  }
  return out.map((f) => [JSON.stringify(f), f] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, f]) => f);
}

function snapshot(inputs: Input[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const input of inputs) {
    const report = check(input.text, input.options);
    const explained = check(input.text, { ...input.options, explain: true });
    out.set(input.id, {
      input: hash([input.text, input.options]),
      verdict: report.verdict,
      score: report.score,
      findings: reported(input),
      report: hash(report),
      explained: hash(explained),
    });
  }
  return out;
}

function write(path: string, entries: Map<string, Entry>): void {
  // one post per line, keys in a fixed order: diffable by eye (ids and hashes only)
  const lines = [...entries].map(([id, e]) => `${JSON.stringify(id)}:${JSON.stringify(e)}`);
  writeFileSync(path, `{\n${lines.join(",\n")}\n}\n`);
}

function compare(now: Map<string, Entry>, before: Map<string, Entry>): number {
  let changedInput = 0, added = 0, removed = 0;
  const diffs: string[] = [];
  for (const [id, e] of now) {
    const old = before.get(id);
    if (!old) { added++; continue; }
    if (old.input !== e.input) { changedInput++; continue; }
    if (JSON.stringify(old) === JSON.stringify(e)) continue;
    const key = (f: (string | number)[]) => JSON.stringify(f);
    const oldKeys = new Set(old.findings.map(key));
    const newKeys = new Set(e.findings.map(key));
    const rules = new Set([
      ...old.findings.filter((f) => !newKeys.has(key(f))).map((f) => `-${f[0]}`),
      ...e.findings.filter((f) => !oldKeys.has(key(f))).map((f) => `+${f[0]}`),
    ]);
    if (old.verdict !== e.verdict) rules.add(`verdict`);
    if (!rules.size) rules.add(old.score !== e.score ? "score" : "report");
    diffs.push(`${id}  ${[...rules].join(" ")}`);
  }
  for (const id of before.keys()) if (!now.has(id)) removed++;
  console.log(`${now.size} posts; ${diffs.length} differing posts` + (changedInput || added || removed ? ` (not compared: ${changedInput} with changed input, ${added} new, ${removed} gone)` : ""));
  for (const d of diffs.slice(0, 20)) console.log(`  ${d}`);
  if (diffs.length > 20) console.log(`  ... and ${diffs.length - 20} more`);
  return diffs.length;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { compare: { type: "string" } } });
const outPath = positionals[0];
if (!outPath) {
  console.error("usage: npx tsx scripts/snapshot-findings.ts OUT.json [--compare OLD.json]");
  process.exit(2);
}
const entries = snapshot([...corpusInputs(), ...benchInputs(280, 2000), ...benchInputs(3000, 300)]);
write(outPath, entries);
if (values.compare) {
  const before = new Map(Object.entries(JSON.parse(readFileSync(values.compare, "utf8")) as Record<string, Entry>));
  process.exitCode = compare(entries, before) ? 1 : 0;
} else {
  console.log(`${entries.size} posts written to ${outPath}`);
}
