// Claims that a phrase list cannot enumerate because they are built from parts: a superlative in
// front of the thing sold ("the safest weight loss clinic", "best cosmetic clinic in Manchester"),
// an outcome percentage ("98% recovery rate"), and a cure verb aimed at a condition ("can reverse
// arthritis", "cures brain fog"). They are found here as spans shaped like lexicon spans (with a
// category), so misleading-claims treats them exactly like listed claims: scope, promotion and
// caution still decide whether they are reported.
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { startsAt } from "./span-index";
import { evidenceInSentence, shapeAt, shapeKind } from "./claim-shapes";

/** Superlatives that rank a provider; "most" needs a ranking adjective after it. */
/** A Map, not an object: arbitrary words ("constructor") must not find inherited properties. */
const SUPERLATIVE = new Map(Object.entries({ best: 0.6, safest: 0.75, cheapest: 0.7, finest: 0.6, leading: 0.45, top: 0.45, greatest: 0.6, "no.1": 0.75, "#1": 0.75, fastest: 0.6, quickest: 0.6, strongest: 0.55, longest: 0.5, lowest: 0.6, highest: 0.55 }));
const MOST = new Set(["trusted", "experienced", "advanced", "effective", "affordable", "qualified", "skilled", "popular", "successful", "natural"]);
/** What an advert ranks: the provider, its people, its results or its prices. */
/** Places a superlative ranks over: "in the country", "in the UK", "in town". */
const PLACE_WIDE = new Set(["country", "uk", "britain", "england", "scotland", "wales", "world", "town", "city", "london", "region", "area", "nation"]);
/** Words that end a superlative's noun phrase: a verb of being or a negation. */
const CLAUSE_BREAK = new Set(["is", "are", "was", "were", "be", "isn't", "aren't", "no", "not", "never"]);
const PROVIDER = new Set(["clinic", "clinics", "surgeon", "surgeons", "doctor", "doctors", "practitioner", "practitioners", "injector", "injectors", "provider", "providers", "service", "treatment", "treatments", "results", "prices", "price", "aesthetics", "pharmacy", "salon", "team", "specialists", "specialist", "experts", "expert", "recovery", "healing", "lasting", "turnaround", "complication", "complications", "rate", "rates", "success", "lips", "skin", "smile", "teeth", "finish", "glow", "transformations", "noses", "brows"]);
/** Outcome words after a percentage ("98% recovery rate", "100% success"). */
const OUTCOME = new Set(["success", "recovery", "cure", "satisfaction", "effective", "guaranteed", "safe", "results", "remission", "pass"]);
/** Verbs that promise to remove a disease or a sign of ageing. */
const CURE_VERBS = new Set(["cure", "cures", "cured", "curing", "reverse", "reverses", "reversing", "shrink", "shrinks", "shrinking", "heal", "heals", "eliminate", "eliminates", "eradicate", "eradicates", "banish", "banishes", "fix", "fixes"]);
/** Complaints the condition detector does not list but adverts promise to cure. */
const COMPLAINTS = new Set(["colic", "reflux", "asthma", "allergies", "ibs", "gut", "adhd", "tinnitus", "vertigo", "tumour", "tumours", "tumor", "tumors", "acne", "menopause", "insomnia", "fog", "wrinkles", "cellulite", "fatigue", "migraines", "migraine", "baldness", "autism", "arthritis", "scarring", "scars", "spots", "pimples", "lines", "pigmentation", "eczema", "psoriasis", "snoring", "bloating", "anxiety", "hangover", "hangovers", "colds", "stress", "tension", "depression", "pcos", "endometriosis"]);
/**
 * Absolute qualifiers: a result promised for ever, for everyone or every time ("natural results,
 * every single time", "cures acne permanently", "No scars. Ever."). Alone they are ordinary words;
 * next to an outcome, or as the tail of a short claim, they turn it into a guarantee.
 */
const ABSOLUTE = new Set(["forever", "permanently", "permanent", "ever", "everyone", "everybody", "always"]);
/** Outcome words an absolute qualifier can promise ("results", "natural", "free" of symptoms). */
const OUTCOME_WORDS = new Set(["results", "result", "natural", "safe", "free", "cure", "cures", "cured", "gone", "clear", "smooth", "goodbye", "lasts", "lasting", "scars", "scarring", "pain", "side", "works", "success", "change", "changes", "transform", "transforms", "life"]);
/** Harms an advert promises away ("no scars", "zero bruising", "symptom free", "scar-free"). */
const HARMS = new Set(["scar", "scars", "scarring", "pain", "bruising", "bruise", "bruises", "swelling", "downtime", "risk", "risks", "complications", "complication", "symptoms", "symptom", "needles", "recovery", "side-effects", "surgery", "stitches", "marks"]);
/** Units a result is promised in ("in just 3 sessions", "results in 24 hours", "lasts 2 years"). */
const SESSION_UNITS = new Set(["session", "sessions", "treatment", "treatments", "injection", "injections", "visit", "visits", "appointment", "appointments"]);
const TIME_UNITS = new Set(["minute", "minutes", "mins", "hour", "hours", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years"]);
/** Treatments that can be the subject of a cure claim ("this supplement cures...", "ozone therapy reverses..."). */
const TREATMENT_SUBJECT = new Set(["therapy", "therapies", "treatment", "treatments", "laser", "drip", "drips", "supplement", "supplements", "protocol", "programme", "program", "injection", "injections", "jab", "infusion", "infusions", "cleanse", "diet", "tea", "oil", "device", "formula", "remedy", "remedies", "pill", "pills"]);
const PERIOD = new Set(["summer", "winter", "year", "season"]);
/** What a result usually costs, promised away ("no diet needed"). */
// (not "referral": "no referral needed" says how to be seen, not that a result comes without effort)
const EFFORT = new Set(["diet", "dieting", "exercise", "gym", "effort", "surgery", "needles", "downtime"]);
/** Units of weight lost ("2 stone", "10kg", "20% body weight"). */
const WEIGHT_UNITS = new Set(["stone", "stones", "st", "kg", "kgs", "kilos", "lbs", "lb", "pounds", "%", "dress"]);
/** Verbs of a promised result ("lose", "drop", "see results"). */
const RESULT_VERBS = new Set(["lose", "losing", "drop", "dropping", "shed", "results", "gone", "cleared", "clear", "see", "transform", "shift", "shifting", "burn", "burning", "tone", "tighten", ...(["rebuild", "restore", "boost", "repair", "regrow", "strengthen", "whiten", "heal", "reverse", "fix", "double", "triple", "transform"].flatMap((v) => [v, `${v}s`]))]);
/** A benefit promised to the reader by a date: "boost your energy in minutes", "rebuilds your enamel in two weeks". */
const BENEFIT_VERBS = new Set([...RESULT_VERBS].filter((v) => v !== "results" && v !== "gone" && v !== "see"));
const SPEED_UNITS = new Set(["minutes", "mins", "seconds", "hours", "days", "weeks"]);
/** Verbs whose object, as a share of cases, is an efficacy claim: "prevent 99% of running injuries". */
const PREVENT_VERBS = new Set(["prevent", "prevents", "stop", "stops", "cure", "cures", "eliminate", "eliminates", "heal", "heals", "fix", "fixes", "clear", "clears", "beat", "beats", "banish", "banishes", "end", "ends", "block", "blocks"]);
/** "the reason my patients heal faster": an outcome compared with nothing, credited to the product. */
const FASTER = new Set(["faster", "quicker", "better", "sooner", "stronger", "younger", "longer"]);
const CLIENT_WORDS = new Set(["patients", "patients'", "clients", "clients'", "customers", "users", "mums", "residents"]);
const NUMBER_WORDS = new Set(["one", "two", "three", "four", "five", "six", "a", "single"]);

/** Verbs that promise a complaint gone when "away" follows ("melts the tension away", "zaps fat away"). */
const AWAY_VERBS = new Set(["melt", "melts", "melting", "zap", "zaps", "blast", "blasts", "wipe", "wipes", "wash", "washes", "lift", "lifts", "smooth", "smooths", "erase", "erases"]);
/** Benefits an advert promises at once ("instant energy", "instant relief"). */
const INSTANT_BENEFITS = new Set(["energy", "relief", "glow", "boost", "lift", "results", "confidence", "calm", "clarity", "focus", "weight", "youth"]);
/** Periods a sale can be limited to ("this month only", "this weekend only", "Friday only"). */
const SALE_PERIODS = new Set(["today", "tonight", "day", "week", "weekend", "month", "summer", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Words at which some pattern below can start (number tokens are always examined). */
const ENTRY = new Set<string>([...SUPERLATIVE.keys(), "most", "no", "number", "#1", ...CURE_VERBS, "goodbye", "zero", "free", "every", "all", "for", "ever", "everyone", "everybody", ...ABSOLUTE, ...NUMBER_WORDS, ...AWAY_VERBS, "instant", "instantly", "only", "in", "reason"]);

const cache = new PostCache<Span[]>();
const shapeCache = new PostCache<Span[]>();

/** The claim shapes of ./claim-shapes.ts, found in the same pass as the patterns. */
export function patternShapes(a: Analysis): Span[] {
  patternClaims(a);
  return shapeCache.get(a) ?? NO_SHAPES;
}
const NO_SHAPES: Span[] = [];

/** The last token of a rank written "No.1", "No. 1", "number 1", "number one" starting at `i`. */
function rankAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i]!;
  if (t.norm === "no" && tokens[i + 1]?.text === "." && tokens[i + 2]?.text === "1") return tokens[i + 2];
  if (t.norm === "number" && (tokens[i + 1]?.text === "1" || tokens[i + 1]?.norm === "one")) return tokens[i + 1];
  if (t.text === "#1") return t;
  return undefined;
}

/** The last token of an absolute qualifier starting at `i` ("forever", "every (single) time", "for good", "for life"). */
function absoluteAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i]!;
  if (t.norm === "every") {
    const n = tokens[i + 1];
    if (n?.norm === "time") return n;
    if (n?.norm === "single" && tokens[i + 2]?.norm === "time") return tokens[i + 2];
    return undefined;
  }
  if (t.norm === "all" && PERIOD.has(tokens[i + 1]?.norm ?? "") && tokens[i + 1]!.sentence === t.sentence && tokens[i + 2]?.kind !== "word") return tokens[i + 1];
  if (t.norm === "for" && (tokens[i + 1]?.norm === "good" || tokens[i + 1]?.norm === "life") && tokens[i + 1]!.sentence === t.sentence) return tokens[i + 1];
  // "for everyone", "forever", "permanently": but "ever" only closing a fragment or after "no" ("No scars, ever").
  if (t.norm === "ever") return tokens[i + 1]?.kind === "word" && tokens[i + 1]!.sentence === t.sentence ? undefined : t;
  // "everyone" is an absolute only as the reach of a result ("safe for everyone"), not "Everyone deserves...".
  if ((t.norm === "everyone" || t.norm === "everybody") && tokens[i - 1]?.norm !== "for") return undefined;
  if (ABSOLUTE.has(t.norm) && t.norm !== "always") return t;
  return undefined;
}

function span(a: Analysis, from: Token, to: Token, category: string, confidence: number, rule: string): Span {
  return { type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "claim-pattern", data: { category, source: rule } };
}

/** Claim spans built from parts, in text order. Linear in the number of tokens. */
export function patternClaims(a: Analysis): Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  const shapes: Span[] = [];
  const tokens = a.tokens;
  const conditions = a.of("condition");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // one look-up decides whether any pattern here or any shape of ./claim-shapes.ts can start at this token
    const shape = shapeKind(t.norm);
    if (shape !== undefined && (t.kind === "word" || t.kind === "number")) shapeAt(a, i, shape, shapes);
    if (t.kind !== "number" && !ENTRY.has(t.norm)) continue;
    // "boost your energy in minutes", "whitens your teeth in days": a benefit to the reader promised by a date
    if (t.norm === "in") {
      const unit = tokens[i + 1];
      if (unit && unit.sentence === t.sentence && SPEED_UNITS.has(unit.norm)) {
        const before = a.wordsBefore(t.start, 4);
        const your = before.findIndex((w) => w.norm === "your");
        if (your >= 0 && BENEFIT_VERBS.has(before[your + 1]?.norm ?? "")) out.push(span(a, before[your + 1]!, unit, "guarantee", 0.55, "benefit to you by a date"));
      }
      continue;
    }
    // "This collagen drink is the reason my patients' wounds heal faster": a result credited to a product
    if (t.norm === "reason" && tokens[i - 1]?.norm === "the") {
      const after = a.wordsAfter(t.end, 8);
      const clients = after.findIndex((w) => CLIENT_WORDS.has(w.norm));
      const better = after.findIndex((w, k) => k > clients && FASTER.has(w.norm));
      if (clients >= 0 && better > clients && !after.slice(0, better + 2).some((w) => w.norm === "than")) out.push(span(a, tokens[i - 1]!, after[better]!, "cure", 0.6, "product credited with a result"));
      continue;
    }
    // "prevent 99% of running injuries", "cures 9 in 10 cases": an efficacy share
    if (t.kind === "number" && tokens[i + 1]?.text === "%" && PREVENT_VERBS.has(tokens[i - 1]?.norm ?? "") && tokens[i - 1]!.sentence === t.sentence && tokens[i + 2]?.norm === "of") {
      const after = a.wordsAfter(tokens[i + 2]!.end, 3);
      const end = after.find((w) => w.norm.endsWith("s") && w.kind === "word") ?? after[0];
      if (end) out.push(span(a, tokens[i - 1]!, end, "cure", 0.65, "verb + efficacy share"));
      continue;
    }
    // "the safest weight loss clinic", "best cosmetic clinic", "the most trusted injectors"
    let sup = SUPERLATIVE.get(t.norm);
    let first = t;
    let rankEnd = t;
    if (sup === undefined && t.norm === "most" && MOST.has(tokens[i + 1]?.norm ?? "")) { sup = 0.55; first = t; }
    // "No.1", "No. 1", "number 1", "number one": the tokenizer splits "No.1" into three tokens.
    const rank = rankAt(tokens, i);
    if (sup === undefined && rank) { sup = 0.75; rankEnd = rank; }
    if (sup !== undefined) {
      const after = a.wordsAfter(rankEnd.end, 4);
      // the provider is the superlative's own noun: not past a verb or a negation ("the best advice is
      // no treatment at all", where the superlative ranks the advice and the treatment is declined)
      const stop = after.findIndex((w) => CLAUSE_BREAK.has(w.norm));
      const noun = (stop < 0 ? after : after.slice(0, stop)).find((w) => PROVIDER.has(w.norm));
      if (noun) out.push(span(a, first, noun, "superlative", sup, "superlative + provider"));
      // "the best in the country", "fastest in London": a ranking over a whole place, which no one can check
      else if (after[0]?.norm === "in" && (PLACE_WIDE.has(after[1]?.norm ?? "") || (after[1]?.norm === "the" && PLACE_WIDE.has(after[2]?.norm ?? "")))) {
        const end = PLACE_WIDE.has(after[1]!.norm) ? after[1]! : after[2]!;
        out.push(span(a, first, end, "superlative", sup, "superlative + whole place"));
      }
      continue;
    }
    // "98% recovery rate", "100% success"
    if (t.kind === "number" && tokens[i + 1]?.text === "%" && tokens[i + 1]!.start === t.end) {
      const after = a.wordsAfter(tokens[i + 1]!.end, 2);
      const word = after.find((w) => OUTCOME.has(w.norm));
      if (word) {
        const rate = after[after.indexOf(word) + 1];
        const end = rate && (rate.norm === "rate" || rate.norm === "rates") ? rate : word;
        out.push(span(a, t, end, "guarantee", 0.7, "outcome percentage"));
      }
      continue;
    }
    // "can reverse arthritis", "cures brain fog", "shrink tumours naturally"
    if (CURE_VERBS.has(t.norm)) {
      const after = a.wordsAfter(t.end, 3);
      const last = after[after.length - 1];
      if (!last) continue;
      const conditionAt = startsAt(conditions);
      const condition = after.map((w) => conditionAt.get(w.start)).find((c) => c !== undefined);
      const complaint = after.find((w) => COMPLAINTS.has(w.norm));
      const end = condition ? condition.end : complaint?.end;
      if (end !== undefined) {
        // "cures acne permanently", "reverses long COVID for good": an absolute tail makes it a promise.
        const tail = a.wordsAfter(end, 2).find((w) => ABSOLUTE.has(w.norm));
        const stop = tail ? tail.end : end;
        // "Ozone therapy reverses long COVID": a treatment as the subject is a health claim for it.
        const treatment = a.wordsBefore(t.start, 2).some((w) => TREATMENT_SUBJECT.has(w.norm));
        out.push({ type: "phrase", start: t.start, end: stop, text: a.text.slice(t.start, stop), confidence: tail ? 0.75 : treatment ? 0.7 : 0.6, detector: "claim-pattern", data: { category: "cure", source: tail ? "cure verb + condition + absolute" : "cure verb + condition" } });
        if (tail) i = tokens.indexOf(tail, i);
      }
      continue;
    }
    // "melts the tension away", "blasts stubborn fat away": a complaint promised gone
    if (AWAY_VERBS.has(t.norm)) {
      const after = a.wordsAfter(t.end, 4);
      const away = after.findIndex((w) => w.norm === "away");
      if (away >= 1) out.push(span(a, t, after[away]!, "cure", 0.6, "verb + complaint + away"));
      continue;
    }
    // "instant energy", "instant relief": a benefit promised at once
    if ((t.norm === "instant" || t.norm === "instantly") && INSTANT_BENEFITS.has(tokens[i + 1]?.norm ?? "") && tokens[i + 1]!.sentence === t.sentence) {
      out.push(span(a, t, tokens[i + 1]!, "guarantee", 0.6, "instant + benefit"));
      continue;
    }
    // "this month only", "Friday only": a sale limited in time
    if (t.norm === "only" && SALE_PERIODS.has(tokens[i - 1]?.norm ?? "") && tokens[i - 1]!.sentence === t.sentence) {
      const from = tokens[i - 2]?.norm === "this" || tokens[i - 2]?.norm === "next" ? tokens[i - 2]! : tokens[i - 1]!;
      out.push(span(a, from, t, "pressure", 0.75, "period + only"));
      continue;
    }
    // "say goodbye to spots", "goodbye to wrinkles": a complaint promised away.
    if (t.norm === "goodbye" && tokens[i + 1]?.norm === "to") {
      const after = a.wordsAfter(tokens[i + 1]!.end, 3);
      const complaint = after.find((w) => COMPLAINTS.has(w.norm) || HARMS.has(w.norm)) ?? after.map((w) => startsAt(conditions).get(w.start)).find((c) => c !== undefined);
      if (complaint) {
        const from = tokens[i - 1]?.norm === "say" && tokens[i - 1]!.sentence === t.sentence ? tokens[i - 1]! : t;
        out.push(span(a, from, complaint as Token, "cure", 0.55, "goodbye to + complaint"));
      }
      continue;
    }
    // "no diet needed", "no gym required": the effort a result usually takes, promised away.
    if (t.norm === "no" && (tokens[i + 2]?.norm === "needed" || tokens[i + 2]?.norm === "required") && tokens[i + 1]?.kind === "word" && EFFORT.has(tokens[i + 1]!.norm) && tokens[i + 2]!.sentence === t.sentence) {
      out.push(span(a, t, tokens[i + 2]!, "guarantee", 0.5, "no effort needed"));
      i += 2;
      continue;
    }
    // "no scars", "zero bruising", "without downtime": a harm promised away.
    if ((t.norm === "no" || t.norm === "zero") && HARMS.has(tokens[i + 1]?.norm ?? "") && tokens[i + 1]!.sentence === t.sentence) {
      const harm = tokens[i + 1]!;
      const end = harm.norm === "side" && tokens[i + 2]?.norm === "effects" ? tokens[i + 2]! : harm;
      out.push(span(a, t, end, "guarantee", 0.5, "no + harm"));
      continue;
    }
    // "symptom free", "scar-free", "pain free": the harm, then "free" (written with a space or a hyphen).
    if (t.norm === "free" && i > 0) {
      let k = i - 1;
      if (tokens[k]?.text === "-") k--;
      const harm = tokens[k];
      if (harm && harm.kind === "word" && HARMS.has(harm.norm) && harm.sentence === t.sentence) out.push(span(a, harm, t, "guarantee", 0.55, "harm + free"));
      continue;
    }
    // Absolute qualifiers aimed at an outcome: in the same sentence, or closing a short fragment
    // that follows one ("No scars. Ever.", "Natural results, every single time").
    const absoluteEnd = absoluteAt(tokens, i);
    if (absoluteEnd) {
      const outcomes = a.sentencesWith("claim-outcome", (w) => OUTCOME_WORDS.has(w.norm) || HARMS.has(w.norm));
      const outcome = outcomes.has(t.sentence);
      // a fragment of at most two words ("Ever.") closing a sentence that promised an outcome
      const short = (tokens[i - 1]?.sentence !== t.sentence || (tokens[i - 2]?.sentence !== t.sentence && tokens[i - 1]!.kind === "word")) && !(tokens[i + 1]?.kind === "word" && tokens[i + 1]!.sentence === t.sentence);
      const previous = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 2] : tokens[i - 1];
      const fragment = short && previous !== undefined && previous.sentence !== t.sentence && outcomes.has(previous.sentence);
      const from = (t.norm === "everyone" || t.norm === "everybody") && tokens[i - 1]?.norm === "for" ? tokens[i - 1]! : t;
      if (outcome || fragment) out.push(span(a, from, absoluteEnd, "guarantee", 0.6, "absolute qualifier + outcome"));
      i = tokens.indexOf(absoluteEnd, i);
      continue;
    }
    // "in just 3 sessions", "results in 24 hours", "lasts 2 years": a result promised by a date or a count.
    if ((t.kind === "number" || NUMBER_WORDS.has(t.norm)) && i > 0) {
      const unit = tokens[i + 1];
      if (!unit || unit.sentence !== t.sentence) continue;
      const prev = tokens[i - 1]!;
      const prev2 = tokens[i - 2];
      const limiter = prev.norm === "just" || prev.norm === "only" ? prev2 : prev;
      if (SESSION_UNITS.has(unit.norm) && limiter?.norm === "in" && limiter.sentence === t.sentence) {
        out.push(span(a, limiter, unit, "guarantee", 0.45, "result in N sessions"));
        continue;
      }
      // "lose 2 stone by summer", "patients lose on average 20% body weight": a weight lost, by number
      if (WEIGHT_UNITS.has(unit.norm) && t.kind === "number" && a.wordsBefore(t.start, 4).some((w) => w.norm === "lose" || w.norm === "drop" || w.norm === "shed" || w.norm === "lost") && !evidenceInSentence(a, t.sentence)) {
        const verb = a.wordsBefore(t.start, 4).find((w) => w.norm === "lose" || w.norm === "drop" || w.norm === "shed" || w.norm === "lost")!;
        // (the author's own past loss, "I lost 2 stone", is a story, not a promise)
        if (!(verb.norm === "lost" && a.wordsBefore(verb.start, 2).some((w) => w.norm === "i" || w.norm === "i've"))) {
          out.push(span(a, verb, unit, "guarantee", 0.5, "weight lost by number"));
          continue;
        }
      }
      // "lose a stone in a month", "drop a dress size in two weeks": a result with a deadline.
      if (TIME_UNITS.has(unit.norm) && limiter?.norm === "in" && limiter.sentence === t.sentence && a.wordsBefore(limiter.start, 4).some((w) => RESULT_VERBS.has(w.norm))) {
        out.push(span(a, limiter, unit, "guarantee", 0.5, "result by a deadline"));
        continue;
      }
      if (TIME_UNITS.has(unit.norm) && t.kind === "number") {
        const lead = limiter?.norm === "in" || limiter?.norm === "within" ? tokens[tokens.indexOf(limiter) - 1] : limiter;
        const promise = lead && lead.sentence === t.sentence && (lead.norm === "results" || lead.norm === "lasts" || lead.norm === "last" || lead.norm === "lasting");
        if (promise) out.push(span(a, lead!, unit, "guarantee", 0.45, "result by a date"));
      }
    }
  }
  // "Vitamin B12 shots 💥 energy, immunity, glowing skin": a product followed by a list of benefits
  const products = a.lexicon("prescription-only-medicines");
  const procedures = a.lexicon("cosmetic-procedures");
  if (products.length + procedures.length > 0) {
    let added = false;
    for (const p of [...products, ...procedures]) {
      const s = a.sentenceOf(p.start);
      const after = a.wordsAfter(p.end, 12).filter((w) => w.sentence === s);
      const benefits = after.filter((w) => BENEFIT_NOUNS.has(w.norm));
      if (benefits.length >= 2 && !evidenceInSentence(a, s)) {
        out.push(span(a, benefits[0]!, benefits[benefits.length - 1]!, "cure", 0.55, "product + list of benefits"));
        added = true;
        break;
      }
    }
    if (added) out.sort((x, y) => x.start - y.start);
  }
  if (shapes.length > 0) shapeCache.set(a, shapes);
  cache.set(a, out);
  return out;
}
/** Benefits a treatment is sold on, listed after it ("energy, immunity, glowing skin"). */
const BENEFIT_NOUNS = new Set(["energy", "immunity", "immune", "glow", "glowing", "radiance", "vitality", "stamina", "libido", "focus", "metabolism", "detox", "hangover", "hangovers", "youth", "recovery", "mood", "wellbeing", "wellness", "rejuvenation", "fat-burning", "slimming", "confidence"]);
