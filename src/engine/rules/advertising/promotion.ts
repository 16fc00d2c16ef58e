// Does the post sell something? The advertising rules (misleading claims, prescription-only
// medicines) and prescribing/remote only object to claims and medicine names in promotional copy,
// so they share one reading of a post's promotion signals: prices, booking calls, offers, "our
// clinic", a DM call to action, cosmetic setting words, emoji-laden ad copy, a clinic in the
// profile bio. Counter-signals (teaching, news, safety warnings) are reported separately.
import { PostCache, type Analysis } from "../../analysis";
import { sharedMatcher } from "../../lexicon";
import { tokenize, type Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { combine } from "../shared";
import { brandShapes } from "../transparency/brands";
import { endsAt, startsAt } from "./span-index";

export interface Promotion {
  /** 0..1: how strongly the post reads as advertising a service or product. */
  score: number;
  /** The post (or the author's bio) is about cosmetic interventions. */
  cosmetic: number;
  /** An NHS or public-health invitation (flu clinic, screening) with no price: not selling. */
  publicHealth: boolean;
  /** The words that made it read as promotion, for explanations. */
  cues: { word: string; effect: number }[];
}

// "covid" alone is a topic, not an invitation ("the only clinic that can treat long COVID").
/** "the NHS won't tell you", "the NHS doesn't want you to know". */
const SILENCED = new Set(["won't", "wont", "doesn't", "doesnt", "don't", "dont", "never", "can't", "cant"]);
const PUBLIC_HEALTH = new Set(["flu", "vaccine", "vaccines", "vaccination", "vaccinations", "vaccinated", "immunisation", "immunisations", "booster", "boosters", "screening", "smear", "nhs", "eligible", "mmr"]);
const CURRENCY = new Set(["£", "$", "€"]);
const BOOKING = new Set(["book", "booking", "bookings", "appointments", "slots", "order", "walk-ins", "walk-in", "walkins", "enquire"]);
const BOOKING_NEXT = new Set(["now", "in", "your", "today", "online", "via", "through", "yours", "from", "at"]);
/** What a business sells as a bundle, however many words describe it ("our laser + peel combo"). */
const BUNDLES = new Set(["combo", "combos", "bundle", "bundles", "package", "packages", "deal", "deals"]);
const OUR_BUSINESS = new Set(["clinic", "clinics", "salon", "aesthetics", "studio", "practice", "treatment", "treatments", "surgeon", "surgeons", "protocol", "programme", "program", "service", "services", "injections", "drips", "therapy", "therapies", "pharmacy", "products", "packages", "prices",
  "infusion", "infusions", "hormones", "supplement", "supplements", "cleanse", "formula", "transplant", "transplants", "jabs", "bundle", "bundles", "package", "plans", "membership", "memberships",
  "laser", "lasers", "peel", "peels", "facial", "facials", "machine", "device", "menu", "combo", "combos", "drip", "shots", "method", "sessions",
  // products a business makes and sells: "our plant-based metabolism capsules", "our collagen gummies"
  "capsules", "gummies", "shakes", "teas"]);
/** A possessive business ("my clinic's code", "my salon"): "my clinic" alone is an NHS clinician's outpatient list. */
const MY_BUSINESS = new Set(["clinic's", "salon", "salon's", "aesthetics", "pharmacy's", "practice's", "protocol", "programme", "program", "juice", "detox", "supplement", "supplements", "course", "coaching", "membership"]);
/** Seasonal or sales words that make "offer" a sales offer ("New year offer:", "summer offer"). */
const OFFER_KIND = new Set(["special", "introductory", "launch", "exclusive", "summer", "christmas", "january", "year", "spring", "autumn", "winter", "birthday", "valentine's", "valentines", "flash", "limited", "weekly", "monthly", "bundle"]);
/** Units a cosmetic price list is written in ("3 areas of Botox", "20 units"). */
const DOSE_UNITS = new Set(["areas", "area", "units", "syringes", "syringe", "ml", "sessions", "vials", "pens"]);
/** A personal discount code ("code SLIM10"): capitals and digits, not a door code written in digits. */
const CODE = /^[A-Z][A-Z0-9]{3,14}$/;
/** What an introductory offer gives away ("first month free"). */
const INTRO_UNIT = new Set(["month", "week", "session", "consultation", "consult", "treatment", "box", "pack", "delivery", "dose"]);
const OFFER_VERBS = new Set(["offer", "offering", "offers", "available", "providing", "stock", "stocking", "open"]);
/** Words that make a medicine mention a warning, teaching or news rather than an advert. */
const CAUTION = new Set(["beware", "wary", "fake", "counterfeit", "scam", "scams", "warning", "warn", "warns", "dangerous", "illegal", "illegally", "unlicensed", "unregulated", "fraud", "report", "reported", "banned", "bans", "crackdown", "exploit", "exploits", "exploiting", "exploitative", "misleading", "tribunal"]);
/** "is a prescription-only medicine": the status, with its article. */
const ARTICLE = new Set(["a", "an"]);
const COPULA = new Set(["is", "are", "was", "were", "be", "being", "remains", "remain", "it's", "they're"]);
const NEGATORS = new Set(["don't", "dont", "can't", "cant", "cannot", "not", "never", "won't", "wont", "mustn't", "isn't", "aren't"]);
const COSMETIC_THREAD = new Set(["vein", "veins", "lift", "lifts"]);
/** "drug prices", "the price of insulin": prices as a policy topic, not a shop's list. */
const NEWS_AROUND_PRICE = new Set(["drug", "drugs", "medicine", "medicines", "insulin", "rising", "high", "the", "nhs", "fair"]);
/** Supply news is weaker than research news: "Ozempic shortage? Not at our clinic" is an advert. */
const SUPPLY_NEWS = new Set(["shortage", "shortages"]);
const NEWS = new Set(["government", "licensing", "legislation", "parliament", "minister", "regulations", "nice", "guidance", "guideline", "guidelines", "study", "trial", "trials", "evidence", "mhra", "asa", "bnf", "paper", "thread", "research", "data", "journal", "nejm", "lancet", "bmj", "meta-analysis", "review", "policy", "regulation", "regulator", "cqc", "gmc", "nmc"]);

/** Calls to act at once: "message now", "DM today". */
const ACT_NOW_VERBS = new Set(["message", "dm", "inbox", "text", "whatsapp", "order", "call", "enquire"]);
/** Goods a brand's handle is thanked for ("this collagen drink ... thank you @X"). */
const BRANDED_GOODS = ["drink", "drinks", "supplement", "supplements", "serum", "cream", "spray", "gummies", "powder", "shake", "collagen", "magnesium", "protein", "toothpaste", "insoles", "tea", "oil", "balm", "vitamins", "probiotic", "device"];
const AFFILIATE_LINK = /(?<![\w.])(?:amzn\.to|amzn\.eu|rstyle\.me|shopmy\.us|ltk\.app|liketk\.it)\/[\w-]+/gi;

function isEmoji(t: Token): boolean {
  if (t.kind !== "punct") return false;
  const c = t.text.codePointAt(0) ?? 0;
  return c >= 0x1f300 || (c >= 0x2600 && c <= 0x27bf) || c === 0x2728;
}

const bioCache = new Map<string, number>();
/** 0..1 how strongly a profile bio shows a cosmetic or private clinic (a small cache: bios repeat). */
function bioSignal(bio: string | undefined): number {
  if (!bio) return 0;
  let v = bioCache.get(bio);
  if (v === undefined) {
    let miss = 1;
    for (const m of sharedMatcher().match(tokenize(bio))) {
      if (m.lexicon === "cosmetic-procedures") miss *= 1 - 0.6 * m.entry.confidence;
      else if (m.lexicon === "prescription-only-medicines" && m.entry.category === "botulinum-toxin") miss *= 1 - 0.5 * m.entry.confidence;
    }
    v = 1 - miss;
    if (bioCache.size > 256) bioCache.clear();
    bioCache.set(bio, v);
  }
  return v;
}

/** A cosmetic procedure or prescription-only medicine starts at `offset`. */
function startsSpan(a: Analysis, offset: number): boolean {
  for (const name of SELLABLE) if (startsAt(a.lexicon(name)).has(offset)) return true;
  return false;
}
const SELLABLE = ["cosmetic-procedures", "prescription-only-medicines"];

/** A cosmetic procedure or prescription-only medicine ends at `offset` ("Botox available"). */
function startsSpanEndingAt(a: Analysis, offset: number): boolean {
  for (const name of SELLABLE) if (endsAt(a.lexicon(name)).has(offset)) return true;
  return false;
}

/** A span of `list` starts within `words` words after `offset` in the same sentence. */
function near(a: Analysis, list: readonly Span[], offset: number, words: number): boolean {
  const starts = startsAt(list);
  return a.wordsAfter(offset, words).some((w) => starts.has(w.start));
}

/** The reader's own clinicians: "talk to your GP", "book with your pharmacist". */
const OWN_CLINICIAN = new Set(["gp", "gps", "doctor", "practice", "surgery", "pharmacist", "pharmacy", "dentist", "optician", "optometrist", "midwife"]);
/**
 * "Please talk to your GP. It's a real reason to book an appointment": booking sends the reader to
 * their own GP, pharmacist or practice (in this sentence or the one before), which signposts care
 * and sells nothing.
 */
function signposted(a: Analysis, booking: Token): boolean {
  const yours = a.memo("promotion:your-clinician", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i + 1 < t.length; i++) if (t[i]!.norm === "your" && OWN_CLINICIAN.has(t[i + 1]!.norm)) out.add(t[i]!.start);
    return [...out];
  });
  if (yours.length === 0) return false;
  const sentence = booking.sentence;
  return yours.some((at) => {
    const k = a.sentenceOf(at);
    return k === sentence || (k < sentence && booking.start - at < 200);
  });
}

/** People and businesses other than the author, who may hold a code or a deal the post talks about. */
const THIRD_PARTY = new Set(["influencers", "influencer", "sellers", "seller", "celebrities", "clinics", "companies", "brands", "people", "they", "them", "their", "others", "websites", "sites", "pharmacies", "accounts", "salons", "he", "she", "his", "her"]);

/**
 * A commercial cue that belongs to someone else: "influencers with discount codes", "sellers who
 * offer a promo code". The author is describing others' selling, not selling.
 */
export function othersCue(a: Analysis, span: { start: number; end?: number }): boolean {
  // "they gave me one to try", "sent me these": the author receives; "as their new ambassador": the
  // author holds the role for them
  if (span.end !== undefined && AUTHOR_IN_CUE.test(a.text.slice(span.start, span.end))) return a.isReported(span);
  const before = a.wordsBefore(span.start, 3);
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!.norm;
    if (!THIRD_PARTY.has(w)) continue;
    if (POSSESSIVE.has(w) && before[k + 1]?.norm === "as") continue;
    return true;
  }
  return a.isReported(span);
}
const AUTHOR_IN_CUE = /\b(?:me|my|us|i)\b/i;
const POSSESSIVE = new Set(["their", "his", "her"]);

const cache = new PostCache<Promotion>();

/** Verbs of making a product, after "I"/"we". */
const CREATED_LIST = ["formulated", "created", "developed", "designed", "invented", "launched", "founded", "built"];
const CREATED = new Set(CREATED_LIST);
const MAKER_SELF = new Set(["i", "we", "i've", "we've", "ive"]);
export function promotion(a: Analysis): Promotion {
  let p = cache.get(a);
  if (p) return p;
  const cues: { word: string; effect: number }[] = [];
  const add = (word: string, effect: number) => cues.push({ word, effect });
  const tokens = a.tokens;
  let emoji = 0;
  let priced = false;
  let health = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "the stuff the NHS won't tell you about": a sales hook set against the NHS, not an NHS notice
    if (t.norm === "nhs" && SILENCED.has(next?.norm ?? "") && (tokens[i + 2]?.norm === "tell" || tokens[i + 2]?.norm === "want")) add("what the NHS won't tell you", 0.45);
    else if (PUBLIC_HEALTH.has(t.norm)) health = true;
    if (isEmoji(t)) emoji++;
    // a price in quotation marks ("'3 areas for £99' offers") is someone else's offer, quoted
    else if (CURRENCY.has(t.text) && next?.kind === "number" && next.start === t.end && !a.isQuoted({ start: t.start, end: next.end })) {
      add(t.text + next.text, 0.6);
      priced = true;
    }
    else if (BOOKING.has(t.norm) && !a.isNegated(t) && !signposted(a, t)) {
      const prev = tokens[i - 1]?.norm;
      const strong = (next && BOOKING_NEXT.has(next.norm)) || prev === "to" || prev === "dm" || t.sentenceStart;
      add(t.text, strong ? 0.55 : 0.3);
    } else if (t.norm === "our") {
      // "our clinic", "our fat-freezing treatment", "our hair transplant": a business and what it sells.
      // "our hair transplant", "our Botox", "our high-dose vitamin C infusions".
      const after = a.wordsAfter(t.end, 5);
      // a bundle sold may come further on: "our physio + spinal decompression combo"
      // (a medicine after a colon starts a new clause: "on our page: botulinum toxin is...")
      const clause = tokens[i + 1]?.text === ":" || tokens[i + 2]?.text === ":" ? after.slice(0, tokens[i + 1]?.text === ":" ? 0 : 1) : after.slice(0, 3);
      const noun = after.slice(0, 3).find((w) => OUR_BUSINESS.has(w.norm)) ?? after.find((w) => BUNDLES.has(w.norm)) ?? after.find((w) => OUR_BUSINESS.has(w.norm) && /s$/.test(w.norm)) ?? clause.find((w) => startsSpan(a, w.start));
      if (noun) add(`our ${noun.text}`, 0.45);
    }
    else if ((t.norm === "we" || t.norm === "now") && next && OFFER_VERBS.has(next.norm)) add(`${t.text} ${next.text}`, 0.4);
    else if (t.norm === "my" && next && MY_BUSINESS.has(next.norm)) add(`my ${next.text}`, 0.45);
    else if ((t.norm === "offer" || t.norm === "offers") && (OFFER_KIND.has(tokens[i - 1]?.norm ?? "") || next?.text === ":")) add(t.text, 0.5);
    else if (t.norm === "code" && next && CODE.test(next.text)) add(`code ${next.text}`, 0.6);
    else if (t.kind === "number" && next && DOSE_UNITS.has(next.norm)) {
      // "3 areas of Botox" is a price list; "20 units of insulin" is not, so only next to a cosmetic medicine.
      if (near(a, a.lexicon("prescription-only-medicines", "botulinum-toxin"), next.end, 3) || near(a, a.lexicon("cosmetic-procedures"), next.end, 3)) add(`${t.text} ${next.text}`, 0.45);
    }
    else if (t.norm === "walk" && next?.text === "-" && tokens[i + 2]?.norm === "ins") add("walk-ins", 0.45);
    // stock and price talk is shop talk: "back in stock", "DM for prices", "price list"
    else if ((t.norm === "price" || t.norm === "prices" || t.norm === "pricing") && !a.isNegated(t) && !NEWS_AROUND_PRICE.has(tokens[i - 1]?.norm ?? "")) add(t.text, 0.5);
    else if (t.norm === "stock" && (tokens[i - 1]?.norm === "in" || tokens[i - 1]?.norm === "of") && !a.isNegated(t)) add(`in ${t.text}`, 0.5);
    else if (t.norm === "restocked" || t.norm === "restock") add(t.text, 0.5);
    // "gift vouchers", "vouchers available": a shop selling its services as presents
    else if ((t.norm === "voucher" || t.norm === "vouchers") && (tokens[i - 1]?.norm === "gift" || next?.norm === "available")) add(`${tokens[i - 1]?.norm === "gift" ? "gift " : ""}${t.text}`, 0.45);
    // "<treatment> available", "slots available": something on offer
    else if (t.norm === "available" && !a.isNegated(t) && i > 0 && (startsSpanEndingAt(a, tokens[i - 1]!.end) || BOOKING.has(tokens[i - 1]!.norm))) add(`${tokens[i - 1]!.text} available`, 0.4);
    else if ((t.norm === "ask" || t.norm === "contact") && (next?.norm === "us" || next?.norm === "me") && (tokens[i + 2]?.norm === "how" || tokens[i + 2]?.norm === "about" || tokens[i + 2]?.norm === "for")) add(`${t.text} ${next.text} ${tokens[i + 2]!.text}`, 0.45);
    // "Get Wegovy prescribed online", "Get your Botox done": an imperative that sells the thing itself.
    else if ((t.norm === "get" || t.norm === "try" || t.norm === "order" || t.norm === "buy") && t.sentenceStart && a.wordsAfter(t.end, 2).some((w) => startsSpan(a, w.start))) add(`${t.text} ${next?.text ?? ""}`, 0.45);
    // "message now!", "DM today", "inbox us now": a call to act at once
    else if (ACT_NOW_VERBS.has(t.norm) && (next?.norm === "now" || next?.norm === "today") && next.sentence === t.sentence && !a.isNegated(t)) add(`${t.text} ${next.text}`, 0.5);
    // "thank you @CollaGlow" after a product: credit to a brand's handle is brand copy
    else if ((t.norm === "thank" && next?.norm === "you" && tokens[i + 2]?.kind === "mention") || ((t.norm === "thanks" || t.norm === "cheers") && next?.kind === "mention")) {
      if (a.hasAnyWord(BRANDED_GOODS)) add(`${t.text} ${next!.text}`, 0.35);
    }
    else if (t.norm === "get" && (next?.norm === "yours" || (next?.norm === "your" && tokens[i + 2]?.norm === "first") || (next?.norm === "you" && tokens[i + 2]?.norm === "started"))) add(`${t.text} ${next.text}`, 0.45);
    // "first month free", "first consultation FREE": an introductory offer
    else if (t.norm === "free" && i >= 2 && tokens[i - 2]!.norm === "first" && tokens[i - 2]!.sentence === t.sentence && INTRO_UNIT.has(tokens[i - 1]!.norm)) add(`first ${tokens[i - 1]!.text} free`, 0.5);
    else if (t.norm === "free" && next && (startsSpan(a, next.start) || next.norm === "glass" || next.norm === "gift" || next.norm === "upgrade")) add(`free ${next.text}`, 0.4);
  }
  // "Download today!", "download now": an app's call to action (not "download the NHS App", which has no urgency)
  if (a.words.has("download")) for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i]!.norm === "download" && (tokens[i + 1]!.norm === "today" || tokens[i + 1]!.norm === "now") && !a.isNegated(tokens[i]!)) { add(`${tokens[i]!.text} ${tokens[i + 1]!.text}`, 0.5); break; }
  // "I formulated NeuroBoost", "we developed the SleepRight app": the author's own product, named by its
  // brand, is what the post sells
  if (a.hasAnyWord(CREATED_LIST)) {
    const names = brandShapes(a);
    for (let i = 0; i + 1 < tokens.length && names.length > 0; i++) {
      if (!CREATED.has(tokens[i]!.norm) || !MAKER_SELF.has(a.wordsBefore(tokens[i]!.start, 1)[0]?.norm ?? "")) continue;
      const limit = a.wordsAfter(tokens[i]!.end, 3).at(-1)?.end ?? tokens[i]!.end;
      if (names.some((n) => n.start > tokens[i]!.start && n.start < limit && n.data?.kind !== "product referent")) { add("the author's own product", 0.5); break; }
    }
  }
  if (emoji >= 3) add(`${emoji} emoji`, Math.min(0.35, 0.1 * emoji));
  // a shop's affiliate short link ("amzn.to/3xYz"): a sale is one tap away
  if (a.text.includes(".to/") || a.text.includes(".me/") || a.text.includes(".us/") || a.text.includes(".it/") || a.text.includes(".app/")) {
    AFFILIATE_LINK.lastIndex = 0;
    const m = AFFILIATE_LINK.exec(a.text);
    if (m) add("an affiliate link", 0.5);
  }
  for (const s of a.lexicon("sponsorship", "commercial-cue")) if (!a.isNegated(s) && !othersCue(a, s)) add(s.text, 0.5 * s.confidence);
  for (const s of a.lexicon("advertising-claims", "pressure")) if (!a.isNegated(s)) add(s.text, 0.8 * s.confidence);
  for (const s of a.lexicon("remote-prescribing", "channel")) add(s.text, 0.6 * s.confidence);
  // (a setting word in quotation marks is mentioned, not used: "euphemisms like \"tweakments\"")
  for (const s of a.lexicon("cosmetic-procedures", "context")) if (!a.isQuoted(s)) add(s.text, 0.5 * s.confidence);
  const bio = bioSignal(a.context.profile?.bio);
  if (bio > 0) add("profile bio", 0.5 * bio);
  let cosmeticMiss = 1 - bio;
  for (const s of a.lexicon("cosmetic-procedures")) cosmeticMiss *= 1 - s.confidence;
  for (const s of a.lexicon("prescription-only-medicines", "botulinum-toxin")) cosmeticMiss *= 1 - s.confidence;
  const cosmetic = 1 - cosmeticMiss;
  p = { score: combine(...cues.map((c) => c.effect)), cosmetic, publicHealth: health && !priced && cosmetic < 0.5, cues };
  cache.set(a, p);
  return p;
}

/** The sentence around `span` warns about, teaches or reports on the thing rather than selling it. */
export function cautionary(a: Analysis, span: { start: number }): number {
  const bySentence = a.memo("cautionary-by-sentence", () => new Map<number, number>());
  const sentence = a.sentenceOf(span.start);
  let own = bySentence.get(sentence);
  if (own === undefined) bySentence.set(sentence, (own = sentenceCaution(a, span)));
  return Math.max(own, teaching(a), 0.6 * postCaution(a));
}

/** The warning, teaching or news words of one sentence (computed once per sentence). */
function sentenceCaution(a: Analysis, span: { start: number }): number {
  let v = 0;
  const words = a.sentenceTokens(span.start);
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    // "thread veins" and "thread lift" are cosmetic treatments, not a teaching thread.
    if (t.norm === "thread" && COSMETIC_THREAD.has(words[i + 1]?.norm ?? "")) continue;
    if (CAUTION.has(t.norm)) v = Math.max(v, 0.8);
    else if (NEWS.has(t.norm)) v = Math.max(v, 0.6);
    // "we don't advertise them", "can't be advertised": the advertising rules kept, not broken
    else if (t.norm.startsWith("advertis") && words.slice(Math.max(0, i - 3), i).some((w) => NEGATORS.has(w.norm))) v = Math.max(v, 0.8);
    // "is prescription-only", "has legitimate medical uses": the medicine's status and indications
    else if ((t.norm === "prescription" && (COPULA.has(words[i - 1]?.norm ?? "") || (ARTICLE.has(words[i - 1]?.norm ?? "") && COPULA.has(words[i - 2]?.norm ?? ""))) && (words[i + 1]?.norm === "only" || (words[i + 1]?.text === "-" && words[i + 2]?.norm === "only"))) || (t.norm === "medical" && (words[i + 1]?.norm === "uses" || words[i + 1]?.norm === "use") && words[i - 1]?.norm !== "for")) v = Math.max(v, 0.6);
    else if (SUPPLY_NEWS.has(t.norm)) v = Math.max(v, 0.3);
  }
  return v;
}

/** A Map, not an object: arbitrary words ("constructor") must not find inherited properties. */
const CAUTION_PHRASE_NEXT = new Map(Object.entries({ red: "flag", "side": "effects" }));
const postCautionCache = new PostCache<number>();
/**
 * The post as a whole warns: two or more sentences carry a warning word ("fake", "dangerous",
 * "red flag", "side effects"). A medicine named in a neighbouring sentence of such a post is being
 * discussed, not sold. 0 or 1.
 */
function postCaution(a: Analysis): number {
  let v = postCautionCache.get(a);
  if (v === undefined) {
    const sentences = new Set<number>();
    const tokens = a.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // (a word with no phrase must not match the missing token after the last one)
      const next = CAUTION_PHRASE_NEXT.get(t.norm);
      if (CAUTION.has(t.norm) || (next !== undefined && next === tokens[i + 1]?.norm)) sentences.add(t.sentence);
    }
    v = sentences.size >= 2 ? 1 : 0;
    postCautionCache.set(a, v);
  }
  return v;
}

const teachingCache = new PostCache<number>();
/** a.teaching, without the "thread" of "thread veins" / "thread lift" (the context-cues list matches it as a teaching thread). */
function teaching(a: Analysis): number {
  let v = teachingCache.get(a);
  if (v === undefined) {
    let miss = 1;
    for (const s of a.lexicon("context-cues", "teaching-cue")) {
      if (a.isNegated(s)) continue;
      if (s.text.toLowerCase() === "thread" && COSMETIC_THREAD.has(a.wordsAfter(s.end, 1)[0]?.norm ?? "")) continue;
      miss *= 1 - s.confidence;
    }
    v = 1 - miss;
    teachingCache.set(a, v);
  }
  return v;
}
