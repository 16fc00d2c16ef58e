import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import { fold } from "../../text/fold";
import type { Span } from "../../types";
import { combine } from "../shared";
import { brandShapes } from "./brands";
import { othersCue } from "../advertising/promotion";
import { builtCues, builtEndorsements } from "./interest-cues";

/** Query keys that mark a link as an affiliate or tracked referral link. */
const DISCOUNT_CODE = /^[A-Z][A-Z0-9]{3,14}$/;
const SHORT_AFFILIATE = /^(?:https?:\/\/)?(?:amzn\.to|bit\.ly|rstyle\.me|shopmy\.us|ltk\.app|liketk\.it)\//i;
/** A short affiliate link written without its scheme ("amzn.to/3xYz"), which the tokenizer splits at the dot. */
const BARE_SHORT_LINK = /(?<![\w.])(?:amzn\.to|amzn\.eu|bit\.ly|rstyle\.me|shopmy\.us|ltk\.app|liketk\.it)\/[\w-]+/gi;
const AFFILIATE = /[?&](?:ref|aff|affiliate|aff_id|affid|utm_source|tag|coupon|discount|promo|via)=/i;
/** Words that make a company mention criticism or news rather than promotion. */
const CRITICAL = new Set(["scandal", "fined", "lawsuit", "greed", "greedy", "profiteering", "overpriced", "shortage", "recall", "recalled", "boycott", "shame", "disgrace", "gouging"]);

interface Cue { span: { start: number; end: number; text: string }; strength: number; source: string }

function cues(a: Analysis): Cue[] {
  const out: Cue[] = [];
  for (const s of a.lexicon("sponsorship", "commercial-cue")) {
    if (!a.isAsserted(s) || othersCue(a, s)) continue;
    // "Sponsored by Pfizer:" opening a post is the label itself, a declaration.
    if (s.start === a.tokens[0]?.start && fold(s.text) === "sponsored by") continue;
    out.push({ span: s, strength: s.confidence, source: "lexicon:sponsorship" });
  }
  BARE_SHORT_LINK.lastIndex = 0;
  for (let m = BARE_SHORT_LINK.exec(a.text); m; m = BARE_SHORT_LINK.exec(a.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const t = a.tokens[a.tokenIndexAt(start)];
    if (!(t && t.kind === "url" && t.start <= start && end <= t.end)) out.push({ span: { start, end, text: "an affiliate link" }, strength: 0.85, source: "affiliate-url" });
  }
  out.push(...builtCues(a));
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const u = tokens[i]!;
    if (u.kind === "url" && (AFFILIATE.test(u.text) || SHORT_AFFILIATE.test(u.text))) out.push({ span: { start: u.start, end: u.end, text: "an affiliate link" }, strength: 0.85, source: "affiliate-url" });
    // "code DRMIKE10": a personal discount code (not a door code: those are written in digits).
    const next = tokens[i + 1];
    if (u.norm === "code" && next && (next.kind === "word" || next.kind === "number") && DISCOUNT_CODE.test(next.text)) {
      out.push({ span: { start: u.start, end: next.end, text: a.text.slice(u.start, next.end) }, strength: 0.85, source: "discount-code" });
    }
  }
  return out;
}

interface NearCue { text: string; strength: number; source: string }

function bySentence(a: Analysis, list: readonly (NearCue & { start: number })[]): Map<number, NearCue[]> {
  const out = new Map<number, NearCue[]>();
  for (const c of list) {
    const k = a.sentenceOf(c.start);
    const bucket = out.get(k);
    if (bucket) bucket.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** The company is covered by a declaration: in the post, or in the author's declared interests. */
function declaredIn(a: Analysis, company: Span): boolean {
  const declared = a.context.declaredInterests;
  if (!declared || declared.length === 0) return false;
  const name = fold(company.text);
  const term = fold(String(company.data?.term ?? company.text));
  return declared.some((d) => {
    const f = fold(d).trim();
    return f.length > 0 && (f === name || f === term || ` ${f} `.includes(` ${name} `) || ` ${name} `.includes(` ${f} `));
  });
}

export default defineRule({
  meta: {
    id: "transparency/conflict-of-interest",
    severity: "warning",
    citations: ["gmc-sm:19", "gmp:77", "gmp:79", "gmp:80"],
    seriousness: SERIOUSNESS.advertisingProduct,
    docs: {
      summary: "Promoting companies or products (gifts, discount codes, affiliate links, sponsorship) without declaring the interest",
      why: "Doctors' use of social media 19: be open about any conflict of interest and declare financial or commercial interests in healthcare organisations or pharmaceutical and biomedical companies. Good medical practice 77 and 79 ask for honesty in commercial dealings and a formal declaration of any conflict. Readers take a doctor's recommendation on trust; a free product, a fee or a commission changes how much weight it deserves.",
      fix: "Say what the relationship is, in the post itself: \"#ad\", \"Paid partnership with X\", \"Disclosure: X paid my travel and a speaker fee\". If you have declared the interest elsewhere, add the company to your declared interests in scrubs so it is taken into account.",
      examples: {
        flagged: [
          "Obsessed with my new Oura ring, use my code DRSAM20 for 20% off 💍",
          "Huge thanks to Galderma for the all expenses paid trip to Paris ✨",
        ],
        passes: [
          "Pfizer's trial results out today: here's my summary of what they mean for patients 🧵",
          "#ad Obsessed with my new Oura ring, use my code DRSAM20 for 20% off",
        ],
      },
    },
    messages: {
      undeclared: "This promotes {{company}} ({{cue}}) without declaring your interest.",
      undeclaredMaybe: "This may promote {{company}} ({{cue}}); if you have an interest, declare it.",
      cueOnly: "\"{{cue}}\" suggests a commercial arrangement that the post does not declare.",
    },
  },
  check({ analysis: a, report }) {
    const found = cues(a);
    // An endorsement ("switch your patients to", "can't recommend X enough") of a named brand asks for
    // a declaration too, more gently: it only counts next to the brand.
    const endorsements = [...a.lexicon("sponsorship", "endorsement").filter((s) => a.isAsserted(s)), ...builtEndorsements(a)];
    if (found.length === 0 && endorsements.length === 0) return;
    // "No commercial interests here", "no conflicts": a declaration of none is still a declaration
    // (a.signal drops negated phrases, so they are added back here).
    let declaration = a.signal("sponsorship", "declaration");
    for (const d of a.lexicon("sponsorship", "declaration")) if (a.isNegated(d)) declaration = combine(declaration, d.confidence);
    if (declaration >= 0.6) return;
    const companies = a.lexicon("companies").filter((s) => a.isAsserted(s));
    const products = a.lexicon("prescription-only-medicines").filter((s) => a.isAsserted(s) && s.confidence >= 0.6);
    const known = [...companies, ...products];
    // Not filtered by negation: "Can't recommend @X enough" praises X. Reported speech still excuses.
    // (Not by isQuoted either: a closing single quote does not end its scope, so "a very 'advisory
    // meeting' at ..., courtesy of a pharma company" would read as quoted to the end of the line.)
    const shapes = brandShapes(a).filter((b) => !known.some((c) => c.start < b.end && b.start < c.end) && !a.isReported(b));
    const named = [...known, ...shapes].sort((x, y) => x.start - y.start);
    const damp = 1 - declaration;
    // Per-sentence tables keep this linear: strong cues count anywhere, weak cues in the brand's own
    // sentence or the next ("... ZenoSleep app. Link in bio!"), endorsements within two sentences.
    // Unverifiable superlatives about the brand ("simply the best on the market") endorse it too.
    const strong = found.filter((c) => c.strength >= 0.5);
    const weakBySentence = bySentence(a, found.filter((c) => c.strength < 0.5).map((c) => ({ start: c.span.start, text: c.span.text, strength: c.strength, source: c.source })));
    const praise = a.lexicon("advertising-claims", "superlative").filter((s) => a.isAsserted(s)).map((e) => ({ start: e.start, text: e.text, strength: 0.8 * e.confidence, source: "lexicon:advertising-claims/superlative" }));
    const endorseBySentence = bySentence(a, [...endorsements.map((e) => ({ start: e.start, text: e.text, strength: e.confidence, source: "lexicon:sponsorship/endorsement" })), ...praise]);
    // Strong cues are the same for every brand: keep the few strongest (noisy-or saturates anyway), so
    // a long post with many brands and cues stays linear.
    const topStrong = strong.map((c) => ({ text: c.span.text, strength: c.strength, source: c.source })).sort((x, y) => y.strength - x.strength).slice(0, 4);
    let reported = false;
    for (const company of named) {
      if (declaredIn(a, company)) continue;
      const sentence = a.sentenceOf(company.start);
      const near = [
        ...topStrong,
        ...(weakBySentence.get(sentence) ?? []), ...(weakBySentence.get(sentence + 1) ?? []),
        ...[-2, -1, 0, 1, 2].flatMap((d) => endorseBySentence.get(sentence + d) ?? []),
      ];
      if (near.length === 0) continue;
      const cue = near.reduce((x, y) => (y.strength > x.strength ? y : x));
      const critical = a.sentencesWith("coi-critical", (t) => CRITICAL.has(t.norm)).has(sentence) ? 0.5 : 1;
      const confidence = combine(...near.slice(0, 16).map((c) => c.strength)) * Math.min(1, company.confidence + 0.2) * critical * damp;
      if (confidence < 0.35) continue;
      reported = true;
      report({
        messageId: confidence >= 0.55 ? "undeclared" : "undeclaredMaybe",
        range: [company.start, company.end],
        data: { company: company.text, cue: cue.text },
        severity: confidence >= 0.45 ? "warning" : "info",
        confidence,
        seriousness: SERIOUSNESS.advertisingProduct,
        suggestions: [{ message: "Declare the relationship", edits: [{ range: [a.text.length, a.text.length], text: `\n\nDisclosure: I have a commercial relationship with ${company.text}.` }], safe: false }],
        explanation: { detectors: [company.detector === "brand-shape" ? `brand-shape:${String(company.data?.kind)}` : "lexicon:companies", ...near.map((c) => c.source)], context: [...near.map((c) => ({ word: c.text, effect: c.strength })), { word: "declaration", effect: -declaration }] },
      });
    }
    if (reported || named.length > 0) return;
    // A strong personal cue ("use my code", an affiliate link) with no company named is still a commercial arrangement.
    if (found.length === 0) return;
    const strongest = found.reduce((x, y) => (y.strength > x.strength ? y : x));
    for (const c of [strongest]) {
      const confidence = c.strength * damp;
      if (confidence < 0.8) continue;
      report({
        messageId: "cueOnly",
        range: [c.span.start, c.span.end],
        data: { cue: c.span.text },
        severity: "warning",
        confidence,
        explanation: { detectors: [c.source], context: [{ word: "declaration", effect: -declaration }] },
      });
    }
  },
});
