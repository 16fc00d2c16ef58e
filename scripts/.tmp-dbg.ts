import { check } from "/work/main/src/engine";
const t = process.argv[2]!;
const r = check(t, { explain: true } as any);
for (const f of r.findings) console.log(f.ruleId, f.severity, JSON.stringify(f.excerpt), f.message, JSON.stringify((f as any).explanation ?? ""));
