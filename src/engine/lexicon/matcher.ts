// Whole-word phrase matching over tokens, longest phrase first, for every lexicon at once.
// Built once per process (module-level cache in ./index.ts); a match is a hash lookup on the first
// word followed by a short comparison, so cost grows with the number of tokens, not of phrases.
import { fold, foldKeepCase } from "../text/fold";
import { tokenize, type Token } from "../text/tokenize";
import type { LexiconData, LexiconEntry } from "./types";

export interface PhraseMatch {
  lexicon: string;
  entry: LexiconEntry;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  /** Token indices [first, last]. */
  firstToken: number;
  lastToken: number;
}

interface Candidate {
  lexicon: string;
  entry: LexiconEntry;
  parts: string[];
  caseSensitive: boolean;
}

/** Hyphens and dashes between words are ignored, so "frequent-flyer" matches "frequent flyer". */
const isJoiner = (t: Token) => t.kind === "punct" && (t.text === "-" || t.text === "\u2010" || t.text === "\u2011");

export class PhraseMatcher {
  private readonly index = new Map<string, Candidate[]>();

  constructor(lexicons: Iterable<LexiconData>) {
    for (const lex of lexicons) for (const entry of lex.entries) this.addEntry(lex.name, entry);
    for (const list of this.index.values()) list.sort((a, b) => b.parts.length - a.parts.length || (a.lexicon < b.lexicon ? -1 : 1));
  }

  addEntry(lexicon: string, entry: LexiconEntry): void {
    const cs = entry.caseSensitive === true;
    for (const form of entry.forms) {
      const parts = tokenize(form).filter((t) => !isJoiner(t)).map((t) => (cs ? foldKeepCase(t.text) : t.norm));
      if (parts.length === 0) continue;
      const key = (cs ? "\u0000" : "") + parts[0];
      let list = this.index.get(key);
      if (!list) this.index.set(key, (list = []));
      list.push({ lexicon, entry, parts, caseSensitive: cs });
    }
  }

  /** All matches; within one lexicon, the longest match wins and matches do not overlap. */
  match(tokens: readonly Token[]): PhraseMatch[] {
    const stream: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (!isJoiner(tokens[i]!)) stream.push(i);
    const found: PhraseMatch[] = [];
    const lastEnd = new Map<string, number>();
    for (let s = 0; s < stream.length; s++) {
      const tok = tokens[stream[s]!]!;
      const seenLex = new Set<string>();
      const lists: Candidate[][] = [];
      const byNorm = this.index.get(tok.norm);
      if (byNorm) lists.push(byNorm);
      if (tok.stem !== tok.norm) {
        const byStem = this.index.get(tok.stem);
        if (byStem) lists.push(byStem);
      }
      const byCase = this.index.get("\u0000" + foldKeepCase(tok.text));
      if (byCase) lists.push(byCase);
      // A hashtag's body matches single words: "#botox" is "botox".
      if (tok.kind === "hashtag") {
        const body = this.index.get(tok.norm.slice(1));
        if (body) lists.push(body.filter((c) => c.parts.length === 1));
      }
      for (const list of lists) {
        for (const cand of list) {
          if (seenLex.has(cand.lexicon)) continue;
          if (s + cand.parts.length > stream.length) continue;
          let ok = true;
          for (let k = 1; k < cand.parts.length; k++) {
            const t = tokens[stream[s + k]!]!;
            const part = cand.parts[k];
            if (cand.caseSensitive ? foldKeepCase(t.text) !== part : t.norm !== part && t.stem !== part) { ok = false; break; }
          }
          if (!ok) continue;
          const first = stream[s]!;
          const last = stream[s + cand.parts.length - 1]!;
          const start = tokens[first]!.start;
          if ((lastEnd.get(cand.lexicon) ?? -1) > start) continue;
          seenLex.add(cand.lexicon);
          const end = tokens[last]!.end;
          lastEnd.set(cand.lexicon, end);
          found.push({ lexicon: cand.lexicon, entry: cand.entry, start, end, firstToken: first, lastToken: last });
        }
      }
    }
    return found;
  }
}

/** Folded form used for allow-list comparisons. */
export const foldPhrase = (s: string): string => fold(s).replace(/[-\s]+/g, " ").trim();
