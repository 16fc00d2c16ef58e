import rule from "../../../src/engine/rules/legal/defamation";
import { ruleTester } from "../../support/rule-tester";

// Social media ¶16: postings online are subject to the law of defamation. ¶15: no unsubstantiated or
// unsustainable comments about individuals. Do's and don'ts: don't make defamatory comments about an
// individual or organisation.
ruleTester(rule, {
  valid: [
    // reporting a published decision, with a source
    "The GMC struck off Dr X for fraud in 2019; the tribunal decision is here: https://www.mpts-uk.org/decision",
    { name: "conviction reported", text: "Dr Ahmed was convicted of fraud at Southwark Crown Court last year." },
    // general discussion, no identifiable target
    "Research fraud harms patients. Here is how journals can detect fabricated data.",
    "Negligence claims cost the NHS billions every year; we need a no-fault scheme.",
    { name: "negated", text: "Dr Patel is not a liar, she simply made an honest mistake and said so." },
    { name: "reported speech", text: "A patient accused me of being a liar today. Deep breaths." },
    "Beware this scam: texts claiming to be from the NHS asking for bank details.",
    { name: "passive: the organisation is the victim", text: "The car park at our hospital is abused by people who don't pay. Please buy a ticket." },
    { name: "struck off, from the tribunal", text: "Dr Jones was struck off by the MPTS tribunal last month for dishonesty." },
    { name: "CamelCase product, no allegation", text: "Switched the rota to RotaMaster this year and the juniors love it." },
    { name: "jokey theft", text: "Someone in the mess keeps stealing my biscuits 🍪" },
    // recall pass 2: benign counterparts
    { name: "passive victim, not an accused", text: "Staff at our unit reported being pushed, spat at and assaulted this year. We need better security." },
    { name: "a policy called a scam", text: "The plan to cut study leave is a scam dressed up as efficiency, according to every trainee I know." },
    { name: "insinuation marker in praise", text: "Just saying, Dr Okafor's teaching on ECGs was the best I've had 👏" },
    { name: "insinuation about a unit, not a person", text: "Funny how the coffee machine on our unit only breaks on night shifts 👀" },
  ],
  invalid: [
    {
      name: "a CamelCase company",
      text: "MediGlow knew their filler caused infections and hid the evidence.",
      errors: [{ messageId: "allegation", excerpt: "hid the evidence", severity: "error" }],
    },
    {
      name: "inserted words: is a known fraud",
      text: "Dr Leonard Moss is a well known fraud, ask anyone in Leeds.",
      errors: [{ messageId: "allegation", excerpt: "fraud", severity: "error" }],
    },
    {
      name: "unique role at the author's workplace",
      text: "Our medical director is fiddling the mortality figures before the inspection.",
      errors: [{ messageId: "allegation", excerpt: "is fiddling", severity: "error" }],
    },
    {
      name: "hearsay of a sanction",
      text: "I have it on good authority that Dr Sam Okafor was struck off abroad. Avoid.",
      errors: [{ messageId: "allegation", excerpt: "was struck off", severity: "error" }],
    },
    {
      text: "Dr Mark Ellis at the Harley Street clinic is a fraud and a liar.",
      errors: [{ messageId: "allegation", excerpt: "is a fraud", severity: "error" }, { messageId: "allegation", excerpt: "liar", severity: "error" }],
    },
    {
      name: "organisation",
      text: "St Elsewhere NHS Foundation Trust is covering up baby deaths. Everyone knows it.",
      errors: [{ messageId: "allegation", excerpt: "covering up", severity: "error" }],
    },
    {
      name: "company",
      text: "Pfizer are crooks, plain and simple",
      errors: [{ messageId: "allegation", excerpt: "crooks", severity: "error" }],
    },
    {
      name: "@handle",
      text: "@DrSmithGP falsified the audit data to hit his targets",
      errors: [{ messageId: "allegation", excerpt: "falsified", severity: "error" }],
    },
    {
      name: "hedged with a question",
      text: "I heard Dr Ahmed might be taking bribes from the implant company?",
      errors: [{ messageId: "allegationMaybe", excerpt: "taking bribes", severity: "warning" }],
    },
    {
      name: "vague target",
      text: "Our consultant is a bully and everyone is scared of him",
      errors: [{ messageId: "allegationMaybe", excerpt: "is a bully", severity: "warning" }],
    },
    {
      name: "pronoun after a name",
      text: "Remember Dr Jenkins from St Mary's? He is a criminal and should be in prison.",
      errors: [
        { messageId: "allegation", excerpt: "is a criminal", severity: "error" },
        { messageId: "allegation", excerpt: "should be in prison", severity: "error" },
      ],
    },
    {
      name: "botched, US spelling",
      text: "Dr Lopez botched my mom's surgery and nobody will hold him accountable 😡",
      errors: [{ messageId: "allegation", excerpt: "botched", severity: "error" }],
    },
    {
      name: "a provider pinned to a place",
      text: "The care home on Marsh Lane near Ormskirk is neglecting its residents. They should be shut down.",
      errors: [{ messageId: "allegation", excerpt: "is neglecting", severity: "error" }],
    },
    {
      name: "role pointing back to a named business",
      text: "Don't go to Pearlbright Dental Studio in Croydon. The owner is a fraud who charges for treatments he never does.",
      errors: [{ messageId: "allegation", excerpt: "is a fraud", severity: "error" }],
    },
    // recall pass 2: the mechanisms, in new words
    {
      name: "concealment verb with an incident as its object",
      text: "The practice manager at Oakfield Surgery shredded the complaints before the inspection.",
      errors: [{ messageId: "allegation", excerpt: "shredded the complaints", severity: "error" }],
    },
    {
      name: "insinuation with a wink about a named doctor",
      text: "Everyone knows how Dr Patel passed her exams 😉",
      errors: [{ messageId: "allegation", excerpt: "Everyone knows how", severity: "error" }],
    },
    {
      name: "verb form of an allegation",
      text: "GlowLab Aesthetics are ripping off clients with diluted filler.",
      errors: [{ messageId: "allegation", excerpt: "are ripping off", severity: "error" }],
    },
    {
      name: "a veiled reference identifies",
      text: "A certain cosmetic clinic in Leeds is using counterfeit filler, and they know it.",
      errors: [{ messageId: "allegation", excerpt: "counterfeit", severity: "error" }],
    },
    {
      name: "an inducement alleged",
      text: "The rep from Halden Pharma offered us cash to put their inhaler on the formulary.",
      errors: [{ messageId: "allegation", excerpt: "offered us cash", severity: "error" }],
    },
    {
      name: "'not saying' is not a hedge",
      text: "I'm not saying the surgeon at the Royal Infirmary kills his patients, but I'd get a second opinion.",
      errors: [{ messageId: "allegation", excerpt: "kills his patients", severity: "error" }],
    },
  ],
});
