// Does the post sell something? The advertising rules (misleading claims, prescription-only
// medicines) and prescribing/remote only object to claims and medicine names in promotional copy,
// so they share one reading of a post's promotion signals: prices, booking calls, offers, "our
// clinic", a DM call to action, cosmetic setting words, emoji-laden ad copy, a clinic in the
// profile bio. Counter-signals (teaching, news, safety warnings) are reported separately.
import type { Analysis } from "../../analysis";
import { sharedMatcher } from "../../lexicon";
import { tokenize, type Token } from "../../text/tokenize";
import { combine } from "../shared";

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

const PUBLIC_HEALTH = new Set(["flu", "vaccine", "vaccines", "vaccination", "vaccinations", "vaccinated", "immunisation", "immunisations", "booster", "boosters", "screening", "smear", "nhs", "eligible", "mmr", "covid"]);
const CURRENCY = new Set(["£", "$", "€"]);
const BOOKING = new Set(["book", "booking", "bookings", "appointments", "slots", "order", "walk-ins", "walk-in", "walkins", "enquire"]);
const BOOKING_NEXT = new Set(["now", "in", "your", "today", "online", "via", "through", "yours"]);
const OUR_BUSINESS = new Set(["clinic", "clinics", "salon", "aesthetics", "studio", "practice", "treatment", "treatments", "surgeon", "surgeons", "protocol", "programme", "program", "service", "services", "injections", "drips", "therapy", "therapies", "pharmacy", "products", "packages", "prices"]);
const OFFER_VERBS = new Set(["offer", "offering", "offers", "available", "providing", "stock", "stocking"]);
/** Words that make a medicine mention a warning, teaching or news rather than an advert. */
const CAUTION = new Set(["beware", "fake", "counterfeit", "scam", "scams", "warning", "warn", "warns", "dangerous", "illegal", "illegally", "unlicensed", "unregulated", "fraud", "report", "reported", "banned", "bans", "crackdown"]);
const NEWS = new Set(["nice", "guidance", "guideline", "guidelines", "study", "trial", "trials", "evidence", "mhra", "asa", "bnf", "paper", "thread", "research", "shortage", "shortages", "data", "journal", "nejm", "lancet", "bmj", "meta-analysis", "review", "policy", "regulation", "regulator", "cqc", "gmc", "nmc"]);

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

const cache = new WeakMap<Analysis, Promotion>();

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
    if (PUBLIC_HEALTH.has(t.norm)) health = true;
    if (isEmoji(t)) emoji++;
    else if (CURRENCY.has(t.text) && next?.kind === "number" && next.start === t.end) {
      add(t.text + next.text, 0.6);
      priced = true;
    }
    else if (BOOKING.has(t.norm) && !a.isNegated(t)) {
      const prev = tokens[i - 1]?.norm;
      const strong = (next && BOOKING_NEXT.has(next.norm)) || prev === "to" || prev === "dm" || t.sentenceStart;
      add(t.text, strong ? 0.55 : 0.3);
    } else if (t.norm === "our") {
      // "our clinic", "our fat-freezing treatment", "our hair transplant": a business and what it sells.
      const noun = a.wordsAfter(t.end, 3).find((w) => OUR_BUSINESS.has(w.norm));
      if (noun) add(`our ${noun.text}`, 0.45);
    }
    else if ((t.norm === "we" || t.norm === "now") && next && OFFER_VERBS.has(next.norm)) add(`${t.text} ${next.text}`, 0.4);
  }
  if (emoji >= 3) add(`${emoji} emoji`, Math.min(0.35, 0.1 * emoji));
  for (const s of a.lexicon("sponsorship", "commercial-cue")) if (!a.isNegated(s)) add(s.text, 0.5 * s.confidence);
  for (const s of a.lexicon("advertising-claims", "pressure")) if (!a.isNegated(s)) add(s.text, 0.8 * s.confidence);
  for (const s of a.lexicon("remote-prescribing", "channel")) add(s.text, 0.6 * s.confidence);
  for (const s of a.lexicon("cosmetic-procedures", "context")) add(s.text, 0.5 * s.confidence);
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
  let v = 0;
  for (const t of a.sentenceTokens(span.start)) {
    if (CAUTION.has(t.norm)) v = Math.max(v, 0.8);
    else if (NEWS.has(t.norm)) v = Math.max(v, 0.6);
  }
  return Math.max(v, a.teaching);
}
