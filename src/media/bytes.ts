// Small byte helpers over Uint8Array (browser-safe: no Buffer).
import { MediaError } from "./errors.js";

export function u16be(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}
export function u32be(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) >>> 0) + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
}
export function u16le(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
export function u32le(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + ((b[o + 3]! << 24) >>> 0);
}

/** ASCII of bytes [start, end) (Latin-1 mapping; no decoding of multi-byte). */
export function ascii(b: Uint8Array, start: number, end: number): string {
  let s = "";
  const e = Math.min(end, b.length);
  for (let i = start; i < e; i++) s += String.fromCharCode(b[i]!);
  return s;
}

export function startsWithAscii(b: Uint8Array, o: number, s: string): boolean {
  if (o + s.length > b.length) return false;
  for (let i = 0; i < s.length; i++) if (b[o + i] !== s.charCodeAt(i)) return false;
  return true;
}

const utf8 = new TextDecoder("utf-8", { fatal: false });
const latin1 = new TextDecoder("latin1");
/** Decode text, UTF-8 when valid-ish, trimming NULs and whitespace. */
export function text(b: Uint8Array, start = 0, end = b.length): string {
  const slice = b.subarray(start, Math.min(end, b.length));
  let s = utf8.decode(slice);
  if (s.includes("\uFFFD")) s = latin1.decode(slice);
  return clean(s);
}
export function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u0000+$/g, "").replace(/\u0000/g, " ").trim();
}

export function need(b: Uint8Array, end: number, what: string): void {
  if (end > b.length) throw new MediaError("truncated", `${what} runs past the end of the file (${end} > ${b.length} bytes)`);
}

/** Concatenate slices of `src` and inserted buffers into one array in a single copy pass. */
export function assemble(src: Uint8Array, parts: (readonly [number, number] | Uint8Array)[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p instanceof Uint8Array ? p.length : p[1] - p[0];
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    if (p instanceof Uint8Array) {
      out.set(p, o);
      o += p.length;
    } else {
      out.set(src.subarray(p[0], p[1]), o);
      o += p[1] - p[0];
    }
  }
  return out;
}

/** Merge adjacent [start,end) slices (keeps the copy list short). */
export function pushSlice(parts: (readonly [number, number] | Uint8Array)[], start: number, end: number): void {
  if (end <= start) return;
  const last = parts[parts.length - 1];
  if (last && !(last instanceof Uint8Array) && last[1] === start) parts[parts.length - 1] = [last[0], end];
  else parts.push([start, end]);
}

let crcTable: Uint32Array | undefined;
export function crc32(b: Uint8Array, start = 0, end = b.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = crcTable[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
