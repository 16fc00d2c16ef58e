// Where a post gives a secret away, for privacy/credentials (which reports each) and privacy/location
// (which adds the place the secret opens). A secret-bearing noun (password, PIN, door code, keypad,
// login, smartcard...) and then one of:
// - its value, after a link ("the code is 4471", "PIN: 808080", "login: medreg / Rotas!2024"), in its
//   own sentence or in one of the next two ("The Cerner password expires every 30 days. Fine. It's
//   Summer2024! now");
// - a clue anyone can solve ("the year the NHS was founded", "my birthday");
// - where it is written ("it's on the post-it on the monitor", "the code's on the whiteboard");
// - a picture that shows it ("screenshot of my login with my password on the sticky note");
// - the secret handed to someone else ("shared my login with the locum", "gave the F1 my smartcard
//   and PIN", "using Dr Ahmed's login");
// and, without a noun, a system left on factory credentials ("the CCTV is still admin/admin").
// Everything is computed once per post (memoised) in one pass per noun with bounded look-ahead.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

export type DisclosureKind = "value" | "hint" | "written" | "shown" | "shared" | "default";

export interface Disclosure {
  kind: DisclosureKind;
  /** What to flag: the value, the clue, or the noun. */
  start: number;
  end: number;
  /** "a password", "a PIN", "an access code", "a login". */
  secret: string;
  confidence: number;
  /** How sure the link between noun and value is (for explanations). */
  link: number;
  noun?: Span;
}

/** Code-like values: digits with optional letters ("4471", "C1234X", "Winter2024"), at least 3 characters. */
const HAS_DIGIT = /\d/;
const NON_DIGITS = /\D/g;
const OPENING = new Set(["\"", "'", "\u201c", "\u2018", "#", "(", "["]);
/** Punctuation inside a written code or password ("1-2-3-4", "Rotas!2024", "user/Pass1"). */
const JOINERS = new Set(["#", "*", "-", "!", "/", "@", ".", "_", "$", "&"]);
const MIXED = /^(?=.*\p{L})(?=.*\d)[\p{L}\d!@#$%^&*_./-]{4,}$/u;
const PASSWORDISH = /pass|pw|login|log in|user/i;
const PIN = /^pin/i;
/** Words between a secret noun and its value that do not break the link ("the code is STILL 1234"). */
const FILLER = new Set(["the", "our", "ward's", "ward", "is", "are", "still", "now", "currently", "was", "just", "it's", "its", "again", "back", "for", "today", "this", "week", "changed", "to", "so", "literally", "basically", "actually", "officially"]);
const ITS = new Set(["it's", "its"]);
const OWN = /^(?:mine|ours)/i;
/** Words that make "code" a shop's discount code ("15% off with code DRLUCY15"), not a lock. */
const DISCOUNT = new Set(["off", "discount", "discounts", "promo", "coupon", "voucher", "offer", "checkout", "save", "saving", "shop", "order", "%"]);
/** "the year the NHS was founded", "the same as last year's", "my birthday": a value hinted at, not written. */
const HINT_LEAD = new Set(["the", "my", "your", "our", "same", "his", "her", "their"]);
const NAME_HINTS = new Set(["surname", "initials", "nickname"]);
const HINT_NOUN = new Set(["year", "date", "birthday", "number", "same", "postcode", "name", "dob", ...NAME_HINTS]);
const HINT_END = new Set(["but", "so", "if", "because", "cos", "honestly", "lol", "which", "though", "although", "haha"]);
const AND_CONTINUES = new Set(["a", "an", "the", "my", "her", "his", "their", "then"]);
/** Across a sentence break only a clue that names its answer counts ("The code is the year..."), not "the same as before". */
const FAR_HINT_NOUN = new Set(["year", "date", "birthday", "postcode", "dob"]);
/** A picture in which the secret can be read ("screenshot of my login with my password on the sticky note"). */
const PROHIBITIONS = new Set(["never", "don't", "dont", "avoid"]);
/**
 * Advice against sharing, whose list the negation scope does not reach: "Reminder: never put your
 * badge PIN, door codes or EHR password in a photo". Not the author's own habit ("I never change
 * the door code, it's 4321").
 */
function warnedAgainst(a: Analysis, noun: Span): boolean {
  const before = a.wordsBefore(noun.start, 10); // nearest first, within the sentence
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!.norm;
    const prohibition = PROHIBITIONS.has(w) || (w === "not" && before[k + 1]?.norm === "do");
    if (!prohibition) continue;
    const subject = before[w === "not" ? k + 2 : k + 1]?.norm;
    return subject !== "i" && subject !== "we";
  }
  return false;
}
const PICTURE = new Set(["screenshot", "screenshots", "photo", "photos", "pic", "pics", "picture", "selfie", "snap", "image", "📸"]);
/** Words after a number that make it a quantity, not a code ("It's 100% pointless", "it's 365 days"). */
const UNIT_AFTER = new Set(["%", "days", "day", "hours", "hrs", "mins", "minutes", "years", "weeks", "months", "times", "am", "pm", "quid", "pounds", "characters", "chars", "digits", "people", "patients"]);

const PICTURE_LIST = [...PICTURE];
const POINTING = new Set(["that's", "thats", "that", "this", "this's"]);
/**
 * "Photo of my desk (ignore the post-it, yes that's my password)": a secret pointed at ("that's my
 * password", "that is our door code") in a post that shares a picture is one the reader can see.
 */
function pointedAt(a: Analysis, noun: Span): boolean {
  if (!a.hasAnyWord(PICTURE_LIST)) return false;
  const before = a.wordsBefore(noun.start, 3); // nearest first
  if (!before[0] || !(POSSESSIVE.has(before[0].norm) || before[0].norm === "the")) return false;
  const link = before[1];
  if (!link) return false;
  if (link.norm === "that's" || link.norm === "thats") return true;
  return link.norm === "is" && POINTING.has(before[2]?.norm ?? "");
}

/** Whether token i follows a full stop written with no space either side ("ed.locum"). */
function dottedName(a: Analysis, i: number): boolean {
  const dot = a.tokens[i - 1];
  const before = a.tokens[i - 2];
  const t = a.tokens[i]!;
  return dot?.text === "." && before?.kind === "word" && t.kind === "word" && dot.start === before.end && t.start === dot.end;
}

/** A value of six or more letters and digits that is its whole sentence ("Margaret1974."). */
function standsAlone(a: Analysis, run: Token[]): boolean {
  const text = a.text.slice(run[0]!.start, run[run.length - 1]!.end);
  if (text.length < 6 || !MIXED.test(text)) return false;
  const sentence = run[0]!.sentence;
  const prev = a.tokens[a.tokenIndexAt(run[0]!.start) - 1];
  if (prev && prev.sentence === sentence && prev.kind === "word") return false;
  for (let k = a.tokenIndexAt(run[run.length - 1]!.end); k < a.tokens.length && a.tokens[k]!.sentence === sentence; k++) if (a.tokens[k]!.kind === "word" || a.tokens[k]!.kind === "number") return false;
  return true;
}

/** Things with a lock of their own: "the code on the fridge" may be the fridge's lock. */
const LOCKABLE = new Set(["fridge", "door", "doors", "cupboard", "locker", "cabinet", "safe", "gate", "drawer"]);
/** Where a secret is written down: "on the post-it", "on a sticky note under the keyboard", "on the whiteboard". */
const WRITTEN_PLACES = new Set(["post-it", "postit", "post", "sticky", "stickies", "whiteboard", "keyboard", "monitor", "screen", "noticeboard", "board", "desk", "wall", "lanyard", "fridge", "door", "drawer", "notepad"]);
const WRITTEN_PREPS = new Set(["on", "under", "behind", "taped", "stuck", "written", "scribbled", "blu-tacked", "sellotaped", "in", "above", "inside"]);
const PLACE_PREPS = new Set(["on", "under", "behind", "in", "above", "inside"]);

/** Handing a secret to someone: "shared my login with", "gave the F1 my PIN", "lent her my smartcard". */
const SHARE_VERBS = new Set(["shared", "share", "sharing", "shares", "gave", "give", "giving", "gives", "lent", "lend", "lending", "handed", "hand", "passed", "told", "tell", "telling", "texted", "emailed", "whatsapped", "sent", "send"]);
/** Using someone else's: "using Dr Ahmed's login", "logged in on the consultant's smartcard". */
const USE_VERBS = new Set(["using", "used", "use", "borrowed", "borrowing", "borrow", "nicked"]);
const RECIPIENT_PREPS = new Set(["with", "to"]);
const HANDING_LIST = [...SHARE_VERBS, ...USE_VERBS];
const SELF = new Set(["me", "myself", "us", "i", "we"]);
/** How a person named between the verb and the secret starts ("gave the locum my...", "told her my..."). */
const RECIPIENT_START = /^(?:the|a|an|him|her|them|everyone|someone|anyone|locum|locums|f1|f2|fy1|fy2|reg|sho|student|students|colleague|mate|friend|nurse|hca)$/;
const PARTICLES = new Set(["up", "out", "and", "away", "back", "in", "off", "it"]);
const POSSESSIVE = new Set(["my", "our", "his", "her", "their"]);
/** Nouns that can be handed over; the wifi password is meant for guests. */
const SHAREABLE = /pass|pw|login|log in|pin|smart ?card|user|credential|account/i;
const GUEST = /wi-?fi/i;
/** A conditional or general statement about sharing ("if you share your login", "sharing logins is..."). */
const CONDITIONAL = new Set(["if", "when", "whenever", "unless", "should", "shouldn't", "must", "mustn't", "never", "don't", "dont", "not", "no"]);

/** Factory credentials written as "user/password" ("admin/admin", "root/root"). */
const DEFAULT_WORDS = new Set(["admin", "administrator", "root", "password", "passw0rd", "guest", "default", "changeme", "letmein", "1234", "12345", "123456", "0000", "user"]);

function secretName(noun: Span): string {
  return PASSWORDISH.test(noun.text) ? "a password" : PIN.test(noun.text) ? "a PIN" : "an access code";
}

const isDigit = (t: Token): boolean => t.kind === "number" && t.text.length === 1;
/** How many single digits, one space apart, run from token j ("3 9 1 1" is four); 0 if j is not one. */
function spacedDigits(tokens: readonly Token[], j: number): number {
  if (!tokens[j] || !isDigit(tokens[j]!)) return 0;
  let n = 1;
  for (let k = j + 1; k < tokens.length && n < 8 && tokens[k]!.start === tokens[k - 1]!.end + 1 && isDigit(tokens[k]!); k++) n++;
  return n;
}

/** The token after `i` (same sentence, skipping quotes), if it looks like a code or password. */
function valueAfter(a: Analysis, i: number): Token[] | undefined {
  const tokens = a.tokens;
  const first = tokens[i];
  if (!first) return undefined;
  let j = i;
  while (j < tokens.length && OPENING.has(tokens[j]!.text)) j++;
  const t = tokens[j];
  if (!t || t.sentence !== first.sentence) return undefined;
  // Join "C1234" + "X" style runs written without spaces ("1234#", "12-34").
  const run: Token[] = [t];
  for (let k = j + 1; k < tokens.length && run.length < 12; k++) {
    const n = tokens[k]!;
    // Adjacent characters are one written value even where "!" or "." would end a sentence ("Rotas!2024").
    if (n.start !== run[run.length - 1]!.end) break;
    if (n.kind === "punct" && !JOINERS.has(n.text)) break;
    run.push(n);
  }
  while (run.length > 1 && run[run.length - 1]!.kind === "punct") run.pop();
  // "(3 9 1 1)", "4 7 7 1": a keypad code read out digit by digit, one space apart (four digits or more)
  if (run.length === 1 && spacedDigits(tokens, j) >= 4) for (let k = j + 1; k < tokens.length && k < j + 8 && tokens[k]!.start === tokens[k - 1]!.end + 1 && isDigit(tokens[k]!); k++) run.push(tokens[k]!);
  const value = a.text.slice(run[0]!.start, run[run.length - 1]!.end);
  if (t.kind === "number" && value.replace(NON_DIGITS, "").length >= 3) return run;
  if ((t.kind === "word" || t.kind === "number") && HAS_DIGIT.test(value) && MIXED.test(value)) return run;
  return undefined;
}

/** The index of the first token of the sentence after token `i`'s, within `limit` tokens, or -1. */
function nextSentence(a: Analysis, i: number, limit: number): number {
  const sentence = a.tokens[i]?.sentence;
  for (let k = i; k < a.tokens.length && k - i < limit; k++) if (a.tokens[k]!.sentence !== sentence) return k;
  return -1;
}

const YEAR = /^(?:19|20)\d\d$/;
const CLAUSE = new Set(["and", "but", "so", "already", "or"]);

/** A value found across a sentence break must not be a quantity ("It's 2024 and...", "it's 100% daft"). */
function plainValue(a: Analysis, value: Token[]): boolean {
  const after = a.tokens[a.tokenIndexAt(value[value.length - 1]!.end)];
  if (!after) return true;
  if (after.text === "%") return false;
  // "It's 2024 and we still...": a year opening a clause
  if (value.length === 1 && YEAR.test(value[0]!.text) && CLAUSE.has(after.norm)) return false;
  return !(UNIT_AFTER.has(after.norm) && after.start - value[value.length - 1]!.end <= 1);
}

/**
 * The first link ("it's", "it is", "the code is", "mine's", ":") among the first six words of the
 * next two sentences after token `i`: the index of the token after it, or -1.
 */
function linkAhead(a: Analysis, i: number, verbs: ReadonlyMap<number, Span>): { at: number; strength: number } | undefined {
  const tokens = a.tokens;
  let sentences = 0;
  let words = 0;
  let sentence = tokens[i]?.sentence;
  for (let k = i; k < tokens.length && k - i < 40; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      if (++sentences > 2) return undefined;
      words = 0;
    }
    if (t.kind !== "word") continue;
    if (++words > 6) continue;
    const verb = verbs.get(t.start);
    if (ITS.has(t.norm)) return { at: k + 1, strength: 0.4 };
    if (t.norm === "it" && tokens[k + 1]?.norm === "is") return { at: k + 2, strength: 0.4 };
    if (verb && verb.confidence >= 0.4) return { at: a.tokenIndexAt(verb.end), strength: verb.confidence };
  }
  return undefined;
}

/** "the code's on the whiteboard", "it's on a post-it under the keyboard": the place it is written. */
function writtenAt(a: Analysis, i: number, sentence: number): Token[] | undefined {
  const tokens = a.tokens;
  for (let k = i, words = 0; k < tokens.length && words < 2 && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    words++;
    // "written on", "stuck under": the participle, then the preposition
    if (!WRITTEN_PREPS.has(t.norm)) return undefined;
    if (!PLACE_PREPS.has(t.norm)) continue;
    for (let m = k + 1, w2 = 0; m < tokens.length && w2 < 4 && tokens[m]!.sentence === sentence; m++) {
      const p = tokens[m]!;
      if (p.kind !== "word") continue;
      w2++;
      if (WRITTEN_PLACES.has(p.norm) && !(p.norm === "post" && tokens[m + 1]?.text !== "-")) {
        const last = p.norm === "post" ? tokens[m + 2] ?? p : p.norm === "sticky" && tokens[m + 1]?.norm === "note" ? tokens[m + 1]! : p;
        return [t, last];
      }
    }
    return undefined;
  }
  return undefined;
}

/** "20% off", "£10 off": "off" is a discount only after a price ("while Sandra's off" is someone away). */
function priceBefore(a: Analysis, t: Token): boolean {
  const prev = a.tokens[a.tokenIndexAt(t.start) - 1];
  return prev !== undefined && (prev.text === "%" || prev.kind === "number");
}

/** Where the post names a door, room or cupboard a keypad code opens (the lexicon's lockable nouns): their end offsets. */
function lockEnds(a: Analysis): ReadonlySet<number> {
  return a.memo("credential-lock-ends", () => new Set(a.lexicon("credentials", "lockable").map((s) => s.end)));
}
const isLock = (a: Analysis, t: Token): boolean => lockEnds(a).has(t.end);
/** Words before "code" that make it something other than a lock ("dress code", "QR code", "postcode"). */
const OTHER_CODES = new Set(["dress", "qr", "bar", "post", "zip", "area", "icd", "snomed", "read", "discount", "promo", "voucher", "referral", "source", "colour", "color", "morse", "cardiac", "arrest", "trauma", "stroke", "sepsis", "billing", "tariff"]);
/** Words after "code" that make it a call or a rulebook ("code blue", "code of conduct"). */
const OTHER_CODES_AFTER = new Set(["of", "blue", "red", "black", "brown", "green", "amber", "white", "pink", "orange", "yellow", "purple", "grey", "status", "word", "words", "name", "names"]);
const CODE_WORDS = new Set(["code", "codes", "code's"]);
const CODE_WORDS_LIST = [...CODE_WORDS];
/** Verbs that hand over a code to type: "use 1357# on the side entrance", "punch in 4826* on the keypad". */
const KEY_IN = new Set(["use", "try", "punch", "press", "enter", "type", "tap", "key", "buzz", "dial", "it's", "its"]);
const LOCK_PREPS = new Set(["on", "for", "at", "into", "to"]);
/** A keypad value: four to eight digits, maybe with # or * ("2468", "1357#", "2580*"). */
const KEYPAD = /^\d{4,8}[#*]?$/;
/** A keypad code spelt digit by digit ("7-3-7-3", "1-9-8-4#"): read as its digits. */
const SPELT = /^\d(?:-\d){3,7}[#*]?$/;
/** A keypad code read out with spaces ("3 9 1 1"). */
const SPACED = /^\d(?: \d){3,7}$/;
const keypadValue = (v: string): boolean => KEYPAD.test(v) || SPELT.test(v) || SPACED.test(v);

/**
 * A bare "code" in a sentence that names a door, room or cupboard it opens ("the code for the store room
 * has changed to...", "the CD cupboard (code's still 1234"): a secret noun the lexicon cannot list.
 */
function lockCodes(a: Analysis): Span[] {
  const out: Span[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (!CODE_WORDS.has(w.norm) || OTHER_CODES.has(t[i - 1]?.norm ?? "") || OTHER_CODES_AFTER.has(t[i + 1]?.norm ?? "")) continue;
    let lock = false;
    // "Locked out of theatres again because nobody told me they'd changed the code to 7319"
    for (let k = Math.max(0, i - 10); k <= i + 6 && k < t.length && !lock; k++) lock = k !== i && t[k]!.sentence === w.sentence && isLock(a, t[k]!);
    if (!lock) continue;
    // "code's" ends where its "'s" (a link word) begins, so the walk reads the link
    const end = w.norm === "code's" ? w.start + 4 : w.end;
    out.push({ type: "phrase", start: w.start, end, text: a.text.slice(w.start, end), confidence: 0.7, detector: "lock-code", lexicon: "credentials", data: { category: "secret-noun", source: "built" } });
  }
  return out;
}

/** The digits of a keypad code at token i ("1357", "#"), if the run is one: [first, last] tokens. */
function keypadAt(a: Analysis, i: number): Token[] | undefined {
  const run = valueAfter(a, i);
  if (!run || run[0]!.kind !== "number") return undefined;
  const value = a.text.slice(run[0]!.start, run[run.length - 1]!.end);
  return keypadValue(value) && plainValue(a, run) && !YEAR.test(value.replace(/[- ]/g, "")) ? run : undefined;
}

/** Verbs of opening a lock with its code ("opens with 0000"). */
const OPENS = new Set(["opens", "open", "opened", "unlocks", "unlock", "unlocked"]);

/**
 * Codes given by the door or cupboard they open, without the word "code": "the sluice cupboard is
 * 7391", "staff room's still 5521", "use 1357# on the side entrance", "punch in 4826* on the keypad".
 */
function placeCodes(a: Analysis, out: Disclosure[]): void {
  const t = a.tokens;
  let after = -1;
  for (const i of longNumbers(a)) {
    if (i <= after) continue;
    const w = t[i]!;
    const run = keypadAt(a, i);
    if (!run) continue;
    // backwards: "cupboard is 7391", "room's still 5521", "door: 2468"
    let k = i - 1;
    // "the staff room is the same (3 9 1 1)": one code for two locks, restated in brackets
    let reach = 3;
    while (k >= 0 && ((FILLER.has(t[k]!.norm) || t[k]!.text === ":" || t[k]!.text === "(") && t[k]!.norm !== "the" || (t[k]!.norm === "same" && t[k - 1]?.norm === "the" && t[k + 1]?.text === "(")) && i - k <= reach) {
      if (t[k]!.norm === "same") { k--; reach += 2; }
      k--;
    }
    const before = t[k];
    const linked = k < i - 1 || (before?.norm.endsWith("'s") ?? false);
    let placeBefore = before !== undefined && before.sentence === w.sentence && linked && isLock(a, before);
    // "the CD cupboard on Ward 9 still opens with 0000", "the drug safe at our station unlocks with 1234":
    // a verb of opening ties the value to the lock that is its subject, a few words back
    if (!placeBefore && t[i - 1]?.norm === "with" && OPENS.has(t[i - 2]?.norm ?? "")) {
      for (let m = i - 3; m >= 0 && m >= i - 11 && t[m]!.sentence === w.sentence && !placeBefore; m--) placeBefore = isLock(a, t[m]!);
    }
    // forwards: "use 1357# on the side entrance", after a verb of keying it in
    const verb = t[i - 1] && (KEY_IN.has(t[i - 1]!.norm) || (t[i - 1]!.norm === "in" && KEY_IN.has(t[i - 2]?.norm ?? "")));
    let placeAfter = false;
    let last = a.tokenIndexAt(run[run.length - 1]!.end);
    while (t[last]?.kind === "punct" && JOINERS.has(t[last]!.text)) last++; // "4826*" then "on"
    if (verb && LOCK_PREPS.has(t[last]?.norm ?? "")) for (let m = last + 1; m < t.length && m <= last + 5 && !placeAfter; m++) placeAfter = t[m]!.sentence === t[last]!.sentence && isLock(a, t[m]!);
    if (!placeBefore && !placeAfter) continue;
    const span = { start: run[0]!.start, end: run[run.length - 1]!.end };
    if (a.isNegated(span)) continue;
    out.push({ kind: "value", start: span.start, end: span.end, secret: "an access code", confidence: 0.7, link: 0.5 });
    after = last;
  }
}

/** Nouns after "birthday" that make it a celebration ("my birthday present"), not a date. */
const CELEBRATION = new Set(["party", "parties", "present", "presents", "cake", "treat", "venue", "card", "cards", "gift", "gifts", "do", "drinks", "celebration", "meal", "lunch", "night", "surprise"]);
/** What names "the year": a clause ("the year the NHS was founded", "the year we opened", "the year of..."). */
const CLUE_CLAUSE = new Set(["the", "of", "we", "i", "you", "my", "our", "she", "he", "they", "it", "that", "when"]);
/** Clue nouns that answer a lock's combination when a person owns them ("Sarah's birthday", "the year the NHS was founded"). */
const LOCK_HINT_WORDS = ["birthday", "year", "dob", "postcode"];
/**
 * A lock given by a clue instead of its digits: "the safe is Sarah's birthday backwards", "the side door's
 * the year the NHS was founded". The door, safe or cupboard, a link ("is", "'s", "was"), then a clue
 * noun owned by someone ("the", "my", a name's "'s").
 */
function lockHints(a: Analysis, out: Disclosure[]): void {
  const t = a.tokens;
  for (const lock of a.lexicon("credentials", "lockable")) {
    let i = a.tokenIndexAt(lock.end);
    // "safe's", "door's": the link is in the lockable's own token
    const linked = /'s$/.test(lock.text);
    if (!linked) {
      // "the safe on our site opens with the birth year of...": a verb of opening links a lock a few words on
      if (t[i]?.norm !== "is" && t[i]?.norm !== "was" && t[i]?.norm !== "'s") {
        let k = i;
        while (k < t.length && k < i + 5 && t[k]!.sentence === t[i]?.sentence && !OPENS.has(t[k]!.norm)) k++;
        if (!(OPENS.has(t[k]?.norm ?? "") && t[k + 1]?.norm === "with" && t[k + 1]!.sentence === t[k]!.sentence)) continue;
        i = k + 1;
      }
      i++;
    }
    while (i < t.length && (t[i]!.norm === "still" || t[i]!.norm === "now" || t[i]!.norm === "just" || t[i]!.norm === "literally")) i++;
    // "the CD cupboard's the 4-digit one - same as the year the hospital opened": a short description,
    // then the clue after "same as"
    for (let k = i; k < t.length && k <= i + 8 && t[k]!.sentence === t[i]?.sentence; k++) {
      if (t[k]!.norm === "same" && t[k + 1]?.norm === "as") { i = k + 2; break; }
    }
    const lead = t[i];
    // "the birth year of the chief pharmacist", "her birth date": "birth" qualifies the clue noun
    if (t[i + 1]?.norm === "birth" && FAR_HINT_NOUN.has(t[i + 2]?.norm ?? "")) i++;
    const noun = t[i + 1];
    if (!lead || !noun || lead.sentence !== t[a.tokenIndexAt(lock.start)]!.sentence || noun.sentence !== lead.sentence) continue;
    const owner = HINT_LEAD.has(lead.norm) || (lead.cap && lead.norm.endsWith("'s"));
    if (!owner || !FAR_HINT_NOUN.has(noun.norm)) continue;
    // "the staff room is my birthday present", "the fridge is the birthday cake's": a thing, not a clue;
    // "the year" is a clue only with the clause that names it ("the year the NHS was founded")
    const after = t[i + 2];
    if (after && after.sentence === noun.sentence && CELEBRATION.has(after.norm)) continue;
    if (lead.norm === "the" && !(after && after.sentence === noun.sentence && CLUE_CLAUSE.has(after.norm))) continue;
    // the clue runs to the end of its clause ("the year the NHS was founded")
    let last = noun;
    for (let k = i + 2, words = 0; k < t.length && words < 8 && lead.norm === "the"; k++, words++) {
      const c = t[k]!;
      if (c.sentence !== noun.sentence || c.kind !== "word" || HINT_END.has(c.norm)) break;
      last = c;
    }
    const span = { start: lead.start, end: last.end };
    if (a.isNegated(span)) continue;
    out.push({ kind: "hint", start: span.start, end: span.end, secret: "an access code", confidence: 0.65, link: 0.5 });
  }
}

/** "locked out" in the post (word lookups only). */
function lockedOutPossible(a: Analysis): boolean {
  return a.words.has("locked") && a.words.has("out");
}
/** "locked out of the lab", "got locked out again": a lock the author could not open, as a secret noun. */
function lockedOut(a: Analysis): Span[] {
  const out: Span[] = [];
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i]!.norm !== "locked" || t[i + 1]!.norm !== "out") continue;
    out.push({ type: "phrase", start: t[i]!.start, end: t[i + 1]!.end, text: a.text.slice(t[i]!.start, t[i + 1]!.end), confidence: 0.5, detector: "locked-out", lexicon: "credentials", data: { category: "secret-noun", source: "built" } });
  }
  return out;
}

/** "pin 7741", "pin: 0451", "pin is 2580" in lower case (the lexicon's PIN is upper case only): the word, if a keypad value follows it. */
function lowerPins(a: Analysis): Span[] {
  const out: Span[] = [];
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const w = t[i]!;
    if (w.norm !== "pin" || w.text === "PIN") continue;
    const at = t[i + 1]!.text === ":" || t[i + 1]!.norm === "is" ? i + 2 : i + 1;
    if (t[at]?.sentence !== w.sentence || !keypadAt(a, at)) continue;
    out.push({ type: "phrase", start: w.start, end: w.end, text: w.text, confidence: 0.6, detector: "lower-pin", lexicon: "credentials", data: { category: "secret-noun", source: "built" } });
  }
  return out;
}

/** Indexes of number tokens of four digits or more (keypad-code candidates), found once per post. */
function longNumbers(a: Analysis): readonly number[] {
  return a.memo("credential-long-numbers", () => {
    const out: number[] = [];
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const n = t[i]!;
      if (n.kind !== "number") continue;
      // "7-3-7-3": a single digit joined by a hyphen to the next digit starts a spelt-out code
      if (n.text.length >= 4 || (n.text.length === 1 && t[i + 1]?.text === "-" && t[i + 1]!.start === n.end && t[i - 1]?.text !== "-" && t[i + 2]?.kind === "number")) out.push(i);
      // "3 9 1 1": the first of four or more single digits one space apart
      else if (n.text.length === 1 && !(t[i - 1] && isDigit(t[i - 1]!) && n.start === t[i - 1]!.end + 1) && spacedDigits(t, i) >= 4) out.push(i);
    }
    return out;
  });
}

function find(a: Analysis): Disclosure[] {
  const out: Disclosure[] = [];
  if (factoryAccount(a)) defaults(a, out);
  if (lockPossible(a) && longNumbers(a).length > 0) placeCodes(a, out);
  if (lockPossible(a) && a.hasAnyWord(LOCK_HINT_WORDS)) lockHints(a, out);
  const built = a.hasAnyWord(CODE_WORDS_LIST) && lockPossible(a) ? lockCodes(a) : [];
  // "Locked out of the lab again. Note to self: it's 2580": being locked out names a lock
  if (lockedOutPossible(a)) built.push(...lockedOut(a));
  // "pin 7741" typed in lower case: a PIN given with its digits (an orthopaedic pin takes no keypad number)
  if (a.words.has("pin") && longNumbers(a).length > 0) built.push(...lowerPins(a));
  const listed = a.lexicon("credentials", "secret-noun");
  const nouns = built.length === 0 ? listed : [...listed, ...built].sort((x, y) => x.start - y.start);
  if (nouns.length === 0) return out;
  const verbs = new Map<number, Span>();
  for (const v of a.lexicon("credentials", "disclosure-verb")) if (!verbs.has(v.start) || verbs.get(v.start)!.end < v.end) verbs.set(v.start, v);
  const shown = new Set<number>();
  const sharedSentences = new Set<number>();
  // whether a verb of handing over or using someone's secret is in the post at all (looked up once,
  // and only for a noun whose value was not found)
  let handing: boolean | undefined;
  for (const noun of nouns) {
    // Someone else's words still give the secret away ("IT told me my password can't be..."), so only
    // negation and rejection ("never share your PIN") clear a noun.
    // ("Can't believe I got locked out again... it's 2580": the lockout, not the code, is what "can't" denies)
    if ((a.isNegated(noun) && noun.detector !== "locked-out") || a.isRejected(noun)) continue;
    // advice against sharing clears a noun only when no value is given with it
    const advice = warnedAgainst(a, noun);
    const sentence0 = a.sentenceOf(noun.start);
    // A weak noun ("with code", "access code") in a sentence about prices is a discount code.
    if (noun.confidence < 0.8 && a.sentencesWith("credential-discount", (t) => DISCOUNT.has(t.norm) && (t.norm !== "off" || priceBefore(a, t))).has(sentence0)) continue;
    // A picture of the secret: the secret is disclosed without its value being typed.
    // ("a photo of my password manager": a tool for secrets, not one)
    if (!advice && noun.confidence >= 0.5 && !shown.has(sentence0) && !SECRET_TOOLS.has(a.wordsAfter(noun.end, 1)[0]?.norm ?? "") && (a.sentencesWith("credential-picture", (t) => PICTURE.has(t.norm) && !a.isNegated(t)).has(sentence0) || pointedAt(a, noun))) {
      shown.add(sentence0);
      out.push({ kind: "shown", start: noun.start, end: noun.end, secret: secretName(noun), confidence: 0.7, link: 0.7, noun });
      continue;
    }
    const found = walk(a, noun, verbs);
    if (found) out.push(found);
    else if (!advice && !sharedSentences.has(sentence0) && (handing ??= handingVerb(a))) {
      const shared = handedOver(a, noun);
      if (shared) {
        sharedSentences.add(sentence0);
        out.push(shared);
      }
    }
  }
  return out;
}

/** The index of a "mine's" or "ours is" within the next 15 tokens of the sentence, or -1. */
function ownAhead(a: Analysis, i: number, sentence: number, verbs: ReadonlyMap<number, Span>): number {
  for (let k = i + 1; k < a.tokens.length && k <= i + 15 && a.tokens[k]!.sentence === sentence; k++) {
    const v = verbs.get(a.tokens[k]!.start);
    if (v && OWN.test(v.text)) return k;
  }
  return -1;
}

/** Walk from the noun to a link word and a value (or clue, or the place it is written). */
/**
 * A clue's noun at token i: "the year", or one owner away, "his dog's name", "my son's birthday"
 * (whose name or birthday anyone who knows them, or reads their posts, can find).
 */
function hintNounAt(a: Analysis, i: number, nouns: ReadonlySet<string>, sentence: number, owned: boolean): boolean {
  const t = a.tokens[i];
  if (!t || t.sentence !== sentence) return false;
  if (nouns.has(t.norm)) return true;
  // ("mine is now the cat's name plus a 7. Whiskers7 it is": after "mine is" the value itself may follow)
  if (!owned) return false;
  const n = a.tokens[i + 1];
  return t.kind === "word" && /'s$/.test(t.norm) && !!n && n.sentence === sentence && nouns.has(n.norm) && n.norm !== "same";
}

function walk(a: Analysis, noun: Span, verbs: ReadonlyMap<number, Span>): Disclosure | undefined {
  let sentence = a.sentenceOf(noun.start);
  let crossed = false;
  // Walk up to ten tokens after the noun for a disclosure word (":", "=", "is", "changed to")
  // and then a value; the lexicon's disclosure words tell how sure the link is.
  let i = a.tokenIndexAt(noun.end);
  let link = 0;
  let value: Token[] | undefined;
  let kind: DisclosureKind = "value";
  let described = false;
  // "my password can't be 'password1'": a value after a negation is what the secret is not
  let denied = false;
  let written: Token[] | undefined;
  let free = 0;
  for (let steps = 0; i < a.tokens.length; steps++, i++) {
    // (a door or cupboard code may be described at length first: "the door code for the staff changing rooms on the top floor is...")
    if (steps >= (described ? 18 : noun.confidence >= 0.8 ? 13 : 10)) {
      // "Door code for the maternity unit has changed AGAIN and nobody tells nights. For my fellow
      // midwives: it's 1984#": a long first sentence with no value; the answer may follow it.
      if (crossed || link > 0) break;
      const next = nextSentence(a, i, 24);
      if (next < 0) break;
      i = next;
    }
    let t = a.tokens[i]!;
    // (punctuation and emoji are not words of the description: "the on-call room 😂 (it's X)" is as
    // near as "the on-call room, it's X"; a few only, so a run of emoji cannot stretch the walk)
    if (t.kind === "punct" && t.text !== ":" && t.text !== "=" && t.sentence === sentence && free < 6) { free++; steps--; }
    // "ed.locum", "j.smith": a full stop inside a username is not a sentence break
    if (t.sentence !== sentence && dottedName(a, i)) sentence = t.sentence;
    if (t.sentence !== sentence) {
      if (crossed) break;
      // "Mine's my dog's name and a 1. Bailey1 will never be guessed": after a link, a code-like
      // value opening the next sentence is the secret.
      if (link > 0 && t.kind === "word") {
        const next = valueAfter(a, i);
        if (next && MIXED.test(a.text.slice(next[0]!.start, next[next.length - 1]!.end))) { value = next; break; }
      }
      // "...my wife's name and our anniversary. Margaret1974.": a sentence that is nothing but a
      // password-like value (letters and digits, six or more), straight after the secret's sentence
      if (link === 0 && t.kind === "word") {
        const alone = valueAfter(a, i);
        if (alone && standsAlone(a, alone)) { value = alone; link = 0.4; break; }
      }
      // "What's the code for the CD cupboard? I think it's 0808"; "The Cerner password expires every
      // 30 days. Fine. It's Summer2024! now": the value in one of the next two sentences, tied back
      // by "it's" or "the code is".
      const ahead = linkAhead(a, i, verbs);
      if (!ahead) break;
      crossed = true;
      denied = false;
      i = ahead.at;
      t = a.tokens[i]!;
      if (!t) break;
      sentence = t.sentence;
      link = Math.max(link, ahead.strength);
      steps = 6;
    }
    const verb = verbs.get(t.start);
    if (verb) {
      link = Math.max(link, verb.confidence);
      // "mine's now just my dog's name and a 1": a possessive pronoun introduces a description.
      if (OWN.test(verb.text)) described = true;
      i = a.tokenIndexAt(verb.end) - 1;
      continue;
    }
    if (t.text === ":" || t.text === "=") { link = Math.max(link, 0.4); continue; }
    // "the staff room code is the year the NHS was founded": after a link, a hint stands for the value.
    // ("passwords are your surname plus the year": a pattern for everyone, whose value may follow, not a clue)
    if (link > 0 && HINT_LEAD.has(t.norm) && hintNounAt(a, i + 1, crossed ? FAR_HINT_NOUN : HINT_NOUN, sentence, !described) && !(t.norm === "your" && NAME_HINTS.has(a.tokens[i + 1]?.norm ?? ""))) {
      let last = t;
      for (let k = i + 1, words = 0; k < a.tokens.length && words < 10; k++) {
        const c = a.tokens[k]!;
        if (c.sentence !== sentence || (c.kind === "punct" && c.text !== "'" && c.text !== "-")) break;
        // the clue ends where the next clause starts ("my birthday and honestly if hackers...");
        // "my dog's name and a 1" keeps its "and"
        if (HINT_END.has(c.norm) || (c.norm === "and" && !AND_CONTINUES.has(a.tokens[k + 1]?.norm ?? "") && a.tokens[k + 1]?.kind !== "number")) break;
        last = c;
        words++;
      }
      value = [t, last];
      kind = "hint";
      break;
    }
    // "password's on the sticky note", "the code is on the whiteboard": where to read it. The walk
    // goes on, as the value may follow ("...on the sticky note but it's Rotas2024").
    if (!written && (link > 0 || steps === 0) && WRITTEN_PREPS.has(t.norm)) {
      written = writtenAt(a, i, sentence);
      // "the keypad code on the staffroom fridge": straight after the noun, a lockable thing says
      // which lock the code opens, not where it is written ("the door code's on the fridge" is)
      if (written && steps === 0 && link === 0 && LOCKABLE.has(written[1]!.norm) && !/'s$/.test(a.tokens[i - 1]?.norm ?? "")) written = undefined;
      if (written) { i = a.tokenIndexAt(written[1]!.end) - 1; continue; }
    }
    if (t.norm.endsWith("n't") || t.norm === "not" || t.norm === "cannot" || t.norm === "never") denied = true;
    value = valueAfter(a, i);
    if (value && ((crossed && !plainValue(a, value)) || denied)) {
      // skip past it and keep walking to the next sentence
      i = a.tokenIndexAt(value[value.length - 1]!.end) - 1;
      value = undefined;
      denied = false;
      continue;
    }
    // "login: medreg / Rotas!2024": a username, a slash, then the password.
    if (!value && link > 0 && t.kind === "word" && a.tokens[i + 1]?.text === "/" && a.tokens[i + 1]!.sentence === sentence) value = valueAfter(a, i + 2);
    // "f2locum / Bleep!2025": the value before the slash is the username, the one after the password.
    if (value) {
      const after = a.tokenIndexAt(value[value.length - 1]!.end);
      const pass = a.tokens[after]?.text === "/" ? valueAfter(a, after + 1) : undefined;
      if (pass) {
        value = pass;
        link = Math.max(link, 0.6);
      }
      // "as jsmith / Autumn2024": a password after a username and a slash is written as a login
      const slash = a.tokens[a.tokenIndexAt(value[0]!.start) - 1];
      if (slash?.text === "/" && a.tokens[a.tokenIndexAt(slash.start) - 1]?.kind === "word") link = Math.max(link, 0.6);
    }
    if (value) {
      if (steps === 0) link = Math.max(link, 0.3);
      break;
    }
    // Before the link word any short description may intervene ("code for the doctors' mess is");
    // after it, only fillers ("is still", "is now").
    if (link > 0 && !FILLER.has(t.norm) && !described) {
      // "passwords are literally just Trust + your payroll number, so mine's Trust004521": the
      // description runs on, and a possessive pronoun later in the sentence takes the value
      const own = ownAhead(a, i, sentence, verbs);
      if (own < 0) break;
      i = own - 1;
      continue;
    }
  }
  if (!value && written) { value = written; kind = "written"; }
  if (!value) return undefined;
  // a lock named only by being locked out of it takes a keypad number, not any value ("it's 1145pm")
  if (noun.detector === "locked-out" && (kind !== "value" || !KEYPAD.test(a.text.slice(value[0]!.start, value[value.length - 1]!.end).replace(/-/g, "")))) return undefined;
  const start = value[0]!.start;
  const end = value[value.length - 1]!.end;
  const confidence = Math.min(1, noun.confidence + 0.3) * Math.max(link + 0.5, 0.6) * (kind === "written" ? 0.85 : 1);
  if (confidence < 0.4) return undefined;
  return { kind, start, end, secret: secretName(noun), confidence, link, noun };
}

/** Nouns after a secret's name that make it a tool or a rule about secrets. */
const SECRET_TOOLS = new Set(["manager", "managers", "vault", "generator", "policy", "policies", "reset", "resets", "rules", "requirements", "strength", "hygiene", "expiry", "app", "system", "training", "guidance", "page", "screen", "prompt"]);

/**
 * "Shared my login with the locum", "gave the F1 my smartcard and PIN", "using Dr Ahmed's login":
 * a personal secret handed to, or taken from, someone else.
 */
function handedOver(a: Analysis, noun: Span): Disclosure | undefined {
  if (!SHAREABLE.test(noun.text) || GUEST.test(noun.text)) return undefined;
  // "use the trust's password manager", "the login policy": a tool or a rule about secrets, not one
  if (SECRET_TOOLS.has(a.wordsAfter(noun.end, 1)[0]?.norm ?? "")) return undefined;
  const before = a.wordsBefore(noun.start, 6);
  const verbAt = before.findIndex((t) => SHARE_VERBS.has(t.norm) || USE_VERBS.has(t.norm));
  if (verbAt < 0) return undefined;
  const verb = before[verbAt]!;
  // "if you share your login", "never give out your PIN", "sharing logins is a sackable offence"
  if (a.isNegated(verb) || before.slice(verbAt).some((t) => CONDITIONAL.has(t.norm)) || a.wordsBefore(verb.start, 3).some((t) => CONDITIONAL.has(t.norm))) return undefined;
  const between = before.slice(0, verbAt); // nearest first: the words between the verb and the noun
  const owner = between[0];
  if (USE_VERBS.has(verb.norm)) {
    // someone else's login: "using Dr Ahmed's smartcard", "borrowed the consultant's login"
    if (!owner || !owner.norm.endsWith("'s") || POSSESSIVE.has(owner.norm)) return undefined;
  } else {
    // the author's (or a named) secret, handed to a person: "my login with the locum", "the F1 my PIN"
    const order = between.slice().reverse(); // verb ... noun, in text order
    let own = -1;
    for (let k = 0; k < order.length; k++) if (POSSESSIVE.has(order[k]!.norm) || order[k]!.norm.endsWith("'s")) own = k;
    if (own < 0) return undefined;
    const after = a.wordsAfter(noun.end, 4);
    const to = after.findIndex((t) => RECIPIENT_PREPS.has(t.norm));
    const recipientAfter = to >= 0 && after[to + 1] !== undefined && !SELF.has(after[to + 1]!.norm) && after[0]?.norm !== "back";
    // "gave the locum my login", "told her my PIN": one or two words naming a person between the verb and the secret
    const near = own >= 1 && own <= 3 && !order.slice(0, own).some((t) => PARTICLES.has(t.norm) || SELF.has(t.norm));
    const recipientBefore = near && (RECIPIENT_START.test(order[0]!.norm) || order[0]!.cap);
    if (!recipientAfter && !recipientBefore) return undefined;
  }
  const start = Math.min(verb.start, noun.start);
  return { kind: "shared", start, end: noun.end, secret: PIN.test(noun.text) ? "a PIN" : /card/i.test(noun.text) ? "a smartcard" : "a login", confidence: 0.75, link: 0.6, noun };
}

/** "The CCTV is still admin/admin", "router login root/root": factory credentials left in place. */
function defaults(a: Analysis, out: Disclosure[]): void {
  const t = a.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    const slash = t[i + 1]!;
    if (slash.text !== "/" || !DEFAULT_WORDS.has(t[i]!.norm) || !DEFAULT_WORDS.has(t[i + 2]!.norm)) continue;
    if (slash.start !== t[i]!.end || t[i + 2]!.start !== slash.end) continue;
    // "user/password" as a pair of words is a form's labels; a default login repeats or pairs a name with a value
    if (t[i]!.norm === "user" && t[i + 2]!.norm === "password") continue;
    const span = { start: t[i]!.start, end: t[i + 2]!.end };
    if (a.isNegated(span)) continue;
    out.push({ kind: "default", start: span.start, end: span.end, secret: "a login", confidence: 0.7, link: 0.5 });
    i += 2;
  }
}

function handingVerb(a: Analysis): boolean {
  const words = a.words;
  for (const w of HANDING_LIST) if (words.has(w)) return true;
  return false;
}

/** A factory account name ("admin", "root") in the post: word lookups, no span filtering. */
export function factoryAccount(a: Analysis): boolean {
  const w = a.words;
  return w.has("admin") || w.has("root") || w.has("administrator");
}

/** Whether the post can disclose anything: a secret-bearing noun or a factory account name. */
export function secretPossible(a: Analysis): boolean {
  // a walk over the post's few credential spans ("is", ":" are most of them): no filtered list is built
  for (const c of a.lexicon("credentials")) if (c.data?.category === "secret-noun") return true;
  // a door or cupboard with a long number, or a bare "code" near one
  return factoryAccount(a) || (lockPossible(a) && (a.hasAnyWord(CODE_WORDS_LIST) || longNumbers(a).length > 0 || a.hasAnyWord(LOCK_HINT_WORDS))) || ((lockedOutPossible(a) || a.words.has("pin")) && longNumbers(a).length > 0);
}


/** A door, room or cupboard named in the post: a keypad code may be given by it. */
function lockPossible(a: Analysis): boolean {
  return lockEnds(a).size > 0;
}

/** One disclosure per value: a code found by its door and by its noun ("keypad is 1234") is reported once, the surer reading kept. */
function unique(found: Disclosure[]): Disclosure[] {
  if (found.length < 2) return found;
  const best = new Map<number, Disclosure>();
  for (const d of found) {
    const seen = best.get(d.start);
    if (!seen || d.confidence > seen.confidence) best.set(d.start, d);
  }
  return found.filter((d) => best.get(d.start) === d);
}

/** Every disclosure in the post (memoised). */
export function disclosures(a: Analysis): readonly Disclosure[] {
  return a.memo("privacy-disclosures", () => unique(find(a)));
}
