// Applying suggestion edits. One pure function serves the CLI's `fix`, the web app's one-click apply
// and tests: edits are sorted, overlapping ones are skipped (first wins), and ranges are UTF-16.
import type { Edit } from "./types";

export function applyEdits(text: string, edits: readonly Edit[]): string {
  const valid = edits
    .filter((e) => e.range[0] >= 0 && e.range[1] >= e.range[0] && e.range[1] <= text.length)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.range[0] - b.e.range[0] || a.e.range[1] - b.e.range[1] || a.i - b.i);
  let out = "";
  let cursor = 0;
  for (const { e } of valid) {
    if (e.range[0] < cursor) continue; // overlaps an edit already applied
    out += text.slice(cursor, e.range[0]) + e.text;
    cursor = e.range[1];
  }
  return out + text.slice(cursor);
}
