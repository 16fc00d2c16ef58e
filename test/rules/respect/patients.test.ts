import rule from "../../../src/engine/rules/respect/patients";
import { ruleTester } from "../../support/rule-tester";

// GMP 65 and social media ¶5: conduct online must justify patients' trust. Mocking patients, with or
// without slang, is on the GMC adviser's seriousness table.
ruleTester(rule, {
  valid: [
    // a complaint in quotes beside a repeat visit mocks a repeat attender, unless the post turns on the doubt
    { name: "a repeat attender's quoted complaint that proved real, told as a lesson, passes", text: "Patient back again with 'chest pain' and it turned out to be an MI. Never dismiss the regulars." },
    { name: "a colleague's repeated quoted request is not a patient's complaint", text: "Our reg sent the same 'quick question' bleep again at 3am" },
    { name: "a quoted place name with a repeat word passes", text: "Another stunning sunset from the 'back office' again tonight" },
    // a label others used, quoted with the author's discomfort or regret, is weighed, not used
    { name: "a label a speaker used, quoted with the author cringing, passes", text: "At a study day a speaker called a patient a 'heartsink'. I cringed. These are people we keep letting down." },
    { name: "a label the author's old team used, quoted with regret, passes", text: "Early in my career we referred to some patients as 'heartsinks'. I regret that now; they were people we had failed." },
    // a quoted saying as a label for staff or supporters, not patients
    { name: "the 'wash your hands' brigade of infection control praised", text: "The 'wash your hands' brigade on the infection control team saved lives this winter." },
    { name: "a cheering crowd at a fun run", text: "Loved the 'we can do this' crowd at the hospital fun run today" },
    // a script that is a talk's, with a stock phrase or a critique of the label
    { name: "a podcast script about adrenaline junkies", text: "Wrote the script for our episode on adrenaline junkies and extreme sport injuries" },
    { name: "a script critiquing the label", text: "Script writing day for the podcast: why we say 'people who use drugs', not junkies." },
    // the acronym in its clinical sense, spelled out as such
    { name: "PFO spelled out as patent foramen ovale", text: "Bubble study today confirmed a PFO (patent foramen ovale) in a young stroke patient. Closure discussed." },
    { name: "PFO in a cardiology teaching post", text: "Teaching: a PFO is present in about a quarter of adults and is usually harmless." },
    // a language held against a colleague is not contempt for patients, even with a patient in the sentence
    { name: "an agency nurse who couldn't say a word in English, patients noticing", text: "The agency nurse who covered nights couldn't say a word in English and every patient on the bay noticed." },
    // a critique close to the frame keeps it a critique
    { name: "we shouldn't sneer at patients who can't speak English", text: "In clinic we shouldn't sneer at patients who can't say a word in English; book the interpreter." },
    // tune5-stereo: discrimination's veiled groups and group frames, when the group is not patients
    { name: "a veiled group that owns businesses names no patients", text: "Funny how the dental chains round here are all run by the same... community. Follow the money." },
    { name: "a group of staff refused care is not a group of patients", text: "Sorry but I don't want a gay male nurse washing my nan, and I won't pretend otherwise." },
    { name: "epidemiology of a class of patients, with a care word", text: "Older patients with UTIs often present with confusion rather than dysuria, so dip the urine before blaming dementia." },
    { name: "a stereotype rebutted on the ward", text: "No, patients from Eastern Europe are not 'all the same' on my ward; every one of them has their own story." },
    // tune5-respect2: a threat reported, an outcome, a colleague threatened, a kind wish (look-alikes of a patient menaced)
    { name: "a patient's threat reported and escalated", text: "A patient told me 'I know where you live' on the ward today. Datix done, security informed." },
    { name: "'you'll be a patient here yourself' as advice to rest", text: "Push through this shift and you'll be a patient here yourself, so please take your breaks." },
    { name: "a colleague menaced is respect/colleagues'", text: "The reg on the ward who reported me: I know where you live 🙂" },
    { name: "'patient experience' names a field of work; the manager's excuse is respect/colleagues'", text: "Nothing says patient experience like our practice manager going 'sick' the week of the inspection 🙃" },
    { name: "a lead's scare-quoted illness beside a 'patient safety' audit", text: "Love how our clinical lead was suddenly 'unwell' the day the patient safety audit landed 🙃" },
    { name: "a group of nurses generalised over is respect/colleagues'", text: "International nurses are sweet but honestly half of them can't understand a word the patients say 🙄" },
    { name: "the people the author works with are colleagues", text: "Working with a load of men in theatre is like babysitting, no wonder nothing gets done 😂" },
    // tune5-respect2: replies to reviews that thank, apologise, or own the fault; advice with "maybe try"
    { name: "thanks for a five-star review with a laugh", text: "Thank you for the lovely 5 star review, bless you 😂 we loved seeing you!" },
    { name: "a one-star reply that apologises and offers a private channel", text: "We're sorry you had a 1 star experience. Please contact our practice manager so we can look into your concerns." },
    { name: "a one-star review the author agrees with", text: "Got a 1 star review today for the wait. Honestly fair, the clinic ran 90 minutes late 🙃 we're fixing the rota." },
    { name: "'maybe try' as advice to any reader", text: "Maybe try the walk-in centre if you can't get a GP appointment, they're open till 8." },
    { name: "'gotta love the patients' with a heart, after a kindness", text: "Gotta love the patients on our ward, they baked the whole team a cake today 😂❤️" },
    { name: "'gotta love the new rota' is about a thing", text: "Gotta love the new rota, three weekends in a row 🙃" },
    { name: "the author the whiniest colleague, laughing at themselves", text: "I'm the whiniest colleague on the ward when the coffee runs out, sorry team 😂" },
    { name: "'the moaniest one on nights? Definitely me'", text: "Which of us is the moaniest one on nights? Definitely me 😂" },
    { name: "'I'd happily leave my own phone' has a thing as its object", text: "I'd happily leave my own phone at home if the patients' relatives could reach the ward by landline." },
    { name: "'I'd happily let you choose' offers patients a choice", text: "Patients: I'd happily let you choose your appointment time online if the system allowed it." },
    { name: "'leave them to it' lets patients get on", text: "Our patients are lovely, I'd happily leave them to it in the garden on a sunny day." },
    { name: "a denial: 'I'd never happily leave a patient waiting'", text: "I'd never happily leave a patient waiting on a trolley; it breaks my heart every shift." },
    { name: "a kind wish for a patient's next appointment", text: "Hope your next clinic appointment goes smoothly, you were lovely today." },
    // tune5: care treated as a shop, and the people's own name in scare quotes: look-alikes
    { name: "the author treats their own clinic like a spa", text: "I treat my Sunday clinic like a spa day: candles, tea, and nobody in a hurry 😌" },
    { name: "the service run like a supermarket: a policy point", text: "Patients deserve a health service that isn't run like a supermarket." },
    { name: "animals as 'patients' at a vet surgery", text: "Our 'patients' at the vet surgery today were two guinea pigs and a very cross tortoise 🐢" },
    { name: "the word 'patients' discussed", text: "We call them 'patients', not 'customers', because the relationship is about care, not sales." },
    // tune5 (dev10/dev11): a denial of all of them, the author's own inability, an animal shown to the reader
    { name: "'not one of them was a timewaster' denies the label", text: "Saw 30 patients in clinic today. Not one of them was a timewaster, whatever the papers say." },
    { name: "'not a single one... was a timewaster'", text: "Not a single one of the frequent attenders I met this year was a timewaster. They were lonely." },
    { name: "the practice's own inability, 'let alone'", text: "We can't discuss a patient's care online, let alone confirm they were seen." },
    { name: "the author's own bad cannulation day, 'let alone'", text: "I couldn't cannulate a thing today, let alone the tricky ones. Off to practise." },
    { name: "sheep in a field shown to the reader", text: "Here's the sheep in the field behind our practice, happier than any of us 🐑" },
    { name: "the practice dog introduced", text: "Meet the practice dog, our unofficial wellbeing lead 🐶" },
    // long-post round (dev9): a post that sets out to retire a term repeats it
    { name: "a quoted term dropped, then repeated bare two sentences on", text: "Time we dropped the label \"bed blocker\". It was everywhere when I trained. Nobody chooses to wait three weeks for a care package. Calling an older man a bed blocker hides the social care crisis behind him." },
    { name: "a term the writer stopped saying, explained later in the post", text: "I want us to stop saying 'frequent flyer' on handover. I said it for years. A frequent flyer is usually someone whose needs we have not met yet." },
    // inviting stories about patients: kind superlatives, a serious question, no laugh
    { name: "the kindest thing a patient said, with a laugh", text: "What's the kindest thing a patient has ever said to you? Mine called me her guardian angel 😂❤️" },
    { name: "the worst thing a patient told you about their care, to improve it", text: "What's the worst thing a patient has told you about waiting for results? Gathering examples for our service redesign." },
    // swear nouns said of patients: denied, or a swear word not aimed at them
    { name: "patients are not arseholes, they are frightened", text: "Patients who shout at reception aren't arseholes, most of them are frightened and in pain." },
    { name: "relatives praised with a mild swear", text: "Relatives on our ward were bloody brilliant today, brought biscuits for the whole team." },
    // call-outs of patients: a thank-you, a colleague called out (respect/colleagues'), no irony
    { name: "patients thanked with a call-out", text: "To the families on the unit who never once complained about the wait this week: you know who you are 🙏" },
    { name: "a call-out of patients without irony, just a plea", text: "Some people booked flu jabs and didn't come. You know who you are. Please cancel if you can't make it so someone else can have the slot." },
    // scare-quoted labels and eye-rolled quotes: the label used plainly, a patient's kind words quoted, quotes in a teaching post, a service's name
    { name: "a patient's kind words quoted with a smile", text: "Things patients say that make the job worth it: \"you made me feel like a person again\" 🥹" },
    { name: "wheelchair users named plainly, with a laugh at the author's own parking", text: "Some of our wheelchair users gave me a lesson in ramp etiquette today 😂 I'll never park badly again." },
    { name: "a service's name in quotes", text: "Our \"Expert Patients\" programme starts again in May, come along 😊" },
    { name: "a word about the weather in quotes, with a laugh", text: "Our \"summer\" barbecue for the ward team got rained off again 😂" },
    { name: "a simulated patient praised for his acting is not accused of faking", text: "Just sat my first OSCE as an international medical graduate. The simulated patient was an actor called Brian who deserves an Oscar for his renal colic." },
    { name: "slang the author challenged is mentioned, not used", text: "Someone called a patient a 'frequent flyer' at handover today. I called it out, kindly, and we talked about why people keep coming back." },
    { name: "a stereotype named as a myth to retire", text: "The 'time waster' in ED is a myth we should retire: most people come because they are scared." },
    // open letters: thanks to a family, a telling-off of someone who is not described as cared for
    { name: "an open letter of thanks to a family", text: "To the family in bay 4 who brought the night staff pizza: you made our whole shift. Thank you!" },
    { name: "an open letter to a man who shouted at the receptionist", text: "To the man who shouted at our receptionist this morning: she was doing her job. Grow up." },
    { name: "a patient's joke about the food, laughed with", text: "Patient in bay 3 says 'the food here is better than my wife's cooking' 😂🙄 don't tell her" },
    // dev4/dev5 round 3: the new mechanisms' tempting neighbours (a teaching scenario, a quoted compliment, the author's own surgery, a plea for beds)
    { name: "a quoted pain score in a communication-skills scenario", text: "Communication skills session today: when a patient tells you their pain is '10 out of 10', an eye-roll 🙄 is exactly the wrong reaction. Ask what it means for them." },
    { name: "a quoted compliment with a self-deprecating eye-roll", text: "A patient told me 'you're the best doctor I've ever had' 🙄 clearly she hasn't met my reg" },
    { name: "the author's own bariatric surgery", text: "Bariatric surgery saved my life: 60kg down and off insulin 🐘➡️🦋" },
    // dev4/dev5 round 3: warm endearments in care advice; sass emoji off duty
    { name: "a warm endearment in care advice", text: "Rest up, keep sipping fluids and take your antibiotics, hun ❤️ the surgery will ring you Monday" },
    { name: "a sassy emoji on a night out", text: "Off to the pub with the girls after my last night shift, see you there babe 💅" },
    // dev4/dev5 round 2: quoted symptoms in advice and in a relative's story; a condition in quotes named kindly; titles before real surnames
    { name: "a relative's quoted back pain with an eye-roll at the waiting list", text: "My mum was told her 'back pain' would wait 18 months for physio 🙄 #NHS" },
    { name: "a symptom quoted in a teaching tip", text: "Teaching tip: when a patient says 'chest pain for three weeks', ask what changed today. Nothing says more than the history." },
    { name: "a patient with long COVID quoted kindly", text: "Every 'long COVID' patient I see in clinic has been let down by the system. We can do so much better." },
    { name: "a surname that is also a body word", text: "Mrs Bottom in bay 2 is doing brilliantly after her hip, home tomorrow 🙂" },
    // dev4/dev5 round: a patient's words in quotes shared warmly, rights of patients, large-animal emoji away from weight, critique by a preferred alternative
    { name: "a child's quoted words shared with a laugh and a heart", text: "A little girl in clinic told me my stethoscope is a 'heart phone' 😂❤️ best job in the world" },
    { name: "a patient's thanks quoted", text: "Lovely card from a patient on ward 9 today: 'the nurses were angels to my mum' 🙏" },
    { name: "a quoted system term with an eye-roll at the system", text: "Told my patient her MRI is 'routine', which currently means a 40 week wait 🙄 #NHS" },
    { name: "patients entitled to an interpreter: a right, not a judgement", text: "Patients on this ward are entitled to a chaperone for any intimate examination. Offer one every time." },
    { name: "refugees entitled to GP registration", text: "Refugees are entitled to register with a GP, whatever the receptionist says. No proof of address needed." },
    { name: "whale watching on leave, the bariatric list in another sentence", text: "Whale watching off Mull on my week off 🐋. Back to the bariatric surgery list on Monday." },
    { name: "new bariatric equipment celebrated", text: "Our new bariatric beds and hoists have arrived in bay 3 🎉 thank you to the League of Friends for fundraising" },
    { name: "a slang term rejected by a preferred alternative", text: "'Frequent flyers'? I'd rather say 'people our services haven't helped yet'. Talk at the ED teaching day on Thursday." },
    // generalisation pass: the same words used innocently (a thing, the author, kindness, a task, negation, quotation, reported speech)
    { name: "praise for a patient in a named bed", text: "The patient in bed 4 was so brave today. Took her first steps after the stroke ❤️" },
    { name: "frequent attenders discussed with compassion", text: "Frequent attenders often have unmet needs: housing, loneliness, pain. A care plan helped ours halve their visits." },
    { name: "people who come to A&E reassured", text: "People who come to A&E with chest pain should never feel they're wasting our time. Come in." },
    { name: "'another one who...' as a public-health warning", text: "Another one who waited too long with sepsis symptoms. Please, if you feel this unwell, call 999." },
    { name: "public-health advice to smokers", text: "Smokers: it's never too late to quit. Your lungs start to recover within weeks." },
    { name: "'our drunks' said with care", text: "Our drunks and our addicts are still our patients. They deserve the same care. #EDlife" },
    { name: "a smell that is not a person's", text: "The smell of the new coffee machine in the staff room is glorious ☕" },
    { name: "the author calling themselves stupid", text: "I was so stupid to forget my stethoscope on nights again 🤦‍♀️" },
    { name: "sincere 'bless him' with a tender emoji", text: "Bless him, the little boy in bay 2 made me a card with a crayon dinosaur on it 🥹" },
    { name: "dementia described with compassion", text: "Dementia is a cruel disease. Seeing a proud man so confused breaks my heart." },
    { name: "bariatric equipment, not bariatric patients", text: "Bariatric patients need the right equipment: our new wider trolleys arrived today and they make such a difference." },
    { name: "'stupid' said of a rota", text: "Stupid rota has me on nights over Christmas again 🙄" },
    { name: "'genius' said of a colleague's idea", text: "Genius idea from our HCA: labelled water jugs so patients can see how much they've drunk. Brilliant." },
    { name: "weighing patients as a teaching point", text: "Always weigh the patient rather than guess: weight-based doses go wrong when we estimate." },
    { name: "'a nightmare to cannulate' describes a task", text: "The patient in 7 was a nightmare to cannulate: tiny rolling veins. Ultrasound saved the day." },
    { name: "'aren't lazy': a negated judgement", text: "Patients who miss appointments aren't lazy. Often they can't afford the bus. Ask before you judge." },
    { name: "slang quoted to reject it", text: "A reminder that 'frequent flyer', 'bed blocker' and 'acopia' dehumanise the people we look after." },
    { name: "a relative's words about the ward reported", text: "My patient's daughter said the ward 'smelled disgusting'. She was right: a sluice was broken. Datix done." },
    { name: "a patient's insult reported, self-deprecation", text: "The gentleman in bay 3 told me I was useless. Fair, I couldn't get his cannula in 😂" },
    { name: "regular attenders thanked", text: "Our regulars at the homeless outreach clinic brought cake for the nurses today 🎂" },
    { name: "'lazy Sunday'", text: "Lazy Sunday after four nights. Bliss." },
    { name: "a colleague's slur quoted and challenged", text: "Heard a consultant call a patient 'a waste of a bed' on rounds. Not OK. Spoke to him afterwards." },
    { name: "drunk lads praised", text: "The drunk lads from the stag do were actually really polite and thanked everyone 😂" },
    { name: "teaching on a loaded word", text: "Teaching today on why 'non-compliant' is a loaded word: patients who don't take meds usually have reasons." },
    { name: "'patients aren't stupid'", text: "Patients aren't stupid. Explain the risks properly and they make good decisions." },
    { name: "'in stitches' with a patient, fondly", text: "The bloke in cubicle 4 had us all in stitches with his stories about the war. What a character ❤️" },
    { name: "'patients are amazing'", text: "Another one for the 'patients are amazing' file: 94yo lady walked out of ortho clinic on her new hip 🥳" },
    { name: "'vile' said of the weather", text: "Vile weather for the ambulance crews tonight. Stay safe out there 🌧️" },
    { name: "the author's nan, fondly", text: "My nan is the size of a pea and still bosses the whole family about 😂" },
    { name: "The dementia patients on ward 3 loved the singing group today, even...", text: "The dementia patients on ward 3 loved the singing group today, even the quietest ones joined in ❤️" },
    { name: "A patient in majors with a broken ankle walked in on it for two day...", text: "A patient in majors with a broken ankle walked in on it for two days. Please get injuries checked!" },
    { name: "Frequent callers to 111 often need social support more than medicin...", text: "Frequent callers to 111 often need social support more than medicine. We should fund that." },
    { name: "Bay 4 are all recovering well after their hip replacements, proud o...", text: "Bay 4 are all recovering well after their hip replacements, proud of the team." },
    { name: "The gentleman in side room 2 is a retired miner with the best stori...", text: "The gentleman in side room 2 is a retired miner with the best stories ❤️" },
    { name: "At 20 stone he was breathless, so we started with a sleep study and...", text: "At 20 stone he was breathless, so we started with a sleep study and weight support referral." },
    { name: "Cubicle 3 is the kindest patient I've had all year, brought the nur...", text: "Cubicle 3 is the kindest patient I've had all year, brought the nurses flowers." },
    { name: "Another patient with a 6 week cough: remember to think about TB and...", text: "Another patient with a 6 week cough: remember to think about TB and lung cancer." },
    { name: "She said she was allergic to penicillin, so we checked the records ...", text: "She said she was allergic to penicillin, so we checked the records and gave clarithromycin." },
    { name: "Some patients have zero access to transport, so we run a clinic in ...", text: "Some patients have zero access to transport, so we run a clinic in the village hall." },
    { name: "The guy in bay 2 was the bravest man I've met, walked again after 3...", text: "The guy in bay 2 was the bravest man I've met, walked again after 3 months 💪" },
    { name: "Our regulars at the dialysis unit are like family to us ❤️", text: "Our regulars at the dialysis unit are like family to us ❤️" },
    { name: "A drunk man in majors was actually really grateful, came back to sa...", text: "A drunk man in majors was actually really grateful, came back to say thanks." },
    { name: "Cubicle 1 needs a deep clean after a norovirus case, please use PPE.", text: "Cubicle 1 needs a deep clean after a norovirus case, please use PPE." },
    { name: "Frail elderly patients deserve a proper social care system, not cor...", text: "Frail elderly patients deserve a proper social care system, not corridors." },
    { name: "Patients are always right about their own symptoms. Listen to them.", text: "Patients are always right about their own symptoms. Listen to them." },
    { name: "Lady in 6 asked for the doctor and I was glad to explain everything.", text: "Lady in 6 asked for the doctor and I was glad to explain everything." },
    { name: "Mate in resus made a full recovery, lovely to see him off the ward.", text: "Mate in resus made a full recovery, lovely to see him off the ward." },
    // generalisation pass: more hard benign posts with the same words
    "The patient in bay 3 is so lovely, she knitted me a scarf ❤️",
    "Frequent attenders are often lonely. We set up a befriending service and it's working.",
    "Our F1 is a star. Calm under pressure and kind to every patient.",
    "Honestly, the patients on ward 4 are the best part of my job.",
    "The patient is a retired teacher and asked brilliant questions about her diagnosis.",
    "Patients who feel like a burden often delay calling for help. Please call us.",
    "He was so scared, bless him. We held his hand through the whole procedure 💙",
    "Imagine being a patient and waiting 14 hours on a trolley. We have to fix this.",
    "The smell of toast on the ward at 6am is the best thing about nights 🍞",
    "The bariatric bed arrived, finally. Dignity matters.",
    "Drunk patients can be vulnerable; always check for head injuries.",
    "A patient told me I was a disgrace for making her wait. I understand her frustration.",
    "My kids are feral after the holidays 😂 back to school tomorrow, thank god",
    "Our dog is so dumb, he chased his tail for ten minutes 😂",
    "My husband is useless at assembling furniture, bless him 😂",
    "Thick fog on the M6 this morning, drive safe everyone.",
    "The secretions were thick and green; sent a sputum sample.",
    "Dense consolidation in the right lower lobe on the CXR. Classic.",
    "The anaesthetist was so helpful, talked the patient through every step.",
    "We need to stop calling patients \"heartsink\". It says more about us than them.",
    "Why do patients always feel they have to apologise for coming in? You're never a waste of our time.",
    "Another one who survived against the odds. This job is a privilege.",
    "The man in bed 12 is a retired firefighter and the funniest patient I've met all year 😂",
    // recall round 2: benign counterparts
    { name: "ironic emoji about the author's own day", text: "Clinic ran 90 minutes late today. Lucky me 🙃 Cold coffee and a pile of letters." },
    { name: "sincere praise word", text: "Patient knitted the whole ward a set of hats. Charming lady, we'll miss her." },
    { name: "group of patients, quantifier, kind", text: "Muslim patients always appreciate a heads-up about fasting and insulin doses before Ramadan." },
    // recall round 2: benign counterparts
    { name: "a name, not the label", text: "Gomer Pyle was my favourite character growing up" },
    { name: "sincere opener without irony", text: "Love it when a patient comes back just to say thank you ❤️" },
    { name: "a comparison that praises", text: "Our registrar has the patience of a saint and the memory of an elephant ❤️" },
    { name: "a faculty described clinically, not compared", text: "The attention span of a toddler with ADHD is short; keep sessions brief." },
    { name: "a condition named respectfully", text: "Patients with fibromyalgia deserve to be believed. Pacing is hard, and it's not rocket science to listen." },
    "We need to stop calling patients 'frequent flyers'. They are people who need a different kind of help.",
    "Racked up enough frequent flyer miles for a weekend in Lisbon ✈️",
    { name: "entertainment words without patients", text: "The Christmas panto was hilarious 😂😂 thanks to everyone who dressed up" },
    { name: "fat joke about oneself", text: "Note to self: put the fork down after Christmas 😂" },
    { name: "blame phrase as gratitude", text: "Without the NHS I wouldn't be here. Thank you to the ICU team ❤️" },
    { name: "laughing at oneself", text: "The absolute state of me after four nights on call 😂" },
    { name: "a patient's choice, respected", text: "Birth plans are worth writing: they help you think about what matters to you. Ask your midwife." },
    { name: "slang quoted to teach against it", text: "Students: if you see 'acopia' in the notes, it's a label, not a diagnosis. Ask what's actually going on." },
    { name: "insult aimed at a colleague belongs to respect/colleagues", text: "To the senior reg who rolled her eyes at the patient's mum on the ward round - grow up, you absolute clown." },
    { name: "a generalisation without mockery", text: "Patients always deserve our best, even at 4am 💙" },
    // tune7: a retort of disbelief mocks a patient's claim; the author's own people, and quoted prompts refused, pass
    { name: "a flatmate's promise disbelieved", text: "my flatmate said she'd do the dishes tonight. sure jan 😂" },
    { name: "a patient's recovery, then 'sure enough'", text: "patient said she felt much better after the physio session, sure enough she walked the corridor 😂" },
    { name: "a quoted prompt to mock patients, refused", text: "quote: 'what's the funniest thing a patient ever told you'\nme: not answering that on here, i like my registration 😂" },
    { name: "patients asking for the author's number is a boundary matter", text: "patients always want my number after a shift lol" },
    { name: "a patient apologising for wasting time", text: "i don't want to waste your time, a patient told me, bless her" },
  ],
  invalid: [
    {
      name: "a repeat caller's complaint in scare quotes with an eye-roll mocks the patient",
      text: "Same bloke, same 'chest pain', fifth 999 call this month 🙄",
      errors: [{ messageId: "mocking", excerpt: "'chest pain'", severity: "error" }],
    },
    {
      name: "a quoted complaint from a regular visitor is flagged for review",
      text: "Third visit this week from the lovely lady with the 'funny turns'.",
      errors: [{ messageId: "mocking", excerpt: "'funny turns'", severity: "warning" }],
    },
    {
      name: "a label a colleague used, agreed with by the author, is still a put-down",
      text: "Registrar called bed 5 a 'frequent flyer' and honestly he is, 14 visits this year 🙄",
      errors: [{ messageId: "slang", excerpt: "frequent flyer", severity: "error" }],
    },
    {
      name: "a scare-quoted label for a regular patient with no stance against it is flagged",
      text: "our resident 'heartsink' is back again, kill me",
      errors: [{ messageId: "slangMaybe", excerpt: "heartsink", severity: "warning" }],
    },
    {
      name: "patients labelled by a saying put in their mouths, in A&E",
      text: "Night shift in A&E and the usual 'I googled my symptoms' crowd were in majors again",
      errors: [{ messageId: "mocking", excerpt: "usual 'I googled my symptoms' crowd", severity: "error" }],
    },
    {
      name: "a 'brigade' of patients on the ward round, by their request",
      text: "Ward round done, triage done, and the 'just need a sick note, doc' brigade filled every clinic slot after.",
      errors: [{ messageId: "mocking", excerpt: "the 'just need a sick note, doc' brigade", severity: "error" }],
    },
    {
      name: "people collecting prescriptions called junkies (the 'scripts' set the scene)",
      text: "Every Monday a line of junkies at reception demanding their scripts early.",
      errors: [{ messageId: "insult", excerpt: "junkies", severity: "error" }],
    },
    {
      name: "patients wanting repeat scripts called junkies",
      text: "half the junkies in town think their scripts get issued on demand",
      errors: [{ messageId: "insult", excerpt: "junkies", severity: "error" }],
    },
    {
      name: "patients said to come in 'to waste our time'",
      text: "the patients who come in at 3am to waste our time with a cough they've had for a month 🙄",
      errors: [{ messageId: "derogatory", excerpt: "to waste our time", severity: "error" }],
    },
    {
      name: "a pain score disbelieved with a laugh",
      text: "pt in bay 3 says his pain is 10/10 while eating a kebab. sure babe 💀",
      errors: [{ messageId: "derogatory", excerpt: "sure babe", severity: "error" }],
    },
    {
      name: "a relative's claim met with 'ok karen'",
      text: "relative insisted she'd read online that antibiotics cure colds. ok karen 🙄",
      errors: [{ messageId: "mocking", excerpt: "ok karen", severity: "error" }],
    },
    // an acronym spelled out beside it in its slang sense mocks the patient
    {
      name: "PFO spelled out as pissed, fell over",
      text: "Saturday night in majors: another PFO (pissed, fell over) and a man who'd lost his shoe. 😂",
      errors: [{ messageId: "slang", excerpt: "PFO", severity: "error" }],
    },
    // contempt for a group of patients by language, with a 'shouldn't' of contempt far from the frame
    {
      name: "a far-off shouldn't and antenatal patients who couldn't say a word in English",
      text: "Honestly you shouldn't be surprised anymore, but half the mums in antenatal clinic this week had been here a fortnight and couldn't say a word in English.",
      errors: [{ messageId: "stereotype", excerpt: "couldn't say a word in English", severity: "error" }],
    },
    // tune5-stereo: a class of patients generalised over through discrimination's veiled groups
    {
      name: "a culture left for the reader to name, on the ward",
      text: "Honestly, when the relatives pack out the ward like that you can guess which culture it is. Without fail.",
      errors: [{ messageId: "stereotype", excerpt: "which culture" }],
    },
    {
      name: "a people named by a place left unnamed, with a pain score",
      text: "Funny how everyone from that part of the world reports pain of 10/10 in every limb 🙃 culture, they say.",
      errors: [{ messageId: "stereotype", excerpt: "everyone from that part of the world" }],
    },
    // tune5-respect2: "gotta love the...", "don't you just love the..." ironic openers about patients, with an eye-roll
    {
      name: "'gotta love the patients who...' with a clown emoji",
      text: "Gotta love the patients who read one blog post and then lecture the pharmacist about their own antibiotics 🤡",
      errors: [{ messageId: "mocking", excerpt: "Gotta love the", severity: "error" }],
    },
    {
      name: "'don't you just love the relatives who...' with an eye-roll",
      text: "Don't you just love the relatives who ring the ward at 3am to ask why nobody has rung them 🙄",
      errors: [{ messageId: "mocking", excerpt: "Don't you just love the", severity: "error" }],
    },
    // tune5-respect2: a person ranked by how tiresome they are ("the whiniest one"), said of a patient
    {
      name: "a named patient in a bay called the whingiest",
      text: "Mr Jones in bay 3 is the whingiest patient I've had all year, buzzer every five minutes 🙄",
      errors: [{ messageId: "derogatory", excerpt: "whingiest", severity: "error" }],
    },
    {
      name: "the lady in a side room called the moaniest one on the ward",
      text: "The lady in side room 2 is the moaniest one on the ward, and that's saying something 🙄",
      errors: [{ messageId: "derogatory", excerpt: "moaniest one", severity: "error" }],
    },
    // tune5-respect2: a glad wish to leave patients without care
    {
      name: "patients the author would happily leave on a commode",
      text: "There are patients on this ward I'd happily leave on the commode until handover 🙃",
      errors: [{ messageId: "neglect", excerpt: "I'd happily leave", severity: "error" }],
    },
    {
      name: "patients one would gladly forget to ring back",
      text: "Some patients you'd gladly forget to ring back, honestly.",
      errors: [{ messageId: "neglect", excerpt: "you'd gladly forget", severity: "error" }],
    },
    // tune5-respect2: a reply that belittles the patient who criticised the practice (GMP 65)
    {
      name: "a one-star reviewer's 'emergency' scare-quoted and sent away with an eye-roll",
      text: "To whoever left us one star because the clinic ran late: you spent the whole wait on your phone and your 'emergency' was a verruca. Maybe try reading the leaflet 🙄",
      errors: [{ messageId: "mocking", excerpt: "'emergency'", severity: "error" }],
    },
    {
      name: "a two-star reviewer met with 'bit rich' and 'bless'",
      text: "Two stars because we wouldn't sign you off work for a hangover? Bit rich. Bless 🙃",
      errors: [{ messageId: "critic", excerpt: "Bless", severity: "error" }],
    },
    {
      name: "a reply to a complainant's handle mocking their word for the staff",
      text: "Replying to @kev_77: you were shouting at reception for 20 minutes, maybe don't call us 'rude' 🙃",
      errors: [{ messageId: "critic", excerpt: "'rude'", severity: "error" }],
    },
    // tune5-respect2: a threat aimed at a patient or someone met in care (GMP 65, social media ¶15)
    {
      name: "a patient who spat at staff told the author knows where they live",
      text: "To the man in bay 3 who spat at our HCA this morning: I know where you live now, it's in your notes.",
      errors: [{ messageId: "threatened", excerpt: "I know where you live", severity: "error" }],
    },
    {
      name: "an accident promised to the next drunk in a cubicle",
      text: "The next drunk who kicks off in my cubicle is getting a 'fall' on the way to X-ray 😤",
      errors: [{ messageId: "threatened", excerpt: "getting a 'fall", severity: "error" }],
    },
    {
      name: "patients said to use an ambulance like a taxi, with an eye-roll",
      text: "Half our patients use the ambulance like a taxi, then moan about the wait 🙄",
      errors: [{ messageId: "mocking", excerpt: "like a taxi", severity: "error" }],
    },
    {
      name: "patients said to treat a phone line like a takeaway",
      text: "Some patients treat the out-of-hours line like a takeaway, ordering antibiotics by phone at 2am.",
      errors: [{ messageId: "mocking", excerpt: "like a takeaway", severity: "error" }],
    },
    {
      name: "the people's own name in scare quotes, eye-rolled",
      text: "These 'patients' come to A&E for a sick note and a sandwich every Friday night 🙄",
      errors: [{ messageId: "mocking", excerpt: "'patients'", severity: "error" }],
    },
    // tune5 (dev10/dev11): the look-alikes' counterparts still flagged
    {
      name: "patients called timewasters",
      text: "Half of tonight's patients were timewasters, honestly.",
      errors: [{ messageId: "insult", excerpt: "timewasters", severity: "error" }],
    },
    {
      name: "a patient's inability mocked, 'let alone'",
      text: "That patient in bay 2 couldn't follow a simple instruction, let alone take his meds 🙄",
      errors: [{ messageId: "derogatory", excerpt: "couldn't follow a simple instruction, let alone", severity: "error" }],
    },
    {
      name: "patients called sheep",
      text: "The patients in bay 3 are sheep, follow whatever the loudest one says 🙄",
      errors: [{ messageId: "derogatory", excerpt: "sheep", severity: "error" }],
    },
    {
      name: "retiring one term does not excuse another used bare",
      text: "We should retire 'acopia' from our notes. Anyway, the frequent flyer in bay 3 is back again 🙄",
      errors: [{ messageId: "slang", excerpt: "frequent flyer", severity: "error" }],
    },
    {
      name: "slang used of a patient with no critique anywhere",
      text: "Three weeks in and the frequent flyer in cubicle 4 is back again, third time this week 🙄",
      errors: [{ messageId: "slang", excerpt: "frequent flyer", severity: "error" }],
    },
    {
      name: "asking the audience for the craziest things patients say, with a laugh, invites mockery",
      text: "Nurses of TikTok, drop the craziest thing a patient has ever asked you at 3am 🤣",
      errors: [{ messageId: "mocking", excerpt: "craziest thing a patient", severity: "warning" }],
    },
    {
      name: "the weirdest excuses relatives give, with a laughing face",
      text: "Go on then, weirdest excuses relatives have given for missing visiting? 😂 I'll start",
      errors: [{ messageId: "mocking", excerpt: "weirdest excuses relatives", severity: "warning" }],
    },
    {
      name: "a plural swear noun as the predicate of patients, however far the copula",
      text: "Relatives who turn up at 3am demanding a consultant are always going to be arseholes about parking.",
      errors: [{ messageId: "swearing", excerpt: "arseholes", severity: "error" }],
    },
    {
      name: "people who call an ambulance for a hangnail called twats",
      text: "People who call an ambulance for a hangnail are absolute twats, every single one.",
      errors: [{ messageId: "swearing", excerpt: "twats", severity: "error" }],
    },
    {
      name: "a call-out of patients after their failing, with an eye-roll, singles them out for ridicule",
      text: "Same three relatives ring the ward every hour and never listen to a word we say. You know who you are 🙄",
      errors: [{ messageId: "mocking", excerpt: "You know who you are", severity: "error" }],
    },
    {
      name: "'looking at you' after callers who never turn up, with an upside-down face",
      text: "The callers who book an emergency slot for a verruca and then don't turn up again. Looking at you 🙃",
      errors: [{ messageId: "mocking", excerpt: "Looking at you", severity: "error" }],
    },
    // scare quotes doubting the people themselves, confirmed by an ironic emoji; a patient's words quoted to be rolled at
    {
      name: "a scare-quoted label for patients with a laugh doubts their disability",
      text: "Funny how our \"mobility scooter users\" sprint for the bus the second clinic ends 😂",
      errors: [{ messageId: "mocking", excerpt: "\"mobility scooter users\"", severity: "error" }],
    },
    {
      name: "a scare-quoted 'favourite' before a caller, with an upside-down face, mocks that patient",
      text: "Our \"favourite\" caller has rung the surgery six times today about a verruca 🙃",
      errors: [{ messageId: "mocking", excerpt: "\"favourite\" caller", severity: "error" }],
    },
    {
      name: "what women in labour say, quoted and eye-rolled, mocks them",
      text: "Stuff women in labour ask me: \"can I have the epidural but still feel everything?\" 🙄 no babe",
      errors: [{ messageId: "mocking", excerpt: "\"can I have the epidural but still feel everything?\"", severity: "error" }],
    },
    // an open letter that tells off a patient about their own care
    {
      name: "an open letter telling a complainant their child's earache was not urgent: get a grip",
      text: "Dear 'Furious Parent' on our reviews page: your child's earache was triaged correctly and we were resuscitating someone. Get a grip.",
      errors: [{ messageId: "mocking", excerpt: "Get a grip", severity: "warning" }],
    },
    {
      name: "an open letter mocking a patient's 'emergency'",
      text: "To the gentleman in cubicle 2 last night: a stubbed toe is not an emergency and your swearing at the nurses won't change that. Grow up.",
      errors: [{ messageId: "mocking", excerpt: "Grow up", severity: "warning" }],
    },
    // dev4/dev5 round 3: a condescending endearment with a sassy emoji aimed at the people cared for
    {
      name: "a patient told off as 'sweetie' with an eye-roll about a sick note",
      text: "No, you cannot have a sick note for your hangover, sweetie 🙄",
      errors: [{ messageId: "mocking", excerpt: "sweetie", severity: "warning" }],
    },
    {
      name: "people in the waiting room talked down to as 'babe' with a nail-polish emoji",
      text: "If you've got time to film TikToks in the waiting room, you've got time to wait your turn for the GP, babe 💅",
      errors: [{ messageId: "mocking", excerpt: "babe", severity: "warning" }],
    },
    // dev4/dev5 round 2: a symptom claim quoted inside a sarcastic frame; a quantified class of patients with their condition doubted; a mocking title for a patient
    {
      name: "a patient's symptom claim quoted inside 'nothing says...like' with an eye-roll",
      text: "Nothing says 'crushing chest pain' like strolling into minors eating a Greggs 🙃 #nightshift",
      errors: [{ messageId: "mocking", excerpt: "'crushing chest pain'", severity: "error" }],
    },
    {
      name: "all of a class of patients with their diagnosis put in scare quotes",
      text: "Funny how all these 'fibromyalgia' patients can manage the gym but not the bus to clinic.",
      errors: [{ messageId: "mocking", excerpt: "'fibromyalgia' patients", severity: "error" }],
    },
    {
      name: "a patient given a mocking title from their body",
      text: "Mrs Massive Belly in bay 6 has pressed the buzzer nine times since midnight 🙄",
      errors: [{ messageId: "mocking", excerpt: "Mrs Massive Belly", severity: "error" }],
    },
    // dev4/dev5 round: a patient's claim in scare quotes with an eye-roll; a large animal emoji beside a weight word
    {
      name: "a patient's claim put in scare quotes with an eye-roll mocks the patient",
      text: "Lady in bay 4 insists her pain is '11 out of 10' while scrolling her phone and eating crisps 🙄",
      errors: [{ messageId: "mocking", excerpt: "'11 out of 10'", severity: "error" }],
    },
    {
      name: "a patient's demand quoted with a clown emoji in the next sentence",
      text: "The man in cubicle 2 is demanding 'something stronger, like the stuff they gave me last time'. Sure thing 🤡",
      errors: [{ messageId: "mocking", excerpt: "'something stronger, like the stuff they gave me last time'", severity: "error" }],
    },
    {
      name: "an elephant emoji beside a bariatric patient mocks their body",
      text: "Bariatric trolley and four porters booked for bay 2 again 🐘🐘",
      errors: [{ messageId: "mocking", excerpt: "🐘", severity: "error" }],
    },
    {
      name: "a whale emoji beside an obese patient in resus",
      text: "Needed the hoist and two extra porters for the obese gentleman in resus tonight 🐳 #nightshift",
      errors: [{ messageId: "mocking", excerpt: "🐳", severity: "error" }],
    },
    // generalisation pass: a judging word said of a patient or a class of patients, in phrasing no list holds (copula, attributive, fragment, verb subject, irony with a laugh)
    {
      name: "a bed number called thick",
      text: "Bed 4 is thick as anything, explained the inhaler five times and he still sprayed it at his ear 🙄",
      errors: [{ messageId: "derogatory", excerpt: "thick as anything", severity: "error" }],
    },
    {
      name: "a class of patients ('our drunks') called feral in a fragment",
      text: "Our drunks are out in force tonight. Feral, the lot of them.",
      errors: [{ messageId: "derogatory", excerpt: "Feral", severity: "error" }],
    },
    {
      name: "weight mocked with an eye-roll about a clinical class ('the bariatric ones')",
      text: "The bariatric ones always moan that the chairs are too small 🙄 maybe stop eating then",
      errors: [{ messageId: "generalising", excerpt: "bariatric ones always", severity: "warning" }, { messageId: "derogatory", excerpt: "maybe stop eating", severity: "warning" }],
    },
    {
      name: "frequent attenders called a drain",
      text: "Frequent attenders are a drain on everyone's time. Same faces, same nonsense, every week.",
      errors: [{ messageId: "derogatory", excerpt: "a drain on", severity: "warning" }, { messageId: "derogatory", excerpt: "Same faces", severity: "warning" }],
    },
    {
      name: "a patient who 'can't be bothered' with her insulin",
      text: "This lady in cubicle 2 can't be bothered to take her insulin and then acts shocked when she's back in DKA 🙄",
      errors: [{ messageId: "derogatory", excerpt: "can't be bothered", severity: "error" }],
    },
    {
      name: "'another one who...' with an eye-roll: patients as a recurring type",
      text: "Another one who thinks A&E is a walk-in GP for a 3 week old cough 🙄",
      errors: [{ messageId: "derogatory", excerpt: "Another one who", severity: "error" }],
    },
    {
      name: "people who come to A&E with a cold 'need their heads examining'",
      text: "People who come to A&E with a cold honestly need their heads examining",
      errors: [{ messageId: "derogatory", excerpt: "need their heads examining", severity: "warning" }],
    },
    {
      name: "a bay called a zoo and its patients animals",
      text: "Bay 5 is a zoo tonight, they're like animals in there",
      errors: [{ messageId: "derogatory", excerpt: "a zoo", severity: "error" }],
    },
    {
      name: "a patient's smell mocked",
      text: "The man in bed 12 absolutely stinks, I was gagging all through the ward round 🤢",
      errors: [{ messageId: "derogatory", excerpt: "stinks", severity: "error" }],
    },
    {
      name: "a patient's weight mocked with a laugh",
      text: "Pt in resus weighs as much as a small car, took six of us to roll him 😂",
      errors: [{ messageId: "derogatory", excerpt: "weighs as much as", severity: "error" }],
    },
    {
      name: "regular attenders called entitled",
      text: "Some of our regulars are so entitled it's unreal. Demanding sandwiches at 3am like it's a hotel.",
      errors: [{ messageId: "derogatory", excerpt: "so entitled", severity: "warning" }],
    },
    {
      name: "a patient called a total nightmare",
      text: "The patient in 7 is a total nightmare, buzzing every 5 mins for a cup of tea. Someone sedate her pls 😂",
      errors: [{ messageId: "derogatory", excerpt: "total nightmare", severity: "error" }],
    },
    {
      name: "ironic 'bless him' with a laugh",
      text: "bless him, cubicle 6 genuinely thought the defib was a phone charger 🤣",
      errors: [{ messageId: "derogatory", excerpt: "bless him", severity: "error" }],
    },
    {
      name: "ironic 'genius' and 'Einstein' with an eye-roll",
      text: "Our resident genius in bay 2 pulled out his cannula for the 4th time. Einstein strikes again 🙄",
      errors: [{ messageId: "derogatory", excerpt: "Einstein strikes again", severity: "error" }],
    },
    {
      name: "zero sympathy for patients with COPD who smoked",
      text: "Smokers with COPD who moan about being breathless get zero sympathy from me lol",
      errors: [{ messageId: "derogatory", excerpt: "zero sympathy from me", severity: "warning" }],
    },
    {
      name: "parents who decline an injection called dense",
      text: "Mums who refuse the vit K injection because of something on facebook are so dense 😂",
      errors: [{ messageId: "derogatory", excerpt: "dense", severity: "warning" }],
    },
    {
      name: "a patient called vile; good riddance",
      text: "Just discharged the most ungrateful, rude, vile patient I've ever met. Good riddance.",
      errors: [{ messageId: "derogatory", excerpt: "vile", severity: "error" }, { messageId: "derogatory", excerpt: "Good riddance", severity: "error" }],
    },
    {
      name: "'can't even be bothered' said of a class of patients",
      text: "The overdose crowd are back every weekend, same faces, can't even be bothered to turn up sober 🙄",
      errors: [{ messageId: "derogatory", excerpt: "can't even be bothered", severity: "warning" }],
    },
    {
      name: "a patient called a vegetable",
      text: "Care home sent us another one who's basically a vegetable. Why are we even bothering 🙄",
      errors: [{ messageId: "derogatory", excerpt: "another one who's", severity: "warning" }],
    },
    {
      name: "blame with a laugh: 'should've thought of that'",
      text: "The anti-vaxxer in cubicle 5 now wants our help. Lol. Should've thought of that before, shouldn't you?",
      errors: [{ messageId: "derogatory", excerpt: "Should've thought of that", severity: "error" }],
    },
    {
      name: "disbelief of a patient's illness: 'Sure Jan' and scare quotes",
      text: "Lol the lady in bay 3 thinks her 'chronic lyme' is why she's tired. Sure Jan 🙄",
      errors: [{ messageId: "mocking", excerpt: "'chronic lyme'", severity: "error" }, { messageId: "derogatory", excerpt: "Sure Jan", severity: "error" }],
    },
    {
      name: "a stock contempt phrase about a bed's smell",
      text: "Ward 9 smells like a farmyard tonight thanks to bed 14 🤢🤮",
      errors: [{ messageId: "mocking", excerpt: "smells like", severity: "error" }],
    },
    {
      name: "teenagers brought in drunk called disgusting",
      text: "Another drunk teenager puking all over majors at 2am. Kids these days are disgusting 🤮",
      errors: [{ messageId: "derogatory", excerpt: "disgusting", severity: "warning" }],
    },
    {
      name: "frequent attenders 'should be billed'",
      text: "Our frequent attenders should be billed for every visit. Might make them think twice 😤",
      errors: [{ messageId: "derogatory", excerpt: "should be billed", severity: "error" }],
    },
    {
      name: "a patient the size of a house",
      text: "Guy in bed 2 is the size of a house and wonders why his knees hurt 🙄",
      errors: [{ messageId: "derogatory", excerpt: "the size of a house", severity: "error" }],
    },
    {
      name: "a patient called dumb as a box of rocks",
      text: "patient #3 today was dumb as a box of rocks, had to draw him a picture 😂",
      errors: [{ messageId: "derogatory", excerpt: "dumb as a box of rocks", severity: "error" }],
    },
    {
      name: "patients who 'cba' and are 'lazy af'",
      text: "these pts cba to walk to the bathroom so they just press the buzzer. lazy af",
      errors: [{ messageId: "derogatory", excerpt: "cba", severity: "error" }, { messageId: "derogatory", excerpt: "lazy", severity: "error" }],
    },
    {
      name: "'the obese ones' called lazy, typo and all",
      text: "the obese ones in majors are soo lazy, cant even roll themselves over 🙄",
      errors: [{ messageId: "derogatory", excerpt: "lazy", severity: "warning" }],
    },
    {
      name: "The woman in cubicle 9 is honestly the most annoying huma...",
      text: "The woman in cubicle 9 is honestly the most annoying human I've ever met, third time she's pressed the buzzer for a biscuit 🙄",
      errors: [{ messageId: "derogatory", excerpt: "most annoying", severity: "error" }],
    },
    {
      name: "Bay 2 tonight: three confused oldies shouting at each oth...",
      text: "Bay 2 tonight: three confused oldies shouting at each other. Like a zoo 😂",
      errors: [{ messageId: "derogatory", excerpt: "a zoo", severity: "error" }],
    },
    {
      name: "The lad in resus is so thick he thought paracetamol was a...",
      text: "The lad in resus is so thick he thought paracetamol was an antibiotic lol",
      errors: [{ messageId: "derogatory", excerpt: "so thick", severity: "error" }],
    },
    {
      name: "Our frequent fliers are back in force. Same old faces, sa...",
      text: "Our frequent fliers are back in force. Same old faces, same old nonsense 🙄",
      errors: [{ messageId: "slangMaybe", excerpt: "frequent fliers", severity: "warning" }],
    },
    {
      name: "Honestly some of the parents in paeds ED need their heads...",
      text: "Honestly some of the parents in paeds ED need their heads testing",
      errors: [{ messageId: "derogatory", excerpt: "need their heads testing", severity: "error" }],
    },
    {
      name: "Cubicle 4 stinks of weed and BO, gagging over here 🤢",
      text: "Cubicle 4 stinks of weed and BO, gagging over here 🤢",
      errors: [{ messageId: "derogatory", excerpt: "stinks", severity: "error" }],
    },
    {
      name: "Why are the bariatric patients always the ones complainin...",
      text: "Why are the bariatric patients always the ones complaining about the food? Maybe eat less 🙄",
      errors: [{ messageId: "derogatory", excerpt: "complaining", severity: "warning" }, { messageId: "derogatory", excerpt: "eat less", severity: "error" }],
    },
    {
      name: "Lady in bed 7 is a proper drama queen, screaming the plac...",
      text: "Lady in bed 7 is a proper drama queen, screaming the place down over a cannula",
      errors: [{ messageId: "insult", excerpt: "drama queen", severity: "error" }],
    },
    {
      name: "The drunks in majors tonight are a disgrace, vile the lot...",
      text: "The drunks in majors tonight are a disgrace, vile the lot of them",
      errors: [{ messageId: "derogatory", excerpt: "a disgrace", severity: "error" }],
    },
    {
      name: "These people who ring 999 for a stubbed toe should be fined",
      text: "These people who ring 999 for a stubbed toe should be fined",
      errors: [{ messageId: "derogatory", excerpt: "should be fined", severity: "warning" }],
    },
    {
      name: "Honestly can't stand the entitled parents in paeds ED tonight",
      text: "Honestly can't stand the entitled parents in paeds ED tonight",
      errors: [{ messageId: "derogatory", excerpt: "entitled", severity: "warning" }],
    },
    {
      name: "I swear the smell from bay 6 will haunt me forever 🤮",
      text: "I swear the smell from bay 6 will haunt me forever 🤮",
      errors: [{ messageId: "derogatory", excerpt: "the smell", severity: "warning" }],
    },
    {
      name: "Mrs Jones in bed 3 is a proper little madam",
      text: "Mrs Jones in bed 3 is a proper little madam",
      errors: [{ messageId: "derogatory", excerpt: "little madam", severity: "error" }],
    },
    {
      name: "Why do old people always fall at 3am? 🙄",
      text: "Why do old people always fall at 3am? 🙄",
      errors: [{ messageId: "generalising", excerpt: "old people always", severity: "warning" }],
    },
    {
      name: "Another overdose who 'didn't mean it'. Sure. 🙄",
      text: "Another overdose who 'didn't mean it'. Sure. 🙄",
      errors: [{ messageId: "derogatory", excerpt: "Another overdose who", severity: "error" }],
    },
    {
      name: "Psych patients are exhausting, I'm done with the lot of them",
      text: "Psych patients are exhausting, I'm done with the lot of them",
      errors: [{ messageId: "derogatory", excerpt: "exhausting", severity: "warning" }],
    },
    {
      name: "the junkie in cubicle 4 wanted more morphine, shocker",
      text: "the junkie in cubicle 4 wanted more morphine, shocker",
      errors: [{ messageId: "insult", excerpt: "junkie", severity: "error" }],
    },
    {
      name: "Imagine calling an ambulance because you've had diarrhoea for an ho...",
      text: "Imagine calling an ambulance because you've had diarrhoea for an hour 🙄",
      errors: [{ messageId: "mocking", excerpt: "Imagine calling", severity: "warning" }],
    },
    {
      name: "The man in 14 is a complete waste of space, refuses everything then...",
      text: "The man in 14 is a complete waste of space, refuses everything then complains",
      errors: [{ messageId: "derogatory", excerpt: "waste of space", severity: "error" }],
    },
    {
      name: "Honestly the dementia patients on ward 3 are like toddlers, you can...",
      text: "Honestly the dementia patients on ward 3 are like toddlers, you can't reason with any of them 🙄",
      errors: [{ messageId: "derogatory", excerpt: "like toddlers", severity: "error" }],
    },
    {
      name: "Lad in majors with a 'broken' ankle was walking fine until he saw m...",
      text: "Lad in majors with a 'broken' ankle was walking fine until he saw me. Oscar worthy 🏆",
      errors: [{ messageId: "derogatory", excerpt: "Oscar worthy", severity: "warning" }],
    },
    {
      name: "Bay 4 are a bunch of moaning old women today, nothing's ever right",
      text: "Bay 4 are a bunch of moaning old women today, nothing's ever right",
      errors: [{ messageId: "derogatory", excerpt: "bunch of", severity: "error" }],
    },
    {
      name: "The gentleman in side room 2 is a filthy old man, won't let anyone ...",
      text: "The gentleman in side room 2 is a filthy old man, won't let anyone wash him and stinks the ward out",
      errors: [{ messageId: "derogatory", excerpt: "filthy", severity: "warning" }],
    },
    {
      name: "Cubicle 3 is the rudest patient I've had all year, absolute nightmare",
      text: "Cubicle 3 is the rudest patient I've had all year, absolute nightmare",
      errors: [{ messageId: "derogatory", excerpt: "rudest", severity: "error" }],
    },
    {
      name: "Another time waster with a 6 week cough in resus tonight 🤦‍♀️",
      text: "Another time waster with a 6 week cough in resus tonight 🤦‍♀️",
      errors: [{ messageId: "insult", excerpt: "time waster", severity: "error" }],
    },
    {
      name: "Some of these patients have zero common sense, genuinely",
      text: "Some of these patients have zero common sense, genuinely",
      errors: [{ messageId: "derogatory", excerpt: "zero common sense", severity: "error" }],
    },
    {
      name: "The guy in bay 2 is genuinely the stupidest man alive, tried to dri...",
      text: "The guy in bay 2 is genuinely the stupidest man alive, tried to drink the hand gel 😂",
      errors: [{ messageId: "mocking", excerpt: "stupidest", severity: "error" }],
    },
    {
      name: "Our regulars are such hard work, honestly they do my head in",
      text: "Our regulars are such hard work, honestly they do my head in",
      errors: [{ messageId: "derogatory", excerpt: "such hard work", severity: "warning" }],
    },
    {
      name: "Nothing like a 3am visit from a drunk who thinks he's a doctor 🙄 bl...",
      text: "Nothing like a 3am visit from a drunk who thinks he's a doctor 🙄 bless him",
      errors: [{ messageId: "derogatory", excerpt: "bless him", severity: "warning" }],
    },
    {
      name: "Cubicle 1 is an absolute animal, threw his dinner at the HCA",
      text: "Cubicle 1 is an absolute animal, threw his dinner at the HCA",
      errors: [{ messageId: "derogatory", excerpt: "an absolute animal", severity: "error" }],
    },
    {
      name: "Frail elderly 'social admissions' clogging up the ward again 🙄",
      text: "Frail elderly 'social admissions' clogging up the ward again 🙄",
      errors: [{ messageId: "derogatory", excerpt: "clogging up", severity: "warning" }],
    },
    {
      name: "Whoever said patients are always right never worked in A&E lol. Hal...",
      text: "Whoever said patients are always right never worked in A&E lol. Half of them are clueless",
      errors: [{ messageId: "derogatory", excerpt: "clueless", severity: "warning" }],
    },
    {
      name: "Mate in resus is built like a fridge and twice as clever 😂",
      text: "Mate in resus is built like a fridge and twice as clever 😂",
      errors: [{ messageId: "derogatory", excerpt: "built like a", severity: "error" }],
    },
    // recall round 2: own-words cases for the new mechanisms
    {
      name: "a group of patients stereotyped (quantifier + complaint)",
      text: "Muslim families always turn up in a pack of fifteen and argue with everyone on the ward.",
      errors: [{ messageId: "stereotype", excerpt: "Muslim families always", severity: "error" }],
    },
    {
      name: "stock sarcasm about a patient's behaviour",
      text: "Patient asked if the baby's dad could be one of three blokes. Classy. Jeremy Kyle would be proud 😂",
      errors: [{ messageId: "mocking", excerpt: "Classy", severity: "error" }],
    },
    // recall round 2: mechanisms rather than phrases
    {
      name: "a slang label used as a noun for a person, with a laugh",
      text: "Guess who's back: the resident gomer, right on schedule 😂",
      errors: [{ messageId: "slang", excerpt: "gomer", severity: "error" }],
    },
    {
      name: "a plural acronym",
      text: "Row of FLKs in the clinic waiting room today",
      errors: [{ messageId: "slang", excerpt: "FLKs", severity: "error" }],
    },
    {
      name: "sarcasm confirmed by an ironic emoji",
      text: "Don't you just love it when someone walks into the walk-in centre with a splinter from 2019 🙃",
      errors: [{ messageId: "mocking", excerpt: "Don't you just love it when", severity: "error" }],
    },
    {
      name: "a faculty compared to an animal",
      text: "Showed him the spacer three times. Some folk have the attention span of a goldfish 🙄",
      errors: [{ messageId: "mocking", excerpt: "the attention span of a goldfish", severity: "error" }],
    },
    {
      name: "a diagnosis in doubting scare quotes",
      text: "Another one of those 'fibromyalgia' patients wanting a sick note. Just get moving, it's not rocket science.",
      errors: [{ messageId: "mocking", excerpt: "'fibromyalgia' patients", severity: "error" }],
    },
    {
      name: "contempt for a patient's question, no slang",
      text: "Lady in cubicle 3 asked me if the X-ray would show her soul. The absolute state 😂",
      errors: [{ messageId: "mocking", excerpt: "The absolute state", severity: "error" }],
    },
    {
      name: "a label for people in a clinical scene",
      text: "Another weekend, another queue of time wasters in A&E who just want a sick note",
      errors: [{ messageId: "insult", excerpt: "time wasters", severity: "error" }],
    },
    {
      name: "patients' conditions as a game",
      text: "Care home bingo on the medical take tonight: UTI, fall, 'found on floor'. Full house by midnight 🙄",
      errors: [{ messageId: "mocking", excerpt: "bingo", severity: "error" }],
    },
    {
      name: "blaming the patient, with a laugh",
      text: "If you drink 10 pints every night and wonder why your liver is shot, serves you right 😂 #EDlife",
      errors: [{ messageId: "mocking", excerpt: "serves you right", severity: "error" }],
    },
    {
      name: "patients as the butt of a generalisation",
      text: "Why do patients never read the leaflet? 😂",
      errors: [{ messageId: "generalising", excerpt: "patients never read", severity: "warning" }],
    },
    {
      name: "a swear word said of the people brought in",
      text: "Ambulance brought in yet another drunk lad from town. These people are shit.",
      errors: [{ messageId: "mocking", excerpt: "These people are", severity: "error" }, { messageId: "swearing", excerpt: "shit", severity: "error" }],
    },
    {
      name: "two slang labels set the scene for each other",
      text: "Three more gomers and a bed blocker on the ward tonight",
      errors: [{ messageId: "slang", excerpt: "gomers", severity: "error" }, { messageId: "slang", excerpt: "bed blocker", severity: "error" }],
    },
  ],
});
