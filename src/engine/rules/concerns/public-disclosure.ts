import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { combine } from "../shared";
import { DECLINED, exposureCues, INACTION, PRESS_INVITED, WARNING } from "./exposure";
import { careFailures } from "./failures";
import { insideQuotes } from "./quoting";
import { colleagueFrames } from "../respect/derogation";

/** Words that point the concern at a particular unit or organisation rather than the system at large. */
const LOCAL = new Set(["trust", "ward", "unit", "department", "dept", "hospital", "practice", "surgery", "icu", "itu", "a&e", "theatre", "theatres", "board", "management", "manager", "managers", "consultant", "matron", "director", "ceo",
  // ("my placement": a student's unit)
  "walk", "clinic", "home", "centre", "service", "team", "placement", "surgeon", "anaesthetist", "locum", "gp", "registrar", "nurses", "hdu", "ed", "place", "chain", "branch", "pharmacy", "station", "dgh", "ambulance", "store"]);
const OWNERS = new Set(["our", "my", "this", "the", "that"]);
/** Regulators' and the NHS's own accounts: tagging them is the exposure, not a target. */
const CHANNEL_HANDLES = new Set(["@cqc", "@cqcprof", "@nhsengland", "@nhsuk", "@gmcuk", "@nmcnews"]);
const FAILED = new Set(["ignored", "ignore", "ignoring", "nothing", "useless", "pointless", "failed", "never", "no", "didn't", "dismissed", "buried"]);
const SAFETY = new Set(["unsafe", "dangerous", "harm", "harmed", "died", "death", "deaths", "dying", "negligence", "negligent", "neglect", "safety", "incident", "incidents", "never-event", "cover-up", "covered",
  // what a witness to harm says: "I'm sickened", "terrified someone will miss an MI", "3 readmissions"
  "sickened", "appalled", "horrified", "terrified", "sedating", "sedated", "unsupervised", "readmissions", "readmitted", "abuse", "abused", "hypos", "overdose",
  // a failure of care or equipment: "a backlog of unread results", "no working defib", "soiled pads", "reusing single-use"
  "backlog", "unread", "missed", "defib", "defibrillator", "broken", "reusing", "soiled", "unbalanced", "unstaffed", "understaffed", "deteriorated", "deteriorating"]);
/** A failure of care or equipment that a warning to the public can be about ("no paediatrician", "bloods aren't being chased", "winging it"). */
const WARN_RISK = new Set(["winging", "chased", "out-of-date", "expired", "ligature", "reusing", "resus"]);
/** Checks that equipment can fail ("failed its safety check", "failed the service"). */
const KIT_CHECKS = new Set(["check", "checks", "service", "servicing", "test", "testing", "pat", "calibration", "inspection"]);
const KIT_OWNER = new Set(["its", "the", "their", "a", "an", "safety", "every", "each", "another", ...KIT_CHECKS]);
/** Staff said to be missing ("no paediatrician", "a single SHO for the whole of A&E"). */
const STAFF = new Set(["paediatrician", "paediatricians", "doctor", "doctors", "nurse", "nurses", "sho", "reg", "registrar", "consultant", "carer", "carers", "midwife", "midwives", "cover", "pharmacist"]);
/** A risk a warning can be about: a care-failure word, or staff said to be missing or alone. */
function warnedRisk(a: Analysis): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    if (SAFETY.has(n) || WARN_RISK.has(n)) return true;
    // kit that "failed its check", "has failed its service twice": equipment known to be unsafe
    // (not a person's: "failed his driving test")
    if ((n === "failed" || n === "failing" || n === "fails") && KIT_OWNER.has(t[i + 1]?.norm ?? "") && t.slice(i + 1, i + 4).some((x) => x.sentence === t[i]!.sentence && KIT_CHECKS.has(x.norm))) return true;
    if ((n === "no" || n === "single" || n === "one") && (STAFF.has(t[i + 1]?.norm ?? "") || STAFF.has(t[i + 2]?.norm ?? ""))) return true;
  }
  return false;
}
/** A plain request to share ("Please share", "share widely"), as in an appeal for a missing patient or a blood donor. */
const PLAIN_SHARE = /^(?:please share|share widely)$/i;

/** The post thanks someone: "thank you", "thanks" (not "thanks to"/"thanks for nothing"), "grateful", "proud of". */
function gratitude(a: Analysis): boolean {
  if (!a.hasAnyWord(["thank", "thanks", "grateful", "proud"])) return false;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    const next = t[i + 1]?.norm;
    if (n === "thank" && (next === "you" || next === "u")) return true;
    if (n === "thanks" && next !== "to" && !(next === "for" && t[i + 2]?.norm === "nothing")) return true;
    if (n === "grateful" || (n === "proud" && next === "of")) return true;
  }
  return false;
}

function withBuilt(listed: readonly Span[], built: readonly Span[]): Span[] {
  if (built.length === 0) return listed as Span[];
  // where a listed phrase and a built cue overlap, the listed phrase stands with the stronger of the two
  // confidences ("Nobody cares" listed as frustration, built as nobody acting on a known problem)
  const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;
  const merged = listed.map((l) => {
    let c = l.confidence;
    for (const b of built) if (overlaps(l, b) && b.confidence > c) c = b.confidence;
    return c === l.confidence ? l : { ...l, confidence: c };
  });
  return [...merged, ...built.filter((b) => !listed.some((l) => overlaps(l, b)))];
}

const POSSESSIVE = new Set(["our", "my"]);
/** Capitalised generic words before a unit that name no one ("NHS trust", "GP practice", "A&E department"). */
const SHOUTED = new Set(["nhs", "gp", "a&e", "ae", "uk", "icu", "itu", "ed", "hdu", "ooh", "psych", "mental", "i"]);
/** "...home I work at", "...place I used to work at", "...practice on the high street": the author's own or a pinned unit. */
function workedAt(tokens: readonly { norm: string; sentence: number }[], i: number): boolean {
  const n = (k: number) => (tokens[k] && tokens[k]!.sentence === tokens[i]!.sentence ? tokens[k]!.norm : "");
  if (n(i + 1) === "i" || n(i + 1) === "we") {
    const v = n(i + 2) === "used" && n(i + 3) === "to" ? n(i + 4) : n(i + 2);
    return v === "work" || v === "worked" || v === "works";
  }
  return n(i + 1) === "on" && n(i + 2) === "the" && n(i + 3) === "high" && n(i + 4) === "street";
}

/** 0..1: the post points at an identifiable unit, organisation or person (not "the NHS" in general). */
function specificity(a: Analysis): { value: number; word?: string } {
  const hospital = a.of("hospital")[0];
  if (hospital) return { value: 1, word: hospital.text };
  const named = a.of("ward-bed").find((s) => s.data?.named) ?? a.of("person-name")[0];
  if (named) return { value: 0.9, word: named.text };
  const tokens = a.tokens;
  let best: { value: number; word?: string } = { value: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (t.kind === "mention" && !CHANNEL_HANDLES.has(t.norm)) return { value: 0.8, word: t.text };
    // "St Aldhelm's maternity unit": a named institution the hospital pattern does not know.
    if (prev && (prev.norm === "st" || prev.norm === "saint") && t.cap && t.norm.endsWith("'s")) return { value: 0.9, word: `${prev.text} ${t.text}` };
    if (best.value >= 0.7) continue;
    // "our trust's", "the hospital's", "our walk-in" (possessives read by their stem); "our radiology department"
    // ("our midwife-led unit", "our nurse-run clinic": a hyphenated description between the owner and the unit)
    if (prev && LOCAL.has(t.stem) && (OWNERS.has(prev.norm) || (prev.kind === "word" && !prev.cap && POSSESSIVE.has(tokens[i - 2]?.norm ?? "")) || (prev.kind === "word" && tokens[i - 2]?.text === "-" && POSSESSIVE.has(tokens[i - 4]?.norm ?? "")))) best = { value: 0.7, word: tokens[i - 2]?.text === "-" && !OWNERS.has(prev.norm) ? `${tokens[i - 4]!.norm} ${a.text.slice(tokens[i - 3]!.start, t.end)}` : `${prev.norm} ${t.stem}` };
    // "Holloway Lane surgery", "Spa Drip Clinic": a proper name before the unit (not a sentence's first word)
    else if (prev && LOCAL.has(t.stem) && prev.kind === "word" && prev.cap && !prev.sentenceStart && !SHOUTED.has(prev.norm)) best = { value: 0.7, word: `${prev.text} ${t.text}` };
    // "the care home I work at", "the place I used to work at", "the practice on the high street"
    else if (LOCAL.has(t.stem) && workedAt(tokens, i)) best = { value: 0.7, word: t.text };
    // "Management wants it buried", "Ours is": the author's own organisation without naming it.
    else if ((t.norm === "management" && t.cap) || t.norm === "ours") best = { value: 0.6, word: t.text };
  }
  if (best.value < 0.7) {
    const setting = a.of("clinical-setting").find((c) => OWNERS.has(a.wordsBefore(c.start, 1)[0]?.norm ?? ""));
    if (setting) return { value: 0.7, word: setting.text };
  }
  return best;
}

/**
 * 0..1: the post says a proper channel was used. A channel said to have failed ("management ignored
 * every Datix") or named in the same sentence as going public does not count.
 */
function properChannel(a: Analysis, exposures: readonly Span[]): number {
  let miss = 1;
  const failed = a.sentencesWith("concerns:failed", (t) => FAILED.has(t.norm));
  for (const c of a.lexicon("concerns", "proper-channel")) {
    if (a.isNegated(c) || a.inSentence(c, exposures).length > 0) continue;
    if (failed.has(a.sentenceOf(c.start))) continue;
    miss *= 1 - c.confidence;
  }
  return 1 - miss;
}

export default defineRule({
  meta: {
    id: "concerns/public-disclosure",
    severity: "warning",
    citations: ["seed-002:whistleblow", "gmc-sm:15"],
    seriousness: SERIOUSNESS.colleagueArgument + 10, // not in the table: a step above a public spat
    docs: {
      summary: "Raising patient-safety concerns publicly instead of through the proper channels",
      why: "The guidance for health professionals says: report concerns to the appropriate parties (your employer, the GMC, the CQC), but do not use social media to whistle-blow; use the appropriate channels. Naming a ward, a trust or a colleague in a public post also risks gratuitous or unsubstantiated comments about individuals (Doctors' use of social media 15) and can identify the patients involved. Public debate about the health service in general is different, and welcome.",
      fix: "Raise the concern through a route that can act on it: your clinical or medical director, your Freedom to Speak Up guardian, Datix, the CQC or the GMC. If you want to campaign, talk about the system (staffing, funding, policy) without naming a unit, a colleague or a patient.",
      examples: {
        flagged: [
          "Management ignored us for months about staffing on our ward. Naming and shaming them here until something changes. RT so they see.",
          "The trust is covering up what happened on Ward 7. The public deserves to know.",
        ],
        passes: [
          "Raised it via Freedom to Speak Up today. Proud of our team for listening.",
          "Staffing is unsafe across the NHS; we need a workforce plan.",
        ],
      },
    },
    messages: {
      publicConcern: "\"{{phrase}}\" raises a concern in public{{target}} instead of through the proper channels.",
      publicConcernMaybe: "\"{{phrase}}\" may read as raising a concern in public instead of through the proper channels.",
    },
  },
  check({ analysis: a, report }) {
    if (a.context.audience === "direct-message") return;
    const asserted = (s: Span) => a.isAsserted(s) && !insideQuotes(a, s);
    // listed phrases, and built cues that no listed phrase already covers
    const built = exposureCues(a);
    let phrases = withBuilt(a.lexicon("concerns", "public-exposure"), built.filter((c) => c.data?.category === "public-exposure")).filter(asserted);
    const risks = withBuilt(a.lexicon("concerns", "safety-concern"), [...careFailures(a), ...built.filter((c) => c.data?.category === "safety-concern")]);
    if (phrases.length === 0 && risks.length === 0) return;
    let target = specificity(a);
    // a warning to the public about "the out of hours service" in a named town: identifiable to its readers
    // (a place found by the detectors, or "PSA to everyone in Wexford": the warned public's own town)
    if (target.value < 0.6) {
      for (const p of phrases) {
        if (p.data?.source !== WARNING) continue;
        const after = a.wordsAfter(p.end, 2);
        const town = a.of("place")[0]?.text ?? ((after[0]?.norm === "in" || after[0]?.norm === "at") && after[1]?.cap ? after[1].text : undefined);
        if (town) { target = { value: 0.6, word: town }; break; }
      }
    }
    // A risk to patients asserted about an identifiable unit ("the defibrillator on our ward hasn't
    // worked for 2 weeks... this is dangerous") is a concern raised in public even without
    // "going public" words; about the NHS at large it is debate, so it needs the target.
    // With "going public" words present, the risk phrases only add weight to them.
    const assertedRisks = risks.filter(asserted);
    // a warning to the public ("PSA to patients...", "If you've been there, get checked") is a concern
    // taken public only when the post tells of a risk or a failure of care; otherwise it is news
    // (so is a channel declined for the post: "not reporting it" about a parking fine raises nothing)
    // (and the press invited in; a channel declined counts about an identifiable unit without a risk word)
    const gated = (p: Span) => p.data?.source === WARNING || p.data?.source === PRESS_INVITED || (p.data?.source === DECLINED && target.value < 0.6);
    if (phrases.some(gated) && assertedRisks.length === 0 && !warnedRisk(a)) {
      phrases = phrases.filter((p) => !gated(p));
      if (phrases.length === 0 && risks.length === 0) return;
    }
    // "Please share: missing from our ward...": a plain request to share, with no risk or harm in the
    // post, is an appeal, not a concern taken public
    if (phrases.length > 0 && assertedRisks.length === 0 && phrases.every((p) => PLAIN_SHARE.test(p.text)) && !a.tokens.some((t) => SAFETY.has(t.norm))) return;
    // "Nobody's pulled them", "nobody upstairs is listening": inaction backs up a risk on an identifiable
    // unit (which is then the finding) and stands as the exposure only when there is no such risk
    const inaction = phrases.filter((p) => p.data?.source === INACTION);
    const going = inaction.length === 0 ? phrases : phrases.filter((p) => p.data?.source !== INACTION);
    // "New faces, no handover notes, and you still got everyone washed and fed. Thank you.": a risk
    // told as the hardship a team overcame, in a thank-you, is praise; it raises nothing (only when no
    // going-public words are present)
    let targetRisks = target.value >= 0.6 && !(going.length === 0 && gratitude(a)) ? assertedRisks : [];
    // "Imagine being a GP for 25 years and still sending letters with no obs": a failing told as mock
    // incredulity at a colleague is a put-down (respect/colleagues), not a concern raised
    if (targetRisks.length > 0 && a.words.has("imagine")) {
      const mocked = new Set(colleagueFrames(a).filter((f) => f.text.toLowerCase().startsWith("imagine")).map((f) => a.sentenceOf(f.start)));
      if (mocked.size > 0) targetRisks = targetRisks.filter((r) => !mocked.has(a.sentenceOf(r.start)));
    }
    const exposures = going.length > 0 ? going : targetRisks.length > 0 ? targetRisks : inaction;
    if (exposures.length === 0) return;
    const ignored = inaction.length > 0 && exposures !== inaction ? 0.35 : 0;
    const proper = properChannel(a, exposures);
    const safety = combine(a.tokens.some((t) => SAFETY.has(t.norm)) ? 0.15 : 0, ...(phrases.length > 0 ? assertedRisks.map((r) => 0.5 * r.confidence) : []));
    const audience = a.isPublic ? 1 : 0.6;
    const scored = exposures.map((span) => ({ span, own: span.confidence * (span.data?.category === "safety-concern" ? target.value : 0.6 + 0.4 * target.value) }));
    // Every other exposure phrase adds to each one's confidence (noisy-or; the product is taken once).
    let allMiss = 1;
    for (const o of scored) allMiss *= 1 - 0.4 * o.own;
    for (const { span, own } of scored) {
      const others = 1 - allMiss / (1 - 0.4 * own);
      const confidence = combine(own, safety * target.value, others, ignored) * (1 - 0.85 * proper) * audience;
      if (confidence < 0.3) continue;
      const sure = confidence >= 0.45 && target.value > 0;
      report({
        messageId: sure ? "publicConcern" : "publicConcernMaybe",
        range: [span.start, span.end],
        data: { phrase: span.text, target: target.word ? ` about ${target.word}` : "" },
        severity: confidence >= 0.45 ? "warning" : "info",
        confidence,
        explanation: {
          detectors: ["lexicon:concerns"],
          context: [{ word: target.word ?? "(no named unit)", effect: target.value }, { word: "proper channel", effect: -proper }, { word: "audience", effect: audience - 1 }],
        },
      });
    }
  },
});
