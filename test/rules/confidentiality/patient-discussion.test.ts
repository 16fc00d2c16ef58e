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
    // generalisation pass: a story needs one person, an encounter and their care (see story.ts)
    { name: "a question to the reader about a kind of patient", text: "Pregnant at 19 in a tiny village? You're not alone: our midwives run a drop-in every Tuesday." },
    { name: "a public-health notice with a school, a town and a week", text: "Measles case confirmed at a primary school in a small town in Devon this week; check your child's MMR status." },
    { name: "a news event with no patient in it", text: "Tonight's news: stabbing in Hull city centre. Thoughts with everyone involved, and with our ED colleagues." },
    { name: "a local figure backing a campaign, with a condition naming a service", text: "Delighted our local MP is backing the campaign for a new cancer centre in Shrewsbury today." },
    { name: "advice about a kind of patient, nothing happened", text: "A child with a non-blanching rash needs to be seen the same day. Don't wait for a fever." },
    { name: "a habit ('every week') describes many patients", text: "Every week in clinic I meet a woman who has been told her pelvic pain is normal. It isn't." },
    { name: "the author's own family", text: "My dad had his hip replaced last month and the physio team were brilliant." },
    { name: "the author describing herself", text: "As a mum with asthma I always carry two inhalers on holiday." },
    { name: "a colleague, not a patient", text: "Our registrar reviewed 40 patients on the post-take round today, absolute machine." },
    { name: "a learner is a colleague", text: "Watched a medical student take her first arterial blood gas today; she nailed it." },
    { name: "a hypothetical in advice", text: "If a patient tells you their chest pain is just indigestion, still do an ECG." },
    { name: "a simulation is not a real patient", text: "Sim today: a man in his 50s with a STEMI who arrests in the cath lab. Great teamwork from the juniors." },
    { name: "consent given by a named person", text: "Posted with Jonah's permission: a year after his kidney transplant he ran the 10k with us today!" },
    { name: "a bare 'a patient' with only a task done", text: "Got a cannula into a patient on the first go today, small wins." },
    { name: "a lesson from long ago, with no time or place", text: "Years ago I missed a subarachnoid in a patient with a 'migraine'. I now scan anyone with a thunderclap headache." },
    { name: "a bed described as furniture", text: "Bed 6 is empty again and the coffee machine is broken. Send help." },
    { name: "a comparison frames a kind of person", text: "Nothing harder than a teenager who won't take their insulin, and nothing better when they do." },
    { name: "a person noun naming a service", text: "The baby clinic moves to Thursdays from next month; same room, same weighing scales." },
    { name: "an eponym and a hypothetical", text: "Remember the Fraser guidelines when a 15-year-old asks for contraception: it's about competence, not just age." },
    { name: "the same story in a closed professional group", text: "Elderly chap, late 80s, brought in after a fall at the bus stop, now in theatre for his hip.", options: {context: {audience: "professional-closed"}} },
    { name: "a public reply to an organisation about waiting lists", text: "@NHSEngland when will the MRI waiting lists come down? Asking for every GP in the country." },
    { name: "the author's own grandmother", text: "Lost my nan to dementia in the spring. Now I volunteer on the dementia ward at weekends." },
    { name: "a pet is not a patient", text: "Our ward cat Dennis had his vaccinations today, purring through the lot." },
    { name: "a public figure in a policy post", text: "Rishi Sunak said today that the NHS will get more scanners for cancer." },
    // generalisation pass 2 (dev4/dev5): the author's own life, addressees, furniture, frames and topics
    { name: "a capitalised 'Mum' is the author's own mother", text: "Mum's heart failure diagnosis came through on Monday. She's taking it better than I am." },
    { name: "a capitalised 'Grandad' opening the post is the author's family", text: "Grandad's pacemaker check went fine this morning; he charmed the whole cardiology waiting room." },
    { name: "a baby said to be the author's own", text: "Yes, the newborn in my profile picture is mine, born at the Princess Anne on Sunday with jaundice. Night feeds are brutal." },
    { name: "a bed praised as a bed", text: "Unpopular opinion: bed 3 is the best bed on the ward, it gets the afternoon sun and the quietest corridor." },
    { name: "a clinician introducing themself ('Physio here')", text: "GP here. Came off my bike on the way in last night, so I'm in with a colleague in minors with a cracked rib." },
    { name: "a colleague addressed by name with a request", text: "Priya, could you page me when you're out of theatre? I'd like a second opinion on a chest x-ray before the ward round." },
    { name: "a patient leader talking about her own illness at a conference", text: "Powerful talk from patient advocate Helen Marsh at today's renal meeting about her own dialysis years. Worth every minute." },
    { name: "a quoted saying is a teaching point, not a patient", text: "'He's just drunk' is how head injuries get missed. Hypoglycaemia and sepsis look drunk too. Check a glucose." },
    { name: "a modal 'Will' opening a sentence is not a name", text: "Great diabetes study day from the regional network. Will definitely be changing how I start insulin in clinic from Monday. #diabetes" },
    { name: "advice sought on getting a child to take medicine is a parenting question", text: "Does anyone have tips for getting a 2yo to take antibiotics? Currently wearing more amoxicillin than he's swallowed." },
    { name: "'guess who' as the board game", text: "Diabetes clinic is a game of 'guess who's been skipping their insulin' again." },
    { name: "a kind of patient compared to many ('sounds like half my list')", text: "A 65-year-old retired docker with mesothelioma sounds like half my old list. Support the asbestos victims' fund. #Mesothelioma" },
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
    // generalisation pass: the referent, the encounter and the care, however they are written
    {
      name: "an age used as the noun, with a treatment and a time",
      text: "Stitched up a 9-year-old this afternoon who'd gone face-first off a trampoline. Brave as anything.",
      errors: [{ messageId: "narrative", excerpt: "a 9-year-old" }],
    },
    {
      name: "a rare job as the referent, a narrated encounter and a symptom",
      text: "Saw a retired lighthouse keeper this morning with crushing chest pain. Straight to the cath lab.",
      errors: [{ messageId: "narrative", excerpt: "a retired lighthouse keeper" }],
    },
    {
      name: "a bed number as the subject of a sentence is a patient",
      text: "Bed 12 has pulled his cannula out for the third time tonight and is now demanding toast.",
      errors: [{ messageId: "narrative", excerpt: "Bed 12" }],
    },
    {
      name: "a bed's relative ('Cubicle 3's wife') is about that patient",
      text: "Cubicle 3's wife just told me he hasn't taken his insulin in a week.",
      errors: [{ messageId: "narrative", excerpt: "Cubicle 3" }],
    },
    {
      name: "a clinic slot written as a time",
      text: "My 11.20 this morning: three months of night sweats and a cough she'd been ignoring. Referred urgently.",
      errors: [{ messageId: "narrative", excerpt: "My 11.20" }],
    },
    {
      name: "a noun opening the sentence with an age band after it",
      text: "Elderly chap, late 80s, brought in after a fall at the bus stop, now in theatre for his hip.",
      errors: [{ messageId: "narrative", excerpt: "chap" }],
    },
    {
      name: "a lay-titled name with a diagnosis and a discharge",
      text: "Mr Okafor finally went home today after his bowel obstruction, cards for everyone on the unit.",
      errors: [{ messageId: "narrative", excerpt: "Mr Okafor" }],
    },
    {
      name: "one of a group singled out, with an injury and a scan",
      text: "One of the students from the freshers' party came in at 2am with a head injury. Scanned and fine, thankfully.",
      errors: [{ messageId: "narrative", excerpt: "One of the students" }],
    },
    {
      name: "a patient's relative as the referent, with a stroke",
      text: "Their grandad was brought in this morning with a stroke and the whole family camped in the relatives' room.",
      errors: [{ messageId: "narrative", excerpt: "Their grandad" }],
    },
    {
      name: "a celebrity cue is a referent",
      text: "Had a well-known TV chef in minors today with a nasty burn on his hand. Won't say who.",
      errors: [{ messageId: "narrative", excerpt: "a well-known TV chef" }],
    },
    {
      name: "'guess who' invites the reader to recognise someone",
      text: "Guess who was back in resus last night after falling off the same wall again 🙄",
      errors: [{ messageId: "narrative", excerpt: "Guess who" }],
    },
    {
      name: "a reply opened by name, giving a scan result",
      text: "Hi Pauline, replying here since you asked - the scan showed the cyst has shrunk, so no surgery for now.",
      errors: [{ messageId: "reply", excerpt: "Hi Pauline, replying here since you asked - the scan" }],
    },
    {
      name: "a reply about a treatment that is helping the reader",
      text: "@benji_runs glad the new inhaler is helping you, keep taking the brown one twice a day",
      errors: [{ messageId: "reply", excerpt: "@benji_runs glad the new inhaler" }],
    },
    {
      name: "the story runs on while the sentences talk about her",
      text: "I keep thinking about the young woman I saw on Tuesday. She'd been turned away twice. She had an ectopic pregnancy.",
      errors: [{ messageId: "narrative", excerpt: "the young woman" }],
    },
    {
      name: "clinical shorthand 'Pt' with a presenting complaint",
      text: "Pt 40s, c/o palpitations since lunch, ECG shows fast AF. Rate control started.",
      errors: [{ messageId: "narrative", excerpt: "Pt" }],
    },
    {
      name: "'I have a lady...' is a patient under the author's care now",
      text: "I have a lady on my list who refuses every blood test but still wants her thyroid checked.",
      errors: [{ messageId: "narrative", excerpt: "a lady" }],
    },
    {
      name: "a full name with a result and a time",
      text: "Kevin Dunmore came back in last night, his potassium is 6.9 again and he's furious with us.",
      errors: [{ messageId: "narrative", excerpt: "Kevin Dunmore" }],
    },
    // generalisation pass 2 (dev4/dev5)
    {
      name: "'the patient who' did something is one person",
      text: "Still laughing about the patient who tried to bargain his way out of his insulin injection with a Greggs voucher yesterday.",
      errors: [{ messageId: "narrative", excerpt: "the patient" }],
    },
    {
      name: "'the patient that' woke up asking for something is one person",
      text: "Shoutout to the patient that woke up after his appendicectomy and asked the theatre team for a pint.",
      errors: [{ messageId: "narrative", excerpt: "the patient" }],
    },
    {
      name: "a condition inside the referent ('a sepsis patient') is their care",
      text: "Four hours in the back of the ambulance tonight with a sepsis patient because there was no cubicle.",
      errors: [{ messageId: "narrative", excerpt: "a sepsis patient" }],
    },
    {
      name: "a clinical term recognised by its form ('-aemia') is care",
      text: "Stumped by my patient, 60s woman, persistent hypercalcaemia with a normal PTH and a clear CT. Ideas?",
      errors: [{ messageId: "narrative", excerpt: "my patient" }],
    },
    {
      name: "a clinical term by its form ('-itis') with a narrated encounter",
      text: "Saw a teenager this afternoon with florid pericarditis after a viral illness, admitted for monitoring.",
      errors: [{ messageId: "narrative", excerpt: "a teenager" }],
    },
    {
      name: "a reply to a handle where the clinician commits to sending their medicine",
      text: "@lou_b_77 sorry the cystitis has come back, I'll send another course of nitrofurantoin to your chemist today",
      errors: [{ messageId: "reply", excerpt: "@lou_b_77 sorry the cystitis" }],
    },
    {
      name: "a reply telling the addressee about their own symptom after their operation",
      text: "@markyp so sorry you're still bruised after Monday's operation! It should fade within a fortnight, ring the ward and I'll review you.",
      errors: [{ messageId: "reply", excerpt: "@markyp so sorry you're still bruised after Monday's operation" }],
    },
  ],
});
