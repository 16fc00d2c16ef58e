// The shared reading of one post: tokens, every detector's spans, and questions rules ask about a
// span's surroundings (is it negated, quoted, rejected, reported; is this post about a patient?).
// Built once per check; rules only read it.
import { tokenize, type Token } from "./text/tokenize";
import type { PhraseMatch } from "./lexicon/matcher";
import type { Audience, PostContext, Span, SpanType } from "./types";

export interface ResolvedContext extends PostContext {
  audience: Audience;
}

export class Analysis {
  readonly tokens: Token[];
  readonly phrases: PhraseMatch[] = [];
  private readonly spanList: Span[] = [];
  private readonly byType = new Map<SpanType, Span[]>();
  private readonly byLexicon = new Map<string, Span[]>();
  /** Indexed by sentence number (sparse: a full stop then a line break ends two sentences with no tokens between). */
  private sentenceRanges: { start: number; end: number; first: number; last: number }[] | undefined;

  /** Number of ASCII digits in the text: detectors for numbers, dates and ages skip posts without enough. */
  readonly digits: number;

  private readonly memos = new Map<string, unknown>();
  /** The values of every PostCache for this post (see PostCache). */
  readonly postCaches = new Map<PostCache<unknown>, unknown>();
  /** A value computed once per post (per-sentence flags and the like) for helpers that rules share. */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = compute();
    this.memos.set(key, v);
    return v;
  }

  /** Sentences containing a token accepted by `test` (one pass over the tokens, memoised by `key`). */
  sentencesWith(key: string, test: (t: Token) => boolean): ReadonlySet<number> {
    // its own map, keyed by the caller's constant string: no key is built per call in rules' loops
    let out = this.sentenceSets.get(key);
    if (!out) {
      out = new Set<number>();
      for (const t of this.tokens) if (test(t)) out.add(t.sentence);
      this.sentenceSets.set(key, out);
    }
    return out;
  }
  private readonly sentenceSets = new Map<string, Set<number>>();

  /** Folded words of the post, so a detector can skip a pattern whose key word is absent. */
  get words(): ReadonlySet<string> {
    if (!this.wordSet) {
      const set = new Set<string>();
      for (const t of this.tokens) set.add(t.stem);
      this.wordSet = set;
    }
    return this.wordSet;
  }

  /** Whether any of `words` (stems: base forms) is in the post: set lookups that let a rule skip a scan of the tokens. */
  hasAnyWord(words: readonly string[]): boolean {
    // an array and an index loop: a for-of over mixed iterables allocates an iterator per call
    const set = this.words;
    for (let i = 0; i < words.length; i++) if (set.has(words[i]!)) return true;
    return false;
  }
  private wordSet: Set<string> | undefined;

  constructor(readonly text: string, readonly context: ResolvedContext, readonly allow: ReadonlySet<string>) {
    this.tokens = tokenize(text);
    let digits = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    this.digits = digits;
  }

  /** Remove spans a later detector has shown to be something else ("Isaac" in "Port Isaac"). */
  dropSpans(predicate: (s: Span) => boolean): void {
    const keep = this.spanList.filter((s) => !predicate(s));
    if (keep.length === this.spanList.length) return;
    this.spanList.length = 0;
    this.byType.clear();
    this.byLexicon.clear();
    this.filtered.clear();
    this.sentenceIndexes.clear();
    this.cached.clear();
    for (const s of keep) this.addSpan(s);
  }

  addSpan(span: Span): void {
    this.sentenceIndexes.clear();
    this.spanList.push(span);
    let list = this.byType.get(span.type);
    if (!list) this.byType.set(span.type, (list = []));
    list.push(span);
    if (span.lexicon) {
      let lex = this.byLexicon.get(span.lexicon);
      if (!lex) this.byLexicon.set(span.lexicon, (lex = []));
      lex.push(span);
    }
  }

  get spans(): readonly Span[] {
    return this.spanList;
  }

  of(type: SpanType): readonly Span[] {
    return this.byType.get(type) ?? EMPTY;
  }

  /** Phrase spans of one lexicon, optionally of some categories. */
  lexicon(name: string, ...categories: string[]): readonly Span[] {
    const list = this.byLexicon.get(name);
    if (!list) return EMPTY;
    if (categories.length === 0) return list;
    // Cached per (lexicon, categories) so rules can call this in loops; the same array comes back,
    // which also keys the per-sentence index of inSentence().
    // Keyed by lexicon, then by the categories (no string built for the common single category);
    // a list that has grown since (spans are only ever added, or all rebuilt by dropSpans, which
    // clears this cache) starts a fresh set of filtered arrays.
    let cache = this.filtered.get(name);
    if (!cache || cache.length !== list.length) this.filtered.set(name, (cache = { length: list.length, byCategories: new Map() }));
    const key = categories.length === 1 ? categories[0]! : categories.join(",");
    let hit = cache.byCategories.get(key);
    if (!hit) {
      const out: Span[] = [];
      for (const s of list) if (categories.includes(String(s.data?.category))) out.push(s);
      cache.byCategories.set(key, (hit = out));
    }
    return hit;
  }
  private readonly filtered = new Map<string, { length: number; byCategories: Map<string, readonly Span[]> }>();

  has(type: SpanType): boolean {
    return (this.byType.get(type)?.length ?? 0) > 0;
  }

  // ---- positions ------------------------------------------------------------------------------

  /** Index of the first token that ends after `offset` (binary search). */
  tokenIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  sentenceOf(offset: number): number {
    const t = this.tokens[Math.min(this.tokenIndexAt(offset), this.tokens.length - 1)];
    return t ? t.sentence : 0;
  }

  /** [start, end) offsets of every sentence, with their token index bounds (the same array on every call). */
  get sentences(): { start: number; end: number; first: number; last: number }[] {
    return (this.sentenceList ??= this.sentenceIndex().filter(Boolean));
  }
  private sentenceList: { start: number; end: number; first: number; last: number }[] | undefined;

  private sentenceIndex(): { start: number; end: number; first: number; last: number }[] {
    if (!this.sentenceRanges) {
      const out: { start: number; end: number; first: number; last: number }[] = [];
      this.tokens.forEach((t, i) => {
        const cur = out[t.sentence];
        if (!cur) out[t.sentence] = { start: t.start, end: t.end, first: i, last: i };
        else { cur.end = t.end; cur.last = i; }
      });
      this.sentenceRanges = out;
    }
    return this.sentenceRanges;
  }

  /** Tokens of the sentence holding `offset`, for cue checks. */
  sentenceTokens(offset: number): Token[] {
    const r = this.sentenceIndex()[this.sentenceOf(offset)];
    return r ? this.tokens.slice(r.first, r.last + 1) : [];
  }

  /** Spans of `list` in the same sentence as `span` (indexed per list, so repeated calls are cheap). */
  inSentence(span: { start: number }, list: readonly Span[]): readonly Span[] {
    let index = this.sentenceIndexes.get(list);
    if (!index) {
      index = new Map();
      for (const x of list) {
        const k = this.sentenceOf(x.start);
        const bucket = index.get(k);
        if (bucket) bucket.push(x);
        else index.set(k, [x]);
      }
      this.sentenceIndexes.set(list, index);
    }
    return index.get(this.sentenceOf(span.start)) ?? EMPTY;
  }

  private readonly sentenceIndexes = new Map<readonly Span[], Map<number, Span[]>>();

  /** Up to `n` word tokens before offset `at`, nearest first, not crossing a sentence. */
  wordsBefore(at: number, n: number): Token[] {
    const out: Token[] = [];
    let i = this.tokenIndexAt(at) - 1;
    const sentence = this.sentenceOf(at);
    for (; i >= 0 && out.length < n; i--) {
      const t = this.tokens[i]!;
      if (t.sentence !== sentence) break;
      if (t.kind === "word" || t.kind === "number") out.push(t);
    }
    return out;
  }

  /** Up to `n` word tokens starting at or after offset `at`, not crossing a sentence. */
  wordsAfter(at: number, n: number): Token[] {
    const out: Token[] = [];
    const first = this.tokenIndexAt(at);
    const sentence = this.tokens[first]?.sentence;
    for (let i = first; i < this.tokens.length && out.length < n; i++) {
      const t = this.tokens[i]!;
      if (t.sentence !== sentence) break;
      if (t.kind === "word" || t.kind === "number") out.push(t);
    }
    return out;
  }

  // ---- scope: negation, quotation, rejection, reported speech ---------------------------------

  /**
   * A negation cue shortly before the span in its clause ("never call patients...", "not a frequent
   * flyer", "don't say"). Clause breaks ("but", ",") end the scope.
   */
  isNegated(span: { start: number }, window = 5): boolean {
    let i = this.tokenIndexAt(span.start) - 1;
    const sentence = this.sentenceOf(span.start);
    let words = 0;
    for (; i >= 0 && words < window; i--) {
      const t = this.tokens[i]!;
      if (t.sentence !== sentence) return false;
      if (t.kind === "punct") {
        if (t.text === "," || t.text === ":" || t.text === "(") return false;
        continue;
      }
      words++;
      if (CLAUSE_BREAK.has(t.norm)) return false;
      if (t.norm === "no" && (this.isNumberLabel(i) || this.tokens[i + 1]?.text === "-")) continue; // "NHS no 943...", "no-showed"
      if (NEGATION.has(t.norm) || t.norm.endsWith("n't")) return true;
    }
    return false;
  }

  /** "no" abbreviating "number" ("NHS no 943...", "bed no. 4"), not negating. */
  private isNumberLabel(i: number): boolean {
    for (let j = i + 1; j < this.tokens.length && j <= i + 2; j++) {
      const t = this.tokens[j]!;
      if (t.kind === "number" || (t.kind === "word" && /\d/.test(t.text))) return true;
      if (!(t.kind === "punct" && (t.text === "." || t.text === ":" || t.text === "#"))) return false;
    }
    return false;
  }

  /**
   * The span sits inside an open quotation on its line. Single quotes open before a word and close
   * after a word or sentence punctuation ("IT say it's 'user error'. Posting here..." leaves
   * "Posting here" outside); an apostrophe inside a word ("it's") does neither.
   */
  isQuoted(span: { start: number; end: number }): boolean {
    const text = this.text;
    // Quotes open on the same line and not far back: bounding the scan keeps a 1 MB single-line
    // post linear.
    let lineStart = span.start;
    const limit = Math.max(0, span.start - QUOTE_LOOKBACK);
    while (lineStart > limit && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    let double = 0;
    let single = 0;
    for (let i = lineStart; i < span.start; i++) {
      const c = text[i]!;
      if (c === "\u201c" || c === "\u00ab") double++;
      else if (c === "\u201d" || c === "\u00bb") double = Math.max(0, double - 1);
      else if (c === '"') double = double > 0 ? double - 1 : 1;
      else if (c === "'" || c === "\u2018" || c === "\u2019") {
        const before = isWordChar(text.charCodeAt(i - 1));
        const after = isWordChar(text.charCodeAt(i + 1));
        if (!before && after && c !== "\u2019") single++;
        else if (single > 0 && !after && (before || CLOSING_AFTER.test(text[i - 1] ?? ""))) single--;
      }
    }
    if (double > 0 || single > 0) return true;
    // 'frequent flyer' in single quotes: quote directly before and after the span
    const before = text[span.start - 1];
    const after = text[span.end];
    return (before === "'" || before === "\u2018") && (after === "'" || after === "\u2019");
  }

  /**
   * The span is talked about rather than used: its sentence rejects the term ("we need to stop calling
   * patients frequent flyers", "'acopia' is not a diagnosis") or names it as a word ("the term X").
   */
  isRejected(span: { start: number; end: number }): boolean {
    // a cue inside the phrase itself ("should be banned from" contains "banned") is not a rejection of it
    if (this.inSentence(span, this.rejectCues).some((c) => c.end <= span.start || c.start >= span.end)) return true;
    const quoted = this.isQuoted(span);
    if (!quoted) {
      const prev = this.wordsBefore(span.start, 2);
      if (prev.some((t) => META_NOUNS.has(t.norm))) return true;
      return false;
    }
    // A quoted term that someone "used", "said" or "taught" is being mentioned, not used.
    if (this.wordsBefore(span.start, 3).some((t) => MENTION_VERBS.has(t.norm))) return true;
    // A quoted term criticised here or in the next sentence ("'FLK'... how dehumanising that was").
    const s = this.sentenceOf(span.start);
    const critiques = this.sentencesWith("meta-or-reject", (t) => META_NOUNS.has(t.norm) || REJECT_WORDS.has(t.norm));
    if (critiques.has(s) || critiques.has(s + 1)) return true;
    const cues = this.rejectCues;
    return cues.some((c) => this.sentenceOf(c.start) === s + 1);
  }

  /** Someone else's words are reported ("a patient called me a...", "he said..."). */
  isReported(span: { start: number }): boolean {
    // A closing quotation mark between a reporting verb and the span ends the reported words:
    // 'He said "fine". You're a liar' reports "fine", not "liar".
    const back = this.text.slice(Math.max(0, span.start - 80), span.start);
    const close = Math.max(back.lastIndexOf("\u201d"), back.lastIndexOf('" '), back.lastIndexOf("' "));
    const before = this.wordsBefore(span.start, 8).filter((t) => close === -1 || t.start >= span.start - back.length + close);
    for (let k = 0; k < before.length; k++) {
      const w = before[k]!.norm;
      if (REPORTING_VERBS.has(w)) {
        // "I said" is the author speaking; "he/she/they/patient said" is reported.
        const subject = before[k + 1]?.norm;
        if (subject !== "i" && subject !== "we") return true;
      }
      if ((w === "me" || w === "us") && (before[k + 1]?.norm === "called" || before[k + 1]?.norm === "calls")) return true;
    }
    return false;
  }

  private get rejectCues(): readonly Span[] {
    return (this.rejectCueList ??= this.lexicon("context-cues", "reject-cue"));
  }
  private rejectCueList: readonly Span[] | undefined;

  /** Used plainly: not negated, not rejected as a term, not someone else's reported words. */
  isAsserted(span: { start: number; end: number }): boolean {
    return !this.isNegated(span) && !this.isRejected(span) && !this.isReported(span);
  }

  // ---- post-level signals ---------------------------------------------------------------------

  private cached = new Map<string, number>();

  /** 0..1 combined strength of a lexicon category across the post (noisy-or of confidences). */
  signal(lexicon: string, category: string): number {
    const key = `${lexicon}:${category}`;
    let v = this.cached.get(key);
    if (v === undefined) {
      let miss = 1;
      for (const s of this.lexicon(lexicon, category)) if (!this.isNegated(s)) miss *= 1 - s.confidence;
      v = 1 - miss;
      this.cached.set(key, v);
    }
    return v;
  }

  /** How strongly the post reads as being about a real patient encounter. */
  get patientContext(): number {
    let v = this.cached.get("@patient");
    if (v === undefined) {
      let miss = 1 - this.signal("context-cues", "patient-cue");
      for (const s of this.of("ward-bed")) miss *= 1 - 0.5 * s.confidence;
      for (const s of this.of("clinical-setting")) miss *= 1 - 0.35 * s.confidence;
      // A named condition, a care word ("diagnosis", "scan") or a clinician's shorthand age ("61yo")
      // each say a little; together they say a lot. Capped so that public-health posts listing
      // conditions do not read as case reports on their own.
      let weak = 0;
      for (const s of this.of("condition")) if (!this.isNegated(s)) weak += 0.2 * s.confidence;
      for (const s of this.lexicon("care-disclosure", "care-noun", "action")) weak += 0.15 * s.confidence;
      for (const s of this.lexicon("care-disclosure", "confirms")) weak += 0.3 * s.confidence;
      for (const s of this.of("age")) if (s.data?.exact === true) weak += 0.15;
      for (const s of this.of("event")) weak += 0.1 * s.confidence;
      miss *= 1 - Math.min(0.45, weak);
      // "Saw ... with a hand injury", "Diagnosed a 14yo with...": a clinical verb and a clinical detail
      // in one sentence is an encounter with a patient.
      const details = [...this.of("condition"), ...this.of("age"), ...this.of("event"), ...this.lexicon("care-disclosure", "care-noun")];
      for (const verb of this.lexicon("context-cues", "encounter-verb")) {
        if (this.isNegated(verb)) continue;
        if (details.some((d) => this.sentenceOf(d.start) === this.sentenceOf(verb.start))) { miss *= 1 - verb.confidence; break; }
      }
      v = 1 - miss;
      this.cached.set("@patient", v);
    }
    return v;
  }

  /** The post says it is fictional, hypothetical or consented: identification worries fall away. */
  get fictionOrConsent(): number {
    return Math.max(this.signal("context-cues", "fiction-cue"), this.signal("context-cues", "consent-cue"));
  }

  get teaching(): number {
    return this.signal("context-cues", "teaching-cue");
  }

  get isPublic(): boolean {
    return this.context.audience === "public";
  }
}

/**
 * A value per post for helpers outside this class, used like a WeakMap<Analysis, T> (get, set, has)
 * but kept on the Analysis itself. A module-level WeakMap costs far more: every check adds an entry
 * to each of them, and the garbage collector must sweep those ephemeron tables for the dead posts.
 */
export class PostCache<T> {
  get(a: Analysis): T | undefined {
    return a.postCaches.get(this) as T | undefined;
  }
  set(a: Analysis, value: T): this {
    a.postCaches.set(this, value);
    return this;
  }
  has(a: Analysis): boolean {
    return a.postCaches.has(this);
  }
}

const EMPTY: readonly Span[] = Object.freeze([]);
const QUOTE_LOOKBACK = 400;
/** Punctuation after which a single quote closes ("...'user error.'"). */
const CLOSING_AFTER = /[.?!,\u2026]/;
const NEGATION = new Set(["not", "no", "never", "without", "nobody", "none", "neither", "nor", "cannot", "stop", "avoid", "refuse", "ban", "quit", "dont", "wont", "cant", "isnt", "arent"]);
const CLAUSE_BREAK = new Set(["but", "yet", "although", "though", "however", "whereas", "because", "since", "so"]);
// "called" is not here: "got called a c**t by a man" reports abuse, it does not discuss a word.
export const META_NOUNS = new Set(["term", "terms", "word", "words", "phrase", "phrases", "label", "labels", "slang", "calling", "nickname", "expression", "jargon"]);
export const REJECT_WORDS = new Set(["unacceptable", "dehumanising", "dehumanizing", "offensive", "derogatory", "stigmatising", "stigmatizing", "disrespectful", "racist", "sexist", "ableist", "challenged", "trope", "slur"]);
/** Verbs that present a quoted term as someone's words: "heard someone use 'X'", "was taught 'X'". */
const MENTION_VERBS = new Set(["use", "used", "using", "uses", "say", "said", "saying", "taught", "heard", "hear", "wrote", "written", "call", "calling"]);
export const REPORTING_VERBS = new Set(["said", "says", "told", "shouted", "screamed", "yelled", "texted", "wrote", "posted", "tweeted", "commented", "asked", "accused"]);

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
