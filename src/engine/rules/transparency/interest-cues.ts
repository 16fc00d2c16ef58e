// Commercial cues and endorsements built from parts, for transparency/conflict-of-interest. The
// sponsorship lexicon lists set phrases ("kindly sent me", "use my code"); an undeclared interest is
// more often implied by the shape of a sentence:
// - gratitude for a gift or hospitality: "thank you SO much @Brand for sending it over", "thanks
//   @Company for the goodie bag";
// - paid travel with a company (or a pronoun for it) as the subject: "They flew the whole team out";
// - hospitality or a speaking slot at a named company's event: "speaking at the X symposium ...
//   amazing dinner and hotel";
// - a personalised link: a bare domain whose path is the author's own slug ("site.co/drname");
// - endorsements: "the best <product>", "one of the most important ... drugs", "every GP should be
//   using X", "I recommend to my patients".
// Each returns spans in text order; the rule still needs a named company or brand.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { sentencesOf, startsAt } from "../advertising/span-index";

export interface BuiltCue { span: { start: number; end: number; text: string }; strength: number; source: string }

const THANKS = new Set(["thanks", "thank", "grateful", "cheers", "shoutout", "shout-out"]);
/** What one thanks a company for when it is a gift or hospitality. */
const GIFT = new Set(["sending", "gifting", "gift", "gifts", "hamper", "hampers", "goodie", "goody", "swag", "dinner", "trip", "flights", "hotel", "hospitality", "samples", "sample", "treating", "hosting", "sponsoring", "freebies", "box", "package", "parcel", "voucher", "vouchers", "spoiling", "care"]);
/** Travel paid for by someone else: "flew the team out", "put us up in", "paid for our flights". */
const TRAVEL = new Set(["flew", "flown", "flying", "jetted"]);
const TRAVELLERS = new Set(["me", "us", "team", "whole", "our", "my", "everyone"]);
/** Hospitality that, next to a named company, is an interest to declare. */
const HOSPITALITY = new Set(["dinner", "hotel", "flights", "meal", "champagne", "spa", "resort", "banquet", "lunch", "wine"]);
const SPEAKING = new Set(["speaking", "spoke", "speak", "talk", "presenting", "presented", "chairing", "chaired"]);
const EVENT = new Set(["symposium", "symposia", "meeting", "event", "launch", "dinner", "satellite", "conference", "roadshow", "masterclass"]);
/** Nouns for products a doctor might endorse ("the best probiotic", "one of the most important drugs"). */
const ENDORSED = new Set(["probiotic", "probiotics", "supplement", "supplements", "app", "apps", "drug", "drugs", "medicine", "medicines", "cream", "serum", "sunscreen", "spf", "moisturiser", "moisturizer", "device", "monitor", "stethoscope", "brand", "product", "products", "tool", "tools", "laser", "filler", "fillers", "vitamin", "vitamins", "inhaler", "scrubs", "shoes", "software", "platform"]);
const RANK = new Set(["best", "greatest", "finest", "most", "only"]);
const SHOULD = new Set(["should", "must", "needs", "need"]);
const USE = new Set(["using", "use", "try", "trying", "get", "switch", "prescribing", "recommending", "be"]);
/** A bare link whose path is a personal slug ("brand.co/drpatel", "site.com/dr-amy"): a referral link. */
const PERSONAL_LINK = /(?<![\w.@/])[a-z0-9-]{2,40}\.(?:co|com|io|app|ai|health|uk|co\.uk|shop|store)\/(?:dr|doc|doctor)[-_]?[a-z0-9_-]{2,30}/gi;

const cueCache = new WeakMap<Analysis, BuiltCue[]>();
const endorseCache = new WeakMap<Analysis, Span[]>();

function text(a: Analysis, from: Token, to: Token): { start: number; end: number; text: string } {
  return { start: from.start, end: to.end, text: a.text.slice(from.start, to.end) };
}

/** Commercial cues built from sentence shapes; linear in tokens (bounded look-ahead). */
export function builtCues(a: Analysis): BuiltCue[] {
  let out = cueCache.get(a);
  if (out) return out;
  out = [];
  const tokens = a.tokens;
  const companies = a.lexicon("companies");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    // "thank you SO much @X for sending it over", "thanks @X for the goodie bag"
    if (THANKS.has(t.norm) && !a.isNegated(t)) {
      const after = a.wordsAfter(t.end, 8);
      const forAt = after.findIndex((w) => w.norm === "for");
      if (forAt >= 0) {
        const gift = after.slice(forAt + 1, forAt + 5).find((w) => GIFT.has(w.norm));
        if (gift) { out.push({ span: text(a, t, gift), strength: 0.6, source: "gratitude for a gift" }); i = tokens.indexOf(gift, i); }
      }
      continue;
    }
    // "They flew the whole team out to Milan", "flew us to Lisbon"
    if (TRAVEL.has(t.norm) && !a.isNegated(t)) {
      const after = a.wordsAfter(t.end, 3);
      if (after.some((w) => TRAVELLERS.has(w.norm))) {
        const subject = a.wordsBefore(t.start, 2);
        // the author flying themselves ("I flew to Rome") is a holiday, not a gift
        if (!subject.some((w) => w.norm === "i" || w.norm === "we")) out.push({ span: text(a, t, after[after.length - 1]!), strength: 0.6, source: "paid travel" });
      }
      continue;
    }
    // "speaking at the Novartis symposium"
    if (SPEAKING.has(t.norm)) {
      const after = a.wordsAfter(t.end, 5);
      if (after[0]?.norm === "at" || after[0]?.norm === "for") {
        const event = after.find((w) => EVENT.has(w.norm));
        const companyAt = startsAt(companies);
        const company = event !== undefined && after.some((w) => w.start < event.start && companyAt.has(w.start));
        if (event && company) out.push({ span: text(a, t, event), strength: 0.5, source: "speaking at a company's event" });
      }
      continue;
    }
    // "amazing dinner and hotel" in a sentence naming a company
    if (HOSPITALITY.has(t.norm) && sentencesOf(a, "companies", companies).has(t.sentence) && !a.isNegated(t)) {
      out.push({ span: text(a, t, t), strength: 0.45, source: "hospitality with a company" });
    }
  }
  PERSONAL_LINK.lastIndex = 0;
  for (let m = PERSONAL_LINK.exec(a.text); m; m = PERSONAL_LINK.exec(a.text)) {
    out.push({ span: { start: m.index, end: m.index + m[0].length, text: "a personal referral link" }, strength: 0.75, source: "personal link" });
  }
  cueCache.set(a, out);
  return out;
}

/** Endorsements built from sentence shapes ("the best probiotic", "every GP should be using"). */
export function builtEndorsements(a: Analysis): Span[] {
  let out = endorseCache.get(a);
  if (out) return out;
  out = [];
  const tokens = a.tokens;
  const push = (from: Token, to: Token, confidence: number, source: string) =>
    out!.push({ type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "endorsement-pattern", data: { category: "endorsement", source } });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    // "the best probiotic", "one of the most important heart failure drugs"
    if (RANK.has(t.norm) && (tokens[i - 1]?.norm === "the" || tokens[i - 1]?.norm === "my")) {
      const after = a.wordsAfter(t.end, 5);
      const noun = after.find((w) => ENDORSED.has(w.norm));
      if (noun && !a.isNegated(t)) { push(tokens[i - 1]!, noun, 0.5, "superlative + product"); i = tokens.indexOf(noun, i); }
      continue;
    }
    // "every GP should be using X", "you need to try X"
    if (SHOULD.has(t.norm) && USE.has(tokens[i + 1]?.norm ?? "") && tokens[i + 1]!.sentence === t.sentence && !a.isNegated(t)) {
      const verb = tokens[i + 1]!.norm === "be" ? tokens[i + 2] : tokens[i + 1];
      if (verb && USE.has(verb.norm) && verb.norm !== "be" && verb.sentence === t.sentence) push(t, verb, 0.45, "should use");
      continue;
    }
    // "I recommend to my patients", "I recommend it to all my patients"
    if (t.norm === "recommend" && tokens[i - 1]?.norm === "i" && !a.isNegated(t)) {
      const after = a.wordsAfter(t.end, 5);
      const patients = after.find((w) => w.norm === "patients");
      if (patients) push(tokens[i - 1]!, patients, 0.45, "recommend to patients");
    }
  }
  endorseCache.set(a, out);
  return out;
}
