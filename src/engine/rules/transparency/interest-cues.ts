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
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { sentencesOf, startsAt } from "../advertising/span-index";
import { PRODUCT } from "./brands";

export interface BuiltCue { span: { start: number; end: number; text: string }; strength: number; source: string }

const THANKS = new Set(["thanks", "thank", "grateful", "cheers", "shoutout", "shout-out", "shout", "love"]);
/** What one thanks a company for when it is a gift or hospitality. */
const GIFT = new Set(["having", "inviting", "sending", "gifting", "gift", "gifts", "hamper", "hampers", "goodie", "goody", "swag", "dinner", "trip", "flights", "hotel", "hospitality", "samples", "sample", "treating", "hosting", "sponsoring", "freebies", "box", "package", "parcel", "voucher", "vouchers", "spoiling", "care",
  "weekend", "stay", "holiday", "experience", "retreat", "treatment", "session", "facial", "tickets", "ticket", "smartwatch", "watch", "lunch", "meal", "drinks", "spa", "flight", "upgrade", "place", "kit", "goodies", "haul", "bundle", "basket", "baskets"]);
/** Backing one thanks a company for: "thanks to the team at X for all their support". Weaker than a gift. */
const BACKING = new Set(["support", "sponsorship", "funding", "backing", "grant", "partnership"]);
/** Gifts named as things received from someone: "the gift basket from @X", "PR package from X". */
const GIFT_NOUNS = new Set(["gift", "gifts", "basket", "hamper", "hampers", "goodies", "goodie", "parcel", "package", "haul", "freebies", "samples", "pr"]);
/** Travel paid for by someone else: "flew the team out", "put us up in", "paid for our flights". */
const TRAVEL = new Set(["flew", "flown", "flying", "jetted"]);
const TRAVELLERS = new Set(["me", "us", "team", "whole", "our", "my", "everyone"]);
/** Hospitality that, next to a named company, is an interest to declare. */
const HOSPITALITY = new Set(["dinner", "hotel", "flights", "meal", "champagne", "spa", "resort", "banquet", "lunch", "wine"]);
const SPEAKING = new Set(["speaking", "spoke", "speak", "talk", "presenting", "presented", "chairing", "chaired"]);
const EVENT = new Set(["symposium", "symposia", "meeting", "event", "launch", "dinner", "satellite", "conference", "roadshow", "masterclass"]);
/** Nouns for products a doctor might endorse ("the best probiotic", "one of the most important drugs"). */
const ENDORSED = new Set(["implant", "implants", "gel", "wearable", "course", "courses", "bank", "resource", "subscription", "probiotic", "probiotics", "supplement", "supplements", "app", "apps", "drug", "drugs", "medicine", "medicines", "cream", "serum", "sunscreen", "spf", "moisturiser", "moisturizer", "device", "monitor", "stethoscope", "steth", "brand", "product", "products", "tool", "tools", "laser", "filler", "fillers", "vitamin", "vitamins", "inhaler", "scrubs", "shoes", "software", "platform"]);
const RANK = new Set(["best", "greatest", "finest", "most", "only", "fave", "favourite", "favorite"]);
const FAVE = new Set(["fave", "favourite", "favorite"]);
const SELLING_WORDS = ["link", "code", "checkout", "shop", "discount", "sale", "off", "buy", "order", "affiliate"];
const ADVERB = new Set(["honestly", "really", "definitely", "seriously", "absolutely", "all", "totally"]);
const SHOULD = new Set(["should", "must", "needs", "need"]);
const USE = new Set(["using", "use", "try", "trying", "get", "switch", "prescribing", "recommending", "be", "download", "downloading", "buy", "order", "install", "stock", "stocking"]);
/** People one thanks for a meal or a gift who are not a company ("thanks to the partners for dinner"). */
const PEOPLE = new Set(["partners", "partner", "boss", "manager", "managers", "consultant", "consultants", "colleagues", "seniors", "registrar", "reg", "mum", "dad", "husband", "wife", "family", "friends", "matron", "sister", "everyone", "team", "ward", "department"]);
/** Time away that a company may have paid for: "an incredible weekend in Marbella with the team at X". */
const LEISURE = new Set(["trip", "weekend", "evening", "week", "getaway", "retreat", "break", "days", "night"]);
/** A company's people: "the team at X", "the @X team", "the folks from X". */
const CREW = new Set(["team", "crew", "folks", "people", "guys", "gang"]);
const OWN_TEAM = new Set(["our", "my"]);
/** A company's own site: "the @X training centre", "X HQ". */
const SITE = new Set(["centre", "center", "hq", "headquarters", "campus", "factory", "academy"]);
/** What a clinician plans to do with a product after hospitality: "can't wait to start using it". */
const ADOPT = new Set(["use", "using", "start", "bring", "try", "show", "introduce", "offer", "offering", "stock", "prescribe", "prescribing", "roll", "share"]);
/** A bare link whose path is a personal slug ("brand.co/drpatel", "site.com/dr-amy"): a referral link. */
const PERSONAL_LINK = /(?<![\w.@/])[a-z0-9-]{2,40}\.(?:co|com|io|app|ai|health|uk|co\.uk|shop|store)\/(?:dr|doc|doctor)[-_]?[a-z0-9_-]{2,30}/gi;

const cueCache = new PostCache<BuiltCue[]>();
const endorseCache = new PostCache<Span[]>();

function text(a: Analysis, from: Token, to: Token): { start: number; end: number; text: string } {
  return { start: from.start, end: to.end, text: a.text.slice(from.start, to.end) };
}

/** The first word of each shape, so that each token costs one look-up. */
const FIRST = new Map<string, number>();
const THANKS_K = 1, TRAVEL_K = 2, SPEAKING_K = 3, HOSPITALITY_K = 4, RANK_K = 5, SHOULD_K = 6, RECOMMEND_K = 7, LEISURE_K = 8, WAIT_K = 9, REACH_K = 10, ROLE_K = 11;
/** Roles a company gives the people who promote it: "one of their 'clinical ambassadors'", "their affiliate". */
const PROMOTER = new Set(["ambassador", "ambassadors", "affiliate", "affiliates", "influencer", "influencers", "champion", "champions", "partner", "partners"]);
/** The company's: "their", "its", "the brand's". */
const THEIR = new Set(["their", "its"]);
/** The author as the holder: "I'm one of their ...", "I've become their ...", "now their ...". */
const HOLDER = new Set(["i'm", "im", "i", "i've", "ive", "became", "become", "now", "officially"]);
for (const w of PROMOTER) FIRST.set(w, ROLE_K);
const SWITCH_K = 12, LAUNCH_K = 13, DM_K = 14;
/** Private channels one is told to use for a code: "dm me for a code", "message me for the discount". */
for (const w of ["dm", "pm", "message", "msg", "inbox", "dms"]) FIRST.set(w, DM_K);
/** What is handed out privately when the author earns from it. */
const PRIVATE_OFFER = new Set(["code", "codes", "discount", "discounts", "referral"]);
FIRST.set("launch", LAUNCH_K);
const SENT_K = 15, MENTION_K = 16, EARN_K = 17;
FIRST.set("sent", SENT_K);
for (const w of ["mention", "quote"]) FIRST.set(w, MENTION_K);
for (const w of ["get", "earn", "make", "receive", "gets"]) FIRST.set(w, EARN_K);
/** Asking the reader to name the referrer: "tell them", "say", "mention". */
const REFER_VERBS = new Set(["tell", "say", "mention", "let", "quote"]);
/** A reward for the reader that marks a referral: "a free jar", "a freebie", "10% off". */
const REWARD = new Set(["free", "freebie", "freebies", "discount", "off", "gift", "bonus"]);
/** What the author gets from a sale: "a little back", "a small cut", "commission". */
const CUT = new Set(["cut", "commission", "kickback", "percentage"]);
const SMALL = new Set(["little", "bit", "something", "few", "%", "pennies", "quid"]);
const READER_BUYS = new Set(["buy", "buys", "order", "orders", "purchase", "sign", "subscribe", "shop", "book", "sale", "sales", "sell", "link", "code"]);
/** A company's launch: "the launch event for CardioTrack's new monitor", "launch party of @X". */
const LAUNCH_EVENT = new Set(["event", "party", "dinner", "night", "evening", "reception"]);
/** Moving everyone in one's care to a product: "switched the whole department to X", "moving all our patients onto X". */
const SWITCH = new Set(["switched", "switching", "switch", "moved", "moving", "changed", "changing"]);
/** Whom one moves over: patients, or the unit one runs. */
const CARED_FOR = new Set(["patients", "department", "ward", "practice", "unit", "team", "clinic", "surgery", "trust", "service", "theatres", "list"]);
for (const w of SWITCH) FIRST.set(w, SWITCH_K);
for (const w of LEISURE) FIRST.set(w, LEISURE_K);
FIRST.set("wait", WAIT_K);
FIRST.set("reaching", REACH_K);
for (const w of HOSPITALITY) FIRST.set(w, HOSPITALITY_K);
for (const w of SPEAKING) FIRST.set(w, SPEAKING_K);
for (const w of TRAVEL) FIRST.set(w, TRAVEL_K);
for (const w of RANK) FIRST.set(w, RANK_K);
for (const w of SHOULD) FIRST.set(w, SHOULD_K);
FIRST.set("recommend", RECOMMEND_K);
for (const w of THANKS) FIRST.set(w, THANKS_K);

function endorse(a: Analysis, ends: Span[], from: Token, to: Token, confidence: number, source: string): void {
  ends.push({ type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "endorsement-pattern", data: { category: "endorsement", source } });
}

/** One pass for both lists: commercial cues and endorsements built from sentence shapes. */
function scan(a: Analysis): void {
  if (cueCache.has(a)) return;
  const out: BuiltCue[] = [];
  const ends: Span[] = [];
  cueCache.set(a, out);
  endorseCache.set(a, ends);
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const kind = FIRST.get(t.norm);
    if (kind === undefined) continue;
    switch (kind) {
      case THANKS_K: {
        // "thank you SO much @X for sending it over", "thanks @X for the goodie bag"
        // a "for" within eight tokens first, before anything is allocated
        let hasFor = false;
        for (let k = i + 1; k < tokens.length && k <= i + 12 && tokens[k]!.sentence === t.sentence; k++) if (tokens[k]!.norm === "for") { hasFor = true; break; }
        // "... heal faster 🌟 thank you @CollaGlow": thanks to a brand's handle for the product just praised
        const to = t.norm === "thank" && tokens[i + 1]?.norm === "you" ? tokens[i + 2] : t.norm === "thanks" || t.norm === "cheers" ? tokens[i + 1] : undefined;
        if (!hasFor && to?.kind === "mention" && productBefore(tokens, i) && !a.isNegated(t)) { out.push({ span: text(a, t, to), strength: 0.5, source: "thanks to a brand for a product" }); break; }
        if (!hasFor || a.isNegated(t)) break;
        // "thanks to the lovely team at Lumora Aesthetics Academy for ..." puts "for" ten words on
        const after = a.wordsAfter(t.end, 14);
        const forAt = after.slice(0, 10).findIndex((w) => w.norm === "for");
        // "thanks to the partners for dinner": people thanked, with no company named among them
        if (forAt >= 0 && after.slice(0, forAt).some((w) => PEOPLE.has(w.norm)) && !namedBetween(tokens, i, tokens.indexOf(after[forAt]!, i))) break;
        if (forAt >= 0) {
          // "for the hamper", "for the new loupes": a gift, or a product received
          // ("thank you for sharing your experience", "for reading": thanks for what the reader did, not a gift)
          const first = after[forAt + 1]?.norm ?? "";
          if (first.endsWith("ing") && !GIFT.has(first)) break;
          const gift = after.slice(forAt + 1, forAt + 5).find((w, k) => (GIFT.has(w.norm) || PRODUCT.has(w.norm) || (w.norm === "new" && after[forAt + 1]?.norm === "the")) && after[forAt + k]?.norm !== "your");
          if (gift) { out.push({ span: text(a, t, gift), strength: 0.6, source: "gratitude for a gift" }); i = tokens.indexOf(gift, i); break; }
          // "huge thanks to the team at MediHeal for all their support": backing from a named company
          const backing = after.slice(forAt + 1, forAt + 5).find((w) => BACKING.has(w.norm));
          if (backing && namedBetween(tokens, i, tokens.indexOf(after[forAt]!, i))) { out.push({ span: text(a, t, backing), strength: 0.5, source: "gratitude for a company's support" }); i = tokens.indexOf(backing, i); }
        }
        break;
      }
      case TRAVEL_K: {
        // "They flew the whole team out to Milan", "flew us to Lisbon"
        if (a.isNegated(t)) break;
        // "flew a dozen of us out": the travellers may come four words on
        const after = a.wordsAfter(t.end, 4);
        if (after.some((w) => TRAVELLERS.has(w.norm))) {
          const subject = a.wordsBefore(t.start, 2);
          // the author flying themselves ("I flew to Rome") is a holiday, not a gift
          if (!subject.some((w) => w.norm === "i" || w.norm === "we")) out.push({ span: text(a, t, after[after.length - 1]!), strength: 0.6, source: "paid travel" });
        }
        break;
      }
      case SPEAKING_K: {
        // "speaking at the Novartis symposium"
        const after = a.wordsAfter(t.end, 5);
        if (after[0]?.norm === "at" || after[0]?.norm === "for") {
          const event = after.find((w) => EVENT.has(w.norm));
          const companyAt = startsAt(a.lexicon("companies"));
          const company = event !== undefined && after.some((w) => w.start < event.start && companyAt.has(w.start));
          if (event && company) out.push({ span: text(a, t, event), strength: 0.5, source: "speaking at a company's event" });
        }
        break;
      }
      case HOSPITALITY_K: {
        // "amazing dinner and hotel" in a sentence naming a company
        const companies = a.lexicon("companies");
        if (companies.length > 0 && sentencesOf(a, "companies", companies).has(t.sentence) && !a.isNegated(t)) out.push({ span: text(a, t, t), strength: 0.45, source: "hospitality with a company" });
        break;
      }
      case RANK_K: {
        // "the best probiotic", "one of the most important heart failure drugs"
        // also opening a sentence as a verdict: "Best rota app on the market."
        const opens = t.sentenceStart && t.norm === "best";
        // "my fave electric toothbrush", "my favourite magnesium spray": only the author's own favourite
        // (a favourite is an endorsement only in a post that sells: "% off", a link, a code, checkout)
        const fave = FAVE.has(t.norm);
        if (fave && !(a.text.includes("%") || a.hasAnyWord(SELLING_WORDS))) break;
        if (fave ? tokens[i - 1]?.norm !== "my" : !(tokens[i - 1]?.norm === "the" || tokens[i - 1]?.norm === "my" || opens)) break;
        const after = a.wordsAfter(t.end, fave ? 3 : 5);
        // "my fave is @SolShield", "my favourite? Lumina": the favourite named at once
        const namedAtOnce = fave && (after[0]?.norm === "is" || after[0]?.norm === "has") ? tokens[tokens.indexOf(after[0]!, i) + 1] : undefined;
        if (namedAtOnce && namedAtOnce.sentence === t.sentence && (namedAtOnce.kind === "mention" || (namedAtOnce.kind === "word" && namedAtOnce.cap)) && !a.isNegated(t)) {
          endorse(a, ends, tokens[i - 1]!, namedAtOnce, 0.5, "my favourite + name");
          break;
        }
        const noun = after.find((w) => ENDORSED.has(w.norm) || (fave && PRODUCT.has(w.norm)));
        if (noun && !a.isNegated(t)) {
          // "... on the market": a claim over every rival, unverifiable
          const market = a.wordsAfter(noun.end, 4).some((w) => w.norm === "market");
          endorse(a, ends, opens ? t : tokens[i - 1]!, noun, market ? 0.6 : 0.5, "superlative + product");
          i = tokens.indexOf(noun, i);
        }
        break;
      }
      case SHOULD_K: {
        // "every GP should be using X", "you need to try X"
        // ("everyone should honestly get one": an adverb between)
        const adv = ADVERB.has(tokens[i + 1]?.norm ?? "") ? 1 : 0;
        if (!(USE.has(tokens[i + 1 + adv]?.norm ?? "") && tokens[i + 1 + adv]!.sentence === t.sentence) || a.isNegated(t)) break;
        const verb = tokens[i + 1 + adv]!.norm === "be" ? tokens[i + 2 + adv] : tokens[i + 1 + adv];
        if (verb && USE.has(verb.norm) && verb.norm !== "be" && verb.sentence === t.sentence) endorse(a, ends, t, verb, 0.45, "should use");
        break;
      }
      case LEISURE_K: {
        // "an incredible weekend in Marbella with the team at X", "lovely evening ... from the @X team"
        const crew = companyHostIn(a, i);
        if (crew && !a.isNegated(t)) out.push({ span: text(a, t, crew), strength: 0.4, source: "hospitality from a company's team" });
        break;
      }
      case WAIT_K: {
        // "can't wait to start using it with my patients", "can't wait to bring their range to my clinic"
        const prev = tokens[i - 1]?.norm ?? "";
        if (!(prev === "can't" || prev === "cant" || prev === "cannot") || tokens[i + 1]?.norm !== "to") break;
        const verb = a.wordsAfter(tokens[i + 1]!.end, 2).find((w) => ADOPT.has(w.norm));
        if (verb) endorse(a, ends, tokens[i - 1]!, verb, 0.4, "intent to adopt");
        break;
      }
      case REACH_K: {
        // "I'll be reaching for it first in clinic": a prescriber's stated preference
        const prev = tokens[i - 1]?.norm ?? "";
        if ((prev === "be" || prev === "always" || prev === "i'm") && tokens[i + 1]?.norm === "for" && !a.isNegated(t)) endorse(a, ends, t, tokens[i + 1]!, 0.4, "intent to adopt");
        break;
      }
      case LAUNCH_K: {
        // "the launch event for CardioTrack's new wearable": hospitality at a company's product launch
        const ev = tokens[i + 1];
        const prep = LAUNCH_EVENT.has(ev?.norm ?? "") ? tokens[i + 2] : ev;
        const host = prep && (prep.norm === "for" || prep.norm === "of") ? tokens[tokens.indexOf(prep, i) + 1] : undefined;
        if (host && host.sentence === t.sentence && (host.kind === "mention" || (host.kind === "word" && host.cap && /[a-z]/.test(host.text))) && !a.isNegated(t)) out.push({ span: text(a, t, host), strength: 0.45, source: "a company's launch event" });
        break;
      }
      case SWITCH_K: {
        // "switched the whole department to the Medisure glove", "switching all our patients onto X"
        const after = a.wordsAfter(t.end, 6);
        const who = after.findIndex((w, k) => k < 4 && CARED_FOR.has(w.norm));
        if (who < 0 || a.isNegated(t)) break;
        const to = after.slice(who + 1, who + 3).find((w) => w.norm === "to" || w.norm === "onto");
        if (to) endorse(a, ends, t, to, 0.5, "switching those in one's care");
        break;
      }
      case DM_K: {
        // "dm me for a code", "message me for the discount", "pm for my link": a code or link handed
        // out one by one is the author's own (a referral or affiliate arrangement)
        const me = tokens[i + 1]?.norm === "me" ? 1 : 0;
        const f = tokens[i + 1 + me];
        if (f?.norm !== "for" || f.sentence !== t.sentence || a.isNegated(t)) break;
        const det = ["a", "the", "my", "your", "ur", "an"].includes(tokens[i + 2 + me]?.norm ?? "") ? 1 : 0;
        const thing = tokens[i + 2 + me + det];
        if (thing && thing.sentence === t.sentence && PRIVATE_OFFER.has(thing.norm)) out.push({ span: text(a, t, thing), strength: 0.85, source: "a code handed out by message" });
        break;
      }
      case SENT_K: {
        // "tell them Nurse Jo sent you", "say Dr Sam sent you", "mention I sent you": a referral the shop
        // credits to the author (with a reward for the reader, "and you'll get a free jar", surer still)
        if (tokens[i + 1]?.norm !== "you" || a.isNegated(t)) break;
        const before = a.wordsBefore(t.start, 5);
        const asker = before.find((w) => REFER_VERBS.has(w.norm));
        if (!asker) break;
        const rewarded = a.sentencesWith("coi-reward", (w) => REWARD.has(w.norm) || w.text === "%").has(t.sentence);
        out.push({ span: text(a, asker, tokens[i + 1]!), strength: rewarded ? 0.8 : 0.65, source: "a referral credited to the author" });
        break;
      }
      case MENTION_K: {
        // "mention my name at checkout for a freebie", "quote my name for 10% off"
        if (tokens[i + 1]?.norm !== "my" || tokens[i + 2]?.norm !== "name" || a.isNegated(t)) break;
        const rewarded = a.sentencesWith("coi-reward", (w) => REWARD.has(w.norm) || w.text === "%").has(t.sentence);
        if (rewarded) out.push({ span: text(a, t, tokens[i + 2]!), strength: 0.8, source: "a referral credited to the author" });
        break;
      }
      case EARN_K: {
        // "I get a little back if you buy", "I earn a bit if you order through it", "I get a small cut":
        // the author paid when the reader buys
        const prev = tokens[i - 1]?.norm;
        if (prev !== "i" && prev !== "i'll" && prev !== "we") break;
        if (a.isNegated(t)) break;
        let end: Token | undefined;
        for (let k = i + 1; k < tokens.length && k <= i + 8 && tokens[k]!.sentence === t.sentence && !end; k++) {
          const n = tokens[k]!.norm;
          // ("I get a lot back from this job", "I get back from nights": "back" only as a small share of a sale)
          // (and only beside a sale: "I get a cut on my hand opening vials" is an injury)
          const share = (n === "back" ? SMALL.has(tokens[k - 1]?.norm ?? "") : CUT.has(n)) && a.sentencesWith("coi-reader-buys", (w) => READER_BUYS.has(w.norm)).has(t.sentence);
          if (share) end = tokens[k];
        }
        if (end) out.push({ span: text(a, tokens[i - 1]!, end), strength: 0.8, source: "the author paid when the reader buys" });
        break;
      }
      case ROLE_K: {
        // "I'm one of their 'clinical ambassadors' now", "I've become their UK affiliate": the author
        // holds a promoting role for the company ("their partners" alone is a couple; the author must hold it)
        const before = a.wordsBefore(t.start, 7);
        const their = before.findIndex((w, k) => k < 3 && THEIR.has(w.norm));
        if (their < 0 || a.isNegated(t)) break;
        if ((t.norm === "partner" || t.norm === "partners") && their !== 0) break;
        // ("proud to be their new ambassador": "to be" after a feeling is the author taking the role)
        const holder = before.slice(their + 1).find((w, k) => HOLDER.has(w.norm) || (w.norm === "be" && before[their + 2 + k]?.norm === "to"));
        if (holder) out.push({ span: text(a, holder, t), strength: 0.7, source: "the author's promoting role" });
        break;
      }
      case RECOMMEND_K: {
        // "I recommend to my patients", "I recommend it to all my patients"
        if (!(tokens[i - 1]?.norm === "i" || tokens[i - 1]?.norm === "i'd" || tokens[i - 1]?.norm === "would") || a.isNegated(t)) break;
        // "I recommend it to all my patients", "I'd recommend it to anyone managing hypertension"
        const after = a.wordsAfter(t.end, 5);
        const patients = after.find((w) => w.norm === "patients" || ((w.norm === "anyone" || w.norm === "everyone") && after[after.indexOf(w) - 1]?.norm === "to"));
        if (patients) endorse(a, ends, tokens[i - 1]!, patients, 0.45, "recommend to patients");
        break;
      }
    }
  }
  // "the gift basket this week from @nordicskinlab", "PR package from Lumen": a gift and its giver;
  // "book a demo with my team at CardioLink": the author works for the company
  if (a.hasAnyWord(["from", "at"])) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (GIFT_NOUNS.has(t.norm) && !a.isNegated(t)) {
        for (let k = i + 1; k <= i + 4 && k + 1 < tokens.length && tokens[k]!.sentence === t.sentence; k++) {
          if (tokens[k]!.norm !== "from") continue;
          const giver = tokens[k + 1]!;
          if (giver.kind === "mention" || (giver.kind === "word" && giver.cap && !PEOPLE.has(giver.norm) && /[a-z]/.test(giver.text) && /[A-Z].*[A-Z]/.test(giver.text))) out.push({ span: text(a, t, giver), strength: 0.6, source: "a gift from a company" });
          break;
        }
      }
      // "my team at CardioLink", "our team at @Medico": a company the author works for
      if (CREW.has(t.norm) && OWN_TEAM.has(tokens[i - 1]?.norm ?? "") && tokens[i + 1]?.norm === "at") {
        const firm = tokens[i + 2];
        if (firm && (firm.kind === "mention" || (firm.kind === "word" && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(firm.text)))) out.push({ span: text(a, tokens[i - 1]!, firm), strength: 0.6, source: "works for the company" });
      }
    }
  }
  // a personal slug in a link ("brand.co/drpatel"): only where the text has a "/d"
  if (a.text.includes("/d") || a.text.includes("/D")) {
    PERSONAL_LINK.lastIndex = 0;
    for (let m = PERSONAL_LINK.exec(a.text); m; m = PERSONAL_LINK.exec(a.text)) {
      out.push({ span: { start: m.index, end: m.index + m[0].length, text: "a personal referral link" }, strength: 0.75, source: "personal link" });
    }
  }
}

/** A product word in the twenty tokens before `i` ("this collagen drink ... thank you @X"). */
function productBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 20); k < i; k++) if (PRODUCT.has(tokens[k]!.norm) || ENDORSED.has(tokens[k]!.norm)) return true;
  return false;
}

/** A capitalised name or an @handle among the tokens strictly between `from` and `to` ("everyone at @X"). */
function namedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]!;
    if (w.kind === "mention" || (w.kind === "word" && w.cap && !w.sentenceStart && !PEOPLE.has(w.norm))) return true;
  }
  return false;
}

/**
 * The end token of a company's people or site in the sentence of the leisure word at `i`, within
 * twelve tokens either side: "the team at X" / "the folks from X" (X capitalised or an @handle), "the
 * @X team" / "the X team", "the @X training centre". Ordinary nights out ("with the team from ward
 * 7", "with the whole ED team") have no name, or an acronym, there.
 */
function companyHostIn(a: Analysis, i: number): Token | undefined {
  const tokens = a.tokens;
  const s = tokens[i]!.sentence;
  // "our practice team night out ... with the crew at X": the author's own team, out somewhere
  if (a.sentencesWith("own-team", (t) => CREW.has(t.norm) && OWN_TEAM.has(a.wordsBefore(t.start, 3).find((w) => OWN_TEAM.has(w.norm))?.norm ?? "")).has(s)) return undefined;
  const named = (t: Token | undefined) => !!t && t.sentence === s && (t.kind === "mention" || (t.kind === "word" && t.cap && !t.sentenceStart && /[a-z]/.test(t.text)));
  for (let k = Math.max(0, i - 12); k < tokens.length && k <= i + 12; k++) {
    const w = tokens[k]!;
    if (w.sentence !== s || w.kind !== "word") continue;
    if (CREW.has(w.norm)) {
      const prep = tokens[k + 1]?.norm;
      if ((prep === "at" || prep === "from") && named(tokens[k + 2])) return tokens[k + 2];
      // "the Medico team", "the Zentiva Derm team"
      if (named(tokens[k - 1]) && (tokens[k - 2]?.norm === "the" || (named(tokens[k - 2]) && tokens[k - 3]?.norm === "the"))) return w;
    } else if (SITE.has(w.norm)) {
      // "the @OrthoCo training centre", "the Velora training centre" (a bare "X Centre" is often a hospital's)
      const owner = tokens[k - 1]?.norm === "training" ? tokens[k - 2] : tokens[k - 1];
      if (owner?.kind === "mention" || (named(owner) && owner !== tokens[k - 1])) return w;
    }
  }
  return undefined;
}

/** Commercial cues built from sentence shapes; linear in tokens (bounded look-ahead). */
export function builtCues(a: Analysis): BuiltCue[] {
  scan(a);
  return cueCache.get(a)!;
}

/** Endorsements built from sentence shapes ("the best probiotic", "every GP should be using"). */
export function builtEndorsements(a: Analysis): Span[] {
  scan(a);
  return endorseCache.get(a)!;
}
