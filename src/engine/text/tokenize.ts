// One linear pass that turns a post into tokens with UTF-16 offsets. Every detector and rule reads
// these tokens, so the text is scanned once per check, not once per rule.
import { fold, foldKeepCase } from "./fold";

export type TokenKind = "word" | "number" | "hashtag" | "mention" | "url" | "punct";

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Folded form: lower case, diacritics removed, curly apostrophes straightened. */
  norm: string;
  /** `norm` without a possessive ("patient's" -> "patient"); equals `norm` for most tokens. */
  stem: string;
  /** The token with case kept but apostrophes and compatibility forms folded (for case-sensitive terms). */
  exact: string;
  kind: TokenKind;
  /** Index of the sentence (or line) the token belongs to. */
  sentence: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** First word of its sentence (capitals there say nothing about names). */
  sentenceStart: boolean;
}

// Alternatives are tried left to right; each is linear (no nested quantifiers), so hostile input
// cannot make the scan backtrack.
const TOKEN_RE =
  /\s+|(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|(?<![\p{L}\p{N}@.])[a-z0-9-]{1,40}\.(?:com|co\.uk|org|net|uk|io|ly|to|gl|me|app|shop|store|link|bio|page)\/[^\s<>"]*)|([#@][\p{L}\p{N}_]+)|(\p{N}+(?:[.,:/]\p{N}+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}\p{M}]+)*)|([\s\S])/gu;

const SENTENCE_END = new Set([".", "!", "?", ";", "\u2026"]);
/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "eg", "ie", "e.g", "i.e", "no", "approx", "fig", "rev", "sr", "jr", "mt"]);
const UPPER_FIRST = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let atSentenceStart = true;
  let lastEnd = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    // A line break between tokens starts a new sentence: posts often have no full stops.
    if (start > lastEnd && tokens.length > 0 && hasNewline(text, lastEnd, start)) {
      sentence++;
      atSentenceStart = true;
    }
    if (m[1] === undefined && m[2] === undefined && m[3] === undefined && m[4] === undefined && m[5] === undefined) continue; // whitespace
    if (m[5] !== undefined) {
      const punct = raw === "\u2019" ? "'" : raw;
      tokens.push({ start, end: start + raw.length, text: raw, norm: punct, stem: punct, exact: punct, kind: "punct", sentence, cap: false, sentenceStart: false });
      lastEnd = start + raw.length;
      if (SENTENCE_END.has(raw)) {
        const prev = tokens[tokens.length - 2];
        if (!(raw === "." && prev && prev.kind === "word" && ABBREVIATIONS.has(prev.norm) && prev.end === start)) {
          sentence++;
          atSentenceStart = true;
        }
      }
      continue;
    }
    const kind: TokenKind = m[1] !== undefined ? "url" : m[2] !== undefined ? (raw[0] === "#" ? "hashtag" : "mention") : m[3] !== undefined ? "number" : "word";
    const norm = kind === "url" ? raw : fold(raw);
    tokens.push({
      start,
      end: start + raw.length,
      text: raw,
      norm,
      stem: kind === "word" && norm.endsWith("'s") ? norm.slice(0, -2) : norm,
      exact: foldKeepCase(raw),
      kind,
      sentence,
      cap: kind === "word" && UPPER_FIRST.test(raw),
      sentenceStart: atSentenceStart,
    });
    atSentenceStart = false;
    lastEnd = start + raw.length;
  }
  return tokens;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
