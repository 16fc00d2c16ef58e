// Node layer: OCR (offline), faces (offline), decoding limits. The slow tests live here.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MediaError } from "../../src/media/errors.js";
import { readMetadata } from "../../src/media/metadata.js";
import { checkDimensions, decodeSmall } from "../../src/media/node/decode.js";
import { detectFaces } from "../../src/media/node/faces.js";
import { engLangPath, ocrWords, shutdownOcr } from "../../src/media/node/ocr.js";
import { radiographSignal } from "../../src/media/pixels.js";
import { fakeXray, hugeJpegHeader, photo, wristband } from "./helpers.js";

afterAll(async () => { await shutdownOcr(); });

describe("OCR (tesseract.js, offline)", () => {
  it("uses the model shipped in @tesseract.js-data/eng", () => {
    expect(engLangPath()).toMatch(/@tesseract\.js-data[/\\]eng[/\\]4\.0\.0/);
  });
  it("reads a wristband label with word boxes, without the network", async () => {
    const realFetch = globalThis.fetch;
    let fetched = 0;
    globalThis.fetch = ((...a: Parameters<typeof fetch>) => { fetched++; return realFetch(...a); }) as typeof fetch;
    try {
      const { words, width } = await ocrWords(await wristband());
      expect(width).toBe(1000);
      const text = words.map((w) => w.text).join(" ");
      expect(text).toContain("Smith");
      expect(text).toMatch(/943 476 5919/);
      expect(text).toContain("14/03/1952");
      const smith = words.find((w) => w.text === "Smith")!;
      // "Mary Smith" is drawn at x≈190..480, baseline y=275 (font 34 px)
      expect(smith.box.x).toBeGreaterThan(250);
      expect(smith.box.x + smith.box.width).toBeLessThan(520);
      expect(smith.box.y).toBeGreaterThan(235);
      expect(smith.box.y + smith.box.height).toBeLessThan(290);
      expect(fetched).toBe(0);
    } finally {
      globalThis.fetch = realFetch;
    }
  }, 30_000);
});

describe("radiograph heuristic", () => {
  it("flags an X-ray-like image and not a colour photo or a text screenshot", async () => {
    expect(radiographSignal(await decodeSmall(await fakeXray())).radiograph).toBe(true);
    expect(radiographSignal(await decodeSmall(new Uint8Array(await (await photo(200, 150)).jpeg().toBuffer()))).radiograph).toBe(false);
    expect(radiographSignal(await decodeSmall(await wristband())).radiograph).toBe(false);
  });
});

describe("faces (@vladmandic/human, cpu backend, offline)", () => {
  it("finds the face in the package's sample and none in a flat image", async () => {
    const require = createRequire(import.meta.url);
    const sample = join(dirname(require.resolve("@vladmandic/human")), "..", "assets", "screenshot-faceid.jpg");
    const faces = await detectFaces(new Uint8Array(readFileSync(sample)));
    expect(faces.length).toBe(1);
    expect(faces[0]!.box.width).toBeGreaterThan(50);
    expect(await detectFaces(new Uint8Array(await (await photo(200, 150)).png().toBuffer()))).toEqual([]);
  }, 30_000);
});

describe("decoding limits", () => {
  it("refuses a 100 MP header before decoding", async () => {
    const b = hugeJpegHeader();
    const md = readMetadata(b);
    expect(md.width! * md.height!).toBe(1e8);
    expect(() => checkDimensions(md)).toThrow(MediaError);
    await expect(decodeSmall(b)).rejects.toMatchObject({ code: "too-large" });
  });
  it("turns decoder failures into MediaError", async () => {
    const jpeg = new Uint8Array(await (await photo()).jpeg().toBuffer());
    const broken = jpeg.slice(0, 400);
    await expect(decodeSmall(broken)).rejects.toBeInstanceOf(MediaError);
  });
});
