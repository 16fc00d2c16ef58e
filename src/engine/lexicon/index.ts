// The lexicons compiled into the engine, and the one shared matcher built from them on first use.
import { LEXICONS } from "../generated/lexicons";
import { placesLexicon } from "../places/gazetteer";
import { PhraseMatcher } from "./matcher";
import type { LexiconData, LexiconEntry } from "./types";

export type { LexiconData, LexiconEntry } from "./types";

let shared: PhraseMatcher | undefined;

/** Lists looked up word by word by their own detectors rather than matched as phrases. */
const LOOKUP_ONLY = new Set(["names-first", "names-surnames", "ambiguous-place-names"]);

/** The matcher over every bundled phrase lexicon; built once per process. */
export function sharedMatcher(): PhraseMatcher {
  return (shared ??= new PhraseMatcher([...Object.values(LEXICONS).filter((l) => !LOOKUP_ONLY.has(l.name)), placesLexicon()]));
}

export function lexicon(name: string): LexiconData {
  const lex = Object.hasOwn(LEXICONS, name) ? LEXICONS[name] : undefined;
  if (!lex) throw new Error(`scrubs: lexicon "${name}" is not bundled (is data/lexicons/${name}.yaml missing?)`);
  return lex;
}

export function hasLexicon(name: string): boolean {
  return Object.hasOwn(LEXICONS, name);
}

/** Entries of a lexicon keyed by every form, for rules that look words up directly. */
const formIndexes = new Map<string, Map<string, LexiconEntry>>();
export function formIndex(name: string): Map<string, LexiconEntry> {
  let idx = formIndexes.get(name);
  if (!idx) {
    idx = new Map();
    if (hasLexicon(name)) for (const e of lexicon(name).entries) for (const f of e.forms) idx.set(f, e);
    formIndexes.set(name, idx);
  }
  return idx;
}
