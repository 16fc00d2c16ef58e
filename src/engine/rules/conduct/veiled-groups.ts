// Hostility to a group told without naming the claim outright (generalisation pass, dev8). GMC Good
// medical practice 56 and 65 (treat people fairly, without discrimination; conduct must justify the
// public's trust); Doctors' use of social media (do not post discriminatory content).
//  - the knowing hint: "you already know which religion it is", "guess which community...", and the
//    control trope "owned by the same... community", "same names, same families, same money": a group
//    left unnamed for the reader to supply, with a knowing or control cue;
//  - refusing care from someone for being in a group: "I wouldn't want a Muslim doctor treating my mum";
//  - the backhanded generalisation: "[group] are great until they...";
//  - a people named only by where they are from: "everyone from that particular continent has...",
//    "all the ones from a certain part of the world", with a sneer (an eye-roll, "apparently",
//    "funny how", "cultural");
//  - a surname read as a people's habits: "the surname tells you they'll want...", "surname says it all";
//  - care withheld from a group of patients by the author: "I won't take on [group] patients",
//    "[group] patients are impossible to examine so I don't bother anymore" (GMP 56: do not refuse
//    or delay treatment because of a patient's protected characteristic).
// Each shape starts at a word the post is first checked for; linear with bounded looks either side.
import type { Analysis } from "../../analysis";
import type { Span } from "../../types";
import { groupSpans } from "./stereotype";
import { nearTokens } from "./scope";

export interface Veiled { range: [number, number]; group: string; confidence: number; kind: string }

/** Nouns that stand for an unnamed group. */
const VEIL = new Set(["culture", "cultures", "community", "communities", "religion", "religions", "nationality", "nationalities", "ethnicity", "race", "background", "backgrounds", "lot", "tribe", "tribes", "names", "families", "surnames", "faith", "country", "countries", "heritage"]);
/** Knowing verbs before "which": the reader is to fill the group in. */
const KNOWING = new Set(["know", "knew", "guess", "guessed", "tell", "noticed", "notice", "imagine", "wonder", "wondering"]);
/** The control trope: ownership, money and seats of power held by "the same" people. */
const CONTROL = new Set(["owned", "own", "owns", "run", "runs", "running", "control", "controls", "controlled", "money", "sits", "sit", "council", "banks", "media", "behind", "funding", "funded", "pulling", "strings"]);
/** Health, research and advice words: a post about a community's health or about asking, not a jibe. */
const BENIGN = new Set(["rate", "rates", "risk", "risks", "screening", "inequality", "inequalities", "health", "outcomes", "access", "data", "prevalence", "uptake", "deprivation", "barriers", "research", "study", "ask", "assume", "learn", "learning", "respect", "sensitive", "celebrate", "celebrating", "proud", "welcome", "support", "serve", "served", "serving", "vaccine", "vaccination", "trust", "worries", "worry", "struggling", "struggle", "poverty", "hardship", "debt", "bills", "foodbank", "food", "cost"]);

/** Refusals by the author. */
const REFUSE_AFTER_NOT = new Set(["want", "trust", "let", "have", "accept"]);
const CARE_ROLES = new Set(["nurse", "doctor", "carer", "surgeon", "midwife", "gp", "physio", "hca", "consultant", "anaesthetist", "registrar", "reg", "paramedic", "dentist", "nurses", "doctors", "carers"]);
const NOT = new Set(["don't", "dont", "wouldn't", "wouldnt", "won't", "wont", "never", "not", "refuse"]);
const FIRST = new Set(["i", "i'd", "id", "i'll", "we", "we'd", "my", "me"]);

/** What a group meets rather than does: a barrier, someone else's prejudice, "we"/"us". */
const OBSTACLE = new Set(["ceiling", "barrier", "barriers", "discrimination", "racism", "sexism", "bias", "prejudice", "harassment", "system", "we", "us", "our", "abuse", "bullying"]);
/** Praise turned by "until": "are great until they...". */
const PRAISE = new Set(["great", "fine", "lovely", "brilliant", "good", "nice", "ok", "okay", "alright", "amazing", "wonderful", "fab", "fantastic", "grand"]);

/** Care the author withholds: the verb after the refusal ("don't bother", "won't see", "refuse to treat"). */
const CARE_VERB = new Set(["bother", "treat", "see", "examine", "take", "register", "accept", "touch", "refer", "scan", "bleed"]);
const COUNT = new Set(["enough", "many", "much", "few", "fewer", "more", "less", "lot", "lots", "number", "numbers"]);
/** Why the author gave up, said of the group: the judgement that makes a refusal a rule for them. */
const GAVE_UP = new Set(["impossible", "pointless", "hopeless", "waste", "anymore", "nightmare", "useless"]);
/** Nouns for the people care is for: the group must be patients or their children. */
const CARED_FOR = new Set(["patients", "patient", "kids", "children", "people", "adults", "clients", "pts", "families", "ones"]);
/** The care is withheld for the group's sake or as an adjustment ("I don't bother with a cannula if..."), not refused. */
const ADJUSTED = new Set(["if", "unless", "without", "until", "instead", "adjustment", "adjustments", "quiet", "calm", "sedation", "numbing", "cream", "first"]);

/** Places that stand for a people when pointed at and left unnamed. */
const PLACE_VEIL = new Set(["continent", "country", "countries", "part", "parts", "region", "corner", "island", "islands"]);
const EVERYONE = new Set(["everyone", "everybody", "all", "anyone", "anybody", "ones", "lot", "people", "patients", "families", "always"]);
const POINTED = new Set(["that", "those", "certain", "a"]);
/** The sneer that makes the hint a jibe: irony words and the eye-roll or upside-down face. */
const SNEER_WORDS = new Set(["apparently", "funny", "amazing", "amazingly", "surprise", "shocker", "cultural", "culturally", "course", "obviously", "naturally", "classic", "typical"]);
const SNEER_EMOJI = new Set(["\u{1F643}", "\u{1F644}", "\u{1F612}", "\u{1F926}", "\u{1F923}", "\u{1F602}"]);

const VEIL_CUES = ["which", "same", "want", "until", "from", "surname", "surnames", ...CARE_VERB];

/** Veiled groups, found once per post (discrimination and respect/patients both read them). */
export function veiledGroups(a: Analysis): Veiled[] {
  return a.memo("veiled-groups", () => { const out = findVeiled(a); namedControl(a, out); return out; });
}

/** Verbs of holding power over something, before "by": "owned by", "run by", "bankrolled by". */
const HELD_BY_LIST = ["owned", "run", "controlled", "funded", "financed", "bankrolled", "backed", "dominated"];
const HELD_BY = new Set(HELD_BY_LIST);
/** Seats of power the control trope says a people hold. */
/** (not "company", "NHS", "hospital": a family firm or a new wing "funded by the [group] community" is no trope) */
const POWER = new Set(["pharma", "banks", "banking", "media", "press", "government", "governments", "politicians", "corporations", "hollywood", "world", "newspapers", "parliament", "publishers", "regulators", "conglomerates"]);
/** Groups whose naming as holders of power is the trope (ethnic and religious peoples). */
const PEOPLE_CATEGORIES = new Set(["race", "religion-or-belief"]);
/**
 * The control trope with the group named (IHRA examples: a people said to control media, economy or
 * government): a seat of power in the sentence "owned / run / controlled... by" a religious or ethnic
 * group within five words ("the banks are all run by the same [group] families"). A volunteer group
 * "run by the [group] community" names no seat of power.
 */
function namedControl(a: Analysis, out: Veiled[]): void {
  if (!a.hasAnyWord(HELD_BY_LIST) || !a.hasAnyWord(["by"])) return;
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !HELD_BY.has(w.norm) || t[i + 1]?.norm !== "by") continue;
    const after = a.wordsAfter(t[i + 1]!.end, 5);
    if (after.length === 0) continue;
    const group = groupSpans(a).find((g) => g.start >= after[0]!.start && g.end <= after[after.length - 1]!.end && PEOPLE_CATEGORIES.has(String(g.data?.category)));
    if (!group) continue;
    const near = nearTokens(a, w, 30).filter((x) => x.sentence === w.sentence);
    if (!near.some((x) => POWER.has(x.norm)) || near.some((x) => BENIGN.has(x.norm)) || !a.isAsserted({ start: w.start, end: group.end } as Span)) continue;
    out.push({ range: [w.start, group.end], group: group.text, confidence: 0.7, kind: "control trope (group named)" });
    return;
  }
}

function findVeiled(a: Analysis): Veiled[] {
  const out: Veiled[] = [];
  if (!a.hasAnyWord(VEIL_CUES)) return out;
  const veil = a.lexicon("group-proxies").length > 0; // a veil noun, or an identity word ("religion")
  const t = a.tokens;
  const benign = t.some((w) => BENIGN.has(w.norm));
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word") continue;
    if ((w.norm === "which" || w.norm === "same") && veil && !benign) {
      // the veil noun within two words, punctuation ("the same... community") skipped
      let noun: typeof w | undefined;
      let ellipsis = false;
      for (let k = i + 1, words = 0; k < t.length && words < 2 && (t[k]!.sentence === w.sentence || ellipsis); k++) {
        if (t[k]!.kind !== "word") { if (t[k]!.text.startsWith(".") || t[k]!.text === "\u2026") ellipsis = true; continue; }
        words++;
        if (VEIL.has(t[k]!.norm)) { noun = t[k]; break; }
      }
      if (!noun) continue;
      const near = nearTokens(a, w, 30);
      if (w.norm === "which") {
        if (!a.wordsBefore(w.start, 4).some((x) => KNOWING.has(x.norm))) continue;
        // "guess which family" needs a group noun proper: a family is a family
        out.push({ range: [w.start, noun.end], group: "a group left unnamed", confidence: 0.65, kind: "knowing hint" });
        continue;
      }
      // "same": the control trope, with a repetition or a pause for the reader to fill in
      const sames = near.filter((x) => x.norm === "same").length;
      // "money" is the trope only as a thing held ("same money"), not "money worries"
      const control = near.some((x, q) => CONTROL.has(x.norm) && (x.norm !== "money" || near[q + 1]?.kind !== "word"));
      if (!(sames >= 2 || ellipsis) || !control) continue;
      out.push({ range: [w.start, noun.end], group: "a group left unnamed", confidence: 0.65, kind: "control trope" });
      continue;
    }
    if (w.norm === "want" || w.norm === "trust" || w.norm === "accept") {
      // "I don't want a gay nurse doing...": the author refuses a carer for a group they are in
      const before = a.wordsBefore(w.start, 3);
      if (!REFUSE_AFTER_NOT.has(w.norm) || !before.some((x) => NOT.has(x.norm)) || !before.some((x) => FIRST.has(x.norm))) continue;
      const after = a.wordsAfter(w.end, 6);
      if (after[0]?.norm !== "a" && after[0]?.norm !== "an" && after[0]?.norm !== "any") continue;
      const role = after.findIndex((x) => CARE_ROLES.has(x.norm));
      if (role < 2) continue;
      if (after[role + 1]?.norm === "to") continue; // "I don't want a gay nurse to feel unwelcome"
      const from = after[1]!.start;
      const group = groupSpans(a).find((g) => g.start >= from && g.start < after[role]!.end && !SEX_ONLY.has(String(g.data?.term ?? g.text).toLowerCase()) && g.data?.category !== "sex");
      if (!group) continue;
      out.push({ range: [before.find((x) => NOT.has(x.norm))!.start, after[role]!.end], group: group.text, confidence: 0.7, kind: "care refused for a group" });
      continue;
    }
    if ((w.norm === "surname" || w.norm === "surnames") && !benign) {
      // "the surname on the screen tells you they'll want...", "the surname says it all"
      // one person's own name ("her surname gives it away, she's the consultant's daughter")
      const own = a.wordsBefore(w.start, 1)[0]?.norm;
      if (own === "her" || own === "his" || own === "my" || own === "your") continue;
      const after = a.wordsAfter(w.end, 8);
      const k = after.findIndex((x, q) => (x.norm === "tells" || x.norm === "told") && after[q + 1]?.norm === "you" || (x.norm === "says" || x.norm === "said") && after[q + 1]?.norm === "it" && after[q + 2]?.norm === "all" || (x.norm === "gives" || x.norm === "gave") && after[q + 1]?.norm === "it" && after[q + 2]?.norm === "away");
      if (k < 0) continue;
      const last = after[after[k]!.norm.startsWith("t") ? k + 1 : k + 2]!;
      out.push({ range: [w.start, last.end], group: "a people read from a surname", confidence: 0.65, kind: "surname hint" });
      continue;
    }
    if (w.norm === "from" && !benign) {
      const hit = placeVeil(a, i);
      if (hit) out.push(hit);
      continue;
    }
    if (CARE_VERB.has(w.norm)) {
      const hit = careWithheld(a, i);
      if (hit) out.push(hit);
      continue;
    }
    if (w.norm === "until") {
      // "[group] are great until they...": praise withdrawn from a whole group
      const before = a.wordsBefore(w.start, 3);
      const praise = before[0];
      if (!praise || !PRAISE.has(praise.norm)) continue;
      const be = before[1];
      if (!be || (be.norm !== "are" && be.norm !== "were")) continue;
      const next = a.wordsAfter(w.end, 1)[0];
      if (!next || (next.norm !== "they" && next.norm !== "you")) continue;
      // "...until they hit the glass ceiling we keep building": an obstacle met, not a fault of the group
      if (a.wordsAfter(w.end, 12).some((x) => OBSTACLE.has(x.norm))) continue;
      const group = groupSpans(a).find((g: Span) => g.end <= be.start && be.start - g.end <= 2 && g.confidence >= 0.45);
      if (!group) continue;
      const end = a.wordsAfter(w.end, 6).at(-1)?.end ?? w.end;
      out.push({ range: [group.start, end], group: group.text, confidence: 0.7, kind: "praise until" });
    }
  }
  return out;
}
/** Sex alone: asking for a carer of one's own sex for intimate care is an accepted request. */
const SEX_ONLY = new Set(["male", "female", "man", "woman", "men", "women", "males", "females"]);

/**
 * The author withholding care from a group of patients, the care verb at token `i`: "I" and a
 * refusal before it ("I just don't bother", "we won't see", "I refuse to treat"), and in the same
 * sentence a group named as patients, either its object ("won't take on Roma patients") or named
 * before with the author's reason for giving up ("autistic kids are impossible to examine so I
 * don't bother anymore"). A refusal made conditional or an adjustment ("I don't bother with a
 * cannula if the child is calm") is care, not its refusal.
 */
function careWithheld(a: Analysis, i: number): Veiled | undefined {
  const t = a.tokens;
  const w = t[i]!;
  const before = a.wordsBefore(w.start, 4);
  const neg = before.findIndex((x) => NOT.has(x.norm) || x.norm === "stopped" || x.norm === "longer");
  if (neg < 0 || neg > 2) return undefined;
  if (!before.slice(neg).some((x) => FIRST.has(x.norm))) return undefined;
  // "refuse" needs "to" ("I refuse to treat"); "don't/won't" the verb straight after or one adverb between
  const s = w.sentence;
  const sentence = a.sentenceTokens(w.start);
  if (sentence.some((x) => ADJUSTED.has(x.norm))) return undefined;
  const groups = groupSpans(a).filter((g) => a.sentenceOf(g.start) === s && g.data?.category !== "sex" && !SEX_ONLY.has(String(g.data?.term ?? g.text).toLowerCase()));
  const negTok = before[neg]!;
  for (const g of groups) {
    const head = t[a.tokenIndexAt(g.end) - 1];
    const headNext = t[a.tokenIndexAt(g.end)];
    const caredFor = (head && CARED_FOR.has(head.norm)) || (headNext && headNext.start < g.end + 2 && CARED_FOR.has(headNext.norm)) || String(g.data?.category) === "disability" && /people|person/.test(g.text);
    if (!caredFor) continue;
    if (g.start > w.end) {
      // the object: within a few words after the verb ("won't take on any more Roma patients")
      // not a count ("don't see enough/many autistic patients") or a view ("don't see X as a problem")
      const between = a.wordsAfter(w.end, 6).filter((x) => x.start < g.start);
      if (between.some((x, q) => COUNT.has(x.norm) && !(x.norm === "more" && between[q - 1]?.norm === "any")) || a.wordsAfter(g.end, 1)[0]?.norm === "as") continue;
      if (between.length < 6) {
        return { range: [negTok.start, g.end], group: g.text, confidence: 0.7, kind: "care withheld from a group" };
      }
      continue;
    }
    // named before: the reason for giving up said of the group, between the group and the refusal or after it
    const reason = sentence.some((x) => x.start > g.end && GAVE_UP.has(x.norm));
    if (reason) return { range: [g.start, w.end], group: g.text, confidence: 0.7, kind: "care withheld from a group" };
  }
  return undefined;
}

/**
 * A people pointed at by a place left unnamed, "from" at token `i`: a universal before it
 * ("everyone from", "all the ones from"), "that/those/a certain (particular)" and a place noun after
 * ("continent", "part of the world"), and a sneer in the sentence. Health facts and support words
 * anywhere in the post make it a post about a community's health (the caller's `benign`).
 */
function placeVeil(a: Analysis, i: number): Veiled | undefined {
  const t = a.tokens;
  const w = t[i]!;
  const before = a.wordsBefore(w.start, 2);
  const all = before.find((x) => EVERYONE.has(x.norm));
  if (!all) return undefined;
  const after = a.wordsAfter(w.end, 3);
  if (!after[0] || !POINTED.has(after[0].norm)) return undefined;
  let p = 1;
  if (after[p]?.norm === "particular" || after[p]?.norm === "certain") p++;
  const place = after[p];
  if (!place || !PLACE_VEIL.has(place.norm)) return undefined;
  let end = place.end;
  if (place.norm === "part" || place.norm === "parts" || place.norm === "corner") {
    const ofWorld = a.wordsAfter(place.end, 3);
    if (ofWorld.map((x) => x.norm).join(" ") !== "of the world") return undefined;
    end = ofWorld[2]!.end;
  }
  if (after[0].norm === "a" && after[1]?.norm !== "certain") return undefined;
  const sentence = a.sentenceTokens(w.start);
  const sneer = sentence.some((x) => SNEER_WORDS.has(x.norm) || (x.kind !== "word" && SNEER_EMOJI.has(x.text)));
  if (!sneer) return undefined;
  return { range: [all.start, end], group: "a people named by a place left unnamed", confidence: 0.65, kind: "place hint" };
}
