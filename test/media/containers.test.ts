import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectFormat, readMetadata, stripMetadata } from "../../src/media/metadata.js";
import { MediaError } from "../../src/media/errors.js";
import {
  ascii, buildExif, concat, GPS_TRURO, loadedJpeg, photo, rawPixels, segment,
} from "./helpers.js";

const kinds = (bytes: Uint8Array) => readMetadata(bytes).items.map((i) => `${i.kind}:${i.field}`);

function scanData(b: Uint8Array): Uint8Array {
  // from the first SOS to the end: the compressed image data
  for (let i = 2; i < b.length - 1; ) {
    if (b[i] !== 0xff) throw new Error("bad marker");
    if (b[i + 1] === 0xda) return b.subarray(i);
    i += 2 + ((b[i + 2]! << 8) | b[i + 3]!);
  }
  throw new Error("no SOS");
}

describe("detectFormat", () => {
  it("sniffs magic bytes, not names", async () => {
    const img = await photo(8, 8);
    expect(detectFormat(new Uint8Array(await img.clone().jpeg().toBuffer()))).toBe("jpeg");
    expect(detectFormat(new Uint8Array(await img.clone().png().toBuffer()))).toBe("png");
    expect(detectFormat(new Uint8Array(await img.clone().webp().toBuffer()))).toBe("webp");
    expect(detectFormat(new Uint8Array(await img.clone().tiff().toBuffer()))).toBe("tiff");
    expect(detectFormat(new Uint8Array(await img.clone().avif().toBuffer()))).toBe("heif");
    expect(detectFormat(ascii("hello world"))).toBeNull();
  });
});

describe("JPEG", () => {
  it("reports every planted field", async () => {
    const { bytes } = await loadedJpeg();
    const md = readMetadata(bytes);
    expect(md.gps?.latitude).toBeCloseTo(50.26, 4);
    expect(md.gps?.longitude).toBeCloseTo(-5.05, 4);
    const f = Object.fromEntries(md.items.map((i) => [i.field, i.value]));
    expect(f).toMatchObject({
      Make: "Apple", Model: "iPhone 13 Pro", Software: "17.1", Artist: "Dr Jane Example", BodySerialNumber: "SN-C39XK2",
      CameraOwnerName: "Jane Example", LensSerialNumber: "LENS-998", DateTimeOriginal: "2024:03:01 10:11:12",
      "XMP photoshop:City": "Truro", "XMP dc:creator": "Dr Jane Example", "XMP dc:description": "Bed 4 Mrs Smith before surgery",
      "IPTC Caption-Abstract": "Patient in bed 4", "IPTC Keywords": "surgery; ward 7", "IPTC City": "Truro", "IPTC By-line": "J Example",
      "JPEG comment": "Mrs Smith, bay 4",
    });
    expect(f["XMP xmpMM:History"]).toMatch(/2 edit event.*cropped/);
    expect(kinds(bytes)).toContain("thumbnail:EXIF thumbnail (IFD1)");
    expect(kinds(bytes)).toContain("other:APP12 Ducky");
    // cross-check with an independent reader
    const ex = await exifr.parse(bytes, { gps: true });
    expect(ex.latitude).toBeCloseTo(md.gps!.latitude, 6);
  });

  for (const progressive of [false, true]) {
    it(`strips losslessly (${progressive ? "progressive" : "baseline"})`, async () => {
      const { bytes, base } = await loadedJpeg({ progressive });
      const s = stripMetadata(bytes);
      expect(s.removed.length).toBe(5);
      // compressed data byte-identical, pixels identical
      expect(Buffer.from(scanData(s.bytes)).equals(Buffer.from(scanData(bytes)))).toBe(true);
      expect((await rawPixels(s.bytes)).equals(await rawPixels(bytes))).toBe(true);
      // nothing left: our reader and exifr agree
      expect(readMetadata(s.bytes).items).toEqual([]);
      expect(await exifr.parse(s.bytes, { xmp: true, iptc: true, ifd1: true })).toBeUndefined();
      // the thumbnail's bytes are gone too
      expect(s.bytes.length).toBeLessThanOrEqual(base.length);
      expect(Buffer.from(s.bytes).equals(Buffer.from(base))).toBe(true);
    });
  }

  it("keeps orientation as a minimal EXIF", async () => {
    const { bytes } = await loadedJpeg({ orientation: 6 });
    const s = stripMetadata(bytes);
    expect(s.orientation).toBe(6);
    const md = readMetadata(s.bytes);
    expect(md.orientation).toBe(6);
    expect(md.items).toEqual([]);
    expect((await sharp(s.bytes).metadata()).orientation).toBe(6);
    const off = stripMetadata(bytes, { keepOrientation: false });
    expect(off.orientation).toBeUndefined();
    expect(off.warnings[0]).toMatch(/rotated/);
    expect(readMetadata(off.bytes).orientation).toBeUndefined();
  });

  it("removes a JFIF thumbnail and data after EOI, keeps ICC", async () => {
    const base = new Uint8Array(await (await photo()).withIccProfile("srgb").jpeg().toBuffer());
    // JFIF APP0 with a 2x1 thumbnail
    const jfif = segment(0xe0, concat(ascii("JFIF\0"), new Uint8Array([1, 2, 0, 0, 1, 0, 1, 2, 1, 1, 2, 3, 4, 5, 6])));
    const bytes = concat(base.subarray(0, 2), jfif, base.subarray(2), ascii("TRAILER-SECRET-ORIGINAL-IMAGE"));
    expect(kinds(bytes)).toEqual(expect.arrayContaining(["thumbnail:JFIF thumbnail", "other:data after end of image"]));
    const s = stripMetadata(bytes);
    expect(s.removed.join()).toMatch(/JFIF thumbnail.*data after EOI/);
    expect(readMetadata(s.bytes).items).toEqual([]);
    expect((await sharp(s.bytes).metadata()).icc).toBeDefined();
    expect((await rawPixels(s.bytes)).equals(await rawPixels(base))).toBe(true);
    expect(Buffer.from(s.bytes).includes("SECRET")).toBe(false);
  });

  it("never modifies its input", async () => {
    const { bytes } = await loadedJpeg();
    const copy = bytes.slice();
    stripMetadata(bytes);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});

const EXIF = {
  IFD0: { Make: "Google", Model: "Pixel 8", Artist: "Dr Jane Example", Software: "HDR+" },
  IFD2: { BodySerialNumber: "SN1234", DateTimeOriginal: "2024:01:02 03:04:05" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 15/1 36/1", GPSLongitudeRef: "W", GPSLongitude: "5/1 3/1 0/1" },
};
const XMP_SMALL = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Xmp Person"/></rdf:RDF></x:xmpmeta>';

describe.each(["png", "webp", "avif"] as const)("%s", (fmt) => {
  it("reports, strips losslessly and keeps orientation", async () => {
    let img = (await photo())[fmt](fmt === "png" ? {} : { lossless: fmt === "webp" }).withMetadata({ orientation: 6 }).withExif(EXIF);
    if (fmt !== "png") img = img.withXmp(XMP_SMALL);
    const bytes = new Uint8Array(await img.toBuffer());
    const md = readMetadata(bytes);
    expect(md.gps?.latitude).toBeCloseTo(50.26, 4);
    const f = Object.fromEntries(md.items.map((i) => [i.field, i.value]));
    expect(f).toMatchObject({ Make: "Google", Artist: "Dr Jane Example", BodySerialNumber: "SN1234" });
    if (fmt !== "png") expect(f["XMP dc:creator"]).toBe("Xmp Person");
    const s = stripMetadata(bytes);
    expect(s.removed.length).toBeGreaterThanOrEqual(1);
    expect(readMetadata(s.bytes).items).toEqual([]);
    expect(readMetadata(s.bytes).gps).toBeUndefined();
    expect((await rawPixels(s.bytes)).equals(await rawPixels(bytes))).toBe(true);
    if (fmt !== "avif") {
      expect(s.orientation).toBe(6);
      expect((await sharp(s.bytes).metadata()).orientation).toBe(6);
    }
    expect(Buffer.from(s.bytes).includes("Jane")).toBe(false);
    expect(Buffer.from(s.bytes).includes("SN1234")).toBe(false);
  });
});

describe("PNG text chunks", () => {
  it("reports and removes tEXt/iTXt/tIME", async () => {
    const base = new Uint8Array(await (await photo(16, 16)).png().toBuffer());
    const { crc32 } = await import("../../src/media/bytes.js");
    const chunk = (type: string, data: Uint8Array) => {
      const c = new Uint8Array(12 + data.length);
      new DataView(c.buffer).setUint32(0, data.length);
      c.set(ascii(type), 4); c.set(data, 8);
      new DataView(c.buffer).setUint32(8 + data.length, crc32(c, 4, 8 + data.length));
      return c;
    };
    const bytes = concat(base.subarray(0, 33),
      chunk("tEXt", ascii("Author\0Dr Jane Example")), chunk("iTXt", ascii("Comment\0\0\0en\0\0NHS 943 476 5919")),
      chunk("tIME", new Uint8Array([7, 232, 3, 1, 10, 11, 12])), base.subarray(33));
    const f = Object.fromEntries(readMetadata(bytes).items.map((i) => [i.field, i.value]));
    expect(f).toMatchObject({ "PNG tEXt Author": "Dr Jane Example", "PNG iTXt Comment": "NHS 943 476 5919", "PNG tIME": "2024-3-1 10:11:12" });
    const s = stripMetadata(bytes);
    expect(Buffer.from(s.bytes).equals(Buffer.from(base))).toBe(true);
  });
});

describe("TIFF", () => {
  it("compacts IFDs in place and zeroes removed values", async () => {
    // a hand-made 4x2 RGB TIFF with metadata and a GPS IFD
    const w = 4, h = 2;
    const pixels = new Uint8Array(w * h * 3).map((_, i) => (i * 37) & 255);
    const tiff = buildExif({
      ifd0: [
        [256, 3, [w]], [257, 3, [h]], [258, 3, [8, 8, 8]], [259, 3, [1]], [262, 3, [2]], [273, 4, [0]], [277, 3, [3]],
        [278, 3, [h]], [279, 4, [pixels.length]], [0x010f, 2, "Canon"], [0x013b, 2, "Dr Jane Example"], [0x8298, 2, "(c) Jane Example"],
      ],
      gps: GPS_TRURO,
    });
    const bytes = concat(tiff, pixels);
    // patch StripOffsets (tag 273) to point at the pixels
    const v = new DataView(bytes.buffer);
    const n = v.getUint16(8);
    for (let i = 0; i < n; i++) if (v.getUint16(10 + i * 12) === 273) v.setUint32(10 + i * 12 + 8, tiff.length);
    const md = readMetadata(bytes);
    expect(md.width).toBe(4);
    expect(md.gps?.latitude).toBeCloseTo(50.26, 4);
    expect(md.items.map((i) => i.field)).toEqual(expect.arrayContaining(["Make", "Artist", "Copyright"]));
    const s = stripMetadata(bytes);
    expect(s.bytes.length).toBe(bytes.length);
    expect(readMetadata(s.bytes).items).toEqual([]);
    expect(readMetadata(s.bytes).gps).toBeUndefined();
    expect(Buffer.from(s.bytes).includes("Jane")).toBe(false);
    expect((await rawPixels(s.bytes)).equals(await rawPixels(bytes))).toBe(true);
  });
});

describe("bad input", () => {
  const code = (f: () => unknown) => {
    try { f(); } catch (e) { expect(e).toBeInstanceOf(MediaError); return (e as MediaError).code; }
    return "no error";
  };
  it("gives typed errors, never crashes", async () => {
    const jpeg = new Uint8Array(await (await photo()).jpeg().toBuffer());
    const png = new Uint8Array(await (await photo()).png().toBuffer());
    const webp = new Uint8Array(await (await photo()).webp().toBuffer());
    expect(code(() => readMetadata(new Uint8Array(0)))).toBe("empty");
    expect(code(() => stripMetadata(new Uint8Array(0)))).toBe("empty");
    expect(code(() => readMetadata(ascii("just some text, not an image")))).toBe("unsupported");
    expect(code(() => readMetadata(jpeg.subarray(0, jpeg.length / 2)))).toBe("truncated");
    expect(code(() => stripMetadata(png.subarray(0, png.length - 20)))).toBe("truncated");
    expect(code(() => stripMetadata(webp.subarray(0, 30)))).toBe("truncated");
    const bad = jpeg.slice(); bad[4] = 0; bad[5] = 1; // APP0 length 1
    expect(code(() => readMetadata(bad))).toBe("corrupt");
  });
  it("survives random corruption (fuzz)", async () => {
    const { bytes } = await loadedJpeg();
    const png = new Uint8Array(await (await photo()).png().withExif(EXIF).toBuffer());
    const webp = new Uint8Array(await (await photo()).webp().withExif(EXIF).toBuffer());
    const avif = new Uint8Array(await (await photo(16, 16)).avif().withExif(EXIF).toBuffer());
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (const src of [bytes, png, webp, avif]) {
      for (let k = 0; k < 300; k++) {
        const b = src.slice(0, rnd(2) ? src.length : rnd(src.length) + 1);
        for (let j = 0; j < 1 + rnd(8); j++) b[rnd(b.length)] = rnd(256);
        for (const f of [readMetadata, stripMetadata]) {
          try { f(b); } catch (e) { if (!(e instanceof MediaError)) throw e; }
        }
      }
    }
  });
});
