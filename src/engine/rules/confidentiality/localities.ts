// Places a post names without a place name: "the tiny village I grew up in", "a town of 2,000",
// "a Hebridean island", "our local councillor". The places detector finds "a tiny village" and
// "our village"; these are the other ways people say a community is small, with a population the
// jigsaw estimate can use (¶13; the GMC blog's "small communities").
import type { Analysis } from "../../analysis";
import type { Span } from "../../types";
import { firstStartingAt } from "../shared";
import { patientStory, referents, withinReferent } from "./story";

export interface Locality {
  span: Span;
  population: number;
}

/** Typical sizes (the places detector's own figures for village, hamlet, island and small town). */
const SIZE: Record<string, number> = { village: 800, hamlet: 100, island: 1500, town: 4000, estate: 3000, parish: 2000, "small-town": 4000, "small town": 4000 };
const LOCAL_CATCHMENT = 300_000;
/** "the tiny village", "a remote Hebridean island", "a town of 2,000", "village of about 300 people". */
const SMALL_PLACE = /\b(?:the|a|an|our|my|this|that|same|own)\s+((?:(?:small|tiny|little|remote|rural|quiet|isolated|sleepy|[A-Z][a-z]{2,20})\s+){0,2})(village|hamlet|island|town|estate|parish)\b(?:\s+of\s+(?:about\s+|around\s+|just\s+|only\s+|barely\s+)?(\d{1,3}(?:,\d{3})*|\d+)\b)?/g;
const SMALL_WORDS = /small|tiny|little|remote|rural|quiet|isolated|sleepy|[A-Z]/;
/** "Small village, big secrets.": the same at the start of a sentence, without an article. */
const SMALL_PLACE_OPENING = /(?:^|[.!?\n]\s*)((?:Small|Tiny|Little|Remote|Rural|Isolated)\s+)(village|hamlet|island|town)\b/g;
/** "Island life", "small-town GP life", "village life": where the author lives and works, said by its way of life. */
const PLACE_LIFE = /\b(small[- ]town|village|island|hamlet)\s+(?:[A-Za-z]{2,12}\s+)?life\b/gi;
/** "Population 900", "pop. 2,300", "a population of about 400": the size of the place, stated. */
const POPULATION = /\b(?:population|pop\.)\s*(?:of\s+)?:?\s*(?:about\s+|around\s+|just\s+|only\s+|under\s+)?(\d{1,3}(?:,\d{3})+|\d{2,7})\b/gi;
const TRIGGERS = ["village", "hamlet", "island", "town", "estate", "local", "parish", "life", "population", "pop", "cottage"];
/** "the cottage hospital": a small rural hospital, which by its name serves one small town and its villages. */
const COTTAGE_HOSPITAL = /\bcottage hospital\b/gi;
const COTTAGE_CATCHMENT = 15_000;

export function localities(a: Analysis): readonly Locality[] {
  return a.memo("confidentiality:localities", () => find(a));
}

function find(a: Analysis): Locality[] {
  const words = a.words;
  if (!TRIGGERS.some((w) => words.has(w))) return [];
  const out: Locality[] = [];
  const known = [...a.of("place")].sort((x, y) => x.start - y.start);
  // overlap with a place the detector found: the last one starting before `end` (places barely nest)
  const overlaps = (start: number, end: number) => {
    const i = firstStartingAt(known, end) - 1;
    for (let k = i; k >= 0 && k >= i - 2; k--) if (known[k]!.end > start) return true;
    return false;
  };
  if (words.has("life")) {
    PLACE_LIFE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACE_LIFE.exec(a.text)) !== null) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      const population = SIZE[m[1]!.toLowerCase()] ?? SIZE.town!;
      out.push({ population, span: { type: "place", start, end, text: m[0], confidence: 0.6, detector: "localities", data: { kind: "unnamed-" + m[1]!.toLowerCase(), unnamed: true, population } } });
    }
  }
  if (words.has("cottage")) {
    COTTAGE_HOSPITAL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COTTAGE_HOSPITAL.exec(a.text)) !== null) {
      const start = m.index;
      const end = m.index + m[0].length;
      out.push({ population: COTTAGE_CATCHMENT, span: { type: "place", start, end, text: m[0], confidence: 0.7, detector: "localities", data: { kind: "cottage-hospital", unnamed: true, population: COTTAGE_CATCHMENT } } });
    }
  }
  if (words.has("population") || words.has("pop")) {
    POPULATION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = POPULATION.exec(a.text)) !== null) {
      const population = Number(m[1]!.replace(/,/g, ""));
      if (!(population > 0)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      out.push({ population, span: { type: "place", start, end, text: m[0], confidence: 0.7, detector: "localities", data: { kind: "stated-population", unnamed: true, population } } });
    }
  }
  if (words.has("village") || words.has("hamlet") || words.has("island") || words.has("town") || words.has("estate") || words.has("parish")) {
    SMALL_PLACE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SMALL_PLACE.exec(a.text)) !== null) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      const noun = m[2]!;
      const stated = m[3] ? Number(m[3].replace(/,/g, "")) : NaN;
      // "a town" or "the estate" says nothing about size without a number or a word for small
      if (!(stated > 0) && (noun === "town" || noun === "estate" || noun === "island") && !SMALL_WORDS.test(m[1] ?? "")) continue;
      const population = stated > 0 ? stated : SIZE[noun]!;
      out.push({ population, span: { type: "place", start, end, text: a.text.slice(start, end), confidence: 0.7, detector: "localities", data: { kind: "unnamed-" + noun, unnamed: true, population } } });
    }
    SMALL_PLACE_OPENING.lastIndex = 0;
    while ((m = SMALL_PLACE_OPENING.exec(a.text)) !== null) {
      const end = m.index + m[0].length;
      const start = end - m[1]!.length - m[2]!.length;
      if (overlaps(start, end)) continue;
      const population = SIZE[m[2]!]!;
      out.push({ population, span: { type: "place", start, end, text: a.text.slice(start, end), confidence: 0.7, detector: "localities", data: { kind: "unnamed-" + m[2]!, unnamed: true, population } } });
    }
  }
  // "Local councillor", "our local GP": someone known in the author's own area, when that person is
  // the one the post's story is about ("Our local MP visited the ward" is about no patient)
  if (words.has("local") && a.of("occupation").length > 0 && patientStory(a)) {
    const refs = referents(a);
    for (const o of a.of("occupation")) {
      if (!withinReferent(refs, o)) continue;
      const prev = a.wordsBefore(o.start, 1)[0];
      const first = a.tokens[a.tokenIndexAt(o.start)];
      const local = prev?.norm === "local" ? prev : first?.norm === "local" ? first : undefined;
      if (!local) continue;
      out.push({ population: LOCAL_CATCHMENT, span: { type: "place", start: local.start, end: local.end, text: local.text, confidence: 0.6, detector: "localities", data: { kind: "locality", population: LOCAL_CATCHMENT } } });
    }
  }
  return out;
}
