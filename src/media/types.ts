// Types of the media layer (browser-safe).

export type ImageFormat = "jpeg" | "png" | "webp" | "tiff" | "heif" | "gif" | "bmp" | "dicom";

/** What a metadata item reveals; decides the rule and severity of the finding made from it. */
export type MetaKind =
  | "gps" // coordinates (EXIF GPS, XMP exif:GPS*)
  | "location" // a named place (IPTC city, XMP photoshop:City, Iptc4xmpCore:Location)
  | "capture-time"
  | "device" // make/model/lens
  | "serial" // body/lens serial number, image unique id, maker notes
  | "owner" // owner, artist, creator, copyright, by-line
  | "software" // software, host computer, creator tool
  | "history" // XMP edit history, derived-from, document ancestors
  | "text" // free text: descriptions, captions, titles, comments, keywords, PNG text
  | "thumbnail" // embedded preview images (may hold the uncropped original)
  | "other"; // other metadata blocks (unknown APPn, maker notes, trailers)

export interface MetadataItem {
  kind: MetaKind;
  /** Field name as the container calls it, e.g. "GPSLatitude", "XMP dc:creator", "IPTC Caption-Abstract". */
  field: string;
  /** Human-readable value (truncated to 200 characters). */
  value: string;
  /** Which block it came from, e.g. "EXIF", "XMP", "IPTC", "COM", "PNG tEXt". */
  container: string;
}

export interface GpsPosition {
  latitude: number;
  longitude: number;
  altitude?: number;
  /** Where it came from: "EXIF" or "XMP". */
  container: string;
}

/** A metadata-carrying block of the file (what stripping would remove). */
export interface MetadataBlock {
  /** e.g. "APP1 Exif", "APP1 XMP", "APP13 Photoshop", "COM", "tEXt", "EXIF", "XMP ", "Exif item". */
  name: string;
  offset: number;
  length: number;
}

export interface ImageMetadata {
  format: ImageFormat;
  width?: number;
  height?: number;
  /** EXIF/TIFF orientation 1..8 when present. */
  orientation?: number;
  gps?: GpsPosition;
  items: MetadataItem[];
  blocks: MetadataBlock[];
  /** For DICOM files: the identifying tags. */
  dicom?: DicomInfo;
}

export interface StripResult {
  bytes: Uint8Array;
  /** One entry per removed block, e.g. "APP1 Exif (1234 bytes)". */
  removed: string[];
  /** The EXIF orientation that was kept (written back as a minimal orientation-only EXIF). */
  orientation?: number;
  /** Things that could not be removed losslessly (e.g. HEIF thumbnail items). */
  warnings: string[];
}

export interface DicomTag {
  tag: string; // "(0010,0010)"
  name: string; // "PatientName"
  value: string;
}

export interface DicomInfo {
  /** True when the file had the 128-byte preamble and "DICM". */
  part10: boolean;
  transferSyntax?: string;
  modality?: string;
  rows?: number;
  columns?: number;
  /** Identifying tags found (patient, institution, people, dates, device). */
  tags: DicomTag[];
  burnedInAnnotation?: boolean;
}

/** Raw pixels for the pixel heuristics (RGBA, RGB or grey, 8 bits). */
export interface Pixels {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  channels: number;
}

/** A word recognised by OCR, in image pixels. */
export interface OcrWord {
  text: string;
  confidence: number;
  box: { x: number; y: number; width: number; height: number };
  /** Line index (words on the same line share it). */
  line: number;
}

export interface FaceBox {
  box: { x: number; y: number; width: number; height: number };
  score: number;
}
