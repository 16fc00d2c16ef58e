import type { Analysis } from "../../analysis";
import { nearTokens } from "./scope";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule, type ReportDescriptor } from "../../rule";
import type { Span } from "../../types";
import { aboutColleague, aboutPatient, COLLEAGUE_WORDS, combine, severityFor, SURE } from "../shared";
import { comparesAThing, describesPerson, emojiSignal, notAboutLooks, enjoyment, invitations, isRatable, PERSON_NOUNS, ratedBodyPart, strongEmojiNear, weatherSense } from "./sexual-cues";
import { clinicalUse, PATIENT_NOUNS, THIRD_PERSON } from "./util";
import { gazes } from "./sexual-gaze";

/** Lexicon categories this detector reads; the gaze classes (looker, desire, contact, swoon, gaze-shape) are ./sexual-gaze.ts's. */
const EMPTY_SPANS: readonly Span[] = [];
const LISTED = new Set(["explicit", "objectifying", "innuendo", "attraction", "body-part", "intimate-care", "flirt", "exposure"]);
const FAMILY = new Set(["mum", "mom", "dad", "mother", "father", "parent", "parents", "wife", "husband", "daughter", "son", "relative", "relatives"]);
const bare = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);

/** Birds whose names are also slang ("blue tits", "great tits", "a coal tit"). */
const BIRD_KIND = new Set(["blue", "great", "coal", "marsh", "willow", "crested", "long-tailed", "bearded", "penduline", "tufted"]);
const BIRD_CONTEXT = new Set(["robin", "robins", "feeder", "birds", "bird", "birdwatching", "rspb", "nest", "finch", "finches", "sparrow", "sparrows", "wren", "garden"]);
/** "two great tits and a robin at the feeder": the birds, not the slang. */
function birdName(a: Analysis, span: Span): boolean {
  if (!/^tits?$/i.test(span.text)) return false;
  const prev = a.wordsBefore(span.start, 1)[0]?.norm ?? "";
  if (prev === "blue" || prev === "coal" || prev === "marsh" || prev === "willow" || prev === "crested") return true;
  return BIRD_KIND.has(prev) && nearTokens(a, span, 40).some((t) => BIRD_CONTEXT.has(t.norm));
}

/** "Peds patient's mom": a patient, or someone close to them (GMP 53). */
function patientNearby(a: Analysis, span: Span): boolean {
  return nearTokens(a, span).some((t) => bare(t.norm) === "patient" || bare(t.norm) === "patients" || bare(t.norm) === "pt");
}

/** The author's own partner: a compliment about them sexualises no patient or colleague (GMP 53 is about those). Folded forms: "fiancée" is "fiancee". */
const PARTNER = new Set(["husband", "wife", "partner", "fiance", "fiancee", "boyfriend", "girlfriend", "hubby", "missus", "spouse", "bf", "gf", "hubs", "wifey"]);
const CLINICAL_PATIENT = new Set(["patient", "patients", "pt", "pts", "admission", "attender", "attenders"]);
const NOT_A_SPOUSE = new Set(["job", "work", "ward", "nhs", "rota", "bleep"]);
/**
 * The sentence at `at` is about the author's own partner ("my (lovely) husband", "married ten years
 * to...", but not "married to the job") and names no patient ("my husband's patient" still is one).
 */
function aboutOwnPartner(a: Analysis, at: { start: number }): boolean {
  const t = a.sentenceTokens(at.start);
  let partner = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word") continue;
    if (CLINICAL_PATIENT.has(bare(w.norm))) return false;
    if ((w.norm === "my" || w.norm === "our") && (PARTNER.has(bare(t[i + 1]?.norm ?? "")) || PARTNER.has(bare(t[i + 2]?.norm ?? "")))) partner = true;
    if (w.norm === "married" && !(t[i + 1]?.norm === "to" && t[i + 2]?.norm === "the" && NOT_A_SPOUSE.has(t[i + 3]?.norm ?? ""))) partner = true;
  }
  return partner;
}

/** Person words a compared phrase may hold ("nothing hotter than the new reg"). */
const PERSON_OR_PRONOUN: ReadonlySet<string> = new Set([...PATIENT_NOUNS, ...THIRD_PERSON, ...COLLEAGUE_WORDS, ...FAMILY]);
const isTarget = (t: { norm: string; kind: string }) => { const n = bare(t.norm); return PATIENT_NOUNS.has(n) || COLLEAGUE_WORDS.has(n) || FAMILY.has(n) || t.kind === "mention"; };

/**
 * A patient, relative or colleague word in the sentence outside the phrase itself, or opening the
 * next sentence ("...make everyone look hot. Especially the anaesthetist on my list").
 */
function targetOutside(a: Analysis, span: Span): boolean {
  for (const t of nearTokens(a, span)) {
    if (t.start >= span.start && t.end <= span.end) continue;
    if (isTarget(t)) return true;
  }
  const s = a.sentenceOf(span.start);
  let words = 0;
  for (let i = a.tokenIndexAt(span.end); i < a.tokens.length && words < 6; i++) {
    const t = a.tokens[i]!;
    if (t.sentence === s) continue;
    if (t.sentence > s + 1) break;
    if (t.kind !== "word" && t.kind !== "mention") continue;
    words++;
    if (isTarget(t)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: "conduct/sexual",
    severity: "error",
    citations: ["gmp:65", "gmp:53", "seed-002:relationships"],
    seriousness: SERIOUSNESS.disrespectGeneral,
    // Both detectors start from the sexual lexicon: the listed phrases (and open invitations, which
    // need its open-time words) and the gaze composer, which returns nothing without one of its spans.
    triggers: ["lexicon:sexual"],
    docs: {
      summary: "Sexualised comments, above all about patients or colleagues",
      why: "Good medical practice 53 forbids using your professional position to pursue a sexual relationship with a patient, and 65 asks that your conduct justifies patients' trust. Sexualising a patient or colleague in public (rating their looks, innuendo about an examination) breaks that trust and the boundary the guidance asks you to keep (¶10; the do's and don'ts sheet: don't establish inappropriate relationships online with colleagues or patients). Sexual-health teaching is not what this rule is about.",
      fix: "Remove the comment. Talk about patients and colleagues as you would in front of them; keep sexual-health teaching in clinical language.",
      examples: {
        flagged: ["Hot patient in bay 4 today, would tap that 😏", "New reg is total eye candy, no complaints from the nurses' station"],
        passes: ["Sexual health clinic tips: ask about condom use every visit, and offer HIV testing routinely.", "Erectile dysfunction can be an early sign of cardiovascular disease: check BP, lipids and HbA1c."],
      },
    },
    messages: {
      aboutPatient: "\"{{term}}\" sexualises a patient.",
      aboutColleague: "\"{{term}}\" sexualises a colleague.",
      sexual: "\"{{term}}\" is sexualised language from an identifiable clinician.",
      sexualMaybe: "\"{{term}}\" may read as sexualised.",
    },
  },
  check({ analysis: a, report }) {
    // The listed phrases and their cues first; the gaze composer (./sexual-gaze.ts) speaks only in
    // sentences they leave without a warning, and replaces an unsure note on the same words.
    const listed: ReportDescriptor[] = [];
    listedFindings(a, listed);
    const covered = new Set<number>();
    const coveredByError = new Set<number>();
    // (a listed warning that names a target already says whom; only a target-less one gives way)
    for (const d of listed) if (d.severity !== "info") { covered.add(a.sentenceOf(d.range[0])); if (d.severity === "error" || (d.messageId !== "sexual" && d.messageId !== "sexualMaybe")) coveredByError.add(a.sentenceOf(d.range[0])); }
    const found: ReportDescriptor[] = [];
    for (const g of gazes(a)) {
      // a patient as the target says more than a listed warning on the sentence ("he's cute", of a former client): the gaze replaces it
      if (g.target === "patient" ? coveredByError.has(a.sentenceOf(g.start)) : covered.has(a.sentenceOf(g.start))) continue;
      if (aboutOwnPartner(a, g)) continue;
      const patient = g.target === "patient";
      found.push({
        messageId: patient ? "aboutPatient" : g.target === "colleague" ? "aboutColleague" : "sexual",
        range: [g.start, g.end],
        data: { term: g.cue },
        severity: patient ? "error" : "warning",
        confidence: g.confidence,
        seriousness: patient ? SERIOUSNESS.identifyingPatient - 10 : SERIOUSNESS.disrespectGeneral,
        explanation: { detectors: ["sexual-gaze"], context: [{ word: g.kind, effect: g.confidence }], notes: [`about ${g.target === "person" ? "someone met through work" : `a ${g.target}`}`] },
      });
    }
    for (const d of listed) if (!((d.severity === "info" || (d.severity === "warning" && found.some((g) => g.severity === "error" && a.sentenceOf(g.range[0]) === a.sentenceOf(d.range[0])))) && found.some((g) => g.range[0] < d.range[1] && d.range[0] < g.range[1]))) report(d);
    for (const d of found) report(d);
  },
});

/** Listed phrases and the lexicon cues they combine with (the first detector of this rule). */
function listedFindings(a: Analysis, found: ReportDescriptor[]): void {
  {
    // listed phrases, plus open invitations ("the new reg can check my pulse any time"), which
    // generalise the listed "can examine me anytime" (kept apart when the list already covers them)
    const every = a.lexicon("sexual");
    let any = false;
    for (const x of every) if (LISTED.has(String(x.data?.category))) { any = true; break; }
    const listed = !any ? EMPTY_SPANS : every.filter((x) => LISTED.has(String(x.data?.category)) && !birdName(a, x));
    const invites = invitations(a).filter((v) => !listed.some((x) => x.start < v.end && v.start < x.end));
    const all = invites.length ? [...listed, ...invites] : listed;
    if (all.length === 0) return;
    // Post-level cues: a suggestive emoji, a flirting/arousal phrase, an intimate-care setting.
    const emoji = emojiSignal(a);
    let flirt = 0;
    for (const f of a.lexicon("sexual", "flirt")) if (a.isAsserted(f)) flirt = Math.max(flirt, f.confidence);
    const intimate = a.lexicon("sexual", "intimate-care").some((s) => a.isAsserted(s));
    const candidates: { span: Span; range: [number, number]; base: number; cue: boolean }[] = [];
    const settings: typeof candidates = [];
    // A weak insinuation marker ("let's just say", "if you know what I mean") is sexual only with a
    // suggestive emoji or another sexual cue in the post; otherwise the double meaning may be anything.
    const sexualCue = emoji >= 0.35 || all.some((x) => x.data?.category !== "innuendo" && x.data?.category !== "flirt" && x.confidence >= 0.3);
    for (const span of all) {
      const cat = span.data?.category;
      if (cat === "innuendo" && span.confidence < 0.4 && !sexualCue) continue;
      if (cat === "intimate-care") {
        // "Catheterised a bloke today... 🍆": the setting itself is the joke when a suggestive emoji
        // (in its sentence or the next) or a flirting cue goes with it; only when nothing else is sexual
        if ((flirt > 0 || strongEmojiNear(a, span)) && a.isAsserted(span)) settings.push({ span, range: [span.start, span.end], base: 0.3, cue: true });
        continue;
      }
      if (cat === "exposure") {
        // "a patient in a gown that doesn't quite close at the back 😉"
        if (a.isAsserted(span)) candidates.push({ span, range: [span.start, span.end], base: span.confidence, cue: true });
        continue;
      }
      if (cat === "objectifying" && notAboutLooks(a, span.end)) continue; // "hot doctor walk": a trend name
      if (cat === "objectifying" && comparesAThing(a, span, PERSON_NOUNS, PERSON_OR_PRONOUN)) continue; // "nothing sexier than a stocked trolley"
      if (cat === "attraction" && weatherSense(a, span)) continue; // "it was a hot one today 🥵": the weather
      // "medically fit patients", "otherwise fit patient": fitness, not looks
      if (span.data?.term === "fit patient" && FITNESS_BEFORE.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "")) continue;
      // "the things I'd do to him / the new reg", not "the things I'd do to get a day off"
      if (String(span.data?.term ?? "").endsWith(" do to") && !PERSON_OBJECT.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) continue;
      if (cat === "explicit" || cat === "objectifying" || cat === "innuendo") {
        const rated = isRatable(span) ? ratedBodyPart(a, span) : undefined;
        candidates.push({ span, range: rated ?? [span.start, span.end], base: rated ? Math.max(span.confidence, 0.7) : span.confidence, cue: false });
      } else if (cat === "attraction" && describesPerson(a, span)) {
        candidates.push({ span, range: [span.start, span.end], base: span.confidence, cue: true });
      } else if (cat === "body-part") {
        const rated = ratedBodyPart(a, span);
        if (rated) candidates.push({ span, range: rated, base: 0.65, cue: false });
      }
    }
    if (candidates.length === 0) candidates.push(...settings);
    // Without a lexicon phrase or a looks adjective, a flirting cue with a suggestive emoji still counts
    // when it is aimed at a patient or colleague ("Shooting my shot with the new consultant 😈").
    if (candidates.length === 0 && flirt > 0 && emoji >= 0.35) {
      const f = a.lexicon("sexual", "flirt").find((x) => a.isAsserted(x));
      if (f) candidates.push({ span: f, range: [f.start, f.end], base: f.confidence, cue: true });
    }
    const colleagueInPost = postColleague(a);
    // Corroboration: a looks word said of a person and a separate double-meaning or desire cue in the
    // same or the next sentence ("the new students are easy on the eye... if you know what I mean")
    // read together as one sexual remark, though each alone is too weak to speak.
    const insinuations = candidates.filter((c) => c.span.data?.category === "innuendo" || c.span.data?.category === "flirt" || c.span.data?.category === "explicit");
    let lastEnd = -1;
    for (const c of candidates.sort((x, y) => x.range[0] - y.range[0] || y.range[1] - x.range[1])) {
      const span = c.span;
      if (c.range[0] < lastEnd) continue; // "best boobs" already covers "boobs"
      if (!a.isAsserted(span)) continue;
      if (aboutOwnPartner(a, span)) continue;
      // A colleague named in the sentence wins over a setting cue ("the new physio on our ward", "the
      // new reg... the on-call room", "our consultant could do a rectal on me"); a patient word does not lose.
      const colleagueNamed = aboutColleague(a, span);
      const patientHere = patientNearby(a, span) || a.inSentence(span, a.of("ward-bed")).some((w) => w.data?.kind !== "ward") || (!colleagueNamed && (aboutPatient(a, span) || (intimate && personInSentence(a, span)) || (a.inSentence(span, a.of("clinical-setting")).length > 0 && personInSentence(a, span))));
      const colleagueHere = !patientHere && colleagueNamed;
      // a pronoun pointing back to a patient or colleague named earlier ("...friend request. He's gorgeous")
      const pronoun = nearTokens(a, span).some((t) => THIRD_PERSON.has(t.norm));
      const patient = patientHere || (!colleagueHere && ((intimate && !c.cue) || (intimate && c.span.data?.category === "intimate-care") || (pronoun && a.patientContext >= 0.5)));
      const colleague = !patient && (colleagueHere || colleagueInPost);
      if (!patient && !colleague && (clinicalUse(a, span) || a.teaching >= 0.5)) continue; // sexual-health teaching
      const corroborated = c.span.data?.category === "attraction" ? corroboration(a, span, insinuations) : 0;
      if (!patient && !colleague && c.cue && emoji === 0 && flirt === 0 && corroborated === 0) continue; // "gorgeous" with nothing else
      // cues that the remark is sexual: a target named outside the phrase, a suggestive emoji, a
      // flirting or arousal phrase, an intimate examination
      const target = patient || colleague;
      const enjoy = enjoyment(a, span);
      const signals = [c.base, corroborated, target && targetOutside(a, span) ? 0.25 : 0, emoji, span.data?.category === "flirt" ? 0 : flirt, intimate && patient ? 0.35 : 0, enjoy];
      const confidence = combine(...signals);
      if (confidence < (c.cue ? 0.6 : 0.4)) continue;
      lastEnd = c.range[1];
      const sure = confidence >= 0.6;
      const text = a.text.slice(c.range[0], c.range[1]);
      found.push({
        messageId: !sure ? "sexualMaybe" : patient ? "aboutPatient" : colleague ? "aboutColleague" : "sexual",
        range: c.range,
        data: { term: text },
        // GMC preset: error about patients, warning otherwise (rule catalogue)
        severity: patient ? severityFor(confidence, "error", SURE, 0.4) : sure ? "warning" : "info",
        confidence,
        seriousness: patient ? SERIOUSNESS.identifyingPatient - 10 : SERIOUSNESS.disrespectGeneral,
        explanation: {
          detectors: ["lexicon:sexual"],
          context: [
            { word: patient ? "about a patient" : colleague ? "about a colleague" : "no target", effect: target ? 0.25 : 0 },
            { word: "suggestive emoji", effect: emoji },
            { word: "flirting cue", effect: flirt },
            { word: "intimate care", effect: intimate ? 0.35 : 0 },
            { word: "enjoyment", effect: enjoy },
            { word: "insinuation nearby", effect: corroborated },
          ],
        },
      });
    }
  }
}

/** Words before "fit patient" that make it fitness: "medically fit patients", "an otherwise fit patient". */
const FITNESS_BEFORE = new Set(["medically", "otherwise", "clinically", "surgically", "physically", "physiologically", "young", "healthy", "previously", "relatively", "generally", "very"]);

/** Words that open a person as the object of "the things I'd do to ...". */
const PERSON_OBJECT = new Set(["him", "her", "them", "that", "the", "this", "a", "an", "our", "his", "those", "these"]);

/** A person word in the sentence ("lady", "guy", "he"): the remark describes someone there. */
function personInSentence(a: Analysis, span: Span): boolean {
  return nearTokens(a, span).some((t) => PERSON_NOUNS.has(t.stem) || PATIENT_NOUNS.has(t.stem) || THIRD_PERSON.has(t.norm));
}

/** A colleague word anywhere in the post, for remarks in a later sentence ("...is single. Shooting my shot"). */
function postColleague(a: Analysis): boolean {
  return a.tokens.some((t) => t.kind === "word" && COLLEAGUE_WORDS.has(t.stem) && t.stem !== "team" && t.stem !== "department");
}

/** The strongest insinuation cue in the sentence of `span` or the one either side (0 when none). */
function corroboration(a: Analysis, span: Span, insinuations: readonly { span: Span; base: number }[]): number {
  if (insinuations.length === 0) return 0;
  const s = a.sentenceOf(span.start);
  let best = 0;
  for (const c of insinuations) if (Math.abs(a.sentenceOf(c.span.start) - s) <= 1 && a.isAsserted(c.span)) best = Math.max(best, c.base);
  return best;
}
