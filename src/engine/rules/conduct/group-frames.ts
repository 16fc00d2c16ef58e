// conduct/discrimination, the frame composer. A derogatory generalisation is a GROUP (a protected
// group named in groups.yaml, an adjective before a noun for people: "Romanian families", people
// "from <a country>") that is the SUBJECT or the TARGET of a NEGATIVE FRAME:
//  - a trait said of the whole group: "Autistic adults are just rude", "Pregnant staff are a liability";
//  - a capability denied: "can't speak a word of English", "can barely string a sentence together",
//    "can't do ortho" (competence verbs only: "can't access GP care" is a barrier, not a trait);
//  - a habit held against them: "never turn up", "haggle", "pop out a kid every year", "nicking";
//  - blame or exclusion: "are the reason standards have dropped", "shouldn't be allowed to vote",
//    "I'd never hire one";
//  - freeloading: "free healthcare", "on our tab", "health tourists", "benefit scroungers";
//  - othering: "typical Polish lot", "always the Muslim families", "never trust a Romanian",
//    "Asian drivers, enough said", "don't get me started on the Indian doctors".
// Each part is innocent alone ("Black patients are less likely to be offered pain relief", "Muslim
// colleagues fasting this Ramadan", "can't speak English? You still have a right to an interpreter");
// the rule needs the group as the one the frame is about, asserted by the author, not a group that
// is failed, faces barriers or is defended. Bounded look-around per group; cached per post.
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";
import { groupSpans } from "./stereotype";

export interface Frame { group: Span; range: [number, number]; confidence: number; frame: string; kind: string }

/** Traits that condemn a whole group when predicated of it. */
const TRAIT = new Set([
  "lazy", "dirty", "filthy", "rude", "aggressive", "smelly", "entitled", "demanding", "stupid", "thick", "dim", "useless", "dangerous", "violent", "criminal", "criminals",
  "scroungers", "scrounger", "freeloaders", "freeloader", "liars", "dishonest", "fake", "fakers", "confused", "deluded", "mental", "dramatic", "hysterical", "backward", "primitive",
  "uneducated", "illiterate", "incompetent", "unsafe", "liability", "burden", "drain", "nightmare", "nightmares", "nuisance", "problem", "trouble", "troublemakers", "vermin",
  "ungrateful", "unhygienic", "loud", "arrogant", "sly", "sneaky", "cheap", "tight", "greedy", "money-grabbing", "thieves", "dodgy", "shifty", "clueless", "work",
  "attention-seeking", "attention", "drama", "hypochondriacs", "timewasters", "timewaster", "weak", "emotional", "overemotional", "irrational", "unreliable", "untrustworthy",
  "parasites", "leeches", "savages", "animals", "degenerates", "perverts", "predators", "groomers", "terrorists", "extremists", "rapists", "invaders", "bludgers", "spongers",
  "scum", "trash", "rubbish", "pathetic", "ridiculous", "disgusting", "gross", "vile", "awful", "worst", "incapable", "hopeless", "worthless", "spoilt", "spoiled", "soft", "snowflakes",
  "attitude", "disaster", "menace", "plague", "pests", "dinosaurs", "dinosaur", "waste", "fiddle", "riddled", "diseased", "infested", "difficult",
  // weariness said of a whole group ("are exhausting", "are such a pain"): weak, see WEAK_TRAIT
  "exhausting", "draining", "tiring", "annoying", "insufferable", "unbearable", "pain",
]);
/** Words that make a trait word something else ("hard work" is a trait only after "such"/"so"/"are"). */
const WEAK_TRAIT = new Set(["work", "attention", "drama", "problem", "trouble", "soft", "weak", "emotional", "cheap", "tight", "loud", "worst", "awful", "difficult", "exhausting", "draining", "tiring", "annoying", "pain"]);
/** Words that make a weak trait a judgement of the whole group ("the most difficult", "so loud"). */
const INTENSE = new Set(["most", "so", "such", "really", "always", "incredibly", "ridiculously", "bloody", "super", "too"]);
/** A trait word followed by these describes what happens to the group ("worst affected", "hardest hit"). */
const NOT_TRAIT_NEXT = new Set(["affected", "impacted", "hit", "off", "served", "treated", "paid", "housed", "represented", "at", "for", "by", "in"]);
/** Competence verbs: denying these of a group is a slur on its ability ("can't speak", "can't cope"). */
const COMPETENCE = new Set([
  "speak", "talk", "drive", "cope", "do", "understand", "read", "write", "follow", "handle", "manage", "parent", "string", "communicate", "hack", "think", "learn", "count", "operate",
  "lead", "listen", "behave", "control", "queue", "wait", "work", "hold", "tell", "take", "stand", "deal", "function", "concentrate", "focus", "decide", "teach", "cook", "clean", "wash",
  "respect", "help", "integrate", "adapt", "be",
]);
/** Groups whose limits are often the subject of care, not of contempt. */
const DESCRIBED_BY_NEEDS = new Set(["disability", "age", "pregnancy-and-maternity"]);
/** A capability denied with a sneer: "can barely", "can't even", "can't be bothered", "can't be trusted". */
function sneer(t: readonly Token[], j: number): boolean {
  const n1 = t[j + 1]?.norm;
  const n2 = t[j + 2]?.norm;
  return n1 === "barely" || n1 === "hardly" || n1 === "even" || t[j]!.norm === "barely" || t[j]!.norm === "hardly" || (n1 === "be" && (n2 === "bothered" || n2 === "arsed" || n2 === "trusted"));
}

/** What a people is sneered at for not "getting": humour and ways of doing things. */
const CULTURE_GOT = new Set(["banter", "humour", "humor", "jokes", "joke", "sarcasm", "irony", "culture", "ways", "manners", "queueing", "queuing"]);
/** "be" counts only before these ("can't be trusted", "can't be bothered"). */
const BE_COMPETENCE = new Set(["trusted", "bothered", "arsed", "reasoned", "relied", "taught", "helped"]);
const CANT = new Set(["can't", "cant", "cannot", "couldn't", "couldnt", "won't", "wont", "never", "barely", "hardly", "don't", "dont", "doesn't", "doesnt", "refuse", "refuses"]);
/** Habits held against a group ("never turn up", "haggle", "nicking the copper"). */
const HABIT = new Set([
  "exaggerate", "exaggerates", "exaggerating", "lie", "lies", "lying", "steal", "steals", "stealing", "nick", "nicks", "nicking", "scrounge", "scrounging", "abuse", "abusing",
  "milk", "milking", "whinge", "whinging", "whine", "whining", "moan", "moaning", "haggle", "haggling", "cheat", "cheating", "breed", "breeding", "sponge", "sponging",
  "faking", "clog", "clogging", "block", "blocking", "wasting", "spread", "spreading", "swarm", "swarming", "flood", "flooding", "invade", "invading",
  "overstay", "overstaying", "bleed", "bleeding", "leech", "leeching", "kick", "kicking", "trash", "trashed", "trashing", "sue", "suing", "demand", "demanding", "expect", "expecting",
  "complain", "complaining", "refuse", "refusing", "jump", "jumping", "play", "playing", "pop", "popping", "ruin", "ruining", "ruined", "destroy", "destroying", "wreck", "wrecking",
  "bankrupt", "bankrupting", "cripple", "crippling", "dump", "dumping", "fleece", "fleecing", "smell", "stink", "stinks", "smells", "cut", "cutting", "rushing", "gang", "ganging", "stick", "sticking",
  "blag", "blagging", "blagged", "scam", "scamming", "con", "conning", "swindle", "swindling", "fleeced", "want", "wants",
]);
/** Habits that need a particle or object to be hostile ("turn up drunk", "kick off", "play the system", "jump the queue", "pop out"). */
const HABIT_NEXT: Record<string, ReadonlySet<string>> = {
  kick: new Set(["off"]), kicking: new Set(["off"]), jump: new Set(["the", "queues", "queue"]), jumping: new Set(["the", "queues", "queue"]),
  play: new Set(["the", "system", "card"]), playing: new Set(["the", "system", "card"]), pop: new Set(["out"]), popping: new Set(["out"]),
  cut: new Set(["corners"]), cutting: new Set(["corners"]), gang: new Set(["up"]), ganging: new Set(["up"]), stick: new Set(["together"]), sticking: new Set(["together"]), rushing: new Set(["and", "through", "everything"]),
  bleed: new Set(["the", "us"]), bleeding: new Set(["the", "us"]), block: new Set(["up", "beds", "the"]), blocking: new Set(["up", "beds", "the"]),
  expect: new Set(["to", "everything", "special", "free", "us", "the"]), expecting: new Set(["to", "everything", "special", "free", "us", "the"]),
  demand: new Set(["antibiotics", "everything", "to", "special", "the", "a", "an"]), demanding: new Set(["antibiotics", "everything", "to", "special", "the", "a", "an", "pronouns"]),
  want: new Set(["antibiotics", "everything", "special", "free", "handouts"]), wants: new Set(["antibiotics", "everything", "special", "free", "handouts"]),
  refuse: new Set(["to"]), refusing: new Set(["to"]), complain: new Set(["about"]), complaining: new Set(["about"]),
};
/** "never pay", "never turn up", "don't respect": a negated duty held against a group. */
const DUTY = new Set(["pay", "paid", "turn", "show", "respect", "contribute", "work", "bother", "wash", "listen", "learn", "integrate", "comply", "attend", "vaccinate", "let", "allow"]);
/** Blame: "are the reason", "are why", "to blame". */
const BLAME_AFTER_ARE = new Set(["reason", "why", "problem", "cause", "blame"]);
/** Freeloading: free care at others' expense. */
const FREELOAD = new Set(["free", "tab", "taxpayer", "taxpayers", "benefits", "handouts", "handout", "scroungers", "scrounging", "freebies", "penny", "dime"]);
const FREELOAD_NEXT = new Set(["healthcare", "treatment", "dialysis", "nhs", "care", "ride", "meds", "medication", "prescriptions", "surgery", "housing", "money", "ivf"]);
/** Roles a group is said it should not hold ("women shouldn't be surgeons"). */
const ROLE = new Set(["surgeons", "surgeon", "doctors", "doctor", "nurses", "consultants", "consultant", "parents", "mothers", "mums", "dads", "fathers", "teachers", "leaders", "managers", "paramedics", "pilots", "registrars", "gps", "in", "near", "around", "working", "treating", "trusted"]);
/** Exclusion: "shouldn't be allowed", "should go back", "I'd never hire one". */
const SHOULDNT = new Set(["shouldn't", "shouldnt", "should", "need", "needs", "must"]);
const EXCLUDE_AFTER = new Set(["allowed", "go", "be", "get", "banned", "sent", "deported", "kept", "stay", "leave", "pay"]);
const NEVER_HIRE = new Set(["hire", "employ", "trust", "treat", "train", "promote", "appoint", "accept"]);
/** Othering tails after a group: "Asian drivers, enough said", "typical", "shocker", "say no more", "being X". */
const TAIL = ["enough said", "say no more", "nuff said", "shocker", "shock", "what a surprise", "surprise surprise", "of course", "obviously", "every time", "every single time", "as usual", "again"];
const TAIL_FIRST = new Set(TAIL.map((x) => x.split(" ")[0]!));
/** The group is affected, not blamed: inequality, barriers, being failed, deserving, facing. */
const AFFECTED = new Set([
  "likely", "likelier", "face", "faces", "facing", "deserve", "deserves", "experience", "experiences", "suffer", "suffers", "failed", "hit", "hardest", "denied", "refused",
  "left", "excluded", "underrepresented", "underserved", "overrepresented", "disproportionately", "risk", "rates", "barriers", "barrier", "because", "due", "struggle",
  "struggles", "access", "wait", "waits", "waiting", "entitled", "eligible", "welcome", "welcomed", "offered", "given", "treated", "asked", "told", "blamed", "stereotyped",
  "discriminated", "targeted", "abused", "attacked", "harassed", "bullied", "victims", "scapegoated", "racism", "discrimination", "inequality", "inequalities", "myth", "myths",
  "may", "might", "often", "sometimes", "some", "many", "rights", "safe", "protect", "support", "supported", "help", "helped", "affected", "impacted", "off", "served",
]);
/** Words that may sit between a group and what is said of it. */
const BRIDGE = new Set(["are", "is", "were", "was", "'re", "all", "just", "always", "never", "honestly", "really", "literally", "basically", "actually", "seriously", "so", "such", "the", "lot", "of", "them", "here", "these", "days", "now", "still", "mostly", "generally", "totally", "absolutely", "utterly", "proper", "complete", "bloody", "fucking", "a", "an", "total", "massive", "right", "again", "tbh", "ngl", "too", "very", "get", "getting", "become", "seem", "seems", "tend", "to", "will", "would", "do", "does", "keep", "keeps", "constantly", "forever", "usually", "typically", "also", "ones"]);
/** A relative clause right after the group restricts it ("grown men who can't handle their lager"): not all of them. */
const RESTRICT = new Set(["who", "that", "which", "whose", "with", "without"]);
const PREP = new Set(["in", "on", "at", "from", "round", "around", "near", "across", "off", "during"]);
const CLAUSE_END = new Set([".", "!", "?", ";", ":", "\u2026", "(", ")"]);
const CLAUSE_WORD = new Set(["but", "yet", "although", "though", "whereas", "while", "unless", "if", "when", "so", "and"]);
/** Plural nouns for people after which "from <Country>" names a nationality ("tourists from Nigeria"). */
const PEOPLE_FROM = new Set(["people", "patients", "tourists", "families", "doctors", "nurses", "migrants", "immigrants", "refugees", "men", "women", "students", "workers", "staff", "lot", "ones", "folk", "mums", "dads", "kids", "visitors"]);

/** Words that carry a group named before into a new clause. */
const CARRIERS = new Set(["they", "they're", "theyre", "these", "those", "you", "your", "that"]);

const cache = new PostCache<Frame[]>();

const WAIT_PLACE = new Set(["room", "rooms", "area", "areas"]);
/** A verb of being denied: the trait after it is rejected, not asserted. */
const DENIED_BE = new Set(["aren't", "arent", "isn't", "isnt", "weren't", "werent", "wasn't", "wasnt", "ain't"]);

/** Groups generalised negatively; one per sentence, in text order. */
export function groupFrames(a: Analysis): readonly Frame[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  cache.set(a, out);
  const t = a.tokens;
  const base = groupSpans(a);
  const extra = [...peopleFrom(a), ...ageGroups(a)];
  const groups = extra.length === 0 ? base : [...base, ...extra].sort((x, y) => x.start - y.start);
  const seen = new Set<number>();
  for (const g of groups) {
    if (g.confidence < 0.45) continue;
    const gi = a.tokenIndexAt(g.start);
    let ge = gi;
    while (ge + 1 < t.length && t[ge + 1]!.end <= g.end) ge++;
    const s = t[gi]?.sentence;
    if (s === undefined || seen.has(s)) continue;
    const hit = after(a, g, ge) ?? before(a, g, gi);
    if (!hit) continue;
    // "Headlines say migrants are criminals. The data says otherwise.": someone else's claim, put to rights
    if (claimedBySomeone(a, gi) || rebutted(a, s)) continue;
    // a weakly named group ("girls") only as the subject of a strong frame ("Girls can't do ortho")
    if (g.confidence < 0.55 && !(t[gi]!.sentenceStart && hit.strength >= 0.7)) continue;
    seen.add(s);
    const start = Math.min(g.start, hit.start);
    const end = Math.max(g.end, hit.end);
    const confidence = Math.min(0.95, hit.strength * (0.6 + 0.4 * g.confidence) + 0.15);
    out.push({ group: g, range: [start, end], confidence, frame: a.text.slice(hit.start, hit.end), kind: hit.kind });
  }
  // "...the Romanians. They can't speak a word of English": the group carried by a pronoun or an
  // othering phrase ("these people", "you lot") into the next sentences
  // only the tokens of a strong group's sentence and the two after it are read
  let scanFrom = -1;
  let scanTo = -1;
  const strongBySentence = new Map<number, Span[]>();
  for (const g of groups) {
    if (g.confidence < 0.6) continue;
    const s = a.sentenceOf(g.start);
    const list = strongBySentence.get(s);
    if (list) list.push(g);
    else strongBySentence.set(s, [g]);
    if (scanFrom < 0) scanFrom = a.tokenIndexAt(g.start);
    scanTo = Math.max(scanTo, s + 2);
  }
  if (scanFrom >= 0) {
    for (let i = scanFrom; i < t.length && t[i]!.sentence <= scanTo; i++) {
      const w = t[i]!;
      const c = w.norm.charCodeAt(0);
      if (w.kind !== "word" || (c !== 116 && c !== 121) || !CARRIERS.has(w.norm) || seen.has(w.sentence)) continue; // "they", "these", "those", "that", "you", "your"
      let end = i;
      if ((w.norm === "these" || w.norm === "those") && t[i + 1]?.norm === "people") end = i + 1;
      else if ((w.norm === "you" || w.norm === "your" || w.norm === "that") && t[i + 1]?.norm === "lot") end = i + 1;
      else if (w.norm !== "they" && w.norm !== "they're" && w.norm !== "theyre") continue;
      let carried: Span | undefined;
      const here = strongBySentence.get(w.sentence);
      if (here) for (const g of here) if (g.end <= w.start) carried = g;
      if (!carried) { const before = strongBySentence.get(w.sentence - 1) ?? strongBySentence.get(w.sentence - 2); if (before) carried = before[before.length - 1]; }
      if (!carried) continue;
      const hit = after(a, carried, end, w.norm === "they're" || w.norm === "theyre");
      if (!hit) continue;
      seen.add(w.sentence);
      out.push({ group: carried, range: [w.start, Math.max(hit.end, t[end]!.end)], confidence: Math.min(0.9, hit.strength * (0.6 + 0.4 * carried.confidence)), frame: a.text.slice(hit.start, hit.end), kind: `${hit.kind} (carried)` });
    }
  }
  // the proxy frames need a proxy, the group frames below a group: most posts have neither
  const proxied = a.lexicon("group-proxies").length > 0;
  const framed = [
    ...(proxied ? [...languageFrames(a), ...insinuations(a), ...practiceContempt(a), ...mockIdentity(a), ...finest(a)] : NO_FRAMES),
    ...(proxied || groups.length > 0 ? pathologised(a) : NO_FRAMES),
    ...(groups.length > 0 ? [...guarded(a, groups), ...backhanded(a, groups), ...doubtedDisability(a, groups), ...disclaimed(a, groups), ...excused(a, groups), ...weary(a, groups), ...originIncompetence(a, groups)] : NO_FRAMES),
  ];
  for (const f of framed) {
    const sentence = a.sentenceOf(f.range[0]);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    out.push(f);
  }
  out.sort((x, y) => x.range[0] - y.range[0]);
  return out;
}

const NO_FRAMES: readonly Frame[] = [];

/**
 * Incompetence pinned on a colleague's origin: "another Romanian locum who doesn't understand...",
 * "an 'MD' from a Pakistani medical school who can't cannulate", "Nigerian regs can't read an ECG".
 * A national or ethnic group word right before a colleague's role or their training ("locum", "reg",
 * "medical school", "degree"), and in the same sentence after it a denial of ability ("can't",
 * "doesn't understand", "incompetent"). The origin is offered as the explanation of the failing,
 * which is what a reader takes from it (GMP 54-56; social media guidance ¶15). Not "the Polish nurse
 * on nights is brilliant" (no failing) nor a failing with a reason ("because the Home Office...").
 */
const ORIGIN_ROLES = new Set(["locum", "locums", "reg", "regs", "registrar", "registrars", "doctor", "doctors", "doc", "docs", "nurse", "nurses", "consultant", "consultants", "gp", "gps", "sho", "shos", "f1", "f2", "fy1", "fy2", "trainee", "trainees", "img", "imgs", "surgeon", "surgeons", "medic", "medics", "anaesthetist", "anaesthetists", "midwife", "midwives", "pharmacist", "pharmacists", "pa", "pas", "colleague", "colleagues", "graduate", "graduates", "medical", "degree", "degrees", "qualification", "qualifications", "trained", "training", "agency", "staff"]);
const INCAPABLE = new Set(["can't", "cant", "cannot", "couldn't", "couldnt", "incompetent", "incompetence", "useless", "clueless", "hopeless", "dangerous", "unsafe", "understand", "know"]);
const CANNOT_IDIOM = new Set(["believe", "wait", "stand", "help", "imagine", "resist", "afford", "sleep", "stop", "thank", "recommend", "praise", "fault", "get", "go", "come", "remember", "decide", "miss", "beat", "bear"]);
const AUTHOR_SUBJECT = new Set(["i", "we", "you", "u", "me"]);
const DENIED_KNOWING = new Set(["doesn't", "doesnt", "don't", "dont", "didn't", "didnt", "no", "never"]);
const EXCUSING = new Set(["because", "cos", "coz", "since", "due", "until", "till", "yet", "visa", "home"]);
function originIncompetence(a: Analysis, groups: readonly Span[]): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  for (const g of groups) {
    if (g.data?.category !== "race" || g.confidence < 0.45) continue;
    let ge = a.tokenIndexAt(g.end - 1);
    // the group span may already hold its noun ("Nigerian locum"); otherwise the role follows it
    if (!ORIGIN_ROLES.has(t[ge]!.norm)) ge++;
    const role = t[ge];
    if (!role || role.kind !== "word" || role.sentence !== a.tokens[a.tokenIndexAt(g.start)]!.sentence || !ORIGIN_ROLES.has(role.norm)) continue;
    let hit = -1;
    for (let k = ge + 1; k < t.length && t[k]!.sentence === role.sentence && k < ge + 30; k++) {
      const w = t[k]!;
      if (EXCUSING.has(w.norm)) { hit = -1; break; }
      if (hit >= 0 || !INCAPABLE.has(w.norm)) continue;
      // "understand"/"know" only denied ("doesn't understand 'nil by mouth'", "don't know")
      if ((w.norm === "understand" || w.norm === "know") && !DENIED_KNOWING.has(t[k - 1]?.norm ?? "")) continue;
      // "can't believe how cold it is", "can't wait": an idiom, not a failing; "I couldn't have...": the author's
      if (CANNOT_IDIOM.has(t[k + 1]?.norm ?? "") || AUTHOR_SUBJECT.has(t[k - 1]?.norm ?? "")) continue;
      hit = k;
    }
    if (hit < 0) continue;
    out.push({ group: g, range: [g.start, t[hit]!.end], confidence: 0.55, frame: a.text.slice(role.start, t[hit]!.end), kind: "incompetence pinned on origin" });
  }
  return out;
}
const FAMILY = new Set(["mum", "mom", "dad", "mother", "father", "parents", "nan", "nana", "gran", "grandma", "grandad", "granddad", "grandparents", "family", "husband", "wife", "partner", "aunt", "auntie", "uncle", "in-laws"]);
/** Words of people a language frame is aimed at ("a family who won't learn English", "they", "you"). */
const LANGUAGE_PEOPLE = new Set(["they", "them", "their", "family", "families", "patient", "patients", "people", "you", "he", "she", "mum", "dad", "parents", "relatives", "husband", "wife", "son", "daughter", "lot", "folk", "these", "those", "who've", "who"]);
/** Words that make a language remark support for the patient ("you still have a right to an interpreter"). */
const SUPPORT = new Set(["right", "rights", "entitled", "support", "help", "helps", "free", "translated", "translation", "leaflet", "leaflets", "languageline", "easy-read", "accessible", "barrier", "barriers", "welcome"]);
/** "who can actually understand English", "who can even speak English": a sneer at a language. */
const SNEER = new Set(["actually", "even", "properly"]);
const INSIST = new Set(["won't", "wont", "refuse", "refuses", "never", "still", "can't", "cant", "cannot", "couldn't", "couldnt", "don't", "dont", "doesn't", "doesnt", "not", "barely", "bothered"]);

/**
 * Holding a language against people, a proxy for national origin: "a family who've been here 20
 * years and still won't learn English", "If you've lived here 20 years, learn the language".
 * Not when the sentence or the next supports them (an interpreter, their rights) or asks a question.
 */
function languageFrames(a: Analysis): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  for (const span of proxies(a, "language")) {
    const k = a.tokenIndexAt(span.start);
    const s = t[k]!.sentence;
    // "learn/speak [a word of] English": the verb a few words before
    let verb: Token | undefined;
    // "say a word in English", "string a sentence together in English": a saying verb four or five back
    for (let j = k - 1; j >= 0 && j >= k - 5 && t[j]!.sentence === s; j--) {
      const n = t[j]!.norm;
      if (n === "learn" || n === "speak" || n === "speaking" || n === "learning" || n === "understand") { if (j >= k - 3) verb = t[j]; break; }
      if ((n === "say" || n === "string" || n === "utter") && t[k - 1]?.norm === "in") { verb = t[j]; break; }
    }
    if (!verb) continue;
    const vi = t.indexOf(verb, k - 4);
    const before = a.wordsBefore(verb.start, 4);
    // "understand English" is held against people only with a sneer ("who can actually understand English")
    const insisted = verb.norm === "understand" ? before.slice(0, 2).some((w) => SNEER.has(w.norm)) : before.some((w) => INSIST.has(w.norm) || SNEER.has(w.norm));
    // an imperative opening its clause ("learn the language"), after "if ... ," or at the start
    const prev = t[vi - 1];
    const imperative = verb.norm === "learn" && (!prev || prev.sentence !== s || (prev.kind === "punct" && prev.text !== "'") || prev.norm === "just" || prev.norm === "then");
    if (!insisted && !imperative) continue;
    const tokens = sentenceWords(a, s).concat(sentenceWords(a, s + 1));
    if (tokens.some((w) => SUPPORT.has(w.norm)) || endsInQuestion(a, s)) continue;
    // "my mum still can't speak English after 40 years": the author's own family
    const own = sentenceWords(a, s);
    if (own.some((w, q) => (w.norm === "my" || w.norm === "our") && FAMILY.has(own[q + 1]?.norm ?? ""))) continue;
    if (!imperative && !sentenceWords(a, s).concat(sentenceWords(a, s - 1)).some((w) => LANGUAGE_PEOPLE.has(w.norm))) continue;
    const start = imperative ? verb.start : (before.find((w) => INSIST.has(w.norm) || SNEER.has(w.norm)) ?? verb).start;
    const group: Span = { ...span, lexicon: "groups", confidence: 0.7, text: "people by national origin", data: { category: "race", term: "language" } };
    out.push({ group, range: [start, span.end], confidence: 0.7, frame: a.text.slice(start, span.end), kind: "language" });
  }
  return out;
}

/** "always the same nationality", "guess which community", "a certain community": a group insinuated. */
function insinuations(a: Analysis): Frame[] {
  const out: Frame[] = [];
  for (const span of proxies(a, "identity")) {
    const before = a.wordsBefore(span.start, 5);
    const insinuating = before.some((w) => w.norm === "always" || w.norm === "guess" || w.norm === "funny" || w.norm === "every") || /^(?:certain|same|which)/.test(span.text.toLowerCase()) && before.some((w) => w.norm === "always" || w.norm === "all" || w.norm === "guess" || w.norm === "a");
    // "Certain communities just see the benefits system as a career", "...You know who I mean": a veiled
    // group blamed (benefits, crime) or winked at; support ("struggle to access", "advice clinic") is not blame
    const s = a.sentenceOf(span.start);
    const words = [...sentenceWords(a, s), ...sentenceWords(a, s + 1)];
    const blamed = words.some((w) => VEILED_BLAME.has(w.norm)) && !words.some((w) => AFFECTED.has(w.norm) || SUPPORT.has(w.norm));
    const winked = words.some((w, q) => w.norm === "know" && words[q - 1]?.norm === "you" && (words[q + 1]?.norm === "who" || words[q + 1]?.norm === "what"));
    const veiled = /^(?:some|certain|same|the)\b/.test(span.text.toLowerCase()) && (blamed || winked);
    if (!insinuating && !veiled) continue;
    // "guess which community has the highest rates of...": a health fact about a community, not a jibe
    if (!veiled && words.some((w) => HEALTH_FACTS.has(w.norm))) continue;
    const confidence = blamed || winked ? 0.75 : 0.6;
    const group: Span = { ...span, lexicon: "groups", confidence: 0.6, text: "a group insinuated", data: { category: "race", term: "insinuation" } };
    out.push({ group, range: [span.start, span.end], confidence, frame: span.text, kind: "insinuation" });
  }
  return out;
}

const FINEST = new Set(["finest", "best", "brightest", "elite"]);
/** Weary repetition that makes "<country>'s finest" a sneer ("the usual suspects", "same accents", "again"). */
const WEARY = new Set(["usual", "same", "again", "another", "groundhog", "suspects", "every"]);
const SINCERE = new Set(["congrats", "congratulations", "proud", "well", "thanks", "thank", "welcome", "legend", "legends", "honoured", "honored", "amazing", "brilliant"]);
/**
 * "Eastern Europe's finest. Groundhog day.": a country's "finest" closing its clause, in a post of weary
 * repetition or with an eye-roll, is a sneer at the people from there ("Romania's finest in bay 4
 * again 🙄"). Not before a noun ("Kenya's finest runners"), nor beside praise ("congrats to Nigeria's finest").
 */
function finest(a: Analysis): Frame[] {
  const out: Frame[] = [];
  if (!a.hasAnyWord(["finest", "best", "brightest", "elite"])) return out;
  const t = a.tokens;
  for (const c of proxies(a, "country")) {
    if (!/['\u2019]s$/i.test(c.text)) continue;
    const k = a.tokenIndexAt(c.end);
    const w = t[k];
    if (!w || !FINEST.has(w.norm) || w.sentence !== a.tokens[a.tokenIndexAt(c.start)]!.sentence) continue;
    const next = t[k + 1];
    if (next && next.kind === "word" && next.sentence === w.sentence && !WEARY.has(next.norm) && next.norm !== "in" && next.norm !== "on" && next.norm !== "at") continue;
    const s = w.sentence;
    const words = [...sentenceWords(a, s - 2), ...sentenceWords(a, s - 1), ...sentenceWords(a, s), ...sentenceWords(a, s + 1)];
    if (words.some((x) => SINCERE.has(x.norm))) continue;
    const weary = words.some((x) => WEARY.has(x.norm));
    let rolled = false;
    for (const p of sentencePunct(a, s)) if (CONTEMPT_EMOJI.has(p.text)) { rolled = true; break; }
    if (!weary && !rolled) continue;
    const group: Span = { ...c, lexicon: "groups", confidence: 0.7, text: `people from ${c.text.replace(/['\u2019]s$/i, "")}`, data: { category: "race", term: "a country's finest" } };
    out.push({ group, range: [c.start, w.end], confidence: 0.65, frame: a.text.slice(c.start, w.end), kind: "othering" });
  }
  return out;
}

/** Epidemiology and equity words: a post about a community's health. */
const HEALTH_FACTS = new Set(["rate", "rates", "prevalence", "incidence", "screening", "inequality", "inequalities", "outcomes", "uptake", "deprivation", "access", "data", "research", "study", "risk"]);
/** What a veiled group is blamed for ("the benefits system", "the grooming gangs"). */
const VEILED_BLAME = new Set(["benefits", "handouts", "scrounging", "scroungers", "fraud", "crime", "criminals", "gangs", "grooming", "tax", "taxes", "system", "welfare", "dole", "council", "money", "surnames"]);
const SELF = new Set(["i", "i've", "i'm", "im", "ive", "my", "me", "myself"]);
const THEM = new Set(["they", "them", "their", "theirs", "they're", "these", "those", "patients", "families", "people", "lot", "folk"]);
/** Contempt cues for a religious practice: complaint, othering, eye-rolls and "thinking" faces. */
const CONTEMPT = new Set(["bane", "lying", "liars", "lie", "lies", "game", "guess", "nightmare", "ridiculous", "joke", "normal", "sense", "shocked", "surprise", "funny", "seems", "again", "every", "indulged", "indulging", "excuse", "excuses", "backwards", "medieval", "nonsense", "refuse", "refuses", "refusing"]);
/** Words before "for them" / "for some" that make it sarcasm about others' time off. */
const RESENT_BEFORE = new Set(["lovely", "nice", "alright", "right", "ok", "okay"]);
const ACCUSED = new Set(["lying", "liars", "lie", "lies"]);
const CONTEMPT_EMOJI = new Set(["\u{1F643}", "\u{1F644}", "\u{1F914}", "\u{1F926}", "\u{1F612}", "\u{1F611}", "\u{1F92A}"]);

/**
 * A religious practice held in contempt ("Ramadan = my clinic becomes a nightmare... like normal
 * people", "every Friday 'chest pain' from round the mosque... 🤔"): the practice stands for the
 * faith's followers when its sentence and the next carry two or more contempt cues.
 */
function practiceContempt(a: Analysis): Frame[] {
  const out: Frame[] = [];
  for (const span of proxies(a, "practice")) {
    const s = a.sentenceOf(span.start);
    let cues = 0;
    const seenCue = new Set<string>();
    const around = [...sentenceWords(a, s), ...sentenceWords(a, s + 1)];
    for (const w of around) if (CONTEMPT.has(w.norm) && !seenCue.has(w.norm)) { seenCue.add(w.norm); cues++; }
    // "their religion, not my problem": care disowned
    const disowned = around.some((w, q) => w.norm === "problem" && around[q - 1]?.norm === "my" && around[q - 2]?.norm === "not");
    if (disowned) cues++;
    // resentment of cover: "lovely for them", "nice for some", "the rest of us cover"
    if (around.some((w, q) => (w.norm === "for" && RESENT_BEFORE.has(around[q - 1]?.norm ?? "") && (around[q + 1]?.norm === "them" || around[q + 1]?.norm === "some")) || (w.norm === "rest" && around[q + 1]?.norm === "of" && around[q + 2]?.norm === "us"))) cues++;
    for (const w of sentencePunct(a, s)) if (CONTEMPT_EMOJI.has(w.text)) { cues++; break; }
    if (cues < 2) continue;
    // "Ramadan again and I've cocked up the fasting rota every year 🙄": the author's own doing
    const words = sentenceWords(a, s);
    if (words.some((w) => SELF.has(w.norm)) && !words.some((w) => THEM.has(w.norm)) && !sentenceWords(a, s + 1).some((w) => THEM.has(w.norm))) continue;
    const group: Span = { ...span, lexicon: "groups", confidence: 0.6, text: `people who observe ${span.text}`, data: { category: "religion-or-belief", term: "practice" } };
    // care disowned ("their religion, not my problem") or the followers called liars: about the people, not the calendar
    const confidence = disowned || around.some((w) => ACCUSED.has(w.norm)) ? 0.75 : 0.6;
    out.push({ group, range: [span.start, span.end], confidence, frame: span.text, kind: "practice held in contempt" });
  }
  return out;
}

/** Punctuation (and emoji) of sentence `s` and the next, bounded. */
function sentencePunct(a: Analysis, s: number): Token[] {
  const out: Token[] = [];
  const t = a.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid]!.sentence < s) lo = mid + 1; else hi = mid; }
  for (let i = lo, n = 0; i < t.length && t[i]!.sentence <= s + 1 && n < 80; i++, n++) if (t[i]!.kind === "punct") out.push(t[i]!);
  return out;
}

function sentenceWords(a: Analysis, s: number): Token[] {
  const out: Token[] = [];
  const t = a.tokens;
  // bounded: the 40 tokens around the sentence's first token are enough for these checks
  let i = 0;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid]!.sentence < s) lo = mid + 1; else hi = mid; }
  i = lo;
  for (let n = 0; i < t.length && t[i]!.sentence === s && n < 40; i++, n++) if (t[i]!.kind === "word") out.push(t[i]!);
  return out;
}

function endsInQuestion(a: Analysis, s: number): boolean {
  const t = a.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid]!.sentence <= s) lo = mid + 1; else hi = mid; }
  const last = t[lo - 1];
  return !!last && last.sentence === s && last.text === "?";
}

/** "90-year-olds", "over-80s": an age group written as a number. */
function ageGroups(a: Analysis): Span[] {
  const out: Span[] = [];
  if (a.digits === 0 || proxies(a, "age").length === 0) return out;
  const t = a.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "number") continue;
    let j = i + 1;
    if (t[j]?.text === "-") j++;
    if (t[j]?.norm !== "year") continue;
    j++;
    if (t[j]?.text === "-") j++;
    if (t[j]?.norm !== "olds") continue;
    out.push({ type: "phrase", start: w.start, end: t[j]!.end, text: a.text.slice(w.start, t[j]!.end), confidence: Number(w.text) >= 60 ? 0.8 : 0.6, detector: "age-group", lexicon: "groups", data: { category: "age", term: "n-year-olds" } });
  }
  return out;
}

interface Hit { start: number; end: number; strength: number; kind: string }

/** Verbs that put the words after them in someone else's mouth ("people say", "headlines claim"). */
const SAY = new Set(["say", "says", "said", "claim", "claims", "claimed", "think", "thinks", "believe", "believes", "assume", "assumes", "told", "tell", "tells", "call", "calls", "called", "suggest", "suggests", "imply", "implies", "pretend", "pretends"]);
/** Words that answer a claim ("the data says otherwise", "that's a myth", "simply untrue"). */
const REBUT = new Set(["otherwise", "myth", "myths", "untrue", "false", "wrong", "debunked", "nonsense", "rubbish", "evidence", "data", "research", "studies", "actually", "fact-check", "misinformation"]);

export function claimedBySomeone(a: Analysis, gi: number): boolean {
  const t = a.tokens;
  for (let k = gi - 1; k >= 0 && k >= gi - 6 && t[k]!.sentence === t[gi]!.sentence; k--) {
    const n = t[k]!.norm;
    // "Hate to say it but the Eastern Europeans...": a clause break ends the reach of a saying verb
    if (n === "," || n === "but" || n === ":" || n === ";") return false;
    if (!SAY.has(n)) continue;
    // "I think X are...", "hate to say it": the author's own claim
    const subject = t[k - 1]?.norm;
    return subject !== undefined && !AUTHOR_SAYS.has(subject);
  }
  return false;
}
const AUTHOR_SAYS = new Set(["i", "we", "honestly", "to", "i'd", "i'll", "just", "gotta", "i'm", "must", "have", "can"]);

export function rebutted(a: Analysis, s: number): boolean {
  for (const w of sentenceWords(a, s + 1)) if (REBUT.has(w.norm)) return true;
  return false;
}

/** "tourists from Nigeria", "doctors from India": a capitalised name after "from" that no detector knows as a UK place. */
function peopleFrom(a: Analysis): Span[] {
  const out: Span[] = [];
  const t = a.tokens;
  for (const c of proxies(a, "country")) {
    // "<people> from <country>", "<people> from <country>": the word before the country is "from"
    const i = a.tokenIndexAt(c.start);
    // "the whole of eastern europe in the waiting room", "half of Romania on the ward": a country standing for its people
    if (t[i - 1]?.norm === "of" && (t[i - 2]?.norm === "half" || (t[i - 2]?.norm === "whole" && t[i - 3]?.norm === "the")) && t[i - 2]!.sentence === t[i]!.sentence) {
      const from = t[i - 2]!.norm === "half" ? t[i - 2]! : t[i - 3]!;
      out.push({ type: "phrase", start: from.start, end: c.end, text: a.text.slice(from.start, c.end), confidence: 0.7, detector: "people-from", lexicon: "groups", data: { category: "race", term: "a country standing for its people" } });
      continue;
    }
    if (t[i - 1]?.norm !== "from" || t[i - 1]!.sentence !== t[i]!.sentence) continue;
    const prev = t[i - 2];
    const noun = prev && PEOPLE_FROM.has(prev.norm) ? prev : PEOPLE_FROM.has(t[i - 3]?.norm ?? "") ? t[i - 3]! : undefined;
    if (!noun || noun.sentence !== t[i]!.sentence) continue;
    out.push({ type: "phrase", start: noun.start, end: c.end, text: a.text.slice(noun.start, c.end), confidence: 0.7, detector: "people-from", lexicon: "groups", data: { category: "race", term: "people from a country" } });
  }
  return out;
}

/** The group-proxies spans of one category, read from the unfiltered list (no per-post category cache). */
function proxies(a: Analysis, category: string): Span[] {
  const all = a.lexicon("group-proxies");
  if (all.length === 0) return NONE;
  const out: Span[] = [];
  for (const s of all) if (s.data?.category === category) out.push(s);
  return out;
}
const NONE: Span[] = [];


/** One look-up per word in the predicate scan: which sets it belongs to. */
const AFFECTED_R = 1, CLAUSE_R = 2, OTHER_R = 4;
const ROLE_OF = new Map<string, number>();
for (const w of AFFECTED) ROLE_OF.set(w, (ROLE_OF.get(w) ?? 0) | AFFECTED_R);
for (const w of CLAUSE_WORD) ROLE_OF.set(w, (ROLE_OF.get(w) ?? 0) | CLAUSE_R);
for (const set of [TRAIT, CANT, HABIT, SHOULDNT, FREELOAD, BRIDGE, BLAME_AFTER_ARE]) for (const w of set) ROLE_OF.set(w, (ROLE_OF.get(w) ?? 0) | OTHER_R);
for (const w of ["are", "is", "were", "was", "'re", "can", "men", "man", "blokes", "bloke", "males", "male", "geezers", "lads", "women", "woman", "females", "female", "girls", "lasses", "confused", "delusional", "deluded", "pretending", "biological"]) ROLE_OF.set(w, (ROLE_OF.get(w) ?? 0) | OTHER_R);

/** What trans people are told they "really" are: the sex they are said not to be, or deluded. */
const AS_MEN = new Set(["men", "man", "blokes", "bloke", "males", "male", "geezers", "lads"]);
const AS_WOMEN = new Set(["women", "woman", "females", "female", "girls", "lasses"]);
const DELUDED = new Set(["confused", "delusional", "deluded", "pretending", "biological"]);
/** "trans women are men" denies an identity; "trans men are men" affirms one. */
function deniedIdentity(group: string, word: string): boolean {
  if (DELUDED.has(word)) return true;
  const g = group.toLowerCase();
  const women = /wom[ae]n|girls?\b|females?/.test(g);
  const men = /\bm[ae]n\b|transm[ae]n|males?\b/.test(g.replace(/wom[ae]n|females?/g, ""));
  return (women && AS_MEN.has(word)) || (men && AS_WOMEN.has(word));
}

/** A frame after the group, in its clause: "<group> [are] [just] <trait>", "<group> can't speak...". */
function after(a: Analysis, g: Span, ge: number, carriedBe = false): Hit | undefined {
  const t = a.tokens;
  const s = t[ge]!.sentence;
  let j = ge + 1;
  let steps = 0;
  let sawAre = false;
  let sawComma = false;
  let traitDenied = false;
  // skip a short prepositional phrase ("in resus", "on the estate", "from the traveller site")
  if (t[j] && PREP.has(t[j]!.norm) && t[j]!.sentence === s) {
    let k = j + 1;
    while (k < t.length && k <= j + 4 && t[k]!.sentence === s && (t[k]!.kind === "word" || t[k]!.kind === "number") && !CANT.has(t[k]!.norm) && !BRIDGE.has(t[k]!.norm)) k++;
    j = k;
  }
  if (t[j] && t[j]!.sentence === s && RESTRICT.has(t[j]!.norm)) return undefined;
  for (; j < t.length && t[j]!.sentence === s && steps < 11; j++) {
    const w = t[j]!;
    if (w.kind === "punct") {
      if (w.text === "," || w.text === "-" || w.text === "\u2013") {
        // "Asian drivers, enough said": an othering tail right after the group
        if (!sawComma && steps === 0) { sawComma = true; const tail = tailAt(a, j + 1); if (tail) return tail; continue; }
        return undefined;
      }
      if (CLAUSE_END.has(w.text)) return steps === 0 ? tailAt(a, j + 1, true) : undefined;
      continue;
    }
    if (w.kind !== "word") { steps++; continue; }
    const n = w.norm;
    // "Older people aren't a burden", "migrants are not criminals": the generalisation denied
    if (DENIED_BE.has(n) || (n === "not" && sawAre)) traitDenied = true;
    const role = ROLE_OF.get(n) ?? 0;
    // a word none of the frames below can use only counts as a step
    if (role === 0) {
      steps++;
      if (steps > 8) return undefined;
      continue;
    }
    // "in the waiting room" is a place, not people kept waiting
    if (role & AFFECTED_R) { if (n === "waiting" && WAIT_PLACE.has(t[j + 1]?.norm ?? "")) { steps++; continue; } return undefined; }
    // "so" opens a new clause ("so the rota collapses") unless it intensifies a trait ("so arrogant")
    if (role & CLAUSE_R && n !== "and" && !(n === "so" && TRAIT.has(t[j + 1]?.norm ?? ""))) return undefined;
    steps++;
    if (n === "are" || n === "is" || n === "were" || n === "was" || n === "'re") sawAre = true;
    // identity denied: "trans women are men", "they're men and they know it"
    if ((sawAre || carriedBe) && g.data?.category === "gender-reassignment" && deniedIdentity(g.text, n)) return { start: w.start, end: w.end, strength: 0.75, kind: "identity denied" };
    // a trait: "are just rude", "are a liability", "such hard work"
    // "pain" is a trait only as "a pain" ("are such a pain", "are a right pain"), never "are in pain"
    const weakOk = n === "difficult" ? INTENSE.has(t[j - 1]?.norm ?? "") : sawAre && (n !== "work" || t[j - 1]?.norm === "hard") && (n !== "pain" || t[j - 1]?.norm === "a" || (t[j - 2]?.norm === "a" && t[j - 3]?.norm !== "of"));
    if (TRAIT.has(n) && (!WEAK_TRAIT.has(n) || weakOk) && !NOT_TRAIT_NEXT.has(t[j + 1]?.norm ?? "")) {
      if (traitDenied) return undefined;
      const from = n === "work" && t[j - 1]?.norm === "hard" ? t[j - 1]! : w;
      return { start: from.start, end: w.end, strength: 0.75, kind: "trait" };
    }
    // a capability denied: "can't speak", "can barely string", "don't respect"
    if (CANT.has(n) || (n === "can" && (t[j + 1]?.norm === "barely" || t[j + 1]?.norm === "hardly"))) {
      const hit = denial(t, j);
      // what a disability, an age or a pregnancy stops people doing is often the care to give them
      // ("Autistic kids can't cope with a busy waiting room, so we offer quiet slots"): for those
      // groups only a sneer counts ("can barely", "can't even", "can't be bothered")
      if (hit && (hit.kind !== "capability" || !DESCRIBED_BY_NEEDS.has(String(g.data?.category)) || sneer(t, j))) return hit;
      if (hit) return undefined;
    }
    // a habit: "haggle", "nicking the copper", "turn up drunk", "pop out a kid"
    if (HABIT.has(n)) {
      const need = HABIT_NEXT[n];
      const next = t[j + 1];
      if (!need || (next && need.has(next.norm))) {
        const end = need && next ? next : w;
        return { start: w.start, end: end.end, strength: 0.65, kind: "habit" };
      }
    }
    // blame: "are the reason", "are why"
    if (sawAre && BLAME_AFTER_ARE.has(n) && (n !== "problem" || t[j - 1]?.norm === "the")) return { start: w.start, end: w.end, strength: 0.7, kind: "blame" };
    // exclusion: "shouldn't be allowed", "should go back", "need to go"
    if (SHOULDNT.has(n)) {
      const hit = exclusion(t, j);
      if (hit) return hit;
    }
    // freeloading: "for their free dialysis", "on our tab"
    if (FREELOAD.has(n)) {
      const hit = freeload(t, j);
      if (hit) return hit;
    }
    if (!BRIDGE.has(n) && !(sawAre && steps <= 4)) {
      // a verb we do not know: keep going a little ("flying in for their free dialysis")
      if (steps > 6) return undefined;
    }
  }
  return undefined;
}

/** An othering tail at token `i` ("enough said", "shocker", "every time"). */
function tailAt(a: Analysis, i: number, fragment = false): Hit | undefined {
  const t = a.tokens;
  const w = t[i];
  if (!w || w.kind !== "word" || !TAIL_FIRST.has(w.norm)) return undefined;
  for (const phrase of TAIL) {
    const parts = phrase.split(" ");
    let ok = true;
    for (let k = 0; k < parts.length; k++) if (t[i + k]?.norm !== parts[k]) { ok = false; break; }
    // "again", "of course" close only a fragment sentence ("Polish again."), not a clause
    if (ok && (phrase === "again" || phrase === "of course" || phrase === "obviously" || phrase === "as usual") && !fragment) ok = false;
    if (ok) { const last = t[i + parts.length - 1]!; return { start: w.start, end: last.end, strength: 0.6, kind: "othering" }; }
  }
  return undefined;
}

function denial(t: readonly Token[], j: number): Hit | undefined {
  const w = t[j]!;
  for (let k = j + 1; k <= j + 3 && k < t.length && t[k]!.sentence === w.sentence; k++) {
    const v = t[k]!;
    if (v.kind !== "word") return undefined;
    if (v.norm === "even" || v.norm === "barely" || v.norm === "hardly" || v.norm === "be" && BE_COMPETENCE.has(t[k + 1]?.norm ?? "")) {
      if (v.norm === "be") return { start: w.start, end: t[k + 1]!.end, strength: 0.7, kind: "capability" };
      continue;
    }
    if (v.norm === "know" && t[k + 1]?.norm === "how") continue;
    if (v.norm === "how" || v.norm === "to") continue;
    if (COMPETENCE.has(v.norm) && v.norm !== "be") return { start: w.start, end: v.end, strength: 0.7, kind: "capability" };
    // "just don't get our humour", "never get the banter": a people said not to understand the culture
    if (v.norm === "get" || v.norm === "understand") {
      for (let m = k + 1; m <= k + 3 && m < t.length && t[m]!.sentence === w.sentence; m++) if (CULTURE_GOT.has(t[m]!.norm)) return { start: w.start, end: t[m]!.end, strength: 0.7, kind: "capability" };
    }
    if (DUTY.has(v.norm) && (w.norm === "never" || w.norm.startsWith("don") || w.norm.startsWith("doesn") || w.norm === "refuse" || w.norm === "refuses")) return { start: w.start, end: v.end, strength: 0.6, kind: "duty" };
    return undefined;
  }
  return undefined;
}

function exclusion(t: readonly Token[], j: number): Hit | undefined {
  const w = t[j]!;
  const neg = w.norm === "shouldn't" || w.norm === "shouldnt" || t[j + 1]?.norm === "not";
  for (let k = j + 1; k <= j + 3 && k < t.length && t[k]!.sentence === w.sentence; k++) {
    const v = t[k]!.norm;
    if (neg && v === "be" && ROLE.has(t[k + 1]?.norm ?? "")) return { start: w.start, end: t[k + 1]!.end, strength: 0.75, kind: "exclusion" };
    if (v === "not" || v === "to" || v === "be" && neg) continue;
    if (neg && (v === "allowed" || v === "get" || v === "be")) return { start: w.start, end: t[k]!.end, strength: 0.7, kind: "exclusion" };
    if (!neg && (v === "sent" || v === "deported" || v === "banned")) return { start: w.start, end: t[k]!.end, strength: 0.75, kind: "exclusion" };
    // "should go back (where they came from / to their own country)", not "should go back to their GP"
    if (!neg && v === "go" && t[k + 1]?.norm === "back") {
      const n2 = t[k + 2];
      const n3 = t[k + 3]?.norm;
      const home = !n2 || n2.sentence !== w.sentence || n2.kind === "punct" || n2.norm === "home" || n2.norm === "where" || (n2.norm === "to" && (n3 === "where" || (n3 === "their" && t[k + 4]?.norm === "own") || (t[k + 3]?.cap === true && t[k + 3]!.kind === "word")));
      if (home) return { start: w.start, end: t[k + 1]!.end, strength: 0.75, kind: "exclusion" };
      return undefined;
    }
    if (!EXCLUDE_AFTER.has(v)) return undefined;
  }
  return undefined;
}

function freeload(t: readonly Token[], j: number): Hit | undefined {
  const w = t[j]!;
  if (w.norm === "free") {
    const next = t[j + 1];
    return next && FREELOAD_NEXT.has(next.norm) && next.sentence === w.sentence ? { start: w.start, end: next.end, strength: 0.6, kind: "freeloading" } : undefined;
  }
  if (w.norm === "tab" || w.norm === "taxpayer" || w.norm === "taxpayers") return t[j - 1]?.norm === "our" || t[j - 1]?.norm === "the" ? { start: t[j - 1]!.start, end: w.end, strength: 0.6, kind: "freeloading" } : undefined;
  if (w.norm === "penny" || w.norm === "dime") return t[j - 2]?.norm === "never" || t[j - 2]?.norm === "paid" ? { start: w.start, end: w.end, strength: 0.6, kind: "freeloading" } : undefined;
  if (w.norm === "scroungers" || w.norm === "scrounging" || w.norm === "handouts") return { start: w.start, end: w.end, strength: 0.7, kind: "freeloading" };
  return undefined;
}

const PREV: Token[] = [];
/** Where a group is kept away from ("near the rota", "anywhere near a theatre"). */
const KEPT_AWAY = new Set(["near", "anywhere", "touch", "operate", "loose", "within"]);
/** Things a patient is kept from for their own sake ("near the biscuit tin", "near the sweets"). */
const SAFE_FROM = new Set(["biscuit", "biscuits", "tin", "sweets", "cake", "chocolate", "sugar", "stairs", "alcohol", "pub", "without"]);
/** Words one of the frames before a group needs ("typical", "always", "trust", "started", a trait). */
const BEFORE_WORDS = new Set<string>(["let", "typical", "always", "usually", "started", ...NEVER_HIRE, ...TRAIT, "scroungers"]);

/**
 * A frame before the group: "typical Polish lot", "always the Muslim families", "never trust a
 * Romanian", "don't get me started on the Indian doctors", "benefit scroungers the lot of them, the
 * Eastern Europeans", "I'd never hire a pregnant registrar".
 */
function before(a: Analysis, g: Span, gi: number): Hit | undefined {
  const t = a.tokens;
  const s = t[gi]!.sentence;
  // the words before the group, nearest first (a reused buffer: no allocation per group)
  const prev = PREV;
  prev.length = 0;
  let frameWord = false;
  for (let k = gi - 1; k >= 0 && t[k]!.sentence === s && prev.length < 8; k--) {
    if (t[k]!.kind !== "word") continue;
    prev.push(t[k]!);
    if (BEFORE_WORDS.has(t[k]!.norm)) frameWord = true;
  }
  const p0 = prev[0];
  const p1 = prev[1];
  // none of the frames below can start without one of their words
  if (!p0 || !frameWord) return undefined;
  // "typical Polish lot" (a bare "typical" before a group the engine already reads; here with "lot")
  if (p0.norm === "typical") return { start: p0.start, end: g.end, strength: 0.7, kind: "othering" };
  // "always the Muslim families", "it's always the Eastern Europeans who"
  if ((p0.norm === "the" || p0.norm === "those" || p0.norm === "these") && (p1?.norm === "always" || p1?.norm === "usually")) return { start: p1.start, end: p0.end, strength: 0.65, kind: "othering" };
  // "never trust a Romanian", "I'd never hire one"
  for (let k = 0; k < prev.length - 1 && k < 4; k++) {
    if (NEVER_HIRE.has(prev[k]!.norm) && (prev[k + 1]!.norm === "never" || prev[k + 1]!.norm === "don't" || prev[k + 1]!.norm === "dont" || prev[k + 1]!.norm === "wouldn't")) {
      return { start: prev[k + 1]!.start, end: prev[k]!.end, strength: 0.7, kind: "exclusion" };
    }
  }
  // "never let a pregnant registrar near the rota": kept away from work or patients
  const let_ = prev.findIndex((w) => w.norm === "let");
  const kept = t[a.tokenIndexAt(g.end)]?.norm;
  if (let_ >= 0 && let_ <= 2 && (prev[let_ + 1]?.norm === "never" || prev[let_ + 1]?.norm === "don't" || prev[let_ + 1]?.norm === "dont" || prev[let_ + 1]?.norm === "ever") && KEPT_AWAY.has(kept ?? "")) {
    // "never let a diabetic patient near the biscuit tin": a risk managed, not a person excluded
    const words = a.wordsAfter(g.end, 5);
    if (!words.some((w) => SAFE_FROM.has(w.norm))) return { start: (prev[let_ + 1]!.norm === "ever" ? prev[let_ + 2] ?? prev[let_ + 1]! : prev[let_ + 1]!).start, end: prev[let_]!.end, strength: 0.7, kind: "exclusion" };
  }
  // "don't get me started on the Indian doctors"
  const started = prev.findIndex((w) => w.norm === "started");
  if (started >= 0 && prev[started + 1]?.norm === "me" && prev[started + 2]?.norm === "get") return { start: prev[started + 3]?.start ?? prev[started + 2]!.start, end: prev[started]!.end, strength: 0.6, kind: "othering" };
  // "benefit scroungers the lot of them, the Eastern Europeans": an insult in apposition
  for (const w of prev.slice(0, 6)) {
    if ((TRAIT.has(w.norm) && !WEAK_TRAIT.has(w.norm)) || w.norm === "scroungers") {
      const between = a.text.slice(w.end, g.start);
      if (between.includes(",") && !/\b(?:not|never|no)\b/i.test(between)) return { start: w.start, end: w.end, strength: 0.6, kind: "trait" };
    }
  }
  return undefined;
}

/** Words that call an identity or a condition not real: "mentally ill", "a fad", "a phase", "an excuse". */
const UNREAL = new Set(["fad", "fads", "phase", "trend", "trendy", "delusion", "delusional", "excuse", "excuses", "indulged", "indulging", "fashion", "fashionable"]);
const COPULA = new Set(["is", "are", "was", "were", "it's", "its", "they're", "theyre", "he's", "she's", "'s", "being", "be", "been", "just"]);
const NEGATOR = new Set(["not", "isn't", "aren't", "wasn't", "weren't", "never", "no", "isnt", "arent"]);
/** Groups whose identity or condition is the one called unreal. */
const PATHOLOGISED_GROUPS = new Set(["gender-reassignment", "sexual-orientation", "disability"]);
/** Words that make the sentence about harm to the group or its care ("higher rates of mental illness", "due to stress"). */
const CARE_CONTEXT = new Set(["rates", "rate", "risk", "risks", "due", "stress", "stigma", "face", "faces", "higher", "lower", "support", "affirming", "services", "screening", "recognition", "diagnosed", "underdiagnosed", "under-diagnosed", "myth", "myths"]);

/**
 * An identity or a condition called unreal: "they're all mentally ill", "Autism diagnoses are just
 * the new trendy excuse", "mental illness being indulged", said where a gender identity, pronouns or a
 * disability is named (the same sentence, or for "mentally ill" the two before). Not when the
 * sentence is about the group's health or care ("higher rates of mental illness due to minority
 * stress"), and not when the claim is denied ("is not a mental illness").
 */
function pathologised(a: Analysis): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  const cues = [...proxies(a, "pathologised"), ...groupSpans(a).filter((g) => g.confidence >= 0.3 && PATHOLOGISED_GROUPS.has(String(g.data?.category)))];
  if (cues.length === 0) return out;
  const bySentence = new Map<number, Span>();
  for (const c of cues) { const s = a.sentenceOf(c.start); if (!bySentence.has(s)) bySentence.set(s, c); }
  // "mentally ill" may come a sentence before the group is named: scan the whole post (only when a cue is there)
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word") continue;
    let end = i;
    const illness = (w.norm === "mental" && (t[i + 1]?.norm === "illness" || t[i + 1]?.norm === "disorder")) || (w.norm === "mentally" && t[i + 1]?.norm === "ill");
    if (illness) end = i + 1;
    else if (!UNREAL.has(w.norm)) continue;
    const s = w.sentence;
    const cue = bySentence.get(s) ?? (illness ? bySentence.get(s - 1) ?? bySentence.get(s + 1) ?? bySentence.get(s - 2) : undefined);
    if (!cue) continue;
    // a claim: a copula just before in the clause ("they're mentally ill", "are just the new trendy excuse"), or "mental illness being indulged"
    let claim = t[end + 1]?.norm === "being";
    let denied = false;
    for (let k = i - 1, n = 0; k >= 0 && n < 6 && t[k]!.sentence === s; k--, n++) {
      if (t[k]!.kind === "punct") break;
      if (NEGATOR.has(t[k]!.norm) || t[k]!.norm.endsWith("n't")) { denied = true; break; }
      if (COPULA.has(t[k]!.norm)) claim = true;
    }
    if (!claim || denied || NEGATOR.has(t[end + 1]?.norm ?? "")) continue;
    if (sentenceWords(a, s).some((x) => CARE_CONTEXT.has(x.norm))) continue;
    // "Some people think autism is a fad. It isn't.": someone else's claim, put to rights
    if (claimedBySomeone(a, i) || rebutted(a, s)) continue;
    const group: Span = { ...cue, lexicon: "groups", confidence: 0.7, data: { category: cue.data?.category === "pathologised" ? "gender-reassignment-or-disability" : cue.data?.category, term: "pathologised" } };
    out.push({ group, range: [w.start, t[end]!.end], confidence: 0.75, frame: a.text.slice(w.start, t[end]!.end), kind: "identity or condition called unreal" });
  }
  return out;
}

/** Precautions taken against thieves: "lock the drugs cupboard", "hide your purses", "count the spoons". */
const GUARD = new Set(["lock", "hide", "guard", "watch", "count", "clutch", "secure", "nail", "hold"]);
const VALUABLES = new Set(["purse", "purses", "wallet", "wallets", "handbag", "handbags", "bags", "valuables", "phones", "drugs", "cupboard", "spoons", "silver", "silverware", "till", "tills", "cash", "jewellery", "laptops"]);

/**
 * A group's arrival met with precautions against theft: "Gypsy family in the waiting room, lock the
 * drugs cupboard and hide your purses". The precaution follows the group in its sentence or the next;
 * the same reminder with no group named is housekeeping.
 */
function guarded(a: Analysis, groups: readonly Span[]): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  for (const g of groups) {
    if (g.confidence < 0.6) continue;
    const s = a.sentenceOf(g.start);
    for (let i = a.tokenIndexAt(g.end); i < t.length && t[i]!.sentence <= s + 1; i++) {
      if (!GUARD.has(t[i]!.norm)) continue;
      const next = a.wordsAfter(t[i]!.end, 4);
      const thing = next.findIndex((w) => VALUABLES.has(w.norm));
      if (thing < 0 || next.slice(0, thing).some((w) => !(w.norm === "up" || w.norm === "your" || w.norm === "the" || w.norm === "our" || w.norm === "away" || w.norm === "down" || w.norm === "onto" || w.norm === "on" || w.norm === "to" || w.norm === "drugs"))) continue;
      out.push({ group: g, range: [t[i]!.start, next[thing]!.end], confidence: 0.75, frame: a.text.slice(t[i]!.start, next[thing]!.end), kind: "precaution against a group" });
      break;
    }
  }
  return out;
}

/**
 * The disclaimer that opens a prejudice: "Nothing against <group> but do they really need to...",
 * "no offence to <group>, but they...". The "but" must follow the group closely and what follows
 * it must come back to the group ("they", "them", "their"); "nothing against nurses" is no group.
 */
function disclaimed(a: Analysis, groups: readonly Span[]): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  for (const g of groups) {
    if (g.confidence < 0.6) continue;
    const prev = a.wordsBefore(g.start, 3).map((w) => w.norm);
    // "nothing against (the) X", "no offence to X"
    const against = (prev[0] === "against" && prev[1] === "nothing") || (prev[0] === "the" && prev[1] === "against" && prev[2] === "nothing");
    const offence = prev[0] === "to" && prev[1] === "offence" && prev[2] === "no";
    if (!against && !offence) continue;
    const gi = a.tokenIndexAt(g.end);
    const s = t[gi]!.sentence;
    let but = -1;
    for (let k = gi; k < t.length && k <= gi + 5 && t[k]!.sentence === s; k++) if (t[k]!.norm === "but") { but = k; break; }
    if (but < 0) continue;
    let back = -1;
    for (let k = but + 1; k < t.length && k <= but + 10 && t[k]!.sentence <= s + 1; k++) if (t[k]!.norm === "they" || t[k]!.norm === "them" || t[k]!.norm === "their" || t[k]!.norm === "they're") { back = k; break; }
    if (back < 0) continue;
    const opener = a.wordsBefore(g.start, 3);
    const from = opener[offence || prev[0] === "the" ? 2 : 1]!;
    out.push({ group: g, range: [from.start, t[but]!.end], confidence: 0.7, frame: a.text.slice(from.start, t[but]!.end), kind: "a disclaimer before a prejudice" });
  }
  return out;
}

/** Prejudice words an author disowns in advance or after ("not racist but", "not being funny, not sexist, just facts"). */
const PREJUDICE_WORDS = ["racist", "sexist", "homophobic", "transphobic", "ageist", "ableist", "islamophobic", "antisemitic", "xenophobic", "bigoted", "prejudiced"];
const PREJUDICE = new Set(PREJUDICE_WORDS);
/** What follows the disowning: the claim goes on ("but", "just facts", "just saying", "tbh", "it's true"). */
const EXCUSE_NEXT = new Set(["but", "just", "facts", "fact", "tbh", "ngl", "honestly", "tho", "though", "simply", "its", "it's", "i'm", "im", "merely", "only", "lol", "innit", "sorry"]);
const EXCUSE_OWNER = new Set(["i'm", "im", "i", "not", "being", "am"]);

/**
 * Whether token `k` (a prejudice word) is the author disowning prejudice ("not racist but...", "I'm
 * not being sexist, just saying", "not racist just facts"): the denial that introduces or closes a
 * generalisation, not a criticism of one ("that comment was racist", "it's racist to say...").
 */
export function disclaimerAt(t: readonly Token[], k: number): boolean {
  const w = t[k];
  if (!w || !PREJUDICE.has(w.norm)) return false;
  let j = k - 1;
  if (t[j]?.norm === "being") j--;
  if (t[j]?.norm !== "not" && t[j]?.norm !== "no") return false;
  // "it's not racist to ask", "that's not racist": a claim about an act, not the author's own disowning
  const owner = t[j - 1];
  if (owner && owner.sentence === w.sentence && owner.kind === "word" && !EXCUSE_OWNER.has(owner.norm) && !(owner.norm === "and" || owner.norm === "but" || owner.norm === "tbh")) return false;
  // what comes next: more of the claim, or the end of the post ("...not racist 🤷")
  let m = k + 1;
  while (m < t.length && t[m]!.kind === "punct" && (t[m]!.text === "," || t[m]!.text === "-" || t[m]!.text === "\u2014" || t[m]!.text === "\u2013")) m++;
  const next = t[m];
  // after a comma the claim itself may follow ("not being racist, X families..."); run on, only a continuation word ("not racist to ask" is a claim about asking)
  return !next || next.kind !== "word" || m > k + 1 || EXCUSE_NEXT.has(next.norm);
}

/**
 * A named group beside the author's own disowning of prejudice ("every X family is the same... not
 * racist just facts", "not being funny, not sexist, but women surgeons..."): the disclaimer admits
 * the generalisation it sits beside. Read in the group's sentence and the two after (and the one
 * before), only in posts with a prejudice word.
 */
function excused(a: Analysis, groups: readonly Span[]): Frame[] {
  const out: Frame[] = [];
  if (!a.hasAnyWord(PREJUDICE_WORDS)) return out;
  const t = a.tokens;
  for (let k = 0; k < t.length; k++) {
    if (t[k]!.kind !== "word" || !PREJUDICE.has(t[k]!.norm)) continue;
    // "a patient called me racist... I'm not racist": a defence against an accusation, not a disclaimer
    if (!disclaimerAt(t, k)) break;
    const s = t[k]!.sentence;
    const g = groups.find((x) => { const gs = a.sentenceOf(x.start); return x.confidence >= 0.6 && gs >= s - 2 && gs <= s + 1; });
    if (!g) continue;
    let from = k - 1;
    if (t[from - 1]?.norm === "not" || t[from]?.norm === "being") from--;
    out.push({ group: g, range: [g.start, g.end], confidence: 0.7, frame: a.text.slice(t[from]!.start, t[k]!.end), kind: "prejudice disowned beside a generalisation" });
    break;
  }
  return out;
}

/** Crimes an ironic word pins on a group ("a week of 'mysterious' thefts"). */
const CRIME_LIST = ["theft", "thefts", "burglary", "burglaries", "break-ins", "robberies", "robbery", "shoplifting", "crime", "crimes", "stabbings", "muggings", "fights", "vandalism"];
const CRIME = new Set(CRIME_LIST);
/** Weary repetition tails: "no English between them", "you couldn't make it up". */
const WEARY_TAIL = new Set(["english", "make"]);
/**
 * Weary othering and insinuated crime:
 *  - "Another Roma family in resus, another 14 relatives... and no English between them. You couldn't
 *    make it up.": "another" before the group, then a sneer at their language or "couldn't make it up";
 *  - "<group> at the site again, which means a week of 'mysterious' thefts": a crime beside the group,
 *    its cause hinted by scare quotes round the word before it. Even a weakly named group counts here
 *    ("Travellers"): the scare quotes and the crime make the reading.
 */
function weary(a: Analysis, groups: readonly Span[]): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  const crime = a.hasAnyWord(CRIME_LIST);
  for (const g of groups) {
    const s = a.sentenceOf(g.start);
    const prev = a.wordsBefore(g.start, 1)[0];
    if (g.confidence >= 0.6 && prev?.norm === "another") {
      for (let k = a.tokenIndexAt(g.end); k < t.length && t[k]!.sentence <= s + 1; k++) {
        const n = t[k]!.norm;
        if (!WEARY_TAIL.has(n)) continue;
        const lang = n === "english" && (t[k - 1]?.norm === "no" || (t[k - 1]?.norm === "of" && t[k - 2]?.norm === "word"));
        const madeUp = n === "make" && t[k + 1]?.norm === "it" && t[k + 2]?.norm === "up" && (t[k - 1]?.norm === "couldn't" || t[k - 1]?.norm === "could");
        if (!lang && !madeUp) continue;
        out.push({ group: g, range: [prev.start, g.end], confidence: 0.7, frame: a.text.slice(prev.start, t[madeUp ? k + 2 : k]!.end), kind: "weary othering" });
        break;
      }
      continue;
    }
    if (!crime || g.confidence < 0.3) continue;
    // a weakly named group only capitalised, as a people ("Travellers"), not "travellers" on a train
    if (g.confidence < 0.55 && !/^\p{Lu}/u.test(g.text)) continue;
    for (let k = a.tokenIndexAt(g.end); k < t.length && t[k]!.sentence === s; k++) {
      if (!CRIME.has(t[k]!.norm)) continue;
      const before = t[k - 1];
      const quoted = before && before.kind === "punct" && (before.text === "'" || before.text === "\u2019" || before.text === '"' || before.text === "\u201d") ? t[k - 2] : undefined;
      if (!quoted || quoted.kind !== "word" || !(a.text[quoted.start - 1] === "'" || a.text[quoted.start - 1] === "\u2018" || a.text[quoted.start - 1] === '"' || a.text[quoted.start - 1] === "\u201c")) continue;
      out.push({ group: g, range: [g.start, t[k]!.end], confidence: 0.7, frame: a.text.slice(quoted.start - 1, t[k]!.end), kind: "crime insinuated" });
      break;
    }
  }
  return out;
}

const PRAISE = new Set(["great", "fine", "lovely", "brilliant", "ok", "okay", "good", "amazing", "wonderful", "fab", "alright"]);
/** Conditions that take the praise back ("until" and "unless" also open real limits: "great, until they hit the glass ceiling"). */
const PROVISO = [["as", "long", "as"], ["so", "long", "as"], ["provided"], ["except"], ["just", "not"]];

/** Backhanded praise: "Female surgeons are great, as long as you don't need them on a school day". */
function backhanded(a: Analysis, groups: readonly Span[]): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  for (const g of groups) {
    if (g.confidence < 0.6) continue;
    const next = a.wordsAfter(g.end, 6);
    if (!(next[0]?.norm === "are" || next[0]?.norm === "is") || !next[1] || !PRAISE.has(next[1].norm)) continue;
    const k = a.tokenIndexAt(next[1].end);
    let j = k;
    while (j < t.length && t[j]!.kind === "punct" && t[j]!.sentence === t[k - 1]!.sentence) j++;
    for (const p of PROVISO) {
      if (!p.every((w, q) => t[j + q]?.norm === w)) continue;
      const end = t[j + p.length - 1]!.end;
      out.push({ group: g, range: [g.start, end], confidence: 0.75, frame: a.text.slice(next[1].start, end), kind: "backhanded praise" });
      break;
    }
  }
  return out;
}

/** Pronoun words among the "pathologised" proxies (the mock frame reads only these). */
const PRONOUN_CUES = /^(?:pronouns?|pronoun badges?|preferred pronouns|they\/them|she\/her|he\/him)$/i;
const SARCASM = new Set(["apparently", "now", "rule", "woke", "lol"]);
const SARCASM_EMOJI = new Set(["\u{1F644}", "\u{1F602}", "\u{1F923}", "\u{1F921}"]);

/**
 * Choosing pronouns mocked with a mock title: "we can all pick our pronouns now, so I identify as
 * 'Lord of the Rota' 🙄", "I'll be 'Your Majesty' from Monday". The author's own pronouns, or a
 * nickname offered, carry no sarcasm marker.
 */
function mockIdentity(a: Analysis): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  for (const cue of proxies(a, "pathologised")) {
    if (!PRONOUN_CUES.test(cue.text)) continue;
    const s = a.sentenceOf(cue.start);
    const words = [...sentenceWords(a, s), ...sentenceWords(a, s + 1)];
    const sarcastic = words.some((w) => SARCASM.has(w.norm)) || sentencePunct(a, s).some((p) => SARCASM_EMOJI.has(p.text));
    if (!sarcastic) continue;
    // "identify as '...'" or "I'll be '...'": the author takes a mock title in quotes
    for (let i = a.tokenIndexAt(cue.end); i < t.length && t[i]!.sentence <= s + 1; i++) {
      const w = t[i]!;
      const opener = (w.norm === "as" && t[i - 1]?.norm === "identify") || (w.norm === "be" && (t[i - 1]?.norm === "i'll" || t[i - 1]?.norm === "ill"));
      if (!opener) continue;
      const q = t[i + 1];
      if (!q || q.kind !== "punct" || !(q.text === "'" || q.text === "\u2018" || q.text === '"' || q.text === "\u201c")) continue;
      let close = i + 2;
      while (close < t.length && close < i + 10 && !(t[close]!.kind === "punct" && (t[close]!.text === q.text || t[close]!.text === "\u2019" || t[close]!.text === "\u201d"))) close++;
      if (close >= t.length || close >= i + 10) continue;
      const start = w.norm === "as" ? t[i - 1]!.start : w.start;
      const group: Span = { ...cue, lexicon: "groups", confidence: 0.7, text: "people who state their pronouns", data: { category: "gender-reassignment", term: "pronouns mocked" } };
      out.push({ group, range: [start, t[close]!.end], confidence: 0.75, frame: a.text.slice(start, t[close]!.end), kind: "pronouns mocked" });
      break;
    }
  }
  return out;
}

/** Words that call an impairment fake ("the biggest con going", "faking it", "on the fiddle"). */
const FAKED = new Set(["scam", "scams", "con", "cons", "fake", "fakes", "faking", "fakers", "fraud", "frauds", "fraudsters", "blagging", "blaggers", "blag", "pretending", "skiving", "swinging", "fiddle"]);
const QUOTE_MARKS = new Set(["'", "\u2018", "\u2019", '"', "\u201c", "\u201d"]);
const REPORTED_BY = new Set(["told", "tell", "tells", "said", "say", "says", "asked", "complained", "reported", "report"]);

/**
 * A disability doubted: scare quotes on what disabled people say of themselves ("who 'can't walk'",
 * "'housebound' until the pub opens") with a word that calls it fake, in the sentence or the next.
 * Fraud by others that harms the group, or the group's own words reported, is not it.
 */
function doubtedDisability(a: Analysis, groups: readonly Span[]): Frame[] {
  const out: Frame[] = [];
  const t = a.tokens;
  for (const g of groups) {
    if (g.confidence < 0.6 || g.data?.category !== "disability") continue;
    const s = a.sentenceOf(g.start);
    let quotes = 0;
    let fake: Token | undefined;
    let reported = false;
    for (let k = a.tokenIndexAt(g.end); k < t.length && t[k]!.sentence <= s + 1 && k < a.tokenIndexAt(g.end) + 60; k++) {
      const w = t[k]!;
      if (w.sentence === s && w.kind === "punct" && QUOTE_MARKS.has(w.text)) quotes++;
      else if (w.kind === "word" && FAKED.has(w.norm) && !fake) fake = w;
      else if (w.sentence === s && w.kind === "word" && REPORTED_BY.has(w.norm)) reported = true;
    }
    if (quotes < 2 || !fake || reported) continue;
    // "a scam that hurts wheelchair users": the fraud is done to them
    if (a.wordsBefore(g.start, 3).some((w) => w.norm === "hurts" || w.norm === "harms" || w.norm === "against" || w.norm === "targets")) continue;
    out.push({ group: g, range: [fake.start, fake.end], confidence: 0.75, frame: fake.text, kind: "a disability doubted and called fake" });
  }
  return out;
}
