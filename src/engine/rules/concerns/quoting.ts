// Whether a span sits inside quotation marks on its line, with single quotes closed as well as opened
// ("IT say it's 'user error'. Posting here because..." leaves "Posting here" outside the quote).
import type { Analysis } from "../../analysis";

const LOOKBACK = 400;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

export function insideQuotes(a: Analysis, span: { start: number; end: number }): boolean {
  const text = a.text;
  let lineStart = span.start;
  const limit = Math.max(0, span.start - LOOKBACK);
  while (lineStart > limit && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let double = 0;
  let single = 0;
  for (let i = lineStart; i < span.start; i++) {
    const c = text[i]!;
    if (c === "\u201c" || c === "\u00ab") double++;
    else if (c === "\u201d" || c === "\u00bb") double = Math.max(0, double - 1);
    else if (c === '"') double = double > 0 ? double - 1 : 1;
    else if (c === "'" || c === "\u2018" || c === "\u2019") {
      const before = isWordChar(text.charCodeAt(i - 1));
      const after = isWordChar(text.charCodeAt(i + 1));
      if (!before && after) single++;
      else if (before && !after && single > 0) single--;
    }
  }
  if (double > 0 || single > 0) return true;
  const b = text[span.start - 1];
  const e = text[span.end];
  return (b === "'" || b === "\u2018") && (e === "'" || e === "\u2019");
}
