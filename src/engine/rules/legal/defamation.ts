import type { Analysis } from "../../analysis";
import { nearTokens } from "../conduct/scope";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import { COLLEAGUE_WORDS, combine } from "../shared";
import { camelCaseOrgs, identifyCue, ownOrgTarget, type Target } from "./targets";

/** Capitalised names ending in one of these name an organisation: "St Elsewhere NHS Foundation Trust". */
const ORG_SUFFIX = new Set(["trust", "hospital", "hospitals", "clinic", "clinics", "practice", "surgery", "ltd", "limited", "plc", "inc", "group", "healthcare", "pharma", "pharmaceuticals", "ccg", "icb", "council", "university", "aesthetics", "partnership", "studio", "studios", "centre", "center", "agency", "staffing", "salon", "labs", "laboratories", "services"]);
/** The sentence hedges: opinion, rumour or a question rather than a statement of fact. */
const HEDGE = new Set(["allegedly", "alleged", "alleges", "reportedly", "apparently", "rumour", "rumours", "rumor", "rumors", "rumoured", "rumored", "heard", "think", "suspect", "seems", "seem", "might", "may", "possibly", "perhaps", "wonder", "if", "whether", "claims", "claimed", "accused"]);
/** A published decision is being reported: "was convicted", "found guilty", "the tribunal found". */
const ADJUDICATED = new Set(["convicted", "guilty", "jailed", "sentenced", "erased", "tribunal", "mpts", "court", "ruled", "ruling", "judgment", "judgement", "verdict", "inquest", "inquiry", "prosecuted", "admitted"]);
const STRUCK_BY = new Set(["was", "were", "been", "has", "have", "had", "got", "gmc", "mpts", "nmc", "hcpc", "tribunal"]);
/** Role nouns that point back to a named person or organisation ("The owner is a known fraud"). */
const BACK_REFERENCE = new Set(["owner", "owners", "director", "directors", "ceo", "executives", "boss", "founder", "partners", "staff", "management"]);
/** Providers that a place makes identifiable. */
const PROVIDERS = new Set(["company", "hospital", "trust", "home", "practice", "surgery", "clinic", "pharmacy", "agency", "provider", "dentist", "pharmacist"]);
const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them", "his", "their", "it", "its"]);
/** Concealing something: with an incident or evidence as its object ("buried three never events") it alleges a cover-up. */
const INCIDENTS = new Set(["event", "events", "incident", "incidents", "complaint", "complaints", "death", "deaths", "error", "errors", "mistake", "mistakes", "data", "evidence", "results", "report", "reports", "figures", "findings", "datix", "datixes", "investigation", "notes", "records", "audit"]);
/** A wink, a thinking face, a kiss, eyes: the author signals a hidden meaning. */
const WINK = new Set(["\u{1F609}", "\u{1F914}", "\u{1F48B}", "\u{1F440}", "\u{1F60F}", "\u{1F92D}"]);

/**
 * "buried three never events", "shredded the complaints": a concealment verb with an incident or
 * evidence word among the next four words, as a span (same sentence; linear in the post).
 */
function concealments(a: Analysis): Span[] {
  const out: Span[] = [];
  const conceal = new Set(a.lexicon("allegations", "concealment").map((c) => c.start));
  if (conceal.size === 0) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.kind !== "word" || !conceal.has(t[i]!.start)) continue;
    for (let k = i + 1, words = 0; k < t.length && words < 4 && t[k]!.sentence === t[i]!.sentence; k++) {
      if (t[k]!.kind !== "word") continue;
      words++;
      if (!INCIDENTS.has(t[k]!.norm)) continue;
      out.push({ type: "phrase", start: t[i]!.start, end: t[k]!.end, text: a.text.slice(t[i]!.start, t[k]!.end), confidence: 0.65, detector: "defamation-conceal", data: { category: "dishonesty" } });
      break;
    }
  }
  return out;
}


/** The most identifiable target in the sentence of `span`. */
interface Orgs { all: Target[]; bySentence: Map<number, Target[]>; places: readonly Span[] }

function targetOf(a: Analysis, span: Span, orgs: Orgs): Target | undefined {
  const s = a.sentenceOf(span.start);
  const found: Target[] = [];
  for (const p of a.inSentence(span, a.of("person-name"))) found.push({ text: p.text, weight: 1, end: p.end });
  for (const h of a.inSentence(span, a.of("handle"))) found.push({ text: h.text, weight: 1, end: h.end });
  for (const c of a.inSentence(span, a.lexicon("companies"))) found.push({ text: c.text, weight: 0.95, end: c.end });
  for (const h of a.inSentence(span, a.of("hospital"))) found.push({ text: h.text, weight: 0.9, end: h.end });
  for (const o of orgs.bySentence.get(s) ?? []) found.push(o);
  for (const f of a.inSentence(span, a.of("first-name"))) if (f.confidence >= 0.5) found.push({ text: f.text, weight: 0.7, end: f.end });
  const tokens = nearTokens(a, span);
  // "Parking at our hospital is abused by people who...": in the passive, what comes before is the victim
  if (a.wordsAfter(span.end, 1)[0]?.norm === "by" || passive(a, span)) {
    const after = found.filter((f) => f.end > span.end);
    return after.length ? after.sort((x, y) => y.weight - x.weight || x.end - y.end)[0] : undefined;
  }
  const own = ownOrgTarget(tokens);
  if (own) found.push(own);
  const veiled = veiledTarget(a, tokens);
  if (veiled) found.push(veiled);
  if (found.length) return found.sort((x, y) => y.weight - x.weight || x.end - y.end)[0];
  // "He falsified the notes" after naming someone earlier in the post
  const named = a.of("person-name").length + a.of("handle").length + orgs.all.length + a.lexicon("companies").length > 0;
  if (named && tokens.some((t) => PRONOUNS.has(t.norm) || BACK_REFERENCE.has(t.norm))) return { text: "the person or organisation named earlier", weight: 0.75, end: -1 };
  const role = tokens.find((t) => COLLEAGUE_WORDS.has(t.norm) || BACK_REFERENCE.has(t.norm) || PROVIDERS.has(t.norm));
  // "the care home on Marsh Lane", "the pharmacist on the high street in Wigan": a role pinned to a place
  if (role && a.inSentence(span, orgs.places).length > 0) return { text: `the ${role.text} there`, weight: 0.75, end: role.end };
  // "...stole from the practice account. Now he's a GP in Bath": a role and a place elsewhere in the post
  if (role && (a.of("place").length > 0 || a.of("address").length > 0) && tokens.some((t) => PRONOUNS.has(t.norm) || t.norm === "my" || t.norm === "our")) return { text: `the ${role.text} (placed elsewhere in the post)`, weight: 0.7, end: -1 };
  // a unique role or the author's organisation named in another sentence ("Our clinical director... Disgusting abuse of power.")
  const postOwn = postOwnTarget(a);
  if (postOwn) return { ...postOwn, weight: postOwn.weight - 0.1, end: -1 };
  if (role) return { text: `the ${role.text}`, weight: 0.45, end: role.end };
  return undefined;
}

/**
 * "a certain private hospital group", "a certain consultant in the Midlands": a deliberately veiled
 * reference that readers are invited to decode; it identifies as much as a name.
 */
function veiledTarget(a: Analysis, tokens: readonly { norm: string; stem: string; kind: string; end: number; start: number }[]): Target | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.norm !== "certain" || tokens[i - 1]!.norm !== "a") continue;
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
      const w = tokens[k]!;
      if (PROVIDERS.has(w.stem) || ORG_SUFFIX.has(w.stem) || COLLEAGUE_WORDS.has(w.stem)) return { text: a.text.slice(tokens[i - 1]!.start, w.end), weight: 0.9, end: w.end };
    }
  }
  return undefined;
}

const PASSIVE_JOIN = new Set(["and", "or", "at", "on", "spat", "hit", "also", "then"]);
const PASSIVE_AUX = new Set(["being", "been", "was", "were", "got", "get", "gets", "getting", "is", "are"]);
/** "nurses reported being verbally or physically assaulted": a participle in the passive names the victim before it. */
function passive(a: Analysis, span: Span): boolean {
  if (!/ed$/.test(span.text) || span.text.includes(" ")) return false;
  // walk back over other participles, adverbs and joins ("being pushed, spat at and assaulted") to the auxiliary
  for (const t of a.wordsBefore(span.start, 6)) {
    if (PASSIVE_AUX.has(t.norm)) return true;
    if (!(/(?:ed|en|ly)$/.test(t.norm) || PASSIVE_JOIN.has(t.norm))) return false;
  }
  return false;
}

/** Policies and plans: "the plan to outsource is a scam" judges a policy, not a person. */
const POLICY = new Set(["plan", "plans", "policy", "policies", "scheme", "schemes", "idea", "system", "reform", "reforms", "strategy", "initiative", "outsourcing", "privatisation", "privatization", "contract", "contracts"]);

const postOwnCache = new WeakMap<Analysis, { t: Target | undefined }>();
/** ownOrgTarget over the whole post, once per check. */
function postOwnTarget(a: Analysis): Target | undefined {
  let hit = postOwnCache.get(a);
  if (!hit) postOwnCache.set(a, (hit = { t: ownOrgTarget(a.tokens) }));
  return hit.t;
}

function organisations(a: Analysis): Target[] {
  const out: Target[] = [];
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!ORG_SUFFIX.has(t[i]!.norm) || !t[i]!.cap) continue;
    let j = i;
    while (j > 0 && t[j - 1]!.kind === "word" && t[j - 1]!.cap && t[j - 1]!.sentence === t[i]!.sentence) j--;
    if (j < i) out.push({ text: a.text.slice(t[j]!.start, t[i]!.end), weight: 0.9, end: t[i]!.end });
  }
  out.push(...camelCaseOrgs(a));
  return out;
}

function adjudicated(a: Analysis, span: Span): boolean {
  const tokens = nearTokens(a, span);
  // "I have it on good authority that Dr X was struck off": hearsay, not a published decision
  if (hearsay(tokens)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    if (ADJUDICATED.has(n)) return true;
    if ((n === "struck" || n === "suspended") && i > 0 && STRUCK_BY.has(tokens[i - 1]!.norm)) return true;
  }
  return false;
}

/** "on good authority", "reliably informed": a claim passed on as fact, not a source. */
function hearsay(tokens: readonly { norm: string }[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const n = tokens[i + 1]!.norm;
    if ((w === "good" && n === "authority") || (w === "reliably" && n === "informed") || (w === "reliable" && n === "source")) return true;
  }
  return false;
}

/** Copulas and articles that make a bare noun an accusation: "is a known fraud", "he's an utter liar". */
const COPULA = new Set(["is", "are", "was", "were", "he's", "she's", "they're", "it's", "hes", "shes", "theyre", "being", "be", "been"]);
const ARTICLE = new Set(["a", "an"]);

/** The allegation is predicated of someone with words inserted: "is a known fraud", "are utterly corrupt". */
function predicated(a: Analysis, span: Span): boolean {
  const before = a.wordsBefore(span.start, 4);
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!.norm;
    if (COPULA.has(w)) return k > 0; // at least one inserted word, else the lexicon phrase covers it
    if (ARTICLE.has(w)) continue;
    if (k >= 2) return false; // at most two inserted adjectives or adverbs
  }
  return false;
}

export default defineRule({
  meta: {
    id: "legal/defamation",
    severity: "error",
    citations: ["gmc-sm:16", "gmc-sm:15", "seed-002:defamation"],
    seriousness: SERIOUSNESS.disrespectGeneral,
    triggers: ["lexicon:allegations"],
    docs: {
      summary: "Allegations of wrongdoing against an identifiable person or organisation",
      why: "The social media guidance (¶16) reminds doctors that posts are subject to the same law of defamation as anything written or said, in a personal or professional capacity, and ¶15 forbids unsubstantiated or unsustainable comments about individuals. The do's and don'ts sheet: don't make defamatory comments about an individual or organisation. Calling a named doctor, trust or company a fraud, a liar or negligent as a statement of fact is what the law of defamation is about.",
      fix: "Stick to what you can show: link the published decision or report, describe what happened rather than labelling the person, or raise the concern through the proper channel (the GMC, the employer, the regulator) instead of posting it.",
      examples: {
        flagged: ["Dr Mark Ellis at the Harley Street clinic is a fraud and a liar.", "St Elsewhere NHS Foundation Trust is covering up baby deaths. Everyone knows it."],
        passes: ["The GMC struck off Dr X for fraud in 2019; the tribunal decision is here: https://www.mpts-uk.org/decision", "Research fraud harms patients. Here is how journals can detect fabricated data."],
      },
    },
    messages: {
      allegation: "\"{{term}}\" alleges wrongdoing by {{target}}; unless you can prove it, this may be defamatory (social media ¶16).",
      allegationMaybe: "\"{{term}}\" may be read as an allegation against {{target}}.",
      sourced: "\"{{term}}\" about {{target}} reports a published decision or source; keep it accurate and linked.",
    },
  },
  check({ analysis: a, report }) {
    // concealment verbs are cues, reported only with an incident as their object (concealments())
    const spans = [...a.lexicon("allegations").filter((x) => x.data?.category !== "concealment"), ...concealments(a)];
    if (spans.length === 0) return;
    // An insinuation frame ("not saying X... but", "if you know, you know", "everyone knows why") is
    // not a hedge: hinting is read for its natural meaning. A wink or thinking face adds to it.
    const insinuated = new Set(a.lexicon("allegations", "insinuation").filter((x) => !a.isQuoted(x)).map((x) => a.sentenceOf(x.start)));
    const wink = a.tokens.some((t) => t.kind === "punct" && WINK.has(t.text)) ? 0.3 : 0;
    const alleged = new Set(spans.filter((o) => o.data?.category !== "insinuation").map((o) => a.sentenceOf(o.start)));
    const all = organisations(a);
    const bySentence = new Map<number, Target[]>();
    for (const o of all) {
      const k = a.sentenceOf(o.end - 1);
      const list = bySentence.get(k);
      if (list) list.push(o);
      else bySentence.set(k, [o]);
    }
    // one combined list per check, so inSentence() indexes it once
    const orgs: Orgs = { all, bySentence, places: [...a.of("place"), ...a.of("address")] };
    const linked = a.has("url");
    const identify = identifyCue(a);
    for (const span of spans) {
      if (!a.isAsserted(span)) continue;
      const target = targetOf(a, span, orgs);
      if (!target) continue;
      const near = target.end >= 0 && target.end <= span.start && a.tokenIndexAt(span.start) - a.tokenIndexAt(target.end) <= 7;
      const insinuation = insinuated.has(a.sentenceOf(span.start));
      const hedged = !insinuation && nearTokens(a, span).some((t) => HEDGE.has(t.norm) || t.text === "?");
      let strength = predicated(a, span) ? Math.max(span.confidence, 0.75) : span.confidence;
      if (span.data?.category === "insinuation") {
        // alone, "just saying" and "funny how" are everyday; they hint at wrongdoing with a wink or beside an allegation
        const beside = alleged.has(a.sentenceOf(span.start));
        if (wink === 0 || beside) continue; // beside an allegation, the allegation itself is reported
        if (target.weight < 0.85) continue; // hinting about a unit or a role is a concern, not an allegation
        strength = combine(strength, wink);
      }
      const weight = identify ? Math.min(0.95, target.weight + 0.3) : target.weight;
      const policy = target.weight < 0.7 && nearTokens(a, span).some((t) => t.end <= span.start && POLICY.has(t.norm));
      const confidence = combine(strength, near ? 0.35 : 0) * weight * (hedged ? 0.7 : 1) * (policy ? 0.5 : 1);
      if (confidence < 0.25) continue;
      const base = { range: [span.start, span.end] as const, data: { term: span.text, target: target.text }, confidence };
      const explanation = { detectors: ["lexicon:allegations"], context: [{ word: `target: ${target.text}`, effect: target.weight }, { word: "hedged", effect: hedged ? -0.3 : 0 }] };
      if (linked || adjudicated(a, span)) {
        report({ ...base, messageId: "sourced", severity: "info", seriousness: SERIOUSNESS.colleagueArgument, explanation: { ...explanation, notes: ["a link or a published decision is present"] } });
        continue;
      }
      const identifiable = weight >= 0.7;
      const sure = identifiable && !hedged && confidence >= 0.5;
      report({
        ...base,
        messageId: sure ? "allegation" : "allegationMaybe",
        severity: sure ? "error" : confidence >= 0.3 ? "warning" : "info",
        explanation,
      });
    }
  },
});
