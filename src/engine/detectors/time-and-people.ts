// Dates (and dates of birth), times of an event ("last night", "on Saturday"), ages (exact or banded)
// and sex. These are the quasi-identifiers the jigsaw rule combines; dates of birth are direct
// identifiers. Closed grammatical classes (month and weekday names, age units) live here as code.
import type { Analysis } from "../analysis";
import type { Locale } from "./identifiers";
import type { Span } from "../types";

const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/g;
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,2}(?:of\\s)?(${MONTHS})\\b\\.?(?:,?\\s{1,2}(\\d{4}))?`, "gi");
const MONTH_DAY = new RegExp(`\\b(${MONTHS})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s{1,2}(\\d{4}))?`, "gi");
// ("(b. 14/03/1925)": born, abbreviated in brackets as in obituaries and registers)
const DOB_LABEL = /(?:\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday(?: is)?|bday)|\(b\.)\W{0,3}$/i;

const DAYS = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
/** When something happened or will happen: narrows who a patient is (jigsaw) and when you'll be somewhere (location). */
const TIME_REF = new RegExp(
  [
    "last night", "last week", "this week", "next week", "this weekend", "next weekend", "all weekend", "all week", "this morning", "this afternoon", "this evening",
    "tonight(?:'s)?", "tomorrow(?: night| morning| afternoon)?", "yesterday", "today", "earlier today", "just now", "this arvo", "(?:in )?the (?:early|small|wee) hours(?: of (?:this|the) morning)?",
    `(?:on |this |next |last )?${DAYS}s?(?: night| morning| afternoon| evening)?`,
    "christmas (?:day|eve)", "boxing day", "new year'?s (?:day|eve)", "bonfire night",
    "(?:at |from |until |till |by )?\\d{1,2}(?::\\d{2})? ?(?:am|pm)", "at \\d{2}:\\d{2}", "\\d{1,2} ?(?:till|til|until|to|-) ?\\d{1,2}(?::\\d{2})? ?(?:am|pm)?(?= |$|[.,!])",
  ].join("|").replace(/^/, "\\b(").concat(")\\b"),
  "gi",
);

const PERSON_WORDS = ["kid", "kids", "boy", "boys", "girl", "girls", "lad", "lads", "lass", "man", "men", "woman", "women", "lady", "ladies", "gent", "gentleman", "chap", "bloke", "guy", "child", "children", "baby", "babies", "patient", "patients", "pt", "pts", "mum", "mums", "dad", "dads", "grandad", "grandma", "gran", "son", "sons", "daughter", "daughters", "teenager", "teenagers", "teen", "teens"];
/** Each age pattern with the words one of which must be in the post for it to be worth running. */
const AGE_PATTERNS: { re: RegExp; group: number; needs?: readonly string[] }[] = [
  { re: /\b(\d{1,3}) ?(?:yo|y\/o|y\.o\.?|yrs? old|years? old|-years?-old|-yr-old|yr old|year-old)\b/gi, group: 1, needs: ["yo", "y", "yrs", "yr", "years", "year", "old"] },
  { re: /\baged? (\d{1,3})\b/gi, group: 1, needs: ["age", "aged"] },
  { re: /\b(\d{1,3}) ?(?:M|F)\b(?![a-z])/g, group: 1, needs: ["m", "f"] },
  { re: /\b(\d{1,2})[ -](month|week|day)s?[ -]old\b/gi, group: 1, needs: ["old"] },
  // "kid, 9", "Doris, 94,", "the lad (17)": a person word and a bare number after it
  { re: /\b(?:kid|boy|girl|lad|lass|man|woman|lady|gent|gentleman|chap|bloke|guy|child|baby|patient|pt|mum|dad|grandad|grandma|gran|son|daughter|teenager|teen)s?,? \(?(\d{1,3})\)?(?=[,.;)!]| (?:and|with|who|from|in|is|was|has|had|loves|likes)\b)/gi, group: 1, needs: PERSON_WORDS },
  // "Mum's only 19", "she's just 16", "he was barely 20"
  { re: /\b(?:mum|mom|dad|she|he|kid|lad|lass|girl|boy|patient|pt)(?:'s| is| was)? (?:only|just|barely|nearly|almost|not even) (\d{1,2})\b(?! ?(?:%|mg|ml|kg|weeks|days|months|hours|mins|minutes|times|x))/gi, group: 1, needs: ["only", "just", "barely", "nearly", "almost", "even"] },
  // "pregnant at 19", "diagnosed at 34", "widowed at 40"
  { re: /\b(?:pregnant|diagnosed|widowed|retired|paralysed|paralyzed|died|dead|married|orphaned) at (\d{1,2})\b(?![:.]\d)/gi, group: 1, needs: ["pregnant", "diagnosed", "widowed", "retired", "paralysed", "paralyzed", "died", "dead", "married", "orphaned"] },
];
const AGE_BAND = /\b(?:in (?:his|her|their|my) |(?:early|mid|late)[ -])(?:(early|mid|late)[ -])?(\d)0s\b/gi;
const AGE_WORDS: Record<string, [number, number]> = {
  newborn: [0, 0], baby: [0, 1], infant: [0, 1], toddler: [1, 3], teenager: [13, 19], teen: [13, 19],
  octogenarian: [80, 89], nonagenarian: [90, 99], centenarian: [100, 110],
};
const AGE_WORD_LIST = Object.keys(AGE_WORDS);
const AGE_WORD_RE = /\b(newborn|baby|infant|toddler|teenager|teen|octogenarian|nonagenarian|centenarian)\b/gi;

const SEX_WORDS = new Map<string, "m" | "f">(Object.entries({
  man: "m", male: "m", gentleman: "m", gent: "m", boy: "m", lad: "m", dad: "m", father: "m", husband: "m", grandad: "m", grandfather: "m", son: "m", brother: "m", widower: "m",
  woman: "f", female: "f", lady: "f", girl: "f", lass: "f", mum: "f", mom: "f", mother: "f", wife: "f", grandma: "f", gran: "f", grandmother: "f", daughter: "f", sister: "f", widow: "f",
} as const));

function add(a: Analysis, type: Span["type"], start: number, end: number, confidence: number, detector: string, data?: Span["data"]): void {
  a.addSpan({ type, start, end, text: a.text.slice(start, end), confidence, detector, data });
}

function validDate(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function detectDates(a: Analysis, locale: Locale): void {
  const text = a.text;
  const found: [number, number, string][] = [];
  let m: RegExpExecArray | null;
  if (a.digits === 0) {
    addTimeRefs(a);
    return;
  }
  NUMERIC_DATE.lastIndex = 0;
  while ((m = NUMERIC_DATE.exec(text)) !== null) {
    const x = Number(m[1]);
    const y = Number(m[3]);
    const [d, mo] = locale === "en-US" ? [y, x] : [x, y];
    if (!validDate(d, mo) && !validDate(x, y) && !validDate(y, x)) continue;
    found.push([m.index, m.index + m[0].length, "numeric"]);
  }
  for (const re of [DAY_MONTH, MONTH_DAY]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      const dayFirst = re === DAY_MONTH;
      const day = Number(dayFirst ? m[1] : m[2]);
      const month = MONTH_INDEX[(dayFirst ? m[2]! : m[1]!).slice(0, 3).toLowerCase()]!;
      // "may 5" is often not a date ("may 5 people"): require a capital or a year.
      const monthWord = dayFirst ? m[2]! : m[1]!;
      if (monthWord.toLowerCase() === "may" && monthWord[0] !== "M" && !m[3]) continue;
      if (!validDate(day, month)) continue;
      if (found.some(([s, e]) => s < m!.index + m![0].length && m!.index < e)) continue;
      found.push([m.index, m.index + m[0].length, "text"]);
    }
  }
  for (const [start, end, kind] of found) {
    const dob = DOB_LABEL.test(text.slice(Math.max(0, start - 20), start));
    const hasYear = /\d{4}|[/.-]\d{2}$/.test(text.slice(start, end));
    add(a, dob ? "date-of-birth" : "date", start, end, dob ? 0.97 : hasYear ? 0.85 : 0.7, "dates", { kind, hasYear });
  }
  addTimeRefs(a);
}

function addTimeRefs(a: Analysis): void {
  let m: RegExpExecArray | null;
  TIME_REF.lastIndex = 0;
  while ((m = TIME_REF.exec(a.text)) !== null) add(a, "time-ref", m.index, m.index + m[0].length, 0.8, "dates", { value: m[0].toLowerCase() });
}

export function detectAges(a: Analysis): void {
  const text = a.text;
  let m: RegExpExecArray | null;
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([x, y]) => x < e && s < y);
  const words = a.words;
  for (const { re, group, needs } of a.digits === 0 ? [] : AGE_PATTERNS) {
    if (needs && !needs.some((w) => words.has(w))) continue;
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      const n = Number(m[group]);
      const unit = m[2] && /month|week|day/i.test(m[2]) ? m[2].toLowerCase() : "year";
      if (unit === "year" && (n < 0 || n > 115)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      const years = unit === "year" ? n : 0;
      const sexLetter = /\d ?([MF])\b/.exec(m[0])?.[1];
      add(a, "age", start, end, unit === "year" ? 0.9 : 0.85, "ages", { value: years, low: years, high: years, exact: true, unit });
      if (sexLetter) add(a, "sex", start, end, 0.8, "ages", { sex: sexLetter === "M" ? "m" : "f" });
    }
  }
  // a band is written "40s" (the tokens "40" and "s"): without an "s" word there is none to find
  AGE_BAND.lastIndex = a.digits === 0 || !words.has("s") ? text.length : 0;
  while ((m = AGE_BAND.exec(text)) !== null) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const decade = Number(m[2]) * 10;
    const part = (m[1] ?? /\b(early|mid|late)\b/i.exec(m[0])?.[1] ?? "").toLowerCase();
    const [low, high] = part === "early" ? [decade, decade + 3] : part === "mid" ? [decade + 3, decade + 6] : part === "late" ? [decade + 6, decade + 9] : [decade, decade + 9];
    taken.push([m.index, m.index + m[0].length]);
    add(a, "age", m.index, m.index + m[0].length, 0.8, "ages", { low, high, exact: false });
  }
  AGE_WORD_RE.lastIndex = AGE_WORD_LIST.some((w) => words.has(w)) ? 0 : text.length;
  while ((m = AGE_WORD_RE.exec(text)) !== null) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const [low, high] = AGE_WORDS[m[1]!.toLowerCase()]!;
    add(a, "age", m.index, m.index + m[0].length, 0.6, "ages", { low, high, exact: false });
  }
}

export function detectSex(a: Analysis): void {
  for (const t of a.tokens) {
    if (t.kind !== "word") continue;
    const sex = SEX_WORDS.get(t.norm);
    if (sex) a.addSpan({ type: "sex", start: t.start, end: t.end, text: t.text, confidence: 0.7, detector: "sex", data: { sex } });
  }
}
