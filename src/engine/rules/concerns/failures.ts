// Failures of care described without any "safety" word, which no phrase list can enumerate:
// - something patients need is missing: "sending patients home with no care packages", "escalation
//   beds ... with no nurse allocated", "left overnight without pain relief", "no working defib";
// - a staffing ratio: "one registrar for 60 patients", "1 nurse to 14 beds", "a single HCA covering
//   two bays".
// Shaped like concerns-lexicon safety-concern spans so concerns/public-disclosure weighs them the same
// way: they count only when the post points at an identifiable unit (public debate about the NHS at
// large stays welcome).
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** What patients or a unit need, whose absence is a failure of care ("no beds" is left out: it is the
 * whole system's pressure, the commonest complaint of every winter, not a unit's failing). */
const RESOURCES = new Set([
  "nurse", "nurses", "doctor", "doctors", "registrar", "reg", "consultant", "staff", "staffing", "hca", "hcas", "midwife", "midwives", "cover", "supervision", "senior", "seniors",
  "care", "package", "packages", "obs", "observations", "analgesia", "relief", "meds", "medication", "medications", "food", "water", "fluids", "oxygen", "defib", "defibrillator", "suction", "monitoring", "monitor", "monitors",
  "isolation", "chaperone", "interpreter", "escort", "review", "handover", "safeguarding",
]);
/** Heads a resource word may qualify rather than be: "no nurse shortages", "without staff training days". */
const NOT_HEAD_AFTER = new Set(["shortage", "shortages", "vacancies", "vacancy", "issues", "problems", "complaints", "concerns", "incidents", "sickness", "training", "strike", "strikes", "pay", "parking", "meetings", "meeting"]);
/** Words allowed between "no"/"without" and the resource ("no working defib", "without any pain relief", "no nurse allocated"). */
const BETWEEN = new Set(["working", "functioning", "any", "proper", "adequate", "senior", "qualified", "trained", "registered", "extra", "pain", "medical", "nursing", "one-to-one", "1:1", "a", "the", "allocated", "available", "overnight", "night", "dedicated"]);
/** The staff side of a ratio. */
const STAFF = new Set(["nurse", "nurses", "rn", "rns", "doctor", "doctors", "registrar", "registrars", "reg", "regs", "sho", "f1", "fy1", "consultant", "hca", "hcas", "midwife", "midwives", "physio", "junior", "juniors", "member", "members"]);
/** Few staff: "one", "a single", "only two", "2", "3". */
const FEW = new Set(["one", "1", "single", "lone", "only", "two", "2", "three", "3"]);
/** A grade between the count and the staff word: "one registered midwife", "a single qualified nurse". */
const GRADE = new Set(["registered", "qualified", "trained", "senior", "junior", "substantive", "permanent", "experienced"]);
/** A rule or ban: "no food at the desk" under a policy is a prohibition, not something patients lack. */
const PROHIBITION = new Set(["policy", "rule", "rules", "banned", "ban", "allowed", "permitted", "forbidden"]);
const PER = new Set(["for", "to", "covering", "between", "across", "per"]);
const LOAD = new Set(["patients", "pts", "beds", "bays", "wards", "babies", "women", "residents", "admissions"]);

function failure(a: Analysis, from: Token, to: Token, source: string): Span {
  return { type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence: 0.65, detector: "care-failure", lexicon: "concerns", data: { category: "safety-concern", source } };
}

const cache = new PostCache<Span[]>();

/** Care-failure spans in text order; linear in the number of tokens (bounded look-ahead). */
export function careFailures(a: Analysis): Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" && w.kind !== "number") continue;
    // "no care packages", "without a nurse", "zero obs overnight"
    if (w.norm === "no" || w.norm === "without" || w.norm === "zero") {
      let k = i + 1;
      while (k < t.length && k <= i + 3 && t[k]!.sentence === w.sentence && BETWEEN.has(t[k]!.norm) && !RESOURCES.has(t[k]!.norm)) k++;
      const head = t[k];
      if (!head || head.sentence !== w.sentence || !RESOURCES.has(head.norm)) continue;
      if (a.sentencesWith("concerns-prohibition", (x) => PROHIBITION.has(x.norm)).has(w.sentence)) continue;
      // "no care packages" reads on to the noun it heads; "no nurse shortages" is good news
      let end = k;
      if (t[k + 1]?.sentence === w.sentence && RESOURCES.has(t[k + 1]!.norm)) end = k + 1;
      if (NOT_HEAD_AFTER.has(t[end + 1]?.norm ?? "")) continue;
      out.push(failure(a, w, t[end]!, "no/without + what patients need"));
      i = end;
      continue;
    }
    // "one registrar for 60 patients", "1 RN to 14 patients", "2 nurses for 28", "a single HCA covering two bays"
    if (FEW.has(w.norm)) {
      let k = i + 1;
      if (t[k]?.norm === "one" || t[k]?.norm === "two") k++; // "only one nurse"
      if (GRADE.has(t[k]?.norm ?? "")) k++; // "one registered midwife"
      const staff = t[k];
      if (!staff || staff.sentence !== w.sentence || !STAFF.has(staff.norm)) continue;
      let j = k + 1;
      if (t[j]?.norm === "of" && t[j + 1]?.norm === "staff") j += 2; // "one member of staff for..."
      if (!PER.has(t[j]?.norm ?? "")) continue;
      const count = t[j + 1];
      const load = t[j + 2];
      if (!count || !load || load.sentence !== w.sentence || !(count.kind === "number" || /^(?:two|three|four|five|six|ten|twenty|thirty|forty|fifty|sixty)$/.test(count.norm)) || !LOAD.has(load.norm)) continue;
      // a ratio worth saying is lopsided: "2 nurses for 28 patients", not "2 doctors for 3 theatres"
      if (count.kind === "number" && Number(count.norm) < 6) continue;
      out.push(failure(a, w, load, "one staff member for many patients"));
      i = j + 2;
    }
  }
  cache.set(a, out);
  return out;
}
