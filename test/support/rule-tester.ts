// A strict rule tester in the manner of ESLint's RuleTester: every invalid case names its messageId
// and where it is; a finding the case did not expect fails; unknown messageIds, duplicate cases and
// safe fixes without an expected output fail. The rule's documented examples are proved too, so the
// examples users read in `scrubs explain` and the web guidance page cannot drift from the code.
import { describe, expect, it } from "vitest";
import { applyEdits, check } from "../../src/engine";
import type { Rule } from "../../src/engine/rule";
import type { CheckOptions, Finding, Severity } from "../../src/engine/types";

export interface ValidCase {
  name?: string;
  text: string;
  options?: CheckOptions;
}

export interface ExpectedError {
  messageId: string;
  /** The flagged text (checked against the finding's excerpt); or give `range`. */
  excerpt?: string;
  range?: [number, number];
  severity?: Severity;
  /** Substring the message must contain (e.g. the jigsaw estimate). */
  messageIncludes?: string;
}

export interface InvalidCase {
  name?: string;
  text: string;
  options?: CheckOptions;
  errors: ExpectedError[];
  /** Text after applying every safe suggestion of this rule's findings. Required when there are any. */
  output?: string;
}

/**
 * A rule's table tests the rule itself: severities are the rule's own, without the second opinion
 * (test/engine/second-opinion.test.ts tests that). A case may still turn it on in its options.
 */
const rulesAlone = (options?: CheckOptions): CheckOptions => ({ secondOpinion: false, ...options });

export interface RuleCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/**
 * Set by scripts/rule-cases.ts to read the tables as data (the second opinion's trainer learns from
 * them) instead of registering tests.
 */
export const COLLECT_RULE_CASES = Symbol.for("scrubs.collectRuleCases");

export function ruleTester(rule: Rule, cases: RuleCases): void {
  const collect = (globalThis as { [COLLECT_RULE_CASES]?: (rule: Rule, cases: RuleCases) => void })[COLLECT_RULE_CASES];
  if (collect) return collect(rule, cases);
  const id = rule.meta.id;
  const of = (text: string, options?: CheckOptions): Finding[] => check(text, rulesAlone(options)).findings.filter((f) => f.ruleId === id);
  const messageIds = new Set(Object.keys(rule.meta.messages));
  const seen = new Set<string>();
  const key = (text: string, options?: CheckOptions) => JSON.stringify([text, options ?? null]);
  const label = (name: string | undefined, text: string) => name ?? (text.length > 90 ? text.slice(0, 87) + "..." : text);

  describe(id, () => {
    describe("passes", () => {
      for (const c of cases.valid) {
        const { text, options, name } = typeof c === "string" ? { text: c, options: undefined, name: undefined } : c;
        const k = key(text, options);
        if (seen.has(k)) throw new Error(`${id}: duplicate test case: ${text}`);
        seen.add(k);
        it(label(name, text), () => {
          const found = of(text, options).filter((f) => f.severity !== "info");
          expect(found.map((f) => `${f.excerpt}: ${f.message}`)).toEqual([]);
        });
      }
    });
    describe("flags", () => {
      for (const c of cases.invalid) {
        const k = key(c.text, c.options);
        if (seen.has(k)) throw new Error(`${id}: duplicate test case: ${c.text}`);
        seen.add(k);
        if (c.errors.length === 0) throw new Error(`${id}: an invalid case must expect at least one error: ${c.text}`);
        for (const e of c.errors) {
          if (!messageIds.has(e.messageId)) throw new Error(`${id}: unknown messageId "${e.messageId}" in test for: ${c.text}`);
          if (e.excerpt === undefined && e.range === undefined) throw new Error(`${id}: expected error must give excerpt or range: ${c.text}`);
        }
        it(label(c.name, c.text), () => {
          const found = of(c.text, c.options);
          const report = check(c.text, rulesAlone(c.options));
          const unmatched = [...found];
          for (const e of c.errors) {
            const i = unmatched.findIndex((f) =>
              (e.range ? f.range[0] === e.range[0] && f.range[1] === e.range[1] : f.excerpt === e.excerpt) &&
              (e.severity ? f.severity === e.severity : true) &&
              (e.messageIncludes ? f.message.includes(e.messageIncludes) : true) &&
              rule.meta.messages[e.messageId] !== undefined && messageMatches(rule, e.messageId, f.message));
            expect(i, `expected ${e.messageId} at ${JSON.stringify(e.range ?? e.excerpt)}; got ${JSON.stringify(found.map((f) => [f.excerpt, f.severity, f.message]))}`).toBeGreaterThanOrEqual(0);
            unmatched.splice(i, 1);
          }
          expect(unmatched.map((f) => `${f.excerpt}: ${f.message}`), "findings the case did not expect").toEqual([]);
          for (const f of found) expect(c.text.slice(f.range[0], f.range[1])).toBe(f.excerpt);
          const safeEdits = found.flatMap((f) => (f.suggestions ?? []).filter((s) => s.safe).flatMap((s) => s.edits));
          if (safeEdits.length > 0) {
            expect(c.output, "this case's findings carry safe fixes: give the expected `output`").toBeDefined();
            expect(applyEdits(c.text, safeEdits)).toBe(c.output);
          } else if (c.output !== undefined) {
            throw new Error("an `output` was given but the findings offer no safe fix");
          }
          if (found.some((f) => f.severity === "error")) expect(report.verdict).toBe("stop");
        });
      }
    });
    describe("documented examples", () => {
      for (const text of rule.meta.docs.examples.flagged) it(`flags: ${label(undefined, text)}`, () => expect(of(text).length).toBeGreaterThan(0));
      for (const text of rule.meta.docs.examples.passes) it(`passes: ${label(undefined, text)}`, () => expect(of(text).filter((f) => f.severity !== "info")).toEqual([]));
    });
  });
}

/** The finding's message was produced by this messageId's template (placeholders match anything). */
function messageMatches(rule: Rule, messageId: string, message: string): boolean {
  const template = rule.meta.messages[messageId]!;
  const pattern = template.split(/\{\{\s*\w+\s*\}\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*");
  return new RegExp(`^${pattern}$`).test(message);
}
