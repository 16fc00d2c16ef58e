import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { combine, removal, firstStartingAt } from "../shared";
import { venues, WORK } from "./venues";
import { disclosures, secretPossible } from "./secrets";

const FIRST_PERSON = new Set(["i", "i'm", "im", "i'll", "ill", "i've", "we", "we're", "we'll", "me", "my", "our", "us"]);
/** Words for other people as the subject: a sentence without any is the author's diary ("Ward 11 at Ninewells, nights..."). */
const OTHERS = new Set(["he", "she", "they", "his", "her", "their", "him", "them", "you", "your", "patient", "patients", "consultant", "colleague", "friend", "mum", "dad", "husband", "wife", "partner", "someone", "anyone"]);
const MINUTES = new Set(["min", "mins", "minute", "minutes", "hour", "hours"]);
/** Places of care: the author's work unless they are there as a patient or visitor. */
const CARE_PLACES = new Set(["clinic", "clinics", "session", "sessions", "ward", "wards", "list"]);
/** The author's own role ("I'm the GP at..."), unless it is someone else's ("my GP at..."). */
const ROLE = new Set(["gp", "doctor", "nurse", "reg", "registrar", "sho", "consultant", "fy1", "fy2", "f1", "f2", "midwife", "paramedic", "pharmacist", "physio", "hca", "anaesthetist", "surgeon", "medic", "locum"]);
const NOT_MINE = new Set(["my", "our", "your", "his", "her", "their", "a", "an", "every", "no"]);
/** Elided subject: a sentence that opens "On nights at...", "Working at...", "Doing clinic in..." is the author. */
const OPENERS = new Set([
  "on", "working", "back", "off", "heading", "covering", "here", "locum", "shift", "nights", "night", "doing", "running", "live", "solo",
  "starting", "started", "home", "late", "long", "first", "stuck", "spending", "rostered", "currently", "locuming",
]);
const YEARISH = /^(?:19|20)\d\ds?$/;
/** With "view from", a picture or a time of day says the view is the author's, now. */
const VIEW_NOW = new Set(["photo", "pic", "picture", "snap", "📸", "sunrise", "sunset", "tonight", "today", "morning", "dawn", "now"]);
/** Openers that still put the author somewhere after "and" ("...and on the ward round at", "...and back at"). */
const ELIDED_OPENERS = new Set(["on", "back", "covering", "heading", "working", "doing", "starting", "off"]);
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** Words that say when on their own. */
const WHEN_WORDS = new Set(["tonight", "today", "tomorrow", "now", "currently", "weekend", "morning", "afternoon", "evening", "till", "until", "christmas", "nye", "tues", "weds", "thurs", "mon", "tue", "wed", "thu", "fri", ...WEEKDAYS, ...WEEKDAYS.map((d) => `${d}s`)]);
/** Words that say when only with the word after them: "this week", "all weekend", "first day", "every Tuesday". */
const WHEN_MODIFIERS = new Set(["this", "next", "all", "every", "first"]);
const WHEN_HEADS = new Set(["week", "weekend", "morning", "afternoon", "evening", "night", "nights", "day", "days", "shift", "month", "year", "rotation", "placement", "week's", ...WEEKDAYS]);
/**
 * Times too broad to find someone by: "next month", "this year", "next week". With a town (not a
 * building) they say where someone's life is going ("new job in Leicester next month", "speaking in
 * Liverpool next week"), not where to find them at a given hour.
 */
const COARSE_WHEN = /^(?:next|this|later this|early next|in (?:a|two|three|a few))\s+(?:week|fortnight|month|year|term|rotation|placement|spring|summer|autumn|winter)s?$/i;
/** "all next week", "every week this month": there for the whole stretch, which is findable. */
const DURATION = new Set(["all", "every", "whole"]);
const PAST = new Set(["last", "yesterday", "ago", "worked", "was", "were", "did", "used"]);
/** "...last night and now doing a ward round at Ealing": the present wins over an earlier past. */
const PRESENT = new Set(["now", "currently"]);
/** "Posting here", "saying it here", "whistleblowing here": "here" is the platform, not a place. */
const POSTING = new Set(["posting", "post", "posted", "saying", "say", "said", "it", "this", "asking", "ask", "sharing", "share", "shared", "whistleblowing", "writing", "write", "venting", "vent", "ranting", "rant", "tweeting", "raising", "raise"]);
/** The word after "here" that makes it a reason for posting ("here because..."). */
const HERE_REASON = new Set(["because", "since", "as", "cos", "coz"]);
/** "tonight's shift", "Thursday's list": a time word with a possessive. */
const bare = (t: Token) => (t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm);
const AT = new Set(["at", "in", "to", "from"]);
const CHECK_IN = "\u{1F4CD}"; // 📍
/** Invitations to come and find the author: "come say hi", "pop in", "hit me up", "find me". */
const INVITES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["say", new Set(["hi", "hello"])], ["pop", new Set(["in", "by", "over", "down"])], ["hit", new Set(["me"])], ["find", new Set(["me"])],
  ["come", new Set(["find", "visit", "see"])], ["drop", new Set(["by"])],
]);
/** "where I am", "where I'll be": the author places themself. */
const OWNED = new Set(["our", "my"]);
/** The author is at a clinic as a patient or visitor, not working there. */
const VISITOR = new Set(["appointment", "appointments", "appt", "visiting", "took", "taking", "accompanying", "referred", "seen"]);
const POSSESSIVE = /['\u2019]s$/;
const WHERE = new Set(["i", "i'm", "im", "i'll", "ill"]);
/** Tokens either side of a place that can bear on it; bounds the work per place on huge posts. */
const REACH = 24;

/** A job on offer to readers. */
const OFFERED = new Set(["wanted", "needed", "required", "available"]);
/** ...said of a job: "locum pharmacist wanted", "GP sessions available", "cover needed". */
const JOB_NOUNS = new Set(["locum", "locums", "gp", "gps", "pharmacist", "nurse", "nurses", "doctor", "doctors", "physio", "midwife", "midwives", "paramedic", "hca", "hcas", "receptionist", "cover", "session", "sessions", "shift", "shifts", "post", "posts", "role", "roles", "job", "jobs", "position", "positions", "staff"]);
const JOB_ADVERTS = new Set(["vacancy", "vacancies", "hiring", "recruiting"]);
const SELF = new Set(["i", "i'm", "im", "i'll", "ill", "i've", "me", "my"]);
/** Public events named after their town ("the Tenby half marathon", "Leeds 10k", "Whitby regatta"). */
const EVENT_NOUNS = new Set(["marathon", "half", "10k", "5k", "parkrun", "fun", "run", "festival", "regatta", "carnival", "show", "pride", "triathlon", "race", "fair", "sportive"]);

/** The town is the first word of an event's name: "Kendal 10k" (tokens "10", "k"), "Tenby half marathon". */
function namesAnEvent(a: Analysis, span: Span): boolean {
  const [next, after] = a.wordsAfter(span.end, 2);
  if (!next) return false;
  if (EVENT_NOUNS.has(next.norm)) return true;
  return next.kind === "number" && !!after && after.start === next.end && (after.norm === "k" || after.norm === "km" || after.norm === "miler");
}

/** "Day shift at X", "Twilight shift on Ward 4": a kind of shift, then where. */
/** Beds and bays: where a patient lies, not where staff are. */
const BED_PLACES = new Set(["bed", "bay", "cubicle", "side room", "sideroom", "cot", "incubator", "trolley"]);
/**
 * A bed or bay just before the place, in its sentence, with no first-person word before the place:
 * the place says where that patient is ("Mr Lloyd in bed 6 at Glan Clwyd"), not the author.
 */
function bedBefore(a: Analysis, span: Span): boolean {
  if (!a.has("ward-bed")) return false;
  const sentence = a.sentenceOf(span.start);
  const bed = a.of("ward-bed").find((w) => BED_PLACES.has(String(w.data?.kind)) && w.end <= span.start && a.sentenceOf(w.start) === sentence && a.wordsBefore(span.start, 8).some((t) => t.start >= w.start));
  // ("Bay 2 nurse tonight at...": the bay names the author's post)
  if (!bed || ROLE.has(a.wordsAfter(bed.end, 1)[0]?.norm ?? "") || a.wordsAfter(bed.end, 1)[0]?.norm === "nurse") return false;
  return !a.sentenceTokens(span.start).some((t) => t.start < span.start && FIRST_PERSON.has(t.norm));
}

/** People a town after "from" belongs to: "a lady from Tenby", "the lads from Bala". */
const FROM_PEOPLE = new Set(["man", "woman", "lady", "gent", "gentleman", "lad", "lads", "girl", "boy", "guy", "fella", "bloke", "patient", "family", "couple", "chap", "farmer", "kid", "child", "baby", "mum", "dad"]);
/** The town follows "from" after a person's name or a person noun: their home, not the author's whereabouts. */
function someoneFrom(a: Analysis, span: Span): boolean {
  const before = a.wordsBefore(span.start, 2);
  if (before[0]?.norm !== "from" || !before[1]) return false;
  const who = before[1];
  if (FROM_PEOPLE.has(who.norm)) return true;
  return [...a.of("person-name"), ...a.of("first-name")].some((n) => n.end === who.end);
}

function shiftAt(list: readonly Token[], i: number): boolean {
  return i >= 0 && list[i + 1]?.norm === "shift" && AT_OR_ON.has(list[i + 2]?.norm ?? "");
}
const AT_OR_ON = new Set(["at", "on", "in"]);
/** Hospital departments that follow a hospital's short name ("St Mary's maternity", "Kingsmill ED"). */
const DEPARTMENTS = new Set(["maternity", "a&e", "ed", "icu", "itu", "nicu", "picu", "scbu", "theatres", "outpatients", "resus", "majors", "minors", "amu", "cdu", "labour", "delivery", "paeds", "oncology", "renal", "cardiology"]);

/**
 * "New job at the Whittington!", "nights at the Christie": a town's name with "the" and nothing after
 * it for "the" to go with is an institution named after the place (a hospital, as staff call it), not
 * the town ("the Leeds area", "the Tenby 10k" have their noun).
 */
function placeAsInstitution(a: Analysis, span: Span): boolean {
  const next0 = a.tokens[a.tokenIndexAt(span.end)];
  // "at St Mary's maternity", "at Kingsmill A&E": a place followed by a hospital department is the hospital
  if (next0 && next0.start >= span.end && next0.sentence === a.sentenceOf(span.start) && DEPARTMENTS.has(next0.norm) && AT.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "")) return true;
  const before = a.wordsBefore(span.start, 2);
  if (before[0]?.norm !== "the" || !AT.has(before[1]?.norm ?? "")) return false;
  const next = a.tokens[a.tokenIndexAt(span.end)];
  return !next || next.kind === "punct" || next.kind === "hashtag" || next.sentence !== a.sentenceOf(span.start) || WHEN_WORDS.has(next.norm) || AT_OR_ON.has(next.norm);
}

interface Place { span: Span; name: string }

function isHospitalSpan(span: Span): boolean {
  return span.type !== "place";
}

/** Named places a reader could walk into: hospitals, named wards, towns; the longest of overlapping names. */
function places(a: Analysis): Place[] {
  const found = venues(a);
  if (found.length === 0 && !a.has("hospital") && !a.has("ward-bed") && !a.has("place")) return [];
  const all: Span[] = [...found, ...a.of("hospital").filter((h) => h.confidence >= 0.6 || a.wordsBefore(h.start, 2).some((w) => AT.has(w.norm))), ...a.of("ward-bed").filter((s) => s.data?.named), ...a.of("place").filter((s) => s.data?.kind === "town" && !s.data?.unnamed && Number(s.data?.population ?? 0) < TOO_BIG_TO_FIND)];
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Place[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.span.end) continue;
    out.push({ span: s, name: s.text });
  }
  return out;
}

const isWord = (t: Token) => t.kind === "word" || t.kind === "number";

/**
 * The tokens near a place: `mine` is its own sentence, `words` adds the neighbouring sentences (posts
 * often split one thought over lines). Both are cut to REACH tokens either side, so a post that is one
 * 1 MB sentence costs the same per place as a short one.
 */
function windowOf(a: Analysis, span: Span): { mine: Token[]; words: Token[]; opener: Token | undefined } {
  const tokens = a.tokens;
  const first = Math.min(a.tokenIndexAt(span.start), tokens.length - 1);
  const last = Math.max(first, a.tokenIndexAt(span.end) - 1);
  const s = tokens[first]!.sentence;
  let lo = first;
  while (lo > 0 && first - lo < REACH && tokens[lo - 1]!.sentence === s) lo--;
  let hi = last;
  while (hi + 1 < tokens.length && hi - last < REACH && tokens[hi + 1]!.sentence === s) hi++;
  const atStart = lo === 0 || tokens[lo - 1]!.sentence !== s;
  const atEnd = hi + 1 >= tokens.length || tokens[hi + 1]!.sentence !== s;
  let wlo = lo;
  if (atStart && lo > 0) {
    const prev = tokens[lo - 1]!.sentence;
    while (wlo > 0 && lo - wlo < REACH && tokens[wlo - 1]!.sentence === prev) wlo--;
  }
  let whi = hi;
  if (atEnd && hi + 1 < tokens.length) {
    const next = tokens[hi + 1]!.sentence;
    while (whi + 1 < tokens.length && whi - hi < REACH && tokens[whi + 1]!.sentence === next) whi++;
  }
  const mine = tokens.slice(lo, hi + 1);
  return { mine, words: tokens.slice(wlo, whi + 1), opener: atStart ? mine.find(isWord) : undefined };
}

/** The first span of `sorted` (by start) lying inside [from, to), by binary search. */
function firstWithin(sorted: readonly Span[], from: number, to: number): Span | undefined {
  const s = sorted[firstStartingAt(sorted, from)];
  return s && s.end <= to ? s : undefined;
}

/** A clinical setting ("clinic", "on the ward", "home visits") in [from, to) that is not part of the place itself. */
function settingNear(sorted: readonly Span[], from: number, to: number, place: Span): boolean {
  const lo = firstStartingAt(sorted, from);
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) {
    const s = sorted[i]!;
    if (s.end <= to && (s.end <= place.start || s.start >= place.end)) return true;
  }
  return false;
}

/** A time word in `list` at i: "tonight", "Tuesdays", "this week", "all weekend", "first day", "3am". */
function whenAt(list: Token[], i: number): boolean {
  const t = list[i]!;
  const w = bare(t);
  if (WHEN_WORDS.has(w)) return true;
  const next = list[i + 1];
  if (WHEN_MODIFIERS.has(w)) return next !== undefined && WHEN_HEADS.has(bare(next));
  // "3am", "8pm", "at 8 pm"
  if ((w === "am" || w === "pm") && list[i - 1]?.kind === "number") return true;
  // "in 40 mins": about to be there
  if (w === "in" && list[i + 1]?.kind === "number" && MINUTES.has(list[i + 2]?.norm ?? "")) return true;
  return shiftOfRun(list, i) || beforeMyShift(list, i);
}

/** "before my twilight shift", "before my 8am list": the author is about to start work there. */
function beforeMyShift(list: Token[], i: number): boolean {
  if (list[i]!.norm !== "before" || list[i + 1]?.norm !== "my") return false;
  for (let k = i + 2; k < list.length && k <= i + 4; k++) if (WORK.has(list[k]!.norm) || CARE_PLACES.has(list[k]!.norm)) return true;
  return false;
}

const RUN_UNITS = new Set(["night", "nights", "shift", "shifts", "day", "days", "week", "long"]);
/** "Night shift 1 of 4", "day 2 of 3": a numbered shift of a run is happening now. */
function shiftOfRun(list: Token[], i: number): boolean {
  return RUN_UNITS.has(list[i]!.norm) && list[i + 1]?.kind === "number" && list[i + 2]?.norm === "of" && list[i + 3]?.kind === "number";
}

/** "all weekend", "till 8pm", "this Saturday": a time word with the word after it when it needs one. */
function whenPhrase(a: Analysis, list: Token[], i: number): string {
  const t = list[i]!;
  const next = list[i + 1];
  const w = bare(t);
  if ((WHEN_MODIFIERS.has(w) || w === "till" || w === "until") && next) return a.text.slice(t.start, next.end);
  if ((w === "am" || w === "pm") && list[i - 1]) return a.text.slice(list[i - 1]!.start, t.end);
  if (shiftOfRun(list, i)) return `on ${a.text.slice(t.start, list[i + 3]!.end)}`;
  if (w === "in" && list[i + 2]) return a.text.slice(t.start, list[i + 2]!.end);
  if (beforeMyShift(list, i)) return a.text.slice(t.start, (list.slice(i + 2, i + 5).find((x) => WORK.has(x.norm) || CARE_PLACES.has(x.norm)) ?? t).end);
  return t.text;
}

/** A word that can start any of the rule's evidence of the author being at the place. */
function mayPlaceAuthor(t: Token): boolean {
  const w = t.norm;
  return FIRST_PERSON.has(w) || w === "here" || w === "where" || w === "checked" || w === "live" || w === "view" || w === "job" || w === "rotation" || w === "placement"
    || OPENERS.has(w) || INVITES.has(w) || t.text === CHECK_IN || t.kind === "number";
}

function hasPair(list: Token[], pairs: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (let i = 0; i + 1 < list.length; i++) if (pairs.get(list[i]!.norm)?.has(list[i + 1]!.norm)) return true;
  return false;
}

/** FIRST_PERSON split by number ("ill" left out: it is as often the adjective as "I'll"). */
const PLURAL_SELF = new Set(["we", "we'll", "we're", "our", "us"]);
const SINGULAR_SELF = new Set([...FIRST_PERSON].filter((w) => !PLURAL_SELF.has(w) && w !== "ill"));
const SERVICES = new Set(["clinic", "clinics", "service", "services", "appointments", "vaccinations", "jabs", "sessions", "surgery", "drop-in"]);
function serviceNotice(sentence: readonly Token[]): boolean {
  let plural = false;
  let service = false;
  for (const t of sentence) {
    if (SINGULAR_SELF.has(t.norm)) return false;
    if (PLURAL_SELF.has(t.norm)) plural = true;
    else if (SERVICES.has(t.norm)) service = true;
  }
  return plural && service;
}

/** A place this large (a nation, a conurbation) cannot lead anyone to you: "every nurse in England". */
const TOO_BIG_TO_FIND = 1_000_000;

export default defineRule({
  meta: {
    id: "privacy/location",
    severity: "warning",
    citations: ["gmc-sm:8b", "gmc-sm:8c", "gmc-sm:8"],
    seriousness: SERIOUSNESS.colleagueArgument - 5,
    docs: {
      summary: "Saying where you are or will be working, and check-ins",
      why: "Doctors' use of social media 8 asks you to be aware of the limits of privacy online: patients and anyone else may be able to see your personal information (8b), and information about your location can travel with what you post (8c). \"On nights at the Royal Infirmary all weekend\" tells a stalker, an aggrieved patient or a burglar where you will be and when.",
      fix: "Leave out the place or the time, or post afterwards without saying where. Turn off location tagging on photos and check-ins.",
      examples: {
        flagged: ["On nights at St James's Hospital all weekend, send coffee ☕", "📍 Royal Derby Hospital, here till 8pm if anyone wants to say hi"],
        passes: ["Great conference in Manchester last week, loads of ideas to bring back.", "Nights done! Off to bed 😴"],
      },
    },
    messages: {
      working: "Saying you are at {{place}} {{when}} tells anyone where to find you.",
      checkIn: "A check-in at {{place}} shows where you are right now.",
      past: "This says where you worked ({{place}}); posting afterwards is safer, but it still names your workplace.",
      access: "Naming {{place}} next to a code or password tells anyone reading where it gets them in.",
      invite: "Inviting people to drop in at {{place}} tells anyone where to find you (and the people you care for).",
      workplace: "This names your workplace ({{place}}); fine on a profile, but think twice before adding when you are there.",
    },
  },
  check({ analysis: a, report }) {
    const found = places(a);
    if (found.length === 0) return;
    const times = [...a.of("time-ref")].sort((x, y) => x.start - y.start);
    const settings = [...a.of("clinical-setting")].sort((x, y) => x.start - y.start);
    // Sentences where a code, password or key is given away: a place named there (or on the line
    // before) tells readers where it opens the door ("Ward 3 at Northfield: the staff room door code is...").
    const secretSentences = new Set<number>();
    if (secretPossible(a)) {
      for (const d of disclosures(a)) if (d.kind !== "shared" && d.kind !== "shown") secretSentences.add(a.sentenceOf(d.start));
    }
    for (const { span, name } of found) {
      if (a.isNegated(span) || a.isReported(span)) continue;
      const s = a.sentenceOf(span.start);
      if (secretSentences.size > 0 && (secretSentences.has(s) || secretSentences.has(a.sentenceOf(a.wordsAfter(span.end, 40).find((t) => t.sentence !== s)?.start ?? span.start)))) {
        report({
          messageId: "access",
          range: [span.start, span.end],
          data: { place: name },
          severity: "warning",
          confidence: 0.7,
          seriousness: SERIOUSNESS.colleagueArgument - 5,
          explanation: { detectors: [`places:${span.type}`, "privacy/credentials"], notes: ["a place named with an access code or password"] },
        });
        continue;
      }
      // "the Tenby half marathon", "the Leeds 10k": the town names a public event, not where the author works
      if (!isHospitalSpan(span) && namesAnEvent(a, span)) continue;
      // "Tomos Evans from Bala", "a lady from Tenby": where someone else comes from, not where the author is
      if (!isHospitalSpan(span) && someoneFrom(a, span)) continue;
      // "Ivy Morgan on bay 4, Ward 12 at the Royal Gwent": the hospital places a patient's bed, not the author
      if (bedBefore(a, span)) continue;
      const { mine, words, opener } = windowOf(a, span);
      if (mine.length === 0) continue;
      // "Locum pharmacist wanted for Saturday cover in Carmarthen", "sessions available Tuesdays at our
      // Aberdeen practice": a job offered to others; its place and days are the job's, not the author's
      // (unless the author is the one available: "I'm available...")
      if (mine.some((t, i) => JOB_ADVERTS.has(t.norm) || (OFFERED.has(t.norm) && mine.slice(Math.max(0, i - 3), i).some((w) => JOB_NOUNS.has(w.norm)))) && !mine.some((t) => SELF.has(t.norm))) continue;
      // Every finding below needs the author (a first-person word, an opener, an invitation, a
      // diary line), "here"/"where", a check-in or minutes out: one pass rules the place out cheaply.
      if (!(opener !== undefined && (OPENERS.has(opener.norm) || shiftAt(mine, mine.indexOf(opener)))) && !words.some(mayPlaceAuthor)) continue;
      const isHospital = isHospitalSpan(span) || placeAsInstitution(a, span);
      // Towns need the evidence in their own sentence; a hospital can borrow it from the next line.
      const scope = isHospital ? words : mine;
      const from = scope[0]!.start;
      const to = scope[scope.length - 1]!.end;
      const invite = hasPair(words, INVITES);
      // First-person words inside a quotation are someone else's ("'where's my handbag'").
      const me = mine.find((t) => FIRST_PERSON.has(t.norm));
      // "...and now covering clinic in Hexham": a clause opening with a work word after "now" or "then"
      // has the author as its elided subject too
      // ("Day shift at Ninewells...", "Twilight shift at...": a kind of shift opening the sentence is the author's)
      const shiftOpener = opener !== undefined && shiftAt(mine, mine.indexOf(opener)) && opener.start < span.start;
      const opens = (opener !== undefined && OPENERS.has(opener.norm) && opener.start < span.start) || shiftOpener
        || mine.some((t, i) => t.start < span.start && OPENERS.has(t.norm) && (mine[i - 1]?.norm === "now" || mine[i - 1]?.norm === "then"))
        // "Still hungover from the party and on the ward round at X in 40 min": a clause joined by
        // "and" with its subject left out, in a sentence about nobody else, is the author's
        || (mine.some((t, i) => t.start < span.start && ELIDED_OPENERS.has(t.norm) && mine[i - 1]?.norm === "and") && !mine.some((t) => OTHERS.has(t.norm)));
      // a sentence with nobody else in it, next to one about the author's job ("New job starts Monday! Ward 11 at Ninewells, nights...")
      const diary = !words.some((t) => OTHERS.has(t.norm)) && words.some((t) => t.norm === "job" || t.norm === "rotation" || t.norm === "placement");
      // a department or station, and the next line says the author is on shift ("Crew from Hillcrest
      // station... We're all that's covering the north of the county right now")
      const crew = span.data?.care === true && words.some((t) => FIRST_PERSON.has(t.norm) && !a.isQuoted(t)) && words.some((t) => WORK.has(t.norm));
      const firstPerson = invite || (me !== undefined && !a.isQuoted(me)) || opens || diary || crew;
      // "our Harrogate clinic", "my Leeds practice": the place names a branch, not where the author is.
      // An opener that puts the author there ("Doing the Saturday clinic at our Harrogate branch") wins.
      const branch = OWNED.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "") && !opens;
      // "📍", "checked in at", "I'm at X", "guess where I am": where the author is now.
      const minutesOut = scope.findIndex((t, i, list) => t.kind === "number" && MINUTES.has(list[i + 1]?.norm ?? "") && (list[i + 2]?.norm === "out" || list[i + 2]?.norm === "away"));
      const here = mine.some((t, i) => ((t.norm === "i'm" || t.norm === "im" || t.norm === "we're") && (mine[i + 1]?.norm === "at" || mine[i + 1]?.norm === "in") && t.start < span.start))
        || words.some((t, i) => t.norm === "where" && WHERE.has(words[i + 1]?.norm ?? "") && t.start < span.start)
        // "back here every Sunday", "20 mins out from the cath lab at St George's": the author is (nearly) there
        || (words.some((t, i) => t.norm === "here" && !POSTING.has(words[i - 1]?.norm ?? "") && !HERE_REASON.has(words[i + 1]?.norm ?? "")) && !words.some((t) => OTHERS.has(t.norm) || t.norm.startsWith("you")))
        || minutesOut >= 0;
      // "We will be running flu clinics at the surgery, 14 Mill Lane": a service's notice of where its
      // clinics are, in the plural voice of the practice, is public information, not the author's whereabouts
      if (!here && !invite && !opens && serviceNotice(mine)) continue;
      // "Photo: view from the doctors' mess, 11th floor, <hospital>. Sunrise after a long one": a
      // picture taken from the place, now, is a check-in (not "the view from X is famous")
      const viewFrom = mine.some((t, i) => t.norm === "view" && mine[i + 1]?.norm === "from" && t.start < span.start) && words.some((t) => VIEW_NOW.has(t.norm))
        // (an old photo of the view, "in the 1970s", "years ago", is history, not where the author is)
        && !words.some((t) => PAST.has(t.norm) || t.norm === "old" || YEARISH.test(t.text));
      const checkIn = viewFrom || words.some((t) => t.text === CHECK_IN && t.start < span.start) || mine.some((t, i) => (t.norm === "checked" && mine[i + 1]?.norm === "in") || (t.norm === "live" && (mine[i + 1]?.norm === "from" || mine[i + 1]?.norm === "at") && t.start < span.start));
      // The place's own words ("Larch Ward", "Dementia ward") are not evidence of working there.
      const work = scope.some((t, i, list) => (t.start < span.start || t.start >= span.end) && (WORK.has(t.norm) || (t.norm === "call" && list[i - 1]?.norm === "on") || (ROLE.has(t.norm) && !NOT_MINE.has(list[i - 1]?.norm ?? ""))))
        // A clinic or ward is the author's work unless the sentence is about someone's appointment
        // ("took my dad to his clinic in Kendal").
        // A department named as a venue ("my 2pm start at Crownhill ED", "Crew from Hillcrest station")
        // is a place of work in itself.
        || ((settingNear(settings, from, to, span) || scope.some((t) => CARE_PLACES.has(t.norm) && (t.start < span.start || t.start >= span.end)) || span.data?.care === true)
          && !mine.some((t) => VISITOR.has(t.norm)) && a.inSentence(span, a.of("relation")).length === 0);
      let whenIndex = -1;
      let pastWord = false;
      let future = false;
      // the tense word nearest the place decides: "last night ... and now doing a ward round at Ealing"
      // is now; "near Hawes who was gored ... he's on our ward now" is past
      let pastDistance = Infinity;
      let presentDistance = Infinity;
      let presentWord = "";
      for (let i = 0; i < scope.length; i++) {
        const t = scope[i]!;
        const distance = t.start < span.start ? span.start - t.end : t.start - span.end;
        if (PAST.has(t.norm) && !(t.norm === "last" && WORK.has(scope[i + 1]?.norm ?? ""))) { pastWord = true; pastDistance = Math.min(pastDistance, distance); }
        if (t.norm === "tonight" || bare(t) === "tonight" || t.norm === "tomorrow" || t.norm === "next") future = true;
        if (PRESENT.has(t.norm) && distance < presentDistance) { presentDistance = distance; presentWord = t.text; }
        if (whenIndex < 0 && whenAt(scope, i)) whenIndex = i;
      }
      const timeSpan = firstWithin(times, from, to);
      const past = pastWord && !future && pastDistance < presentDistance;
      // a present word that beat a past one is the time ("last night ... now covering clinic in Hexham")
      const when = (pastWord && presentDistance < pastDistance ? presentWord : timeSpan?.text ?? (whenIndex >= 0 ? whenPhrase(a, scope, whenIndex) : minutesOut >= 0 ? a.text.slice(scope[minutesOut]!.start, scope[minutesOut + 2]!.end) : undefined))?.replace(POSSESSIVE, "");

      // A town and a broad time: where the author's life is, not where to find them.
      const coarse = !isHospital && when !== undefined && COARSE_WHEN.test(when.trim()) && !scope.some((t, i, list) => DURATION.has(t.norm) && WHEN_MODIFIERS.has(bare(list[i + 1] ?? t)))
        && !scope.some((t, i, list) => t.text !== when && whenAt(list, i) && !COARSE_WHEN.test(whenPhrase(a, list, i)));

      let messageId: string;
      let confidence: number;
      if (coarse && !checkIn) {
        if (!(firstPerson || here || invite) || !work) continue;
        messageId = "workplace";
        confidence = 0.3;
      } else if (checkIn || (here && when !== undefined && !past)) {
        messageId = "checkIn";
        confidence = isHospital ? 0.8 : 0.6;
      } else if ((firstPerson || here) && work && (when !== undefined || past) && !branch) {
        messageId = past ? "past" : "working";
        confidence = combine(isHospital ? 0.5 : 0.3, 0.35, 0.2, invite || here ? 0.3 : 0) * (past ? 0.6 : 1);
      } else if (invite && when !== undefined && !past) {
        messageId = "working";
        confidence = combine(isHospital ? 0.5 : 0.3, 0.3);
      } else if (invite && span.type === "hospital" && !past && !branch) {
        // "Ward 21 at Kingsfield... if you're nearby, pop in": an open invitation to a ward or hospital
        messageId = "invite";
        confidence = combine(0.5, 0.3);
      } else if (firstPerson && work) {
        messageId = "workplace";
        confidence = 0.3;
      } else continue;
      if (!a.isPublic) confidence *= 0.6;
      const severity = messageId === "past" || messageId === "workplace" || confidence < 0.5 ? "info" : "warning";
      const removable = messageId === "working" && timeSpan && !(timeSpan.start < span.end && span.start < timeSpan.end);
      report({
        messageId,
        range: [span.start, span.end],
        data: { place: name, when: when ?? "" },
        severity,
        confidence,
        seriousness: severity === "info" ? SERIOUSNESS.colleagueArgument - 15 : SERIOUSNESS.colleagueArgument - 5,
        suggestions: removable ? [removal(a.text, [timeSpan.start, timeSpan.end], "Leave out when you will be there", false)] : undefined,
        explanation: {
          detectors: [`places:${span.type}`, "dates:time-ref"],
          context: [{ word: "first person", effect: firstPerson ? 1 : 0 }, { word: "work words", effect: work ? 1 : 0 }, { word: when ?? "(no time)", effect: when ? 1 : 0 }, { word: "invitation to find you", effect: invite ? 0.3 : 0 }, { word: "past", effect: past ? -0.4 : 0 }],
        },
      });
    }
  },
});
