// scrubs engine: text in, report out. Pure TypeScript with no Node, DOM, clock or I/O, so it runs
// unchanged in Node, a browser and a Web Worker. See docs/engine-api.md.
import { check, InputError, resolvePreset, effectiveSeverity } from "./check";
import { applyEdits } from "./fix";
import { citation } from "./guidance/citations";
import { RULES } from "./rules";
import type { CheckOptions, PresetName, Report, RuleInfo } from "./types";

export * from "./types";
export { check, InputError, MAX_TEXT_LENGTH } from "./check";
export { applyEdits } from "./fix";
export { citation, CITATION_KEYS } from "./guidance/citations";
export { SERIOUSNESS_TABLE } from "./guidance/seriousness";
export { makeReport, registerSeriousness } from "./report";
export { parseConfig, mergeOptions, type Config } from "./config";
export { nearestPlace } from "./places/gazetteer";
export { PRESETS } from "./presets";

/** Apply every safe suggestion (names and numbers removed, ages banded, places generalised). */
export function fixText(text: string, options: CheckOptions = {}): { text: string; applied: number; report: Report } {
  const report = check(text, options);
  const edits = report.findings.flatMap((f) => (f.suggestions ?? []).filter((s) => s.safe).flatMap((s) => s.edits));
  const fixed = applyEdits(text, edits);
  return { text: fixed, applied: edits.length, report };
}

/** Every rule with its docs, examples and the citations and severity it has in `preset`. */
export function listRules(preset: PresetName = "gmc"): RuleInfo[] {
  const p = resolvePreset(preset);
  return RULES.map((r) => ({
    id: r.meta.id,
    family: r.meta.id.split("/")[0]!,
    severity: effectiveSeverity(r, p, {}),
    citations: (p.citations[r.meta.id] ?? r.meta.citations).map(citation),
    docs: { summary: r.meta.docs.summary, why: r.meta.docs.why, fix: r.meta.docs.fix },
    examples: { flagged: [...r.meta.docs.examples.flagged], passes: [...r.meta.docs.examples.passes] },
    seriousness: r.meta.seriousness,
  }));
}

export function isInputError(err: unknown): err is InputError {
  return err instanceof InputError;
}
