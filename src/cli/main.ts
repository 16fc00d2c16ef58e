// `scrubs`: check, fix and explain posts from the command line. Exit codes: 0 the post passes,
// 1 it needs review or must not be posted, 2 usage or input error.
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import {
  AUDIENCES, PLATFORMS, PRESET_NAMES, check, fixText, InputError, listRules, mergeOptions, parseConfig,
  type CheckOptions, type PostContext, type Report,
} from "../engine";
import { colourEnabled, painter } from "./colour";
import { formatHuman } from "./format-human";
import { formatSarif } from "./format-sarif";
import { readJsonFile, readText, UsageError } from "./io";
import { runMediaCommand } from "./media";

const VERSION = "0.1.0";

const HELP = `scrubs: check a post against your regulator's social media guidance, locally.

Usage:
  scrubs check [TEXT | -]       check a post (stdin when no TEXT)
  scrubs fix [TEXT | -]         print the post with the safe fixes applied
  scrubs image FILE...          check photos and scans (metadata, text in the image, DICOM)
  scrubs clean IN [-o OUT]      strip photo metadata losslessly (never overwrites IN unless --overwrite)
  scrubs rules                  list every rule with its citation
  scrubs explain RULE           a rule's documentation and examples

Options for check and fix:
  --format human|json|jsonl|sarif   output (jsonl reads {"id","text","context"?} lines from stdin)
  --preset gmc|nmc|hipaa            guidance to check against (default gmc)
  --audience ${AUDIENCES.join("|")}
  --platform ${PLATFORMS.join("|")}
  --profile-name NAME               your display name (for the anonymity rule)
  --profile-bio BIO                 your profile bio
  --declare COMPANY                 a declared interest (repeatable)
  --config FILE                     settings file (default ./scrubs.config.json if present)
  --explain                         say why each finding was made
  --no-second-opinion               rules only: the trained second opinion neither raises warnings nor finds breaches
  --no-color                        plain output

Exit codes: 0 pass, 1 review or stop, 2 usage or input error.
`;

const OPTIONS = {
  format: { type: "string" },
  preset: { type: "string" },
  audience: { type: "string" },
  platform: { type: "string" },
  "profile-name": { type: "string" },
  "profile-bio": { type: "string" },
  declare: { type: "string", multiple: true },
  config: { type: "string" },
  explain: { type: "boolean" },
  "no-second-opinion": { type: "boolean" },
  "no-color": { type: "boolean" },
  output: { type: "string", short: "o" },
  overwrite: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>["values"];

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value as T;
}

/** Options from the config file, then the command line on top. */
export function optionsFrom(values: Values, cwd = process.cwd()): CheckOptions {
  let options: CheckOptions = {};
  const configPath = values.config ?? (existsSync(`${cwd}/scrubs.config.json`) ? `${cwd}/scrubs.config.json` : undefined);
  if (configPath) {
    const parsed = parseConfig(readJsonFile(configPath));
    if (!parsed.ok) throw new UsageError(`${configPath}: ${parsed.error}`);
    options = parsed.options;
  }
  const context: PostContext = {};
  const audience = oneOf("audience", values.audience, AUDIENCES);
  if (audience) context.audience = audience;
  const platform = oneOf("platform", values.platform, PLATFORMS);
  if (platform) context.platform = platform;
  if (values["profile-name"] !== undefined || values["profile-bio"] !== undefined) {
    context.profile = { displayName: values["profile-name"], bio: values["profile-bio"] };
  }
  if (values.declare?.length) context.declaredInterests = [...(options.context?.declaredInterests ?? []), ...values.declare];
  const over: CheckOptions = { context };
  const preset = oneOf("preset", values.preset, PRESET_NAMES);
  if (preset) over.preset = preset;
  if (values.explain) over.explain = true;
  if (values["no-second-opinion"]) over.secondOpinion = false;
  return mergeOptions(options, over);
}

const exitFor = (r: Report) => (r.verdict === "pass" ? 0 : 1);

async function runJsonl(options: CheckOptions): Promise<number> {
  let code = 0;
  let failed = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let out: unknown;
    try {
      const item = JSON.parse(line) as { id?: unknown; text?: unknown; context?: unknown };
      if (!item || typeof item !== "object" || Array.isArray(item)) throw new InputError("each line must be a JSON object");
      if (typeof item.text !== "string") throw new InputError(`"text" must be a string`);
      let opts = options;
      if (item.context !== undefined) {
        const parsed = parseConfig(item.context);
        if (!parsed.ok) throw new InputError(`context: ${parsed.error}`);
        opts = mergeOptions(options, parsed.options);
      }
      const r = check(item.text, opts);
      if (r.verdict !== "pass") code = 1;
      out = { id: item.id ?? null, verdict: r.verdict, score: r.score, findings: r.findings };
    } catch (err) {
      failed = true;
      let id: unknown = null;
      try { id = (JSON.parse(line) as { id?: unknown }).id ?? null; } catch { /* malformed line: no id */ }
      out = { id, error: err instanceof SyntaxError ? `malformed JSON: ${err.message}` : (err as Error).message };
    }
    if (!process.stdout.write(JSON.stringify(out) + "\n")) await new Promise((r) => process.stdout.once("drain", r));
  }
  return failed ? 2 : code;
}

async function runCheck(positionals: string[], values: Values, fix: boolean): Promise<number> {
  const options = optionsFrom(values);
  const format = values.format ?? "human";
  if (!["human", "json", "jsonl", "sarif"].includes(format)) throw new UsageError(`--format must be human, json, jsonl or sarif (got "${format}")`);
  if (format === "jsonl") {
    if (positionals.length > 0) throw new UsageError("--format jsonl reads JSON lines from stdin; don't pass TEXT");
    return runJsonl(options);
  }
  if (positionals.length > 1) throw new UsageError("give the post as one argument (quote it), or pipe it on stdin");
  const text = await readText(positionals[0]);
  if (fix) {
    const result = fixText(text, options);
    if (format === "json") process.stdout.write(JSON.stringify({ text: result.text, applied: result.applied, verdict: result.report.verdict }) + "\n");
    else process.stdout.write(result.text.endsWith("\n") ? result.text : result.text + "\n");
    return exitFor(check(result.text, options));
  }
  const report = check(text, options);
  if (format === "json") process.stdout.write(JSON.stringify(report) + "\n");
  else if (format === "sarif") process.stdout.write(formatSarif(text, report, listRules(options.preset), positionals[0] === undefined || positionals[0] === "-" ? "stdin" : "post.txt", VERSION));
  else process.stdout.write(formatHuman(text, report, { colour: !values["no-color"] && colourEnabled(process.stdout), explain: values.explain }));
  return exitFor(report);
}

function runRules(values: Values): number {
  const p = painter(!values["no-color"] && colourEnabled(process.stdout));
  const preset = oneOf("preset", values.preset, PRESET_NAMES) ?? "gmc";
  for (const r of listRules(preset)) {
    const cites = r.citations.map((c) => `${c.document.replace(/^GMC, /, "")} ¶${c.paragraph}`).join("; ");
    process.stdout.write(`${p("bold", r.id.padEnd(40))} ${String(r.severity).padEnd(7)} ${r.docs.summary}\n${" ".repeat(49)}${p("dim", cites)}\n`);
  }
  return 0;
}

function runExplain(positionals: string[], values: Values): number {
  const id = positionals[0];
  if (!id) throw new UsageError("which rule? e.g. `scrubs explain confidentiality/jigsaw` (`scrubs rules` lists them)");
  const preset = oneOf("preset", values.preset, PRESET_NAMES) ?? "gmc";
  const rule = listRules(preset).find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}" (\`scrubs rules\` lists them)`);
  const p = painter(!values["no-color"] && colourEnabled(process.stdout));
  const lines = [
    p("bold", rule.id) + p("dim", `  (${rule.severity} in ${preset})`),
    rule.docs.summary,
    "",
    p("bold", "Why"), rule.docs.why,
    "",
    p("bold", "What to do"), rule.docs.fix,
    "",
    p("bold", "Guidance"),
    ...rule.citations.map((c) => `  ${c.document} ¶${c.paragraph}: “${c.text}”`),
    "",
    p("bold", "Flagged"), ...rule.examples.flagged.map((e) => `  ✖ ${e}`),
    p("bold", "Passes"), ...rule.examples.passes.map((e) => `  ✔ ${e}`),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.version) { process.stdout.write(`scrubs ${VERSION}\n`); return 0; }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === "help") { process.stdout.write(HELP); return command === undefined && !values.help ? 2 : 0; }
    switch (command) {
      case "check": return await runCheck(rest, values, false);
      case "fix": return await runCheck(rest, values, true);
      case "rules": return runRules(values);
      case "explain": return runExplain(rest, values);
      case "image":
      case "clean": return await runMediaCommand(command, rest, values, optionsFrom(values));
      default: throw new UsageError(`unknown command "${command}" (see \`scrubs help\`)`);
    }
  } catch (err) {
    const e = err as Error & { code?: string };
    if (err instanceof UsageError || err instanceof InputError || e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" || e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" || e.name === "MediaError") {
      process.stderr.write(`scrubs: ${e.message}\n`);
      return 2;
    }
    throw err;
  }
}
