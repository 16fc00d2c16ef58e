import rule from "../../../src/engine/rules/confidentiality/jigsaw";
import { ruleTester } from "../../support/rule-tester";

ruleTester(rule, {
  valid: [
    // precision pass
    { name: "a plural occupation is a group, not a patient", text: "Ten years since the Boscastle flood. Thinking of all our patients affected then, and thankful to the lifeboat crews and engineers." },
    { name: "a bed in a named hospital is the identifier rule's finding", text: "Bed 9 on Ward 12 at Derriford, the gentleman who whistles all night, is my favourite patient this week" },
    { name: "a motorway crash in the news with no patient", text: "Awful pile-up on the M5 this morning, drive safely everyone and leave space in the rain" },
    { name: "a common condition in a big city at no particular time", text: "Lots of people with asthma in Leeds this winter: check your inhaler technique" },
    { name: "a fictional teaching vignette", text: "Fictional case: a 61-year-old vicar from Cornwall presents with progressive weakness. What's your differential? #MedEd" },
    { name: "a colleague's retirement, not a patient", text: "Our 61-year-old ward sister from Truro retires today after 40 years. Legend." },
    { name: "public health news with a place", text: "Measles cases are rising in Birmingham. Check your child's MMR status." },
    { name: "a single detail is not a jigsaw", text: "Saw a patient from Manchester today, lovely chat about football" },
    { name: "consented story", text: "Shared with permission: Jim, 61, a retired vicar from Mevagissey, wants everyone to know the signs of MND." },
    { name: "an age band and a region are broad", text: "Treated a man in his 60s from Yorkshire with a chest infection today" },
    { name: "the place is the author's holiday", text: "Lovely week off in Mevagissey, back on the ward Monday 🌊" },
  ],
  invalid: [
    {
      name: "someone from a newsworthy crash on a named road yesterday",
      text: "The lorry driver from yesterday's pile-up on the A38 is off the ventilator, so relieved for him",
      errors: [{ messageId: "unique", excerpt: "lorry driver from yesterday's pile-up on the A38", messageIncludes: "lorry driver" }],
    },
    {
      name: "a job from the author's own village",
      text: "The postmaster from our village was brought in again last night, third time this month",
      errors: [{ messageId: "unique", excerpt: "postmaster from our village was brought in again last night" }],
      output: "The postmaster from our village was brought in again, third time this month",
    },
    {
      name: "a rare disease, a job and a village: 'about 2 people could match'",
      text: "61yo retired vicar from Mevagissey with motor neurone disease came in last night. So sad.",
      errors: [{ messageId: "unique", range: [0, 80], messageIncludes: "61yo, retired vicar, Mevagissey, motor neurone disease, last night" }],
      output: "60-something retired vicar from a village with motor neurone disease came in. So sad.",
    },
    {
      name: "a celebrity and an event at a time and place",
      text: "Saw a well-known actor in resus this morning after a motorbike crash near Padstow",
      errors: [{ messageId: "unique", excerpt: "a well-known actor in resus this morning after a motorbike crash near Padstow", messageIncludes: "a well-known actor, this morning, motorbike crash, Padstow" }],
      output: "Saw a well-known actor in resus after a motorbike crash near a village",
    },
    {
      name: "the only one of a job in a small town",
      text: "Saw the only vet in Ullapool today with a nasty hand injury from a calving",
      errors: [{ messageId: "unique", excerpt: "the only vet in Ullapool today" }],
      output: "Saw the only vet in a village with a nasty hand injury from a calving",
    },
    {
      name: "a newsworthy event with a day and a place",
      text: "That farmer near Hawes who was gored by a bull on Sunday is on our ward now, most cheerful man I've met",
      errors: [{ messageId: "unique", excerpt: "farmer near Hawes who was gored by a bull on Sunday", messageIncludes: "farmer, Hawes" }],
      output: "That farmer near a village who was gored by a bull is on our ward now, most cheerful man I've met",
    },
    {
      name: "a very rare disease and a tiny village",
      text: "Young mum from Port Isaac with a new diagnosis of Creutzfeldt-Jakob, only 40. The whole village must be devastated.",
      errors: [{ messageId: "unique", excerpt: "Port Isaac with a new diagnosis of Creutzfeldt-Jakob", messageIncludes: "Port Isaac, Creutzfeldt-Jakob" }],
      output: "Young mum from a village with a new diagnosis of Creutzfeldt-Jakob, only 40. The whole village must be devastated.",
    },
    {
      name: "the HIPAA preset cites the expert determination standard",
      text: "Had a 9 y/o from Stowe, Vermont come into the ER with measles today - first case here in 20 yrs",
      options: { preset: "hipaa", lexicon: { places: [{ name: "Stowe", population: 4300 }] } },
      errors: [{ messageId: "unique", excerpt: "9 y/o from Stowe, Vermont come into the ER with measles today - first case" }],
      output: "Had a 0-something from a village, Vermont come into the ER with measles - first case here in 20 yrs",
    },
  ],
});
