// XMP (RDF/XML) reading by pattern: we only need a known set of properties, in either the
// attribute form (ns:Prop="v") or the element form (<ns:Prop>v</ns:Prop>, rdf:Alt/Seq/Bag lists).
// Browser-safe.
import { truncate } from "./tiff.js";
import type { GpsPosition, MetadataItem, MetaKind } from "./types.js";

const PROPS: [string, MetaKind][] = [
  ["exif:GPSLatitude", "gps"],
  ["exif:GPSLongitude", "gps"],
  ["photoshop:City", "location"],
  ["photoshop:State", "location"],
  ["photoshop:Country", "location"],
  ["Iptc4xmpCore:Location", "location"],
  ["Iptc4xmpExt:City", "location"],
  ["Iptc4xmpExt:Sublocation", "location"],
  ["Iptc4xmpExt:LocationName", "location"],
  ["xmp:CreateDate", "capture-time"],
  ["exif:DateTimeOriginal", "capture-time"],
  ["photoshop:DateCreated", "capture-time"],
  ["tiff:Make", "device"],
  ["tiff:Model", "device"],
  ["aux:SerialNumber", "serial"],
  ["exifEX:BodySerialNumber", "serial"],
  ["exifEX:LensSerialNumber", "serial"],
  ["aux:LensSerialNumber", "serial"],
  ["aux:OwnerName", "owner"],
  ["exifEX:CameraOwnerName", "owner"],
  ["dc:creator", "owner"],
  ["dc:rights", "owner"],
  ["photoshop:AuthorsPosition", "owner"],
  ["photoshop:Credit", "owner"],
  ["xmp:CreatorTool", "software"],
  ["xmpMM:History", "history"],
  ["xmpMM:DerivedFrom", "history"],
  ["xmpMM:OriginalDocumentID", "history"],
  ["photoshop:DocumentAncestors", "history"],
  ["dc:title", "text"],
  ["dc:description", "text"],
  ["dc:subject", "text"],
  ["photoshop:Headline", "text"],
  ["photoshop:Instructions", "text"],
  ["exif:UserComment", "text"],
  ["GImage:Data", "thumbnail"],
  ["GDepth:Data", "thumbnail"],
  ["crs:HasCrop", "history"],
];

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Values of `prop` in attribute or element form. */
export function xmpValues(xml: string, prop: string): string[] {
  const out: string[] = [];
  const p = esc(prop);
  for (const m of xml.matchAll(new RegExp(`\\s${p}="([^"]*)"`, "g"))) out.push(decodeEntities(m[1]!));
  for (const m of xml.matchAll(new RegExp(`\\s${p}='([^']*)'`, "g"))) out.push(decodeEntities(m[1]!));
  for (const m of xml.matchAll(new RegExp(`<${p}(?:\\s[^>]*)?>([\\s\\S]*?)</${p}>`, "g"))) {
    const inner = m[1]!;
    const selfClosing = [...inner.matchAll(/<rdf:li\s([^>]*?)\/>/g)].map((x) => attrsSummary(x[1]!));
    const paired = [...inner.replace(/<rdf:li\s[^>]*?\/>/g, "").matchAll(/<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/g)].map((x) => x[1]!);
    if (selfClosing.length || paired.length) {
      for (const li of paired) {
        const t = li.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
        out.push(decodeEntities(t || attrsSummary(li)));
      }
      for (const a of selfClosing) out.push(decodeEntities(a));
    } else {
      const t = inner.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
      out.push(decodeEntities(t || attrsSummary(inner)));
    }
  }
  // element with attributes but no body: <xmpMM:DerivedFrom stRef:documentID="..."/>
  for (const m of xml.matchAll(new RegExp(`<${p}\\s([^>]*?)/>`, "g"))) out.push(decodeEntities(attrsSummary(m[1]!)));
  return out.filter((s) => s.length > 0);
}

function attrsSummary(s: string): string {
  return [...s.matchAll(/([\w-]+:[\w-]+)="([^"]*)"/g)]
    .filter((m) => !m[1]!.startsWith("rdf:"))
    .map((m) => `${m[1]}=${m[2]}`)
    .join("; ");
}

/** XMP GPS coordinate "DDD,MM.mmk" or "DDD,MM,SSk". */
export function xmpCoord(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEW])\s*$/i.exec(s);
  if (!m) {
    const n = Number(s);
    return Number.isFinite(n) && s.trim() !== "" ? n : null;
  }
  const v = Number(m[1]) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
  return /[SW]/i.test(m[4]!) ? -v : v;
}

export function readXmp(xml: string, container = "XMP"): { items: MetadataItem[]; gps?: GpsPosition } {
  const items: MetadataItem[] = [];
  let gps: GpsPosition | undefined;
  for (const [prop, kind] of PROPS) {
    const vals = xmpValues(xml, prop);
    if (!vals.length) continue;
    if (prop === "GImage:Data" || prop === "GDepth:Data") {
      items.push({ kind, field: `XMP ${prop}`, value: `embedded image (${vals[0]!.length} base64 characters)`, container });
      continue;
    }
    if (prop === "xmpMM:History") {
      items.push({ kind, field: `XMP ${prop}`, value: truncate(`${vals.length} edit event(s): ${vals.join(" | ")}`), container });
      continue;
    }
    if (prop === "exif:GPSLatitude" || prop === "exif:GPSLongitude") continue;
    items.push({ kind, field: `XMP ${prop}`, value: truncate(vals.join("; ")), container });
  }
  const lat = xmpValues(xml, "exif:GPSLatitude")[0], lon = xmpValues(xml, "exif:GPSLongitude")[0];
  if (lat && lon) {
    const la = xmpCoord(lat), lo = xmpCoord(lon);
    if (la !== null && lo !== null) {
      gps = { latitude: la, longitude: lo, container };
      items.push({ kind: "gps", field: "XMP exif:GPSLatitude/GPSLongitude", value: `${la.toFixed(5)}, ${lo.toFixed(5)}`, container });
    }
  }
  return gps ? { items, gps } : { items };
}
