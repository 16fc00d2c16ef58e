// Whether a span sits inside quotation marks: the engine's own reading (Analysis.isQuoted), which
// closes single quotes as well as opening them.
import type { Analysis } from "../../analysis";

export function insideQuotes(a: Analysis, span: { start: number; end: number }): boolean {
  return a.isQuoted(span);
}
