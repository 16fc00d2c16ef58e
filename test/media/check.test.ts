import { listRules } from "../../src/engine";
// checkImage / checkImageFile / cleanImageFile over the engine.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImage, type ImageReport } from "../../src/media/index.js";
import { MediaError } from "../../src/media/errors.js";
import { stripMetadata } from "../../src/media/metadata.js";
import { checkImageFile, cleanImageFile, shutdownMedia } from "../../src/media/node/index.js";
import { decodeSmall } from "../../src/media/node/decode.js";
import type { OcrWord } from "../../src/media/types.js";
import { buildDicom, DICOM_PATIENT, fakeXray, hugeJpegHeader, loadedJpeg, wristband } from "./helpers.js";

afterAll(async () => { await shutdownMedia(); });

/** Image findings by field; text read from a field (a caption) may also raise text-rule findings on it, which this skips. */
const TEXT_RULES = new Set(listRules().map((r) => r.id));
const byField = (r: ImageReport) => new Map(r.findings.filter((f) => f.image?.field && !TEXT_RULES.has(f.ruleId)).map((f) => [f.image!.field!, f]));

describe("checkImage: metadata", () => {
  it("reports every planted identifier with rule, citation and field", async () => {
    const { bytes } = await loadedJpeg();
    const r = checkImage(bytes);
    expect(r.verdict).toBe("stop");
    const loc = r.findings.find((f) => f.ruleId === "privacy/photo-location" && f.image?.field === "GPSLatitude/GPSLongitude")!;
    expect(loc.severity).toBe("error");
    expect(loc.message).toMatch(/50\.26000, -5\.05000.*near Truro/);
    expect(loc.citations.map((c) => c.key)).toEqual(["gmc-sm:8c"]);
    expect(loc.citations[0]!.text).toMatch(/location/);
    const f = byField(r);
    for (const field of ["BodySerialNumber", "LensSerialNumber", "Artist", "CameraOwnerName", "XMP xmpMM:History", "XMP dc:creator",
      "IPTC Caption-Abstract", "IPTC Keywords", "IPTC By-line", "JPEG comment", "EXIF thumbnail (IFD1)", "DateTimeOriginal", "Software", "Model"]) {
      expect(f.get(field), field).toBeDefined();
      expect(f.get(field)!.ruleId).toBe("privacy/photo-metadata");
      expect(f.get(field)!.citations.length).toBeGreaterThan(0);
    }
    expect(f.get("Model")!.excerpt).toBe("Apple iPhone 13 Pro");
    expect(f.get("IPTC City")!.ruleId).toBe("privacy/photo-location");
    expect(r.image.metadataBlocks).toEqual(expect.arrayContaining(["APP1 Exif", "APP1 XMP", "APP13 Photoshop/IPTC", "COM"]));
  });
  it("is clean after stripping, deterministic, and honours rule settings", async () => {
    const { bytes } = await loadedJpeg();
    expect(checkImage(stripMetadata(bytes).bytes).findings).toEqual([]);
    expect(JSON.stringify(checkImage(bytes))).toBe(JSON.stringify(checkImage(bytes)));
    const off = checkImage(bytes, { rules: { "privacy/photo-location": "off", "privacy/photo-metadata": "off" } });
    expect(off.findings.filter((f) => f.ruleId.startsWith("privacy/photo"))).toEqual([]);
  });
});

describe("checkImage: clinical images", () => {
  it("reports DICOM patient tags (even when renamed .jpg)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scrubs-media-"));
    const p = join(dir, "xray.jpg");
    writeFileSync(p, buildDicom(DICOM_PATIENT));
    const r = await checkImageFile(p);
    expect(r.image.format).toBe("dicom");
    expect(r.verdict).toBe("stop");
    const f = byField(r);
    expect(f.get("(0010,0010) PatientName")!.message).toContain("MARY SMITH");
    expect(f.get("(0010,0010) PatientName")!.severity).toBe("error");
    expect(f.get("(0010,0020) PatientID")!.excerpt).toBe("RCH-0042");
    expect(f.get("(0010,0030) PatientBirthDate")).toBeDefined();
    expect(f.get("(0008,0080) InstitutionName")!.excerpt).toBe("Royal Cornwall Hospital");
    expect(f.get("(0008,0090) ReferringPhysicianName")).toBeDefined();
    expect(f.get("(0028,0301) BurnedInAnnotation")).toBeDefined();
    expect(r.findings.every((x) => x.ruleId === "confidentiality/clinical-image")).toBe(true);
    expect(r.findings[0]!.citations.map((c) => c.key)).toContain("seed-002:clinical-records");
  });
  it("flags radiograph-like pixels", async () => {
    const x = await fakeXray();
    const r = checkImage(x, { pixels: await decodeSmall(x) });
    expect(r.image.radiograph).toBe(true);
    expect(r.findings.map((f) => [f.ruleId, f.image?.source])).toContainEqual(["confidentiality/clinical-image", "pixels"]);
  });
  it("turns faces into clinical-image findings with boxes", async () => {
    const { bytes } = await loadedJpeg();
    const clean = stripMetadata(bytes).bytes;
    const r = checkImage(clean, { faces: [{ box: { x: 10, y: 20, width: 30, height: 30 }, score: 0.9 }] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: "confidentiality/clinical-image", image: { source: "pixels", box: { x: 10, y: 20, width: 30, height: 30 } } });
    expect(r.findings[0]!.message).toMatch(/written consent/);
  });
});

describe("checkImage: text in the image", () => {
  it("maps engine ranges back to word boxes", async () => {
    const { bytes } = await loadedJpeg();
    const clean = stripMetadata(bytes).bytes;
    const words: OcrWord[] = [
      ["NHS", 0, 10], ["No:", 0, 60], ["943", 0, 110], ["476", 0, 160], ["5919", 0, 210],
    ].map(([text, line, x]) => ({ text: text as string, line: line as number, confidence: 95, box: { x: x as number, y: 100, width: 40, height: 20 } }));
    const r = checkImage(clean, { ocr: words });
    expect(r.image.text).toBe("NHS No: 943 476 5919");
    const nhs = r.findings.find((f) => f.image?.source === "ocr" && /943/.test(f.excerpt))!;
    expect(nhs).toBeDefined();
    expect(nhs.image!.box).toMatchObject({ x: 110, y: 100, width: 140, height: 20 });
  });
  it("end to end: OCR of a wristband screenshot finds name, NHS number and DOB with boxes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scrubs-media-"));
    const p = join(dir, "screen.png");
    writeFileSync(p, await wristband());
    const r = await checkImageFile(p);
    const ocr = r.findings.filter((f) => f.image?.source === "ocr");
    const text = r.image.text!;
    const covered = (s: string) => ocr.some((f) => text.slice(f.range[0], f.range[1]).includes(s) && f.image?.box);
    expect(covered("Mary Smith"), JSON.stringify(ocr.map((f) => [f.ruleId, f.excerpt]))).toBe(true);
    expect(covered("943 476 5919"), JSON.stringify(ocr.map((f) => [f.ruleId, f.excerpt]))).toBe(true);
    expect(covered("14/03/1952") || covered("1952"), JSON.stringify(ocr.map((f) => [f.ruleId, f.excerpt]))).toBe(true);
    expect(r.verdict).toBe("stop");
  }, 30_000);
});

describe("files", () => {
  it("cleans atomically, never overwriting unless asked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scrubs-media-"));
    const { bytes } = await loadedJpeg({ orientation: 6 });
    const inPath = join(dir, "ward.jpg");
    writeFileSync(inPath, bytes);
    const res = await cleanImageFile(inPath);
    expect(res.outPath).toBe(join(dir, "ward.clean.jpg"));
    expect(res.orientation).toBe(6);
    expect(res.bytesAfter).toBeLessThan(res.bytesBefore);
    expect(Buffer.compare(readFileSync(inPath), Buffer.from(bytes))).toBe(0);
    await expect(cleanImageFile(inPath)).rejects.toMatchObject({ code: "io" });
    await expect(cleanImageFile(inPath, inPath)).rejects.toMatchObject({ code: "io" });
    await cleanImageFile(inPath, undefined, { overwrite: true });
    expect(checkImage(new Uint8Array(readFileSync(inPath))).findings).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(["ward.clean.jpg", "ward.jpg"]);
  });
  it("gives typed errors for bad files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scrubs-media-"));
    const w = (name: string, b: Uint8Array | string) => { const p = join(dir, name); writeFileSync(p, b); return p; };
    const { bytes } = await loadedJpeg();
    const cases: [string, string][] = [
      [w("empty.jpg", new Uint8Array(0)), "empty"],
      [w("notes.jpg", "Mrs Smith bed 4, NHS 943 476 5919"), "unsupported"],
      [w("half.jpg", bytes.subarray(0, 900)), "truncated"],
      [w("huge.jpg", hugeJpegHeader()), "too-large"],
      [join(dir, "missing.jpg"), "io"],
    ];
    for (const [p, code] of cases) {
      const err = await checkImageFile(p, { ocr: false }).then(() => null, (e: unknown) => e);
      expect(err, p).toBeInstanceOf(MediaError);
      expect((err as MediaError).code, p).toBe(code);
    }
  });
});
