// Fixture builders for the media tests: everything is generated in memory.
import sharp, { type Sharp } from "sharp";

export type Entry = [tag: number, type: number, value: number[] | string | Uint8Array];

/** Build a big-endian TIFF/EXIF block with IFD0 (+ Exif and GPS sub-IFDs, + IFD1 thumbnail). */
export function buildExif(opts: { ifd0?: Entry[]; exif?: Entry[]; gps?: Entry[]; thumbnail?: Uint8Array }): Uint8Array {
  const out: number[] = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8];
  const w16 = (a: number[], v: number) => a.push((v >> 8) & 255, v & 255);
  const w32 = (a: number[], v: number) => a.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
  const bytesOf = (e: Entry): number[] => {
    const [, type, v] = e;
    if (typeof v === "string") return [...new TextEncoder().encode(v), 0];
    if (v instanceof Uint8Array) return [...v];
    const r: number[] = [];
    for (const n of v) {
      if (type === 3) w16(r, n);
      else if (type === 4) w32(r, n);
      else if (type === 5) { w32(r, Math.round(n * 10000)); w32(r, 10000); }
      else r.push(n);
    }
    return r;
  };
  // layout: each IFD is written at the current end; values after it
  const writeIfd = (entries: Entry[], patchNext: boolean): { at: number; nextPos: number } => {
    const at = out.length;
    const sorted = [...entries].sort((a, b) => a[0] - b[0]);
    w16(out, sorted.length);
    const dataStart = at + 2 + sorted.length * 12 + 4;
    const data: number[] = [];
    for (const e of sorted) {
      const bytes = bytesOf(e);
      const count = e[2] instanceof Uint8Array || typeof e[2] === "string" ? bytes.length : (e[2] as number[]).length;
      w16(out, e[0]); w16(out, e[1]); w32(out, count);
      if (bytes.length <= 4) { out.push(...bytes, ...new Array(4 - bytes.length).fill(0)); }
      else { w32(out, dataStart + data.length); data.push(...bytes); if (data.length % 2) data.push(0); }
    }
    const nextPos = out.length;
    w32(out, 0);
    out.push(...data);
    void patchNext;
    return { at, nextPos };
  };
  const patch32 = (pos: number, v: number) => { out[pos] = (v >>> 24) & 255; out[pos + 1] = (v >>> 16) & 255; out[pos + 2] = (v >>> 8) & 255; out[pos + 3] = v & 255; };
  const ifd0 = [...(opts.ifd0 ?? [])];
  if (opts.exif) ifd0.push([0x8769, 4, [0]]);
  if (opts.gps) ifd0.push([0x8825, 4, [0]]);
  const first = writeIfd(ifd0, true);
  const sorted0 = [...ifd0].sort((a, b) => a[0] - b[0]);
  const ptrPos = (tag: number) => first.at + 2 + sorted0.findIndex((e) => e[0] === tag) * 12 + 8;
  if (opts.exif) { const r = writeIfd(opts.exif, false); patch32(ptrPos(0x8769), r.at); }
  if (opts.gps) { const r = writeIfd(opts.gps, false); patch32(ptrPos(0x8825), r.at); }
  if (opts.thumbnail) {
    const r = writeIfd([[0x0103, 3, [6]], [0x0201, 4, [0]], [0x0202, 4, [opts.thumbnail.length]]], false);
    patch32(first.nextPos, r.at);
    const tpos = out.length;
    out.push(...opts.thumbnail);
    patch32(r.at + 2 + 1 * 12 + 8, tpos);
  }
  return new Uint8Array(out);
}

export function segment(marker: number, payload: Uint8Array): Uint8Array {
  const s = new Uint8Array(4 + payload.length);
  s[0] = 0xff; s[1] = marker; s[2] = (payload.length + 2) >> 8; s[3] = (payload.length + 2) & 255;
  s.set(payload, 4);
  return s;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const o = new Uint8Array(n);
  let i = 0;
  for (const p of parts) { o.set(p, i); i += p.length; }
  return o;
}

export const ascii = (s: string) => new TextEncoder().encode(s);

/** Insert segments after SOI and the JFIF APP0 (if any). */
export function insertSegments(jpeg: Uint8Array, ...segs: Uint8Array[]): Uint8Array {
  let at = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) at = 4 + ((jpeg[4]! << 8) | jpeg[5]!);
  return concat(jpeg.subarray(0, at), ...segs, jpeg.subarray(at));
}

export function iptc(fields: [number, string][]): Uint8Array {
  const recs: number[] = [];
  for (const [ds, v] of fields) {
    const b = ascii(v);
    recs.push(0x1c, 2, ds, b.length >> 8, b.length & 255, ...b);
  }
  const ps = [...ascii("Photoshop 3.0\0"), ...ascii("8BIM"), 0x04, 0x04, 0, 0, 0, 0, recs.length >> 8, recs.length & 255, ...recs];
  if (recs.length % 2) ps.push(0);
  return segment(0xed, new Uint8Array(ps));
}

export const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 photoshop:City="Truro" exif:GPSLatitude="50,15.6N" exif:GPSLongitude="5,3.0W" xmp:CreatorTool="Adobe Photoshop Lightroom">
<dc:creator><rdf:Seq><rdf:li>Dr Jane Example</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Bed 4 Mrs Smith before surgery</rdf:li></rdf:Alt></dc:description>
<xmpMM:History><rdf:Seq><rdf:li stEvt:action="created" stEvt:softwareAgent="iPhone 13"/><rdf:li stEvt:action="cropped" stEvt:softwareAgent="Lightroom"/></rdf:Seq></xmpMM:History>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

export function xmpSegment(xml = XMP): Uint8Array {
  return segment(0xe1, concat(ascii("http://ns.adobe.com/xap/1.0/\0"), ascii(xml)));
}

export function exifSegment(tiff: Uint8Array): Uint8Array {
  return segment(0xe1, concat(ascii("Exif\0\0"), tiff));
}

/** A small noisy photo-like image (so compression has real entropy data). */
export async function photo(width = 96, height = 64, seed = 1): Promise<Sharp> {
  const raw = new Uint8Array(width * height * 3);
  let s = seed;
  for (let i = 0; i < raw.length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const x = (i / 3) % width, y = Math.floor(i / 3 / width);
    raw[i] = ((x * 3 + y * 2 + (i % 3) * 60) & 255) ^ (s & 15);
  }
  return sharp(raw, { raw: { width, height, channels: 3 } });
}

export async function rawPixels(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes, { failOn: "error" }).raw().toBuffer();
}

export const GPS_TRURO: Entry[] = [
  [1, 2, "N"], [2, 5, [50, 15, 36]], [3, 2, "W"], [4, 5, [5, 3, 0]],
];

/** Build a DICOM file by hand. Explicit VR little endian (or implicit with `implicit`). */
export function buildDicom(elements: [group: number, element: number, vr: string, value: string | Uint8Array][], opts: { implicit?: boolean; preamble?: boolean } = {}): Uint8Array {
  const parts: number[] = [];
  const le16 = (v: number) => parts.push(v & 255, (v >> 8) & 255);
  const le32 = (v: number) => parts.push(v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255);
  const long = new Set(["OB", "OW", "SQ", "UN", "UT"]);
  const el = (g: number, e: number, vr: string, value: string | Uint8Array, explicit: boolean) => {
    let v = typeof value === "string" ? [...ascii(value)] : [...value];
    if (v.length % 2) v.push(vr === "UI" || vr === "OB" ? 0 : 0x20);
    le16(g); le16(e);
    if (explicit) {
      parts.push(vr.charCodeAt(0), vr.charCodeAt(1));
      if (long.has(vr)) { le16(0); le32(v.length); } else le16(v.length);
    } else le32(v.length);
    parts.push(...v);
  };
  const ts = opts.implicit ? "1.2.840.10008.1.2" : "1.2.840.10008.1.2.1";
  if (opts.preamble !== false) {
    parts.push(...new Array(128).fill(0), ...ascii("DICM"));
    el(0x0002, 0x0001, "OB", new Uint8Array([0, 1]), true);
    el(0x0002, 0x0010, "UI", ts, true);
  }
  for (const [g, e, vr, v] of elements) el(g, e, vr, v, !opts.implicit);
  return new Uint8Array(parts);
}

export const DICOM_PATIENT: [number, number, string, string | Uint8Array][] = [
  [0x0008, 0x0020, "DA", "20240301"],
  [0x0008, 0x0050, "SH", "ACC123456"],
  [0x0008, 0x0060, "CS", "CR"],
  [0x0008, 0x0080, "LO", "Royal Cornwall Hospital"],
  [0x0008, 0x0090, "PN", "WHO^JOHN^^DR"],
  [0x0008, 0x1110, "SQ", new Uint8Array([0xfe, 0xff, 0x00, 0xe0, 8, 0, 0, 0, 0x08, 0x00, 0x50, 0x11, 0x55, 0x49, 0x00, 0x00])],
  [0x0010, 0x0010, "PN", "SMITH^MARY"],
  [0x0010, 0x0020, "LO", "RCH-0042"],
  [0x0010, 0x0030, "DA", "19520314"],
  [0x0028, 0x0010, "US", new Uint8Array([0, 2])],
  [0x0028, 0x0011, "US", new Uint8Array([0, 2])],
  [0x0028, 0x0301, "CS", "YES"],
  [0x7fe0, 0x0010, "OW", new Uint8Array(16)],
];

/** A 1000x600 "screenshot" with a wristband-style label (PNG). */
export async function wristband(): Promise<Uint8Array> {
  const svg = `<svg width="1000" height="600" xmlns="http://www.w3.org/2000/svg">
<rect width="1000" height="600" fill="#d9dde8"/>
<rect x="60" y="40" width="880" height="70" fill="#3b5b92"/>
<text x="80" y="88" font-family="sans-serif" font-size="30" fill="white">Ward 7 - Observations</text>
<rect x="150" y="220" width="720" height="190" rx="30" fill="white" stroke="#333" stroke-width="3"/>
<text x="190" y="275" font-family="sans-serif" font-size="34">Name: Mary Smith</text>
<text x="190" y="325" font-family="sans-serif" font-size="34">NHS No: 943 476 5919</text>
<text x="190" y="375" font-family="sans-serif" font-size="34">DOB: 14/03/1952</text>
</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/** A synthetic radiograph-like image: dark field, grey body with bright "bones" (greyscale JPEG). */
export async function fakeXray(w = 400, h = 500): Promise<Uint8Array> {
  const raw = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = (x - w / 2) / (w * 0.32), dy = (y - h / 2) / (h * 0.45);
      const body = dx * dx + dy * dy < 1;
      const bone = Math.abs(x - w / 2 - 20 * Math.sin(y / 40)) < 18 || (Math.abs(y - h * 0.3) < 10 && body);
      raw[y * w + x] = bone && body ? 225 : body ? 90 + ((x * 7 + y * 3) % 40) : 8 + ((x + y) % 6);
    }
  }
  return new Uint8Array(await sharp(raw, { raw: { width: w, height: h, channels: 1 } }).jpeg().toBuffer());
}

/** A JPEG whose SOF claims 10000x10000 (100 MP) but holds no real image data. */
export function hugeJpegHeader(): Uint8Array {
  const sof = [0xff, 0xc0, 0, 11, 8, 0x27, 0x10, 0x27, 0x10, 1, 1, 0x11, 0];
  const sos = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0];
  return new Uint8Array([0xff, 0xd8, ...sof, ...sos, 0x12, 0x34, 0xff, 0xd9]);
}

/** A JPEG carrying every kind of metadata we report, built by hand around a sharp-encoded image. */
export async function loadedJpeg(opts: { progressive?: boolean; orientation?: number } = {}) {
  const base = new Uint8Array(await (await photo()).jpeg({ quality: 80, progressive: opts.progressive ?? false }).toBuffer());
  const thumb = new Uint8Array(await (await photo(16, 12, 7)).jpeg().toBuffer());
  const tiff = buildExif({
    ifd0: [
      [0x010f, 2, "Apple"], [0x0110, 2, "iPhone 13 Pro"], [0x0131, 2, "17.1"], [0x0132, 2, "2024:03:01 10:11:12"],
      [0x013b, 2, "Dr Jane Example"], ...(opts.orientation ? ([[0x0112, 3, [opts.orientation]]] as const) : []),
    ] as never,
    exif: [[0x9003, 2, "2024:03:01 10:11:12"], [0xa431, 2, "SN-C39XK2"], [0xa430, 2, "Jane Example"], [0xa435, 2, "LENS-998"]],
    gps: GPS_TRURO,
    thumbnail: thumb,
  });
  const com = segment(0xfe, ascii("Mrs Smith, bay 4"));
  const app12 = segment(0xec, ascii("Ducky\0\0\0\0"));
  const bytes = insertSegments(base, exifSegment(tiff), xmpSegment(), iptc([[120, "Patient in bed 4"], [25, "surgery"], [25, "ward 7"], [90, "Truro"], [80, "J Example"]]), com, app12);
  return { base, bytes, thumb };
}

