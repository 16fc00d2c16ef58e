import { describe, expect, it } from "vitest";
import { applyEdits, check, fixText, listRules, parseConfig } from "../../src/engine";

describe("scrubs.config.json", () => {
  it("accepts a full config and turns it into check options", () => {
    const r = parseConfig({ preset: "nmc", rules: { "conduct/profanity": "off" }, allow: ["Dr Grumpy"], lexicon: { places: [{ name: "Little Snoring", population: 600 }] }, declaredInterests: ["Pfizer"], profile: { displayName: "Amy Clarke" }, audience: "public", platform: "x" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.options).toMatchObject({ preset: "nmc", rules: { "conduct/profanity": "off" }, context: { declaredInterests: ["Pfizer"], platform: "x" } });
  });

  it("rejects unknown keys and names them", () => {
    expect(parseConfig({ presset: "gmc" })).toEqual({ ok: false, error: 'unknown key "presset" at (top level)' });
    expect(parseConfig({ profile: { name: "x" } })).toMatchObject({ ok: false, error: expect.stringContaining('"name"') });
  });

  it("rejects unknown rules and bad values", () => {
    expect(parseConfig({ rules: { "no/such-rule": "off" } })).toMatchObject({ ok: false, error: expect.stringContaining("unknown rule") });
    expect(parseConfig({ preset: "cqc" })).toMatchObject({ ok: false });
    expect(parseConfig(null)).toMatchObject({ ok: false });
    expect(parseConfig([1, 2])).toMatchObject({ ok: false });
  });

  it("a user's local place names feed the jigsaw estimate", () => {
    const text = "72 year old retired farmer from Little Snoring with motor neurone disease admitted last night";
    const jigsaw = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.ruleId === "confidentiality/jigsaw" && !f.found);
    // the rule alone does not know the village, so it cannot estimate how few people could match
    expect(jigsaw(check(text, { secondOpinion: false }))).toEqual([]);
    const local = jigsaw(check(text, { secondOpinion: false, lexicon: { places: [{ name: "Little Snoring", population: 600 }] } }));
    expect(local.map((f) => f.message).join(" ")).toMatch(/could identify the patient: .*Little Snoring/);
  });

  it("allow-listed terms are never flagged", () => {
    expect(check("Our favourite frequent flyer is back in majors again 🙄").verdict).not.toBe("pass");
    expect(check("Our favourite frequent flyer is back in majors again 🙄", { lexicon: { allow: ["frequent flyer"] } }).findings.filter((f) => f.ruleId === "respect/patients")).toEqual([]);
  });

  it("rule severities can be changed or switched off", () => {
    const text = "What a sh*t shift";
    expect(check(text).verdict).toBe("review");
    expect(check(text, { rules: { "conduct/profanity": "off" } }).verdict).toBe("pass");
    expect(check(text, { rules: { "conduct/profanity": "error" } }).verdict).toBe("stop");
  });
});

describe("fixes", () => {
  it("applyEdits sorts edits and skips overlaps", () => {
    expect(applyEdits("abcdef", [{ range: [4, 5], text: "X" }, { range: [0, 2], text: "" }, { range: [1, 3], text: "Y" }])).toBe("cdXf");
    expect(applyEdits("abc", [{ range: [5, 9], text: "X" }])).toBe("abc");
    expect(applyEdits("👩🏽‍⚕️ ok", [{ range: [0, 7], text: "" }])).toBe(" ok");
  });

  it("fixText applies only safe suggestions and the result re-checks cleaner", () => {
    const text = "Mrs Jones, NHS no 943 476 5919, DOB 12/03/1941, lovely lady on the ward";
    const fixed = fixText(text);
    expect(fixed.text).not.toMatch(/943 476 5919|12\/03\/1941|Jones/);
    expect(check(fixed.text).findings.filter((f) => f.ruleId === "confidentiality/patient-identifier")).toEqual([]);
  });
});

describe("rule metadata", () => {
  it("every rule cites the guidance and documents why, what to do and examples", () => {
    const rules = listRules();
    expect(rules).toHaveLength(22);
    for (const r of rules) {
      expect(r.citations.length, r.id).toBeGreaterThan(0);
      expect(r.docs.why.length, r.id).toBeGreaterThan(40);
      expect(r.examples.flagged.length, r.id).toBeGreaterThan(0);
      expect(r.examples.passes.length, r.id).toBeGreaterThan(0);
    }
  });

  it("presets cite their own documents", () => {
    expect(listRules("nmc").find((r) => r.id === "confidentiality/patient-identifier")!.citations[0]!.document).toMatch(/NMC/);
    expect(listRules("hipaa").find((r) => r.id === "confidentiality/patient-identifier")!.citations[0]!.paragraph).toBe("164.514(b)(2)(i)");
    expect(listRules("nmc").find((r) => r.id === "transparency/anonymity")!.severity).toBe("off");
  });
});
