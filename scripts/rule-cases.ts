// The rule tables in test/rules/ read as labelled data: for each rule, posts that must pass it (valid)
// and posts it must flag, with the severity each finding must have (invalid); and the worked examples
// in each rule's docs, which the rule tester proves as well.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Rule } from "../src/engine/rule";
import type { CheckOptions } from "../src/engine/types";
import { COLLECT_RULE_CASES, type RuleCases } from "../test/support/rule-tester";

export interface RuleCase {
  ruleId: string;
  text: string;
  options?: CheckOptions;
  /** "pass": the rule must not warn; otherwise the most severe finding the case expects. */
  expect: "pass" | "warning" | "error" | "info";
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

export async function loadRuleCases(dir = "test/rules"): Promise<RuleCase[]> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".test.ts")).sort();
  const out: RuleCase[] = [];
  const holder = globalThis as { [COLLECT_RULE_CASES]?: (rule: Rule, cases: RuleCases) => void };
  holder[COLLECT_RULE_CASES] = (rule, cases) => {
    for (const c of cases.valid) {
      const { text, options } = typeof c === "string" ? { text: c, options: undefined } : c;
      out.push({ ruleId: rule.meta.id, text, options, expect: "pass" });
    }
    for (const text of rule.meta.docs.examples.passes) out.push({ ruleId: rule.meta.id, text, expect: "pass" });
    for (const c of cases.invalid) {
      // a case that leaves the severity open expects the rule's default
      const severities = c.errors.map((e) => e.severity ?? rule.meta.severity);
      const most = severities.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
      out.push({ ruleId: rule.meta.id, text: c.text, options: c.options, expect: most });
    }
  };
  try {
    for (const f of files) await import(pathToFileURL(join(process.cwd(), dir, f)).href);
  } finally {
    delete holder[COLLECT_RULE_CASES];
  }
  return out;
}
