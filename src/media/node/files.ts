// Node-only: file entry points for the CLI. Reading never modifies the input; cleaning writes
// atomically (temp file in the target folder + rename) and never overwrites unless asked.
import { randomBytes } from "node:crypto";
import { open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { checkImage, type ImageCheckOptions, type ImageReport } from "../check.js";
import { MediaError } from "../errors.js";
import { readMetadata, stripMetadata, type StripOptions } from "../metadata.js";
import type { FaceBox, OcrWord, StripResult } from "../types.js";
import { checkDimensions, decodeSmall, type DecodeLimits } from "./decode.js";
import { detectFaces, type FaceOptions } from "./faces.js";
import { ocrWords, type OcrOptions } from "./ocr.js";

/** Refuse files bigger than this before reading them (default 200 MB). */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface ImageFileOptions extends Omit<ImageCheckOptions, "pixels" | "ocr" | "faces" | "metadata">, DecodeLimits {
  /** Run OCR and check the text (default true). */
  ocr?: boolean | OcrOptions;
  /** Run the face detector (default false: it takes a few seconds to load). */
  faces?: boolean | FaceOptions;
  /** Decode pixels for the radiograph heuristic (default true). */
  pixels?: boolean;
  maxBytes?: number;
}

export interface ImageFileReport extends ImageReport {
  file: string;
  /** Steps that could not run (e.g. the face detector unavailable), with why. */
  skipped?: { step: string; reason: string }[];
}

export async function readImageFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new MediaError("io", `${path} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof MediaError) throw e;
    throw new MediaError("io", `cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
  if (size > maxBytes) throw new MediaError("too-large", `${path} is ${(size / 1e6).toFixed(0)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB limit`);
  const buf = await readFile(path);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

/** Check one image file: metadata, DICOM tags, radiograph hint, OCR text, faces. */
export async function checkImageFile(path: string, options: ImageFileOptions = {}): Promise<ImageFileReport> {
  const { ocr = true, faces = false, pixels = true, maxBytes, maxPixels, timeoutSeconds, ...checkOptions } = options;
  const limits: DecodeLimits = {};
  if (maxPixels !== undefined) limits.maxPixels = maxPixels;
  if (timeoutSeconds !== undefined) limits.timeoutSeconds = timeoutSeconds;
  const bytes = await readImageFile(path, maxBytes);
  const metadata = readMetadata(bytes);
  const skipped: { step: string; reason: string }[] = [];
  const opts: ImageCheckOptions = { ...checkOptions, metadata };
  if (metadata.format !== "dicom") {
    checkDimensions(metadata, limits);
    if (pixels) opts.pixels = await decodeSmall(bytes, 512, limits);
    if (ocr) {
      const o: OcrOptions = { ...limits, ...(typeof ocr === "object" ? ocr : {}) };
      opts.ocr = (await ocrWords(bytes, o)).words satisfies OcrWord[];
    }
    if (faces) {
      try {
        opts.faces = (await detectFaces(bytes, { ...limits, ...(typeof faces === "object" ? faces : {}) })) satisfies FaceBox[];
      } catch (e) {
        if (e instanceof MediaError && e.code !== "io") throw e;
        skipped.push({ step: "faces", reason: (e as Error).message });
      }
    }
  }
  const report: ImageFileReport = { ...checkImage(bytes, opts), file: path };
  if (skipped.length) report.skipped = skipped;
  return report;
}

export interface CleanOptions extends StripOptions {
  /** Allow replacing an existing file, including the input itself (default false). */
  overwrite?: boolean;
  maxBytes?: number;
}

export interface CleanResult extends StripResult {
  inPath: string;
  outPath: string;
  bytesBefore: number;
  bytesAfter: number;
}

/** `photo.jpg` → `photo.clean.jpg`. */
export function defaultCleanPath(inPath: string): string {
  const ext = extname(inPath);
  return join(dirname(inPath), `${basename(inPath, ext)}.clean${ext}`);
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Write `bytes` to `path` atomically: temp file in the same folder, fsync, rename. */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fh = await open(tmp, "wx");
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

/**
 * Strip metadata from `inPath` into `outPath` (default `NAME.clean.EXT`). Without `overwrite`,
 * refuses to replace an existing file or the input.
 */
export async function cleanImageFile(inPath: string, outPath?: string, options: CleanOptions = {}): Promise<CleanResult> {
  const { overwrite = false, maxBytes, ...strip } = options;
  const out = outPath ?? (overwrite ? inPath : defaultCleanPath(inPath));
  const bytes = await readImageFile(inPath, maxBytes);
  if (!overwrite && (await exists(out))) {
    throw new MediaError("io", `${out} already exists (use overwrite to replace it)`);
  }
  const res = stripMetadata(bytes, strip);
  try {
    await writeAtomic(out, res.bytes);
  } catch (e) {
    throw new MediaError("io", `cannot write ${out}: ${(e as Error).message}`, { cause: e });
  }
  return { ...res, inPath, outPath: out, bytesBefore: bytes.length, bytesAfter: res.bytes.length };
}
