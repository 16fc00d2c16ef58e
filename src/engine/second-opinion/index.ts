// The second opinion: when a rule is unsure (a warning from a rule whose breaches are errors), a
// small model trained on the development writers' labelled posts is asked whether this post reads
// like the stop-worthy breaches of that rule. If it does, the finding becomes an error and says so,
// with the words and detections that weighed most. It never creates a finding, never lowers one and
// never touches a rule it has no output for, so it can only turn "review" into "stop" for something a
// rule already found; and it is asked only when the rules alone would not stop the post (check.ts).
import type { Analysis } from "../analysis";
import type { Finding } from "../types";
import { describeFeature, detectorFeatures } from "./features";
import { score, strongestFeatures, type SecondOpinionModel } from "./model";

export type { SecondOpinionModel } from "./model";

export interface UnsureFinding {
  finding: Finding;
  /** The finding's severity if raised (after the preset's or config's shift). */
  raisedSeverity: Finding["severity"];
}

export function canRaise(model: SecondOpinionModel, ruleId: string): boolean {
  return model.outputs.indexOf(ruleId) > 0;
}

export function raiseUnsure(model: SecondOpinionModel, analysis: Analysis, unsure: readonly UnsureFinding[]): void {
  if (unsure.length === 0) return;
  const opinion = score(model, analysis.tokens, detectorFeatures(analysis));
  if (opinion.probabilities[0]! < model.thresholds.stop) return;
  for (const { finding, raisedSeverity } of unsure) {
    const output = model.outputs.indexOf(finding.ruleId);
    const p = opinion.probabilities[output]!;
    if (output <= 0 || p < model.thresholds.rule) continue;
    finding.severity = raisedSeverity;
    finding.raised = { by: "second-opinion", probability: Math.round(p * 100) / 100, words: strongestFeatures(opinion, output, 4).map(describeFeature) };
  }
}
