import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import { combine, severityFor } from "../shared";
import type { Span } from "../../types";
import { patternClaims, patternShapes } from "./claim-patterns";
import { cautionary, promotion } from "./promotion";
import { supplyCues } from "../prescribing/supply";

/** Claims an NHS invitation also makes ("completely safe", "book now", "pop in", "prevents"): only these are excused in public-health posts. */
const GUARANTEE_WORD = /guarantee/i;
const PUBLIC_HEALTH_TALK = new Set(["guarantee", "pressure", "trivialising", "cure", "comparative"]);

/** Words of a charity sale or fundraiser. */
const CHARITY = new Set(["proceeds", "charity", "charities", "hospice", "fundraising", "fundraiser", "donate", "donation", "donations", "raffle", "jumble", "tombola", "sponsored"]);

/** Misleading claims about a non-cosmetic service sit just below the seriousness table's top row. */
const NON_COSMETIC = SERIOUSNESS.misleadingCosmetic - 8;

const KIND: Record<string, string> = {
  guarantee: "a guarantee or absolute safety claim",
  superlative: "a superlative that cannot be checked",
  cure: "a health claim that needs evidence",
  pressure: "pressure selling",
  insecurity: "an appeal to insecurity about appearance",
  trivialising: "a claim that trivialises a procedure",
  comparison: "a comparison that denigrates another provider",
  comparative: "a comparison that cannot be checked",
};

const EMPTY: Span[] = [];
const SELLING = ["book", "dm", "enquire", "order", "offer", "sale", "finance", "consultation", "consult", "prices", "price", "appointments", "deal", "discount", "voucher", "slots"];
/** Cheap signs that a post may be selling, so that claim shapes are worth reading. */
function sells(a: Parameters<typeof promotion>[0]): boolean {
  const text = a.text;
  if (text.includes("\u00a3") || text.includes("%") || text.includes("$") || text.includes("\u20ac")) return true;
  if (a.lexicon("cosmetic-procedures").length > 0 || a.lexicon("prescription-only-medicines").length > 0) return true;
  const words = a.words;
  for (const w of SELLING) if (words.has(w)) return true;
  return false;
}

/** Two lists of built claims in text order, without overlaps (the earlier, then longer, wins). */
function mergeBuilt(x: Span[], y: Span[]): Span[] {
  const all = [...x, ...y].sort((p, q) => p.start - q.start || q.end - p.end);
  const out: Span[] = [];
  let end = -1;
  for (const s of all) if (s.start >= end) { out.push(s); end = s.end; }
  return out;
}

/** Listed claims and claims built from parts, without overlaps (a listed claim wins). */
function allClaims(a: Parameters<typeof promotion>[0]): Span[] {
  const listed = a.lexicon("advertising-claims");
  // Where a built claim and a listed one overlap, the stronger reading wins ("cures" < "cures brain fog").
  // Both lists are in text order and do not overlap within themselves, so one sweep pairs the overlaps.
  const patterned = patternClaims(a);
  // the shapes of ./claim-shapes.ts count only in posts with a sign of selling (a price, a
  // percentage, a listed claim or procedure, a booking word): a claim is reported only in an advert
  const found = patternShapes(a);
  const shaped = found.length > 0 && (listed.length > 0 || patterned.length > 0 || sells(a)) ? found : EMPTY;
  if (listed.length === 0 && patterned.length === 0 && shaped.length === 0) return EMPTY;
  const built = shaped.length === 0 ? patterned : mergeBuilt(patterned, shaped);
  const byStart = (x: Span, y: Span) => x.start - y.start || x.end - y.end;
  const sortedListed = [...listed].sort(byStart);
  const dropListed = new Set<Span>();
  const dropBuilt = new Set<Span>();
  let j = 0;
  for (const p of built) {
    while (j < sortedListed.length && sortedListed[j]!.end <= p.start) j++;
    for (let k = j; k < sortedListed.length && sortedListed[k]!.start < p.end; k++) {
      const l = sortedListed[k]!;
      if (p.confidence > l.confidence) dropListed.add(l);
      else dropBuilt.add(p);
    }
  }
  return [...sortedListed.filter((l) => !dropListed.has(l)), ...built.filter((p) => !dropBuilt.has(p))].sort(byStart);
}

/** Punctuation that closes the clause a claim sits in before any question mark ("safe for everyone 💯 why wait?"). */
const CLAUSE_END = new Set([",", ";", ":", "\u2014", "\u2013", "!", "."]);

/** The claim's own clause ends in a question mark ("No risk of pregnancy with the coil?"), not a later rhetorical one. */
function questioned(a: Parameters<typeof promotion>[0], span: Span): boolean {
  const sentence = a.sentenceOf(span.start);
  // bounded: a clause longer than 40 tokens is not a short question about the claim
  for (let k = a.tokenIndexAt(span.end), n = 0; k < a.tokens.length && n < 40; k++, n++) {
    const t = a.tokens[k]!;
    if (t.sentence !== sentence) return t.text === "?";
    if (t.text === "?") return true;
    if (t.kind === "punct" && (CLAUSE_END.has(t.text) || (t.text.codePointAt(0) ?? 0) >= 0x2600)) return false;
  }
  return false;
}

/** Verbs by which a post points back at words it quoted: "if a clinic says this", "anyone who promises that". */
const SAYS = new Set(["says", "say", "said", "claims", "claim", "promises", "promise", "tells", "offers", "writes", "posts"]);
function pointedAt(a: Parameters<typeof promotion>[0]): boolean {
  return a.memo("claims-pointed-at", () => {
    const t = a.tokens;
    // (a condition or a relative before it: "if a clinic says this", "anyone who promises that"; "our
    // clients say this every week" is a testimonial)
    for (let i = 0; i + 1 < t.length; i++) if (SAYS.has(t[i]!.norm) && (t[i + 1]!.norm === "this" || t[i + 1]!.norm === "that" || t[i + 1]!.norm === "these") && a.wordsBefore(t[i]!.start, 4).some((w) => w.norm === "if" || w.norm === "when" || w.norm === "who" || w.norm === "whoever")) return true;
    return false;
  });
}

/** Scarcity after "with"/"despite"/"given" and not followed by what is left ("left", "available"). */
const AMID = new Set(["with", "despite", "given", "under", "amid"]);
const LEFT = new Set(["left", "remaining", "available", "only", "so", "book", "grab"]);
function circumstance(a: Parameters<typeof promotion>[0], span: Span): boolean {
  if (!/^limited\b/i.test(span.text)) return false;
  const before = a.wordsBefore(span.start, 1)[0];
  if (!before || !AMID.has(before.norm)) return false;
  return !a.wordsAfter(span.end, 2).some((w) => LEFT.has(w.norm));
}

/** Price superlatives ("the cheapest"). */
const CHEAP = new Set(["cheapest", "least expensive", "lowest price", "lowest priced"]);
/** Verbs of choosing that tell the reader what to pick ("buy the cheapest", "go for the cheapest"). */
const CHOOSE = new Set(["buy", "choose", "pick", "get", "go", "opt", "grab"]);
/** "buy the cheapest", "go for the cheapest": a choose verb within three words before, opening its clause. */
function advisedChoice(a: Parameters<typeof promotion>[0], span: Span): boolean {
  const before = a.wordsBefore(span.start, 4);
  const verb = before.slice(0, 3).findIndex((w) => CHOOSE.has(w.norm));
  if (verb < 0 || !before.slice(0, verb).every((w) => w.norm === "the" || w.norm === "for")) return false;
  // imperative: the verb opens its sentence or follows "just"/"so"/"and"
  const lead = before[verb + 1];
  if (lead && lead.norm !== "just" && lead.norm !== "so" && lead.norm !== "and" && lead.norm !== "then") return false;
  // whatever fits the reader ("the cheapest one that fits your arm", "the cheapest that works"), in a
  // sentence that does not speak for the seller ("the cheapest lip filler in town at our studio")
  if (!a.wordsAfter(span.end, 3).some((w) => FITS.has(w.norm))) return false;
  return !a.sentenceTokens(span.start).some((w) => SELLER.has(w.norm));
}
const FITS = new Set(["one", "ones", "option", "options", "that", "which", "you"]);
const SELLER = new Set(["our", "we", "us", "we're", "we've", "my"]);

export default defineRule({
  meta: {
    id: "advertising/misleading-claims",
    severity: "error",
    citations: ["gmp:70", "cap:12.1", "seed-003:seriousness"],
    seriousness: SERIOUSNESS.misleadingCosmetic,
    docs: {
      summary: "Guarantees, superlatives, cures, \"no risk\", pressure selling and appeals to insecurity in posts that advertise a service",
      why: "Good medical practice 70: when you advertise your services, what you publish must be factual and checkable and must not exploit patients' vulnerability or lack of medical knowledge. The GMC's cosmetic guidance adds that marketing must not claim a procedure is risk free, imply guaranteed results or use time-limited offers that rush a decision, and CAP rule 12.1 asks for evidence behind every health claim. Misleading information about cosmetic services is the top row of the GMC adviser's seriousness table.",
      fix: "State what the treatment involves, its usual results and its risks, and who gives it. Drop guarantees, \"best\"/\"number one\", countdowns and offers, and anything that plays on how people feel about their appearance. Promote a consultation, not a result.",
      examples: {
        flagged: [
          "✨ Lip filler flash sale ✨ Guaranteed results, zero downtime! Only 3 slots left, DM to book 💋 £99",
          "Our IV drips boost your immune system and flush out toxins. Book now at our clinic, £150 per session.",
        ],
        passes: [
          "Vaccines are safe and effective. Please book your flu jab if you're eligible.",
          "No treatment is risk-free: before any cosmetic procedure ask who is doing it and what could go wrong.",
        ],
      },
    },
    messages: {
      claim: "\"{{term}}\" is {{kind}} in what reads as an advert for a {{service}} service.",
      claimMaybe: "\"{{term}}\" may be {{kind}}, if this post advertises a {{service}} service.",
    },
  },
  check({ analysis: a, report }) {
    const claims = allClaims(a).filter((c) => a.isAsserted(c));
    if (claims.length === 0) return;
    const promo0 = promotion(a);
    // "Fill in our form and get Wegovy delivered in 48h, no video call needed": a prescription-only
    // medicine offered for supply is itself an advert, whatever promotion's own cues found
    const supplied = a.lexicon("prescription-only-medicines").some((p) => p.confidence >= 0.5 && a.isAsserted(p)) && [...a.lexicon("remote-prescribing", "offer", "no-consultation"), ...supplyCues(a)].some((c) => a.isAsserted(c));
    const promo1 = supplied ? { ...promo0, score: combine(promo0.score, 0.5), cues: [...promo0.cues, { word: "a medicine offered for supply", effect: 0.5 }] } : promo0;
    // Pressure built from parts ("places close tonight", "discount for the first 10") is promotion in
    // itself, as listed pressure phrases already are in ./promotion.ts (at the same weight)
    // (for the other claims only: a built pressure claim is not evidence for itself)
    const builtPressure = claims.filter((c) => c.detector === "claim-pattern" && c.data?.category === "pressure" && !a.isNegated(c)).slice(0, 4).map((c) => ({ word: c.text, effect: 0.8 * c.confidence, span: c }));
    const promo = builtPressure.length === 0 ? promo1 : { ...promo1, cues: [...promo1.cues, ...builtPressure.map((c) => ({ word: c.word, effect: c.effect }))] };
    const scoreFor = (span: Span) => builtPressure.length === 0 ? promo1.score : combine(promo1.score, ...builtPressure.filter((c) => c.span !== span).map((c) => c.effect));
    const cosmetic = promo.cosmetic >= 0.5;
    // Noisy-or totals, so that "all the others" is a division rather than a second loop (linear in claims).
    let claimMiss = 1;
    for (const c of claims) claimMiss *= 1 - 0.5 * c.confidence;
    let cueMiss = 1;
    const cueMissByWord = new Map<string, number>();
    for (const c of promo.cues) {
      cueMiss *= 1 - Math.min(0.99, c.effect);
      cueMissByWord.set(c.word, (cueMissByWord.get(c.word) ?? 1) * (1 - Math.min(0.99, c.effect)));
    }
    // a charity sale or fundraiser ("hospice shop sale ends Sunday, all proceeds to patient care") is
    // not a health service being sold: its pressure and superlatives are not GMP 70's concern
    const charity = !cosmetic && a.sentencesWith("charity", (t) => CHARITY.has(t.norm)).size > 0;
    for (const span of claims) {
      const category = String(span.data?.category ?? "guarantee");
      // (public-health talk busts myths; an outcome it "guarantees" is still a promise no jab or test can keep:
      // "get your jab and you won't get flu, guaranteed")
      if (promo.publicHealth && PUBLIC_HEALTH_TALK.has(category) && !(category === "guarantee" && GUARANTEE_WORD.test(span.text))) continue;
      if (charity && (category === "pressure" || category === "superlative")) continue;
      // "a hard job with limited appointments": scarcity as someone's working conditions, not a
      // countdown ("with limited appointments left" still sells)
      if (category === "pressure" && circumstance(a, span)) continue;
      // "Buy the cheapest one that fits your arm": advice to the reader to spend less, not a claim
      if (category === "superlative" && CHEAP.has(span.text.toLowerCase()) && advisedChoice(a, span)) continue;
      // A question about a guarantee ("No risk of pregnancy with the coil?") or a quoted claim is being examined, not made.
      // "'100% safe, results guaranteed!' — if a clinic ad says this, walk away": a quoted claim the
      // post then points at ("says this", "promises that") is held up as an example, not made
      if (a.isQuoted(span) && pointedAt(a)) continue;
      const examined = a.isQuoted(span) || (category === "guarantee" && questioned(a, span));
      const damp = (1 - 0.7 * cautionary(a, span)) * (examined ? 0.5 : 1);
      // Claims are stronger evidence of an advert when the post is cosmetic (appearance claims are what
      // the cosmetic guidance forbids); pressure phrases are themselves promotion, so they count twice.
      const boost = cosmetic ? 0.2 : 0;
      // Ad copy piles claims up: the post's other claims are evidence of an advert too, as are its
      // promotion cues. Neither this claim's own pressure cue nor overlapping claims count.
      const otherClaims = 1 - claimMiss / (1 - 0.5 * span.confidence);
      const others = 1 - (cueMiss / (cueMissByWord.get(span.text) ?? 1)) * (1 - otherClaims);
      if (others < 0.3) continue;
      const score = combine(scoreFor(span), otherClaims);
      const confidence = combine(span.confidence * Math.min(1, 0.35 + score), boost * span.confidence) * damp;
      if (confidence < 0.35) continue;
      report({
        messageId: confidence >= 0.55 ? "claim" : "claimMaybe",
        range: [span.start, span.end],
        data: { term: span.text, kind: KIND[category] ?? "a misleading claim", service: cosmetic ? "cosmetic" : "health" },
        severity: severityFor(confidence, "error", 0.55, 0.4),
        confidence,
        seriousness: cosmetic ? SERIOUSNESS.misleadingCosmetic : NON_COSMETIC,
        explanation: {
          detectors: [span.detector === "claim-pattern" ? "claim-pattern" : "lexicon:advertising-claims", "promotion"],
          context: [...promo.cues.slice(0, 8), { word: "cosmetic", effect: promo.cosmetic }],
          notes: [`category: ${category}`, `source: ${span.data?.source}`],
        },
      });
    }
  },
});
