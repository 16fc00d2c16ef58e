// Ways of going public that a phrase list cannot enumerate, built from parts and shaped like
// concerns-lexicon spans so concerns/public-disclosure weighs them the same way:
// - a proper channel said to have failed, as the reason for posting: "Datix goes nowhere", "I've
//   reported it to the CIO twice", "the proper channels are a joke" (public-exposure);
// - a call to the public to spread it or act: "Journalists, DMs open", "share until someone
//   listens", "tell your friends to deliver elsewhere", "patients deserve to know" (public-exposure);
// - a prediction of harm: "someone's going to die", "a baby will come to harm", "we are not safe"
//   (safety-concern).
import { PostCache, type Analysis } from "../../analysis";
import type { Token } from "../../text/tokenize";
import type { Span } from "../../types";

/** A report made through a channel, in the author's words ("I've reported it", "Datixed it"). */
const REPORTED = new Set(["reported", "datixed", "escalated", "flagged", "raised", "emailed", "complained", "mentioned", "warned"]);
/** Said of a channel that did nothing: "goes nowhere", "does nothing", "is a joke", "twice", "five times". */
const NOTHING = new Set(["nowhere", "nothing", "nothing's", "joke", "pointless", "useless", "ignored", "ignores", "blackhole", "void"]);
/**
 * Nobody acting on a known problem: "Nobody's pulled them", "nobody upstairs is listening", "Nobody
 * does anything", "management won't listen". The organisation's own channels said to have failed.
 */
export const INACTION = "nobody acting on a known problem";
const NOBODY = new Set(["nobody", "nobody's", "noone", "no-one"]);
const AUTHORITIES = new Set(["management", "managers", "manager", "trust", "board", "execs", "upstairs", "bosses", "office", "procurement", "estates", "exec", "governance"]);
/** Between an authority and "nothing": "the trust did nothing", "governance team will do nothing", "management have done nothing". */
const DO_NOTHING_BETWEEN = new Set(["team", "will", "'ll", "would", "do", "does", "did", "has", "have", "done", "still", "always", "just"]);
/** Providing what a unit needs: refused, it leaves the risk standing ("won't pay for cover"). */
const PROVIDE = new Set(["pay", "fund", "hire", "replace", "recruit", "buy"]);
/** What a unit needs provided: staff, cover or kit. */
const PROVIDED = new Set(["cover", "locum", "locums", "agency", "staff", "nurse", "nurses", "doctor", "doctors", "pharmacist", "midwife", "midwives", "hca", "hcas", "another", "second", "extra", "new", "replacement", "it", "one"]);
const REFUSE = new Set(["won't", "wont", "doesn't", "don't", "never", "refuse", "refuses", "refused"]);
const ACT = new Set(["listen", "listens", "listening", "listened", "act", "acts", "acted", "acting", "pulled", "fixed", "fix", "fixes", "fixing", "sorts", "notices", "investigating", "investigated", "investigate", "cares", "care", "does", "do", "doing", "did", "done", "changed", "responded", "replied", "bothered", "taken", "removed", "stopped", "checks", "checked", "checking"]);
/** Inaction at home or in the nation at large is not a unit ignoring a hazard. */
const NOT_ORGANISATION = new Set(["kids", "children", "husband", "wife", "partner", "nationally", "government", "ministers", "politicians", "westminster"]);
const REACTION = new Set(["badly", "offence", "offense", "personally", "kindly", "well"]);
const REPEATS = new Set(["twice", "again", "times", "repeatedly", "months", "weeks"]);
/** Addressees of a call to spread a concern. */
const PUBLIC_AUDIENCE = new Set(["journalists", "journalist", "press", "media", "reporters", "everyone", "friends", "public"]);
const SPREAD = new Set(["share", "retweet", "rt", "repost", "spread", "amplify", "boost"]);
/** "...until someone listens", "...so they see": spreading as pressure, not sharing news. */
const UNTIL = new Set(["until", "till", "so", "before"]);
/** Who is pressed by spreading it, and what they are to do: "make them look", "force management to listen". */
const PRESSED = new Set(["them", "management", "managers", "trust", "board", "bosses", "execs", "government", "ministers"]);
const NOTICE = new Set(["look", "listen", "notice", "act", "see", "care", "respond", "pay", "sit", "take"]);
const DESERVE = new Set(["deserve", "deserves", "need", "needs", "have", "has", "should"]);
const KNOW = new Set(["know", "hear"]);
const WHO = new Set(["patients", "families", "public", "people", "parents", "mums"]);
/** The subject of a harm prediction. */
const VICTIM = new Set(["someone", "somebody", "someone's", "somebody's", "patient", "patients", "baby", "babies", "mum", "child", "kid", "people", "person", "somebody'll", "someone'll"]);
const WILL = new Set(["will", "'ll", "going", "gonna", "could", "might", "about"]);
const HARM = new Set(["die", "dies", "dying", "hurt", "harmed", "harm", "killed", "injured", "deteriorate"]);

/**
 * The post itself named as the channel: "I'm putting it here instead", "posting because the formal
 * routes aren't working", "posting the photo so someone finally does something". A verb of posting,
 * then within four words "here ... instead" (not "instead of"), or a reason that a channel failed
 * ("because nothing happens", "since the routes aren't working") or that the post should make someone act.
 */
const POSTING = new Set(["posting", "putting", "sharing", "writing", "saying", "post", "put", "share", "tweeting", "tweet"]);
// (and as typed in a hurry: "bc", "bcos", "cuz", "cause")
const BECAUSE = new Set(["because", "since", "cos", "coz", "as", "bc", "bcos", "bcoz", "cuz", "cause", "'cause"]);
const SO_THAT = new Set(["so", "until", "till", "til"]);
/** A channel named in a reason for posting ("the formal routes aren't working"). */
const CHANNEL_NOUNS = new Set(["routes", "route", "channels", "channel", "datix", "datixes", "datixing", "reporting", "reports", "complaints", "emails", "escalating", "escalation", "management", "managers", "incident", "incidents", "freedom"]);
const NOT_WORKING = new Set(["aren't", "arent", "isn't", "isnt", "don't", "doesn't", "won't", "never", "not", "failed", "fail", "broken"]);
/** Who should act when the post lands. */
const ACTOR = new Set(["someone", "somebody", "they", "management", "the", "trust", "board", "anyone", "anybody"]);
/** Giving up silence or a channel: "I'm done staying quiet", "I've stopped Datixing". */
const QUITTING = new Set(["done", "finished", "stopped", "through", "sick"]);
const SILENT = new Set(["quiet", "silent", "shtum", "schtum"]);
const KEEPING = new Set(["staying", "keeping", "being", "of"]);
const CHANNEL_VERBS = new Set(["datixing", "reporting", "escalating", "complaining", "raising"]);

/**
 * A warning told to the public about a service, instead of raised with it: "PSA to patients at...",
 * "If you've been there, get checked", "If you're local and pregnant...", "do NOT take your kids
 * to...", "Avoid." The rule counts it only beside a risk or a failure of care in the post.
 */
export const WARNING = "a warning told to the public";
const PSA_AUDIENCE = new Set(["patients", "everyone", "anyone", "parents", "mums", "locals", "all", "families", "people"]);
const YOU = new Set(["you", "you've", "you're", "youve", "youre", "your"]);
/** What a warned reader is told to do: "get checked", "ring us", "check your...", "stay away", "go elsewhere". */
const WARN_DO: readonly (readonly string[])[] = [["get", "checked"], ["get", "tested"], ["ring", "us"], ["call", "us"], ["check", "your"], ["stay", "away"], ["go", "elsewhere"], ["been", "there"], ["are", "local"], ["you're", "local"], ["youre", "local"]];
const KIN = new Set(["kids", "children", "child", "baby", "babies", "mum", "dad", "mam", "nan", "gran", "parents", "family", "relatives", "pets"]);
/** Units an author may decline to name: "not naming the trust", "won't name the ward". */
const UNITS = new Set(["trust", "hospital", "ward", "unit", "practice", "surgery", "department", "home", "board", "clinic", "team", "service", "pharmacy", "place"]);
/** Platforms hoped to do what a channel did not: "maybe Twitter will get someone's attention". */
const PLATFORMS = new Set(["twitter", "x", "tiktok", "instagram", "facebook", "linkedin", "socials", "reddit"]);
const ATTENTION = new Set(["attention", "notice", "listen", "act", "move", "respond"]);

/**
 * The author declining the proper channel and posting instead: "I'm not reporting it", "not raising it
 * with anyone", "I've told nobody official", "no faith in the complaints process", "posting here instead
 * of to HR", "putting it out publicly". It counts only about an identifiable unit or beside a risk or a
 * failure of care (an author who won't report a neighbour's parking raises nothing).
 */
export const DECLINED = "the proper channel declined for the post";
/** The press invited in; like a warning, it counts only beside a risk ("journalists, DM me" about a bake sale is news). */
export const PRESS_INVITED = "the press invited in";
/** Verbs of using a channel that the author may decline ("not reporting it", "won't Datix it"). */
const CHANNEL_USE = new Set(["reporting", "report", "reported", "raising", "raise", "datixing", "datix", "escalating", "escalate", "escalated", "flagging", "flag", "flagged", "whistleblowing"]);
/** Negators before a channel verb: "not", "won't", "didn't", "haven't", "never", "not going to". */
const DECLINE = new Set(["not", "won't", "wont", "didn't", "didnt", "haven't", "havent", "never", "hasn't", "aren't", "weren't", "isn't"]);
/** The author as subject ("I'm not reporting", "we didn't report"), or none ("Not reporting it to anyone"). */
const AUTHOR = new Set(["i", "i'm", "im", "i've", "ive", "we", "we're", "we've", "i'll", "am"]);
/** Adverbs between the subject and the negator ("I'm still not reporting it"). */
const ADVERBS = new Set(["still", "just", "deliberately", "honestly", "officially", "definitely"]);
const BE_NOT = new Set(["isn't", "aren't", "wasn't", "weren't", "hasn't"]);
/** Said after a declined channel verb that makes it pending or someone else's: "not reported it yet". */
const PENDING = new Set(["yet", "symptoms", "pain", "side", "back", "sick", "in", "for"]);
/** Where the post is said to go instead of a channel: "instead of to HR", "rather than Datix". */
const CHANNEL_TARGETS = new Set([...CHANNEL_NOUNS, "hr", "datix", "manager", "matron", "gmc", "cqc", "nmc", "guardian", "ftsu", "raising", "reporting", "complaining", "pals"]);
/** The press, invited in: "press please DM me", "any journalists get in touch", "tagging the local paper". */
const PRESS = new Set(["press", "journalist", "journalists", "reporter", "reporters", "paper", "papers", "media", "bbc", "itv", "newspaper", "news"]);
const PRESS_CONTACT = new Set(["dm", "dms", "message", "inbox", "contact", "pm", "email", "touch"]);
const IGNORE_BETWEEN = new Set(["are", "is", "have", "has", "keep", "keeps", "just", "still", "been", "completely", "simply"]);
const NOT_SAFE = new Set(["isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "unsafe"]);
const BE = new Set(["is", "are", "was", "were", "it's", "its", "that's", "thats", "he's", "she's", "they're"]);
const SAFE_FOR = new Set(["to", "if", "when", "for", "enough", "yet", "with", "around", "at", "in", "on"]);
const PROHIBIT = new Set(["never", "don't", "dont", "avoid", "shouldn't", "mustn't", "not"]);
const TAGGING = new Set(["tagging", "tagged", "tag", "cc", "cc'ing", "ccing", "@ing", "copying"]);

function cue(a: Analysis, from: Token, to: Token, category: string, confidence: number, source: string): Span {
  return { type: "phrase", start: from.start, end: to.end, text: a.text.slice(from.start, to.end), confidence, detector: "concern-pattern", lexicon: "concerns", data: { category, source } };
}

/** The sentence after `s`, if it is a curt verdict of nothing ("Nothing.", "Still nothing.", "Ignored."): its verdict word. */
function curtVerdict(t: readonly Token[], from: number, s: number): Token | undefined {
  let words = 0;
  let verdict: Token | undefined;
  // (from the channel on, and only so far: the channel's sentence is usually short)
  for (let k = from; k < t.length && k < from + 60; k++) {
    const x = t[k]!;
    if (x.sentence <= s) continue;
    if (x.sentence !== s + 1) break;
    if (x.kind !== "word" && x.kind !== "number") continue;
    if (++words > 3) return undefined;
    if (NOTHING.has(x.norm) || x.norm === "silence" || x.norm === "crickets") verdict = x;
  }
  return verdict;
}

/** Whether sentence `s` (or the one before it, which often sets the scene) holds one of `words`. */
function sentenceHas(a: Analysis, s: number, words: ReadonlySet<string>): boolean {
  const found = a.sentencesWith("concerns-not-organisation", (t) => words.has(t.norm));
  return found.has(s) || found.has(s - 1);
}

const cache = new PostCache<Span[]>();

/** Exposure and harm cues in text order; linear in the number of tokens (bounded look-ahead). */
const CHECKING = new Set(["checks", "checked", "checking"]);
const CHECKED_THINGS = new Set(["them", "it", "this", "these", "those", "the", "their", "any", "anything"]);
/** After "so": the post offered ("i'm posting it", "posting this", "here it is", "here goes"); the token that ends it. */
const SELF_WORDS = new Set(["i'm", "im", "i", "i'll", "ill", "am", "just", "now", "we're"]);
function postOffered(t: readonly Token[], i: number, s: number): Token | undefined {
  let k = i + 1;
  while (k < t.length && k <= i + 3 && t[k]!.sentence === s && SELF_WORDS.has(t[k]!.norm)) k++;
  const v = t[k];
  if (!v || v.sentence !== s) return undefined;
  if (POSTING.has(v.norm) && v.norm !== "saying" && v.norm !== "writing") return v;
  // "so here it is", "so here goes", "so here we are"
  if (v.norm === "here" && t[k + 1]?.sentence === s && (t[k + 1]!.norm === "goes" || ((t[k + 1]!.norm === "it" || t[k + 1]!.norm === "we") && (t[k + 2]?.norm === "is" || t[k + 2]?.norm === "are")))) return t[k + 1]!.norm === "goes" ? t[k + 1]! : t[k + 2]!;
  return undefined;
}
/** The posting verb at `k` goes on to "instead", "because" or "so that": the cues after it read it. */
function givesReason(t: readonly Token[], k: number, s: number): boolean {
  for (let m = k + 1; m < t.length && m <= k + 5 && t[m]!.sentence === s; m++) if (t[m]!.norm === "instead" || BECAUSE.has(t[m]!.norm) || SO_THAT.has(t[m]!.norm)) return true;
  return false;
}
/** Just before "so": nobody listens, a concern ignored, nobody else to tell ("no one listens", "idk who else to tell"). */
const IGNORING = new Set(["ignores", "ignored", "ignoring", "ignore", "dismissed", "dismisses"]);
function channelsFailedBefore(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const n = t[k]!.norm;
    if (IGNORING.has(n) || NOTHING.has(n)) return true;
    if ((NOBODY.has(n) || (n === "one" && t[k - 1]?.norm === "no")) && ACT.has(t[k + 1]?.norm ?? "")) return true;
    // "who else to tell", "nowhere else to go"
    if ((n === "who" || n === "where") && t[k + 1]?.norm === "else") return true;
  }
  return false;
}

export function exposureCues(a: Analysis): Span[] {
  let out = cache.get(a);
  if (out) return out;
  out = [];
  const t = a.tokens;
  const channels = a.lexicon("concerns", "proper-channel");
  const channelAt = new Map<number, Span>();
  for (const c of channels) channelAt.set(c.start, c);
  const word = (k: number) => (t[k] && t[k]!.kind !== "punct" ? t[k]!.norm : "");
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.kind !== "word" && w.kind !== "mention") continue;
    const s = w.sentence;
    // a channel, then within ten words that it failed: "Datix goes nowhere", "proper channels are a joke"
    const channel = channelAt.get(w.start);
    if (channel || REPORTED.has(w.norm)) {
      const from = channel ? a.tokenIndexAt(channel.end - 1) + 1 : i + 1;
      for (let k = from; k < t.length && k <= from + 10 && t[k]!.sentence === s; k++) {
        const n = t[k]!.norm;
        const repeated = REPEATS.has(n) && (n !== "times" || t[k - 1]?.kind === "number" || /^(?:three|four|five|six|several|many|multiple)$/.test(t[k - 1]?.norm ?? ""));
        if (NOTHING.has(n) || (REPORTED.has(w.norm) && repeated)) {
          out.push(cue(a, w, t[k]!, "public-exposure", channel ? 0.6 : 0.55, "a proper channel said to have failed"));
          i = k;
          break;
        }
      }
      // "Third Datix this month about the fridge. Nothing.": the verdict on the channel in a curt sentence of its own
      if (channel && out[out.length - 1]?.start !== w.start) {
        const verdict = curtVerdict(t, i, s);
        if (verdict) { out.push(cue(a, w, verdict, "public-exposure", 0.6, "a proper channel said to have failed")); i = a.tokenIndexAt(verdict.start); }
      }
      continue;
    }
    // "I'm not reporting it", "Not reporting it to anyone", "we never Datixed it": the channel declined by the author
    if (DECLINE.has(w.norm) && CHANNEL_USE.has(word(i + 1) === "going" && word(i + 2) === "to" ? word(i + 3) : word(i + 1))) {
      const v = word(i + 1) === "going" ? i + 3 : i + 1;
      // ("the scan still isn't reported": a passive, of a thing; "we aren't reporting it" is the author)
      const passive = BE_NOT.has(w.norm) && !word(v).endsWith("ing");
      const sub = ADVERBS.has(t[i - 1]?.norm ?? "") ? i - 2 : i - 1;
      const subject = t[sub] && t[sub]!.sentence === s ? t[sub]!.norm : "";
      const byAuthor = subject === "" || AUTHOR.has(subject) || (t[i - 1]?.kind === "punct" && !(t[i - 2]?.kind === "word" && !AUTHOR.has(t[i - 2]!.norm) && t[i - 2]!.sentence === s));
      const pending = PENDING.has(word(v + 1)) || PENDING.has(word(v + 2));
      if (byAuthor && !passive && !pending && t[i - 2]?.norm !== "if" && subject !== "if") { out.push(cue(a, w, t[v]!, "public-exposure", 0.55, DECLINED)); i = v; continue; }
    }
    // "I've told nobody official", "told no one at work"
    if ((w.norm === "told" || w.norm === "telling" || w.norm === "tell") && (NOBODY.has(word(i + 1)) || (word(i + 1) === "no" && word(i + 2) === "one"))) {
      const k = word(i + 1) === "no" ? i + 2 : i + 1;
      const m = word(k + 1) === "official" || (word(k + 1) === "at" && word(k + 2) === "work") ? k + (word(k + 1) === "at" ? 2 : 1) : -1;
      if (m > 0) { out.push(cue(a, w, t[m]!, "public-exposure", 0.55, DECLINED)); i = m; continue; }
    }
    // "no faith in the complaints process", "zero trust in Datix"
    if ((w.norm === "faith" || w.norm === "trust" || w.norm === "confidence") && (word(i - 1) === "no" || word(i - 1) === "zero" || word(i - 1) === "lost") && word(i + 1) === "in") {
      for (let k = i + 2; k < t.length && k <= i + 5 && t[k]!.sentence === s; k++) if (CHANNEL_TARGETS.has(t[k]!.norm)) { out.push(cue(a, t[i - 1]!, t[k]!, "public-exposure", 0.55, DECLINED)); i = k; break; }
      continue;
    }
    // "posting it here instead of to HR", "rather than Datix": the post put in a channel's place
    if ((w.norm === "instead" && word(i + 1) === "of") || (w.norm === "rather" && word(i + 1) === "than")) {
      for (let k = i + 2; k < t.length && k <= i + 5 && t[k]!.sentence === s; k++) if (CHANNEL_TARGETS.has(t[k]!.norm) || channelAt.has(t[k]!.start)) { out.push(cue(a, w, t[k]!, "public-exposure", 0.65, DECLINED)); i = k; break; }
      continue;
    }
    // "posting it publicly", "saying it publicly", "here's the fourth, publicly"
    // (not advice about what readers post: "never put a name on a slide you share publicly")
    // (the author's own posting, not "Rachel chose to share this publicly")
    const byMe = (j: number) => !t[j - 1] || t[j - 1]!.sentence !== s || AUTHOR.has(t[j - 1]!.norm) || t[j - 1]!.kind === "punct";
    if (w.norm === "publicly" && t.slice(Math.max(0, i - 4), i).some((x, d, all) => x.sentence === s && (((POSTING.has(x.norm) && byMe(i - all.length + d))) || x.norm === "here's" || x.norm === "heres")) && !t.slice(Math.max(0, i - 6), i).some((x) => x.sentence === s && (YOU.has(x.norm) || PROHIBIT.has(x.norm)))) { out.push(cue(a, w, w, "public-exposure", 0.55, DECLINED)); continue; }
    // "someone from the press please DM me", "journalists get in touch", "tagging the local paper"
    if (PRESS.has(w.norm) && !(w.norm === "news" && word(i - 1) !== "the")) {
      let end: Token | undefined;
      for (let k = i + 1; k < t.length && k <= i + 4 && t[k]!.sentence === s && !end; k++) if (PRESS_CONTACT.has(t[k]!.norm) && (t[k]!.norm !== "touch" || word(k - 1) === "in")) end = t[k];
      // ("Press, my DMs are open" is read below, as a stronger invitation)
      if (end && (end.norm === "dms" || end.norm === "dm" || end.norm === "inbox") && (word(a.tokenIndexAt(end.start) + 1) === "open" || word(a.tokenIndexAt(end.start) + 2) === "open")) end = undefined;
      const tagged = t.slice(Math.max(0, i - 3), i).some((x) => x.sentence === s && TAGGING.has(x.norm));
      if (end || tagged) { const from = tagged ? t.slice(Math.max(0, i - 3), i).find((x) => TAGGING.has(x.norm))! : w; out.push(cue(a, from, end ?? w, "public-exposure", 0.6, PRESS_INVITED)); i = a.tokenIndexAt((end ?? w).start); continue; }
    }
    // "I'm done staying quiet", "done keeping quiet about it", "I've stopped Datixing"
    if (QUITTING.has(w.norm)) {
      if (KEEPING.has(word(i + 1)) && SILENT.has(word(i + 2))) { out.push(cue(a, w, t[i + 2]!, "public-exposure", 0.5, "giving up silence")); i += 2; continue; }
      if (w.norm === "stopped" && CHANNEL_VERBS.has(word(i + 1))) { out.push(cue(a, w, t[i + 1]!, "public-exposure", 0.5, "giving up the channel")); i += 1; continue; }
    }
    // "I'm putting it here instead", "posting because the routes aren't working", "posting the photo so someone does something"
    if (POSTING.has(w.norm)) {
      let found: Token | undefined;
      let informed = false;
      for (let k = i + 1; k < t.length && k <= i + 5 && t[k]!.sentence === s && !found; k++) {
        const n = t[k]!.norm;
        if (n === "instead" && word(k + 1) !== "of" && t.slice(i + 1, k).some((x) => x.norm === "here")) found = t[k]!;
        else if (BECAUSE.has(n) || SO_THAT.has(n)) {
          for (let m = k + 1; m < t.length && m <= k + 7 && t[m]!.sentence === s; m++) {
            const r = t[m]!.norm;
            const negation = CHANNEL_NOUNS.has(r) ? t.slice(m + 1, m + 5).find((x) => x.sentence === s && NOT_WORKING.has(x.norm)) : undefined;
            // "because I'm out of options", "because there's no other option": the channels are used up
            const failed = BECAUSE.has(n) && (NOTHING.has(r) || NOBODY.has(r) || !!negation || ((r === "options" || r === "option") && (word(m - 1) === "of" || word(m - 1) === "other")));
            const acting = SO_THAT.has(n) && ACT.has(r) && t.slice(k + 1, m).some((x) => ACTOR.has(x.norm)) && r !== "do" && r !== "did";
            // "sharing so mums know", "posting so patients are aware": the public told in place of the channel
            // ("Share this so families know" asks readers to spread it: read below as a call to the public)
            // ("so the public knows": the audience may take "the")
            const aud = word(k + 1) === "the" ? k + 2 : k + 1;
            const informing = !SPREAD.has(w.norm) && n === "so" && m === aud + 1 && (WHO.has(word(aud)) || KIN.has(word(aud)) || PSA_AUDIENCE.has(word(aud))) && (KNOW.has(r) || r === "knows" || r === "aware" || ((r === "are" || r === "is") && word(m + 1) === "aware"));
            if (informing) { found = r === "are" ? t[m + 1]! : t[m]!; informed = true; break; }
            if (failed || acting) { found = negation ?? t[m]!; break; }
          }
          break;
        }
      }
      // "here ... instead" says outright that the post replaces the channel: the strongest of these
      // (telling the public is a warning: a concern only beside a risk or a failure of care, otherwise news)
      if (found) { out.push(cue(a, w, found, "public-exposure", found.norm === "instead" ? 0.8 : 0.6, informed ? WARNING : "the post named as the channel")); i = a.tokenIndexAt(found.start); continue; }
    }
    // "no one listens, so i'm posting it", "idk who else to tell so here it is": the post itself offered as
    // what is left once the channels failed (the failure said in the words just before "so")
    if (w.norm === "so" && i > 0) {
      const offered = postOffered(t, i, s);
      // (one cue per exposure: not when the failure before is already one, "Datix goes nowhere. So here it is",
      // nor when the posting verb goes on to its own reason, "so I'm sharing it here instead")
      const said = (x: { start: number }) => x.start < w.start && a.sentenceOf(x.start) >= s - 1;
      if (offered && channelsFailedBefore(t, i) && !out.some(said) && !a.lexicon("concerns", "public-exposure").some(said) && !givesReason(t, a.tokenIndexAt(offered.start), s)) { out.push(cue(a, w, offered, "public-exposure", 0.6, "the post named as the channel")); i = a.tokenIndexAt(offered.start); continue; }
    }
    // "Not naming the trust but if you know, you know", "won't name the ward, but...": the unit withheld in
    // words and offered by a hint (counted, like a warning, only beside a risk or a failure of care)
    if ((w.norm === "naming" && (word(i - 1) === "not" || word(i - 1) === "i'm")) || (w.norm === "name" && (word(i - 1) === "won't" || word(i - 1) === "wont"))) {
      let k = i + 1;
      if (word(k) === "the" || word(k) === "my" || word(k) === "our" || word(k) === "which") k++;
      if (UNITS.has(word(k))) {
        for (let m = k + 1; m < t.length && m <= k + 3 && t[m]!.sentence === s; m++) {
          if (t[m]!.norm === "but") { out.push(cue(a, t[i - 1]!, t[k]!, "public-exposure", 0.5, WARNING)); i = m; break; }
        }
        continue;
      }
    }
    // a warning to the public ("PSA to patients at...", "If you've been there, get checked", "do NOT take your kids to...", "Avoid.")
    if (w.norm === "psa" && word(i + 1) === "to" && PSA_AUDIENCE.has(word(i + 2))) { out.push(cue(a, w, t[i + 2]!, "public-exposure", 0.55, WARNING)); i += 2; continue; }
    // "PSA:" opening a post, or "...public service announcement" closing one: the post labelled a warning to all
    const announcement = w.norm === "public" && word(i + 1) === "service" && word(i + 2) === "announcement" ? t[i + 2]! : w.norm === "psa" ? w : undefined;
    if (announcement) {
      const k = a.tokenIndexAt(announcement.start);
      const alone = (w.sentenceStart || t[i - 1]?.sentence !== s) && (!t[k + 1] || t[k + 1]!.sentence !== s || t[k + 1]!.text === ":" || t[k + 1]!.kind === "punct");
      if (alone) { out.push(cue(a, w, announcement, "public-exposure", 0.55, WARNING)); i = k; continue; }
    }
    if (w.norm === "if" && YOU.has(word(i + 1))) {
      let hit: Token | undefined;
      for (let k = i + 1; k < t.length && k <= i + 10 && t[k]!.sentence === s && !hit; k++) for (const seq of WARN_DO) if (word(k) === seq[0] && word(k + 1) === seq[1]) { hit = t[k + 1]!; break; }
      if (hit) { out.push(cue(a, w, hit, "public-exposure", 0.55, WARNING)); i = a.tokenIndexAt(hit.start); continue; }
    }
    if ((w.norm === "take" && (word(i - 1) === "not" || word(i - 1) === "don't" || word(i - 1) === "dont") && word(i + 1) === "your" && KIN.has(word(i + 2)) && word(i + 3) === "to")
      || (w.norm === "avoid" && w.sentenceStart && (!t[i + 1] || t[i + 1]!.sentence !== s || t[i + 1]!.kind === "punct"))) {
      const end = w.norm === "take" ? t[i + 3]! : w;
      out.push(cue(a, w.norm === "take" ? t[i - 1]! : w, end, "public-exposure", 0.55, WARNING));
      i = a.tokenIndexAt(end.start);
      continue;
    }
    // "maybe Twitter will get someone's attention": a platform hoped to move what a channel did not
    if (PLATFORMS.has(w.norm) && (word(i + 1) === "will" || word(i + 1) === "might")) {
      for (let k = i + 2; k < t.length && k <= i + 6 && t[k]!.sentence === s; k++) {
        if (ATTENTION.has(t[k]!.norm)) { out.push(cue(a, w, t[k]!, "public-exposure", 0.6, "the post named as the channel")); i = k; break; }
      }
      continue;
    }
    // "Journalists, DMs open", "press: my DMs are open"
    if (PUBLIC_AUDIENCE.has(w.norm) && (w.norm !== "friends" && w.norm !== "everyone" && w.norm !== "public")) {
      for (let k = i + 1; k < t.length && k <= i + 5 && t[k]!.sentence === s; k++) {
        if ((t[k]!.norm === "dms" || t[k]!.norm === "dm" || t[k]!.norm === "inbox") && (word(k + 1) === "open" || word(k + 2) === "open")) {
          out.push(cue(a, w, t[k + 1]!.norm === "open" ? t[k + 1]! : t[k + 2]!, "public-exposure", 0.7, "inviting the press"));
          i = k + 1;
          break;
        }
      }
      continue;
    }
    // "share until someone listens", "RT so they see", "tell your friends to deliver elsewhere"
    if (SPREAD.has(w.norm) || (w.norm === "tell" && word(i + 1) === "your" && PUBLIC_AUDIENCE.has(word(i + 2)))) {
      for (let k = i + 1; k < t.length && k <= i + 4 && t[k]!.sentence === s; k++) {
        // "share it, make them look", "RT it and force management to listen": spreading as pressure
        const who = word(k + 1) === "the" ? k + 2 : k + 1;
        if ((t[k]!.norm === "make" || t[k]!.norm === "force") && PRESSED.has(word(who)) && (NOTICE.has(word(who + 1)) || (word(who + 1) === "to" && NOTICE.has(word(who + 2))))) {
          const end = NOTICE.has(word(who + 1)) ? t[who + 1]! : t[who + 2]!;
          out.push(cue(a, w, end, "public-exposure", 0.6, "asking the public to spread or act on it"));
          i = a.tokenIndexAt(end.start);
          break;
        }
        if (UNTIL.has(t[k]!.norm) || (w.norm === "tell" && k === i + 2)) {
          const end = t[Math.min(k + 2, t.length - 1)]!;
          if (end.sentence !== s) break;
          out.push(cue(a, w, end, "public-exposure", 0.6, "asking the public to spread or act on it"));
          i = k + 2;
          break;
        }
      }
      continue;
    }
    // "patients deserve to know", "families have a right to know"
    if (WHO.has(w.norm) && DESERVE.has(word(i + 1))) {
      for (let k = i + 2; k < t.length && k <= i + 5 && t[k]!.sentence === s; k++) {
        if (KNOW.has(t[k]!.norm)) { out.push(cue(a, w, t[k]!, "public-exposure", 0.55, "the public should know")); i = k; break; }
      }
      continue;
    }
    // "Nobody's pulled them", "nobody upstairs is listening", "management won't listen"
    const noOne = NOBODY.has(w.norm) || (w.norm === "no" && word(i + 1) === "one");
    // "Head office, are you listening?", "@trust, are you even listening?": the organisation called out in public
    if (AUTHORITIES.has(w.norm) && t[i + 1]?.text === "," && word(i + 2) === "are" && word(i + 3) === "you") {
      const k = word(i + 4) === "even" ? i + 5 : i + 4;
      if (word(k) === "listening" || word(k) === "reading" || word(k) === "watching") { out.push(cue(a, w, t[k]!, "public-exposure", 0.6, "the organisation called out in public")); i = k; continue; }
    }
    // "Our governance team will do nothing", "the trust did nothing": said outright, with no verb of acting
    if (AUTHORITIES.has(w.norm)) {
      let k = i + 1;
      while (k < t.length && k <= i + 4 && t[k]!.sentence === s && DO_NOTHING_BETWEEN.has(t[k]!.norm)) k++;
      // ("did nothing wrong" clears them)
      if (k > i + 1 && t[k]?.sentence === s && t[k]!.norm === "nothing" && word(k + 1) !== "wrong" && !sentenceHas(a, s, NOT_ORGANISATION)) {
        out.push(cue(a, w, t[k]!, "public-exposure", 0.55, INACTION));
        i = k;
        continue;
      }
    }
    const refusing = AUTHORITIES.has(w.norm) && (REFUSE.has(word(i + 1)) || (word(i + 1) === "still" && REFUSE.has(word(i + 2))));
    if (noOne || refusing) {
      for (let k = i + (noOne && w.norm === "no" ? 2 : 1); k < t.length && k <= i + 5 && t[k]!.sentence === s; k++) {
        // "management won't pay for cover", "the trust refuses to fund a second nurse": refusing the staff or kit the risk needs
        if (!ACT.has(t[k]!.norm) && !(refusing && PROVIDE.has(t[k]!.norm) && t.slice(k + 1, k + 5).some((x) => x.sentence === s && PROVIDED.has(x.norm)))) continue;
        // "no one checks them": checking a thing named ("...and nobody checks." says no one would notice, not that a problem is left)
        if (CHECKING.has(t[k]!.norm) && !CHECKED_THINGS.has(word(k + 1))) break;
        if (sentenceHas(a, s, NOT_ORGANISATION)) break;
        // "nobody has ever taken it badly": a reaction, not action on a known problem
        if (REACTION.has(word(k + 1)) || REACTION.has(word(k + 2))) break;
        out.push(cue(a, w, t[k]!, "public-exposure", 0.55, INACTION));
        i = k;
        break;
      }
      continue;
    }
    // "management are ignoring it", "the trust keeps ignoring us": the organisation ignoring a known problem
    if (AUTHORITIES.has(w.norm) && !sentenceHas(a, s, NOT_ORGANISATION)) {
      let k = i + 1;
      while (k < t.length && k <= i + 3 && t[k]!.sentence === s && IGNORE_BETWEEN.has(t[k]!.norm)) k++;
      if (t[k]?.sentence === s && IGNORING.has(t[k]!.norm)) { out.push(cue(a, w, t[k]!, "public-exposure", 0.55, INACTION)); i = k; continue; }
    }
    // "the locum is not safe", "This isn't safe": a unit, a clinician or the situation said to be unsafe
    // (not advice: "it's not safe to drive after nights")
    if (w.norm === "safe" && (NOT_SAFE.has(word(i - 1)) || (word(i - 1) === "not" && BE.has(word(i - 2))))) {
      const after = word(i + 1);
      if (!SAFE_FOR.has(after) && !(a.tokens[i - 1]?.sentence !== s)) { const from = NOT_SAFE.has(word(i - 1)) ? t[i - 1]! : t[i - 2]!; out.push(cue(a, from, w, "safety-concern", 0.65, "said to be unsafe")); continue; }
    }
    // "Check your tablets everyone", "Ask for someone else if you can": a warning told to the public as an order
    if (w.sentenceStart || t[i - 1]?.sentence !== s) {
      const next = word(i + 1);
      const order = (w.norm === "check" && next === "your") || (w.norm === "ask" && next === "for" && (word(i + 2) === "someone" || word(i + 2) === "somebody") && word(i + 3) === "else");
      if (order) { const end = t[Math.min(i + (next === "for" ? 3 : 1), t.length - 1)]!; out.push(cue(a, w, end, "public-exposure", 0.55, WARNING)); i = a.tokenIndexAt(end.start); continue; }
    }
    // "someone's going to die", "a baby will come to harm", "patients could be hurt"
    if (VICTIM.has(w.norm)) {
      let k = i + 1;
      if (WILL.has(word(k)) || word(k) === "is" || word(k) === "are") {
        for (; k < t.length && k <= i + 5 && t[k]!.sentence === s; k++) {
          if (HARM.has(t[k]!.norm) || (t[k]!.norm === "harm" && word(k - 1) === "to")) {
            out.push(cue(a, w, t[k]!, "safety-concern", 0.55, "a prediction of harm"));
            i = k;
            break;
          }
        }
      }
    }
  }
  cache.set(a, out);
  return out;
}
