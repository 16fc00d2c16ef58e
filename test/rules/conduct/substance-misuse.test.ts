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
    { name: "festival harm reduction", text: "Festival season: if you're taking MDMA, test it, start low, sip water. The medical tent is there to help, not judge. 💊" },
    { name: "snowflake at Christmas", text: "Mince pies and a Coke at the ward Christmas party ❄️🎄" },
    { name: "returns for destruction", text: "Took the bag of pregabalin from the returns bin to the pharmacy for destruction, signed and witnessed" },
    { name: "spare medicine, no offer", text: "Spare oxycodone from a discharged patient goes back to pharmacy, never in the sharps bin. #MedEd" },
    { name: "clinical use of the CD cupboard", text: "Took the morphine from the CD cupboard to give to the lady in side room 2, signed by two nurses" },
  ],
  invalid: [
    {
      name: "recreational drug, no subject, then work",
      text: "Ket at the warehouse party then straight onto a set of nights 😵",
      errors: [{ messageId: "use", excerpt: "Ket", severity: "error" }],
    },
    {
      name: "drugs before clinic",
      text: "Microdosing psilocybin before clinic has changed my practice",
      errors: [{ messageId: "use", excerpt: "Microdosing", severity: "error" }],
    },
    {
      name: "someone else's prescription, framed as a tip",
      text: "Top tip for exam season: a few of your flatmate's modafinil off someone else's prescription works wonders",
      errors: [{ messageId: "diversion", excerpt: "someone else's prescription", severity: "error" }],
    },
    {
      name: "offering spare controlled drugs",
      text: "Got some spare diazepam after my back op, DM me if you want some 👍",
      errors: [{ messageId: "supply", excerpt: "spare diazepam", severity: "error" }],
    },
    {
      name: "taking from the returns for a party",
      text: "Grabbed a couple of Entonox cylinders from the ward stock for the house party 🎈",
      errors: [{ messageId: "diversion", excerpt: "Grabbed a couple of Entonox cylinders from the ward", severity: "error" }],
    },
    {
      name: "cannabis edible with a first-person word",
      text: "Hash brownies in Amsterdam and I regret nothing 🌿",
      errors: [{ messageId: "use", excerpt: "Hash brownies", severity: "error" }],
    },
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
