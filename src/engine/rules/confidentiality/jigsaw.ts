import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span, Suggestion } from "../../types";
import { aboutPatient, COLLEAGUE_WORDS, replacement } from "../shared";
import { fictionOrConsent } from "./consent";
import { announcedOwnNews, authorsOwnSentences, comparedToManyAt, conditionIsModifier, patientStory, referents, withinReferent } from "./story";
import { localities } from "./localities";

/** UK motorways and A-roads as people name them. */
const ROAD = /\b(?:the )?(?:M\d{1,2}|A\d{1,4})(?:\([MT]\))?\b/;
const DIRECT = ["nhs-number", "chi-number", "hospital-number", "date-of-birth", "postcode", "ssn"] as const;
/** Places in a hospital that hold one patient (as confidentiality/patient-identifier reads them). */
const ONE_PATIENT_PLACES = new Set(["bed", "bay", "cubicle", "side room", "sideroom", "cot", "incubator", "trolley", "room"]);
/** Singular third-person words: the post is about someone, not about "our patients" or the author. */
const SOMEONE = new Set(["he", "she", "him", "his", "her", "hers", "he's", "she's", "himself", "herself"]);
function describesSomeone(a: Analysis): boolean {
  // (the post's word set, already built: no pass over the tokens unless a person word is there)
  const words = a.words;
  for (const w of SOMEONE) if (words.has(w)) return true;
  for (const w of PERSON_WORDS) if (words.has(w)) return a.tokens.some((t, i) => PERSON_WORDS.has(t.norm) && !addressedToReader(a, i)) || !!patientStory(a);
  return !!patientStory(a);
}
/** "If you're a man who has sex with men", "you are a woman over 50": the reader addressed, not someone described. */
const YOU_ARE = new Set(["you're", "youre", "you"]);
function addressedToReader(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const article = t[i - 1]?.norm;
  if (article !== "a" && article !== "an") return false;
  const before = t[i - 2]?.norm;
  return before !== undefined && (YOU_ARE.has(before) || (before === "are" && t[i - 3]?.norm === "you"));
}
/** A colleague word right next to an age or a job ("our 61-year-old ward sister", "the only stroke consultant") makes it a colleague's. */
function colleagueDetail(a: Analysis, s: Span): boolean {
  for (const t of a.wordsBefore(s.start, 2)) if (COLLEAGUE_WORDS.has(t.stem)) return true;
  for (const t of a.wordsAfter(s.end, 3)) if (COLLEAGUE_WORDS.has(t.stem)) return true;
  return COLLEAGUE_WORDS.has(s.text.toLowerCase());
}
/** Words that name a place as a place ("from Mevagissey", "near Padstow"). */
const PLACE_CUES = new Set(["in", "from", "at", "near", "to", "outside", "around", "of", "nr", "towards", "between", "visiting", "lives", "living", "by"]);
/** Details about the person rather than where or when. */
const PERSONAL = new Set(["age", "occupation", "condition", "event", "celebrity", "unique"]);
const PERSON_WORDS = new Set(["lady", "gentleman", "man", "woman", "guy", "bloke", "boy", "girl", "baby", "child", "kid", "lad", "lass", "toddler", "teenager", "mum", "dad", "grandad", "grandma", "gran", "twins", "twin", "brothers", "sisters"]);
/** Cues that the author is hiding who it was: they know. */
const COY = new Set(["won't say who", "guess who", "not saying who"]);
/** Future times say when you'll be somewhere, not when a patient was seen. */
const FUTURE = /^(?:tomorrow|next |this weekend|all weekend|from |until |till |by )/i;

// ¶13: details harmless alone can identify together. We estimate how many people could match all the
// details in a post: the population of the most specific place, times the share of people matching
// each other detail. The shares are rough (sources in data/), so the message gives an order of
// magnitude, but the order is what matters: "about 2 people" is a different post from "about 20,000".

const UK_POPULATION = 67_000_000;
/** A named hospital without a town narrows to its catchment. */
const HOSPITAL_CATCHMENT = 300_000;
/** Share of people at one year of age (UK mid-year estimates: roughly flat to 70, then falling). */
const shareOfAge = (low: number, high: number) => {
  let s = 0;
  // (a centenarian is rarer still: ONS counts about 15,000 people aged 100 or over in the UK, one in 4,500)
  for (let y = low; y <= high; y++) s += y < 70 ? 1 / 80 : y < 90 ? 1 / 120 : y < 100 ? 1 / 700 : 1 / 4500;
  return Math.min(1, s);
};
/** Share of residents who became a patient on one stated day ("last night", "Saturday"): ~70k A&E attendances a day in England. */
const SHARE_ON_A_DAY = 1 / 800;
/** Share of people a celebrity cue leaves ("a well-known actor", "a local MP"). */
const SHARE_CELEBRITY = 1 / 20_000;
/** People a reported incident involves (a crash, a stabbing): a handful. */
const NEWS_EVENT_PEOPLE = 3;
/** A uniqueness claim ("the only", "first case") leaves a small fraction of whoever else matches. */
const SHARE_UNIQUE = 1 / 50;
/** A public role named with its team, club, band or show ("the Chelsea winger"): a handful of people. */
const NAMED_SQUAD = 5;

interface Detail {
  label: string;
  factor: number;
  span: Span;
  kind: "place" | "age" | "sex" | "occupation" | "condition" | "event" | "time" | "celebrity" | "unique" | "road";
}

function conditionShare(s: Span): number {
  const prevalence = Number(s.data?.ukPrevalence ?? NaN);
  if (prevalence > 0) return Math.min(1, prevalence / UK_POPULATION);
  const incidence = Number(s.data?.ukAnnualIncidence ?? NaN);
  if (incidence > 0) return Math.min(1, incidence / UK_POPULATION);
  switch (s.data?.rarity) {
    case "very-rare": return 1 / 100_000;
    case "rare": return 1 / 5_000;
    case "uncommon": return 1 / 300;
    default: return 1 / 20;
  }
}

function eventShare(s: Span): number {
  const news = Number(s.data?.newsworthiness ?? 0.3);
  // A newsworthy event (a stabbing, a fatal crash) is reported locally: few people fit it.
  return Math.max(1e-4, 0.05 * (1 - 0.98 * news));
}

/** The span is the plural of its lexicon term ("engineers" for "engineer"). */
function pluralForm(s: Span): boolean {
  const term = typeof s.data?.term === "string" ? s.data.term : undefined;
  const text = s.text.toLowerCase().replace(/['\u2019]s$/, ""); // "the councillor's resignation" is one councillor
  return term !== undefined && text !== term && !term.endsWith("s") && ((text.endsWith("s") && !text.endsWith("ss")) || text.endsWith("men")); // "postmistress" is one
}

/** "Can't believe the family in the paper...": surprise at what follows, which is asserted, not denied. */
const DISBELIEF = new Set(["can't", "cant", "cannot", "couldn't", "couldnt"]);
function negated(a: Analysis, s: Span): boolean {
  if (!a.isNegated(s)) return false;
  const before = a.wordsBefore(s.start, 5);
  // (nearest first: "believe" then the "can't" before it)
  for (let k = 0; k + 1 < before.length; k++) if (before[k]!.norm === "believe" && DISBELIEF.has(before[k + 1]!.norm)) return false;
  return true;
}

function collect(a: Analysis, near: (s: Span) => boolean = () => true): Detail[] {
  const details: Detail[] = [];
  const usable = (s: Span) => s.confidence >= 0.5 && near(s) && !negated(a, s);
  // "Hope he gets better": a capitalised first word is weak evidence of a place (as for the identifier rule)
  // "Marching in Belfast on Saturday with my husband": where and when the author was, in a sentence about the author alone
  // (unless an incident, an illness or an age is told there too: "my first week was the week of the fire in Carrickfergus")
  const own = authorsOwnSentences(a);
  const told = a.memo("jigsaw:told-sentences", () => new Set([...a.of("event"), ...a.of("condition"), ...a.of("age")].map((x) => a.sentenceOf(x.start))));
  const elsewhere = (s: Span) => { const k = a.sentenceOf(s.start); return !own.has(k) || told.has(k); };
  const places = a.of("place").filter((p) => usable(p) && elsewhere(p) && !(p.confidence < 0.75 && a.tokens[a.tokenIndexAt(p.start)]?.sentenceStart === true));
  const hospitals = a.of("hospital").filter(usable);
  let best: Detail | undefined;
  for (const p of places) {
    const pop = Number(p.data?.population ?? 0);
    if (pop > 0 && (!best || pop < best.factor)) best = { label: p.text, factor: pop, span: p, kind: "place" };
  }
  // "the tiny village I grew up in", "a town of 2,000", "a Hebridean island", "our local councillor"
  for (const p of localities(a)) if (near(p.span) && (!best || p.population < best.factor)) best = { label: p.span.data?.kind === "locality" ? "the local area" : p.span.text, factor: p.population, span: p.span, kind: "place" };
  // "one of our town's two councillors", "the island's only vet": the community owning the few is itself the place
  const few = fewOfAPlace(a);
  if (few && near(few)) {
    const owner = a.tokens[a.tokenIndexAt(few.start)]!;
    const size = COMMUNITY_SIZE[owner.stem.replace(/['\u2019]s$/, "")];
    if (size !== undefined && (!best || size < best.factor)) best = { label: "the " + owner.stem.replace(/['\u2019]s$/, ""), factor: size, span: { type: "place", start: owner.start, end: owner.end, text: owner.text, confidence: 0.7, detector: "jigsaw:few-of-a-place", data: { kind: "unnamed", unnamed: true, population: size } }, kind: "place" };
  }
  // "the lady from the hair salon on Market Square": the few people who work at one business on a named street
  const workplace = pinnedWorkplace(a);
  if (workplace && near(workplace) && (!best || WORKPLACE_STAFF < best.factor)) best = { label: workplace.text, factor: WORKPLACE_STAFF, span: workplace, kind: "place" };
  // "the lad who came off at the junior nationals": one of the few hundred who took part
  const contest = competition(a);
  if (contest && near(contest) && (!best || Number(contest.data!.population) < best.factor)) best = { label: contest.text, factor: Number(contest.data!.population), span: contest, kind: "place" };
  if (!best && hospitals[0]) best = { label: hospitals[0].text, factor: HOSPITAL_CATCHMENT, span: hospitals[0], kind: "place" };
  if (best) details.push(best);

  const ages = a.of("age").filter(usable);
  const apposed = ages.length ? undefined : apposedAge(a) ?? birthdayAge(a);
  const age = ages.find((s) => s.data?.exact === true) ?? ages[0] ?? (apposed && near(apposed) ? apposed : undefined);
  if (age) details.push({ label: age.text, factor: shareOfAge(Number(age.data?.low ?? 0), Number(age.data?.high ?? 0)) * (age.data?.unit && age.data.unit !== "year" ? 1 / 12 : 1), span: age, kind: "age" });

  const sex = a.of("sex").find(near);
  if (sex) details.push({ label: sex.text, factor: 0.5, span: sex, kind: "sex" });

  const celebs = a.of("celebrity");
  // Health professions are usually the author's colleagues, not the patient.
  // A plural ("grateful to the engineers", "farmers round here") is a group, not the person the post is about.
  const occupations = a.of("occupation").filter((s) => usable(s) && !pluralForm(s) && !COLLEAGUE_WORDS.has(s.text.toLowerCase()) && !celebs.some((c) => c.start <= s.start && s.end <= c.end) && !namesAService(a, s)).map((s) => {
    const workers = Number(s.data?.ukWorkers ?? 0);
    return { s, share: workers > 0 ? Math.min(1, workers / UK_POPULATION) : 0.01 };
  });
  occupations.sort((x, y) => x.share - y.share);
  if (occupations[0]) {
    const { s, share } = occupations[0];
    details.push({ label: (s.data?.retired ? "retired " : "") + s.text, factor: share, span: s, kind: "occupation" });
  }
  // A public role (an MP, a footballer, a TV presenter) is fame in itself; named with its club, band
  // or show ("the Chelsea winger", "a Strictly finalist") it leaves a handful of people.
  // (only a role held by the person the post is about: not "our MP", "every MP who voted")
  let famous: Detail | undefined;
  for (const { s, share } of occupations) {
    // ("the famous Kathakali artist": called famous, whatever the job)
    const fame = Math.max(Number(s.data?.fame ?? 0), calledFamous(a, s) ? 0.6 : 0);
    // (or a sentence that says the one holding the role is a patient: "when the goalkeeper ... is ur patient")
    const said = aboutPatient(a, s) && a.of("condition").some((c) => a.sentenceOf(c.start) === a.sentenceOf(s.start) && !a.isNegated(c));
    if (fame < 0.5 || announcedOwnNews(a, s) || !((patientStory(a) && (withinReferent(referents(a), s) || relativeOf(a, s))) || said)) continue;
    const named = namedBefore(a, s) ?? localSquad(a, s);
    const factor = named ? NAMED_SQUAD / UK_POPULATION : share;
    if (!famous || factor < famous.factor) famous = { label: named ? a.text.slice(named.start, s.end) : s.text, factor, span: s, kind: "celebrity" };
  }

  // "the Ulster rugby lad", "a Celtic hockey girl": a player of a named team, in a story about one patient
  const player = teamPlayer(a);
  if (player && near(player) && patientStory(a) && (!famous || NAMED_SQUAD / UK_POPULATION < famous.factor)) famous = { label: player.text, factor: NAMED_SQUAD / UK_POPULATION, span: player, kind: "celebrity" };

  // "his tetanus shot", "flu jab clinic": a vaccine or a service, not someone's illness
  const conditions = a.of("condition").filter((s) => usable(s) && !conditionIsModifier(a, s)).map((s) => ({ s, share: conditionShare(s) }));
  // "that rare lung thing", "some rare kidney disease": the writer says it is rare without naming it
  const vague = conditions[0] && conditions[0].share < RARE_SHARE ? undefined : saidToBeRare(a);
  if (vague && near(vague)) conditions.unshift({ s: vague, share: RARE_SHARE });
  conditions.sort((x, y) => x.share - y.share);
  if (conditions[0] && conditions[0].share < 0.2) details.push({ label: conditions[0].s.text, factor: conditions[0].share, span: conditions[0].s, kind: "condition" });

  const events = a.of("event").filter((s) => usable(s) || (s.confidence >= 0.3 && near(s) && !negated(a, s) && knownIncident(a, s)));
  if (events[0]) details.push({ label: events[0].text, factor: eventShare(events[0]), span: events[0], kind: "event" });

  // A named road or motorway places an incident ("the M62", "the A30"), though no one lives on it.
  const road = a.of("event").length > 0 ? ROAD.exec(a.text) : null;
  if (road) {
    const span: Span = { type: "place", start: road.index, end: road.index + road[0].length, text: road[0], confidence: 0.8, detector: "roads", data: { kind: "road" } };
    if (near(span)) details.push({ label: road[0], factor: 1, span, kind: "road" });
  }

  const time = a.of("time-ref").find((t) => near(t) && elsewhere(t) && !FUTURE.test(t.text)) ?? a.of("date").find((t) => near(t) && elsewhere(t));
  if (time) details.push({ label: time.text, factor: SHARE_ON_A_DAY, span: time, kind: "time" });

  // "The only vet in Ullapool", "first case here in 20 years": uniqueness narrows to one person.
  const unique = a.lexicon("context-cues", "unique-cue").find((s) => near(s) && !a.isNegated(s)) ?? placeUnique(a);
  // (the holder of a local institution's post is one of the job's holders nationwide: "the head teacher
  // of our local primary" is one of ~30,000 head teachers, whatever the post's other details)
  const holders = Number(unique?.data?.holders ?? 0);
  if (unique && near(unique)) details.push({ label: unique.text, factor: holders > 0 ? 1 / holders : SHARE_UNIQUE, span: unique, kind: "unique" });

  // "Can't say which trust": the author hides their own workplace, not a patient. A story in the news
  // ("the family in the local paper") is matched to a patient only by what the post adds about them:
  // an age, a condition, a ward, their care ("who thanked our team in the paper" adds nothing).
  // (or that they were seen as a patient: "...was in my bay today", "had him on my list")
  const addsToStory = () => !!age || conditions.length > 0 || !!clinicalActOn(a) || a.has("clinical-setting") || a.has("ward-bed") || a.of("patient-cue").some((c) => SEEN_THERE.has(String(c.data?.term)) && !a.isNegated(c)) || !!patientStory(a);
  // ("a well-known presenter announced her diagnosis": her own news, made public by her)
  const celeb = a.of("celebrity").find((c) => usable(c) && !hidesWorkplace(a, c) && (c.data?.term !== "from the news" || (addsToStory() && (newsNamesSomeone(a, c) || !!clinicalActOn(a)))) && !announcedOwnNews(a, c));
  const cue: Detail | undefined = celeb ? { label: celeb.text, factor: SHARE_CELEBRITY * (1 / Math.max(0.2, celeb.confidence)), span: celeb, kind: "celebrity" } : undefined;
  const fame = famous && cue ? (famous.factor < cue.factor ? famous : cue) : famous ?? cue;
  if (fame) {
    // one word is one detail: a famous job replaces itself as an occupation
    const i = details.findIndex((d) => d.kind === "occupation" && d.span === fame.span);
    if (i >= 0) details.splice(i, 1);
    details.push(fame);
  }
  return details;
}

/** "the", "that", "this": an incident the reader is expected to know of. */
const DEFINITE = new Set(["the", "that", "this"]);
/** Words that may follow an incident named as one: where, when, what it was. */
const AFTER_INCIDENT = new Set(["on", "in", "at", "near", "outside", "off", "by", "last", "yesterday", "this", "earlier", "today", "tonight", "overnight", "was", "that", "which", "and", "victim", "victims", "survivor"]);
/**
 * "the crash on the A82 on Saturday night", "that tram stop crash on Friday": a bare word the events
 * lexicon doubts (a "crash" may be a computer's) names one reported incident when it is definite and
 * dated or placed on a road in its own sentence; "my laptop crash" or "a crash course" is not.
 */
function knownIncident(a: Analysis, s: Span): boolean {
  const before = a.wordsBefore(s.start, 3);
  let definite = false;
  for (const w of before) { if (w.sentence !== a.sentenceOf(s.start)) break; if (DEFINITE.has(w.norm)) { definite = true; break; } if (w.norm === "my" || w.norm === "a" || w.norm === "your" || w.norm === "our") break; }
  if (!definite) return false;
  // "the crash trolley", "that crash course": the word modifies a noun, it names no incident
  const next = a.tokens[a.tokenIndexAt(s.end)];
  if (next && next.kind === "word" && next.sentence === a.sentenceOf(s.start) && !AFTER_INCIDENT.has(next.norm)) return false;
  const k = a.sentenceOf(s.start);
  if (a.of("time-ref").some((t) => a.sentenceOf(t.start) === k && !FUTURE.test(t.text))) return true;
  const sentence = a.sentenceTokens(s.start);
  const road = sentence.length ? ROAD.exec(a.text.slice(sentence[0]!.start, sentence[sentence.length - 1]!.end)) : null;
  return !!road;
}

/** The estimate for one set of details, or undefined when they cannot single anyone out. */
function estimate(details: Detail[]): number | undefined {
  const kinds = new Set(details.map((d) => d.kind));
  // A place and a time alone ("Castlegate General ... after 10pm") say where and when, not who; with
  // only "a man" or "a woman" besides, the place must be a named town or village, not a hospital.
  if (!details.some((d) => PERSONAL.has(d.kind) || (d.kind === "sex" && details.some((p) => p.kind === "place" && p.span.type === "place")))) return undefined;
  // One detail alone is ¶13's "individual piece of information": it takes two or more, anchored by
  // something that narrows a whole population: a place, fame, a newsworthy event, a very rare
  // condition or a claim of uniqueness.
  const veryRare = details.some((d) => d.kind === "condition" && d.factor < 1e-5);
  if (kinds.size < 2 || !(kinds.has("place") || kinds.has("celebrity") || kinds.has("event") || kinds.has("unique") || veryRare)) return undefined;
  const base = details.find((d) => d.kind === "place")?.factor ?? UK_POPULATION;
  let expected = base;
  for (const d of details) if (d.kind !== "place") expected *= d.factor;
  // A newsworthy event with its day or place ("yesterday's pile-up on the M62") was in the news:
  // the few people involved are known to anyone who read it, whatever the population.
  const news = details.find((d) => d.kind === "event" && Number(d.span.data?.newsworthiness ?? 0) >= 0.7);
  if (news && details.some((d) => d.kind === "time" || d.kind === "place" || d.kind === "road")) expected = Math.min(expected, NEWS_EVENT_PEOPLE);
  return expected > 200 ? undefined : expected;
}

/** Sentences either side of an anchor whose details are read as about the same person. */
const NEIGHBOURHOOD = 2;
/** Most anchors tried one by one; past that (a very long post) the whole post is read at once. */
const MAX_ANCHORS = 24;
/**
 * ¶13 combines details about one person. In a long post an age in one paragraph, a town in another and
 * a date in a third are usually about different people (the author, a colleague, a news story), so the
 * details are bound to the neighbourhood of an anchor (a place, fame, an event, a uniqueness claim, a
 * very rare condition): its sentence and NEIGHBOURHOOD sentences either side. A post whose details all
 * sit within one such neighbourhood reads exactly as before.
 */
function bound(a: Analysis): { details: Detail[]; expected: number } | undefined {
  const all = collect(a);
  const whole = estimate(all);
  if (whole === undefined) return undefined;
  const sentences = all.map((d) => a.sentenceOf(d.span.start));
  const lo = Math.min(...sentences);
  const hi = Math.max(...sentences);
  if (hi - lo <= 2 * NEIGHBOURHOOD) return { details: all, expected: whole };
  const anchors = new Set<number>();
  const anchor = (s: Span) => anchors.add(a.sentenceOf(s.start));
  for (const s of a.of("place")) anchor(s);
  for (const s of a.of("hospital")) anchor(s);
  for (const s of a.of("celebrity")) anchor(s);
  for (const s of a.of("event")) anchor(s);
  for (const s of a.lexicon("context-cues", "unique-cue")) anchor(s);
  for (const s of a.of("condition")) if (conditionShare(s) < 1e-5) anchor(s);
  for (const s of a.of("occupation")) if (Number(s.data?.fame ?? 0) >= 0.5 || calledFamous(a, s)) anchor(s);
  for (const p of localities(a)) anchor(p.span);
  const few = placeUnique(a);
  if (few) anchor(few);
  const workplace = pinnedWorkplace(a);
  if (workplace) anchor(workplace);
  const player = teamPlayer(a);
  if (player) anchor(player);
  const contest = competition(a);
  if (contest) anchor(contest);
  for (const d of all) if (d.kind === "unique" || d.kind === "celebrity" || d.kind === "road") anchor(d.span);
  if (anchors.size > MAX_ANCHORS) return { details: all, expected: whole };
  let best: { details: Detail[]; expected: number } | undefined;
  for (const s of anchors) {
    const details = collect(a, (x) => Math.abs(a.sentenceOf(x.start) - s) <= NEIGHBOURHOOD);
    const expected = estimate(details);
    if (expected !== undefined && (!best || expected < best.expected)) best = { details, expected };
  }
  return best;
}

/** After "'s": "the town's only vet", "the county's only female blacksmith", "our village's two pubs". */
const FEW = new Set(["only", "one", "two", "three", "sole", "last", "first"]);
/** "the town's only vet", "one of our village's two pubs": a place's one or two of something. */
function fewOfAPlace(a: Analysis): Span | undefined {
  // (a place word and a word for few must both be in the post)
  const words = a.words;
  let few = false;
  for (const w of FEW) if (words.has(w)) { few = true; break; }
  if (!few) return undefined;
  let place = false;
  for (const p of PLACE_OWNERS) if (words.has(p)) { place = true; break; }
  if (!place) return undefined;
  const t = a.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !FEW.has(w.norm)) continue;
    const owner = t[i - 1]!;
    // a possessive place or community word ("town's", "county's", "village's", "island's"), not "my" or a person's
    if (owner.kind !== "word" || owner.norm === owner.stem || !owner.norm.endsWith("'s") || !PLACE_OWNERS.has(owner.stem.replace(/'s$/, ""))) continue;
    if (t[i + 1]!.kind !== "word" || t[i + 1]!.sentence !== w.sentence) continue;
    // "set up the town's first diabetes clinic", "the village's only pharmacy": a service or premises, not a person
    // (the head noun may come up to three words on: "the town's first heart failure clinic")
    let service = false;
    for (let k = i + 1; k <= i + 3 && k < t.length && t[k]!.kind === "word" && t[k]!.sentence === w.sentence && !PHRASE_BREAKS.has(t[k]!.norm) && !service; k++) service = SERVICE_NEXT.has(t[k]!.norm) || PREMISES_HEADS.has(t[k]!.norm);
    if (service) continue;
    return { type: "phrase", start: owner.start, end: t[i + 1]!.end, text: a.text.slice(owner.start, t[i + 1]!.end), confidence: 0.7, detector: "jigsaw:few-of-a-place", data: { category: "unique-cue" } };
  }
  return undefined;
}
/** Words that end a noun phrase ("the town's only tattooist in clinic"). */
const PHRASE_BREAKS = new Set(["in", "at", "on", "with", "to", "for", "from", "and", "or", "who", "that", "came", "was", "is", "has", "had"]);
/** Premises a place may have one of ("the town's only pharmacy"): not a person. */
const PREMISES_HEADS = new Set(["pharmacy", "surgery", "practice", "hospital", "hospice", "school", "library", "pub", "shop", "church", "bank", "station", "unit", "ward", "centre", "center", "scanner", "ambulance", "defibrillator"]);
/** A place's one or few of something, or the holder of a local institution's post. */
function placeUnique(a: Analysis): Span | undefined {
  return fewOfAPlace(a) ?? headOfLocal(a);
}
const DEFINITE_OWNERS = new Set(["our", "the", "my"]);
/**
 * "the head teacher of our local primary", "the vicar of the local church": a definite job OF a
 * local institution names the one person who holds it.
 */
function headOfLocal(a: Analysis): Span | undefined {
  if (!a.words.has("local") || !a.words.has("of")) return undefined;
  return a.memo("jigsaw:head-of-local", () => {
    const t = a.tokens;
    for (const s of a.of("occupation")) {
      if (pluralForm(s)) continue;
      const i = a.tokenIndexAt(s.start);
      if (t[i - 1]?.norm !== "the") continue;
      const j = a.tokenIndexAt(s.end);
      if (t[j]?.norm !== "of" || !DEFINITE_OWNERS.has(t[j + 1]?.norm ?? "") || t[j + 2]?.norm !== "local" || t[j + 3]?.kind !== "word" || t[j + 3]!.sentence !== t[j]!.sentence) continue;
      return { type: "phrase", start: t[i - 1]!.start, end: t[j + 3]!.end, text: a.text.slice(t[i - 1]!.start, t[j + 3]!.end), confidence: 0.7, detector: "jigsaw:head-of-local", data: { category: "unique-cue", holders: Number(s.data?.ukWorkers ?? 0) } } as Span;
    }
    return undefined;
  });
}
/** Typical sizes of the communities a "few of a place" names (localities.ts's figures; a town unqualified by "small" is a typical English town of about 20,000). */
const COMMUNITY_SIZE: Record<string, number> = { village: 800, hamlet: 100, island: 1500, parish: 2000, estate: 3000, town: 20_000 };
const PLACE_OWNERS = new Set(["town", "village", "county", "island", "city", "parish", "valley", "area", "region", "estate", "hamlet", "community", "street", "school", "club", "team", "practice", "country", "nation"]);

/** People who work at one small business (a salon, a chippy, a corner shop): a handful. */
const WORKPLACE_STAFF = 5;
/** Small businesses whose staff their customers know by sight. */
const BUSINESSES = new Set(["salon", "hairdresser's", "hairdressers", "barber's", "barbers", "shop", "chippy", "pub", "cafe", "café", "bakery", "bakers", "baker's", "butcher's", "butchers", "newsagent's", "newsagents", "garage", "florist's", "florists", "takeaway", "restaurant", "hotel", "bar", "deli", "launderette", "nursery", "gym", "bookies", "offy", "off-licence", "co-op", "post office", "petrol station"]);
/** The last word of a street's name ("Market Square", "Station Road"). */
const STREET_TYPES = ["street", "road", "square", "lane", "avenue", "parade", "row", "terrace", "crescent", "place", "way", "hill", "green", "close", "drive"];
const STREET_TYPE_SET = new Set(STREET_TYPES);
/** Words tying a person to where they work: "the lady from the salon", "the man who runs the chippy", "the girl at the bakery". */
const WORKS_AT = new Set(["from", "at", "runs", "owns", "works", "run", "own", "work", "of"]);
/** Abbreviated street types ("Fore St", "Dale Rd"), written with a capital like the full word. */
const STREET_ABBREVIATIONS = new Set(["st", "rd", "ave", "ln", "sq"]);
/**
 * Places a town has one of, named without capitals: "the pub on the quay", "the salon on the high
 * street", "the café by the harbour". Everyone local knows which one is meant, as with a named street.
 */
const LANDMARKS = ["quay", "harbour", "harbourside", "seafront", "promenade", "prom", "square", "green", "high street", "main street", "front", "marina", "pier", "crossroads"];
const LANDMARK_SET = new Set(LANDMARKS);
const LANDMARK_CUES = ["quay", "harbour", "harbourside", "seafront", "promenade", "prom", "square", "green", "high", "main", "front", "marina", "pier", "crossroads", "st", "rd", "ave", "ln", "sq"];
/**
 * A person tied to a small business on a named street: "the lady from the hair salon on Market Square",
 * "the bloke who runs the chippy on Station Road". Everyone who shops there knows who that is (¶13, the
 * GMC blog's small communities). The span is the business and its street.
 */
function pinnedWorkplace(a: Analysis): Span | undefined {
  if (!a.hasAnyWord(STREET_TYPES) && !a.hasAnyWord(LANDMARK_CUES)) return undefined;
  return a.memo("jigsaw:pinned-workplace", () => {
    const t = a.tokens;
    // (a bare person word too, in the clipped register: "goss: lady from the salon on the high street")
    const people: { end: number; sentence: number }[] = [...referents(a)];
    for (const w of t) if (w.kind === "word" && PERSON_WORDS.has(w.norm) && !people.some((r) => r.end === w.end)) people.push({ end: w.end, sentence: w.sentence });
    for (const r of people) {
      // within five words after the person: a tie word, then "the" and a business within three words
      const from = a.tokenIndexAt(r.end);
      for (let i = from; i < t.length && i <= from + 5 && t[i]!.sentence === r.sentence; i++) {
        if (!WORKS_AT.has(t[i]!.norm)) continue;
        let b = -1;
        for (let k = i + 1; k <= i + 4 && k < t.length && t[k]!.sentence === r.sentence; k++) if (BUSINESSES.has(t[k]!.norm) || BUSINESSES.has(t[k]!.stem)) { b = k; break; }
        if (b < 0) break;
        // ...on or in a street named with capitals: "on Market Square", "in Station Road"
        const on = t[b + 1];
        if (!on || (on.norm !== "on" && on.norm !== "in" && on.norm !== "off" && on.norm !== "by") || on.sentence !== r.sentence) break;
        // "...on the quay", "...on the high street": the one such place in town
        if (t[b + 2]?.norm === "the" && t[b + 3]?.sentence === r.sentence) {
          const one = t[b + 3]!;
          const two = t[b + 4];
          const end = LANDMARK_SET.has(one.norm) ? one : two && two.sentence === r.sentence && LANDMARK_SET.has(one.norm + " " + two.norm) ? two : undefined;
          if (end) {
            const start = t[i + 1]!.norm === "the" ? t[i + 1]!.start : t[b]!.start;
            return { type: "place", start, end: end.end, text: a.text.slice(start, end.end), confidence: 0.65, detector: "jigsaw:pinned-workplace", data: { kind: "workplace", unnamed: true, population: WORKPLACE_STAFF } } as Span;
          }
        }
        let k = b + 2;
        let named = 0;
        while (k < t.length && k <= b + 5 && t[k]!.sentence === r.sentence && t[k]!.kind === "word" && t[k]!.cap && !STREET_TYPE_SET.has(t[k]!.norm) && !STREET_ABBREVIATIONS.has(t[k]!.norm)) { named++; k++; }
        const type = t[k];
        if (named === 0 || !type || !type.cap || !(STREET_TYPE_SET.has(type.norm) || STREET_ABBREVIATIONS.has(type.norm)) || type.sentence !== r.sentence) break;
        const start = t[i + 1]!.norm === "the" ? t[i + 1]!.start : t[b]!.start;
        return { type: "place", start, end: type.end, text: a.text.slice(start, type.end), confidence: 0.7, detector: "jigsaw:pinned-workplace", data: { kind: "workplace", unnamed: true, population: WORKPLACE_STAFF } } as Span;
      }
    }
    return undefined;
  });
}

/** "the landlord of the pub, 58, ...": a number set off by commas after a person is their age, as newspapers write it. */
const APPOSED_NUMBER = /, ?\d{1,3}(?:,|$)/m;
function apposedAge(a: Analysis): Span | undefined {
  if (a.digits === 0 || !APPOSED_NUMBER.test(a.text)) return undefined;
  const t = a.tokens;
  for (const r of referents(a)) {
    // the referent, perhaps with "of one of our village's two pubs" after it, then ", 58,"
    const from = a.tokenIndexAt(r.end);
    for (let i = from; i < t.length && i <= from + 10 && t[i]!.sentence === r.sentence; i++) {
      const n = t[i + 1];
      if (t[i]!.text !== "," || !n || n.kind !== "number" || !/^\d{1,3}$/.test(n.text)) continue;
      const after = t[i + 2];
      const age = Number(n.text);
      if (age < 1 || age > 110 || (after && after.sentence === n.sentence && after.kind !== "punct")) continue;
      return { type: "age", start: n.start, end: n.end, text: n.text, confidence: 0.7, detector: "jigsaw:apposed-age", data: { value: age, low: age, high: age, exact: true, unit: "year" } };
    }
  }
  return undefined;
}

/** "her 100th birthday", "his 90th birthday on the ward": the ordinal birthday is the person's age. */
const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th"]);
function birthdayAge(a: Analysis): Span | undefined {
  if (a.digits === 0 || !a.words.has("birthday")) return undefined;
  const t = a.tokens;
  for (let i = 2; i < t.length; i++) {
    if (t[i]!.norm !== "birthday") continue;
    const suffix = t[i - 1]!;
    const n = t[i - 2]!;
    if (!ORDINAL_SUFFIX.has(suffix.norm) || n.kind !== "number" || n.end !== suffix.start || !/^\d{1,3}$/.test(n.text)) continue;
    const age = Number(n.text);
    if (age < 1 || age > 115) continue;
    return { type: "age", start: n.start, end: suffix.end, text: a.text.slice(n.start, suffix.end), confidence: 0.8, detector: "jigsaw:birthday-age", data: { value: age, low: age, high: age, exact: true, unit: "year" } };
  }
  return undefined;
}

/** "the Chief Constable's wife", "the mayor's son": a public figure's relative is as easy to name as they are. */
const RELATIVES = new Set(["wife", "husband", "son", "daughter", "mum", "mom", "dad", "mother", "father", "partner", "child", "kid", "brother", "sister", "girlfriend", "boyfriend", "grandson", "granddaughter"]);
function relativeOf(a: Analysis, s: Span): boolean {
  if (!/['\u2019]s$/.test(s.text)) return false;
  const next = a.wordsAfter(s.end, 1)[0];
  return !!next && RELATIVES.has(next.norm);
}

/** One person a news story can be about ("the lad on the news", "the family in the paper"). */
const NEWS_SUBJECTS = new Set([...SOMEONE, ...PERSON_WORDS, "family", "patient", "lady", "gentleman", "pensioner", "cyclist", "pedestrian", "driver", "rider", "motorcyclist", "victim", "survivor", "hero"]);
/**
 * A story in the news matches a patient only when it is about someone: a singular person in the
 * cue's sentence or the next ("Saw the story in the paper about the toddler...", "Did you see the
 * crash on the news? He came in to us"). "A lot in the news this week about people harmed by fake
 * Botox" is a topic, and the explainer after it describes nobody.
 */
function newsNamesSomeone(a: Analysis, cue: Span): boolean {
  const t = a.tokens;
  const k = a.sentenceOf(cue.start);
  let i = a.tokenIndexAt(cue.start);
  while (i > 0 && t[i - 1]!.sentence === k) i--;
  let sentences = 0;
  for (; i < t.length && sentences < 2; i++) {
    if (i > 0 && t[i]!.sentence !== t[i - 1]!.sentence && t[i]!.sentence !== k) sentences++;
    if (sentences < 2 && NEWS_SUBJECTS.has(t[i]!.norm)) return true;
  }
  return false;
}

/** "famous", "well-known", "renowned" just before the job: the person is known to the public. */
const FAME_WORDS = new Set(["famous", "well-known", "celebrated", "renowned", "legendary", "infamous"]);
function calledFamous(a: Analysis, s: Span): boolean {
  return a.wordsBefore(s.start, 3).some((t) => FAME_WORDS.has(t.norm));
}

/** "patient and carer information evening", "teacher training day": the job names an event or service, not a person. */
const SERVICE_NEXT = new Set(["information", "evening", "drop-in", "drop-ins", "drop", /* "drop-in" as tokens */ "coffee", "morning", "afternoon", "lunch", "conference", "awareness", "event", "session", "sessions", "group", "groups", "support", "training", "forum", "network", "cafe", "café", "meeting", "day", "days", "week", "evenings", "workshop", "workshops", "clinic", "service", "services", "pack", "leaflet"]);
function namesAService(a: Analysis, s: Span): boolean {
  const next = a.wordsAfter(s.end, 1)[0];
  return !!next && SERVICE_NEXT.has(next.norm);
}

/** "from the same primary school", "at the same care home": one institution behind several patients. */
const SAME_INSTITUTION = /\b(?:from|at|in) the same (?:(?:primary|secondary|high|grammar|boarding|local|small|little)\s+)?(?:school|college|academy|nursery|care home|nursing home|factory|office|workplace|farm|street|estate|club|gym|team|church|mosque|temple|pub)\b/i;
/** Words that count or order people: "four teachers", "third teenager this month". */
const COUNTS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "second", "third", "fourth", "fifth", "several", "both"]);
function sameInstitution(a: Analysis): Span | undefined {
  if (!a.words.has("same")) return undefined;
  const m = SAME_INSTITUTION.exec(a.text);
  if (!m) return undefined;
  // ...and they were patients: a condition or an admission in that sentence
  const sentence = a.sentenceOf(m.index);
  const seen = a.of("condition").some((c) => a.sentenceOf(c.start) === sentence && !a.isNegated(c)) || a.of("patient-cue").some((c) => a.sentenceOf(c.start) === sentence && !a.isNegated(c));
  const counted = a.sentenceTokens(m.index).some((t) => COUNTS.has(t.norm));
  if (!seen || !counted) return undefined;
  return { type: "place", start: m.index, end: m.index + m[0].length, text: m[0], confidence: 0.6, detector: "jigsaw:same-institution" };
}

/** What a guest is "had in for" that is no care. */
const HOSTED = new Set(["pint", "pints", "drink", "drinks", "coffee", "tea", "meal", "dinner", "lunch", "breakfast", "chat", "interview", "photo", "photos", "selfie", "quote", "gig", "show", "podcast", "episode", "talk", "visit", "tour"]);
/** Places in the sentence that make "had X in" a host's, not a clinician's. */
const VENUES_NOT_CARE = new Set(["pub", "bar", "restaurant", "cafe", "café", "shop", "studio", "podcast", "show", "audience", "panto", "gig"]);
/** What follows "in" when someone was "had in": "in for a cap", "in with chest pain", "in today". */
const HAD_IN_NEXT = new Set(["for", "with", "today", "yesterday", "tonight", "this", "last", "earlier", "again", "first"]);
/**
 * "Had the lead singer from that band in for a cap today", "we had a well-known actor in with a broken
 * wrist": the clinician's idiom for seeing someone as a patient, with the person between "had" and "in".
 */
function hadSomeoneIn(a: Analysis): Span | undefined {
  if (!a.words.has("had") || !a.words.has("in")) return undefined;
  return a.memo("jigsaw:had-in", () => {
    const t = a.tokens;
    const people = [...a.of("celebrity"), ...a.of("occupation"), ...referents(a)].map((x) => x.start);
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.norm !== "had") continue;
      // opening its sentence, or after "we"/"I" doing so ("Had...", "We had...")
      const opens = w.sentenceStart || ((t[i - 1]?.norm === "we" || t[i - 1]?.norm === "i") && t[i - 1]!.sentenceStart);
      if (!opens) continue;
      for (let k = i + 2; k < t.length && k <= i + 14 && t[k]!.sentence === w.sentence; k++) {
        if (t[k]!.norm !== "in" || !HAD_IN_NEXT.has(t[k + 1]?.norm ?? "")) continue;
        // "in for a pint", "in for a chat on the podcast": hospitality or media, not care
        if (t.slice(k + 1, k + 5).some((x) => x.sentence === w.sentence && HOSTED.has(x.norm)) || a.sentenceTokens(w.start).some((x) => VENUES_NOT_CARE.has(x.norm))) break;
        if (people.some((p) => p > w.start && p < t[k]!.start)) return { type: "patient-cue", start: w.start, end: t[k]!.end, text: a.text.slice(w.start, t[k]!.end), confidence: 0.6, detector: "jigsaw:had-in" } as Span;
        break;
      }
    }
    return undefined;
  });
}

/** What a clinician does to the person seen, in their own idiom: "got to clerk the local mp", "triaged a premier league winger". */
const CLINICAL_VERBS = ["clerk", "clerked", "clerking", "triage", "triaged", "triaging", "resus'd", "cannulated", "cannulate", "intubated", "stitched", "sutured", "plastered", "scanned", "x-rayed", "examined", "treated", "treating"];
const CLINICAL_VERB_SET = new Set(CLINICAL_VERBS);
const RELATIVES_WHO = new Set(["who", "whom", "that"]);
/** Arriving as a patient: "comes in", "came in", "was brought in" (with "in" after). */
const ARRIVALS = ["comes", "came", "coming", "brought", "wheeled", "rolled", "stumbled", "limped"];
const ARRIVAL_SET = new Set(ARRIVALS);
/**
 * "pov you're the FY2 who got to clerk the local mp", "I triaged a well-known actor": a clinical act done
 * to someone by their job or fame, with at most a determiner and a describing word between: the
 * author saw them as a patient, as with "had X in".
 */
function clinicalActOn(a: Analysis): Span | undefined {
  if (!a.hasAnyWord(CLINICAL_VERBS) && !a.hasAnyWord(ARRIVALS) && !a.words.has("presented")) return undefined;
  return a.memo("jigsaw:clinical-act-on", () => {
    const t = a.tokens;
    const held = [...a.of("celebrity"), ...a.of("occupation"), ...(teamPlayer(a) ? [teamPlayer(a)!] : [])];
    const people = held.map((x) => x.start);
    if (people.length === 0) return undefined;
    for (let i = 0; i < t.length; i++) {
      // "the local headteacher comes in after...", "a premier league winger came in with...": the public figure arrives as a patient
      if (ARRIVAL_SET.has(t[i]!.norm) && t[i + 1]?.norm === "in" && t[i + 1]!.sentence === t[i]!.sentence && people.some((p) => p < t[i]!.start && a.tokenIndexAt(p) >= i - 2)) {
        const after = t.slice(i + 2, i + 6).filter((x) => x.sentence === t[i]!.sentence);
        if (!after.some((x) => HOSTED.has(x.norm)) && !a.sentenceTokens(t[i]!.start).some((x) => VENUES_NOT_CARE.has(x.norm))) {
          const from = people.filter((p) => p < t[i]!.start).pop()!;
          return { type: "patient-cue", start: from, end: t[i + 1]!.end, text: a.text.slice(from, t[i + 1]!.end), confidence: 0.6, detector: "jigsaw:arrived" } as Span;
        }
      }
      // "the head teacher of our local primary came to me with chest pain", "...early 50s, presented to me
      // last spring with a burn": someone described by their job arrives as the author's patient
      if ((ARRIVAL_SET.has(t[i]!.norm) || t[i]!.norm === "presented") && t[i + 1]?.norm === "to" && (t[i + 2]?.norm === "me" || t[i + 2]?.norm === "us" || (t[i + 2]?.norm === "see" && (t[i + 3]?.norm === "me" || t[i + 3]?.norm === "us"))) && t[i + 2]!.sentence === t[i]!.sentence) {
        const from = people.filter((p) => p < t[i]!.start && a.sentenceOf(p) === t[i]!.sentence && a.tokenIndexAt(p) >= i - 16).pop();
        if (from !== undefined) return { type: "patient-cue", start: from, end: t[i + 2]!.end, text: a.text.slice(from, t[i + 2]!.end), confidence: 0.6, detector: "jigsaw:arrived" } as Span;
      }
      if (!CLINICAL_VERB_SET.has(t[i]!.norm)) continue;
      // "our lifeboat coxswain who I stitched up", "the vicar we treated last week": the person by their
      // job, then a relative clause whose subject is the author doing the clinical act to them
      const subject = t[i - 1];
      // ("the farrier we treated to a pint" was bought one)
      if (subject && (subject.norm === "i" || subject.norm === "we") && subject.sentence === t[i]!.sentence && t[i + 1]?.norm !== "to") {
        const rel = RELATIVES_WHO.has(t[i - 2]?.norm ?? "") ? i - 3 : i - 2;
        const from = held.find((p) => { const k = a.tokenIndexAt(p.end) - 1; return k <= rel && k >= rel - 3 && a.sentenceOf(p.start) === t[i]!.sentence; })?.start;
        if (from !== undefined) return { type: "patient-cue", start: from, end: t[i]!.end, text: a.text.slice(from, t[i]!.end), confidence: 0.6, detector: "jigsaw:clinical-act-on" } as Span;
      }
      for (let k = i + 1; k <= i + 4 && k < t.length && t[k]!.sentence === t[i]!.sentence && t[k]!.kind === "word"; k++) {
        if (people.includes(t[k]!.start)) return { type: "patient-cue", start: t[i]!.start, end: t[k]!.end, text: a.text.slice(t[i]!.start, t[k]!.end), confidence: 0.6, detector: "jigsaw:clinical-act-on" } as Span;
      }
    }
    return undefined;
  });
}

/** The job is held by the one the author did a clinical act to ("stitched the coxswain", "the coxswain I stitched"). */
function actedOn(a: Analysis, s: Span): boolean {
  const act = clinicalActOn(a);
  return !!act && act.start <= s.start + (s.end - s.start) && s.start <= act.end && (act.start === s.start || act.end >= s.end);
}

const PRESENTING = ["presents", "presenting", "presented", "case", "hx", "pmh", "pmhx", "c/o"];
/** "34F", "61M": one token giving an age and a sex, as clinicians write a patient's. */
function ageSexShorthand(a: Analysis): Span | undefined {
  const sexes = a.of("sex");
  if (sexes.length === 0) return undefined;
  // ...in a clinical post: a presentation, a condition or symptom, a setting ("34F, Orkney, loves hiking" is a dating profile)
  if (!(a.has("condition") || a.has("clinical-setting") || a.lexicon("care-disclosure", "symptom", "care-noun", "clinical-act").length > 0 || a.hasAnyWord(PRESENTING))) return undefined;
  return a.of("age").find((g) => g.data?.exact === true && sexes.some((x) => x.start === g.start && x.end === g.end) && !a.isNegated(g));
}

function seenSomeone(a: Analysis): boolean {
  if (a.of("patient-cue").some((c) => c.confidence >= 0.4 && !a.isNegated(c))) return true;
  if (ageSexShorthand(a)) return true;
  if (hadSomeoneIn(a) || clinicalActOn(a)) return true;
  if (a.has("ward-bed") || a.has("clinical-setting") || a.lexicon("context-cues", "encounter-verb").length > 0) return true;
  if (testedJob(a)) return true;
  // "...He's just found out and his little girl is 3": someone in particular, told in the third person
  const words = a.words;
  for (const w of SOMEONE) if (words.has(w)) return true;
  return !!patientStory(a);
}

/**
 * "the striker's ankle X-ray is clean", "the vicar's biopsy came back": a test that belongs to someone
 * named by their job (in the possessive, a care noun within three words) was done on them as a patient.
 * (not a colleague's: "the radiographer's scan list")
 */
function testedJob(a: Analysis): Span | undefined {
  return a.memo("jigsaw:tested-job", () => findTestedJob(a));
}
function findTestedJob(a: Analysis): Span | undefined {
  const jobs = a.of("occupation").filter((s) => /['\u2019]s$/.test(s.text) && !COLLEAGUE_WORDS.has(s.text.toLowerCase().replace(/['\u2019]s$/, "")));
  if (jobs.length === 0) return undefined;
  const tests = a.lexicon("care-disclosure", "care-noun");
  if (tests.length === 0) return undefined;
  return jobs.find((j) => {
    const after = a.wordsAfter(j.end, 3);
    const last = after[after.length - 1];
    return !!last && tests.some((c) => c.start >= j.end && c.start <= last.start && a.sentenceOf(c.start) === a.sentenceOf(j.start));
  });
}

/** Words of the author's own relationship news. */
const RELATIONSHIP_NEWS = ["engaged", "engagement", "proposed", "fiance", "fiancé", "fiancee", "fiancée", "wedding", "married", "anniversary", "honeymoon"];
const NEWS_FIRST_PERSON = new Set(["i'm", "im", "we're", "were", "i", "we", "us", "me", "my", "our"]);
/**
 * The post announces the author's engagement, wedding or anniversary ("I'm engaged!", "we got married",
 * "he proposed to me"), and tells no patient's story: the person described is
 * the author's partner.
 */
function ownRelationshipNews(a: Analysis): boolean {
  if (!a.hasAnyWord(RELATIONSHIP_NEWS)) return false;
  const t = a.tokens;
  let own = false;
  for (let i = 0; i < t.length && !own; i++) {
    if (!RELATIONSHIP_NEWS.includes(t[i]!.norm)) continue;
    // a first-person word within three words either side: "I'm engaged", "our wedding", "proposed to me"
    for (let k = Math.max(0, i - 3); k <= i + 3 && k < t.length; k++) if (t[k]!.sentence === t[i]!.sentence && NEWS_FIRST_PERSON.has(t[k]!.norm)) own = true;
  }
  // (a patient cue may be the author's own work, "back in theatre tomorrow"; a patient's story is not)
  return own && !patientStory(a);
}

/** Cheap test that `collect` could find an anchor: any place, fame, event, uniqueness or very rare condition. */
function mayAnchor(a: Analysis): boolean {
  if (a.has("place") || a.has("hospital") || a.has("celebrity") || a.has("event") || a.lexicon("context-cues", "unique-cue").length > 0) return true;
  for (const s of a.of("condition")) if (conditionShare(s) < 1e-5) return true;
  for (const s of a.of("occupation")) if (Number(s.data?.fame ?? 0) >= 0.5) return true;
  return localities(a).length > 0 || !!placeUnique(a) || !!pinnedWorkplace(a) || !!teamPlayer(a) || !!competition(a);
}

/** Competitions and the people who typically take part in one (entrants and squads: editorial orders of magnitude). */
const COMPETITIONS: Record<string, number> = { nationals: 300, championships: 300, championship: 300, champs: 300, finals: 200, final: 60, tournament: 200, regatta: 300, gala: 200, triathlon: 1000, sportive: 2000, "10k": 3000, marathon: 20_000 };
const COMPETITION_WORDS = Object.keys(COMPETITIONS);
const AT_EVENT = new Set(["at", "in", "during", "from"]);
/**
 * "the lad who came off his bike in the junior nationals", "a girl from the county championships":
 * one of the few hundred people who took part in one competition (a place of sorts: all its entrants
 * and their coaches know who was hurt). Only about someone the post describes, not the author's own race.
 */
function competition(a: Analysis): Span | undefined {
  if (!a.hasAnyWord(COMPETITION_WORDS)) return undefined;
  return a.memo("jigsaw:competition", () => {
    const t = a.tokens;
    const refs = referents(a);
    for (let i = 1; i < t.length; i++) {
      const size = COMPETITIONS[t[i]!.norm];
      if (size === undefined) continue;
      // "in the junior nationals", "at the county champs": a preposition and "the" within three words before
      let k = i - 1;
      let the = false;
      while (k >= 0 && k >= i - 4 && t[k]!.sentence === t[i]!.sentence && !AT_EVENT.has(t[k]!.norm)) { if (t[k]!.norm === "the") the = true; k--; }
      if (k < 0 || !the || t[k]!.sentence !== t[i]!.sentence || !AT_EVENT.has(t[k]!.norm)) continue;
      // someone described in the same sentence, before it ("the lad who...", "a 15-year-old ...")
      if (!refs.some((r) => r.sentence === t[i]!.sentence && r.end <= t[k]!.start)) continue;
      const start = t[k + 1]!.start;
      return { type: "place", start, end: t[i]!.end, text: a.text.slice(start, t[i]!.end), confidence: 0.6, detector: "jigsaw:competition", data: { kind: "competition", unnamed: true, population: size } } as Span;
    }
    return undefined;
  });
}

/** Team sports whose named sides have small squads. */
const TEAM_SPORTS = ["rugby", "football", "hockey", "cricket", "netball", "hurling", "camogie", "shinty", "gaa", "lacrosse", "basketball", "volleyball"];
const PLAYER_NOUNS = new Set([...PERSON_WORDS, "player", "star", "captain", "keeper", "goalie"]);
/**
 * "The 19yo Ulster rugby lad", "a Glasgow hockey player": a team's name, its sport and one person: a
 * member of one named squad, which a handful of people fit (as "the Chelsea winger" does).
 */
function teamPlayer(a: Analysis): Span | undefined {
  if (!a.hasAnyWord(TEAM_SPORTS)) return undefined;
  return a.memo("jigsaw:team-player", () => {
    const t = a.tokens;
    for (let i = 1; i + 1 < t.length; i++) {
      if (!TEAM_SPORTS.includes(t[i]!.norm)) continue;
      const team = t[i - 1]!;
      const who = t[i + 1]!;
      if (team.kind !== "word" || !team.cap || team.sentenceStart || team.sentence !== t[i]!.sentence || PLAIN_CAPITALS.has(team.norm)) continue;
      // one person (not "the Ulster rugby lads", "the Leeds rugby team")
      if (who.sentence !== t[i]!.sentence || !PLAYER_NOUNS.has(who.norm)) continue;
      return { type: "occupation", start: team.start, end: who.end, text: a.text.slice(team.start, who.end), confidence: 0.7, detector: "jigsaw:team-player", data: { fame: 0.6 } } as Span;
    }
    return undefined;
  });
}

/** A capitalised name just before a role: "the Chelsea winger", "a Coldplay drummer" (not at the start of a sentence). */
function namedBefore(a: Analysis, s: Span): { start: number } | undefined {
  const t = a.tokens[a.tokenIndexAt(s.start) - 1];
  if (!t || t.kind !== "word" || !t.cap || t.sentenceStart || t.sentence !== a.sentenceOf(s.start)) return undefined;
  if (PLAIN_CAPITALS.has(t.norm)) return undefined;
  return t;
}
/** Patient cues that place the person in the author's care ("in my bay", "on my list"), where "the patient's family" only names them. */
const SEEN_THERE = new Set(["on the ward", "in resus", "in clinic", "on my list"]);

/** A squad, club or band: what a public role is held in. */
const SQUADS = new Set(["team", "club", "side", "squad", "band", "fc", "xi", "crew", "choir"]);
/** Words that make a squad one place's own: "the local team", "our village side", "the town's club". */
const LOCAL_OWNERS = new Set(["local", "village", "town", "town's", "village's", "county", "uni", "university", "school", "school's", "college"]);
/**
 * "the goalkeeper from the local league team", "the drummer in our village band": a public role in one
 * community's own squad, written without its name; everyone there knows the squad, so it is named (a
 * handful of people, as "the Chelsea winger" is).
 */
function localSquad(a: Analysis, s: Span): { start: number } | undefined {
  if (!a.hasAnyWord(["team", "club", "side", "squad", "band", "fc", "xi", "crew", "choir"])) return undefined;
  const after = a.wordsAfter(s.end, 6);
  if (!after[0] || !(after[0].norm === "from" || after[0].norm === "of" || after[0].norm === "for" || after[0].norm === "in" || after[0].norm === "at")) return undefined;
  let local = false;
  for (let k = 1; k < after.length; k++) {
    const w = after[k]!;
    if (w.sentence !== a.sentenceOf(s.start)) return undefined;
    if (LOCAL_OWNERS.has(w.norm)) local = true;
    else if (SQUADS.has(w.norm)) return local ? { start: s.start } : undefined;
  }
  return undefined;
}

/** Capitalised words before a role that are not a team or show ("the Local councillor", "a Retired vicar"). */
const PLAIN_CAPITALS = new Set(["the", "a", "an", "local", "retired", "former", "ex", "famous", "well-known", "our", "my", "young", "old", "top", "star", "new", "british", "english", "scottish", "welsh", "irish"]);

/** A condition the post calls rare (the conditions lexicon's "rare condition": about 13,000 people for one rare disease). */
const RARE_SHARE = 13_000 / UK_POPULATION;
/** What "rare" may describe: "a rare kidney disease", "that rare lung thing", "some rare syndrome". */
const RARE_HEADS = new Set(["condition", "conditions", "disease", "disorder", "syndrome", "cancer", "tumour", "tumor", "thing", "illness", "infection", "complication", "reaction", "form", "type", "variant", "bug", "virus", "mutation"]);
function saidToBeRare(a: Analysis): Span | undefined {
  if (!a.words.has("rare")) return undefined;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.norm !== "rare") continue;
    // "medium rare", "not that rare", "rare as hen's teeth"
    const prev = t[i - 1]?.norm;
    if (prev === "medium" || prev === "well" || a.isNegated(t[i]!)) continue;
    for (let k = i + 1; k < t.length && k <= i + 3 && t[k]!.sentence === t[i]!.sentence && t[k]!.kind === "word"; k++) {
      if (!RARE_HEADS.has(t[k]!.norm)) continue;
      return { type: "condition", start: t[i]!.start, end: t[k]!.end, text: a.text.slice(t[i]!.start, t[k]!.end), confidence: 0.6, detector: "jigsaw:said-rare", data: { rarity: "rare" } };
    }
  }
  return undefined;
}

/** "a stillbirth", "two stillbirths", "another case of X": a rare condition counted in ones and twos is that many people. */
const FEW_OCCURRENCES = new Set(["a", "an", "one", "two", "three", "another", "second", "third", "both"]);
function countedOccurrence(a: Analysis, d: Detail): boolean {
  if (d.kind !== "condition" || d.factor >= 1 / 2000) return false;
  const before = a.wordsBefore(d.span.start, 3);
  const k = before[0]?.norm === "of" && (before[1]?.norm === "case" || before[1]?.norm === "cases") ? 2 : 0;
  if (!FEW_OCCURRENCES.has(before[k]?.norm ?? "")) return false;
  // ...that happened: a time, a ward or a patient cue in its own sentence ("A stillbirth is devastating for
  // any family" is a general truth, whatever the next sentence says)
  const sentence = a.sentenceOf(d.span.start);
  const here = (s: Span) => a.sentenceOf(s.start) === sentence;
  return a.of("time-ref").some((t) => here(t) && !FUTURE.test(t.text) && !a.wordsBefore(t.start, 1).some((w) => w.norm === "every")) || a.of("patient-cue").some((c) => here(c) && c.confidence >= 0.4 && !a.isNegated(c)) || a.of("ward-bed").some(here) || a.of("clinical-setting").some(here);
}

/** What an author hides about themself: "can't say which trust", "won't say which hospital". */
const WORKPLACES = new Set(["trust", "trusts", "hospital", "hospitals", "ward", "unit", "practice", "surgery", "department", "dept", "team", "board", "hb", "ed", "a&e", "icu", "itu", "pharmacy", "clinic", "company", "employer", "deanery", "region", "where"]);
function hidesWorkplace(a: Analysis, s: Span): boolean {
  if (s.data?.term !== "won't say who") return false;
  const next = a.wordsAfter(s.end, 1)[0];
  return !!next && WORKPLACES.has(next.norm);
}

/** "about 2 people", "fewer than one person (likely unique)", "about 3,000 people". */
function describeCount(n: number): string {
  if (n < 1) return "only one person is likely to";
  const rounded = n < 20 ? Math.round(n) : Number(n.toPrecision(2));
  return `about ${rounded.toLocaleString("en-GB")} ${rounded === 1 ? "person" : "people"} could`;
}

function generalise(a: Analysis, d: Detail): Suggestion | undefined {
  const s = d.span;
  if (d.kind === "age" && s.data?.exact === true && s.data.unit === "year") {
    const decade = Math.floor(Number(s.data.value) / 10) * 10;
    const aged = /^aged?\b/i.test(s.text);
    return replacement([s.start, s.end], aged ? `in their ${decade}s` : `${decade}-something`, `Give an age band instead of "${s.text}"`, true);
  }
  // (only where the place is named as a place: "from Mevagissey", not "the Leeds fly-half")
  if (d.kind === "place" && s.type === "place" && (s.data?.kind === "town" || s.data?.kind === "local") && PLACE_CUES.has(a.wordsBefore(s.start, 1)[0]?.norm ?? "")) {
    const pop = Number(s.data?.population ?? 0);
    return replacement([s.start, s.end], pop < 5000 ? "a village" : pop < 100_000 ? "a town" : "a city", `Don't name "${s.text}"`, true);
  }
  if (d.kind === "time") {
    if (a.text[s.end] === "'" || a.text[s.end] === "\u2019") return undefined; // "yesterday's pile-up": rewording needed
    let start = s.start;
    let end = s.end;
    if (a.text[start - 1] === " ") start--;
    else if (a.text[end] === " ") end++; // "Today I operated..." -> "I operated..."
    return replacement([start, end], "", `Leave out when it happened ("${s.text}")`, true);
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: "confidentiality/jigsaw",
    severity: "error",
    citations: ["gmc-sm:13", "seed-004:small-communities", "gmp:69"],
    seriousness: SERIOUSNESS.identifyingPatient,
    // (a person word too: "the lady from the salon on Market Square" names no place the detectors know)
    triggers: ["span:place", "span:hospital", "span:celebrity", "span:event", "span:condition", "span:occupation", "span:age", "lexicon:context-cues:unique-cue", "span:sex"],
    docs: {
      summary: "Details that are harmless alone but together identify a patient (jigsaw identification)",
      why: "Although individual pieces of information may not breach confidentiality on their own, the sum of published information online could be enough to identify a patient (¶13), especially in small communities (GMC blog). scrubs multiplies a place's population by the share of people matching each detail (age, sex, occupation, condition, event, day, fame) and says how many people could match. Unnamed places count too (\"the tiny village\", \"a town of 2,000\", \"our local vicar\"), as do public roles (\"the Chelsea winger\") and hints that the reader would know who it is (\"won't say who\").",
      fix: "Remove or blur the details that narrow it down most: the place, the exact age (use a band), the day, the occupation. A rare condition in a named village is almost always identifying. The suggested fixes (Apply, or `scrubs fix` on the command line) band ages, drop days and replace named towns.",
      examples: {
        flagged: ["61yo retired vicar from Mevagissey with motor neurone disease came in last night. So sad.", "Saw a well-known actor in resus this morning after a motorbike crash near Padstow"],
        passes: ["Lots of people with asthma in Leeds this winter: check your inhaler technique", "Fictional case: a 61-year-old vicar presents with progressive weakness. What's your differential? #MedEd"],
      },
    },
    messages: {
      unique: "Together these details could identify the patient: {{count}} match {{details}}.",
      few: "These details may identify the patient: {{count}} match {{details}}.",
    },
  },
  check({ analysis: a, report }) {
    if (fictionOrConsent(a) >= 0.6) return;
    // Direct identifiers (an NHS number, a home address) are the identifier rule's: it already says stop.
    if (DIRECT.some((t) => a.of(t).some((s) => s.confidence >= 0.7)) || a.of("address").some((s) => s.data?.hasNumber === true)) return;
    // So is a bed in a named hospital ("Bed 14 at the Northern General"): it locates the patient outright.
    // (the identifier rule reads a town as the hospital too: "Bed 14 on Ward 9 at St Mary's")
    const hospitalLike = a.of("hospital").length > 0 || a.of("place").some((p) => p.data?.kind === "town" && p.confidence >= 0.75);
    const inTheNews = a.of("celebrity").some((c) => c.confidence >= 0.5);
    if (hospitalLike && !inTheNews && a.of("ward-bed").some((s) => s.confidence >= 0.6 && ONE_PATIENT_PLACES.has(String(s.data?.kind)))) return;
    // "Four teachers from the same primary school in with norovirus": a cluster from one institution
    // names the institution, and its few members are known to each other (a review, not a count)
    const cluster = sameInstitution(a);
    if (cluster) {
      report({
        messageId: "few",
        range: [cluster.start, cluster.end],
        data: { count: "a handful of people could", details: cluster.text },
        severity: "warning",
        confidence: 0.6,
        explanation: { detectors: ["jigsaw:same-institution"], context: [{ word: "patient context", effect: Math.round(a.patientContext * 100) / 100 }] },
      });
      return;
    }
    // Nothing that narrows a whole population (a place, fame, an event, a uniqueness claim, a very
    // rare condition): no estimate can come out small, so the details are not gathered at all.
    if (!mayAnchor(a)) return;
    const found = bound(a);
    if (!found) return;
    const { details, expected } = found;
    // How surely the post is about a patient: the post's clinical context, or a story about one
    // patient's care (a referent, an encounter and care content; see story.ts). Details this rare
    // point at one person whoever they are to the author: a patient, or "someone close to them"
    // (¶13); weaker evidence that the post is clinical is then enough.
    const needed = expected <= 1 ? 0.15 : 0.35;
    let patient = a.patientContext;
    // "Won't say who, but ... was in fracture clinic today": the author knows exactly who was seen
    if (a.of("celebrity").some((c) => COY.has(String(c.data?.term))) && (a.has("clinical-setting") || a.has("ward-bed"))) patient = Math.max(patient, 0.5);
    // "Had the lead singer from that band in for a cap today": seen as a patient, in the clinician's idiom
    if (hadSomeoneIn(a) || clinicalActOn(a)) patient = Math.max(patient, 0.5);
    // "34F teacher, Orkney, presents...": the age-and-sex shorthand clinicians write for a patient
    if (ageSexShorthand(a)) patient = Math.max(patient, 0.4);
    // (a story about one patient's care counts however much context the post has: it can make the finding sure)
    if (patient < 0.5) {
      const story = patientStory(a);
      patient = Math.max(patient, story ? 0.2 + 0.6 * story.confidence : 0);
    }
    if (patient < needed) return;
    // The details must describe one person: a patient referred to in the singular, an age, a job, fame,
    // a uniqueness claim. "All our patients affected by the 2009 floods" identifies nobody.
    // (an exact age, fame or uniqueness singles someone out by itself; "babies under 1" or "the
    // paper's author" in a public-health post do not)
    // (a job held by the person a patient cue describes does too: "the postmaster from our village
    // was brought in")
    // Someone was actually seen: a story about one patient, a patient cue, a ward or clinic. A
    // condition and an age alone ("Pregnant at 19 in a tiny village? You're not alone...", "Measles
    // case confirmed at a primary school") are public-health talk, not a patient.
    if (!seenSomeone(a)) return;
    // "Some personal news: I'm engaged! ... he's a maths teacher ...": the author's own partner,
    // described in the author's relationship news, is no patient (unless a patient is in the post)
    if (ownRelationshipNews(a)) return;
    // (so does a rare condition or event counted as one or a few occurrences: "a stillbirth at our unit", "two cases of X this week")
    // (a uniqueness claim singles out someone described by something: "we only had one home visit in
    // Gretna this week" says nothing about anyone; "...one home visit in Aberaeron ... her leg ulcer" does)
    const described = details.some((d) => d.kind === "condition" || d.kind === "age" || d.kind === "occupation" || d.kind === "event" || d.kind === "sex");
    // (and so does a newsworthy event on its day: "the bungee jump off the bridge yesterday? the one
    // who walked away": the few people in the story are known to everyone who read it)
    if (!describesSomeone(a) && !details.some((d) => (d.kind === "age" && d.span.data?.exact === true) || d.kind === "celebrity" || (d.kind === "event" && expected <= NEWS_EVENT_PEOPLE && Number(d.span.data?.newsworthiness ?? 0) >= 0.8 && details.some((t) => t.kind === "time")) || (d.kind === "unique" && described) || (d.kind === "occupation" && (aboutPatient(a, d.span) || d.span === testedJob(a) || actedOn(a, d.span))) || countedOccurrence(a, d))) return;
    // Details about a colleague ("our 61-year-old ward sister from Truro retires today") are not a patient's.
    // "A 70-year-old retired mill worker with asbestosis sounds like every third patient": a type, not a person
    if (details.some((d) => (d.kind === "age" || d.kind === "occupation") && comparedToManyAt(a, d.span))) return;
    const about = details.find((d) => d.kind === "age" || d.kind === "occupation");
    if (about && colleagueDetail(a, about.span) && !aboutPatient(a, about.span)) return;
    // Sex words ("man", "mum") are in every story: they count in the estimate but don't define where the finding is.
    const ordered = [...details].filter((d) => d.kind !== "sex").sort((x, y) => x.span.start - y.span.start);
    const labels = ordered.filter((d) => d.kind !== "unique").map((d) => d.label);
    const start = Math.min(...ordered.map((d) => d.span.start));
    const end = Math.max(...ordered.map((d) => d.span.end));
    const strong = expected <= 10;
    const confidence = Math.min(1, patient) * (strong ? 0.95 : 0.7);
    const suggestions = ordered.map((d) => generalise(a, d)).filter((s): s is Suggestion => !!s);
    report({
      messageId: strong ? "unique" : "few",
      range: [start, end],
      data: { count: describeCount(expected), details: labels.join(", ") },
      // A post that points at about one person needs less proof that it is clinical to be a stop:
      // "the only female lighthouse keeper in Shetland ... in with a PE" names her to everyone there.
      severity: strong && (patient >= 0.5 || (expected <= 3 && patient >= 0.25)) ? "error" : "warning",
      confidence,
      suggestions: suggestions.length ? suggestions : undefined,
      explanation: {
        detectors: [...new Set(ordered.map((d) => d.span.detector))],
        context: [{ word: "patient context", effect: Math.round(patient * 100) / 100 }],
        notes: ordered.map((d) => `${d.kind}: ${d.label} (${d.kind === "place" ? `population ${Math.round(d.factor).toLocaleString("en-GB")}` : `share ${d.factor.toPrecision(2)}`})`).concat(`expected matches: ${expected.toPrecision(2)}`),
      },
    });
  },
});
