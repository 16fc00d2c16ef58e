import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import { replacement, severityFor } from "../shared";
import { cautionary, othersCue, promotion } from "./promotion";
import { patternClaims, patternShapes } from "./claim-patterns";
import { endsAt, startsAt } from "./span-index";
import { framedSentences, supplyCues } from "../prescribing/supply";
import type { Span } from "../../types";
import type { Analysis } from "../../analysis";
import { brandShapes } from "../transparency/brands";

/** Nouns after "anti-wrinkle" that make it a topical product, not the injection ("anti-wrinkle cream"). */
const TOPICAL = new Set(["cream", "creams", "serum", "serums", "moisturiser", "moisturisers", "moisturizer", "eye", "night", "oil", "mask", "masks", "lotion", "skincare", "products", "product", "routine", "spf", "retinol", "patches"]);
/** Treatment areas that make "tox" botulinum toxin ("masseter tox", "forehead tox"), not a toxicology screen. */
const AREA = new Set(["masseter", "jaw", "jawline", "forehead", "brow", "frown", "lip", "lips", "gummy", "underarm", "neck", "bunny", "chin", "smile", "crow's", "crows", "baby", "preventative", "preventive"]);

/** Injectables named by what they treat ("the new migraine injection", "steroid jab"): almost all are POMs. */
const INJECTABLE_WORDS = ["injection", "injections", "jab", "jabs", "pen", "pens", "shot", "shots"];
const INJECTABLE = new Set(INJECTABLE_WORDS);
const PRESCRIBE_WORDS = ["prescribe", "prescribed", "prescription"];
/** Forms a prescription medicine comes in, for "the new once-daily inhaler from @X". */
const DOSAGE_FORMS = ["inhaler", "inhalers", "injection", "injections", "pen", "pens", "jab", "tablet", "tablets", "pill", "pills", "capsule", "capsules", "patch", "patches"];
const DOSAGE_FORM = new Set(DOSAGE_FORMS);
/** Vaccines are POMs too, but an NHS invitation to a flu or covid jab is public health, not an advert. */
const VACCINE = new Set(["flu", "influenza", "covid", "covid-19", "coronavirus", "shingles", "mmr", "measles", "mumps", "rubella", "hpv", "rsv", "pneumococcal", "pneumonia", "whooping", "pertussis", "tetanus", "polio", "meningitis", "hepatitis", "typhoid", "rabies", "yellow", "chickenpox", "travel", "booster", "tb", "bcg"]);

/** Words that make an injectable a weight-loss medicine ("slimming pens", "slim jabs", "diet injections"). */
const WEIGHT_LOSS_MODIFIER = new Set(["slim", "slimming", "skinny", "diet", "dieting", "fat-loss", "weight-loss", "weightloss", "fatloss", "appetite"]);
/** What a weight-loss modifier sells when it comes before it: the injectables, not "slimming tea". */
const WEIGHT_LOSS_FORM = new Set(["pen", "pens", "jab", "jabs", "injection", "injections", "shot", "shots"]);
/** Determiners before an injection offered by height and weight ("the jab", "your first pen", "a pen"). */
const OFFERED_DET = new Set(["the", "your", "first", "a", "my", "next"]);
/** Toxin sold by the treatment area ("3 areas for £149", "one area £99"): a count of areas in a priced cosmetic post. */
const AREA_COUNT = new Set(["one", "two", "three", "four", "1", "2", "3", "4"]);
const AREA_UNIT = new Set(["area", "areas"]);

/**
 * Indirect names of botulinum toxin that the lexicon cannot list on their own: "anti-wrinkle" as a
 * service ("our anti-wrinkle package", "anti-wrinkle from £149", not "anti-wrinkle cream"), and "tox"
 * after a treatment area ("masseter tox"). Built as botulinum-toxin spans. Also injectables named by
 * the condition they treat ("the new migraine injection"), not vaccines.
 */
function indirectNames(a: Analysis, medicines: readonly Span[]): Span[] {
  const out: Span[] = [];
  // "3 areas for £149" in a cosmetic advert (frown lines, tweakments): toxin priced by the area it treats
  // (only when the post names no toxin itself: "Botox 3 areas for £199" is already named)
  if (a.hasAnyWord(["area", "areas"]) && a.text.includes("\u00a3") && !medicines.some((m) => m.data?.category === "botulinum-toxin") && !a.lexicon("cosmetic-procedures", "injectable").some((c) => c.text.toLowerCase().startsWith("anti"))) {
    const t = a.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      if (!AREA_COUNT.has(t[i]!.norm) || !AREA_UNIT.has(t[i + 1]!.norm) || t[i + 1]!.sentence !== t[i]!.sentence) continue;
      if (promotion(a).cosmetic < 0.5 || !a.sentenceTokens(t[i]!.start).some((w) => w.text === "\u00a3")) continue;
      out.push({ type: "phrase", start: t[i]!.start, end: t[i + 1]!.end, text: a.text.slice(t[i]!.start, t[i + 1]!.end), confidence: 0.55, detector: "pom-indirect", lexicon: "prescription-only-medicines", data: { category: "botulinum-toxin", source: "toxin priced by treatment area" } });
    }
  }
  if (medicines.length === 0 && a.lexicon("cosmetic-procedures", "injectable").length === 0 && !a.hasAnyWord(INJECTABLE_WORDS) && !a.hasAnyWord(DOSAGE_FORMS) && !a.hasAnyWord(PRESCRIBE_WORDS)) return out;
  // "slimming pens", "slim jabs", "diet injections": a weight-loss injectable named by what it is for
  if (a.hasAnyWord([...WEIGHT_LOSS_MODIFIER])) {
    const t = a.tokens;
    const listedAt = startsAt(medicines);
    for (let i = 1; i < t.length; i++) {
      if (!WEIGHT_LOSS_FORM.has(t[i]!.norm)) continue;
      // the modifier right before, or hyphen-joined ("weight-loss pens" written as parts)
      const prev = t[i - 1]!;
      const mod = WEIGHT_LOSS_MODIFIER.has(prev.norm) ? prev : prev.text === "-" && t[i - 2] && WEIGHT_LOSS_MODIFIER.has(t[i - 2]!.norm) ? t[i - 2]! : undefined;
      if (!mod || mod.sentence !== t[i]!.sentence || listedAt.has(mod.start)) continue;
      // "weight-loss pen" is listed: let the lexicon's span stand
      if (a.lexicon("prescription-only-medicines").some((m) => m.start <= mod.start && t[i]!.end <= m.end)) continue;
      out.push({ type: "phrase", start: mod.start, end: t[i]!.end, text: a.text.slice(mod.start, t[i]!.end), confidence: 0.7, detector: "pom-indirect", lexicon: "prescription-only-medicines", data: { category: "glp1", source: "a weight-loss injectable named by its purpose" } });
    }
  }
  // an injectable named by its condition needs both a condition and an injection word
  const byCondition = a.of("condition").length > 0 && a.hasAnyWord(INJECTABLE_WORDS);
  const listed = startsAt(medicines);
  const listedEnds = byCondition ? endsAt(medicines) : listed;
  const conditionEnds = byCondition ? endsAt(a.of("condition")) : listed;
  for (let i = 1; byCondition && i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (t.kind !== "word" || !INJECTABLE.has(t.norm)) continue;
    const prev = a.tokens[i - 1]!;
    if (prev.sentence !== t.sentence || prev.kind !== "word" || VACCINE.has(prev.norm) || listed.has(prev.start)) continue;
    // "migraine injection": a condition span ending just before (looked up by its end, not scanned)
    const c = conditionEnds.get(prev.end);
    if (!c || VACCINE.has(a.tokens[a.tokenIndexAt(c.start)]?.norm ?? "")) continue;
    // a listed name already covers it ("hay fever injection")
    const covering = listedEnds.get(t.end);
    if (covering && covering.start <= c.start) continue;
    out.push({ type: "phrase", start: c.start, end: t.end, text: a.text.slice(c.start, t.end), confidence: 0.5, detector: "pom-indirect", lexicon: "prescription-only-medicines", data: { category: "other", source: "an injectable named by what it treats" } });
  }
  // "the new once-daily inhaler from @PharmaCo": a new medicine in a dosage form, from a company
  // (a mention or a listed company), is a branded prescription medicine named indirectly
  if (a.hasAnyWord(DOSAGE_FORMS) && a.words.has("new") && a.words.has("from")) {
    const t = a.tokens;
    const companyAt = startsAt(a.lexicon("companies"));
    for (let i = 1; i + 2 < t.length; i++) {
      if (!DOSAGE_FORM.has(t[i]!.norm) || t[i + 1]!.norm !== "from") continue;
      const maker = t[i + 2]!;
      // (a capitalised name the lists don't know counts too: "the new inhaler from Respira")
      if (maker.kind !== "mention" && !companyAt.has(maker.start) && !(maker.kind === "word" && maker.cap && !maker.sentenceStart && maker.text.length > 2 && maker.text !== maker.text.toUpperCase())) continue;
      const lead = a.wordsBefore(t[i]!.start, 3);
      const fresh = lead.find((w) => w.norm === "new");
      if (!fresh || lead.some((w) => VACCINE.has(w.norm))) continue;
      out.push({ type: "phrase", start: fresh.start, end: t[i]!.end, text: a.text.slice(fresh.start, t[i]!.end), confidence: 0.5, detector: "pom-indirect", lexicon: "prescription-only-medicines", data: { category: "other", source: "a new medicine from a company" } });
    }
  }
  // "I'll tell you if you qualify for the jab" after "your height and weight": a weight-loss injection
  if (a.hasAnyWord(["jab", "jabs", "injection", "injections", "pen", "pens"]) && (a.words.has("bmi") || (a.words.has("height") && a.words.has("weight")))) {
    const t = a.tokens;
    for (let i = 1; i < t.length; i++) {
      if (!INJECTABLE.has(t[i]!.norm) || !OFFERED_DET.has(t[i - 1]!.norm) || listed.has(t[i - 1]!.start)) continue;
      if (a.wordsBefore(t[i]!.start, 3).some((w) => VACCINE.has(w.norm))) continue;
      out.push({ type: "phrase", start: t[i - 1]!.start, end: t[i]!.end, text: a.text.slice(t[i - 1]!.start, t[i]!.end), confidence: 0.55, detector: "pom-indirect", lexicon: "prescription-only-medicines", data: { category: "glp1", source: "an injection offered by height and weight" } });
    }
  }
  // "A few quick jabs and you're dry for 6 months ... we'll get you booked and prescribed": an
  // injection the reader is told they will be prescribed is a prescription-only medicine
  if (a.hasAnyWord(INJECTABLE_WORDS) && (a.words.has("prescribed") || a.words.has("prescription"))) {
    const t = a.tokens;
    const prescribedIn = a.sentencesWith("pom-prescribed", (w) => w.norm === "prescribed" || w.norm === "prescription");
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word" || !INJECTABLE.has(w.norm) || listed.has(w.start) || a.isNegated(w)) continue;
      if (!(prescribedIn.has(w.sentence) || prescribedIn.has(w.sentence + 1))) continue;
      if (a.wordsBefore(w.start, 3).some((b) => VACCINE.has(b.norm)) || medicines.some((m) => m.start <= w.start && w.end <= m.end)) continue;
      out.push({ type: "phrase", start: w.start, end: w.end, text: w.text, confidence: 0.5, detector: "pom-indirect", lexicon: "prescription-only-medicines", data: { category: "other", source: "an injection the reader will be prescribed" } });
      break;
    }
  }
  // "Clearavel gel (adapalene and clindamycin), which you can ask your GP to prescribe": a named
  // product the reader is told to get prescribed is a prescription-only medicine
  if (a.words.has("prescribe") || a.words.has("prescribed") || a.words.has("prescription")) {
    const prescribedIn = a.sentencesWith("pom-prescribe-word", (w) => w.norm === "prescribe" || w.norm === "prescribed" || w.norm === "prescription");
    for (const b of brandShapes(a)) {
      if (b.data?.kind !== "name + product" || !prescribedIn.has(a.sentenceOf(b.start)) || medicines.some((m) => m.start < b.end && b.start < m.end) || out.some((m) => m.start < b.end && b.start < m.end)) continue;
      out.push({ type: "phrase", start: b.start, end: b.end, text: b.text, confidence: 0.5, detector: "pom-indirect", lexicon: "prescription-only-medicines", data: { category: "other", source: "a named product to be prescribed" } });
    }
  }
  for (const s of a.lexicon("cosmetic-procedures", "injectable")) {
    if (s.text.toLowerCase().replace(/\s/g, "-") !== "anti-wrinkle") continue;
    if (startsAt(medicines).has(s.start)) continue;
    const next = a.wordsAfter(s.end, 1)[0];
    if (next && TOPICAL.has(next.norm)) continue;
    out.push({ ...s, lexicon: "prescription-only-medicines", confidence: 0.6, data: { category: "botulinum-toxin", source: "anti-wrinkle as a service" } });
  }
  return out;
}

/** "Ask your GP about it", "go and see them", "tell them I sent you": a call to seek out the medicine or provider. */
const ASK_WHO = new Set(["gp", "doctor", "pharmacist", "prescriber", "nurse", "dermatologist"]);
const ABOUT_WHAT = new Set(["it", "them", "this", "getting", "starting", "trying"]);
const SEE_WHO = new Set(["them", "her", "him"]);
/** Praise of the drug itself ("the drug's brilliant", "honestly a game changer"). */
const PRAISE = new Set(["brilliant", "amazing", "incredible", "life-changing", "lifechanging", "gamechanger", "game-changer", "fab", "fabulous", "wonderful", "magic"]);

/** Endorsements and calls to seek the medicine, each with its weight (linear, bounded look-ahead). */
const ENDORSE_KEYS = ["ask", "talk", "go", "sent", "game", "love", ...PRAISE];
function endorsements(a: Analysis, medicines: readonly Span[]): { word: string; effect: number }[] {
  const out: { word: string; effect: number }[] = [];
  if (!a.hasAnyWord(ENDORSE_KEYS)) return out;
  const t = a.tokens;
  const names = startsAt(medicines);
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word") continue;
    // "I'm doing the weight-loss injections there too – ask for me!": a call to seek out the author as provider
    if (w.norm === "ask" && t[i + 1]?.norm === "for" && t[i + 2]?.norm === "me" && t[i + 2]!.sentence === w.sentence && !a.isNegated(w) && medicines.some((m) => a.sentenceOf(m.start) === w.sentence)) { out.push({ word: "ask for me", effect: 0.45 }); i += 2; continue; }
    // "ask your GP about it", "talk to your doctor about Mounjaro" (not "about a referral")
    if ((w.norm === "ask" || (w.norm === "talk" && t[i + 1]?.norm === "to")) ) {
      const k = w.norm === "talk" ? i + 2 : i + 1;
      if (t[k]?.norm === "your" && ASK_WHO.has(t[k + 1]?.norm ?? "") && t[k + 2]?.norm === "about" && (ABOUT_WHAT.has(t[k + 3]?.norm ?? "") || names.has(t[k + 3]?.start ?? -1)) && !a.isNegated(w)) {
        out.push({ word: a.text.slice(w.start, t[k + 3]!.end), effect: 0.45 });
        i = k + 3;
      }
      continue;
    }
    // "go see them", "go and see her"
    if (w.norm === "go") {
      const k = t[i + 1]?.norm === "and" ? i + 2 : i + 1;
      if (t[k]?.norm === "see" && SEE_WHO.has(t[k + 1]?.norm ?? "") && t[k + 1]!.sentence === w.sentence) { out.push({ word: a.text.slice(w.start, t[k + 1]!.end), effect: 0.45 }); i = k + 1; }
      continue;
    }
    // "tell them I sent you"
    if (w.norm === "sent" && t[i + 1]?.norm === "you" && (t[i - 1]?.norm === "i" || t[i - 1]?.norm === "me")) { out.push({ word: "I sent you", effect: 0.45 }); continue; }
    // "the drug's brilliant", "it's a game changer"
    // "is a game changer" written as two words
    if (w.norm === "game" && (t[i + 1]?.norm === "changer" || t[i + 1]?.norm === "changing") && a.wordsBefore(w.start, 8).some((b) => names.has(b.start)) && !a.isNegated(w)) { out.push({ word: "game changer", effect: 0.4 }); continue; }
    // "my patients are going to love this one", "patients will love it": a prescriber's enthusiasm for the medicine
    if (w.norm === "love" && (t[i - 1]?.norm === "will" || (t[i - 1]?.norm === "to" && t[i - 2]?.norm === "going")) && a.wordsBefore(w.start, 5).some((b) => b.norm === "patients") && !a.isNegated(w)) { out.push({ word: "patients will love", effect: 0.4 }); continue; }
    if (PRAISE.has(w.norm) && a.wordsBefore(w.start, 4).some((b) => b.norm === "drug's" || b.norm === "drug" || b.norm === "medicine" || b.norm === "jab" || b.norm === "injection" || names.has(b.start)) && !a.isNegated(w)) out.push({ word: w.text, effect: 0.4 });
  }
  return out;
}

/** Holders of a commercial cue other than the author: "influencers with discount codes", "sellers' free samples". */
const OTHER_HOLDERS = new Set(["influencers", "influencer", "sellers", "seller", "people", "others", "clinics", "companies", "brands", "accounts", "salons", "websites", "sites", "pharmacies", "they", "celebrities"]);
/** A personal discount code: capitals with digits ("NIGHTS15", "DRKATE20"). */
const PERSONAL_CODE = /^[A-Z]{2,}[0-9]{1,3}$/;
/** Earning cues: a personal code, an affiliate or referral link. */
const EARNS = /code|affiliate|referral|my link|commission/i;
/** A service named after toxin slang: "our tox clinic", "tox appointments", "tox top-ups". */
const TOX_SERVICE = new Set(["clinic", "clinics", "appointment", "appointments", "session", "sessions", "top-up", "top-ups", "party", "parties", "deal", "offer"]);
/** "frown lines", "forehead lines", "crow's feet": the lines toxin treats, named anywhere in the post. */
function linesTreated(a: Analysis): boolean {
  return a.memo("pom-lines-treated", () => {
    const t = a.tokens;
    for (let i = 1; i < t.length; i++) if ((t[i]!.norm === "lines" && AREA.has(t[i - 1]!.norm)) || (t[i]!.norm === "feet" && (t[i - 1]!.norm === "crow's" || t[i - 1]!.norm === "crows"))) return true;
    return false;
  });
}

/** Words that make a sentence a warning or a condition rather than an offer. */
const WARNING_FRAME = new Set(["if", "stop", "don't", "dont", "never", "avoid", "beware", "careful", "unsafe", "dangerous"]);

export default defineRule({
  meta: {
    id: "advertising/prescription-only-medicine",
    severity: "error",
    citations: ["cap:12.12", "gmp:70"],
    seriousness: SERIOUSNESS.identifyingPatient - 5, // unlawful, but not in the table: below identifying a patient
    // an injection word may start a name built from a condition ("the new migraine injection")
    // (a handle or a company may stand for a maker: "the new inhaler from @PharmaCo")
    // (a cosmetic advert may price toxin by the area alone: "3 areas for £149")
    // (an endorsement may carry a medicine named by its form and maker: "switching all our patients to the new inhaler from Respira")
    triggers: ["lexicon:prescription-only-medicines", "lexicon:cosmetic-procedures", "lexicon:remote-prescribing:injectable", "span:handle", "lexicon:companies", "lexicon:sponsorship:endorsement"],
    docs: {
      summary: "Promoting prescription-only medicines (Botox, weight-loss injections, vitamin shots...) to the public",
      why: "Prescription-only medicines may not be advertised to the public (CAP Code 12.12; Human Medicines Regulations 2012, regulation 284), even when a registered professional gives them, and the GMC's prescribing guidance says you must not collude in unlawful advertising. Indirect names (\"anti-wrinkle injections\", \"skinny jabs\") count. Good medical practice 70 asks that what you publish about your services does not exploit patients' lack of medical knowledge.",
      fix: "Promote the consultation, not the medicine: describe the concern you can help with (\"lines and wrinkles\", \"weight management\") and invite people to a consultation where a prescriber decides what, if anything, is suitable. Teaching, news and safety warnings about a medicine are fine.",
      examples: {
        flagged: [
          "💉 Botox 3 areas for £199 this month only! DM to book ✨",
          "Now offering Mounjaro weight loss injections at our clinic, book your slot today",
        ],
        passes: [
          "New NICE guidance on semaglutide for obesity: thread 🧵",
          "Don't buy Ozempic from Instagram sellers. Counterfeit pens are putting people in hospital.",
        ],
      },
    },
    messages: {
      promoted: "\"{{medicine}}\" names a prescription-only medicine, and this post promotes it to the public.",
      promotedMaybe: "\"{{medicine}}\" names a prescription-only medicine; this post may read as promoting it to the public.",
    },
  },
  check({ analysis: a, report }) {
    const listed = a.lexicon("prescription-only-medicines");
    // a post let in by a condition alone needs an injection word for a name built from it
    if (listed.length === 0 && !a.hasAnyWord(INJECTABLE_WORDS) && !a.hasAnyWord(DOSAGE_FORMS) && !a.hasAnyWord(PRESCRIBE_WORDS) && a.lexicon("cosmetic-procedures", "injectable").length === 0 && !(a.hasAnyWord(["area", "areas"]) && a.text.includes("\u00a3"))) return;
    const indirect = indirectNames(a, listed);
    const medicines = indirect.length === 0 ? listed : [...listed, ...indirect];
    if (medicines.length === 0) return;
    const promo = promotion(a);
    const endorsed = endorsements(a, medicines);
    // Claims ("treat yourself", "guaranteed") are ad copy too, and make a medicine's mention promotional.
    // Ad copy piles claims up, so they add up (noisy-or) rather than the strongest alone counting.
    let claimMiss = 1;
    for (const c of a.lexicon("advertising-claims")) if (a.isAsserted(c)) claimMiss *= 1 - 0.5 * c.confidence;
    // Claims built from parts ("symptom free all summer", "cures acne permanently") count the same way.
    for (const c of patternClaims(a)) if (a.isAsserted(c)) claimMiss *= 1 - 0.5 * c.confidence;
    // Pressure built from parts ("only one Botox appointment left", "first to comment gets it") sells
    // whatever it is attached to; the other shapes need an advert around them and do not count here.
    for (const c of patternShapes(a)) if (c.data?.category === "pressure" && a.isAsserted(c)) claimMiss *= 1 - 0.5 * c.confidence;
    const claims = 1 - claimMiss;
    // Supply without a consultation ("no consultation needed", "without seeing a doctor") sells the medicine too.
    let supplyMiss = 1;
    // Offers that name the medicine they supply ("I'll prescribe antibiotics"): the name is settled by the offer.
    const offered: Span[] = [];
    // Not in a warning ("If you're buying them online without a consultation, please stop").
    for (const r of [...a.lexicon("remote-prescribing", "offer", "no-consultation"), ...supplyCues(a)]) {
      if (r.data?.category === "channel" || !a.isAsserted(r) || framedSentences(a, "pom-warning-frame", WARNING_FRAME).has(a.sentenceOf(r.start))) continue;
      if (r.data?.category === "offer") offered.push(r);
      // An offer to supply ("I'll post you", "scripts sorted same day") sells more plainly than "no forms".
      supplyMiss *= 1 - (r.data?.category === "offer" ? 0.8 : 0.6) * r.confidence;
    }
    // "melatonin from @VitaNorth ... swipe for my code": a personal code or affiliate link sells the
    // medicine through the author as plainly as an offer to supply it
    for (const c of a.lexicon("sponsorship", "commercial-cue")) if (c.confidence >= 0.6 && EARNS.test(c.text) && a.isAsserted(c) && !othersCue(a, c)) supplyMiss *= 1 - 0.6 * c.confidence;
    // ("code NIGHTS15": a personal code written out)
    if (a.words.has("code")) {
      const t = a.tokens;
      for (let i = 0; i + 1 < t.length; i++) if (t[i]!.norm === "code" && PERSONAL_CODE.test(t[i + 1]!.text) && t[i + 1]!.sentence === t[i]!.sentence) { supplyMiss *= 1 - 0.5; break; }
    }
    // the author's own service selling it: "our doctors can prescribe X ... order online", "our X pack, £40"
    if (promo.score >= 0.3) for (const c of serviceSale(a, medicines)) supplyMiss *= 1 - c;
    const supply = 1 - supplyMiss;
    // "switching all our patients to the new inhaler from X": an endorsement of the medicine in its sentence
    const medicineSentences = new Set(medicines.map((m) => a.sentenceOf(m.start)));
    for (const e of a.lexicon("sponsorship", "endorsement")) {
      const k = a.sentenceOf(e.start);
      // ("Clearavel gel ... I recommend it. Ask for it by name!": within two sentences, as conflict-of-interest reads it)
      if ((medicineSentences.has(k) || medicineSentences.has(k - 1) || medicineSentences.has(k - 2)) && a.isAsserted(e) && e.confidence >= 0.5) endorsed.push({ word: e.text, effect: 0.5 });
    }
    // "switching all our patients to the new inhaler from X ... after their lunch-and-learn": a medicine
    // endorsed in a post that also records the author's commercial tie (hospitality, a gift, sponsorship)
    if (endorsed.length > 0) {
      // ("their lunch-and-learn" is the company's hospitality to the author; "influencers with codes" is others')
      const tie = a.lexicon("sponsorship", "commercial-cue").find((c) => c.confidence >= 0.4 && a.isAsserted(c) && !a.wordsBefore(c.start, 3).some((w) => OTHER_HOLDERS.has(w.norm)));
      if (tie) endorsed.push({ word: tie.text, effect: 0.4 });
    }
    let endorseMiss = 1;
    for (const e of endorsed) endorseMiss *= 1 - e.effect;
    const score = 1 - (1 - promo.score) * (1 - claims) * (1 - supply) * endorseMiss;
    if (score < 0.3) return;
    for (const span of medicines) {
      // A quoted name is being discussed, unless the post sells: then the quotes are scare quotes
      // around a nickname ("'Baby tox' for that fresh look, vouchers available").
      if (!a.isAsserted(span) || (a.isQuoted(span) && score < 0.5)) continue;
      // "Ozempic who?": a medicine waved away as a rival is not the thing sold
      if (dismissedRival(a, span)) continue;
      const caution = cautionary(a, span);
      // An advert names the medicine it sells; a stronger name (a cosmetic brand, "skinny jab") needs
      // less promotion around it than a generic name that is mostly used in teaching.
      // Slang that is ambiguous alone ("tox" is also a toxicology screen) is settled by a cosmetic post.
      // A treatment area before slang ("masseter tox") settles it too.
      // So does the service named after it ("our tox clinic", "tox appointments"), or lines the post treats ("frown lines").
      // A dose in units before it ("a few units of tox", "20 units of baby tox") too: a toxicology screen is not dosed.
      const area = span.data?.category === "botulinum-toxin" && (AREA.has(a.wordsBefore(span.start, 1)[0]?.norm ?? "") || TOX_SERVICE.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "") || linesTreated(a) || dosedInUnits(a, span));
      // (a reply to one person, "@sam sorry it's back, I'll send...", is prescribing, not advertising)
      const inOffer = a.tokens[0]?.kind !== "mention" && offered.some((o) => o.start <= span.start && span.end <= o.end);
      const base = (span.data?.category === "botulinum-toxin" && (promo.cosmetic >= 0.5 || area)) || inOffer ? Math.max(span.confidence, inOffer ? 0.65 : 0.7) : span.confidence;
      // An NHS or public-health notice ("now available on the NHS for eligible adults", no price, no
      // supply offered) tells people about a service rather than selling the medicine.
      const nhs = promo.publicHealth && supply < 0.3 && endorsed.length === 0 ? 0.6 : 1;
      const confidence = Math.min(1, base + 0.25) * score * (1 - 0.8 * caution) * nhs;
      if (confidence < 0.3) continue;
      report({
        messageId: confidence >= 0.5 ? "promoted" : "promotedMaybe",
        range: [span.start, span.end],
        data: { medicine: span.text },
        // Names that are mostly used clinically ("vitamin drip", "codeine") stay informational alone.
        // An offer to supply it is not "alone": a generic name offered by post is still sold.
        severity: base < 0.5 && confidence < 0.5 && supply < 0.3 ? "info" : severityFor(confidence, "error", 0.5, 0.35),
        confidence,
        suggestions: [replacement([span.start, span.end], "a consultation", "Promote the consultation, not the medicine")],
        explanation: {
          detectors: ["lexicon:prescription-only-medicines", "promotion"],
          context: [...promo.cues.slice(0, 8), ...endorsed.slice(0, 4), { word: "advertising claims", effect: claims }, { word: "caution/teaching/news", effect: -caution }],
          notes: [`category: ${span.data?.category}`, `source: ${span.data?.source}`],
        },
      });
    }
  },
});

/** Units a toxin is dosed in: "a few units of tox", "50 units of baby botox". */
/** Who in the author's service supplies: "our doctors", "our pharmacists", "our clinic". */
const SERVICE_PEOPLE = new Set(["doctors", "doctor", "gps", "gp", "pharmacists", "pharmacist", "prescribers", "prescriber", "clinicians", "nurses", "team", "clinic", "pharmacy", "service", "medics"]);
const MODAL = new Set(["can", "will", "could", "'ll", "may"]);
const SUPPLY_VERB_LIST = ["prescribe", "supply", "provide", "dispense", "issue", "send", "post", "deliver"];
const SUPPLY_VERBS = new Set(SUPPLY_VERB_LIST);
const PURCHASE_WORDS = ["order", "orders", "buy", "delivered", "delivery", "discreet", "discreetly", "checkout", "basket", "dispatched", "shipped"];
const PRICED = /[£$€]\s?\d/;
/** What a medicine is sold as: "our holiday antibiotic pack", "my starter kit". */
const PRODUCT_NOUNS = new Set(["pack", "packs", "kit", "kits", "bundle", "bundles", "box", "boxes", "package", "packages", "starter", "set"]);
const OUR = new Set(["our", "my"]);
const PRICE_SIGN = new Set(["£", "$", "€"]);
/**
 * The author's service selling a prescription-only medicine, in a post that already reads as promotion:
 * - "our doctors can prescribe X", "our pharmacists will supply X": the service offers the medicine itself;
 * - "our X pack", "my X kit" beside a price in its sentence: the author's own priced medicine.
 * Each found shape gives a supply weight; read only in sentences naming a medicine.
 */
function serviceSale(a: Analysis, medicines: readonly Span[]): number[] {
  const out: number[] = [];
  const t = a.tokens;
  const sentences = new Set(medicines.map((m) => a.sentenceOf(m.start)));
  // (a sale, not a booking: "order online", "delivered", "discreetly", a price; "book an appointment to discuss" is care)
  if (a.hasAnyWord(SUPPLY_VERB_LIST) && (a.hasAnyWord(PURCHASE_WORDS) || PRICED.test(a.text))) {
    for (let i = 0; i + 3 < t.length; i++) {
      if (!OUR.has(t[i]!.norm) || !SERVICE_PEOPLE.has(t[i + 1]!.norm) || !sentences.has(t[i]!.sentence)) continue;
      const m = t[i + 2]!;
      if (!MODAL.has(m.norm)) continue;
      const v = SUPPLY_VERBS.has(t[i + 3]!.norm) ? t[i + 3]! : t[i + 4] && SUPPLY_VERBS.has(t[i + 4]!.norm) && t[i + 4]!.sentence === m.sentence ? t[i + 4]! : undefined;
      if (v && a.isAsserted(v)) { out.push(0.7); break; }
    }
  }
  if (a.text.includes("£") || a.text.includes("$") || a.text.includes("€")) {
    const priced = new Set<number>();
    for (const x of t) if (PRICE_SIGN.has(x.text) || /^[£$€]\d/.test(x.text)) priced.add(x.sentence);
    for (const m of medicines) {
      const k = a.sentenceOf(m.start);
      if (!(priced.has(k) || priced.has(k + 1) || priced.has(k - 1))) continue;
      // "our holiday antibiotic pack": the author's own, within three words before the name
      // the author's own product round it: "our holiday antibiotic pack", "our travel kit with X"
      // (a product noun, not "our antibiotic prescribing audit")
      const near = [...a.wordsBefore(m.start, 4), ...a.wordsAfter(m.end, 2)].filter((w) => w.sentence === k);
      const kit = near.find((w) => PRODUCT_NOUNS.has(w.norm));
      if (kit && a.wordsBefore(kit.start, 3).some((w) => OUR.has(w.norm) && w.sentence === k) && a.isAsserted(m)) { out.push(0.6); break; }
    }
  }
  return out;
}

const TOXIN_UNITS = new Set(["units", "unit", "u", "vials", "vial"]);
/** "units of <toxin>", with up to one word between ("units of baby tox"). */
function dosedInUnits(a: Analysis, span: { start: number }): boolean {
  const before = a.wordsBefore(span.start, 3);
  const of = before.findIndex((w, k) => k < 2 && w.norm === "of");
  return of >= 0 && TOXIN_UNITS.has(before[of + 1]?.norm ?? "");
}

/** "<medicine> who?": the name, "who" and a question mark, the dismissal of a rival product. */
function dismissedRival(a: Analysis, span: { end: number }): boolean {
  const i = a.tokenIndexAt(span.end - 1);
  return a.tokens[i + 1]?.norm === "who" && a.tokens[i + 2]?.text === "?";
}
