// HEIF/HEIC/AVIF (ISO BMFF): find the Exif and XMP items through meta/iinf/iloc, read them, and
// strip by blanking their payloads in place (the file layout, and so every offset, is unchanged).
// Browser-safe.
import { ascii, text, u16be, u32be } from "./bytes.js";
import { MediaError } from "./errors.js";
import { readExif, TiffView } from "./tiff.js";
import type { ImageMetadata, StripResult } from "./types.js";
import { readXmp } from "./xmp.js";

interface Box { type: string; start: number; data: number; end: number }

function boxes(b: Uint8Array, start: number, end: number): Box[] {
  const out: Box[] = [];
  let o = start;
  while (o + 8 <= end) {
    let size = u32be(b, o);
    const type = ascii(b, o + 4, o + 8);
    let data = o + 8;
    if (size === 1) {
      if (o + 16 > end) throw new MediaError("truncated", "HEIF box header is truncated");
      const hi = u32be(b, o + 8), lo = u32be(b, o + 12);
      size = hi * 2 ** 32 + lo;
      data = o + 16;
    } else if (size === 0) size = end - o;
    if (size < data - o) throw new MediaError("corrupt", `HEIF box ${type} at byte ${o} has size ${size}`);
    if (o + size > end) throw new MediaError("truncated", `HEIF box ${type} at byte ${o} runs past the end`);
    out.push({ type, start: o, data, end: o + size });
    o += size;
    if (out.length > 1e5) throw new MediaError("corrupt", "HEIF has too many boxes");
  }
  return out;
}

interface Item { id: number; type: string; contentType?: string; extents: [number, number][] }

function readUint(b: Uint8Array, o: number, size: number): number {
  if (size === 0) return 0;
  if (size === 4) return u32be(b, o);
  if (size === 8) return u32be(b, o) * 2 ** 32 + u32be(b, o + 4);
  if (size === 2) return u16be(b, o);
  return b[o]!;
}

interface HeifInfo {
  items: Item[];
  width?: number;
  height?: number;
  thumbnails: number;
}

function parse(b: Uint8Array): HeifInfo {
  const top = boxes(b, 0, b.length);
  const meta = top.find((x) => x.type === "meta");
  if (!meta) throw new MediaError("corrupt", "HEIF has no meta box");
  const kids = boxes(b, meta.data + 4, meta.end);
  const items = new Map<number, Item>();
  const iinf = kids.find((x) => x.type === "iinf");
  if (iinf) {
    const v = b[iinf.data]!;
    const p = iinf.data + 4 + (v === 0 ? 2 : 4);
    for (const infe of boxes(b, p, iinf.end)) {
      if (infe.type !== "infe") continue;
      const iv = b[infe.data]!;
      if (iv < 2) continue;
      let q = infe.data + 4;
      const id = iv === 2 ? u16be(b, q) : u32be(b, q);
      q += iv === 2 ? 2 : 4;
      q += 2; // protection index
      const type = ascii(b, q, q + 4);
      q += 4;
      const nameEnd = b.indexOf(0, q);
      q = nameEnd < 0 || nameEnd >= infe.end ? infe.end : nameEnd + 1;
      const item: Item = { id, type, extents: [] };
      if (type === "mime" && q < infe.end) {
        const ce = b.indexOf(0, q);
        item.contentType = ascii(b, q, ce < 0 || ce > infe.end ? infe.end : ce);
      }
      items.set(id, item);
    }
  }
  const idat = kids.find((x) => x.type === "idat");
  const iloc = kids.find((x) => x.type === "iloc");
  if (iloc) {
    const v = b[iloc.data]!;
    let q = iloc.data + 4;
    const offSize = b[q]! >> 4, lenSize = b[q]! & 15, baseSize = b[q + 1]! >> 4, idxSize = v >= 1 ? b[q + 1]! & 15 : 0;
    q += 2;
    const count = v < 2 ? u16be(b, q) : u32be(b, q);
    q += v < 2 ? 2 : 4;
    for (let i = 0; i < count && q < iloc.end; i++) {
      const id = v < 2 ? u16be(b, q) : u32be(b, q);
      q += v < 2 ? 2 : 4;
      let method = 0;
      if (v >= 1) { method = u16be(b, q) & 15; q += 2; }
      q += 2; // data reference index
      const base = readUint(b, q, baseSize);
      q += baseSize;
      const n = u16be(b, q);
      q += 2;
      const item = items.get(id);
      for (let k = 0; k < n; k++) {
        q += idxSize;
        const off = readUint(b, q, offSize);
        q += offSize;
        const len = readUint(b, q, lenSize);
        q += lenSize;
        const origin = method === 1 ? (idat ? idat.data : -1) : method === 0 ? 0 : -1;
        if (item && origin >= 0) item.extents.push([origin + base + off, len]);
      }
      if (q > iloc.end) throw new MediaError("truncated", "HEIF iloc box is truncated");
    }
  }
  const info: HeifInfo = { items: [...items.values()], thumbnails: 0 };
  const iprp = kids.find((x) => x.type === "iprp");
  if (iprp) {
    const ipco = boxes(b, iprp.data, iprp.end).find((x) => x.type === "ipco");
    if (ipco) {
      for (const p of boxes(b, ipco.data, ipco.end)) {
        if (p.type === "ispe" && p.end - p.data >= 12) {
          const w = u32be(b, p.data + 4), h = u32be(b, p.data + 8);
          if (!info.width || w * h > info.width * (info.height ?? 0)) { info.width = w; info.height = h; }
        }
      }
    }
  }
  const iref = kids.find((x) => x.type === "iref");
  if (iref) {
    const v = b[iref.data]!;
    for (const r of boxes(b, iref.data + 4, iref.end)) {
      if (r.type === "thmb") {
        const from = v === 0 ? u16be(b, r.data) : u32be(b, r.data);
        if (from) info.thumbnails++;
      }
    }
  }
  return info;
}

function payload(b: Uint8Array, item: Item): [number, number] | null {
  // metadata items are written as one extent in practice; take the first in-bounds one
  const e = item.extents[0];
  if (!e || e[0] + e[1] > b.length || e[1] === 0) return null;
  return [e[0], e[0] + e[1]];
}

const isXmp = (it: Item) => it.type === "mime" && /rdf\+xml|xmp/i.test(it.contentType ?? "");

export function readHeif(b: Uint8Array): ImageMetadata {
  const info = parse(b);
  const md: ImageMetadata = { format: "heif", items: [], blocks: [] };
  if (info.width) { md.width = info.width; md.height = info.height!; }
  for (const it of info.items) {
    const p = payload(b, it);
    if (!p) continue;
    if (it.type === "Exif") {
      md.blocks.push({ name: "Exif item", offset: p[0], length: p[1] - p[0] });
      const skip = u32be(b, p[0]);
      try {
        const ex = readExif(new TiffView(b, p[0] + 4 + skip, p[1]));
        md.items.push(...ex.items);
        if (ex.gps && !md.gps) md.gps = ex.gps;
        if (ex.orientation) md.orientation = ex.orientation;
      } catch (e) {
        if (!isBlank(b, p)) md.items.push({ kind: "other", field: "Exif item", value: `unreadable EXIF (${(e as Error).message})`, container: "HEIF" });
      }
    } else if (isXmp(it)) {
      md.blocks.push({ name: "XMP item", offset: p[0], length: p[1] - p[0] });
      const x = readXmp(text(b, p[0], p[1]));
      md.items.push(...x.items);
      if (x.gps && !md.gps) md.gps = x.gps;
    }
  }
  if (info.thumbnails) md.items.push({ kind: "thumbnail", field: "HEIF thumbnail item", value: `${info.thumbnails} thumbnail image(s)`, container: "HEIF" });
  return md;
}

function isBlank(b: Uint8Array, p: [number, number]): boolean {
  for (let i = p[0] + 4; i < p[1]; i++) if (b[i] !== 0 && b[i] !== 0x20) return false;
  return true;
}

/** Minimal valid Exif item payload: 4-byte header offset 0, then an empty big-endian TIFF. */
const EMPTY_EXIF = new Uint8Array([0, 0, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0]);

export function stripHeif(input: Uint8Array): StripResult {
  const info = parse(input);
  const b = input.slice();
  const removed: string[] = [];
  const warnings: string[] = [];
  for (const it of info.items) {
    const p = payload(b, it);
    if (!p) continue;
    if (it.type === "Exif") {
      b.fill(0, p[0], p[1]);
      if (p[1] - p[0] >= EMPTY_EXIF.length) b.set(EMPTY_EXIF, p[0]);
      removed.push(`Exif item ${it.id} (${p[1] - p[0]} bytes blanked)`);
    } else if (isXmp(it)) {
      b.fill(0x20, p[0], p[1]);
      removed.push(`XMP item ${it.id} (${p[1] - p[0]} bytes blanked)`);
    }
  }
  if (info.thumbnails) warnings.push(`${info.thumbnails} HEIF thumbnail item(s) kept: they cannot be removed without rewriting the file`);
  return { bytes: b, removed, warnings };
}
