// Browser-safe public API of the media layer (Uint8Array in, plain data out).
export { detectFormat, readMetadata, stripMetadata } from "./metadata.js";
export type { StripOptions } from "./metadata.js";
export { MediaError, isMediaError } from "./errors.js";
export type { MediaErrorCode } from "./errors.js";
export { readDicom } from "./dicom.js";
export type * from "./types.js";
export { checkImage, IMAGE_RULES } from "./check.js";
export type { ImageCheckOptions, ImageReport } from "./check.js";
export { radiographSignal } from "./pixels.js";
export { ocrText, boxFor } from "./ocr-map.js";
