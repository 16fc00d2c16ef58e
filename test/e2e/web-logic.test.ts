// Unit tests of the web app's pure helpers (no browser): highlight segments, range mapping across
// edits, platform character counts, stored-settings validation, privacy review reminders.
import { describe, expect, it } from "vitest";
import { diffText, findingKeys, mapRange, segments, textHash } from "../../web/highlight";
import { countFor } from "../../web/counter";
import { sanitizeSettings, DEFAULT_SETTINGS } from "../../web/store";
import { reviewStatus } from "../../web/privacy-data";
import { WarmUp, warmUpTexts } from "../../web/warmup";
import type { Finding } from "../../src/engine/types";

const f = (start: number, end: number, severity: Finding["severity"] = "error", ruleId = "r/x", message = "m"): Finding => ({
  ruleId, severity, message, range: [start, end], excerpt: "", citations: [],
});

describe("segments", () => {
  it("splits overlapping ranges and takes the worst severity", () => {
    const segs = segments(10, [f(2, 6, "warning"), f(4, 8, "error")]);
    expect(segs.map((s) => [s.start, s.end, s.severity ?? null, s.findings])).toEqual([
      [0, 2, null, []],
      [2, 4, "warning", [0]],
      [4, 6, "error", [0, 1]],
      [6, 8, "error", [1]],
      [8, 10, null, []],
    ]);
  });
  it("clamps out-of-range findings and skips empty ones", () => {
    expect(segments(3, [f(0, 0), f(2, 99)]).map((s) => [s.start, s.end])).toEqual([[0, 2], [2, 3]]);
  });
});

describe("mapRange across an edit", () => {
  it("shifts ranges after an insertion and keeps those before", () => {
    const c = diffText("abc NHS def", "abXc NHS def");
    expect(mapRange([4, 7], c)).toEqual([5, 8]);
    expect(mapRange([0, 1], c)).toEqual([0, 1]);
  });
  it("does not grow a range when typing right after or right before it", () => {
    expect(mapRange([0, 3], diffText("abc", "abcX"))).toEqual([0, 3]);
    expect(mapRange([1, 3], diffText("abc", "aXbc"))).toEqual([2, 4]);
  });
  it("stretches a range the edit falls inside", () => {
    expect(mapRange([0, 5], diffText("hello", "heXXllo"))).toEqual([0, 7]);
    expect(mapRange([2, 4], diffText("abcdef", "af"))).toEqual([1, 1]);
  });
  it("handles surrogate pairs as plain UTF-16 units", () => {
    const c = diffText("a😀b", "a😀xb");
    expect(mapRange([3, 4], c)).toEqual([4, 5]);
  });
});

describe("findingKeys", () => {
  it("ignores ranges and numbers repeats", () => {
    const k1 = findingKeys([f(0, 1), f(5, 6), f(7, 8, "error", "r/y")]);
    const k2 = findingKeys([f(3, 4), f(9, 10), f(11, 12, "error", "r/y")]);
    expect(k1).toEqual(k2);
    expect(new Set(k1).size).toBe(3);
  });
  it("hashes text deterministically", () => {
    expect(textHash("abc")).toBe(textHash("abc"));
    expect(textHash("abc")).not.toBe(textHash("abd"));
  });
});

describe("character counters", () => {
  it("counts X links as 23 and emoji as 2", () => {
    expect(countFor("x", "hi https://example.com/a/very/long/path")).toBe(3 + 23);
    expect(countFor("x", "👍🏽")).toBe(2);
  });
  it("counts Bluesky in graphemes", () => {
    expect(countFor("bluesky", "👩‍⚕️ ok")).toBe(4);
    expect(countFor("linkedin", "é")).toBe(1);
  });
});

describe("stored settings", () => {
  it("falls back field by field on malformed data", () => {
    const s = sanitizeSettings({ audience: "everyone", platform: "linkedin", profile: { displayName: 4, bio: "GP" }, declaredInterests: ["Acme", 3, " "], privacy: { periodDays: 7, reviewed: { x: "2024-01-02", facebook: "yesterday" } } });
    expect(s.audience).toBe(DEFAULT_SETTINGS.audience);
    expect(s.platform).toBe("linkedin");
    expect(s.profile).toEqual({ displayName: "", bio: "GP" });
    expect(s.declaredInterests).toEqual(["Acme"]);
    expect(s.privacy).toEqual({ periodDays: 90, reviewed: { x: "2024-01-02" } });
  });
  it("reminds when a review is older than the chosen period", () => {
    const now = new Date(2025, 5, 30);
    expect(reviewStatus(undefined, 90, now)).toBe("never");
    expect(reviewStatus("2025-05-01", 90, now)).toBe("ok");
    expect(reviewStatus("2025-01-01", 90, now)).toBe("due");
  });
});

describe("idle-time warm-up of the engine worker", () => {
  it("joins worked examples into posts of about the typing length, using each once", () => {
    const texts = warmUpTexts(["a".repeat(100), "b".repeat(100), "c".repeat(100), "d".repeat(50)], 200);
    expect(texts.map((t) => t.length)).toEqual([202, 152]);
    expect(texts.join("\n\n").split("\n\n")).toHaveLength(4);
  });
  it("checks one text per task, only while nobody has asked for anything for a while", () => {
    let clock = 0;
    const queue: { at: number; fn: () => void }[] = [];
    const ran: string[] = [];
    const warm = new WarmUp(["one", "two", "three"], (t) => ran.push(t), {
      quietMs: 100,
      now: () => clock,
      later: (fn, ms) => void queue.push({ at: clock + ms, fn }),
    });
    const runDue = () => {
      queue.sort((x, y) => x.at - y.at);
      const job = queue.shift()!;
      clock = Math.max(clock, job.at);
      job.fn();
    };
    warm.touch(); // the first real check
    warm.start();
    runDue(); // too soon after the request: postponed, nothing checked
    expect(ran).toEqual([]);
    runDue();
    expect(ran).toEqual(["one"]);
    clock += 10;
    warm.touch(); // the user types: the next step waits again
    runDue();
    expect(ran).toEqual(["one"]);
    while (queue.length) runDue();
    expect(ran).toEqual(["one", "two", "three"]);
    expect(warm.remaining).toBe(0);
  });
});
