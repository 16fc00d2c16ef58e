import rule from "../../../src/engine/rules/confidentiality/patient-discussion";
import { ruleTester } from "../../support/rule-tester";

ruleTester(rule, {
  valid: [
    { name: "a hard shift, no patient singled out", text: "Tough night. Lost a patient. Hug your loved ones." },
    { name: "a teaching pearl about a type of patient", text: "Pearl: a toddler who won't bear weight with no injury needs an X-ray and a CRP. #FOAMed" },
    { name: "a hypothetical in advice", text: "If a patient follows you on Instagram, don't follow back; point them to the practice page." },
    { name: "a fictional vignette", text: "Fictional case: a 45-year-old presents to A&E with crushing chest pain at 3am. Next step?" },
    { name: "patient groups are not a patient", text: "Our patient panel asked us to stop using 'minors' in ED signage. Good call." },
    { name: "a private group is not public social media", text: "Lady in bay 3 today with a rash I can't place, started after new meds. Thoughts?", options: { context: { audience: "professional-closed" } } },
    { name: "thanking patients in general", text: "Grateful to every patient who filled in our survey this year. We read all of them." },
    // precision pass (¶14: individual patients *or their care*)
    { name: "meeting a patient, with no care discussed", text: "A patient taught me a card trick this morning and I've been grinning since." },
    { name: "a dating question with no patient in it", text: "Question for the night shift crowd: how does anyone date? Every man on the apps wants Friday at 8pm and I'm on shift." },
    { name: "a person noun in an off-duty post", text: "Team curry tonight and I'm the designated driver, on an early tomorrow." },
    { name: "a service named after who it is for", text: "Our toddler clinic runs every Thursday 10-12 with the health visitors: weighing and vaccines." },
    { name: "advice to the reader about a kind of patient", text: "Suspected DVT in pregnancy: don't delay the scan because you're worried about the baby; untreated clot is the bigger risk." },
    { name: "a hostile generalisation is about patients of a kind", text: "Every time we get a frequent attender on the ward the whole shift groans." },
    { name: "a date with a former patient is a boundaries matter", text: "My patient from the fracture clinic asked me out and we're getting dinner on Saturday 😳" },
  ],
  invalid: [
    {
      name: "a date that also discloses the patient's condition still discusses their care",
      text: "My patient from last week asked me out on Friday - the one with epilepsy from the neuro clinic. Going for dinner!",
      errors: [{ messageId: "narrative", excerpt: "My patient" }],
    },
    {
      name: "a story about one patient's care on a public account",
      text: "Patient today told me she'd been sharing her husband's tablets for a month. Sorted now, but wow.",
      errors: [{ messageId: "narrative", excerpt: "Patient" }],
    },
    {
      name: "a clinic slot is a person",
      text: "My 3pm today: first GP visit in 15 years, ignoring chest pain since Easter. Admitted straight from clinic.",
      errors: [{ messageId: "narrative", excerpt: "My 3pm" }],
    },
    {
      name: "replying publicly to a patient about their results",
      text: "@sam_r_88 your bloods came back fine, no need to worry, see you at your review",
      errors: [{ messageId: "reply", excerpt: "@sam_r_88 your bloods" }],
    },
    {
      name: "replying to a parent about their child's care",
      text: "Replying to @ClaireB: that rash is normal after her jabs, keep her fluids up and call us if it spreads",
      errors: [{ messageId: "reply", excerpt: "@ClaireB: that rash is normal after her jabs" }],
    },
    {
      name: "an elderly patient's stay narrated",
      text: "Lovely gentleman in his 90s on the ward this week, told me stories about the war while we waited for his scan results.",
      errors: [{ messageId: "narrative", excerpt: "gentleman" }],
    },
  ],
});
