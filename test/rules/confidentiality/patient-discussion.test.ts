import rule from "../../../src/engine/rules/confidentiality/patient-discussion";
import { ruleTester } from "../../support/rule-tester";

ruleTester(rule, {
  valid: [
    // ¶14 (tune9): a public question answered by declining to discuss anyone's care, as the guidance asks, passes
    { name: "a village-page reply that declines to comment on anyone's results", text: "Replying on the village page: there is loads of good advice on the NHS website about gallstones. I can't comment on anyone's own results but please do keep your clinic appointment." },
    { name: "a handle told to ring the clinic, with anyone's care declined", text: "@ruth_b Hi Ruth, I can't discuss anyone's care on here, but please ring the number on your appointment letter and the team will call you back." },
    // the author as the patient, a comparison, or a label quoted are nobody the author cared for
    { name: "the author was a patient themself", text: "I was a patient myself this spring – gallbladder out, one night on the surgical ward. The porter who wheeled me to theatre was wonderful." },
    { name: "a family member's medicines returned, 'like a good nurse's granddaughter'", text: "Sorted Gran's medicine cabinet after the funeral and took her inhalers back to the pharmacy like a good nurse's granddaughter." },
    { name: "a dismissive label quoted to be challenged", text: "Whenever a colleague says 'she's just anxious', I think of the PEs and MIs we've found under that label." },
    { name: "a column naming loneliness as one of the drivers of appointments", text: "My column this week: isolation is one of the main drivers of A&E attendances in winter, and we rarely ask about it." },
    { name: "money worry as one of the sources of stress patients raise", text: "Financial worry is one of the biggest sources of stress I hear about in surgery, so I now ask about it." },
    { name: "a lad from a bay looked up on Instagram, no illness told", text: "Looked up the lad from bay 6 on Instagram after his discharge and sent him a follow request 👀" },
    // a pre-op clinic moving, and the author's own pre-op nerves
    { name: "the pre-op assessment clinic moving building", text: "Pre-op assessment clinic is moving to the new building from Monday." },
    { name: "the author's own pre-op nerves on their birthday", text: "Happy 40th birthday to me! Pre-op nerves for my knee next week though." },
    // the author's own chest pain, and a rash seen in a textbook, are no patient's
    { name: "the author's own chest pain last week", text: "The chest pain I had last week turned out to be a pulled muscle, phew." },
    { name: "a rash seen in a textbook", text: "A rash I saw in a textbook once still haunts me. #MedEd" },
    // "my man" and "my lad" are the author's own without a time or a bed after them
    { name: "the author's husband from the pub quiz team", text: "My man from the pub quiz team made me dinner tonight, best husband ever." },
    { name: "the author's son's goal on Saturday", text: "My lad from Saturday's football match is still talking about his goal, proud mum moment." },
    // a bereaved person met off duty is no patient
    { name: "a bereaved lady met for coffee at church", text: "Had coffee with a lady at church today whose husband died last month, so brave." },
    { name: "a friend's mum's death and a lady from her church", text: "My friend's mum died last week and I sat with a lady from her church all afternoon." },
    // a colleague on ICU, travellers in general, a traveller's guide
    { name: "the author's registrar working on ICU", text: "My reg is on ICU all week so I'm covering the ward alone." },
    { name: "advice to travellers about typhoid jabs", text: "Travellers heading to India: get your typhoid jab at least two weeks before you go." },
    { name: "a traveller's guide to malaria tablets", text: "A traveller's guide to malaria tablets: book in with the practice nurse before you fly." },
    // a unit named by a condition, and a full name after "to", with no patient in them
    { name: "the stroke unit team winning an award", text: "So proud of our stroke unit team, who won the trust award tonight!" },
    { name: "a colleague thanked by full name on the ward", text: "Huge thanks to Sarah Jones on the ward for covering my shift with her usual calm." },
    // ¶14 is about patients: someone the author met off duty telling their own news is a neighbour, not a patient's care discussed
    { name: "a dad at the school gates, invited to come in to the surgery", text: "Lovely chat at the school gates with a dad whose little one has just started on a new eczema cream. Told him to pop in to the surgery if it flares." },
    { name: "a fellow runner at parkrun talking about her own hip replacement", text: "Did the parkrun this morning and got chatting to a woman who's training for a half marathon after her hip replacement last year. Inspiring stuff!" },
    // a reply to a clinician's handle is an exchange between colleagues
    { name: "a doctor's handle thanked for correcting a dose", text: "@DrAmaraOkoye thanks, you're right about the dose on my slide, I've fixed it." },
    { name: "a nurse's handle thanked for feedback on a leaflet", text: "@Nurse_Kate you're right, the inhaler leaflet needed simpler words, updated now." },
    // ¶14: a murmur heard in one patient is their care; a murmur taught or the author's own is not
    { name: "a teaching point about innocent murmurs", text: "Teaching tip: an innocent murmur in children is soft, systolic and changes with posture." },
    { name: "the author's own murmur", text: "My own heart murmur was picked up at my medical, turns out it's innocent!" },
    // someone found on the floor is a fall presented to the crew; advice about falls and the author's family are not
    { name: "fall-prevention advice about finding someone on the floor", text: "Fall prevention week: if you find her on the floor, don't rush to lift, check for injury first and call for help" },
    { name: "the author's grandad's long lie, told for a fundraiser", text: "Grandad had a long lie last winter and it changed everything, so I'm running the 10k for Age UK" },
    // an ambulance crew telling one person it picked them up confirms they were a patient; crews thanked or a score are not
    { name: "a crew thanked by a relative is no reply to a patient", text: "Thank you to the crew who brought us in to A&E with Mum last week, you were brilliant." },
    { name: "a crew picking a team up in a match", text: "Loved the charity football match, the crew picked you up 3-1 in the second half, well played Station 4!" },
    // a body part said to be treated is someone's care, but not the author's own and not in general
    { name: "the author's own knee healing is their own news", text: "My knee's finally healed after the marathon, back to running next week!" },
    { name: "joints replaced in day surgery, in general", text: "Hip and knee replacements are done in day surgery now at lots of trusts." },
    // a person word inside a product's name, and an occupation naming a team, are no patient
    { name: "'baby Botox' is a treatment, not a baby", text: "Baby Botox is the tweakment everyone asks about at the clinic, but it is still a prescription medicine injected by a prescriber." },
    { name: "coastguard teams are a service thanked, not a patient", text: "Coastguard teams and paramedics pulled off an incredible rescue at the harbour last night, with the air ambulance landing on the beach." },
    { name: "firefighter crews at the hospital are a service", text: "Firefighter crews were at the hospital all night after the blaze, with several casualties brought in by ambulance." },
    // a case the author says is made up is no patient's; a clinic's own staff are not its patients
    { name: "an imaginary patient for teaching is a made-up case", text: "An imaginary patient for tonight's teaching: a 70-year-old from a small village with a new stroke. What's your first question?" },
    { name: "a made-up example in a confidentiality class identifies no one", text: "Training day for our new receptionists: a made-up example (a retired fisherman from a tiny island with a broken hip) showed how fast details identify someone." },
    { name: "one of a clinic's prescribers is staff, not a patient", text: "Worried about anti-wrinkle injections? One of our prescribers will go through the risks and your concerns with you first." },
    { name: "one of the practice's dentists, offering to talk a reader through care", text: "Thinking about Botox for your jaw clenching? Book with one of our dentists, who will talk through the risks of the treatment first." },
    { name: "'one of our doctors' is a colleague, not a patient", text: "If you're curious about anti-wrinkle injections, a consultation with one of our doctors is where that conversation starts, and it may end with 'not for you'." },
    { name: "a family that asked for the child's story to be used has consented to it", text: "A 9-year-old in our community died of measles last year. The family have spoken publicly and asked that her story be used to encourage vaccination. Honour that. Check your child's record." },
    { name: "a bereaved mother who asked us to use her name has consented", text: "Podcast episode: I interviewed a patient advocate who lost her son to sepsis. She asked us to use her name and his. She wants every hospital to learn his story." },
    { name: "a pub called The Surgeon's Arms is no one's arms", text: "Our local pub is called The Surgeon's Arms and no, it's not a medical joke, it's named after a 1700s barber-surgeon. Pint and a parma on Friday after clinic." },
    { name: "a stock joke ('a man walks into a clinic') is made up", text: "A man walks into a GP clinic with a frog on his head. The GP asks 'what seems to be the problem?' The frog says 'it started as a wart on my bum.' My 10 year old's joke, not mine." },
    { name: "general advice to a friend who is said not to be a patient", text: "A woman from my choir, not my patient, asked what a normal blood pressure is. I said around 120 over 80 and to see her own GP if she's worried." },
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
    { name: "a saying in quotes opening a teaching post", text: "'She's just drunk' is the most dangerous sentence in resus. Hypoglycaemia and head injury look the same. Check a glucose." },
    { name: "general advice on sedation", text: "Sedation in the elderly: start low, go slow, and always have reversal agents drawn up before you begin." },
    { name: "a clinician renamed in apposition is not a patient", text: "The surgeon who fixed my nan's hip at the General, Mr P. Rowe, is retiring next month. Legend." },
    { name: "someone seen off duty is not someone met as a clinician", text: "Someone I saw on the train this morning was reading a book about appendicitis. Tempted to leave a review." },
    { name: "someone the author treated to a coffee is not a patient", text: "Someone I treated to a coffee after the arthroscopy teaching turned out to be the course director." },
    { name: "the author going home from their own shift on a unit", text: "Finally went home from the ICU at 9am after a brutal night shift. Bed, then cake." },
    { name: "a colleague's last day on the unit", text: "Our lovely ward clerk Brenda went home from the surgical unit for the last time today. 31 years! Enjoy retirement." },
    { name: "a mum who gave permission to share her son's story", text: "Brave little man in the fracture clinic this morning with his arm in plaster. His mum gave permission for me to share his thumbs-up photo 👍" },
    { name: "a singer who has chosen to talk about her own diagnosis", text: "Lovely to hear the singer who has chosen to talk about her ovarian cancer on breakfast TV today. Know the symptoms." },
    { name: "an elective offered 'in rehab with us'", text: "Come and do your elective in rehab with us! Our village team is recruiting now." },
    // a post opening with a first name speaks to that person: about their care it is a public reply
    { name: "a friend greeted by name and asked after their knee", text: "Hi Tom, hope your knee is better after Saturday's match! Pint soon." },
    { name: "a friend congratulated by name", text: "Hi Sarah, congrats on the new job! Your patients are lucky." },
    { name: "a colleague thanked by title", text: "Thanks to Dr Patel for the talk on your kidneys and how dialysis works." },
    // the author's own health told beside a patient: care in a sentence about the author alone is theirs
    { name: "the author's own painkillers after an injury at work", text: "Honest post for mental health week. Two winters ago I tore a shoulder muscle helping to roll a patient during a long arrest. I kept going for a month on nights, swallowing codeine and naproxen like sweets and telling nobody. I was irritable, exhausted and making small mistakes. Please don't do what I did: see occupational health early." },
    { name: "the author's own medicine after surgery, then a patient's kind question", text: "Back at work today after my own knee operation. For three weeks I lived on tramadol and box sets and I now understand recovery much better. A patient on my morning list asked how I was doing and I nearly cried. Kindness goes both ways." },
    // a public figure's own announcement, discussed by someone who did not treat them
    { name: "a presenter who revealed his own diagnosis, and symptoms for everyone", text: "A much-loved radio presenter revealed this morning that he has prostate cancer, and our phones have been busy ever since. I have never met him. Men over fifty: if you are getting up at night to pee, or your flow has changed, book an appointment with your GP. Most of the time it is not cancer, but it is worth checking." },
    { name: "a chef who went public about her own condition", text: "A famous chef went public this week about her type 1 diabetes, and I think that matters. Plenty of people still believe it is caused by eating sugar. It is an autoimmune condition, it is nobody's fault, and insulin keeps people alive. Good on her for speaking up." },
    // a partitive over things, not people ("one of the most common cancers")
    { name: "one of the most common cancers, in a public-health post", text: "Skin cancer is now one of the most common cancers in people in their twenties, and most cases are preventable. As a GP, here is what I wish every teenager knew before this weekend's heatwave. Wear SPF 30, reapply after swimming, and check your moles." },
    { name: "one of the biggest killers, in a public-health post", text: "Sepsis is one of the biggest killers in UK hospitals this winter, and one of the most preventable. As a nurse, please learn the signs: a fever, a rash that doesn't fade, fast breathing." },
      // an allied health professional in a story is staff, not a patient (a dev7 false alarm)
    { name: "the sonographer who did the scan is staff", text: "Our sonographer spotted the anomaly on the scan this morning before any of us, and then made everyone tea. Legend." },
    { name: "a partner who was the radiographer on the night", text: "Met my wife on a night shift in 2015; she was the radiographer who X-rayed my broken finger. Still laughs about it." },
    // ¶14 is about individual patients: a #FOAMed or #MedEd summary of how to manage a presentation
    // in a kind of patient, with nothing that happened, teaches (dev12)
    { name: "a #FOAMed management summary for a type of patient", text: "#MedEd quick one: hypoglycaemia in elderly pt on sulfonylurea → admit, they can re-drop for 24h+" },
    { name: "a #FOAMed pearl on a presentation", text: "sepsis in neutropenic pt = abx within the hour, don't wait for the FBC #FOAMed" },
  ],
  invalid: [
    // ¶14: declining "anyone's care" and then giving the reader's result still discusses their care
    { name: "a reply that declines, then gives the reader's blood results", text: "@ruth_b Hi Ruth, I can't discuss anyone's care on here, but your bloods came back fine so don't worry.", errors: [{ messageId: "reply", severity: "error", excerpt: "@ruth_b Hi Ruth, I can't discuss anyone's care on here, but your bloods" }] },
    { name: "a reply that declines nothing in general ('can't discuss much'), then gives results", text: "@ruth_b Hi Ruth, I can't discuss much on here but your bloods came back fine and your metformin dose stays the same.", errors: [{ messageId: "reply", severity: "error", excerpt: "@ruth_b Hi Ruth, I can't discuss much on here but your bloods" }] },
    // a colleague's words quoted about someone seen in a bay are still one patient's care
    { name: "a colleague quoted about the lad in bay 3", text: "A colleague said 'the lad in bay 3 has pancreatitis again' and I just sighed, third admission this month", errors: [{ messageId: "narrative", severity: "warning", excerpt: "the lad" }] },
    { name: "the author called to a woman with sepsis ('I was called to')", text: "Last night I was called to a woman in her 40s with sepsis who had been waiting on a trolley for 10 hours.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "a woman" }] },
    // dev13 round: "drivers of the shuttle" are people; "drivers of demand" are causes
    { name: "one of a shuttle's drivers seen in ED with chest pain", text: "One of the drivers of the hospital shuttle came into ED with chest pain last night, he is on the cath lab now", errors: [{ messageId: "narrative", severity: "warning", excerpt: "One of the drivers" }] },
    // a #FOAMed tag does not make a real patient's story teaching: it happened
    { name: "a patient seen today, shared with #FOAMed", text: "#FOAMed had a pt today with chest pain after a night out, troponin through the roof at 22" , errors: [{ messageId: "narrative", severity: "warning", excerpt: "a pt" }] },
    { name: "last night's patient, shared with #MedEd", text: "last night's pt: DKA in a 19yo who'd stopped her insulin for a festival. fluids fluids fluids #MedEd", errors: [{ messageId: "narrative", severity: "warning", excerpt: "a 19yo" }] },
    // a patient looked up online is the boundaries rule's; it discusses their care only when it tells their illness
    { name: "a man with lung cancer looked up on Facebook", text: "Looked up the man from bay 4 with lung cancer on Facebook and sent him a request.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "the man" }] },
    // ¶14: "post-op", "pre-op" is care named by its form, and an age alone can carry the story
    { name: "an 8-year-old from a match, doing well post-op", text: "The 8-year-old from Saturday's match is doing well post-op, back on the pitch by spring.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "The 8-year-old" }] },
    { name: "a 45-year-old with hyponatraemia this morning", text: "A 45-year-old with hyponatraemia of 112 this morning, fitting on arrival. Lesson: check the sodium!", errors: [{ messageId: "narrative", severity: "warning", excerpt: "A 45-year-old" }] },
    { name: "a man in clinic whose wife had just died on the ward", text: "Saw a man in clinic today whose wife had just died on our ward. He wanted to know why.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "a man" }] },
    // ¶14: "the rash I saw on clinic" is one patient's, seen by the author
    { name: "the strangest rash the author saw in clinic, pictures promised", text: "Thread on the strangest rash I saw in clinic this morning. Pics to follow, he was fine with it.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "the strangest rash" }] },
    { name: "the weirdest wound the author dressed today", text: "The weirdest wound I dressed today had a maggot in it. Nature is amazing.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "The weirdest wound" }] },
    // ¶14: "my man from Tuesday", "my lady in bay 3": a person the author met at a time or in a bed is their patient
    { name: "an update on 'my man from Tuesday', now extubated", text: "Quick update on my man from Tuesday: extubated this morning and asking for a bacon roll.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "my man" }] },
    { name: "'my lady in bay 3' after her hip operation", text: "My lady in bay 3 finally had her hip done today, up and walking already!", errors: [{ messageId: "narrative", severity: "warning", excerpt: "My lady" }] },
    // ¶14: a patient's bereavement, told where they are seen as a patient, is their personal story
    { name: "a gent on the author's list whose wife died", text: "Saw a lovely gent on my list this morning whose wife died last week. Not coping at all.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "a lovely gent" }] },
    { name: "a lady in a bay whose daughter died", text: "Visited a lady in bay 4 today whose daughter died in the spring, she just wanted to talk.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "a lady" }] },
    // ¶14: a child said to be on intensive care is being treated there; a returning traveller is one person met
    { name: "a girl the author admitted, still on PICU", text: "Bumped into the family of the little girl I admitted on Saturday. She's still on PICU, fingers crossed.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "the little girl" }] },
    { name: "a returning traveller with typhoid in clinic", text: "Returning traveller in clinic this morning with typhoid, first I've seen in years.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "traveller" }] },
    // ¶14: a full name after "thinking of" is the person thought of; a stay on a unit named by a condition tells the condition
    { name: "a named patient thought of, with her pneumonia", text: "Thinking of Mary Price on our ward tonight, 91 and still fighting her pneumonia.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "Mary Price" }] },
    { name: "a lady on the stroke unit, told about", text: "Thinking of the lady on our stroke unit tonight, she held my hand the whole time.", errors: [{ messageId: "narrative", severity: "warning", excerpt: "the lady" }] },
    {
      name: "a teacher with a scan today is still a patient",
      text: "Saw a teacher this morning whose scan showed a large mass. Breaking the news was hard.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "a teacher" }],
    },
    {
      name: "the radiographer is staff, the lady whose scan it was is the patient",
      text: "The radiographer called me over last night: the lady in bay 3 had a huge mass on her scan.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "the lady" }],
    },
    // ...but a patient met off duty is still a patient, and one seen at work is still one seen at work
    {
      name: "a patient met in the supermarket, her chemotherapy told",
      text: "Bumped into my patient at the supermarket today, she said her chemo is finally working and she's eating again.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "my patient" }],
    },
    {
      name: "someone from the school gates whose rehab was with the author's team",
      text: "Saw a dad from the school gates this week, back on his feet after his heart attack. So proud of how he did in rehab with us.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "a dad" }],
    },
    {
      name: "a school-gate acquaintance seen at the surgery, her asthma told",
      text: "Saw a lady at the surgery today who I'd chatted to at the school gates, her asthma is much worse since the damp came in.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "a lady" }],
    },
    {
      name: "a patient whose handle starts like a title is still answered about their care",
      text: "@drew_m1990 your bloods came back fine, so no need to worry about the lump",
      errors: [{ messageId: "reply", severity: "error", excerpt: "@drew_m1990 your bloods" }],
    },
    {
      name: "a grandad told his murmur was harmless this morning",
      text: "Told a grandad this morning that his murmur was harmless and he did a little dance in the corridor.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "a grandad" }],
    },
    {
      name: "a lad's murmur heard in clinic today",
      text: "Listened to a lad's chest in clinic today and heard the loudest murmur of my career.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "a lad's" }],
    },
    {
      name: "a man of 91 found on the floor last night is one patient's care",
      text: "Went to a lovely chap of 91 last night, found him on the floor by the fire, now on the ward and chatting away.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "a lovely chap" }],
    },
    {
      name: "a retired teacher found on the floor at 3am",
      text: "Arrived at 3am to find her on the floor, a retired teacher of 88 who'd been down since teatime.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "a retired teacher" }],
    },
    {
      name: "a reply telling one person the crew picked them up confirms they were a patient",
      text: "@dazza_77 you were in a right state when the crew picked you up, so maybe go easy on the one-star rant",
      errors: [{ messageId: "reply", severity: "error", excerpt: "@dazza_77 you were in a right state when the crew picked you up" }],
    },
    {
      name: "a reply saying the crew conveyed the reader",
      text: "Replying to @kez: we conveyed you as fast as we could, the wait at A&E isn't our doing.",
      errors: [{ messageId: "reply", severity: "error", excerpt: "@kez: we conveyed you" }],
    },
    {
      name: "a patient met today whose knee was pinned is one person's care",
      text: "Had a gent in this morning whose knee was pinned last year, now walking the dog again.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "a gent" }],
    },
    {
      name: "an old man seen today, his shoulder put back",
      text: "Lovely old boy in today, 88, and his daughter says he's a menace. Shoulder's relocated, off home for tea.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "boy" }],
    },
    {
      name: "a baby brought in with an illness is still one patient",
      text: "A baby came in last night with bronchiolitis, sats 88%, now on high flow.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "A baby" }],
    },
    {
      name: "one firefighter, singled out, with an injury",
      text: "A firefighter came in last night with burns to both hands after the warehouse blaze.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "A firefighter" }],
    },
    {
      name: "'made up her mind' is no made-up case: the story of a real patient is still flagged",
      text: "Saw a lady this morning with pneumonia who had made up her mind to go home before her antibiotics were finished.",
      errors: [{ messageId: "narrativeMaybe", severity: "warning", excerpt: "a lady" }],
    },
    {
      name: "one of the author's clients is a patient, unlike one of their staff",
      text: "One of my clients came in today with an infected piercing, the redness spreading right up her ear.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "One of my clients" }],
    },
    {
      name: "one of the author's patients, with their cancer and treatment",
      text: "One of my patients with bowel cancer came in yesterday to say the chemo is working. Made my week.",
      errors: [{ messageId: "narrative", excerpt: "One of my patients" }],
    },
    {
      name: "one of the lads from a club, brought in with injuries",
      text: "One of the lads from the rugby club came in last night with a broken jaw and a head injury. Still in ICU.",
      errors: [{ messageId: "narrative", excerpt: "One of the lads" }],
    },
    {
      name: "a public figure who came into clinic is a patient whatever their fame",
      text: "A well-known radio presenter came into clinic this week with prostate cancer. He was terrified, bless him, but we have a plan.",
      errors: [{ messageId: "narrative", excerpt: "radio presenter" }],
    },
    {
      name: "an announcement does not cover the author's own encounter with the public figure",
      text: "A famous chef announced her diabetes last month, but I saw her on the ward yesterday with a kidney infection and she looked awful.",
      errors: [{ messageId: "narrative", excerpt: "famous chef" }],
    },
    {
      name: "the author's own injury does not hide the patient's bleed told in the same sentence",
      text: "Honest post. I injured my back last week, and the same night a lady came in with a massive GI bleed and needed six units. She was so frightened. I still think about her.",
      errors: [{ messageId: "narrative", excerpt: "a lady" }],
    },
    {
      name: "the author's tiredness does not hide the patient's diagnosis in the next sentence",
      text: "I was exhausted after nights, but the man in bay 4 yesterday was the one who got to me. He had metastatic lung cancer and nobody had told him. I sat with him for an hour.",
      errors: [{ messageId: "narrative", excerpt: "the man" }],
    },
    {
      name: "a patient who asked NOT to have her story shared is still discussed",
      text: "Mrs Jones asked me not to share her story, but honestly: 92, fell off a ladder in Mevagissey last night and broke her hip, still asking for her knitting.",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "Mrs Jones" }],
    },
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
    {
      name: "a procedure inside the referent ('our first transplant patient') with an outcome",
      text: "Our first ever liver transplant patient from the new unit went home this afternoon, beaming.",
      errors: [{ messageId: "narrative", excerpt: "Our first ever liver transplant patient" }],
    },
    {
      name: "'the patient who' + what they said under sedation",
      text: "Best moment of the week: the patient who serenaded the endoscopy nurses while coming round from sedation.",
      errors: [{ messageId: "narrative", excerpt: "the patient" }],
    },
    {
      name: "'somebody I'd seen on Monday's list' with a procedure named by its form",
      text: "Swiped past somebody I'd seen on Monday's vasectomy list. Awkward.",
      errors: [{ messageId: "narrative", excerpt: "somebody" }],
    },
    {
      name: "'someone I scoped' with their procedure",
      text: "Ended up next to someone I treated last Tuesday at the school gates; his cholecystectomy went fine, my small talk did not.",
      errors: [{ messageId: "narrative", excerpt: "someone" }],
    },
    {
      name: "a named baby's stay on a unit ending is their care",
      text: "Our little warrior Isla finally went home from the neonatal unit this morning after 11 weeks. Whole team in tears.",
      errors: [{ messageId: "narrative", excerpt: "Isla" }],
    },
    {
      name: "a singled-out patient discharged from the ward after a long stay",
      text: "This gentleman was discharged from the stroke ward today after four months with us. Walked out on his own two feet!",
      errors: [{ messageId: "narrative", excerpt: "This gentleman" }],
    },
    {
      name: "permission refused is no consent",
      text: "Brave little man in the fracture clinic this morning with his arm in plaster. His mum didn't give permission but I had to share his thumbs-up 👍",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "man" }],
    },
    {
      name: "care 'with us' is the author's encounter with her",
      text: "The lollipop lady from our village who was off all winter is back at the crossing! So proud of how she did in rehab with us 🥰",
      errors: [{ messageId: "narrative", severity: "warning", excerpt: "The lollipop lady" }],
    },
    {
      name: "a patient thanked by first name for a gift, with her scan result",
      text: "Thank you Jean for the flowers! So pleased your scan came back clear 💐",
      errors: [{ messageId: "reply", severity: "error", excerpt: "Jean for the flowers! So pleased your scan" }],
    },
    {
      name: "a first-name greeting with the person's medicine dose",
      text: "Morning Dave! Your warfarin dose stays the same this week, see you at clinic Tuesday.",
      errors: [{ messageId: "reply", severity: "error", excerpt: "Dave! Your warfarin" }],
    },
  ],
});
