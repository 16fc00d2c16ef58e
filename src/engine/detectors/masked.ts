// Masked words: swearing ("sh*t", "f***ing", "b@stard", "c+++"), and slurs and insults written the
// same way to slip past filters. A candidate is a word that starts with a
// letter and contains mask characters; it matches a profanity of the same length whose letters agree
// wherever the candidate shows a letter (leetspeak digits and symbols read as the letters they stand
// for). Found words become phrase spans of their list, exactly like words written out.
import type { Analysis } from "../analysis";
import { lexicon, hasLexicon, type LexiconEntry } from "../lexicon";

const CANDIDATE = /(?<![\p{L}\p{N}@])\p{L}[\p{L}*@$+#%!_.0-9]{1,18}/gu;
const MASKS = new Set(["*", "#", "%", "_", "+", "."]);
const LEET: Record<string, string> = { "@": "a", $: "s", "0": "o", "1": "i", "3": "e", "!": "i", "4": "a", "5": "s", "7": "t" };

interface Form { form: string; entry: LexiconEntry; lexicon: string }
/** Lists people mask words from, and the least a masked slur or insult must show to be read as one. */
const MASKABLE: { name: string; minLength: number; minVisible: number }[] = [
  { name: "profanity", minLength: 1, minVisible: 1 },
  { name: "slurs", minLength: 4, minVisible: 2 },
  { name: "insults", minLength: 4, minVisible: 2 },
  // "p*ssed", "sh*tfaced": drunk words masked because they double as swearing
  { name: "intoxication", minLength: 5, minVisible: 3 },
  // "sh*ggable": sexual words masked like swearing
  { name: "sexual", minLength: 6, minVisible: 4 },
];
let byLength: Map<number, Form[]> | undefined;

function forms(): Map<number, Form[]> {
  if (!byLength) {
    byLength = new Map();
    for (const { name, minLength } of MASKABLE) {
      if (!hasLexicon(name)) continue;
      for (const entry of lexicon(name).entries) {
        for (const form of entry.forms) {
          if (form.includes(" ") || form.length < minLength) continue;
          let list = byLength.get(form.length);
          if (!list) byLength.set(form.length, (list = []));
          list.push({ form, entry, lexicon: name });
        }
      }
    }
  }
  return byLength;
}
const MIN_VISIBLE = new Map(MASKABLE.map((m) => [m.name, m.minVisible]));

function matches(candidate: string, form: string, minVisible: number): boolean {
  let letters = 0;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate[i]!;
    if (MASKS.has(c)) continue;
    const letter = LEET[c] ?? c;
    // "@" stands for "o" as often as for "a" ("b@llocks")
    if (letter !== form[i] && !(c === "@" && form[i] === "o")) return false;
    letters++;
  }
  return letters >= minVisible && candidate[0] === form[0];
}

/**
 * Where masked words may start: a word touching a mask character ("sh" + "*" + "t", "b" + "@stard"),
 * or a word with digits in it ("sh1t"). Only these places are examined, so the cost follows the
 * number of masked-looking words, not the length of the post.
 */
function candidateStarts(a: Analysis): number[] {
  const t = a.tokens;
  const starts: number[] = [];
  // the first word of the current run of touching words and mask characters ("sh*t", "s.h.i.t")
  let runWord = -1;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    const prev = i > 0 ? t[i - 1]! : undefined;
    const joined = !!prev && prev.end === tok.start && (prev.kind === "word" || MASK_PUNCT.has(prev.text)) && (tok.kind === "word" || tok.kind === "mention" || tok.kind === "hashtag" || MASK_PUNCT.has(tok.text));
    if (!joined) runWord = -1;
    if (runWord === -1 && tok.kind === "word") runWord = i;
    let masked = false;
    if (tok.kind === "word" && /\d/.test(tok.text)) masked = true;
    else if (tok.kind === "punct" && MASK_PUNCT.has(tok.text) && prev && prev.end === tok.start && prev.kind === "word") {
      // "." and "!" after a word end sentences; they mask only inside a word ("s.h.i.t", "sh!t")
      const next = t[i + 1];
      masked = (tok.text !== "." && tok.text !== "!") || (!!next && next.start === tok.end && (next.kind === "word" || MASK_PUNCT.has(next.text)));
    } else if ((tok.kind === "mention" || tok.kind === "hashtag") && prev && prev.end === tok.start && prev.kind === "word") masked = true;
    if (masked && runWord !== -1) {
      const s = t[runWord]!.start;
      if (starts[starts.length - 1] !== s) starts.push(s);
    }
  }
  return starts;
}
const MASK_PUNCT = new Set(["*", "#", "%", "_", "+", ".", "$", "!", "@"]);
const CANDIDATE_AT = new RegExp(CANDIDATE.source, "uy");

export function detectMaskedProfanity(a: Analysis): void {
  const starts = candidateStarts(a);
  if (starts.length === 0) return;
  const text = a.text;
  const emails = a.of("email");
  const urls = a.of("url");
  for (const at of starts) {
    CANDIDATE_AT.lastIndex = at;
    const m = CANDIDATE_AT.exec(text);
    if (!m) continue;
    let word = m[0];
    // trailing punctuation is sentence punctuation, not masking: "great!" and "end." are words
    while (word.length > 1 && /[!.]$/.test(word)) word = word.slice(0, -1);
    const body = word.toLowerCase();
    if (!/[*@$+#%!_0-9]/.test(body.slice(1))) continue;
    if (/^\p{L}+$/u.test(body.replace(/[0-9]+$/, "")) && /[0-9]$/.test(body)) continue; // "covid19", "f1"
    const start = m.index;
    const end = start + word.length;
    if (emails.some((s) => s.start < end && start < s.end) || urls.some((s) => s.start < end && start < s.end)) continue;
    const list = forms().get(body.length);
    if (!list) continue;
    // one span per list the masked word matches (a word can be both a swear word and an insult)
    const seen = new Set<string>();
    for (const hit of list) {
      if (seen.has(hit.lexicon) || !matches(body, hit.form, MIN_VISIBLE.get(hit.lexicon) ?? 1)) continue;
      seen.add(hit.lexicon);
      const e = hit.entry;
      a.addSpan({ type: "phrase", start, end, text: word, confidence: e.confidence, detector: "masked-words", lexicon: hit.lexicon, data: { category: e.category, term: e.term, source: e.source, masked: true } });
    }
  }
}
