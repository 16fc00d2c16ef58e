import { PostCache, type Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule, type ReportDescriptor } from "../../rule";
import type { Span } from "../../types";
import type { Token } from "../../text/tokenize";
import { combine, severityFor, SURE } from "../shared";
import { withGapped } from "./gapped";
import { asserted, quoted, rejected, reported, scareQuoted, sentenceAnchor, nearTokens } from "./scope";
import { clinicalUse, hasAny } from "./util";
import { doubtQuotes } from "../respect/evaluative";
import { groupSpans, negatedGroup, stereotypes } from "./stereotype";
import { claimedBySomeone, disclaimerAt, groupFrames, rebutted } from "./group-frames";
import { veiledGroups } from "./veiled-groups";

/** Nouns for people that turn a group adjective into a group ("Black patients", "Indian doctors"). */
const PERSON_NOUNS = new Set([
  "patients", "patient", "people", "person", "doctors", "doctor", "nurses", "nurse", "surgeons", "registrars", "consultants", "colleagues", "staff", "locums", "students", "men", "women",
  "families", "family", "mums", "mothers", "parents", "kids", "children", "folk", "lads", "guys", "drivers", "workers", "residents", "neighbours", "relatives", "gps", "medics",
  "blokes", "boys", "girls", "ladies", "adults", "teenagers", "trainees", "juniors", "docs", "drs", "regs",
]);
/** Verbs and nouns that present a quoted group word as a term ("we say 'X'", "the term 'X'"). */
const NAMING = new Set(["say", "says", "said", "call", "calls", "use", "used", "prefer", "write", "term", "word", "phrase", "instead"]);
/** Words that point back to a group named in an earlier sentence. */
const ANAPHORS = new Set(["they", "them", "their", "these", "those", "they're", "they've", "theyre"]);
/** Extra confidence when the group is the subject of an always/never/typical claim. */
const UNIVERSAL_BOOST = 0.35;

const groupCache = new PostCache<Span[]>();
/**
 * Group spans, with an adjective followed by a noun for people read as one group of high confidence
 * ("trans patients", "Black patients", "new Indian doctors" -> "Indian doctors").
 */
function groups(a: Analysis): Span[] {
  let out = groupCache.get(a);
  if (out) return out;
  out = [];
  for (const g of a.lexicon("groups")) {
    if (negatedGroup(a, g)) continue; // "non-disabled drivers"
    const next = a.tokens[a.tokenIndexAt(g.end)];
    if (next && next.kind === "word" && PERSON_NOUNS.has(next.norm) && g.confidence >= 0.2 && !g.text.includes(" ")) {
      out.push({ ...g, end: next.end, text: a.text.slice(g.start, next.end), confidence: Math.max(g.confidence, 0.9) });
    } else out.push(g);
  }
  groupCache.set(a, out);
  return out;
}

/** Words that mark a sentence as naming a hateful idea in order to criticise or explain it. */
const CRITIQUE = new Set([
  "trope", "tropes", "myth", "myths", "conspiracy", "debunk", "debunked", "debunking", "misinformation", "disinformation", "stereotype", "stereotypes", "stereotyping",
  "antisemitic", "antisemitism", "islamophobic", "islamophobia", "homophobic", "homophobia", "transphobic", "transphobia", "bigotry", "bigoted", "hateful", "slur", "slurs", "dog-whistle",
  "racist", "racism", "sexist", "sexism", "ableist", "ableism", "challenged", "challenge",
]);
/** Words before a slur that say the author is naming themselves with a reclaimed term ("as a queer doctor"). */
const SELF = new Set(["proud", "i'm", "im", "am", "we're", "as"]);

/** A group as the subject of a universal claim: "X always...", "X never...", "typical X", "all X are". */
const UNIVERSAL = new Set(["always", "never", "all", "typical", "typically", "constantly", "invariably"]);
/** Words between a group and its claim that keep it the subject ("Muslim patients always", "women surgeons just can't"). */
const BRIDGE = new Set(["patients", "people", "doctors", "nurses", "surgeons", "men", "women", "families", "are", "just", "honestly", "really", "literally"]);

const NEGATIVE_LEXICONS = ["insults", "profanity", "allegations", "hostile-generalisations", "slurs"];
const EYE_ROLL = "\ud83d\ude44";

/**
 * The group opens a stereotyping claim: "typical X", "why do X always...", or "X always/never..." with
 * something negative in the same or next sentence (an insult, swearing, an allegation, an eye-roll).
 */
function universal(a: Analysis, group: Span): Span | undefined {
  const before = a.wordsBefore(group.start, 3);
  if (before[0]?.norm === "typical") return { ...group, start: before[0].start, text: a.text.slice(before[0].start, group.end) };
  let claim: Span | undefined;
  for (const t of a.wordsAfter(group.end, 4)) {
    if (UNIVERSAL.has(t.norm)) { claim = { ...group, end: t.end, text: a.text.slice(group.start, t.end) }; break; }
    if (!BRIDGE.has(t.norm)) break;
  }
  if (!claim) return undefined;
  if (before.some((t) => t.norm === "why") && before.some((t) => ["do", "does", "are", "is", "must"].includes(t.norm))) return claim;
  const next = sentenceAnchor(a, group.start, 1);
  const near = (name: string) => [...a.inSentence(group, a.lexicon(name)), ...(next ? a.inSentence(next, a.lexicon(name)) : [])];
  if (NEGATIVE_LEXICONS.some((name) => near(name).some((x) => x.confidence >= 0.3))) return claim;
  const tokens = nearTokens(a, group);
  // "Women GPs all go part-time..., that's why you can't get an appointment": the group blamed for a failing
  // (the consequence is a failing: "can't get", "no appointments"; "leave the rest of us to cover")
  const blamed = tokens.some((t, k) => t.start > claim!.end && t.norm === "why" && BLAMING_WHY.has(tokens[k - 1]?.norm ?? "") && tokens.slice(k + 1, k + 6).some((x) => FAILING_AFTER.has(x.norm)));
  const leftToCover = tokens.some((t, k) => t.start > claim!.end && t.norm === "us" && tokens[k - 1]?.norm === "of" && tokens[k - 2]?.norm === "rest" && LEAVE_US.has(tokens[k - 4]?.norm ?? ""));
  if (blamed || leftToCover) return claim;
  const sentenceEnd = tokens[tokens.length - 1]?.end ?? group.end;
  return a.text.slice(group.start, sentenceEnd + 40).includes(EYE_ROLL) ? claim : undefined;
}
/** "that's why", "which is why" after a universal claim: the group given as the cause. */
const BLAMING_WHY = new Set(["that's", "thats", "that\u2019s"]);
const FAILING_AFTER = new Set(["can't", "cant", "cannot", "no", "nobody", "never", "nothing", "waiting", "short", "shortages", "queues"]);
const LEAVE_US = new Set(["leave", "leaves", "leaving", "left"]);

/** "X always/never...", "typical X", "all X": the group is quantified over. */
function hasUniversal(a: Analysis, group: Span): boolean {
  if (a.wordsBefore(group.start, 2).some((t) => t.norm === "typical" || t.norm === "all" || t.norm === "every")) return true;
  for (const t of a.wordsAfter(group.end, 4)) {
    if (UNIVERSAL.has(t.norm)) return true;
    if (!BRIDGE.has(t.norm)) break;
  }
  return false;
}

function critiqued(a: Analysis, span: Span): boolean {
  if (rejected(a, span) || criticism(a, nearTokens(a, span))) return true;
  // a quoted term criticised in the next sentences ("Heard someone use 'X'. I challenged it. It's a racist trope.")
  if (!quoted(a, span) && !scareQuoted(a, span)) return false;
  for (const delta of [1, 2]) {
    const at = sentenceAnchor(a, span.start, delta);
    if (at && criticism(a, nearTokens(a, at))) return true;
  }
  return false;
}

/** A critique word among `tokens` that is not the author's own disowning ("not racist but", "not racist just facts"). */
function criticism(a: Analysis, tokens: readonly Token[]): boolean {
  if (!hasAny(tokens, CRITIQUE)) return false;
  for (const w of tokens) {
    if (w.kind !== "word" || !CRITIQUE.has(w.norm)) continue;
    if (!disclaimerAt(a.tokens, a.tokenIndexAt(w.start))) return true;
  }
  return false;
}

/**
 * The group a hostile phrase is said of: a group or slur in the same sentence, nearest first; or, when
 * the sentence points back ("they", "them") or has no subject of its own ("Come here for free
 * healthcare..."), a group in one of the two sentences before.
 */
function groupFor(a: Analysis, span: Span): { group: Span; carried: boolean } | undefined {
  const here = nearestGroup(span, [...a.inSentence(span, groups(a)), ...a.inSentence(span, a.lexicon("slurs"))]);
  if (here) return { group: here, carried: false };
  const tokens = nearTokens(a, span).filter((t) => t.kind === "word");
  const pointsBack = tokens.some((t) => ANAPHORS.has(t.norm)) || a.tokens[a.tokenIndexAt(span.start)]?.sentenceStart === true;
  if (!pointsBack) return undefined;
  const candidates: Span[] = [];
  for (const delta of [-1, -2]) {
    const at = sentenceAnchor(a, span.start, delta);
    if (at) candidates.push(...a.inSentence(at, groups(a)), ...a.inSentence(at, a.lexicon("slurs")));
  }
  const group = candidates.filter((g) => g.confidence >= 0.45).sort((x, y) => y.start - x.start)[0];
  return group ? { group, carried: true } : undefined;
}

function nearestGroup(span: Span, list: Span[]): Span | undefined {
  const groups = list;
  let best: Span | undefined;
  let bestD = Infinity;
  for (const g of groups) {
    const d = g.end <= span.start ? span.start - g.end : g.start >= span.end ? g.start - span.end : 0;
    if (d < bestD) { best = g; bestD = d; }
  }
  return best;
}

export default defineRule({
  meta: {
    id: "conduct/discrimination",
    severity: "error",
    citations: ["gmp:65", "gmc-sm:5", "seed-003:seriousness"],
    seriousness: SERIOUSNESS.discriminatory,
    triggers: ["lexicon:groups", "lexicon:slurs", "lexicon:hostile-generalisations", "lexicon:group-proxies"],
    docs: {
      summary: "Slurs, hateful generalisations and tropes about people who share a protected characteristic",
      why: "Good medical practice 65 asks that your conduct justifies the public's trust in the profession, and the standards don't change online (¶5). The GMC adviser's seriousness table lists discriminatory language in a blog above disrespect of patients. Patients from every group need to trust that their doctor does not hold them in contempt; tribunals have suspended doctors for generalising about groups even when the post was meant as a joke.",
      fix: "Criticise ideas, policies and governments, not groups of people. If you are reporting abuse you received or explaining why a term is offensive, say so plainly (scrubs reads \"a patient called me...\" as reported speech).",
      examples: {
        flagged: ["Cis people, on the whole, are just awful and there needs to be a massive state-sponsored programme of re-education", "Immigrants are ruining this country and the NHS is paying for it"],
        passes: ["Health inequalities for Black women in maternity care are stark. MBRRACE figures show a fourfold difference in mortality.", "The idea that migrants are a drain on the NHS is a myth: they staff it."],
      },
    },
    messages: {
      slur: "\"{{term}}\" is a slur ({{group}}).",
      slurMaybe: "\"{{term}}\" may be read as a slur ({{group}}).",
      reportedSlur: "\"{{term}}\" is quoted as someone else's words; consider masking it.",
      generalisation: "\"{{phrase}}\" is a hostile generalisation about {{group}}.",
      generalisationMaybe: "\"{{phrase}}\" may read as a hostile generalisation about {{group}}.",
      trope: "\"{{phrase}}\" is a recognised hate trope.",
    },
  },
  check({ analysis: a, report: emit }) {
    // sentences already reported, so that a later detector does not add a second finding there
    const reported = new Set<number>();
    const report = tracking(a, emit, reported);
    // "he's a bit 🌈 if you know what I mean": a person's sexual orientation insinuated by a code emoji
    if (a.words.has(RAINBOW)) {
      const coded = codedOrientation(a);
      if (coded && !critiqued(a, coded) && ((!quoted(a, coded) && !a.isReported(coded)) || endorsed(a, coded))) {
        report({ messageId: "generalisation", range: [coded.start, coded.end], data: { phrase: coded.text, group: "people by sexual orientation" }, severity: "error", confidence: 0.65, explanation: { detectors: ["coded emoji insinuation"], notes: ["a person's sexual orientation hinted with a code emoji"] } });
      }
    }
    // a group left for the reader to name, care refused for a group, praise "until they..." (veiled-groups.ts)
    for (const v of veiledGroups(a)) {
      const span: Span = { type: "phrase", start: v.range[0], end: v.range[1], text: a.text.slice(v.range[0], v.range[1]), confidence: v.confidence, detector: "veiled-group" } as Span;
      if (reported.has(a.sentenceOf(v.range[0])) || critiqued(a, span) || quoted(a, span) || a.isReported(span) || rejected(a, span)) continue;
      report({ messageId: v.confidence >= SURE ? "generalisation" : "generalisationMaybe", range: v.range, data: { phrase: span.text, group: v.group }, severity: severityFor(v.confidence, "error", SURE, 0.5), confidence: v.confidence, explanation: { detectors: ["veiled group"], notes: [`frame: ${v.kind}`] } });
    }
    // a post with only a proxy (a language, a practice, "the same nationality", "95-year-olds") and no
    // group, slur or hostile phrase has nothing for the detectors below: only the frames can speak
    // The same when the only groups are weak words no detector below reads ("pregnant", "elderly",
    // "female" not before a noun for people, and not in scare quotes): those need a frame.
    if (a.lexicon("slurs").length === 0 && a.lexicon("hostile-generalisations").length === 0 && groupSpans(a).every((g) => g.confidence < 0.45 && !(g.confidence >= 0.3 && scareQuoted(a, g)))) {
      reportFrames(a, reported, new Set(), report);
      return;
    }
    for (const span of a.lexicon("slurs")) {
      // negation does not clean a slur ("stop being such a ..."): only criticism or reporting does
      if (critiqued(a, span)) continue;
      const group = String(span.data?.category ?? "protected group");
      if (a.isReported(span) || (quoted(a, span) && !scareQuoted(a, span) && span.confidence >= 0.5)) {
        report({ messageId: "reportedSlur", range: [span.start, span.end], data: { term: span.text }, severity: "info", confidence: span.confidence, explanation: { detectors: ["lexicon:slurs"], notes: ["reported speech"] } });
        continue;
      }
      if (span.confidence < 0.7 && a.wordsBefore(span.start, 3).some((t) => SELF.has(t.norm))) continue; // reclaimed self-description
      if (span.confidence < 0.5 && clinicalUse(a, span)) continue;
      const context = a.inSentence(span, a.lexicon("hostile-generalisations")).length + a.inSentence(span, a.lexicon("insults")).length + a.inSentence(span, a.lexicon("profanity")).length > 0;
      const confidence = combine(span.confidence, context ? 0.3 : 0);
      if (confidence < 0.4) continue;
      report({
        messageId: confidence >= SURE ? "slur" : "slurMaybe",
        range: [span.start, span.end],
        data: { term: span.text, group },
        severity: severityFor(confidence, "error", SURE, 0.5),
        confidence,
        explanation: { detectors: ["lexicon:slurs"], context: context ? [{ word: "hostile words nearby", effect: 0.3 }] : [], notes: [`source: ${span.data?.source}`] },
      });
    }

    // Hateful generalisations: one finding per sentence, on the group and its strongest hostile predicate.
    const bySentence = new Map<number, { group: Span; spans: Span[]; carried: boolean }>();
    const hostile = withGapped(a, "hostile-generalisations");
    for (const span of hostile) {
      // the group first (cheaper, and usually absent), then whether the words are the author's own
      const found = groupFor(a, span);
      if (!found && !(span.data?.category === "trope" && span.confidence >= 0.75)) continue;
      if (!asserted(a, span) || critiqued(a, span)) continue;
      // "Headlines say migrants are criminals. The data says otherwise.": a claim reported to be answered
      if (found && !found.carried && claimedBySomeone(a, a.tokenIndexAt(found.group.start)) && rebutted(a, a.sentenceOf(span.start))) continue;
      if (!found) {
        if (span.data?.category === "trope" && span.confidence >= 0.75) {
          report({ messageId: "trope", range: [span.start, span.end], data: { phrase: span.text }, severity: severityFor(span.confidence, "error", SURE, 0.5), confidence: span.confidence * 0.9, explanation: { detectors: ["lexicon:hostile-generalisations"], notes: ["self-contained trope"] } });
        }
        continue;
      }
      const s = a.sentenceOf(span.start);
      const entry = bySentence.get(s);
      if (entry) entry.spans.push(span);
      else bySentence.set(s, { group: found.group, spans: [span], carried: found.carried });
    }
    // A group word in scare quotes ("people who are 'disabled' when it suits them") questions that
    // the people belong to the group: hostile in itself, and it joins the sentence's other predicates.
    for (const group of a.lexicon("groups")) {
      if (!scareQuoted(a, group) || group.confidence < 0.3 || !asserted(a, group) || critiqued(a, group)) continue;
      // "We say 'learning disability'": the quotes name the preferred term, they do not doubt it
      if (a.wordsBefore(group.start, 2).some((w) => NAMING.has(w.norm))) continue;
      const s = a.sentenceOf(group.start);
      const scare: Span = { ...group, lexicon: "hostile-generalisations", confidence: 0.55, data: { category: "generalisation", term: "scare quotes" } };
      const entry = bySentence.get(s);
      if (entry) entry.spans.push(scare);
      else bySentence.set(s, { group, spans: [scare], carried: false });
    }
    // A protected group as the subject of an "always/never/typical" claim, with no listed predicate.
    const universalDone = new Set<number>();
    for (const group of groups(a)) {
      if (group.confidence < 0.6 || bySentence.has(a.sentenceOf(group.start))) continue;
      // the claim first (cheap, and rarely there), then whether it is the author's own
      const claim = universal(a, group);
      if (!claim || !assertedFrame(a, group) || critiqued(a, group)) continue;
      // "Typical Romanian", "Why do Muslim patients always...": a stereotype about a clearly named
      // protected group is discriminatory language; a vaguer group word stays a warning.
      const confidence = 0.5 * (0.6 + 0.4 * group.confidence) + (group.confidence >= 0.8 ? 0.25 : 0);
      report({ messageId: confidence >= SURE ? "generalisation" : "generalisationMaybe", range: [claim.start, claim.end], data: { phrase: claim.text, group: group.text }, severity: confidence >= SURE ? "error" : "warning", confidence, explanation: { detectors: ["lexicon:groups"], notes: ["group as the subject of a universal claim"] } });
      universalDone.add(a.sentenceOf(group.start));
    }
    // The shape of a stereotype without a listed predicate: a group generalised over ("every time we
    // get a trans patient", "you can always tell when the travellers are in") and judged in the same
    // sentence or the next (a complaint word, an insult, an eye-roll). See ./stereotype.ts.
    const usedGroups = new Set([...bySentence.values()].map((e) => e.group.start));
    for (const st of stereotypes(a)) {
      const s = a.sentenceOf(st.group.start);
      if (bySentence.has(s) || universalDone.has(s) || usedGroups.has(st.group.start) || !assertedFrame(a, st.group) || critiqued(a, st.group)) continue;
      universalDone.add(s);
      const confidence = st.confidence;
      report({ messageId: confidence >= SURE ? "generalisation" : "generalisationMaybe", range: st.range, data: { phrase: a.text.slice(st.range[0], st.range[1]), group: st.group.text }, severity: severityFor(confidence, "error", SURE, 0.5), confidence, explanation: { detectors: ["lexicon:groups", "stereotype shape"], context: [{ word: st.quantified, effect: 0.25 }, { word: st.judged, effect: 0.25 }] } });
    }
    // Doubting scare quotes on something of the group's ("Gay blokes and their 'routine checkups'")
    // are hostile in the same way, when a group is named in the same sentence.
    for (const d of doubtQuotes(a)) {
      if (critiqued(a, d) || a.wordsBefore(d.start, 2).some((w) => NAMING.has(w.norm))) continue;
      const group = nearestGroup(d, a.inSentence(d, groups(a)).filter((g) => g.confidence >= 0.6));
      if (!group) continue;
      const s = a.sentenceOf(d.start);
      const entry = bySentence.get(s);
      if (entry) entry.spans.push(d);
      else bySentence.set(s, { group, spans: [d], carried: false });
    }
    // Sentences that follow a finding about the same group add to it ("...Let them rot in corridors").
    for (const { group, spans, carried } of bySentence.values()) {
      const weight = (0.6 + 0.4 * group.confidence) * (carried ? 0.9 : 1);
      const quantified = !carried && a.sentenceOf(group.start) === a.sentenceOf(spans[0]!.start) && hasUniversal(a, group);
      const confidence = combine(...spans.map((x) => x.confidence * weight), quantified ? UNIVERSAL_BOOST : 0);
      if (confidence < 0.4) continue;
      const strongest = spans.reduce((m, x) => (x.confidence > m.confidence ? x : m));
      const start = carried ? strongest.start : Math.min(group.start, strongest.start);
      const end = carried ? strongest.end : Math.max(group.end, strongest.end);
      report({
        // A named group as the subject of a hostile claim in the same sentence is the thing itself;
        // only a claim carried over from an earlier sentence stays a "may".
        messageId: confidence >= (carried ? 0.6 : 0.45) ? "generalisation" : "generalisationMaybe",
        range: [start, end],
        data: { phrase: strongest.text, group: group.lexicon === "slurs" ? `people (${String(group.data?.category)})` : group.text },
        severity: severityFor(confidence, "error", carried ? 0.6 : 0.45, 0.4),
        confidence,
        explanation: { detectors: ["lexicon:groups", "lexicon:hostile-generalisations"], context: spans.map((x) => ({ word: x.text, effect: x.confidence })) },
      });
    }
    // Last, where nothing above has spoken: a group as the subject or target of a negative frame: a
    // trait, a capability denied, a habit, blame, exclusion, freeloading, othering (./group-frames.ts).
    reportFrames(a, reported, universalDone, report);
  },
});

/** `emit`, noting each reported sentence in `reported` (a factory, so no named closure is made per post). */
function tracking(a: Analysis, emit: (d: ReportDescriptor) => void, reported: Set<number>): (d: ReportDescriptor) => void {
  return (d) => { reported.add(a.sentenceOf(d.range[0])); emit(d); };
}

const RAINBOW = "\u{1F308}";
/** Degree words that make an emoji a description of a person ("a bit 🌈", "proper 🌈"). */
const CODE_DEGREE = new Set(["bit", "abit", "so", "very", "proper", "well", "bare", "defo", "totally", "little"]);
const PERSON_IS = new Set(["he's", "hes", "he", "she's", "shes", "they're", "theyre", "is", "was", "looks", "seems", "bit"]);
/**
 * "he's a bit 🌈 if u know what i mean", "the new reg is proper 🌈 iykyk": the rainbow emoji put
 * where an adjective for a person goes (after "a bit", "so", "proper", with "he's/is" before), with
 * a knowing wink ("if you know what I mean", "iykyk", "wink") or nothing else to say what it means.
 * Pride posts ("happy pride 🌈", "rainbow lanyards 🌈") have no degree word before the emoji.
 */
function codedOrientation(a: Analysis): Span | undefined {
  const t = a.tokens;
  for (let i = 2; i < t.length; i++) {
    if (t[i]!.text !== RAINBOW) continue;
    const d = t[i - 1]!;
    if (d.kind !== "word" || !CODE_DEGREE.has(d.norm)) continue;
    const back = a.wordsBefore(d.start, 3);
    if (!back.some((w) => PERSON_IS.has(w.norm))) continue;
    const after = a.wordsAfter(t[i]!.end, 8).map((w) => w.norm);
    const wink = after.includes("iykyk") || (after.includes("know") && after.includes("mean")) || after.includes("wink");
    if (!wink) continue;
    const from = back.find((w) => w.norm === "he's" || w.norm === "hes" || w.norm === "she's" || w.norm === "shes" || w.norm === "he") ?? d;
    return { type: "phrase", start: from.start, end: t[i]!.end, text: a.text.slice(from.start, t[i]!.end), confidence: 0.65, detector: "coded-emoji" } as Span;
  }
  return undefined;
}
/** Someone else's words the author then agrees with ("...— my reg, and tbh he wasn't wrong"). */
function endorsed(a: Analysis, span: Span): boolean {
  const t = a.tokens;
  const s = a.sentenceOf(span.start);
  for (let k = a.tokenIndexAt(span.end); k < t.length && t[k]!.sentence <= s + 1; k++) {
    const n = t[k]!.norm;
    if (n === "wrong" && ["wasn't", "wasnt", "isn't", "isnt", "not", "aint", "ain't"].includes(t[k - 1]?.norm ?? "")) return true;
    if (n === "right" && ["he's", "hes", "she's", "shes", "was", "so"].includes(t[k - 1]?.norm ?? "")) return true;
    if (n === "facts" || (n === "true" && t[k - 1]?.norm === "so")) return true;
  }
  return false;
}

/** "Can't stand working with X", "cannot bear X": a negation that states dislike, not a denial. */
function dislike(a: Analysis, span: { start: number }): boolean {
  const before = a.wordsBefore(span.start, 6);
  for (let k = 1; k < before.length; k++) {
    const n = before[k]!.norm;
    if ((n === "can't" || n === "cant" || n === "cannot" || n === "couldn't") && DISLIKE.has(before[k - 1]!.norm)) return true;
  }
  return false;
}
const DISLIKE = new Set(["stand", "bear", "abide", "stomach", "tolerate"]);

/** The frame is the author's own words: asserted, where a dislike idiom ("can't stand") is not a negation. */
function assertedFrame(a: Analysis, span: Span): boolean {
  return asserted(a, span) || ((dislike(a, span) || disowned(a, span)) && !rejected(a, span) && !reported(a, span));
}

const PREJUDICE_WORDS = ["racist", "sexist", "homophobic", "transphobic", "ageist", "ableist", "islamophobic", "antisemitic", "xenophobic", "bigoted", "prejudiced"];
/** "not being sexist, women regs can't...": the "not" before the claim is the author disowning prejudice, not denying the claim. */
function disowned(a: Analysis, span: Span): boolean {
  if (!a.hasAnyWord(PREJUDICE_WORDS)) return false;
  const t = a.tokens;
  const i = a.tokenIndexAt(span.start);
  const s = t[i]?.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 12 && t[k]!.sentence === s; k--) if (t[k]!.kind === "word" && disclaimerAt(t, k)) return true;
  return false;
}

/** Report the frames of ./group-frames.ts in sentences no detector above has spoken for. */
function reportFrames(a: Analysis, reported: ReadonlySet<number>, universalDone: Set<number>, report: (d: ReportDescriptor) => void): void {
    for (const f of groupFrames(a)) {
      const s = a.sentenceOf(f.range[0]);
      if (reported.has(s) || universalDone.has(s)) continue;
      // the frame as a whole must be the author's own words ("never trust a..." carries its own negation)
      const frameSpan: Span = { ...f.group, start: f.range[0], end: f.range[1], text: a.text.slice(f.range[0], f.range[1]) };
      // a language frame's proxy sits inside it ("can't say a word in English": "word" there is no meta noun), so the frame is what may be critiqued
      if (critiqued(a, f.kind === "language" ? frameSpan : f.group) || !assertedFrame(a, frameSpan) || quoted(a, frameSpan) || (f.group.start < f.range[0] && a.isNegated(f.group) && !dislike(a, f.group))) continue;
      universalDone.add(s);
      report({ messageId: f.confidence >= SURE ? "generalisation" : "generalisationMaybe", range: f.range, data: { phrase: a.text.slice(f.range[0], f.range[1]), group: f.group.text }, severity: severityFor(f.confidence, "error", SURE, 0.5), confidence: f.confidence, explanation: { detectors: ["lexicon:groups", "group frame"], context: [{ word: f.frame, effect: f.confidence }], notes: [`frame: ${f.kind}`] } });
    }
}
