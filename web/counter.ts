// Character counting the way each platform counts, near enough for a warning.
export interface Limit {
  platform: "x" | "bluesky" | "mastodon" | "linkedin" | "instagram";
  label: string;
  limit: number;
  /** How this platform counts (shown to the user). */
  unit: string;
}

export const LIMITS: readonly Limit[] = [
  { platform: "x", label: "X", limit: 280, unit: "weighted characters: links count 23, most emoji and CJK count 2" },
  { platform: "bluesky", label: "Bluesky", limit: 300, unit: "graphemes (what you see as one character)" },
  { platform: "mastodon", label: "Mastodon", limit: 500, unit: "characters; links count 23" },
  { platform: "instagram", label: "Instagram caption", limit: 2200, unit: "characters" },
  { platform: "linkedin", label: "LinkedIn", limit: 3000, unit: "characters" },
];

const URL_RE = /\bhttps?:\/\/[^\s]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|uk|io|co|app|social|health|nhs\.uk)(?:\/[^\s]*)?/gi;

let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): number {
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    let n = 0;
    for (const _ of segmenter.segment(text)) n++;
    return n;
  }
  return [...text].length;
}

/** twitter-text v3 weights: these code point ranges count 1, everything else 2; an emoji sequence counts 2. */
function xWeight(text: string): number {
  let total = 0;
  const withoutUrls = text.replace(URL_RE, () => {
    total += 23;
    return "";
  });
  const light = (cp: number) =>
    (cp >= 0 && cp <= 4351) || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    for (const { segment } of segmenter.segment(withoutUrls)) {
      if (/\p{Extended_Pictographic}/u.test(segment)) total += 2;
      else for (const ch of segment) total += light(ch.codePointAt(0)!) ? 1 : 2;
    }
  } else {
    for (const ch of withoutUrls) total += light(ch.codePointAt(0)!) ? 1 : 2;
  }
  return total;
}

export function countFor(platform: Limit["platform"], text: string): number {
  switch (platform) {
    case "x":
      return xWeight(text);
    case "bluesky":
      return graphemes(text);
    case "mastodon": {
      let urls = 0;
      const rest = text.replace(URL_RE, () => {
        urls += 23;
        return "";
      });
      return urls + [...rest].length;
    }
    default:
      return [...text].length;
  }
}
