import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Token } from "../../text/tokenize";
import { replacement } from "../shared";

const MASK = "••••";
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
const FILLER = new Set(["the", "our", "ward's", "ward", "is", "are", "still", "now", "currently", "was", "just", "it's", "its", "again", "back", "for", "today", "this", "week", "changed", "to"]);

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
  for (let k = j + 1; k < tokens.length; k++) {
    const n = tokens[k]!;
    // Adjacent characters are one written value even where "!" or "." would end a sentence ("Rotas!2024").
    if (n.start !== run[run.length - 1]!.end) break;
    if (n.kind === "punct" && !JOINERS.has(n.text)) break;
    run.push(n);
  }
  while (run.length > 1 && run[run.length - 1]!.kind === "punct") run.pop();
  const value = a.text.slice(run[0]!.start, run[run.length - 1]!.end);
  if (t.kind === "number" && value.replace(NON_DIGITS, "").length >= 3) return run;
  if ((t.kind === "word" || t.kind === "number") && HAS_DIGIT.test(value) && MIXED.test(value)) return run;
  return undefined;
}

const ITS = new Set(["it's", "its"]);
const OWN = /^(?:mine|ours)/i;
/** Words that make "code" a shop's discount code ("15% off with code DRLUCY15"), not a lock. */
const DISCOUNT = new Set(["off", "discount", "discounts", "promo", "coupon", "voucher", "offer", "checkout", "save", "saving", "shop", "order", "%"]);
/** "the year the NHS was founded", "the same as last year's", "my birthday": a value hinted at, not written. */
const HINT_LEAD = new Set(["the", "my", "your", "our", "same"]);
const HINT_NOUN = new Set(["year", "date", "birthday", "number", "same", "postcode", "name", "dob"]);
/** A picture in which the secret can be read ("screenshot of my login with my password on the sticky note"). */
const PICTURE = new Set(["screenshot", "screenshots", "photo", "photos", "pic", "pics", "picture", "selfie", "snap", "image", "📸"]);

/** Index of the token after "it's"/"it is" among the first four words from `i`, or -1. */
function itsWithin(a: Analysis, i: number): number {
  const sentence = a.tokens[i]?.sentence;
  for (let k = i, words = 0; k < a.tokens.length && words < 4; k++) {
    const t = a.tokens[k]!;
    if (t.sentence !== sentence) return -1;
    if (t.kind !== "word") continue;
    words++;
    if (ITS.has(t.norm)) return k + 1;
    if (t.norm === "it" && a.tokens[k + 1]?.norm === "is") return k + 2;
  }
  return -1;
}

export default defineRule({
  meta: {
    id: "privacy/credentials",
    severity: "error",
    citations: ["conf:119", "gmc-sm:8a"],
    seriousness: SERIOUSNESS.identifyingPatient,
    triggers: ["lexicon:credentials"],
    docs: {
      summary: "Passwords, PINs and door, keypad or drug-cupboard codes disclosed in a post",
      why: "Confidentiality 119: you must protect the information you hold about patients against improper access, and you should not share passwords. A door, keypad or controlled-drug cupboard code posted online opens wards, records and medicines to anyone who reads it, and no privacy setting can guarantee who that is (Doctors' use of social media 8a).",
      fix: "Remove the code or password. Share access details only in person or through your organisation's secure systems, and ask for the code to be changed if it has been posted.",
      examples: {
        flagged: ["Reminder team, the drug cupboard code is now 4471 🔑", "Locum tonight? Ward door code: 2580#"],
        passes: ["Reminder: never share your smartcard PIN, not even with the locum.", "Password reset emails from IT are phishing. Don't click them."],
      },
    },
    messages: {
      code: "This discloses {{secret}} (\"{{value}}\").",
      codeMaybe: "This may disclose {{secret}} (\"{{value}}\").",
      hint: "This gives away {{secret}} by a clue anyone can solve (\"{{value}}\").",
      shown: "This shares a picture that shows {{secret}}.",
    },
  },
  check({ analysis: a, report }) {
    const nouns = a.lexicon("credentials", "secret-noun");
    if (nouns.length === 0) return;
    const verbs = new Map<number, (typeof nouns)[number]>();
    for (const v of a.lexicon("credentials", "disclosure-verb")) if (!verbs.has(v.start) || verbs.get(v.start)!.end < v.end) verbs.set(v.start, v);
    const shown = new Set<number>();
    for (const noun of nouns) {
      if (!a.isAsserted(noun)) continue;
      // A weak noun ("with code", "access code") in a sentence about prices is a discount code.
      if (noun.confidence < 0.8 && a.sentencesWith("credential-discount", (t) => DISCOUNT.has(t.norm)).has(a.sentenceOf(noun.start))) continue;
      // A picture of the secret: the secret is disclosed without its value being typed.
      const sentence0 = a.sentenceOf(noun.start);
      if (noun.confidence >= 0.5 && !shown.has(sentence0) && a.sentencesWith("credential-picture", (t) => PICTURE.has(t.norm) && !a.isNegated(t)).has(sentence0)) {
        shown.add(sentence0);
        report({
          messageId: "shown",
          range: [noun.start, noun.end],
          data: { secret: PASSWORDISH.test(noun.text) ? "a password" : PIN.test(noun.text) ? "a PIN" : "an access code" },
          severity: "error",
          confidence: 0.7,
          explanation: { detectors: ["lexicon:credentials"], context: [{ word: noun.text, effect: noun.confidence }, { word: "picture", effect: 0.7 }] },
        });
        continue;
      }
      let sentence = a.sentenceOf(noun.start);
      let crossed = false;
      // Walk up to five tokens after the noun for a disclosure word (":", "=", "is", "changed to")
      // and then a value; the lexicon's disclosure words tell how sure the link is.
      let i = a.tokenIndexAt(noun.end);
      let link = 0;
      let value: Token[] | undefined;
      let hinted = false;
      let described = false;
      for (let steps = 0; steps < (described ? 18 : 10) && i < a.tokens.length; steps++, i++) {
        let t = a.tokens[i]!;
        if (t.sentence !== sentence) {
          // "Mine's my dog's name and a 1. Bailey1 will never be guessed": after a link, a code-like
          // value opening the next sentence is the secret.
          if (!crossed && link > 0 && t.kind === "word") {
            const next = valueAfter(a, i);
            if (next && MIXED.test(a.text.slice(next[0]!.start, next[next.length - 1]!.end))) { value = next; break; }
          }
          // "What's the code for the CD cupboard? I think it's 0808": the answer in the next sentence,
          // tied back by "it's".
          const k = crossed || a.tokens[i - 1]?.text !== "?" ? -1 : itsWithin(a, i);
          if (k < 0) break;
          crossed = true;
          sentence = t.sentence;
          link = Math.max(link, 0.4);
          steps = 6;
          i = k;
          t = a.tokens[i]!;
          if (!t || t.sentence !== sentence) break;
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
        if (link > 0 && HINT_LEAD.has(t.norm) && HINT_NOUN.has(a.tokens[i + 1]?.norm ?? "") && a.tokens[i + 1]!.sentence === sentence) {
          let last = t;
          for (let k = i + 1, words = 0; k < a.tokens.length && words < 10; k++) {
            const c = a.tokens[k]!;
            if (c.sentence !== sentence || (c.kind === "punct" && c.text !== "'" && c.text !== "-")) break;
            last = c;
            words++;
          }
          value = [t, last];
          hinted = true;
          break;
        }
        value = valueAfter(a, i);
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
        }
        if (value) {
          if (steps === 0) link = Math.max(link, 0.3);
          break;
        }
        // Before the link word any short description may intervene ("code for the doctors' mess is");
        // after it, only fillers ("is still", "is now").
        if (link > 0 && !FILLER.has(t.norm) && !described) break;
      }
      if (!value) continue;
      const start = value[0]!.start;
      const end = value[value.length - 1]!.end;
      const confidence = Math.min(1, noun.confidence + 0.3) * Math.max(link + 0.5, 0.6);
      if (confidence < 0.4) continue;
      const sure = confidence >= 0.6;
      report({
        messageId: hinted ? "hint" : sure ? "code" : "codeMaybe",
        range: [start, end],
        data: { secret: PASSWORDISH.test(noun.text) ? "a password" : PIN.test(noun.text) ? "a PIN" : "an access code", value: a.text.slice(start, end) },
        severity: sure ? "error" : "warning",
        confidence,
        suggestions: [replacement([start, end], MASK, "Replace the code with ••••", true)],
        explanation: { detectors: ["lexicon:credentials"], context: [{ word: noun.text, effect: noun.confidence }, { word: "disclosure link", effect: link }] },
      });
    }
  },
});
