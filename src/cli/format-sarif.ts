// SARIF 2.1.0, so CI systems and code-scanning dashboards can show scrubs findings.
import type { Report, RuleInfo } from "../engine/types";
import { lineColumn } from "./format-human";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export function formatSarif(text: string, report: Report, rules: RuleInfo[], uri: string, version: string): string {
  const used = new Set(report.findings.map((f) => f.ruleId));
  const driverRules = rules.filter((r) => used.has(r.id)).map((r) => ({
    id: r.id,
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: r.docs.why },
    help: { text: r.docs.fix },
    properties: { citations: r.citations.map((c) => `${c.document} ¶${c.paragraph}`) },
  }));
  const results = report.findings.map((f) => {
    const start = lineColumn(text, f.range[0]);
    const end = lineColumn(text, f.range[1]);
    return {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { charOffset: f.range[0], charLength: f.range[1] - f.range[0], startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet: { text: f.excerpt } } } }],
      // SARIF fixes need at least one replacement: advice without an edit stays in the message
      ...(f.suggestions?.some((s) => s.edits.length)
        ? { fixes: f.suggestions.filter((s) => s.edits.length).map((s) => ({ description: { text: s.message }, artifactChanges: [{ artifactLocation: { uri }, replacements: s.edits.map((e) => ({ deletedRegion: { charOffset: e.range[0], charLength: e.range[1] - e.range[0] }, insertedContent: { text: e.text } })) }] })) }
        : {}),
      properties: { citations: f.citations.map((c) => `${c.document} ¶${c.paragraph}`), ...(f.raised ? { raised: f.raised } : {}), ...(f.found ? { found: f.found } : {}) },
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "scrubs", version, rules: driverRules } }, results, properties: { verdict: report.verdict, score: report.score } }],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
