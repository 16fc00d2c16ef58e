// A stereotype is a shape, not a phrase: a group of people (groups lexicon, or an adjective before a
// noun for people: "trans patients") is generalised over ("always", "every time", "you can always
// tell when", "these/those X", "typical X") AND the sentence, or the next one, judges them (a
// hostile, insulting or contemptuous word, an eye-roll or a laugh, a complaint word such as
// "nightmare", "drama", "demand"). Either alone is ordinary ("Muslim patients always fast in
// Ramadan"; "travellers face poor health outcomes"); together they read as contempt for the group.
// conduct/discrimination reports it; respect/patients counts it when the group are patients.
// Each look is bounded to the group's sentence and the next (nearTokens, inSentence).
import { PostCache, type Analysis } from "../../analysis";
import type { Span } from "../../types";
import { ironyNear } from "../respect/evaluative";
import { nearTokens, sentenceAnchor } from "./scope";

/** Nouns for people that turn a group adjective into a group ("Black patients", "Indian doctors"). */
export const GROUP_PERSON_NOUNS = new Set([
  "patients", "patient", "people", "person", "doctors", "doctor", "nurses", "nurse", "surgeons", "registrars", "consultants", "colleagues", "staff", "locums", "students", "men", "women",
  "families", "family", "mums", "mothers", "parents", "kids", "children", "folk", "lads", "guys", "drivers", "workers", "residents", "neighbours", "relatives", "gps", "medics",
  "blokes", "boys", "girls", "ladies", "adults", "teenagers", "trainees", "juniors", "pt", "pts", "lot",
  // ward shorthand for the same people ("overseas docs", "IMG regs", "the foreign drs")
  "docs", "drs", "regs", "sho", "shos", "fys",
  // one colleague by role ("a female surgeon", "our new Nigerian reg"): the adjective names a group all the same
  "surgeon", "registrar", "reg", "consultant", "anaesthetist", "anaesthetists", "physician", "physicians", "gp", "locum", "student", "trainee", "midwife", "midwives",
  "paramedic", "paramedics", "carer", "carers", "colleague", "worker", "porter", "porters", "pharmacist", "pharmacists", "dentist", "dentists", "hca", "hcas",
]);

const groupCache = new PostCache<Span[]>();

/** "non-disabled", "non-Muslim": a group word after "non-" names the people outside it. */
export function negatedGroup(a: Analysis, g: Span): boolean {
  const before = a.text.slice(Math.max(0, g.start - 4), g.start).toLowerCase();
  return before.endsWith("non-") || before.endsWith("non ") || before.endsWith("non\u2010");
}
/** Group spans; an adjective before a noun for people is one group of high confidence. */
export function groupSpans(a: Analysis): Span[] {
  let out = groupCache.get(a);
  if (out) return out;
  out = [];
  for (const g of a.lexicon("groups")) {
    // "non-disabled drivers", "non-binary" aside: the prefix names everyone outside the group
    if (negatedGroup(a, g)) continue;
    const next = a.tokens[a.tokenIndexAt(g.end)];
    if (next && next.kind === "word" && GROUP_PERSON_NOUNS.has(next.norm) && g.confidence >= 0.2 && !g.text.includes(" ")) {
      out.push({ ...g, end: next.end, text: a.text.slice(g.start, next.end), confidence: Math.max(g.confidence, 0.9) });
    } else {
      // "the travellers are in", "these Gypsies": a determiner pointing at people makes a weak
      // group word name the people (not "rail travellers", "the traveller's guide")
      const before = a.wordsBefore(g.start, 1)[0]?.norm;
      const raised = g.confidence < 0.6 && g.confidence >= 0.3 && (before === "the" || before === "these" || before === "those") && /s$/.test(g.text) && !/'/.test(g.text);
      out.push(raised ? { ...g, confidence: 0.6 } : g);
    }
  }
  groupCache.set(a, out);
  return out;
}

/** Words that generalise over the people in a sentence. */
const QUANTIFIERS = new Set(["always", "never", "all", "every", "everytime", "typical", "typically", "constantly", "invariably", "whenever", "forever", "again", "half"]);
/** Determiners that make a group "them" rather than people ("these Poles", "those travellers"). */
const OTHERING = new Set(["these", "those", "typical", "you"]);
/**
 * Complaint words: the author judges what the people do or are. General English evaluation, not any
 * one post's wording; each is innocent without a group generalised over in the same sentence.
 */
const COMPLAINT = new Set([
  "nightmare", "nightmares", "drama", "dramas", "chaos", "hassle", "headache", "demand", "demanding", "demands", "entitled", "entitlement", "lazy", "dirty", "filthy", "smelly",
  "stink", "stinks", "steal", "stealing", "stole", "nick", "nicking", "scrounge", "scrounging", "scroungers", "burden", "drain", "kicking", "aggressive", "rude", "loud", "argue",
  "arguing", "expect", "expects", "refuse", "refuses", "bother", "abuse", "abusing", "milk", "milking", "ruin", "ruining",
  "clogging", "clog", "invade", "invading", "swarm", "flood", "breed", "breeding", "pack", "horde", "hordes", "mob", "lock", "disappeared", "ridiculous", "joke", "pathetic",
  // "can't" and "cannot" are not here: "trans patients can't always access GP care" is a barrier,
  // not a judgement; a capability denied of a group is read by ./group-frames.ts (competence verbs)
  "normal", "trashed", "wrecked", "nicked", "robbed", "vandalised", "carnage", "attitude",
  // a family called a clan or a tribe: othering a people as a horde ("it's the whole clan")
  "clan", "clans", "tribe", "tribes",
]);
/** Words by which a following sentence points back at the group. */
const POINT_BACK = new Set(["they", "them", "their", "they're", "theyre", "they've", "theyve", "they'll"]);
/** Things a complaint can be about instead of the people: the system, not the group. */
const SYSTEM = new Set(["funding", "system", "government", "policy", "policies", "cuts", "staffing", "management", "managers", "trust", "services", "service", "racism", "discrimination", "inequality", "inequalities"]);
const NEGATIVE_LEXICONS = ["insults", "profanity", "hostile-generalisations", "slurs"];
const DISGUST = new Set(["\ud83e\udd2e", "\ud83e\udd22", "\ud83d\ude44", "\ud83d\ude12", "\ud83d\ude24", "\ud83e\udd26"]);

export interface Stereotype { group: Span; range: [number, number]; confidence: number; quantified: string; judged: string }

const cache = new PostCache<Stereotype[]>();

/** Groups generalised over and judged in the same sentence (or the next); one per sentence. */
export function stereotypes(a: Analysis): readonly Stereotype[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  const seen = new Set<number>();
  for (const group of groupSpans(a)) {
    if (group.confidence < 0.55) continue;
    const s = a.sentenceOf(group.start);
    if (seen.has(s)) continue;
    const tokens = nearTokens(a, group, 25);
    const before = a.wordsBefore(group.start, 1)[0];
    const q = before && OTHERING.has(before.norm) ? before : tokens.find((t) => t.kind === "word" && (QUANTIFIERS.has(t.norm) || (t.norm === "time" && tokens.some((u) => u.norm === "every" || u.norm === "each"))));
    if (!q) continue;
    // the next sentence goes on about the same people ("...They've had their innings", "Half the
    // waiting room's kicking off") unless it lays the blame elsewhere ("Social care funding is the
    // nightmare, not them")
    let next = sentenceAnchor(a, group.start, 1);
    let nextTokens = next ? nearTokens(a, next, 20) : [];
    if (nextTokens.some((t, k) => SYSTEM.has(t.norm) || (POINT_BACK.has(t.norm) && nextTokens[k - 1]?.norm === "not"))) { next = undefined; nextTokens = []; }
    let judged = "";
    const complaint = [...tokens, ...nextTokens].find((t) => t.kind === "word" && COMPLAINT.has(t.norm) && !(t.start >= group.start && t.end <= group.end));
    if (complaint) judged = complaint.text;
    if (!judged) {
      for (const name of NEGATIVE_LEXICONS) {
        const hit = [...a.inSentence(group, a.lexicon(name)), ...(next ? a.inSentence(next, a.lexicon(name)) : [])].find((x) => x.confidence >= 0.3);
        if (hit) { judged = hit.text; break; }
      }
    }
    if (!judged) {
      const mock = [...a.inSentence(group, a.lexicon("mockery", "contempt", "sarcasm")), ...(next ? a.inSentence(next, a.lexicon("mockery", "contempt", "sarcasm")) : [])][0];
      if (mock) judged = mock.text;
    }
    if (!judged && (ironyNear(a, group) || [...tokens, ...nextTokens].some((t) => t.kind === "punct" && DISGUST.has(t.text)))) judged = "eye-roll";
    if (!judged) continue;
    seen.add(s);
    const start = Math.min(group.start, q.start);
    const end = Math.max(group.end, q.end);
    const confidence = Math.min(0.95, 0.35 + 0.45 * group.confidence + 0.1);
    out.push({ group, range: [start, end], confidence, quantified: q.text, judged });
  }
  cache.set(a, out);
  return out;
}
