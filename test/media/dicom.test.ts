import { describe, expect, it } from "vitest";
import { readDicom } from "../../src/media/dicom.js";
import { MediaError } from "../../src/media/errors.js";
import { detectFormat, readMetadata } from "../../src/media/metadata.js";
import { buildDicom, DICOM_PATIENT } from "./helpers.js";

describe("DICOM", () => {
  for (const variant of [{}, { implicit: true }, { preamble: false }] as const) {
    it(`reads patient tags (${JSON.stringify(variant)})`, () => {
      const b = buildDicom(DICOM_PATIENT, variant);
      expect(detectFormat(b)).toBe("dicom");
      const d = readDicom(b);
      expect(d.part10).toBe(!("preamble" in variant));
      const t = Object.fromEntries(d.tags.map((x) => [x.name, x.value]));
      expect(t).toMatchObject({
        PatientName: "SMITH^MARY", PatientID: "RCH-0042", PatientBirthDate: "19520314", InstitutionName: "Royal Cornwall Hospital",
        ReferringPhysicianName: "WHO^JOHN^^DR", StudyDate: "20240301", AccessionNumber: "ACC123456",
      });
      if (!("implicit" in variant)) {
        expect(d.modality).toBe("CR");
        expect(d.rows).toBe(512);
      }
      expect(d.burnedInAnnotation).toBe(true);
    });
  }
  it("is found whatever the file is called (sniffed, not named)", () => {
    const md = readMetadata(buildDicom(DICOM_PATIENT));
    expect(md.format).toBe("dicom");
    expect(md.dicom?.tags.length).toBeGreaterThanOrEqual(7);
  });
  it("rejects truncated files with a typed error", () => {
    const b = buildDicom(DICOM_PATIENT);
    for (const n of [140, 200, 260, b.length - 10]) {
      try {
        readDicom(b.subarray(0, n));
      } catch (e) {
        expect(e).toBeInstanceOf(MediaError);
      }
    }
  });
});
