import rule from "../../../src/engine/rules/confidentiality/review-reply";
import { ruleTester } from "../../support/rule-tester";

const reply = { context: { platform: "review-reply" as const } };

ruleTester(rule, {
  valid: [
    { name: "a reply that confirms nothing and offers a private channel", text: "Thank you for your feedback. We can't discuss anyone's care online, but our practice manager would like to hear from you on the number on our website.", options: reply },
    { name: "a general apology about waiting times", text: "We're sorry the phones were busy this morning. We've added two receptionists on Mondays.", options: reply },
    { name: "the practice's patient services team is a service, not a patient", text: "Thanks for your review. Please ask for the patient services team and they will call you back.", options: reply },
    { name: "not a review reply: a public-health post", text: "Your blood pressure is worth checking once a year after 40. Pop into any pharmacy.", options: {} },
    { name: "a reply that says it cannot discuss care", text: "We're sorry to hear this. We never discuss your treatment or anyone's in public; please email the practice so we can look into it.", options: reply },
  ],
  invalid: [
    {
      name: "confirming the reviewer attended",
      text: "We're sorry you felt rushed when you attended on Tuesday, but the wait was due to an emergency.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "when you attended" }],
    },
    {
      name: "rebutting a complaint with the reviewer's records",
      text: "Our records show you cancelled three appointments before this one.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "Our records show" }, { messageId: "discloses", excerpt: "you cancelled" }],
    },
    {
      name: "naming the medicine in a pharmacy's reply",
      text: "Your finasteride wasn't ready because the repeat script hadn't arrived from your surgery.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "finasteride" }],
    },
    {
      name: "justifying the treatment given to the reviewer's child",
      text: "Sorry you were unhappy. As we discussed at the time, antibiotics weren't given because the doctor followed national guidance.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "As we discussed" }, { messageId: "discloses", excerpt: "weren't given" }, { messageId: "discloses", excerpt: "followed national guidance" }],
    },
    {
      name: "a relative's stay confirmed",
      text: "We're disappointed by this review after everything the team did for your dad during his stay.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "for your dad" }, { messageId: "confirms", excerpt: "during his stay" }],
    },
    {
      name: "a reply recognised by its opening, without the platform setting",
      text: "Thank you for your review. Your filler was placed correctly and your swelling is normal for two weeks.",
      errors: [{ messageId: "discloses", excerpt: "filler" }, { messageId: "discloses", excerpt: "swelling" }],
    },
  ],
});
