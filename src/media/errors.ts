// Typed errors for image input. Every failure the media layer can see on bad input becomes a
// MediaError with a stable `code`, so the CLI and the web app can say what went wrong without
// parsing messages. Browser-safe.

export type MediaErrorCode =
  | "empty" // zero bytes
  | "unsupported" // not an image format we read (or a variant we do not handle, e.g. BigTIFF)
  | "truncated" // the container ends before a segment/chunk/box does
  | "corrupt" // structure is invalid (bad signature inside, impossible lengths, loops)
  | "too-large" // pixel count or byte size over the configured limit
  | "timeout" // decoding/OCR took longer than the configured limit
  | "decode-failed" // the decoder (sharp) rejected the file
  | "io"; // file system error (Node layer only)

export class MediaError extends Error {
  readonly code: MediaErrorCode;
  constructor(code: MediaErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MediaError";
    this.code = code;
  }
}

export function isMediaError(e: unknown): e is MediaError {
  return e instanceof MediaError;
}
