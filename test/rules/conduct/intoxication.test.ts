import rule from "../../../src/engine/rules/conduct/intoxication";
import { ruleTester } from "../../support/rule-tester";

// GMP 65 and the GMC adviser's seriousness table: a doctor clearly intoxicated ranks high; doctors
// drinking but not intoxicated ranks low; drinking linked to work suggests patients were at risk.
ruleTester(rule, {
  valid: [
    // tune9: drunk words used as verbs with an object (DIY, not drink)
    "Hammered in the last tent peg at the fun run and my back is done. Clinic tomorrow, send help.",
    "Plastered the spare room ceiling this weekend, back on the ward Monday with aching shoulders.",
    // tune9: counted vessels of soft drinks, glasses worn, a medicine measured in glasses
    "Two glasses of water and a banana before every night shift, that's my whole secret.",
    "Three cans of Monster before the night shift and I'm still yawning at 4am.",
    "Bought two new glasses before clinic, can finally read the ECGs without squinting.",
    "Gave three glasses of oral rehydration solution in clinic and he perked right up.",
    // 'pickled' as food
    { name: "pickled onions before a shift", text: "Pickled onions and a pork pie before my shift, the dream" },
    { name: "pickled eggs for a ward bake sale", text: "Made pickled beetroot for the ward round bake sale, it went in ten minutes" },
    // a hangover as a leftover of something, or off duty, is no drink at work
    { name: "a rota that is a hangover from an old system", text: "Our on-call rota is a hangover from the old system and I've raised it with the clinical director." },
    { name: "a hangover on a day off", text: "I had a brutal hangover after the wedding, thank goodness I'm off until Wednesday." },
    // a drink after event cover ends, or at a festival as a punter
    { name: "a cider after the first aid tent shift ended", text: "Finished in the first aid tent at 6, now off duty with a cider in hand 🍺" },
    { name: "cider at a festival with no cover", text: "Festival weekend with the girls, cider in hand and not a pager in sight 🍺" },
    // a drink, then "now I'm doing" something that is not clinical work
    { name: "pints at the quiz, now doing a tax return", text: "Two pints at the pub quiz and now I'm doing my tax return, living the dream" },
    { name: "wine with dinner, now running a bath", text: "Glass of wine with dinner, now I'm running a bath" },
    // a drink the author "runs on" counts only with work beside it; a party or a day off is ordinary life
    { name: "fuelled by prosecco at a family party", text: "Fuelled by prosecco and cake at Mum's 60th, what a night 🥂" },
    { name: "running on wine on a day off", text: "Running on red wine and crisps tonight. Day off tomorrow, bliss 🍷" },
    { name: "running on coffee on the ward, no drink", text: "Running on coffee and biscuits on the ward, 6 hours to go." },
    // a tipsy author with no clinical offer, and a sober one offering help
    { name: "a bit merry at the rugby, no work", text: "Bit merry after the rugby 🍺 what a match." },
    { name: "an offer of help with no drink", text: "DM me if you need to know how to get a GP appointment, I can point you to the right service." },
    // "I'm on at 8" is the author's shift; a fixture "on at 8" is not
    { name: "a match on at 8 with pints is off duty", text: "The final is on at 8, pints poured and snacks out 🍺" },
    { name: "on at 8 tomorrow with tea", text: "I'm on at 8 tomorrow, so it's tea and an early night for me." },
    // a dram and the shift the author is on now: look-alikes
    { name: "a dram after this shift is after work", text: "Wee dram by the fire after this shift, and not a minute before 🥃" },
    { name: "nipping to the shops before this shift is no drink", text: "Quick nip to the shops for snacks to survive this shift." },
    // becoming drunk ("got wrecked") and masked drunk words: look-alikes
    { name: "someone else absolutely steaming is not the author", text: "You were absolutely steaming when you fell off the kerb, mate, so maybe go easy on the paramedics." },
    { name: "a car that got wrecked is damage", text: "My car got wrecked in the staff car park overnight. Third time this year." },
    { name: "wrecked by the rota is exhaustion", text: "Got completely wrecked by this rota, sleeping all weekend." },
    { name: "absolutely wrecked after nights is tiredness", text: "Absolutely wrecked after four nights in a row. Bed." },
    { name: "'pissed at' a person is angry", text: "Still so p*ssed at the car park barrier for eating my ticket." },
    { name: "mortal without a degree word is human", text: "Reminder that consultants are mere mortals and also forget their passwords." },
    // taking a drug, then work later in the sentence (tempting look-alikes)
    { name: "a patient's drug use before their shift is not the author's", text: "Saw a forklift driver who took ketamine before his night shift. Please look after yourselves." },
    { name: "a pill for a headache before clinic is medicine", text: "Took a paracetamol before clinic, headache gone by the second patient." },
    { name: "a 12-hour shift after which a drink is had", text: "Two pints after a 12-hour shift and I'm asleep on the sofa 🍺" },
    { name: "a length of a shift with no drug or drink", text: "Three 13-hour shifts this week and a lovely team on every one." },
    { name: "a tasting tour", text: "The tequila tasting tour was still the best bit of Mexico." },
    // a drink turned down, a rule stated to all, a compound that is not drink (dev10/dev11 false alarms)
    { name: "a drink declined because on call", text: "Prosecco? Not tonight, I'm on call. Enjoy the party everyone 🥂" },
    { name: "a drink turned down, thanks", text: "Pint after handover? No thanks, back on nights tomorrow." },
    { name: "punch-drunk from nights", text: "Punch-drunk after four nights on the trot. Sleeping till Tuesday." },
    { name: "a policy stated to everyone", text: "Reminder that even one drink before an on-call shift is one drink too many. The trust policy is zero." },
    { name: "on call with a bottle poured for someone else is no drinking on call", text: "On call from home tonight. Kids asleep by eight, lasagne in the oven. Sparkling water for me, a bottle of red for my husband." },
    { name: "off call before the wine is opened", text: "Off call at 6pm. Kids asleep by eight. Opened a bottle of wine with my husband." },
    { name: "'my to do list' is no work session", text: "Back to my to do list and a glass of wine tonight, day off tomorrow." },
    // long-post round (dev9): the alternative a sentence turns down, and a reader's habit put as a test
    { name: "the drink after 'rather ... than' is the rejected alternative", text: "Rule one of on call from home: I'd sooner be the boring one with a lemonade than the one driving in to theatre after a pint." },
    { name: "'if you've been getting drunk' is advice to a reader", text: "If you've been getting drunk most weekends without meaning to, have a chat with your GP." },
    { name: "a glass at a sister's engagement party, with a general moan about nights in the next sentence", text: "One glass of fizz at my sister's engagement do and I was asleep by ten. Night shifts have broken me. Congrats Priya and Tom 🥂" },
    { name: "smashed with a score in goals later in the sentence is a defeat", text: "Got smashed at the derby on Saturday, 11 goals to 3. The physio team will be busy." },
    { name: "hammered by a score is a defeat, not drink", text: "Got absolutely hammered 5-1 in the hospital football final by the porters. Cardiology will be reflecting on this." },
    { name: "drinks tonight, the shift is next week", text: "Gin with the girls tonight 🍸 then nights start next Tuesday, so making the most of it" },
    "Glass of wine with my husband after a long week. Cheers 🥂",
    "Team drinks after our last night shift together. Going to miss this lot 🍻",
    "Alcohol withdrawal: the CIWA-Ar score guides chlordiazepoxide dosing. #FOAMed",
    { name: "about patients, not the author", text: "Saturday night in ED: the drunks are out in force again" },
    { name: "public health", text: "Drunk drivers kill. Don't do it this Christmas." },
    { name: "US 'pissed' = angry", text: "So pissed at the rota coordinator right now" },
    { name: "wasted = squandered", text: "Wasted three hours waiting for IT to fix my login" },
    { name: "negated", text: "Never drink on call. Not even one." },
    { name: "drinking after the shift", text: "Had a beer after my shift, well earned" },
    { name: "a drunk is a person", text: "If the next drunk who spits at me comes in, security are getting a call." },
    { name: "the night before is off duty", text: "Few pints tonight 🍻. On call tomorrow at 8!" },
    { name: "song title", text: "Tipsy by J-Kwon came on the radio in resus and the whole team was singing 🎶" },
    { name: "units advice", text: "Dry January tip: 14 units a week is roughly 6 pints of beer or 7 glasses of wine. Spread it out." },
    { name: "fainting, not drinking", text: "Passed out in theatre as a medical student. Eat breakfast before a long list, folks." },
    { name: "memory, not drink", text: "Revised all night and can't remember a thing from the pharmacology lecture 😩" },
    { name: "drinks with numbers, moderate", text: "3 glasses of wine at my sister's wedding and I was asleep by ten. Rock and roll." },
    // generalisation pass (dev3): figurative, a drunk person, other people's shifts, days off, after work
    { name: "drunk on sunshine", text: "Drunk on sunshine and ice cream after a week of nights 🌞" },
    { name: "a drunk as a person", text: "Dealt with a Friday night drunk who'd headbutted a bus shelter, poor bloke" },
    { name: "a day off while the team works", text: "Glass of red on my day off while the team are on shift, thinking of you all 🍷" },
    { name: "paralytic ileus", text: "Paralytic ileus after bowel surgery: a thread on management #MedEd" },
    { name: "cocktails after the last shift", text: "Cocktails at the Christmas party after my last shift before leave 🎄" },
    { name: "other people on call", text: "Everyone on call tonight, we see you. I'm on the sofa with a glass of wine 🍷" },
    { name: "work drinks at a clock time", text: "5pm work drinks for Sue's retirement, all welcome 🥂" },
    { name: "pints after clinic", text: "Couple of pints after clinic with the team, well earned 🍻" },
    { name: "lines of a handover", text: "A few lines of the handover summary were missing, so I rewrote them before my shift" },
    { name: "buzzing from a conference", text: "Still buzzing from the conference, back on the ward tomorrow!" },
    { name: "a patient seeing double", text: "Patient seeing double after the fall, CT head booked before the 8am list" },
    // generalisation pass (dev4/dev5): tempting posts for the new mechanisms
    { name: "a quoted phrase as a teaching point is a mention, not a state", text: "'She's just drunk' has killed people. Check the glucose and the pupils before you believe it. #FOAMed" },
    { name: "a differential asked as a question is not a state", text: "Drunk, or post-ictal? Check the glucose and get a CT if the story doesn't fit." },
    { name: "'drunk' describing patients in a department", text: "Saturday night in ED: drunk students, a stag party and one very patient triage nurse." },
    { name: "a colleague said to smell of drink is an allegation for other rules", text: "The locum turned up smelling of whisky and nobody did anything about it." },
    { name: "a hangover from an old system is not drink", text: "The paper rota is a hangover from the 90s. Clinic today was chaos because of it." },
    { name: "a glass of wine after the shift, back in next week", text: "Post-nights glass of wine in the garden 🍷 not back in till Monday, bliss" },
    { name: "a patient smelling of alcohol on the ward round is the patient's state", text: "Patient in bed 4 smelling of whisky on the ward round again, withdrawal scale started." },
    { name: "cans of drink as a shopping list", text: "Bought two cans of Diet Coke and a meal deal before clinic, living the dream" },
    { name: "a work session after a fun run is not after drinking", text: "Ward round this morning straight after the hospital fun run, legs like jelly 🏃" },
    { name: "a party after yesterday's shift, told the next day off", text: "Christmas party after my shift yesterday was lovely 🥂 day off today, recovering on the sofa" },
      // a drink poured for "the rest" of a group, and a duty word that names something (dev6 false alarms)
    { name: "lemonade for the on-call lot, lager for the rest", text: "Barbecue on Sunday: lemonade for the on-call lot, a cold lager for the rest. Sensible." },
    { name: "wine for the others while the driver is on call", text: "Dinner with friends tonight: sparkling water for me, I'm on call, and a bottle of red for the others." },
    { name: "a pub quiz team named after a shift", text: "Pints with the quiz team, which is called 'The Late Shift'. Came fourth, again." },
    { name: "a gin named after a ward round", text: "My sister's wedding gin is named The Ward Round. Cheers to the happy couple 🍸" },
    // tune7: "drunk" inside a name (a quoted title, a brand as the subject), induction as work
    { name: "a quoted sketch title", text: "'drunk uncle' is the best sketch ever" },
    { name: "a brand name opening its sentence", text: "drunk elephant moisturiser is wildly overpriced, cetraben does the same job" },
    { name: "buzzing from induction is no high", text: "still buzzing from induction day, everyone was so lovely" },
  ],
  invalid: [
    // tune9: drinks counted by their vessel, then work straight after
    {
      name: "four cans before the ward round",
      text: "I had 4 cans at the barbecue then went straight onto the evening ward round, nobody noticed.",
      errors: [{ messageId: "onDuty", excerpt: "4 cans", severity: "error" }],
    },
    {
      name: "three glasses of the good stuff, then clinic",
      text: "Three glasses of the good stuff at lunch and back for the afternoon clinic 🥂",
      errors: [{ messageId: "onDuty", excerpt: "Three glasses", severity: "error" }],
    },
    // tune9: the drunk sense still holds where one gets drunk
    {
      name: "hammered in the mess, then nights",
      text: "Hammered in the mess then onto my night shift, what could go wrong.",
      errors: [{ messageId: "onDuty", excerpt: "Hammered", severity: "error" }],
    },
    // tune9: a binge tonight is not softened by a duty tomorrow
    {
      name: "six shots deep with theatre tomorrow",
      text: "Six tequilas deep at the leaving do and I'm first on call in theatre tomorrow at 8.",
      errors: [{ messageId: "intoxicated", excerpt: "tequilas", severity: "warning" }],
    },
    {
      name: "the author still drunk ('pickled') for a clinic",
      text: "Still a bit pickled from the Christmas do and my clinic starts at nine",
      errors: [{ messageId: "onDuty", excerpt: "a bit pickled", severity: "error" }],
    },
    {
      name: "the author operating with a hangover",
      text: "I scrubbed in for the first case with a banging hangover, the theatre lights were not my friend",
      errors: [{ messageId: "onDuty", excerpt: "hangover", severity: "error" }],
    },
    {
      name: "the author on call with a hangover",
      text: "I'm on call today with the worst hangover of my life, please nobody crash",
      errors: [{ messageId: "onDuty", excerpt: "hangover", severity: "error" }],
    },
    {
      name: "a plural of sparkling wine before the ward",
      text: "two champagnes down at the leaving drinks and i'm back on the ward at 6 lol",
      errors: [{ messageId: "onDuty", excerpt: "champagnes", severity: "error" }, { messageId: "onDuty", excerpt: "leaving drinks", severity: "error" }],
    },
    {
      name: "still stoned on a trust induction day",
      text: "still stoned from the weekend and it's trust induction today 😵",
      errors: [{ messageId: "highOnDuty", excerpt: "stoned", severity: "error" }],
    },
    // drinking while providing medical cover at an event
    {
      name: "on the medical team at the match with a pint",
      text: "On the medical team at the cup final today, pint in hand obviously 🍺",
      errors: [{ messageId: "onDuty", excerpt: "pint", severity: "error" }],
    },
    // a drink, then the author at clinical work now (GMP 65)
    {
      name: "prosecco at the leaving lunch and now doing smears",
      text: "Couple of glasses of prosecco at the leaving lunch and now I'm doing smears all afternoon 🥂",
      errors: [{ messageId: "onDuty", excerpt: "prosecco", severity: "error" }],
    },
    {
      name: "a beer at lunch, now seeing patients",
      text: "Had a beer at lunch. Now I'm seeing patients in minors.",
      errors: [{ messageId: "onDuty", excerpt: "beer", severity: "error" }],
    },
    // the drink as what the author runs on, with work beside it (GMP 65)
    {
      name: "running on energy drinks and last night's rum, hours of the shift to go",
      text: "Running on energy drinks and last night's rum 🥴 only 6 hours to go",
      errors: [{ messageId: "onDuty", excerpt: "rum", severity: "error" }],
    },
    {
      name: "fuelled by gin at a named hospital check-in",
      text: "Night 2 of 4 at Leeds General Infirmary. Fuelled by gin and spite 🥴",
      errors: [{ messageId: "onDuty", excerpt: "gin", severity: "error" }],
    },
    // tipsy while offering to prescribe is drunk at work, wherever the author sits
    {
      name: "tipsy and offering to sort out a prescription",
      text: "Need antibiotics and can't get an appointment? I can sort you out with some tonight. Bit merry after the quiz but still fine to type 🍷",
      errors: [{ messageId: "onDuty", excerpt: "Bit merry", severity: "error" }],
    },
    {
      name: "a hangover with the day off said in the next sentence is info (dev2 false alarm)",
      text: "Worst hangover of my life. Day off, thank goodness, and the sofa is mine 🥴",
      errors: [{ messageId: "intoxicated", excerpt: "hangover", severity: "info" }],
    },
    {
      name: "a hangover, the ward round said next",
      text: "Worst hangover of my life. Ward round starts in ten minutes 🥴",
      errors: [{ messageId: "onDuty", excerpt: "hangover", severity: "error" }],
    },
    {
      name: "a hangover with no day off is a warning",
      text: "Worst hangover of my life. Never drinking tequila again 🥴",
      errors: [{ messageId: "intoxicated", excerpt: "hangover", severity: "warning" }],
    },
    {
      name: "a hangover on annual leave, said the sentence before, is info",
      text: "Annual leave starts today. Hangover is real and the sofa is calling 🥴",
      errors: [{ messageId: "intoxicated", excerpt: "Hangover", severity: "info" }],
    },
    {
      name: "prosecco for the rest of the shift",
      text: "Prosecco for the rest of the shift, don't tell matron 🥂",
      errors: [{ messageId: "onDuty", excerpt: "Prosecco", severity: "error" }],
    },
    {
      name: "cocktails at lunch, then called in for a night shift",
      text: "Three cocktails at lunch, then called in for a night shift 🍸",
      errors: [{ messageId: "onDuty", excerpt: "cocktails", severity: "error" }],
    },
    {
      name: "drinks at lunch and 'I'm on at' the afternoon",
      text: "Two glasses of wine at lunch and I'm on at 2 in minors 👀",
      errors: [{ messageId: "onDuty", excerpt: "glasses of wine", severity: "error" }],
    },
    {
      name: "the room still spinning with a shift starting",
      text: "The room is still spinning and I'm on at 7 on the assessment unit.",
      errors: [{ messageId: "onDuty", excerpt: "room is still spinning", severity: "error" }],
    },
    {
      name: "the drink still tasted, at work now",
      text: "On the ward now and I can still taste last night's rum 🥴",
      errors: [{ messageId: "onDuty", excerpt: "rum", severity: "error" }],
    },
    {
      name: "slang spirits to get through a shift",
      text: "Couple of voddies in the locker room to get through this shift 😉",
      errors: [{ messageId: "onDuty", excerpt: "voddies", severity: "error" }],
    },
    {
      name: "a hangover on a day off is noted, not flagged",
      text: "Mild hangover on my day off after my cousin's wedding 🥂",
      errors: [{ messageId: "intoxicated", excerpt: "hangover", severity: "info" }],
    },
    {
      name: "the drink still tasted, no work named",
      text: "Can still taste the tequila from last night 🥴",
      errors: [{ messageId: "intoxicatedMaybe", excerpt: "taste the tequila", severity: "warning" }],
    },
    {
      name: "a drink accepted on call",
      text: "Prosecco? Yes please, on call but who cares 🥂",
      errors: [{ messageId: "onDuty", excerpt: "Prosecco", severity: "error" }],
    },
    {
      name: "the author's own slip, said with a reminder word",
      text: "Reminder to self: I had one drink too many before my on-call shift.",
      errors: [{ messageId: "onDuty", excerpt: "one drink too many", severity: "error" }],
    },
    {
      name: "on call from home, then most of a bottle two sentences later, is drinking on call",
      text: "On call from home tonight, kids asleep by eight. Opened a bottle of wine and finished most of it by ten. Then the hospital rang and I drove in for a sick child.",
      errors: [{ messageId: "onDuty", severity: "error", excerpt: "bottle of wine" }],
    },
    {
      name: "doing the drug round tipsy is intoxication at work, however mild the word",
      text: "Did the evening drug round slightly tipsy after Sue's leaving lunch, nobody noticed.",
      errors: [{ messageId: "onDuty", severity: "error", excerpt: "tipsy" }],
    },
    {
      name: "a new clause after 'but' is asserted, whatever 'rather ... than' came before",
      text: "Honestly I'd rather be at home than on nights, but here I am on the ward after three pints 🍺",
      errors: [{ messageId: "onDuty", excerpt: "pints", severity: "error" }],
    },
    {
      name: "'if anyone asks' does not make the author's own state advice",
      text: "If anyone asks, I was drunk on the ward round this morning and nobody noticed 😂",
      errors: [{ messageId: "onDuty", excerpt: "drunk", severity: "error" }],
    },
    {
      name: "still drunk, with tonight's shift named in the sentence before",
      text: "Long day shift tonight after my brother's stag do. Definitely still drunk 🙃",
      errors: [{ messageId: "onDuty", excerpt: "still drunk", severity: "error" }],
    },
    {
      name: "a glass in hand while on call",
      text: "On call from home and on my second glass of red, fingers crossed the phone stays quiet",
      errors: [{ messageId: "onDuty", excerpt: "glass of red", severity: "error" }],
    },
    {
      name: "binge-sized count of drinks, off duty: a warning",
      text: "Eight pints deep at the rugby club and someone wants a photo for the department newsletter 😂",
      errors: [{ messageId: "intoxicated", excerpt: "pints", severity: "warning" }],
    },
    {
      name: "blackout memory with drink around",
      text: "Started with prosecco at the leaving do. Can't remember getting home 🥴",
      errors: [{ messageId: "intoxicatedMaybe", excerpt: "Can't remember getting home", severity: "warning" }, { messageId: "drinking", excerpt: "prosecco", severity: "info" }],
    },
    {
      name: "drinking then called in",
      text: "Got called in at midnight after a bottle of wine with dinner. Short staffed, had to go.",
      errors: [{ messageId: "onDuty", excerpt: "bottle of wine", severity: "error" }],
    },
    {
      name: "G&Ts on call",
      text: "On call this weekend and already two G&Ts into the barbecue 🤷",
      errors: [{ messageId: "onDuty", excerpt: "G&Ts", severity: "error" }],
    },
    {
      text: "Absolutely hammered at the doctors' mess party 🍻🍻",
      errors: [{ messageId: "intoxicated", excerpt: "hammered", severity: "warning" }, { messageId: "drinking", excerpt: "doctors' mess party", severity: "info" }],
    },
    {
      text: "Couple of cheeky pints before my night shift, don't tell the boss 🤫",
      errors: [{ messageId: "onDuty", excerpt: "cheeky pints", severity: "error" }],
    },
    {
      text: "Still drunk on the ward round lol",
      errors: [{ messageId: "onDuty", excerpt: "Still drunk", severity: "error" }],
    },
    {
      text: "Hungover on call is a special kind of hell 🤢",
      errors: [{ messageId: "onDuty", excerpt: "Hungover on call", severity: "error" }],
    },
    {
      name: "UK slang",
      text: "Absolutely bladdered last night, can't remember getting home 🙈",
      errors: [{ messageId: "intoxicated", excerpt: "bladdered", severity: "warning" }],
    },
    {
      name: "pissed with drink context",
      text: "Pissed after six pints at the leaving do 🍺",
      errors: [{ messageId: "intoxicatedMaybe", excerpt: "Pissed", severity: "warning" }, { messageId: "drinking", excerpt: "pints", severity: "info" }],
    },
    {
      name: "colleague",
      text: "Our reg was trollied at the Christmas party 😂",
      errors: [{ messageId: "intoxicated", excerpt: "trollied", severity: "warning" }],
    },
    {
      name: "drinking at work",
      text: "Cheeky prosecco on shift for Sarah's birthday 🥂",
      errors: [{ messageId: "onDuty", excerpt: "prosecco", severity: "error" }],
    },
    {
      name: "hungover in clinic",
      text: "hungover AF doing a clinic list of 28. if i vom in the sink you'll know why",
      errors: [{ messageId: "onDuty", excerpt: "hungover", severity: "error" }],
    },
    {
      name: "over the limit and driving in",
      text: "Pretty sure I'm still over the limit. Drove in anyway. First patient at 8.30 ☕",
      errors: [{ messageId: "onDuty", excerpt: "still over the limit", severity: "error" }],
    },
    // generalisation pass (dev3): built work sessions, occasions that settle a word, drug highs at work,
    // hiding drink on the breath
    {
      name: "wine at lunch to get through an afternoon list",
      text: "Three glasses of wine at lunch to get through the afternoon list 🍷",
      errors: [{ messageId: "onDuty", excerpt: "glasses of wine", severity: "error" }],
    },
    {
      name: "prosecco before a clock-time start",
      text: "Prosecco before my 1pm start at the practice, living the dream",
      errors: [{ messageId: "onDuty", excerpt: "Prosecco", severity: "error" }],
    },
    {
      name: "gin on the breath and a morning list",
      text: "Still reeking of gin from last night and I'm on the 9am endoscopy list 😬",
      errors: [{ messageId: "onDuty", excerpt: "gin", severity: "error" }],
    },
    {
      name: "an occasion settles an ambiguous word",
      text: "Legless at the leaving do, woke up on the sofa in the doctors' mess",
      errors: [{ messageId: "intoxicated", excerpt: "Legless", severity: "warning" }],
    },
    {
      name: "high on the drug round",
      text: "Did the 2am drug round stoned, nobody clocked it",
      errors: [{ messageId: "highOnDuty", excerpt: "stoned", severity: "error" }],
    },
    {
      name: "counted doses then straight into a list",
      text: "A few lines at the club then straight into the 8am list",
      errors: [{ messageId: "highOnDuty", excerpt: "few lines", severity: "error" }],
    },
    {
      name: "drunk off duty, a negated shift",
      text: "Can't see straight after the hospital ball, thank god I'm not on call",
      errors: [{ messageId: "intoxicatedMaybe", excerpt: "Can't see straight", severity: "warning" }],
    },
    {
      name: "hiding drink on the breath before the ward round",
      text: "Mouthwash and chewing gum before the ward round 🍺🤐",
      errors: [{ messageId: "onDuty", excerpt: "Mouthwash", severity: "error" }],
    },
    {
      name: "no memory and first on call",
      text: "Woke up with no memory of getting home and I'm first on call from 8 😬",
      errors: [{ messageId: "onDuty", excerpt: "Woke up with no memory", severity: "error" }],
    },
    {
      name: "paralytic at a ball, on call in the morning",
      text: "Paralytic at the summer ball, then on call at 8am",
      errors: [{ messageId: "onDuty", excerpt: "Paralytic", severity: "error" }],
    },
    {
      name: "still feeling a rave on the ward round",
      text: "Still wired from the rave and now doing the ward round 😵",
      errors: [{ messageId: "highOnDuty", excerpt: "wired from the rave", severity: "error" }],
    },
    // generalisation pass (dev4/dev5): drink tied to work without the listed duty words
    {
      name: "a hangover in one sentence and today's clinic in the next",
      text: "Worst hangover of my life. Glad it's outpatients and not the ward today, I can't focus on anything 🤢",
      errors: [{ messageId: "onDuty", excerpt: "hangover", severity: "error" }],
    },
    {
      name: "smelling of last night's drink during a work session",
      text: "Pretty sure I still reek of last night's rum on the morning ward round, nobody said anything",
      errors: [{ messageId: "onDuty", excerpt: "rum", severity: "error" }],
    },
    {
      name: "a bottle of wine in the day before a night shift the same day",
      text: "Breakfast after nights is a bottle of white, no regrets. Back in for night 3 at 9pm 🍷",
      errors: [{ messageId: "onDuty", excerpt: "bottle of white", severity: "error" }],
    },
    {
      name: "cans in the car before a shift",
      text: "Couple of cans in the car park before my late shift, the only way I cope 🍺",
      errors: [{ messageId: "onDuty", excerpt: "Couple of cans", severity: "error" }],
    },
    {
      name: "a hip flask on home visits",
      text: "Six home visits in the rain today and the hip flask is the only thing getting me round 🥃",
      errors: [{ messageId: "onDuty", excerpt: "hip flask", severity: "error" }],
    },
    {
      name: "still high from the night before while on triage",
      text: "ngl still high from last night and I'm on triage till 8 🌿",
      errors: [{ messageId: "highOnDuty", excerpt: "still high", severity: "error" }],
    },
    {
      name: "bottles of wine deep is a binge",
      text: "Two bottles of rosé deep on my day off and singing to the neighbours 🍷🍷",
      errors: [{ messageId: "intoxicated", excerpt: "bottles of rosé", severity: "warning" }],
    },
    {
      name: "a work session this morning straight after a drinking occasion, with drink emoji",
      text: "Theatre list this morning straight after the Christmas party. Hands are surprisingly steady 🍻🍻",
      errors: [{ messageId: "onDuty", excerpt: "Christmas party", severity: "error" }],
    },
    {
      name: "a list this morning after a stag do (a private occasion, but the work is now)",
      text: "Morning list today after my brother's stag do. Scalpel hand is 'fine' 🍺",
      errors: [{ messageId: "onDuty", excerpt: "stag do", severity: "error" }],
    },
    {
      name: "a drug taken right before a shift (a use, then the work in the same sentence)",
      text: "Quick bump of ket before my night shift, honestly the best I've felt on nights",
      errors: [{ messageId: "highOnDuty", excerpt: "bump of ket", severity: "error" }],
    },
    {
      name: "pinging on ecstasy then straight into a clinic named by its day",
      text: "Pinged on a pill at the warehouse party then straight into the Monday fracture clinic 🙃",
      errors: [{ messageId: "highOnDuty", excerpt: "Pinged on a pill", severity: "error" }],
    },
    {
      name: "a counted dose and a shift named by its length",
      text: "A couple of lines of gear and the 12-hour shift just disappeared ❄️",
      errors: [{ messageId: "highOnDuty", excerpt: "couple of lines of gear", severity: "error" }],
    },
    {
      name: "still high from a festival and 'made it into' work",
      text: "Still wired after the rave 🍄 but made it into clinic somehow",
      errors: [{ messageId: "highOnDuty", excerpt: "wired after the rave", severity: "error" }],
    },
    {
      name: "a dram in a drink to get through the rest of this shift",
      text: "Wee dram in my tea to see me through the rest of this shift 🤫",
      errors: [{ messageId: "onDuty", excerpt: "Wee dram", severity: "error" }],
    },
    {
      name: "a nip of spirits during this night shift",
      text: "Nip of brandy in the hot chocolate, this night shift is dragging",
      errors: [{ messageId: "onDuty", excerpt: "Nip of brandy", severity: "error" }],
    },
    {
      name: "'got' a state: becoming drunk at a party",
      text: "Got so wrecked at the summer ball I lost both shoes",
      errors: [{ messageId: "intoxicated", excerpt: "wrecked", severity: "warning" }],
    },
    {
      name: "a degree word, even with swearing between, makes 'mortal' drunk",
      text: "Absolutely bloody mortal at the leaving do, no regrets",
      errors: [{ messageId: "intoxicated", excerpt: "mortal", severity: "warning" }],
    },
    {
      name: "a masked drunk word with work the same morning",
      text: "Still p*ssed from the leaving do and the fracture clinic starts at 9",
      errors: [{ messageId: "onDuty", excerpt: "p*ssed", severity: "error" }],
    },
    {
      name: "'pissed at' a clock time is drunk, not angry",
      text: "Absolutely pissed at 6am and the ward round is at 8",
      errors: [{ messageId: "onDuty", excerpt: "pissed", severity: "error" }],
    },
    {
      name: "on call today after a leaving do, with a drink emoji",
      text: "On call today after Dave's leaving do, pray for my patients 🍸",
      errors: [{ messageId: "onDuty", excerpt: "leaving do", severity: "error" }],
    },
  ],
});
