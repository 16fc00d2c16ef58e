import rule from "../../../src/engine/rules/boundaries/patient-relationship";
import { ruleTester } from "../../support/rule-tester";

// GMP 53 and Doctors' use of social media 10-11: do not pursue relationships with patients or those
// close to them; decline patients' friend requests and point them to a professional page.
ruleTester(rule, {
  valid: [
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
