import rule from "../../../src/engine/rules/conduct/threat";
import { ruleTester } from "../../support/rule-tester";

// GMP 65; social media ¶15 (no bullying or harassment). The adviser's slides: a medical student's
// career was damaged by posting the film quote "I will look for you, I will find you, and I will kill you".
ruleTester(rule, {
  valid: [
    // recall round 2: benign counterparts
    { name: "anaesthesia, not assault", text: "Don't worry, I'll knock him out for the procedure and he won't feel a thing" },
    { name: "sleep, not death", text: "I hope the baby never wakes up before 7 tomorrow 😂" },
    { name: "a friendly hint", text: "Whoever brought the brownies in is getting a hug, if you know what I mean" },
    { name: "'otherwise' finished, a knife for cooking", text: "Otherwise a quiet night. Made a curry 🔪🍛" },
    { name: "a verb of assault with a thing as object", text: "I'll hit the gym after this shift" },
    "Sleep well, everyone, and see you on Monday",
    { name: "a scalpel in the theatre checklist", text: "Please take a scalpel to the skin only after the WHO checklist is done" },
    "This heat will kill you if you don't hydrate. Water bottles out, team 💧",
    "Hang on in majors, I'll find you a bed as soon as one comes up",
    { name: "anaesthetist", text: "I'm going to knock you out now, count back from 10" },
    { name: "subject is a thing", text: "Sugar is gonna kill you slowly, cut down the fizzy drinks" },
    { name: "negated", text: "I would never hurt you, I promise. Trust is everything in paediatrics." },
    { name: "reported threat received", text: "A relative told me 'I know where you live' and I was shaken. Reported to security." },
    "Watch yourself on the ice this morning, A&E is full of wrist fractures ❄️",
    "Karma is real: exercise today and your knees will thank you later",
    { name: "good wishes", text: "Hope you all get your flu jab this week, and hope Mum doesn't get shingles again 💉" },
  ],
  invalid: [
    // recall round 2: mechanisms rather than phrases
    {
      name: "first person, assault verb, a person as object",
      text: "If the porter shoves my trolley again I'm going to deck him.",
      errors: [{ messageId: "threat", excerpt: "I'm going to deck him", severity: "error" }],
    },
    {
      name: "hoping for a harm outcome",
      text: "I hope the man who mugged that nurse never wakes up.",
      errors: [{ messageId: "wish", excerpt: "hope the man who mugged that nurse never wakes up", severity: "error" }],
    },
    {
      name: "a knowing hint at a singled-out person",
      text: "Whoever keeps nicking my lunch from the staff fridge is getting a surprise in the next one, if you know what I mean 😈",
      errors: [{ messageId: "intimidation", excerpt: "if you know what I mean", severity: "error" }],
    },
    {
      name: "an unfinished consequence with a knife",
      text: "Some people should be glad I'm a pacifist. Otherwise 🔪",
      errors: [{ messageId: "intimidation", excerpt: "Otherwise", severity: "error" }],
    },
    {
      name: "weapon to the body, aimed at whoever",
      text: "Whoever keeps nicking my lunch from the staff fridge is getting a fist to the face 🔪",
      errors: [{ messageId: "threat", excerpt: "getting a fist to the face", severity: "error" }],
    },
    {
      name: "implied: knowing someone's address",
      text: "To the troll in my mentions: I've got your address. Sleep well.",
      errors: [{ messageId: "intimidation", excerpt: "I've got your address", severity: "error" }],
    },
    {
      name: "scare-quoted 'accidentally' in a first-person plan",
      text: "If that man comes back I'm going to 'accidentally' forget his pain relief",
      errors: [{ messageId: "threat", excerpt: "accidentally", severity: "error" }],
    },
    {
      name: "the Liam Neeson quote (003 seed)",
      text: "I will look for you, I will find you, and I will kill you.",
      errors: [
        { messageId: "threatMaybe", excerpt: "I will look for you", severity: "info" },
        { messageId: "threatMaybe", excerpt: "I will find you", severity: "warning" },
        { messageId: "threat", excerpt: "I will kill you", severity: "error" },
      ],
    },
    {
      name: "wish of harm (HCPC 2014)",
      text: "I hope you suffer a life threatening illness...",
      errors: [{ messageId: "wish", excerpt: "I hope you suffer", severity: "error" }],
    },
    {
      name: "challenge to a confrontation (HCPTS 2022)",
      text: "wow. That's big talk. Please come and say that in person",
      errors: [{ messageId: "intimidation", excerpt: "Please come and say that in person", severity: "error" }],
    },
    {
      text: "@drx I know where you work. Think about that.",
      errors: [{ messageId: "intimidation", excerpt: "I know where you work", severity: "error" }],
    },
    {
      name: "jokey threat is still a warning",
      text: "I'll kill you if you eat my sandwich again 😂",
      errors: [{ messageId: "threatMaybe", excerpt: "I'll kill you", severity: "warning" }],
    },
    {
      name: "slang contraction",
      text: "imma batter you next time I see you",
      errors: [{ messageId: "threat", excerpt: "imma batter you", severity: "error" }, { messageId: "threatMaybe", excerpt: "next time I see you", severity: "warning" }],
    },
    {
      text: "Anyone who votes for this deserves to die. Hope you rot in hell.",
      errors: [{ messageId: "wish", excerpt: "deserves to die", severity: "error" }, { messageId: "wish", excerpt: "Hope you rot in hell", severity: "error" }],
    },
    {
      name: "telling someone to kill themselves",
      text: "@anti_vax_mum kys",
      errors: [{ messageId: "wish", excerpt: "kys", severity: "error" }],
    },
    {
      name: "wishing an illness on someone",
      text: "Honestly hope the Health Secretary gets sepsis and waits 14 hours in A&E. Karma.",
      errors: [{ messageId: "wish", excerpt: "hope the Health Secretary gets sepsis", severity: "error" }],
    },
  ],
});
