// checkImage: the image adapter over the engine. Metadata, DICOM tags, pixel hints, OCR words and
// face boxes become engine Findings (with `image: { source, field, box }`) and one Report.
// Browser-safe and synchronous: the slow parts (decoding, OCR, faces) are done by the caller
// (src/media/node/ in Node, a Web Worker in the browser) and passed in.
import { check, citation, makeReport, nearestPlace } from "../engine/index.js";
import type { CheckOptions, Citation, Finding, ImageLocation, Report, Severity } from "../engine/types.js";
import { PATIENT_TAGS, personName } from "./dicom.js";
import { readMetadata } from "./metadata.js";
import { boxFor, ocrText } from "./ocr-map.js";
import { radiographSignal } from "./pixels.js";
import type { FaceBox, ImageFormat, ImageMetadata, MetadataItem, MetaKind, OcrWord, Pixels } from "./types.js";

export const IMAGE_RULES = {
  location: "privacy/photo-location",
  metadata: "privacy/photo-metadata",
  clinical: "confidentiality/clinical-image",
} as const;

export interface ImageCheckOptions extends CheckOptions {
  /** Decoded pixels (for the radiograph heuristic). */
  pixels?: Pixels;
  /** Words recognised by OCR, in image pixels. */
  ocr?: OcrWord[];
  /** Faces found by a detector, in image pixels. */
  faces?: FaceBox[];
  /** Already-read metadata (saves a second parse). */
  metadata?: ImageMetadata;
}

export interface ImageReport extends Report {
  image: {
    format: ImageFormat;
    width?: number;
    height?: number;
    /** The text read by OCR; `source: "ocr"` findings' ranges index into it. */
    text?: string;
    faces?: number;
    radiograph?: boolean;
    /** Metadata blocks `stripMetadata` would remove. */
    metadataBlocks: string[];
  };
}

const cite = (...keys: string[]): Citation[] => keys.map((k) => citation(k));

const KIND_SEVERITY: Record<MetaKind, Severity> = {
  gps: "error",
  location: "warning",
  serial: "warning",
  owner: "warning",
  history: "warning",
  text: "warning",
  thumbnail: "warning",
  "capture-time": "info",
  device: "info",
  software: "info",
  other: "info",
};

const KIND_LABEL: Record<MetaKind, string> = {
  gps: "GPS position",
  location: "a place name",
  serial: "a device serial number or unique ID",
  owner: "the owner's or author's name",
  history: "edit history",
  text: "text",
  thumbnail: "an embedded preview image",
  "capture-time": "the capture time",
  device: "the camera or phone model",
  software: "the software used",
  other: "other metadata",
};

const FIX = "Remove the metadata before posting (`scrubs clean FILE`, or the web app's cleaned copy).";

function finding(
  ruleId: string,
  severity: Severity,
  message: string,
  excerpt: string,
  citations: Citation[],
  image: ImageLocation,
  suggestion?: string,
  seriousness?: number,
): Finding {
  const f: Finding & { seriousness?: number } = { ruleId, severity, message, range: [0, 0], excerpt, citations, image };
  // makeReport reads `seriousness` (0..100) to score the report, then strips it
  f.seriousness = seriousness ?? (severity === "error" ? 45 : severity === "warning" ? 25 : 5);
  if (suggestion) f.suggestions = [{ message: suggestion, edits: [] }];
  return f;
}

function metadataFindings(md: ImageMetadata): Finding[] {
  const out: Finding[] = [];
  const items = [...md.items];
  // GPS: one finding naming the nearest place
  if (md.gps) {
    const { latitude, longitude } = md.gps;
    const pos = `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`;
    const place = nearestPlace(latitude, longitude);
    const near = place ? ` near ${place.name}${place.admin ? ` (${place.admin})` : ""}, ${place.distanceKm.toFixed(1)} km away` : "";
    out.push(
      finding(IMAGE_RULES.location, "error", `This photo's ${md.gps.container} GPS tags say where it was taken: ${pos}${near}.`, pos,
        cite("gmc-sm:8c"), { source: "metadata", field: md.gps.container === "XMP" ? "XMP exif:GPSLatitude/GPSLongitude" : "GPSLatitude/GPSLongitude" }, FIX, 50),
    );
  }
  // Make + Model → one device finding
  const make = items.find((i) => i.field === "Make"), model = items.find((i) => i.field === "Model");
  if (make && model) {
    items.splice(items.indexOf(make), 1);
    model.value = model.value.startsWith(make.value) ? model.value : `${make.value} ${model.value}`;
  }
  const seen = new Set<string>();
  for (const it of items) {
    if (it.kind === "gps") continue; // covered above (or a GPS IFD without a position)
    const key = `${it.field}\u0000${it.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rule = it.kind === "location" ? IMAGE_RULES.location : IMAGE_RULES.metadata;
    const cites = it.kind === "location" ? cite("gmc-sm:8c") : it.kind === "thumbnail" ? cite("gmc-sm:13", "gmc-sm:8c") : cite("gmc-sm:13");
    out.push(finding(rule, KIND_SEVERITY[it.kind], messageFor(it), it.value, cites, { source: "metadata", field: it.field }, FIX));
  }
  return out;
}

function messageFor(it: MetadataItem): string {
  const where = it.container === it.field ? it.container : `${it.container} ${it.field}`;
  switch (it.kind) {
    case "thumbnail":
      return `The file carries ${KIND_LABEL.thumbnail} (${where}: ${it.value}); it may show the original before cropping or blurring.`;
    case "location":
      return `The photo's metadata names a place (${where}: "${it.value}").`;
    case "text":
      return `The photo's metadata carries hidden text (${where}: "${it.value}").`;
    case "other":
      return `The file carries ${KIND_LABEL.other} (${where}, ${it.value}).`;
    default:
      return `The photo's metadata gives ${KIND_LABEL[it.kind]} (${where}: "${it.value}").`;
  }
}

/** Run the engine on metadata text (captions, comments, descriptions): "Mrs Smith bed 4" is a disclosure. */
function metadataTextFindings(md: ImageMetadata, options: CheckOptions): Finding[] {
  const out: Finding[] = [];
  for (const it of md.items) {
    if (it.kind !== "text" && it.kind !== "location") continue;
    if (/^\(compressed|bytes$/.test(it.value)) continue;
    const r = check(it.value, options);
    for (const f of r.findings) out.push({ ...f, image: { source: "metadata", field: it.field } });
  }
  return out;
}

function dicomFindings(md: ImageMetadata): Finding[] {
  const d = md.dicom;
  if (!d) return [];
  const cites = cite("seed-002:clinical-records", "conf:119", "gmc-sm:13");
  const out: Finding[] = [
    finding(IMAGE_RULES.clinical, "error",
      `This is a DICOM file${d.modality ? ` (${d.modality})` : ""} from a medical imaging system: it is a clinical record and carries patient details.`,
      "DICOM", cites, { source: "dicom" }, "Do not post it; if you need the image, export a de-identified copy with consent.", 95),
  ];
  for (const t of d.tags) {
    const tagNum = parseInt(t.tag.replace(/[(),]/g, ""), 16);
    const patient = PATIENT_TAGS.has(tagNum);
    const shown = /Name$/.test(t.name) ? personName(t.value) : t.value;
    out.push(finding(IMAGE_RULES.clinical, patient ? "error" : "warning", `DICOM tag ${t.name} ${t.tag}: "${shown}".`, t.value, cites,
      { source: "dicom", field: `${t.tag} ${t.name}` }, undefined, patient ? 95 : 60));
  }
  if (d.burnedInAnnotation) {
    out.push(finding(IMAGE_RULES.clinical, "error", "The DICOM header says patient details are burned into the pixels (BurnedInAnnotation = YES).",
      "YES", cites, { source: "dicom", field: "(0028,0301) BurnedInAnnotation" }, undefined, 95));
  }
  return out;
}

function applySeverities(findings: Finding[], options: CheckOptions): Finding[] {
  const rules = options.rules ?? {};
  const out: Finding[] = [];
  for (const f of findings) {
    const s = rules[f.ruleId];
    if (s === "off") continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}

/**
 * Check an image. Reads the container (never decodes); uses `options.pixels`, `options.ocr` and
 * `options.faces` when given. Throws MediaError on unreadable input.
 */
export function checkImage(bytes: Uint8Array, options: ImageCheckOptions = {}): ImageReport {
  const { pixels, ocr, faces, metadata, ...checkOptions } = options;
  const md = metadata ?? readMetadata(bytes);
  const findings: Finding[] = [...metadataFindings(md), ...metadataTextFindings(md, checkOptions), ...dicomFindings(md)];
  const image: ImageReport["image"] = { format: md.format, metadataBlocks: md.blocks.map((b) => b.name) };
  if (md.width) image.width = md.width;
  if (md.height) image.height = md.height;

  let clinicalSignals = md.dicom ? 1 : 0;
  if (pixels && !md.dicom) {
    const sig = radiographSignal(pixels);
    image.radiograph = sig.radiograph;
    if (sig.radiograph) {
      clinicalSignals++;
      findings.push(finding(IMAGE_RULES.clinical, "warning",
        "This image may be a radiograph (greyscale, dark background, wide range of tones). Images of patients are clinical records: you need consent and must remove anything identifying.",
        "radiograph-like image", cite("seed-002:clinical-records", "conf:119", "gmc-sm:13"), { source: "pixels" },
        "Post only with the patient's consent, cropped and de-identified (no name, ID, date or hospital markers).", 60));
    }
  }
  if (ocr && ocr.length) {
    const t = ocrText(ocr);
    image.text = t.text;
    const r = check(t.text, checkOptions);
    for (const f of r.findings) {
      const box = boxFor(t, f.range[0], f.range[1]);
      const loc: ImageLocation = box ? { source: "ocr", box } : { source: "ocr" };
      findings.push({ ...f, image: loc });
      if (f.ruleId.startsWith("confidentiality/")) clinicalSignals++;
    }
  }
  if (faces && faces.length) {
    image.faces = faces.length;
    for (const face of faces) {
      findings.push(finding(IMAGE_RULES.clinical, clinicalSignals ? "error" : "warning",
        clinicalSignals
          ? "A person is identifiable in this clinical image: do you have their written consent?"
          : "A person is identifiable in this image: if they are a patient, do you have their written consent?",
        `face (${Math.round(face.score * 100)}%)`, cite("seed-002:clinical-records", "gmc-sm:13", "conf:119"),
        { source: "pixels", box: face.box }, "Get written consent, or blur or crop the face before posting.", clinicalSignals ? 95 : 50));
    }
  }
  const report = makeReport(applySeverities(findings, checkOptions));
  return { ...report, image };
}
