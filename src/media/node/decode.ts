// Node-only: decoding with sharp under pixel and time limits.
import sharp, { type Sharp } from "sharp";
import { MediaError } from "../errors.js";
import type { ImageMetadata, Pixels } from "../types.js";

export interface DecodeLimits {
  /** Refuse images with more pixels than this (default 50 MP). Checked from the header first. */
  maxPixels?: number;
  /** Give up decoding after this many seconds (default 15). */
  timeoutSeconds?: number;
}

export const DEFAULT_MAX_PIXELS = 50_000_000;

export function checkDimensions(md: Pick<ImageMetadata, "width" | "height">, limits: DecodeLimits = {}): void {
  const max = limits.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (md.width && md.height && md.width * md.height > max) {
    throw new MediaError("too-large", `image is ${md.width}x${md.height} (${((md.width * md.height) / 1e6).toFixed(1)} MP), over the ${(max / 1e6).toFixed(0)} MP limit`);
  }
}

export function pipeline(bytes: Uint8Array, limits: DecodeLimits = {}): Sharp {
  return sharp(bytes, { limitInputPixels: limits.maxPixels ?? DEFAULT_MAX_PIXELS, failOn: "error", sequentialRead: true })
    .timeout({ seconds: limits.timeoutSeconds ?? 15 })
    .rotate(); // apply EXIF orientation: boxes are in the displayed frame
}

export async function run<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (/timeout/i.test(msg)) throw new MediaError("timeout", `decoding timed out: ${msg}`, { cause: e });
    if (/pixel limit/i.test(msg)) throw new MediaError("too-large", `image is over the pixel limit: ${msg}`, { cause: e });
    if (/unsupported image format|Input buffer contains unsupported/i.test(msg)) throw new MediaError("unsupported", `cannot decode this image: ${msg}`, { cause: e });
    throw new MediaError("decode-failed", `cannot decode this image: ${msg}`, { cause: e });
  }
}

/** Decode to RGB, downscaled so the long side is at most `maxSide` (for pixel heuristics). */
export async function decodeSmall(bytes: Uint8Array, maxSide = 512, limits: DecodeLimits = {}): Promise<Pixels> {
  const { data, info } = await run(
    pipeline(bytes, limits).resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true }).removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true }),
  );
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels };
}

/** Width and height as displayed (after EXIF rotation), from the header only. */
export async function displayedSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const m = await run(sharp(bytes).metadata());
  if (!m.width || !m.height) throw new MediaError("decode-failed", "image has no dimensions");
  const rotated = (m.orientation ?? 1) >= 5;
  return { width: rotated ? m.height : m.width, height: rotated ? m.width : m.height };
}
