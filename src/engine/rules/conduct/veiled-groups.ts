// Hostility to a group told without naming the claim outright (generalisation pass, dev8). GMC Good
// medical practice 56 and 65 (treat people fairly, without discrimination; conduct must justify the
// public's trust); Doctors' use of social media (do not post discriminatory content).
//  - the knowing hint: "you already know which religion it is", "guess which community...", and the
//    control trope "owned by the same... community", "same names, same families, same money": a group
//    left unnamed for the reader to supply, with a knowing or control cue;
//  - refusing care from someone for being in a group: "I wouldn't want a Muslim doctor treating my mum";
//  - the backhanded generalisation: "[group] are great until they...".
// Each shape starts at a word the post is first checked for; linear with bounded looks either side.
import type { Analysis } from "../../analysis";
import type { Span } from "../../types";
import { groupSpans } from "./stereotype";
import { nearTokens } from "./scope";

export interface Veiled { range: [number, number]; group: string; confidence: number; kind: string }

/** Nouns that stand for an unnamed group. */
const VEIL = new Set(["culture", "cultures", "community", "communities", "religion", "religions", "nationality", "nationalities", "ethnicity", "race", "background", "backgrounds", "lot", "tribe", "tribes", "names", "families", "surnames", "faith", "country", "countries", "heritage"]);
/** Knowing verbs before "which": the reader is to fill the group in. */
const KNOWING = new Set(["know", "knew", "guess", "guessed", "tell", "noticed", "notice", "imagine", "wonder", "wondering"]);
/** The control trope: ownership, money and seats of power held by "the same" people. */
const CONTROL = new Set(["owned", "own", "owns", "run", "runs", "running", "control", "controls", "controlled", "money", "sits", "sit", "council", "banks", "media", "behind", "funding", "funded", "pulling", "strings"]);
/** Health, research and advice words: a post about a community's health or about asking, not a jibe. */
const BENIGN = new Set(["rate", "rates", "risk", "risks", "screening", "inequality", "inequalities", "health", "outcomes", "access", "data", "prevalence", "uptake", "deprivation", "barriers", "research", "study", "ask", "assume", "learn", "learning", "respect", "sensitive", "celebrate", "celebrating", "proud", "welcome", "support", "serve", "served", "serving", "vaccine", "vaccination", "trust", "worries", "worry", "struggling", "struggle", "poverty", "hardship", "debt", "bills", "foodbank", "food", "cost"]);

/** Refusals by the author. */
const REFUSE_AFTER_NOT = new Set(["want", "trust", "let", "have", "accept"]);
const CARE_ROLES = new Set(["nurse", "doctor", "carer", "surgeon", "midwife", "gp", "physio", "hca", "consultant", "anaesthetist", "registrar", "reg", "paramedic", "dentist", "nurses", "doctors", "carers"]);
const NOT = new Set(["don't", "dont", "wouldn't", "wouldnt", "won't", "wont", "never", "not", "refuse"]);
const FIRST = new Set(["i", "i'd", "id", "i'll", "we", "we'd", "my", "me"]);

/** What a group meets rather than does: a barrier, someone else's prejudice, "we"/"us". */
const OBSTACLE = new Set(["ceiling", "barrier", "barriers", "discrimination", "racism", "sexism", "bias", "prejudice", "harassment", "system", "we", "us", "our", "abuse", "bullying"]);
/** Praise turned by "until": "are great until they...". */
const PRAISE = new Set(["great", "fine", "lovely", "brilliant", "good", "nice", "ok", "okay", "alright", "amazing", "wonderful", "fab", "fantastic", "grand"]);

export const VEIL_CUES = ["which", "same", "want", "until"];

export function veiledGroups(a: Analysis): Veiled[] {
  const out: Veiled[] = [];
  if (!a.hasAnyWord(VEIL_CUES)) return out;
  const veil = a.lexicon("group-proxies").length > 0; // a veil noun, or an identity word ("religion")
  const t = a.tokens;
  const benign = t.some((w) => BENIGN.has(w.norm));
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word") continue;
    if ((w.norm === "which" || w.norm === "same") && veil && !benign) {
      // the veil noun within two words, punctuation ("the same... community") skipped
      let noun: typeof w | undefined;
      let ellipsis = false;
      for (let k = i + 1, words = 0; k < t.length && words < 2 && (t[k]!.sentence === w.sentence || ellipsis); k++) {
        if (t[k]!.kind !== "word") { if (t[k]!.text.startsWith(".") || t[k]!.text === "\u2026") ellipsis = true; continue; }
        words++;
        if (VEIL.has(t[k]!.norm)) { noun = t[k]; break; }
      }
      if (!noun) continue;
      const near = nearTokens(a, w, 30);
      if (w.norm === "which") {
        if (!a.wordsBefore(w.start, 4).some((x) => KNOWING.has(x.norm))) continue;
        // "guess which family" needs a group noun proper: a family is a family
        out.push({ range: [w.start, noun.end], group: "a group left unnamed", confidence: 0.65, kind: "knowing hint" });
        continue;
      }
      // "same": the control trope, with a repetition or a pause for the reader to fill in
      const sames = near.filter((x) => x.norm === "same").length;
      // "money" is the trope only as a thing held ("same money"), not "money worries"
      const control = near.some((x, q) => CONTROL.has(x.norm) && (x.norm !== "money" || near[q + 1]?.kind !== "word"));
      if (!(sames >= 2 || ellipsis) || !control) continue;
      out.push({ range: [w.start, noun.end], group: "a group left unnamed", confidence: 0.65, kind: "control trope" });
      continue;
    }
    if (w.norm === "want" || w.norm === "trust" || w.norm === "accept") {
      // "I don't want a gay nurse doing...": the author refuses a carer for a group they are in
      const before = a.wordsBefore(w.start, 3);
      if (!REFUSE_AFTER_NOT.has(w.norm) || !before.some((x) => NOT.has(x.norm)) || !before.some((x) => FIRST.has(x.norm))) continue;
      const after = a.wordsAfter(w.end, 6);
      if (after[0]?.norm !== "a" && after[0]?.norm !== "an" && after[0]?.norm !== "any") continue;
      const role = after.findIndex((x) => CARE_ROLES.has(x.norm));
      if (role < 2) continue;
      if (after[role + 1]?.norm === "to") continue; // "I don't want a gay nurse to feel unwelcome"
      const from = after[1]!.start;
      const group = groupSpans(a).find((g) => g.start >= from && g.start < after[role]!.end && !SEX_ONLY.has(String(g.data?.term ?? g.text).toLowerCase()) && g.data?.category !== "sex");
      if (!group) continue;
      out.push({ range: [before.find((x) => NOT.has(x.norm))!.start, after[role]!.end], group: group.text, confidence: 0.7, kind: "care refused for a group" });
      continue;
    }
    if (w.norm === "until") {
      // "[group] are great until they...": praise withdrawn from a whole group
      const before = a.wordsBefore(w.start, 3);
      const praise = before[0];
      if (!praise || !PRAISE.has(praise.norm)) continue;
      const be = before[1];
      if (!be || (be.norm !== "are" && be.norm !== "were")) continue;
      const next = a.wordsAfter(w.end, 1)[0];
      if (!next || (next.norm !== "they" && next.norm !== "you")) continue;
      // "...until they hit the glass ceiling we keep building": an obstacle met, not a fault of the group
      if (a.wordsAfter(w.end, 12).some((x) => OBSTACLE.has(x.norm))) continue;
      const group = groupSpans(a).find((g: Span) => g.end <= be.start && be.start - g.end <= 2 && g.confidence >= 0.45);
      if (!group) continue;
      const end = a.wordsAfter(w.end, 6).at(-1)?.end ?? w.end;
      out.push({ range: [group.start, end], group: group.text, confidence: 0.7, kind: "praise until" });
    }
  }
  return out;
}
/** Sex alone: asking for a carer of one's own sex for intimate care is an accepted request. */
const SEX_ONLY = new Set(["male", "female", "man", "woman", "men", "women", "males", "females"]);
