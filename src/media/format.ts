// Format sniffing from magic bytes (never from the file name). Browser-safe.
import { ascii, startsWithAscii, u16le } from "./bytes.js";
import type { ImageFormat } from "./types.js";

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis", "mif2", "miaf"]);

export function detectFormat(b: Uint8Array): ImageFormat | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 8 && b[0] === 0x89 && startsWithAscii(b, 1, "PNG\r\n\x1a\n")) return "png";
  if (b.length >= 12 && startsWithAscii(b, 0, "RIFF") && startsWithAscii(b, 8, "WEBP")) return "webp";
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a)))
    return "tiff";
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2b && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2b)))
    return "tiff"; // BigTIFF (reported as unsupported by the parser)
  if (b.length >= 16 && startsWithAscii(b, 4, "ftyp")) {
    const major = ascii(b, 8, 12);
    if (HEIF_BRANDS.has(major)) return "heif";
    const size = Math.min(b.length, ((b[0]! << 24) >>> 0) + ((b[1]! << 16) | (b[2]! << 8) | b[3]!));
    for (let o = 16; o + 4 <= size; o += 4) if (HEIF_BRANDS.has(ascii(b, o, o + 4))) return "heif";
  }
  if (b.length >= 6 && (startsWithAscii(b, 0, "GIF87a") || startsWithAscii(b, 0, "GIF89a"))) return "gif";
  if (b.length >= 14 && b[0] === 0x42 && b[1] === 0x4d) return "bmp";
  if (isDicom(b)) return "dicom";
  return null;
}

/** DICOM Part 10 ("DICM" at 128) or a bare data set starting with a group 0002/0008 element. */
export function isDicom(b: Uint8Array): boolean {
  if (b.length >= 132 && startsWithAscii(b, 128, "DICM")) return true;
  if (b.length < 8) return false;
  const group = u16le(b, 0);
  if (group !== 0x0002 && group !== 0x0008) return false;
  const element = u16le(b, 2);
  if (element > 0x0100 && group === 0x0002) return false;
  // explicit VR: two upper-case letters; implicit: 4-byte length that fits
  const vr = ascii(b, 4, 6);
  if (/^[A-Z]{2}$/.test(vr)) return true;
  const len = u16le(b, 4) + u16le(b, 6) * 65536;
  return len < b.length && len < 1024 && element <= 0x0100;
}
