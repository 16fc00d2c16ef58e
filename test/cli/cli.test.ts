// The CLI as a user runs it: the built ./bin/scrubs, real stdin/stdout, real exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { postTheModelFinds, postTheModelRaises } from "../support/second-opinion-posts";

const BIN = resolve(__dirname, "../../bin/scrubs");
function run(args: string[], input?: string | Buffer, cwd?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("scrubs check", () => {
  it("a benign post passes with exit code 0", () => {
    const r = run(["check", "Flu jabs are open at the practice this week: book online or call reception."]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Ready to post/);
  });

  it("an identifying post is stopped, with the underline, the citation and the fix", () => {
    const r = run(["check", "Pt in bay 4, NHS no 943 476 5919, still waiting for a bed"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Do not post/);
    expect(r.out).toMatch(/\^{12}/);
    expect(r.out).toMatch(/Doctors' use of social media ¶14/);
    expect(r.out).toMatch(/Remove the NHS number/);
  });

  it("reads the post from stdin", () => {
    const r = run(["check"], "Our favourite frequent flyer is back in majors again tonight 🙄");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/respect\/patients/);
  });

  it("--format json prints one Report", () => {
    const r = run(["check", "--format", "json", "Mrs Jones on Ward 7 at Derriford keeps pulling her cannula out"]);
    const report = JSON.parse(r.out);
    expect(report.verdict).toBe("stop");
    expect(report.findings[0]).toMatchObject({ ruleId: "confidentiality/patient-identifier", range: [0, 9], excerpt: "Mrs Jones" });
  });

  it("--format jsonl streams one line per input in order, and a malformed line doesn't stop the rest", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Lovely sunny day for a run 🏃" }),
      "{not json",
      JSON.stringify({ id: "b", text: "NHS no 943 476 5919" }),
      JSON.stringify({ id: "c", text: 42 }),
      JSON.stringify({ id: "d", text: "As a doctor, I think this is wrong", context: { profile: { displayName: "ScrubsAndRubs", bio: "NHS doctor" } } }),
      JSON.stringify({ id: "e", text: "hello", context: { presset: "gmc" } }),
    ].join("\n") + "\n";
    const r = run(["check", "--format", "jsonl"], input);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", null, "b", "c", "d", "e"]);
    expect(lines[0].verdict).toBe("pass");
    expect(lines[1].error).toMatch(/malformed JSON/);
    expect(lines[2].verdict).toBe("stop");
    expect(lines[3].error).toMatch(/"text" must be a string/);
    expect(lines[4].findings.some((f: { ruleId: string }) => f.ruleId === "transparency/anonymity")).toBe(true);
    expect(lines[5].error).toMatch(/unknown key "presset"/);
    expect(r.code).toBe(2);
  });

  it("--format sarif is valid SARIF 2.1.0 with rule metadata and fixes", () => {
    const r = run(["check", "--format", "sarif", "Pt in bay 4, NHS no 943 476 5919"]);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe("2.1.0");
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "confidentiality/patient-identifier");
    expect(result).toMatchObject({ level: "error", message: { text: "This NHS number identifies a patient." } });
    expect(result.locations[0].physicalLocation.region).toMatchObject({ charOffset: 20, charLength: 12, startLine: 1, startColumn: 21 });
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain("confidentiality/patient-identifier");
    expect(result.fixes[0].artifactChanges[0].replacements.length).toBeGreaterThan(0);
  });

  it("says when the second opinion raised a warning to an error, and --no-second-opinion leaves the rules alone", () => {
    const text = postTheModelRaises();
    const raised = run(["check", text]);
    expect(raised.out).toMatch(/Do not post/);
    expect(raised.out).toMatch(/raised from warning by the second opinion: .*most of all /);
    const alone = run(["check", "--no-second-opinion", "--format", "json", text]);
    expect(alone.code).toBe(1);
    expect(JSON.parse(alone.out)).toMatchObject({ verdict: "review" });
    expect(alone.out).not.toContain('"raised"');
  });

  it("says when the second opinion found a breach no rule matched; SARIF keeps it, without an edit to apply", () => {
    const text = postTheModelFinds();
    const found = run(["check", text]);
    expect(found.out).toMatch(/Do not post/);
    expect(found.out).toMatch(/No rule matched this exactly, but the second opinion reads it as a likely breach/);
    expect(found.out).toMatch(/found by the second opinion, not by a rule: most of all /);
    const sarif = JSON.parse(run(["check", "--format", "sarif", text]).out);
    const result = sarif.runs[0].results.find((x: { properties: { found?: unknown } }) => x.properties.found);
    expect(result.level).toBe("error");
    expect(result.fixes).toBeUndefined();
    const alone = run(["check", "--no-second-opinion", "--format", "json", text]);
    expect(JSON.parse(alone.out)).toMatchObject({ verdict: "pass" });
  });

  it("usage errors exit 2 with a clear message", () => {
    expect(run(["check", "--preset", "cqc", "hi"])).toMatchObject({ code: 2 });
    expect(run(["check", "--preset", "cqc", "hi"]).err).toMatch(/--preset must be one of gmc, nmc, hipaa/);
    expect(run(["frobnicate"]).code).toBe(2);
    expect(run(["check", "--bogus", "x"]).code).toBe(2);
    expect(run(["explain", "no/such-rule"]).err).toMatch(/unknown rule/);
  });

  it("binary garbage on stdin gets a clear result, not a crash", () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const r = run(["check", "--format", "json"], bytes);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.out).verdict).toMatch(/pass|review|stop/);
  });

  it("a config file is validated and names the bad key", () => {
    const dir = mkdtempSync(join(tmpdir(), "scrubs-cfg-"));
    writeFileSync(join(dir, "scrubs.config.json"), JSON.stringify({ preset: "gmc", rulez: {} }));
    const r = run(["check", "hello"], undefined, dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown key "rulez"/);
    writeFileSync(join(dir, "scrubs.config.json"), "{ not json");
    expect(run(["check", "hello"], undefined, dir).err).toMatch(/not valid JSON/);
    writeFileSync(join(dir, "scrubs.config.json"), JSON.stringify({ rules: { "conduct/profanity": "off" } }));
    expect(run(["check", "What a sh*t shift"], undefined, dir).code).toBe(0);
  });
});

describe("scrubs fix, rules, explain", () => {
  it("fix prints the post with safe edits applied and keeps everything else", () => {
    const r = run(["fix", "61yo retired vicar from Mevagissey with motor neurone disease came in last night. So sad."]);
    expect(r.out.trim()).toBe("60-something retired vicar from a village with motor neurone disease came in. So sad.");
  });

  it("rules lists every rule with its citation", () => {
    const r = run(["rules"]);
    expect(r.code).toBe(0);
    expect(r.out.match(/^\S+\/\S+/gm)?.length).toBe(22);
    expect(r.out).toMatch(/Doctors' use of social media ¶13/);
  });

  it("explain prints the why, the fix and the examples", () => {
    const r = run(["explain", "confidentiality/jigsaw"]);
    expect(r.out).toMatch(/Why/);
    expect(r.out).toMatch(/Mevagissey/);
    expect(r.out).toMatch(/¶13/);
  });

  it("a closed pipe is not an error", () => {
    const r = spawnSync("bash", ["-c", `node ${BIN} rules | head -1`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
  });
});
