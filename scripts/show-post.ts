// What the engine finds in development posts, by id: npx tsx scripts/show-post.ts [--explain] dev9-0051 [dev9-0080 ...]
// Prints each finding's rule, severity, excerpt and message, and the post's labels. Refuses holdout
// posts: nobody reads the holdout's failures.
import { check } from "../src/engine/check";
import { load, normaliseContext } from "./eval";

const EXPLAIN = process.argv.includes("--explain");
for (const id of process.argv.slice(2).filter((x) => !x.startsWith("--"))) {
  const set = id.replace(/-\d+$/, "");
  if (set === "holdout") throw new Error("holdout posts are not shown");
  const post = load(`eval/${set}.jsonl`).find((p) => p.id === id);
  if (!post) { console.log(`${id}: no such post`); continue; }
  const report = check(post.text, { context: normaliseContext(post.context as Record<string, unknown> | undefined), explain: EXPLAIN });
  console.log(`\n== ${id} expected ${post.expect.verdict} ${post.expect.rules.join(",") || "-"}; got ${report.verdict}`);
  console.log(post.text);
  for (const f of report.findings) {
    console.log(`  ${f.severity.padEnd(7)} ${f.ruleId} "${f.excerpt}" — ${f.message}`);
    if (EXPLAIN) console.log(`          ${JSON.stringify(f.explanation)}`);
  }
}
