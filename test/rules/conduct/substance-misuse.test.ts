import rule from "../../../src/engine/rules/conduct/substance-misuse";
import { ruleTester } from "../../support/rule-tester";

// GMP 65. Posting about taking illegal drugs or diverting medicines from work is conduct that
// undermines trust; drug names in clinical teaching pass.
ruleTester(rule, {
  valid: [
    "Ketamine for procedural sedation: 1-1.5 mg/kg IV, have suction ready. #FOAMed",
    "Cocaine chest pain: give benzos first, avoid beta-blockers.",
    { name: "patient history", text: "Pt admitted to smoking weed daily since age 14" },
    "Chemsex drugs (GHB, mephedrone, crystal meth) and how to ask about them in clinic",
    { name: "negated", text: "I have never taken cocaine, and never will." },
    "Nitrous oxide canisters on the street: the neurology we're seeing is real. Talk to teenagers.",
    { name: "a line = IV line", text: "Got an arterial line in first go, buzzing 🙌" },
    { name: "reported speech", text: "He said he'd done a few lines before the crash. Poor lad." },
    { name: "clinical use of the CD cupboard", text: "Took the morphine from the CD cupboard to give to the lady in side room 2, signed by two nurses" },
  ],
  invalid: [
    {
      text: "Did a few lines at the festival, still buzzing for my long day tomorrow 😅",
      errors: [{ messageId: "use", excerpt: "Did a few lines", severity: "error" }],
    },
    {
      text: "Helped myself to the oramorph after that night shift, needed it",
      errors: [{ messageId: "diversion", excerpt: "Helped myself to the oramorph", severity: "error" }],
    },
    {
      text: "Had some ket at the festival lol",
      errors: [{ messageId: "use", excerpt: "ket", severity: "error" }],
    },
    {
      text: "Wrote myself a script for zopiclone, nights are brutal",
      errors: [{ messageId: "diversion", excerpt: "Wrote myself a script", severity: "error" }],
    },
    {
      name: "k-hole",
      text: "Fell into a k-hole on Saturday 😵‍💫 back at work Monday",
      errors: [{ messageId: "use", excerpt: "k-hole", severity: "error" }],
    },
    {
      name: "cannabis, US",
      text: "Smoked a joint after my shift, best way to unwind 🌿",
      errors: [{ messageId: "use", excerpt: "Smoked a joint", severity: "error" }],
    },
    {
      name: "stoned is less certain",
      text: "So stoned rn 😂",
      errors: [{ messageId: "useMaybe", excerpt: "stoned", severity: "warning" }],
    },
    {
      name: "leftover controlled drugs",
      text: "Kept the leftover fentanyl from theatre for myself, no one checks anyway",
      errors: [{ messageId: "diversion", excerpt: "Kept the leftover", severity: "error" }],
    },
    {
      name: "diversion without a listed phrase",
      text: "Nicked a couple of diazepam from the CD cupboard for my flight tomorrow. Not like anyone counts them 🤫✈️",
      errors: [{ messageId: "diversion", excerpt: "Nicked a couple of diazepam from the CD cupboard", severity: "error" }],
    },
    {
      name: "masked swearing and a street name",
      text: "absolutely f***ed up on ket last night at the warehouse rave 🫠",
      errors: [{ messageId: "use", excerpt: "ket", severity: "error" }],
    },
  ],
});
