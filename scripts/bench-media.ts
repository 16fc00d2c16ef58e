// Media benchmarks: metadata report and lossless strip of a 12 MP JPEG (target < 50 ms each) and
// OCR of a 1000x600 wristband-style screenshot (target < 3 s). Run: npx tsx scripts/bench-media.ts
import sharp from "sharp";
import { readMetadata, stripMetadata } from "../src/media/metadata.js";
import { ocrWords, shutdownOcr } from "../src/media/node/ocr.js";
import { walkJpeg } from "../src/media/jpeg.js";
import { insertSegments, loadedJpeg, wristband } from "../test/media/helpers.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time<T>(n: number, f: () => T | Promise<T>): Promise<{ median: number; max: number }> {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    ts.push(performance.now() - t);
  }
  return { median: median(ts), max: Math.max(...ts) };
}

const W = 4000, H = 3000;
const raw = new Uint8Array(W * H * 3);
let s = 7;
for (let i = 0; i < raw.length; i++) {
  s = (s * 1103515245 + 12345) & 0x7fffffff;
  raw[i] = ((i % (W * 3)) / 12 + Math.floor(i / (W * 3)) / 9 + (s & 31)) & 255;
}
const base = new Uint8Array(await sharp(raw, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 90 }).toBuffer());
// reuse the test fixture's metadata segments on the big image
const { bytes: small } = await loadedJpeg();
const segs: Uint8Array[] = [];
walkJpeg(small, (g) => {
  if ((g.marker >= 0xe1 && g.marker <= 0xef) || g.marker === 0xfe) segs.push(small.slice(g.offset, g.end));
});
const big = insertSegments(base, ...segs);
const md = readMetadata(big);
console.log(`12 MP JPEG: ${(big.length / 1e6).toFixed(1)} MB, ${md.width}x${md.height}, ${md.items.length} metadata items, ${md.blocks.length} blocks`);
const r = await time(30, () => readMetadata(big));
console.log(`metadata report: median ${r.median.toFixed(2)} ms, max ${r.max.toFixed(2)} ms (target < 50 ms)`);
const st = await time(30, () => stripMetadata(big));
console.log(`lossless strip:  median ${st.median.toFixed(2)} ms, max ${st.max.toFixed(2)} ms (target < 50 ms)`);

const label = await wristband();
let t = performance.now();
const first = await ocrWords(label);
const cold = performance.now() - t;
const warm = await time(3, () => ocrWords(label));
console.log(`OCR 1000x600 wristband: cold ${cold.toFixed(0)} ms (incl. worker + model load), warm median ${warm.median.toFixed(0)} ms (target < 3000 ms)`);
console.log(`  words: ${first.words.map((w) => w.text).join(" ")}`);
t = performance.now();
await shutdownOcr();
