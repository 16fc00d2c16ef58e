// Pixel heuristics over raw 8-bit pixels (browser-safe): is this image radiograph-like?
// A plain radiograph is greyscale, mostly dark background with a wide spread of mid-tones
// (bone and soft tissue), in a portrait or near-square frame. This is a hint, not a classifier:
// findings made from it say "may".
import type { Pixels } from "./types.js";

export interface RadiographSignal {
  radiograph: boolean;
  /** Share of sampled pixels with no colour (max-min channel <= 12). */
  grey: number;
  /** Share of dark pixels (< 40). */
  dark: number;
  /** Share of mid-tone pixels (60..200). */
  mid: number;
  /** Standard deviation of luminance (0..127). */
  spread: number;
  aspect: number;
}

export function radiographSignal(p: Pixels): RadiographSignal {
  const { data, width, height, channels } = p;
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / 40000)));
  let n = 0, grey = 0, dark = 0, mid = 0, sum = 0, sum2 = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * channels;
      let l: number;
      if (channels >= 3) {
        const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
        if (Math.max(r, g, b) - Math.min(r, g, b) <= 12) grey++;
        l = (r * 77 + g * 150 + b * 29) >> 8;
      } else {
        grey++;
        l = data[i]!;
      }
      if (l < 40) dark++;
      else if (l >= 60 && l <= 200) mid++;
      sum += l;
      sum2 += l * l;
      n++;
    }
  }
  if (n === 0) return { radiograph: false, grey: 0, dark: 0, mid: 0, spread: 0, aspect: 0 };
  const mean = sum / n;
  const spread = Math.sqrt(Math.max(0, sum2 / n - mean * mean));
  const s: RadiographSignal = { radiograph: false, grey: grey / n, dark: dark / n, mid: mid / n, spread, aspect: width / height };
  s.radiograph = s.grey >= 0.97 && s.dark >= 0.15 && s.mid >= 0.15 && spread >= 40 && s.aspect >= 0.5 && s.aspect <= 2 && width >= 64 && height >= 64;
  return s;
}
