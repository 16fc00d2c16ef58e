import { PostCache, type Analysis } from "../../analysis";
import { nearTokens } from "../conduct/scope";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import type { Span } from "../../types";
import type { Token } from "../../text/tokenize";
import { COLLEAGUE_WORDS, combine, firstStartingAt } from "../shared";
import { camelCaseOrgs, identifyCue, ownOrgTarget, type Target } from "./targets";

/** Capitalised names ending in one of these name an organisation: "St Elsewhere NHS Foundation Trust". */
const ORG_SUFFIX = new Set(["hospice", "trust", "hospital", "hospitals", "clinic", "clinics", "practice", "surgery", "home", "homes", "dental", "dentistry", "dentists", "pharmacy", "pharmacies", "chemist", "chemists", "opticians", "medical", "health", "physiotherapy", "physio", "spa", "skincare", "cosmetics", "lab", "locums", "nursing", "care", "ltd", "limited", "plc", "inc", "group", "healthcare", "pharma", "pharmaceuticals", "ccg", "icb", "council", "university", "aesthetics", "partnership", "studio", "studios", "centre", "center", "agency", "staffing", "salon", "labs", "laboratories", "services", "hostel", "hostels", "prison", "police", "constabulary", "irc"]);
/** The sentence hedges: opinion, rumour or a question rather than a statement of fact. */
const HEDGE = new Set(["allegedly", "alleged", "alleges", "reportedly", "apparently", "rumour", "rumours", "rumor", "rumors", "rumoured", "rumored", "heard", "think", "suspect", "seems", "seem", "might", "may", "possibly", "perhaps", "wonder", "if", "whether", "claims", "claimed", "accused"]);
/** A published decision is being reported: "was convicted", "found guilty", "the tribunal found". */
const ADJUDICATED = new Set(["convicted", "guilty", "jailed", "sentenced", "erased", "tribunal", "mpts", "court", "ruled", "ruling", "judgment", "judgement", "verdict", "inquest", "inquiry", "prosecuted", "admitted"]);
const STRUCK_BY = new Set(["was", "were", "been", "has", "have", "had", "got", "gmc", "mpts", "nmc", "hcpc", "tribunal"]);
/** Role nouns that point back to a named person or organisation ("The owner is a known fraud"). */
const BACK_REFERENCE = new Set(["owner", "owners", "director", "directors", "ceo", "executives", "boss", "founder", "partners", "staff", "management"]);
/** Providers that a place makes identifiable. */
const PROVIDERS = new Set(["company", "hospital", "trust", "home", "practice", "surgery", "clinic", "pharmacy", "agency", "provider", "dentist", "pharmacist", "optician", "optometrist", "chemist"]);
const ADDRESSEE = new Set(["you", "your", "you're", "youre", "you've", "u", "ur"]);
const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them", "his", "their", "it", "its"]);
/** Concealing something: with an incident or evidence as its object ("buried three never events") it alleges a cover-up. */
const INCIDENTS = new Set(["event", "events", "incident", "incidents", "complaint", "complaints", "death", "deaths", "error", "errors", "mistake", "mistakes", "data", "evidence", "results", "report", "reports", "figures", "findings", "datix", "datixes", "investigation", "notes", "records", "audit"]);
/** A wink, a thinking face, a kiss, eyes: the author signals a hidden meaning. */
const WINK = new Set(["\u{1F609}", "\u{1F914}", "\u{1F48B}", "\u{1F440}", "\u{1F60F}", "\u{1F92D}"]);

/** Object classes that make an act an allegation (module constants). */
const DOCUMENTS = new Set(["dbs", "checks", "training", "logbook", "competencies", "signature", "signatures", "notes", "note", "records", "record", "references", "reference", "documents", "document", "prescriptions", "prescription", "certificate", "certificates", "qualifications", "qualification", "consent", "forms", "form", "data", "figures", "numbers", "results", "audit", "audits", "timesheets", "timesheet", "logs", "log", "charts", "chart", "rota", "list", "lists", "paperwork", "cv", "degree", "registration", "minutes", "statistics", "stats", "mortality", "books", "accounts", "invoices", "receipts", "evidence", "research", "thesis", "paper", "review", "reviews", "datix", "incident", "report", "reports"]);
const MONEY = new Set(["money", "cash", "fund", "funds", "funding", "fees", "grant", "budget", "account", "qof", "payments", "wages", "tips", "donations", "charity", "profits", "income", "pension", "salary", "£", "petty", "takings", "kitty", "collection", "benefits", "savings", "allowance", "allowances", "pensions"]);
const DRUGS = new Set(["drugs", "drug", "morphine", "opioids", "opiates", "diazepam", "fentanyl", "ketamine", "controlled", "cd", "cds", "oxycodone", "pregabalin", "gabapentin", "midazolam", "codeine", "tramadol", "benzos", "medication", "meds", "pills", "stock", "supplies", "botox", "filler", "antibiotics", "propofol", "nitrous", "steroids"]);
const VULNERABLE = new Set(["whistleblower", "whistleblowers", "residents", "resident", "patients", "patient", "nurses", "nurse", "staff", "juniors", "trainees", "f1s", "f2s", "students", "kids", "children", "child", "babies", "baby", "women", "woman", "girls", "elderly", "clients", "service", "colleagues", "colleague", "receptionist", "receptionists", "hca", "hcas", "carers", "people", "men", "boys", "pensioners", "vulnerable", "detainees", "detainee", "prisoners", "prisoner", "inmates", "her", "him", "them"]);
const WARNINGS = new Set(["warnings", "warning", "concerns", "concern", "complaints", "complaint", "alarms", "alarm", "alerts", "alert", "datix", "datixes", "reports", "red", "flags", "safety", "whistleblowers", "staff"]);
const SILENCED = new Set(["whistleblowers", "whistleblower", "staff", "nurses", "families", "family", "juniors", "doctors", "critics", "patients", "complainants", "everyone", "anyone"]);
const KILLED = new Set(["patients", "patient", "women", "men", "people", "babies", "baby", "kids", "children", "residents", "two", "three", "four", "five", "six", "several", "dozens", "someone", "mothers", "mums"]);
/** A claim to the qualification in the cue's sentence or the next: "says he did", "claims", "signs as", "calls himself", "on his bio". */
const CLAIMS = new Set(["says", "said", "claims", "claimed", "claiming", "pretends", "pretended", "pretending", "signs", "signed", "calls", "lists", "listed", "bio", "cv", "website", "advertises", "advertised", "puts"]);
function claimedAnyway(a: Analysis, i: number): boolean {
  const s = a.tokens[i]!.sentence;
  for (let k = i + 1; k < a.tokens.length && a.tokens[k]!.sentence <= s + 1 && k < i + 40; k++) if (CLAIMS.has(a.tokens[k]!.norm)) return true;
  return false;
}
/** Qualifications whose false claim is dishonesty (royal college memberships, degrees, finals). */
const QUALIFICATIONS = new Set(["mrcgp", "mrcp", "mrcs", "frcs", "frca", "frcr", "frcem", "frcp", "mrcog", "mrcpch", "mrcpsych", "fcem", "phd", "md", "mbbs", "degree", "finals", "fellowship", "membership", "cct", "boards", "masters", "msc", "diploma", "registration", "training"]);
/** "bills ... for shifts nobody worked": the billed work never happened. */
const NEVER = new Set(["never", "nobody", "not", "didn't", "weren't", "wasn't", "phantom", "ghost", "fake", "imaginary", "nonexistent", "non-existent"]);
/** For "leaves residents...": how they were left. */
const LEFT_HOW = new Set(["wet", "dirty", "soaked", "soaking", "filthy", "unfed", "overnight", "soiled", "alone", "unattended", "without", "lying", "sitting", "hours", "days", "naked", "cold", "hungry", "thirsty", "unwashed", "own"]);
/** The words after token i in its clause (sentence s), at most n: "ignored nothing: every warning..." stops at the colon. */
function wordsOn(a: Analysis, i: number, s: number, n: number): Token[] {
  const t = a.tokens;
  const words: Token[] = [];
  for (let k = i + 1; k < t.length && words.length < n && t[k]!.sentence === s; k++) {
    const x = t[k]!;
    if (x.kind === "punct" && (x.text === ":" || x.text === ";" || x.text === "," || x.text === "(")) break;
    if (x.kind === "word" || x.kind === "number" || x.text === "\u00a3") words.push(x);
  }
  return words;
}
function verbish(w: Token | undefined): boolean {
  return !!w && w.kind === "word" && /(?:ed|ing|es|s)$/.test(w.norm) && !SKIP.has(w.norm);
}
function actSpan(a: Analysis, start: number, end: number, confidence: number, category: string, detector: string): Span {
  return { type: "phrase", start, end, text: a.text.slice(start, end), confidence, detector, data: { category } };
}

/** The author as subject: a confession or the author's own conduct. */
const AUTHOR = new Set(["i", "we", "i've", "ive", "we've", "i'd", "we'd", "i'm", "im", "me", "myself"]);

/** Who pays an inducement ("takes cash from drug reps", "a holiday paid for by the outsourcing company"). */
const PAYERS = new Set(["rep", "reps", "pharma", "companies", "company", "firm", "firms", "suppliers", "supplier", "contractor", "contractors", "manufacturer", "manufacturers", "industry", "agency", "agencies", "patients", "families", "developers", "bidders", "sponsor", "sponsors", "lobbyists", "outsourcing"]);
/** A pay-off's purpose ("to keep quiet", "with NDAs"). */
const QUIET = new Set(["quiet", "silent", "silence", "drop", "withdraw", "sign", "nda", "ndas", "gag", "hush", "shut", "retract"]);
/** Objects that make "stole"/"robbed" an idiom ("stole the show", "stole my heart"). */
const IDIOM_OBJECTS = new Set(["show", "limelight", "spotlight", "heart", "hearts", "glance", "kiss", "march", "moment", "thunder", "scene", "base", "bases", "sleep", "breath", "title", "win", "point", "points", "goal"]);
const FAKE = new Set(["fake", "counterfeit", "knockoff", "bootleg", "dodgy", "illegal", "fraudulent", "black-market"]);
const NUMBER_WORDS = new Set(["two", "three", "four", "five", "six", "several", "dozens"]);
const SKIP = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "all", "some", "any", "of", "half", "most", "two", "three", "four", "five", "whole", "entire", "every", "this", "that", "these", "those"]);

/** Which object class each act cue needs (by the lexicon entry's head term). */
const ACTS: Record<string, { objects?: ReadonlySet<string>; confidence: number; category: string; window: number }> = {
  forged: { objects: DOCUMENTS, confidence: 0.7, category: "dishonesty", window: 5 },
  pockets: { objects: new Set([...MONEY, ...DRUGS]), confidence: 0.7, category: "dishonesty", window: 7 },
  hits: { objects: VULNERABLE, confidence: 0.65, category: "abuse", window: 3 },
  ignored: { objects: WARNINGS, confidence: 0.55, category: "incompetence", window: 4 },
  gagged: { objects: SILENCED, confidence: 0.65, category: "dishonesty", window: 4 },
  killed: { objects: KILLED, confidence: 0.65, category: "crime", window: 3 },
  // "never actually did his MRCGP", "never passed her FRCS": a false claim to be qualified
  "never did his": { objects: QUALIFICATIONS, confidence: 0.65, category: "dishonesty", window: 2 },
};

/**
 * Acts that allege wrongdoing with the right object, as spans: a concealment verb with an incident
 * ("buried three never events"), a falsification with a document ("forged the signatures",
 * "massaging the waiting list numbers"), taking money or drugs ("pockets the QOF money", "helping
 * himself to the controlled drugs"), harm to vulnerable people ("hitting the residents", "leaves
 * residents in soiled pads"), ignoring warnings, silencing whistleblowers, billing for work that never
 * happened, and supply in an unlawful manner ("sells antibiotics without a prescription"). Same
 * sentence, a few words on; linear in the post.
 */
function acts(a: Analysis): Span[] {
  const out: Span[] = [];
  const t = a.tokens;
  const push = (from: Span, to: number, confidence: number, category: string, detector: string) => out.push(actSpan(a, from.start, to, confidence, category, detector));
  for (const cue of a.lexicon("allegations")) {
    // a wrongful manner beside a verb ("falsely certified", "prescribed illegally"), said of a target
    if (cue.data?.category === "manner" && cue.text.endsWith("ly")) {
      const k = a.tokenIndexAt(cue.start);
      const next = t[k + 1];
      const prev = a.wordsBefore(cue.start, 1)[0];
      if (next && next.sentence === t[k]!.sentence && verbish(next)) push(cue, next.end, 0.6, "dishonesty", "a wrongful manner + verb");
      else if (prev && verbish(prev)) out.push({ type: "phrase", start: prev.start, end: cue.end, text: a.text.slice(prev.start, cue.end), confidence: 0.6, detector: "a verb + wrongful manner", data: { category: "dishonesty" } });
      continue;
    }
    if (cue.data?.category !== "act" && cue.data?.category !== "concealment") continue;
    const head = String(cue.data?.term ?? "");
    const i = a.tokenIndexAt(cue.end - 1);
    const s = t[i]!.sentence;
    // the author's own act ("Nicked a couple of diazepam...", "I pocketed...") is a confession, not an allegation
    const first = a.tokenIndexAt(cue.start);
    let p = first - 1;
    while (p >= 0 && t[p]!.sentence === t[first]!.sentence && t[p]!.kind === "punct") p--;
    const subj = p >= 0 && t[p]!.sentence === t[first]!.sentence ? t[p]! : undefined;
    if (!subj || AUTHOR.has(subj.norm)) continue;
    // a passive ("pills being sold on TikTok", "notes were altered") names no actor before it
    const participle = !/(?:ing|s)$/.test(t[first]!.norm);
    if (participle && (PASSIVE_AUX.has(subj.norm) || ((subj.norm === "often" || subj.norm === "commonly" || subj.norm === "routinely") && PASSIVE_AUX.has(a.wordsBefore(cue.start, 2)[1]?.norm ?? "")))) continue;
    // the words after the cue in its clause ("ignored nothing: every warning..." stops at the colon)

    // "ignored nothing", "hit no one": a denial, not an act
    const firstWord = wordsOn(a, i, s, 1)[0];
    if (firstWord && (firstWord.norm === "nothing" || firstWord.norm === "no" || firstWord.norm === "none" || firstWord.norm === "nobody" || firstWord.norm === "noone")) continue;
    if (cue.data?.category === "concealment") {
      const hit = wordsOn(a, i, s, 8).find((w) => INCIDENTS.has(w.norm));
      if (hit) push(cue, hit.end, 0.65, "dishonesty", "defamation-conceal");
      continue;
    }
    if (head === "bills") {
      const words = wordsOn(a, i, s, 8);
      const never = words.find((w) => NEVER.has(w.norm));
      // "bills the trust for shifts nobody worked", "signs WHO checklists he never attended"
      if (never && (/^sign/i.test(cue.text) || words.some((w) => w.norm === "for"))) { push(cue, never.end, 0.65, "dishonesty", "billing for work that never happened"); continue; }
      // "took 3 patients in 6 hours and billed for 12": billed for more than the sentence says was done
      const f = words.findIndex((w) => w.norm === "for");
      const billed = f >= 0 && f <= 2 && words[f + 1]?.kind === "number" ? Number(words[f + 1]!.text) : NaN;
      if (!/^sign/i.test(cue.text) && billed > 0) {
        let done = false;
        for (let k = i - 1, n = 0; k >= 0 && t[k]!.sentence === s && n < 16; k--) {
          if (t[k]!.kind === "word") n++;
          if (t[k]!.kind === "number" && /^\d+$/.test(t[k]!.text) && Number(t[k]!.text) < billed) { done = true; break; }
        }
        if (done) push(cue, words[f + 1]!.end, 0.6, "dishonesty", "billing for more than was done");
      }
      continue;
    }
    if (head === "takes cash") {
      // an inducement: paid by a rep, a company or a contractor
      const words = wordsOn(a, i, s, 10);
      const payer = words.find((w) => PAYERS.has(w.norm) || PAYERS.has(w.stem));
      if (payer && words.some((w) => w.norm === "from" || w.norm === "by")) push(cue, payer.end, 0.6, "dishonesty", "an inducement from a payer");
      continue;
    }
    if (head === "paying families") {
      const words = wordsOn(a, i, s, 8);
      const quiet = words.find((w) => QUIET.has(w.norm));
      if (quiet) push(cue, quiet.end, 0.65, "dishonesty", "a pay-off for silence");
      continue;
    }
    if (head === "sells" && /^sign/i.test(cue.text)) {
      // "signs off scans he never looked at": a signature for work that never happened
      const never = wordsOn(a, i, s, 8).find((w) => NEVER.has(w.norm));
      if (never) { push(cue, never.end, 0.6, "dishonesty", "signing for work that never happened"); continue; }
    }
    if (head === "sells") {
      // a fake product ("selling fake Wegovy", "supplying counterfeit Botox")
      const fake = wordsOn(a, i, s, 3).find((w) => FAKE.has(w.norm));
      if (fake && !/^us/i.test(cue.text)) { push(cue, fake.end, 0.65, "dishonesty", "supply of a fake product"); continue; }
      // an unlawful manner in the clause ("without a prescription", "off the books", "unlicensed filler")
      const manners = a.lexicon("allegations", "manner");
      const k = firstStartingAt(manners, cue.end);
      const manner = k < manners.length && manners[k]!.start - cue.end < 80 && a.sentenceOf(manners[k]!.start) === s ? manners[k] : undefined;
      // "uses ... unlicensed" is weaker than selling or prescribing: specialists use unlicensed medicines lawfully
      if (manner) push(cue, manner.end, /^us/i.test(cue.text) ? 0.45 : 0.65, "crime", "supply in an unlawful manner");
      continue;
    }
    // a qualification never done is a career fact; claimed anyway ("he just says he did", "signs as", "on his bio") it is a false claim
    if (head === "never did his" && !claimedAnyway(a, i)) continue;
    const act = ACTS[head];
    if (!act) continue;
    // "fiddling with the rota app", "fiddles about with the pump": tinkering, the literal sense
    if (/^fiddl/i.test(cue.text) && TINKER.has(t[i + 1]?.norm ?? "")) continue;
    const words = wordsOn(a, i, s, act.window);
    // the object: the first content word after determiners ("the controlled drugs", "half the research grant")
    const hit = words.find((w) => act.objects!.has(w.norm) || act.objects!.has(w.stem));
    if (!hit) continue;
    if (head === "hits" && /^(?:leave|leaves|left|leaving|turns? away|turned away|turning away|refuses to see|refused to see)$/.test(cue.text.toLowerCase())) {
      // "leaves residents in soiled pads", "left patients alone for hours": neglect needs how they were left
      const how = wordsOn(a, i, s, 8).find((w) => LEFT_HOW.has(w.norm));
      if (!how || hit.norm === "her" || hit.norm === "him" || hit.norm === "them") continue;
      push(cue, how.end, 0.6, "abuse", "leaving vulnerable people in neglect");
      continue;
    }
    // pronoun objects only for the plainly violent acts ("groped her", not "left her")
    if ((hit.norm === "her" || hit.norm === "him" || hit.norm === "them") && !/grop|molest|touch|punch|slap|hit|kick|shov|abus|bull|harass|threat|intimidat/.test(cue.text.toLowerCase())) continue;
    // "killed two birds with one stone": a number must count people
    if (NUMBER_WORDS.has(hit.norm)) {
      const counted = words[words.indexOf(hit) + 1];
      if (!counted || !(act.objects!.has(counted.norm) || VULNERABLE.has(counted.norm))) continue;
    }
    // "killing it", "hit the target": the object must be people (checked), and "kills time" has none
    push(cue, hit.end, act.confidence, act.category, `${head} + object`);
  }
  return out;
}

/**
 * Bribery told as a purchase: "paid the medical director to get the contract", "bunged the
 * inspector to swing the rating". A payment to a person in office, "to" a verb of obtaining, and
 * something only an office can give (a contract, a post, a rating, an approval) within a few words.
 * Not the author's own payment ("we paid the consultant to get a second opinion" names no office's gift).
 */
const PAY_VERBS = ["paid", "pays", "paying", "bribed", "bribes", "bribing", "bunged", "bungs"];
const PAY_VERB_SET = new Set(PAY_VERBS);
const OFFICE = new Set(["director", "directors", "manager", "managers", "commissioner", "commissioners", "official", "officials", "inspector", "inspectors", "councillor", "councillors", "chief", "exec", "executive", "ceo", "board", "panel", "assessor", "assessors", "mp", "minister", "chair", "chairman", "procurement", "buyer", "head", "lead", "dean", "examiner", "examiners"]);
const OBTAIN = new Set(["get", "win", "secure", "land", "swing", "award", "approve", "sign", "pass", "rig", "fix", "keep", "give"]);
const OFFICE_GIFTS = new Set(["contract", "contracts", "tender", "tenders", "deal", "job", "post", "role", "licence", "license", "approval", "rating", "funding", "bid", "franchise", "promotion", "place", "places", "audit", "inspection", "interview", "exam", "exams"]);
function paidToObtain(a: Analysis): Span[] {
  const out: Span[] = [];
  if (!a.hasAnyWord(PAY_VERBS)) return out;
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.kind !== "word" || !PAY_VERB_SET.has(t[i]!.norm)) continue;
    const subject = a.wordsBefore(t[i]!.start, 1)[0];
    if (subject && AUTHOR.has(subject.norm)) continue;
    const s = t[i]!.sentence;
    const words = wordsOn(a, i, s, 12);
    const to = words.findIndex((w, k) => k >= 1 && k <= 5 && w.norm === "to" && OBTAIN.has(words[k + 1]?.norm ?? ""));
    if (to < 0 || !words.slice(0, to).some((w) => OFFICE.has(w.norm))) continue;
    const gift = words.slice(to + 2, to + 6).find((w) => OFFICE_GIFTS.has(w.norm));
    if (!gift) continue;
    out.push(actSpan(a, t[i]!.start, gift.end, 0.65, "dishonesty", "payment to an office-holder to obtain what the office gives"));
  }
  return out;
}


/**
 * A financial motive imputed to a clinical act: "gives antibiotics to anyone who asks, because the
 * centre gets paid per patient", "orders MRIs for everyone cos the clinic makes money on each one".
 * "because"/"cos" + within six words a payment word, after a medicine or a procedure in the same
 * sentence; the author's own pay ("because I get paid double") is no allegation.
 */
const BECAUSE_WORDS = ["because", "cos", "coz", "'cause"];
const PAID = new Set(["paid", "money", "commission", "bonus", "bonuses", "profit", "profits", "cash", "kickback", "kickbacks", "earns", "earn", "makes"]);
function motives(a: Analysis): Span[] {
  const out: Span[] = [];
  if (!a.hasAnyWord(BECAUSE_WORDS)) return out;
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!BECAUSE_WORDS.includes(t[i]!.norm)) continue;
    const s = t[i]!.sentence;
    let paid: Token | undefined;
    for (let k = i + 1; k < t.length && k <= i + 7 && t[k]!.sentence === s; k++) {
      if (AUTHOR.has(t[k]!.norm)) break;
      if (PAID.has(t[k]!.norm) && (t[k]!.norm !== "makes" || t[k + 1]?.norm === "money")) { paid = t[k + 1]?.norm === "money" ? t[k + 1] : t[k]; break; }
    }
    if (!paid) continue;
    let act = false;
    for (let k = i - 1; k >= 0 && t[k]!.sentence === s && i - k < 30; k--) if (DRUGS.has(t[k]!.norm) || PROCEDURES.has(t[k]!.norm)) { act = true; break; }
    if (act) out.push(actSpan(a, t[i]!.start, paid.end, 0.7, "dishonesty", "a financial motive for a clinical act"));
  }
  return out;
}

/**
 * Clinical work done intoxicated, said of someone else: "Mr X operates half-cut on a Friday", "she
 * does her clinics hungover", "he's been prescribing drunk". A clinical verb with an intoxication word
 * within three words after it; the author's own ("I worked hungover once") is a confession, and
 * intoxication rules read that. Gated on the intoxication words.
 */
const CLINICAL_WORK = new Set(["operates", "operating", "operated", "operate", "prescribes", "prescribing", "prescribed", "consults", "consulting", "practises", "practices", "practising", "practicing", "treats", "treating", "delivers", "delivering", "anaesthetises", "anaesthetising", "clinics", "clinic", "lists", "list", "rounds", "theatre", "surgery", "shifts", "nights", "on-call", "oncall"]);
function impairedAtWork(a: Analysis): Span[] {
  const out: Span[] = [];
  // the intoxication list's words for being drunk or high ("half-cut", "hungover", "off his face")
  for (const x of a.lexicon("intoxication", "intoxicated")) {
    const before = a.wordsBefore(x.start, 3);
    const work = before.findIndex((w) => CLINICAL_WORK.has(w.norm));
    if (work < 0) continue;
    // the subject of the clinical verb: not the author ("I operated hungover once" is a confession)
    if (before.slice(work).some((w) => AUTHOR.has(w.norm)) || a.wordsBefore(before[work]!.start, 3).some((w) => AUTHOR.has(w.norm))) continue;
    const span = actSpan(a, before[work]!.start, x.end, 0.7, "crime", "clinical work done intoxicated");
    if (a.isNegated(span) || a.isQuoted(span) || a.isReported(span)) continue;
    out.push(span);
  }
  return out;
}

/** Procedures that can be done without need ("arthroscopies nobody needs", "unnecessary scans"). */
const PROCEDURES = new Set(["procedure", "procedures", "operation", "operations", "op", "ops", "surgery", "surgeries", "scan", "scans", "test", "tests", "injection", "injections", "arthroscopy", "arthroscopies", "scope", "scopes", "fusion", "fusions", "replacement", "replacements", "treatment", "treatments", "implant", "implants", "biopsy", "biopsies", "mri", "mris", "referral", "referrals", "prescription", "prescriptions"]);
const NOBODY = new Set(["nobody", "noone", "no-one"]);
const REUSE = new Set(["reuse", "reuses", "reused", "reusing", "recycles", "recycled", "recycling"]);
/** Kit that is single-use by its nature: reusing a cannula or a needle needs no "single-use" to say so. */
const SINGLE_USE = new Set(["single-use", "disposable", "disposables", "cannula", "cannulas", "cannulae", "needle", "needles", "syringe", "syringes", "lancet", "lancets"]);
const STOPPED = new Set(["stopped", "stop", "stops", "never", "not", "no", "don't", "doesn't", "won't", "banned", "ended", "quit"]);

/**
 * Clinical practice alleged to be unsafe or done for gain, without a stock word: procedures "nobody
 * needs" or "unnecessary" ones done by a provider, and single-use kit reused. Said of a named target
 * they allege what a panel or a court would call misconduct. Read only around the lexicon's "practice" cues.
 */
function unsafePractice(a: Analysis, cues: readonly Span[]): Span[] {
  // read only around the lexicon's "practice" cues (a handful per post), never the whole text
  const out: Span[] = [];
  const t = a.tokens;
  for (const cue of cues) {
    const i = a.tokenIndexAt(cue.start);
    const w = t[i]!;
    const n = w.norm;
    if (NOBODY.has(n) || n === "no") {
      // "injections nobody needs", "ops no one needs": the need denied straight after the procedure
      const proc = a.wordsBefore(cue.start, 1)[0];
      if (proc && PROCEDURES.has(proc.norm)) out.push(actSpan(a, proc.start, cue.end, 0.65, "dishonesty", "procedures nobody needs"));
    } else if (n === "unnecessary" || n === "needless") {
      // "doing unnecessary arthroscopies": a provider doing them (the verb says it is practice, not the topic)
      const proc = a.wordsAfter(cue.end, 1)[0];
      const doing = a.wordsBefore(cue.start, 1)[0];
      if (proc && PROCEDURES.has(proc.norm) && doing && DOING.has(doing.norm)) out.push(actSpan(a, doing.start, proc.end, 0.6, "incompetence", "doing unnecessary procedures"));
    } else if (SPEND.has(n)) {
      const funds = fundsSpentOnLuxury(a, i);
      if (funds) out.push(funds);
    } else if (REUSE.has(n)) {
      // "stopped reusing single-use scissors after the audit": a practice ended, not alleged
      if (STOPPED.has(a.wordsBefore(w.start, 1)[0]?.norm ?? "")) continue;
      const next = a.wordsAfter(w.end, 2);
      const kit = next.find((x) => SINGLE_USE.has(x.norm) || (x.norm === "single" && a.wordsAfter(x.end, 1)[0]?.norm === "use"));
      if (kit) out.push(actSpan(a, w.start, kit.norm === "single" ? a.wordsAfter(kit.end, 1)[0]!.end : kit.end, 0.65, "incompetence", "reusing single-use kit"));
    }
  }
  return out;
}
const SPEND = new Set(["spends", "spend", "spent", "spending", "blows", "blew", "blowing", "splashes", "splashed", "splashing"]);
/** Money given for a purpose: spending it on a person's luxury is misuse. */
const GIVEN_MONEY = new Set(["donations", "donation", "funds", "fund", "money", "charity", "grant", "grants", "budget", "fees", "appeal", "takings", "collection", "kitty", "them", "it"]);
const LUXURY = new Set(["car", "cars", "holiday", "holidays", "house", "villa", "yacht", "boat", "porsche", "ferrari", "bmw", "audi", "mercedes", "rolex", "watch", "watches", "rover", "lifestyle", "wedding", "extension", "kitchen", "handbags", "jewellery", "bonus", "bonuses", "cruise", "jet", "horse", "horses", "golf"]);
const PERSONAL = new Set(["his", "her", "their", "himself", "herself", "themselves"]);
/** "spending the donations on the chief exec's Range Rover": money given for a purpose, spent on someone's luxury. */
function fundsSpentOnLuxury(a: Analysis, i: number): Span | undefined {
  const t = a.tokens;
  const next = wordsOn(a, i, t[i]!.sentence, 12);
  const on = next.findIndex((w) => w.norm === "on");
  if (on < 1 || on > 4 || !next.slice(0, on).some((w) => GIVEN_MONEY.has(w.norm))) return undefined;
  // "them"/"it" stand for money only when money is named before ("taking your donations ... spending them")
  if (!next.slice(0, on).some((w) => GIVEN_MONEY.has(w.norm) && w.norm !== "them" && w.norm !== "it") && !a.wordsBefore(t[i]!.start, 10).some((w) => GIVEN_MONEY.has(w.norm) && w.norm !== "them" && w.norm !== "it")) return undefined;
  // the author's own spending ("we spent the donations on a hoist") is not an allegation
  const subj = a.wordsBefore(t[i]!.start, 1)[0];
  if (subj && AUTHOR.has(subj.norm)) return undefined;
  const object = next.slice(on + 1, on + 7);
  const luxury = object.findIndex((w) => LUXURY.has(w.norm));
  const owner = object.slice(0, luxury < 0 ? 0 : luxury).some((w) => PERSONAL.has(w.norm) || (w.text.endsWith("'s") || w.text.endsWith("\u2019s")));
  if (luxury < 0 || !owner) return undefined;
  return actSpan(a, t[i]!.start, object[luxury]!.end, 0.65, "dishonesty", "funds spent on someone's luxury");
}
const DOING = new Set(["doing", "does", "did", "performing", "performs", "performed", "ordering", "orders", "ordered", "selling", "sells", "sold", "pushing", "pushes", "booking", "books"]);

/**
 * Words that give an insinuation ("funny how", "not saying... but") something to hint at: drink or drugs
 * around work, money and claims, procedures and kit. Without one, "not saying Dr X is the best teacher,
 * but..." is teasing.
 */
// (money or stock that "went missing" or "vanished", the accounts: what theft is hinted with)
const HINTED = new Set(["accounts", "missing", "vanished", "disappeared", "backhander", "backhanders", "bribe", "bribes", "claim", "claims", "claiming", "claimed", "hours", "timesheet", "timesheets", "invoices", "expenses", "cash", "money", "fees", "paid", "payments", "fund", "funds", "funding", "referrals", "kickbacks", "pocket", "pockets", "audit", "figures", "numbers", "stats", "signed", "cannulas", "reuses", "unnecessary"]);
/** Drink and drugs hint at wrongdoing only around work ("a drink before his lists"), not at a leaving do. */
const DRINK_HINTED = new Set(["drink", "drinks", "drinking", "drunk", "booze", "boozy", "pissed", "hungover", "tipsy", "mints", "vodka", "wine", "gin", "whisky", "high", "coke", "drugs"]);
const ON_DUTY = new Set(["list", "lists", "clinic", "clinics", "shift", "shifts", "theatre", "theatres", "ward", "round", "rounds", "on-call", "oncall", "operating", "surgery", "duty", "work", "patients"]);
const MONEY_EMOJI = new Set(["\u{1F4B7}", "\u{1F4B0}", "\u{1F4B5}", "\u{1F4B8}", "\u{1F4B6}", "\u{1F911}"]);
/** An insinuation with something to hint at in its sentence or the next ("...but the breath mints are working overtime"). */
function hinted(a: Analysis, span: Span): boolean {
  const t = a.tokens;
  const s = a.sentenceOf(span.start);
  let drink = false;
  let duty = false;
  let quotes = 0;
  for (let k = a.tokenIndexAt(span.end); k < t.length && t[k]!.sentence <= s + 1; k++) {
    const n = t[k]!.norm;
    if (HINTED.has(n) || (t[k]!.kind === "punct" && MONEY_EMOJI.has(t[k]!.text))) return true;
    // irony quotes in the frame's own sentence ("funny how he always 'finds' something"): a pair of
    // quote marks around a word or two says the word is not meant
    if (t[k]!.sentence === s && t[k]!.kind === "punct" && QUOTE_CHARS.has(t[k]!.text) && ++quotes >= 2) return true;
    if (DRINK_HINTED.has(n)) drink = true;
    if (ON_DUTY.has(n)) duty = true;
  }
  return drink && duty;
}

const NO_SENTENCES: ReadonlySet<number> = new Set();
/** How far (in characters) a target may be from the allegation in its sentence: a sentence is rarely longer, and the bound keeps a post without sentence breaks linear. */
const NEAR = 300;

const NO_SPANS: Span[] = [];
const sortedCache = { "person-name": new PostCache<Span[]>(), handle: new PostCache<Span[]>(), companies: new PostCache<Span[]>(), hospital: new PostCache<Span[]>(), "first-name": new PostCache<Span[]>() };
/** Spans of one kind in `span`'s sentence within NEAR characters of it (sorted once per post, then a binary search). */
function nearby(a: Analysis, kind: "person-name" | "handle" | "companies" | "hospital" | "first-name", span: Span): Span[] {
  const raw = kind === "companies" ? a.lexicon("companies") : a.of(kind);
  if (raw.length === 0) return NO_SPANS;
  // a post holds a handful: look through them directly; a long list is sorted once and searched
  let list: readonly Span[] = raw;
  if (raw.length > 16) {
    let sorted = sortedCache[kind].get(a);
    if (!sorted) sortedCache[kind].set(a, (sorted = [...raw].sort((x, y) => x.start - y.start)));
    list = sorted;
  }
  const out: Span[] = [];
  const s = a.sentenceOf(span.start);
  if (list === raw) {
    for (const x of raw) if (x.start >= span.start - NEAR && x.start <= span.end + NEAR && a.sentenceOf(x.start) === s) out.push(x);
    return out;
  }
  for (let k = firstStartingAt(list, span.start - NEAR); k < list.length && list[k]!.start <= span.end + NEAR; k++) if (a.sentenceOf(list[k]!.start) === s) out.push(list[k]!);
  return out;
}

/** The most identifiable target in the sentence of `span`. */
interface Orgs { all: Target[]; bySentence: Map<number, Target[]>; places: readonly Span[] }

function targetOf(a: Analysis, span: Span, orgs: Orgs): Target | undefined {
  const s = a.sentenceOf(span.start);
  const found: Target[] = [];
  for (const p of nearby(a, "person-name", span)) found.push({ text: p.text, weight: 1, end: p.end });
  for (const h of nearby(a, "handle", span)) found.push({ text: h.text, weight: 1, end: h.end });
  for (const c of nearby(a, "companies", span)) found.push({ text: c.text, weight: 0.95, end: c.end });
  for (const h of nearby(a, "hospital", span)) found.push({ text: h.text, weight: 0.9, end: h.end });
  for (const o of orgs.bySentence.get(s) ?? []) if (Math.abs(o.end - span.start) <= NEAR) found.push(o);
  for (const f of nearby(a, "first-name", span)) if (f.confidence >= 0.5) found.push({ text: f.text, weight: 0.7, end: f.end });
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
  // "Pure deceit.": a verbless verdict on the sentence before
  const words = tokens.filter((t) => t.kind === "word");
  if (words.length <= 4 && s > 0) {
    const prev = sentenceBefore(a, span);
    if (prev) {
      const before = targetOf(a, prev, orgs);
      if (before) return { ...before, weight: before.weight * 0.95, end: -1 };
    }
  }
  // "He falsified the notes" after naming someone earlier in the post
  const named = a.of("person-name").length + a.of("handle").length + orgs.all.length + a.lexicon("companies").length > 0;
  // "@DrX ... You fabricated the data": the post speaks to a named account, and "you" is that account
  if (a.of("handle").length > 0 && tokens.some((t) => ADDRESSEE.has(t.norm))) return { text: `${a.of("handle")[0]!.text} (addressed)`, weight: 0.85, end: -1 };
  if (named && tokens.some((t) => PRONOUNS.has(t.norm) || BACK_REFERENCE.has(t.norm))) return { text: "the person or organisation named earlier", weight: 0.75, end: -1 };
  const role = tokens.find((t) => COLLEAGUE_WORDS.has(t.norm) || BACK_REFERENCE.has(t.norm) || PROVIDERS.has(t.norm));
  // "the care home on Marsh Lane", "the pharmacist on the high street in Wigan": a role pinned to a place
  // (a kind of business counts here too: "the aesthetics place on Chapel Street", "the pharmacy on Bridge Road")
  const pinned = role ?? tokens.find((t) => t.kind === "word" && !t.cap && ORG_SUFFIX.has(t.stem));
  if (pinned && a.inSentence(span, orgs.places).some((p) => Math.abs(p.start - span.start) <= NEAR)) return { text: `the ${pinned.text} there`, weight: 0.75, end: pinned.end };
  // "...stole from the practice account. Now he's a GP in Bath": a role and a place elsewhere in the post
  if (role && (a.of("place").length > 0 || a.of("address").length > 0) && tokens.some((t) => PRONOUNS.has(t.norm) || t.norm === "my" || t.norm === "our")) return { text: `the ${role.text} (placed elsewhere in the post)`, weight: 0.7, end: -1 };
  // a unique role or the author's organisation named in another sentence ("Our clinical director... Disgusting abuse of power.")
  const postOwn = postOwnTarget(a);
  if (postOwn) return { ...postOwn, weight: postOwn.weight - 0.1, end: -1 };
  // "the ward manager on 4B", "the matron of Ward 7": a post only one person holds, on a named ward
  const unique = tokens.find((t) => UNIQUE_ROLES.has(t.norm) && onNamedWard(a, t));
  if (unique) return { text: `the ${unique.text} of a named ward`, weight: 0.8, end: unique.end };
  // "the locum who came in today": a definite role singled out by what they did, known to everyone who was there
  if (role && singledOut(a, role)) return { text: `the ${role.text} (singled out)`, weight: 0.65, end: role.end };
  if (role) return { text: `the ${role.text}`, weight: 0.45, end: role.end };
  return undefined;
}

/** Posts one person holds on a ward: "the ward manager", "the matron", "the sister in charge". */
const UNIQUE_ROLES = new Set(["manager", "matron", "sister", "lead", "director", "coordinator"]);
/** "manager on 4B", "matron of Ward 7", "sister on Oak ward": the role, then on/of/at a named ward. */
function onNamedWard(a: Analysis, role: { start: number; end: number }): boolean {
  const next = a.wordsAfter(role.end, 2);
  if (!next[0] || !(next[0].norm === "on" || next[0].norm === "of" || next[0].norm === "at")) return false;
  const w = next[1];
  if (!w) return false;
  // "4B", "7a": a number with a letter straight after it (two tokens)
  if (w.kind === "number" && /^\d{1,2}$/.test(w.text) && /^[A-Za-z]\b/.test(a.text.slice(w.end, w.end + 2))) return true;
  return a.of("ward-bed").some((s) => s.data?.kind === "ward" && s.start === w.start);
}

/** "the locum who came in", "that registrar who...": a definite role with a relative clause of its own. */
function singledOut(a: Analysis, role: { start: number; end: number }): boolean {
  const prev = a.wordsBefore(role.start, 1)[0]?.norm;
  const next = a.wordsAfter(role.end, 1)[0]?.norm;
  return (prev === "the" || prev === "that" || prev === "this") && (next === "who" || next === "who's" || next === "whose");
}

/** A span standing for the sentence before `span`'s (its first token), or undefined. */
function sentenceBefore(a: Analysis, span: Span): Span | undefined {
  let k = a.tokenIndexAt(span.start);
  const s = a.tokens[k]?.sentence;
  if (s === undefined) return undefined;
  for (let n = 0; k > 0 && n < 80 && a.tokens[k]!.sentence === s; n++) k--;
  const t = a.tokens[k];
  return t && t.sentence === s - 1 ? { type: "phrase", start: t.start, end: t.end, text: t.text, confidence: 0, detector: "sentence-before" } : undefined;
}

/**
 * "a certain private hospital group", "a certain consultant in the Midlands": a deliberately veiled
 * reference that readers are invited to decode; it identifies as much as a name.
 */
function veiledTarget(a: Analysis, tokens: readonly { norm: string; stem: string; kind: string; end: number; start: number }[]): Target | undefined {
  for (let i = 1; i < tokens.length; i++) {
    // "a certain well-known Instagram 'skin doctor'": up to five words on (punctuation not counted)
    if (tokens[i]!.norm === "certain" && tokens[i - 1]!.norm === "a") {
      for (let k = i + 1, words = 0; k < tokens.length && words < 5; k++) {
        const w = tokens[k]!;
        if (w.kind !== "word") continue;
        words++;
        if (PROVIDERS.has(w.stem) || ORG_SUFFIX.has(w.stem) || COLLEAGUE_WORDS.has(w.stem)) return { text: a.text.slice(tokens[i - 1]!.start, w.end), weight: 0.9, end: w.end };
      }
    }
    // "the bloke behind that 'NHS whistleblower' account": one social media account, pointed at
    if (tokens[i]!.norm === "that" && tokens[i - 1]!.norm === "behind") {
      for (let k = i + 1, words = 0; k < tokens.length && words < 5; k++) {
        const w = tokens[k]!;
        if (w.kind !== "word") continue;
        words++;
        if (w.norm === "account" || w.norm === "page" || w.norm === "channel") return { text: a.text.slice(tokens[i]!.start, w.end), weight: 0.85, end: w.end };
      }
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

const postOwnCache = new PostCache<{ t: Target | undefined }>();
/** ownOrgTarget over the whole post, once per check. */
function postOwnTarget(a: Analysis): Target | undefined {
  let hit = postOwnCache.get(a);
  if (!hit) postOwnCache.set(a, (hit = { t: ownOrgTarget(a.tokens) }));
  return hit.t;
}

/** Capitalised words that are no name: "my Friday clinic", "the NHS practice". */
const CALENDAR = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "nhs", "i", "gp", "a&e", "uk", "english", "welsh", "scottish", "british"]);

function organisations(a: Analysis): Target[] {
  const out: Target[] = [];
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!ORG_SUFFIX.has(t[i]!.stem) || !t[i]!.cap) continue;
    let j = i;
    while (j > 0 && t[j - 1]!.kind === "word" && t[j - 1]!.cap && t[j - 1]!.sentence === t[i]!.sentence) j--;
    if (j < i) out.push({ text: a.text.slice(t[j]!.start, t[i]!.end), weight: 0.9, end: t[i]!.end });
  }
  // "Tŷ Gwyn care home", "the Larches dental practice": a proper name before a lowercase provider noun
  // (one or two of them); the name's first word must not open the sentence, where capitals are free
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (w.cap || !PROVIDERS.has(w.stem) || (t[i + 1] && t[i + 1]!.kind === "word" && PROVIDERS.has(t[i + 1]!.stem))) continue;
    let k = i - 1;
    if (k > 0 && !t[k]!.cap && t[k]!.kind === "word" && ORG_SUFFIX.has(t[k]!.stem)) k--;
    let j = k;
    while (j >= 0 && t[j]!.kind === "word" && t[j]!.cap && t[j]!.sentence === w.sentence && !CALENDAR.has(t[j]!.norm)) j--;
    const first = t[j + 1];
    if (j === k || !first || !t[j] || t[j]!.sentence !== w.sentence) continue;
    out.push({ text: a.text.slice(first.start, w.end), weight: 0.85, end: w.end });
  }
  // "St Ermin's covered up...": hospitals and hospices go by a saint's name alone
  for (let i = 0; i + 1 < t.length; i++) {
    const w = t[i]!;
    if (!(w.norm === "st" || w.norm === "saint") || !w.cap) continue;
    const name = t[i + 1]!;
    if (name.kind === "word" && name.cap && name.sentence === w.sentence && /['\u2019]s$/.test(name.text)) out.push({ text: a.text.slice(w.start, name.end), weight: 0.85, end: name.end });
  }
  out.push(...camelCaseOrgs(a));
  return out;
}

/** Street words that end a street name ("Bridge St", "Leigh Road", "Market Square"). */
const STREET = new Set(["street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "parade", "square", "sq", "row", "drive", "crescent", "terrace", "broadway"]);
/**
 * Street names as places: "the chemist on Bridge St", "the optician on High Street", "the clinic on
 * the high street". One to three capitalised words before a capitalised street word (not at the
 * start of a sentence, where "St Mary's" would read as a saint), or "the high street". Read only in
 * posts that hold an allegation.
 */
function streets(a: Analysis): Span[] {
  const out: Span[] = [];
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" || !STREET.has(w.norm)) continue;
    const prev = t[i - 1]!;
    if (w.norm === "street" && prev.norm === "high" && !prev.cap && t[i - 2]?.norm === "the") { out.push(actSpan(a, prev.start, w.end, 0.6, "street", "street name")); continue; }
    if (!w.cap) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && t[j]!.kind === "word" && t[j]!.cap && t[j]!.sentence === w.sentence && !t[j]!.sentenceStart) j--;
    if (j === i - 1) continue;
    out.push(actSpan(a, t[j + 1]!.start, w.end, 0.6, "street", "street name"));
  }
  return out;
}

function adjudicated(a: Analysis, span: Span): boolean {
  const tokens = nearTokens(a, span);
  // "I have it on good authority that Dr X was struck off": hearsay, not a published decision
  if (hearsay(tokens)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    if (ADJUDICATED.has(n)) return true;
    // a published source reports it: "the BBC reports that...", "according to the Echo", "the review found"
    if (NEWS.has(n) && tokens[i]!.end <= span.start) return true;
    if (n === "according" && tokens[i + 1]?.norm === "to") return true;
    if ((n === "reports" || n === "reported" || n === "found" || n === "concluded" || n === "revealed") && i > 0 && SOURCE_NOUNS.has(tokens[i - 1]!.norm)) return true;
    if ((n === "struck" || n === "suspended") && i > 0 && STRUCK_BY.has(tokens[i - 1]!.norm)) return true;
  }
  return false;
}

/** Publications whose report is a source ("the BBC reports that..."). */
const NEWS = new Set(["bbc", "guardian", "telegraph", "times", "independent", "itv", "sky", "reuters", "bmj", "hsj", "pulse", "echo", "gazette", "chronicle", "herald", "observer", "newspaper", "journalist", "journalists", "panorama", "dispatches", "inquest", "coroner", "ombudsman", "cqc", "hsib", "phso", "audit", "investigation", "lancet"]);
/** Bodies whose finding is a source ("the review found...", "the report concluded..."). */
const SOURCE_NOUNS = new Set(["review", "report", "inquiry", "investigation", "inspection", "inspectors", "audit", "court", "tribunal", "panel", "regulator", "cqc", "coroner", "ombudsman", "bbc", "guardian", "times", "news", "paper", "study", "journalists"]);

/** "on good authority", "reliably informed": a claim passed on as fact, not a source. */
function hearsay(tokens: readonly { norm: string }[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const n = tokens[i + 1]!.norm;
    if ((w === "good" && n === "authority") || (w === "reliably" && n === "informed") || (w === "reliable" && n === "source")) return true;
  }
  return false;
}

/**
 * "a hamper from the butcher": the trade, not the insult; "calling our nurses murderers": someone
 * else's accusation, reported by the author.
 */
function tradeOrQuoted(a: Analysis, span: Span): boolean {
  const before = a.wordsBefore(span.start, 4);
  // "scope creep", "mission creep": the jargon, not the insult
  if (/^creep/i.test(span.text) && CREEPING.has(before[0]?.norm ?? "")) return true;
  if (/^butcher/i.test(span.text) && (before[0]?.norm === "the" || before[0]?.norm === "local" || before[0]?.norm === "family") && TRADE_PREP.has(before[1]?.norm ?? before[0]!.norm)) return true;
  // "fiddling with the settings", "fiddled about with the pump": the literal sense (tinkering)
  if (/^fiddl/i.test(span.text) && !/\s/.test(span.text.trim()) && TINKER.has(a.wordsAfter(span.end, 1)[0]?.norm ?? "")) return true;
  return before.some((w) => NAMING.has(w.norm));
}
const TINKER = new Set(["with", "about", "around", "round"]);
const CREEPING = new Set(["scope", "mission", "feature", "role", "budget", "bracket", "task", "function"]);
const TRADE_PREP = new Set(["from", "at", "to", "the", "local", "our", "village"]);
const NAMING = new Set(["calling", "called", "labelling", "labeling", "labelled", "labeled", "branding", "branded", "dubbed"]);

/** Adverbs that turn "think" into a conviction: "genuinely think", "honestly believe". */
const CONVICTION = new Set(["genuinely", "honestly", "really", "seriously", "truly", "definitely", "100%", "firmly", "actually", "absolutely"]);
/**
 * A loaded question: "Is it true the manager has been fiddling the figures? 👀", "Why did he leave so
 * quietly? 🤔". A question about a target asked with a wink, eyes or a thinking face, or beside an
 * insinuation frame elsewhere in the post ("asking for a friend", "draw your own conclusions"), is
 * an allegation put as a question: the law reads its natural meaning, so the "?" does not hedge it.
 */
function loaded(a: Analysis, span: Span): boolean {
  const s = a.sentenceOf(span.start);
  const tokens = nearTokens(a, span);
  if (!tokens.some((t) => t.text === "?")) return false;
  // the wink may follow the question mark, in the next sentence ("...figures? Asking for a friend 👀")
  for (const t of a.tokens) if (t.kind === "punct" && WINK.has(t.text) && (t.sentence === s || t.sentence === s + 1)) return true;
  return a.lexicon("allegations", "insinuation").some((x) => !a.isQuoted(x) && Math.abs(a.sentenceOf(x.start) - s) <= 1);
}

const QUOTE_CHARS = new Set(["\"", "'", "\u2018", "\u2019", "\u201c", "\u201d"]);
/** The sentence of `span` asks a question, scare-quotes something, or names an incident, records or money. */
function hintingSentence(a: Analysis, span: Span): boolean {
  const near = nearTokens(a, span, 60);
  return near.some((t, k) => t.text === "?" || QUOTE_CHARS.has(t.text) || INCIDENTS.has(t.norm) || HINTED.has(t.norm) || MONEY.has(t.norm) || (PROMPTS.has(t.norm) && PROMPTED.has(near[k + 1]?.norm ?? "")));
}
/** The reader told to look for themselves: "check your prescriptions", "ask why four partners left". */
const PROMPTS = new Set(["check", "ask"]);
const PROMPTED = new Set(["your", "why", "where", "how"]);

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
    triggers: ["lexicon:allegations", "lexicon:intoxication:intoxicated"],
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
    // concealment, act and manner words are cues, reported only with their object or beside an act (acts())
    let spans: Span[] = [];
    let cues = false;
    let practice: Span[] | undefined;
    for (const x of a.lexicon("allegations")) {
      const c = x.data?.category;
      if (c === "concealment" || c === "act" || (c === "manner" && x.text.endsWith("ly"))) cues = true;
      else if (c === "practice") (practice ??= []).push(x);
      else if (c !== "manner" && !playful(a, x)) spans.push(x);
    }
    if (cues) spans = spans.concat(acts(a));
    if (practice) spans = spans.concat(unsafePractice(a, practice));
    spans = spans.concat(motives(a), paidToObtain(a));
    // (a shape the lists already cover, "turns up to theatre smelling of booze", is theirs)
    for (const x of impairedAtWork(a)) if (!spans.some((o) => o.start < x.end && x.start < o.end)) spans.push(x);
    if (spans.length === 0) return;
    // An insinuation frame ("not saying X... but", "if you know, you know", "everyone knows why") is
    // not a hedge: hinting is read for its natural meaning. A wink or thinking face adds to it.
    const insinuations = a.lexicon("allegations", "insinuation");
    const insinuated = insinuations.length === 0 ? NO_SENTENCES : new Set(insinuations.filter((x) => !a.isQuoted(x)).map((x) => a.sentenceOf(x.start)));
    // a wink or a thinking face, looked for only when an insinuation needs it
    let winkValue: number | undefined;
    const wink = () => (winkValue ??= a.tokens.some((t) => t.kind === "punct" && WINK.has(t.text)) ? 0.3 : 0);
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
    // a ward pins a role as a place does ("the ward manager on 4B")
    const orgs: Orgs = { all, bySentence, places: [...a.of("place"), ...a.of("address"), ...a.of("ward-bed"), ...streets(a)] };
    const linked = a.has("url");
    // whether the post means to identify ("named in the thread below"), asked once a target is found
    let identifyValue: boolean | undefined;
    const identify = () => (identifyValue ??= identifyCue(a));
    for (const span of spans) {
      if (!a.isAsserted(span)) continue;
      // "stole the show", "robbed of the win": an idiom, not an allegation
      const obj = a.wordsAfter(span.end, 3).find((w) => !SKIP.has(w.norm));
      if (obj && IDIOM_OBJECTS.has(obj.norm) && span.data?.category === "dishonesty") continue;
      if (tradeOrQuoted(a, span)) continue;
      // "Criminals." is a verdict on the sentence before; in a longer sentence it is talk about crime
      if (span.data?.term === "criminals" && nearTokens(a, span).filter((t) => t.kind === "word").length > 4) continue;
      let target = targetOf(a, span, orgs);
      // "...moved on so quietly after all those errors? Bit convenient nobody's talking about it 🤔":
      // an insinuation frame comments on the sentence before, whose target it points at
      if ((!target || target.weight < 0.85) && span.data?.category === "insinuation") {
        const prev = sentenceBefore(a, span);
        // only a sentence that already hints: a question, scare quotes, or something to hint at ("errors", "accounts")
        const before = prev && hintingSentence(a, prev) ? targetOf(a, prev, orgs) : undefined;
        if (before && (!target || before.weight > target.weight)) target = { ...before, end: -1 };
      }
      if (!target) continue;
      // "stop harassing our practice staff": the author's own organisation after the verb is its object, the one wronged
      if (target.text.startsWith("your ") && target.end > span.end && /(?:ing|ed)$/.test(span.text) && !span.text.includes(" ")) continue;
      const near = target.end >= 0 && target.end <= span.start && a.tokenIndexAt(span.start) - a.tokenIndexAt(target.end) <= 7;
      const insinuation = insinuated.has(a.sentenceOf(span.start));
      const hedged = !insinuation && !loaded(a, span) && nearTokens(a, span).some((t, k, all) => (HEDGE.has(t.norm) && !CONVICTION.has(all[k - 1]?.norm ?? "")) || t.text === "?");
      let strength = predicated(a, span) ? Math.max(span.confidence, 0.75) : span.confidence;
      if (span.data?.category === "insinuation") {
        // "just saying" with a wink is flirting or teasing as often as a hint of wrongdoing
        if (/^(?:i'?m )?just saying$/i.test(span.text.replace(/\u2019/g, "'"))) continue;
        // alone, "just saying" and "funny how" are everyday; they hint at wrongdoing with a wink or beside an allegation
        const beside = alleged.has(a.sentenceOf(span.start));
        // beside an allegation, the allegation itself is reported
        if (beside) continue;
        // a wink, or something to hint at (drink before a list, claims, money), makes it an allegation
        // a frame that closes its sentence ("...check your prescriptions. I'll say no more.") hints at the sentence before
        const after = a.wordsAfter(span.end, 1)[0];
        const closing = !after || a.sentenceOf(after.start) !== a.sentenceOf(span.start);
        // (not when that sentence makes an allegation of its own: that one is reported)
        const prevHint = () => { const prev = sentenceBefore(a, span); return !!prev && !alleged.has(a.sentenceOf(prev.start)) && hintingSentence(a, prev); };
        const hint = hinted(a, span) || (closing && target.end === -1 && prevHint()) ? 0.35 : 0;
        if (wink() === 0 && hint === 0) continue;
        if (target.weight < 0.85) continue; // hinting about a unit or a role is a concern, not an allegation
        strength = combine(strength, wink(), hint);
      }
      const weight = identify() ? Math.min(0.95, target.weight + 0.3) : target.weight;
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

/** Games whose cheating is table banter ("still cheating at cards", "cheats at Monopoly"). */
const GAMES = new Set(["cards", "card", "scrabble", "monopoly", "cluedo", "bingo", "quiz", "quizzes", "crosswords", "crossword", "chess", "draughts", "dominoes", "poker", "rummy", "golf", "charades", "games", "uno", "wordle", "darts", "pool", "snooker", "bridge", "whist"]);
/** "She was still cheating at cards": cheating at a game is banter, not an allegation of dishonesty. */
function playful(a: Analysis, x: Span): boolean {
  if (!/^cheat/i.test(x.text)) return false;
  // the game within three words of "at" ("at cards", "at the Christmas quiz")
  const after = a.wordsAfter(x.end, 4);
  if (after[0]?.norm !== "at") return false;
  return after.slice(1).some((w) => GAMES.has(w.norm));
}
