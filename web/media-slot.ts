// Photo checks in the worker, using the browser-safe media module (src/media): the container's
// metadata (GPS, device serials, owner names...), DICOM tags and, when the browser can decode the
// image, a radiograph heuristic on downsampled pixels. OCR and face detection run only in the CLI
// (their models are too large for a page that must load in under a second).
import { checkImage, isMediaError, stripMetadata } from "../src/media/index";
import type { Pixels } from "../src/media/index";
import type { CheckOptions } from "../src/engine/types";
import type { ImageResult } from "./protocol";

const MIME: Record<string, string> = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp", heif: "image/heif", tiff: "image/tiff" };

async function decodePixels(bytes: Uint8Array): Promise<Pixels | undefined> {
  if (typeof createImageBitmap !== "function" || typeof OffscreenCanvas !== "function") return undefined;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
    const scale = Math.min(1, 400 / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext("2d");
    if (!ctx) return undefined;
    ctx.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    return { data: ctx.getImageData(0, 0, width, height).data, width, height, channels: 4 };
  } catch {
    return undefined; // formats the browser cannot decode (TIFF, DICOM, often HEIF): metadata only
  }
}

export async function checkImageInWorker(buffer: ArrayBuffer, _name: string, options: CheckOptions): Promise<ImageResult> {
  const bytes = new Uint8Array(buffer);
  try {
    const pixels = await decodePixels(bytes);
    const report = checkImage(bytes, pixels ? { ...options, pixels } : options);
    const result: ImageResult = { available: true, report: { verdict: report.verdict, score: report.score, findings: report.findings } };
    if (report.image.metadataBlocks.length > 0) {
      try {
        const stripped = stripMetadata(bytes);
        result.stripped = stripped.bytes.slice().buffer;
        result.mime = MIME[report.image.format] ?? "application/octet-stream";
      } catch (e) {
        if (!isMediaError(e)) throw e;
      }
    }
    return result;
  } catch (e) {
    return { available: true, error: isMediaError(e) ? e.message : e instanceof Error ? e.message : String(e) };
  }
}
