// check(text, options) -> Report: read the post once (tokens and detector spans), run each enabled
// rule over that reading, and assemble the report. Pure and synchronous: no clock, no I/O.
import { Analysis } from "./analysis";
import { detectIdentifiers } from "./detectors/identifiers";
import { detectMaskedProfanity } from "./detectors/masked";
import { detectNames } from "./detectors/names";
import { detectPhrases } from "./detectors/phrases";
import { detectPlaces } from "./detectors/places";
import { detectAges, detectDates, detectSex } from "./detectors/time-and-people";
import { citation } from "./guidance/citations";
import { foldPhrase } from "./lexicon/matcher";
import { PRESETS, type Preset } from "./presets";
import { makeReport, type ScoredFinding } from "./report";
import { formatMessage, shiftSeverity, type ReportDescriptor, type Rule } from "./rule";
import { RULES } from "./rules";
import { SECOND_OPINION } from "./generated/second-opinion";
import { canRaise, opinionOn, raiseUnsure, unmatchedBreach, type SecondOpinionModel, type UnsureFinding } from "./second-opinion";
import { AUDIENCES, PLATFORMS, PRESET_NAMES, type CheckOptions, type Citation, type Report, type Severity, type SpanType } from "./types";

/** Longest text checked, in UTF-16 code units (~4 MB). Longer input is an error, not a slow check. */
export const MAX_TEXT_LENGTH = 2_000_000;

export class InputError extends Error {
  override name = "InputError";
}

export function resolvePreset(name: CheckOptions["preset"]): Preset {
  const preset = PRESETS[name ?? "gmc"];
  if (!preset) throw new InputError(`unknown preset "${String(name)}" (choose ${PRESET_NAMES.join(", ")})`);
  return preset;
}

export function analyse(text: string, options: CheckOptions = {}): Analysis {
  const preset = resolvePreset(options.preset);
  const allow = new Set((options.lexicon?.allow ?? []).map(foldPhrase));
  const analysis = new Analysis(text, { ...options.context, audience: options.context?.audience ?? "public" }, allow);
  detectPhrases(analysis);
  detectIdentifiers(analysis, preset.locale);
  detectMaskedProfanity(analysis);
  detectDates(analysis, preset.locale);
  detectAges(analysis);
  detectSex(analysis);
  detectNames(analysis);
  detectPlaces(analysis, options.lexicon?.places);
  return analysis;
}

/** Citations per (preset, rule), resolved once: findings share the frozen array. */
const CITATION_CACHE = new Map<string, readonly Citation[]>();
function citationsFor(preset: Preset, rule: Rule): Citation[] {
  const key = `${preset.name}\u0000${rule.meta.id}`;
  let list = CITATION_CACHE.get(key);
  if (!list) CITATION_CACHE.set(key, (list = Object.freeze((preset.citations[rule.meta.id] ?? rule.meta.citations).map((k) => Object.freeze(citation(k))))));
  return list as Citation[];
}

type ParsedTrigger = [kind: string, name: string, category: string | undefined];
const PARSED_TRIGGERS = new Map<string, ParsedTrigger>();

function parseTrigger(trigger: string): ParsedTrigger {
  let parsed = PARSED_TRIGGERS.get(trigger);
  if (!parsed) {
    const [kind, name, category] = trigger.split(":");
    if (!(kind === "span" || kind === "lexicon" || kind === "context") || !name) throw new Error(`unknown rule trigger "${trigger}"`);
    PARSED_TRIGGERS.set(trigger, (parsed = [kind, name, category]));
  }
  return parsed;
}

/** Whether one of a rule's triggers (see RuleMeta.triggers) is present in the post. */
export function triggered(a: Analysis, trigger: string): boolean {
  return parsedTriggered(a, parseTrigger(trigger));
}

function parsedTriggered(a: Analysis, [kind, name, category]: ParsedTrigger): boolean {
  if (kind === "span") return a.has(name as SpanType);
  if (kind === "lexicon") return category ? a.lexicon(name, category).length > 0 : a.lexicon(name).length > 0;
  if (name === "profile") return !!(a.context.profile?.displayName || a.context.profile?.bio);
  return a.context.platform === name;
}

/**
 * Each rule's triggers, parsed once: null when the rule always runs, or when a trigger does not parse
 * (then `triggered` is used, so the error surfaces exactly when it would have).
 */
const RULE_TRIGGERS = new WeakMap<Rule, readonly ParsedTrigger[] | null>();
function ruleTriggers(rule: Rule): readonly ParsedTrigger[] | null {
  let list = RULE_TRIGGERS.get(rule);
  if (list === undefined) {
    try {
      list = rule.meta.triggers ? rule.meta.triggers.map(parseTrigger) : null;
    } catch {
      list = null;
    }
    RULE_TRIGGERS.set(rule, list);
  }
  return list;
}

/** The rule has nothing to say about this post: none of its triggers is present. */
function skipped(a: Analysis, rule: Rule): boolean {
  const triggers = rule.meta.triggers;
  if (!triggers) return false;
  const parsed = ruleTriggers(rule);
  if (!parsed) return !triggers.some((t) => triggered(a, t));
  for (let i = 0; i < parsed.length; i++) if (parsedTriggered(a, parsed[i]!)) return false;
  return true;
}

export function effectiveSeverity(rule: Rule, preset: Preset, options: CheckOptions): Severity | "off" {
  return options.rules?.[rule.meta.id] ?? preset.rules[rule.meta.id] ?? rule.meta.severity;
}

/** The second opinion a check uses: none, the one built in (absent from the web app's first load), or the caller's. */
function secondOpinionFor(options: CheckOptions): SecondOpinionModel | null {
  const chosen = options.secondOpinion;
  if (chosen === false) return null;
  if (chosen === undefined || chosen === true) return SECOND_OPINION;
  const model = chosen as Partial<SecondOpinionModel> | null;
  if (!model || typeof model !== "object" || !Array.isArray(model.outputs) || !Array.isArray(model.bias) || model.bias.length !== model.outputs.length || !model.weights || typeof model.weights !== "object" || !model.thresholds || (model.thresholds.find && !Array.isArray(model.thresholds.find.rules))) {
    throw new InputError("secondOpinion must be true, false or a model with outputs, bias (one per output), weights and thresholds (find, when given, with a list of rules)");
  }
  return chosen;
}

/**
 * A context from outside TypeScript (a JSON line, a worker message) may have any shape: say what is
 * wrong with it instead of failing inside a rule ("name.replace is not a function").
 */
function checkContext(context: unknown): void {
  if (context === null || typeof context !== "object") throw new InputError("context must be an object");
  const c = context as Record<string, unknown>;
  const optionalString = (value: unknown, name: string) => {
    if (value !== undefined && typeof value !== "string") throw new InputError(`${name} must be a string, got ${Array.isArray(value) ? "a list" : value === null ? "null" : typeof value}`);
  };
  if (c.audience !== undefined && !(AUDIENCES as readonly unknown[]).includes(c.audience)) throw new InputError(`context.audience must be one of ${AUDIENCES.join(", ")}`);
  if (c.platform !== undefined && !(PLATFORMS as readonly unknown[]).includes(c.platform)) throw new InputError(`context.platform must be one of ${PLATFORMS.join(", ")}`);
  if (c.profile !== undefined) {
    if (c.profile === null || typeof c.profile !== "object") throw new InputError("context.profile must be an object with displayName and bio");
    const p = c.profile as Record<string, unknown>;
    optionalString(p.displayName, "context.profile.displayName");
    optionalString(p.bio, "context.profile.bio");
  }
  if (c.declaredInterests !== undefined && !(Array.isArray(c.declaredInterests) && c.declaredInterests.every((d) => typeof d === "string"))) {
    throw new InputError("context.declaredInterests must be a list of strings");
  }
}

export function check(text: string, options: CheckOptions = {}): Report {
  if (typeof text !== "string") throw new InputError(`text must be a string, got ${text === null ? "null" : typeof text}`);
  if (text.length > MAX_TEXT_LENGTH) throw new InputError(`text is too long: ${text.length} characters (the limit is ${MAX_TEXT_LENGTH})`);
  if (options.context !== undefined) checkContext(options.context);
  const preset = resolvePreset(options.preset);
  const analysis = analyse(text, options);
  const findings: ScoredFinding[] = [];
  const secondOpinion = secondOpinionFor(options);
  const unsure: UnsureFinding[] = [];
  // what each rule reported, at its own severity before a preset or config moved it: what the second opinion reads
  const reported: { ruleId: string; severity: Severity }[] = [];
  const allow = analysis.allow;

  for (const rule of RULES) {
    const running = effectiveSeverity(rule, preset, options);
    if (running === "off") continue;
    const { meta } = rule;
    if (skipped(analysis, rule)) continue;
    const report = (d: ReportDescriptor) => {
      const citations = citationsFor(preset, rule);
      const template = meta.messages[d.messageId];
      if (template === undefined) throw new Error(`${meta.id}: unknown messageId "${d.messageId}"`);
      const [start, end] = d.range;
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
        throw new Error(`${meta.id}: range [${start}, ${end}) is outside the text (length ${text.length})`);
      }
      const excerpt = text.slice(start, end);
      if (allow.size && allow.has(foldPhrase(excerpt))) return;
      const severity = d.severity ?? meta.severity;
      const finding: ScoredFinding = {
        ruleId: meta.id,
        severity: shiftSeverity(severity, meta.severity, running),
        message: formatMessage(template, d.data),
        range: [start, end],
        excerpt,
        citations,
        seriousness: d.seriousness ?? meta.seriousness,
        confidence: d.confidence ?? 1,
      };
      if (d.suggestions && d.suggestions.length) finding.suggestions = d.suggestions;
      if (options.explain) {
        finding.explanation = {
          detectors: d.explanation?.detectors ?? [],
          context: d.explanation?.context ?? [],
          confidence: Math.round((d.confidence ?? 1) * 100) / 100,
          ...(d.explanation?.notes ? { notes: d.explanation.notes } : {}),
        };
      }
      findings.push(finding);
      reported.push({ ruleId: meta.id, severity });
      if (severity === "warning" && secondOpinion && canRaise(secondOpinion, meta.id)) unsure.push({ finding, raisedSeverity: shiftSeverity("error", meta.severity, running) });
    };
    rule.check({ text, analysis, report });
  }
  // The second opinion is asked only when it could change the verdict: a post the rules already stop
  // keeps the rules' own severities (and long posts, which usually have an error, skip the model).
  if (secondOpinion && !findings.some((f) => f.severity === "error")) {
    const opinion = opinionOn(secondOpinion, analysis, reported);
    if (unsure.length) raiseUnsure(secondOpinion, opinion, unsure);
    if (!findings.some((f) => f.severity === "error")) {
      const found = findingOfSecondOpinion(secondOpinion, analysis, opinion, preset, options);
      if (found) findings.push(found);
    }
  }
  return makeReport(findings);
}

const RULE_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

/**
 * The second opinion's own finding, for a post no rule stopped that reads very much like one rule's
 * stop-worthy breaches (src/engine/second-opinion/index.ts). It is that rule's finding, with the
 * rule's citations and advice, at the severity the rule's breaches have under this preset and config;
 * its message says no rule matched and `found` gives the words that weighed most.
 */
function findingOfSecondOpinion(model: SecondOpinionModel, analysis: Analysis, opinion: ReturnType<typeof opinionOn>, preset: Preset, options: CheckOptions): ScoredFinding | null {
  const running = (id: string) => {
    const rule = RULE_BY_ID.get(id);
    return rule ? effectiveSeverity(rule, preset, options) : "off";
  };
  const breach = unmatchedBreach(model, analysis, opinion, (id) => running(id) !== "off");
  if (!breach) return null;
  const rule = RULE_BY_ID.get(breach.ruleId)!;
  const { meta } = rule;
  const [start, end] = breach.range;
  const excerpt = analysis.text.slice(start, end);
  if (analysis.allow.size && analysis.allow.has(foldPhrase(excerpt))) return null;
  const percent = Math.round(breach.found.probability * 100);
  const finding: ScoredFinding = {
    ruleId: meta.id,
    severity: shiftSeverity("error", meta.severity, running(meta.id) as Severity),
    message: `No rule matched this exactly, but the second opinion reads it as a likely breach (${percent}%): ${meta.docs.summary.replace(/\.$/, "")}. Read it again as a stranger would.`,
    range: [start, end],
    excerpt,
    citations: citationsFor(preset, rule),
    suggestions: [{ message: meta.docs.fix, edits: [] }],
    seriousness: meta.seriousness,
    confidence: breach.found.probability,
    found: breach.found,
  };
  if (options.explain) finding.explanation = { detectors: ["second-opinion"], context: [], confidence: breach.found.probability, notes: [`most of all: ${breach.found.words.join(", ")}`] };
  return finding;
}
