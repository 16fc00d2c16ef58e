// Node-only: OCR with tesseract.js, fully offline. The English model comes from the
// @tesseract.js-data/eng package (langPath = its folder, gzip), the cache goes to a temp dir, and
// no URL is ever fetched. One worker per process, created lazily; call shutdownOcr() to exit.
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { existsSync, mkdirSync } from "node:fs";
import { createWorker, OEM, type Worker } from "tesseract.js";
import { MediaError } from "../errors.js";
import type { OcrWord } from "../types.js";
import { displayedSize, pipeline, run, type DecodeLimits } from "./decode.js";

const require = createRequire(import.meta.url);

/** Folder holding eng.traineddata.gz (LSTM "best_int" model, which OEM.LSTM_ONLY uses). */
export function engLangPath(): string {
  const pkgDir = dirname(require.resolve("@tesseract.js-data/eng/package.json"));
  for (const sub of ["4.0.0_best_int", "4.0.0"]) {
    const dir = join(pkgDir, sub);
    if (existsSync(join(dir, "eng.traineddata.gz"))) return dir;
  }
  throw new MediaError("io", `no eng.traineddata.gz under ${pkgDir}`);
}

let worker: Promise<Worker> | null = null;

function getWorker(): Promise<Worker> {
  if (!worker) {
    const cachePath = join(tmpdir(), "scrubs-tesseract-cache");
    mkdirSync(cachePath, { recursive: true });
    worker = createWorker("eng", OEM.LSTM_ONLY, {
      langPath: engLangPath(),
      gzip: true,
      cachePath,
      logger: () => {},
      errorHandler: () => {},
    }).then(async (w) => {
      // Screenshots and phone photos carry no (or a bogus) DPI; saying 300 keeps Tesseract from
      // guessing and from printing "Invalid resolution" warnings on the user's terminal.
      await w.setParameters({ user_defined_dpi: "300" });
      return w;
    });
    worker.catch(() => { worker = null; });
  }
  return worker;
}

export async function shutdownOcr(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await (await w).terminate().catch(() => {});
}

export interface OcrOptions extends DecodeLimits {
  /** Longest side given to the recogniser (default 2400 px); boxes are scaled back. */
  maxSide?: number;
  /** Words below this confidence (0..100) are dropped (default 40). */
  minConfidence?: number;
  /** Give up after this many seconds (default 30). */
  ocrTimeoutSeconds?: number;
}

interface TWord { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }

/** Recognise words; boxes are in the displayed (EXIF-rotated) image's pixels. */
export async function ocrWords(bytes: Uint8Array, options: OcrOptions = {}): Promise<{ words: OcrWord[]; width: number; height: number }> {
  const maxSide = options.maxSide ?? 2400;
  const meta = await displayedSize(bytes);
  const scale = Math.min(1, maxSide / Math.max(meta.width, meta.height));
  const png = await run(
    pipeline(bytes, options)
      .resize({ width: Math.round(meta.width * scale), height: Math.round(meta.height * scale) })
      .greyscale()
      .png({ compressionLevel: 1 })
      .toBuffer(),
  );
  const w = await getWorker();
  const ms = (options.ocrTimeoutSeconds ?? 30) * 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MediaError("timeout", `OCR took longer than ${ms / 1000} s`)), ms);
  });
  let result;
  try {
    result = await Promise.race([w.recognize(png, {}, { blocks: true, text: false }), timeout]);
  } catch (e) {
    if (e instanceof MediaError && e.code === "timeout") await shutdownOcr();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  const min = options.minConfidence ?? 40;
  const words: OcrWord[] = [];
  let line = 0;
  for (const block of result.data.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const l of para.lines) {
        for (const wd of l.words as TWord[]) {
          const t = wd.text.trim();
          if (!t || wd.confidence < min) continue;
          const b = wd.bbox;
          words.push({
            text: t,
            confidence: wd.confidence,
            line,
            box: { x: Math.round(b.x0 / scale), y: Math.round(b.y0 / scale), width: Math.round((b.x1 - b.x0) / scale), height: Math.round((b.y1 - b.y0) / scale) },
          });
        }
        line++;
      }
    }
  }
  return { words, width: meta.width, height: meta.height };
}
