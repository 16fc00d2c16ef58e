// Brands named by the frame around them. Most products a clinician is paid, gifted or sponsored to
// promote are in no list and have no tell-tale shape: "Vitalise Collagen Boost", "Hydrabloom",
// "Threadwell", "Brightwell", "Remedi". What marks them is where they stand:
//  - the object of a gift, sponsorship or partnership frame: "gifted by X", "courtesy of X", "thanks
//    to (the team at) X for...", "shout out to X who sent...", "partnered with X", "ambassador for X",
//    "dinner on X", "join X as medical advisor", "15% off at X", "reps from X";
//  - the subject of a giving verb: "X sent me...", "X treated us to...", "X flew us...";
//  - a name with a brand mark: "Name®", "Name™";
//  - a capitalised name in a sentence that already carries a commercial cue or an endorsement ("my
//    go-to SPF is Solara Daily", "loving my new Vitalise Collagen Boost... link in bio").
// People, places, hospitals, professional bodies and charities are not brands ("thanks to Dr Patel",
// "partnered with Diabetes UK", "the Royal College", "the Friends of St Mary's"). Spans only: the rule
// still needs a cue and no declaration. One bounded pass over the sentences that carry cues.
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { PRODUCT } from "./brands";

/** Words before a name that make it the giver, sponsor or partner ("courtesy of X", "thanks to X"). */
const BEFORE_FRAME = new Set(["by", "of", "to", "with", "for", "on", "at", "from", "join", "joining", "joined"]);
/** What must precede those prepositions for the frame to be commercial. */
const FRAME_HEAD: Record<string, ReadonlySet<string>> = {
  by: new Set(["gifted", "sent", "sponsored", "funded", "provided", "supported", "paid", "hosted", "powered", "brought"]),
  of: new Set(["courtesy", "ambassador", "partner", "face", "advisor", "adviser", "guest", "guests", "compliments"]),
  to: new Set(["thanks", "thank", "out", "love", "cheers", "grateful", "shoutout", "gratitude"]),
  with: new Set(["partnered", "partnering", "partner", "collab", "collaboration", "teamed", "working", "ambassador"]),
  for: new Set(["ambassador", "ambassadors", "advisor", "adviser", "partner", "consultant", "kol"]),
  on: new Set(["dinner", "drinks", "lunch", "meal", "trip", "weekend", "stay", "everything"]),
  at: new Set(["off", "code", "discount", "shop", "session", "treatment", "booster", "facial", "launch", "event", "speaking", "spoke", "talk", "talking", "presenting", "presented"]),
  from: new Set(["reps", "rep", "gifted", "sent", "samples", "haul", "package", "parcel", "box", "goodies", "freebies", "lunch", "dinner", "team", "people", "folks", "guys"]),
  join: new Set(["to", "thrilled", "delighted", "excited", "proud"]),
  joining: new Set(["to", "thrilled", "delighted", "excited", "proud", "be", "am", "i'm"]),
  joined: new Set(["have", "i", "i've", "just", "officially"]),
};
/** Words that may sit between a frame and the name ("thanks to the lovely team at X"). */
const FILLER = new Set(["everyone", "everybody", "all", "the", "lovely", "amazing", "wonderful", "kind", "brilliant", "fab", "fabulous", "team", "teams", "at", "people", "folks", "guys", "gang", "crew", "from", "of", "my", "friends", "a", "an", "so", "much", "you", "huge", "massive", "big"]);
/** Verbs after a name that make it the giver ("X sent me", "X treated us", "X flew us"). */
const GIVE = new Set(["sent", "sends", "gave", "gifted", "treated", "flew", "flown", "hosted", "paid", "sponsored", "spoiled", "spoilt", "kindly", "invited"]);
/** Words after a name that make it a brand role ("X ambassador", "X partner"). */
const ROLE_AFTER = new Set(["ambassador", "ambassadors", "partner", "partnership", "affiliate", "collab", "discount", "code", "haul", "package", "pr", "gifting", "storefront"]);
/** Words in a name that make it an institution, a charity or a body, not a brand. */
const INSTITUTION = new Set([
  "nhs", "trust", "foundation", "hospital", "hospitals", "hospice", "charity", "charities", "society", "association", "college", "royal", "university", "council", "friends",
  "league", "uk", "institute", "ministry", "department", "service", "services", "board", "faculty", "school", "academy", "network", "alliance", "campaign", "appeal",
  "macmillan", "marie", "curie", "barnardo's", "oxfam", "unicef", "bhf", "mind", "samaritans", "redcross", "cross", "ambulance", "police", "army", "navy", "raf", "government",
  "parliament", "gmc", "nmc", "bma", "rcn", "rcgp", "rcem", "rcp", "rcs", "nice", "mhra", "cqc", "ukhsa", "phe", "hee", "deanery", "ics", "icb", "ccg", "pcn",
  "rotary", "lions", "scouts", "guides", "church", "chapel", "mosque", "temple", "gurdwara", "synagogue", "masonic", "freemasons", "pta", "club", "wi",
]);
/** Capitalised words that are not names of anything sold. */
const NOT_NAME = new Set([
  // pronouns ("They paid for it") and indefinite people are never a company
  "they", "they're", "they've", "she", "she's", "you", "you're", "him", "her", "them", "his", "their", "its", "everyone", "someone", "somebody", "nobody", "anyone",
  "i", "i'm", "i've", "i'll", "i'd", "the", "a", "an", "my", "our", "we", "it", "this", "that", "these", "those", "thanks", "thank", "huge", "massive", "big", "so", "just", "honestly",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "christmas", "easter", "dr", "doctor", "nurse", "prof", "professor", "mr", "mrs", "ms", "miss", "mum", "dad", "god", "ad", "pr", "gp", "ed", "a&e",
  "icu", "itu", "ok", "omg", "lol", "tbh", "ngl", "pls", "please", "new", "free", "use", "get", "loving", "love", "obsessed", "link", "bio", "code", "off", "disclosure", "not", "never", "no",
]);
/** Words that open sentences and are not names ("Proud ambassador for...", "Delighted to join..."). */
const OPENER = new Set(["proud", "delighted", "excited", "thrilled", "honoured", "honored", "happy", "official", "officially", "brand", "super", "very", "really", "lovely", "amazing", "fab", "great", "finally", "also", "still", "another", "first", "best", "latest", "absolutely", "seriously", "quick", "shout", "can't", "cannot", "tried", "loved", "spent", "been", "had", "got", "went"]);
/** Short all-capital words are acronyms of bodies and tests (NHS, RCEM, NICE, ECG), not brands. */
const ACRONYM = /^[A-Z]{2,5}s?$/;

/**
 * How much the frame itself says there is an arrangement (0 = it only names a brand): being given
 * something ("gifted by", "X sent me", "dinner on X") or holding a role ("X ambassador") is one.
 */
const FRAME_CUE: Record<string, number> = {
  "gifted by": 0.6, "sent by": 0.55, "sponsored by": 0.6, "funded by": 0.45, "provided by": 0.45, "supported by": 0.35, "paid by": 0.6, "hosted by": 0.45,
  "courtesy of": 0.55, "ambassador of": 0.6, "partner of": 0.45, "face of": 0.55, "advisor of": 0.5, "adviser of": 0.5, "guest of": 0.45, "guests of": 0.45, "compliments of": 0.55,
  "ambassador for": 0.6, "ambassadors for": 0.6, "advisor for": 0.5, "adviser for": 0.5, "partner for": 0.45, "consultant for": 0.5, "kol for": 0.6,
  "dinner on": 0.55, "drinks on": 0.55, "lunch on": 0.5, "meal on": 0.55, "trip on": 0.55, "weekend on": 0.55, "stay on": 0.5, "everything on": 0.5,
  "reps from": 0.45, "rep from": 0.45, "gifted from": 0.6, "sent from": 0.5, "samples from": 0.5, "haul from": 0.55, "package from": 0.5, "parcel from": 0.5, "box from": 0.45,
  "goodies from": 0.5, "freebies from": 0.55, "partnered with": 0.3, "partnering with": 0.3, "collab with": 0.45, "collaboration with": 0.3, "teamed with": 0.3,
  "session at": 0.35, "treatment at": 0.35, "booster at": 0.35, "facial at": 0.35, "launch at": 0.3, "speaking at": 0.35, "spoke at": 0.35, "talk at": 0.3, "presenting at": 0.35,
  "off at": 0.3, "code at": 0.4, "discount at": 0.4,
  giver: 0.55, "brand role": 0.6, "my new": 0.1, join: 0.25, "product from": 0.2, "thanks to": 0.3, "thank to": 0.3, "love to": 0.3, "out to": 0.25, "cheers to": 0.3, "grateful to": 0.3,
};

const cache = new PostCache<Span[]>();

function brand(a: Analysis, from: Token, to: Token, confidence: number, kind: string): Span {
  return { type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "brand-frame", data: { kind, cue: FRAME_CUE[kind] ?? 0 } };
}

/**
 * Brand names found by their frames, in sentences `sentences` (those with a commercial cue or an
 * endorsement, and the ones either side). Linear in the tokens of those sentences.
 */
export function frameBrands(a: Analysis, sentences: ReadonlySet<number>): Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  cache.set(a, out);
  if (sentences.size === 0) return out;
  const t = a.tokens;
  const taken = new Set<number>();
  for (const list of [a.of("person-name"), a.of("place"), a.of("hospital"), a.of("first-name")]) {
    for (const s of list) for (let k = a.tokenIndexAt(s.start); k < t.length && t[k]!.end <= s.end; k++) taken.add(t[k]!.start);
  }
  const near = (s: number) => sentences.has(s) || sentences.has(s - 1) || sentences.has(s + 1);
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (!near(w.sentence)) continue;
    // "Name®", "Name™"
    if (w.kind === "punct" && (w.text === "\u00ae" || w.text === "\u2122") && i > 0 && t[i - 1]!.kind === "word" && t[i - 1]!.end === w.start) {
      const run = runEndingAt(t, i - 1, taken);
      if (run) out.push(brand(a, run[0], run[1], 0.85, "brand mark"));
      continue;
    }
    if (w.kind === "mention") {
      // "@ReviveSkinLeeds" after "session at", "@MedSlimUK" after "partner of": the frame lends its cue
      const framed = objectOfFrame(t, i);
      if (framed) out.push(brand(a, w, w, 0.7, framed));
      continue;
    }
    if (w.kind !== "word" || !isName(w, taken)) continue;
    const run = runFrom(t, i, taken);
    if (!run) continue;
    const [first, last] = run;
    const fi = i;
    const li = t.indexOf(last, i);
    i = li;
    if (isInstitution(t, fi, li)) continue;
    // the object of a frame: "gifted by X", "thanks to the team at X", "15% off at X"
    const framed = objectOfFrame(t, fi);
    if (framed) { out.push(brand(a, first, last, 0.7, framed)); continue; }
    // the subject of a giving verb or a brand role: "X sent me", "X ambassador"
    const next = t[li + 1]?.norm === "who" || t[li + 1]?.norm === "have" || t[li + 1]?.norm === "just" ? t[li + 2] : t[li + 1];
    if (next && next.sentence === last.sentence && (GIVE.has(next.norm) || ROLE_AFTER.has(next.norm))) { out.push(brand(a, first, last, 0.7, GIVE.has(next.norm) ? "giver" : "brand role")); continue; }
    // a capitalised name in a sentence with a cue: weaker, and not as the first word of a sentence,
    // nor after a preposition of place ("the best filler in the North", "clinics across Leeds")
    if (sentences.has(first.sentence) && !first.sentenceStart && !afterPlacePreposition(t, fi)) out.push(brand(a, first, last, 0.5, "name in a commercial sentence"));
  }
  return out;
}

const PLACE_PREPOSITIONS = new Set(["in", "across", "around", "near", "throughout", "outside"]);
/** "in the North", "across Leeds": the name is a place. */
function afterPlacePreposition(t: readonly Token[], i: number): boolean {
  const k = t[i - 1]?.norm === "the" ? i - 2 : i - 1;
  return PLACE_PREPOSITIONS.has(t[k]?.norm ?? "");
}

function isName(w: Token, taken: ReadonlySet<number>): boolean {
  if (w.kind !== "word" || !w.cap || w.text.length < 3 || taken.has(w.start) || NOT_NAME.has(w.norm)) return false;
  if (w.sentenceStart && OPENER.has(w.norm)) return false;
  // a name has small letters: all capitals are acronyms (NHS, RCEM) or discount codes (DRKATE15)
  return !ACRONYM.test(w.text) && /[a-z]/.test(w.text);
}

/** Up to three capitalised words from `i` ("Vitalise Collagen Boost", "Pulse Nutrition"). */
function runFrom(t: readonly Token[], i: number, taken: ReadonlySet<number>): [Token, Token] | undefined {
  const first = t[i]!;
  let last = first;
  for (let k = i + 1; k < t.length && k <= i + 2; k++) {
    const n = t[k]!;
    if (n.sentence !== first.sentence || n.start - last.end > 1 || !isName(n, taken)) break;
    last = n;
  }
  return [first, last];
}

function runEndingAt(t: readonly Token[], i: number, taken: ReadonlySet<number>): [Token, Token] | undefined {
  const last = t[i]!;
  if (last.kind !== "word") return undefined;
  let first = last;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const p = t[k]!;
    if (p.sentence !== last.sentence || first.start - p.end > 1 || !isName(p, taken)) break;
    first = p;
  }
  return [first, last];
}

function isInstitution(t: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to + 1 && k < t.length; k++) if (INSTITUTION.has(t[k]!.norm)) return true;
  return false;
}

/** The frame a name at token `i` is the object of, if any ("gifted by", "thanks to the team at"). */
function objectOfFrame(t: readonly Token[], i: number): string | undefined {
  let k = i - 1;
  let fillers = 0;
  while (k >= 0 && t[k]!.sentence === t[i]!.sentence && t[k]!.kind === "word" && FILLER.has(t[k]!.norm) && fillers < 5) {
    // "thanks to the team at X": the filler "at"/"from"/"of" is itself a frame word when its head is
    const head = FRAME_HEAD[t[k]!.norm];
    if (head && k > 0 && head.has(t[k - 1]!.norm)) return `${t[k - 1]!.norm} ${t[k]!.norm}`;
    if (t[k]!.norm === "from" && k > 0 && PRODUCT.has(t[k - 1]!.norm)) return "product from";
    k--;
    fillers++;
  }
  const prep = t[k];
  // "thank you Aurelia!", "thanks Lumora": the name thanked straight after the thanks
  if ((prep?.norm === "thank" && t[k + 1]?.norm === "you") || (prep?.norm === "thanks" && k === i - 1)) return prep.sentence === t[i]!.sentence ? "thanks to" : undefined;
  // "my new Vitalise Collagen Boost": a product of one's own, new
  if (prep?.norm === "new" && (t[k - 1]?.norm === "my" || t[k - 1]?.norm === "our") && prep.sentence === t[i]!.sentence) return "my new";
  if (!prep || prep.sentence !== t[i]!.sentence || prep.kind !== "word" || !BEFORE_FRAME.has(prep.norm)) return undefined;
  if (prep.norm === "join" || prep.norm === "joining" || prep.norm === "joined") return "join";
  const head = FRAME_HEAD[prep.norm]!;
  // "join X as": the head is before "join"; "off at X": a number may sit between
  for (let h = k - 1; h >= 0 && h >= k - 3 && t[h]!.sentence === prep.sentence; h--) {
    if (head.has(t[h]!.norm)) return `${t[h]!.norm} ${prep.norm}`;
    // "clogs from StrideMed", "gummies from X": a product from a maker
    if (prep.norm === "from" && PRODUCT.has(t[h]!.norm)) return "product from";
    if (t[h]!.kind === "word" && !FILLER.has(t[h]!.norm) && t[h]!.norm !== "so" && t[h]!.norm !== "much") break;
  }
  return undefined;
}
