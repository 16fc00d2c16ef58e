import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import { fold } from "../../text/fold";
import type { Span } from "../../types";
import { combine } from "../shared";
import { brandShapes } from "./brands";
import { othersCue } from "../advertising/promotion";
import { builtCues, builtEndorsements } from "./interest-cues";
import { frameBrands } from "./brand-frames";

/** Query keys that mark a link as an affiliate or tracked referral link. */
const DISCOUNT_CODE = /^[A-Z][A-Z0-9]{3,14}$/;
const CODE_DIGITS = /^[A-Z]{2,}[0-9]{1,3}$/;
/** Cues that send readers to buy (a link, a shop, a code), as opposed to thanks for sponsoring a charity run. */
const PURCHASE = /link|shop|code|store|amazon|affiliate|commission|% off|discount|referral|kickback|ltk/i;
/** A post that opens with its own label ("Gifted by @X", "Sponsored by X:") declares the gift or sponsorship. */
/** Cues of an arrangement with a maker or seller, as against a shop's own sale ("% off", "grab yours"). */
const ARRANGEMENT = /code|gift|sponsor|paid|partner|ambassador|affiliate|link|collab|sent|courtesy|commission|kickback|storefront|hamper|trip|grant|honorari|freebie|sample|\bpr\b|brand-frame|#ad|\bad\b/i;
const LABEL = /^\s*(?:gifted|sponsored|pr gift|ad)\s*(?:by|from|:|\|)/i;
/** Hospital emergency calls ("code blue", "code red"): codes, but not discounts. */
const EMERGENCY_CODE = new Set(["blue", "red", "black", "green", "pink", "purple", "amber", "yellow", "white", "grey", "silver", "orange", "brown", "stemi", "stroke", "trauma", "arrest", "sepsis", "crash", "brady", "grey"]);
/** Words before a personal code ("code X", "use X", "with X", "enter X"). */
const CODE_LEAD = new Set(["code", "use", "using", "with", "enter", "apply", "quote"]);
/** Words of a sale that make a code of letters alone a discount code ("20% off with HONESTPHARM"). */
const SALE = new Set(["off", "discount", "checkout", "save", "saving", "%", "order", "basket", "shop"]);

/** What a bare code is followed by: "at checkout", "for 15% off", "for £10 off". */
function codeUse(tokens: readonly { norm: string; sentence: number }[], i: number): boolean {
  const n1 = tokens[i + 1]?.norm;
  if (n1 === "at" && tokens[i + 2]?.norm === "checkout") return true;
  // "ZOE15 gets you 15% off", "KATEMD saves you £10": the code, then what it takes off
  if (CODE_TAIL.has(n1 ?? "") && tokens[i + 2]?.norm === "you") {
    for (let k = i + 3; k <= i + 6 && k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence; k++) if (tokens[k]!.norm === "off" || tokens[k]!.norm === "%") return true;
    return false;
  }
  if (n1 !== "for") return false;
  for (let k = i + 2; k <= i + 5 && k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence; k++) if (tokens[k]!.norm === "off") return true;
  return false;
}

/** A sale word within five tokens of `i`, in its sentence. */
/**
 * "with SGLT2 inhibitors", "using GLP1 agonists": a capitalised name with digits that a lowercase noun
 * follows names a class or a thing, not a code (a code ends its phrase: "use DRKATE15 at checkout").
 */
function namesAClass(t: Analysis["tokens"], i: number): boolean {
  const after = t[i + 1];
  return after !== undefined && after.kind === "word" && after.sentence === t[i]!.sentence && after.text === after.text.toLowerCase() && after.text.length > 3 && after.text.endsWith("s") && !CODE_TAIL.has(after.norm);
}
/** Words that may follow a code in its own phrase. */
const CODE_TAIL = new Set(["gets", "saves", "gives", "takes", "unlocks", "works", "applies"]);

function saleNear(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const s = t[i]!.sentence;
  for (let k = Math.max(0, i - 5); k < t.length && k <= i + 6; k++) if (t[k]!.sentence === s && SALE.has(t[k]!.norm)) return true;
  return false;
}
const SHORT_AFFILIATE = /^(?:https?:\/\/)?(?:amzn\.to|bit\.ly|rstyle\.me|shopmy\.us|ltk\.app|liketk\.it)\//i;
/** A short affiliate link written without its scheme ("amzn.to/3xYz"), which the tokenizer splits at the dot. */
const BARE_SHORT_LINK = /(?<![\w.])(?:amzn\.to|amzn\.eu|bit\.ly|rstyle\.me|shopmy\.us|ltk\.app|liketk\.it)\/[\w-]+/gi;
const AFFILIATE = /[?&](?:ref|aff|affiliate|aff_id|affid|utm_source|tag|coupon|discount|promo|via)=/i;
/** Organisations whose partnerships are theirs, not the author's ("our hospital charity partnered with"). */
const ORGANISATION = new Set(["hospital", "trust", "charity", "practice", "department", "ward", "unit", "surgery", "nhs", "board", "pcn", "icb", "university", "school", "college", "council", "hospice", "service"]);
/** Words that make a company mention criticism or news rather than promotion. */
const CRITICAL = new Set(["scandal", "fined", "lawsuit", "greed", "greedy", "profiteering", "overpriced", "shortage", "recall", "recalled", "boycott", "shame", "disgrace", "gouging"]);

/** Cues by which the author earns from a sale. */
const EARNING = /% off|code|affiliate|commission|referral/i;
/** Promoting roles a company gives: an ambassador, a brand partner, an affiliate. */
const ROLE = /ambassador|brand partner|official partner|affiliate/i;
/** Labels that declare a gift alone ("#gifted", "#prsample"). */
const GIFT_LABEL = /^#(?:gifted|giftedby|pressgift|prsample)$/i;
/** Declarations that deny any arrangement ("not an ad", "#notsponsored", "not a paid post"). */
const DENIAL = /\bnot|#not/i;
/** A weak cue that points readers to a purchase page for the post's subject ("link in bio"). */
const POINTER = /\blink/i;
/** A verb in the past or progressive before "the/our <organisation>": the organisation is acted on ("switched the department to"). */
const OBJECT_OF = /^[a-z]{3,}(?:ed|ing)$/;
/** Where an organisation is the place, not the actor: "on the neonatal unit", "at our practice". */
const LOCATIVE = new Set(["on", "in", "at", "from", "to", "into", "onto", "around", "across", "for"]);
/** Sources of the near cues that are the author's own recommendation rather than an arrangement. */
const ENDORSING = new Set(["lexicon:sponsorship/endorsement", "lexicon:advertising-claims/superlative"]);

/**
 * An organisation ("our hospital", "the trust") acting in the eight words before the company: the
 * partnership is its arrangement. An organisation as a place ("on the stroke unit") does not act.
 */
function organisationActs(a: Analysis, at: number): boolean {
  // nearest word first
  const ws = a.wordsBefore(at, 8);
  for (let k = 0; k < ws.length; k++) {
    if (!ORGANISATION.has(ws[k]!.norm)) continue;
    const det = ws.slice(k + 1, k + 4).findIndex((x) => x.norm === "our" || x.norm === "the");
    // ("switched the whole department to X": a verb before it makes the organisation its object)
    const before = ws[k + 1 + det + 1]?.norm ?? "";
    if (det >= 0 && !LOCATIVE.has(before) && !OBJECT_OF.test(before)) return true;
  }
  return false;
}

/** Verbs by which the author declares: "I'm declaring that up front", "I'm a trustee, declared." */
const DECLARE_VERBS = ["declare", "declaring", "declared", "declaration"];
const DECLARE_SET = new Set(DECLARE_VERBS);
const SELF = new Set(["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my"]);
/** What may follow the verb when it is the author's declaration, not "declared a major incident". */
const DECLARE_OBJECT = new Set(["that", "it", "this", "up", "here", "upfront", "above", "below", "my", "interest", "interests", "in", "on", "first", "openly", "now"]);
function ownDeclaration(a: Analysis): number {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!DECLARE_SET.has(t[i]!.norm)) continue;
    const next = t[i + 1];
    // the noun as a heading: "Declaration: ...", "a declaration first: I'm co-founder of ..."
    if (t[i]!.norm === "declaration") {
      if (next && (next.text === ":" || next.norm === "first" || next.norm === "up")) return 0.7;
      continue;
    }
    // "declaring interest: I'm on the editorial team of X", "Declared: ...": a heading
    if (next && (next.text === ":" || ((next.norm === "interest" || next.norm === "interests") && t[i + 2]?.text === ":"))) return 0.7;
    if (next && next.sentence === t[i]!.sentence && next.kind === "word" && !DECLARE_OBJECT.has(next.norm)) continue;
    if (a.isNegated(t[i]!) || a.isReported(t[i]!)) continue;
    // the author as the subject, in the eight words before
    if (a.wordsBefore(t[i]!.start, 8).some((w) => w.sentence === t[i]!.sentence && SELF.has(w.norm))) return 0.7;
  }
  return 0;
}

/** Titles before a doctor's surname: "Dr Ellis", "Prof Shah". */
const TITLE_WORDS = ["dr", "doctor", "prof", "professor"];
const TITLE_SET = new Set(TITLE_WORDS);
/** A shop's domain with one path segment: "brand.co.uk/ellis" (the segment is read against the post's doctors). */
const NAMED_SLUG = /(?<![\w.@/])[a-z0-9-]{2,40}\.(?:co\.uk|com|co|io|health|shop|store|uk)\/([a-z][a-z-]{1,30})(?![\w/])/gi;

/** Words that wave a label away: "#ad?? nah", "sponsored? lol no". */
const DISMISS = new Set(["nah", "no", "nope", "lol", "haha", "jk", "kidding", "naa", "nahh"]);
/** A label asked as a question and waved away in the next words ("#ad?? nah I just love it"): no declaration. */
function dismissed(a: Analysis, d: { end: number }): boolean {
  const t = a.tokens;
  const i = a.tokenIndexAt(d.end);
  if (t[i]?.text !== "?") return false;
  for (let k = i + 1; k < t.length && k <= i + 4; k++) {
    if (t[k]!.kind === "word") return DISMISS.has(t[k]!.norm);
  }
  return false;
}

interface Cue { span: { start: number; end: number; text: string }; strength: number; source: string }

/** Idioms of delight that start with a negation ("can't believe X sent me...", "can't wait"). */
const DELIGHT = new Set(["believe", "wait", "stop", "get", "recommend", "thank", "say"]);
/** An emoji or symbol closes a clause in posts ("never been better ✨ link in bio"). */
const isEmojiToken = (t: { kind: string; text: string }) => t.kind === "punct" && (t.text.codePointAt(0) ?? 0) >= 0x2600;

/** Negated in its own clause: not across an emoji, and not "can't believe" / "can't wait". */
function negatedCue(a: Analysis, span: { start: number }): boolean {
  if (!a.isNegated(span)) return false;
  const t = a.tokens;
  for (let i = a.tokenIndexAt(span.start) - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const w = t[i]!;
    if (isEmojiToken(w)) return false;
    if (w.kind !== "word") continue;
    if ((w.norm === "can't" || w.norm === "cant" || w.norm === "cannot") && DELIGHT.has(t[i + 1]?.norm ?? "")) return false;
    if (w.norm === "not" || w.norm === "no" || w.norm === "never" || w.norm.endsWith("n't") || w.norm === "cannot" || w.norm === "without") return true;
  }
  return true;
}

/** Used plainly: not negated in its clause, not talked about as a term, not someone else's words. */
function assertedCue(a: Analysis, span: { start: number; end: number }): boolean {
  return !negatedCue(a, span) && !a.isRejected(span) && !a.isReported(span);
}

function cues(a: Analysis): Cue[] {
  const out: Cue[] = [];
  for (const s of a.lexicon("sponsorship", "commercial-cue")) {
    if (!assertedCue(a, s) || othersCue(a, s)) continue;
    // "Sponsored by Pfizer:" opening a post is the label itself, a declaration.
    if (s.start === a.tokens[0]?.start && fold(s.text) === "sponsored by") continue;
    // "Discount code for the conference: the organisers gave all members the code": a group's code
    if (/code/i.test(s.text) && groupCode(a, a.sentenceOf(s.start))) continue;
    out.push({ span: s, strength: s.confidence, source: "lexicon:sponsorship" });
  }
  BARE_SHORT_LINK.lastIndex = a.text.includes("/") ? 0 : a.text.length;
  for (let m = BARE_SHORT_LINK.exec(a.text); m; m = BARE_SHORT_LINK.exec(a.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const t = a.tokens[a.tokenIndexAt(start)];
    if (!(t && t.kind === "url" && t.start <= start && end <= t.end)) out.push({ span: { start, end, text: "an affiliate link" }, strength: 0.85, source: "affiliate-url" });
  }
  // "More at omegavital.co.uk/ellis" in a post about Dr Ellis: a shop link whose path is the doctor's own
  // name is a personal referral link
  if (a.text.includes("/") && a.hasAnyWord(TITLE_WORDS)) {
    const surnames = new Set<string>();
    const tk = a.tokens;
    for (let i = 0; i + 1 < tk.length; i++) if (TITLE_SET.has(tk[i]!.norm) && tk[i + 1]!.kind === "word" && tk[i + 1]!.cap) surnames.add(tk[i + 1]!.norm);
    if (surnames.size > 0) {
      NAMED_SLUG.lastIndex = 0;
      for (let m = NAMED_SLUG.exec(a.text); m; m = NAMED_SLUG.exec(a.text)) {
        if (surnames.has(m[1]!.toLowerCase())) { out.push({ span: { start: m.index, end: m.index + m[0].length, text: m[0] }, strength: 0.85, source: "a link in the doctor's own name" }); break; }
      }
    }
  }
  out.push(...builtCues(a));
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const u = tokens[i]!;
    if (u.kind === "url") {
      if (AFFILIATE.test(u.text) || SHORT_AFFILIATE.test(u.text)) out.push({ span: { start: u.start, end: u.end, text: "an affiliate link" }, strength: 0.85, source: "affiliate-url" });
      continue;
    }
    // "code DRMIKE10", "use DRKATE15 at checkout", "20% off with HONESTPHARM": a personal discount code
    // (not a door code, written in digits, nor "code BLUE": a code of letters only needs a sale nearby)
    const next = tokens[i + 1];
    // "the organisers gave ALL members the code MEMBER20": a group's code, not the author's; "use code
    // X for... just kidding": a code taken back
    if ((u.norm === "code" || DISCOUNT_CODE.test(u.text)) && (groupCode(a, u.sentence) || retracted(tokens, i))) continue;
    if (next && next.cap && next.kind === "word" && next.sentence === u.sentence && CODE_LEAD.has(u.norm) && DISCOUNT_CODE.test(next.text) && ((CODE_DIGITS.test(next.text) && !namesAClass(tokens, i + 1)) || saleNear(a, i) || (u.norm === "code" && !EMERGENCY_CODE.has(next.norm)))) {
      out.push({ span: { start: u.start, end: next.end, text: a.text.slice(u.start, next.end) }, strength: 0.85, source: "discount-code" });
    }
    // "PHYSIOJO15 at checkout", "SLEEPYNURSE for 15% off": a code in capitals with no lead word, followed by where or what it saves
    else if (u.kind === "word" && u.text.length >= 5 && u.text === u.text.toUpperCase() && DISCOUNT_CODE.test(u.text) && codeUse(tokens, i)) {
      out.push({ span: { start: u.start, end: u.end, text: u.text }, strength: 0.85, source: "discount-code" });
    }
  }
  return out;
}

/** Members of a group a code is given to: "all members", "every delegate", "everyone attending". */
const GROUP = new Set(["members", "member", "attendees", "delegates", "delegate", "staff", "students", "trainees", "subscribers", "residents", "registrants"]);
function groupCode(a: Analysis, sentence: number): boolean {
  return a.memo("coi-group-code", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i + 1 < t.length; i++) if ((t[i]!.norm === "all" || t[i]!.norm === "every") && GROUP.has(t[i + 1]!.norm)) out.add(t[i]!.sentence);
    return out;
  }).has(sentence);
}
/** Words that take back what was just said: "use code X for... just kidding". */
const RETRACT = new Set(["kidding", "joking", "jk", "jokes"]);
function retracted(tokens: Analysis["tokens"], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 7; k++) if (RETRACT.has(tokens[k]!.norm)) return true;
  return false;
}

interface NearCue { text: string; strength: number; source: string }

function bySentence(a: Analysis, list: readonly (NearCue & { start: number })[]): Map<number, NearCue[]> {
  const out = new Map<number, NearCue[]>();
  for (const c of list) {
    const k = a.sentenceOf(c.start);
    const bucket = out.get(k);
    if (bucket) bucket.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** How strongly an unlisted name is a brand here: its own confidence, its frame's cue, and a named brand over an unnamed product. */
function weight(b: Span): number {
  return b.confidence + Number(b.data?.cue ?? 0) - (b.data?.kind === "product referent" ? 0.2 : 0);
}

/** Whether a span overlaps any of `list` (sorted once; a binary search per question). */
function startsAndEnds(list: readonly Span[]): (b: { start: number; end: number }) => boolean {
  const sorted = [...list].sort((x, y) => x.start - y.start);
  // the longest end so far, so that a long span earlier still counts
  const reach: number[] = [];
  let far = -1;
  for (const s of sorted) { far = Math.max(far, s.end); reach.push(far); }
  return (b) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < b.end) lo = mid + 1; else hi = mid; }
    return lo > 0 && reach[lo - 1]! > b.start;
  };
}

/** The company is covered by a declaration: in the post, or in the author's declared interests. */
function declaredIn(a: Analysis, company: Span): boolean {
  const declared = a.context.declaredInterests;
  if (!declared || declared.length === 0) return false;
  const name = fold(company.text);
  const term = fold(String(company.data?.term ?? company.text));
  return declared.some((d) => {
    const f = fold(d).trim();
    return f.length > 0 && (f === name || f === term || ` ${f} `.includes(` ${name} `) || ` ${name} `.includes(` ${f} `));
  });
}

export default defineRule({
  meta: {
    id: "transparency/conflict-of-interest",
    severity: "warning",
    citations: ["gmc-sm:19", "gmp:77", "gmp:79", "gmp:80"],
    seriousness: SERIOUSNESS.advertisingProduct,
    docs: {
      summary: "Promoting companies or products (gifts, discount codes, affiliate links, sponsorship) without declaring the interest",
      why: "Doctors' use of social media 19: be open about any conflict of interest and declare financial or commercial interests in healthcare organisations or pharmaceutical and biomedical companies. Good medical practice 77 and 79 ask for honesty in commercial dealings and a formal declaration of any conflict. Readers take a doctor's recommendation on trust; a free product, a fee or a commission changes how much weight it deserves.",
      fix: "Say what the relationship is, in the post itself: \"#ad\", \"Paid partnership with X\", \"Disclosure: X paid my travel and a speaker fee\". If you have declared the interest elsewhere, add the company to your declared interests in scrubs so it is taken into account.",
      examples: {
        flagged: [
          "Obsessed with my new Oura ring, use my code DRSAM20 for 20% off 💍",
          "Huge thanks to Galderma for the all expenses paid trip to Paris ✨",
        ],
        passes: [
          "Pfizer's trial results out today: here's my summary of what they mean for patients 🧵",
          "#ad Obsessed with my new Oura ring, use my code DRSAM20 for 20% off",
        ],
      },
    },
    messages: {
      undeclared: "This promotes {{company}} ({{cue}}) without declaring your interest.",
      undeclaredMaybe: "This may promote {{company}} ({{cue}}); if you have an interest, declare it.",
      cueOnly: "\"{{cue}}\" suggests a commercial arrangement that the post does not declare.",
    },
  },
  check({ analysis: a, report }) {
    const found = cues(a);
    // An endorsement ("switch your patients to", "can't recommend X enough") of a named brand asks for
    // a declaration too, more gently: it only counts next to the brand.
    const endorsements = [...a.lexicon("sponsorship", "endorsement").filter((s) => assertedCue(a, s)), ...builtEndorsements(a)];
    if (found.length === 0 && endorsements.length === 0) return;
    // "No commercial interests here", "no conflicts": a declaration of none is still a declaration
    // (a.signal drops negated phrases, so they are added back here).
    // "Not an ad ... link in bio for 15% off": a denial that the post's own discount or affiliate link
    // contradicts declares nothing.
    // ("Not an ad" beside "proud to be their new ambassador": a promoting role the post itself records
    // contradicts the denial just as a code does.)
    const earns = found.some((c) => c.source === "discount-code" || c.source === "affiliate-url" || EARNING.test(c.span.text) || (c.strength >= 0.5 && ROLE.test(c.span.text)) || c.source === "the author's promoting role");
    // "#gifted" declares a gift only: with the author's own code or affiliate link in the post there is a
    // wider commercial relationship, which the ASA says the gift label does not declare.
    const selling = found.some((c) => c.source === "discount-code" || c.source === "affiliate-url" || c.source === "a code handed out by message" || EARNING.test(c.span.text));
    let declaration = 0;
    for (const d of a.lexicon("sponsorship", "declaration")) {
      if (earns && (DENIAL.test(d.text) || dismissed(a, d))) continue;
      if (selling && GIFT_LABEL.test(d.text)) continue;
      // (a.signal would drop negated phrases: a negated declaration is still one, so all are read here)
      declaration = combine(declaration, d.confidence);
    }
    if (LABEL.test(a.text.slice(0, 40))) declaration = combine(declaration, 0.7);
    // "I'm declaring that up front", "I'm a trustee, declared.": the author says in their own voice that
    // they declare (not "the trust declared a major incident", nor "I never declared it")
    if (a.hasAnyWord(DECLARE_VERBS)) declaration = combine(declaration, ownDeclaration(a));
    if (declaration >= 0.6) return;
    const companies = a.lexicon("companies").filter((s) => a.isAsserted(s));
    const products = a.lexicon("prescription-only-medicines").filter((s) => a.isAsserted(s) && s.confidence >= 0.6);
    const known = [...companies, ...products];
    const productSet = new Set<Span>(products);
    // Not filtered by negation: "Can't recommend @X enough" praises X. Reported speech still excuses.
    // (Not by isQuoted either: a closing single quote does not end its scope, so "a very 'advisory
    // meeting' at ..., courtesy of a pharma company" would read as quoted to the end of the line.)
    // names no list knows: by their shape (./brands.ts) or by the frame they stand in (./brand-frames.ts),
    // the latter read only in sentences with a cue or an endorsement (and their neighbours)
    const cueSentences = new Set<number>();
    for (const c of found) cueSentences.add(a.sentenceOf(c.span.start));
    for (const e of endorsements) cueSentences.add(a.sentenceOf(e.start));
    // a frame round a name already read by its shape lends it its cue ("shout out to Pulse Nutrition who sent...")
    const framedAll = frameBrands(a, cueSentences);
    // (both lists are in text order: one sweep pairs the overlaps)
    const shapedRaw = brandShapes(a);
    const shaped: Span[] = [];
    const overlapped = new Set<Span>();
    let j = 0;
    for (const b of shapedRaw) {
      while (j < framedAll.length && framedAll[j]!.end <= b.start) j++;
      let lent: Span | undefined;
      let wider: Span | undefined;
      for (let k = j; k < framedAll.length && framedAll[k]!.start < b.end; k++) {
        const f = framedAll[k]!;
        // a frame that covers more of the name ("my new Vitalise Collagen Boost") reads it whole
        if (f.start <= b.start && f.end >= b.end && f.end - f.start > b.end - b.start) { wider = f; continue; }
        overlapped.add(f);
        if (!lent && Number(f.data?.cue ?? 0) > 0) lent = f;
      }
      if (wider) continue;
      // an unnamed product ("the new face of Lumiskin's range") gives way to the name a frame found in it
      if (lent && b.data?.kind === "product referent") { overlapped.delete(lent); continue; }
      shaped.push(lent ? { ...b, data: { ...b.data, cue: lent.data?.cue, kind: `${String(b.data?.kind)}, ${String(lent.data?.kind)}` } } : b);
    }
    const framed = framedAll.filter((b) => !overlapped.has(b));
    // one unlisted name per sentence: the strongest ("courtesy of Velora" over "the Davos summit")
    const best = new Map<number, Span>();
    const knownSentences = new Set(known.map((c) => a.sentenceOf(c.start)));
    const knownAt = startsAndEnds(known);
    for (const b of [...shaped, ...framed]) {
      if (knownAt(b) || a.isReported(b)) continue;
      const s = a.sentenceOf(b.start);
      // a listed company in the sentence is the one the cue is about ("...paid by Novo Nordisk", not "the Ivy")
      if (b.detector === "brand-frame" && knownSentences.has(s)) continue;
      const held = best.get(s);
      if (!held || weight(b) > weight(held)) best.set(s, b);
    }
    const shapes = [...best.values()];
    const named = [...known, ...shapes].sort((x, y) => x.start - y.start);
    const damp = 1 - declaration;
    // Per-sentence tables keep this linear: strong cues count anywhere, weak cues in the brand's own
    // sentence or the next ("... ZenoSleep app. Link in bio!"), endorsements within two sentences.
    // Unverifiable superlatives about the brand ("simply the best on the market") endorse it too.
    const strong = found.filter((c) => c.strength >= 0.5);
    const weak = found.filter((c) => c.strength < 0.5).map((c) => ({ start: c.span.start, text: c.span.text, strength: c.strength, source: c.source }));
    const weakBySentence = bySentence(a, weak);
    // "Link in bio" points at whatever the post is about, wherever the product is named in it
    const pointers = weak.filter((c) => POINTER.test(c.text));
    const praise = a.lexicon("advertising-claims", "superlative").filter((s) => a.isAsserted(s)).map((e) => ({ start: e.start, text: e.text, strength: 0.8 * e.confidence, source: "lexicon:advertising-claims/superlative" }));
    const endorseBySentence = bySentence(a, [...endorsements.map((e) => ({ start: e.start, text: e.text, strength: e.confidence, source: "lexicon:sponsorship/endorsement" })), ...praise]);
    // Strong cues are the same for every brand: keep the few strongest (noisy-or saturates anyway), so
    // a long post with many brands and cues stays linear.
    const topStrong = strong.map((c) => ({ text: c.span.text, strength: c.strength, source: c.source })).sort((x, y) => y.strength - x.strength).slice(0, 4);
    let reported = false;
    for (const company of named) {
      // An interest the author has declared (their declared interests) is declared: the issue's
      // contract, and how a clinician keeps one declaration for every post about the same company.
      if (declaredIn(a, company)) continue;
      const sentence = a.sentenceOf(company.start);
      const frameCue = Number(company.data?.cue ?? 0);
      const near = [
        ...(frameCue > 0 ? [{ text: `${String(company.data?.kind)} ${company.text}`, strength: frameCue, source: "brand-frame" }] : []),
        ...topStrong,
        ...(weakBySentence.get(sentence) ?? []), ...(weakBySentence.get(sentence + 1) ?? []),
        ...pointers.filter((c) => { const at = a.sentenceOf(c.start); return at !== sentence && at !== sentence + 1; }),
        ...[-2, -1, 0, 1, 2].flatMap((d) => endorseBySentence.get(sentence + d) ?? []),
      ];
      if (near.length === 0) continue;
      // A treatment the author gives, on sale ("25% off all anti-wrinkle injections, grab yours"), is
      // their own service advertised (the advertising rules' concern), not an undeclared interest in a
      // company: a prescription medicine named as a product needs an arrangement cue (a code, a gift,
      // sponsorship, a link) to ask for a declaration.
      if (productSet.has(company) && !near.some((c) => ARRANGEMENT.test(c.text))) continue;
      const cue = near.reduce((x, y) => (y.strength > x.strength ? y : x));
      const critical = a.sentencesWith("coi-critical", (t) => CRITICAL.has(t.norm)).has(sentence) ? 0.5 : 1;
      // "Our hospital charity partnered with Tesco": the organisation's arrangement, not the author's.
      // An endorsement is still the author's voice ("our practice uses X ... every GP should download it").
      const institutional = organisationActs(a, company.start) ? 0.5 : 1;
      const endorsing = near.slice(0, 16).filter((c) => ENDORSING.has(c.source));
      const arranging = near.slice(0, 16).filter((c) => !ENDORSING.has(c.source));
      const strength = combine(combine(...arranging.map((c) => c.strength)) * institutional, ...endorsing.map((c) => c.strength));
      const confidence = strength * Math.min(1, company.confidence + 0.2) * critical * damp;
      if (confidence < 0.35) continue;
      reported = true;
      report({
        messageId: confidence >= 0.55 ? "undeclared" : "undeclaredMaybe",
        range: [company.start, company.end],
        data: { company: company.text, cue: cue.text },
        severity: confidence >= 0.45 ? "warning" : "info",
        confidence,
        seriousness: SERIOUSNESS.advertisingProduct,
        suggestions: [{ message: "Declare the relationship", edits: [{ range: [a.text.length, a.text.length], text: `\n\nDisclosure: I have a commercial relationship with ${company.text}.` }], safe: false }],
        explanation: { detectors: [company.detector === "brand-shape" || company.detector === "brand-frame" ? `${company.detector}:${String(company.data?.kind)}` : "lexicon:companies", ...near.map((c) => c.source)], context: [...near.map((c) => ({ word: c.text, effect: c.strength })), { word: "declaration", effect: -declaration }] },
      });
    }
    if (reported || named.length > 0) return;
    // A strong personal cue ("use my code", an affiliate link) with no company named is still a commercial arrangement.
    if (found.length === 0) return;
    const strongest = found.reduce((x, y) => (y.strength > x.strength ? y : x));
    // several cues together ("#amazonfinds", "link in bio", "every parent should own one") say as much as one strong one
    const together = strongest.strength >= 0.5 && found.some((c) => PURCHASE.test(c.span.text)) ? combine(...found.slice(0, 8).map((c) => c.strength), ...endorsements.slice(0, 4).map((e) => e.confidence)) : strongest.strength;
    for (const c of [strongest]) {
      const confidence = Math.max(c.strength, Math.min(0.9, together)) * damp;
      if (confidence < 0.8) continue;
      report({
        messageId: "cueOnly",
        range: [c.span.start, c.span.end],
        data: { cue: c.span.text },
        severity: "warning",
        confidence,
        explanation: { detectors: [c.source], context: [{ word: "declaration", effect: -declaration }] },
      });
    }
  },
});
