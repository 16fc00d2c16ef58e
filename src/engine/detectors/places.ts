// Places and clinical settings: gazetteer towns and villages (with population), the user's own local
// places, street addresses, schools, estates, unnamed villages, hospitals and wards/beds/bays.
// Place names must be capitalised; names that are also ordinary words ("Reading", "Street", "Bath")
// need a cue such as "in", "from" or "near" before them.
import type { Analysis } from "../analysis";
import { formIndex } from "../lexicon";
import { PhraseMatcher } from "../lexicon/matcher";
import { PLACES_LEXICON, placeOf } from "../places/gazetteer";
import { fold } from "../text/fold";
import type { Span } from "../types";

const PLACE_CUES = new Set(["in", "from", "at", "near", "to", "outside", "around", "of", "nr", "towards", "between", "visiting", "lives", "living"]);
const ADDRESS = /\b(\d{1,4}[A-Za-z]?,? )?((?:[A-Z][a-z'\u2019]{1,20} ){1,3})(Road|Rd|Street|Lane|Avenue|Ave|Close|Crescent|Terrace|Gardens|Grove|Mews|Drive|Way|Parade|Row|Place|Square|Court|Walk|Rise|Hill|View|Green|Park)\b/g;
/** "Flat 3", "Apartment 12B", "Room 4, Rose House": a dwelling number is an address in itself. */
const DWELLING = /\b(?:Flat|Apartment|Apt)\.? ?\d{1,4}[A-Za-z]?\b/g;
const WEAK_SUFFIXES = new Set(["Place", "Square", "Court", "Walk", "Rise", "Hill", "View", "Green", "Park", "Row", "Parade"]);
const ADDRESS_STOP = new Set(["The", "A", "No", "My", "Our", "This", "That", "Very", "Long", "Test", "One", "Milky", "Third", "Middle", "Easy", "High"]);
// "St Mary's Primary", "Kirkby Stephen Grammar", "Ripon Grammar School", "Oakfield Academy"
const SCHOOL = /\b((?:St\.? )?(?:[A-Z][a-z'\u2019]{1,20} ){1,4})(?:(?:Primary|Junior|Infants?|Secondary|Grammar|Prep|Community|CE|RC|C of E)(?: (?:School|Academy))?|High School|School|Academy)\b/g;
const ESTATE = /\bthe ((?:[A-Z][a-z'\u2019]{1,20} ){1,2})[Ee]state\b/g;
const UNNAMED = /\b(?:a|our|my|the same|their|his|her|my kids'|my kids|my children's|my son's|my daughter's) (?:own |small |tiny |little |local |remote |rural |quiet )?(village|hamlet|town|secondary school|primary school|high school|school|estate|island|street|road|close|cul-de-sac)\b/gi;
/** "works at the Cadbury factory", "works for Tesco": an employer narrows a person to its staff. */
const WORKPLACE = /\bworks? (?:at|for) (?:the |a )?((?:[A-Z][\w'\u2019&-]{1,24} ?){1,4})(?:(?:factory|plant|depot|warehouse|shop|store|pub|office|bank|branch|mill|farm|garage|salon|cafe|caf\u00e9|restaurant|hotel|school|surgery|station)\b)?/g;
const HOSPITAL = /\b((?:(?:St|Saint)\.? )?(?:[A-Z][A-Za-z'\u2019&-]{1,25} ){1,5})(Hospital|Infirmary|Hospice|Medical Centre|Health Centre|Surgery|Medical Practice|Practice|General|Care Home|Nursing Home)\b/g;
/**
 * "Castlegate General", "Greenway Practice": short forms people use for a hospital or a practice. The
 * same heads follow titles and fields ("Attorney General", "Best Practice", "General Practice"), so
 * the word before them must be a name.
 */
const NOT_BEFORE_SHORT_HEAD = new Set(["attorney", "surgeon", "secretary", "major", "brigadier", "lieutenant", "inspector", "postmaster", "solicitor", "governor", "consul", "director", "auditor", "comptroller", "registrar", "accountant", "advocate", "paymaster", "adjutant",
  "best", "good", "clinical", "nursing", "evidence", "based", "reflective", "advanced", "safe", "family", "medical", "dental", "legal", "professional", "private", "general", "specialist", "extended", "independent", "group", "shared", "daily", "mindful", "reflexive", "standard", "common", "usual", "ethical", "research"]);
const SHORT_HEADS = new Set(["practice", "general"]);
const HOSPITAL_STOP = new Set(["the", "a", "an", "this", "that", "my", "our", "your", "their", "his", "her", "at", "in", "to", "from", "local", "district", "general", "community", "private", "nhs", "any", "every", "which", "big", "new", "old"]);
// ("bed no. 17", "bed number 4", "bay #2": the number written with its label)
const WARD_BED = /\b(bay|bed|ward|side ?room|cubicle|resus|majors|minors|trolley|cot|incubator|room)\s?(?:(?:no\.?|number|#)\s?)?(\d{1,3}[A-Za-z]?|[A-H])\b/gi;
const NAMED_WARD = /\b([A-Z][a-z]{2,20}) [Ww]ard\b/g;
const GENERIC_WARDS = new Set(["Labour", "Maternity", "Medical", "Surgical", "Postnatal", "Antenatal", "Stroke", "Cardiac", "Children", "Childrens", "Paediatric", "Geriatric", "Psychiatric", "Psych", "Respiratory", "Renal", "Covid", "Orthopaedic", "Elderly", "Acute", "General", "Private", "Isolation", "The", "A", "My", "Our", "Every", "Each", "Busy", "Same"]);

/** Typical number of people a detail of this kind points to (for the jigsaw estimate). */
export const TYPICAL_POPULATION = { street: 250, school: 600, estate: 3000, village: 800, hamlet: 100, town: 4000, island: 1500, workplace: 400 } as const;

function add(a: Analysis, type: Span["type"], start: number, end: number, confidence: number, data: Span["data"]): void {
  a.addSpan({ type, start, end, text: a.text.slice(start, end), confidence, detector: "places", data });
}


function trimLeading(match: string, stop: Set<string>): number {
  let skip = 0;
  const words = match.split(" ");
  for (const w of words) {
    if (stop.has(w.toLowerCase()) || stop.has(w)) skip += w.length + 1;
    else break;
  }
  return skip;
}

export function detectPlaces(a: Analysis, localPlaces: { name: string; population?: number }[] | undefined): void {
  const text = a.text;
  const tokens = a.tokens;
  const noCapitals = !/\p{Lu}/u.test(text);
  const ambiguous = formIndex("ambiguous-place-names");

  const people = a.of("person-name");
  const names = [...people.filter((p) => !p.data?.title && !p.data?.labelled), ...a.of("first-name")];
  const swallowed: [number, number][] = [];

  const accept = (first: number, name: string, population: number, confidence: number, data: Span["data"], start: number, end: number) => {
    const t = tokens[first]!;
    if (!t.cap && !(noCapitals && population > 50000)) return;
    // A place inside a name ("Mrs Preston") is the name; a name inside a place ("Port Isaac") is the place.
    if (people.some((p) => p.start <= start && end <= p.end && !(p.type === "first-name" || (p.start === start && p.end === end && !p.data?.title)))) return;
    if (names.some((p) => start <= p.start && p.end <= end && (start < p.start || end > p.end))) swallowed.push([start, end]);
    const amb = ambiguous.get(name) ?? ambiguous.get(fold(name)); // entries are case-sensitive ("Over", "Send")
    let c = confidence;
    if (amb) {
      const prev = a.wordsBefore(start, 1)[0];
      if (!prev || !PLACE_CUES.has(prev.norm) || t.sentenceStart) return;
      c = Math.min(c, amb.confidence);
    } else if (t.sentenceStart && first + 1 < tokens.length && tokens[first + 1]!.kind === "word" && tokens[first + 1]!.cap === false && end === t.end) {
      // A capitalised first word of a sentence is weak evidence of a place.
      c *= 0.8;
    }
    add(a, "place", start, end, c, { ...data, population });
  };

  for (const m of a.phrases) {
    if (m.lexicon !== PLACES_LEXICON) continue;
    const place = placeOf(m.entry);
    if (place) accept(m.firstToken, place.name, place.population, 0.85, { name: place.name, admin: place.admin, kind: "town", lat: place.lat, lon: place.lon }, m.start, m.end);
  }
  if (localPlaces && localPlaces.length) {
    const local = new PhraseMatcher([{ name: "local-places", entries: localPlaces.map((p) => ({ term: fold(p.name), forms: [fold(p.name)], confidence: 0.9, source: "user", extra: { population: p.population ?? TYPICAL_POPULATION.village } })) }]);
    for (const m of local.match(tokens)) {
      add(a, "place", m.start, m.end, 0.9, { name: text.slice(m.start, m.end), kind: "local", population: m.entry.extra?.population ?? TYPICAL_POPULATION.village });
    }
  }

  if (swallowed.length) a.dropSpans((s) => (s.type === "first-name" || (s.type === "person-name" && !s.data?.title)) && swallowed.some(([x, y]) => x <= s.start && s.end <= y));

  let m: RegExpExecArray | null;
  ADDRESS.lastIndex = a.hasAnyWord(["road", "rd", "street", "lane", "avenue", "ave", "close", "crescent", "terrace", "gardens", "grove", "mews", "drive", "way", "parade", "row", "place", "square", "court", "walk", "rise", "hill", "view", "green", "park"]) ? 0 : text.length;
  while ((m = ADDRESS.exec(text)) !== null) {
    const firstWord = m[2]!.split(" ")[0]!;
    if (ADDRESS_STOP.has(firstWord)) continue;
    const hasNumber = !!m[1];
    // without a house number, suffixes that are also ordinary words ("Drive", "Park", "Green") need one
    if (!hasNumber && (m[3] === "Way" || m[3] === "Drive" || m[3] === "Close" || WEAK_SUFFIXES.has(m[3]!))) continue;
    add(a, "address", m.index, m.index + m[0].length, hasNumber ? 0.9 : 0.7, { hasNumber, kind: "street", population: TYPICAL_POPULATION.street });
  }
  DWELLING.lastIndex = a.digits > 0 && a.hasAnyWord(["flat", "apartment", "apt"]) ? 0 : text.length;
  while ((m = DWELLING.exec(text)) !== null) add(a, "address", m.index, m.index + m[0].length, 0.85, { hasNumber: true, kind: "dwelling", population: 2 });
  SCHOOL.lastIndex = a.hasAnyWord(["school", "academy", "primary", "grammar", "secondary", "junior", "infants", "prep"]) ? 0 : text.length;
  while ((m = SCHOOL.exec(text)) !== null) {
    const skip = trimLeading(m[1]!, HOSPITAL_STOP);
    if (skip >= m[1]!.length) continue;
    const start = m.index + skip;
    add(a, "place", start, m.index + m[0].length, 0.85, { kind: "school", name: text.slice(start, m.index + m[0].length), population: TYPICAL_POPULATION.school });
  }
  ESTATE.lastIndex = a.hasAnyWord(["estate"]) ? 0 : text.length;
  while ((m = ESTATE.exec(text)) !== null) add(a, "place", m.index, m.index + m[0].length, 0.8, { kind: "estate", population: TYPICAL_POPULATION.estate });
  UNNAMED.lastIndex = a.hasAnyWord(["village", "hamlet", "town", "school", "estate", "island", "street", "road", "close"]) ? 0 : text.length;
  while ((m = UNNAMED.exec(text)) !== null) {
    const noun = m[1]!.toLowerCase();
    const kind = noun.endsWith("school") ? "school" : noun === "road" || noun === "close" || noun === "cul-de-sac" ? "street" : (noun as keyof typeof TYPICAL_POPULATION);
    // "a street", "the same road" say nothing; "my own street", "our road" put the person next door
    if (kind === "street" && !/^(?:our|my)\b/i.test(m[0])) continue;
    // "our town" is small only when the post says so; a bare "the same school" is a school community
    if ((kind === "town" || kind === "island") && !/small|tiny|little|remote|rural|quiet/i.test(m[0])) continue;
    add(a, "place", m.index, m.index + m[0].length, 0.7, { kind, unnamed: true, population: TYPICAL_POPULATION[kind] });
  }
  WORKPLACE.lastIndex = a.hasAnyWord(["works", "work"]) ? 0 : text.length;
  while ((m = WORKPLACE.exec(text)) !== null) {
    const start = m.index + m[0].length - m[0].replace(/^works? (?:at|for) (?:the |a )?/, "").length;
    add(a, "place", start, m.index + m[0].trimEnd().length, 0.65, { kind: "workplace", population: TYPICAL_POPULATION.workplace });
  }
  HOSPITAL.lastIndex = a.hasAnyWord(["hospital", "infirmary", "hospice", "centre", "surgery", "practice", "general", "home"]) ? 0 : text.length;
  while ((m = HOSPITAL.exec(text)) !== null) {
    const skip = trimLeading(m[1]!, HOSPITAL_STOP);
    if (skip >= m[1]!.length) continue;
    const start = m.index + skip;
    const head = m[2]!.toLowerCase();
    const short = SHORT_HEADS.has(head);
    if (short) {
      const nameWords = m[1]!.slice(skip).trim().split(" ");
      if (NOT_BEFORE_SHORT_HEAD.has(nameWords[nameWords.length - 1]!.toLowerCase())) continue;
    }
    add(a, "hospital", start, m.index + m[0].length, short ? 0.75 : 0.9, { name: text.slice(start, m.index + m[0].length), kind: head });
  }
  // One hospital, one span: "Wexham Park" (list) inside "Wexham Park Hospital" (pattern) goes, and
  // case-sensitive short names the list itself doubts ("MRI" is mostly a scan) need a cue before them.
  const hospitals = a.of("hospital");
  a.dropSpans((s) => {
    if (s.type !== "hospital") return false;
    if (hospitals.some((h) => h !== s && h.start <= s.start && s.end <= h.end && h.end - h.start > s.end - s.start)) return true;
    if (s.confidence < 0.5) {
      const prev = a.wordsBefore(s.start, 1)[0];
      return !prev || !PLACE_CUES.has(prev.norm);
    }
    return false;
  });
  WARD_BED.lastIndex = a.hasAnyWord(["bay", "bed", "ward", "side", "sideroom", "cubicle", "resus", "majors", "minors", "trolley", "cot", "incubator", "room"]) ? 0 : text.length;
  while ((m = WARD_BED.exec(text)) !== null) {
    // "room 2" alone is weak; "bed 12", "bay 4", "ward 7" are how clinicians locate a patient.
    const weak = /^room|^trolley/i.test(m[1]!);
    add(a, "ward-bed", m.index, m.index + m[0].length, weak ? 0.5 : 0.85, { kind: m[1]!.toLowerCase() });
  }
  // "St Mary's Primary", "Kirkby Stephen Grammar", "Queen Alexandra Hospital": the name belongs to the place.
  const placeLike = [...a.of("place"), ...a.of("hospital"), ...a.of("address")].filter((p) => p.data?.kind !== "town");
  a.dropSpans((s) => (s.type === "first-name" || (s.type === "person-name" && !s.data?.title && !s.data?.labelled)) && placeLike.some((p) => p.start <= s.start && s.end <= p.end));

  NAMED_WARD.lastIndex = a.hasAnyWord(["ward"]) ? 0 : text.length;
  while ((m = NAMED_WARD.exec(text)) !== null) {
    if (GENERIC_WARDS.has(m[1]!)) continue;
    add(a, "ward-bed", m.index, m.index + m[0].length, 0.75, { kind: "ward", named: true });
  }
}
