// More claims built from parts, for advertising/misleading-claims (see ./claim-patterns.ts for the
// first set). Each is a shape, not a phrase:
//  - a comparison with nothing to check it against: "stronger than Botox", "better results than
//    surgery", "3x faster results", "twice as long-lasting", "superior to every other jab";
//  - an absolute reach or safety: "safe for all skin types", "suitable for everyone", "everyone leaves
//    looking...", "100% of our patients", "every trace of", "never worry about wrinkles again", "none
//    of the risk", "nobody needs to put up with";
//  - pressure by scarcity or a deadline: "only 2 appointments remaining", "last 3 slots", "book
//    before Friday", "20% off till May 1st", "prices rise on 1st March", "sale ends Sunday";
//  - insecurity: "still hiding your smile?", "embarrassed in photos?", "self-conscious on the beach?",
//    "why settle for a tired face";
//  - a result promised at once or for good: "instantly slimmer", "clears brain fog instantly", "rid
//    yourself of migraines", "protects you from every winter bug";
//  - a rank by acclaim: "voted number one", "nobody does lips like us".
// Spans are shaped like lexicon spans (a category), so the rule's scope, promotion and caution checks
// decide. They are found in ./claim-patterns.ts's single pass (one look-up per token: shapeKind) and
// the rule counts them only in posts that carry a sign of selling. Every look-around is bounded.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

const COMPARATIVE = new Set(["better", "stronger", "faster", "safer", "longer", "cheaper", "quicker", "smoother", "younger", "slimmer", "firmer", "tighter", "clearer", "brighter", "superior", "gentler", "easier", "fuller", "more"]);
/** What a comparison is made against without evidence ("than Botox", "than surgery", "than any diet"). */
// (number words too: "more than three times a week" is a frequency, not a comparison)
const THAN_TARGET_STOP = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice", "a", "half", "ever", "before", "usual", "expected", "i", "we", "you", "it", "they", "i'm", "we're", "you're", "it's", "they're", "he's", "she's", "that's", "last", "yesterday", "many", "most", "people", "some", "think", "thought", "realise", "realize", "believe", "imagine", "assumed", "feared", "often", "previously", "once", "originally", "planned"]);
/** Words that make a comparison an evidence statement ("in trials", "NICE says", "the study showed"). */
const EVIDENCE = new Set(["trial", "trials", "study", "studies", "evidence", "nice", "meta-analysis", "rct", "rcts", "cochrane", "published", "data", "research", "guideline", "guidelines", "systematic", "review", "cohort", "placebo", "randomised", "randomized", "show", "showed", "shows", "found"]);
const REACH = new Set(["everyone", "everybody", "all", "every", "any"]);
const SUITABLE = new Set(["safe", "suitable", "works", "work", "effective", "perfect", "ideal", "fine"]);
const SCARCE_UNIT = new Set(["slots", "slot", "appointments", "appointment", "spaces", "space", "places", "place", "spots", "spot", "bookings", "sessions", "left", "remaining", "available"]);
const SCARCE_LEAD = new Set(["only", "last", "just", "final"]);
/** Units after a number that make "until 48 hours" a length of time rather than a date. */
const DURATION_UNIT = new Set(["hours", "hour", "hrs", "hr", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes", "mins"]);
/** What "everyone gets" when it is an illness, not a result ("everyone gets ill", "everyone gets colds"). */
const UNWELL = new Set(["ill", "sick", "poorly", "unwell", "colds", "cold", "flu", "covid", "norovirus", "tired", "worse", "older", "old", "bored", "nervous", "anxious", "stressed", "burnt", "burned"]);
const DEADLINE = new Set(["before", "by", "until", "till", "til", "ends", "ending", "expires", "closes", "close", "closing"]);
/** What a seller says is closing: "places close tonight", "bookings close Friday", "enrolment closes at midnight". */
const CLOSING = new Set(["places", "spaces", "spots", "slots", "bookings", "booking", "applications", "enrolment", "enrollment", "registration", "registrations", "doors", "cart", "sign-ups", "signups"]);
const WHEN = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "midnight", "tomorrow", "today", "christmas", "easter", "summer", "weekend",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "end", "the", "1st", "2nd", "3rd", "friday's", "sunday's",
]);
/** Words of a sale that make a deadline pressure ("save £100 before Friday", "20% off till May 1st"). */
const SALE = new Set(["offer", "sale", "save", "off", "price", "prices", "deal", "discount", "%", "£", "half", "voucher", "deposit"]);
/** Booking words, which make a deadline pressure only when something is sold ("book your tox before the month ends", not "book before Friday for our free course"). */
const BOOKING = new Set(["book", "booking", "secure", "grab", "claim", "reserve"]);
const RISE = new Set(["rise", "rises", "rising", "increase", "increases", "increasing", "up", "double", "going"]);
const FEEL = new Set(["embarrassed", "self-conscious", "ashamed", "insecure", "hiding", "hide", "hate", "unhappy", "bothered", "conscious", "sick", "tired", "fed", "worried", "ugly", "paranoid"]);
const LOOKS = new Set([
  "smile", "face", "skin", "body", "teeth", "nose", "lips", "chin", "neck", "tummy", "belly", "stomach", "arms", "thighs", "legs", "bum", "hair", "lines", "wrinkles", "spots",
  "acne", "scars", "photos", "photo", "pictures", "selfies", "reflection", "mirror", "beach", "bikini", "wedding", "weight", "shape", "figure", "jawline", "jowls", "eyes", "bags",
  "looks", "appearance", "age", "ageing", "aging", "cellulite", "pores", "veins", "chest", "boobs", "breasts",
  "fat", "overweight", "flabby", "frumpy", "ugly", "old", "invisible", "unattractive", "wrinkly", "saggy",
]);
const TIRED_LOOK = new Set(["tired", "dull", "saggy", "old", "older", "aged", "droopy", "flat", "thin", "wrinkled", "lined", "puffy", "heavy", "chubby"]);
const AT_ONCE = new Set(["instantly", "instant", "overnight", "immediately", "immediate"]);
const LOOKS_RESULT = new Set(["slimmer", "younger", "smoother", "firmer", "tighter", "clearer", "brighter", "fresher", "refreshed", "lifted", "snatched", "plumper", "fuller", "thinner", "flatter", "gone", "glowing", "better", "new", "perfect", "flawless"]);
const RID = new Set(["rid", "clears", "clear", "removes", "remove", "erases", "erase", "melts", "zaps", "zap", "kills", "kill", "banishes", "beats", "beat", "eliminates", "destroys", "dissolves"]);
const AILMENT = new Set([
  "migraines", "migraine", "headaches", "fog", "fatigue", "anxiety", "pain", "acne", "scarring", "scars", "wrinkles", "lines", "fat", "cellulite", "bloating", "insomnia", "stress",
  "eczema", "psoriasis", "hair", "loss", "spots", "pigmentation", "inflammation", "toxins", "bug", "bugs", "virus", "viruses", "colds", "flu", "infections", "allergies", "depression",
  "arthritis", "back", "joint", "cravings", "weight", "belly", "tummy", "snoring", "sweating", "rosacea", "trace", "sign", "signs",
]);

const DOES = new Set(["does", "do", "did"]);
const OWN_DOER = new Set(["i", "we", "you", "u", "they", "she", "he"]);
/** The first word of each shape, so that each token costs one look-up. */
const FIRST = new Map<string, string>();
for (const w of COMPARATIVE) FIRST.set(w, "comparative");
for (const w of ["twice", "2x", "3x", "4x", "5x", "10x", "three", "double"]) FIRST.set(w, "multiple");
for (const w of SUITABLE) FIRST.set(w, "suitable");
for (const w of ["everyone", "everybody"]) FIRST.set(w, "everyone");
for (const w of ["every", "none", "nobody", "never"]) FIRST.set(w, w);
for (const w of SCARCE_LEAD) FIRST.set(w, "scarce");
for (const w of DEADLINE) FIRST.set(w, "deadline");
for (const w of ["prices", "price"]) FIRST.set(w, "price");
for (const w of FEEL) FIRST.set(w, "feel");
for (const w of ["why", "settle"]) FIRST.set(w, "settle");
for (const w of AT_ONCE) FIRST.set(w, "at-once");
for (const w of RID) FIRST.set(w, "rid");
for (const w of ["protects", "protect", "protection"]) FIRST.set(w, "protect");
FIRST.set("first", "first-to");
FIRST.set("everything", "everything");
FIRST.set("voted", "voted");
FIRST.set("guaranteed", "guaranteed");
FIRST.set("hello", "hello");
FIRST.set("if", "if-book");
FIRST.set("x", "times");
FIRST.set("100", "hundred");
FIRST.set("no", "no-one");

function claim(a: Analysis, from: Token, to: Token, category: string, confidence: number, rule: string): Span {
  return { type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "claim-pattern", data: { category, source: rule } };
}

/** The next word token after `i` in the same sentence, within `n` tokens. */
function nextWord(t: readonly Token[], i: number, n = 2): Token | undefined {
  for (let k = i + 1; k < t.length && k <= i + n; k++) {
    const w = t[k]!;
    if (w.sentence !== t[i]!.sentence) return undefined;
    if (w.kind === "word" || w.kind === "number") return w;
  }
  return undefined;
}

/** A word of `set` within `n` tokens after `i`, in the sentence. */
function ahead(t: readonly Token[], i: number, n: number, set: ReadonlySet<string>): Token | undefined {
  for (let k = i + 1; k < t.length && k <= i + n; k++) {
    if (t[k]!.sentence !== t[i]!.sentence) return undefined;
    if (set.has(t[k]!.norm)) return t[k];
  }
  return undefined;
}

export function evidenceInSentence(a: Analysis, at: number): boolean {
  return a.sentencesWith("claim-evidence", (w) => EVIDENCE.has(w.norm)).has(at);
}

/** Claim shapes in text order. */
/** The shape a word may open, if any: one look-up per token (used by ./claim-patterns.ts's pass). */
export function shapeKind(norm: string): string | undefined {
  return FIRST.get(norm);
}

/** The claim shape opened by token `i` (of `kind`), pushed onto `out`; returns the index to resume after. */
export function shapeAt(a: Analysis, i: number, kind: string, out: Span[]): number {
  const t = a.tokens;
  const w = t[i]!;
  const s = w.sentence;
  {
    switch (kind) {
      case "comparative": {
        // "stronger than Botox", "better results than surgery", "superior to every other jab"
        const than = ahead(t, i, w.norm === "superior" ? 1 : 3, w.norm === "superior" ? TO : THAN);
        if (!than) break;
        let target = nextWord(t, t.indexOf(than, i));
        // "than the high street", "than any diet": the thing compared, past its determiner
        if (target && THAN_DET.has(target.norm)) target = nextWord(t, t.indexOf(target, i)) ?? target;
        // "more than 50 patients" counts; "better than ever" and "safer than before" compare with nothing
        if (!target || target.kind === "number" || THAN_TARGET_STOP.has(target.norm) || evidenceInSentence(a, s)) break;
        // "matters more than anything", "more than everything": the idiom of emphasis compares with nothing
        if (w.norm === "more" && (target.norm === "anything" || target.norm === "everything")) break;
        out.push(claim(a, w, target, "comparative", 0.55, "comparison without evidence"));
        i = t.indexOf(target, i);
        break;
      }
      case "times": {
        // "3x faster results": a number written against an "x"
        const prev = t[i - 1];
        if (!prev || prev.kind !== "number" || prev.end !== w.start) break;
        const m = nextWord(t, i);
        if (m && (COMPARATIVE.has(m.norm) || m.norm === "results" || m.norm === "more") && !evidenceInSentence(a, s)) out.push(claim(a, prev, m, "comparative", 0.55, "multiple without evidence"));
        break;
      }
      case "multiple": {
        // "twice as long-lasting", "3x faster results", "double the results"
        // ("twice as effective", "double the results"; "twice a day", "three times daily" are doses)
        const n = nextWord(t, i);
        const m = n && (n.norm === "as" || n.norm === "the") ? nextWord(t, t.indexOf(n, i)) : n;
        const ok = m && (COMPARATIVE.has(m.norm) || m.norm === "results" || (n!.norm === "as" && m.kind === "word" && m.norm !== "much" && m.norm !== "many" && m.norm !== "likely" && m.norm !== "often"));
        if (ok && !evidenceInSentence(a, s)) out.push(claim(a, w, m!, "comparative", 0.55, "multiple without evidence"));
        break;
      }
      case "suitable": {
        // "safe for all skin types", "suitable for everyone", "works for everybody"
        const f = nextWord(t, i);
        const r = f && f.norm === "for" ? nextWord(t, t.indexOf(f, i)) : undefined;
        if (r && REACH.has(r.norm)) { const end = r.norm === "all" || r.norm === "every" || r.norm === "any" ? (nextWord(t, t.indexOf(r, i)) ?? r) : r; out.push(claim(a, w, end, "guarantee", 0.6, "safe for all")); }
        break;
      }
      case "everyone": {
        // "Everyone leaves looking 10 years younger", "everyone walks out glowing"
        const v = nextWord(t, i);
        if (v && (v.norm === "leaves" || v.norm === "walks" || v.norm === "goes" || v.norm === "looks" || v.norm === "gets" || v.norm === "loves" || v.norm === "sees")) {
          const res = ahead(t, t.indexOf(v, i), 5, LOOKS_RESULT);
          // "the month everyone gets ill": an illness that comes to everyone is not a promised result
          if (!res && v.norm === "gets" && UNWELL.has(nextWord(t, t.indexOf(v, i))?.norm ?? "")) break;
          if (res || v.norm === "sees" || v.norm === "gets") out.push(claim(a, w, res ?? v, "guarantee", 0.6, "everyone gets the result"));
        }
        break;
      }
      case "every": {
        // "removes every trace of", "protects against every bug", "results every time" (claim-patterns has "every time")
        const n = nextWord(t, i);
        if (n && (n.norm === "trace" || n.norm === "sign" || n.norm === "bug" || n.norm === "virus" || n.norm === "line" || n.norm === "wrinkle")) out.push(claim(a, w, n, "guarantee", 0.6, "every trace"));
        break;
      }
      case "everything": {
        // "does everything the jab does", "do everything Botox does": a rival treatment matched, unchecked
        const d = t[i - 1];
        // ("does everything I do": the author's own routine, not a rival treatment)
        if (!d || d.sentence !== s || !(d.norm === "do" || d.norm === "does") || OWN_DOER.has(t[i + 1]?.norm ?? "") || evidenceInSentence(a, s)) break;
        const does = ahead(t, i, 4, DOES);
        if (does) out.push(claim(a, d, does, "comparative", 0.6, "does everything a rival does"));
        break;
      }
      case "none": {
        // "none of the risk", "none of the downtime"
        const of = nextWord(t, i);
        const the = of?.norm === "of" ? nextWord(t, t.indexOf(of, i)) : undefined;
        const harm = the?.norm === "the" ? nextWord(t, t.indexOf(the, i)) : undefined;
        if (harm && (harm.norm === "risk" || harm.norm === "risks" || harm.norm === "pain" || harm.norm === "downtime" || harm.norm === "side" || harm.norm === "scarring" || harm.norm === "hassle")) out.push(claim(a, w, harm, "guarantee", 0.65, "none of the risk"));
        break;
      }
      case "nobody":
      case "no-one": {
        // "nobody needs to put up with", "nobody does lips like us", "no one does it better"
        const first = kind === "no-one" ? nextWord(t, i) : w;
        if (!first || (kind === "no-one" && first.norm !== "one")) break;
        const v = nextWord(t, t.indexOf(first, i));
        if (!v) break;
        if (v.norm === "does" || v.norm === "do") {
          const like = ahead(t, t.indexOf(v, i), 3, LIKE);
          if (like && nextWord(t, t.indexOf(like, i))?.norm === "us") out.push(claim(a, w, nextWord(t, t.indexOf(like, i))!, "superlative", 0.65, "nobody does it like us"));
          else if (ahead(t, t.indexOf(v, i), 3, BETTER)) out.push(claim(a, w, ahead(t, t.indexOf(v, i), 3, BETTER)!, "superlative", 0.65, "nobody does it better"));
        } else if ((v.norm === "needs" || v.norm === "has" || v.norm === "should") && ahead(t, t.indexOf(v, i), 4, PUT_UP)) out.push(claim(a, w, ahead(t, t.indexOf(v, i), 4, PUT_UP)!, "insecurity", 0.55, "nobody needs to put up with"));
        break;
      }
      case "never": {
        // "you'll never need another facial", "never have to diet again"
        const need = nextWord(t, i);
        if (need && (need.norm === "need" || need.norm === "have") && nextWord(t, t.indexOf(need, i))?.norm === "another") { out.push(claim(a, w, nextWord(t, t.indexOf(need, i))!, "guarantee", 0.6, "never need another")); break; }
        // "never worry about wrinkles again", "never diet again"
        for (let k = i + 1; k < t.length && k <= i + 6 && t[k]!.sentence === s; k++) {
          if (t[k]!.norm === "again") {
            const between = t.slice(i + 1, k);
            if (between.some((x) => x.norm === "worry" || x.norm === "diet" || x.norm === "suffer" || x.norm === "hide" || x.norm === "shave" || LOOKS.has(x.norm) || AILMENT.has(x.norm))) out.push(claim(a, w, t[k]!, "guarantee", 0.6, "never again"));
            break;
          }
        }
        break;
      }
      case "scarce": {
        // "only 2 appointments remaining", "last 3 slots", "just a few spaces left"
        const n = nextWord(t, i);
        if (!n) break;
        const count = n.kind === "number" || n.norm === "a" || n.norm === "few" || n.norm === "one" || n.norm === "two" || n.norm === "three" || n.norm === "four" || n.norm === "five";
        if (!count) break;
        const unit = ahead(t, t.indexOf(n, i), 3, SCARCE_UNIT);
        if (unit && !(unit.norm === "available" && w.norm !== "only")) out.push(claim(a, w, unit, "pressure", 0.65, "scarcity"));
        break;
      }
      case "first-to": {
        // "first to comment gets it", "first 5 to book win a free peel": a race for the offer
        let k = i;
        const n = nextWord(t, k);
        const skip = n && (n.kind === "number" || COUNT_WORDS.has(n.norm)) ? n : undefined;
        if (skip) k = t.indexOf(skip, k);
        // "discount for the first 10", "20% off for the first 5 bookings": an offer rationed to the quickest
        if (skip && t[i - 1]?.norm === "the" && t[i - 2]?.norm === "for" && t[i - 2]!.sentence === s && saleNear(a, i)) { out.push(claim(a, t[i - 2]!, skip, "pressure", 0.6, "offer for the first few")); break; }
        if (nextWord(t, k)?.norm !== "to") break;
        const to = nextWord(t, k)!;
        const act = nextWord(t, t.indexOf(to, k));
        if (!act || !RACE_ACT.has(act.norm)) break;
        const win = ahead(t, t.indexOf(act, k), 4, RACE_WIN);
        if (win) out.push(claim(a, w, win, "pressure", 0.65, "first to act wins"));
        break;
      }
      case "deadline": {
        // "book before Friday", "20% off till May 1st", "sale ends Sunday": a deadline on a sale
        const n = nextWord(t, i);
        if (!n || !(WHEN.has(n.norm) || (n.kind === "number" && /^\d{1,2}(?:st|nd|rd|th)?$/.test(n.text)) || /^\d{1,2}(?:st|nd|rd|th)$/.test(n.norm))) break;
        // "until 48 hours after your symptoms stop": a number of units is a length of time, not a date
        if (n.kind === "number" && DURATION_UNIT.has(nextWord(t, t.indexOf(n, i))?.norm ?? "")) break;
        if (n.norm === "the" && !["end", "weekend", "month", "week", "summer", "holidays"].includes(nextWord(t, t.indexOf(n, i))?.norm ?? "")) break;
        // "places close tonight", "bookings closing Friday": what is sold is said to be closing
        const closing = (w.norm === "close" || w.norm === "closes" || w.norm === "closing") && CLOSING.has(t[i - 1]?.norm ?? "") && t[i - 1]!.sentence === s;
        if ((w.norm === "close" || w.norm === "closing") && !closing) break;
        if (!closing && !saleNear(a, i)) break;
        out.push(claim(a, closing ? t[i - 1]! : w, n.norm === "the" ? (nextWord(t, t.indexOf(n, i)) ?? n) : n, "pressure", 0.6, "deadline on a sale"));
        break;
      }
      case "price": {
        // "prices rise on 1st March", "price goes up to £250 at midnight"
        const v = nextWord(t, i);
        const r = v && (RISE.has(v.norm) || v.norm === "go" || v.norm === "goes") ? (v.norm === "go" || v.norm === "goes" || v.norm === "going" ? nextWord(t, t.indexOf(v, i)) : v) : undefined;
        if (r && (r.norm === "up" || RISE.has(r.norm))) out.push(claim(a, w, r, "pressure", 0.6, "prices rise"));
        break;
      }
      case "feel": {
        // "still hiding your smile?", "embarrassed in photos?", "self-conscious on the beach?", "hate your jowls"
        const lead = w.norm === "tired" || w.norm === "sick" || w.norm === "fed" ? ahead(t, i, 2, OF) : w;
        if (!lead) break;
        const looks = ahead(t, t.indexOf(lead, i), 4, LOOKS);
        if (!looks) break;
        // addressed to the reader: "your smile", "you", or a question
        const addressed = t.slice(i, t.indexOf(looks, i) + 1).some((x) => x.norm === "your" || x.norm === "you") || endsWithQuestion(t, t.indexOf(looks, i));
        if (addressed) out.push(claim(a, w, looks, "insecurity", 0.6, "insecurity about looks"));
        break;
      }
      case "settle": {
        // "why settle for a tired face"
        if (w.norm === "why" && nextWord(t, i)?.norm !== "settle") break;
        const look = ahead(t, i, 5, TIRED_LOOK);
        const part = look ? ahead(t, t.indexOf(look, i), 2, LOOKS) : undefined;
        if (look && part) out.push(claim(a, w, part, "insecurity", 0.65, "why settle for"));
        break;
      }
      case "at-once": {
        // "instantly slimmer", "clears brain fog instantly"
        const n = nextWord(t, i);
        if (n && LOOKS_RESULT.has(n.norm)) out.push(claim(a, w, n, "guarantee", 0.55, "result at once"));
        else {
          const prev = t[i - 1];
          if (prev && prev.sentence === s && prev.kind === "word" && (AILMENT.has(prev.norm) || RID.has(prev.norm))) out.push(claim(a, w, w, "guarantee", 0.55, "result at once"));
        }
        break;
      }
      case "rid": {
        // "rid yourself of migraines", "clears brain fog", "melts stubborn fat": a cure verb aimed at a complaint
        const target = ahead(t, i, 4, AILMENT);
        if (target && !(w.norm === "clear" && t[i - 1]?.norm === "is")) out.push(claim(a, w, target, "cure", 0.55, "cure verb + complaint"));
        break;
      }
      case "protect": {
        // "protects you from every winter bug", "protection against all viruses"
        const reach = ahead(t, i, 4, REACH_ALL);
        if (reach) out.push(claim(a, w, ahead(t, t.indexOf(reach, i), 3, AILMENT) ?? reach, "cure", 0.6, "protects against everything"));
        break;
      }
      case "hello": {
        // "say hello to a flatter tummy", "hello to smoother skin": a result promised like "goodbye to"
        const to = nextWord(t, i);
        const res = to?.norm === "to" ? ahead(t, t.indexOf(to, i), 3, LOOKS_RESULT) : undefined;
        if (res) { const from = t[i - 1]?.norm === "say" ? t[i - 1]! : w; out.push(claim(a, from, ahead(t, t.indexOf(res, i), 2, LOOKS) ?? res, "guarantee", 0.6, "hello to a result")); }
        break;
      }
      case "guaranteed": {
        // "natural-looking lips, guaranteed 💋": a guarantee closing the claim before it
        const after = t[i + 1];
        if (!after || after.sentence !== s || (after.kind === "punct" && after.text !== "-" && after.text !== "'")) { out.push(claim(a, w, w, "guarantee", 0.7, "guaranteed, closing a claim")); break; }
        // "guaranteed regrowth", "guaranteed weight loss": a result promised
        const n = nextWord(t, i);
        if (n && OUTCOME_NOUN.has(n.norm)) {
          const loss = n.norm === "weight" ? nextWord(t, t.indexOf(n, i)) : undefined;
          out.push(claim(a, w, loss?.norm === "loss" ? loss : n, "guarantee", 0.8, "guaranteed + outcome"));
        }
        break;
      }
      case "if-book": {
        // "free consult if you book this week": an inducement with a deadline
        const you = nextWord(t, i);
        const book = you?.norm === "you" ? nextWord(t, t.indexOf(you, i)) : undefined;
        const when = book && (book.norm === "book" || book.norm === "sign" || book.norm === "buy") ? ahead(t, t.indexOf(book, i), 3, SOON) : undefined;
        if (when) out.push(claim(a, w, when, "pressure", 0.6, "offer with a deadline"));
        break;
      }
      case "voted": {
        // "voted number one in Leeds", "voted best clinic"
        const n = nextWord(t, i);
        if (n && (n.norm === "number" || n.norm === "best" || n.norm === "no" || n.norm === "top" || n.text === "#1")) out.push(claim(a, w, nextWord(t, t.indexOf(n, i)) ?? n, "superlative", 0.6, "voted the best"));
        break;
      }
      case "hundred": {
        // "100% of our patients would recommend us"
        if (t[i + 1]?.text !== "%") break;
        const of = nextWord(t, i + 1);
        const who = of?.norm === "of" ? ahead(t, t.indexOf(of, i), 3, CLIENTS) : undefined;
        if (who) out.push(claim(a, w, who, "guarantee", 0.6, "100% of our patients"));
        break;
      }
    }
  }
  return i;
}

const THAN = new Set(["than"]);
const COUNT_WORDS = new Set(["two", "three", "four", "five", "ten", "few"]);
/** What readers race to do for an offer ("first to comment", "first 10 to book"). */
const RACE_ACT = new Set(["comment", "comments", "book", "books", "message", "messages", "dm", "reply", "replies", "share", "shares", "tag", "tags", "like", "call", "text", "inbox", "claim"]);
/** What the winner gets ("gets it", "wins", "bags the slot"). */
const RACE_WIN = new Set(["gets", "get", "wins", "win", "bags", "bag", "secures", "secure", "grabs", "receives"]);
const THAN_DET = new Set(["the", "a", "an", "any", "your", "other", "all", "most", "every", "our", "their"]);
const OUTCOME_NOUN = new Set(["pass", "passes", "approval", "regrowth", "results", "result", "weight", "loss", "success", "improvement", "cure", "clearance", "clear", "smooth", "glow", "transformation", "recovery", "pregnancy", "remission", "relief"]);
const SOON = new Set(["today", "tonight", "now", "week", "weekend", "month", "friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "before"]);
const TO = new Set(["to"]);
const LIKE = new Set(["like"]);
const BETTER = new Set(["better", "it"]);
const PUT_UP = new Set(["up", "live", "suffer", "tolerate", "accept", "struggle"]);
const OF = new Set(["of", "with", "up"]);
const REACH_ALL = new Set(["every", "all", "any", "everything"]);
const CLIENTS = new Set(["patients", "clients", "customers", "users"]);

function endsWithQuestion(t: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < t.length && k <= i + 6; k++) {
    if (t[k]!.sentence !== t[i]!.sentence) return t[k - 1]!.text === "?";
    if (t[k]!.text === "?") return true;
  }
  return false;
}

/** A sale word within six tokens either side of `i`, in its sentence. */
function saleNear(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const s = t[i]!.sentence;
  let booking = false;
  for (let k = Math.max(0, i - 6); k < t.length && k <= i + 6; k++) {
    const w = t[k]!;
    if (w.sentence !== s) continue;
    if (SALE.has(w.norm) || w.text === "%" || w.text === "£") return true;
    if (BOOKING.has(w.norm)) booking = true;
  }
  // a booking deadline is pressure when a cosmetic treatment or a prescription-only medicine is sold
  return booking && (a.lexicon("cosmetic-procedures").length > 0 || a.lexicon("prescription-only-medicines").length > 0 || a.text.includes("\u00a3"));
}
