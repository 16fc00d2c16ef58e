// `scrubs image` and `scrubs clean`: thin wrappers over src/media. Loaded lazily so checking text never
// pays for the image stack (OCR, decoders) at start-up.
import type { CheckOptions, Finding } from "../engine";
import { colourEnabled, painter, SEVERITY_STYLE } from "./colour";
import { UsageError } from "./io";

interface MediaValues {
  format?: string;
  output?: string;
  overwrite?: boolean;
  "no-color"?: boolean;
}

function describeLocation(f: Finding): string {
  const img = f.image;
  if (!img) return "";
  const box = img.box ? ` at (${img.box.x},${img.box.y}) ${img.box.width}×${img.box.height}px` : "";
  return ` [${img.source}${img.field ? `: ${img.field}` : ""}${box}]`;
}

export async function runMediaCommand(command: "image" | "clean", files: string[], values: MediaValues, options: CheckOptions): Promise<number> {
  const media = await import("../media/node/index.js");
  try {
    if (command === "clean") {
      if (files.length !== 1) throw new UsageError("scrubs clean takes one input file: scrubs clean IN [-o OUT] [--overwrite]");
      const r = await media.cleanImageFile(files[0]!, values.output, { overwrite: values.overwrite === true });
      if (values.format === "json") process.stdout.write(JSON.stringify({ in: r.inPath, out: r.outPath, removed: r.removed, bytesBefore: r.bytesBefore, bytesAfter: r.bytesAfter }) + "\n");
      else process.stdout.write(`${r.outPath}: removed ${r.removed.length ? r.removed.join(", ") : "nothing (no metadata found)"} (${r.bytesBefore} → ${r.bytesAfter} bytes); pixels untouched\n`);
      return 0;
    }
    if (files.length === 0) throw new UsageError("scrubs image needs at least one file");
    const format = values.format ?? "human";
    if (format !== "human" && format !== "json") throw new UsageError(`--format for images must be human or json (got "${format}")`);
    const p = painter(!values["no-color"] && colourEnabled(process.stdout));
    let code = 0;
    for (const file of files) {
      // Faces cost about a second a photo; worth it before posting (a patient's face is the
      // commonest identifier in clinical photos), so the CLI looks for them.
      const report = await media.checkImageFile(file, { ...options, faces: true });
      if (report.verdict !== "pass") code = Math.max(code, 1);
      if (format === "json") { process.stdout.write(JSON.stringify(report) + "\n"); continue; }
      process.stdout.write(`${p("bold", file)}: ${report.verdict} (seriousness ${report.score}/100)\n`);
      for (const f of report.findings) {
        process.stdout.write(`  ${p(SEVERITY_STYLE[f.severity], f.severity)} ${f.message}${p("dim", describeLocation(f))} ${p("dim", f.ruleId)}\n`);
        const c = f.citations[0];
        if (c) process.stdout.write(p("dim", `    ${c.document} ¶${c.paragraph}: “${c.text}”\n`));
      }
      for (const s of report.skipped ?? []) process.stdout.write(p("dim", `  (${s.step} skipped: ${s.reason})\n`));
    }
    return code;
  } finally {
    await media.shutdownMedia?.();
  }
}
