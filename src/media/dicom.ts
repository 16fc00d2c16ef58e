// DICOM: detection (Part 10 with "DICM", or a bare data set) and a small reader for the tags
// that identify a patient, the people and the place. Explicit/implicit VR little endian and
// explicit big endian; sequences are skipped; reading stops at Pixel Data. Browser-safe.
import { ascii, text, u16be, u16le, u32be, u32le } from "./bytes.js";
import { MediaError } from "./errors.js";
import { isDicom } from "./format.js";
import type { DicomInfo, DicomTag } from "./types.js";

export const DICOM_TAGS: Record<number, string> = {
  0x00100010: "PatientName",
  0x00100020: "PatientID",
  0x00100030: "PatientBirthDate",
  0x00100040: "PatientSex",
  0x00101010: "PatientAge",
  0x00101000: "OtherPatientIDs",
  0x00101001: "OtherPatientNames",
  0x00101040: "PatientAddress",
  0x00102154: "PatientTelephoneNumbers",
  0x00080080: "InstitutionName",
  0x00080081: "InstitutionAddress",
  0x00081040: "InstitutionalDepartmentName",
  0x00080090: "ReferringPhysicianName",
  0x00081050: "PerformingPhysicianName",
  0x00081060: "NameOfPhysiciansReadingStudy",
  0x00081070: "OperatorsName",
  0x00321032: "RequestingPhysician",
  0x00080020: "StudyDate",
  0x00080021: "SeriesDate",
  0x00080022: "AcquisitionDate",
  0x00080023: "ContentDate",
  0x00080030: "StudyTime",
  0x00080050: "AccessionNumber",
  0x00200010: "StudyID",
  0x00081010: "StationName",
  0x00181000: "DeviceSerialNumber",
};
/** Patient tags: identifying on their own. */
export const PATIENT_TAGS = new Set([0x00100010, 0x00100020, 0x00100030, 0x00101000, 0x00101001, 0x00101040, 0x00102154, 0x00080050]);

const LONG_VR = new Set(["OB", "OW", "OF", "SQ", "UT", "UN", "OD", "OL", "OV", "SV", "UV", "UC", "UR"]);
const UNDEF = 0xffffffff;

function tagString(t: number): string {
  const h = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
  return `(${h(t >>> 16)},${h(t & 0xffff)})`;
}

class Reader {
  steps = 0;
  constructor(
    readonly b: Uint8Array,
    public explicit: boolean,
    public le: boolean,
  ) {}
  u16(o: number) { return this.le ? u16le(this.b, o) : u16be(this.b, o); }
  u32(o: number) { return this.le ? u32le(this.b, o) : u32be(this.b, o); }
  /** Read one element header at o. */
  header(o: number): { tag: number; vr: string; len: number; value: number } {
    const b = this.b;
    if (o + 8 > b.length) throw new MediaError("truncated", `DICOM element header at byte ${o} is truncated`);
    if (++this.steps > 2e6) throw new MediaError("corrupt", "DICOM has too many elements");
    const tag = ((this.u16(o) << 16) >>> 0) + this.u16(o + 2);
    if (tag >>> 16 === 0xfffe) return { tag, vr: "", len: this.u32(o + 4), value: o + 8 };
    if (this.explicit) {
      const vr = ascii(b, o + 4, o + 6);
      if (LONG_VR.has(vr)) {
        if (o + 12 > b.length) throw new MediaError("truncated", "DICOM element header is truncated");
        return { tag, vr, len: this.u32(o + 8), value: o + 12 };
      }
      return { tag, vr, len: this.u16(o + 6), value: o + 8 };
    }
    return { tag, vr: tag === 0x7fe00010 ? "OW" : "", len: this.u32(o + 4), value: o + 8 };
  }
  /** Skip an undefined-length sequence or item list starting at o (just after the header). */
  skipUndefined(o: number, depth: number): number {
    if (depth > 32) throw new MediaError("corrupt", "DICOM sequences nest too deeply");
    for (;;) {
      const h = this.header(o);
      if (h.tag === 0xfffee0dd) return h.value; // sequence delimiter
      if (h.tag === 0xfffee000) {
        if (h.len === UNDEF) {
          o = h.value;
          for (;;) {
            const e = this.header(o);
            if (e.tag === 0xfffee00d) { o = e.value; break; }
            o = this.skipElement(e, depth + 1);
          }
        } else o = h.value + h.len;
        continue;
      }
      o = this.skipElement(h, depth + 1);
    }
  }
  skipElement(h: { tag: number; vr: string; len: number; value: number }, depth: number): number {
    if (h.len === UNDEF) return this.skipUndefined(h.value, depth);
    const end = h.value + h.len;
    if (end > this.b.length) throw new MediaError("truncated", `DICOM element ${tagString(h.tag)} runs past the end`);
    return end;
  }
}

export function readDicom(b: Uint8Array): DicomInfo {
  if (!isDicom(b)) throw new MediaError("unsupported", "not a DICOM file");
  const part10 = b.length >= 132 && ascii(b, 128, 132) === "DICM";
  const info: DicomInfo = { part10, tags: [] };
  let o = part10 ? 132 : 0;
  let ts: string | undefined;
  // File meta group (0002) is always explicit VR little endian.
  const meta = new Reader(b, true, true);
  while (o + 8 <= b.length && u16le(b, o) === 0x0002) {
    const h = meta.header(o);
    if (h.tag === 0x00020010) ts = text(b, h.value, h.value + h.len).replace(/\0/g, "").trim();
    o = meta.skipElement(h, 0);
  }
  if (ts) info.transferSyntax = ts;
  let explicit = true, le = true;
  if (ts === "1.2.840.10008.1.2") explicit = false;
  else if (ts === "1.2.840.10008.1.2.2") le = false;
  else if (ts === "1.2.840.10008.1.2.1.99") throw new MediaError("unsupported", "deflated DICOM is not supported");
  else if (!ts) explicit = /^[A-Z]{2}$/.test(ascii(b, o + 4, o + 6));
  const r = new Reader(b, explicit, le);
  while (o + 8 <= b.length) {
    const h = r.header(o);
    if (h.tag === 0x7fe00010) break; // pixel data
    if (h.len !== UNDEF && h.value + h.len > b.length) throw new MediaError("truncated", `DICOM element ${tagString(h.tag)} runs past the end`);
    const name = DICOM_TAGS[h.tag];
    if (name && h.len !== UNDEF) {
      const v = text(b, h.value, h.value + h.len).replace(/\s+$/, "");
      if (v) info.tags.push({ tag: tagString(h.tag), name, value: v.slice(0, 200) } satisfies DicomTag);
    } else if (h.tag === 0x00080060) info.modality = text(b, h.value, h.value + h.len);
    else if (h.tag === 0x00280010 && h.len === 2) info.rows = r.u16(h.value);
    else if (h.tag === 0x00280011 && h.len === 2) info.columns = r.u16(h.value);
    else if (h.tag === 0x00280301) info.burnedInAnnotation = /YES/i.test(text(b, h.value, h.value + h.len));
    o = r.skipElement(h, 0);
  }
  return info;
}

/** "SMITH^JOHN^^MR" → "JOHN SMITH". */
export function personName(pn: string): string {
  const [family = "", given = "", middle = "", prefix = ""] = pn.split("=")[0]!.split("^");
  return [prefix, given, middle, family].filter(Boolean).join(" ");
}
