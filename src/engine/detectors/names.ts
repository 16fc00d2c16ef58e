// Names of people: a title and a name ("Mrs Jones", "Dr Amy Clarke"), a known first name followed by
// a capitalised word ("Doris Smith"), or a known first name on its own ("Doris was a character").
// Names need a capital letter: "will", "grace" and "may" in lower case are words, not people.
import type { Analysis } from "../analysis";
import { formIndex } from "../lexicon";
import type { Token } from "../text/tokenize";

const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sister", "nurse", "sir", "dame", "lord", "lady", "rev", "revd", "reverend", "father", "fr", "captain", "capt", "major", "cllr", "councillor", "auntie", "uncle", "nan", "grandma", "grandad"]);
/** Titles that mark a clinician, so the name is probably a colleague's. */
export const CLINICIAN_TITLES = new Set(["dr", "prof", "professor", "sister", "nurse"]);
/** Capitalised words that follow a first name without being a surname. */
const NOT_SURNAMES = new Set(["and", "or", "the", "was", "is", "has", "had", "said", "from", "in", "on", "at", "who", "with", "came", "i", "we", "you", "he", "she", "they", "it", "thank", "thanks", "happy", "congrats", "congratulations", "rip", "hospital", "ward", "street", "road",
  // "Victoria Park", "Grace Hall", "Elizabeth Line": a first name that starts the name of a place
  "park", "lane", "avenue", "square", "gardens", "station", "hall", "centre", "center", "crescent", "terrace", "drive", "parade",
  "infirmary", "hospice", "surgery", "clinic", "practice", "college", "academy", "university", "school", "church", "chapel",
  "cathedral", "stadium", "arena", "theatre", "library", "museum", "line", "bridge", "wing", "unit", "building", "house"]);
/**
 * Words that make the first name after them the name of something else: "St Luke's" (a church, a
 * hospital), "Storm Agnes", "Hurricane Katrina", "HMS Victoria".
 */
const NAMING_WORDS = new Set(["st", "saint", "ste", "san", "santa", "storm", "hurricane", "cyclone", "typhoon", "hms", "rms", "mv"]);
function afterNamingWord(tokens: Token[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && tokens[j]!.text === ".") j--;
  const t = tokens[j];
  return !!t && t.kind === "word" && NAMING_WORDS.has(t.norm) && t.sentence === tokens[i]!.sentence;
}

const bare = (norm: string) => norm.replace(/'s$/, "");

/**
 * A name after a label ("Name: Mary Smith", "Patient: J. Bloggs", "Pt name - SMITH, John"): how
 * wristbands, whiteboards, handover sheets and screens show patients, and what OCR reads off photos.
 */
/** Case-insensitive letters for the label while the name itself stays case-sensitive. */
const ci = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const LABELLED_NAME = new RegExp(
  `\\b(?:${ci("(?:patient|pt|client|resident|service user)(?:'s)? ?(?:full )?name|name|patient|pt|surname|forename|first name")})\\s{0,3}[:=-]\\s{0,3}((?:Mr|Mrs|Ms|Miss|MR|MRS|MS|MISS)\\.? )?((?:[A-Z][A-Za-z'\u2019-]{0,24}\\.?,? ?){1,3})`,
  "g",
);

/** Record labels that end a labelled name ("Mary Smith DOB 01/02/50"). */
const NEXT_LABEL = /^(?:dob|d\.o\.b\.?|nhs|mrn|chi|age|aged|ward|bed|bay|hosp|hospital|no|number|id|sex|gender|address|consultant|allergies)$/i;
function cutAtLabel(name: string): string {
  const words = name.split(/(?<=[\s,])/);
  let out = "";
  for (const w of words) {
    if (NEXT_LABEL.test(w.replace(/[\s,]+$/, ""))) break;
    out += w;
  }
  return out;
}

function detectLabelledNames(a: Analysis): void {
  LABELLED_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABELLED_NAME.exec(a.text)) !== null) {
    const name = (m[1] ?? "") + cutAtLabel(m[2]!);
    const trimmed = name.replace(/[\s,.]+$/, "");
    // a name, not a clinical abbreviation ("Pt: IM glucagon 1mg", "Pt: GCS 15"): a word with a
    // lower-case letter, or an all-capitals word of three letters or more
    const words = trimmed.split(/[\s,]+/).filter(Boolean);
    if (!words.some((w) => (/[a-z]/.test(w) && w.length >= 2) || /^[A-Z'\u2019-]{3,}$/.test(w))) continue;
    if (/^[A-Z]{1,3}$/.test(words[0]!) && !m[1]) continue;
    if (/\bmy\s*$/i.test(a.text.slice(Math.max(0, m.index - 4), m.index))) continue; // "my name: ..." is the author
    const start = m.index + m[0].length - m[2]!.length - (m[1]?.length ?? 0);
    a.addSpan({ type: "person-name", start, end: start + trimmed.length, text: trimmed, confidence: 0.9, detector: "names", data: { labelled: true } });
  }
}

const CHILD_WORDS = new Set(["little", "baby", "wee", "fighter", "warrior", "superstar", "princess", "prince"]);
function isChildIntro(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.kind === "word" && CHILD_WORDS.has(prev.norm) && prev.sentence === tokens[i]!.sentence;
}

/**
 * "up Cadair Idris", "in Fort William", "to Castle Douglas", "near Port Isaac": after a word that
 * leads to a place, a first name straight after a capitalised word that is neither a name nor a title
 * ends the name of the place. (English puts a person's first name first; nicknames such as "saw Big
 * Dave" have no place word before them.)
 */
const TO_A_PLACE = new Set(["in", "at", "to", "from", "near", "up", "of", "around", "outside", "visiting", "towards", "via", "climbed", "climbing", "above", "over"]);
function endsProperNoun(tokens: Token[], i: number, firstNames: ReturnType<typeof formIndex>): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== "word" || !prev.cap || prev.sentenceStart || prev.sentence !== tokens[i]!.sentence || tokens[i]!.start - prev.end !== 1) return false;
  const lead = tokens[i - 2];
  if (!lead || lead.kind !== "word" || !TO_A_PLACE.has(lead.norm) || lead.sentence !== prev.sentence) return false;
  if (prev.text === prev.text.toUpperCase()) return false; // "ED", "RIP": acronyms and shouting
  const norm = bare(prev.norm);
  return !TITLES.has(norm) && !CHILD_WORDS.has(norm) && !firstNames.get(norm) && !NAMING_WORDS.has(norm);
}

/** "Lily-Mae": the index of the capitalised word joined to this one by a hyphen with no spaces, or -1. */
function hyphenatedPart(tokens: Token[], i: number): number {
  const dash = tokens[i + 1];
  const part = tokens[i + 2];
  if (!dash || !part || dash.text !== "-" || dash.start !== tokens[i]!.end || part.start !== dash.end) return -1;
  return part.kind === "word" && part.cap && part.text.length > 1 ? i + 2 : -1;
}

/** Words for the place one patient lies: "bed 3", "bay 2", "cubicle 4". */
const BED_WORDS = new Set(["bed", "bay", "cubicle", "trolley", "cot", "room"]);
/** The token follows "bed 3", "bay 2 -", "cubicle 4:". */
function afterBedNumber(tokens: Token[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && tokens[j]!.kind === "punct" && (tokens[j]!.text === "-" || tokens[j]!.text === ":")) j--;
  const n = tokens[j];
  const bed = tokens[j - 1];
  return !!n && !!bed && (n.kind === "number" || /^\d{1,3}[A-Za-z]?$/.test(n.text)) && bed.kind === "word" && BED_WORDS.has(bed.norm) && bed.sentence === tokens[i]!.sentence;
}

/** "a slightly wonky Victoria sponge": an article, then only lower-case words, before the name. */
function afterArticle(tokens: Token[], i: number): boolean {
  for (let j = i - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    const t = tokens[j]!;
    if (t.kind !== "word" || t.sentence !== tokens[i]!.sentence) return false;
    if (t.norm === "a" || t.norm === "an" || t.norm === "the") return true;
    if (t.cap) return false;
  }
  return false;
}

function nextWord(tokens: Token[], i: number): number {
  // ("Mr R. Hale": the full stop after an initial is not the end of a sentence)
  const initial = tokens[i]!.text.length === 1 && tokens[i]!.cap;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[i]!.sentence && !(initial && j === i + 2 && tokens[i + 1]!.text === ".")) return -1;
    if (t.kind === "word") return j;
    if (t.kind === "punct" && (t.text === "." || t.text === "-")) continue;
    return -1;
  }
  return -1;
}

/** Titles that are never ordinary words, so they mark a name even written in lower case ("mrs okafor"). */
const LOWER_CASE_TITLES = new Set(["mr", "mrs", "ms", "mx", "dr", "prof"]);

/**
 * "mrs okafor", "dr pritchard": in posts typed all in lower case a title is followed by a surname
 * without its capital. Only unambiguous titles, and only a word the surname list knows and does not
 * doubt ("dr google" and "mr right" are not people; "mr brown" may be a colour), count.
 */
function lowerCaseTitledName(a: Analysis, tokens: Token[], i: number, surnames: ReturnType<typeof formIndex>): void {
  const t = tokens[i]!;
  const j = nextWord(tokens, i);
  const sur = j === -1 ? undefined : tokens[j];
  if (!sur || sur.cap || sur.start - t.end > 2) return;
  const entry = surnames.get(bare(sur.norm));
  if (!entry || entry.confidence < 0.5) return;
  a.addSpan({
    type: "person-name", start: t.start, end: sur.end, text: a.text.slice(t.start, sur.end),
    confidence: 0.8, detector: "names", data: { title: t.norm, clinician: CLINICIAN_TITLES.has(t.norm), parts: 1, lowerCase: true },
  });
}

export function detectNames(a: Analysis): void {
  detectLabelledNames(a);
  const labelled = a.of("person-name").map((s) => [s.start, s.end] as const);
  const first = formIndex("names-first");
  const surnames = formIndex("names-surnames");
  const tokens = a.tokens;
  let skipUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= skipUntil) continue;
    const t = tokens[i]!;
    if (t.kind === "word" && !t.cap && LOWER_CASE_TITLES.has(t.norm)) {
      lowerCaseTitledName(a, tokens, i, surnames);
      continue;
    }
    if (t.kind !== "word" || !t.cap) continue;
    if (labelled.some(([s, e]) => s <= t.start && t.start < e)) continue;
    const norm = bare(t.norm);

    if (TITLES.has(norm)) {
      let end = -1;
      let j = nextWord(tokens, i);
      let parts = 0;
      while (j !== -1 && parts < 3 && tokens[j]!.cap && !NOT_SURNAMES.has(tokens[j]!.norm)) {
        end = j;
        parts++;
        const k = nextWord(tokens, j);
        if (k === -1 || tokens[k]!.start - tokens[j]!.end > 2) break;
        j = k;
      }
      if (end !== -1) {
        a.addSpan({
          type: "person-name", start: t.start, end: tokens[end]!.end, text: a.text.slice(t.start, tokens[end]!.end),
          confidence: 0.9, detector: "names", data: { title: norm, clinician: CLINICIAN_TITLES.has(norm), parts },
        });
        skipUntil = end;
      }
      continue;
    }

    // "bed 3 A. Murphy 78 NSTEMI": an initial and a surname after a bed number, as handover lists write patients
    if (t.text.length === 1 && afterBedNumber(tokens, i)) {
      const dot = tokens[i + 1];
      const sur = tokens[i + 2];
      if (dot && dot.text === "." && sur && sur.kind === "word" && sur.cap && sur.text.length > 1 && !NOT_SURNAMES.has(sur.norm) && sur.start - dot.end <= 1) {
        a.addSpan({ type: "person-name", start: t.start, end: sur.end, text: a.text.slice(t.start, sur.end), confidence: 0.75, detector: "names", data: { initial: true, surnameKnown: !!surnames.get(bare(sur.norm)) } });
        skipUntil = i + 2;
        continue;
      }
    }

    const entry = first.get(norm);
    if (entry && (afterNamingWord(tokens, i) || endsProperNoun(tokens, i, first))) continue;
    if (!entry) {
      // "our little fighter Jaxon", "baby Ava-Rose": a capitalised word after a word for a child is a
      // child's name even when no list knows it
      if (!t.sentenceStart && isChildIntro(tokens, i)) {
        a.addSpan({ type: "first-name", start: t.start, end: t.end, text: t.text, confidence: 0.65, detector: "names", data: { name: norm, child: true } });
      }
      continue;
    }
    // "Lily-Mae Green", "Ava-Rose": a double-barrelled first name is one name, and the surname follows it
    const double = hyphenatedPart(tokens, i);
    const last = double === -1 ? i : double;
    const j = nextWord(tokens, last);
    const nxt = j === -1 ? undefined : tokens[j];
    if (nxt && nxt.cap && !NOT_SURNAMES.has(nxt.norm) && nxt.start - tokens[last]!.end <= 2 && (double === -1 || nxt.start - tokens[last]!.end === 1)) {
      const known = surnames.get(bare(nxt.norm));
      const confidence = known || double !== -1 ? Math.max(0.75, entry.confidence) : 0.6 * Math.max(0.5, entry.confidence);
      a.addSpan({ type: "person-name", start: t.start, end: nxt.end, text: a.text.slice(t.start, nxt.end), confidence, detector: "names", data: { first: norm, surnameKnown: !!known } });
      skipUntil = j;
      continue;
    }
    if (double !== -1) {
      a.addSpan({ type: "first-name", start: t.start, end: tokens[double]!.end, text: a.text.slice(t.start, tokens[double]!.end), confidence: Math.max(0.7, entry.confidence), detector: "names", data: { name: norm, sex: entry.category ?? "" } });
      skipUntil = double;
      continue;
    }
    if (afterArticle(tokens, i)) continue;
    const confidence = entry.confidence * (t.sentenceStart ? 0.85 : 0.9);
    a.addSpan({ type: "first-name", start: t.start, end: t.start + (t.text.length - (t.norm.endsWith("'s") ? 2 : 0)), text: t.text.replace(/['\u2019]s$/, ""), confidence, detector: "names", data: { name: norm, sex: entry.category ?? "" } });
  }
}
