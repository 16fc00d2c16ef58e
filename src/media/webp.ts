// WebP (RIFF): keep the image chunks, drop EXIF/XMP/unknown chunks, fix the VP8X flags and the
// RIFF size. Browser-safe.
import { ascii, assemble, pushSlice, text, u32le } from "./bytes.js";
import { MediaError } from "./errors.js";
import { orientationExif, readExif, TiffView } from "./tiff.js";
import type { ImageMetadata, StripResult } from "./types.js";
import { readXmp } from "./xmp.js";

interface Chunk { fourcc: string; offset: number; data: number; size: number; end: number }
const KEEP = new Set(["VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"]);

function walk(b: Uint8Array, on: (c: Chunk) => void): void {
  if (b.length < 12 || ascii(b, 0, 4) !== "RIFF" || ascii(b, 8, 12) !== "WEBP") throw new MediaError("corrupt", "not a WebP file");
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length) throw new MediaError("truncated", `WebP RIFF size ${riffEnd} exceeds the file (${b.length} bytes)`);
  let o = 12;
  let n = 0;
  while (o + 8 <= riffEnd) {
    const fourcc = ascii(b, o, o + 4);
    const size = u32le(b, o + 4);
    const end = o + 8 + size + (size & 1);
    if (o + 8 + size > riffEnd) throw new MediaError("truncated", `WebP chunk ${fourcc.trim()} at byte ${o} runs past the end`);
    on({ fourcc, offset: o, data: o + 8, size, end: Math.min(end, riffEnd) });
    o = end;
    if (++n > 1e6) throw new MediaError("corrupt", "WebP has too many chunks");
  }
  if (n === 0) throw new MediaError("corrupt", "WebP has no chunks");
}

/** TIFF start inside an EXIF chunk (some writers prefix "Exif\0\0"). */
function exifStart(b: Uint8Array, c: Chunk): number {
  return ascii(b, c.data, c.data + 4) === "Exif" ? c.data + 6 : c.data;
}

export function readWebp(b: Uint8Array): ImageMetadata {
  const md: ImageMetadata = { format: "webp", items: [], blocks: [] };
  walk(b, (c) => {
    const d = c.data;
    if (c.fourcc === "VP8X" && c.size >= 10) {
      md.width = 1 + (b[d + 4]! | (b[d + 5]! << 8) | (b[d + 6]! << 16));
      md.height = 1 + (b[d + 7]! | (b[d + 8]! << 8) | (b[d + 9]! << 16));
    } else if (c.fourcc === "VP8 " && c.size >= 10 && md.width === undefined) {
      md.width = (b[d + 6]! | (b[d + 7]! << 8)) & 0x3fff;
      md.height = (b[d + 8]! | (b[d + 9]! << 8)) & 0x3fff;
    } else if (c.fourcc === "VP8L" && c.size >= 5 && md.width === undefined) {
      const bits = u32le(b, d + 1);
      md.width = (bits & 0x3fff) + 1;
      md.height = ((bits >>> 14) & 0x3fff) + 1;
    }
    if (KEEP.has(c.fourcc)) return;
    md.blocks.push({ name: c.fourcc.trim(), offset: c.offset, length: c.end - c.offset });
    if (c.fourcc === "EXIF") {
      try {
        const ex = readExif(new TiffView(b, exifStart(b, c), d + c.size));
        md.items.push(...ex.items);
        if (ex.gps && !md.gps) md.gps = ex.gps;
        if (ex.orientation) md.orientation = ex.orientation;
      } catch (e) {
        md.items.push({ kind: "other", field: "EXIF", value: `unreadable EXIF (${(e as Error).message})`, container: "WebP EXIF" });
      }
    } else if (c.fourcc === "XMP ") {
      const x = readXmp(text(b, d, d + c.size));
      md.items.push(...x.items);
      if (x.gps && !md.gps) md.gps = x.gps;
    } else {
      md.items.push({ kind: "other", field: `WebP ${c.fourcc.trim()} chunk`, value: `${c.size} bytes`, container: "WebP" });
    }
  });
  return md;
}

export function stripWebp(b: Uint8Array, opts: { keepOrientation?: boolean } = {}): StripResult {
  const parts: (readonly [number, number] | Uint8Array)[] = [];
  const removed: string[] = [];
  let orientation: number | undefined;
  let vp8x: Chunk | undefined;
  let last = 12;
  walk(b, (c) => {
    if (c.fourcc === "VP8X") vp8x = c;
    if (KEEP.has(c.fourcc)) return;
    if (c.fourcc === "EXIF" && orientation === undefined) {
      try {
        const ex = readExif(new TiffView(b, exifStart(b, c), c.data + c.size));
        if (ex.orientation && ex.orientation !== 1) orientation = ex.orientation;
      } catch {
        /* ignore */
      }
    }
    pushSlice(parts, last, c.offset);
    removed.push(`${c.fourcc.trim()} (${c.end - c.offset} bytes)`);
    last = c.end;
  });
  pushSlice(parts, last, 8 + u32le(b, 4));
  const keep = (opts.keepOrientation ?? true) && orientation !== undefined && vp8x !== undefined;
  if (keep) {
    const tiff = orientationExif(orientation!);
    const chunk = new Uint8Array(8 + tiff.length);
    chunk.set([0x45, 0x58, 0x49, 0x46, tiff.length, 0, 0, 0]);
    chunk.set(tiff, 8);
    parts.push(chunk);
  }
  const body = assemble(b, parts);
  const out = new Uint8Array(12 + body.length);
  out.set(b.subarray(0, 12));
  out.set(body, 12);
  const size = out.length - 8;
  out[4] = size & 255; out[5] = (size >>> 8) & 255; out[6] = (size >>> 16) & 255; out[7] = size >>> 24;
  if (vp8x && vp8x.offset === 12) {
    // find VP8X in the output (it precedes every removed chunk, so its offset is unchanged)
    const f = vp8x.data;
    out[f] = (out[f]! & ~0x0c) | (keep ? 0x08 : 0);
  }
  const res: StripResult = { bytes: out, removed, warnings: [] };
  if (orientation) {
    if (keep) res.orientation = orientation;
    else res.warnings.push(`EXIF orientation ${orientation} removed: the image will appear rotated or flipped`);
  }
  return res;
}
