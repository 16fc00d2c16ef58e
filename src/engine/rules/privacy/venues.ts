// Named places of work that no gazetteer or hospital list holds, read from how clinicians write them
// (one pass over the tokens, bounded look-ahead):
// - a name and a facility word: "Crownhill ED", "Hillcrest station", "Castlegate General",
//   "Ashby Road Urgent Care", "Kingsway Minor Injuries Unit";
// - a ward, unit or department "at" a name: "Ward 3 at Northfield", "NICU at St Luke's", "the
//   neonatal unit at Riverside" (the name after a care setting is the hospital);
// - a saint's name after a place word ("at St Luke's", "in St Mary's");
// - a shop or branch after a work opener: "Working at Boots in Cribbs Causeway all weekend".
// Facility venues are typed "hospital" (a reader can walk into them; evidence may sit on the next
// line); shops and branches are typed "place" like towns.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** Words for the author's work; as a sentence's first word they open a diary line ("Working at...", "Covering at..."). */
export const WORK = new Set([
  "working", "work", "shift", "shifts", "nights", "lates", "earlies", "oncall", "locum", "locuming", "covering", "rostered", "rota'd", "on-call", "visits",
  "job", "placement", "rotation", "bleep", "nightshift", "nightshifts", "duty", "staff", "start", "crew",
]);
/** Facility words written after a name ("Crownhill ED", "Hillcrest station", "Castlegate General"). */
const HEAD_EXACT = new Set(["ED", "MIU", "UTC", "AMU", "SAU", "CDU"]);
const HEAD_WORDS = new Set(["station", "general", "hospice", "infirmary"]);
/** Two-word facility heads ("Urgent Care", "Minor Injuries", "Treatment Centre"). */
const HEAD_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["urgent", new Set(["care", "treatment"])], ["minor", new Set(["injuries"])], ["walk", new Set(["in"])], ["treatment", new Set(["centre", "center"])],
  ["ambulance", new Set(["station", "hub"])], ["fire", new Set(["station"])], ["emergency", new Set(["department"])], ["community", new Set(["hospital"])],
  ["health", new Set(["centre", "center", "clinic"])], ["medical", new Set(["centre", "center", "practice"])],
]);
/** A GP surgery or practice named like a venue. */
const PREMISES_HEADS = new Set(["surgery", "practice"]);
/** Words that make "X Surgery" a specialty or an operation, not premises. */
const SPECIALTY_WORDS = new Set(["plastic", "plastics", "cardiac", "cardiothoracic", "general", "vascular", "oral", "cosmetic", "dental", "eye", "keyhole", "brain", "spinal", "heart", "orthopaedic", "orthopedic", "paediatric", "pediatric", "day", "colorectal", "breast", "bariatric", "weight", "hand", "robotic", "laser", "private", "minor", "major", "elective", "emergency", "nhs", "gp", "family", "dental", "mohs", "whipple", "bypass", "transplant", "neuro", "foot", "knee", "hip", "back", "nose", "jaw", "fertility", "veterinary", "vet", "vets", "my", "our", "their", "his", "her"]);
/** Heads a writer often leaves in lower case after a capitalised name ("Mill Road health centre"). */
const LOWER_CASE_HEADS = new Set(["health", "medical"]);
/**
 * "Royal" names most UK acute hospitals ("the Royal Berkshire", "Derby Royal", "the Royal London"),
 * but also colleges, services and families: these second words are not hospitals.
 */
const ROYAL = "Royal";
const ROYAL_NOT_HOSPITAL = new Set([
  "college", "colleges", "society", "navy", "mail", "family", "families", "air", "marines", "albert", "opera", "academy", "institution", "ballet", "mint",
  "festival", "shakespeare", "court", "courts", "variety", "mile", "ascot", "household", "highness", "wedding", "wedding's", "signals", "engineers",
  "artillery", "commission", "charter", "british", "legion", "horticultural", "geographical", "statistical", "pharmaceutical", "agricultural", "welsh",
  "scottish", "irish", "town", "borough", "party", "visit", "baby", "train", "yacht", "we", "flying", "doulton", "enfield", "exchange", "bank", "gala",
]);
/** Words before a venue name that make it a place ("at Crownhill ED", "from Hillcrest station"). */
const CUES = new Set(["at", "in", "from", "to", "outside", "near", "covering", "the", "into", "leaving", "reach", "reached"]);
/** Care settings after which "at <Name>" names the hospital ("NICU at St Luke's", "Ward 3 at Northfield"). */
const SETTING_WORDS = new Set(["ward", "wards", "unit", "units", "department", "dept", "theatres", "theatre", "icu", "itu", "hdu", "nicu", "picu", "scbu", "resus", "majors", "minors", "ed", "a&e", "amu", "sau", "mau", "cdu", "clinic", "clinics", "practice", "surgery", "hospital", "list", "station", "base", "rota"]);
/** Capitalised words that are not names of places: times, days, months and feasts. */
const NOT_NAMES = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "christmas", "xmas", "easter", "nye", "new", "the", "a", "an", "my", "our", "your", "their", "his", "her", "this", "that", "night", "nights", "weekend", "i", "we", "it",
  "least", "last", "first", "all", "work", "home", "lunch", "midnight", "noon", "handover", "nhs",
]);

/** A title-case word ("Crownhill", "Luke's"), not an acronym, a time word or a care setting; no string is built per call. */
const isTitle = (t: Token | undefined): t is Token => {
  if (!t || t.kind !== "word" || !t.cap || t.text.length < 2) return false;
  const c = t.text.charCodeAt(1);
  // a care setting is not a name ("Bed 2 in Resus at Ferndale": Ferndale is the place, not Resus)
  return ((c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c > 0xdf) && !NOT_NAMES.has(t.stem) && !SETTING_WORDS.has(t.stem);
};
const isSaint = (t: Token | undefined): t is Token => !!t && (t.text === "St" || t.text === "Saint");

/** Words that make a "station" an ambulance, fire or police station rather than a railway one. */
const SERVICE = ["ambulance", "ambulances", "crew", "crews", "paramedic", "paramedics", "999", "fire", "police", "blue", "lights", "hear", "shout", "shouts", "job", "jobs"];

function span(a: Analysis, from: Token, to: Token, type: "place" | "hospital", detector: string): Span {
  // a department or station is somewhere staff work; a shop or branch is a town-like place
  const station = to.norm === "station";
  const care = type === "hospital" && (!station || SERVICE.some((w) => a.words.has(w)));
  return { type, start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence: 0.6, detector, data: type === "place" ? { kind: "town" } : { kind: "venue", care } };
}

/**
 * A name of 1-3 title-case words starting at `i` ("St Luke's", "Ashby Road"): [shortest end, longest
 * end] token indexes, or undefined.
 */
function nameFrom(t: readonly Token[], i: number): [number, number] | undefined {
  let j = i;
  if (isSaint(t[j]) && t[j + 1]?.text === ".") j++;
  if (isSaint(t[i]) && isTitle(t[j + 1]) && t[j + 1]!.sentence === t[i]!.sentence) j++;
  else if (!isTitle(t[j])) return undefined;
  const sentence = t[i]!.sentence;
  let end = j;
  while (end + 1 < t.length && end - i < 2 && isTitle(t[end + 1]) && t[end + 1]!.sentence === sentence && t[end + 1]!.start - t[end]!.end <= 1) end++;
  return [j, end];
}

/** A facility head at `i` ("ED", "station", "Urgent Care", "A&E"): the index of its last token, or -1. */
function headAt(t: readonly Token[], i: number, lowerOk = false): number {
  const w = t[i];
  if (!w || w.kind !== "word") return -1;
  // "Brookfield Surgery", "at the Castlebar surgery": a GP surgery or practice by its name (not a
  // specialty: "Plastic Surgery", "Cardiac Surgery")
  if (PREMISES_HEADS.has(w.norm) && (w.cap || lowerOk) && i > 0 && !SPECIALTY_WORDS.has(t[i - 1]!.norm)) return i;
  if (HEAD_EXACT.has(w.text)) return i;
  if (w.text === "A" && t[i + 1]?.text === "&" && t[i + 2]?.text === "E") return i + 2;
  if (HEAD_WORDS.has(w.norm) && (w.cap || w.norm === "station")) return i;
  const pair = HEAD_PAIRS.get(w.norm);
  if (pair && (w.cap || LOWER_CASE_HEADS.has(w.norm)) && pair.has(t[i + 1]?.norm ?? "")) {
    // "Minor Injuries Unit", "Urgent Treatment Centre": a trailing unit or centre belongs to the name
    const k = i + 2;
    return t[k]?.cap && (t[k]!.norm === "unit" || t[k]!.norm === "centre" || t[k]!.norm === "center") ? k : i + 1;
  }
  return -1;
}

/**
 * A hospital named with "Royal" ([i, j] is a title-case name): "Royal Berkshire", "Royal London",
 * "Derby Royal" (a town and "Royal"), but not "Royal College" or "Royal Mail".
 */
function royalHospital(t: readonly Token[], i: number, j: number): boolean {
  if (j <= i) return false;
  if (t[i]!.text === ROYAL) return !ROYAL_NOT_HOSPITAL.has(t[i + 1]!.norm.replace(/['\u2019]s$/, ""));
  return t[j]!.text === ROYAL;
}

/** How far back the first word of a sentence is looked for (a shop after a work opener). */
const OPENER_REACH = 40;

/** The first word of the sentence of token `i`, looking back a bounded way (undefined if too far). */
function openerOf(t: readonly Token[], i: number): Token | undefined {
  const sentence = t[i]!.sentence;
  let first: Token | undefined;
  let k = i;
  for (; k >= 0 && i - k <= OPENER_REACH && t[k]!.sentence === sentence; k--) if (t[k]!.kind === "word") first = t[k];
  return k < 0 || t[k]!.sentence !== sentence ? first : undefined;
}

/** Where a ward or clinical setting ends (memoised per post, built on first need). */
function settingEnds(a: Analysis): ReadonlySet<number> {
  return a.memo("privacy-setting-ends", () => {
    const ends = new Set<number>();
    for (const w of a.of("ward-bed")) if (w.data?.kind === "ward") ends.add(w.end);
    for (const s of a.of("clinical-setting")) ends.add(s.end);
    return ends;
  });
}

function find(a: Analysis): readonly Span[] {
  let out: Span[] | undefined;
  const t = a.tokens;
  // every venue starts with a capitalised word straight after a cue word: test the capital first,
  // the one thing most tokens fail
  let consumed = -1;
  for (let i = 0; i + 1 < t.length; i++) {
    const next = t[i + 1]!;
    if (!next.cap || i <= consumed) continue;
    const w = t[i]!;
    if (w.kind !== "word" || next.sentence !== w.sentence) continue;
    // "at Crownhill ED", "from Hillcrest station", "the Castlegate General"
    if (CUES.has(w.norm) && (isTitle(next) || isSaint(next))) {
      const name = nameFrom(t, i + 1);
      // the shortest name that a facility word follows: "Ashby Road" + "Urgent Care"
      let head = -1;
      // ("at the Castlebar surgery": a lower-case premises word after "at the" still names it)
      const atThe = w.norm === "the" && (t[i - 1]?.norm === "at" || t[i - 1]?.norm === "from" || t[i - 1]?.norm === "in");
      for (let e = name?.[0] ?? 0; name && e <= name[1] && head < 0; e++) head = headAt(t, e + 1, atThe);
      if (head >= 0 && t[head]!.sentence === w.sentence) {
        (out ??= []).push(span(a, t[i + 1]!, t[head]!, "hospital", "location-venue"));
        consumed = head;
        continue;
      }
      // "at the Royal Berkshire", "on Ward 9 at Derby Royal"
      if (name && royalHospital(t, i + 1, name[1])) {
        (out ??= []).push(span(a, t[i + 1]!, t[name[1]]!, "hospital", "location-venue"));
        consumed = name[1];
        continue;
      }
    }
    if (w.norm !== "at" && w.norm !== "in") continue;
    // "NICU at St Luke's", "Ward 3 at Northfield", "our neonatal unit at Riverside"; "home visits in
    // Bishop's Stortford" (in: a town or district the gazetteer may spell otherwise)
    const prev = t[i - 1];
    const setting = (isTitle(next) || isSaint(next)) && prev !== undefined && prev.sentence === w.sentence && (SETTING_WORDS.has(prev.norm) || settingEnds(a).has(prev.end));
    const name = setting ? nameFrom(t, i + 1) : undefined;
    if (name) {
      (out ??= []).push(span(a, t[i + 1]!, t[name[1]]!, w.norm === "at" ? "hospital" : "place", "location-venue"));
      consumed = name[1];
      continue;
    }
    if (w.norm !== "at") continue;
    // "Working at Boots in Cribbs Causeway all weekend": a capitalised name after "at" in a sentence
    // that opens with a work word, for shops and branches.
    const opener = openerOf(t, i);
    if (!opener || !WORK.has(opener.norm) || opener.norm === "staff") continue;
    let j = i + 1;
    while (j < t.length && j - i <= 3 && t[j]!.kind === "word" && t[j]!.cap && t[j]!.sentence === w.sentence) j++;
    if (j === i + 1) continue;
    let end = j - 1;
    if (t[j]?.norm === "in" && t[j + 1]?.cap && t[j + 1]!.sentence === w.sentence) { end = j + 1; while (t[end + 1]?.cap && t[end + 1]!.kind === "word" && end - j < 3) end++; }
    (out ??= []).push(span(a, t[i + 1]!, t[end]!, "place", "location-venue"));
    consumed = end;
  }
  return out ?? NO_VENUES;
}
const NO_VENUES: readonly Span[] = Object.freeze([]);

/** Unlisted venues of the post (privacy/location reads them once per post). */
export function venues(a: Analysis): readonly Span[] {
  return find(a);
}
