import rule from "../../../src/engine/rules/respect/patients";
import { ruleTester } from "../../support/rule-tester";

// GMP 65 and social media ¶5: conduct online must justify patients' trust. Mocking patients, with or
// without slang, is on the GMC adviser's seriousness table.
ruleTester(rule, {
  valid: [
    // recall round 2: benign counterparts
    { name: "ironic emoji about the author's own day", text: "Clinic ran 90 minutes late today. Lucky me 🙃 Cold coffee and a pile of letters." },
    { name: "sincere praise word", text: "Patient knitted the whole ward a set of hats. Charming lady, we'll miss her." },
    { name: "group of patients, quantifier, kind", text: "Muslim patients always appreciate a heads-up about fasting and insulin doses before Ramadan." },
    // recall round 2: benign counterparts
    { name: "a name, not the label", text: "Gomer Pyle was my favourite character growing up" },
    { name: "sincere opener without irony", text: "Love it when a patient comes back just to say thank you ❤️" },
    { name: "a comparison that praises", text: "Our registrar has the patience of a saint and the memory of an elephant ❤️" },
    { name: "a faculty described clinically, not compared", text: "The attention span of a toddler with ADHD is short; keep sessions brief." },
    { name: "a condition named respectfully", text: "Patients with fibromyalgia deserve to be believed. Pacing is hard, and it's not rocket science to listen." },
    "We need to stop calling patients 'frequent flyers'. They are people who need a different kind of help.",
    "Racked up enough frequent flyer miles for a weekend in Lisbon ✈️",
    { name: "entertainment words without patients", text: "The Christmas panto was hilarious 😂😂 thanks to everyone who dressed up" },
    { name: "fat joke about oneself", text: "Note to self: put the fork down after Christmas 😂" },
    { name: "blame phrase as gratitude", text: "Without the NHS I wouldn't be here. Thank you to the ICU team ❤️" },
    { name: "laughing at oneself", text: "The absolute state of me after four nights on call 😂" },
    { name: "a patient's choice, respected", text: "Birth plans are worth writing: they help you think about what matters to you. Ask your midwife." },
    { name: "slang quoted to teach against it", text: "Students: if you see 'acopia' in the notes, it's a label, not a diagnosis. Ask what's actually going on." },
    { name: "insult aimed at a colleague belongs to respect/colleagues", text: "To the senior reg who rolled her eyes at the patient's mum on the ward round - grow up, you absolute clown." },
    { name: "a generalisation without mockery", text: "Patients always deserve our best, even at 4am 💙" },
  ],
  invalid: [
    // recall round 2: own-words cases for the new mechanisms
    {
      name: "a group of patients stereotyped (quantifier + complaint)",
      text: "Muslim families always turn up in a pack of fifteen and argue with everyone on the ward.",
      errors: [{ messageId: "stereotype", excerpt: "Muslim families always", severity: "error" }],
    },
    {
      name: "stock sarcasm about a patient's behaviour",
      text: "Patient asked if the baby's dad could be one of three blokes. Classy. Jeremy Kyle would be proud 😂",
      errors: [{ messageId: "mocking", excerpt: "Classy", severity: "error" }],
    },
    // recall round 2: mechanisms rather than phrases
    {
      name: "a slang label used as a noun for a person, with a laugh",
      text: "Guess who's back: the resident gomer, right on schedule 😂",
      errors: [{ messageId: "slang", excerpt: "gomer", severity: "error" }],
    },
    {
      name: "a plural acronym",
      text: "Row of FLKs in the clinic waiting room today",
      errors: [{ messageId: "slang", excerpt: "FLKs", severity: "error" }],
    },
    {
      name: "sarcasm confirmed by an ironic emoji",
      text: "Don't you just love it when someone walks into the walk-in centre with a splinter from 2019 🙃",
      errors: [{ messageId: "mocking", excerpt: "Don't you just love it when", severity: "error" }],
    },
    {
      name: "a faculty compared to an animal",
      text: "Showed him the spacer three times. Some folk have the attention span of a goldfish 🙄",
      errors: [{ messageId: "mocking", excerpt: "the attention span of a goldfish", severity: "warning" }],
    },
    {
      name: "a diagnosis in doubting scare quotes",
      text: "Another one of those 'fibromyalgia' patients wanting a sick note. Just get moving, it's not rocket science.",
      errors: [{ messageId: "mocking", excerpt: "'fibromyalgia' patients", severity: "warning" }],
    },
    {
      name: "contempt for a patient's question, no slang",
      text: "Lady in cubicle 3 asked me if the X-ray would show her soul. The absolute state 😂",
      errors: [{ messageId: "mocking", excerpt: "The absolute state", severity: "error" }],
    },
    {
      name: "a label for people in a clinical scene",
      text: "Another weekend, another queue of time wasters in A&E who just want a sick note",
      errors: [{ messageId: "insult", excerpt: "time wasters", severity: "error" }],
    },
    {
      name: "patients' conditions as a game",
      text: "Care home bingo on the medical take tonight: UTI, fall, 'found on floor'. Full house by midnight 🙄",
      errors: [{ messageId: "mocking", excerpt: "bingo", severity: "error" }],
    },
    {
      name: "blaming the patient, with a laugh",
      text: "If you drink 10 pints every night and wonder why your liver is shot, serves you right 😂 #EDlife",
      errors: [{ messageId: "mocking", excerpt: "serves you right", severity: "warning" }],
    },
    {
      name: "patients as the butt of a generalisation",
      text: "Why do patients never read the leaflet? 😂",
      errors: [{ messageId: "generalising", excerpt: "patients never read", severity: "warning" }],
    },
    {
      name: "a swear word said of the people brought in",
      text: "Ambulance brought in yet another drunk lad from town. These people are shit.",
      errors: [{ messageId: "mocking", excerpt: "These people are", severity: "warning" }, { messageId: "swearing", excerpt: "shit", severity: "error" }],
    },
    {
      name: "two slang labels set the scene for each other",
      text: "Three more gomers and a bed blocker on the ward tonight",
      errors: [{ messageId: "slang", excerpt: "gomers", severity: "error" }, { messageId: "slang", excerpt: "bed blocker", severity: "error" }],
    },
  ],
});
