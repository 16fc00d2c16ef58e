import type { Analysis } from "../../analysis";
import { SERIOUSNESS } from "../../guidance/seriousness";
import { formIndex } from "../../lexicon";
import { defineRule } from "../../rule";
import { tokenize, type Token } from "../../text/tokenize";

/** Clinical roles a post or profile can claim. */
const ROLES = new Set([
  "doctor", "doctors", "doc", "dr", "gp", "consultant", "registrar", "reg", "sho", "fy1", "fy2", "f1", "f2", "medic", "physician", "surgeon", "anaesthetist", "anesthesiologist",
  "psychiatrist", "paediatrician", "pediatrician", "obstetrician", "gynaecologist", "radiologist", "dermatologist", "cardiologist", "oncologist", "neurologist", "intensivist", "pathologist",
  "spr", "str", "trainee", "geriatrician", "gp partner",
  "nurse", "midwife", "paramedic", "pharmacist", "physio", "physiotherapist", "md", "do", "rn", "houseman", "resident", "intern", "attending", "clinician",
]);
/** Post-nominal letters that say the holder is a registered clinician. */
const POST_NOMINALS = new Set(["mbbs", "mbchb", "mbbch", "bmbs", "mrcp", "mrcgp", "mrcs", "frcs", "frcp", "frca", "frcem", "frcog", "mrcog", "mrcpch", "frcr", "mrcpsych", "rgn", "rmn", "rn", "nmp"]);
/** Roles in running text are ambiguous alone ("a resident of Leeds", "as a doc"); these need "NHS"/"junior" or are plain. */
const WEAK_IN_TEXT = new Set(["resident", "intern", "attending", "reg", "do", "md", "rn", "doc", "dr", "clinician", "houseman"]);
const TITLES = new Set(["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sister", "nurse"]);
const ORGANISATION = new Set(["practice", "surgery", "clinic", "clinics", "hospital", "hospitals", "trust", "team", "centre", "center", "department", "service", "services", "pharmacy", "group", "partnership", "foundation", "association", "society", "college", "university"]);
/** Specialists: "gastroenterologist", "psychiatrist", "haematologist". */
const SPECIALIST = /(?:ologist|iatrist)s?$/;
const GLUE = /[_\d]/;
/** CamelCase display names ("TheSecretGP", "DrSarahJones") read as separate words. */
const CAMEL_LOWER_UPPER = /(\p{Ll})(\p{Lu})/gu;
const CAMEL_ACRONYM = /(\p{Lu}+)(\p{Lu}\p{Ll})/gu;
function splitCamel(name: string): string {
  return name.replace(CAMEL_LOWER_UPPER, "$1 $2").replace(CAMEL_ACRONYM, "$1 $2");
}
const NOT_NAME = new Set(["the", "a", "an", "secret", "nhs", "junior", "anonymous", "anon", "grumpy", "tired", "doc", "doctor", "gp", "nurse", "md", "official"]);

/** The first "as a GP", "I'm an NHS consultant", "I am a nurse" in the post. */
function selfIdentification(tokens: readonly Token[]): { start: number; end: number; role: string } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const opener = t.norm === "as" || t.norm === "i'm" || t.norm === "im" || (t.norm === "am" && tokens[i - 1]?.norm === "i");
    if (!opener || !(tokens[i + 1]?.norm === "a" || tokens[i + 1]?.norm === "an")) continue;
    for (let j = i + 2; j < Math.min(tokens.length, i + 6); j++) {
      const w = tokens[j]!;
      if (w.sentence !== t.sentence || w.kind === "punct") break;
      if (ROLES.has(w.norm) && !(WEAK_IN_TEXT.has(w.norm) && j === i + 2)) {
        const start = t.norm === "am" ? tokens[i - 1]!.start : t.start;
        return { start, end: w.end, role: w.text };
      }
    }
  }
  return undefined;
}

/** A role claimed by the profile: a role word or post-nominal in the display name or bio. */
function profileRole(tokens: readonly Token[]): string | undefined {
  for (const t of tokens) if (t.kind === "word" && (ROLES.has(t.norm) || POST_NOMINALS.has(t.norm) || SPECIALIST.test(t.norm)) && (!WEAK_IN_TEXT.has(t.norm) || (t.norm.length <= 3 && t.text === t.text.toUpperCase() && t.norm !== "do"))) return t.text;
  for (const t of tokens) if (t.kind === "word" && t.norm === "dr" && t.cap) return "doctor";
  return undefined;
}

/** "a GP", "an anaesthetist", "a doctor" (post-nominals and "Dr" read as "a doctor"). */
function withArticle(role: string): string {
  const norm = role.toLowerCase();
  if (POST_NOMINALS.has(norm) && !ROLES.has(norm)) return "a doctor";
  if (norm === "dr") return "a doctor";
  const word = role === role.toUpperCase() ? role : norm;
  return `${"aeio".includes(norm[0] ?? "") ? "an" : "a"} ${word}`;
}

/** A word standing on its own in the name: not glued to others by "_" or digits ("NHS_Reg_99"). */
function standalone(text: string, t: Token): boolean {
  return !GLUE.test(text[t.start - 1] ?? " ") && !GLUE.test(text[t.end] ?? " ");
}

/**
 * "full" for a personal name: a known first name or title followed by a capitalised word, or a
 * capitalised word followed by a known surname ("Priya Shah", "Dr Anneke Vries"); "partial" for
 * "Dr Jones" or "Sarah". In a display name a capitalised first name is strong evidence, so even
 * names that are also words ("Rob", "Will") count.
 */
function nameIn(text: string): "full" | "partial" | undefined {
  const first = formIndex("names-first");
  const surnames = formIndex("names-surnames");
  const words = tokenize(text).filter((t) => t.kind === "word" && t.cap && standalone(text, t));
  const candidate = (x: Token | undefined) => x !== undefined && !NOT_NAME.has(x.norm) && !ROLES.has(x.norm);
  let partial = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const adjacent = next !== undefined && next.start - w.end <= 2 && candidate(next);
    if (TITLES.has(w.norm)) {
      const third = words[i + 2];
      if (adjacent && third && third.start - next!.end <= 2 && candidate(third)) return "full";
      // "Dr Jones" is part of a name; "Dr Fluffy" is a pseudonym.
      if (adjacent && (surnames.has(next!.norm) || first.has(next!.norm))) partial = true;
      continue;
    }
    if (!candidate(w)) continue;
    const known = first.has(w.norm);
    if (adjacent && (known || surnames.has(next!.norm))) return "full";
    if (known) partial = true;
  }
  return partial ? "partial" : undefined;
}

/** The post speaks as a clinician: patients, care settings, conditions, medicines, teaching or advice. */
function professionalContent(a: Analysis): boolean {
  if (a.patientContext >= 0.3) return true;
  const kinds = ["clinical-setting", "condition", "ward-bed", "hospital"] as const;
  if (kinds.some((k) => a.of(k).length > 0)) return true;
  const lexicons = ["prescription-only-medicines", "clinical-slang", "care-disclosure", "advertising-claims", "cosmetic-procedures", "companies"];
  if (lexicons.some((l) => a.lexicon(l).length > 0)) return true;
  return a.teaching >= 0.3;
}

export default defineRule({
  meta: {
    id: "transparency/anonymity",
    severity: "warning",
    citations: ["gmc-sm:17", "gmc-sm:18", "seed-002:full-name"],
    seriousness: SERIOUSNESS.colleagueArgument,
    docs: {
      summary: "Presenting yourself as a doctor in public without giving your name",
      why: "Doctors' use of social media 17: if you identify yourself as a doctor in publicly accessible social media, you should also identify yourself by name, because material from people who present as doctors is taken on trust and read as the profession's view. Anonymous content can often be traced back to its author anyway (¶18).",
      fix: "Put your real name in your display name or bio (\"Dr Priya Shah, GP\"), or don't present yourself as a doctor on this account. Anonymous accounts are fine for posts that don't trade on being a doctor.",
      examples: {
        flagged: ["As a GP, I can tell you this winter is the worst I've seen."],
        passes: ["Lovely walk on the coast today 🌊", "Speaking as someone who waited nine hours in A&E last night: thank you to every nurse there."],
      },
    },
    messages: {
      anonymous: "You present yourself as {{role}} in a public post, but your profile (\"{{name}}\") does not give your name.",
      profileAnonymous: "Your profile presents you as {{role}} (\"{{name}}\") but does not give your name; public posts from it are read as a clinician's.",
      checkProfile: "You present yourself as {{role}} in a public post; make sure the profile you post from gives your name.",
      partialName: "Your profile name \"{{name}}\" may not be enough to identify you; the GMC asks for your name.",
    },
  },
  check({ analysis: a, report }) {
    if (!a.isPublic) return;
    const profile = a.context.profile;
    if (!profile) {
      // No profile to check: a gentle reminder when the post itself trades on being a doctor.
      const said = selfIdentification(a.tokens);
      if (said) report({ messageId: "checkProfile", range: [said.start, said.end], data: { role: withArticle(said.role) }, severity: "info", confidence: 0.3, explanation: { detectors: ["self-identification"], notes: ["no profile given"] } });
      return;
    }
    const displayName = splitCamel(profile.displayName ?? "");
    const nameTokens = tokenize(displayName);
    // An organisation's account (a practice, a trust, a team) speaks for the organisation, not a doctor.
    // (Unless the bio says the account is anonymous: "CalmMindsClinic", "Clinical psychologist | Anonymous".)
    const anonymousBio = tokenize(profile.bio ?? "").some((t) => t.norm === "anonymous" || t.norm === "anon");
    if (!anonymousBio && nameTokens.some((t) => ORGANISATION.has(t.norm))) return;
    const bioTokens = tokenize(profile.bio ?? "");
    const inText = selfIdentification(a.tokens);
    const role = inText?.role ?? profileRole(nameTokens) ?? profileRole(bioTokens);
    if (!role) return;
    const name = nameIn(displayName) ?? nameIn(profile.bio ?? "");
    if (name === "full") return;
    const shown = profile.displayName?.trim() || "no display name";
    const range: [number, number] = inText ? [inText.start, inText.end] : [0, 0];
    // ¶17's worry is material "taken on trust" as the profession's view: a post that draws on the
    // role (says it, or talks about patients, care, medicines, colleagues or health advice) warns;
    // a holiday photo from the same account is a reminder only.
    const professional = !!inText || professionalContent(a);
    report({
      messageId: name === "partial" ? "partialName" : inText ? "anonymous" : "profileAnonymous",
      range,
      data: { role: withArticle(role), name: shown },
      severity: name === "partial" || !professional ? "info" : "warning",
      confidence: name === "partial" ? 0.4 : inText ? 0.85 : 0.7,
      explanation: { detectors: ["profile", inText ? "self-identification" : "profile-role"], context: [{ word: role, effect: 1 }, { word: `name: ${name ?? "none"}`, effect: name ? -0.5 : 0 }] },
    });
  },
});
