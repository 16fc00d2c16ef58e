import rule from "../../../src/engine/rules/confidentiality/jigsaw";
import { ruleTester } from "../../support/rule-tester";

ruleTester(rule, {
  valid: [
    // dev13 round: a place's "first" or "only" service or premises is not a person
    { name: "a retiring partner who set up the town's first heart clinic", text: "Our senior partner retires on Friday after 35 years. She set up the town's first heart failure clinic and trained half the county's GPs." },
    { name: "a farewell to the pharmacist who opened the village's only pharmacy counter", text: "Farewell to Dr Jo Kent who opened the village's only pharmacy counter in 1990 and retires on Friday after 30 years" },
    { name: "a local head teacher's talk to the practice is no consultation", text: "The head teacher of our local primary gave a brilliant talk on wellbeing to our practice team today." },
    { name: "a teacher with an NSTEMI, anywhere in the country", text: "A teacher came to me with chest pain. It was an NSTEMI. Please listen to your body." },
    { name: "the only blacksmith the author knows, teaching a class", text: "The only female blacksmith I know taught me to forge a knife last weekend, brilliant day" },
    // "34F" in a dating profile or the author's own intro is no patient
    { name: "a dating profile's age-and-sex shorthand", text: "Dating profile says 34F, Orkney, loves hiking. Swipe right?" },
    { name: "the author introducing themself in shorthand", text: "Me: 34F, Orkney, new to running. Any tips for a first 10k?" },
    // a team's players in general, and a team watched, are no one person
    { name: "a team's rugby lads praised for a semi-final", text: "Proud of the Ulster rugby lads for making the semi, great match last night!" },
    { name: "a rugby team watched with the author's son", text: "Took my son to watch the Leeds rugby team last night, he loved it." },
    // "had X in for a pint": a host's guest, not a clinician's patient
    { name: "a lead singer had in for a pint at the author's pub", text: "Had the lead singer of a famous band in for a pint at our pub last night, my husband was starstruck." },
    { name: "a well-known actor in a panto audience", text: "Had a well-known actor in the audience at our panto last night, the kids loved it." },
    // a business on a named street with no one from it singled out as a patient
    { name: "the author's own haircut at a salon on a named square", text: "Had my hair done at the salon on Market Square today, lovely ladies there." },
    { name: "a baker thanked for cakes for the ward staff", text: "The lady from the bakery on High Street brought cakes for the ward staff, thank you!" },
    // a "details changed" label stands when a later "don't change" is about something else
    { name: "details changed, then advice not to change an approach", text: "Details changed: 61yo retired vicar from Mevagissey with motor neurone disease came in last night. Don't change anything about your approach." },
    { name: "details changed, and the outcome (not the details) left as it was", text: "Details changed: 61yo retired vicar from Mevagissey with motor neurone disease came in last night. I didn't change the outcome, sadly." },
    // ¶13: "our town's only pharmacy", "the town's two GP practices" single out no person
    { name: "a town's only pharmacy closing", text: "Our town's only pharmacy is closing next month, which is a real loss for our patients." },
    { name: "a town's two practices merging", text: "The town's two GP practices are merging this spring, and I'll be working at both from May." },
    // ¶13: "I delivered" about a talk or leaflets acts on no one: the author's own day in a small place
    { name: "a talk delivered to a group in a small village", text: "Today I delivered a talk on sepsis to the mums' group in Crianlarich, lovely crowd." },
    { name: "leaflets delivered round a small town with the author's daughter", text: "Yesterday I delivered leaflets round Aberfeldy with my daughter for the hospice appeal." },
    // ¶13: intubating someone is a clinical encounter, and conjoined twins are very rare however they are worded; teaching and history are not a patient
    { name: "learning to intubate on a mannequin", text: "Learning to intubate on the sim mannequin in our tiny village hall today, harder than it looks! #MedEd" },
    { name: "a lecture on the history of conjoined babies", text: "Fascinating lecture on the history of conjoined babies and the ethics of separation surgery." },
    // the author's own partner, described in their engagement or anniversary news, is no patient
    { name: "an anniversary post describing the author's husband", text: "Our wedding anniversary today, and my husband, the only farrier in Tiree, is still the best thing that happened to me. Back on the ward tomorrow." },
    { name: "engagement news describing the fiancé's job and town", text: "Some news: I'm engaged! Jamie proposed on top of Snowdon on Sunday. He's a primary school teacher from Bala, and I'm back in theatre tomorrow with a ring." },
    // a lottery winner or a band's lead singer is known to many: fewer details point at them, but only a patient's
    { name: "a made-up lottery winner in a teaching case", text: "Teaching tonight with a made-up case: a lottery winner from Omagh in with a broken hip. Who might recognise her?" },
    { name: "a lead singer asked to play a charity gig is no patient", text: "Who else thinks the lead singer from that Cardiff band should do a charity gig for the hospice this summer?" },
    { name: "'could murder a curry' is appetite, not a murder", text: "Finished nights in Truro, a 61-year-old colleague and I could murder a curry tonight" },
    { name: "a nation is no small place: Wales has three million people, not a village's six thousand", text: "Had a lovely chat with a 40-year-old man from Wales with asthma about his inhaler technique" },
    { name: "a stranger thanked in a named town, said plainly not to be a patient", text: "To the gentleman who found my car keys outside the Co-op in Keswick on Sunday morning: thank you! Not a patient, just a very kind stranger." },
    // ¶13 is about a patient: the author's own stunt, a ward's own video, the author's own check-up and a question about lotteries describe no patient
    { name: "the author's own charity bungee jump is no patient's accident", text: "Did a charity bungee jump off the Tyne bridge yesterday for the hospice! Legs still shaking." },
    { name: "a ward's own video going viral names nobody", text: "Our hand-washing video for the ward went viral this week, thank you to everyone who shared it." },
    { name: "the author in for their own check-up is not a patient of theirs", text: "In for a check-up myself today at the dentist in Tenby, the staff were lovely." },
    { name: "a lottery win asked about in general is no winner", text: "Anyone else's practice had people asking if the lottery win would pay for private scans? Not how it works, sadly." },
    // a test done on someone named by a job is a patient's only when it is theirs and the job is not a colleague's
    { name: "a radiographer's list is the colleague's work, not a patient's test", text: "The radiographer's x-ray list in Hexham was huge today, fair play to her." },
    { name: "a footballer's X-ray as an exam question is a type, not a person", text: "A footballer's ankle X-ray is a classic exam question: which views would you ask for? #MedEd" },
    // small places named without a patient: a service notice and the author's own walk
    { name: "island ferries cancelled, a clinic postponed: a notice, no patient", text: "Westray and Stronsay ferries cancelled again today, so our outreach clinic is postponed to next week." },
    { name: "the author's own walk between two small villages", text: "Cracking walk from Crianlarich to Tyndrum on my day off yesterday, legs are done." },
    // a 100th birthday is an age: the author's own family's, or an institution's, is no patient's
    { name: "the author's grandad's 100th birthday", text: "Happy 100th birthday to my grandad in Llanidloes, still gardening every day!" },
    { name: "a hospital's own 100th birthday", text: "Our hospital celebrates its 100th birthday this year: come to the open day in Llanidloes on Saturday." },
    // precision pass
    { name: "a plural occupation is a group, not a patient", text: "Ten years since the Boscastle flood. Thinking of all our patients affected then, and thankful to the lifeboat crews and engineers." },
    { name: "a bed in a named hospital is the identifier rule's finding", text: "Bed 9 on Ward 12 at Derriford, the gentleman who whistles all night, is my favourite patient this week" },
    { name: "a motorway crash in the news with no patient", text: "Awful pile-up on the M5 this morning, drive safely everyone and leave space in the rain" },
    { name: "advice to the reader ('if you're a man who...') in a small place describes nobody", text: "If you're a man who has sex with men in Shetland, ask our sexual health clinic about the mpox vaccine this week." },
    { name: "'if you are a woman over 50' with a rare condition's symptoms is public-health advice", text: "If you are a woman over 50 in Tenby with motor neurone disease symptoms, see your GP at the surgery today." },
    { name: "'the most patient man alive' is the adjective: a husband praised, not a patient", text: "My husband is the most patient man alive: he sat through my whole surgical exam revision in Tenby last night without a single complaint." },
    { name: "a topic in the news this week, explained to the public, is about nobody", text: "Lots on the news this week about people hurt by fake fillers bought online. Please check who is injecting you and see your GP if you have a reaction." },
    { name: "scare stories in the papers about a vaccine, answered with the evidence", text: "Seen the stories in the papers today about the MMR jab? The evidence is clear: it doesn't cause autism, and measles cases are rising on our ward." },
    { name: "a common condition in a big city at no particular time", text: "Lots of people with asthma in Leeds this winter: check your inhaler technique" },
    { name: "a fictional teaching vignette", text: "Fictional case: a 61-year-old vicar from Cornwall presents with progressive weakness. What's your differential? #MedEd" },
    { name: "a colleague's retirement, not a patient", text: "Our 61-year-old ward sister from Truro retires today after 40 years. Legend." },
    { name: "public health news with a place", text: "Measles cases are rising in Birmingham. Check your child's MMR status." },
    { name: "a single detail is not a jigsaw", text: "Saw a patient from Manchester today, lovely chat about football" },
    { name: "consented story", text: "Shared with permission: Jim, 61, a retired vicar from Mevagissey, wants everyone to know the signs of MND." },
    { name: "an age band and a region are broad", text: "Treated a man in his 60s from Yorkshire with a chest infection today" },
    { name: "the place is the author's holiday", text: "Lovely week off in Mevagissey, back on the ward Monday 🌊" },
    // generalisation pass: small places, public roles and coy hints count only for a patient
    { name: "the author working tonight in a named town", text: "On nights tonight in Truro, send coffee and biscuits to majors!" },
    { name: "a question to the reader about a kind of patient", text: "Pregnant at 19 in a tiny village? You're not alone: our midwives run a drop-in every Tuesday." },
    { name: "a public-health notice with a school, a town and a week", text: "Measles case confirmed at a primary school in a small town in Devon this week; check your child's MMR status." },
    { name: "a vaccination session in a small place", text: "Vaccination bus in a remote hamlet near Dingwall today: 40 flu jabs and a lot of tea." },
    { name: "the author's own grandmother in her village", text: "My gran turns 100 tonight in her tiny village in Powys. Still sharp as a tack!" },
    { name: "a young person's achievement in the author's village", text: "A 15-year-old from our village just won the county chess championship. So proud of our community." },
    { name: "a news event with no patient in it", text: "Tonight's news: stabbing in Hull city centre. Thoughts with everyone involved, and with our ED colleagues." },
    { name: "a local figure backing a campaign, with a condition naming a service", text: "Delighted our local MP is backing the campaign for a new cancer centre in Shrewsbury today." },
    { name: "a vaccine named after a disease is not a diagnosis", text: "Gave forty tetanus boosters at the village clinic in Mevagissey today, busiest morning of the year." },
    { name: "a local MP visiting staff is not a patient", text: "Our local MP visited the ward today to thank the night staff. Lovely gesture." },
    { name: "a group of workers thanked for a rescue", text: "Huge thanks to the lifeboat crews and coastguards who pulled three fishermen from the sea off Whitby yesterday." },
    { name: "a fictional exam station", text: "Fictional OSCE station: the only pharmacist in a Hebridean village presents with a tremor. Examine the patient." },
    { name: "the author's own holiday on a small island", text: "Back from a week on a tiny Scottish island, wallet lighter and thoroughly rested. Nights on Monday." },
    { name: "a celebrity speaking at a conference", text: "Thrilled that a well-known TV doctor is speaking at our conference in Harrogate today." },
    { name: "a playful 'guess who' about the author", text: "Guess who's back on nights in Penzance this week 🙃" },
    { name: "advocacy from a GP in a small town", text: "Rural GPs like me in a town of 3,000 need more funding, not more targets." },
    { name: "a plural group of footballers", text: "Every footballer I've treated says the same thing about hamstrings: it was just a twinge." },
    { name: "named consent to share", text: "Shared with Dai's blessing: the only farrier in Tregaron is back shoeing horses after his heart bypass." },
    { name: "a major incident exercise", text: "Major incident exercise today: a pretend coach crash on the M5 with thirty casualties played by students." },
    { name: "a colleague's farewell with their job and town", text: "Farewell to our only stroke consultant in Hereford after 30 years; the unit won't be the same." },
    { name: "weather advice with a city and a time", text: "Lots of broken wrists from the ice in Sheffield this week, walk carefully!" },
    { name: "a public figure's policy announcement", text: "The Health Secretary announced funding for the cancer centre in Truro today. About time." },
    { name: "a one-word job is one detail, not two", text: "Anyone who votes for that MP deserves a long wait for a hip replacement." },
    // generalisation pass 2 (dev4/dev5)
    { name: "an event at the village hall names no one", text: "Living well with diabetes: patient and carer drop-in session, Tuesday 2pm at the village hall. Biscuits provided." },
    { name: "a kind of patient compared to many ('sounds like half my list')", text: "A 62-year-old former steelworker from Rotherham with COPD sounds like half my list. Fund the pulmonary rehab service!" },
    { name: "island life with no patient in it", text: "Island life: the ferry was cancelled again so our locum is stuck on the mainland. Ten years here and I still love it." },
    { name: "a town's population in a recruitment post", text: "Join our practice! Market town, population 9,000, great schools, and the only GP surgery with a sea view in the county." },
    { name: "a public figure's relative opening a garden is no patient", text: "The Lord Mayor's wife opened our new ward garden today. Lovely speech about her volunteering years." },
    { name: "colleagues from the same medical school are not patients", text: "Three of us from the same medical school started on the ward today. Reunion drinks Friday!" },
    { name: "a public-health notice about schools in general", text: "Norovirus is going round several primary schools in the area: wash hands with soap, alcohol gel doesn't kill it." },
    // a news report, a coy hint or disbelief ties a patient to a known story only when someone was seen
    { name: "a post about a lost dog that was in the local news", text: "Saw the post about the missing spaniel in Ludlow on Sunday - found safe and well! 🐶" },
    { name: "the ward itself in the local paper for fundraising", text: "Our ward was in the local paper this week for raising £2,000 for the hospice. So proud of the team." },
    { name: "a coy hint about the author's football team, no patient", text: "Can't say which team I support, but the Premier League ref was shocking today 😂" },
    { name: "shoulder exercises as general advice", text: "Physio tip: rotator cuff exercises with a band, three sets a day, keep the elbow tucked in." },
    // a rare condition counted once at a place is one family only when it happened; a cottage hospital is a small place only with a patient in it
    { name: "a general truth about stillbirth beside a support group in a named town", text: "A stillbirth is devastating for any family. If you need support in Carmarthen, Sands runs a group on our ward every Tuesday." },
    { name: "stillbirth rates for a region, not an occurrence", text: "Stillbirth rates in Wales fell last year and our unit in Aberystwyth is proud of its new bereavement suite." },
    { name: "a fete at the cottage hospital", text: "Our cottage hospital's summer fete is on Saturday, come along for cake and a tombola!" },
    { name: "the author's own first shift at a cottage hospital", text: "Worked my first night at the cottage hospital tonight, lovely team and a very quiet ward." },
    { name: "the author hiding their own trust, not a patient", text: "Won't say which trust, but our ED had a patient on a trolley for 40 hours this week. Something has to change." },
    { name: "thanks to a family whose letter was in the local paper, adding nothing about the patient", text: "Thank you to the family who wrote to the local paper this week about our ward. Lovely to read it at handover." },
    // consent given by the parent, or a story the person chose to make public, is theirs to share
    { name: "a parent who gave permission to share", text: "Lovely wee girl in clinic today, 5, from Oban, with a broken arm. Her dad gave permission for me to share the unicorn she drew on her cast 🦄" },
    { name: "a presenter who has chosen to share her own diagnosis", text: "Respect to the radio presenter who has chosen to share her bowel cancer diagnosis this week. Screening saves lives." },
    // "with us" after a service is the author's care only when someone in particular is cared for
    { name: "an invitation to do an elective with the team", text: "Come and do your elective in rehab with us! Our village team is recruiting now." },
    { name: "a village lollipop lady back at work with the author's team", text: "Our village lollipop lady is back at the crossing after a winter off! Lovely to see her working with us again." },
    // "we only did one X in <place>" counts the people seen; it identifies only someone it describes
    { name: "one home visit in a small town, nobody described", text: "We only had one home visit booked in Gretna this week, so the team did some training instead." },
    { name: "the author's one shift in a town", text: "I only did one shift in Oban last month, lovely place." },
    // a condition the writer calls rare counts as a rare one, but "rare" alone is no diagnosis
    { name: "rare disease day at a city clinic", text: "Rare disease day today! Our Leeds clinic sees hundreds of families with rare conditions." },
    { name: "a medium rare steak in a city", text: "Medium rare steak in Leeds tonight, well earned after a long week on the ward." },
    // binding: details far apart in a long post are not about one person
    { name: "a retirement post: a patient's age early on, the author's new town paragraphs later", text: "Thirty years since I started as a house officer. The first patient I ever clerked was a 72-year-old man with pneumonia who patiently told me how to hold the stethoscope properly. I have never forgotten his kindness. Since then I have worked in six hospitals and three countries. I have learned more from patients than from any textbook. Most of my career was spent in general medicine, with a long detour into research. Retirement starts next month and we are moving to Tobermory to be near the grandchildren. Thank you to everyone who taught me along the way." },
    { name: "a week's diary: a day at its start, the author's weekend town at its end", text: "Clinic reflections from a long week. On Monday a man asked me whether his cough could be the same thing his dad had, and we had a long chat about smoking. I spent Wednesday catching up on letters and audit work. The practice team organised a cake sale for the hospice. Thursday brought the usual flurry of chest infections and sick notes. Our new registrar is settling in well and already knows everyone's coffee order. The weekend will be spent in Whitby with the dog, walking on the beach and eating chips." },
    // a public figure's own announcement, discussed by someone who did not treat them
    { name: "a presenter who revealed his own diagnosis, and symptoms for everyone", text: "A much-loved radio presenter revealed this morning that he has prostate cancer, and our phones have been busy ever since. I have never met him. Men over fifty: if you are getting up at night to pee, or your flow has changed, book an appointment with your GP. Most of the time it is not cancer, but it is worth checking." },
    { name: "a chef who went public about her own condition", text: "A famous chef went public this week about her type 1 diabetes, and I think that matters. Plenty of people still believe it is caused by eating sugar. It is an autoimmune condition, it is nobody's fault, and insulin keeps people alive. Good on her for speaking up." },
    // where and when the author was, in a sentence about the author alone
    { name: "the author's own march in a city on a day, after advice to a kind of reader", text: "Pride month thoughts from an out consultant. When I started, I hid my partner from everyone at work. Things are better now: rainbow lanyards on the wards, and patients have told me the badge makes them feel safer. But there is more to do.\n\nIf you're a junior doctor who is still hiding, find your people.\n\nMarching in Belfast on Saturday with my partner. 💜" },
    { name: "the author's own day out in a small town, after advice to a kind of reader", text: "Proud day. Patients often tell me they wish they had known about the screening programme sooner, so we have been running evening sessions.\n\nIf you're a retired fisherman who hasn't had a skin check, please book one.\n\nOff to Tobermory on Sunday with my mum for cake and a walk." },
    // dev12 round: a clinical verb whose object is no person, a squad's role with no patient, a viral
    // video with no one seen
    { name: "a local MP who treated the ward to pizza", text: "the local mp treated the whole ward to pizza last night after his visit, legend 🍕" },
    { name: "a striker who treated the children on a ward visit", text: "a premier league striker opened our new children's ward today and treated every kid to a signed ball ⚽" },
    { name: "a local team's goalkeeper who taught CPR", text: "the goalkeeper from the local league team ran our cpr training day, what a legend" },
    { name: "a local MP who came in for a pint, on the news", text: "the local mp came in for a pint after the match, the one that was all over the news, bought the whole bar a drink" },
    { name: "a headteacher who came in to talk to students about careers", text: "the local headteacher came in to talk to our students about nursing careers, all over the local paper this week 📰" },
    { name: "a water-rescue training day", text: "fire crews showed us how they get people out when a car went into the river, best training day of paramedic school 🚒" },
    { name: "a childhood memory of a car in the river", text: "my grandad's car went into the river in 1962 and he still tells the story every christmas 😂" },
    { name: "the author's own race at the county champs", text: "came 4th at the county champs on saturday, legs destroyed, back on nights tomorrow 🏃‍♀️" },
    { name: "a team of medics covering the nationals", text: "our team did first aid cover at the junior nationals on sunday, quiet day, loads of plasters 🩹" },
    { name: "a viral video watched on a quiet shift", text: "did u see the viral video of the goose on the M6 on friday 😂 anyway quiet night in my bay" },
    // ¶13 mechanisms (tune9): a job holder the author treated, an incident known to readers, a shop on the town's one quay or high street
    { name: "a vet the author trained with who sutured the author's dog", text: "A vet I trained with in Ullapool sutured my dog last night, legend" },
    { name: "every fisherman the author has treated: a type, not a person", text: "Every fisherman I have ever treated in Mallaig says the same thing about their backs" },
    { name: "the crash trolley is equipment, not an incident", text: "Spent the afternoon in resus teaching on the crash trolley on Friday, brilliant session with the F1s" },
    { name: "the author's own laptop crash", text: "My laptop crash on Friday lost my whole audit, never again" },
    { name: "a recommendation for the cafe on the quay", text: "Lovely coffee at the cafe on the quay after my shift, highly recommend" },
    { name: "a clinic held at the pharmacy on the high street", text: "Our practice nurse runs a pop-up clinic at the pharmacy on the high street every Tuesday, come along" },
  ],
  invalid: [
    // ¶13: someone named by their job as the object of the author's clinical act in a relative clause ("the X who I stitched") is a patient, and the job with a place and a time is one person
    { name: "the harbour master the author sutured after a storm off a small town", text: "Proud of the harbour master who I sutured at 2am after the storm off Mallaig, back at work by breakfast.", errors: [{ messageId: "unique", severity: "error", excerpt: "harbour master who I sutured at 2am after the storm off Mallaig" }], output: "Proud of the harbour master who I sutured after the storm off Mallaig, back at work by breakfast." },
    { name: "the farrier the author treated last night in a small town", text: "The farrier I treated last night in Llanidloes was back shoeing horses this morning. Tough as old boots.", errors: [{ messageId: "unique", severity: "error", excerpt: "farrier I treated last night in Llanidloes" }], output: "The farrier I treated in a village was back shoeing horses this morning. Tough as old boots." },
    // ¶13: "the crash on the A9 last night": a definite, dated or placed incident is the one in the local news, whoever the doubtful word might mean elsewhere
    { name: "the lad from the crash on a named road last night", text: "Spent three hours in resus with the lad from the crash on the A9 last night. 19, keen footballer, his mum never left his side.", errors: [{ messageId: "unique", severity: "error", excerpt: "crash on the A9 last night. 19, keen footballer" }], output: "Spent three hours in resus with the lad from the crash on the A9. 19, keen footballer, his mum never left his side." },
    { name: "the driver from that crash on Friday, with an age", text: "we had the driver from that crash on friday in majors, 20yo apprentice, pelvis binder on and asking for his phone", errors: [{ messageId: "few", severity: "warning", excerpt: "crash on friday in majors, 20yo" }], output: "we had the driver from that crash in majors, 20-something apprentice, pelvis binder on and asking for his phone" },
    // ¶13 and the GMC blog's small communities: a person from a shop on the town's one quay or high street is known to every customer
    { name: "the barman from the pub on the quay, in resus", text: "The barman from the pub on the quay was in resus again last night with his pancreatitis.", errors: [{ messageId: "unique", severity: "error", excerpt: "barman from the pub on the quay was in resus again last night" }], output: "The barman from the pub on the quay was in resus again with his pancreatitis." },
    { name: "a bare person word from the florist's on the high street, clipped register", text: "lady from the florists on the high street came in with another overdose, third this month", errors: [{ messageId: "unique", severity: "error", excerpt: "the florists on the high street came in with another overdose" }] },
    { name: "the town's only tattooist seen in clinic with cellulitis", text: "Saw the town's only tattooist in clinic today with a nasty cellulitis in his forearm", errors: [{ messageId: "unique", severity: "error", excerpt: "town's only tattooist in clinic today with a nasty cellulitis" }], output: "Saw the town's only tattooist in clinic with a nasty cellulitis in his forearm" },
    // dev13 round (Confidentiality 13): the holder of a local institution's post, who "came to me with" a condition, is one person
    { name: "the landlord of the local pub who came to the author with lung cancer", text: "Reflection: the landlord of the local pub came to me with a cough he had ignored for months. It was lung cancer.", errors: [{ messageId: "unique", severity: "error", excerpt: "the landlord of the local pub came to me with a cough he had ignored for months. It was lung cancer" }] },
    { name: "the vicar of the author's local church who came in with a PE", text: "The vicar of our local church came to see me with crushing chest pain last week. Turned out to be a big PE. Look after yourselves.", errors: [{ messageId: "unique", severity: "error", excerpt: "The vicar of our local church came to see me with crushing chest pain last week" }], output: "The vicar of our local church came to see me with crushing chest pain. Turned out to be a big PE. Look after yourselves." },
    // a 100th birthday is an exact age few people share (about one in 4,500 is a centenarian); in a small town it is one person
    {
      name: "a patient's 100th birthday on the unit, with her town",
      text: "Cake on the unit for a lady from Llanidloes celebrating her 100th birthday with us. Still sharp as a tack.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Llanidloes celebrating her 100th" }],
      output: "Cake on the unit for a lady from a village celebrating her 100-something birthday with us. Still sharp as a tack.",
    },
    {
      name: "a man's 100th birthday tea on the ward, with his town",
      text: "Wheeled a man from Tenby back from X-ray just in time for his 100th birthday tea on the ward.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Tenby back from X-ray just in time for his 100th" }],
      output: "Wheeled a man from a village back from X-ray just in time for his 100-something birthday tea on the ward.",
    },
    // "small communities": an island or village of a few hundred people, with an age and an injury, is one person
    {
      name: "a very old man from a small Orkney island, with his injury and the day",
      text: "Flew a 91-year-old gent in from Westray this morning with a fractured hip, sharp as a tack and furious about missing his darts.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "91-year-old gent in from Westray this morning with a fractured hip" }],
      output: "Flew a 90-something gent in from a village with a fractured hip, sharp as a tack and furious about missing his darts.",
    },
    {
      name: "a woman from a highland village of a couple of hundred, with her condition",
      text: "Seen in clinic today: a lady in her 80s from Tyndrum with shingles, bless her, she drove herself down.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "today: a lady in her 80s from Tyndrum with shingles" }],
      output: "Seen in clinic: a lady in her 80s from a village with shingles, bless her, she drove herself down.",
    },
    // ¶13: "the vicar's X-ray", "the headteacher's scan": a result for someone the whole town knows by their job
    {
      name: "a small town's vicar's X-ray result",
      text: "Great news from imaging: the Hexham vicar's chest X-ray is clear, he'll be back in the pulpit on Sunday.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Hexham vicar's chest X-ray is clear, he'll be back in the pulpit on Sunday" }],
      output: "Great news from imaging: the Hexham vicar's chest X-ray is clear, he'll be back in the pulpit.",
    },
    {
      name: "a village headteacher's X-ray seen this morning",
      text: "Lovely to see the Portsoy headteacher's hip X-ray looking so good this morning, she'll be back for the new term.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Portsoy headteacher's hip X-ray looking so good this morning" }],
      output: "Lovely to see the Portsoy headteacher's hip X-ray looking so good, she'll be back for the new term.",
    },
    // ¶13 and "small communities": an event that made the news, or a person the whole town knows, is matched to the patient by anyone who read it
    {
      name: "a newsworthy accident on its day, with the patient still on the unit",
      text: "Remember the bungee jump from the pier on Sunday? The one they airlifted out. Still on our unit and doing better.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "the bungee jump from the pier on Sunday" }],
      output: "Remember the bungee jump from the pier? The one they airlifted out. Still on our unit and doing better.",
    },
    {
      name: "a lottery winner from the paper joining the practice list",
      text: "The lottery winner from the local paper registered with us this morning, so much for a quiet little practice.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "lottery winner from the local paper registered with us this morning" }],
      output: "The lottery winner from the local paper registered with us, so much for a quiet little practice.",
    },
    {
      name: "a small town's mayor attended on a call-out",
      text: "Strangest call of my career: the mayor of Bude, stuck up his own ladder after the carnival last night.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "mayor of Bude, stuck up his own ladder after the carnival last night" }],
      output: "Strangest call of my career: the mayor of a town, stuck up his own ladder after the carnival.",
    },
    {
      name: "intubating the village's postmistress is a patient the village can name",
      text: "Had to intubate the postmistress of our tiny village at 2am, and now everyone in the only shop is asking me about her.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "postmistress of our tiny village at 2am, and now everyone in the only" }],
      output: "Had to intubate the postmistress of our tiny village, and now everyone in the only shop is asking me about her.",
    },
    {
      name: "conjoined boys named by how they were born are a family everyone read about",
      text: "Two of my favourite patients, the conjoined boys we separated in 2023, started nursery today.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "conjoined boys we separated in 2023, started nursery today" }],
      output: "Two of my favourite patients, the conjoined boys we separated in 2023, started nursery.",
    },
    {
      name: "a patient's own wedding plans do not make the post the author's news",
      text: "We had the only farrier on Tiree in with a head injury tonight, his wedding is next week.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "the only farrier on Tiree in with a head injury tonight" }],
      output: "We had the only farrier on Tiree in with a head injury, his wedding is next week.",
    },
    {
      name: "the author's wedding plans beside a patient's story",
      text: "I'm off to a wedding tomorrow, but first: we had the only female harbourmaster in Stornoway in tonight with chest pain.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "the only female harbourmaster in Stornoway in tonight" }],
      output: "I'm off to a wedding tomorrow, but first: we had the only female harbourmaster in a town in with chest pain.",
    },
    {
      name: "the town's lottery winner in on the ward is known to everyone there",
      text: "The lottery winner from Omagh is in with us on the ward tonight and the phones haven't stopped.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "lottery winner from Omagh is in with us on the ward tonight" }],
      output: "The lottery winner from a town is in with us on the ward and the phones haven't stopped.",
    },
    {
      name: "a band's lead singer seen in clinic with an injury",
      text: "Had the lead singer of a band from Cardiff in clinic today with a broken wrist, lovely guy.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "the lead singer of a band from Cardiff in clinic today with a broken wrist" }],
      output: "Had the lead singer of a band from a city in clinic with a broken wrist, lovely guy.",
    },
    {
      name: "the author on call in a small town when a patient came in: the patient is in that sentence",
      text: "I was on call in Tregaron on Saturday when a 17-year-old farmer came in with a crush injury. Still thinking about him.",
      errors: [{ messageId: "unique", excerpt: "Tregaron on Saturday when a 17-year-old farmer" }],
      output: "I was on call in a village when a 10-something farmer came in with a crush injury. Still thinking about him.",
    },
    {
      name: "the author's own week told with the incident that brought a patient in",
      text: "Ten years qualified today. My first week on the burns unit was the week of the mill fire in Holmfirth. The lad who came to us from it was nineteen, and I did his dressings every morning for six weeks.",
      errors: [{ messageId: "unique", excerpt: "today. My first week on the burns unit was the week of the mill fire in Holmfirth" }],
      output: "Ten years qualified. My first week on the burns unit was the week of the mill fire in a village. The lad who came to us from it was nineteen, and I did his dressings every morning for six weeks.",
    },
    {
      name: "a public figure who came into clinic is a patient whatever their fame",
      text: "A well-known radio presenter came into clinic this week with prostate cancer. He was terrified, bless him, but we have a plan.",
      errors: [{ messageId: "unique", excerpt: "radio presenter came into clinic this week with prostate cancer" }],
      output: "A well-known radio presenter came into clinic with prostate cancer. He was terrified, bless him, but we have a plan.",
    },
    {
      name: "an announcement does not cover the author's own encounter with the public figure",
      text: "A famous chef announced her diabetes last month, but I saw her on the ward yesterday with a kidney infection and she looked awful.",
      errors: [{ messageId: "unique", excerpt: "famous chef announced her diabetes last month, but I saw her on the ward yesterday" }],
      output: "A famous chef announced her diabetes last month, but I saw her on the ward with a kidney infection and she looked awful.",
    },
    {
      name: "a long post whose identifying details sit together in one sentence",
      text: "Long night on the medical unit. Lots of chest pain, some falls, the usual. The one that stays with me is the 58-year-old retired harbourmaster from Mevagissey who came in after a collapse at home. He was so apologetic for bothering us. We got him sorted and he went up to cardiology by morning. Please look after yourselves out there, and be kind to the night team.",
      errors: [{ messageId: "unique", excerpt: "58-year-old retired harbourmaster from Mevagissey" }],
      output: "Long night on the medical unit. Lots of chest pain, some falls, the usual. The one that stays with me is the 50-something retired harbourmaster from a village who came in after a collapse at home. He was so apologetic for bothering us. We got him sorted and he went up to cardiology by morning. Please look after yourselves out there, and be kind to the night team.",
    },
    {
      name: "a long post whose details spread over neighbouring sentences about one patient",
      text: "Still thinking about a patient from last night and writing it down helps. She was a 34-year-old primary school headteacher. She came in from Aberdaron with a massive bleed and her whole village seemed to know already. We did everything we could. I went home and cried in the car. Some shifts never leave you, however many years you do this job.",
      errors: [{ messageId: "unique", excerpt: "last night and writing it down helps. She was a 34-year-old primary school headteacher. She came in from Aberdaron" }],
      output: "Still thinking about a patient from and writing it down helps. She was a 30-something primary school headteacher. She came in from a village with a massive bleed and her whole village seemed to know already. We did everything we could. I went home and cried in the car. Some shifts never leave you, however many years you do this job.",
    },
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
    // generalisation pass: unnamed small places, local figures, public roles, news and coy hints
    {
      name: "an unnamed tiny place: a hamlet",
      text: "Delivered a baby to a 15-year-old from a remote hamlet up the glen this morning. Everyone there will know by teatime.",
      errors: [{ messageId: "unique", excerpt: "15-year-old from a remote hamlet up the glen this morning" }],
      output: "Delivered a baby to a 10-something from a remote hamlet up the glen. Everyone there will know by teatime.",
    },
    {
      name: "a stated population ('a town of 1,200')",
      text: "In a town of 1,200 you can't hide much: diagnosed the only butcher with Crohn's disease yesterday.",
      errors: [{ messageId: "unique", excerpt: "a town of 1,200 you can't hide much: diagnosed the only butcher with Crohn's disease yesterday" }],
      output: "In a town of 1,200 you can't hide much: diagnosed the only butcher with Crohn's disease.",
    },
    {
      name: "'our local' + a job narrows to the catchment",
      text: "Our local vicar came into A&E last night with a GI bleed and begged us to keep it from the parish.",
      errors: [{ messageId: "unique", excerpt: "vicar came into A&E last night with a GI bleed and begged us to keep it from the parish" }],
      output: "Our local vicar came into A&E with a GI bleed and begged us to keep it from the parish.",
    },
    {
      name: "a public role named with its club",
      text: "Patched up the Leeds fly-half in majors this afternoon, dislocated shoulder from Saturday's game.",
      errors: [{ messageId: "unique", excerpt: "Leeds fly-half in majors this afternoon, dislocated shoulder" }],
      output: "Patched up the Leeds fly-half in majors, dislocated shoulder from Saturday's game.",
    },
    {
      name: "a celebrity cue with a procedure",
      text: "Not naming names, but a famous comedian was on my list this morning for a vasectomy.",
      errors: [{ messageId: "unique", excerpt: "Not naming names, but a famous comedian was on my list this morning for a vasectomy" }],
      output: "Not naming names, but a famous comedian was on my list for a vasectomy.",
    },
    {
      name: "a newsworthy event with its day",
      text: "The cyclist from this morning's hit and run on the ring road is out of surgery and talking.",
      errors: [{ messageId: "unique", excerpt: "this morning's hit and run" }],
    },
    {
      name: "a very rare infection, a job and a small town",
      text: "Diagnosed Q fever in a young shepherd from Kirkby Lonsdale today, only the second case I've ever seen.",
      errors: [{ messageId: "unique", excerpt: "Q fever in a young shepherd from Kirkby Lonsdale today" }],
      output: "Diagnosed Q fever in a young shepherd from a village, only the second case I've ever seen.",
    },
    {
      name: "a uniqueness claim, a job and a town",
      text: "Saw the only blacksmith in Tenby today with burns to both his hands after a forge accident.",
      errors: [{ messageId: "unique", excerpt: "the only blacksmith in Tenby today" }],
      output: "Saw the only blacksmith in a village with burns to both his hands after a forge accident.",
    },
    {
      name: "someone from the news, with a place and a day",
      text: "The man from the news whose house collapsed in Bradford on Tuesday is on our ward now, recovering well.",
      errors: [{ messageId: "unique", excerpt: "from the news whose house collapsed in Bradford on Tuesday" }],
      output: "The man from the news whose house collapsed in a city is on our ward now, recovering well.",
    },
    {
      name: "a child's exact age in 'our village', with a diagnosis",
      text: "Diagnosed a 6-year-old from our village with type 1 diabetes last night. Her mum teaches at the school.",
      errors: [{ messageId: "unique", excerpt: "6-year-old from our village with type 1 diabetes last night" }],
      output: "Diagnosed a 0-something from our village with type 1 diabetes. Her mum teaches at the school.",
    },
    {
      name: "a tiny island, an age and a job",
      text: "Only one ferry a day off this tiny island, so the 80-year-old crofter with a stroke went by helicopter last night.",
      errors: [{ messageId: "unique", excerpt: "this tiny island, so the 80-year-old crofter with a stroke went by helicopter last night" }],
      output: "Only one ferry a day off this tiny island, so the 80-something crofter with a stroke went by helicopter.",
    },
    {
      name: "a goalkeeper named with his club",
      text: "Great to see the Arsenal goalkeeper walk out of fracture clinic today with his cast off, grinning.",
      errors: [{ messageId: "unique", excerpt: "goalkeeper walk out of fracture clinic today" }],
      output: "Great to see the Arsenal goalkeeper walk out of fracture clinic with his cast off, grinning.",
    },
    {
      name: "a pile-up on a named road, yesterday",
      text: "Treated the motorcyclist from the A1 pile-up yesterday, both legs broken but he'll walk again.",
      errors: [{ messageId: "unique", excerpt: "the A1 pile-up yesterday" }],
      output: "Treated the motorcyclist from the A1 pile-up, both legs broken but he'll walk again.",
    },
    {
      name: "a small-village descriptor with 'the'",
      text: "Diagnosed the postmistress in the tiny village next to ours with a brain tumour today. Heartbreaking.",
      errors: [{ messageId: "unique", excerpt: "postmistress in the tiny village next to ours with a brain tumour today" }],
      output: "Diagnosed the postmistress in the tiny village next to ours with a brain tumour. Heartbreaking.",
    },
    {
      name: "a coy hint about a recognisable patient",
      text: "Won't say who, but the lead singer from a band you'd all know came in with chest pain last night.",
      errors: [{ messageId: "unique", excerpt: "Won't say who, but the lead singer from a band you'd all know came in with chest pain last night" }],
      output: "Won't say who, but the lead singer from a band you'd all know came in with chest pain.",
    },
    // generalisation pass 2 (dev4/dev5)
    {
      name: "'island life' places a patient's miscarriage in a small community",
      text: "Heartbreaking clinic. One of my patients lost her pregnancy at 11 weeks. Island life makes this so much harder.",
      errors: [{ messageId: "few", excerpt: "pregnancy at 11 weeks. Island life" }],
    },
    {
      name: "a stated population, a unique job and a night",
      text: "Had the village's only farrier in resus tonight after a fall from a hayloft. Population 600, so everyone will know by breakfast.",
      errors: [{ messageId: "unique", excerpt: "village's only farrier in resus tonight after a fall from a hayloft. Population 600", messageIncludes: "farrier" }],
      output: "Had the village's only farrier in resus after a fall from a hayloft. Population 600, so everyone will know by breakfast.",
    },
    {
      name: "a publican of a village's two pubs with an apposed age",
      text: "Rough clinic. Had to give the landlady of one of our village's two pubs, 61, the news about her scan. She wants to tell her regulars herself.",
      errors: [{ messageId: "unique", excerpt: "our village's two pubs, 61", messageIncludes: "61" }],
      output: "Rough clinic. Had to give the landlady of one of our village's two pubs, 60-something, the news about her scan. She wants to tell her regulars herself.",
    },
    {
      name: "someone called famous, with their art named, operated on today",
      text: "Today I operated on the famous Qawwali singer from our district for a torn cartilage. Back on stage by spring!",
      errors: [{ messageId: "unique", excerpt: "Today I operated on the famous Qawwali singer", messageIncludes: "Qawwali singer" }],
      output: "I operated on the famous Qawwali singer from our district for a torn cartilage. Back on stage by spring!",
    },
    {
      name: "'won't say who' with a clinic and a day is someone the author knows",
      text: "Won't say who 🤫 but a certain Premiership rugby captain was in the fracture clinic this morning. Not playing this weekend, put it that way.",
      errors: [{ messageId: "unique", excerpt: "Won't say who 🤫 but a certain Premiership rugby captain was in the fracture clinic this morning" }],
      output: "Won't say who 🤫 but a certain Premiership rugby captain was in the fracture clinic. Not playing this weekend, put it that way.",
    },
    {
      name: "a single-office holder's relative admitted is as identifiable as the office holder",
      text: "The bishop's daughter was brought into resus last night after an overdose. Heartbreaking.",
      errors: [{ messageId: "unique", excerpt: "bishop's daughter was brought into resus last night after an overdose", messageIncludes: "bishop" }],
      output: "The bishop's daughter was brought into resus after an overdose. Heartbreaking.",
    },
    {
      name: "several patients from one school with the same illness point at that school",
      text: "Saw five pupils from the same grammar school in with scarlet fever today. Check your kids for the rash, folks.",
      errors: [{ messageId: "few", excerpt: "from the same grammar school" }],
    },
    {
      name: "a second resident from one care home admitted",
      text: "Second resident this week from the same care home admitted with a fractured hip. Something isn't right there.",
      errors: [{ messageId: "few", excerpt: "from the same care home" }],
    },
    {
      name: "a child from a story in the local paper, with the author's part in his care",
      text: "Anyone else see the story in the local paper about the toddler who fell off the pier on Saturday? I was on in resus when he came in. He's on the ward now and doing well.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "in the local paper about the toddler who fell off the pier on Saturday" }],
      output: "Anyone else see the story in the local paper about the toddler who fell off the pier? I was on in resus when he came in. He's on the ward now and doing well.",
    },
    {
      name: "the same words told of one man seen at the clinic in a small place are a patient",
      text: "A man who has sex with men came to our clinic in Shetland this week with mpox.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Shetland this week with mpox" }],
      output: "A man who has sex with men came to our clinic in a town with mpox.",
    },
    {
      name: "a crash in the news, and the next sentence says she was the author's patient",
      text: "Did you see the pile-up on the news last night? She was my patient in resus at 3am and I still can't stop thinking about her.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "pile-up on the news last night" }],
      output: "Did you see the pile-up on the news? She was my patient in resus at 3am and I still can't stop thinking about her.",
    },
    {
      name: "disbelief at a patient in the news is no denial that he was in the news",
      text: "Can't believe the lad on the news last week is slagging off our department. I was on that night and he'd had a skinful when he came in with a broken wrist.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "on the news last week is slagging off our department. I was on that night and he'd had a skinful when he came in with a broken wrist" }],
      output: "Can't believe the lad on the news is slagging off our department. I was on that night and he'd had a skinful when he came in with a broken wrist.",
    },
    {
      name: "a public official seen in clinic, hidden by 'can't say which'",
      text: "Can't say which club, but a Premier League ref came into clinic today with a torn rotator cuff. Lovely bloke.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Premier League ref came into clinic today with a torn rotator cuff" }],
      output: "Can't say which club, but a Premier League ref came into clinic with a torn rotator cuff. Lovely bloke.",
    },
    {
      name: "'not naming him' with a unique role in a named town",
      text: "Not naming him, but the only male midwife in Brecon came into surgery yesterday with a broken wrist.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Not naming him, but the only male midwife in Brecon came into surgery yesterday with a broken wrist" }],
      output: "Not naming him, but the only male midwife in a town came into surgery with a broken wrist.",
    },
    {
      name: "one stillbirth on a unit in a small named town last night",
      text: "A stillbirth on our unit in Tenby last night. Heartbroken for the family.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "stillbirth on our unit in Tenby last night" }],
      output: "A stillbirth on our unit in a village. Heartbroken for the family.",
    },
    {
      name: "another case of a very rare disease on a ward in a named town",
      text: "Another case of Creutzfeldt-Jakob disease on our ward in Hexham this month.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Creutzfeldt-Jakob disease on our ward in Hexham" }],
      output: "Another case of Creutzfeldt-Jakob disease on our ward in a town this month.",
    },
    {
      name: "a village job treated at the cottage hospital",
      text: "Stitched up the postmistress at the cottage hospital this morning after she came off her bike.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "postmistress at the cottage hospital this morning after she came off her bike" }],
      output: "Stitched up the postmistress at the cottage hospital after she came off her bike.",
    },
    {
      name: "a parent who never gave permission has not consented",
      text: "Lovely wee girl in clinic today, 5, from Oban, with a broken arm. Her dad never gave permission but look at her cast 🦄",
      errors: [{ messageId: "unique", severity: "error", excerpt: "today, 5, from Oban, with a broken arm" }],
      output: "Lovely wee girl in clinic, 0-something, from a town, with a broken arm. Her dad never gave permission but look at her cast 🦄",
    },
    {
      name: "someone who chose not to share is not made public by the post",
      text: "Saw the local news presenter in clinic today with a nasty shoulder injury - she's chosen not to share it so keep it quiet 🤫",
      errors: [{ messageId: "unique", severity: "error", excerpt: "news presenter in clinic today" }],
      output: "Saw the local news presenter in clinic with a nasty shoulder injury - she's chosen not to share it so keep it quiet 🤫",
    },
    {
      name: "a village job and a long absence, with her rehab 'with us'",
      text: "The lollipop lady from our village who was off all winter is back at the crossing! So proud of how she did in rehab with us 🥰",
      errors: [{ messageId: "unique", severity: "error", excerpt: "lollipop lady from our village" }],
    },
    {
      name: "a rare trade in a village, with his physio 'with us'",
      text: "The blacksmith from our village who was off for months is back at the forge! Chuffed with how he did in physio with us 💪",
      errors: [{ messageId: "unique", severity: "warning", excerpt: "blacksmith from our village" }],
    },
    {
      name: "the only home visit in a small town, with the patient's condition",
      text: "We only did one home visit in Moffat on Tuesday - the chap with the leg ulcer - and it took three hours.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "We only did one home visit in Moffat on Tuesday - the chap with the leg ulcer" }],
      output: "We only did one home visit in a village - the chap with the leg ulcer - and it took three hours.",
    },
    {
      name: "an unnamed condition called rare, with a city and a day",
      text: "A woman from Leeds with some rare lung thing was in clinic today.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Leeds with some rare lung thing was in clinic today" }],
      output: "A woman from a city with some rare lung thing was in clinic.",
    },
    {
      name: "a rare kidney disease not in the word list, with a city and a day",
      text: "A woman from Leeds with a rare kidney disease was in clinic today.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Leeds with a rare kidney disease was in clinic today" }],
      output: "A woman from a city with a rare kidney disease was in clinic.",
    },
    // ¶13: the author acting on someone as their clinician ("I delivered", "I treated") is an encounter, so where and when it happened count
    {
      name: "twins delivered in a taxi outside a small town today",
      text: "Today I delivered twins in the back of a taxi outside Aberfeldy, dad fainted.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Today I delivered twins in the back of a taxi outside Aberfeldy" }],
      output: "I delivered twins in the back of a taxi outside a village, dad fainted.",
    },
    {
      name: "twins treated at the roadside outside a small town last night",
      text: "Last night I treated twins at the roadside outside Dornoch after the crash, mum was brilliant.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "Last night I treated twins at the roadside outside Dornoch after the crash" }],
      output: "I treated twins at the roadside outside a village after the crash, mum was brilliant.",
    },
      // ¶13, small communities: "one of our town's three dentists" names the town itself as the place, a typical town of about 20,000
    {
      name: "one of a town's three dentists in resus with a head injury",
      text: "One of our town's three dentists came into resus last night with a nasty head injury.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "town's three dentists came into resus last night with a nasty head injury" }],
      output: "One of our town's three dentists came into resus with a nasty head injury.",
    },
    {
      name: "a town's only female butcher seen in clinic",
      text: "I saw the town's only female butcher in clinic this morning, she's had a rough year.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "town's only female butcher in clinic this morning" }],
      output: "I saw the town's only female butcher in clinic, she's had a rough year.",
    },
      // ¶13: a disguise the author takes back ("I haven't changed any details", "forgot to change the names") no longer protects the patient
    {
      name: "details said to be changed, then said not to be",
      text: "Details changed: 61yo retired vicar from Mevagissey with motor neurone disease came in last night. Actually I haven't changed any details, oops.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "61yo retired vicar from Mevagissey with motor neurone disease came in last night" }],
      output: "Details changed: 60-something retired vicar from a village with motor neurone disease came in. Actually I haven't changed any details, oops.",
    },
    {
      name: "names said to be changed, then forgotten",
      text: "Names changed: a 61yo retired vicar from Mevagissey with motor neurone disease came in last night. Oh no, I forgot to change the names.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "61yo retired vicar from Mevagissey with motor neurone disease came in last night" }],
      output: "Names changed: a 60-something retired vicar from a village with motor neurone disease came in. Oh no, I forgot to change the names.",
    },
      // ¶13, small communities: someone tied to a small business on a named street is known to everyone who shops there
    {
      name: "the man who runs the chippy on a named road, in with chest pain",
      text: "The man who runs the chippy on Station Road came in with chest pain last night.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "the chippy on Station Road came in with chest pain last night" }],
      output: "The man who runs the chippy on Station Road came in with chest pain.",
    },
    {
      name: "the girl from the bakery on a named street, in clinic with asthma",
      text: "The girl from the bakery on Bridge Street was in clinic today with her asthma again.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "the bakery on Bridge Street was in clinic today with her asthma" }],
      output: "The girl from the bakery on Bridge Street was in clinic with her asthma again.",
    },
      // ¶13: "had X in for..." is the clinician's idiom for seeing someone as a patient
    {
      name: "a band's frontman had in for a crown today",
      text: "Had the frontman of a famous indie band in for a crown today, lovely in person.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "the frontman of a famous indie band in for a crown today" }],
      output: "Had the frontman of a famous indie band in for a crown, lovely in person.",
    },
    {
      name: "a Cardiff band's lead singer had in for a filling",
      text: "Had the lead singer from that Cardiff band in for a filling this morning, terrified of the drill!",
      errors: [{ messageId: "unique", severity: "error", excerpt: "the lead singer from that Cardiff band in for a filling this morning" }],
      output: "Had the lead singer from that Cardiff band in for a filling, terrified of the drill!",
    },
      // ¶13: a player of a named team ("the Cardiff rugby lad") is one of a squad of a handful, like "the Chelsea winger"
    {
      name: "a named team's rugby lad, post-op after a cup game",
      text: "The 17yo Cardiff rugby lad from Saturday's cup game is doing well post-op, his coach popped in.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "17yo Cardiff rugby lad from Saturday" }],
      output: "The 10-something Cardiff rugby lad from Saturday's cup game is doing well post-op, his coach popped in.",
    },
    {
      name: "a named team's rugby player in fracture clinic today",
      text: "Saw a 22-year-old Leinster rugby player in fracture clinic today with a nasty scaphoid fracture.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "22-year-old Leinster rugby player in fracture clinic today with a nasty scaphoid fracture" }],
      output: "Saw a 20-something Leinster rugby player in fracture clinic with a nasty scaphoid fracture.",
    },
      // ¶13: "61M", "52F" in a clinical post is the shorthand clinicians write for a patient
    {
      name: "61M lighthouse keeper from a small town presenting with haemoptysis",
      text: "61M lighthouse keeper from Stromness presents with haemoptysis, no other history.",
      errors: [{ messageId: "unique", severity: "error", excerpt: "61M lighthouse keeper from Stromness" }],
      output: "60-something lighthouse keeper from a village presents with haemoptysis, no other history.",
    },
    {
      name: "52F head teacher in a small town presenting with palpitations",
      text: "52F primary school head, Tobermory, presents with palpitations. Thoughts?",
      errors: [{ messageId: "unique", severity: "warning", excerpt: "52F primary school head, Tobermory" }],
      output: "50-something primary school head, Tobermory, presents with palpitations. Thoughts?",
    },
    // dev12 round (¶13): a clinical act done to a public figure ("got to clerk the local mp") says they were
    // seen as a patient, as "had X in" does; a role in one community's own squad ("the keeper from the
    // local team") is one of a handful; a person from a viral video, seen "in my bay", is known to all who watched it
    { name: "clerking a local MP after a news story", text: "got to clerk the local mp last night after that thing on the news, he was lovely tbh", errors: [{ messageId: "unique", severity: "error", excerpt: "local mp last night" }], output: "got to clerk the local mp after that thing on the news, he was lovely tbh" },
    { name: "triaging a premier league striker", text: "I triaged a premier league striker this morning with a nasty knee, he was so polite", errors: [{ messageId: "unique", severity: "error", excerpt: "premier league striker this morning" }], output: "I triaged a premier league striker with a nasty knee, he was so polite" },
    { name: "the striker of a town's club as a patient", text: "the striker from our town's football club is my patient with a ruptured achilles, season over 😬", errors: [{ messageId: "unique", severity: "error", excerpt: "striker from our town's football club is my patient with a ruptured achilles" }] },
    { name: "a local club's winger as a patient", text: "when the winger for the local rugby club is ur patient with a fractured wrist and he asks when he can play", errors: [{ messageId: "unique", severity: "error", excerpt: "winger for the local rugby club is ur patient with a fractured wrist" }] },
    { name: "a town's headteacher arriving when the whole village knows why", text: "when the local headteacher comes in after sports day and the whole village knows why 😬 straight face activated", errors: [{ messageId: "unique", severity: "error", excerpt: "headteacher comes in after sports day and the whole village knows" }] },
    { name: "a public figure brought in after an incident on the news", text: "the town mayor was brought in after the carnival float thing, it's all over facebook 🙈", errors: [{ messageId: "unique", severity: "error", excerpt: "mayor was brought in after the carnival float thing, it's all over facebook" }] },
    { name: "a driver whose car went into the canal, her age and day", text: "the 19yo whose car went into the canal by the lock on friday is on our ward now, so lucky 🙏", errors: [{ messageId: "unique", severity: "error", excerpt: "19yo whose car went into the canal by the lock on friday" }], output: "the 10-something whose car went into the canal by the lock is on our ward now, so lucky 🙏" },
    { name: "a van in the river, a man in resus", text: "had the man whose van went into the river at the ford last night in resus, 58 and a farmer, hypothermic but talking", errors: [{ messageId: "unique", severity: "error", excerpt: "van went into the river at the ford last night in resus, 58 and a farmer, hypothermic" }], output: "had the man whose van went into the river at the ford in resus, 58 and a farmer, hypothermic but talking" },
    { name: "a swimmer hurt at a regional gala", text: "the 14yo girl who hit her head at the regional gala on sunday came through our department, concussed but ok", errors: [{ messageId: "unique", severity: "error", excerpt: "14yo girl who hit her head at the regional gala on sunday" }], output: "the 10-something girl who hit her head at the regional gala came through our department, concussed but ok" },
    { name: "a rower from a regatta in resus", text: "saw the lad who capsized at the regatta yesterday in resus, hypothermic but fine", errors: [{ messageId: "unique", severity: "error", excerpt: "capsized at the regatta yesterday in resus, hypothermic" }], output: "saw the lad who capsized at the regatta in resus, hypothermic but fine" },
    { name: "the woman from a viral clip, in the author's bay", text: "the woman from that viral clip on tuesday was in my bay today, she's doing fine", errors: [{ messageId: "unique", severity: "error", excerpt: "viral clip on tuesday" }], output: "the woman from that viral clip was in my bay today, she's doing fine" },
  ],
});
