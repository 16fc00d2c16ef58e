import rule from "../../../src/engine/rules/privacy/location";
import { ruleTester } from "../../support/rule-tester";

// Doctors' use of social media 8b-8c: personal information, including your location, can be seen by
// patients and others.
ruleTester(rule, {
  valid: [
    "Great conference in Manchester last week, loads of ideas to bring back.",
    "Nights done! Off to bed 😴",
    "Proud to work at the Royal Cornwall Hospital. We're recruiting!",
    "Worked a night at Leeds General Infirmary last week, what a team",
    "Flu clinic at the Health Centre on Saturday for eligible patients, book via the practice.",
    "Holiday in Cornwall next week, can't wait 🌊",
    "The new St Thomas' Hospital guidance on sepsis is excellent #MedEd",
    { name: "private group", text: "On nights at Wexham Park Hospital all weekend", options: { context: { audience: "private-group" } } },
    // a branch of a business, not where the author will be
    "Microneedling now available at our Kendal clinic on Saturdays, book online.",
    // at a clinic as a relative, not working there
    "Took my dad to his clinic appointment in Kendal this morning, all good news 🙏",
    // the ward's own name is not evidence of working there; quoted words are someone else's
    "Bingo on Rowan Ward: 'where's my cup of tea', 'nurse nurse' 😂 all before 9am",
    "Anyone know if Kettering General has decent parking for visitors?",
    // recall pass 2: benign counterparts
    { name: "past job at a shop", text: "Worked at Boots in Meadowhall for years before medical school, still miss the staff discount" },
    { name: "'here' said to others", text: "Welcome to our new starters at Airedale General Hospital this week, you'll love it here!" },
    // precision pass: a town and a broad time are where life is going, not where to find you
    { name: "a new job in a town next month", text: "Starting my first consultant job in Swindon next month, terrified and thrilled." },
    { name: "speaking at a conference in a city next week", text: "I'm giving a talk on frailty at the BGS meeting in Glasgow next week - come and find me after the session!" },
  ],
  invalid: [
    {
      name: "a whole stretch in a town is findable",
      text: "Locum shifts in Penrith all next week, staying at the Travelodge, anyone up for a pint?",
      errors: [{ messageId: "working", excerpt: "Penrith" }],
    },
    {
      name: "elided subject, clinic, clock range",
      text: "Doing the Wednesday baby clinic in Kendal tomorrow, 9 till 12 🍼",
      errors: [{ messageId: "working", excerpt: "Kendal", severity: "warning" }],
    },
    {
      name: "an invitation to come and find you",
      text: "Long day at Kettering General tomorrow, pop in and say hi if you're passing",
      errors: [{ messageId: "working", excerpt: "Kettering General", severity: "warning" }],
    },
    {
      name: "staff abbreviation and 'where I am'",
      text: "Guess where I am 🏥 first day at the QMC!",
      errors: [{ messageId: "checkIn", excerpt: "QMC" }],
    },
    {
      name: "the author's own role and a weekly pattern",
      text: "I'm the salaried GP at Ashby Medical Centre on Mondays and Fridays now",
      errors: [{ messageId: "working", excerpt: "Ashby Medical Centre", severity: "warning" }],
    },
    {
      name: "a time with a possessive",
      text: "Tonight's shift: I'm the only reg at the RLH. Pray for me",
      errors: [{ messageId: "working", excerpt: "RLH", messageIncludes: "RLH Tonight tells" }],
    },
    {
      text: "On nights at St James's Hospital all weekend, send coffee ☕",
      errors: [{ messageId: "working", excerpt: "St James's Hospital", severity: "warning", messageIncludes: "all weekend" }],
    },
    {
      text: "📍 Royal Derby Hospital, here till 8pm if anyone wants to say hi",
      errors: [{ messageId: "checkIn", excerpt: "Royal Derby Hospital" }],
    },
    {
      text: "I'm working at Addenbrooke's Hospital on Tuesday, come say hi",
      errors: [{ messageId: "working", excerpt: "Addenbrooke's Hospital", messageIncludes: "on Tuesday" }],
    },
    {
      text: "Locum shift at Wexham Park Hospital tomorrow, anyone know the parking situation?",
      errors: [{ messageId: "working", excerpt: "Wexham Park Hospital" }],
    },
    {
      text: "Covering Larch Ward at Frimley Park Hospital tonight, wish me luck",
      errors: [
        { messageId: "working", excerpt: "Larch Ward" },
        { messageId: "working", excerpt: "Frimley Park Hospital" },
      ],
    },
    {
      text: "Checked in at Queen Elizabeth Hospital for my first shift 🎉",
      errors: [{ messageId: "checkIn", excerpt: "Queen Elizabeth Hospital" }],
    },
    {
      text: "I'm on call at Derriford Hospital all weekend, so no pub for me 🍺",
      errors: [{ messageId: "working", excerpt: "Derriford Hospital" }],
    },
    {
      text: "Working in A&E at the Royal Victoria Infirmary this Saturday night. Be nice to us 🙏",
      errors: [{ messageId: "working", excerpt: "Royal Victoria Infirmary" }],
    },
    // recall pass 2: unlisted venues, "live from", "here", minutes out, branches the author works at
    {
      name: "an unlisted venue after a work opener",
      text: "Working at Superdrug in Westfield Stratford all Saturday, pop in and say hi!",
      errors: [{ messageId: "working", excerpt: "Superdrug in Westfield Stratford" }],
    },
    {
      name: "live from a hospital",
      text: "Live from the Royal Derby Hospital doctors' mess, 4 hours to go 🍕",
      errors: [{ messageId: "checkIn", excerpt: "Royal Derby Hospital" }],
    },
    {
      name: "minutes out from the hospital",
      text: "15 mins out from the Royal Infirmary for my on-call, roads are dead",
      errors: [{ messageId: "checkIn", excerpt: "Royal Infirmary" }],
    },
    {
      name: "the author running a session at a branch",
      text: "Running the Tuesday clinic at our Ilkley branch this week, 2-5pm.",
      errors: [{ messageId: "working", excerpt: "Ilkley" }],
    },
  ],
});
