// A rule is one file exporting `defineRule({ meta, check })` (see shared/CONVENTIONS.md). Detection
// (check), message (meta.messages) and fix (suggestions) stay apart; rules report a messageId with
// data, never a free string, so every message a user can see is listed in the rule's metadata.
import type { Analysis } from "./analysis";
import type { Severity, Suggestion } from "./types";

export interface RuleDocs {
  summary: string;
  /** Why, paraphrasing the guidance. */
  why: string;
  /** What to do instead. */
  fix: string;
  /** Worked examples shown in `scrubs explain` and the web guidance page; the rule tester proves them. */
  examples: { flagged: string[]; passes: string[] };
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Citation keys (src/engine/guidance/citations.ts) in the GMC preset; other presets map their own. */
  citations: string[];
  /** Default place in the seriousness table (src/engine/guidance/seriousness.ts). */
  seriousness: number;
  docs: RuleDocs;
  /** Message templates with {{placeholders}}. */
  messages: Record<string, string>;
  /**
   * What must be in the post for the rule to have anything to say: span types ("span:ward-bed"),
   * lexicons ("lexicon:profanity", "lexicon:context-cues:patient-cue" for one category) or context
   * ("context:profile", "context:review-reply"). The engine skips the rule when none is present,
   * so a benign post costs only the rules it could trip. Omit to always run.
   */
  triggers?: readonly string[];
}

export interface ReportDescriptor {
  messageId: string;
  range: readonly [number, number];
  data?: Record<string, string | number>;
  suggestions?: Suggestion[];
  /**
   * This finding's severity when the rule runs at its default severity. If a preset or config runs the
   * rule at another severity, the finding moves by the same number of steps.
   */
  severity?: Severity;
  /** 0..1, how sure the rule is. Defaults to 1. */
  confidence?: number;
  /** Overrides meta.seriousness for this finding (e.g. drinking vs intoxicated). */
  seriousness?: number;
  explanation?: { detectors?: string[]; context?: { word: string; effect: number }[]; notes?: string[] };
}

export interface RuleContext {
  readonly text: string;
  readonly analysis: Analysis;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

export function defineRule(rule: Rule): Rule {
  const { meta } = rule;
  if (!/^[a-z]+\/[a-z-]+$/.test(meta.id)) throw new Error(`rule id "${meta.id}" must be family/name in kebab-case`);
  if (Object.keys(meta.messages).length === 0) throw new Error(`${meta.id}: no messages`);
  if (meta.citations.length === 0) throw new Error(`${meta.id}: a rule must cite the guidance`);
  return Object.freeze(rule);
}

export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const v = data?.[name];
    if (v === undefined) throw new Error(`message placeholder {{${name}}} has no data`);
    return String(v);
  });
}

const ORDER: Severity[] = ["info", "warning", "error"];

/** Shift `finding` by the distance between the rule's default and the severity it runs at. */
export function shiftSeverity(finding: Severity, ruleDefault: Severity, runningAt: Severity): Severity {
  const delta = ORDER.indexOf(runningAt) - ORDER.indexOf(ruleDefault);
  const i = Math.max(0, Math.min(2, ORDER.indexOf(finding) + delta));
  return ORDER[i]!;
}
