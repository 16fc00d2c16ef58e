import rule from "../../../src/engine/rules/conduct/sexual";
import { ruleTester } from "../../support/rule-tester";

// GMP 53 and 65; do's and don'ts: don't establish inappropriate relationships online with colleagues,
// peers or patients. Sexual-health teaching is clinical and passes.
ruleTester(rule, {
  valid: [
    "Sexual health clinic tips: ask about condom use every visit, and offer HIV testing routinely.",
    "Erectile dysfunction can be an early sign of cardiovascular disease: check BP, lipids and HbA1c.",
    "Check your boobs, ladies! Breast awareness month 🎀 #CoppaFeel",
    { name: "fit for surgery", text: "Fit patient for surgery after the anaesthetic review, listed for Thursday" },
    { name: "negated", text: "No, nurses are not 'naughty nurse' costumes. We are professionals." },
    "Chemsex and STI risk: a thread for GPs on asking the right questions #MedEd",
    "Bed baths are basic care. Dignity first, always.",
    { name: "sexy guideline", text: "Not the sexiest topic, but the new sepsis guideline is worth a read" },
  ],
  invalid: [
    {
      text: "Hot patient in bay 4 today, would tap that 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "Hot patient", severity: "error" }, { messageId: "aboutPatient", excerpt: "would tap that", severity: "error" }],
    },
    {
      text: "New reg is total eye candy, no complaints from the nurses' station",
      errors: [{ messageId: "aboutColleague", excerpt: "eye candy", severity: "error" }],
    },
    {
      name: "innuendo about an examination",
      text: "The new GP can examine me anytime 😉",
      errors: [{ messageId: "aboutColleague", excerpt: "can examine me anytime", severity: "error" }],
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
      errors: [{ messageId: "aboutColleague", excerpt: "Nice rack", severity: "error" }],
    },
  ],
});
