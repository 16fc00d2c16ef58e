import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { fictionOrConsent } from "./consent";
import { patientStory } from "./story";
import { declinesToDiscuss } from "./decline";
import { connectionSpans } from "../boundaries/cues";

// ¶14: "You must not use publicly accessible social media to discuss individual patients or their
// care with those patients or anyone else." Two shapes: a narrative about one patient's care, and a
// public reply to a patient about their own care. The narrative is read in story.ts: one person
// singled out ("a lady", "this kid", "my 3pm", "a 16-year-old", "Bed 6 is..."), an encounter that
// happened ("came in", "last night", "Treated two of..."), and care content near them (a condition,
// symptom, test, treatment or medicine). Habits, hypotheticals, the author's own family, colleagues,
// simulations and consented stories are not one patient's care.

const YOU = new Set(["you", "your", "you're", "youre", "yours", "u", "ur"]);
/** A parent or carer replied to about "her jabs", "his inhaler". ("their" is an organisation's as often as a child's.) */
const THEIRS = new Set(["her", "his"]);
/** Words that may open a public reply before the @handle or the name ("Hi Linda, replying here..."). */
const REPLY_OPENERS = new Set(["replying", "reply", "to", "hi", "hey", "hiya", "dear", "thanks", "thank", "morning", "evening", "afternoon", "hello"]);

/** The post opens as a public reply to one person: an @handle first, or "Replying to", "Hi Linda, replying here". */
function replyOpening(a: Analysis): { start: number; end: number; byName?: boolean } | undefined {
  const opening = a.tokens.slice(0, 6);
  if (opening.some((t) => t.norm === "replying")) return opening.find((t) => t.kind === "mention") ?? opening[0];
  // "Thank you to Iris for...", "Hi Ken -", "Morning Jean,": a first name after the opening words is
  // the person spoken to (a lay first name only: "Thanks to Dr Patel" is a colleague)
  const names = a.of("first-name");
  for (let k = 0; k < opening.length; k++) {
    const t = opening[k]!;
    if (t.kind === "mention") return t;
    if (t.kind === "word" && k > 0 && names.some((n) => n.start === t.start)) return { start: t.start, end: t.end, byName: true };
    if (t.kind === "word" && !REPLY_OPENERS.has(t.norm) && !(t.norm === "you" && opening[k - 1]?.norm === "thank")) return undefined;
    if (t.kind === "punct" && t.text !== "," && t.text !== ":" && t.text !== "-") return undefined;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: "confidentiality/patient-discussion",
    severity: "warning",
    citations: ["gmc-sm:14", "gmp:69", "gmc-sm:8d"],
    seriousness: SERIOUSNESS.identifyingPatient - 15,
    // (an encounter verb too: "someone I saw on this morning's colposcopy list" names its care only by a clinical term's form)
    // (and an age: "a 19yo ... post-op", "45F with hyponatraemia" name their care only by a clinical term's form)
    triggers: ["span:condition", "span:event", "span:ward-bed", "span:patient-cue", "lexicon:care-disclosure", "lexicon:prescription-only-medicines", "lexicon:context-cues:encounter-verb", "span:age"],
    docs: {
      summary: "Discussing an individual patient or their care on public social media, or replying publicly to a patient about their care",
      why: "You must not use publicly accessible social media to discuss individual patients or their care with those patients or anyone else (¶14). Even without a name, a story about one patient's care is theirs, and the patient or their family may recognise it; once published it is hard to remove (¶8d). scrubs looks for one person singled out (\"a lady\", \"my 3pm\", \"a 16-year-old\", a bed number used as a person), something that happened to them (a time, a clinical verb, \"came in\") and their care (a condition, symptom, test, treatment or medicine).",
      fix: "Keep stories about individual patients off public accounts. For teaching, use a fictional or composite case and say so, or get the patient's written consent. Reply to a patient privately, or direct them to the practice's proper channel.",
      examples: {
        flagged: ["So I have a patient who has no-showed for every antenatal scan and is now 3 hours late for her induction. May I show up late to her delivery?", "@sarah_k1 your bloods came back fine, no need to worry about the lump, see you Tuesday"],
        passes: ["Tough night. Lost a patient. Hug your loved ones.", "Fictional case: a 45-year-old presents with crushing chest pain in A&E. Next step? #FOAMed"],
      },
    },
    messages: {
      narrative: "This discusses an individual patient's care in public.",
      narrativeMaybe: "This may read as discussing an individual patient's care in public.",
      reply: "This replies in public to a patient about their care.",
    },
  },
  check({ analysis: a, report }) {
    if (!a.isPublic || a.context.platform === "review-reply") return;
    const fiction = fictionOrConsent(a);
    if (fiction >= 0.6) return;

    // A public reply to a patient about their own care: "your bloods came back fine", "the biopsy
    // showed the lump was benign", "that rash is normal after her jabs".
    const first = replyOpening(a);
    // ("@DrRuthOwens you're right about the dose on my slide": a reply to a clinician's handle is a colleague's exchange)
    if (first && !CLINICIAN_HANDLE.test(a.text.slice(first.start, first.end))) {
      const words = a.words;
      const declined = declinesToDiscuss(a);
      const addressed = words.has("you") || words.has("your") || words.has("u") || words.has("ur");
      const yours = (s: Span) => a.wordsBefore(s.start, 2).some((t) => YOU.has(t.norm) || THEIRS.has(t.norm));
      // "...I'll send another course of nitrofurantoin", "you're still sore after Tuesday's procedure":
      // the author acting as their clinician, or the reader as the one with the symptom
      const committed = addressed ? commitments(a) : NONE;
      const theirCare = (s: Span) => yours(s) || (addressed && (findingAfter(a, s) || youAreSubject(a, s) || committed.has(a.sentenceOf(s.start)) || (committed.has(a.sentenceOf(s.start) + 1) && s.type === "condition")));
      const care = [
        ...a.lexicon("care-disclosure", "action", "confirms"),
        ...a.lexicon("care-disclosure", "care-noun", "clinical-act", "symptom", "medicine").filter(theirCare),
        ...a.of("condition").filter(theirCare),
        ...a.lexicon("prescription-only-medicines").filter((s) => yours(s) || (addressed && committed.has(a.sentenceOf(s.start)))),
      ]
        // a friend greeted by name ("Hi Tom, hope your knee is better") is asked after, not treated:
        // a body part or a shoulder-and-knee word is care only in a reply to an @handle
        .filter((s) => !a.isNegated(s) && !(first.byName && (s.data?.category === "body" || BODY_CARE_TERMS.has(String(s.data?.term)))))
        // "I can't comment on anyone's scan, but please keep your follow-up": having declined, an
        // appointment or a follow-up is signposting; only a named illness or medicine is still disclosed
        .filter((s) => !declined || s.type === "condition" || s.lexicon === "prescription-only-medicines" || findingAfter(a, s))
        .sort((x, y) => x.start - y.start);
      if (care.length > 0) {
        const target = care[0]!;
        report({ messageId: "reply", range: [first.start, target.end], severity: "error", confidence: 0.8, seriousness: SERIOUSNESS.identifyingPatient, explanation: { detectors: ["mention", "lexicon:care-disclosure"] } });
        return;
      }
    }

    const story = patientStory(a);
    if (!story) return;
    const { referent: who, care } = story;
    // "I was a patient myself", "like a good GP's daughter", "when someone says 'he's just a drunk'":
    // the author themself, a comparison, or someone's words quoted: nobody the author cared for
    if (notSomeoneCaredFor(a, who, story.encounter)) return;
    // A post about a relationship with a patient (a date, a favour, contact off the record) is a
    // boundaries matter; it discusses their care only when it discloses a condition or treatment.
    // ("Looked up the guy from bay 2 on Facebook": the boundaries rule's built connection phrases count too)
    const boundary = a.lexicon("boundary").some((s) => s.confidence >= 0.25 && !a.isNegated(s)) || connectionSpans(a).some((s) => s.confidence >= 0.25 && !a.isNegated(s));
    // (a named procedure, "this morning's colposcopy list", discloses it too)
    if (boundary && !care.some((d) => d.type === "condition" || d.lexicon === "prescription-only-medicines" || d.data?.category === "medicine" || d.data?.category === "clinical-term")) return;
    // A teaching pearl about "a toddler who won't bear weight" is a type of patient, not a person:
    // without a sign that it happened (today, I saw, my patient) teaching posts pass.
    const happened = story.encounter.some((k) => k === "time" || k === "verb" || k === "narration" || k === "outcome") || a.of("patient-cue").some((c) => c.confidence >= 0.6);
    // (a free-education hashtag frames the post as teaching too: "chest pain in young pt ... #FOAMed")
    if ((a.teaching >= 0.5 || a.hasAnyWord(TEACHING_TAGS)) && !happened) return;
    const confidence = story.confidence * (1 - fiction) * (1 - 0.4 * a.teaching);
    if (confidence < 0.45) return;
    report({
      messageId: confidence >= 0.6 ? "narrative" : "narrativeMaybe",
      range: [who.start, who.end],
      severity: "warning",
      confidence,
      explanation: { detectors: ["patient-referent:" + who.kind, ...new Set(care.map((d) => d.detector))], notes: [...care.slice(0, 5).map((d) => `care: ${d.text}`), `encounter: ${story.encounter.join(", ") || "none"}`] },
    });
  },
});

const NONE: ReadonlySet<number> = new Set();
const FIRST_PERSON_BE = new Set(["i", "i'm", "im", "i've", "ive", "i'd"]);
const BE = new Set(["was", "am", "been", "being", "be"]);
const ARTICLES = new Set(["a", "an", "the"]);
const SPEECH = new Set(["says", "said", "say", "saying", "calls", "called", "call", "tells", "told"]);
/** The referent is the author ("I was a patient myself", "I've been a patient"), a comparison ("like a good GP's daughter") or inside quoted words. */
function notSomeoneCaredFor(a: Analysis, who: { start: number; end: number }, encounter: readonly string[]): boolean {
  const before = a.wordsBefore(who.start, 5); // nearest first
  // (a label quoted: "when someone says 'he's just a drunk'"; not the author's own comment in quotes,
  // nor a colleague's words about someone seen, "'the lad in bay 3 is back'")
  if (a.isQuoted(who) && before.some((t) => SPEECH.has(t.norm)) && !encounter.some((k) => k === "time" || k === "setting" || k === "cue" || k === "verb")) return true;
  // (the article, perhaps with one describing word: "like a good GP's daughter", "I was a patient")
  const k = ARTICLES.has(before[0]?.norm ?? "") ? 1 : ARTICLES.has(before[1]?.norm ?? "") ? 2 : 0;
  const w = before[k];
  if (!w) return false;
  if (w.norm === "like") return true;
  // "I'm a patient", "I was a patient", "I've been a patient"
  if (FIRST_PERSON_BE.has(w.norm)) return w.norm === "i'm" || w.norm === "im";
  return BE.has(w.norm) && (FIRST_PERSON_BE.has(before[k + 1]?.norm ?? "") || (before[k + 1]?.norm === "myself"));
}
/** Hashtags of free open medical education (the GMC's slides name #FOAMed and #MedEd as education): the post teaches. */
const TEACHING_TAGS = ["#foamed", "#meded", "#foamem", "#foamcc", "#foamrad", "#tweetorial"];
/** A handle that is a clinician's ("@DrShah", "@NurseKate", "@Prof_Lee"). */
// (a capital or a separator after the title: "@DrShah", "@dr_shah", not "@drew_m")
const CLINICIAN_HANDLE = /^@(?:[Dd]r|[Dd]oc|[Nn]urse|[Pp]rof)(?:[A-Z]|[._-])/;
/** The care-disclosure entries that are body parts read after "your" ("your knee", "your back"). */
const BODY_CARE_TERMS = new Set(["chest", "eyelid"]);
/** What a clinician commits to doing for one person: "I'll prescribe", "we'll refer you", "I'll get you seen". */
const COMMIT_VERBS = new Set(["prescribe", "send", "refer", "book", "rebook", "review", "see", "get", "arrange", "squeeze", "fit", "re-refer", "increase", "stop", "start", "switch", "change"]);
const WILL = new Set(["i'll", "we'll", "ill"]);
/** Sentences where the author commits to a clinical act for the reader ("I'll send another week of..."). */
function commitments(a: Analysis): ReadonlySet<number> {
  return a.memo("patient-discussion:commitments", () => {
    const out = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      const w = t[i]!;
      const will = WILL.has(w.norm) ? i + 1 : (w.norm === "i" || w.norm === "we") && t[i + 1]?.norm === "will" ? i + 2 : -1;
      if (will < 0) continue;
      for (let k = will; k < t.length && k <= will + 2 && t[k]!.sentence === w.sentence; k++) {
        // "I'll get you seen" is a commitment to the reader; "I'll get some sent over" is an offer (prescribing/remote)
        if (COMMIT_VERBS.has(t[k]!.norm) && (t[k]!.norm !== "get" || t[k + 1]?.norm === "you")) out.add(w.sentence);
      }
    }
    return out;
  });
}
/** "you're still sore after Tuesday's procedure", "you've had the rash since": the reader is the one with it. */
const YOU_SUBJECT = new Set(["you're", "youre", "you've", "youve", "you'd"]);
function youAreSubject(a: Analysis, s: Span): boolean {
  const before = a.wordsBefore(s.start, 5);
  return before.some((t, k) => YOU_SUBJECT.has(t.norm) || (t.norm === "you" && (before[k - 1]?.norm === "were" || before[k - 1]?.norm === "had" || before[k - 1]?.norm === "are")));
}

/** "your bloods came back fine", "the biopsy showed the lump was benign": a result given about the care noun. */
const RESULT_WORDS = new Set(["showed", "shows", "came", "normal", "fine", "clear", "benign", "negative", "positive", "abnormal", "raised", "high", "low", "helping", "working", "settled", "healing", "healed", "improving", "better"]);
function findingAfter(a: Analysis, s: Span): boolean {
  return a.wordsAfter(s.end, 4).some((t) => RESULT_WORDS.has(t.norm));
}
