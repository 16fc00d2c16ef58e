// The second opinion may turn a rule's unsure warning into an error when a trained model agrees the
// post reads like that rule's stop-worthy breaches, and, when it is much surer, make a finding of that
// rule where no rule stopped the post. It never removes or lowers a finding.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, listRules, parseConfig, type SecondOpinionModel } from "../../src/engine";
import { analyse } from "../../src/engine/check";
import { detectorFeatures, findingFeatures, MAX_FEATURE_CHARS, postFeatures, stemFeatures } from "../../src/engine/second-opinion/features";
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { validateModel } from "../../scripts/build-data.mjs";
import { loadSet, MODEL_FILE, TRAINING_SETS, trainingPosts, trainSecondOpinion } from "../../scripts/train-second-opinion";

const DISCUSSION = "confidentiality/patient-discussion";
// The rules alone call this a warning: a patient is discussed, but nothing identifies them.
const UNSURE_POST = "Patient in bed 7 finally went home today after nine weeks with us";

/** A hand-made model: every output starts unlikely, and the words given push the outputs given. */
function model(outputs: string[], pushes: Record<string, number[]>, thresholds: SecondOpinionModel["thresholds"] = { rule: 0.5, stop: 0.5 }): SecondOpinionModel {
  return { outputs: ["stop", ...outputs], bias: [-3, ...outputs.map(() => -3)], weights: pushes, thresholds };
}

const discussion = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.ruleId === DISCUSSION);

describe("the second opinion", () => {
  it("the rules alone leave a patient discussed without identifiers at review", () => {
    const r = check(UNSURE_POST, { secondOpinion: false });
    expect(r.verdict).toBe("review");
    expect(discussion(r).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("raises an unsure finding to an error when the post reads like that rule's stop-worthy breaches, and says why", () => {
    const m = model([DISCUSSION], { "bed 0": [0, 2, 1, 2.5], "went home": [0, 2, 1, 1.5], today: [1, -0.5] });
    const r = check(UNSURE_POST, { secondOpinion: m });
    expect(r.verdict).toBe("stop");
    const [f] = discussion(r);
    expect(f!.severity).toBe("error");
    // z = -3 + 2.5 + 1.5 - 0.5 = 0.5 for the rule's output: sigmoid 0.62.
    expect(f!.raised).toEqual({ by: "second-opinion", probability: 0.62, words: ["“bed 0”", "“went home”"] });
  });

  it("counts but does not show features made only of function words and numbers", () => {
    const m = model([DISCUSSION], { "in bed": [0, 2, 1, 3], "bed 0": [0, 2, 1, 2.5], "0": [1, 1] });
    const [f] = discussion(check(UNSURE_POST, { secondOpinion: m }));
    expect(f!.severity).toBe("error");
    // "in bed" tells a reader something; "0" alone does not, though it weighed
    expect(f!.raised!.words).toEqual(["“in bed”", "“bed 0”"]);
  });

  it("weighs a word's stem, so another writer's inflection of a word it learned still counts, and shows the stem", () => {
    const m = model([DISCUSSION], { "=discharg": [0, 3.5, 1, 3.5] });
    const post = "Patient in bed 7 finally discharged today after nine weeks with us";
    const [f] = discussion(check(post, { secondOpinion: m }));
    expect(f!.severity).toBe("error");
    expect(f!.raised!.words).toEqual(["“discharg…”"]);
    // a model without stems does not stem (and the post stays a warning)
    expect(discussion(check(post, { secondOpinion: model([DISCUSSION], { discharge: [0, 3.5, 1, 3.5] }) }))[0]!.severity).toBe("warning");
  });

  it("weighs what the detectors found as well as the words, and names it in words", () => {
    const m = model([DISCUSSION], { "~span:ward-bed": [0, 3, 1, 3.5], "~patient-context": [0, 1, 1, 1] });
    const [f] = discussion(check(UNSURE_POST, { secondOpinion: m }));
    expect(f!.severity).toBe("error");
    expect(f!.raised!.words).toEqual(["a ward or bed (detected)", "reads as about a real patient"]);
  });

  it("weighs what the rules reported short of stopping the post, at the rule's own severity, and names it", () => {
    const m = model([DISCUSSION], { [`~rule:${DISCUSSION}:warning`]: [0, 3.5, 1, 3.5] });
    const [f] = discussion(check(UNSURE_POST, { secondOpinion: m }));
    expect(f!.severity).toBe("error");
    expect(f!.raised!.words).toEqual([`a warning from ${DISCUSSION}`]);
    // run a step down by config, the rule still reported a warning: the model reads the same post
    const [quiet] = discussion(check(UNSURE_POST, { secondOpinion: m, rules: { [DISCUSSION]: "info" } }));
    expect(quiet!.raised!.probability).toBe(f!.raised!.probability);
  });

  it("leaves the warning alone when the post does not read as stop-worthy overall", () => {
    const m = model([DISCUSSION], { "bed 0": [1, 4] });
    const r = check(UNSURE_POST, { secondOpinion: m });
    expect(r.verdict).toBe("review");
    expect(discussion(r)[0]!.raised).toBeUndefined();
  });

  it("never raises a rule it has no output for", () => {
    const m = model(["respect/patients"], { "bed 0": [0, 6, 1, 6] });
    expect(check(UNSURE_POST, { secondOpinion: m }).verdict).toBe("review");
  });

  it("without thresholds for finding, never creates a finding: a benign post stays clean however sure the model is", () => {
    const sure: SecondOpinionModel = { outputs: ["stop", DISCUSSION], bias: [9, 9], weights: {}, thresholds: { rule: 0.5, stop: 0.5 } };
    const text = "Flu jabs are available at the surgery this Saturday morning, no appointment needed.";
    expect(check(text, { secondOpinion: sure })).toEqual(check(text, { secondOpinion: false }));
  });

  it("follows the severity a preset or config runs the rule at", () => {
    const m = model([DISCUSSION], { "bed 0": [0, 6, 1, 6] });
    const quiet = check(UNSURE_POST, { secondOpinion: m, rules: { [DISCUSSION]: "info" } });
    // Run one step down, the warning was info; raised, it is one step below error.
    expect(discussion(quiet).map((f) => [f.severity, Boolean(f.raised)])).toEqual([["warning", true]]);
    expect(check(UNSURE_POST, { secondOpinion: m, rules: { [DISCUSSION]: "off" } }).findings).toEqual([]);
  });

  it("can be switched off in scrubs.config.json", () => {
    expect(parseConfig({ secondOpinion: false })).toEqual({ ok: true, options: { secondOpinion: false } });
    expect(parseConfig({ secondOpinion: "no" })).toMatchObject({ ok: false, error: expect.stringContaining("secondOpinion") });
  });

  it("a malformed model is a clear input error, not a crash", () => {
    expect(() => check(UNSURE_POST, { secondOpinion: {} as SecondOpinionModel })).toThrow(/secondOpinion must be/);
    expect(() => check(UNSURE_POST, { secondOpinion: { outputs: ["stop"], bias: [], weights: {}, thresholds: { rule: 0.5, stop: 0.5 } } })).toThrow(/one per output/);
  });

  it("is deterministic", () => {
    const m = model([DISCUSSION], { "bed 0": [0, 2, 1, 2.5], "went home": [0, 2, 1, 1.5] });
    expect(JSON.stringify(check(UNSURE_POST, { secondOpinion: m }))).toBe(JSON.stringify(check(UNSURE_POST, { secondOpinion: m })));
  });
});

describe("the second opinion's own findings", () => {
  const CREDENTIALS = "privacy/credentials";
  // No rule finds anything here; the hand-made models below decide what the second opinion reads.
  const POST = "Lovely team on nights. Side door is open again 😉 See you all Friday.";
  const SENTENCE = "Side door is open again 😉 See you all Friday.";
  const finds = (pushes: Record<string, number[]>, rules = [CREDENTIALS, DISCUSSION]) =>
    model([CREDENTIALS, DISCUSSION], pushes, { rule: 0.5, stop: 0.5, find: { rule: 0.7, stop: 0.8, rules } });
  // z = -3 + 4.5 + 0.6 = 2.1 for credentials (0.89), -3 + 5 + 1 = 3 for "stop" (0.95)
  const sure = { "side door": [0, 5, 1, 4.5], "open again": [0, 1, 1, 0.6] };

  it("does not read a term the user allowed: neither its words nor what the detectors found in it", () => {
    const post = "Our favourite frequent flyer is back again";
    const options = { secondOpinion: finds({ "frequent flyer": [0, 5, 2, 5] }, [DISCUSSION]), rules: { "respect/patients": "off" as const } };
    expect(check(post, options).findings.map((f) => [f.ruleId, !!f.found])).toEqual([[DISCUSSION, true]]);
    expect(check(post, { ...options, lexicon: { allow: ["Frequent-flyer"] } }).findings).toEqual([]);
    // the slang list matched the allowed term; the post's other detections are still read
    const read = (allow: string[]) => detectorFeatures(analyse(post, { lexicon: { allow } })).filter((f) => f.startsWith("~lex:"));
    expect(read([])).toEqual(expect.arrayContaining(["~lex:clinical-slang", "~lex:mockery"]));
    expect(read(["frequent flyer"])).not.toContain("~lex:clinical-slang");
    expect(read(["frequent flyer"])).toContain("~lex:mockery");
  });

  it("the rules alone pass the post", () => {
    expect(check(POST, { secondOpinion: false }).verdict).toBe("pass");
  });

  it("makes a finding of its rule when it is sure, pointed at the sentence that weighed most, and says why", () => {
    const r = check(POST, { secondOpinion: finds(sure) });
    expect(r.verdict).toBe("stop");
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f!.ruleId).toBe(CREDENTIALS);
    expect(f!.severity).toBe("error");
    expect(f!.excerpt).toBe(SENTENCE);
    expect(f!.found).toEqual({ by: "second-opinion", probability: 0.89, words: ["“side door”", "“open again”"] });
    expect(f!.raised).toBeUndefined();
    expect(f!.message).toMatch(/^No rule matched this exactly, but the second opinion reads it as a likely breach \(89%\): Passwords, PINs/);
    expect(f!.citations.map((c) => c.paragraph)).toContain("119");
    expect(f!.suggestions).toEqual([{ message: expect.stringMatching(/^Remove the code or password/), edits: [] }]);
  });

  it("chooses its likeliest rule, and points at that rule's sentence", () => {
    const [f] = check(POST, { secondOpinion: finds({ ...sure, nights: [2, 9] }) }).findings;
    expect(f!.ruleId).toBe(DISCUSSION);
    expect(f!.excerpt).toBe("Lovely team on nights.");
  });

  it("finds nothing when it is not sure enough, for a rule it may not find, when the rule is off, or when the excerpt is allowed", () => {
    expect(check(POST, { secondOpinion: finds({ "side door": [0, 5, 1, 0.5] }) }).verdict).toBe("pass");
    expect(check(POST, { secondOpinion: finds(sure, [DISCUSSION]) }).verdict).toBe("pass");
    expect(check(POST, { secondOpinion: finds(sure), rules: { [CREDENTIALS]: "off" } }).findings).toEqual([]);
    expect(check(POST, { secondOpinion: finds(sure), lexicon: { allow: [SENTENCE] } }).findings).toEqual([]);
  });

  it("follows the severity a config runs the rule at", () => {
    expect(check(POST, { secondOpinion: finds(sure), rules: { [CREDENTIALS]: "warning" } }).findings.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("points at the whole post when only what the detectors found weighed", () => {
    const [f] = check(POST, { secondOpinion: finds({ "~audience:public": [0, 5, 1, 5] }) }).findings;
    expect(f!.range).toEqual([0, POST.length]);
  });

  it("adds nothing to a post the rules already stop", () => {
    const stopped = "Drug cupboard code is 4471, see you all Friday.";
    const m = finds({ see: [0, 9, 2, 9] });
    expect(check(stopped, { secondOpinion: m })).toEqual(check(stopped, { secondOpinion: false }));
  });

  it("a model whose find thresholds list no rules is a clear input error", () => {
    const bad = { ...finds(sure), thresholds: { rule: 0.5, stop: 0.5, find: { rule: 0.7, stop: 0.8 } } } as unknown as SecondOpinionModel;
    expect(() => check(POST, { secondOpinion: bad })).toThrow(/find, when given, with a list of rules/);
  });
});

describe("what the second opinion reads", () => {
  it("lower-cased words, hashtags and emoji, digits folded to 0, and each pair of neighbours", () => {
    expect(postFeatures(analyse("Bed 12, #NHS 🙄 didn’t").tokens)).toEqual(["bed", "0", "bed 0", "#nhs", "0 #nhs", "🙄", "#nhs 🙄", "didn't", "🙄 didn't"]);
  });

  it("with stems, each word's Porter stem as well: 'mocking', 'mocked' and 'mocks' meet at one feature", () => {
    const stems = (text: string) => stemFeatures(analyse(text).tokens);
    expect(stems("mocking")).toEqual(["=mock"]);
    expect(stems("mocked")).toEqual(["=mock"]);
    expect(stems("Mocks")).toEqual(["=mock"]);
    // only words of three or more letters: no numbers, emoji, contractions or short words
    expect(stems("Bed 12 🙄 didn’t go")).toEqual(["=bed"]);
    expect(postFeatures(analyse("mocking").tokens)).toEqual(["mocking"]);
  });

  it("what the detectors found, the audience and the platform, whatever the wording", () => {
    const seen = detectorFeatures(analyse(UNSURE_POST, { context: { platform: "facebook" } }));
    expect(seen).toEqual(expect.arrayContaining(["~span:ward-bed", "~audience:public", "~platform:facebook", "~patient-context"]));
    expect(detectorFeatures(analyse("Flu jabs this Saturday at the surgery."))).not.toContain("~patient-context");
  });

  it("what each rule reported, at its severity, once per rule", () => {
    expect(findingFeatures(check(UNSURE_POST, { secondOpinion: false }).findings)).toEqual([`~rule:${DISCUSSION}:warning`]);
    expect(findingFeatures([{ ruleId: "a/b", severity: "error" }, { ruleId: "a/b", severity: "error" }, { ruleId: "c/d", severity: "info" }])).toEqual(["~rule:a/b:error", "~rule:c/d:info"]);
    expect(findingFeatures(check("Flu jabs this Saturday at the surgery.", { secondOpinion: false }).findings)).toEqual([]);
  });

  it("reads only the opening of a very long text", () => {
    const long = "word ".repeat(MAX_FEATURE_CHARS) + "tail";
    expect(postFeatures(analyse(long).tokens)).not.toContain("tail");
    expect(postFeatures(analyse("").tokens)).toEqual([]);
  });
});

describe("the shipped second opinion", () => {
  const shipped = JSON.parse(readFileSync(MODEL_FILE, "utf8"));

  it("was trained on every dev corpus and never on the holdout", () => {
    expect(shipped.trainedOn.sets).toEqual(TRAINING_SETS());
    expect(shipped.trainedOn.sets).not.toContain("holdout");
    expect(() => loadSet("holdout")).toThrow(/never reads the holdout/);
  });

  it("is what the trainer makes from the corpora and rule tables today", async () => {
    const { corpus, tables } = await trainingPosts(shipped.trainedOn.sets);
    expect(tables.length).toBe(shipped.trainedOn.ruleTableCases);
    const fresh = trainSecondOpinion([...corpus, ...tables]);
    expect(fresh.outputs).toEqual(shipped.outputs);
    expect(fresh.thresholds).toEqual(shipped.thresholds);
    // Floating-point sums may differ in the last place between machines; allow a rounding step.
    const features = Object.keys(shipped.weights);
    const agree = features.filter((f) => JSON.stringify(fresh.weights[f]?.filter((_, i) => i % 2 === 0)) === JSON.stringify(shipped.weights[f].filter((_: number, i: number) => i % 2 === 0)));
    expect(agree.length / features.length).toBeGreaterThan(0.99);
    expect(Object.keys(fresh.weights).length).toBeCloseTo(features.length, -1);
  }, 60_000);

  it("learned from the rules' warnings, and keeps no weight for a rule's error, which it is never shown", () => {
    const ruleFeatures = Object.keys(shipped.weights).filter((f) => f.startsWith("~rule:"));
    expect(ruleFeatures.some((f) => f.endsWith(":warning"))).toBe(true);
    expect(ruleFeatures.filter((f) => f.endsWith(":error"))).toEqual([]);
  });

  it("the build refuses a model trained on the holdout, or with weights for outputs it does not have", () => {
    const good = { ...shipped, weights: { bed: [1, 0.5] } };
    expect(() => validateModel("m.json", good)).not.toThrow();
    expect(() => validateModel("m.json", { ...good, trainedOn: { sets: ["dev", "holdout"] } })).toThrow(/never the holdout/);
    expect(() => validateModel("m.json", { ...good, weights: { bed: [99, 0.5] } })).toThrow(/output 99/);
    expect(() => validateModel("m.json", { ...good, weights: { bed: [1, null] } })).toThrow(/finite/);
    expect(() => validateModel("m.json", { ...good, thresholds: { rule: 2, stop: 0.5 } })).toThrow(/between 0 and 1/);
  });

  it("raises and finds nothing in the rules' own worked examples of posts that pass", () => {
    for (const rule of listRules()) for (const text of rule.examples.passes) expect(check(text).findings.filter((f) => f.raised || f.found), text).toEqual([]);
  });
});
