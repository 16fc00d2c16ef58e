/** A lexicon as emitted by scripts/build-data.mjs from data/lexicons/<name>.yaml. */
export interface LexiconEntry {
  /** Normalised headword. */
  term: string;
  /** Every normalised form that matches (term, variants, plurals). */
  forms: string[];
  confidence: number;
  source: string;
  caseSensitive?: boolean;
  category?: string;
  sensitive?: boolean;
  rarity?: string;
  town?: string;
  /** Typed numeric extras, e.g. ukWorkers, ukPrevalence, newsworthiness. */
  extra?: Record<string, number>;
}

/** (Each list's description and sources are in its data/lexicons/<name>.yaml, validated at build time.) */
export interface LexiconData {
  name: string;
  entries: LexiconEntry[];
}
