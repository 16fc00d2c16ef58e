// The human report: the post, each finding underlined where it is, with severity, message, the
// guidance paragraph it rests on, and what to do.
import type { Finding, Report, Verdict } from "../engine/types";
import { painter, SEVERITY_STYLE } from "./colour";

const VERDICT_TEXT: Record<Verdict, string> = { pass: "Ready to post", review: "Review before posting", stop: "Do not post" };
const ICON = { error: "✖", warning: "▲", info: "ℹ" } as const;

/** 1-based line and column (in code points, which is what a terminal shows) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number; lineStart: number; lineEnd: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd === -1) lineEnd = text.length;
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1, lineStart, lineEnd };
}

const width = (s: string) => Array.from(s).length;

function underline(text: string, f: Finding): string[] {
  const { lineStart, lineEnd } = lineColumn(text, f.range[0]);
  const shownEnd = Math.min(lineEnd, lineStart + 200);
  const line = text.slice(lineStart, shownEnd).replace(/\t/g, " ");
  const pad = width(text.slice(lineStart, f.range[0]));
  const len = Math.max(1, width(text.slice(f.range[0], Math.min(f.range[1], shownEnd))));
  return [`    ${line}${lineEnd > shownEnd ? "…" : ""}`, `    ${" ".repeat(pad)}${"^".repeat(len)}`];
}

export function formatHuman(text: string, report: Report, opts: { colour: boolean; explain?: boolean; source?: string }): string {
  const p = painter(opts.colour);
  const out: string[] = [];
  const style = report.verdict === "stop" ? "red" : report.verdict === "review" ? "yellow" : "green";
  out.push(p("bold", p(style, `${VERDICT_TEXT[report.verdict]}`)) + p("dim", `  (seriousness ${report.score}/100, ${report.findings.length} finding${report.findings.length === 1 ? "" : "s"})`));
  for (const f of report.findings) {
    const { line, column } = lineColumn(text, f.range[0]);
    out.push("");
    out.push(`${p(SEVERITY_STYLE[f.severity], `${ICON[f.severity]} ${f.severity}`)} ${f.message} ${p("dim", `${f.ruleId}  ${opts.source ?? "post"}:${line}:${column}`)}`);
    if (f.range[1] > f.range[0]) out.push(...underline(text, f).map((l, i) => (i === 1 ? p(SEVERITY_STYLE[f.severity], l) : l)));
    if (f.found) out.push(p("dim", `    found by the second opinion, not by a rule: most of all ${f.found.words.join(", ")}`));
    if (f.raised) out.push(p("dim", `    raised from warning by the second opinion: the post reads like this rule's stop-worthy breaches (${Math.round(f.raised.probability * 100)}%; most of all ${f.raised.words.join(", ")})`));
    for (const c of f.citations.slice(0, 2)) out.push(p("dim", `    ${c.document} ¶${c.paragraph}: “${c.text}”`));
    for (const s of f.suggestions ?? []) out.push(`    ${p("green", "→")} ${s.message}${s.safe ? p("dim", " (applied by `scrubs fix`)") : ""}`);
    if (opts.explain && f.explanation) {
      const e = f.explanation;
      out.push(p("dim", `    why flagged: confidence ${e.confidence}; detectors ${e.detectors.join(", ") || "-"}${e.context.length ? `; context ${e.context.map((c) => `${c.word} (${c.effect})`).join(", ")}` : ""}`));
      for (const n of e.notes ?? []) out.push(p("dim", `      ${n}`));
    }
  }
  return out.join("\n") + "\n";
}
