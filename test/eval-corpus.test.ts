// Every labelled corpus in eval/ keeps the line format of eval/README.md (ids, verdicts, known rule
// ids), so `npm run eval` scores what its authors meant. Only the format is checked here: scores are
// the eval script's job, and the holdout's labels are never read by a test.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const corpora = readdirSync("eval").filter((f) => f.endsWith(".jsonl"));

describe("evaluation corpora", () => {
  it("there are corpora to check", () => expect(corpora.length).toBeGreaterThanOrEqual(3));
  for (const file of corpora) {
    it(`eval/${file} is well formed`, () => {
      // throws (with the validator's report) on a non-zero exit
      execFileSync(process.execPath, ["scripts/validate-corpus.mjs", `eval/${file}`], { encoding: "utf8" });
    });
  }
});
