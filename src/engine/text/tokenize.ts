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
export const TOKEN_RE =
  /\s+|(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|(?<![\p{L}\p{N}@.])[a-z0-9-]{1,40}\.(?:com|co\.uk|org|net|uk|io|ly|to|gl|me|app|shop|store|link|bio|page)\/[^\s<>"]*)|([#@][\p{L}\p{N}_]+)|(\p{N}+(?:[.,:/]\p{N}+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}\p{M}]+)*)|([\s\S])/gu;

const SENTENCE_END = new Set([".", "!", "?", ";", "\u2026"]);
/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "eg", "ie", "e.g", "i.e", "no", "approx", "fig", "rev", "sr", "jr", "mt"]);
const UPPER_FIRST = /^\p{Lu}/u;

/** The same grammar, anchored at one position: used wherever the ASCII fast path below is unsure. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, "uy");

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isHandleChar = (c: number) => isAsciiLetter(c) || isAsciiDigit(c) || c === 95;

/**
 * Where the next token ends and which kind it is, for ASCII text, packed as `end * 8 + kind` (one
 * number, not a tuple: this runs once per token); -1 when only the full Unicode grammar (TOKEN_AT)
 * can say. Kept in step with TOKEN_RE: the tokenizer test compares the two.
 */
function asciiToken(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c)) {
    // letters and digits, then any number of apostrophe segments of letters only ("Jones's", "o'clock")
    let j = i + 1;
    let apostrophe = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isAsciiLetter(d) || (!apostrophe && isAsciiDigit(d))) j++;
      else if ((d === 39 || d === 0x2019) && j + 1 < n && isAsciiLetter(text.charCodeAt(j + 1))) { j += 2; apostrophe = true; }
      else break;
    }
    if (j < n) {
      const d = text.charCodeAt(j);
      // a dot, colon or hyphen may make it a URL or domain; anything non-ASCII may extend the word,
      // and so may an apostrophe before a non-ASCII letter ("S'𝜶")
      if (d === 46 || d === 58 || d === 45 || d > 127) return -1;
      if (d === 39 && j + 1 < n && text.charCodeAt(j + 1) > 127) return -1;
    }
    return pack(j, WORD);
  }
  if (isAsciiDigit(c)) {
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isAsciiDigit(d)) j++;
      else if ((d === 46 || d === 44 || d === 58 || d === 47) && j + 1 < n && isAsciiDigit(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    if (j < n) {
      const d = text.charCodeAt(j);
      if (isAsciiLetter(d) || d === 45 || d === 46 || d > 127) return -1; // "4u.com/x", "12.5%", non-ASCII digits
      // a separator before a non-ASCII numeral ("0/𐦼") continues the number in the full grammar
      if ((d === 44 || d === 58 || d === 47) && j + 1 < n && text.charCodeAt(j + 1) > 127) return -1;
    }
    return pack(j, NUMBER);
  }
  if (c === 35 || c === 64) {
    if (i + 1 < n && isHandleChar(text.charCodeAt(i + 1))) {
      let j = i + 2;
      while (j < n && isHandleChar(text.charCodeAt(j))) j++;
      if (j < n && text.charCodeAt(j) > 127) return -1;
      return pack(j, c === 35 ? HASHTAG : MENTION);
    }
    if (i + 1 < n && text.charCodeAt(i + 1) > 127) return -1;
    return pack(i + 1, PUNCT);
  }
  if (c === 45) return -1; // a hyphen can start a domain
  if (c < 128) return pack(i + 1, PUNCT);
  return -1;
}
const WORD = 0, NUMBER = 1, HASHTAG = 2, MENTION = 3, URL = 4, PUNCT = 5;
function pack(end: number, kind: number): number { return end * 8 + kind; }
const KINDS: TokenKind[] = ["word", "number", "hashtag", "mention", "url", "punct"];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let atSentenceStart = true;
  let lastEnd = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiSpace(c)) { i++; continue; }
    let end: number;
    let kind: number;
    const fast = asciiToken(text, i);
    if (fast !== -1) {
      end = Math.floor(fast / 8);
      kind = fast % 8;
    } else {
      TOKEN_AT.lastIndex = i;
      const m = TOKEN_AT.exec(text)!; // the last alternative matches any character
      end = i + m[0].length;
      kind = m[1] !== undefined ? URL : m[2] !== undefined ? (m[0][0] === "#" ? HASHTAG : MENTION) : m[3] !== undefined ? NUMBER : m[4] !== undefined ? WORD : m[5] !== undefined ? PUNCT : -1;
      if (kind === -1) { i = end; continue; } // non-ASCII whitespace
    }
    const start = i;
    i = end;
    const raw = text.slice(start, end);
    // A line break between tokens starts a new sentence: posts often have no full stops.
    if (start > lastEnd && tokens.length > 0 && hasNewline(text, lastEnd, start)) {
      sentence++;
      atSentenceStart = true;
    }
    lastEnd = end;
    if (kind === PUNCT) {
      const punct = raw === "\u2019" ? "'" : raw;
      tokens.push({ start, end, text: raw, norm: punct, stem: punct, exact: punct, kind: "punct", sentence, cap: false, sentenceStart: false });
      if (SENTENCE_END.has(raw)) {
        const prev = tokens[tokens.length - 2];
        // "...", "?!" end one sentence, not three; an abbreviation's full stop ends none
        const repeated = prev !== undefined && prev.kind === "punct" && prev.end === start && SENTENCE_END.has(prev.text);
        if (!repeated && !(raw === "." && prev && prev.kind === "word" && ABBREVIATIONS.has(prev.norm) && prev.end === start)) {
          sentence++;
          atSentenceStart = true;
        }
      }
      continue;
    }
    const k = KINDS[kind]!;
    // the fast path only returns ASCII tokens: lower-casing is all the folding they need
    const ascii = fast !== -1;
    const norm = k === "url" ? raw : ascii ? raw.toLowerCase() : fold(raw);
    const first = raw.charCodeAt(0);
    tokens.push({
      start,
      end,
      text: raw,
      norm,
      stem: k === "word" && norm.endsWith("'s") ? norm.slice(0, -2) : norm,
      exact: ascii ? raw : foldKeepCase(raw),
      kind: k,
      sentence,
      cap: k === "word" && (first < 128 ? first >= 65 && first <= 90 : UPPER_FIRST.test(raw)),
      sentenceStart: atSentenceStart,
    });
    atSentenceStart = false;
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
