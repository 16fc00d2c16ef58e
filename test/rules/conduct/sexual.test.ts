import rule from "../../../src/engine/rules/conduct/sexual";
import { ruleTester } from "../../support/rule-tester";

// GMP 53 and 65; do's and don'ts: don't establish inappropriate relationships online with colleagues,
// peers or patients. Sexual-health teaching is clinical and passes.
ruleTester(rule, {
  valid: [
    // tune9: "10/10 would X again" rates an experience, not a person
    "Took the F1s to the escape room after their first nights, 10/10 would get locked in again.",
    "Patient brought the whole ward homemade baklava, 10/10 would eat until sick again.",
    // tune9: an occupation as a person only when it heads its phrase; looks words of skill and fitness
    "The fittest young farmer in the county won the ploughing match again, congrats Tom!",
    "The hottest new plumber training course in Cornwall starts Monday, book now!",
    // corroboration needs the looks word to describe a person: a view or a result with an insinuation passes
    { name: "a gorgeous view with a knowing aside", text: "The view from the helipad at sunrise is gorgeous. Best seat in the house, if you know what I mean." },
    { name: "a stunning audit result, wink wink", text: "Our sepsis audit results are stunning this quarter. Wink wink to the managers who doubted us." },
    // a garment and a swoon with no one to be about; "fitter" the trade; a client's puppy
    { name: "thick scrubs and a cold shower after the shift", text: "The new winter scrubs are so thick I need a cold shower after every shift." },
    { name: "the gas fitter who fixed the boiler", text: "Shout out to the gas fitter who fixed the staff room boiler today, absolute hero." },
    { name: "a client's puppy is cute", text: "A client sent me a photo of her new puppy after discharge. So cute 😍" },
    { name: "a former client's good news", text: "A former client messaged to say he's back at work and running again. Made my week." },
    // fitness, not looks
    { name: "medically fit patients waiting for care packages", text: "Twelve medically fit patients on our ward waiting for social care packages this week." },
    { name: "an otherwise fit patient in a case discussion", text: "Interesting case: an otherwise fit patient in her 30s with sudden breathlessness. PE until proven otherwise." },
    // "hot" after a dummy "it" is the weather
    { name: "a hot one after 'it was' is the weather", text: "It was a hot one today 🥵 the ward fans gave up by noon." },
    { name: "'it's hot out there' is the weather", text: "It's so hot out there 🥵 please check on your elderly neighbours." },
    // looks words about a child are praise
    { name: "a gorgeous little patient is a child", text: "Gorgeous little man in clinic today, showed me every one of his dinosaurs 🦕" },
    { name: "a gorgeous 6-year-old", text: "Had the most gorgeous 6-year-old in for her jabs, braver than me." },
    // "the things I'd do to" needs a person after it; a masked word is read like the word
    { name: "the things I'd do for time off", text: "The things I'd do to get a weekend off this month. Rota gods, hear me." },
    { name: "the things I'd do to a rota, in exasperation", text: "The things I'd do to that rota coordinator, honestly, the third swap this week." },
    { name: "a masked word that is not sexual", text: "Sh*tting myself before the MRCP results tomorrow." },
    { name: "physique as fitness advice", text: "Physique matters less than consistency: walk daily, says our physio." },
    { name: "hard to concentrate after nights", text: "Hard to concentrate in teaching after nights, need coffee." },
    { name: "a manager's skirt, described plainly", text: "Our manager's skirt is from M&S, she says it's comfy for clinic." },
    { name: "a butterfly named Adonis", text: "Adonis blue butterflies spotted on the hospital grounds walk today!" },
    // a body part exclaimed over needs an emoji of attraction (dev10 shapes): look-alikes
    { name: "shoulders that need physio", text: "Those shoulders need physio after the fall." },
    { name: "rehab progress, no attraction", text: "Cardiac rehab class this morning. Those shoulders though, proud of my patients' progress 💪" },
    // recall round 3 (the gaze composer): the same words without a person at work, or said of the
    // author's own partner, of pain, of a team, of the weather; sexual-health teaching; clinical
    // "fit", "fine", "crushing"; pursuit alone is a boundary matter (boundaries/patient-relationship)
    { text: "Patient in bed 3 is fit for discharge once physio have seen him." },
    { text: "Hot weather advice: keep fans on the ward, offer fluids every hour, and watch the frail ones 🥵" },
    { text: "Breast examination teaching for F1s tomorrow: consent, chaperone, systematic approach. #MedEd" },
    { text: "Our sexual health clinic is running walk-in HIV and syphilis testing this Pride weekend 🏳️‍🌈" },
    { text: "Finally a date night with my wife after seven nights on ICU. Still the hottest person I know 🔥❤️" },
    { text: "The new F1s are an absolute 10/10 team, every single one stepped up on nights 👏" },
    { text: "Bed 4 asked for my number so he could thank the team properly. Gave him the PALS address instead 😂" },
    { text: "LGBTQ+ patients deserve sexual health services that don't judge. Ask about PrEP at your next visit." },
    { text: "Testicular self-examination: roll each testicle gently between thumb and fingers once a month. Lumps? See your GP. #MensHealth" },
    { text: "Fit notes can now be issued by nurses and physios, not just GPs." },
    { text: "The rep brought a hot lunch and a very dry presentation on inhalers." },
    { text: "Sunburn season: hottest days of the year this week, so sunscreen for the kids please ☀️" },
    { text: "Gorgeous sunrise over the helipad after a brutal night with the HEMS crew 🌅" },
    { text: "Patient told me I had a lovely bedside manner. Made my week 🥹" },
    { text: "The anaesthetist on my list is a legend, epidural sited first time 🙌" },
    { text: "Quick reminder: always offer a chaperone for intimate examinations, whatever the patient's gender." },
    { text: "Rated my F1s' discharge summaries this week: solid 9/10, proud of them." },
    { text: "Bumble BFF actually helped me find friends after moving for my new registrar job 🐝" },
    { text: "Nothing beats a hot cup of tea with the night team at 4am ☕" },
    { text: "The new physio is brilliant with our stroke patients, everyone's noticed the difference 💪" },
    { text: "My wife says I look hot in scrubs. She's biased 😂" },
    { text: "Her husband brought her in, lovely couple, married 60 years, still holding hands ❤️" },
    { text: "Chemsex, apps and STIs: how to take a sexual history from men who have sex with men on Grindr #MedEd" },
    { text: "Heat exhaustion in the sweaty rugby lads from the tournament, 6 of them in minors 🥵 drink water!!" },
    { text: "The patient in bay 2 is fine, obs stable, going home tomorrow." },
    { text: "Peachy keen: patient in bed 3 finally passed flatus 🍑😂 #surgicallife" },
    { text: "Swipe right on this: our new app lets patients book flu jabs online 💉" },
    { text: "She rated her pain 10/10 so we gave morphine and called the surgeons." },
    { text: "Ask teenagers about dating apps and sexting when you take a HEADSS history; they rarely volunteer it." },
    { text: "Our F1 would make a brilliant GP one day, so calm with anxious patients." },
    { text: "Patient in bay 6 asked if I was single 🙄 redirected to the ward sister and documented it." },
    { text: "My husband fancies a curry after my night shift, who am I to argue 🍛" },
    { text: "Would you examine a patient without a chaperone? Our audit says 1 in 5 of us would. Thread 🧵" },
    { text: "Swiped right on my 3pm on Hinge last night 💀 awkward follow-up on Tuesday" },
    { text: "The new reg is well fit for the rota now his knee has healed, back on nights from Monday." },
    { text: "Crushing central chest pain in the lad in bay 4, ECG shows STEMI, cath lab called." },
    { text: "Flirting with danger: the new sepsis pathway has 14 steps" },
    { text: "Ten out of ten would recommend the new F1 for the rota, so organised" },
    { text: "Matched with a lovely GP on Hinge today, turns out we trained together at med school 😂" },
    { text: "@RCEMorg you can contact me any time about the survey, happy to help" },
    { text: "New scrubs for the whole department, finally in our own colours 💙" },
    { text: "Our 85-year-old in bed 2 rated the hospital food 9/10, high praise from a former chef 😂" },
    { text: "Our 99-year-old in bed 4 flirted with every nurse on the ward today and honestly, good for him 😂" },
    { text: "Bed 2 🥵🥵 temp 39.8, sepsis six started" },
    { text: "Discharged a 9-year-old with a solid plan and a sticker. Mum was lovely." },
    { text: "Patient in bed 3 finally passed flatus 🍑😂 the whole bay cheered" },
    { text: "The new F1 is fit and well after her bout of covid, back on the rota Monday" },
    { text: "Patient in bed 5 is stunning proof that early mobilisation works 💪" },
    { text: "The rep from Pfizer would. Not. Stop. Talking about their new inhaler 🙄" },
    { text: "Hot take: the new consultant is brilliant at teaching" },
    { text: "Our new HCA is a ten out of ten for kindness" },
    { text: "Shout out to the gorgeous team on ward 7 for the leaving cake 😍" },
    { text: "Fancy dress for the ward Christmas party: the F1s went as the Spice Girls 😂" },
    { text: "Swiped right on the new rota app 😍 so much better than the spreadsheet" },
    { text: "Our 85-year-old patient in bed 2 is a proper charmer, flirting with all the nurses 😂" },
    { text: "Lovely lady in bay 4 asked for my number so her daughter could call with updates. Gave her the ward number 😊" },
    { text: "Our F1 is an absolute 10/10, covered three extra shifts this week 👏" },
    { text: "Honestly the night reg is my type of doctor: calm, kind, organised" },
    { text: "Fancy the new F1 joining us for lunch?" },
    // recall round 2: an open offer of help is not an invitation
    { name: "open offer of help", text: "New F1s: you can bleep me any time if you're worried about a patient. No question is silly." },
    { name: "request, no open time", text: "Can someone cover me tomorrow? The new reg could swap my Friday night." },
    "Sexual health clinic tips: ask about condom use every visit, and offer HIV testing routinely.",
    "Erectile dysfunction can be an early sign of cardiovascular disease: check BP, lipids and HbA1c.",
    "Check your boobs, ladies! Breast awareness month 🎀 #CoppaFeel",
    { name: "fit for surgery", text: "Fit patient for surgery after the anaesthetic review, listed for Thursday" },
    { name: "negated", text: "No, nurses are not 'naughty nurse' costumes. We are professionals." },
    "Chemsex and STI risk: a thread for GPs on asking the right questions #MedEd",
    "Bed baths are basic care. Dignity first, always.",
    { name: "sexy guideline", text: "Not the sexiest topic, but the new sepsis guideline is worth a read" },
    // looks words and intimate care are innocent on their own
    { name: "medically fit", text: "Our 84-year-old gent on ward 6 is fit for discharge today, family delighted 😍" },
    { name: "gorgeous baby", text: "Gorgeous baby girl delivered at 3am, mum and baby doing well 😍🔥" },
    { name: "pretty as an adverb", text: "Pretty sure the lady in bay 3 is the nicest patient I've ever had. She knitted us all hats!" },
    { name: "hot weather", text: "Catheterised four patients on a ward that is hot as an oven. Fans please, estates! 🥵" },
    { name: "chaperone advice", text: "Always offer a chaperone for intimate examinations, and document the offer. #MedEd" },
    { name: "family", text: "My husband is so handsome in his wedding suit 😍 ten years today" },
    { name: "views", text: "Stunning views from the hospital roof garden at sunset 🔥" },
    // recall pass 2: benign counterparts
    { name: "heat, not looks", text: "Hot as anything on the ward today, the AC is broken again 🥵 Poor patients." },
    { name: "intimate exam teaching without innuendo", text: "Intimate examination teaching today: offer a chaperone, explain each step, stop if asked. #MedEd" },
    { name: "cute animal", text: "Our cute new ward cat is the best thing about nights 😍" },
    { name: "gown and dignity, no innuendo", text: "Patient in a gown waiting two hours on a trolley in the corridor. This is not dignified care." },
    { name: "insinuation marker without a sexual cue", text: "Let's just say the audit results were not what we hoped 😬" },
    // birds, devotion to a good colleague, posture in manual handling: the benign posts sharing the words
    { name: "blue tits and great tits at a bird feeder are birds", text: "Garden survey on my day off: six blue tits, two great tits and a very bossy robin 🐦" },
    { name: "a colleague as the reason the author stays sane is praise", text: "Honestly the new charge nurse is the only reason I'm still sane on nights 💙" },
    { name: "bending over in a manual-handling lesson", text: "Manual handling refresher: never bend over to lift a patient, bend your knees and keep your back straight." },
    { name: "a patient who was a fitness instructor, in a rehab story", text: "My rehab patient turned out to be a retired fitness instructor and ran rings round the physios 💪" },
    { name: "a case named by its procedure, with a clinical outcome", text: "The knee scope turned out to be a simple meniscal tear, home by lunch." },
    { name: "a procedure praised as gorgeous surgery", text: "The lap chole was gorgeous surgery, textbook anatomy and a happy registrar 😍" },
    { name: "'bends over backwards' is the idiom of effort", text: "The new F1 bends over backwards for every patient, legend 🍑" },
    { name: "a patient's former job as a model, in a warm story", text: "Bed 4 was a retired underwear model and told us all about the 80s shoots 😂" },
    { name: "'why are the paramedics so good at cannulas?' is praise of skill", text: "Why are the HEMS paramedics always so good at cannulas in the dark? Teach me your ways 🙏" },
    { name: "'why is the new reg so tired?' is concern", text: "Why is the new reg always so tired? Somebody check his rota 😟" },
    { name: "a patient asking where to buy gym kit for rehab", text: "Patient in bay 2 asked where to buy gym kit for her rehab 🏋️" },
    { name: "the author's own swimsuit under scrubs on a hot day", text: "It's so hot in theatre, I'd wear a swimsuit under my scrubs if I could 🥵" },
    { name: "the author's spouse, married to a pharmacist, is no colleague", text: "Married 10 years today to the hottest pharmacist in Queensland. Happy anniversary, love. ❤️" },
    { name: "the author's husband, the hottest man in the hospital, is no patient", text: "My husband is the hottest man in the hospital today: he's the one stood next to the broken radiator in outpatients." },
    { name: "a 'hot girl walk' is a trend name about exercise", text: "Hot girl walk? Hot doctor walk. 10,000 steps around the hospital grounds at lunch because I refuse to sit for 12 hours." },
    // how someone looks in their work clothes, rated (GMP 53): look-alikes that praise or are the author's own
    { name: "new starters looking great in their uniforms, with pride", text: "Our new F1s look great in their scrubs on their first day, so proud of them." },
    { name: "the author's own scrubs", text: "I look good in scrubs at last, found a size that actually fits." },
    { name: "uniforms rated, not people", text: "Ranking the trusts by how good the new uniforms look in the staff survey." },
    { name: "patients look better dressed, a care point", text: "Patients look better in their own clothes than in gowns, get them dressed before the ward round." },
    // a looks word said twice, shouted once, is emphatic; fit for work or fitness talk is not
    { name: "FIT fit for work", text: "Our HCA is FIT fit for work after her knee op, back on Monday." },
    { name: "FIT fit as in marathons", text: "The new physio is FIT fit, runs marathons and still does parkrun on Saturdays." },
    { name: "HOT hot weather", text: "The weather is HOT hot today, keep the patients hydrated." },
    // a looker noun is the person only with a determiner and not as "a <noun> of" a thing
    { name: "a hunk of bread on nights", text: "Grabbed a hunk of bread from the ward kitchen at 3am, living the dream." },
    { name: "a stunner of a goal after a shift", text: "Scored a stunner of a goal at the staff five-a-side after my shift." },
    // a superlative on a plain body part is advice or a symptom unless it is a looks remark
    { name: "best back exercises, a thread", text: "The best back exercises for patients after a disc prolapse, a thread 🧵" },
    { name: "a rehab programme rated, not shoulders", text: "Our physio has the best shoulders rehab programme I've ever seen, honestly 😍" },
    { name: "a tight chest and back pain are symptoms", text: "New patient in bay 4 with a tight chest and the worst back pain he's ever had." },
      // "nothing sexier than" a thing rates the thing, not a person (a dev6 false alarm)
    { name: "nothing sexier than a freshly restocked cannula drawer", text: "Nothing sexier than a freshly restocked cannula drawer on a night shift. Ward nurse life." },
    { name: "nothing hotter than a working bleep", text: "Honestly nothing hotter than a printer that works first time in clinic, my colleagues agree." },
    // tune7: a body part swooned over (the swoon said of the part), not a swoon of its own further on
    { name: "swollen legs and lost concentration", text: "the patient's legs were so swollen I couldn't concentrate on the handover" },
    { name: "shaking hands and lost concentration", text: "his hands were shaking so much i couldn't concentrate" },
    { name: "a relative asking if the author is single", text: "my nan asked if i'm single again at christmas 😏 every year" },
    { name: "a patient asking if single, turned down", text: "patient asked if i'm single today, told him i'm married to the nhs 😂" },
  ],
  invalid: [
    // tune9: a looks word before an occupation noun, with a patient in the frame
    {
      name: "the fittest young plumber in for his jab",
      text: "Vaccine clinic today and the fittest young plumber came in for his jab 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "fittest", severity: "error" }],
    },
    {
      name: "the sexiest firefighter in clinic",
      text: "Had the sexiest firefighter in clinic this morning for his bloods 😏 best shift ever",
      errors: [{ messageId: "aboutPatient", excerpt: "sexiest", severity: "error" }],
    },
    // corroboration: a looks word said of people met at work, with an insinuation in the next sentence
    {
      name: "trainees rated on looks, then a knowing aside",
      text: "This year's FY1s are seriously good looking. Happy to do extra supervision, wink wink.",
      errors: [{ messageId: "sexual", excerpt: "good looking", severity: "warning" }],
    },
    {
      name: "the new physios called gorgeous, with 'if you know what I mean'",
      text: "The new physios on our ward are gorgeous. Rehab has never been so motivating, if you know what I mean.",
      errors: [{ messageId: "aboutColleague", excerpt: "gorgeous", severity: "warning" }],
    },
    {
      name: "a patient asking if the author is single, met with a smirk",
      text: "pov: the lad in bay 2 asks if you're single mid-obs 😏 a girl can dream",
      errors: [{ messageId: "aboutPatient", excerpt: "if you're single", severity: "error" }],
    },
    {
      name: "a colleague's legs 'should be illegal'",
      text: "the new reg has legs that should be illegal 😮‍💨",
      errors: [{ messageId: "aboutColleague", excerpt: "legs", severity: "warning" }],
    },
    {
      name: "a colleague's shoulders make the author forget her name",
      text: "the ortho reg's shoulders, i forgot my own name",
      errors: [{ messageId: "aboutColleague", excerpt: "shoulders", severity: "warning" }],
    },
    // a swoon over what a colleague wears stands for the leer ("somebody hose me down")
    {
      name: "the theatre sister's tight scrubs and a cold shower",
      text: "Our theatre sister has been wearing the tightest scrubs all week. I need a cold shower.",
      errors: [{ messageId: "aboutColleague", excerpt: "scrubs", severity: "warning" }],
    },
    // a comparative looks word about a patient ("even fitter without the sling")
    {
      name: "a discharged patient even fitter without the sling",
      text: "Bumped into the lad from cubicle 4 at the gym after his discharge. He's even fitter without the sling 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "fitter", severity: "error" }],
    },
    // a former client who slid into the author's DMs, called cute: the patient is the target
    {
      name: "a former counselling client in the DMs, and cute",
      text: "When your old counselling client slides into your DMs… honestly, she's cute.",
      errors: [{ messageId: "aboutPatient", excerpt: "cute", severity: "error" }],
    },
    {
      name: "nothing sexier than the new reg, a person compared",
      text: "Nothing sexier than the new reg in theatre blues 🔥",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "Nothing sexier than" }],
    },
    {
      name: "nothing hotter than a named colleague",
      text: "Nothing hotter than Dr Okafor at the start of a night shift 😍",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "Nothing hotter than" }],
    },
    {
      name: "a patient's back rated as the best ever seen, with a swoon emoji",
      text: "The patient in bay 2 had the nicest back I've ever seen 🥵",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "nicest back" }],
    },
    {
      name: "shoulders rated on a colleague",
      text: "The new reg has the nicest shoulders I have ever seen 😍",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "nicest shoulders" }],
    },
    {
      name: "an examination on someone called an Adonis, the age between",
      text: "Knee exam on a 30 year old Adonis this morning, tough job 😇",
      errors: [{ messageId: "sexual", severity: "warning", excerpt: "Adonis" }],
    },
    {
      name: "a hunk examined, no other person named",
      text: "Shoulder exam on a total hunk this morning, someone has to do it",
      errors: [{ messageId: "sexual", severity: "warning", excerpt: "hunk" }],
    },
    {
      name: "colleagues ranked by how they look in work clothes",
      text: "Ranking the docs on our rota by how good they look in scrubs, part one.",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "look in scrubs" }],
    },
    {
      name: "a colleague said to look hot in uniform",
      text: "Not gonna lie, the new anaesthetist looks so hot in those scrubs.",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "looks so hot in those scrubs" }],
    },
    {
      name: "'FIT fit' said of a colleague",
      text: "Honestly the new reg is FIT fit.",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "fit" }],
    },
    {
      name: "'FIT fit' about a locum, with a reason to stare",
      text: "The locum on our ward is FIT fit, could barely get through handover.",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "fit" }],
    },
    {
      name: "a colleague as 'a hot one' is rated",
      text: "The new reg is a hot one 🥵",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "hot" }],
    },
    {
      name: "a hot day and then a colleague called hot",
      text: "It was a hot day on the ward and the new F1 is hot 🥵",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "hot" }],
    },
    {
      name: "a child's parent rated, the child named in passing",
      text: "The little fella in bay 3's dad is gorgeous 😍",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "gorgeous" }],
    },
    {
      name: "years of fancying a colleague is no child's age",
      text: "The gorgeous reg I've fancied for 2 years finally said hi 😍",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "gorgeous" }],
    },
    {
      name: "a masked 'shaggable' about a colleague",
      text: "The new locum is well sh*ggable, not going to lie",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "sh*ggable" }],
    },
    {
      name: "'the things I'd do to' a colleague, with a suggestive emoji",
      text: "The things I'd do to the new theatre registrar 🥵 send help",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "The things I'd do to" }],
    },
    {
      name: "'the things I'd do to' a patient",
      text: "The things I'd do to the patient in bay 4 with the broken wrist 😏",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "The things I'd do to" }],
    },
    {
      name: "a patient's physique, leered at, named after a hyphenated modifier",
      text: "Fracture clinic had a semi-pro footballer whose physique made it hard to concentrate on his wrist. Longest exam of my life 😏",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "physique" }],
    },
    {
      name: "a manager's skirt leered at, with a swoon",
      text: "The new ward manager's skirt today... well 😏 couldn't concentrate in handover",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "skirt" }, { messageId: "aboutColleague", severity: "warning", excerpt: "couldn't concentrate" }],
    },
    {
      name: "a patient called an Adonis",
      text: "The Adonis in bay 4 has me blushing 😍",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "Adonis" }],
    },
    {
      name: "a patient's body part exclaimed over, with a flame",
      text: "Met my old patient from fracture clinic in the supermarket. Those shoulders though 🔥",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "Those shoulders" }],
    },
    {
      name: "a colleague's body part exclaimed over in a sentence of its own",
      text: "The new F2 on our rotation. Those forearms. 😍",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "Those forearms" }],
    },
    {
      name: "'married to the job' is no spouse: the new F1 is still a colleague",
      text: "Just married to the job at this point, the new F1 is so hot though 🥵",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "hot" }],
    },
    {
      name: "a patient sexualised in a sentence that also mentions the author's wife is still a patient",
      text: "My wife and I agree the patient in bay 4 is hot 🥵",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "hot" }],
    },
    {
      name: "a hot doctor leered at on nights is sexualised, trend or not",
      text: "The hot doctor on nights 🥵 don't mind if I do",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "hot doctor" }],
    },
    {
      name: "a patient met off duty, leered at in her swimsuit, is sexualised",
      text: "Saw my physio patient at the pool, she looked incredible in her swimsuit 🥵",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "swimsuit" }],
    },
    {
      name: "a question why colleagues are so attractive sexualises them",
      text: "Why are the anaesthetists on the Tuesday list always so ridiculously handsome? Asking for a friend 😍",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "handsome" }],
    },
    {
      name: "a patient named by their procedure and called gorgeous is sexualised",
      text: "The vasectomy this morning was honestly gorgeous 😏",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "gorgeous" }],
    },
    {
      name: "a colleague as the only reason for volunteering, with a smirk, sexualises them",
      text: "Not gonna lie, the new anaesthetics reg is the only reason I'm signing up for weekend lists 😏🔥",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "the only reason I'm" }],
    },
    {
      name: "a colleague bending over, with a peach emoji, sexualises them",
      text: "Every time the new SHO bends over the notes trolley 🍑👀",
      errors: [{ messageId: "aboutColleague", severity: "warning", excerpt: "bends over" }],
    },
    {
      name: "a patient turning out to be an underwear model, as a perk, sexualises them",
      text: "Bed 7 turned out to be an underwear model. Sometimes this job has perks 😏",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "underwear model" }],
    },
    {
      name: "a relative 'so fit I forgot what I was doing' sexualises someone met through work",
      text: "Had a husband in the delivery suite who was so fit I forgot which drug I was drawing up 🥵",
      errors: [{ messageId: "aboutPatient", severity: "error", excerpt: "fit" }],
    },
    // recall round 3 (the gaze composer): a person met through work (a patient, "bed 3", "the new F1",
    // "the rep", "his wife in the waiting room") given a sexual evaluation (a looks word, a rating,
    // desire, a leered-at body part, innuendo about care), GMP 53 and 65
    {
      text: "Bed 3 is PENG. Suddenly volunteering for all his obs 🥵",
      errors: [{ messageId: "aboutPatient", excerpt: "PENG", severity: "error" }, { messageId: "aboutPatient", excerpt: "volunteering for all his obs", severity: "error" }],
    },
    {
      text: "Lad in cubicle 6 with the sprained ankle, solid 9/10, would happily strap that up again 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "9/10", severity: "error" }],
    },
    {
      text: "Not gonna lie the patient in side room 2 is fine af",
      errors: [{ messageId: "aboutPatient", excerpt: "fine af", severity: "error" }],
    },
    {
      text: "Wouldn't say no to the one in bay 4 tbh 👀🍑",
      errors: [{ messageId: "aboutPatient", excerpt: "Wouldn't say no", severity: "error" }],
    },
    {
      text: "Any excuse to re-examine the fit fireman in resus 🔥🔥",
      errors: [{ messageId: "aboutPatient", excerpt: "fit", severity: "error" }],
    },
    {
      text: "Will be examining the new admission in bay 2 extra thoroughly if you know what I mean 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "if you know what I mean", severity: "error" }],
    },
    {
      text: "His wife in the waiting room is stunning, lucky man 😍",
      errors: [{ messageId: "aboutPatient", excerpt: "stunning", severity: "error" }],
    },
    {
      text: "The patient's daughter was a total smokeshow, got her number for \"updates\" 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "smokeshow", severity: "error" }],
    },
    {
      text: "Pt in cubicle 4 had biceps the size of my head, took his BP three times just to be sure 🥵",
      errors: [{ messageId: "aboutPatient", excerpt: "biceps", severity: "error" }],
    },
    {
      text: "Asked the cutie in bay 1 if he needed anything else ;) he did not 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "cutie", severity: "error" }],
    },
    {
      text: "Paeds clinic today had the hottest daddies in the waiting room 🥵",
      errors: [{ messageId: "aboutPatient", excerpt: "hottest", severity: "error" }],
    },
    {
      text: "New F1 is a ten and she knows it 😏 rota just got interesting",
      errors: [{ messageId: "aboutColleague", excerpt: "a ten", severity: "warning" }],
    },
    {
      text: "Our new locum could get it tbh 👀",
      errors: [{ messageId: "aboutColleague", excerpt: "could get it", severity: "warning" }],
    },
    {
      text: "Not me fancying the anaesthetist on my list all morning 🙈",
      errors: [{ messageId: "aboutPatient", excerpt: "fancying", severity: "error" }],
    },
    {
      text: "Crushing HARD on the new SpR ngl. Those forearms in scrubs 🥵",
      errors: [{ messageId: "aboutColleague", excerpt: "Crushing", severity: "warning" }, { messageId: "aboutColleague", excerpt: "forearms", severity: "warning" }],
    },
    {
      text: "Who else goes weak at the knees when the HEMS paramedics walk in 🥵🚁",
      errors: [{ messageId: "aboutColleague", excerpt: "weak at the knees", severity: "warning" }],
    },
    {
      text: "Physio student on placement with us has the tightest glutes, asking for a friend 👀🍑",
      errors: [{ messageId: "aboutColleague", excerpt: "tightest glutes", severity: "warning" }],
    },
    {
      text: "Absolute thirst trap of a consultant on cardiology, sorry not sorry 🤤",
      errors: [{ messageId: "aboutColleague", excerpt: "thirst trap", severity: "warning" }],
    },
    {
      text: "12 hour shift with the sexiest charge nurse in the trust, not complaining 😏",
      errors: [{ messageId: "aboutColleague", excerpt: "sexiest", severity: "warning" }],
    },
    {
      text: "Just took a history from the most gorgeous man alive, couldn't concentrate on a word",
      errors: [{ messageId: "sexual", excerpt: "gorgeous", severity: "warning" }],
    },
    {
      text: "the paramdeic who brought in bed 9 was soooo fit omg 😍",
      errors: [{ messageId: "aboutColleague", excerpt: "fit", severity: "warning" }],
    },
    {
      text: "Happy to volunteer for the bed bath in bay 3 👀💦",
      errors: [{ messageId: "aboutPatient", excerpt: "bed bath", severity: "error" }],
    },
    {
      text: "The rep from the inhaler company today... would 😏",
      errors: [{ messageId: "aboutColleague", excerpt: "would", severity: "warning" }],
    },
    {
      text: "Bay 2, bed 4. Would. No further questions 🥵",
      errors: [{ messageId: "aboutPatient", excerpt: "Would", severity: "error" }],
    },
    {
      text: "Lovely lady in bed 12 has a cracking figure for 40, the lads on the ward have noticed 😉",
      errors: [{ messageId: "aboutPatient", excerpt: "cracking figure", severity: "error" }],
    },
    {
      text: "Med student shadowing me today is definitely my type 😏 shame about the professional boundaries",
      errors: [{ messageId: "aboutColleague", excerpt: "my type", severity: "warning" }],
    },
    {
      text: "Cubicle 3 has a fit dad in with his little one, paeds is looking up today 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "fit", severity: "error" }],
    },
    {
      text: "Agency nurse on tonight is a solid 10/10 and I am not coping 🥵",
      errors: [{ messageId: "aboutColleague", excerpt: "10/10", severity: "warning" }],
    },
    {
      text: "Bit distracted doing obs on the lad in bed 7, he's gorgeous 😳",
      errors: [{ messageId: "aboutPatient", excerpt: "gorgeous", severity: "error" }],
    },
    {
      text: "Ngl the rep who came to teaching is well fit, might start going to more pharma lunches 😏",
      errors: [{ messageId: "aboutColleague", excerpt: "fit", severity: "warning" }],
    },
    {
      text: "Honestly the new ortho SHO can get it 🥵",
      errors: [{ messageId: "aboutColleague", excerpt: "can get it", severity: "warning" }],
    },
    {
      text: "The sexy new reg on nights is going to be a problem for my concentration",
      errors: [{ messageId: "aboutColleague", excerpt: "sexy", severity: "warning" }],
    },
    {
      text: "Caught myself flirting with the F1 during handover, professional queen 💅😏",
      errors: [{ messageId: "aboutColleague", excerpt: "flirting with", severity: "warning" }],
    },
    {
      text: "The guy in bed 6 is a 10, I'm not okay 🥵",
      errors: [{ messageId: "aboutPatient", excerpt: "a 10", severity: "error" }],
    },
    {
      text: "The new radiographer is husband material, someone tell him I'm single 😍",
      errors: [{ messageId: "aboutColleague", excerpt: "husband material", severity: "warning" }],
    },
    {
      text: "Whoever designed the new theatre scrubs for the ortho regs, thank you 🍑🍑",
      errors: [{ messageId: "aboutColleague", excerpt: "scrubs", severity: "warning" }],
    },
    {
      text: "The locum on tonight makes my heart rate go up and it's not the caffeine 🥵",
      errors: [{ messageId: "aboutColleague", excerpt: "my heart rate", severity: "warning" }],
    },
    {
      text: "Matched with my 11am on Hinge 😍 fate?",
      errors: [{ messageId: "aboutPatient", excerpt: "Hinge", severity: "error" }],
    },
    {
      text: "Followed the F2 on Insta after the leaving do. Stunning. Might slide into her DMs 🤞",
      errors: [{ messageId: "aboutColleague", excerpt: "Stunning", severity: "warning" }],
    },
    {
      text: "@DrSamOrtho you can check my reflexes any time 😉",
      errors: [{ messageId: "aboutColleague", excerpt: "can check my reflexes any time", severity: "warning" }],
    },
    {
      text: "The F2 on my firm is unreasonably good looking and it's affecting my ability to present on ward round 😩",
      errors: [{ messageId: "aboutColleague", excerpt: "good looking", severity: "warning" }],
    },
    {
      text: "Not the new consultant being an absolute ride 🥵",
      errors: [{ messageId: "aboutColleague", excerpt: "absolute ride", severity: "warning" }],
    },
    {
      text: "Currently fancying the anaesthetic SHO, someone stop me",
      errors: [{ messageId: "aboutColleague", excerpt: "fancying", severity: "warning" }],
    },
    {
      text: "I'd climb the new locum like a tree 🌳😏",
      errors: [{ messageId: "aboutColleague", excerpt: "like a tree", severity: "warning" }],
    },
    {
      text: "10/10 would let the ortho reg reduce my shoulder again",
      errors: [{ messageId: "aboutColleague", excerpt: "10/10", severity: "warning" }],
    },
    {
      text: "The new reg 🤤🍑 that's all I'm saying",
      errors: [{ messageId: "aboutColleague", excerpt: "🤤🍑", severity: "warning" }],
    },
    // recall round 2: the open-invitation shape behind "can examine me anytime", own words
    {
      name: "open invitation to a colleague, with a wink",
      text: "The anaesthetist on my list today can put me to sleep any time 😉",
      errors: [{ messageId: "aboutColleague", excerpt: "can put me to sleep any time", severity: "warning" }],
    },
    {
      name: "looks adjective about a patient, with a flirting cue",
      text: "The handsome guy in cubicle 4 asked for my number and honestly he can have it 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "handsome", severity: "error" }],
    },
    {
      name: "looks remark during intimate care",
      text: "Did a smear on a stunning woman this morning and I'm only human 😬",
      errors: [{ messageId: "aboutPatient", excerpt: "stunning", severity: "error" }],
    },
    {
      name: "rated body part, colleague: a warning",
      text: "The new surgical reg has the nicest abs, saw them in the changing room 👀🍑",
      errors: [{ messageId: "aboutColleague", excerpt: "nicest abs", severity: "warning" }],
    },
    {
      name: "rated body part of a patient",
      text: "Patient on the AMU had the best arse I've seen all year 😂",
      errors: [{ messageId: "aboutPatient", excerpt: "best arse", severity: "error" }],
    },
    {
      name: "appointment put down to looks",
      text: "Funny how the new matron was hired for her looks. Can't think of another reason.",
      errors: [{ messageId: "aboutColleague", excerpt: "hired for her looks", severity: "warning" }],
    },
    {
      text: "Hot patient in bay 4 today, would tap that 😏",
      errors: [{ messageId: "aboutPatient", excerpt: "Hot patient", severity: "error" }, { messageId: "aboutPatient", excerpt: "would tap that", severity: "error" }],
    },
    {
      text: "New reg is total eye candy, no complaints from the nurses' station",
      errors: [{ messageId: "aboutColleague", excerpt: "eye candy", severity: "warning" }],
    },
    {
      name: "innuendo about an examination",
      text: "The new GP can examine me anytime 😉",
      errors: [{ messageId: "aboutColleague", excerpt: "can examine me anytime", severity: "warning" }],
    },
    {
      name: "US spelling, parent of a patient",
      text: "Peds patient's mom was a total MILF 🔥",
      errors: [{ messageId: "aboutPatient", excerpt: "MILF", severity: "error" }],
    },
    {
      name: "no target: a warning",
      text: "Horny and bored on a Sunday 😈",
      errors: [{ messageId: "sexual", excerpt: "Horny", severity: "warning" }],
    },
    {
      text: "That's what she said 😂 #nightshift",
      errors: [{ messageId: "sexualMaybe", excerpt: "That's what she said", severity: "info" }],
    },
    {
      name: "slept with a patient",
      text: "Confession: slept with a patient once. Best decision ever.",
      errors: [{ messageId: "aboutPatient", excerpt: "slept with a patient", severity: "error" }],
    },
    {
      name: "colleague objectified",
      text: "Nice rack on the new physio 👀",
      errors: [{ messageId: "aboutColleague", excerpt: "Nice rack", severity: "warning" }],
    },
    // recall pass 2: the mechanisms, in new words
    {
      name: "intimate exam joke about a colleague",
      text: "The new anaesthetic reg could give me a pelvic exam any time 😏",
      errors: [{ messageId: "aboutColleague", excerpt: "pelvic exam", severity: "warning" }],
    },
    {
      name: "intimate care with a suggestive emoji about a patient",
      text: "Helped catheterise the rugby player in bay 2 this morning 🍆🍆 no wonder he's popular",
      errors: [{ messageId: "aboutPatient", excerpt: "catheterise", severity: "error" }],
    },
    {
      name: "looks predicate pointed at a colleague in the next sentence",
      text: "Theatre scrubs make everyone look hot. Especially our new F1 👀🔥",
      errors: [{ messageId: "aboutColleague", excerpt: "hot", severity: "warning" }],
    },
    {
      name: "slang noun predicated of a colleague",
      text: "The locum on nights is a total snack 🥵",
      errors: [{ messageId: "aboutColleague", excerpt: "total snack", severity: "warning" }],
    },
    {
      name: "comparative looks word",
      text: "Physios just keep getting prettier every rotation, not complaining 😏",
      errors: [{ messageId: "aboutColleague", excerpt: "prettier", severity: "warning" }],
    },
    {
      name: "superlative looks word",
      text: "The hottest nurses on the unit, ranked 🔥",
      errors: [{ messageId: "aboutColleague", excerpt: "hottest", severity: "warning" }],
    },
    {
      name: "exposure of a patient, enjoyed",
      text: "Perk of nights: the patient in bed 3 in a gown that won't stay shut 😉",
      errors: [{ messageId: "aboutPatient", excerpt: "in a gown", severity: "error" }],
    },
    {
      name: "insinuation with a suggestive emoji about a colleague",
      text: "On call with the new SHO 😏 let's just say we didn't get much sleep",
      errors: [{ messageId: "aboutColleague", excerpt: "let's just say", severity: "warning" }],
    },
    {
      name: "patient asks for a number",
      text: "The cute one in bay 5 asked for my number at discharge 😳",
      errors: [{ messageId: "aboutPatient", excerpt: "cute", severity: "error" }],
    },
  ],
});
