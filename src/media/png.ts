// PNG: chunk walk. Reading reports text/time/EXIF chunks; stripping keeps only the chunks needed
// to render the image (critical chunks, colour, transparency, animation) and copies them as-is.
// Browser-safe.
import { ascii, assemble, crc32, pushSlice, text, u32be } from "./bytes.js";
import { MediaError } from "./errors.js";
import { insertAtOffset } from "./jpeg.js";
import { orientationExif, readExif, TiffView } from "./tiff.js";
import type { ImageMetadata, MetadataItem, StripResult } from "./types.js";
import { readXmp } from "./xmp.js";

export interface Chunk { type: string; offset: number; data: number; length: number; end: number }

/** Ancillary chunks that affect rendering and carry nothing personal. */
const KEEP = new Set(["tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "hIST", "sPLT", "acTL", "fcTL", "fdAT", "cICP", "mDCV", "cLLI"]);

export function walkPng(b: Uint8Array, on: (c: Chunk) => void): { iend: number } {
  if (b.length < 8 || b[0] !== 0x89 || ascii(b, 1, 4) !== "PNG") throw new MediaError("corrupt", "not a PNG (bad signature)");
  let o = 8;
  for (let guard = 0; guard < 1e6; guard++) {
    if (o + 12 > b.length) throw new MediaError("truncated", "PNG ends before its IEND chunk");
    const length = u32be(b, o);
    const type = ascii(b, o + 4, o + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new MediaError("corrupt", `PNG chunk at byte ${o} has an invalid type`);
    const end = o + 12 + length;
    if (length > 0x7fffffff || end > b.length) throw new MediaError("truncated", `PNG chunk ${type} at byte ${o} runs past the end`);
    on({ type, offset: o, data: o + 8, length, end });
    if (type === "IEND") return { iend: end };
    o = end;
  }
  throw new MediaError("corrupt", "PNG has too many chunks");
}

function pngText(b: Uint8Array, c: Chunk): { keyword: string; value: string } {
  const d = b.subarray(c.data, c.data + c.length);
  const nul = d.indexOf(0);
  const keyword = ascii(d, 0, nul < 0 ? d.length : nul);
  if (nul < 0) return { keyword, value: "" };
  if (c.type === "tEXt") return { keyword, value: text(d, nul + 1) };
  if (c.type === "zTXt") return { keyword, value: `(compressed, ${d.length - nul - 2} bytes)` };
  // iTXt: keyword\0 compFlag compMethod lang\0 transKey\0 text
  const compressed = d[nul + 1] === 1;
  let p = nul + 3;
  const l1 = d.indexOf(0, p); p = l1 < 0 ? d.length : l1 + 1;
  const l2 = d.indexOf(0, p); p = l2 < 0 ? d.length : l2 + 1;
  return { keyword, value: compressed ? `(compressed, ${d.length - p} bytes)` : text(d, p) };
}

export function readPng(b: Uint8Array): ImageMetadata {
  const md: ImageMetadata = { format: "png", items: [], blocks: [] };
  const { iend } = walkPng(b, (c) => {
    if (c.type === "IHDR" && c.length >= 8) {
      md.width = u32be(b, c.data);
      md.height = u32be(b, c.data + 4);
    }
    if (c.type === "IHDR" || c.type === "PLTE" || c.type === "IDAT" || c.type === "IEND" || KEEP.has(c.type)) return;
    md.blocks.push({ name: c.type, offset: c.offset, length: c.end - c.offset });
    if (c.type === "tEXt" || c.type === "zTXt" || c.type === "iTXt") {
      const { keyword, value } = pngText(b, c);
      if (keyword === "XML:com.adobe.xmp") {
        const x = readXmp(value, "XMP");
        md.items.push(...x.items);
        if (x.gps && !md.gps) md.gps = x.gps;
      } else {
        const kind: MetadataItem["kind"] =
          /^(author|copyright)$/i.test(keyword) ? "owner" : /^(software|source)$/i.test(keyword) ? "software" : /^creation time$/i.test(keyword) ? "capture-time" : "text";
        md.items.push({ kind, field: `PNG ${c.type} ${keyword}`, value: value.slice(0, 200), container: `PNG ${c.type}` });
      }
    } else if (c.type === "eXIf") {
      try {
        const ex = readExif(new TiffView(b, c.data, c.data + c.length));
        md.items.push(...ex.items);
        if (ex.gps && !md.gps) md.gps = ex.gps;
        if (ex.orientation) md.orientation = ex.orientation;
      } catch (e) {
        md.items.push({ kind: "other", field: "eXIf", value: `unreadable EXIF (${(e as Error).message})`, container: "PNG eXIf" });
      }
    } else if (c.type === "tIME") {
      const d = c.data;
      const y = (b[d]! << 8) | b[d + 1]!;
      md.items.push({ kind: "capture-time", field: "PNG tIME", value: `${y}-${b[d + 2]}-${b[d + 3]} ${b[d + 4]}:${b[d + 5]}:${b[d + 6]}`, container: "PNG tIME" });
    } else if (/^[a-z]/.test(c.type)) {
      md.items.push({ kind: "other", field: `PNG ${c.type}`, value: `${c.length} bytes`, container: `PNG ${c.type}` });
    }
  });
  if (iend < b.length) {
    md.blocks.push({ name: "data after IEND", offset: iend, length: b.length - iend });
    md.items.push({ kind: "other", field: "data after end of image", value: `${b.length - iend} bytes`, container: "trailer" });
  }
  return md;
}

export function stripPng(b: Uint8Array, opts: { keepOrientation?: boolean } = {}): StripResult {
  const parts: (readonly [number, number] | Uint8Array)[] = [];
  const removed: string[] = [];
  let orientation: number | undefined;
  let firstIdat = -1;
  let last = 0;
  const { iend } = walkPng(b, (c) => {
    if (c.type === "IDAT" && firstIdat < 0) firstIdat = c.offset;
    const critical = /^[A-Z]/.test(c.type);
    if (critical || KEEP.has(c.type)) return;
    if (c.type === "eXIf" && orientation === undefined) {
      try {
        const ex = readExif(new TiffView(b, c.data, c.data + c.length));
        if (ex.orientation && ex.orientation !== 1) orientation = ex.orientation;
      } catch {
        /* ignore */
      }
    }
    pushSlice(parts, last, c.offset);
    removed.push(`${c.type} (${c.end - c.offset} bytes)`);
    last = c.end;
  });
  pushSlice(parts, last, iend);
  if (iend < b.length) removed.push(`data after IEND (${b.length - iend} bytes)`);
  const keep = opts.keepOrientation ?? true;
  if (orientation && keep && firstIdat > 0) {
    const tiff = orientationExif(orientation);
    const chunk = new Uint8Array(12 + tiff.length);
    const n = tiff.length;
    chunk.set([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255, 0x65, 0x58, 0x49, 0x66]); // eXIf
    chunk.set(tiff, 8);
    const crc = crc32(chunk, 4, 8 + n);
    chunk.set([crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255], 8 + n);
    insertAtOffset(parts, firstIdat, chunk);
  }
  const res: StripResult = { bytes: assemble(b, parts), removed, warnings: [] };
  if (orientation) {
    if (keep) res.orientation = orientation;
    else res.warnings.push(`EXIF orientation ${orientation} removed: the image will appear rotated or flipped`);
  }
  return res;
}
