// IPTC-IIM records (inside Photoshop image resources, APP13) and Photoshop resource blocks.
// Browser-safe.
import { startsWithAscii, text, u16be, u32be } from "./bytes.js";
import { truncate } from "./tiff.js";
import type { MetadataItem, MetaKind } from "./types.js";

const IIM: Record<number, [string, MetaKind]> = {
  5: ["ObjectName", "text"],
  25: ["Keywords", "text"],
  40: ["SpecialInstructions", "text"],
  55: ["DateCreated", "capture-time"],
  60: ["TimeCreated", "capture-time"],
  80: ["By-line", "owner"],
  85: ["By-lineTitle", "owner"],
  90: ["City", "location"],
  92: ["Sub-location", "location"],
  95: ["Province-State", "location"],
  101: ["Country", "location"],
  105: ["Headline", "text"],
  110: ["Credit", "owner"],
  115: ["Source", "owner"],
  116: ["CopyrightNotice", "owner"],
  118: ["Contact", "owner"],
  120: ["Caption-Abstract", "text"],
  122: ["Writer-Editor", "owner"],
};

export function readIptc(b: Uint8Array, start: number, end: number): MetadataItem[] {
  const fields = new Map<number, string[]>();
  let o = start;
  while (o + 5 <= end && b[o] === 0x1c) {
    const rec = b[o + 1]!, ds = b[o + 2]!;
    let len = u16be(b, o + 3);
    let p = o + 5;
    if (len & 0x8000) {
      const n = len & 0x7fff;
      if (n > 4 || p + n > end) break;
      len = 0;
      for (let i = 0; i < n; i++) len = len * 256 + b[p + i]!;
      p += n;
    }
    if (p + len > end) break;
    if (rec === 2 && IIM[ds]) {
      const list = fields.get(ds) ?? [];
      list.push(text(b, p, p + len));
      fields.set(ds, list);
    }
    o = p + len;
  }
  const items: MetadataItem[] = [];
  for (const ds of [...fields.keys()].sort((a, c) => a - c)) {
    const [name, kind] = IIM[ds]!;
    const v = fields.get(ds)!.filter(Boolean).join("; ");
    if (v) items.push({ kind, field: `IPTC ${name}`, value: truncate(v), container: "IPTC" });
  }
  return items;
}

export interface PsResource { id: number; offset: number; length: number }

/** Photoshop image resource blocks ("8BIM" id name size data). */
export function readPhotoshop(b: Uint8Array, start: number, end: number): PsResource[] {
  const out: PsResource[] = [];
  let o = start;
  while (o + 12 <= end && (startsWithAscii(b, o, "8BIM") || startsWithAscii(b, o, "MeSa") || startsWithAscii(b, o, "AgHg"))) {
    const id = u16be(b, o + 4);
    const nameLen = b[o + 6]!;
    let p = o + 6 + 1 + nameLen;
    if ((p - o) % 2) p++;
    if (p + 4 > end) break;
    const size = u32be(b, p);
    p += 4;
    if (p + size > end) break;
    out.push({ id, offset: p, length: size });
    o = p + size + (size % 2);
  }
  return out;
}

/** Items from a Photoshop APP13 payload (IPTC, thumbnails, XMP copy). */
export function readPhotoshopItems(b: Uint8Array, start: number, end: number): MetadataItem[] {
  const items: MetadataItem[] = [];
  for (const r of readPhotoshop(b, start, end)) {
    if (r.id === 0x0404) items.push(...readIptc(b, r.offset, r.offset + r.length));
    else if (r.id === 0x0409 || r.id === 0x040c)
      items.push({ kind: "thumbnail", field: "Photoshop thumbnail", value: `${r.length} bytes`, container: "Photoshop" });
  }
  return items;
}
