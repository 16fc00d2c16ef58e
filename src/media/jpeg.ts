// JPEG: one pass over the marker segments (and the entropy-coded data between them, only to find
// the next marker). Reading collects metadata; stripping copies the kept slices. No decoding.
// Browser-safe.
import { ascii, assemble, pushSlice, startsWithAscii, text, u16be } from "./bytes.js";
import { MediaError } from "./errors.js";
import { readPhotoshopItems } from "./iptc.js";
import { orientationExif, readExif, TiffView } from "./tiff.js";
import type { ImageMetadata, StripResult } from "./types.js";
import { readXmp } from "./xmp.js";

export interface Segment {
  marker: number;
  /** Offset of the 0xFF of the marker. */
  offset: number;
  /** Offset just past the segment (header + payload; for SOS the header only). */
  end: number;
  /** Payload start (after the 2-byte length). */
  data: number;
}

const XMP_NS = "http://ns.adobe.com/xap/1.0/\0";
const XMP_EXT = "http://ns.adobe.com/xmp/extension/\0";

/** Walk segments; `onSegment` sees every marker segment in order. Returns the offset after EOI. */
export function walkJpeg(b: Uint8Array, onSegment: (s: Segment) => void): { eoi: number } {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) throw new MediaError("corrupt", "not a JPEG (no SOI marker)");
  let pos = 2;
  let entropy = false;
  for (let guard = 0; guard < 1e6; guard++) {
    if (entropy) {
      // find the next marker: 0xFF followed by something other than 0x00 (stuffing), RSTn or 0xFF (fill)
      let p = pos;
      for (;;) {
        p = b.indexOf(0xff, p);
        if (p < 0 || p + 1 >= b.length) throw new MediaError("truncated", "JPEG ends inside the image data (no EOI marker)");
        const n = b[p + 1]!;
        if (n === 0x00 || (n >= 0xd0 && n <= 0xd7) || n === 0xff) { p += 1; continue; }
        break;
      }
      pos = p;
      entropy = false;
    }
    while (pos < b.length && b[pos] === 0xff && b[pos + 1] === 0xff) pos++; // fill bytes
    if (pos + 2 > b.length) throw new MediaError("truncated", "JPEG ends before its EOI marker");
    if (b[pos] !== 0xff) throw new MediaError("corrupt", `JPEG marker expected at byte ${pos}`);
    const marker = b[pos + 1]!;
    if (marker === 0xd9) {
      onSegment({ marker, offset: pos, end: pos + 2, data: pos + 2 });
      return { eoi: pos + 2 };
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      onSegment({ marker, offset: pos, end: pos + 2, data: pos + 2 });
      pos += 2;
      continue;
    }
    if (pos + 4 > b.length) throw new MediaError("truncated", "JPEG segment header is truncated");
    const len = u16be(b, pos + 2);
    if (len < 2) throw new MediaError("corrupt", `JPEG segment at byte ${pos} has length ${len}`);
    const end = pos + 2 + len;
    if (end > b.length) throw new MediaError("truncated", `JPEG segment 0x${marker.toString(16)} at byte ${pos} runs past the end`);
    onSegment({ marker, offset: pos, end, data: pos + 4 });
    pos = end;
    if (marker === 0xda) entropy = true;
  }
  throw new MediaError("corrupt", "JPEG has too many segments");
}

function isSof(m: number): boolean {
  return m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
}

export function segmentName(b: Uint8Array, s: Segment): string {
  const m = s.marker;
  if (m === 0xfe) return "COM";
  if (m >= 0xe0 && m <= 0xef) {
    const n = `APP${m - 0xe0}`;
    if (m === 0xe1 && startsWithAscii(b, s.data, "Exif\0")) return `${n} Exif`;
    if (m === 0xe1 && startsWithAscii(b, s.data, XMP_NS)) return `${n} XMP`;
    if (m === 0xe1 && startsWithAscii(b, s.data, XMP_EXT)) return `${n} Extended XMP`;
    if (m === 0xe0 && startsWithAscii(b, s.data, "JFIF\0")) return `${n} JFIF`;
    if (m === 0xe0 && startsWithAscii(b, s.data, "JFXX\0")) return `${n} JFXX thumbnail`;
    if (m === 0xe2 && startsWithAscii(b, s.data, "ICC_PROFILE\0")) return `${n} ICC profile`;
    if (m === 0xe2 && startsWithAscii(b, s.data, "MPF\0")) return `${n} MPF (extra images)`;
    if (m === 0xed && startsWithAscii(b, s.data, "Photoshop 3.0\0")) return `${n} Photoshop/IPTC`;
    if (m === 0xee && startsWithAscii(b, s.data, "Adobe")) return `${n} Adobe`;
    const id = ascii(b, s.data, Math.min(s.end, s.data + 16)).split("\0")[0]!.replace(/[^\x20-\x7e]/g, "");
    return id ? `${n} ${id}` : n;
  }
  return `0x${m.toString(16)}`;
}

export function readJpeg(b: Uint8Array): ImageMetadata {
  const md: ImageMetadata = { format: "jpeg", items: [], blocks: [] };
  let xmpExtBytes = 0;
  const { eoi } = walkJpeg(b, (s) => {
    const m = s.marker;
    if (isSof(m) && s.end - s.data >= 5) {
      md.height = u16be(b, s.data + 1);
      md.width = u16be(b, s.data + 3);
      return;
    }
    if (!((m >= 0xe0 && m <= 0xef) || m === 0xfe)) return;
    const name = segmentName(b, s);
    if (name === "APP0 JFIF") {
      const tw = b[s.data + 12] ?? 0, th = b[s.data + 13] ?? 0;
      if (tw * th > 0) {
        md.blocks.push({ name: "APP0 JFIF thumbnail", offset: s.offset, length: s.end - s.offset });
        md.items.push({ kind: "thumbnail", field: "JFIF thumbnail", value: `${tw}x${th} RGB`, container: "JFIF" });
      }
      return;
    }
    if (name === "APP2 ICC profile" || name === "APP14 Adobe") return;
    md.blocks.push({ name, offset: s.offset, length: s.end - s.offset });
    if (name === "APP1 Exif") {
      try {
        const ex = readExif(new TiffView(b, s.data + 6, s.end));
        md.items.push(...ex.items);
        if (ex.gps && !md.gps) md.gps = ex.gps;
        if (ex.orientation) md.orientation = ex.orientation;
      } catch (e) {
        md.items.push({ kind: "other", field: "EXIF", value: `unreadable EXIF block (${(e as Error).message})`, container: "EXIF" });
      }
    } else if (name === "APP1 XMP") {
      const x = readXmp(text(b, s.data + XMP_NS.length, s.end));
      md.items.push(...x.items);
      if (x.gps && !md.gps) md.gps = x.gps;
    } else if (name === "APP1 Extended XMP") {
      xmpExtBytes += s.end - s.data;
    } else if (name === "APP13 Photoshop/IPTC") {
      md.items.push(...readPhotoshopItems(b, s.data + 14, s.end));
    } else if (m === 0xfe) {
      const c = text(b, s.data, s.end);
      if (c) md.items.push({ kind: "text", field: "JPEG comment", value: c.slice(0, 200), container: "COM" });
    } else if (name === "APP0 JFXX thumbnail") {
      md.items.push({ kind: "thumbnail", field: "JFXX thumbnail", value: `${s.end - s.data} bytes`, container: "JFXX" });
    } else if (name === "APP2 MPF (extra images)") {
      md.items.push({ kind: "thumbnail", field: "MPF extra images", value: "multi-picture index (previews/depth maps after the main image)", container: "MPF" });
    } else {
      md.items.push({ kind: "other", field: name, value: `${s.end - s.data} bytes`, container: name });
    }
  });
  if (xmpExtBytes) md.items.push({ kind: "history", field: "Extended XMP", value: `${xmpExtBytes} bytes`, container: "XMP" });
  if (eoi < b.length) {
    const rest = b.length - eoi;
    if (!isPadding(b, eoi)) {
      md.blocks.push({ name: "data after EOI", offset: eoi, length: rest });
      md.items.push({ kind: rest > 1024 ? "thumbnail" : "other", field: "data after end of image", value: `${rest} bytes (may hold extra images or metadata)`, container: "trailer" });
    }
  }
  return md;
}

function isPadding(b: Uint8Array, from: number): boolean {
  for (let i = from; i < b.length; i++) if (b[i] !== 0 && b[i] !== 0xff) return false;
  return true;
}

/** JFIF APP0 with the thumbnail removed (16 bytes + marker). */
function jfifWithoutThumb(b: Uint8Array, s: Segment): Uint8Array {
  const out = new Uint8Array(18);
  out.set(b.subarray(s.offset, s.offset + 18));
  out[2] = 0; out[3] = 16; // length
  out[16] = 0; out[17] = 0; // thumbnail 0x0
  return out;
}

export function stripJpeg(b: Uint8Array, opts: { keepOrientation?: boolean } = {}): StripResult {
  const parts: (readonly [number, number] | Uint8Array)[] = [];
  const removed: string[] = [];
  let orientation: number | undefined;
  let insertOffset = 2; // source offset where a minimal orientation EXIF goes (after SOI, or after JFIF)
  let first = true;
  let last = 0; // start of the pending kept range
  const { eoi } = walkJpeg(b, (s) => {
    const m = s.marker;
    const wasFirst = first;
    first = false;
    if (!((m >= 0xe0 && m <= 0xef) || m === 0xfe)) return;
    const name = segmentName(b, s);
    if (name === "APP2 ICC profile" || name === "APP14 Adobe") return;
    if (name === "APP0 JFIF") {
      if (wasFirst) insertOffset = s.end;
      const tw = b[s.data + 12] ?? 0, th = b[s.data + 13] ?? 0;
      if (tw * th > 0 && s.end - s.data >= 14) {
        pushSlice(parts, last, s.offset);
        parts.push(jfifWithoutThumb(b, s));
        removed.push(`APP0 JFIF thumbnail (${s.end - s.offset - 18} bytes)`);
        last = s.end;
      }
      return;
    }
    if (name === "APP1 Exif" && orientation === undefined) {
      try {
        const ex = readExif(new TiffView(b, s.data + 6, s.end));
        if (ex.orientation && ex.orientation !== 1) orientation = ex.orientation;
      } catch {
        /* unreadable EXIF: nothing to keep */
      }
    }
    pushSlice(parts, last, s.offset);
    removed.push(`${name} (${s.end - s.offset} bytes)`);
    last = s.end;
  });
  pushSlice(parts, last, eoi);
  if (eoi < b.length && !isPadding(b, eoi)) removed.push(`data after EOI (${b.length - eoi} bytes)`);
  const keep = opts.keepOrientation ?? true;
  if (orientation && keep) {
    const tiff = orientationExif(orientation);
    const seg = new Uint8Array(4 + 6 + tiff.length);
    seg[0] = 0xff; seg[1] = 0xe1;
    seg[2] = (seg.length - 2) >> 8; seg[3] = (seg.length - 2) & 0xff;
    seg.set([0x45, 0x78, 0x69, 0x66, 0, 0], 4);
    seg.set(tiff, 10);
    insertAtOffset(parts, insertOffset, seg);
  }
  const res: StripResult = { bytes: assemble(b, parts), removed, warnings: [] };
  if (orientation) {
    if (keep) res.orientation = orientation;
    else res.warnings.push(`EXIF orientation ${orientation} removed: the image will appear rotated or flipped`);
  }
  return res;
}

/** Insert `ins` at source offset `at` (which must be a slice boundary or inside a kept slice). */
export function insertAtOffset(parts: (readonly [number, number] | Uint8Array)[], at: number, ins: Uint8Array): void {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p instanceof Uint8Array) continue;
    if (p[0] >= at) { parts.splice(i, 0, ins); return; }
    if (p[0] < at && at <= p[1]) {
      parts.splice(i, 1, [p[0], at], ins, [at, p[1]]);
      return;
    }
  }
  parts.push(ins);
}
