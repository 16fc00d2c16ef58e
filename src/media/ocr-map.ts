// OCR words → a text the engine can check, and text ranges → image boxes. Browser-safe.
import type { Box } from "../engine/types.js";
import type { OcrWord } from "./types.js";

export interface OcrText {
  text: string;
  /** [start, end) of each word in `text`, parallel to the words. */
  spans: [number, number][];
  words: OcrWord[];
}

/** Join words with spaces, lines with newlines (offsets are in UTF-16 code units). */
export function ocrText(words: OcrWord[]): OcrText {
  let text = "";
  const spans: [number, number][] = [];
  let line = words[0]?.line ?? 0;
  words.forEach((w, i) => {
    if (i > 0) text += w.line !== line ? "\n" : " ";
    line = w.line;
    spans.push([text.length, text.length + w.text.length]);
    text += w.text;
  });
  return { text, spans, words };
}

/** The union of the boxes of the words overlapping [start, end). */
export function boxFor(t: OcrText, start: number, end: number): Box | undefined {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  t.spans.forEach(([s, e], i) => {
    if (s < end && start < e) {
      const b = t.words[i]!.box;
      x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
    }
  });
  return x0 === Infinity ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
