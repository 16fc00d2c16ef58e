import rule from "../../../src/engine/rules/conduct/sexual";
import { ruleTester } from "../../support/rule-tester";

// GMP 53 and 65; do's and don'ts: don't establish inappropriate relationships online with colleagues,
// peers or patients. Sexual-health teaching is clinical and passes.
ruleTester(rule, {
  valid: [
    // recall round 2: an open offer of help is not an invitation
    { name: "open offer of help", text: "New F1s: you can bleep me any time if you're worried about a patient. No question is silly." },
    { name: "request, no open time", text: "Can someone cover me tomorrow? The new reg could swap my Friday night." },
    "Sexual health clinic tips: ask about condom use every visit, and offer HIV testing routinely.",
    "Erectile dysfunction can be an early sign of cardiovascular disease: check BP, lipids and HbA1c.",
    "Check your boobs, ladies! Breast awareness month 🎀 #CoppaFeel",
    { name: "fit for surgery", text: "Fit patient for surgery after the anaesthetic review, listed for Thursday" },
    { name: "negated", text: "No, nurses are not 'naughty nurse' costumes. We are professionals." },
    "Chemsex and STI risk: a thread for GPs on asking the right questions #MedEd",
    "Bed baths are basic care. Dignity first, always.",
    { name: "sexy guideline", text: "Not the sexiest topic, but the new sepsis guideline is worth a read" },
    // looks words and intimate care are innocent on their own
    { name: "medically fit", text: "Our 84-year-old gent on ward 6 is fit for discharge today, family delighted 😍" },
    { name: "gorgeous baby", text: "Gorgeous baby girl delivered at 3am, mum and baby doing well 😍🔥" },
    { name: "pretty as an adverb", text: "Pretty sure the lady in bay 3 is the nicest patient I've ever had. She knitted us all hats!" },
    { name: "hot weather", text: "Catheterised four patients on a ward that is hot as an oven. Fans please, estates! 🥵" },
    { name: "chaperone advice", text: "Always offer a chaperone for intimate examinations, and document the offer. #MedEd" },
    { name: "family", text: "My husband is so handsome in his wedding suit 😍 ten years today" },
    { name: "views", text: "Stunning views from the hospital roof garden at sunset 🔥" },
    // recall pass 2: benign counterparts
    { name: "heat, not looks", text: "Hot as anything on the ward today, the AC is broken again 🥵 Poor patients." },
    { name: "intimate exam teaching without innuendo", text: "Intimate examination teaching today: offer a chaperone, explain each step, stop if asked. #MedEd" },
    { name: "cute animal", text: "Our cute new ward cat is the best thing about nights 😍" },
    { name: "gown and dignity, no innuendo", text: "Patient in a gown waiting two hours on a trolley in the corridor. This is not dignified care." },
    { name: "insinuation marker without a sexual cue", text: "Let's just say the audit results were not what we hoped 😬" },
  ],
  invalid: [
    // recall round 2: the open-invitation shape behind "can examine me anytime", own words
    {
      name: "open invitation to a colleague, with a wink",
      text: "The anaesthetist on my list today can put me to sleep any time 😉",
      errors: [{ messageId: "aboutColleague", excerpt: "can put me to sleep any time", severity: "warning" }],
    },
    {
      name: "looks adjective about a patient, with a flirting cue",
      text: "The handsome guy in cubicle 4 asked for my number and honestly he can have it 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "handsome", severity: "error" }],
    },
    {
      name: "looks remark during intimate care",
      text: "Did a smear on a stunning woman this morning and I'm only human 😬",
      errors: [{ messageId: "aboutPatient", excerpt: "stunning", severity: "error" }],
    },
    {
      name: "rated body part, colleague: a warning",
      text: "The new surgical reg has the nicest abs, saw them in the changing room 👀🍑",
      errors: [{ messageId: "aboutColleague", excerpt: "nicest abs", severity: "warning" }],
    },
    {
      name: "rated body part of a patient",
      text: "Patient on the AMU had the best arse I've seen all year 😂",
      errors: [{ messageId: "aboutPatient", excerpt: "best arse", severity: "error" }],
    },
    {
      name: "appointment put down to looks",
      text: "Funny how the new matron was hired for her looks. Can't think of another reason.",
      errors: [{ messageId: "aboutColleague", excerpt: "hired for her looks", severity: "warning" }],
    },
    {
      text: "Hot patient in bay 4 today, would tap that 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "Hot patient", severity: "error" }, { messageId: "aboutPatient", excerpt: "would tap that", severity: "error" }],
    },
    {
      text: "New reg is total eye candy, no complaints from the nurses' station",
      errors: [{ messageId: "aboutColleague", excerpt: "eye candy", severity: "warning" }],
    },
    {
      name: "innuendo about an examination",
      text: "The new GP can examine me anytime 😉",
      errors: [{ messageId: "aboutColleague", excerpt: "can examine me anytime", severity: "warning" }],
    },
    {
      name: "US spelling, parent of a patient",
      text: "Peds patient's mom was a total MILF 🔥",
      errors: [{ messageId: "aboutPatient", excerpt: "MILF", severity: "error" }],
    },
    {
      name: "no target: a warning",
      text: "Horny and bored on a Sunday 😈",
      errors: [{ messageId: "sexual", excerpt: "Horny", severity: "warning" }],
    },
    {
      text: "That's what she said 😂 #nightshift",
      errors: [{ messageId: "sexualMaybe", excerpt: "That's what she said", severity: "info" }],
    },
    {
      name: "slept with a patient",
      text: "Confession: slept with a patient once. Best decision ever.",
      errors: [{ messageId: "aboutPatient", excerpt: "slept with a patient", severity: "error" }],
    },
    {
      name: "colleague objectified",
      text: "Nice rack on the new physio 👀",
      errors: [{ messageId: "aboutColleague", excerpt: "Nice rack", severity: "warning" }],
    },
    // recall pass 2: the mechanisms, in new words
    {
      name: "intimate exam joke about a colleague",
      text: "The new anaesthetic reg could give me a pelvic exam any time 😏",
      errors: [{ messageId: "aboutColleague", excerpt: "pelvic exam", severity: "warning" }],
    },
    {
      name: "intimate care with a suggestive emoji about a patient",
      text: "Helped catheterise the rugby player in bay 2 this morning 🍆🍆 no wonder he's popular",
      errors: [{ messageId: "aboutPatient", excerpt: "catheterise", severity: "error" }],
    },
    {
      name: "looks predicate pointed at a colleague in the next sentence",
      text: "Theatre scrubs make everyone look hot. Especially our new F1 👀🔥",
      errors: [{ messageId: "aboutColleague", excerpt: "hot", severity: "warning" }],
    },
    {
      name: "slang noun predicated of a colleague",
      text: "The locum on nights is a total snack 🥵",
      errors: [{ messageId: "aboutColleague", excerpt: "total snack", severity: "warning" }],
    },
    {
      name: "comparative looks word",
      text: "Physios just keep getting prettier every rotation, not complaining 😏",
      errors: [{ messageId: "aboutColleague", excerpt: "prettier", severity: "warning" }],
    },
    {
      name: "superlative looks word",
      text: "The hottest nurses on the unit, ranked 🔥",
      errors: [{ messageId: "aboutColleague", excerpt: "hottest", severity: "warning" }],
    },
    {
      name: "exposure of a patient, enjoyed",
      text: "Perk of nights: the patient in bed 3 in a gown that won't stay shut 😉",
      errors: [{ messageId: "aboutPatient", excerpt: "in a gown", severity: "error" }],
    },
    {
      name: "insinuation with a suggestive emoji about a colleague",
      text: "On call with the new SHO 😏 let's just say we didn't get much sleep",
      errors: [{ messageId: "aboutColleague", excerpt: "let's just say", severity: "warning" }],
    },
    {
      name: "patient asks for a number",
      text: "The cute one in bay 5 asked for my number at discharge 😳",
      errors: [{ messageId: "aboutPatient", excerpt: "cute", severity: "error" }],
    },
  ],
});
