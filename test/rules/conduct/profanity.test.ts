import rule from "../../../src/engine/rules/conduct/profanity";
import { ruleTester } from "../../support/rule-tester";

// Do's and don'ts: don't use inappropriate language; don't post what you wouldn't want printed in a
// newspaper. GMP 65. Masked swearing is still swearing; mild words are noted, not flagged.
ruleTester(rule, {
  valid: [
    { name: "an @ inside an address is no mask", text: "Book a lesson at b@llroom.classes or ring the front desk." },
    { name: "a handle with a digit", text: "Thanks to j0hn for the teaching slides today." },
    { name: "a finger-prick test is a test", text: "Finger-prick glucose at the bedside was 5.6, reassuring." },
    { name: "the clean paraphrase of the acronym is not swearing", text: "What the actual heck has happened to the car park permits this month?" },
    { name: "'what a pain' is not a named insult", text: "What a pain this new rota software is." },
    // clinical words are not swearing
    "Bloody stool and weight loss in a 60-year-old: refer on the 2-week-wait pathway.",
    "Anal fissure management: stool softeners, GTN ointment, and patience.",
    "Finger prick test for glucose before every meal, please",
    { name: "mild words are info", text: "Damn, missed the bus again. Bloody hell, what a morning 🙃" },
    { name: "the word talked about", text: "The word 'fuck' appears 40 times in the inquiry transcript" },
    { name: "reported and masked", text: "Patient told me to f*** off today. Still smiled." },
    { name: "US 'pissed' = angry is low confidence", text: "So pissed at the rota" },
    "Cotton wool balls and a knob of butter: my kids' craft session 🎨",
    "Could not be arsed to cook after nights, cereal for tea",
    { name: "FFS as fee-for-service", text: "FFS payments reward volume, not outcomes: a thread on US primary care funding" },
    // someone else's quoted swearing, or a word talked about, is not the author swearing
    { name: "a patient's abuse quoted", text: "the patient said 'f*** off' to the HCA and we called security" },
    { name: "a word talked about", text: "we should never say 'shit' in front of patients" },
  ],
  invalid: [
    // the author's own quoted exclamation is the author's swearing
    {
      name: "the author's own quoted exclamation, masked",
      text: "first cardiac arrest as an F1 and i yelled 'oh sh1t' before anyone else spoke 💀",
      errors: [{ messageId: "swearing", excerpt: "sh1t", severity: "warning" }],
    },
    {
      name: "the author's own quoted swear word",
      text: "dropped the sharps bin and i literally said 'shit' in front of the matron",
      errors: [{ messageId: "swearing", excerpt: "shit", severity: "warning" }],
    },
    {
      name: "'@' masking an 'o'",
      text: "This new rota system is a load of b@llocks.",
      errors: [{ messageId: "swearing", excerpt: "b@llocks", severity: "warning" }],
    },
    {
      name: "a compound insult written with a digit",
      text: "To whoever nicked my lunch: you utter sh1tbag.",
      errors: [{ messageId: "insult", excerpt: "sh1tbag", severity: "error" }],
    },
    {
      name: "the transposed spelling",
      text: "Passed my exams, holy fcuk!",
      errors: [{ messageId: "swearing", excerpt: "fcuk", severity: "warning" }],
    },
    { name: "a word with an innocent sense is an insult when it names someone", text: "Took my parking space again, you selfish prick.", errors: [{ messageId: "insult", excerpt: "prick", severity: "error" }] },
    { name: "telling someone where to shove it", text: "The minister can stick his pay offer up his arse.", errors: [{ messageId: "swearing", excerpt: "up his arse", severity: "warning" }] },
    {
      name: "acronym used as an exclamation",
      text: "Printer on the ward has jammed for the third time today. FFS.",
      errors: [{ messageId: "swearing", excerpt: "FFS", severity: "warning" }],
    },
    {
      name: "intensifier, not an insult",
      text: "The new physio is keen as f*** and the patients love her",
      errors: [{ messageId: "swearing", excerpt: "f***", severity: "warning" }],
    },
    {
      text: "Another 14 hour shift with no break. Absolutely sh*t rota.",
      errors: [{ messageId: "swearing", excerpt: "sh*t", severity: "warning" }],
    },
    {
      name: "insult aimed at a person",
      text: "@DrSmith you absolute bellend",
      errors: [{ messageId: "insult", excerpt: "bellend", severity: "error" }],
    },
    {
      text: "What a fucking day 😩",
      errors: [{ messageId: "swearing", excerpt: "fucking", severity: "warning" }],
    },
    {
      name: "acronym",
      text: "wtf is this rota",
      errors: [{ messageId: "swearing", excerpt: "wtf", severity: "warning" }],
    },
    {
      name: "the 'actual' form of the acronym is the same swearing",
      text: "WTAF has happened to the car park permits this month",
      errors: [{ messageId: "swearing", excerpt: "WTAF", severity: "warning" }],
    },
    {
      name: "leetspeak mask",
      text: "The new IT system is total bull$hit",
      errors: [{ messageId: "swearing", excerpt: "bull$hit", severity: "warning" }],
    },
    {
      name: "#MedBikini tweet",
      text: "Also deemed unprofessional, profanity & political talk but these dudes can fuck off b/c health care should be free at the point of care.",
      errors: [{ messageId: "swearing", excerpt: "fuck", severity: "warning" }],
    },
    {
      name: "masked insult about a former colleague",
      text: "clown shoes. Same initials as some useless fat c+++ I used to work with",
      errors: [{ messageId: "insult", excerpt: "c+++", severity: "error" }],
    },
    {
      name: "mild and strong together",
      text: "Bloody hell, this shitshow of a handover",
      errors: [{ messageId: "mild", excerpt: "Bloody hell", severity: "info" }, { messageId: "swearing", excerpt: "shitshow", severity: "warning" }],
    },
  ],
});
