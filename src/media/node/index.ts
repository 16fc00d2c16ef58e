// Node entry points of the media layer (for the CLI and the server). Re-exports the
// browser-safe API too.
export * from "../index.js";
export { checkImageFile, cleanImageFile, defaultCleanPath, readImageFile, writeAtomic, DEFAULT_MAX_BYTES } from "./files.js";
export type { CleanOptions, CleanResult, ImageFileOptions, ImageFileReport } from "./files.js";
export { ocrWords, shutdownOcr, engLangPath } from "./ocr.js";
export type { OcrOptions } from "./ocr.js";
export { detectFaces } from "./faces.js";
export type { FaceOptions } from "./faces.js";
export { decodeSmall, checkDimensions, DEFAULT_MAX_PIXELS } from "./decode.js";
export type { DecodeLimits } from "./decode.js";

/** Release the OCR worker so the process can exit. */
export async function shutdownMedia(): Promise<void> {
  const { shutdownOcr } = await import("./ocr.js");
  await shutdownOcr();
}
