import rule from "../../../src/engine/rules/conduct/threat";
import { ruleTester } from "../../support/rule-tester";

// GMP 65; social media ¶15 (no bullying or harassment). The adviser's slides: a medical student's
// career was damaged by posting the film quote "I will look for you, I will find you, and I will kill you".
ruleTester(rule, {
  valid: [
    // tune9: things chucked in skips and ends of rotas, with nobody singled out by a relative clause
    "Next week the old trolleys get chucked in the skip, finally.",
    "Next month the new F1s get the blunt end of the winter rota, bless them.",
    // tune9: people and things going through doors and into skips with nobody singled out for a wrong
    "The next patient is going through the door to triage, then straight to X-ray.",
    "Whoever's last out tonight, the rubbish is going in the skip by the back gate.",
    // tune9: finding things out for someone, and a career reassured rather than ended
    { name: "I'll find out where your scan is booked", text: "No letter yet? I'll find out where your scan is booked and ring you back this afternoon." },
    { name: "we'll find out who you're paired with at induction", text: "Welcome, new F1s! We'll find out who you are paired with at Monday's induction." },
    { name: "one failed exam doesn't mean your career is over", text: "Failed MRCP part 2 again and I know how it stings. It doesn't mean your career is over, I promise." },
    { name: "I thought my career was over", text: "After my first complaint I honestly thought my career was over. It wasn't. Talk to someone." },
    // tune8: someone's life made easier, or hard by a thing; a long memory without a target; names taken for a raffle
    { name: "a service that will make your life easier", text: "Our new online booking will make your life so much easier. No more 8am phone queue!" },
    { name: "a policy that will make lives difficult", text: "The new contract is going to make our lives very difficult this winter, and we've told the board so." },
    { name: "a long memory for birthdays", text: "I have a long memory for birthdays and a terrible one for passwords. Happy 40th, Sam!" },
    { name: "names taken for the raffle", text: "Raffle tickets on sale at reception, we're taking names for the hamper until Friday." },
    // making sure someone gets a bed is care when no harm is willed
    { name: "I'll ring bed management and make sure he gets a bed on our ward", text: "I'll ring bed management and make sure he gets a bed on our ward tonight." },
    // food "laced" for a party, or with something harmless, is hospitality
    { name: "the Christmas cake laced with brandy for whoever's on nights", text: "I've laced the Christmas cake with brandy for whoever's on nights 🎄" },
    { name: "spiked the curry with chilli for the ward party", text: "I spiked the curry with extra chilli for the ward party, sorry in advance." },
    // a condition joined to what befalls someone's property is a threat; to their career, or the author's own car, it is not
    { name: "keep it up and your career will take off", text: "Three audits and a poster this year. Keep it up and your career will take off, so proud of you." },
    { name: "do that again and my own car breaks down", text: "Drove to Leeds for one shift again and my car will need a new clutch at this rate." },
    // kind hopes: care without scare quotes, pain hoped away or the author's own
    { name: "hope you get the care you need", text: "So sorry to hear about your fall. Hope you get the care you need and are home soon." },
    { name: "hope the jab doesn't hurt", text: "Booster clinic this morning for the little ones: hope the jab doesn't hurt too much, you were all so brave." },
    { name: "hope my back stops aching", text: "Hope my back aches less tomorrow, you lot had me lifting all day." },
    // a relative clause before 'better' with a kind sequel
    { name: "the F1 who covered my shift better hope it's quiet", text: "The F1 who covered my shift had better hope it's a quiet one, good luck pal" },
    // a profile found to make friends is a boundary question, not intimidation
    { name: "found a former patient online and messaged to be friends", text: "After he was discharged I found him on Instagram and sent a message saying it was lovely to meet him." },
    { name: "found a colleague's profile to say welcome", text: "Found our new F1 on LinkedIn and followed her, welcome to the team!" },
    // degraded care wished on someone ("ends up on a trolley", "enjoys waiting 6 weeks"), versus care hoped for
    { name: "hoping patients never end up on a corridor trolley", text: "Hope none of my patients end up on a trolley in a corridor this winter. Staff the wards properly." },
    { name: "a reader's holiday enjoyed, back in two weeks", text: "Hope you all enjoy your break, see you back in clinic in two weeks!" },
    { name: "a wait hoped to be short", text: "Hope she isn't waiting weeks for that scan, the referral went in today." },
    { name: "a falls review", text: "The next patient who falls is getting a 'fall' review from the falls team, as per policy." },
    { name: "a thank-you card in quotes", text: "Whoever left the mop out is getting a 'thank you' card from the slip-and-fall team 😂" },
    { name: "finding out how long the wait is", text: "The next patient who asks will find out how long the wait really is." },
    { name: "finding out how quickly the author teaches", text: "The next F1 who asks is going to find out how quickly I can teach ECGs, I love it!" },
    { name: "blood tests are not blood", text: "There will be blood tests at 6am, so no breakfast please." },
    { name: "on the news for a good reason", text: "I'm going to end up on the news after this charity marathon!" },
    { name: "catching up with a friend", text: "Wait till I catch up with her, I have so much gossip." },
    { name: "telling a story", text: "Wait till I tell you about this shift." },
    { name: "a favour: getting someone squeezed in", text: "So sorry about the wait! Message me and I'll get you squeezed in on Thursday 😊" },
    { name: "a favour: getting him seen", text: "Don't worry about your dad, I'll get him seen by the registrar this afternoon." },
    // harm counted out, incited, wished, or foretold to someone the author hunts (dev9/dev10/dev11 shapes, in new words)
    { name: "kindness: nothing awful hoped to happen", text: "I hope nothing awful happens to her on the drive home in this snow." },
    { name: "nobody hoped hurt", text: "Hope nobody gets hurt at the bonfire tonight, A&E is braced." },
    { name: "giving someone a good wash", text: "The HCAs will give him a good wash and a shave before his family visits." },
    { name: "knowing a face at a conference", text: "I know what you look like now, wave at me at the conference!" },
    { name: "a clinician's dare about medicine", text: "Stop your statins and see what happens to you: please don't." },
    { name: "a favourite bed by the window", text: "If she comes back to my ward again she'll be in the bed by the window, her favourite." },
    { name: "thanks after an address to a patient", text: "To the patient who told me I saved her life: I know what that meant, thank you." },
    { name: "every bone aching", text: "Every bone in my body aches after four nights." },
    // generalisation pass: idioms and clinical uses of the same verbs (object 'it' or 'me', offers, advice, news, threats received)
    { name: "'smashed it'", text: "Smashed it today: 12 discharges before noon 💪" },
    { name: "a rota that 'will kill me'", text: "This rota will actually kill me. Three nights then a day shift?!" },
    { name: "'I'd kill for a coffee'", text: "I'd kill for a coffee right now ☕" },
    { name: "'shoot me a message'", text: "Shoot me a message if you want the teaching slides." },
    { name: "heart attack symptoms", text: "Heart attack symptoms in women can be subtle. Know the signs." },
    { name: "head injury advice", text: "Head injury advice: come back if you vomit more than twice or feel drowsy." },
    { name: "'you'd better believe'", text: "You'd better believe our F1s are the best in the region 🏆" },
    { name: "'someone should fix the coffee machine'", text: "Someone should really fix the coffee machine on ward 9 😂" },
    { name: "where you live and life expectancy", text: "Where you live matters: postcode predicts life expectancy more than genes. Thread 🧵" },
    { name: "a guideline wished a quiet death", text: "I hope the new guidance dies a quiet death in committee." },
    { name: "'watch your back when lifting': posture advice", text: "Watch your back when lifting: bend the knees, keep the load close." },
    { name: "'break a leg' before exams", text: "Break a leg at your OSCEs tomorrow, everyone! 🍀" },
    { name: "a stabbing described clinically", text: "Patient was stabbed in the thigh last night; vascular took him straight to theatre." },
    { name: "'my feet are killing me'", text: "My feet are killing me after that shift 😩" },
    { name: "'killed it' at a presentation", text: "Our registrar absolutely killed it at the regional presentation today 👏" },
    { name: "'I'll find you a copy'", text: "I'll find you a copy of the guideline after handover." },
    { name: "choking first aid", text: "If you ever see someone choking, here's how to do back blows and abdominal thrusts." },
    { name: "reporting an error is right", text: "The nurse who reported the error did the right thing. We need to make reporting safe." },
    { name: "'I'll report back'", text: "I'll report back after the meeting with the medical director." },
    { name: "'knock 'em dead'", text: "Knock 'em dead in your interview tomorrow!" },
    { name: "'hope you all get some sleep'", text: "Hope you all get some sleep after nights. You deserve it 💙" },
    { name: "an assailant jailed: news", text: "The man who attacked our paramedic was jailed for 18 months today. Justice." },
    { name: "'hit the gym'", text: "Gonna hit the gym then crash on the sofa." },
    { name: "a threat received, reported", text: "A relative threatened to 'smash my face in' last night. Police informed, I'm OK." },
    { name: "'your career will thank you'", text: "Your career will thank you: join the BMA and get your contract checked." },
    { name: "'our community team will come to you'", text: "Our community team will come to you if you can't get to clinic." },
    { name: "overdose deaths: public health", text: "Drug overdose deaths are rising. Naloxone saves lives." },
    { name: "'kill the lights'", text: "Kill the lights on your way out of the mess, please 💡" },
    { name: "'I'll knock you up a cup of tea'", text: "I'll knock you up a cup of tea when you're done with the drain ☕" },
    { name: "'I'll be waiting for you in the mess with tea'", text: "If you see a colleague struggling, I'll be waiting for you in the mess with tea and biscuits." },
    { name: "Touch wood, no arrests tonight!", text: "Touch wood, no arrests tonight!" },
    { name: "If that patient turns up at clinic again, please page me so I can h...", text: "If that patient turns up at clinic again, please page me so I can help." },
    { name: "Someone needs to teach that drug rep how to read a trial properly 😂", text: "Someone needs to teach that drug rep how to read a trial properly 😂" },
    { name: "Keep reporting incidents: that's how we make care safer.", text: "Keep reporting incidents: that's how we make care safer." },
    { name: "I hope the person who found my stethoscope hands it in to reception.", text: "I hope the person who found my stethoscope hands it in to reception." },
    { name: "Next time you're on nights, bring snacks. You'll thank me.", text: "Next time you're on nights, bring snacks. You'll thank me." },
    { name: "Wish I could hug every nurse on this ward tonight ❤️", text: "Wish I could hug every nurse on this ward tonight ❤️" },
    { name: "That consultant sleeps with his pager under his pillow, dedication!", text: "That consultant sleeps with his pager under his pillow, dedication!" },
    { name: "Come near my desk and you'll be roped into the audit 😂", text: "Come near my desk and you'll be roped into the audit 😂" },
    { name: "I swear I'll finish this audit before Christmas.", text: "I swear I'll finish this audit before Christmas." },
    { name: "Whoever nicked my lunch, I hope you enjoyed the lasagne 😂", text: "Whoever nicked my lunch, I hope you enjoyed the lasagne 😂" },
    { name: "The next person to call me 'love' gets a lecture on titles 😅", text: "The next person to call me 'love' gets a lecture on titles 😅" },
    { name: "If I ever get my hands on a proper coffee machine, I'll be unstoppa...", text: "If I ever get my hands on a proper coffee machine, I'll be unstoppable." },
    { name: "We know who you are: the amazing volunteers who run the hospital ra...", text: "We know who you are: the amazing volunteers who run the hospital radio ❤️" },
    { name: "Honestly that MP needs to visit a real A&E on a Friday night.", text: "Honestly that MP needs to visit a real A&E on a Friday night." },
    { name: "I'd happily run every one of those training sessions again.", text: "I'd happily run every one of those training sessions again." },
    { name: "Somebody should put that new guideline in a museum 😂", text: "Somebody should put that new guideline in a museum 😂" },
    { name: "Keep going and you'll finish the marathon! So proud of our team.", text: "Keep going and you'll finish the marathon! So proud of our team." },
    // generalisation pass: more hard benign posts with the same frames
    "The next patient who comes in with chest pain gets an ECG within 10 minutes. That's the standard.",
    "I got a slap on the wrist from my ES for late portfolio entries 😅",
    "Whoever made the cake in the staff room: you're getting a thank-you card ❤️",
    "Next time I see you I'll buy you a coffee, promise ☕",
    "If you ever need a hand on nights, I'll be waiting in the mess with biscuits.",
    "Hope my patient gets home for Christmas. She's worked so hard.",
    "Hope the new F1s get a proper induction this year.",
    "Hope he gets the transplant. Fingers crossed for the family.",
    "I know where you can get free flu jabs: every pharmacy on the high street.",
    "I know what you mean about night shifts, they wreck your sleep.",
    "You'd better hope the weather holds for the charity run on Saturday!",
    "Someone needs to fix the lift on the maternity block, it's been broken for weeks.",
    "Posting my address here is a bad idea, but DM me and I'll send the leaflet.",
    "We need to talk about how often staff get punched in ED. Violence against staff is not part of the job.",
    "The patient deserves a proper apology and an explanation of what went wrong.",
    "I'll report you to the front desk if you keep stealing the good pens 😂",
    "Sorry to the relatives I left waiting while I dealt with an arrest.",
    // recall round 2: benign counterparts
    { name: "anaesthesia, not assault", text: "Don't worry, I'll knock him out for the procedure and he won't feel a thing" },
    { name: "sleep, not death", text: "I hope the baby never wakes up before 7 tomorrow 😂" },
    { name: "a friendly hint", text: "Whoever brought the brownies in is getting a hug, if you know what I mean" },
    { name: "'otherwise' finished, a knife for cooking", text: "Otherwise a quiet night. Made a curry 🔪🍛" },
    { name: "a verb of assault with a thing as object", text: "I'll hit the gym after this shift" },
    "Sleep well, everyone, and see you on Monday",
    { name: "a scalpel in the theatre checklist", text: "Please take a scalpel to the skin only after the WHO checklist is done" },
    "This heat will kill you if you don't hydrate. Water bottles out, team 💧",
    "Hang on in majors, I'll find you a bed as soon as one comes up",
    { name: "anaesthetist", text: "I'm going to knock you out now, count back from 10" },
    { name: "subject is a thing", text: "Sugar is gonna kill you slowly, cut down the fizzy drinks" },
    { name: "negated", text: "I would never hurt you, I promise. Trust is everything in paediatrics." },
    { name: "reported threat received", text: "A relative told me 'I know where you live' and I was shaken. Reported to security." },
    "Watch yourself on the ice this morning, A&E is full of wrist fractures ❄️",
    "Karma is real: exercise today and your knees will thank you later",
    { name: "good wishes", text: "Hope you all get your flu jab this week, and hope Mum doesn't get shingles again 💉" },
    // dares, counterfactuals, whereabouts and wishes: the benign posts that share their words
    { name: "'see what happens' after planting seeds is gardening", text: "Sowed the chillies in March, repotted them twice. Water daily and see what happens 🌶️" },
    { name: "'trial it and see what happens' about a new rota is a plan", text: "We'll trial the new handover sheet for a month and see what happens." },
    { name: "'you'll wish you'd packed a jumper' is a weather tip", text: "You'll wish you'd packed a jumper, theatre 4 is freezing again 🥶" },
    { name: "knowing which pub the team drinks in, with an invitation, is social", text: "I know which pub the night team drink in after the last shift. See you there Friday 🍻" },
    { name: "the author lucky not to be on call is relief", text: "We were lucky I wasn't on call when the power went. I'd have panicked." },
    { name: "a hope that a patient gets home and stays out of intensive care is kind", text: "Hope the lovely lady from bay 4 gets home safely and stays out of ICU this winter 💙" },
    { name: "tyres found flat after a cold night, as advice", text: "Cold snap tonight: check your tyre pressures, you might find them a bit flat in the morning." },
    { name: "a surgeon's golf club and a sore head, off duty", text: "Hit my own head with a golf club on the 9th hole. Stick to medicine, they said 🙃" },
    { name: "'Christmas is coming, and so am I' is a homecoming", text: "Christmas is coming, and so am I: home for a whole week after nights 🎄" },
    { name: "'the CQC is coming. So am I' to the team, with biscuits", text: "Dear team, the CQC is coming on Tuesday. So am I, with biscuits for everyone." },
    { name: "a clinician's warning about missed dialysis ('you'll wish you never...')", text: "If you keep missing dialysis sessions, you'll wish you had never skipped them. Please talk to the unit." },
    { name: "a clinician's warning about stopping antibiotics early", text: "Stop your antibiotics halfway through the course and see what happens. (Spoiler: resistance.)" },
    { name: "'lucky I wasn't marking your OSCE, I'd have failed you' is teasing", text: "You're lucky I wasn't marking your OSCE, I'd have failed you for that handwriting 😂" },
    { name: "a hope that the author's patient never needs intensive care again is kind", text: "Hope my patient from bay 3 never needs an ICU bed again 🙏" },
    { name: "finding a new colleague's workplace on the staff directory is a welcome", text: "I've found your workplace on the staff directory, welcome to the team!" },
    { name: "'lucky I wasn't on the rota, I'd have lost my mind' is about the author", text: "Our ward sister is lucky I wasn't on the rota that week, I'd have lost my mind." },
    // dev8 generalisation pass: stock menaces; benign look-alikes
    { name: "'give them something to smile about': kindness", text: "Let's give them something to smile about this Christmas: the ward's toy appeal is open 🎁" },
    { name: "'we all know what you drive' about a car-share rota", text: "Car-share rota is up. Please add your reg so security know what car is yours." },
    // dev8 generalisation pass: threats told through care; benign look-alikes
    { name: "'forgot' my lunch in scare quotes", text: "I \"forgot\" my packed lunch again so it's a meal deal, oops 🙃" },
    { name: "a patient who 'forgot' their meds", text: "Reminder: when a patient says they 'forgot' their insulin, ask gently about cost and access." },
    { name: "never letting a patient have a fall", text: "Proud of our falls team: we'd never let a frail patient have a fall because of a missing sensor mat." },
    { name: "a patient who had a little fall", text: "Mrs J had a little fall at home so we let her have a rest in the day room before physio." },
    { name: "hoping the reader's cannula goes well", text: "Nervous about your bloods tomorrow? I hope your next cannula goes in first time 💙" },
    // text-speak knowledge of someone's car or home, said as a friendly plan, is no menace
    { name: "meeting a friend where she parks, in text-speak", text: "lol i know where u park, it's the same spot every day, see u there for coffee" },
    { name: "asking where someone parks", text: "do u know where u park for the new outpatients block? asking for my first day" },
    // damage hoped away, or to the author's own things, is no wish of harm
    { name: "hoping a friend's car is not keyed", text: "hope ur car doesn't get keyed in that car park, it's dodgy round there" },
    { name: "the author's own bike stolen", text: "i hope my bike doesn't get stolen again lol" },
    // others passing a number round is reported, not posted by the author; a profile found to send a friend request is a boundary question
    { name: "students sharing a contact in a group chat", text: "revision week = everyone's sharing their tutor's number in the group chat lol" },
    { name: "a profile found and a friend request sent", text: "found ur instagram after the conference and sent a request, lovely to meet u x" },
  ],
  invalid: [
    // tune9: the author vows to locate or unmask someone (GMP 65; social media guidance ¶15)
    {
      name: "a vow to find where a critic lives",
      text: "Carry on reporting my clinic to the council and I'm going to find where you live. Your move.",
      errors: [{ messageId: "intimidation", excerpt: "find where you live", severity: "error" }],
    },
    {
      name: "a vow to unmask an anonymous account, with a consequence",
      text: "To the burner account posting about my ward: I will find out who you are. When I do, we'll have a little chat.",
      errors: [{ messageId: "intimidation", excerpt: "will find out who you are", severity: "error" }],
    },
    // a career declared finished by the author's hand
    {
      name: "whoever complained: when I know who, your career is over",
      text: "Someone on this rota put in a datix about me. When I work out who it was, your career is over.",
      errors: [{ messageId: "intimidation", excerpt: "your career is over", severity: "error" }],
    },
    {
      name: "I have friends on the panel, his career will be finished",
      text: "That locum who reported me thinks he's clever. I sit on the deanery panel and his career will be finished by Easter.",
      errors: [{ messageId: "intimidation", excerpt: "his career will be finished", severity: "error" }],
    },
    // tune8: the author promises to make someone's life hard; a knowing hint beside "any <role> who"
    {
      name: "an ultimatum to a reviewer: we'll make your life very difficult",
      text: "Whoever wrote that review about our clinic: delete it this week or we'll make your life extremely difficult.",
      errors: [{ messageId: "intimidation", excerpt: "we'll make your life extremely difficult", severity: "error" }],
    },
    {
      name: "I'm going to make her life a misery",
      text: "The nurse who reported me to the GMC knows who she is. I'm going to make her life a misery.",
      errors: [{ messageId: "intimidation", excerpt: "I'm going to make her life a misery", severity: "error" }],
    },
    {
      name: "any locum who undercuts us, with long memories",
      text: "Any locum who takes those cut-price shifts should know we have long memories in this town.",
      errors: [{ messageId: "intimidation", excerpt: "we have long memories", severity: "error" }],
    },
    {
      name: "a profile found, with a knife emoji sign-off",
      text: "found ur facebook. sent u a request. see u soon 🙂🔪",
      errors: [{ messageId: "intimidation", excerpt: "found ur facebook", severity: "error" }],
    },
    // damage to another's property hoped for menaces them like a harm to their body
    {
      name: "hoping someone's car gets keyed, in text-speak",
      text: "to whoever took my parking space on nights: hope ur car gets keyed x",
      errors: [{ messageId: "wish", excerpt: "hope ur car gets keyed", severity: "error" }],
    },
    {
      name: "hoping a troll's house gets torched",
      text: "@randomtroll22 keep posting that rubbish about nurses. hope your house gets torched",
      errors: [{ messageId: "wish", excerpt: "hope your house gets torched", severity: "error" }],
    },
    // knowledge of someone's car or home in text-speak menaces as much as in full words
    {
      name: "whoever dented my car: I know where u park",
      text: "to whoever dinged my door in the staff car park and drove off: i know where u park 🙂",
      errors: [{ messageId: "intimidation", excerpt: "i know where u park", severity: "error" }],
    },
    {
      name: "we know where u live, to a troll",
      text: "@anon_troll99 keep it up mate. we know where u live",
      errors: [{ messageId: "intimidation", excerpt: "we know where u live", severity: "error" }],
    },
    // a bed in the author's own department as where the harm lands
    {
      name: "find the driver and make sure he needs a trolley in our resus",
      text: "If that van clips my bike again I'll find the driver and make sure he needs a trolley in our resus.",
      errors: [{ messageId: "threat", excerpt: "make sure he needs a trolley", severity: "error" }],
    },
    // food tampered with by the author, for someone singled out (GMP 65)
    {
      name: "whoever steals my lunch: I've spiked tomorrow's with laxatives",
      text: "To whoever keeps stealing my lunch from the fridge: I've spiked tomorrow's sandwich with laxatives. Bon appetit.",
      errors: [{ messageId: "threat", excerpt: "I've spiked tomorrow's sandwich with laxatives", severity: "error" }],
    },
    {
      name: "drink my milk again and you'll find I've doctored it with diuretics",
      text: "Drink my milk one more time and you'll find I've doctored it with diuretics.",
      errors: [{ messageId: "threat", excerpt: "I've doctored it with diuretics", severity: "error" }],
    },
    // a warning to a person named through a relative clause (social media ¶15)
    {
      name: "the registrar who complained about me had better watch their back",
      text: "The registrar who complained about me had better watch their back on nights",
      errors: [{ messageId: "intimidation", excerpt: "registrar who complained about me had better watch", severity: "error" }],
    },
    {
      name: "the porter who dented my car better watch himself",
      text: "Honestly the porter who dented my car better watch himself",
      errors: [{ messageId: "intimidation", excerpt: "porter who dented my car better watch", severity: "error" }],
    },
    // a condition on someone's conduct, then harm to their property
    {
      name: "park in my bay again and your windscreen might not survive",
      text: "Park in my bay again and your windscreen might not survive the week",
      errors: [{ messageId: "intimidation", excerpt: "and your windscreen might", severity: "error" }],
    },
    {
      name: "carry on and your tyres could go flat",
      text: "To the consultant who keeps taking my parking space: carry on and his tyres could go flat overnight",
      errors: [{ messageId: "intimidation", excerpt: "and his tyres could", severity: "error" }],
    },
    // care in scare quotes, or pain through a thing of theirs, wished on someone spoken to
    {
      name: "hope you get the 'treatment' you gave my mum",
      text: "To the relative who shouted at our nurses: hope you get the 'treatment' you gave her.",
      errors: [{ messageId: "wish", excerpt: "hope you get the 'treatment'", severity: "error" }],
    },
    {
      name: "hope the stitches sting, said to the one who hit a nurse",
      text: "You headbutted a student nurse tonight. Hope your stitching hurts as much as her face does.",
      errors: [{ messageId: "wish", excerpt: "Hope your stitching hurts", severity: "error" }],
    },
    {
      name: "a profile found after a complaint, with a promise of regret",
      text: "Found her on Facebook after she complained about me. She'll regret it.",
      errors: [{ messageId: "intimidation", excerpt: "Found her on Facebook", severity: "error" }],
    },
    {
      name: "a critic wished onto a corridor trolley",
      text: "To the MP who voted against our pay: hope you end up on a trolley in A&E for a day and a half.",
      errors: [{ messageId: "wish", excerpt: "hope you end up on a trolley", severity: "error" }],
    },
    {
      name: "a complainant wished a long wait for care",
      text: "The man who shouted at our receptionist today: hope he enjoys waiting three months for a routine appointment.",
      errors: [{ messageId: "wish", excerpt: "hope he enjoys waiting", severity: "error" }],
    },
    {
      name: "a mishap in scare quotes for someone singled out",
      text: "I swear, the next punter who spits at my crew is getting a 'fall' on the way to the van 😤",
      errors: [{ messageId: "intimidation", excerpt: "getting a 'fall", severity: "error" }],
    },
    {
      name: "someone who wronged the author's staff will find out how fast the author moves",
      text: "The next visitor who shouts at my HCAs is going to find out how fast security works. And how fast I do 😤",
      errors: [{ messageId: "intimidation", excerpt: "find out how fast", severity: "error" }],
    },
    {
      name: "a dare and then blood",
      text: "Bin my sandwich again and there'll be blood.",
      errors: [{ messageId: "intimidation", excerpt: "there'll be blood", severity: "error" }],
    },
    {
      name: "ending up in prison, after a dare, with a knife",
      text: "One more parent asks me for a sick note for a cold and I'm going to end up in prison 🔪",
      errors: [{ messageId: "intimidation", excerpt: "end up in prison", severity: "error" }],
    },
    {
      name: "waiting to catch someone",
      text: "He nicked my parking space again. Wait till I catch him outside.",
      errors: [{ messageId: "intimidation", excerpt: "Wait till I catch him", severity: "error" }],
    },
    {
      name: "food poisoning wished on someone singled out",
      text: "Hope whoever stole my bike gets food poisoning.",
      errors: [{ messageId: "wish", excerpt: "Hope whoever stole my bike gets food poisoning", severity: "error" }],
    },
    {
      name: "a body part counted out, after hunting someone down",
      text: "When I track down whoever scratched my car, I'll snap each finger he owns.",
      errors: [{ messageId: "threat", excerpt: "I'll snap each finger", severity: "error" }],
    },
    {
      name: "someone hoped to give a blow",
      text: "Hope somebody gives that councillor a proper kicking.",
      errors: [{ messageId: "wish", excerpt: "Hope somebody gives that councillor", severity: "error" }],
    },
    {
      name: "something horrible wished on a person",
      text: "I really wish something horrible would happen to the troll who wrote that.",
      errors: [{ messageId: "wish", excerpt: "wish something horrible would happen to the troll", severity: "error" }],
    },
    {
      name: "something painful hoped for a person",
      text: "Hope the man who spat at my colleague gets something long and painful.",
      errors: [{ messageId: "wish", excerpt: "Hope the man who spat at my colleague gets something long and painful", severity: "error" }],
    },
    {
      name: "a dare, the open consequence falling on 'you'",
      text: "Carry on slagging my practice off and see what happens to you.",
      errors: [{ messageId: "intimidation", excerpt: "see what happens", severity: "error" }],
    },
    {
      name: "bravado wiped off",
      text: "Dear keyboard warrior: you won't be so cocky when you're on my list.",
      errors: [{ messageId: "intimidation", excerpt: "you won't be so cocky", severity: "error" }],
    },
    {
      name: "leaving the author's ground on a trolley",
      text: "If that porter comes near my theatre again he'll be leaving on a trolley.",
      errors: [{ messageId: "intimidation", excerpt: "he'll be leaving on a trolley", severity: "error" }],
    },
    {
      name: "the hunted one becomes a patient",
      text: "If I catch you, you'll be a patient in the department yourself.",
      errors: [{ messageId: "intimidation", excerpt: "you'll be a patient", severity: "error" }],
    },
    {
      name: "knowing a face, with a calm sign-off",
      text: "Whoever keeps nicking my lunch: I know what you look like. Sleep tight.",
      errors: [{ messageId: "intimidation", excerpt: "I know what you look", severity: "error" }],
    },
    {
      name: "knowing someone's town, with a dare",
      text: "Shout at my receptionist again. I know which town you're in. Keep it up.",
      errors: [{ messageId: "intimidation", excerpt: "I know which town", severity: "error" }],
    },
    {
      name: "waiting, with a knife",
      text: "Touch my bike again. I'll be waiting 🔪",
      errors: [{ messageId: "intimidation", excerpt: "I'll be waiting", severity: "error" }],
    },
    {
      name: "an address whose relative clause reports, then the author's own threat",
      text: "To the relative who called me a liar: I know where you live now.",
      errors: [{ messageId: "intimidation", excerpt: "I know where you live", severity: "error" }],
    },
    // dev8 generalisation pass: threats told through care
    {
      name: "withholding care in scare quotes, from a named target, is a threat",
      text: "If that troll ever ends up in my recovery bay I'll 'lose' his pain relief chart 😇",
      errors: [{ messageId: "threat", excerpt: "I'll 'lose' his pain", severity: "error" }],
    },
    {
      name: "'forgetting' the local for a politician is a threat",
      text: "Put that minister on my list and I'd \"forget\" the local, just saying.",
      errors: [{ messageId: "threat", excerpt: "I'd \"forget\" the local", severity: "error" }],
    },
    {
      name: "letting someone have a little accident is a veiled threat",
      text: "Next time that relative screams at the HCAs I might let her have a nasty accident on the stairs 🙂",
      errors: [{ messageId: "threat", excerpt: "I might let her have a nasty accident", severity: "error" }],
    },
    {
      name: "'not saying I'd let him have a fall' is still a threat",
      text: "Not saying I'd let the bloke from bed 9 have a little tumble, but the floor is very wet.",
      errors: [{ messageId: "threat", excerpt: "I'd let the bloke from bed 9 have a little tumble", severity: "error" }],
    },
    {
      name: "hoping someone's next cannula goes badly is a wish of harm",
      text: "To whoever nicked my lunch from the staff fridge: hope your next cannula tissues twice.",
      errors: [{ messageId: "wish", excerpt: "hope your next cannula tissues", severity: "error" }],
    },
    {
      name: "hoping a reader's next catheter goes wrong is a wish of harm",
      text: "@ward_gossip I really hope your next catheter goes horribly wrong.",
      errors: [{ messageId: "wish", excerpt: "hope your next catheter goes horribly wrong", severity: "error" }],
    },
    // dev8 generalisation pass: stock menaces
    {
      name: "'I'll give you something to complain about' to a complainant is intimidation",
      text: "Keep filing complaints about me and I'll give you something to really complain about.",
      errors: [{ messageId: "intimidation", excerpt: "give you something to really complain about", severity: "error" }],
    },
    {
      name: "knowing what someone drives, said to a singled-out person, is intimidation",
      text: "To the man who shouted at our nurse: we know what you drive. Think on.",
      errors: [{ messageId: "intimidation", excerpt: "we know what you drive", severity: "error" }],
    },
    {
      name: "'karma is coming. So am I.' to someone singled out is intimidation",
      text: "To whoever keyed my car in the staff car park: karma is coming. So am I.",
      errors: [{ messageId: "intimidation", excerpt: "So am I", severity: "error" }],
    },
    {
      name: "'payback's coming, and so am I' to a named account is intimidation",
      text: "@nightshift_snitch payback's coming, and so am I 🙂",
      errors: [{ messageId: "intimidation", excerpt: "so am I", severity: "error" }],
    },
    {
      name: "a dare with an open consequence ('one more... and find out what happens') is intimidation",
      text: "Tag my practice in one more of your conspiracy videos and find out what happens, pal.",
      errors: [{ messageId: "intimidation", excerpt: "find out what happens", severity: "error" }],
    },
    {
      name: "a condition and 'you'll get what's coming' is intimidation",
      text: "Turn up at my surgery again shouting at my receptionist and you'll get what's coming.",
      errors: [{ messageId: "intimidation", excerpt: "you'll get what's coming", severity: "error" }],
    },
    {
      name: "'when I find out who, they'll wish they'd never...' is intimidation",
      text: "Someone complained about me to the clinical director. When I find out who, they'll wish they had never started here.",
      errors: [{ messageId: "intimidation", excerpt: "they'll wish they had never", severity: "error" }],
    },
    {
      name: "knowing where a group drinks, signed off 'sleep tight', is intimidation",
      text: "Whoever scratched my car on level 2: I know which gym the porters on nights use. Sleep tight.",
      errors: [{ messageId: "intimidation", excerpt: "I know which gym", severity: "error" }],
    },
    {
      name: "having found someone's workplace, to a troll, is intimidation",
      text: "Dear anonymous account in my mentions, I have tracked down your workplace. Say hi to HR for me.",
      errors: [{ messageId: "intimidation", excerpt: "have tracked down your workplace", severity: "error" }],
    },
    {
      name: "'should be grateful I wasn't there... I'd have' is a threat by counterfactual",
      text: "That family who screamed at the HCA should count themselves lucky I wasn't on shift. I would have taught them some manners they'd remember.",
      errors: [{ messageId: "intimidation", excerpt: "lucky I wasn't", severity: "error" }],
    },
    {
      name: "damage to someone's belongings foretold, with a degree word, is intimidation",
      text: "If they cancel our study leave again, certain directors may find their car windows a little broken 😇",
      errors: [{ messageId: "intimidation", excerpt: "find their car windows a little broken", severity: "error" }],
    },
    {
      name: "a hope that a named critic ends up in an intensive care bed wishes harm",
      text: "I really hope that podcaster who keeps calling our nurses murderers ends up needing a bed on ITU one day.",
      errors: [{ messageId: "wish", excerpt: "hope that podcaster who keeps calling our nurses murderers ends up needing a bed on ITU", severity: "error" }],
    },
    {
      name: "a weapon wrapped round someone's head is a threat",
      text: "Keep lecturing me about my own speciality and I'll wrap my cricket bat round your head.",
      errors: [{ messageId: "threat", excerpt: "wrap my cricket bat round your head", severity: "error" }],
    },
    {
      name: "putting a named person through a window is a threat",
      text: "If the rota lead swaps my leave one more time I'm putting him through the office window.",
      errors: [{ messageId: "threat", excerpt: "I'm putting him", severity: "error" }],
    },
    {
      name: "a singled-out person 'getting a fist' is a threat",
      text: "The next drunk who grabs my arm in triage is getting a fist, no joke.",
      errors: [{ messageId: "intimidation", excerpt: "getting a fist", severity: "error" }],
    },
    // generalisation pass: threats by shape (the author's will + harm + a person, incitement, wishes, consequences, warnings, exposure)
    {
      name: "'you'd better hope' from the author's patch",
      text: "You'd better hope you never need an ambulance in my patch, mate.",
      errors: [{ messageId: "intimidation", excerpt: "You'd better hope", severity: "error" }, { messageId: "wish", excerpt: "hope you never need an ambulance", severity: "error" }, { messageId: "intimidation", excerpt: "hope you never need an ambulance in my patch", severity: "error" }],
    },
    {
      name: "inciting someone to put a person in the ground",
      text: "Someone needs to put that troll in the ground.",
      errors: [{ messageId: "wish", excerpt: "Someone needs to put that troll", severity: "error" }],
    },
    {
      name: "'I'd watch my back if I were you'",
      text: "I'd watch my back if I were you, @nightshiftnemesis",
      errors: [{ messageId: "intimidation", excerpt: "I'd watch my back if I were you", severity: "error" }],
    },
    {
      name: "knowing someone's car and shift times",
      text: "I know what car you drive and what time your shift ends.",
      errors: [{ messageId: "intimidation", excerpt: "I know what car you drive", severity: "error" }],
    },
    {
      name: "threatening to post someone's home address",
      text: "Keep posting lies about me and I'll put your home address on here for everyone to see.",
      errors: [{ messageId: "intimidation", excerpt: "I'll put your home address", severity: "error" }],
    },
    {
      name: "an ultimatum to report someone to the GMC",
      text: "Delete that tweet or I'll report you to the GMC and send your messages to your boss. Your choice.",
      errors: [{ messageId: "intimidation", excerpt: "I'll report you", severity: "error" }],
    },
    {
      name: "hoping someone ends up in a wheelchair",
      text: "Honestly hope the man who attacked our paramedic ends up in a wheelchair.",
      errors: [{ messageId: "wish", excerpt: "hope the man who attacked our paramedic ends up in a wheelchair", severity: "error" }],
    },
    {
      name: "'I'm coming for you' to whoever stole from the author",
      text: "Whoever nicked my stethoscope, I'm coming for you and it won't be pretty.",
      errors: [{ messageId: "threat", excerpt: "I'm coming for you", severity: "error" }, { messageId: "threatMaybe", excerpt: "it won't be pretty", severity: "info" }],
    },
    {
      name: "'I'll break his nose'",
      text: "If that reg shouts at my F1 again I'll break his nose.",
      errors: [{ messageId: "threat", excerpt: "I'll break his nose", severity: "error" }],
    },
    {
      name: "'someone's getting hurt'",
      text: "I swear if one more relative screams at me I'm going to lose it and someone's getting hurt.",
      errors: [{ messageId: "intimidation", excerpt: "someone's getting hurt", severity: "error" }],
    },
    {
      name: "hoping someone's house burns down with them in it",
      text: "Hope your house burns down with you in it, you vile troll.",
      errors: [{ messageId: "wish", excerpt: "Hope your house burns", severity: "error" }],
    },
    {
      name: "'you won't be smiling when I find you'",
      text: "@antivaxdoc you won't be smiling when I find you.",
      errors: [{ messageId: "intimidation", excerpt: "you won't be smiling when", severity: "error" }],
    },
    {
      name: "'deserves a broken jaw'",
      text: "The person who keyed my car deserves a broken jaw. Just saying.",
      errors: [{ messageId: "wish", excerpt: "deserves a broken", severity: "error" }],
    },
    {
      name: "'I'll make your life a living hell'",
      text: "I'll make your life a living hell, see if I don't.",
      errors: [{ messageId: "intimidation", excerpt: "I'll make your life a living hell", severity: "error" }],
    },
    {
      name: "inciting someone to teach a consultant a lesson, with a fist",
      text: "Someone should teach that consultant a lesson he won't forget, if you get me 👊",
      errors: [{ messageId: "wish", excerpt: "Someone should teach that consultant", severity: "error" }],
    },
    {
      name: "'pray you never end up on my operating table'",
      text: "To the patient who bit me: pray you never end up on my operating table.",
      errors: [{ messageId: "intimidation", excerpt: "pray you never end up on my operating", severity: "error" }],
    },
    {
      name: "doxxing: posting someone's address and number",
      text: "Posting his address and number below. You all know what to do.",
      errors: [{ messageId: "intimidation", excerpt: "Posting his address", severity: "error" }, { messageId: "threatMaybe", excerpt: "You all know what to do", severity: "warning" }],
    },
    {
      name: "hoping someone gets the same done to them",
      text: "I hope whoever did this to her gets the same done to them, and worse.",
      errors: [{ messageId: "wish", excerpt: "hope whoever did this to her gets the same", severity: "error" }],
    },
    {
      name: "a conditional: 'you'll be leaving in an ambulance'",
      text: "Come near my family again and you'll be leaving in an ambulance.",
      errors: [{ messageId: "intimidation", excerpt: "you'll be leaving in an ambulance", severity: "error" }],
    },
    {
      name: "'I'll be waiting for you after your shift'",
      text: "I'll be waiting for you after your shift. We'll see how brave you are then.",
      errors: [{ messageId: "threatMaybe", excerpt: "I'll be waiting for you", severity: "warning" }],
    },
    {
      name: "doxxing list: name, workplace, kids' school",
      text: "Troll found. Name, workplace, kids' school. Enjoy the visit 🙂",
      errors: [{ messageId: "intimidation", excerpt: "Name, workplace, kids", severity: "error" }, { messageId: "threatMaybe", excerpt: "Enjoy the visit", severity: "warning" }],
    },
    {
      name: "'gonna smack that smug reg'",
      text: "gonna smack that smug reg into next week lol",
      errors: [{ messageId: "threatMaybe", excerpt: "gonna smack that smug reg", severity: "warning" }],
    },
    {
      name: "wishing someone would push an MP down the stairs",
      text: "Wish someone would push that MP down the stairs tbh",
      errors: [{ messageId: "wish", excerpt: "someone would push that MP", severity: "error" }],
    },
    {
      name: "'you're going to regret messing with me'",
      text: "You're going to regret messing with me. I know people.",
      errors: [{ messageId: "intimidation", excerpt: "You're going to regret", severity: "error" }, { messageId: "threatMaybe", excerpt: "I know people", severity: "info" }],
    },
    {
      name: "'they'll need a surgeon'",
      text: "If I ever meet the person who wrote that review, they'll need a surgeon.",
      errors: [{ messageId: "intimidation", excerpt: "they'll need a surgeon", severity: "error" }],
    },
    {
      name: "'i will literally end u'",
      text: "i will literally end u if u touch my coffee again",
      errors: [{ messageId: "threat", excerpt: "i will literally end u", severity: "error" }],
    },
    {
      name: "'I will ruin you'",
      text: "Say one more word about my team and I will ruin you.",
      errors: [{ messageId: "threatMaybe", excerpt: "I will ruin you", severity: "warning" }],
    },
    {
      name: "'better pray I never see her in a dark car park'",
      text: "That manager better pray I never see her in a dark car park.",
      errors: [{ messageId: "intimidation", excerpt: "That manager better pray", severity: "error" }],
    },
    {
      name: "Next relative who swears at my nurses is going to get a s...",
      text: "Next relative who swears at my nurses is going to get a slap, I swear",
      errors: [{ messageId: "intimidation", excerpt: "get a slap", severity: "error" }],
    },
    {
      name: "If I find out who keyed my car I will end them",
      text: "If I find out who keyed my car I will end them",
      errors: [{ messageId: "threat", excerpt: "I will end them", severity: "error" }],
    },
    {
      name: "@trollaccount I know which gym you go to. See you soon 🙂",
      text: "@trollaccount I know which gym you go to. See you soon 🙂",
      errors: [{ messageId: "intimidation", excerpt: "I know which gym", severity: "error" }],
    },
    {
      name: "Someone should run that manager over in the car park tbh",
      text: "Someone should run that manager over in the car park tbh",
      errors: [{ messageId: "wish", excerpt: "Someone should run that manager", severity: "error" }],
    },
    {
      name: "Hope the scumbag who stole from the food bank gets his ha...",
      text: "Hope the scumbag who stole from the food bank gets his hands broken",
      errors: [{ messageId: "wish", excerpt: "Hope the scumbag who stole from the food bank gets his hands broken", severity: "error" }],
    },
    {
      name: "You'd better pray you never need my help, mate",
      text: "You'd better pray you never need my help, mate",
      errors: [{ messageId: "intimidation", excerpt: "You'd better pray", severity: "error" }, { messageId: "intimidation", excerpt: "pray you never need my help", severity: "error" }],
    },
    {
      name: "Keep it up and I'll post your address for all my followers",
      text: "Keep it up and I'll post your address for all my followers",
      errors: [{ messageId: "intimidation", excerpt: "I'll post your address", severity: "error" }],
    },
    {
      name: "I'm going to batter that pharmacist if he rings me again ...",
      text: "I'm going to batter that pharmacist if he rings me again about a dose",
      errors: [{ messageId: "threat", excerpt: "I'm going to batter that pharmacist", severity: "error" }],
    },
    {
      name: "The guy who spat at me deserves a good beating",
      text: "The guy who spat at me deserves a good beating",
      errors: [{ messageId: "wish", excerpt: "deserves a good beating", severity: "error" }],
    },
    {
      name: "I'll be outside the hospital at 8. Come and say that to m...",
      text: "I'll be outside the hospital at 8. Come and say that to my face.",
      errors: [{ messageId: "intimidation", excerpt: "Come and say that to my face", severity: "error" }],
    },
    {
      name: "If I see that troll at the conference I'm going to flatten him",
      text: "If I see that troll at the conference I'm going to flatten him",
      errors: [{ messageId: "threat", excerpt: "I'm going to flatten him", severity: "error" }],
    },
    {
      name: "Whoever keeps parking in my bay is going to find their tyres slashed",
      text: "Whoever keeps parking in my bay is going to find their tyres slashed",
      errors: [{ messageId: "intimidation", excerpt: "find their tyres slashed", severity: "error" }],
    },
    {
      name: "Say that again and see what happens",
      text: "Say that again and see what happens",
      errors: [{ messageId: "threatMaybe", excerpt: "again and see what happens", severity: "warning" }],
    },
    {
      name: "One day you'll pay for what you did to my patient",
      text: "One day you'll pay for what you did to my patient",
      errors: [{ messageId: "threatMaybe", excerpt: "you'll pay for", severity: "warning" }],
    },
    {
      name: "That reg had better watch himself",
      text: "That reg had better watch himself",
      errors: [{ messageId: "intimidation", excerpt: "reg had better watch", severity: "error" }],
    },
    {
      name: "Honestly wish the antivaxxers would all catch measles and die",
      text: "Honestly wish the antivaxxers would all catch measles and die",
      errors: [{ messageId: "wish", excerpt: "wish the antivaxxers would all catch measles", severity: "error" }, { messageId: "wish", excerpt: "wish the antivaxxers would all catch measles and die", severity: "error" }],
    },
    {
      name: "I know your address. Sleep tight 😘",
      text: "I know your address. Sleep tight 😘",
      errors: [{ messageId: "intimidation", excerpt: "I know your address", severity: "error" }],
    },
    {
      name: "Keep messaging my staff and you'll be picking your teeth up off the...",
      text: "Keep messaging my staff and you'll be picking your teeth up off the floor",
      errors: [{ messageId: "intimidation", excerpt: "you'll be picking your teeth", severity: "error" }],
    },
    {
      name: "Someone ought to give that manager a good hiding",
      text: "Someone ought to give that manager a good hiding",
      errors: [{ messageId: "wish", excerpt: "Someone ought to give that manager", severity: "error" }],
    },
    {
      name: "I hope the nurse who reported me gets sacked and loses her house",
      text: "I hope the nurse who reported me gets sacked and loses her house",
      errors: [{ messageId: "wish", excerpt: "hope the nurse who reported me gets sacked", severity: "error" }],
    },
    {
      name: "Touch my patient again and I'll break your fingers",
      text: "Touch my patient again and I'll break your fingers",
      errors: [{ messageId: "threat", excerpt: "I'll break your fingers", severity: "error" }],
    },
    {
      name: "If that troll turns up at our clinic he'll be leaving through the w...",
      text: "If that troll turns up at our clinic he'll be leaving through the window",
      errors: [{ messageId: "intimidation", excerpt: "he'll be leaving through the window", severity: "error" }],
    },
    {
      name: "Someone needs to teach that drunk a lesson he won't forget",
      text: "Someone needs to teach that drunk a lesson he won't forget",
      errors: [{ messageId: "wish", excerpt: "Someone needs to teach that drunk", severity: "error" }],
    },
    {
      name: "You keep reporting me and I'll make sure everyone knows where you live",
      text: "You keep reporting me and I'll make sure everyone knows where you live",
      errors: [{ messageId: "intimidation", excerpt: "everyone knows where you live", severity: "error" }],
    },
    {
      name: "I hope the person who stole from our charity tin gets run over",
      text: "I hope the person who stole from our charity tin gets run over",
      errors: [{ messageId: "wish", excerpt: "hope the person who stole from our charity tin gets run", severity: "error" }],
    },
    {
      name: "Next time you shout at my nurse I'll knock your teeth out",
      text: "Next time you shout at my nurse I'll knock your teeth out",
      errors: [{ messageId: "threat", excerpt: "I'll knock your teeth", severity: "error" }],
    },
    {
      name: "Wish I could slap every antivaxxer in the face",
      text: "Wish I could slap every antivaxxer in the face",
      errors: [{ messageId: "threat", excerpt: "I could slap every antivaxxer", severity: "error" }],
    },
    {
      name: "That consultant better sleep with one eye open",
      text: "That consultant better sleep with one eye open",
      errors: [{ messageId: "intimidation", excerpt: "sleep with one eye open", severity: "error" }],
    },
    {
      name: "Come near my kids again and you're a dead man",
      text: "Come near my kids again and you're a dead man",
      errors: [{ messageId: "intimidation", excerpt: "you're a dead man", severity: "error" }],
    },
    {
      name: "I swear I'll strangle the next person who asks for a sick note",
      text: "I swear I'll strangle the next person who asks for a sick note",
      errors: [{ messageId: "threat", excerpt: "I'll strangle the next", severity: "error" }],
    },
    {
      name: "Whoever nicked my lunch, I will find you and I will end you",
      text: "Whoever nicked my lunch, I will find you and I will end you",
      errors: [{ messageId: "threatMaybe", excerpt: "I will find you", severity: "warning" }, { messageId: "threat", excerpt: "I will end you", severity: "error" }],
    },
    {
      name: "The next person to call me 'love' gets a punch in the mouth",
      text: "The next person to call me 'love' gets a punch in the mouth",
      errors: [{ messageId: "intimidation", excerpt: "gets a punch", severity: "error" }],
    },
    {
      name: "If I ever get my hands on the guy who hit our HCA, he's done",
      text: "If I ever get my hands on the guy who hit our HCA, he's done",
      errors: [{ messageId: "threatMaybe", excerpt: "If I ever get my hands on", severity: "warning" }],
    },
    {
      name: "@anonymoustroll we know who you are and where you work. Tick tock ⏰",
      text: "@anonymoustroll we know who you are and where you work. Tick tock ⏰",
      errors: [{ messageId: "intimidation", excerpt: "we know who you are and where you work", severity: "error" }, { messageId: "threatMaybe", excerpt: "Tick tock", severity: "warning" }],
    },
    {
      name: "Honestly that MP needs a brick through his window",
      text: "Honestly that MP needs a brick through his window",
      errors: [{ messageId: "wish", excerpt: "needs a brick", severity: "error" }],
    },
    {
      name: "I'd happily run over every one of those protesters",
      text: "I'd happily run over every one of those protesters",
      errors: [{ messageId: "threat", excerpt: "I'd happily run over every one of those protesters", severity: "error" }],
    },
    {
      name: "Somebody should put that scumbag in a hospital bed",
      text: "Somebody should put that scumbag in a hospital bed",
      errors: [{ messageId: "wish", excerpt: "Somebody should put that scumbag", severity: "error" }],
    },
    {
      name: "Keep going and you'll regret the day you met me",
      text: "Keep going and you'll regret the day you met me",
      errors: [{ messageId: "threatMaybe", excerpt: "you'll regret", severity: "warning" }],
    },
    // recall round 2: mechanisms rather than phrases
    {
      name: "first person, assault verb, a person as object",
      text: "If the porter shoves my trolley again I'm going to deck him.",
      errors: [{ messageId: "threat", excerpt: "I'm going to deck him", severity: "error" }],
    },
    {
      name: "hoping for a harm outcome",
      text: "I hope the man who mugged that nurse never wakes up.",
      errors: [{ messageId: "wish", excerpt: "hope the man who mugged that nurse never wakes up", severity: "error" }],
    },
    {
      name: "a knowing hint at a singled-out person",
      text: "Whoever keeps nicking my lunch from the staff fridge is getting a surprise in the next one, if you know what I mean 😈",
      errors: [{ messageId: "intimidation", excerpt: "if you know what I mean", severity: "error" }],
    },
    {
      name: "an unfinished consequence with a knife",
      text: "Some people should be glad I'm a pacifist. Otherwise 🔪",
      errors: [{ messageId: "threatMaybe", excerpt: "glad I'm a pacifist", severity: "warning" }, { messageId: "intimidation", excerpt: "Otherwise", severity: "error" }],
    },
    {
      name: "weapon to the body, aimed at whoever",
      text: "Whoever keeps nicking my lunch from the staff fridge is getting a fist to the face 🔪",
      errors: [{ messageId: "threat", excerpt: "getting a fist to the face", severity: "error" }],
    },
    {
      name: "implied: knowing someone's address",
      text: "To the troll in my mentions: I've got your address. Sleep well.",
      errors: [{ messageId: "intimidation", excerpt: "I've got your address", severity: "error" }],
    },
    {
      name: "scare-quoted 'accidentally' in a first-person plan",
      text: "If that man comes back I'm going to 'accidentally' forget his pain relief",
      errors: [{ messageId: "threat", excerpt: "accidentally", severity: "error" }],
    },
    {
      name: "the Liam Neeson quote (003 seed)",
      text: "I will look for you, I will find you, and I will kill you.",
      errors: [
        { messageId: "threatMaybe", excerpt: "I will look for you", severity: "info" },
        { messageId: "threatMaybe", excerpt: "I will find you", severity: "warning" },
        { messageId: "threat", excerpt: "I will kill you", severity: "error" },
      ],
    },
    {
      name: "wish of harm (HCPC 2014)",
      text: "I hope you suffer a life threatening illness...",
      errors: [{ messageId: "wish", excerpt: "I hope you suffer", severity: "error" }],
    },
    {
      name: "challenge to a confrontation (HCPTS 2022)",
      text: "wow. That's big talk. Please come and say that in person",
      errors: [{ messageId: "intimidation", excerpt: "Please come and say that in person", severity: "error" }],
    },
    {
      text: "@drx I know where you work. Think about that.",
      errors: [{ messageId: "intimidation", excerpt: "I know where you work", severity: "error" }],
    },
    {
      name: "jokey threat is still a warning",
      text: "I'll kill you if you eat my sandwich again 😂",
      errors: [{ messageId: "threatMaybe", excerpt: "I'll kill you", severity: "warning" }],
    },
    {
      name: "slang contraction",
      text: "imma batter you next time I see you",
      errors: [{ messageId: "threat", excerpt: "imma batter you", severity: "error" }, { messageId: "threatMaybe", excerpt: "next time I see you", severity: "warning" }],
    },
    {
      text: "Anyone who votes for this deserves to die. Hope you rot in hell.",
      errors: [{ messageId: "wish", excerpt: "deserves to die", severity: "error" }, { messageId: "wish", excerpt: "Hope you rot in hell", severity: "error" }],
    },
    {
      name: "telling someone to kill themselves",
      text: "@anti_vax_mum kys",
      errors: [{ messageId: "wish", excerpt: "kys", severity: "error" }],
    },
    {
      name: "wishing an illness on someone",
      text: "Honestly hope the Health Secretary gets sepsis and waits 14 hours in A&E. Karma.",
      errors: [{ messageId: "wish", excerpt: "hope the Health Secretary gets sepsis", severity: "error" }],
    },
  ],
});
