// "Shared with Mary's permission", "posted with Ellie's and her mum's consent": consent given by a
// named person, which a phrase list cannot hold (any name can stand before "'s permission"). Read
// with the lexicon's fiction and consent cues, so a rule asks one question: is this post fictional,
// simulated or shared with the person's agreement?
import type { Analysis } from "../../analysis";

const CONSENT_NOUNS = new Set(["permission", "consent", "blessing", "ok", "okay", "go-ahead"]);
const GIVEN_WITH = new Set(["with", "shared", "posted", "sharing", "posting", "given", "gave", "have", "got", "had"]);

/**
 * 0..1: the post says it is fictional, simulated, or shared with the person's (or their family's)
 * consent, or says outright that the person is not a patient ("a kind stranger, not a patient").
 */
export function fictionOrConsent(a: Analysis): number {
  return a.memo("confidentiality:consent", () => {
    const consent = Math.max(namedConsent(a), notAPatient(a), askedToShare(a));
    // "(details changed) ... ok maybe I didn't change enough details": the author takes the disguise back
    return anonymisationTakenBack(a) ? consent : Math.max(a.fictionOrConsent, consent, madeUp(a));
  });
}

/** Changing the details of a case: what a fictionalised or anonymised case claims to have done. */
const CHANGE = ["change", "changed", "changing", "alter", "altered", "anonymise", "anonymised", "anonymize", "anonymized", "disguise", "disguised"];
const DETAIL_NOUNS = new Set(["details", "detail", "enough", "names", "name"]);
/** The author owning the change: "I didn't change", "we haven't changed", "I forgot to change". */
const AUTHOR = new Set(["i", "we", "i've", "we've", "i'd"]);
/**
 * "I didn't change enough details", "forgot to change the names", "haven't really changed much": the
 * author says the case was not disguised after all, so a "details changed" label no longer holds.
 */
function anonymisationTakenBack(a: Analysis): boolean {
  if (!a.hasAnyWord(CHANGE)) return false;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !CHANGE.includes(w.norm)) continue;
    // the thing changed follows within three words ("change enough details", "changed the names")
    let object = false;
    for (let k = i + 1; k <= i + 3 && k < t.length && t[k]!.sentence === w.sentence; k++) if (DETAIL_NOUNS.has(t[k]!.norm)) { object = true; break; }
    if (!object) continue;
    const before = a.wordsBefore(w.start, 4);
    if (!before.some((x) => AUTHOR.has(x.norm))) continue;
    if (a.isNegated(w, 3) || before.some((x, k) => x.norm === "to" && before[k + 1]?.norm === "forgot")) return true;
  }
  return false;
}

/** Words that say a case was made up by the author: "(invented example!)", "a made-up patient". */
const MADE_UP = ["invented", "made-up", "imaginary", "pretend"];
const MADE_UP_NOUNS = new Set(["example", "examples", "case", "cases", "patient", "patients", "person", "scenario", "scenarios", "story", "details", "name", "names"]);
/**
 * "(Invented example!)", "an imaginary patient", "a made up case": the author says the person was made
 * up. ("made up" is two words: "made up example"; "a made up story about us" in a complaint is rare
 * beside a case word.)
 */
function madeUp(a: Analysis): number {
  const words = a.words;
  if (!a.hasAnyWord(MADE_UP) && !(words.has("made") && words.has("up"))) return 0;
  const t = a.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const w = t[i]!;
    const up = t[i + 1]?.text === "-" ? i + 2 : i + 1;
    const adjective = MADE_UP.includes(w.norm) ? i : w.norm === "made" && t[up]?.norm === "up" ? up : -1;
    if (adjective < 0) continue;
    // "invented example", "made-up case", "made up patient" (a hyphen may sit between "made" and "up")
    let k = adjective + 1;
    while (t[k]?.kind === "punct" && t[k]!.text === "-") k++;
    if (!MADE_UP_NOUNS.has(t[k]?.norm ?? "") || t[k]!.sentence !== w.sentence) continue;
    // "no invented cases here: this happened" says the opposite
    if (a.isNegated({ start: w.start })) continue;
    return 0.8;
  }
  return 0;
}

/** Who can ask for a story to be told: the person or their family. */
const ASKER = new Set(["she", "he", "they", "family", "families", "parents", "mum", "mom", "dad", "mother", "father", "wife", "husband", "widow", "widower", "daughter", "son", "partner", "sister", "brother"]);
const SHARE_VERBS = new Set(["use", "used", "share", "shared", "tell", "told", "name", "named", "publish", "published"]);
/** "chosen to share", "decided to go public", "chose to speak": what they did with their own story. */
const CHOSEN_TO = new Set(["share", "speak", "go", "talk", "post", "publish", "tell"]);
/** ...said by the person: "she's chosen", "they've decided", "the presenter who has chosen". */
const CHOOSER = new Set(["she's", "he's", "they've", "who"]);
const STORY_NOUNS = new Set(["story", "stories", "name", "names", "photo", "photos", "picture", "pictures", "journey", "experience"]);
/**
 * "She asked us to use her name and his", "the family asked that her story be used", "the family have
 * spoken publicly": the person or their family chose to make the story public (Confidentiality 9:
 * disclosure with consent).
 */
function askedToShare(a: Analysis): number {
  const words = a.words;
  const asked = words.has("asked") || words.has("want") || words.has("wants");
  // "He's well and gave me permission to say so", "Michael asked to be named": consent given by them
  const gave = (words.has("gave") || words.has("given")) && (words.has("permission") || words.has("consent") || words.has("blessing"));
  if (gave || asked) { const c = gaveOrAskedToBeNamed(a); if (c > 0) return c; }
  const spoken = words.has("publicly") && (words.has("spoken") || words.has("campaigned") || words.has("spoke"));
  const chosen = words.has("chosen") || words.has("chose") || words.has("decided");
  if (!asked && !spoken && !chosen) return 0;
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    // "what she's chosen to share", "the family decided to go public": they made it public themselves
    // ("Rachel chose to share this publicly", "Tom has decided to speak": the named person is the chooser)
    if ((w.norm === "chosen" || w.norm === "chose" || w.norm === "decided") && t[i + 1]?.norm === "to" && CHOSEN_TO.has(t[i + 2]?.norm ?? "") && (a.wordsBefore(w.start, 3).some((x) => ASKER.has(x.stem) || CHOOSER.has(x.norm)) || namedChooser(a, w.start))) return 0.75;
    if (w.norm !== "asked" && w.norm !== "wants" && w.norm !== "want" && w.norm !== "spoken" && w.norm !== "spoke" && w.norm !== "campaigned") continue;
    const subject = a.wordsBefore(w.start, 3).some((x) => ASKER.has(x.stem));
    if (!subject) continue;
    const after = a.wordsAfter(w.end, 10).filter((x) => x.sentence === w.sentence);
    if (after.some((x) => x.norm === "not" || x.norm === "never")) continue;
    if (w.norm === "spoken" || w.norm === "spoke" || w.norm === "campaigned") { if (after[0]?.norm === "publicly") return 0.75; continue; }
    if (after.some((x) => SHARE_VERBS.has(x.norm)) && after.some((x) => STORY_NOUNS.has(x.stem))) return 0.8;
  }
  return 0;
}

const SUBJECT_ASKERS = new Set([...ASKER, "he's", "she's", "they've", "he'd", "she'd"]);
const TO_BE_NAMED = new Set(["named", "identified", "credited", "tagged", "mentioned"]);
/** Someone the post is about, or a name, as the subject within a few words before `at` in its sentence. */
function subjectBefore(a: Analysis, at: number): boolean {
  return a.wordsBefore(at, 6).some((x) => SUBJECT_ASKERS.has(x.norm) || SUBJECT_ASKERS.has(x.stem)) || namedChooser(a, at);
}
/**
 * "(Michael asked to be named.)", "he asked us to tweet his name", "He's well and gave me permission to
 * say so publicly": the person (or family) consented, by name or pronoun (Confidentiality 9).
 */
function gaveOrAskedToBeNamed(a: Analysis): number {
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (w.norm === "asked") {
      const after = a.wordsAfter(w.end, 6).filter((x) => x.sentence === w.sentence);
      if (after.some((x) => x.norm === "not" || x.norm === "never") || !subjectBefore(a, w.start)) continue;
      // "asked to be named", "asked us to tweet his name"
      const k = after[0]?.norm === "to" ? 0 : after[1]?.norm === "to" ? 1 : -1;
      if (k < 0) continue;
      if (after[k + 1]?.norm === "be" && TO_BE_NAMED.has(after[k + 2]?.norm ?? "")) return 0.8;
      if (after.slice(k + 1).some((x) => x.norm === "name" || x.norm === "names") && after.slice(k + 1).some((x) => x.norm === "his" || x.norm === "her" || x.norm === "their")) return 0.8;
      continue;
    }
    if (w.norm !== "gave" && w.norm !== "given") continue;
    // "gave me permission", "has given us her consent"
    const after = a.wordsAfter(w.end, 3).filter((x) => x.sentence === w.sentence);
    if (!after.some((x) => CONSENT_NOUNS.has(x.norm)) || a.isNegated(w) || !subjectBefore(a, w.start)) continue;
    return 0.75;
  }
  return 0;
}
/** A person's name ends within the two words before `at` ("Rachel chose", "Rachel has chosen"). */
function namedChooser(a: Analysis, at: number): boolean {
  // (nearest word first: "Rachel chose" gives [rachel]; "Rachel has chosen" gives [has, rachel])
  const before = a.wordsBefore(at, 2);
  const gap = before[0] && ["has", "had", "have"].includes(before[0].norm) ? 1 : 0;
  const word = before[gap];
  if (!word) return false;
  const ends = a.memo("consent:name-ends", () => new Set([...a.of("person-name"), ...a.of("first-name")].map((n) => n.end)));
  return ends.has(word.end);
}

const NOT_PATIENT_DETERMINERS = new Set(["a", "my", "our", "one", "his", "her", "their"]);
/** "Not a patient, just a kind stranger", "a man in my running club, not my patient": the post rules the care reading out. */
function notAPatient(a: Analysis): number {
  if (!a.words.has("patient") || !a.words.has("not")) return 0;
  const t = a.tokens;
  for (let i = 2; i < t.length; i++) {
    if (t[i]!.norm !== "patient" || !NOT_PATIENT_DETERMINERS.has(t[i - 1]!.norm) || t[i - 2]!.norm !== "not") continue;
    // "not my patient any more" and "not a patient I'll forget" still speak of a patient
    const next = t[i + 1];
    if (next && next.sentence === t[i]!.sentence && next.kind === "word" && !["just", "but", "and"].includes(next.norm)) continue;
    return 0.8;
  }
  return 0;
}

function namedConsent(a: Analysis): number {
  const words = a.words;
  if (!words.has("permission") && !words.has("consent") && !words.has("blessing")) return 0;
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !CONSENT_NOUNS.has(w.norm)) continue;
    // the word before is a possessive: "Mary's permission", "the family's blessing", "parents' consent"
    const prev = t[i - 1]!;
    const possessive = (prev.kind === "word" && prev.norm !== prev.stem && prev.norm.endsWith("'s")) || (prev.kind === "punct" && prev.text === "'" && t[i - 2]?.norm.endsWith("s"));
    // "His mum gave permission", "the family have given their consent": the giver is the subject
    if (!possessive) {
      const back = a.wordsBefore(w.start, 4);
      const gave = back.findIndex((x) => x.norm === "gave" || x.norm === "given" || x.norm === "signed");
      if (gave >= 0 && back.slice(gave + 1).some((x) => ASKER.has(x.stem)) && !back.some((x) => x.norm === "not" || x.norm === "never" || x.norm === "without" || x.norm.endsWith("n't"))) return 0.85;
      continue;
    }
    const before = a.wordsBefore(prev.start, 6);
    if (before.some((x) => x.norm === "without" || x.norm === "no" || x.norm === "not")) continue;
    if (before.some((x) => GIVEN_WITH.has(x.norm))) return 0.85;
  }
  return 0;
}
