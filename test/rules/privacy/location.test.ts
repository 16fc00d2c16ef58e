import rule from "../../../src/engine/rules/privacy/location";
import { ruleTester } from "../../support/rule-tester";

// Doctors' use of social media 8b-8c: personal information, including your location, can be seen by
// patients and others.
ruleTester(rule, {
  valid: [
    { name: "a fundraiser for a hospital's maternity unit", text: "Fundraiser for Pembury maternity unit next month, tickets at reception" },
    // a region with "the" is no institution: a weekend away and a day out
    { name: "a weekend at the Cotswolds, back to work Monday", text: "Lovely weekend at the Cotswolds, back to work Monday." },
    { name: "a day out at the Lakes before work", text: "Great day out at the Lakes, work tomorrow." },
    // a picture of the view from a hospital, taken now, checks the author in; a view spoken of in general or from the past does not
    { name: "a famous view in general", text: "The view from Ninewells' roof garden is famous, they say." },
    { name: "an old photo of the view", text: "Lovely photo of the old view from Ninewells in the 1970s in the paper." },
    // ¶8c: a clause joined by "and" with its subject left out is the author's, unless the sentence is about someone else
    { name: "a relative discharged and back home", text: "Dad was discharged and back home from Ninewells today, so relieved." },
    { name: "a patient stable and on the ward", text: "The patient was stable and on the ward at Ninewells by 8pm tonight." },
    // a hospital named after a patient's bed or bay places the patient (the identifier rule's), not the author
    { name: "a patient's bay and ward at a hospital, wished happy birthday", text: "Shoutout to Glenys on bay 2, Ward 7 at the Royal Gwent, 95 today and still beating us all at dominoes" },
    { name: "a patient's bed and ward at a hospital", text: "Shoutout to Mr Pryce in bed 5, Ward 3 at the Royal Gwent, 101 today and still flirting with us all" },
    // a town after "from" and a person is where that person comes from, not where the author is
    { name: "a named person from a town is no check-in by the author", text: "Thinking of Dewi from Harlech today, such a gentleman on our ward" },
    { name: "a titled person from a town, thought of tonight", text: "Thinking of Mrs Pugh from Criccieth tonight, she kept us all laughing on the ward" },
    { name: "a practice's notice of where its flu clinics run is public information, not the author's whereabouts", text: "We will be running Saturday flu clinics at the surgery, 14 Mill Lane, Ballymena, on 4th and 11th October from 8.30am." },
    { name: "a practice page saying where its clinics are held on Saturdays", text: "Our vaccination clinics are at the Tenby health centre on Saturday mornings this month; book online." },
    { name: "a nation cannot lead anyone to you: 'every nurse in England, every shift'", text: "Doing the maths: if every nurse in England left 30 mins late every shift, that's millions of hours of unpaid care every year." },
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
    // generalisation pass (dev3): tempting posts the new mechanisms must leave alone
    { name: "'here' is the platform", text: "Posting here because nobody listens: Ashgrove Care Home needs more staff this month." },
    { name: "a patient's place, with the past nearest it", text: "The cyclist from Ambleside who was knocked off on Friday is on our ward now and doing well." },
    { name: "a venue at the start of a job advert", text: "Crownhill ED is recruiting band 6 nurses, closing date Friday." },
    { name: "a railway station is not a workplace", text: "We met at Kings Cross station years ago and now we're married 🥰" },
    { name: "a feast day is not a hospital", text: "Our ED at Christmas is always chaos, but the team is brilliant." },
    { name: "at a department as a parent", text: "Took my son to Millbrook ED this morning, seen within 40 minutes, thank you team" },
    { name: "a unit closing, nobody placed there", text: "The maternity unit at Hexham is closing in March, a real loss for the town." },
    { name: "a named ward alone is not findable", text: "Pop in to the Bracken Ward bake sale if you're in the building, lemon drizzle guaranteed" },
    { name: "nights remembered", text: "Remember when we all worked nights at Hillcrest ambulance station? Good times." },
    { name: "a recommendation without the author", text: "If you're ever near Penrose General, the cafe does brilliant scones." },
    { name: "a door code without a place", text: "Ward 23 keypad is 1-2-3-4-5. Who set this up?" },
    // generalisation pass (dev4/dev5): benign posts sharing the new mechanisms' vocabulary
    { name: "a past Saturday clinic, with a capitalised word that is also a village", text: "Over 300 boosters given at our Saturday clinic. Proud of the whole team." },
    { name: "a Royal hospital named in news, no author there", text: "The Royal Victoria has opened a new stroke unit, great news for the region." },
    { name: "a health centre's opening hours, not the author", text: "Marsh Lane health centre will be closed on Monday for staff training." },
    { name: "a past shift at a hospital, told afterwards", text: "Worked a late shift at Furness General last month, lovely team there." },
    { name: "a patient's wait in minutes, not the author", text: "Patients at Kingsfield General wait in 40 mins queues for parking, says the local paper." },
    { name: "currently reading, no place of work", text: "Currently reading about the history of the Royal Navy's surgeons. Fascinating." },
    // a job advertised to readers, or an event named after its town, is not the author's whereabouts
    { name: "a locum vacancy with days and a town", text: "Locum nurse wanted for Sunday cover in Keswick. Friendly team, free parking. Message me for the rate." },
    { name: "sessions on offer at the practice's branch", text: "Salaried GP sessions available Mondays and Fridays at our Penrith surgery from June. DM for details." },
    { name: "a colleague's charity run named after a town", text: "Our wonderful ward manager is running the Kendal 10k on Sunday for the stroke unit. Sponsor link below!" },
    { name: "a town's festival the author's team is proud of", text: "Our practice team is doing the Whitby regatta fun run tonight, wish us luck 🏃" },
    // a kind of shift opening the sentence ("Twilight shift at...") is the author's, unless it names a rota
    { name: "shift patterns at a hospital are a rota, not the author's whereabouts", text: "Day shift patterns at Derriford are changing next year, have your say in the staff survey." },
    // dev12 round: "X Surgery" that is a specialty or an operation is no premises
    { name: "a week in plastic surgery, a specialty", text: "Loved my week in Plastic Surgery, back to ortho from Monday" },
    { name: "a teaching session in a cardiac surgery department", text: "Teaching session at the Cardiac Surgery department on Thursday, all welcome" },
    { name: "a patient's Whipple surgery, no place", text: "Assisted at the Whipple surgery all day Tuesday, 9 hours on my feet" },
  ],
  invalid: [
    // dev13 round (social media 6-7): a town's name followed by a hospital department is the hospital, which may borrow the time from the next line
    { name: "nights at a hospital's maternity unit, here till 8am", text: "On nights at Pembury maternity. Here till 8am, come say hi if you are passing with biscuits", errors: [{ messageId: "working", severity: "warning", excerpt: "Pembury" }] },
    { name: "a shift at a hospital's A&E, here until midnight", text: "Starting my shift at Hartlepool icu. I am here until midnight if anyone wants to bring coffee", errors: [{ messageId: "working", severity: "warning", excerpt: "Hartlepool" }] },
    // dev12 round: a GP surgery or practice named like a venue ("Brookfield Surgery", "at the Castlebar surgery")
    { name: "a named surgery and the author's days there", text: "I am at the Millbrook surgery every Tuesday and Friday now if anyone is looking for me", errors: [{ messageId: "working", severity: "warning", excerpt: "Millbrook surgery" }] },
    { name: "a named practice and tonight's shift", text: "Covering the late clinic at Ashgrove Practice tonight, solo till 8pm 😬", errors: [{ messageId: "working", severity: "warning", excerpt: "Ashgrove Practice" }] },
    // ¶8c: "at the Whittington" names a hospital after its place, as staff do; the ward and start day on the next line say when
    { name: "a new job at a hospital called by its place's name, ward and start day next", text: "Back at the Whittington! Ward 3 from Tuesday, lates all week.", errors: [{ messageId: "working", severity: "warning", excerpt: "Whittington" }] },
    { name: "a new job at 'the Hexham', ward and day on the next line", text: "New job at the Hexham! Ward 2 from Monday, days only 🙌", errors: [{ messageId: "working", severity: "warning", excerpt: "Hexham" }] },
    {
      name: "a picture of the view from a hospital this morning",
      text: "Pic: view from the top floor of Ninewells this morning, what a sky after nights.",
      errors: [{ messageId: "checkIn", severity: "warning", excerpt: "Ninewells" }],
    },
    {
      name: "a sunset view from a hospital's roof mid-shift",
      text: "Sunset view from the roof garden at the Royal Derby Hospital 🌅 halfway through the night shift.",
      errors: [{ messageId: "checkIn", severity: "warning", excerpt: "Royal Derby Hospital" }],
    },
    {
      name: "an elided subject after 'and': on call at a hospital until a time",
      text: "Barely slept after the wedding and on call at Ninewells till 8pm tonight.",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Ninewells" }],
    },
    {
      name: "an elided subject after 'and': on a ward round at the Mater in minutes",
      text: "Proper hungover and on the ward round at the Mater in 20 mins, pray for me",
      errors: [{ messageId: "working", severity: "warning", excerpt: "the Mater" }],
    },
    {
      name: "the author on a bay at a hospital all night is findable",
      text: "I'm on bay 4 at the Royal Gwent all night, bring coffee",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Royal Gwent" }],
    },
    {
      name: "a bay nurse tonight at a hospital, inviting visitors",
      text: "Bay 2 nurse tonight at Ysbyty Gwynedd, come say hi",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Ysbyty Gwynedd" }],
    },
    {
      name: "the author working in a town today is still findable",
      text: "Working in Criccieth today, thinking of everyone on the ward",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Criccieth" }],
    },
    {
      name: "the author's shift place is flagged even when a colleague from another town is named",
      text: "On nights at Bronglais all weekend, a lad from Tregaron is on my team, send snacks",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Bronglais" }],
    },
    {
      name: "the author, in the singular, running the clinic is findable",
      text: "I'm running the Saturday flu clinic at Treliske this week, come find me",
      errors: [{ messageId: "working", excerpt: "Treliske" }],
    },
    {
      name: "a team on nights at a named hospital, in the plural, is still findable",
      text: "We're on nights at Treliske this Saturday, come say hi",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Treliske" }],
    },
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
    // generalisation pass (dev3): unlisted departments, wards "at" a hospital, "now", invitations, codes
    {
      name: "a department named by its town, with a clock time",
      text: "Late start at Millbrook ED today, 2pm till midnight if anyone needs me",
      errors: [{ messageId: "working", excerpt: "Millbrook ED", severity: "warning" }],
    },
    {
      name: "an ambulance station and a crew on shift",
      text: "Our crew from Ashdown station is the only one covering the valley tonight.",
      errors: [{ messageId: "working", excerpt: "Ashdown station", severity: "warning" }],
    },
    {
      name: "a ward at a hospital the lists do not know",
      text: "On Ward 9 at Elmstead all weekend, bring biscuits",
      errors: [{ messageId: "working", excerpt: "Elmstead", severity: "warning" }],
    },
    {
      name: "a saint's name after a unit",
      text: "NICU at St Aidan's tonight and I'm in charge, wish me luck",
      errors: [{ messageId: "working", excerpt: "St Aidan's", severity: "warning" }],
    },
    {
      name: "'now' wins over an earlier past",
      text: "Barely slept last night and now covering clinic in Hexham",
      errors: [{ messageId: "working", excerpt: "Hexham", severity: "warning" }],
    },
    {
      name: "an open invitation to a ward at a hospital",
      text: "Ward 4 at Penhallow: if you're passing, pop in and say hello to the team",
      errors: [{ messageId: "invite", excerpt: "Penhallow", severity: "warning" }],
    },
    {
      name: "a place named with its door code",
      text: "Ward 12 at Castlebrook: the keypad code is 2468 for the bank staff",
      errors: [{ messageId: "access", excerpt: "Castlebrook", severity: "warning" }],
    },
    {
      name: "an urgent care centre the lists do not know",
      text: "Covering Millfield Urgent Care this Saturday, 8 till 8",
      errors: [{ messageId: "working", excerpt: "Millfield Urgent Care", severity: "warning" }],
    },
    {
      name: "home visits in a district the gazetteer spells otherwise",
      text: "Home visits in Bishop's Waltham all afternoon, the blue Fiat is mine if you need me",
      errors: [{ messageId: "working", excerpt: "Bishop's Waltham", severity: "warning" }],
    },
    {
      name: "a minor injuries unit and a closing time",
      text: "Solo at Kingsholm Minor Injuries Unit till 10pm, be gentle with me",
      errors: [{ messageId: "working", excerpt: "Kingsholm Minor Injuries Unit", severity: "warning" }],
    },
    {
      name: "my start, my time, my department",
      text: "Pancakes before my 7am start at Ridgeway A&E, fuelled and ready",
      errors: [{ messageId: "working", excerpt: "Ridgeway A&E", severity: "warning" }],
    },
    // generalisation pass (dev4/dev5): where the author will be, named the way clinicians name it
    {
      name: "a Royal hospital after a care setting, with the nights the author is there",
      text: "First of three nights in majors at the Royal Berkshire. I'm here till 8am each night.",
      errors: [{ messageId: "checkIn", excerpt: "Royal Berkshire", severity: "warning" }],
    },
    {
      name: "a town-named Royal after a ward, said of the author now",
      text: "Currently eating my lunch in the linen cupboard on Ward 9 at Derby Royal. Two hours left.",
      errors: [{ messageId: "working", excerpt: "Derby Royal", severity: "warning" }],
    },
    {
      name: "a health centre written in lower case, with the author's weekly sessions",
      text: "Every Wednesday I'm doing the baby clinic at Mill Road health centre, come and say hi",
      errors: [{ messageId: "working", excerpt: "Mill Road health centre", severity: "warning" }],
    },
    {
      name: "a run of shifts counted in the place's own sentence is now",
      text: "Long day 2 of 3 on AMU at the Royal Lancaster, bring biscuits if you're passing",
      errors: [{ messageId: "working", excerpt: "Royal Lancaster", severity: "warning" }],
    },
    {
      name: "about to start a shift at a named hospital",
      text: "Meal deal in the car before my late shift at Furness General, wish me luck",
      errors: [{ messageId: "working", excerpt: "Furness General", severity: "warning" }],
    },
    {
      name: "minutes away from a ward round at a named hospital",
      text: "I'm on the ward round at St Helier in 20 mins and I haven't had a coffee",
      errors: [{ messageId: "working", excerpt: "St Helier", severity: "warning" }],
    },
    {
      name: "locuming at a named practice on abbreviated weekdays",
      text: "Locuming at Brookside Medical Centre Tue–Thu this week, be nice to me",
      errors: [{ messageId: "working", excerpt: "Brookside Medical Centre", severity: "warning" }],
    },
    {
      name: "the author offering themself for cover is where they will be",
      text: "Locum shifts at Ninewells Hospital all weekend, I'm available if anyone's short, come say hi on Ward 4",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Ninewells Hospital" }],
    },
    {
      name: "'needed' about coffee is no job advert",
      text: "Back on nights at St James's Hospital tonight, coffee needed ☕",
      errors: [{ messageId: "working", severity: "warning", excerpt: "St James's Hospital" }],
    },
    {
      name: "a twilight shift at a named hospital tonight",
      text: "Twilight shift at Pinderfields tonight, send snacks",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Pinderfields" }],
    },
    {
      name: "a weekend shift at a named hospital with an invitation",
      text: "Weekend shift at Furness General till 8pm, come say hi",
      errors: [{ messageId: "working", severity: "warning", excerpt: "Furness General" }],
    },
  ],
});
