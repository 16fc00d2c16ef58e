// The second opinion: a small model trained on the development writers' labelled posts, asked only
// when the rules alone would not stop the post (check.ts). It does two things, each with the words and
// detections that weighed most:
// - when a rule is unsure (a warning from a rule whose breaches are errors), and the post reads like
//   that rule's stop-worthy breaches, it raises the finding to an error;
// - when the post reads very much like the stop-worthy breaches of one rule that found nothing to
//   stop, it makes a finding of that rule itself, pointed at the sentence that weighed most.
// It never lowers or removes a finding and never speaks for a rule it has no output for.
import type { Analysis } from "../analysis";
import { foldPhrase } from "../lexicon/matcher";
import type { Token } from "../text/tokenize";
import type { Finding, Raised } from "../types";
import { describeFeature, detectorFeatures, findingFeatures, tellsSomething } from "./features";
import { score, strongestFeatures, strongestSentence, type Opinion, type SecondOpinionModel } from "./model";

export type { SecondOpinionModel } from "./model";

export interface UnsureFinding {
  finding: Finding;
  /** The finding's severity if raised (after the preset's or config's shift). */
  raisedSeverity: Finding["severity"];
}

export function canRaise(model: SecondOpinionModel, ruleId: string): boolean {
  return model.outputs.indexOf(ruleId) > 0;
}

/**
 * The model's reading of the post: one probability per output, and the features that weighed.
 * `findings`: what the rules reported, each at the severity the rule gave it (./features.ts findingFeatures).
 */
export function opinionOn(model: SecondOpinionModel, analysis: Analysis, findings: readonly { ruleId: string; severity: string }[] = []): Opinion {
  return score(model, readTokens(analysis), [...detectorFeatures(analysis), ...findingFeatures(findings)]);
}

/**
 * The tokens the model reads: the post's, less the words of every term the user allowed
 * (scrubs.config.json "allow"). An allowed term weighs in no rule (check.ts drops findings on it),
 * so it must not weigh in the model either, or the model would find what the user allowed.
 */
function readTokens(analysis: Analysis): readonly Token[] {
  if (analysis.allow.size === 0) return analysis.tokens;
  return analysis.memo("second-opinion:tokens", () => {
    const { tokens } = analysis;
    // the post's words folded as allowed terms are ("Frequent-flyer" -> "frequent", "flyer"), each with its token
    const words: { word: string; token: number }[] = [];
    tokens.forEach((t, i) => {
      if (t.kind !== "punct") for (const word of foldPhrase(t.norm).split(" ")) if (word) words.push({ word, token: i });
    });
    const skip = new Set<number>();
    for (const term of analysis.allow) {
      const parts = term.split(" ");
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((part, k) => words[i + k]!.word === part)) for (let k = 0; k < parts.length; k++) skip.add(words[i + k]!.token);
      }
    }
    return skip.size ? tokens.filter((_, i) => !skip.has(i)) : tokens;
  });
}

const reasons = (opinion: Opinion, output: number): Raised => ({
  by: "second-opinion",
  probability: Math.round(opinion.probabilities[output]! * 100) / 100,
  words: strongestFeatures(opinion, output, 12).filter(tellsSomething).slice(0, 4).map(describeFeature),
});

export function raiseUnsure(model: SecondOpinionModel, opinion: Opinion, unsure: readonly UnsureFinding[]): void {
  if (opinion.probabilities[0]! < model.thresholds.stop) return;
  for (const { finding, raisedSeverity } of unsure) {
    const output = model.outputs.indexOf(finding.ruleId);
    if (output <= 0 || opinion.probabilities[output]! < model.thresholds.rule) continue;
    finding.severity = raisedSeverity;
    finding.raised = reasons(opinion, output);
  }
}

export interface UnmatchedBreach {
  ruleId: string;
  range: [number, number];
  found: Raised;
}

/**
 * The breach the model reads in a post no rule stopped: its likeliest rule among those it may find
 * (`thresholds.find.rules`) and `allowed` (running, not switched off), when that rule's output and the
 * "stop" output reach the model's `find` thresholds; pointed at the sentence whose words weighed most
 * for it (the whole post when only detections did). Null when the model has no `find` thresholds or
 * is not that sure.
 */
export function unmatchedBreach(model: SecondOpinionModel, analysis: Analysis, opinion: Opinion, allowed: (ruleId: string) => boolean): UnmatchedBreach | null {
  const find = model.thresholds.find;
  const p = opinion.probabilities;
  if (!find || p[0]! < find.stop) return null;
  let best = -1;
  for (let o = 1; o < model.outputs.length; o++) {
    const id = model.outputs[o]!;
    if (find.rules.includes(id) && allowed(id) && (best < 0 || p[o]! > p[best]!)) best = o;
  }
  if (best < 0 || p[best]! < find.rule) return null;
  const { tokens } = analysis;
  if (tokens.length === 0) return null;
  const sentence = strongestSentence(model, readTokens(analysis), best);
  const inside = sentence < 0 ? tokens : tokens.filter((t) => t.sentence === sentence);
  return { ruleId: model.outputs[best]!, range: [inside[0]!.start, inside[inside.length - 1]!.end], found: reasons(opinion, best) };
}
