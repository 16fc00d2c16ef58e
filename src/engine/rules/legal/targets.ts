// Who an allegation is about, beyond names: organisations written as one CamelCase word
// ("PharmaCorp"), the author's own organisation ("our trust", "the practice I worked at") and a
// role that only one person holds there ("our clinical director", "the CEO of our trust"): readers
// who know the author know who is meant. Also cues that the post means to identify someone
// ("named in the thread below", "name and shame"). Module-level sets only.
import type { Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";

/** Roles held by one person in an organisation. */
const UNIQUE_ROLES = new Set(["ceo", "chief", "director", "owner", "chair", "chairman", "chairwoman", "dean", "founder", "principal", "superintendent", "lead", "head", "boss"]);
/** Organisations an author belongs to: "our trust", "my practice", "the practice". */
const OWN_ORGS = new Set(["trust", "practice", "surgery", "hospital", "clinic", "pharmacy", "ccg", "icb", "board", "department", "unit", "hospice", "home", "agency", "deanery", "provider", "company", "firm"]);
const POSSESSIVE = new Set(["our", "my"]);
/** Singular roles that name one colleague ("my consultant", "our registrar", "my old boss"). */
const ONE_ROLE = new Set(["consultant", "registrar", "reg", "sho", "gp", "supervisor", "trainer", "boss", "manager", "matron", "partner", "locum", "surgeon", "anaesthetist", "ceo", "director", "lead", "colleague", "mentor", "es", "cs", "pharmacist", "dentist", "physio", "sister", "head", "principal", "dean", "chief", "doctor"]);
/** "named in the thread", "name and shame", "you know who you are": the post means to identify. */
const IDENTIFY: string[][] = [["named", "in"], ["name", "and", "shame"], ["naming", "and", "shaming"], ["you", "know", "who", "you", "are"], ["names", "in", "the"], ["names", "below"], ["name", "below"], ["will", "name"], ["i'll", "name"], ["you", "all", "know", "who"], ["we", "all", "know", "who"], ["you", "know", "who", "i", "mean"]];
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]+$/u;

export interface Target { text: string; weight: number; end: number }

/** CamelCase single-word names ("PharmaCorp", "MediGlow"), which read as a brand or company. */
export function camelCaseOrgs(a: Analysis): Target[] {
  const out: Target[] = [];
  // ("VitaPure's gummies": the possessive names the company too)
  for (const t of a.tokens) {
    if (t.kind !== "word" || t.text.length < 5) continue;
    const bare = /['\u2019]s$/.test(t.text) ? t.text.slice(0, -2) : t.text;
    if (bare.length >= 5 && CAMEL.test(bare)) out.push({ text: bare, weight: 0.85, end: t.end });
  }
  return out;
}

/**
 * A target the author's readers can identify through the author: a unique role in the author's own
 * organisation ("our clinical director", "the CEO of our trust": 0.85) or the organisation itself
 * ("our trust", "my old practice": 0.7). Searched in the sentence's tokens.
 */
export function ownOrgTarget(tokens: readonly Token[]): Target | undefined {
  const words = tokens.filter((t) => t.kind === "word");
  let org: Target | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (UNIQUE_ROLES.has(w.stem)) {
      // "our (surgical clinical) director", "the CEO of our trust"
      const before = words.slice(Math.max(0, i - 3), i);
      const after = words.slice(i + 1, i + 4);
      const mine = before.some((t) => POSSESSIVE.has(t.norm)) || (after[0]?.norm === "of" && after.slice(1).some((t) => POSSESSIVE.has(t.norm) || t.norm === "the") && after.slice(1).some((t) => OWN_ORGS.has(t.stem)));
      if (mine) return { text: `the ${w.text} (identifiable through you)`, weight: 0.85, end: w.end };
    }
    if (!org && OWN_ORGS.has(w.stem) && words.slice(Math.max(0, i - 2), i).some((t) => POSSESSIVE.has(t.norm))) org = { text: `your ${w.text}`, weight: 0.7, end: w.end };
    // "my consultant", "our old registrar", "our local GP practice manager": one colleague,
    // identifiable to everyone who knows the author (up to three modifiers, none of them "of")
    const mods = words.slice(Math.max(0, i - 4), i);
    const own = mods.findIndex((t) => POSSESSIVE.has(t.norm));
    if (!org && ONE_ROLE.has(w.stem) && own >= 0 && !mods.slice(own).some((t) => t.norm === "of" || t.norm === "and")) org = { text: `your ${w.text} (identifiable through you)`, weight: 0.8, end: w.end };
  }
  return org;
}

/** The post says it will identify the target, or already has ("named in thread below"). */
export function identifyCue(a: Analysis): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    for (const seq of IDENTIFY) {
      if (t[i]!.norm !== seq[0]) continue;
      let ok = true;
      for (let k = 1; k < seq.length && ok; k++) ok = t[i + k]?.norm === seq[k];
      if (ok) return true;
    }
  }
  return false;
}
