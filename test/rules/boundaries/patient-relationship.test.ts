import rule from "../../../src/engine/rules/boundaries/patient-relationship";
import { ruleTester } from "../../support/rule-tester";

// GMP 53 and Doctors' use of social media 10-11: do not pursue relationships with patients or those
// close to them; decline patients' friend requests and point them to a professional page.
ruleTester(rule, {
  valid: [
    { name: "following people the author knows socially is not following patients", text: "Followed all my old teammates from the rugby club on Insta, what a bunch of legends" },
    { name: "a friend request from a school friend", text: "Accepted a friend request from my lovely old neighbour, 20 years on!" },
    { name: "a secret that is not about a patient", text: "Planning my husband's surprise 40th, don't mention it to anyone at his work!" },
    // counterparts of the cases below that must pass
    "Added a few of the old uni crowd on Facebook, what a throwback 😂",
    "Asked out the barista who does the flat whites by the station. She said yes!! 💕",
    "Looked up the new NICE guidance on Instagram-friendly infographics, very handy",
    "Message me on WhatsApp for prices, consultations from £40 and a prescription if suitable.",
    { name: "your care addressed, advice to use the practice", text: "Questions after your op? Please ring the practice rather than messaging me here." },
    "Matched with a lovely guy on Hinge 😍",
    "If a patient adds you on Facebook, politely decline and point them to the practice page.",
    "Add me on LinkedIn, fellow GPs!",
    "A patient asked me out today 😳 I said no obviously",
    "Matched with a kidney donor today after 3 years on the list!",
    "My patient on Tinder again 🙄 swiped left",
    "Patients can follow our practice page for clinic updates and flu jab dates.",
    "First date with my husband was 10 years ago today ❤️",
    { name: "a story reported as someone else's", text: "She said a patient sent her a friend request and she didn't know what to do. Decline, always." },
    { name: "teaching about boundaries", text: "Reminder for FY1s: never accept friend requests from patients. GMC guidance is clear on boundaries." },
  ],
  invalid: [
    { name: "accepting a friend request from one of 'my diabetic clinic mums' is befriending a patient", text: "Accepted a friend request from one of my diabetic clinic mums today, she's such a laugh 😂", errors: [{ messageId: "befriending", excerpt: "friend request", severity: "error" }] },
    { name: "following 'my regulars from the ward' on a personal account", text: "Followed a few of my regulars from the ward on TikTok, their videos are brilliant", errors: [{ messageId: "befriending", excerpt: "Followed a few of my regulars from the ward on TikTok", severity: "error" }] },
    {
      name: "secrecy about meeting a patient outside work",
      text: "Bumped into one of my clinic ladies in town. Coffee next week, just don't mention it to anyone at the surgery 🤫",
      errors: [{ messageId: "maybe", excerpt: "don't mention it to anyone", severity: "warning" }],
    },
    {
      name: "patients and a platform, apart",
      text: "Added a couple of my long-term patients on Instagram, we've been through so much together 🥹",
      errors: [{ messageId: "befriending", excerpt: "Added a couple of my long-term patients on Instagram", severity: "error" }],
    },
    {
      name: "looking a patient up online",
      text: "Checked out my new patient on Facebook before her appointment, her wedding photos are something else 😂",
      errors: [{ messageId: "seekingOut", excerpt: "Checked out my new patient on Facebook", severity: "error" }],
    },
    {
      name: "a clinical act by the author says who the person is",
      text: "Asked out the woman whose wrist I plastered on Tuesday. Wish me luck 🤞",
      errors: [{ messageId: "dating", excerpt: "Asked out", severity: "error" }],
    },
    {
      name: "the reader addressed as a patient",
      text: "Lovely to bump into you in Tesco after your op! Text me your number and we'll grab a drink sometime 🍻",
      errors: [{ messageId: "privateChannel", excerpt: "Text me your number", severity: "error" }],
    },
    {
      name: "a pronoun back to a patient's relative",
      text: "My patient's dad was so charming at clinic today. Thinking of asking him for a drink 🍷",
      errors: [{ messageId: "dating", excerpt: "asking him for a drink", severity: "error" }],
    },
    {
      text: "Just matched with my patient from last week on Hinge 😳 swiping right obviously",
      errors: [{ messageId: "dating", excerpt: "swiping right", severity: "error" }],
    },
    {
      text: "Her mum from clinic added me on Facebook so I accepted, she's lovely 🙈",
      errors: [{ messageId: "befriending", excerpt: "added me on Facebook", severity: "error" }],
    },
    {
      text: "Finally got a date with that fit bloke from bay 4 now he's discharged 😏",
      errors: [{ messageId: "dating", excerpt: "got a date with" }],
    },
    {
      text: "Patients, DM me if you have any questions about your results",
      errors: [{ messageId: "privateChannel", excerpt: "DM me" }],
    },
    {
      text: "Googled my patient after clinic and found her Instagram, she's an influencer lol",
      errors: [{ messageId: "seekingOut", excerpt: "Googled my patient" }],
    },
    {
      text: "Gave the patient my number in case she needs anything over the weekend",
      errors: [{ messageId: "privateChannel", excerpt: "Gave the patient my number" }],
    },
    {
      name: "dating a former patient",
      text: "Two years of dating an ex-patient and honestly best decision ever 💕",
      errors: [{ messageId: "dating", excerpt: "dating an ex-patient" }],
    },
    {
      text: "Accepted a friend request from a patient I looked after on nights, we're going for coffee next week ☕",
      errors: [{ messageId: "befriending", excerpt: "Accepted a friend request from a patient" }],
    },
  ],
});
