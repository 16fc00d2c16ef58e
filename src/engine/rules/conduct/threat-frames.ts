// Threats by shape, for conduct/threat: who is to be harmed, by whom, and how the harm is framed,
// rather than a list of stock phrases. Each frame is general English grammar:
//  - volition: the author as subject of a future or conditional ("I'll", "I'm gonna", "imma", "I'd",
//    "I swear I'll") + a verb of harm + a person, a body part or something of theirs as object ("I'll
//    break his nose", "gonna smack that smug reg", "I will ruin you", "I'll put your address on here");
//  - incitement: someone else asked or wished to do it ("someone needs to put that troll in the
//    ground", "wish someone would push that MP down the stairs");
//  - wishes: a hope or a "deserves" with a harm outcome for a person ("hope the man who attacked our
//    paramedic ends up in a wheelchair", "deserves a broken jaw", "hope your house burns down");
//  - consequence: what will happen to "you" ("you'll be leaving in an ambulance", "they'll need a
//    surgeon", "someone's getting hurt", "you won't be smiling when I find you");
//  - warning: "you'd better hope/pray/watch...", "(she) better pray I never see her";
//  - knowledge and exposure: "I know what car you drive", "posting his address below", an ultimatum
//    ("delete that or I'll report you to the GMC").
// Idioms are excluded by their objects ("killing it", "kill me", "shoot me a message", "I'll find you
// a bed", "break a leg") and by the frames themselves (nothing fires without a person to harm).
// One pass over the tokens with a bounded look either side; cached per post.
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { COLLEAGUE_WORDS } from "../shared";
import { reported } from "./scope";

export interface ThreatFrame { span: Span; confidence: number; category: "violence" | "wish-harm" | "intimidation"; detector: string }

/** Verbs of harm, with how plainly each means violence (weak ones need a menacing frame). */
const HARM = new Map<string, number>([
  ["kill", 0.8], ["murder", 0.85], ["stab", 0.85], ["knife", 0.8], ["shank", 0.85], ["shoot", 0.6], ["strangle", 0.85], ["throttle", 0.6], ["choke", 0.6], ["drown", 0.7],
  ["batter", 0.8], ["beat", 0.55], ["punch", 0.75], ["slap", 0.7], ["smack", 0.7], ["hit", 0.55], ["kick", 0.6], ["deck", 0.75], ["lamp", 0.75], ["chin", 0.6], ["thump", 0.75],
  ["headbutt", 0.8], ["glass", 0.6], ["bottle", 0.5], ["wallop", 0.7], ["twat", 0.6], ["floor", 0.5], ["flatten", 0.6], ["hurt", 0.65], ["harm", 0.65], ["injure", 0.7], ["maim", 0.85],
  ["knock", 0.45], ["break", 0.55], ["smash", 0.6], ["snap", 0.5], ["cut", 0.45], ["slit", 0.8], ["gut", 0.6], ["burn", 0.55], ["torch", 0.7], ["end", 0.6], ["destroy", 0.6], ["ruin", 0.55],
  ["finish", 0.4], ["bury", 0.55], ["rearrange", 0.6], ["run", 0.35], ["push", 0.4], ["throw", 0.4], ["poison", 0.8], ["suffocate", 0.85], ["hang", 0.6], ["lynch", 0.9],
  ["dox", 0.75], ["doxx", 0.75], ["expose", 0.4], ["post", 0.35], ["publish", 0.35], ["share", 0.3], ["leak", 0.45], ["report", 0.3], ["get", 0.3], ["find", 0.35], ["sort", 0.3],
  ["deal", 0.3], ["give", 0.3], ["come", 0.3], ["hunt", 0.55], ["track", 0.45], ["teach", 0.35], ["make", 0.3], ["put", 0.3], ["take", 0.25], ["visit", 0.3], ["wreck", 0.5], ["hospitalise", 0.85], ["hospitalize", 0.85],
]);
/** Inflected forms of the verbs above (and of those whose past is the same). */
const FORMS = new Map<string, string>();
for (const v of HARM.keys()) for (const f of [v, v + "s", v + "ed", v + "ing", v.endsWith("e") ? v.slice(0, -1) + "ing" : v + v.slice(-1) + "ing"]) if (!FORMS.has(f)) FORMS.set(f, v);
for (const [f, v] of [["beaten", "beat"], ["broke", "break"], ["broken", "break"], ["smashed", "smash"], ["stabbed", "stab"], ["stabbing", "stab"], ["shot", "shoot"], ["cutting", "cut"], ["hitting", "hit"], ["putting", "put"], ["ran", "run"], ["running", "run"], ["threw", "throw"], ["thrown", "throw"], ["took", "take"], ["got", "get"], ["getting", "get"], ["found", "find"], ["came", "come"], ["coming", "come"], ["made", "make"], ["hung", "hang"], ["slapped", "slap"], ["punched", "punch"], ["kicked", "kick"], ["decked", "deck"], ["battered", "batter"], ["knifed", "knife"], ["glassed", "glass"], ["dropped", "drop"]] as const) FORMS.set(f, v);

/** Future or conditional markers that carry the author as subject, or need "I"/"we" before them. */
const SELF_WILL = new Set(["i'll", "ill", "imma", "ima", "i'ma", "we'll", "i'd", "we'd", "ill"]);
const WILL = new Set(["will", "gonna", "going", "shall", "wanna", "want", "would", "could", "might", "gotta", "must"]);
const SUBJECT = new Set(["i", "we", "i'm", "im", "we're", "am"]);
/** Incitement subjects: someone other than the author is asked to do it. */
const OTHERS = new Set(["someone", "somebody", "anyone", "anybody", "people", "everyone", "everybody", "y'all", "yall", "lot"]);
const SHOULD = new Set(["should", "needs", "need", "ought", "has", "have", "wants", "must", "would", "could", "gotta", "will", "to"]);
/** Objects that are people. */
const PERSON_PRONOUN = new Set(["you", "u", "ya", "him", "her", "them", "em", "'em", "yourself", "ye", "yous", "youse", "whoever", "everyone", "anyone"]);
const POSSESSIVE = new Set(["your", "ur", "his", "her", "their", "yer"]);
const DETERMINER = new Set(["that", "this", "the", "these", "those", "said", "every", "each", "any", "all"]);
/** Nouns for people an object phrase can end in ("that smug reg", "the troll", "this clown"). */
const PERSON_NOUNS = new Set([
  "guy", "man", "woman", "bloke", "lad", "girl", "boy", "kid", "patient", "relative", "driver", "idiot", "prick", "troll", "trolls", "person", "people", "clown", "moron", "twat",
  "dickhead", "bastard", "cow", "bitch", "wanker", "tosser", "scumbag", "scum", "mp", "minister", "councillor", "protester", "protesters", "antivaxxer", "antivaxxers", "vaxxer",
  "campaigner", "reporter", "journalist", "neighbour", "husband", "wife", "ex", "boyfriend", "girlfriend", "family", "kids", "thief", "muppet", "jobsworth", "pillock", "git",
  "landlord", "owner", "boss", "client", "customer", "punter", "visitor", "teenager", "teen", "yob", "lout", "thug", "nurse", "doctor", "surgeon", "reg", "consultant",
  "drunk", "drunks", "junkie", "junkies", "druggie", "addict", "antivaxxer", "vaxxer", "racist", "bigot", "creep", "pervert", "nonce", "coward", "liar", "tory", "politician",
]);
/** Body parts and belongings whose harm is harm to their owner ("your face", "his car", "your career"). */
const BELONGINGS = new Set([
  "windscreen", "wing", "mirrors", "mirror", "tyre", "bike", "face", "head", "nose", "jaw", "teeth", "legs", "leg", "arms", "arm", "neck", "kneecaps", "kneecap", "ribs", "skull", "throat", "eyes", "eye", "fingers", "hands", "back", "spine",
  "car", "house", "home", "tyres", "windows", "door", "family", "kids", "children", "career", "life", "reputation", "livelihood", "marriage", "job", "registration", "licence",
  "address", "details", "number", "photos", "pictures", "messages", "dms", "location", "workplace",
]);
/** Objects after which the verb is ordinary ("kill it", "hit the gym", "shoot me a message", "end my shift"). */
const NOT_OBJECT = new Set(["it", "me", "myself", "us", "ourselves", "time", "this", "that", "a", "an", "some"]);
/** Words after "<verb> you" that make it an offer or a favour ("I'll find you a bed", "knock you up a tea"). */
const OFFER_AFTER = new Set(["a", "an", "some", "another", "one", "something", "anything", "more", "the", "through", "in", "back", "home", "later", "tomorrow", "soon", "when", "if", "after", "on"]);
/** Particles that make a weak verb harmful ("sort you out", "deal with you", "come for you", "hunt you down"). */
const WEAK_NEEDS = new Map<string, Set<string>>([
  ["sort", new Set(["out"])], ["deal", new Set(["with"])], ["come", new Set(["for", "after", "round"])], ["hunt", new Set(["down"])], ["track", new Set(["down"])],
  ["teach", new Set(["lesson"])], ["make", new Set(["pay", "suffer", "regret", "sorry", "hell", "bleed"])], ["put", new Set(["ground", "hospital", "coffin", "box", "grave", "wheelchair", "icu", "itu", "resus", "morgue", "under", "window", "wall"])],
  ["take", new Set(["outside", "out"])], ["run", new Set(["over", "down"])], ["push", new Set(["stairs", "off", "under", "down"])], ["throw", new Set(["off", "stairs", "window", "under"])],
  ["get", new Set(["you", "him", "her", "them"])], ["give", new Set(["slap", "punch", "smack", "kicking", "beating", "hiding", "thump", "kick", "clout", "wallop", "battering", "pasting", "shoeing", "leathering", "headbutt", "bullet", "bottle", "doing", "seeing"])], ["find", new Set(["you", "him", "her", "them"])], ["finish", new Set(["you", "him", "her", "them"])],
]);
/** Threats to report or expose count only inside an ultimatum or with a menacing sign-off. */
const EXPOSE = new Set(["expose", "post", "publish", "share", "leak", "report", "dox", "doxx", "send"]);
/** Cues that something is clinical or kind ("knock him out for the op", "cut down on", "break the news"). */
const BENIGN_AFTER = new Set(["for", "before", "so", "safely", "properly", "news", "fast", "record", "rules", "ice", "cycle", "habit", "bread", "down", "back", "lights", "mood", "gym", "road", "sack", "hay", "target", "button", "email", "message", "text", "line", "dm", "shot", "pic", "photo"]);

const isWord = (t: Token | undefined): boolean => !!t && (t.kind === "word" || t.kind === "number");

/** Up to n word tokens after index i in its sentence, as indices. */
function after(a: Analysis, i: number, n: number): number[] {
  const out: number[] = [];
  const t = a.tokens;
  for (let k = i + 1; k < t.length && out.length < n && t[k]!.sentence === t[i]!.sentence; k++) if (isWord(t[k]) || t[k]!.kind === "mention") out.push(k);
  return out;
}
function before(a: Analysis, i: number, n: number): number[] {
  const out: number[] = [];
  const t = a.tokens;
  for (let k = i - 1; k >= 0 && out.length < n && t[k]!.sentence === t[i]!.sentence; k--) {
    if (t[k]!.kind === "punct" && (t[k]!.text === "," || t[k]!.text === ":" || t[k]!.text === ";")) break;
    if (isWord(t[k])) out.push(k);
  }
  return out;
}

/**
 * The object of the verb at index v: a person ("you", "him", "that smug reg", "@x"), or a body part or
 * belonging of one ("his nose", "your career"). Returns the index the object ends at, or -1.
 */
function personObject(a: Analysis, v: number): { end: number; belonging: boolean } | undefined {
  const t = a.tokens;
  const next = after(a, v, 7);
  // skip a particle ("knock him out", "beat the shit out of", "put that troll in the ground")
  let k = 0;
  if (next[k] !== undefined && PARTICLES.has(t[next[k]!]!.norm)) k++;
  const o = next[k];
  if (o === undefined) {
    const m = t[v + 1];
    return m && m.kind === "mention" ? { end: v + 1, belonging: false } : undefined;
  }
  const w = t[o]!;
  if (w.kind === "mention") return { end: o, belonging: false };
  if (PERSON_PRONOUN.has(w.norm)) {
    const then = t[next[k + 1] ?? -1];
    // "find you a bed" is an offer; "put her through the window" is not (a place of harm follows within three words)
    // "give her a good kicking": the thing given is a blow
    const harmPlaceNext = next.slice(k + 2, k + 5).some((x) => HARM_PLACES.has(t[x]!.norm) || (FORMS.get(t[v]!.norm) === "give" && WEAK_NEEDS.get("give")!.has(t[x]!.norm)));
    if (then && OFFER_AFTER.has(then.norm) && (w.norm === "you" || w.norm === "u" || w.norm === "ya" || w.norm === "him" || w.norm === "her" || w.norm === "them") && !harmPlaceNext) return undefined;
    return { end: o, belonging: false };
  }
  if (POSSESSIVE.has(w.norm) || DETERMINER.has(w.norm)) {
    // "every finger you own", "each bone in his body": a part of the body counted out, then its owner
    if (EACH.has(w.norm)) {
      const part = next.slice(k + 1, k + 3).findIndex((x) => BODY_PARTS.has(t[x]!.norm));
      if (part >= 0) {
        const at = k + 1 + part;
        const owner = next.slice(at + 1, at + 4).some((x) => OWNER.has(t[x]!.norm));
        if (owner) return { end: next[at]!, belonging: true };
      }
    }
    // "your face", "his career", "that smug reg", "the troll in my mentions"
    for (let j = k + 1; j < next.length && j <= k + 4; j++) {
      const n = t[next[j]!]!;
      if (BELONGINGS.has(n.norm) && POSSESSIVE.has(w.norm)) {
        // "your home address": the last of a compound
        const then = next[j + 1] !== undefined ? t[next[j + 1]!]! : undefined;
        return { end: then && BELONGINGS.has(then.norm) ? next[j + 1]! : next[j]!, belonging: true };
      }
      if (PERSON_NOUNS.has(n.stem) || COLLEAGUE_WORDS.has(n.stem)) return { end: next[j]!, belonging: false };
    }
    return undefined;
  }
  if (NOT_OBJECT.has(w.norm)) return undefined;
  if (nameStarts(a).has(w.start)) return { end: o, belonging: false };
  return undefined;
}
const nameCache = new PostCache<Set<number>>();
/** Start offsets of names (person names, confident first names), once per post. */
function nameStarts(a: Analysis): ReadonlySet<number> {
  let v = nameCache.get(a);
  if (!v) {
    v = new Set<number>();
    for (const p of a.of("person-name")) v.add(p.start);
    for (const p of a.of("first-name")) if (p.confidence >= 0.5) v.add(p.start);
    nameCache.set(a, v);
  }
  return v;
}

/** Counting determiners and the body parts they count ("every finger you own", "every bone in your body"). */
const EACH = new Set(["every", "each", "all"]);
const BODY_PARTS = new Set(["finger", "fingers", "bone", "bones", "tooth", "teeth", "rib", "ribs", "limb", "limbs", "toe", "toes"]);
/** Words that give a counted body part its owner ("you own", "in your body", "of his"). */
const OWNER = new Set(["you", "your", "u", "ur", "his", "her", "their", "he", "she", "they", "yours"]);

/** Particles and prepositions between a verb and its person ("knock him out", "come for you", "go after him"). */
const PARTICLES = new Set(["up", "out", "down", "in", "for", "after", "round", "at", "over"]);

/** Where harm leaves someone ("in an ambulance", "in the ground", "in a wheelchair"). */
const HARM_PLACES = new Set(["window", "wall", "stretcher", "teeth", "straw", "crutches", "plaster", "ambulance", "ground", "hospital", "coffin", "box", "grave", "wheelchair", "icu", "itu", "resus", "morgue", "mortuary", "body", "bodybag", "pieces", "cast", "surgeon", "stitches", "traction", "neck", "brace", "casualty", "trolley", "corridor"]);

function span(a: Analysis, from: number, to: number, detector: string): Span {
  const t = a.tokens;
  return { type: "phrase", start: t[from]!.start, end: t[to]!.end, text: a.text.slice(t[from]!.start, t[to]!.end), confidence: 0, detector };
}

/** A menacing frame around index i: an ultimatum, a condition, a knife or a dare in its sentence or the next. */
function menacing(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const s = t[i]!.sentence;
  for (let k = Math.max(0, i - 14); k < t.length && k < i + 14 && t[k]!.sentence <= s + 1; k++) {
    if (t[k]!.sentence < s - 1) continue;
    const n = t[k]!.norm;
    if (ULTIMATUM.has(n) || (t[k]!.kind === "punct" && MENACE.has(t[k]!.text))) return true;
    if (n === "or" && (t[k + 1]?.norm === "else" || t[k + 1]?.norm === "i'll" || t[k + 1]?.norm === "i" || t[k + 1]?.norm === "we'll")) return true;
    if (n === "keep" && (t[k + 1]?.norm === "it" || (t[k + 1]?.norm.endsWith("ing") ?? false))) return true;
    if (n === "one" && t[k + 1]?.norm === "more") return true;
    // "a lesson he won't forget", "one you'll never forget"
    if (n === "forget" && (t[k - 1]?.norm === "won't" || t[k - 1]?.norm === "never" || t[k - 1]?.norm === "wont")) return true;
  }
  return false;
}
const ULTIMATUM = new Set(["unless", "otherwise", "delete", "retract", "withdraw", "warning", "warned", "choice", "else", "dare", "regret", "watch", "wait", "careful", "touch"]);
const MENACE = new Set(["\ud83d\udd2a", "\ud83d\ude08", "\ud83d\udde1\ufe0f", "\ud83d\udde1", "\ud83d\udc4a", "\ud83e\ude78", "\u26b0\ufe0f", "\u26b0", "\ud83d\udd2b", "\ud83d\udc80"]);

/** Damage to what is someone's ("hope ur car gets keyed", "hope his house gets torched"): harm only to another's things, never hoped away. */
const DAMAGE_WORDS = ["keyed", "vandalised", "vandalized", "torched", "egged", "stolen", "trashed", "wrecked"];
const DAMAGE = new Set(DAMAGE_WORDS);
const OWNED_BY_OTHER = new Set(["your", "ur", "yer", "his", "her", "their"]);
/** Outcomes that are harm when hoped for someone ("ends up in a wheelchair", "gets hit by a bus", "burns down"). */
const OUTCOME_WORDS = new Set(["poisoning", "painful", "agonising", "agonizing", "excruciating", "sacked", "fired", "homeless", "bankrupt", "broken", "smashed", "punched", "battered", "slashed", "kicked", "die", "dies", "died", "dead", "death", "suffer", "suffers", "rot", "rots", "burn", "burns", "choke", "chokes", "drown", "drowns", "paralysed", "paralyzed", "wheelchair", "coffin", "bodybag", "crippled", "maimed", "agony", "worse", "karma", "stabbed", "shot", "beaten", "hurt", "injured", "crash", "crashes", "bus", "lorry", "truck", "train", ...DAMAGE_WORDS]);
const HOPE = new Set(["hope", "hoping", "hopes", "wish", "wishing", "pray", "praying", "hopefully"]);
const WISH_VERB = new Set(["gets", "get", "ends", "end", "is", "are", "catches", "catch", "dies", "die", "suffers", "suffer", "rots", "rot", "burns", "burn", "chokes", "choke", "loses", "lose", "breaks", "break", "falls", "fall", "crashes", "crash", "drowns", "drown", "goes", "go", "has", "have", "wakes", "walks", "never", "enjoys", "enjoy"]);
/** Lengths of a wait: "hope she enjoys waiting 6 weeks for her next appointment" wishes delayed care. */
const DELAY_UNITS = new Set(["hours", "weeks", "months", "ages", "years", "days"]);
/** Kind hopes: "hope she gets better", "hope you all get some sleep". */
const KIND_OUTCOME = new Set(["better", "well", "home", "sorted", "help", "sleep", "rest", "answers", "bed", "through", "soon", "luck", "lucky", "sun", "there", "job", "place", "chance", "recovery", "treatment", "care", "support", "justice", "vaccinated", "jab", "seen", "right"]);

// Which frames a word can open (a bit set per word, built once).
const VERB = 1, WISH = 2, DESERVE = 4, WARN = 8, KNOW = 16, DOX_OPEN = 32, CONSEQUENCE = 64, LOCATOR = 128, WATCHED = 256, GET = 512, FIND = 1024, OMEN = 2048, ESCAPED = 4096, AFTERMATH = 8192, OWNED = 16384, CAREER = 32768, THROWN_OUT = 65536;
const ROLE = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number) => { for (const w of words) ROLE.set(w, (ROLE.get(w) ?? 0) | bit); };
mark(FORMS.keys(), VERB);
mark(HOPE, WISH);
mark(["deserves", "deserve", "deserved", "needs"], DESERVE);
mark(["better", "best"], WARN);
mark(["know", "knows", "found", "got", "have", "tracked", "traced"], KNOW);
mark(["posting", "here's", "sharing", "leaking", "dropping"], DOX_OPEN);
mark(["you'll", "they'll", "he'll", "she'll", "youll", "you", "they", "he", "she", "someone's", "somebody's", "someone", "somebody", "people", "waiting", "sure"], CONSEQUENCE);
mark(["workplace", "address", "school"], LOCATOR);
mark(["get", "gets", "getting"], GET);
mark(["find", "finds", "see"], FIND);
mark(["happens", "coming", "wish"], OMEN);
mark(["lucky", "grateful"], ESCAPED);
mark(["your", "ur", "their", "his", "her"], OWNED);
mark(["blood", "news", "prison", "jail", "crimewatch", "till", "until", "til"], AFTERMATH);
mark(["career", "career's", "careers"], CAREER);
mark(["going", "goes", "go"], THROWN_OUT);

/** Every frame in the post (cached). */
export function threatFrames(a: Analysis): readonly ThreatFrame[] {
  return scan(a).frames;
}
/**
 * Indexes of the tokens whose word conduct/threat asked to watch (watchWords), found by the same
 * single pass as the frames, so the rule's other word-triggered detectors need no pass of their own.
 */
export function watchedTokens(a: Analysis): readonly number[] {
  return scan(a).watched;
}
/** Words whose tokens watchedTokens() reports (set once, at module load, by conduct/threat). */
export function watchWords(words: Iterable<string>): void {
  for (const w of words) ROLE.set(w, (ROLE.get(w) ?? 0) | WATCHED);
}
const scanCache = new PostCache<{ frames: ThreatFrame[]; watched: number[] }>();
function scan(a: Analysis): { frames: ThreatFrame[]; watched: number[] } {
  let cached = scanCache.get(a);
  if (!cached) scanCache.set(a, (cached = computeFrames(a)));
  return cached;
}
function computeFrames(a: Analysis): { frames: ThreatFrame[]; watched: number[] } {
  {
    const out: ThreatFrame[] = [];
    const watched: number[] = [];
    const t = a.tokens;
    let locators = false;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!;
      if (w.kind !== "word") continue;
      // one look-up says which frames the word can open; most words open none
      const role = ROLE.get(w.norm);
      if (role === undefined) continue;
      if (role & WATCHED) watched.push(i);
      if (role & VERB) volitional(a, i, FORMS.get(w.norm)!, out);
      if (role & WISH) { wished(a, i, out); if (w.norm === "pray" || w.norm === "hope") imperativeHope(a, i, out); }
      if (role & DESERVE) deserved(a, i, out);
      if (role & WARN) warned(a, i, out);
      // "I know where...", or "Found your LinkedIn" opening a sentence with the author unstated
      if (role & KNOW && ((i > 0 && KNOWERS.has(t[i - 1]!.norm)) || (w.norm === "found" && (i === 0 || t[i - 1]!.kind === "punct")))) known(a, i, out);
      if (role & DOX_OPEN) doxxed(a, i, out);
      if (role & CONSEQUENCE) consequence(a, i, out);
      if (role & LOCATOR) locators = true;
      if (role & GET) gotHarm(a, i, out);
      if (role & FIND) { foundDamaged(a, i, out); if (w.norm === "find") { foundOutHow(a, i, out); willFind(a, i, out); } }
      if (role & CAREER) careerEnded(a, i, out);
      if (role & THROWN_OUT) thrownThrough(a, i, out);
      if (role & OMEN) ominous(a, i, out);
      if (role & ESCAPED) escaped(a, i, out);
      if (role & AFTERMATH) aftermath(a, i, out);
      if (role & OWNED) conditionalDamage(a, i, out);
    }
    if (locators) locatorList(a, out);
    if (out.length === 0) return { frames: out, watched };
    // a threat quoted in a warning ("texts saying 'we know where you live' are fake") is reported, not made
    return { frames: out.filter((f) => !a.isNegated(f.span) && !reportedSpeech(a, f.span) && !a.isQuoted(f.span)), watched };
  }
}

/** The author (or someone asked to) does harm to a person: "I'll break his nose", "someone needs to put that troll in the ground". */
function volitional(a: Analysis, i: number, verb: string, out: ThreatFrame[]): void {
  const t = a.tokens;
  // cheap gate before any allocation: someone who will do it, within five words before
  let marker = false;
  for (let k = i - 1, n = 0; k >= 0 && n < 6 && t[k]!.sentence === t[i]!.sentence; k--, n++) if (MARKERS.has(t[k]!.norm)) { marker = true; break; }
  if (!marker) return;
  const b = before(a, i, 5);
  // who does it: the author ("I'll", "imma", "I'm going to", "I swear I'd") or someone incited ("someone should")
  let start = -1;
  let incited = false;
  for (let k = 0; k < b.length; k++) {
    const n = t[b[k]!]!.norm;
    if (SELF_WILL.has(n)) {
      if (n === "ill" && t[b[k + 1] ?? -1] && ["feel", "look", "was", "is", "be", "been", "are", "very", "so", "fall", "fell", "became", "get", "got"].includes(t[b[k + 1]!]!.norm)) break;
      start = b[k]!; break;
    }
    if (WILL.has(n)) {
      const subj = t[b[k + 1] ?? -1];
      const subj2 = t[b[k + 2] ?? -1];
      if (subj && SUBJECT.has(subj.norm)) { start = b[k + 1]!; break; }
      if (subj && (subj.norm === "to" || subj.norm === "swear") && subj2 && SUBJECT.has(subj2.norm)) { start = b[k + 2]!; break; }
      if (n === "going" && subj && (subj.norm === "i'm" || subj.norm === "im" || subj.norm === "we're")) { start = b[k + 1]!; break; }
      if (subj && OTHERS.has(subj.norm)) { start = b[k + 1]!; incited = true; break; }
    }
    if (SHOULD.has(n)) {
      const subj = t[b[k + 1] ?? -1];
      if (subj && OTHERS.has(subj.norm)) { start = b[k + 1]!; incited = true; break; }
      const subj2 = t[b[k + 2] ?? -1];
      if (subj2 && OTHERS.has(subj2.norm) && subj && (subj.norm === "needs" || subj.norm === "ought" || subj.norm === "has" || subj.norm === "should" || subj.norm === "would")) { start = b[k + 2]!; incited = true; break; }
    }
    // "wish someone would push...", "I'd pay someone to..."
    if (OTHERS.has(n)) {
      const prev = t[b[k + 1] ?? -1];
      if (prev && (HOPE.has(prev.norm) || prev.norm === "pay")) { start = b[k + 1]!; incited = true; break; }
    }
    if (n === "gonna" && k === 0 && b.length === 1) { start = b[k]!; break; } // "gonna smack that smug reg" opening a post
    // "I'm coming for you": the progressive as a future
    if (k === 0 && (n === "i'm" || n === "im" || n === "we're") && t[i]!.norm.endsWith("ing")) { start = b[k]!; break; }
    if (!(ADVERB.has(n) || n === "to" || n === "swear" || n === "just" || n === "literally")) break;
  }
  if (start < 0) return;
  const obj = personObject(a, i);
  if (!obj) return;
  // the weak verbs need their harmful particle or place ("sort you out", "put him in the ground")
  const needs = WEAK_NEEDS.get(verb);
  const exposing = obj.belonging && WHEREABOUTS.has(t[obj.end]!.norm);
  if (needs && !exposing) {
    const tail = after(a, i, 7).map((k) => t[k]!.norm);
    if (!tail.some((n) => needs.has(n))) return;
  }
  const tail2 = after(a, obj.end, 2).map((k) => t[k]!.norm);
  // "I'll get you squeezed in", "get him seen today": a favour done for someone
  if (verb === "get" && tail2.length > 0 && FAVOUR.has(tail2[0]!)) return;
  if (tail2.length > 0 && BENIGN_AFTER.has(tail2[0]!) && !(tail2[0] === "for" && verb === "come")) {
    // "knock him out for the op", "I'll cut you down a dose"; "down the stairs" stays harm
    if (!(tail2[0] === "down" && (tail2[1] === "the" || tail2[1] === "a"))) return;
  }
  let confidence = HARM.get(verb)!;
  // a weak verb with its harmful particle or place is explicit ("put him in the ground", "run you over")
  if (needs && EXPLICIT_WITH_PARTICLE.has(verb)) confidence = Math.max(confidence, 0.6);
  // "put your home address on here": exposing someone's whereabouts
  const exposes = obj.belonging && WHEREABOUTS.has(t[obj.end]!.norm) && (EXPOSE.has(verb) || verb === "put");
  const isExpose = EXPOSE.has(verb) || exposes;
  // harm to a part of the body is plain ("knock your teeth out", "break your fingers")
  if (obj.belonging && BODY_HARM.has(verb) && BODY.has(t[obj.end]!.norm)) confidence = Math.max(confidence, 0.8);
  if (isExpose || confidence < 0.5) {
    // reporting, exposing, "I'll get you", "I'll find you": intimidation only inside an ultimatum or beside menace
    if (!menacing(a, i) && !(exposes && (verb === "post" || verb === "publish" || verb === "leak" || verb === "dox" || verb === "doxx"))) return;
    confidence = Math.max(confidence, 0.6);
  }
  out.push({ span: span(a, start, obj.end, "volition + harm + person"), confidence: incited ? Math.max(0.6, confidence - 0.05) : confidence, category: isExpose ? "intimidation" : incited ? "wish-harm" : "violence", detector: incited ? "someone incited to harm a person" : "first person + verb of harm + person" });
}
const FAVOUR = new Set(["squeezed", "seen", "booked", "sorted", "referred", "checked", "fixed", "in", "home", "started", "signed", "moved", "transferred", "scanned", "tested", "vaccinated", "covered"]);
/** Weak verbs that are plain harm once their particle or place is there. */
const EXPLICIT_WITH_PARTICLE = new Set(["put", "run", "push", "throw", "hunt", "track", "come", "take", "make", "give"]);
/** Belongings that locate or expose a person. */
const WHEREABOUTS = new Set(["address", "details", "number", "location", "workplace", "photos", "pictures", "messages", "dms"]);
/** Any word a volitional or incited frame needs before its verb. */
const MARKERS = new Set(["i'll", "ill", "imma", "ima", "i'ma", "we'll", "i'd", "we'd", "will", "gonna", "going", "shall", "wanna", "want", "would", "could", "might", "gotta", "must", "should", "needs", "need", "ought", "has", "have", "wants", "someone", "somebody", "anyone", "anybody", "people", "everyone", "everybody", "y'all", "yall", "lot", "i'm", "im", "we're"]);
const BODY_HARM = new Set(["break", "smash", "knock", "punch", "kick", "snap", "cut", "slit", "rearrange", "batter", "stab", "hit", "slap", "burn"]);
const ADVERB = new Set(["be", "really", "actually", "genuinely", "honestly", "seriously", "totally", "absolutely", "personally", "definitely", "probably", "happily", "gladly", "fucking", "bloody", "just", "literally", "so", "go", "come", "and", "then", "also", "soon", "gonna", "going", "to", "swear", "will", "i", "we", "i'm", "im"]);
const BODY = new Set(["finger", "bone", "bones", "tooth", "limb", "limbs", "face", "head", "nose", "jaw", "teeth", "legs", "leg", "arms", "arm", "neck", "kneecaps", "kneecap", "ribs", "skull", "throat", "eyes", "eye", "fingers", "hands", "back", "spine", "block", "lights"]);

/** "hope the man who attacked our paramedic ends up in a wheelchair", "hope your house burns down with you in it". */
function wished(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  let next = after(a, i, 26);
  // "hope that podcaster ends up...": "that" as the conjunction when a person noun follows it
  if (t[next[0] ?? -1]?.norm === "that" && next.length > 2 && (PERSON_NOUNS.has(t[next[1]!]!.stem) || COLLEAGUE_WORDS.has(t[next[1]!]!.stem) || t[next[2]!]!.norm === "who")) next = next.slice(1);
  if (next.length < 2) return;
  // the one harmed: the words before the verb of the wish; not the author ("hope I get..."), not "you all get some sleep"
  const subject = t[next[0]!]!;
  if (NOBODY.has(subject.norm)) return; // "hope nobody gets hurt"
  if (somethingBad(a, next, i, out)) return;
  if (subject.norm === "i" || subject.norm === "we" || subject.norm === "it" || subject.norm === "this" || subject.norm === "that" || subject.norm === "everyone" || subject.norm === "all") return;
  if (subject.norm === "you" && t[next[1]!]!.norm === "all") return;
  let v = -1;
  // the subject may carry a relative clause ("the influencer who's been harassing our nurses ends up...")
  const reach = next.slice(0, 4).some((k) => t[k]!.norm === "who" || t[k]!.norm === "who's" || t[k]!.norm === "that") ? 14 : 9;
  for (let k = 1; k < next.length && k <= reach; k++) if (WISH_VERB.has(t[next[k]!]!.norm)) { v = k; break; }
  if (v < 0) return;
  const outcome = next.slice(v, v + 14).map((k) => t[k]!);
  // a harm outcome, or a harm verb in the passive ("gets stabbed", "gets what's coming", "the same done to them")
  let hit = -1;
  for (let k = 0; k < outcome.length; k++) {
    const n = outcome[k]!.norm;
    if (OUTCOME_WORDS.has(n) || HARM_PLACES.has(n) || ((n === "run" || n === "knocked" || n === "mown") && (outcome[k + 1]?.norm === "over" || outcome[k + 1]?.norm === "down")) || (n === "same" && outcome.slice(k).some((x) => x.norm === "done")) || (n === "coming" && outcome[k - 1]?.norm === "what's") || (n === "waiting" && outcome.slice(k + 1, k + 4).some((x) => DELAY_UNITS.has(x.norm)))) { hit = k; break; }
  }
  if (hit < 0) return;
  if (DAMAGE.has(outcome[hit]!.norm)) {
    // another's things ("ur car", "his house", "the reg's car"), and not hoped away ("hope ur car doesn't get keyed")
    const owner = t[next[0]!]!;
    if (!(OWNED_BY_OTHER.has(owner.norm) || /['’]s$/.test(owner.text))) return;
    if (next.slice(0, v).some((k) => t[k]!.norm === "not" || t[k]!.norm === "never" || t[k]!.norm.endsWith("n't") || t[k]!.norm.endsWith("nt"))) return;
  }
  // a kind hope before the harm ("gets home safely and stays out of ICU"); after it, the kind word is part of the harm ("needing an ICU bed")
  if (outcome.slice(0, Math.max(0, hit - 2)).some((w) => KIND_OUTCOME.has(w.norm))) return;
  // "hope my patient never needs an ICU bed again": the harm hoped away; said to "you" it is the veiled threat of imperativeHope
  if (subject.norm !== "you" && subject.norm !== "u" && outcome.slice(0, hit).some((w) => w.norm === "never" || w.norm === "not" || w.norm.endsWith("n't"))) return;
  // "stays out of", "avoids", "never needs": the harm hoped away
  if (outcome.slice(0, hit).some((w, k) => AVERTED.has(w.norm) || (w.norm === "out" && STAY.has(outcome[k - 1]?.norm ?? "")))) return;
  // things wished to die ("hope this rota dies") are not people, unless theirs ("your house burns down")
  const subjectWords = next.slice(0, v).map((k) => t[k]!.norm);
  if (subjectWords.length > 0 && subjectWords.every((n) => THINGS.has(n) || DETERMINER.has(n) || n === "new" || n === "old")) return;
  const end = a.tokenIndexAt(outcome[hit]!.start);
  out.push({ span: span(a, i, end, "hope + person + harm outcome"), confidence: 0.7, category: "wish-harm", detector: "a hope or wish of harm for a person" });
}
const NOBODY = new Set(["nobody", "noone", "no-one", "no", "none", "neither", "nothing"]);
/** Bad things wished ("something terrible", "something slow and painful"). */
const BAD = new Set(["terrible", "awful", "horrible", "horrendous", "nasty", "painful", "slow", "bad", "dreadful", "agonising", "agonizing", "unpleasant"]);
/**
 * "wish something terrible would happen to the minister": something bad, happening to a person. "Hope
 * nothing bad happens to her" is kindness (nothing), and the harm must befall someone, not "to me".
 */
function somethingBad(a: Analysis, next: number[], i: number, out: ThreatFrame[]): boolean {
  const t = a.tokens;
  if (t[next[0]!]!.norm !== "something") return false;
  if (!next.slice(1, 4).some((k) => BAD.has(t[k]!.norm))) return false;
  const hap = next.slice(1, 7).findIndex((k) => t[k]!.norm === "happens" || t[k]!.norm === "happen" || t[k]!.norm === "befalls" || t[k]!.norm === "befall");
  if (hap < 0) return false;
  const h = 1 + hap;
  if (next.slice(1, h).some((k) => t[k]!.norm === "not" || t[k]!.norm === "never" || t[k]!.norm.endsWith("n't"))) return false;
  const to = t[next[h + 1] ?? -1];
  const who = t[next[h + 2] ?? -1];
  if (!who) return false;
  if (t[next[h]!]!.norm.startsWith("befall")) return false;
  if (to?.norm !== "to" || who.norm === "me" || who.norm === "us" || who.norm === "it" || who.norm === "myself") return false;
  const end = DETERMINER.has(who.norm) && next[h + 3] !== undefined ? next[h + 3]! : next[h + 2]!;
  out.push({ span: span(a, i, end, "something bad wished on a person"), confidence: 0.7, category: "wish-harm", detector: "wish something terrible happens to someone" });
  return true;
}
/** Words that hope a harm away ("stays out of ICU", "avoids hospital"). */
const AVERTED = new Set(["avoid", "avoids", "avoiding", "without", "escape", "escapes"]);
const STAY = new Set(["stay", "stays", "staying", "keep", "keeps", "keeping"]);
const THINGS = new Set(["rota", "rotas", "guidance", "policy", "plan", "system", "printer", "computer", "heat", "weather", "traffic", "pager", "shift", "week", "day", "night", "contract", "bill", "scheme", "app", "wifi", "it", "this", "that"]);

/** "deserves a broken jaw", "deserve to be punched", "deserves a good kicking". */
function deserved(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const next = after(a, i, 5);
  // "needs a slap", "needs a brick through his window": only blows and weapons, never verbs ("needs to break the news")
  if (t[i]!.norm === "needs") {
    if (t[next[0] ?? -1]?.norm !== "a" && t[next[0] ?? -1]?.norm !== "another") return;
    const k = next.slice(1, 3).find((x) => BLOWS.has(t[x]!.norm) || THROWN.has(t[x]!.norm));
    const b = before(a, i, 4).map((x) => t[x]!.norm);
    if (k === undefined || b.includes("i") || b.includes("it") || b.includes("this")) return;
    out.push({ span: span(a, i, k, "needs a blow"), confidence: 0.6, category: "wish-harm", detector: "someone needs a slap / a brick through the window" });
    return;
  }
  const b = before(a, i, 6);
  if (b.some((k) => t[k]!.norm === "i" || t[k]!.norm === "we")) return; // "I deserve a break"
  for (let k = 0; k < next.length; k++) {
    const n = t[next[k]!]!;
    const harm = FORMS.get(n.norm);
    if (HARM_NOUNS.has(n.norm) || (harm && (HARM.get(harm) ?? 0) >= 0.55 && (n.norm.endsWith("ed") || n.norm.endsWith("en") || n.norm === "shot" || n.norm === "hung" || t[next[k - 1] ?? -1]?.norm === "be" || t[next[k - 1] ?? -1]?.norm === "to"))) {
      out.push({ span: span(a, i, next[k]!, "deserves + harm"), confidence: 0.65, category: "wish-harm", detector: "deserves + harm" });
      return;
    }
  }
}
/** Things thrown through a window or at a person ("needs a brick through his window"). */
const THROWN = new Set(["brick", "bullet", "knife", "bottle", "slapping", "kicking", "beating", "hiding", "punch", "smack"]);
const HARM_NOUNS = new Set(["kicking", "beating", "slap", "punch", "smack", "hiding", "thrashing", "bullet", "stabbing", "broken", "battering", "doing", "leathering", "pasting", "shoeing", "die", "death", "suffer", "suffering", "pain", "hurt"]);

/** "pray you never end up on my table", "hope you never need an ambulance in my patch": an imperative whose menace is the author's power. */
function imperativeHope(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const b = before(a, i, 1);
  if (b.length > 0 && !(t[b[0]!]!.norm === "just" || t[b[0]!]!.norm === "better" || t[b[0]!]!.norm === "best")) return;
  const next = after(a, i, 10).map((k) => t[k]!);
  if (!next[0] || !(next[0].norm === "you" || next[0].norm === "he" || next[0].norm === "she" || next[0].norm === "they" || next[0].norm === "that")) return;
  if (!next.slice(1, 3).some((w) => w.norm === "never" || w.norm === "don't" || w.norm === "dont")) return;
  const mine = next.findIndex((w, k) => k >= 2 && (w.norm === "my" || w.norm === "i" || w.norm === "i'm" || w.norm === "im"));
  if (mine < 0) return;
  out.push({ span: span(a, i, a.tokenIndexAt(next[Math.min(next.length - 1, mine + 1)]!.start), "imperative hope + the author's power"), confidence: 0.6, category: "intimidation", detector: "pray you never end up on my table" });
}

/** Property that gets damaged to get at its owner ("your tyres", "his windscreen"). */
const PROPERTY = new Set(["car", "tyres", "tyre", "tires", "tire", "windscreen", "windows", "paintwork", "bike", "motorbike", "locker", "mirrors", "brakes", "brake"]);
const MODAL = new Set(["might", "may", "could", "will", "would", "'ll", "won't", "wont", "gonna", "mysteriously", "suddenly", "accidentally"]);
/**
 * "Keep it up and your tyres might find the car park a bit sharper", "Park in my bay again and your
 * windscreen could have an accident": a condition on someone's conduct (keep it up / carry on / again
 * / one more) joined by "and" to what may happen to their property. The veiled harm is the shape
 * itself: no harm word is needed. "Keep it up and your career will fly" is not property.
 */
function conditionalDamage(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const prev = t[i - 1];
  if (!prev || prev.norm !== "and" || prev.sentence !== t[i]!.sentence) return;
  const nx = after(a, i, 4);
  const thing = t[nx[0] ?? -1];
  if (!thing || !PROPERTY.has(thing.norm)) return;
  const modal = nx.slice(1, 4).find((k) => MODAL.has(t[k]!.norm) || t[k]!.norm.endsWith("'ll"));
  if (modal === undefined) return;
  // the condition: "keep it up", "carry on", "keep parking there", "... again", "one more (time)" before "and"
  const b = before(a, i - 1, 8).map((k) => t[k]!.norm);
  const cond = b[0] === "again" || b[0] === "up" && b.slice(1, 3).includes("keep") || b.slice(0, 8).some((n, k) => (n === "keep" && (b[k - 1] === "it" || (b[k - 1]?.endsWith("ing") ?? false))) || (n === "carry" && b[k - 1] === "on") || (n === "one" && b[k - 1] === "more") || n === "again");
  if (!cond) return;
  // the author's own property ("do that again and my car will break down") is not a threat: "your/their/his/her" only
  out.push({ span: span(a, i - 1, modal, "a condition, then harm to their property"), confidence: 0.6, category: "intimidation", detector: "keep it up and your tyres might..." });
}

/** "you'd better hope...", "(that manager) better pray I never see her". */
function warned(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const next = after(a, i, 2);
  const n = t[next[0] ?? -1]?.norm;
  if (!n || !WARN_VERBS.has(n)) return;
  if (n === "watch" && !WATCH_OBJ.has(t[next[1] ?? -1]?.norm ?? "")) return;
  let b = before(a, i, 2);
  let subjTok = t[b[0] ?? -1];
  // "the reg who reported me to the college better watch their back": the subject carries a relative
  // clause; the warned one is the person noun before its "who" (the clause has no subject of its own)
  const had = subjTok?.norm === "had" ? 1 : 0;
  const real = t[b[had] ?? -1];
  if (real && !(WARNED.has(real.norm) || COLLEAGUE_WORDS.has(real.stem) || PERSON_NOUNS.has(real.stem) || SELF_WILL.has(real.norm) || real.norm === "i" || real.norm === "we") && t[i]!.norm === "better") {
    const back = before(a, i, 10 + had);
    const who = back.findIndex((k) => t[k]!.norm === "who" || t[k]!.norm === "who's");
    const head = who > 0 ? t[back[who + 1] ?? -1] : undefined;
    if (head && (COLLEAGUE_WORDS.has(head.stem) || PERSON_NOUNS.has(head.stem) || head.norm === "whoever")) { subjTok = head; b = [back[who + 1]!]; }
  }
  const subj = subjTok?.norm;
  // the one warned is a person: "you('d) better", "he better", "that manager better" (not "the best sleep")
  if (!subjTok || !(WARNED.has(subjTok.norm) || COLLEAGUE_WORDS.has(subjTok.stem) || PERSON_NOUNS.has(subjTok.stem) || nameStarts(a).has(subjTok.start))) return;
  if (t[i]!.norm === "best" && !(subj === "you'd" || subj === "you" || subj === "youd")) return;
  // "you'd better believe" is not here; "we'd better hope the weather holds" is the author's own worry
  if (subj === "we'd" || subj === "i'd" || subj === "we" || subj === "i" || subj === "had" && (t[b[1] ?? -1]?.norm === "we" || t[b[1] ?? -1]?.norm === "i")) return;
  if (!subj) return;
  if ((n === "hope" || n === "pray") && !after(a, next[0]!, 10).some((k) => ["i'm", "im", "i", "never", "not", "i'll", "we", "we're", "my", "our"].includes(t[k]!.norm))) return;
  out.push({ span: span(a, b[b.length - 1] ?? i, next[0]!, "better + warning"), confidence: 0.6, category: "intimidation", detector: "a warning: better hope / pray / watch" });
}
const WATCH_OBJ = new Set(["your", "out", "yourself", "himself", "herself", "themselves", "his", "her", "their", "it"]);
const WARNED = new Set(["you'd", "youd", "you", "u", "ya", "he'd", "she'd", "they'd", "he", "she", "they", "had", "you've"]);
const WARN_VERBS = new Set(["hope", "pray", "watch", "run", "hide", "sleep", "lawyer", "pack"]);

/** "I know what car you drive", "I've found your address", "we know which school your kids go to". */
function known(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const b = before(a, i, 2);
  const subj = t[b[0] ?? -1]?.norm;
  // the author knows, or will see to it that everyone knows ("I'll make sure everyone knows where you live")
  const broadcast = (subj === "everyone" || subj === "everybody" || subj === "people" || subj === "world" || subj === "internet") && before(a, i, 6).some((k) => t[k]!.norm === "sure" || t[k]!.norm === "i'll" || t[k]!.norm === "will" || t[k]!.norm === "soon");
  // "Found your LinkedIn, your employer...": the author, unstated, at the head of the sentence
  const implied = b.length === 0 && t[i]!.norm === "found";
  if (!(implied || broadcast || subj === "i" || subj === "we" || subj === "i've" || subj === "ive" || subj === "we've" || (subj === "have" && t[b[1] ?? -1]?.norm === "i"))) return;
  let next = after(a, i, 10).map((k) => t[k]!);
  // "I know exactly which school your kids go to"
  while (next.length > 0 && (next[0]!.norm === "exactly" || next[0]!.norm === "precisely" || next[0]!.norm === "full" || next[0]!.norm === "well" || next[0]!.norm === "down")) next = next.slice(1);
  if (next.length === 0) return;
  const first = next[0]!.norm;
  if (!(first === "where" || first === "what" || first === "which" || first === "when" || first === "who" || POSSESSIVE.has(first))) return;
  // about another person, and something that locates them
  const other = next.findIndex((w) => w.norm === "you" || w.norm === "you're" || w.norm === "youre" || w.norm === "he's" || w.norm === "she's" || w.norm === "your" || w.norm === "ur" || w.norm === "he" || w.norm === "she" || w.norm === "his" || w.norm === "they" || w.norm === "their");
  const hisHer = next.some((w) => w.norm === "her" || w.norm === "his");
  // "which gym the porters on nights use": a group located, menacing only with a sign-off ("Sleep tight.") or a threat nearby
  const group = other < 0 && !hisHer && next.slice(1, 6).some((w) => PERSON_NOUNS.has(w.stem) || COLLEAGUE_WORDS.has(w.stem) || w.norm === "lot" || w.norm === "crew");
  if (other < 0 && !hisHer && !group) return;
  if (group && !signOff(a, i) && !menacing(a, i)) return;
  // "I know what you mean about nights": knowing a thought, not a whereabouts
  if (next.slice(1, 3).some((w) => THOUGHT.has(w.norm))) return;
  // the whereabouts a few words after "where/what/which" ("who you are and where you work")
  const wh = next.findIndex((w) => w.norm === "where" || w.norm === "which" || w.norm === "what" || w.norm === "when" || POSSESSIVE.has(w.norm));
  const loc = wh < 0 ? -1 : next.findIndex((w, k) => k > wh && k <= wh + 4 && LOCATORS.has(w.norm));
  if (loc < 0) return;
  // where someone works or drinks is colleagues' small talk ("found your workplace on the staff
  // directory, welcome!"); it menaces said to someone singled out, or with a calm sign-off or menace
  if (SOCIAL_LOCATORS.has(next[loc]!.norm) && !singledOut(a, i) && !signOff(a, i) && !menacing(a, i)) return;
  // "found her on Instagram and sent her a message... we've been chatting": a profile found to make
  // friends is a boundary question (boundaries/patient-relationship), not intimidation
  if (ONLINE.has(next[loc]!.norm) && t[i]!.norm === "found" && friendlySequel(a, i) && !signOff(a, i) && !menacing(a, i)) return;
  out.push({ span: span(a, b[0] ?? i, a.tokenIndexAt(next[loc]!.start), "knowledge of where someone is"), confidence: 0.65, category: "intimidation", detector: "I know where/what + someone's whereabouts" });
}
const THOUGHT = new Set(["mean", "meant", "think", "thought", "feel", "felt", "say", "said", "need", "needed", "want", "wanted", "like", "liked", "do", "did", "means", "thinks", "feels", "says", "needs", "wants", "likes", "does", "going", "re"]);
const KNOWERS = new Set(["i", "we", "i've", "ive", "we've", "have", "also", "now", "already", "literally", "even", "everyone", "everybody", "people", "world", "internet"]);
/** Locators that are also small talk among colleagues (where someone works or drinks). */
/** Online profiles, and the friendly follow-ups that make finding one a social approach. */
const ONLINE = new Set(["instagram", "facebook", "linkedin", "profile", "socials", "tiktok", "twitter"]);
const FRIENDLY = new Set(["request", "requested", "message", "messaged", "chatting", "chatted", "nice", "lovely", "friend", "followed", "follow", "dinner", "coffee", "drink", "date", "bonded", "meet", "meeting"]);
function friendlySequel(a: Analysis, i: number): boolean {
  return after(a, i, 24).some((k) => FRIENDLY.has(a.tokens[k]!.norm));
}
const SOCIAL_LOCATORS = new Set(["town", "city", "area", "village", "estate", "look", "looks", "workplace", "office", "pub", "drink", "drinks", "bar", "employer", "work", "works", "gym"]);
const LOCATORS = new Set(["town", "city", "area", "village", "estate", "look", "looks", "workplace", "office", "pub", "drink", "drinks", "bar", "linkedin", "facebook", "instagram", "employer", "profile", "socials", "manager", "live", "lives", "work", "works", "park", "parks", "drive", "drives", "sleep", "sleeps", "finish", "finishes", "shift", "shifts", "kids", "children", "school", "car", "house", "home", "address", "reg", "plate", "route", "gym", "wife", "husband", "family", "mum", "daughter", "son", "walk", "commute", "street", "postcode", "practice"]);

/** "posting his address and number below", "here's her home address". */
function doxxed(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const next = after(a, i, 5).map((k) => t[k]!);
  if (!next[0] || !(POSSESSIVE.has(next[0].norm) || next[0].norm === "the")) return;
  const hit = next.slice(1).find((w) => DOX.has(w.norm));
  if (!hit) return;
  if (next[0].norm === "the" && !next.some((w) => w.norm === "home")) return;
  // "everyone's sharing their dealer's number": what others pass round, reported, is not the author posting it
  if (OTHER_SHARERS.has(a.wordsBefore(t[i]!.start, 1)[0]?.norm ?? "")) return;
  out.push({ span: span(a, i, a.tokenIndexAt(hit.start), "sharing someone's whereabouts"), confidence: 0.65, category: "intimidation", detector: "posting someone's address or details" });
}
const OTHER_SHARERS = new Set(["everyone's", "everyones", "everybody's", "people", "people's", "they're", "theyre", "they", "everyone", "everybody"]);
const DOX = new Set(["address", "addresses", "number", "details", "workplace", "location", "postcode", "reg", "school"]);

/** "Name, workplace, kids' school.": a list of someone's whereabouts, as found or about to be shared. */
function locatorList(a: Analysis, out: ThreatFrame[]): void {
  const t = a.tokens;
  let run = 0;
  let first = -1;
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (w.kind === "punct" && (w.text === "," || w.text === "-" || w.text === "'" || w.text === "\u2019")) continue;
    if (isWord(w) && (LIST_LOCATORS.has(w.norm) || (w.norm === "and" && run > 0) || (run > 0 && (w.norm === "kids" || w.norm === "kids'" || w.norm === "home")))) {
      if (LIST_LOCATORS.has(w.norm)) { if (run === 0) first = k; run++; }
      if (run >= 3) { out.push({ span: span(a, first, k, "a list of someone's whereabouts"), confidence: 0.45, category: "intimidation", detector: "a list of name, address, workplace..." }); return; }
      continue;
    }
    run = 0;
  }
}
const LIST_LOCATORS = new Set(["name", "address", "workplace", "school", "number", "reg", "car", "postcode", "employer", "phone", "home", "kids", "family"]);

/** "you'll be leaving in an ambulance", "they'll need a surgeon", "someone's getting hurt", "it won't be pretty". */
function consequence(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const w = t[i]!;
  const n = w.norm;
  if (n === "you'll" || n === "they'll" || n === "he'll" || n === "she'll" || n === "youll" || ((n === "you" || n === "they" || n === "he" || n === "she") && (t[i + 1]?.norm === "will" || t[i + 1]?.norm === "won't" || t[i + 1]?.norm === "wont"))) {
    const next = after(a, i, 7).map((k) => t[k]!);
    const verbs = next.slice(0, 3).map((x) => x.norm);
    if (verbs.includes("need") || verbs.includes("be") || verbs.includes("end") || verbs.includes("leave") || verbs.includes("wake") || verbs.includes("go") || verbs.includes("leaving") || verbs.includes("going")) {
      // "through the window", "against a wall"; not "the bed by the window"
      let place = next.find((x, k) => HARM_PLACES.has(x.norm) && !((x.norm === "window" || x.norm === "wall") && !next.slice(Math.max(0, k - 3), k).some((p) => THROUGH.has(p.norm))));
      // "if he comes near my ward again he'll be leaving in one of our beds": a bed one leaves in is harm when the condition is about the author's ground
      if (!place && (verbs.includes("leaving") || verbs.includes("leave")) && conditionalBefore(a, i) && aboutAuthor(a, i)) place = next.find((x) => BEDS.has(x.norm));
      // "if I find you, you'll need the department yourselves": care for the one the author hunts
      if (!place && huntedBefore(a, i) && next.some((x) => x.norm === "yourself" || x.norm === "yourselves" || x.norm === "himself" || x.norm === "herself" || x.norm === "themselves")) place = next.find((x) => CARE_PLACES.has(x.norm));
      if (place && !HARM_PLACES.has(place.norm)) {
        out.push({ span: span(a, i, a.tokenIndexAt(place.start), "a consequence of harm"), confidence: 0.65, category: "intimidation", detector: "if I find you, you'll be a patient yourself / leave in one of our beds" });
        return;
      }
      // "you'll need a surgeon" is clinical advice when said to a patient; the menace is the frame ("if I ever meet...")
      if (place && (menacing(a, i) || conditionalBefore(a, i))) {
        out.push({ span: span(a, i, a.tokenIndexAt(place.start), "a consequence of harm"), confidence: 0.65, category: "intimidation", detector: "you'll end up in hospital / need a surgeon" });
        return;
      }
    }
    if (verbs[0] === "won't" || verbs[0] === "wont" || verbs[1] === "won't" || verbs[1] === "wont" || n.endsWith("'ll") && verbs[0] === "not") {
      if (next.some((x) => x.norm === "smiling" || x.norm === "laughing" || x.norm === "walking" || BRAVADO.has(x.norm)) && next.some((x) => x.norm === "when" || x.norm === "after")) {
        out.push({ span: span(a, i, a.tokenIndexAt(next[Math.min(next.length - 1, 3)]!.start), "a consequence"), confidence: 0.6, category: "intimidation", detector: "you won't be smiling when..." });
      }
    }
    return;
  }
  // "I'll make sure he leaves in an ambulance": the author sees to someone's harm
  if (n === "sure" && (t[i - 1]?.norm === "make" || t[i - 1]?.norm === "making")) {
    const nx = after(a, i, 8).map((k) => t[k]!);
    // "make sure he needs a bed in my ED": a bed in the author's own department is where the harm lands
    const place = nx.find((x) => HARM_PLACES.has(x.norm)) ?? nx.find((x, k) => BEDS.has(x.norm) && (nx[k + 1]?.norm === "in" || nx[k + 1]?.norm === "on") && (nx[k + 2]?.norm === "my" || nx[k + 2]?.norm === "our") && CARE_PLACES.has(nx[k + 3]?.norm ?? ""));
    // the author's will, here or opening the clause joined by "and" ("I'll find the attendant and make sure...")
    const mine = before(a, i, 3).some((k) => t[k]!.norm === "i'll" || t[k]!.norm === "i" || t[k]!.norm === "we'll" || t[k]!.norm === "ill")
      || (t[i - 2]?.norm === "and" && before(a, i, 10).some((k) => t[k]!.norm === "i'll" || t[k]!.norm === "we'll"));
    if (place && mine && nx.some((x) => x.norm === "leaves" || x.norm === "leave" || x.norm === "goes" || x.norm === "ends" || x.norm === "end" || x.norm === "needs")) {
      out.push({ span: span(a, i - 1, a.tokenIndexAt(place.start), "seeing to someone's harm"), confidence: 0.65, category: "violence", detector: "I'll make sure he leaves in an ambulance" });
    }
    return;
  }
  // "someone's getting hurt", "somebody is going to get hurt"
  if (n === "someone's" || n === "somebody's" || ((n === "someone" || n === "somebody" || n === "people") && (t[i + 1]?.norm === "is" || t[i + 1]?.norm === "will" || t[i + 1]?.norm === "are"))) {
    const next = after(a, i, 5).map((x) => t[x]!);
    const hurt = next.find((x) => x.norm === "hurt" || x.norm === "killed" || x.norm === "stabbed" || x.norm === "punched" || x.norm === "smacked" || x.norm === "decked" || x.norm === "injured");
    if (hurt && next.some((x) => x.norm === "getting" || x.norm === "get" || x.norm === "gonna")) {
      const b = before(a, i, 12).map((k) => t[k]!.norm);
      // "someone is going to get hurt on that staircase" is a safety worry: the menace needs the author's anger or a condition
      if (b.includes("i'm") || b.includes("swear") || b.includes("if") || b.includes("or") || b.includes("and") || menacing(a, i)) out.push({ span: span(a, i, a.tokenIndexAt(hurt.start), "someone will get hurt"), confidence: 0.6, category: "intimidation", detector: "someone's getting hurt" });
    }
    return;
  }
  // "I'll be waiting 🔪": the wait ends the sentence, and a weapon follows it
  if (n === "waiting" && t[i - 1]?.norm === "be" && ["i'll", "ill", "will"].includes(t[i - 2]?.norm ?? "") && !isWord(t[i + 1])) {
    for (let k = i + 1; k < t.length && k <= i + 3 && !isWord(t[k]); k++) if (t[k]!.kind === "punct" && WEAPON_EMOJI.has(t[k]!.text)) { out.push({ span: span(a, i - 2, i, "waiting, with a weapon"), confidence: 0.65, category: "intimidation", detector: "I'll be waiting + a weapon emoji" }); return; }
  }
  // "it won't be pretty", "I'll be waiting for you after your shift", "when I find you"
  if ((n === "waiting" && t[i - 1]?.norm === "be" && ["i'll", "ill", "will"].includes(t[i - 2]?.norm ?? "") && (t[i + 1]?.norm === "for" && (t[i + 2]?.norm === "you" || t[i + 2]?.norm === "him" || t[i + 2]?.norm === "her")))) {
    const tail = after(a, i, 6).map((k) => t[k]!.norm);
    if (tail.some((x) => x === "after" || x === "outside" || x === "park" || x === "car") || menacing(a, i)) out.push({ span: span(a, i - 2, i + 2, "waiting for you"), confidence: 0.55, category: "intimidation", detector: "I'll be waiting for you (outside, after your shift)" });
  }
}

/**
 * "The next relative who screams at my nurses is going to find out how quickly I can move": someone
 * singled out for a wrong to the author's people or things is to find out how fast or hard something
 * comes, the author included. "The next patient who asks will find out how long the wait is" names no
 * force, and "the next F1 who asks will find out how quickly I teach" no wrong: both pass.
 */
function foundOutHow(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  if (t[i + 1]?.norm !== "out" || t[i + 2]?.norm !== "how") return;
  const b = before(a, i, 4).map((k) => t[k]!.norm);
  if (!b.some((n) => n === "going" || n === "gonna" || n === "will" || n === "you'll" || n === "they'll" || n === "he'll" || n === "she'll")) return;
  // a force after "how" ("quickly", "hard"), and the author somewhere in what follows
  let force = -1;
  let author = false;
  for (let k = i + 3; k < t.length && k <= i + 16 && t[k]!.sentence <= t[i]!.sentence + 1; k++) {
    if (force < 0 && FORCE.has(t[k]!.norm)) force = k;
    if (t[k]!.norm === "i" || t[k]!.norm === "i'll" || t[k]!.norm === "me") author = true;
  }
  if (force < 0 || !author) return;
  // the one who finds out is singled out ("the next relative who...", "whoever...", "anyone who...")
  // ...for a wrong done to the author's people or things ("who shouts at my HCAs", "who nicks my milk")
  let singled = false;
  let wronged = false;
  for (let k = i - 1, n = 0; k >= 0 && n < 20 && t[k]!.sentence === t[i]!.sentence; k--, n++) {
    const w = t[k]!.norm;
    if (w === "my" || w === "our") wronged = true;
    if (w === "whoever" || (w === "who" && t.slice(Math.max(0, k - 4), k).some((x) => x.norm === "next" || x.norm === "anyone" || x.norm === "any"))) { singled = true; break; }
  }
  if (!singled || !wronged) return;
  out.push({ span: span(a, i, force, "finding out how fast"), confidence: 0.6, category: "intimidation", detector: "the next one who... will find out how quickly I can" });
}
/**
 * The author vows to locate or unmask someone: "I will find where you live", "I'll find out who you
 * are", "we're going to find your address". The future tense with the author as subject is the
 * menace ("I know where you live" is known()'s); "I'll find you a bed", "I'll find out where your
 * scan is", "you'll find out who you are at uni" locate nobody.
 */
function willFind(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const b = before(a, i, 4).map((k) => t[k]!.norm);
  // "I'll find", "I will find", "we're gonna find", "I'm going to find", "I swear I'll find"
  const self = (SELF_WILL.has(b[0] ?? "") && b[0] !== "i'd" && b[0] !== "we'd") || (WILL_FUTURE.has(b[0] ?? "") && (SUBJECT.has(b[1] ?? "") || SUBJECT.has(b[2] ?? ""))) || (b[0] === "to" && b[1] === "going" && SUBJECT.has(b[2] ?? b[3] ?? ""));
  if (!self) return;
  let j = i + 1;
  if (t[j]?.norm === "out") j++;
  const first = t[j]?.norm ?? "";
  const second = t[j + 1]?.norm ?? "";
  const third = t[j + 2]?.norm ?? "";
  if (t[j]?.sentence !== t[i]!.sentence) return;
  let end = -1;
  let confidence = 0.65;
  if (first === "where" && ADDRESSEE.has(second) && WHEREABOUTS_VERB.has(third)) end = j + 2; // "where you live"
  else if ((first === "your" || first === "ur") && (second === "address" || second === "house" || second === "home" || second === "postcode" || second === "workplace" || second === "kids" || second === "family")) end = j + 1;
  else if (first === "who" && ADDRESSEE.has(second) && (third === "are" || third === "r" || third === "is") && clauseEnds(t, j + 2)) {
    // unmasking: menacing said to someone singled out (an @handle, "to the troll who...") or with a consequence or sign-off
    end = j + 2;
    confidence = singledOut(a, i) || signOff(a, i) || menacing(a, i) || a.tokens.some((x) => x.norm === "when" && x.sentence >= t[i]!.sentence && x.start > t[i]!.start) ? 0.65 : 0.5;
  }
  if (end < 0) return;
  out.push({ span: span(a, b.length && (SELF_WILL.has(b[0]!) || WILL_FUTURE.has(b[0]!)) ? before(a, i, 1)[0]! : i, end, "vow to find someone"), confidence, category: "intimidation", detector: "I'll find where you live / who you are" });
}
/** Nothing of the clause follows token `k` ("who you are." / "who you are, and..." / "who you are and where..."), so it is the person, not "who you are meeting". */
function clauseEnds(t: readonly Token[], k: number): boolean {
  const n = t[k + 1];
  return n === undefined || n.sentence !== t[k]!.sentence || n.kind !== "word" || n.norm === "and" || n.norm === "then" || n.norm === "when";
}
const WILL_FUTURE = new Set(["will", "shall", "gonna", "going"]);
const ADDRESSEE = new Set(["you", "u", "ya", "he", "she", "they", "ye"]);
const WHEREABOUTS_VERB = new Set(["live", "lives", "work", "works", "sleep", "sleeps", "park", "parks", "drink", "drinks", "stay", "stays"]);

/**
 * A career declared finished by the author's hand: "when I find out who, your career is over", "your
 * career's finished, promise". Needs the addressee's career ("your", "his"), a finished state, and
 * the author acting in that sentence or the one before; "I thought my career was over", "your
 * career is not over after one failed exam", "if you think your career is over..." are not.
 */
function careerEnded(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const owner = t[i - 1]?.norm ?? "";
  if (!(owner === "your" || owner === "ur" || owner === "his" || owner === "her" || owner === "their")) return;
  let j = i + 1;
  if (t[i]!.norm !== "career's") {
    if (t[j]?.norm === "will" || t[j]?.norm === "'ll") j++;
    if (t[j]?.norm === "be" || t[j]?.norm === "is" || t[j]?.norm === "s") j++;
    else if (t[j - 1]?.norm !== "will") return;
  }
  if (t[j]?.norm === "so" || t[j]?.norm === "totally" || t[j]?.norm === "completely") j++;
  if (!ENDED.has(t[j]?.norm ?? "") || t[j]!.sentence !== t[i]!.sentence) return;
  // not a worry or a reassurance ("think your career is over", "feel like...", "if you fail...")
  for (const k of before(a, i - 1, 5)) if (t[k]!.sentence === t[i]!.sentence && CAREER_DOUBT.has(t[k]!.norm)) return;
  // the author's hand in it: "I", "we", "when I find out" in this sentence or the one before
  let author = false;
  for (let k = i - 2, n = 0; k >= 0 && n < 30 && t[k]!.sentence >= t[i]!.sentence - 1; k--, n++) if (AUTHOR_ACTS.has(t[k]!.norm)) { author = true; break; }
  if (!author) return;
  out.push({ span: span(a, i - 1, j, "career ended by the author"), confidence: 0.65, category: "intimidation", detector: "when I find out who, your career is over" });
}
const ENDED = new Set(["over", "finished", "done", "ended", "toast", "history", "dead"]);
const CAREER_DOUBT = new Set(["think", "thinks", "thought", "feel", "feels", "felt", "like", "worry", "worried", "fear", "afraid", "believe", "if", "not", "doesn't", "isn't", "mean", "means"]);
const AUTHOR_ACTS = new Set(["i", "i'll", "ill", "we", "we'll", "i'm", "im", "me", "i've", "ive"]);
const FORCE = new Set(["quickly", "quick", "fast", "hard", "rough", "roughly", "nasty", "violent", "painful", "painfully"]);

/** Tough-guy states a consequence wipes off ("you won't be so brave when..."). */
const BRAVADO = new Set(["brave", "cocky", "smug", "tough", "gobby", "mouthy", "lippy", "clever", "hard"]);
const THROUGH = new Set(["through", "thru", "against", "into", "out", "off"]);
const BEDS = new Set(["bed", "beds", "trolley", "trolleys"]);
const CARE_PLACES = new Set(["patient", "department", "a&e", "ed", "ambulance", "resus", "ward", "hospital", "paramedic", "paramedics", "doctor", "surgeon"]);
const WEAPON_EMOJI = new Set(["\ud83d\udd2a", "\ud83d\udde1\ufe0f", "\ud83d\udde1", "\ud83d\udd2b"]);
/** The author hunting someone before index i in its sentence: "if I find you", "when we catch him", "find out who you are". */
function huntedBefore(a: Analysis, i: number): boolean {
  const t = a.tokens;
  for (let k = i - 1, n = 0; k >= 0 && n < 16 && t[k]!.sentence === t[i]!.sentence; k--, n++) {
    const w = t[k]!.norm;
    if (w !== "find" && w !== "catch" && w !== "track") continue;
    const obj = t[k + 1]?.norm ?? "";
    const by = t[k - 1]?.norm ?? "";
    if ((by === "i" || by === "we" || by === "ever") && (PERSON_PRONOUN.has(obj) || obj === "out" || obj === "who")) return true;
    if (obj === "out" && t[k + 2]?.norm === "who") return true;
  }
  return false;
}

/**
 * The aftermath of what the author would do, told instead of the act, after a dare: "one more time and
 * there will be blood", "...and I'm going to end up on the news / in prison 🔪", "wait till I catch him
 * outside". "There will be blood tests", "I'll end up on the news for the marathon" and "wait till I
 * catch up with her" are not it: the dare (or a weapon) and the bare ending make the menace.
 */
function aftermath(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const n = t[i]!.norm;
  const nx = after(a, i, 2).map((k) => t[k]!.norm);
  if (n === "blood") {
    // "there will be blood", "there'll be blood" (on that ePortfolio), ending the clause or followed by "on"
    const b = before(a, i, 3).map((k) => t[k]!.norm);
    if (b[0] !== "be" || !(b[1] === "there'll" || (b[1] === "will" && b[2] === "there") || (b[1] === "gonna" && b[2] === "there's"))) return;
    if (nx.length > 0 && nx[0] !== "on" && nx[0] !== "spilt" && nx[0] !== "spilled") return;
    if (!dared(a, i) && !before(a, i, 6).some((k) => t[k]!.norm === "swear")) return;
    const from = before(a, i, 3)[b[1] === "there'll" ? 1 : 2]!;
    out.push({ span: span(a, from, i, "there will be blood"), confidence: 0.65, category: "intimidation", detector: "a dare + 'there will be blood'" });
    return;
  }
  if (n === "till" || n === "until" || n === "til") {
    // "wait till I catch him outside", "just wait until I get my hands on her"
    if (t[i - 1]?.norm !== "wait") return;
    const nn = after(a, i, 7).map((k) => t[k]!);
    if (nn[0]?.norm !== "i" && nn[0]?.norm !== "we") return;
    let o = -1;
    if (nn[1]?.norm === "catch" || nn[1]?.norm === "find") o = 2;
    else if (nn[1]?.norm === "get" && nn[2]?.norm === "my" && nn[3]?.norm === "hands" && nn[4]?.norm === "on") o = 5;
    const obj = nn[o];
    if (o < 0 || !obj || !PERSON_PRONOUN.has(obj.norm)) return;
    // the object ends the sentence, or where it happens follows ("outside", "alone", "in the car park")
    const then = nn[o + 1]?.norm;
    if (then !== undefined && then !== "outside" && then !== "alone" && then !== "in") return;
    out.push({ span: span(a, i - 1, a.tokenIndexAt(obj.start), "wait till I catch him"), confidence: 0.6, category: "intimidation", detector: "wait till I catch / get my hands on someone" });
    return;
  }
  // "...and I'm going to end up on the news / in prison", after a dare and with a weapon, or sworn
  const b = before(a, i, 7).map((k) => t[k]!.norm);
  const up = b.indexOf("up");
  if (up > 2) return; // "up" within "on the"/"in" of the place
  if (up < 0 || b[up + 1] !== "end" || !b.slice(up + 2).some((w) => w === "going" || w === "gonna" || w === "i'll" || w === "ill" || w === "will")) return;
  if (!b.slice(up + 2).some((w) => w === "i'm" || w === "im" || w === "i'll" || w === "ill" || w === "i")) return;
  if (!dared(a, i) || !(menaceEmoji(a, i) || before(a, i, 8).some((k) => t[k]!.norm === "swear"))) return;
  out.push({ span: span(a, before(a, i, 7)[up + 1]!, i, "ending up on the news"), confidence: 0.6, category: "intimidation", detector: "a dare + 'I'll end up on the news / in prison' + a weapon" });
}

/** Someone else's words ("he said he'd..."), but not a relative clause ("the person who wrote that review, they'll..."). */
function reportedSpeech(a: Analysis, s: Span): boolean {
  if (!reported(a, s)) return false;
  const t = a.tokens;
  for (let k = a.tokenIndexAt(s.start) - 1, n = 0; k >= 0 && n < 10 && t[k]!.sentence === t[a.tokenIndexAt(s.start)]!.sentence; k--, n++) {
    if (!REPORTING.has(t[k]!.norm)) continue;
    const prev = t[k - 1];
    return !(prev && (prev.norm === "who" || prev.norm === "which" || prev.norm === "that"));
  }
  return true;
}
const REPORTING = new Set(["said", "says", "told", "shouted", "screamed", "yelled", "texted", "wrote", "posted", "tweeted", "commented", "asked", "accused", "threatened"]);

/** "...is going to find their tyres slashed", "you'll see your car keyed": damage to what is someone's, foretold. */
function foundDamaged(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const next = after(a, i, 8).map((k) => t[k]!);
  if (!next[0] || !POSSESSIVE.has(next[0].norm)) return;
  let thing = next.findIndex((w, k) => k >= 1 && k <= 3 && BELONGINGS.has(w.norm));
  // "their car windows": the last of a compound; then degree words ("a bit flat", "a little broken")
  while (thing >= 0 && BELONGINGS.has(next[thing + 1]?.norm ?? "")) thing++;
  let d = thing + 1;
  while (thing >= 0 && d < next.length && d <= thing + 3 && DEGREE.has(next[d]!.norm)) d++;
  const damage = thing >= 0 ? next[d] : undefined;
  if (!damage || !DAMAGED.has(damage.norm)) return;
  // foretold: a future or a singled-out subject before ("whoever... is going to find", "you'll find")
  const b = before(a, i, 6).map((k) => t[k]!.norm);
  if (!b.some((n) => n === "going" || n === "gonna" || n === "will" || n === "you'll" || n === "they'll" || n === "he'll" || n === "she'll" || n === "might" || n === "may" || n === "could")) return;
  out.push({ span: span(a, i, a.tokenIndexAt(damage.start), "damage to someone's belongings foretold"), confidence: 0.6, category: "intimidation", detector: "you'll find your tyres slashed" });
}
const DEGREE = new Set(["a", "bit", "little", "slightly", "rather", "somewhat", "very", "all", "mysteriously", "suddenly", "strangely", "oddly", "tad"]);
const DAMAGED = new Set(["slashed", "keyed", "smashed", "broken", "burnt", "burned", "torched", "scratched", "vandalised", "vandalized", "trashed", "kicked", "stolen", "gone", "missing", "flat"]);

/**
 * "the next relative who swears at my nurses is going to get a slap", "whoever did this is getting a
 * kicking": someone singled out gets a blow. The harm noun is plain; the singling out makes it a threat.
 */
function gotHarm(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const next = after(a, i, 4).map((k) => t[k]!);
  // a blow, or a mishap in scare quotes ("is getting a 'fall' on the way to the ambulance")
  // ...or pushed into somewhere ("gets pushed in the harbour", "is getting chucked in the canal"), or a
  // weapon's striking end ("is getting the blunt end of my torch")
  const harm = next.find((w, k) => BLOWS.has(w.norm) || (MISHAP.has(w.norm) && quotedWord(a, w) && mishapEnds(a, w))
    || (PUSHED.has(w.norm) && next.slice(k + 1).some((x) => BODILY_THROUGH.has(x.norm)))
    || (w.norm === "end" && next[k - 1]?.norm === "blunt" && a.wordsAfter(w.end, 1)[0]?.norm === "of"));
  if (!harm) return;
  // (those two only of someone singled out by a relative clause: "the next X who/to/that...", "whoever")
  if (!BLOWS.has(harm.norm) && !MISHAP.has(harm.norm)) {
    const bb = before(a, i, 12).map((k) => t[k]!.norm);
    if (!bb.some((n, k) => n === "whoever" || (n === "next" && bb.slice(0, k).some((x) => x === "who" || x === "to" || x === "that")))) return;
  }
  // "I got a slap on the wrist", "we get a kicking from the CQC": the author receiving it is not a threat
  const b = before(a, i, 12).map((k) => t[k]!.norm);
  const singled = b.some((n, k) => n === "whoever" || n === "next" || (n === "who" && b.slice(k + 1, k + 4).some((x) => x === "anyone" || x === "any"))) || b.includes("anyone") || menacing(a, i);
  // "I got a slap on the wrist": the author receiving it, with no one singled out
  if (!singled || b.slice(0, 2).some((n) => n === "i" || n === "we" || n === "i'll" || n === "i'm" || n === "we're")) return;
  out.push({ span: span(a, i, a.tokenIndexAt(harm.start), "a singled-out person gets a blow"), confidence: 0.65, category: "intimidation", detector: "the next one who... is getting a slap" });
}
/**
 * "The next person to throw a chair is going out the window", "whoever keys my car again goes in the
 * canal": someone singled out (as gotHarm reads it) moved bodily through or into a thing; not "the
 * next patient is going through the door to triage", where nobody is singled out for a wrong.
 */
function thrownThrough(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const next = after(a, i, 4).map((k) => t[k]!);
  const p = next.findIndex((w) => THROUGH_INTO.has(w.norm));
  if (p < 0 || p > 1) return;
  let q = p + 1;
  if (next[q]?.norm === "of") q++;
  if (next[q]?.norm === "the" || next[q]?.norm === "a" || next[q]?.norm === "my") q++;
  const place = next[q];
  if (!place || !BODILY_THROUGH.has(place.norm)) return;
  const b = before(a, i, 12).map((k) => t[k]!.norm);
  // singled out for a wrong: "the next X who/to...", "whoever...", "anyone who..."
  const singled = b.some((n, k) => n === "whoever" || (n === "next" && b.slice(0, k).some((x) => x === "who" || x === "to" || x === "that"))) || menacing(a, i);
  if (!singled || b.slice(0, 2).some((n) => n === "i" || n === "we" || n === "i'm" || n === "we're")) return;
  out.push({ span: span(a, i, a.tokenIndexAt(place.start), "a singled-out person thrown through something"), confidence: 0.65, category: "violence", detector: "the next one who... is going out the window" });
}
const PUSHED = new Set(["pushed", "shoved", "chucked", "thrown", "dumped", "lobbed", "launched", "booted", "tipped", "dropped"]);
const THROUGH_INTO = new Set(["out", "through", "thru", "into", "in", "over", "down", "off"]);
const BODILY_THROUGH = new Set(["window", "windows", "wall", "stairs", "harbour", "canal", "river", "sea", "lake", "skip", "bin", "bins", "balcony", "roof", "cliff", "pier", "ditch"]);
const MISHAP = new Set(["fall", "accident", "slip", "trip", "tumble", "mishap"]);
/** The word sits in quote marks of its own ('fall'): said with a wink. */
function quotedWord(a: Analysis, w: Token): boolean {
  const b = a.text[w.start - 1] ?? "";
  const e = a.text[w.end] ?? "";
  return (b === "'" || b === "\u2018" || b === '"' || b === "\u201c") && (e === "'" || e === "\u2019" || e === '"' || e === "\u201d");
}
/** The mishap is the thing got, not a modifier ("a 'fall' review"): the clause ends or a place or time follows. */
const MISHAP_NEXT = new Set(["on", "in", "down", "at", "when", "before", "after", "near", "outside", "and", "if", "soon"]);
function mishapEnds(a: Analysis, w: Token): boolean {
  const n = a.wordsAfter(w.end, 1)[0];
  return !n || a.sentenceOf(n.start) !== w.sentence || MISHAP_NEXT.has(n.norm);
}
const BLOWS = new Set(["dragged", "thrown", "kicked", "punched", "slapped", "battered", "decked", "knocked", "smacked", "glassed", "stabbed", "bottled", "lamped", "slap", "punch", "smack", "kicking", "beating", "hiding", "thump", "kick", "clout", "wallop", "battering", "pasting", "shoeing", "leathering", "headbutt", "knife", "bullet", "bottle", "glassing", "stabbing", "fist", "fists"]);

/** A condition before index i in its sentence ("if I ever meet...", "come near my family again and..."). */
function conditionalBefore(a: Analysis, i: number): boolean {
  const t = a.tokens;
  for (let k = i - 1, n = 0; k >= 0 && n < 16 && t[k]!.sentence === t[i]!.sentence; k--, n++) {
    const w = t[k]!.norm;
    if (w === "if" || w === "again" || w === "touch" || w === "near" || w === "unless" || w === "next") return true;
  }
  return false;
}

/** A short closing sentence that menaces by its calm ("Sleep tight.", "Enjoy Monday.", "Sweet dreams."). */
function signOff(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const s = t[i]!.sentence;
  for (let k = i + 1; k < t.length && t[k]!.sentence <= s + 2; k++) {
    if (t[k]!.sentence === s || !isWord(t[k]) || (t[k - 1] && t[k - 1]!.sentence === t[k]!.sentence && isWord(t[k - 1]))) continue;
    // the first word of a following sentence: a sign-off opener, and a short sentence
    if (!SIGN_OFF.has(t[k]!.norm)) continue;
    let words = 0;
    for (let j = k; j < t.length && t[j]!.sentence === t[k]!.sentence; j++) if (isWord(t[j])) words++;
    if (words <= 4) return true;
  }
  return false;
}
const SIGN_OFF = new Set(["sleep", "sweet", "enjoy", "tick", "nighty", "laters"]);

/**
 * A dare with an open consequence: "tag my practice once more and find out what happens, pal", "come
 * near my clinic again and you'll get what's coming", "when I find out who, you'll wish you'd never
 * qualified". The consequence is left unsaid; the condition on the other person's behaviour is the threat.
 */
function ominous(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const n = t[i]!.norm;
  let from = -1;
  let end = i;
  let open = false;

  if (n === "happens") {
    // "see what happens", "find out what happens"
    if (t[i - 1]?.norm !== "what") return;
    if (t[i - 2]?.norm === "see") from = i - 2;
    else if (t[i - 2]?.norm === "out" && t[i - 3]?.norm === "find") from = i - 3;
    else return;
    // left open: nothing after it but a vocative ("see what happens to your HbA1c" is a prediction)
    const rest = after(a, i, 2);
    // "...see what happens to you": the open consequence falls on the person dared
    const toThem = t[rest[0] ?? -1]?.norm === "to" && PERSON_PRONOUN.has(t[rest[1] ?? -1]?.norm ?? "");
    if (rest.length > 0 && !VOCATIVE.has(t[rest[0]!]!.norm) && !toThem) return;
    open = true;
  } else if (n === "coming") {
    // "karma's coming. And so am I.": the author comes too, to someone singled out
    const joined = comingToo(a, i);
    if (joined) { out.push(joined); return; }
    // "you'll get what's coming", "he gets what is coming"
    const g = t[i - 1]?.norm === "what's" ? i - 2 : t[i - 1]?.norm === "is" && t[i - 2]?.norm === "what" ? i - 3 : -1;
    if (g < 0 || !GET_FORMS.has(t[g]?.norm ?? "")) return;
    from = ADDRESSED_FUTURE.has(t[g - 1]?.norm ?? "") ? g - 1 : g;
  } else {
    // "you'll wish you'd never...", "they'll wish they had never..."
    if (!ADDRESSED_FUTURE.has(t[i - 1]?.norm ?? "")) return;
    const nx = after(a, i, 4);
    const never = nx.find((k) => t[k]!.norm === "never");
    if (never === undefined) return;
    from = i - 1;
    end = never;
  }
  if (!dared(a, from)) return;
  // a dare is also a clinician's warning ("stop your inhaler and see what happens", "if you miss
  // dialysis you'll wish you never had"): it threatens when the dare is about the author ("my clinic",
  // "when I find out"), or a vocative or a menacing emoji points it at someone
  const vocative = open && VOCATIVE.has(t[after(a, i, 1)[0] ?? -1]?.norm ?? "");
  if (!aboutAuthor(a, from) && !vocative && !menaceEmoji(a, i)) return;
  out.push({ span: span(a, from, end, "a dare with an open consequence"), confidence: 0.65, category: "intimidation", detector: "a dare or condition + an open consequence (see what happens, what's coming, you'll wish)" });
}
const VOCATIVE = new Set(["mate", "pal", "sweetheart", "love", "sunshine", "buddy", "darling", "hun", "babe", "son", "chief", "sweetie", "petal", "champ", "fella", "sunbeam"]);
const GET_FORMS = new Set(["get", "gets", "getting", "got"]);
const ADDRESSED_FUTURE = new Set(["you'll", "youll", "they'll", "he'll", "she'll", "u'll", "will"]);

/** A condition or dare before index i in its sentence: "if", "again", "one more", "keep posting", "carry on", "come near", "when I find", "or". */
function dared(a: Analysis, i: number): boolean {
  if (conditionalBefore(a, i)) return true;
  const t = a.tokens;
  for (let k = i - 1, n = 0; k >= 0 && n < 20 && t[k]!.sentence === t[i]!.sentence; k--, n++) {
    const w = t[k]!.norm;
    if (w === "keep" || w === "dare" || (w === "on" && t[k - 1]?.norm === "carry") || (w === "more" && t[k - 1]?.norm === "one") || (w === "when" && (t[k + 1]?.norm === "i" || t[k + 1]?.norm === "we"))) return true;
    if (w === "or" && i - k <= 2) return true;
  }
  return false;
}
/** The dare before index i is about the author: "my clinic", "at me", "our nurses". */
function aboutAuthor(a: Analysis, i: number): boolean {
  const t = a.tokens;
  for (let k = i - 1, n = 0; k >= 0 && n < 20 && t[k]!.sentence === t[i]!.sentence; k--, n++) if (AUTHOR_OBJECT.has(t[k]!.norm)) return true;
  return false;
}
const AUTHOR_OBJECT = new Set(["my", "me", "our", "us", "mine", "i", "we"]);

/**
 * "You're lucky I wasn't on shift. I'd have...", "should be grateful I wasn't on the desk": someone who
 * escaped the author's harm, with what the author would have done. The author's own luck ("we were
 * lucky I wasn't on call") is not it.
 */
function escaped(a: Analysis, i: number, out: ThreatFrame[]): void {
  const t = a.tokens;
  const nx = after(a, i, 4);
  let k = 0;
  if (t[nx[k] ?? -1]?.norm === "that") k++;
  if (t[nx[k] ?? -1]?.norm !== "i") return;
  const neg = t[nx[k + 1] ?? -1]?.norm;
  const negated = neg === "wasn't" || neg === "wasnt" || neg === "didn't" || neg === "didnt" || neg === "never" || ((neg === "was" || neg === "did") && t[nx[k + 2] ?? -1]?.norm === "not");
  if (!negated) return;
  // the lucky one is someone else
  if (before(a, i, 4).some((b) => SELF.has(t[b]!.norm))) return;
  // and the author says what would have happened ("I'd have shown them", "I would have...")
  const s = t[i]!.sentence;
  let counterfactual = false;
  for (let j = nx[k + 1]! + 1; j < t.length && t[j]!.sentence <= s + 1 && !counterfactual; j++) {
    const w = t[j]!.norm;
    const would = (w === "i'd" && (t[j + 1]?.norm === "have" || t[j + 1]?.norm === "of")) || w === "i'd've" || (w === "would" && t[j - 1]?.norm === "i" && t[j + 1]?.norm === "have");
    // what the author would have done is harm or a lesson ("shown them", "taught them", "decked him"), not "failed you"
    if (would) counterfactual = after(a, t[j + 1]?.norm === "have" || t[j + 1]?.norm === "of" ? j + 1 : j, 2).some((k) => WOULD_HAVE.has(t[k]!.norm));
  }
  if (!counterfactual) return;
  out.push({ span: span(a, i, nx[k + 1]!, "someone lucky to have escaped the author"), confidence: 0.65, category: "intimidation", detector: "lucky I wasn't there + what I'd have done" });
}
const SELF = new Set(["i", "we", "i'm", "im", "we're", "i've", "we've", "am"]);
const WOULD_HAVE = new Set(["shown", "showed", "taught", "given", "decked", "punched", "hit", "slapped", "smacked", "lamped", "sorted", "dealt", "knocked", "dragged", "thrown", "floored", "throttled", "strangled", "killed", "murdered", "battered", "kicked", "chinned", "glassed"]);

/**
 * "Karma's coming. And so am I.", "payback's coming, and so am I": the author joins what is coming,
 * said to someone singled out ("to whoever keyed my car", "dear nurse who reported me", an @handle).
 * "Christmas is coming, and so am I" to no one in particular is a homecoming.
 */
function comingToo(a: Analysis, i: number): ThreatFrame | undefined {
  const t = a.tokens;
  let k = i + 1;
  while (k < t.length && k <= i + 3 && (t[k]!.kind === "punct" || t[k]!.norm === "and")) k++;
  if (t[k]?.norm !== "so" || t[k + 1]?.norm !== "am" || t[k + 2]?.norm !== "i") return undefined;
  if (!singledOut(a, i)) return undefined;
  return { span: span(a, k, k + 2, "the author coming too"), confidence: 0.65, category: "intimidation", detector: "X is coming, and so am I (to someone singled out)" };
}
/** Words for an adversary addressed ("dear anonymous account", "to the troll who..."). */
const ADVERSARY = new Set(["troll", "trolls", "anonymous", "anon", "snitch", "coward"]);
/** Someone singled out before index i: "whoever", "dear <someone> who", "to the <someone> who", a troll, an @handle. */
function singledOut(a: Analysis, i: number): boolean {
  const t = a.tokens;
  // bounded: the address opens the post or the sentence before, well within 60 tokens
  for (let k = Math.max(0, i - 60); k < i; k++) {
    const w = t[k]!;
    if (w.kind === "mention" || w.norm === "whoever" || ADVERSARY.has(w.norm)) return true;
    if ((w.norm === "dear" || w.norm === "to") && (t[k + 2]?.norm === "who" || t[k + 3]?.norm === "who" || t[k + 2]?.norm === "that")) return true;
  }
  return false;
}

/** A knife, a devil, a fist or a skull in the sentence of index i or the next. */
function menaceEmoji(a: Analysis, i: number): boolean {
  const t = a.tokens;
  const s = t[i]!.sentence;
  for (let k = i; k < t.length && t[k]!.sentence <= s + 1 && k < i + 30; k++) if (t[k]!.kind === "punct" && MENACE.has(t[k]!.text)) return true;
  return false;
}
