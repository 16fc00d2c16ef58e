import { declinesToDiscuss } from "./decline";
import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";

// A reply to a review or complaint must not confirm that the reviewer was a patient or say anything
// about their care: the reply is public, the reviewer's consent to their own post is not consent to
// yours (¶14; GMP 69; the GMC adviser's "responding to criticism in the press").

const MODEL_REPLY = "Thank you for your feedback. We can't discuss anyone's care in public, but we would like to look into this: please contact our practice manager.";

/** Words after "the patient" that make it a service, not a person ("the patient services team"). */
const SERVICE_NOUNS = new Set(["services", "service", "experience", "safety", "liaison", "advice", "team", "portal", "feedback", "information", "charter", "group", "panel", "participation", "association", "forum", "voice"]);

function isReviewReply(a: Analysis): boolean {
  if (a.context.platform === "review-reply") return true;
  if (a.lexicon("care-disclosure").length === 0 && a.of("condition").length === 0 && toldVisits(a).length === 0) return false;
  if (a.lexicon("care-disclosure", "opener").some((s) => s.start < 80)) return true;
  // "Response to Derek W.:", "Sorry you feel that way Mike", "Thank you Jean for the lovely review":
  // answering one reviewer, however the reply opens
  if (answersReviewer(a).answers) return true;
  // "the lady who left a review saying we were chaotic forgets she...", "the guy who gave us one star":
  // the reviewer talked about in the third person is answered all the same, before a wider audience
  if (reviewerDescribed(a)) return true;
  // "Ma'am, you came in with...", "@gazmcd ... Our records show...": one person addressed, and the
  // reply confirms they were seen
  const confirms = a.lexicon("care-disclosure", "confirms").filter((s) => !genericYou(a, s));
  if ((confirms.length > 0 || relativeVisited(a)) && opensAddressingOne(a)) return true;
  // The practice's voice ("we", "our") answering "you" about a visit or care.
  const words = a.words;
  const practiceVoice = words.has("we") || words.has("our") || words.has("we're");
  const addressed = words.has("you") || words.has("your");
  // ...and the words that confirm care are said to "you" ("you were seen by", "your son's
  // assessment"), not about "the patient's family" who wrote to the paper
  // (a post about people in general, "people apologise for their teeth... we're just glad you came in", speaks to every reader)
  return practiceVoice && addressed && !a.hasAnyWord(EVERYONE) && a.lexicon("care-disclosure", "confirms", "action").some((s) => SECOND_PERSON.test(s.text) && !genericYou(a, s) && !invited(a, s));
}
/** One person ("the lady", "this guy", "whoever") who wrote or gave a review or a rating. */
const REVIEWER_NOUNS = new Set(["lady", "woman", "man", "guy", "bloke", "gent", "gentleman", "mum", "dad", "person", "patient", "fella", "lad", "girl", "whoever", "someone", "somebody"]);
const REVIEWED = new Set(["left", "wrote", "posted", "gave", "put", "leaving", "writing", "posting", "giving"]);
const REVIEW_THINGS = new Set(["review", "reviews", "star", "stars", "rating", "complaint", "comment", "post"]);
const SHE_HE = new Set(["she", "he", "she's", "he's", "her", "his", "him"]);
/** "the lady who left a review", "whoever wrote that 1 star review", "the guy who gave us one star". */
function reviewerDescribed(a: Analysis): boolean {
  return a.memo("review-reply:reviewer-described", () => findReviewerDescribed(a));
}
function findReviewerDescribed(a: Analysis): boolean {
  if (!a.hasAnyWord(["review", "star", "stars", "rating", "reviews"])) return false;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!REVIEWER_NOUNS.has(t[i]!.norm)) continue;
    const rel = t[i]!.norm === "whoever" ? i : t[i + 1]?.norm === "who" ? i + 1 : -1;
    if (rel < 0 || !REVIEWED.has(t[rel + 1]?.norm ?? "")) continue;
    for (let k = rel + 2; k <= rel + 6 && k < t.length && t[k]!.sentence === t[i]!.sentence; k++) if (REVIEW_THINGS.has(t[k]!.norm)) return true;
  }
  return false;
}

/** Verbs that offer a visit still to come: "Book your consultation today" invites; it confirms nothing. */
const INVITING = new Set(["book", "booking", "arrange", "schedule", "reserve", "secure", "request", "claim", "grab", "start"]);
function invited(a: Analysis, s: Span): boolean {
  if (a.wordsBefore(s.start, 2).some((w) => INVITING.has(w.norm))) return true;
  // "you'll get an honest view at your consultation": a visit still to come, said to any reader
  // (not "as you'll recall, at your appointment...", which looks back)
  const before = a.wordsBefore(s.start, 6);
  const will = before.findIndex((w, k) => FUTURE_YOU.has(w.norm) || (w.norm === "will" && before[k + 1]?.norm === "you"));
  return will >= 0 && !before.slice(0, will).some((w) => LOOKING_BACK.has(w.norm));
}
/** A future said to the reader: "you'll", "you will". */
const FUTURE_YOU = new Set(["you'll", "youll"]);
/** After "you'll", verbs that look back at a visit that happened ("as you'll recall"). */
const LOOKING_BACK = new Set(["recall", "remember", "know", "appreciate", "understand", "recollect", "agree", "notice"]);
/** People in general who have a condition: "some patients with glaucoma", "anyone with asthma". */
const GENERIC_BEARERS = new Set(["patients", "people", "anyone", "anybody", "those", "children", "adults", "everyone", "someone", "many", "most", "some", "customers", "clients"]);
/** A condition naming a service or a kind of appointment: "glaucoma checks", "asthma clinic". */
const SERVICE_AFTER = new Set(["check", "checks", "clinic", "clinics", "appointment", "appointments", "screening", "test", "tests", "service", "services", "review", "reviews", "team", "nurse", "specialist"]);
/** The condition is spoken of in general, not as the reviewer's ("your" before it always makes it theirs). */
function generalCondition(a: Analysis, s: Span): boolean {
  const before = a.wordsBefore(s.start, 3);
  if (before.some((t) => t.norm === "your" || t.norm === "his" || t.norm === "her" || t.norm === "you")) return false;
  if (SERVICE_AFTER.has(a.wordsAfter(s.end, 1)[0]?.norm ?? "")) return true;
  const w = before.findIndex((t) => t.norm === "with");
  return w >= 0 && GENERIC_BEARERS.has(before[w + 1]?.norm ?? "");
}

/** Words for readers in general: "you" in their company is anyone. */
const EVERYONE = ["people", "everyone", "everybody", "folks", "anyone", "anybody", "y'all"];

/** "If you've had filler...", "wherever you were treated": "you" meaning anyone, not a reviewer. */
const GENERIC_YOU = new Set(["if", "wherever", "whoever", "whenever", "anyone", "anybody", "everyone"]);
/** Words that introduce a phrase as an example of what one might write: "even saying 'we remember your visit'". */
const MENTIONING = new Set(["saying", "say", "says", "writing", "write", "writes", "phrases", "phrase", "like", "such", "wording"]);
/** A confirming phrase in quotation marks after a word of saying is mentioned as an example, not said to anyone. */
function quotedExample(a: Analysis, s: Span): boolean {
  return a.isQuoted(s) && a.wordsBefore(s.start, 5).some((t) => MENTIONING.has(t.norm));
}

function genericYou(a: Analysis, s: Span): boolean {
  if (a.wordsBefore(s.start, 3).some((t) => GENERIC_YOU.has(t.norm))) return true;
  // "If you need a translator at your appointment", "while you pop in for your appointment": earlier in
  // the sentence, a clause that opens on "if you" or "when you" puts any reader in the "you"
  const sentence = a.sentenceTokens(s.start);
  for (let k = 0; k + 1 < sentence.length && sentence[k + 1]!.end <= s.start; k++) {
    if (!CLAUSE_OPENERS.has(sentence[k]!.norm) || !(sentence[k + 1]!.norm === "you" || sentence[k + 1]!.norm === "you're" || sentence[k + 1]!.norm === "you've")) continue;
    // (not "when you came in last week": a visit that happened is the reviewer's own)
    const verb = sentence[k + 2]?.norm ?? "";
    if (sentence[k]!.norm !== "if" && sentence[k]!.norm !== "unless" && (PAST_VISIT.has(verb) || verb.endsWith("ed"))) continue;
    return true;
  }
  return false;
}
const PAST_VISIT = new Set(["came", "were", "was", "had", "saw", "went", "got", "left", "brought", "rang", "called"]);
/** Openers of a clause that makes "you" anyone: "if you", "when you", "while you", "before you", "once you". */
const CLAUSE_OPENERS = new Set(["if", "when", "whenever", "while", "before", "once", "unless"]);

const ANSWER_WORDS = ["sorry", "review", "feedback", "rating", "response", "reply", "replying", "responding", "star", "stars"];
/** "gave us 1 star", "left us two stars": the reviewer's rating of the practice, not the author's of something else. */
const RATING_VERBS = new Set(["gave", "give", "given", "giving", "left", "leaving"]);
const RATING_NUMBERS = new Set(["1", "2", "3", "one", "two", "three", "zero", "0", "no"]);
/** After "sorry you were" or "sorry you're", the feeling a reviewer reported ("unhappy", "disappointed"). */
const REPORTED_FEELINGS = new Set(["unhappy", "disappointed", "dissatisfied", "upset", "frustrated", "annoyed", "unimpressed", "displeased"]);
/** Opening words of a reply to one person: "Response to", "Reply to", "Responding to". */
const RESPONSE_WORDS = new Set(["response", "reply", "replying", "responding"]);
/** Words before "review" that make it the reviewer's post ("your review", "the lovely review"), not a clinical review. */
const REVIEW_OWNERS = new Set(["your", "lovely", "kind", "great", "interesting", "negative", "recent", "honest", "glowing", "latest", "wonderful", "fantastic", "amazing", "generous", "5-star", "five-star", "1-star", "one-star", "google"]);
const REVIEW_NOUNS = new Set(["review", "feedback", "rating"]);
/** Verbs of answering a review: "replied to a bad review" tells of a reply, it is not one. */
const REPLY_VERBS = new Set(["replied", "reply", "replying", "responded", "respond", "responding", "answered", "answer", "answering"]);
/** Before "your review", these make it an appointment ("see you at your review"). */
const APPOINTMENT_PREPOSITIONS = new Set(["at", "to", "for", "until", "till", "after", "before", "book", "booked", "medication", "annual", "next"]);

/**
 * The post answers one reviewer: it opens "Response to X:" or "Reply to X:", says "sorry you feel
 * that way" (or "sorry Mr Doyle feels"), or speaks of the reviewer's post ("your review", "the lovely
 * review", "review from someone who..."). The sentences that speak of the review describe the reviewer.
 */
function answersReviewer(a: Analysis): { answers: boolean; reviewSentences: Set<number> } {
  return a.memo("review-reply:answers", () => {
    const reviewSentences = new Set<number>();
    const words = a.words;
    // (most posts have none of these words: no scan)
    if (!ANSWER_WORDS.some((w) => words.has(w))) return { answers: false, reviewSentences };
    const t = a.tokens;
    let answers = false;
    const first = t.find((x) => x.kind === "word");
    if (first && RESPONSE_WORDS.has(first.norm) && t[t.indexOf(first) + 1]?.norm === "to") {
      // ...with the name and a colon soon after: "Response to 'Concerned Dad':"
      const k = t.indexOf(first);
      // ("Replying to @handle" is how every threaded reply is headed, not a review's answer)
      const header = (first.norm === "replying" || first.norm === "responding") && t[k + 2]?.kind === "mention";
      if (!header && t.slice(k + 2, k + 9).some((x) => x.kind === "punct" && x.text === ":")) answers = true;
    }
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word") continue;
      if (w.norm === "sorry") {
        // "sorry you feel that way", "sorry Mr Doyle feels this way"
        for (let k = i + 1; k <= i + 4 && k < t.length && t[k]!.sentence === w.sentence; k++) if (t[k]!.norm === "feel" || t[k]!.norm === "feels" || t[k]!.norm === "felt") answers = true;
        // "sorry you were unhappy", "sorry you're disappointed with..."
        const you = t[i + 1]?.norm === "that" ? i + 2 : i + 1;
        const feeling = t[you]?.norm === "you're" ? you + 1 : t[you]?.norm === "you" && (t[you + 1]?.norm === "were" || t[you + 1]?.norm === "are") ? you + 2 : -1;
        if (feeling > 0 && REPORTED_FEELINGS.has(t[feeling]?.norm ?? "") && t[feeling]!.sentence === w.sentence) answers = true;
        continue;
      }
      // "the gentleman who gave us 1 star", "left us two stars": a rating of the practice
      if ((w.norm === "star" || w.norm === "stars") && RATING_NUMBERS.has(t[i - 1]?.norm ?? "") && t[i - 2]?.norm === "us" && RATING_VERBS.has(t[i - 3]?.norm ?? "")) {
        answers = true;
        reviewSentences.add(w.sentence);
        continue;
      }
      if (!REVIEW_NOUNS.has(w.norm)) continue;
      const prev = t[i - 1];
      const next = t[i + 1];
      let owned = prev?.kind === "word" && REVIEW_OWNERS.has(prev.norm) && !(prev.norm === "your" && APPOINTMENT_PREPOSITIONS.has(t[i - 2]?.norm ?? ""));
      // "Honest review of the three monitors we stock": a headline over the author's own review of a thing
      if (owned && prev!.norm !== "your" && prev!.sentenceStart && (next?.norm === "of" || next?.text === ":")) owned = false;
      // "I once nearly replied to a negative review with...": a story about replying to some review
      if (owned && prev!.norm !== "your" && (t[i - 2]?.norm === "a" || t[i - 2]?.norm === "an") && a.wordsBefore(prev!.start, 3).some((x) => REPLY_VERBS.has(x.norm))) owned = false;
      const from = w.norm === "review" && next?.norm === "from" && (t[i + 2]?.norm === "someone" || t[i + 2]?.norm === "a" || t[i + 2]?.norm === "somebody");
      if (owned || from) {
        answers = true;
        reviewSentences.add(w.sentence);
      }
    }
    return { answers, reviewSentences };
  });
}

/** "your dad came in", "your son was seen": the reader's relative's visit, told back to them. */
const KIN = new Set(["dad", "mum", "mom", "son", "daughter", "husband", "wife", "partner", "child", "baby", "father", "mother", "gran", "grandad", "nan"]);
const VISIT = new Set(["came", "was", "attended", "arrived", "had"]);
function relativeVisited(a: Analysis): boolean {
  if (!a.words.has("your")) return false;
  const t = a.tokens;
  for (let i = 0; i + 2 < t.length; i++) if (t[i]!.norm === "your" && KIN.has(t[i + 1]!.norm) && VISIT.has(t[i + 2]!.norm)) return true;
  return false;
}

/** Titles that name a member of the public ("Mr Dean"), not a clinician. */
const LAY_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx"]);
/** What a reply says a named person or the reader's relative did as a patient: "Mr Dean attended on...", "your son waited". */
const TOLD_VISITS = new Set(["attended", "waited", "came", "arrived", "declined", "refused", "missed", "presented", "registered"]);
/** Who sees a patient: "the doctor saw you", "the nurse who saw your son". */
const SEERS = new Set(["doctor", "doctors", "nurse", "nurses", "gp", "clinician", "consultant", "dentist", "physio", "paramedic", "paramedics", "surgeon", "registrar", "practitioner", "optician", "optometrist", "pharmacist", "hygienist"]);
const TOLD_PASSIVE = new Set(["seen", "offered", "admitted", "discharged", "referred", "prescribed", "examined", "treated", "assessed", "triaged", "booked"]);
/**
 * In a reply, a member of the public named with a title, or the reader's relative ("your son"), said
 * to have attended, waited, declined or been seen: "Mr Dean attended on 3 June and was offered a
 * follow-up", "your daughter waited 40 minutes". Confirms in public that they were a patient.
 */
function toldVisits(a: Analysis): Span[] {
  return a.memo("review-reply:told-visits", () => findToldVisits(a));
}
const TOLD_CUES = ["your", "saw", "mr", "mrs", "ms", "miss", "mx"];
function findToldVisits(a: Analysis): Span[] {
  const out: Span[] = [];
  if (!a.hasAnyWord(TOLD_CUES)) return out;
  const t = a.tokens;
  const titled = a.of("person-name").filter((p) => LAY_TITLES.has(String(p.data?.title ?? "")));
  const heads: { at: number; start: number }[] = titled.map((p) => ({ at: a.tokenIndexAt(p.end), start: p.start }));
  if (a.words.has("your")) for (let i = 0; i + 1 < t.length; i++) if (t[i]!.norm === "your" && KIN.has(t[i + 1]!.norm)) heads.push({ at: i + 2, start: t[i]!.start });
  // "left before the doctor saw your 'agony'", "the nurse who saw you": a clinician seeing the reader
  if (a.words.has("saw")) {
    for (let i = 1; i + 1 < t.length; i++) {
      if (t[i]!.norm !== "saw" || !YOU_WORDS.has(t[i + 1]!.norm) || t[i + 1]!.sentence !== t[i]!.sentence) continue;
      const who = t[i - 1]!.norm === "who" ? t[i - 2] : t[i - 1];
      if (!who || !SEERS.has(who.norm)) continue;
      const span: Span = { type: "phrase", start: who.start, end: t[i + 1]!.end, text: a.text.slice(who.start, t[i + 1]!.end), confidence: 0.8, detector: "review-reply:told-visit" };
      if (!a.isNegated(span)) out.push(span);
    }
  }
  // (a phrase the lexicon already reads, "your mum was", keeps its own finding)
  const listed = new Set(a.lexicon("care-disclosure", "confirms").map((c) => c.start));
  for (const { at, start } of heads) {
    if (listed.has(start)) continue;
    const v = t[at];
    if (!v || v.kind !== "word") continue;
    const passive = v.norm === "was" && TOLD_PASSIVE.has(t[at + 1]?.norm ?? "") ? t[at + 1]! : undefined;
    const verb = passive ?? (TOLD_VISITS.has(v.norm) ? v : undefined);
    if (!verb || verb.sentence !== t[a.tokenIndexAt(start)]!.sentence) continue;
    const span: Span = { type: "phrase", start, end: verb.end, text: a.text.slice(start, verb.end), confidence: 0.8, detector: "review-reply:told-visit" };
    if (!a.isNegated(span)) out.push(span);
  }
  return out;
}

/** The post opens by addressing one person: an @handle, or a name or "Ma'am"/"Sir" followed by a comma. */
const TERMS_OF_ADDRESS = new Set(["ma'am", "maam", "madam", "sir"]);
function opensAddressingOne(a: Analysis): boolean {
  const t = a.tokens;
  const first = t.find((x) => x.kind !== "punct");
  if (!first) return false;
  if (first.kind === "mention") return true;
  const i = t.indexOf(first);
  const k = ["hi", "hey", "dear", "hello"].includes(first.norm) ? i + 1 : i;
  const who = t[k];
  if (!who || who.kind !== "word") return false;
  const comma = t[k + 1]?.kind === "punct" && t[k + 1]!.text === "," ? k + 1 : t[k + 2]?.kind === "punct" && t[k + 2]!.text === "," && t[k + 1]?.cap ? k + 2 : -1;
  if (comma < 0) return false;
  return TERMS_OF_ADDRESS.has(who.norm) || a.of("first-name").some((n) => n.start === who.start) || a.of("person-name").some((n) => n.start === who.start);
}
const SECOND_PERSON = /\byou|\byour/i;

/** Clinical verbs that, next to "you" or "your", tell what was done in the reviewer's care ("we increased your dose", "we gave you"). */
const CARE_VERBS = new Set(["prescribed", "referred", "examined", "assessed", "diagnosed", "operated", "extracted", "injected", "vaccinated", "scanned", "treated", "increased", "reduced", "stopped", "started", "changed", "doubled", "halved", "upped", "lowered", "gave", "offered", "warned", "discharged", "signed", "tested", "removed", "stitched", "sedated", "admitted", "x-rayed", "swabbed", "declined", "refused", "ignored", "missed", "cancelled"]);
const YOU_WORDS = new Set(["you", "your", "you've", "you'd", "you're"]);
/** What follows "you" when the sentence narrates what the reviewer did ("you signed", "you were warned", "you came"). */
const NARRATED = new Set(["were", "had", "came", "signed", "ignored", "chose", "arrived", "left", "told", "said", "asked", "agreed", "took", "stopped", "started", "did", "went", "got"]);
/** Sentences that offer a private channel or decline to discuss care: care words there are not disclosed. */
const PRIVATE_CHANNEL = new Set(["discuss", "discussing", "comment", "contact", "call", "ring", "email", "e-mail", "phone", "speak", "privately", "confidential", "confidentiality", "touch", "message", "dm", "pm", "unable", "can't", "cannot"]);
/** Verbs pointing to a private channel ("ring the number on your appointment letter", "contact us quoting your appointment"). */
const PRIVATE_CHANNEL_VERBS = new Set(["contact", "call", "ring", "email", "e-mail", "phone", "message", "dm", "pm", "quoting", "quote"]);
/** Care words that are also the practice's admin ("our complaints procedure", "self-referral service"): someone's care only after "your". */
const ADMIN_TERMS = new Set(["procedure", "appointment", "treatment", "consent form", "physiotherapy"]);
/** Parts of the body ("came back clear", "the heart of the community"): someone's care only after "your". */
const BODY_WORDS = new Set(["chest", "shoulder", "knee", "back", "skin", "eye", "eyes", "ears", "hip", "liver", "heart", "lungs", "bowels", "weight", "lips", "nose", "face", "gums"]);
/** A result given for a care word: "your MRI was normal", "the bloods came back fine". */
const RESULT_WORDS = new Set(["showed", "shows", "came", "normal", "fine", "clear", "benign", "negative", "positive", "abnormal", "raised", "high", "low", "settled", "healing", "healed", "improving", "working", "helping", "doing"]);

/** Per sentence: does it narrate the reviewer ("you signed..."), address them at all, or steer to a private channel? */
function sentenceRoles(a: Analysis): { narrates: Set<number>; addressed: Set<number>; privateChannel: Set<number> } {
  return a.memo("review-reply:sentences", () => {
    const narrates = new Set<number>();
    const addressed = new Set<number>();
    const privateChannel = new Set<number>();
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word") continue;
      if (PRIVATE_CHANNEL.has(w.norm)) privateChannel.add(w.sentence);
      if (!YOU_WORDS.has(w.norm)) continue;
      addressed.add(w.sentence);
      const next = t[i + 1];
      if (w.norm === "you" && next && next.sentence === w.sentence && (NARRATED.has(next.norm) || CARE_VERBS.has(next.norm))) narrates.add(w.sentence);
    }
    return { narrates, addressed, privateChannel };
  });
}

/** After "sorry", words that take up what the reviewer said they felt: "sorry to hear", "sorry you feel", "sorry you're unhappy". */
const ECHO = new Set(["hear", "hearing", "read", "reading", "feel", "feels", "felt", "unhappy", "disappointed", "frustrated", "frustration", "upset", "dissatisfied"]);
/** Words that, denied, decline to confirm anything: "we never confirm whether...", "we can't discuss any individual's care". */
const DECLINE_VERBS = new Set(["confirm", "discuss", "comment"]);
const DENIALS = new Set(["never", "can't", "cannot", "cant", "unable", "won't", "not", "don't", "do not"]);
/**
 * Sentences that only echo the reviewer's own complaint ("We're sorry to hear you're unhappy with your
 * results", "sorry that you feel you weren't given enough information before your procedure") in a
 * reply that elsewhere declines to confirm or discuss anyone's care: the care words there are the
 * reviewer's account, handed back, not the practice confirming it. Empty when the reply declines nothing.
 */
function echoSentences(a: Analysis): ReadonlySet<number> {
  return a.memo("review-reply:echo", () => {
    const out = new Set<number>();
    const words = a.words;
    if (!words.has("sorry") || ![...DECLINE_VERBS].some((w) => words.has(w))) return out;
    const t = a.tokens;
    let declines = false;
    for (let i = 0; i < t.length && !declines; i++) {
      if (!DECLINE_VERBS.has(t[i]!.norm)) continue;
      // a denial earlier in the same sentence, within a few words ("we never discuss", "can't ... or confirm")
      for (let k = i - 1; k >= 0 && k >= i - 8 && t[k]!.sentence === t[i]!.sentence; k--) if (DENIALS.has(t[k]!.norm)) { declines = true; break; }
    }
    if (!declines) return out;
    for (let i = 0; i < t.length; i++) {
      if (t[i]!.norm !== "sorry") continue;
      for (let k = i + 1; k <= i + 5 && k < t.length && t[k]!.sentence === t[i]!.sentence; k++) if (ECHO.has(t[k]!.norm)) { out.add(t[i]!.sentence); break; }
    }
    return out;
  });
}

export default defineRule({
  meta: {
    id: "confidentiality/review-reply",
    severity: "error",
    citations: ["gmc-sm:14", "gmp:69", "seed-002:clinical-records"],
    seriousness: SERIOUSNESS.identifyingPatient,
    triggers: ["context:review-reply", "lexicon:care-disclosure", "span:condition"],
    docs: {
      summary: "A reply to a review or complaint that confirms the person was a patient or discloses their care",
      why: "Replying to a review is public communication: you must maintain confidentiality (GMP 69) and must not discuss a patient's care on public social media (¶14). Saying \"when you attended\" confirms they are a patient; explaining their treatment to rebut a complaint discloses it.",
      fix: "Thank the reviewer, say you can't discuss anyone's care in public, and invite them to contact the practice privately. scrubs offers a model reply.",
      examples: {
        flagged: ["Thank you for your review. Due to your clenching and grinding habit, this is not the first molar tooth you have lost due to a fractured root.", "We're sorry to hear this. Our records show you missed two appointments before your procedure."],
        passes: ["Our staff aim to make sure all concerns are properly addressed. Please be in touch if there is anything we can do to assist.", "Thank you for your review. We can't discuss individual care online; please call our practice manager."],
      },
    },
    messages: {
      confirms: "\"{{phrase}}\" confirms in public that the reviewer was a patient.",
      discloses: "\"{{phrase}}\" discloses the reviewer's care in public.",
    },
  },
  check({ analysis: a, report }) {
    if (!isReviewReply(a)) return;
    const found: { span: Span; kind: "confirms" | "discloses" }[] = [];
    // "I can't discuss anyone's care on here ... please ring the number on your appointment letter":
    // having declined, a pointer to the private channel confirms nothing new
    const declined = declinesToDiscuss(a);
    const signposts = declined ? sentenceRoles(a).privateChannel : undefined;
    for (const s of a.lexicon("care-disclosure", "confirms")) {
      if (a.isNegated(s) || SERVICE_NOUNS.has(a.wordsAfter(s.end, 1)[0]?.norm ?? "") || quotedExample(a, s)) continue;
      if (signposts?.has(a.sentenceOf(s.start)) && PRIVATE_CHANNEL_VERBS.has(a.wordsBefore(s.start, 6).find((t) => PRIVATE_CHANNEL_VERBS.has(t.norm))?.norm ?? "")) continue;
      found.push({ span: s, kind: "confirms" });
    }
    for (const s of toldVisits(a)) found.push({ span: s, kind: "confirms" });
    const echoes = echoSentences(a);
    for (const s of a.lexicon("care-disclosure", "action")) if (!a.isNegated(s) && !echoes.has(a.sentenceOf(s.start)) && !quotedExample(a, s)) found.push({ span: s, kind: "discloses" });
    const roles = sentenceRoles(a);
    for (const s of a.lexicon("care-disclosure", "care-noun", "clinical-act", "symptom", "medicine", "body")) {
      const prev = a.wordsBefore(s.start, 3);
      if (prev.some((t) => t.norm === "discuss")) continue;
      const sentence = a.sentenceOf(s.start);
      // "sorry to hear you're unhappy with your results", in a reply that confirms nothing
      if (echoes.has(sentence)) continue;
      // "your bloods", "his inhaler", "your son's assessment": the reviewer's own care, even in "we
      // couldn't issue your diazepam early" (unless the sentence declines to discuss it)
      // ("the new hip went smoothly": a new joint is a replacement)
      const theirs = prev.slice(0, 2).some((t) => t.norm === "your" || t.norm === "his" || t.norm === "her" || (t.norm.startsWith("your") && t.norm !== t.stem)) || (prev[0]?.norm === "new" && BODY_WORDS.has(s.text.toLowerCase())) || (prev[0]?.norm !== prev[0]?.stem && /^(?:son|daughter|child|baby|mum|dad|wife|husband|partner)'s$/.test(prev[0]?.norm ?? "") && prev.some((t) => t.norm === "your"));
      if (theirs) {
        // (admin words keep their negation: "the script hadn't arrived from your surgery")
        const negated = a.isNegated(s);
        if (!negated || (!roles.privateChannel.has(sentence) && !ADMIN_TERMS.has(String(s.data?.term)))) found.push({ span: s, kind: "discloses" });
        continue;
      }
      if (a.isNegated(s)) continue;
      // "you signed for the extraction", "the tablets are doing the job for you", "the biopsy came
      // back clear": care words in a sentence about the reviewer (body words and admin only with "your")
      const aboutYou = s.data?.category !== "body" && !ADMIN_TERMS.has(String(s.data?.term)) && !BODY_WORDS.has(s.text.toLowerCase()) && (roles.narrates.has(sentence) || answersReviewer(a).reviewSentences.has(sentence) || (roles.addressed.has(sentence) && !roles.privateChannel.has(sentence)) || a.wordsAfter(s.end, 4).some((t) => RESULT_WORDS.has(t.norm)));
      // (in a reply about the reviewer in the third person, "she arrived fully dilated" is theirs)
      if (aboutYou || (s.data?.category !== "body" && reviewerDescribed(a) && a.sentenceTokens(s.start).some((t) => SHE_HE.has(t.norm)))) found.push({ span: s, kind: "discloses" });
    }
    for (const s of a.of("condition")) if (s.confidence >= 0.5 && !a.isNegated(s) && !generalCondition(a, s)) found.push({ span: s, kind: "discloses" });
    // "we increased your sertraline", "every exercise plan we gave you", "the doctor you saw"
    for (let i = 0; i < a.tokens.length; i++) {
      const w = a.tokens[i]!;
      if (w.kind !== "word" || !CARE_VERBS.has(w.norm)) continue;
      const near = [a.tokens[i - 1], a.tokens[i + 1]].find((t) => t && t.sentence === w.sentence && YOU_WORDS.has(t.norm));
      if (!near) continue;
      const span: Span = { type: "phrase", start: Math.min(w.start, near.start), end: Math.max(w.end, near.end), text: "", confidence: 0.8, detector: "review-reply:care-verb" };
      span.text = a.text.slice(span.start, span.end);
      if (!a.isNegated(span) && !roles.privateChannel.has(w.sentence)) found.push({ span, kind: "discloses" });
    }
    // Naming the medicine or procedure in a reply to a reviewer discloses their treatment.
    for (const s of [...a.lexicon("prescription-only-medicines"), ...a.lexicon("cosmetic-procedures")]) {
      if (s.confidence < 0.4 || s.data?.category === "context") continue;
      // "we couldn't issue your diazepam early" still says they take diazepam
      const yours = a.wordsBefore(s.start, 2).some((t) => t.norm === "your");
      if (yours ? !(roles.privateChannel.has(a.sentenceOf(s.start)) && a.isNegated(s)) : !a.isNegated(s)) found.push({ span: s, kind: "discloses" });
    }
    // in text order, the longer of two phrases at one place first ("chest infection" over "chest")
    found.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
    // one finding per stretch of text: "you cancelled" (a phrase) and "cancelled you" (a verb) overlap
    let lastEnd = -1;
    for (const { span, kind } of found) {
      if (span.start < lastEnd) continue;
      lastEnd = span.end;
      report({
        messageId: kind,
        range: [span.start, span.end],
        data: { phrase: span.text },
        confidence: Math.max(0.6, span.confidence),
        suggestions: [{ message: "Replace the reply with one that confirms nothing", edits: [{ range: [0, a.text.length], text: MODEL_REPLY }], safe: false }],
        explanation: { detectors: [span.detector], context: [{ word: `platform: ${a.context.platform ?? "reply opener"}`, effect: 1 }] },
      });
    }
  },
});
