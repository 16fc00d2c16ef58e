// Whole-word phrase matching over tokens, longest phrase first, for every lexicon at once.
// Built once per process (module-level cache in ./index.ts); a match is a hash lookup on the first
// word followed by a short comparison, so cost grows with the number of tokens, not of phrases.
// The hot loop allocates nothing per token: it runs for every keystroke in the web app.
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
  lexicon: number;
  entry: LexiconEntry;
  parts: string[];
  caseSensitive: boolean;
}

/** Hyphens and dashes between words are ignored, so "frequent-flyer" matches "frequent flyer". */
export const isJoiner = (t: Token) => t.kind === "punct" && (t.text === "-" || t.text === "\u2010" || t.text === "\u2011");

/**
 * Candidates sharing a first word: one-word phrases, and longer ones indexed again by their second
 * word, so a common first word ("the", "a") costs one more lookup instead of hundreds of comparisons.
 */
interface Bucket {
  single: Candidate[];
  byNext: Map<string, Candidate[]>;
}

export class PhraseMatcher {
  /** Buckets by first word, folded; case-sensitive phrases by their first word as written. */
  private readonly index = new Map<string, Bucket>();
  private readonly caseIndex = new Map<string, Bucket>();
  private readonly names: string[] = [];
  private lastEndScratch: Int32Array | undefined;
  private matchedAtScratch: Int32Array | undefined;
  /** Consecutive parts of every phrase (folded, and as written for case-sensitive ones), built on first use by mayJoin. */
  private pairs: { folded: Map<string, Set<string>>; exact: Map<string, Set<string>> } | undefined;

  constructor(lexicons: Iterable<LexiconData>) {
    for (const lex of lexicons) for (const entry of lex.entries) this.addEntry(lex.name, entry);
    const byLength = (a: Candidate, b: Candidate) => b.parts.length - a.parts.length || a.lexicon - b.lexicon;
    for (const index of [this.index, this.caseIndex]) {
      for (const bucket of index.values()) {
        bucket.single.sort(byLength);
        for (const list of bucket.byNext.values()) list.sort(byLength);
      }
    }
  }

  private lexiconId(name: string): number {
    let id = this.names.indexOf(name);
    if (id === -1) id = this.names.push(name) - 1;
    return id;
  }

  private addEntry(lexicon: string, entry: LexiconEntry): void {
    const cs = entry.caseSensitive === true;
    const id = this.lexiconId(lexicon);
    for (const form of entry.forms) {
      const parts = tokenize(form).filter((t) => !isJoiner(t)).map((t) => (cs ? foldKeepCase(t.text) : t.norm));
      if (parts.length === 0) continue;
      const index = cs ? this.caseIndex : this.index;
      let bucket = index.get(parts[0]!);
      if (!bucket) index.set(parts[0]!, (bucket = { single: [], byNext: new Map() }));
      const candidate = { lexicon: id, entry, parts, caseSensitive: cs };
      if (parts.length === 1) bucket.single.push(candidate);
      else {
        let list = bucket.byNext.get(parts[1]!);
        if (!list) bucket.byNext.set(parts[1]!, (list = []));
        list.push(candidate);
      }
    }
  }

  /**
   * Whether some phrase has two consecutive words that `left` and `right` match, compared as match()
   * compares them (norm or stem; the exact text for case-sensitive phrases). A match can run from
   * `left` to `right` (with only joiners between) only if this holds, so a caller that wants only
   * the matches crossing some point can skip match() when no pair across it passes.
   */
  mayJoin(left: Token, right: Token): boolean {
    const { folded, exact } = (this.pairs ??= this.buildPairs());
    const l = folded.get(left.norm);
    if (l && (l.has(right.norm) || l.has(right.stem))) return true;
    const ls = left.stem !== left.norm ? folded.get(left.stem) : undefined;
    if (ls && (ls.has(right.norm) || ls.has(right.stem))) return true;
    return exact.get(left.exact)?.has(right.exact) ?? false;
  }

  private buildPairs(): { folded: Map<string, Set<string>>; exact: Map<string, Set<string>> } {
    const folded = new Map<string, Set<string>>();
    const exact = new Map<string, Set<string>>();
    for (const index of [this.index, this.caseIndex]) {
      for (const bucket of index.values()) {
        for (const list of bucket.byNext.values()) {
          for (const cand of list) {
            const pairs = cand.caseSensitive ? exact : folded;
            for (let k = 0; k + 1 < cand.parts.length; k++) {
              let set = pairs.get(cand.parts[k]!);
              if (!set) pairs.set(cand.parts[k]!, (set = new Set()));
              set.add(cand.parts[k + 1]!);
            }
          }
        }
      }
    }
    return { folded, exact };
  }

  /** All matches; within one lexicon, the longest match wins and matches do not overlap. */
  match(tokens: readonly Token[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const n = tokens.length;
    // per lexicon: end offset of its last match (no overlaps within a lexicon) and the token index it
    // last matched at (one match per lexicon per start)
    // scratch arrays reused across calls (match is synchronous and does not re-enter itself)
    const lastEnd = (this.lastEndScratch ??= new Int32Array(this.names.length)).fill(-1);
    const matchedAt = (this.matchedAtScratch ??= new Int32Array(this.names.length)).fill(-1);
    for (let i = 0; i < n; i++) {
      const tok = tokens[i]!;
      if (tok.kind === "punct" && isJoiner(tok)) continue;
      // the next word, skipping joiners ("frequent-flyer")
      let j = i + 1;
      while (j < n && isJoiner(tokens[j]!)) j++;
      const next = j < n ? tokens[j] : undefined;
      this.tryBucket(this.index.get(tok.norm), next, false, tokens, i, found, lastEnd, matchedAt, false);
      if (tok.stem !== tok.norm) this.tryBucket(this.index.get(tok.stem), next, false, tokens, i, found, lastEnd, matchedAt, false);
      if (tok.kind === "word") this.tryBucket(this.caseIndex.get(tok.exact), next, true, tokens, i, found, lastEnd, matchedAt, false);
      // A hashtag's body matches single words: "#botox" is "botox".
      else if (tok.kind === "hashtag") this.tryBucket(this.index.get(tok.norm.slice(1)), undefined, false, tokens, i, found, lastEnd, matchedAt, true);
    }
    return found;
  }

  private tryBucket(bucket: Bucket | undefined, next: Token | undefined, caseSensitive: boolean, tokens: readonly Token[], i: number, found: PhraseMatch[], lastEnd: Int32Array, matchedAt: Int32Array, singleOnly: boolean): void {
    if (!bucket) return;
    if (next && !singleOnly && bucket.byNext.size > 0) {
      if (caseSensitive) this.tryList(bucket.byNext.get(next.exact), tokens, i, found, lastEnd, matchedAt);
      else {
        this.tryList(bucket.byNext.get(next.norm), tokens, i, found, lastEnd, matchedAt);
        if (next.stem !== next.norm) this.tryList(bucket.byNext.get(next.stem), tokens, i, found, lastEnd, matchedAt);
      }
    }
    this.tryList(bucket.single, tokens, i, found, lastEnd, matchedAt);
  }

  private tryList(list: Candidate[] | undefined, tokens: readonly Token[], i: number, found: PhraseMatch[], lastEnd: Int32Array, matchedAt: Int32Array): void {
    if (!list) return;
    const start = tokens[i]!.start;
    for (let c = 0; c < list.length; c++) {
      const cand = list[c]!;
      const lex = cand.lexicon;
      if (matchedAt[lex] === i || lastEnd[lex]! > start) continue;
      // compare the remaining parts, skipping joiners in the text
      let j = i;
      let ok = true;
      for (let k = 1; k < cand.parts.length; k++) {
        j++;
        while (j < tokens.length && isJoiner(tokens[j]!)) j++;
        const t = tokens[j];
        const part = cand.parts[k]!;
        if (!t || (cand.caseSensitive ? t.exact !== part : t.norm !== part && t.stem !== part)) { ok = false; break; }
      }
      if (!ok) continue;
      const end = tokens[j]!.end;
      matchedAt[lex] = i;
      lastEnd[lex] = end;
      found.push({ lexicon: this.names[lex]!, entry: cand.entry, start, end, firstToken: i, lastToken: j });
    }
  }
}

/** Folded form used for allow-list comparisons. */
export const foldPhrase = (s: string): string => fold(s).replace(/[-\s]+/g, " ").trim();
