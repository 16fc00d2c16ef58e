import rule from "../../../src/engine/rules/respect/colleagues";
import { ruleTester } from "../../support/rule-tester";

// GMP 36: treat colleagues fairly and with respect. Social media ¶15: do not bully, harass or make
// gratuitous, unsubstantiated or unsustainable comments about individuals online. Do's and don'ts:
// debate, but don't get involved in spats.
ruleTester(rule, {
  valid: [
    { name: "criticising a group of colleagues' system, not an individual", text: "Our rota co-ordinators are stretched thin and the system they're given is useless." },
    // recall round 2: benign counterparts
    { name: "a literal clown", text: "Took my niece to the circus today and she loved the clown." },
    { name: "the author's own competence", text: "I'm not competent in chest drains yet, so I asked my reg to supervise." },
    { name: "sincere applause for a colleague", text: "Shout out to the night reg who stayed an extra hour to help me. Truly inspirational 👏👏" },
    { name: "a comparison that praises", text: "Our new clinical director has the energy of a golden retriever and the patience of a saint" },
    { name: "a call-out phrase in thanks", text: "Huge thanks to the nurses on ward 7 last night, you know who you are ❤️" },
    // firm, respectful disagreement with an argument or a policy
    "I disagree with @drX's reading of the trial data: the confidence interval crosses 1.",
    "With respect to @DrPatel, the NICE guidance says otherwise. Happy to discuss the evidence.",
    "Strongly oppose the new rota policy. Management need to listen to juniors on this.",
    // thanks and condolences naming colleagues
    "Huge thanks to our registrar Dr Patel, who stayed two hours late to help me 🙏",
    // self-deprecation
    "I'm such an idiot, left my stethoscope at home again 🤦‍♀️",
    { name: "negated", text: "Our new F1 is not useless at all, she's brilliant" },
    { name: "reported speech (abuse received)", text: "A consultant once told me I was useless. I now make a point of being kind to every F1." },
    { name: "about a thing, not a person", text: "This useless pager system needs replacing, the IT team agree" },
    { name: "quoted to reject", text: "We need to stop saying 'stay in your lane' to nurses who raise concerns." },
    "Pharmacists are brilliant. Ask them before you prescribe 💊",
    { name: "a joke about a policy", text: "The new rota policy is a joke. We deserve better, and we'll say so at the LNC." },
  ],
  invalid: [
    // recall round 2: mechanisms rather than phrases
    {
      name: "a faculty compared to an object",
      text: "Our new clinical director has the common sense of a wet paper bag.",
      errors: [{ messageId: "belittling", excerpt: "the common sense of a wet paper bag", severity: "error" }],
    },
    {
      name: "a one-word retort after a put-down in a reply",
      text: "@DrAdams your thread is the dumbest take I've seen all week. Clown.",
      errors: [{ messageId: "insult", excerpt: "Clown", severity: "error" }],
    },
    {
      name: "an unsubstantiated comment about one identifiable colleague (¶15) is an error",
      text: "The locum on our ward clearly isn't competent and everyone knows it.",
      errors: [{ messageId: "insult", excerpt: "isn't competent", severity: "error" }],
    },
    {
      name: "sarcastic praise after a failing",
      text: "Shout out to the night reg who left me four unclerked admissions at handover. Truly inspirational 👏👏",
      errors: [{ messageId: "insultMaybe", excerpt: "Truly inspirational", severity: "warning" }],
    },
    {
      name: "unnamed colleagues at the author's workplace",
      text: "Some people in this department seem to think answering bleeps is optional. Must be nice 🙃",
      errors: [{ messageId: "insultMaybe", excerpt: "seem to think", severity: "warning" }],
    },
    {
      name: "belittling a new colleague's appointment",
      text: "Our new CD is a total diversity hire, can't chair a meeting.",
      errors: [{ messageId: "belittling", excerpt: "diversity hire", severity: "error" }],
    },
    {
      // recall round 2: one identifiable colleague belittled, with swearing inside the remark, is a clear case
      name: "belittling with a masked intensifier inside the phrase",
      text: "Our new consultant is a f***ing joke",
      errors: [{ messageId: "belittling", excerpt: "is a f***ing joke", severity: "error" }],
    },
    {
      name: "several belittling remarks add up",
      text: "Some GP partners think they're above the rest of us. Ego the size of a planet.",
      errors: [{ messageId: "belittling", excerpt: "think they're above", severity: "error" }, { messageId: "insultMaybe", excerpt: "Ego the size of", severity: "warning" }],
    },
    {
      text: "@DrJones you're an absolute idiot and a danger to patients",
      errors: [{ messageId: "insult", excerpt: "idiot", severity: "error" }],
    },
    {
      name: "masked insult about a former colleague (HCPTS 2017)",
      text: "clown shoes. Same initials as some useless fat c+++ I used to work with",
      errors: [{ messageId: "insult", excerpt: "c+++", severity: "error" }, { messageId: "insultMaybe", excerpt: "useless", severity: "info" }],
    },
    {
      text: "That idiot registrar left me with 12 jobs at handover",
      errors: [{ messageId: "insult", excerpt: "idiot", severity: "error" }],
    },
    {
      name: "spat with a nurse",
      text: "@NurseKate stay in your lane, this is a medical decision",
      errors: [{ messageId: "spat", excerpt: "stay in your lane", severity: "warning" }],
    },
    {
      text: "@drmike go back to med school before you lecture anyone on sepsis",
      errors: [{ messageId: "spat", excerpt: "go back to med school", severity: "warning" }],
    },
    {
      name: "swearing at a handle",
      text: "@drx wtf are you on about? 🙄",
      errors: [{ messageId: "spat", excerpt: "wtf", severity: "warning" }],
    },
    {
      name: "belittling a named colleague",
      text: "Dr Hughes is a disgrace to the profession.",
      errors: [{ messageId: "belittling", excerpt: "disgrace to the profession", severity: "error" }],
    },
    {
      name: "US spelling, attending",
      text: "Our attending is such a moron, he yelled at the interns all night",
      errors: [{ messageId: "insult", excerpt: "moron", severity: "error" }],
    },
    {
      name: "colleagues as a group",
      text: "Some surgeons are butchers, honestly",
      errors: [{ messageId: "insultMaybe", excerpt: "butchers", severity: "warning" }],
    },
    {
      name: "fragment after naming a colleague",
      text: "Screenshotting this WhatsApp from my consultant so you can all see what he is like. Absolute psychopath.",
      errors: [{ messageId: "insultMaybe", excerpt: "psychopath", severity: "warning" }],
    },
    {
      name: "a team, and a pronoun subject",
      text: "Just watched a physician associate try to do a lumbar puncture. Embarrassing. These people should be nowhere near patients. 😬",
      errors: [{ messageId: "belittling", excerpt: "should be nowhere near patients", severity: "error" }],
    },
  ],
});
