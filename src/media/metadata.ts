// Entry points over every container: detectFormat, readMetadata, stripMetadata. Browser-safe.
import { readDicom } from "./dicom.js";
import { MediaError } from "./errors.js";
import { detectFormat } from "./format.js";
import { readHeif, stripHeif } from "./heif.js";
import { readJpeg, stripJpeg } from "./jpeg.js";
import { readPng, stripPng } from "./png.js";
import { readExif, stripTiffInPlace, TiffView } from "./tiff.js";
import type { ImageMetadata, StripResult } from "./types.js";
import { readWebp, stripWebp } from "./webp.js";

export { detectFormat } from "./format.js";

export interface StripOptions {
  /** Keep the EXIF orientation as a minimal orientation-only EXIF block (default true). */
  keepOrientation?: boolean;
}

function nonEmpty(bytes: Uint8Array): void {
  if (!(bytes instanceof Uint8Array)) throw new MediaError("unsupported", "expected a Uint8Array");
  if (bytes.length === 0) throw new MediaError("empty", "the file is empty (0 bytes)");
}

function unsupported(bytes: Uint8Array): never {
  throw new MediaError("unsupported", looksLikeText(bytes) ? "not an image: the file looks like text" : "not an image format scrubs reads (JPEG, PNG, WebP, HEIF/HEIC/AVIF, TIFF, DICOM)");
}

function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 512);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127) || c >= 0xc0) printable++;
  }
  return n > 0 && printable / n > 0.95;
}

/** Read every metadata block the file carries. Throws MediaError on bad input. */
export function readMetadata(bytes: Uint8Array): ImageMetadata {
  nonEmpty(bytes);
  const format = detectFormat(bytes);
  switch (format) {
    case "jpeg":
      return readJpeg(bytes);
    case "png":
      return readPng(bytes);
    case "webp":
      return readWebp(bytes);
    case "heif":
      return readHeif(bytes);
    case "tiff": {
      const view = new TiffView(bytes, 0, bytes.length);
      const ex = readExif(view, "TIFF", { imageIfds: true });
      const md: ImageMetadata = { format: "tiff", items: ex.items, blocks: [] };
      if (ex.width) md.width = ex.width;
      if (ex.height) md.height = ex.height;
      if (ex.gps) md.gps = ex.gps;
      if (ex.orientation) md.orientation = ex.orientation;
      return md;
    }
    case "dicom": {
      const dicom = readDicom(bytes);
      const md: ImageMetadata = { format: "dicom", items: [], blocks: [], dicom };
      if (dicom.columns) md.width = dicom.columns;
      if (dicom.rows) md.height = dicom.rows;
      return md;
    }
    case "gif":
    case "bmp":
      throw new MediaError("unsupported", `${format.toUpperCase()} images are not supported; convert to PNG first`);
    default:
      return unsupported(bytes);
  }
}

/**
 * Remove every metadata block while keeping the compressed image data byte-identical.
 * JPEG/PNG/WebP are rewritten by copying the kept slices; TIFF and HEIF are cleaned in place
 * (metadata payloads blanked, layout unchanged). The input is never modified.
 */
export function stripMetadata(bytes: Uint8Array, options: StripOptions = {}): StripResult {
  nonEmpty(bytes);
  const format = detectFormat(bytes);
  switch (format) {
    case "jpeg":
      return stripJpeg(bytes, options);
    case "png":
      return stripPng(bytes, options);
    case "webp":
      return stripWebp(bytes, options);
    case "heif":
      return stripHeif(bytes);
    case "tiff": {
      const out = bytes.slice();
      const { removed } = stripTiffInPlace(out);
      return { bytes: out, removed, warnings: [] };
    }
    case "dicom":
      throw new MediaError("unsupported", "DICOM files cannot be cleaned here: export a de-identified image from PACS or use a DICOM de-identification tool");
    case "gif":
    case "bmp":
      throw new MediaError("unsupported", `${format.toUpperCase()} images are not supported; convert to PNG first`);
    default:
      return unsupported(bytes);
  }
}
