// TIFF structure: IFD walking (for EXIF blocks inside JPEG/PNG/WebP/HEIF and for TIFF files),
// the metadata items EXIF carries, a minimal orientation-only EXIF, and in-place TIFF stripping.
// Browser-safe.
import { ascii, clean, text } from "./bytes.js";
import { MediaError } from "./errors.js";
import type { GpsPosition, MetadataItem, MetaKind } from "./types.js";

type Value = number[] | string | Uint8Array;

export interface IfdEntry {
  tag: number;
  type: number;
  count: number;
  /** Absolute offset (in the TIFF view's buffer) of the entry itself. */
  entryOffset: number;
  /** Absolute offset of the value bytes (inline or out of line). */
  valueOffset: number;
  byteLength: number;
}

export interface Ifd {
  offset: number;
  entries: IfdEntry[];
  next: number;
}

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

/** A TIFF header + IFDs inside `buf` starting at `base` (offsets in the TIFF are relative to base). */
export class TiffView {
  readonly le: boolean;
  constructor(
    readonly buf: Uint8Array,
    readonly base: number,
    readonly end: number,
  ) {
    if (end - base < 8) throw new MediaError("truncated", "TIFF header is truncated");
    const b0 = buf[base], b1 = buf[base + 1];
    if (b0 === 0x49 && b1 === 0x49) this.le = true;
    else if (b0 === 0x4d && b1 === 0x4d) this.le = false;
    else throw new MediaError("corrupt", "TIFF header has no byte-order mark");
    const magic = this.u16(base + 2);
    if (magic === 43) throw new MediaError("unsupported", "BigTIFF is not supported");
    if (magic !== 42) throw new MediaError("corrupt", "TIFF header has a bad magic number");
  }
  u16(o: number): number {
    const b = this.buf;
    return this.le ? b[o]! | (b[o + 1]! << 8) : (b[o]! << 8) | b[o + 1]!;
  }
  u32(o: number): number {
    const b = this.buf;
    return this.le
      ? (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + ((b[o + 3]! << 24) >>> 0)
      : ((b[o]! << 24) >>> 0) + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
  }
  w16(o: number, v: number): void {
    if (this.le) { this.buf[o] = v & 0xff; this.buf[o + 1] = v >>> 8; }
    else { this.buf[o] = v >>> 8; this.buf[o + 1] = v & 0xff; }
  }
  w32(o: number, v: number): void {
    if (this.le) { this.buf[o] = v & 0xff; this.buf[o + 1] = (v >>> 8) & 0xff; this.buf[o + 2] = (v >>> 16) & 0xff; this.buf[o + 3] = v >>> 24; }
    else { this.buf[o] = v >>> 24; this.buf[o + 1] = (v >>> 16) & 0xff; this.buf[o + 2] = (v >>> 8) & 0xff; this.buf[o + 3] = v & 0xff; }
  }
  firstIfd(): number {
    return this.u32(this.base + 4);
  }
  /** Read the IFD at relative offset `rel`; null when it is out of bounds. */
  ifd(rel: number): Ifd | null {
    const o = this.base + rel;
    if (rel < 8 || o + 2 > this.end) return null;
    const n = this.u16(o);
    if (o + 2 + n * 12 + 4 > this.end) {
      if (o + 2 + n * 12 > this.end) throw new MediaError("truncated", "TIFF IFD runs past the end of its block");
    }
    const entries: IfdEntry[] = [];
    for (let i = 0; i < n; i++) {
      const e = o + 2 + i * 12;
      const tag = this.u16(e), type = this.u16(e + 2), count = this.u32(e + 4);
      const size = (TYPE_SIZE[type] ?? 1) * count;
      const valueOffset = size <= 4 ? e + 8 : this.base + this.u32(e + 8);
      entries.push({ tag, type, count, entryOffset: e, valueOffset, byteLength: size });
    }
    const nextPos = o + 2 + n * 12;
    const next = nextPos + 4 <= this.end ? this.u32(nextPos) : 0;
    return { offset: o, entries, next };
  }
  /** Walk the IFD chain from `rel`, guarding against loops. */
  chain(rel: number, max = 64): Ifd[] {
    const out: Ifd[] = [];
    const seen = new Set<number>();
    while (rel && !seen.has(rel) && out.length < max) {
      seen.add(rel);
      const ifd = this.ifd(rel);
      if (!ifd) break;
      out.push(ifd);
      rel = ifd.next;
    }
    return out;
  }
  inBounds(e: IfdEntry): boolean {
    return e.valueOffset >= this.base && e.valueOffset + e.byteLength <= this.end && e.byteLength < 16 * 1024 * 1024;
  }
  value(e: IfdEntry): Value | null {
    if (!this.inBounds(e)) return null;
    const o = e.valueOffset;
    switch (e.type) {
      case 2:
        return text(this.buf, o, o + e.count);
      case 3: {
        const r: number[] = [];
        for (let i = 0; i < Math.min(e.count, 64); i++) r.push(this.u16(o + 2 * i));
        return r;
      }
      case 4:
      case 13: {
        const r: number[] = [];
        for (let i = 0; i < Math.min(e.count, 64); i++) r.push(this.u32(o + 4 * i));
        return r;
      }
      case 5:
      case 10: {
        const r: number[] = [];
        for (let i = 0; i < Math.min(e.count, 64); i++) {
          let num = this.u32(o + 8 * i), den = this.u32(o + 8 * i + 4);
          if (e.type === 10) { num |= 0; den |= 0; }
          r.push(den === 0 ? 0 : num / den);
        }
        return r;
      }
      default:
        return this.buf.subarray(o, o + e.byteLength);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// EXIF tags worth reporting.

interface TagInfo { name: string; kind: MetaKind }
const IFD0_TAGS: Record<number, TagInfo> = {
  0x010d: { name: "DocumentName", kind: "text" },
  0x010e: { name: "ImageDescription", kind: "text" },
  0x010f: { name: "Make", kind: "device" },
  0x0110: { name: "Model", kind: "device" },
  0x0131: { name: "Software", kind: "software" },
  0x0132: { name: "DateTime", kind: "capture-time" },
  0x013b: { name: "Artist", kind: "owner" },
  0x013c: { name: "HostComputer", kind: "software" },
  0x8298: { name: "Copyright", kind: "owner" },
  0x9c9b: { name: "XPTitle", kind: "text" },
  0x9c9c: { name: "XPComment", kind: "text" },
  0x9c9d: { name: "XPAuthor", kind: "owner" },
  0x9c9e: { name: "XPKeywords", kind: "text" },
  0x9c9f: { name: "XPSubject", kind: "text" },
};
const EXIF_TAGS: Record<number, TagInfo> = {
  0x9003: { name: "DateTimeOriginal", kind: "capture-time" },
  0x9004: { name: "DateTimeDigitized", kind: "capture-time" },
  0x9011: { name: "OffsetTimeOriginal", kind: "capture-time" },
  0x9286: { name: "UserComment", kind: "text" },
  0x927c: { name: "MakerNote", kind: "serial" },
  0xa420: { name: "ImageUniqueID", kind: "serial" },
  0xa430: { name: "CameraOwnerName", kind: "owner" },
  0xa431: { name: "BodySerialNumber", kind: "serial" },
  0xa433: { name: "LensMake", kind: "device" },
  0xa434: { name: "LensModel", kind: "device" },
  0xa435: { name: "LensSerialNumber", kind: "serial" },
};

export interface ExifSummary {
  items: MetadataItem[];
  gps?: GpsPosition;
  orientation?: number;
  width?: number;
  height?: number;
  thumbnail?: { offset: number; length: number };
}

function show(v: Value | null, e: IfdEntry): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (v instanceof Uint8Array) {
    if (e.tag >= 0x9c9b && e.tag <= 0x9c9f) return clean(new TextDecoder("utf-16le").decode(v));
    if (e.tag === 0x9286) {
      // UserComment: 8-byte character code then text
      const code = ascii(v, 0, 8).replace(/\0/g, "");
      const body = v.subarray(8);
      const s = code === "UNICODE" ? new TextDecoder(v[8] === 0 ? "utf-16be" : "utf-16le").decode(body) : text(body);
      return clean(s);
    }
    if (e.tag === 0x927c) return `${v.length} bytes`;
    return text(v);
  }
  return v.map((n) => (Number.isInteger(n) ? String(n) : n.toFixed(4))).join(", ");
}

export function truncate(s: string, n = 200): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

function dms(v: Value | null): number | null {
  if (!Array.isArray(v) || v.length < 1) return null;
  const [d = 0, m = 0, s = 0] = v;
  return d + m / 60 + s / 3600;
}

/** Summarise an EXIF/TIFF block. `container` names it in the items (e.g. "EXIF"). */
export function readExif(view: TiffView, container = "EXIF", opts: { imageIfds?: boolean } = {}): ExifSummary {
  const out: ExifSummary = { items: [] };
  const push = (kind: MetaKind, field: string, value: string) => {
    if (value) out.items.push({ kind, field, value: truncate(value), container });
  };
  const chain = view.chain(view.firstIfd());
  chain.forEach((ifd, idx) => {
    for (const e of ifd.entries) {
      const info = IFD0_TAGS[e.tag];
      if (info && (idx === 0 || opts.imageIfds)) push(info.kind, info.name, show(view.value(e), e));
      if (e.tag === 0x0112 && idx === 0) {
        const v = view.value(e);
        if (Array.isArray(v) && v[0]! >= 1 && v[0]! <= 8) out.orientation = v[0];
      }
      if (idx === 0 && (e.tag === 0x0100 || e.tag === 0x0101)) {
        const v = view.value(e);
        if (Array.isArray(v)) e.tag === 0x0100 ? (out.width = v[0]) : (out.height = v[0]);
      }
      if (e.tag === 0x02bc) push("history", "XMP (TIFF tag 700)", `${e.byteLength} bytes`);
      if (e.tag === 0x83bb) push("text", "IPTC (TIFF tag 33723)", `${e.byteLength} bytes`);
      if (e.tag === 0x8649) push("other", "Photoshop resources (TIFF tag 34377)", `${e.byteLength} bytes`);
      if (e.tag === 0x8769) readSub(view, e, EXIF_TAGS, push);
      if (e.tag === 0x8825) readGps(view, e, out, push);
    }
    if (idx === 1 && !opts.imageIfds) {
      // IFD1 in EXIF = thumbnail
      let off = 0, len = 0;
      for (const e of ifd.entries) {
        const v = view.value(e);
        if (e.tag === 0x0201 && Array.isArray(v)) off = v[0]!;
        if (e.tag === 0x0202 && Array.isArray(v)) len = v[0]!;
      }
      if (len > 0) {
        out.thumbnail = { offset: view.base + off, length: len };
        push("thumbnail", "EXIF thumbnail (IFD1)", `${len} bytes JPEG`);
      } else if (ifd.entries.length) push("thumbnail", "EXIF thumbnail (IFD1)", "uncompressed");
    }
  });
  return out;
}

type Push = (kind: MetaKind, field: string, value: string) => void;

function readSub(view: TiffView, ptr: IfdEntry, tags: Record<number, TagInfo>, push: Push): void {
  const v = view.value(ptr);
  if (!Array.isArray(v) || !v[0]) return;
  const ifd = view.ifd(v[0]);
  if (!ifd) return;
  for (const e of ifd.entries) {
    const info = tags[e.tag];
    if (info) push(info.kind, info.name, show(view.value(e), e));
  }
}

function readGps(view: TiffView, ptr: IfdEntry, out: ExifSummary, push: Push): void {
  const v = view.value(ptr);
  if (!Array.isArray(v) || !v[0]) return;
  const ifd = view.ifd(v[0]);
  if (!ifd) return;
  const get = (tag: number) => {
    const e = ifd.entries.find((x) => x.tag === tag);
    return e ? view.value(e) : null;
  };
  const latRef = get(1), lat = dms(get(2)), lonRef = get(3), lon = dms(get(4));
  const alt = get(6), altRef = get(5);
  if (lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon) && !(lat === 0 && lon === 0)) {
    const latitude = (typeof latRef === "string" && latRef.toUpperCase().startsWith("S") ? -1 : 1) * lat;
    const longitude = (typeof lonRef === "string" && lonRef.toUpperCase().startsWith("W") ? -1 : 1) * lon;
    out.gps = { latitude, longitude, container: "EXIF" };
    if (Array.isArray(alt) && alt.length) {
      const neg = altRef instanceof Uint8Array ? altRef[0] === 1 : Array.isArray(altRef) && altRef[0] === 1;
      out.gps.altitude = neg ? -alt[0]! : alt[0]!;
    }
    push("gps", "GPSLatitude/GPSLongitude", `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`);
  } else if (ifd.entries.length) {
    push("gps", "GPS IFD", `${ifd.entries.length} GPS tags (no usable position)`);
  }
  const ds = get(0x1d);
  if (typeof ds === "string" && ds) push("capture-time", "GPSDateStamp", ds);
}

// ---------------------------------------------------------------------------------------------
// Minimal EXIF with only Orientation (big-endian TIFF, 26 bytes).

export function orientationExif(orientation: number): Uint8Array {
  const b = new Uint8Array(26);
  b.set([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]); // MM, 42, IFD0 at 8
  b.set([0, 1], 8); // 1 entry
  b.set([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, orientation & 0xff, 0, 0], 10); // Orientation SHORT 1
  // next IFD = 0 (bytes 22..25 already zero)
  return b;
}

// ---------------------------------------------------------------------------------------------
// In-place TIFF strip: compact each image IFD to the tags needed to render it, zero the removed
// tags' out-of-line data and the EXIF/GPS sub-IFDs. Image data is never moved.

const TIFF_KEEP = new Set([
  254, 255, 256, 257, 258, 259, 262, 263, 266, 273, 274, 277, 278, 279, 280, 281, 282, 283, 284, 286, 287, 290, 291, 292, 293,
  296, 297, 301, 317, 318, 319, 320, 321, 322, 323, 324, 325, 330, 332, 338, 339, 340, 341, 347, 512, 513, 514, 515, 517, 518,
  519, 520, 521, 529, 530, 531, 532, 34675,
]);
const TAG_NAMES: Record<number, string> = {
  270: "ImageDescription", 271: "Make", 272: "Model", 305: "Software", 306: "DateTime", 315: "Artist", 316: "HostComputer",
  700: "XMP", 33432: "Copyright", 33723: "IPTC", 34377: "Photoshop", 34665: "ExifIFD", 34853: "GPSIFD", 269: "DocumentName",
};

export function stripTiffInPlace(buf: Uint8Array): { removed: string[] } {
  const view = new TiffView(buf, 0, buf.length);
  const removed: string[] = [];
  const ifds = view.chain(view.firstIfd());
  const zero: [number, number][] = [];
  const protect: [number, number][] = [];
  for (const ifd of ifds) {
    protect.push([ifd.offset, ifd.offset + 2 + ifd.entries.length * 12 + 4]);
    for (const e of ifd.entries) {
      if (TIFF_KEEP.has(e.tag)) {
        if (e.byteLength > 4) protect.push([e.valueOffset, e.valueOffset + e.byteLength]);
        if (e.tag === 273 || e.tag === 324) {
          const offs = allU32(view, e);
          const cnt = ifd.entries.find((x) => x.tag === (e.tag === 273 ? 279 : 325));
          const lens = cnt ? allU32(view, cnt) : [];
          offs.forEach((o, i) => protect.push([o, o + (lens[i] ?? 0)]));
        }
      }
    }
  }
  for (const ifd of ifds) {
    const keep = ifd.entries.filter((e) => TIFF_KEEP.has(e.tag));
    const drop = ifd.entries.filter((e) => !TIFF_KEEP.has(e.tag));
    if (!drop.length) continue;
    for (const e of drop) {
      removed.push(`TIFF tag ${TAG_NAMES[e.tag] ?? e.tag} (${e.byteLength} bytes)`);
      if (e.byteLength > 4 && view.inBounds(e)) zero.push([e.valueOffset, e.valueOffset + e.byteLength]);
      if (e.tag === 34665 || e.tag === 34853 || e.tag === 40965) {
        const v = view.value(e);
        if (Array.isArray(v) && v[0]) zeroSubIfd(view, v[0], zero);
      }
    }
    // rewrite entries compactly, then the next pointer, then clear the freed tail
    const entryBytes = keep.map((e) => buf.slice(e.entryOffset, e.entryOffset + 12));
    view.w16(ifd.offset, keep.length);
    entryBytes.forEach((eb, i) => buf.set(eb, ifd.offset + 2 + i * 12));
    const nextPos = ifd.offset + 2 + keep.length * 12;
    view.w32(nextPos, ifd.next);
    buf.fill(0, nextPos + 4, ifd.offset + 2 + ifd.entries.length * 12 + 4);
  }
  for (const [s, e] of zero) {
    if (protect.some(([ps, pe]) => s < pe && ps < e)) continue;
    buf.fill(0, s, Math.min(e, buf.length));
  }
  return { removed };
}

function allU32(view: TiffView, e: IfdEntry): number[] {
  const r: number[] = [];
  if (!view.inBounds(e)) return r;
  for (let i = 0; i < e.count && i < 1 << 20; i++) r.push(e.type === 3 ? view.u16(e.valueOffset + 2 * i) : view.u32(e.valueOffset + 4 * i));
  return r;
}

function zeroSubIfd(view: TiffView, rel: number, zero: [number, number][]): void {
  const ifd = view.ifd(rel);
  if (!ifd) return;
  for (const e of ifd.entries) if (e.byteLength > 4 && view.inBounds(e)) zero.push([e.valueOffset, e.valueOffset + e.byteLength]);
  zero.push([ifd.offset, ifd.offset + 2 + ifd.entries.length * 12 + 4]);
}
