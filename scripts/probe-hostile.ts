// Probe: npx tsx scripts/probe-hostile.ts "TEXT" ["TEXT"...] prints the findings of the hostile rules and the tokens.
import { check, analyse } from "../src/engine/check";
const RULES = new Set(["conduct/threat", "legal/defamation", "conduct/discrimination", "conduct/sexual"]);
for (const text of process.argv.slice(2)) {
  console.log(">>", text);
  if (process.env.TOK) console.log(analyse(text).tokens.map((t) => `${t.norm}/${t.kind}`).join(" "));
  for (const f of check(text).findings as any[]) if (RULES.has(f.ruleId) || process.env.ALL) console.log("  ", f.ruleId, f.severity, f.messageId ?? "", JSON.stringify(f.excerpt ?? ""), f.confidence?.toFixed?.(2));
}
