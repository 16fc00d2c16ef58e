import rule from "../../../src/engine/rules/respect/colleagues";
import { ruleTester } from "../../support/rule-tester";

// GMP 36: treat colleagues fairly and with respect. Social media ¶15: do not bully, harass or make
// gratuitous, unsubstantiated or unsustainable comments about individuals online. Do's and don'ts:
// debate, but don't get involved in spats.
ruleTester(rule, {
  valid: [
    // repairing is belittling only when the work repaired is a colleague's
    { name: "the author fixing their own notes passes", text: "Spent the afternoon fixing my own notes before the audit." },
    { name: "cleaning up after a pet passes", text: "Mopping up the dog's mess in the hall" },
    { name: "fixing a patient's hearing aid passes", text: "I spent all day fixing the patient's hearing aid" },
    // a quoted title that names a house, a lecture or a prize is a name of a thing, not a doubted colleague
    { name: "a school house named after a doctor passes", text: "My niece's school has a 'Dr Jenner' house and she is very proud of it." },
    { name: "a named lecture passes", text: "The hospital's 'Dr Lister' lecture was packed tonight." },
    // a basic task denied of a colleague belittles them only as a standing trait: a trainee still
    // learning, a condition, the author's own skill or one shift's reason pass
    { name: "a trainee who cannot prescribe yet, with the author countersigning, passes", text: "Our F1 can't prescribe yet, so I countersign her charts." },
    { name: "advice on what to do if a new SHO cannot cannulate passes", text: "If the new SHO can't cannulate, call the outreach team." },
    { name: "the author's own inability passes", text: "I still can't read an ECG upside down after ten years." },
    { name: "a colleague unable to examine an agitated patient on one occasion passes", text: "The locum couldn't examine him as he was too agitated." },
    // tune8: congratulations on an achievement, even one about complications or complaints, are sincere
    { name: "congratulations on a complications research prize", text: "Congratulations to our registrar Dr Amin on her complications research prize!" },
    { name: "congrats on passing exams, no complaints", text: "Congrats to our F1 on passing her exams, no complaints from me!" },
    // tune8: idioms of incompetence about the author or a child are not about a colleague
    { name: "the author couldn't tell a rash from a bruise as a student", text: "As a student I couldn't tell a viral rash from a drug reaction. Teaching fixed that." },
    { name: "a toddler can't tell left from right", text: "My daughter still can't tell her left from her right, and she is four. Normal, says the HV." },
    // tune8: leadership titles need the author's possessive; a rota-maker thanked; "how she got" a diagnosis; a thing judged; a mood
    { name: "a minister criticised is not a colleague", text: "The health secretary is useless on workforce planning, and the chief executive of the think tank agrees." },
    { name: "our chief exec praised", text: "Our chief executive Priya Mendes is brilliant: she answered every question at the staff forum." },
    { name: "whoever wrote the rota thanked", text: "Whoever put together this rota deserves a medal. Absolute legend. Every weekend covered." },
    { name: "a patient's story of how she got a diagnosis", text: "This week's guest tells us how she eventually got a diagnosis after six years of pain. Worth a listen." },
    { name: "a campaigner's story of how he finally got help", text: "A reader wrote in about how he finally got a referral to the pain clinic. Persistence paid off." },
    { name: "telling the board a plan is rubbish, said of the plan", text: "Sometimes you have to tell the board the merger plan is bullshit. Politely, with data." },
    { name: "telling the consultant the rota is a joke", text: "I told our consultant the new rota is a joke and she agreed to fix it." },
    { name: "pissed-off doctors as a mood", text: "New episode: two pissed-off doctors on why general practice needs funding. Explicit tag." },
    { name: "knackered nurses as a mood", text: "Knackered nurses still turned up for the strike vigil at 6am. Proud of them." },
    // a festival named among staff with goodwill; contempt for a practice set among patients is not about colleagues
    { name: "half the rota off for Diwali, happy Diwali", text: "Half the rota off for Diwali this week, so the rest of us are covering. Happy Diwali to all our colleagues celebrating!" },
    // a threat that defends a coordinator from an outsider is not aimed at the colleague
    { name: "a threat to the man who swung at our coordinator", text: "If the man in cubicle 3 swings at our department coordinator again I'll knock him out myself." },
    // tune5-respect2: staff as a group praised, the people met at work who are not staff
    { name: "'bless him' after a colleague stayed late to help", text: "Our F1 stayed two hours late to finish the discharge letters. Bless him." },
    { name: "'bless him' in the same sentence as a colleague's success", text: "The new SHO had never done a chest drain before and nailed it, bless him." },
    { name: "'bless her' after a relative's failing, not a colleague's", text: "My mum couldn't work the telly remote at Christmas. Bless her." },
    { name: "'imagine being a nurse... and still loving' is praise", text: "Imagine being a nurse for 40 years and still loving every shift ❤️" },
    { name: "'imagine being a patient' is sympathy, not a colleague", text: "Imagine being a patient waiting twelve hours on a trolley with no food. We have to do better." },
    { name: "the partners' meeting: a quoted word before a thing", text: "Our GP 'partners' meeting moved to Thursday, bring biscuits." },
    { name: "PA colleagues praised, no quotes", text: "PA colleagues on our ward are brilliant and I'm glad to work with them." },
    { name: "a group of staff thanked", text: "Polish nurses on our ward are lovely and half of them speak three languages." },
    { name: "overseas nurses praised for the winter", text: "Overseas nurses have carried this ward through the winter. Thank you." },
    { name: "working with patients is not working with colleagues", text: "Working with frail elderly patients on the ward teaches you patience." },
    { name: "a family the author worked with, praised", text: "I worked with a lovely family today whose dad was dying; they were so kind to us." },
    // tune5: a colleague's excuse in scare quotes, look-alikes
    { name: "a registrar off 'sick', wished well", text: "Our registrar was off 'sick' today and honestly I hope she feels better soon, flu is awful this year." },
    { name: "the author's own 'too busy' excuse", text: "I told the consultant I was 'too busy' to go to the quiz 🙃 the truth is I hate quizzes." },
    { name: "an F1's excuse quoted and believed", text: "The F1 said he was 'stuck in traffic' and he was, the M6 was closed for hours. Poor lad." },
    // tune5: paralipsis and veiled call-outs, look-alikes
    { name: "'not saying' before praise", text: "Not saying our registrar is the best teacher ever, but I did learn a lot this week." },
    { name: "'not saying' about the author's own laziness", text: "I'm not saying I'm lazy, but the sofa and I have a close relationship 😂" },
    { name: "'They know.' after good news about a manager", text: "Our ward manager found funding for two extra HCAs on nights. They know." },
    { name: "'won't name' the author of a good rota, with thanks", text: "The new rota finally gives us protected teaching. Won't name the genius who wrote it but thank you 💙" },
    // tune5 (dev10/dev11): thanks before "you know who you are", a role naming a place or the author's own title
    { name: "thanks, then 'you know who you are'", text: "To the F1 who stayed late to help me with my discharges: thank you. You know who you are." },
    { name: "thanks a million, then 'you know who you are'", text: "To the ward sister who covered my break on Saturday: thanks a million. You know who you are 💙" },
    { name: "'only a GP surgery' names a building", text: "We're only a GP surgery but the new building looks like a hospital wing 😂" },
    { name: "the author's own quoted podcast title", text: "My 'Agony Nurse' podcast is back next week with a new co-host!" },
    { name: "children watched growing up in a retirement thank-you are no put-down", text: "Watched the children I vaccinated grow up and bring their own kids to clinic. Thank you to my partners and our nurses." },
    { name: "'when I grow up' is a wish, not a dismissal", text: "When I grow up I want to be as calm in resus as our charge nurse Dami. What a shift." },
    // a post won through a connection: the author's brother, a colleague chosen on merit
    { name: "the author's brother got a gym job through a mate", text: "My brother got the job because he's mates with the manager at the gym 😂" },
    { name: "a new F1 appointed on merit", text: "Our new F1 got the post because she was the best candidate by miles, and the consultant said so." },
    // congratulations: an achievement after a long road, a manager's real win, a novice's first skill
    { name: "an F2 congratulated on finally passing an exam", text: "Congratulations to our F2 on finally passing MRCP after three attempts 👏👏 so proud" },
    { name: "a ward manager thanked for finding funding at last", text: "Well done to our ward manager for finding the funding for two extra nurses at last 👏" },
    { name: "a registrar thanked for answering every bleep", text: "Kudos to the night reg for answering every single bleep with a smile. Legend." },
    // threats to colleagues: idioms with a colleague near, a patient's threat reported, the author's own back
    { name: "a registrar who'd kill for a coffee", text: "My reg said he'd kill for a coffee after that night 😂" },
    { name: "a patient's threat to an HCA, reported", text: "A patient in bay 4 threatened to punch our HCA today. Security came and everyone is fine." },
    { name: "the physio tells the team to mind their backs", text: "Our physio lead says watch your back when you lift: use the hoist, every time." },
    // call-outs: a thank-you, a nudge with the role only in the call-out, self-talk about lasting a shift
    { name: "a call-out that thanks the night nurses", text: "To the night nurses who never stopped all shift: you know who you are ❤️" },
    { name: "a call-out of patients who ring every morning, with the reception team as the wronged", text: "Our reception team takes abuse every morning from the same few callers who won't wait their turn. You know who you are." },
    { name: "a nudge about eLearning, the role only in the call-out", text: "Don't forget the eLearning deadline is Friday. Looking at you, registrars 😂" },
    { name: "the author would not last a shift without the team", text: "I wouldn't last a shift in ED without my team 😅" },
    { name: "a consultant thanked after a long day, with 'you know who you are'", text: "Our consultant didn't go home until every patient had been seen. You know who you are, and thank you." },
    { name: "leave the baking to people who went to culinary school", text: "Leave the baking to people who went to culinary school 😂 my cake for the ward collapsed" },
    { name: "applause for an F1 who recovered from a slip", text: "Our F1 forgot her stethoscope on day one and still smashed the ward round. Brilliant job 👏" },
    { name: "nurses too busy dancing at their Christmas party", text: "Nurses on ward 9 were too busy dancing at the Christmas party to notice the time 😂" },
    { name: "advice to wait for the data before tweeting", text: "@DrJo maybe wait for the full data before tweeting conclusions? Genuinely asking, the preprint is small." },
    // dev4/dev5 round 3: the new shapes' tempting neighbours
    { name: "praise after a failing that never happened", text: "Our reg never forgot a single handover this year. Great job as always 👏" },
    { name: "the author's own inability, beside praise of the F1s", text: "Honestly I can't even cannulate on nights 😂 the F1s are better than me" },
    { name: "a 'senior' post filled for lack of staff", text: "Our 'senior' nurse is a newly qualified band 5 because nobody else applied. Staffing crisis." },
    { name: "'nothing says' in sincere thanks to a nurse", text: "Nothing says 'I love you' like a nurse bringing you tea at 4am on nights 🙃" },
    { name: "a complaints process called a joke beside care-home residents", text: "The complaints process is a joke: the nursing home on our patch leaves residents unwashed for days." },
    // dev4/dev5 round 2: clinical advice in a reply; a shout-out of thanks
    { name: "clinical advice to a handle: check before starting", text: "@DrPriyaK maybe check the eGFR before starting metformin in that group, great case though" },
    { name: "a shout-out of thanks to a named reg", text: "Shout out to the surgical reg on call last night who came down at 4am to help me with a scared family. You know who you are ❤️" },
    // dev4/dev5 round: anger at organisations, situations and members of the public; sincere praise after a hard shift; plain limits of a role; roles named as words; family nicknames
    { name: "swearing at a national body's handle is not a spat with a colleague", text: "@NHSEngland what the hell is the point of a staff helpline that closes at 5pm on weekdays?" },
    { name: "telling a regulator's handle to do its job", text: "Three residents from the same care home admitted with pressure sores this month. @CQC do your job and inspect it." },
    { name: "a pay situation called a shit show", text: "Locum rates cut again while agency fees go up. What a shit show." },
    { name: "an open letter to a driver who blocked an ambulance", text: "To the driver who parked across our ambulance bay tonight: you absolute clown, the crew couldn't get out." },
    { name: "an open letter to a complainant mentioning our receptionist", text: "To the man who shouted at our receptionist this morning: she was doing her job. Grow up." },
    { name: "sincere praise after the reg never panicked", text: "Our reg never once panicked during that arrest and talked the whole team through it. Brilliant work 👏" },
    { name: "thanks for staying late", text: "@DrAmyW thank you for staying late to help me with the sick patient in bay 4, great teaching as always 🙏" },
    { name: "an F1's plain limits of practice", text: "Reminder for new F1s: you can't prescribe controlled drugs for discharge without a senior's check, so ask early." },
    { name: "a locum who can't access the system because of IT", text: "Our locum can't actually see any results because IT still haven't set up her login. Third week running." },
    { name: "the word consultant discussed as a title", text: "The title 'consultant' was introduced for hospital specialists when the NHS began in 1948." },
    { name: "the author's own grandad at his GP", text: "Took my grandad to see Dr Okoro today. She was brilliant with him, get that woman a medal." },
    { name: "nurses too busy to take breaks: sympathy, not blame", text: "Nurses on our ward are too busy to take their breaks most shifts. Staffing has to change." },
    // generalisation pass: respectful debate, disagreement with a policy, praise, condolences, self-deprecation, things and pastimes
    { name: "disagreeing with a registrar's plan", text: "I disagree with the registrar's plan, but we talked it through and agreed on a CT." },
    { name: "a rota called useless: a thing, not a person", text: "The new rota is useless and management won't listen. Raising it at the LNC." },
    { name: "praise for a new SHO", text: "Our new SHO was brilliant tonight. Calm, kind and quick. Proud of her." },
    { name: "condolences naming a consultant and the night team", text: "RIP Dr Ahmed, the kindest consultant I ever worked with. The night team are heartbroken." },
    { name: "thanks to a specialty", text: "Ortho were great today: reviewed my NOF within the hour. Thank you 🙏" },
    { name: "respectful disagreement with an @handle", text: "@DrHarris respectfully, the meta-analysis you cite excludes the largest trial. Happy to discuss." },
    { name: "the author's own first night", text: "As a new F1 I felt completely clueless on my first night. It gets better, I promise." },
    { name: "'imagine being a consultant and...' in admiration", text: "Imagine being a consultant and still taking the time to teach every F1 on the ward. Legend." },
    { name: "an anaesthetist thanked", text: "The anaesthetist on call tonight was so helpful with a difficult airway. Learned loads." },
    { name: "sincere 'bless our F1'", text: "Bless our F1, she stayed 2 hours late to finish the discharge letters 💙" },
    { name: "a registrar's words reported", text: "Our registrar told me I was clueless. I went home and cried. Be kind to juniors." },
    { name: "a printer given the chocolate teapot award", text: "The chocolate teapot award goes to our new printer, which has jammed 14 times today 🙄" },
    { name: "specialties compared respectfully", text: "Surgeons and physicians see risk differently; that's why joint ward rounds work so well." },
    { name: "'being rude isn't a personality' as a note to self", text: "Being rude isn't a personality. Note to self after a long night 😅" },
    { name: "a team described as stretched, not lazy", text: "The day team were stretched thin today: two off sick and a full take. No wonder jobs were left." },
    { name: "a question about passing exams", text: "How did you pass your exams? Share your tips below for the MRCP Part 1!" },
    { name: "a matron praised as a powerhouse", text: "Our matron is a powerhouse. Nobody can match her energy at 7am." },
    { name: "a disgrace that trusts don't pay: a policy", text: "It's a disgrace that trusts are still not paying junior doctors for missed breaks." },
    { name: "a group's behaviour discussed as culture, not blame", text: "Consultants who shout at juniors are a patient safety risk. We need better culture, not blame." },
    { name: "'useless fact' about the trust's history", text: "Useless fact of the day: the first consultant anaesthetist in our trust was appointed in 1946." },
    { name: "a dinosaur-themed fundraiser", text: "Dinosaur-themed fundraiser for the paeds ward this Saturday, our consultants will be in costume 🦖" },
    { name: "'not useless' in thanks", text: "Thank you to the night team for covering the gaps this week. You were not useless, you were heroes." },
    { name: "guidance called a joke: not a colleague", text: "The GMC's new guidance is a joke and doesn't reflect what trainees face." },
    { name: "debating a role's scope respectfully", text: "I worry the PA role is being expanded without proper regulation. Let's debate scope of practice properly." },
    { name: "a registrar's drain called a masterclass", text: "Watching our reg do a chest drain was a masterclass. Smooth, safe, and she talked me through every step." },
    { name: "'every time our registrar opens her mouth I learn'", text: "Every time our registrar opens her mouth at teaching I learn something new." },
    { name: "the author's own F1 self", text: "My F1 self would have been terrified of this bleep. Now I'm the one answering it." },
    { name: "'hopeless at the charity football match': a pastime", text: "The surgeons were hopeless at the charity football match and we loved every minute 😂" },
    { name: "The medical reg tonight answered every bleep within a minute. Hero.", text: "The medical reg tonight answered every bleep within a minute. Hero." },
    { name: "Whoever trained our new F2 did a brilliant job, she takes a lovely ...", text: "Whoever trained our new F2 did a brilliant job, she takes a lovely history." },
    { name: "Our consultant runs the best ward round in the hospital, calm and t...", text: "Our consultant runs the best ward round in the hospital, calm and thorough." },
    { name: "The night nurses on ward 7 caught a deteriorating patient early. Br...", text: "The night nurses on ward 7 caught a deteriorating patient early. Brilliant work." },
    { name: "@DrSamB happy retirement! Thanks for everything you taught us 📠😂", text: "@DrSamB happy retirement! Thanks for everything you taught us 📠😂" },
    { name: "Anaesthetists: what's your top tip for difficult cannulas? Asking f...", text: "Anaesthetists: what's your top tip for difficult cannulas? Asking for an F1." },
    { name: "The surgical SHO is sharp, keen and great with patients.", text: "The surgical SHO is sharp, keen and great with patients." },
    { name: "Our PA asked great questions today about furosemide dosing.", text: "Our PA asked great questions today about furosemide dosing." },
    { name: "That locum was a lifesaver, covered three shifts at short notice.", text: "That locum was a lifesaver, covered three shifts at short notice." },
    { name: "Paeds registrars are the most patient people on earth, honestly ❤️", text: "Paeds registrars are the most patient people on earth, honestly ❤️" },
    { name: "The day reg handed over everything perfectly, so grateful.", text: "The day reg handed over everything perfectly, so grateful." },
    { name: "Radiologists are overworked; we need more reporting sessions, not b...", text: "Radiologists are overworked; we need more reporting sessions, not blame." },
    { name: "@DrLiamK great thread on general practice funding, thank you.", text: "@DrLiamK great thread on general practice funding, thank you." },
    { name: "Our matron manages the ward brilliantly under huge pressure.", text: "Our matron manages the ward brilliantly under huge pressure." },
    { name: "The new consultant is lovely, utterly lovely.", text: "The new consultant is lovely, utterly lovely." },
    { name: "Honestly the cardiology SpR is brilliant. Like, properly brilliant.", text: "Honestly the cardiology SpR is brilliant. Like, properly brilliant." },
    { name: "The F1s this year are fab, they're already cannulating like pros.", text: "The F1s this year are fab, they're already cannulating like pros." },
    { name: "That surgeon is a total gentleman with the nurses.", text: "That surgeon is a total gentleman with the nurses." },
    // generalisation pass: more hard benign posts with the same words
    "Our regulars at the diabetic clinic are doing brilliantly with their new pumps.",
    "That new consultant is an absolute legend, stayed till 10pm teaching us.",
    "Our F1 is a star. Calm under pressure and kind to every patient.",
    "The night team were amazing tonight, three arrests and nobody lost their cool.",
    "My reg is brilliant but she's exhausted. Rota gaps are killing us all.",
    "I'm useless at remembering names, so I write them on my hand before ward round 😂",
    "Ward round took 4 hours today. Exhausting but the team were fab.",
    "Surgeons are basically the reason I went into medicine. Watching my first lap chole was magic.",
    "The old consultant who trained me retired today. A true gentleman.",
    "How did you cope with your first night shift? Tips for our new F1s please!",
    "Our HCAs are the backbone of the ward and deserve a pay rise.",
    "This rota is a nightmare, but the team makes it bearable.",
    "My husband is useless at assembling furniture, bless him 😂",
    "Our registrar has no patience for bad handovers, and honestly, good.",
    "The anaesthetist was so helpful, talked the patient through every step.",
    "\"Useless\" is how I felt after my first arrest. It gets better, I promise.",
    "The charge nurse is a genius at finding beds. How she does it I'll never know 🙌",
    "Our F2 thinks she's going to be a surgeon and honestly she'll be brilliant.",
    "Typical surgeon: fixed the hernia, then stayed to explain everything to the family. Lovely.",
    "My consultant couldn't be kinder. She spent an hour with a frightened family today.",
    "The new rota coordinator is hopeless at Excel but great with people 😅",
    "Bless our night porters, they carried the resus trolley up three floors when the lift broke.",
    { name: "criticising a group of colleagues' system, not an individual", text: "Our rota co-ordinators are stretched thin and the system they're given is useless." },
    // recall round 2: benign counterparts
    { name: "a literal clown", text: "Took my niece to the circus today and she loved the clown." },
    { name: "the author's own competence", text: "I'm not competent in chest drains yet, so I asked my reg to supervise." },
    { name: "sincere applause for a colleague", text: "Shout out to the night reg who stayed an extra hour to help me. Truly inspirational 👏👏" },
    { name: "a comparison that praises", text: "Our new clinical director has the energy of a golden retriever and the patience of a saint" },
    { name: "a call-out phrase in thanks", text: "Huge thanks to the nurses on ward 7 last night, you know who you are ❤️" },
    // firm, respectful disagreement with an argument or a policy
    "I disagree with @drX's reading of the trial data: the confidence interval crosses 1.",
    "With respect to @DrPatel, the NICE guidance says otherwise. Happy to discuss the evidence.",
    "Strongly oppose the new rota policy. Management need to listen to juniors on this.",
    // thanks and condolences naming colleagues
    "Huge thanks to our registrar Dr Patel, who stayed two hours late to help me 🙏",
    // self-deprecation
    "I'm such an idiot, left my stethoscope at home again 🤦‍♀️",
    { name: "negated", text: "Our new F1 is not useless at all, she's brilliant" },
    { name: "reported speech (abuse received)", text: "A consultant once told me I was useless. I now make a point of being kind to every F1." },
    { name: "about a thing, not a person", text: "This useless pager system needs replacing, the IT team agree" },
    { name: "quoted to reject", text: "We need to stop saying 'stay in your lane' to nurses who raise concerns." },
    "Pharmacists are brilliant. Ask them before you prescribe 💊",
    { name: "a joke about a policy", text: "The new rota policy is a joke. We deserve better, and we'll say so at the LNC." },
    // a predicate noun restates its subject; staff of a numbered ward are identifiable (praise passes)
    { name: "staff of a numbered ward praised with a superlative pass", text: "the physios on ward 14 are the most patient people i have ever met, honestly x" },
    { name: "a patient on a ward is not a colleague", text: "the lady on ward 3 is the loveliest person, brought the whole bay cake" },
    // understatement: the idiom raises a judging word; praise or the author's own state pass
    { name: "praise raised by an understatement passes", text: "our reg stayed 3 hours late to help me. grateful isn't the word" },
    { name: "the author's own tiredness raised by an understatement passes", text: "4 nights in a row on the acute take. knackered doesn't even cover it" },
    // call-outs after the author was mistreated; thanks after kindness pass
    { name: "a thank-you call-out after kindness in text-speak passes", text: "shoutout to the sister on nights who made me feel so welcome on my first shift. you know who u are ❤️" },
    { name: "a call-out of a laugh shared with a colleague passes", text: "my reg made me laugh so much on nights. you know who you are" },
    // a self-important put-down needs a colleague: of a politician it passes
    { name: "a politician who loves the sound of his own voice passes", text: "that MP on question time loves the sound of his own voice" },
    { name: "a named consultant praised in the sentence before a short remark passes", text: "dr okafor's teaching ward rounds are the best. so calm, so kind" },
    // a post named by department + role ("our OT lead") is one colleague; praise of her passes
    { name: "a department lead praised passes", text: "our OT lead is a legend, sorted 3 discharges before lunch" },
    { name: "a department lead who is not called lazy passes", text: "our physio lead is never lazy about handover, she writes everything down" },
    // a call-out naming a colleague on a numbered ward; a training reminder to that ward passes
    { name: "a training reminder to a numbered ward passes", text: "don't forget your mandatory training is due friday! looking at you, nurses on ward 9 😉" },
    // an endearment closing a sneer at a colleague belittles; friendly teasing with one passes
    { name: "teasing a friend with a laugh and an endearment passes", text: "@DrAmyL not you doing a 14 hour shift again 😂 go home hun" },
    { name: "an endearment in a goodbye passes", text: "@sam_nurse see u tomorrow hun x" },
    // training reduced to its length and set against what the colleague asks or wants belittles them
    { name: "a colleague's short course and new skill passes", text: "my reg did a 6 week course in ultrasound and now she's brilliant at lines" },
    { name: "a short induction course criticised as a system failing passes", text: "our F1 only did a 2 day course before being let loose on the ward, scandalous training" },
    { name: "a relative's course and plans, with pride, passes", text: "she did a 3 year course and wants to specialise in paeds next, so proud of my sister" },
    // "couldn't X between them" belittles a group of colleagues; of children or the author's own team lifting, it passes
    { name: "children who couldn't finish a pizza between them pass", text: "the kids couldn't finish the pizza between them lol" },
    { name: "the author and a colleague unable to lift a patient pass", text: "the two of us couldn't lift him between us, had to get the hoist" },
    // "my favourite" before its noun is sincere; standing alone after a colleague's failing it is irony
    { name: "engaged to a favourite colleague, with a laugh, passes", text: "moved in with my favourite anaesthetist this weekend 🏡 we met at a wedding, not at work, before anyone asks 😂" },
    { name: "a favourite registrar thanked passes", text: "my favourite reg never lets me leave without a debrief. what a gem" },
    // "hasn't seen a patient since..." mocks a colleague as out of touch; of the author it passes
    { name: "the author's own research year passes", text: "i haven't seen a patient since march, research year is weird" },
    { name: "a retired author keeping up CPD passes", text: "retired in 2019 so i haven't seen a patient since, but still renew my CPD every year" },
    { name: "a judging word the author declines to use passes", text: "our new SHO asks loads of questions. lazy is not the word i'd use, keen more like" },
  ],
  invalid: [
    // tune8: congratulations whose object is a failing are irony at a colleague's expense
    {
      name: "well done to the night reg on another Datix",
      text: "Well done to our night reg on yet another Datix this week 👏",
      errors: [{ messageId: "insult", excerpt: "Well done to our night reg on yet another Datix", severity: "error" }],
    },
    {
      name: "congrats to the locum on his third complaint",
      text: "Congrats to the locum on his third complaint since Monday. Quite the record.",
      errors: [{ messageId: "insult", excerpt: "Congrats to the locum on his third complaint", severity: "error" }],
    },
    // tune8: hyperbolic idioms of incompetence said of a colleague belittle them
    {
      name: "the night reg couldn't tell sepsis from a cold",
      text: "Our night reg couldn't tell sepsis from a common cold. Terrifying.",
      errors: [{ messageId: "insult", excerpt: "couldn't tell sepsis from a", severity: "error" }],
    },
    {
      name: "the new consultant wouldn't know an ECG if it bit him",
      text: "The new consultant wouldn't know an abnormal ECG if it bit him on the nose.",
      errors: [{ messageId: "insult", excerpt: "wouldn't know an abnormal ECG if it bit", severity: "error" }],
    },
    // tune8: a leadership title after "our"/"my" names the author's colleague; "whoever wrote the rota"; "how he got the job"
    {
      name: "our chief exec called a useless figurehead",
      text: "Our chief exec Marcus Lund is a useless, overpaid figurehead who has never set foot on a ward.",
      errors: [{ messageId: "insult", excerpt: "useless", severity: "error" }],
    },
    {
      name: "my medical director called an idiot",
      text: "My medical director is an absolute idiot and everyone in the building knows it.",
      errors: [{ messageId: "insult", excerpt: "idiot", severity: "error" }],
    },
    {
      name: "a fragment swearing at whoever drew up the rota",
      text: "Whoever drew up the rota for December needs their head examined. Total dickhead. Four nights in a row again.",
      errors: [{ messageId: "insult", excerpt: "dickhead", severity: "error" }],
    },
    {
      name: "whoever was covering the bleep called a muppet",
      text: "Whoever did the rota this month has clearly never worked a night. Absolute muppet.",
      errors: [{ messageId: "insult", excerpt: "muppet" }],
    },
    // a practice held in contempt, set among staff (the rota, cover): colleagues belittled for their faith (GMP 36)
    {
      name: "half the rota off for Ramadan again, the rest of us cover",
      text: "Half the rota off for Ramadan AGAIN. Lovely for them. Guess who covers.",
      errors: [{ messageId: "generalising", excerpt: "Ramadan", severity: "error" }],
    },
    // a threat at a post the shared colleague words lack ("the rota coordinator", "our clinical supervisor")
    {
      name: "a threat at the rota coordinator",
      text: "If the rota coordinator cancels my leave again I'm going to smack her.",
      errors: [{ messageId: "threat", excerpt: "I'm going to smack her", severity: "error" }],
    },
    // tune5-respect2: a condescending sign-off after a colleague's failing (GMP 36, social media ¶15)
    {
      name: "'Bless him.' after a reg's hyperbolic failure",
      text: "Our new reg couldn't put in a cannula if the vein was lit up in neon. Bless him.",
      errors: [{ messageId: "belittling", excerpt: "Bless him", severity: "error" }],
    },
    {
      name: "'Sure Jan.' after a locum's failing",
      text: "The locum forgot the bloods again and left the ward at 5. Sure Jan.",
      errors: [{ messageId: "belittling", excerpt: "Sure Jan", severity: "error" }],
    },
    // tune5-respect2: "imagine being a <role> for years and still <failing>": the incredulity carried by "and still"
    {
      name: "a registrar of six years who still can't read a gas",
      text: "Imagine being a registrar for six years and still not knowing how to read a gas 🙃",
      errors: [{ messageId: "belittling", excerpt: "Imagine being a registrar", severity: "error" }],
    },
    {
      name: "a surgeon of a decade who still leaves the op note blank",
      text: "Imagine being a surgeon for a decade and still leaving the op note blank half the time 🙃",
      errors: [{ messageId: "belittling", excerpt: "Imagine being a surgeon", severity: "error" }],
    },
    // tune5-respect2: a staff group's title denied by scare quotes after its role ("ACP 'colleagues'")
    {
      name: "ACP 'colleagues' with an eye-roll",
      text: "ACP 'colleagues' now want their own parking bays. Next they'll be asking for my rota slot 🙄",
      errors: [{ messageId: "belittling", excerpt: "'colleagues'", severity: "error" }],
    },
    {
      name: "locum 'doctors' doubted, with an eye-roll",
      text: "Locum 'doctors' on nights again, none of them will put in a cannula 🙄",
      errors: [{ messageId: "belittling", excerpt: "'doctors'", severity: "error" }],
    },
    // tune5-respect2: colleagues generalised over as a class (GMP 36, social media ¶15)
    {
      name: "nurses of one origin said to understand nothing, eye-rolled",
      text: "International nurses are sweet but honestly half of them can't understand a word the patients say 🙄",
      errors: [{ messageId: "generalising", excerpt: "International nurses are sweet but honestly half", severity: "error" }],
    },
    {
      name: "the people the author works with judged as a load, with a laugh",
      text: "Working with a load of men in theatre is like babysitting, no wonder nothing gets done 😂",
      errors: [{ messageId: "belittling", excerpt: "load of", severity: "error" }],
    },
    {
      name: "a coordinator's 'too busy' doubted with an eye-roll",
      text: "Funny how our rota coordinator is always 'too busy' to answer emails the week before Christmas 🙄",
      errors: [{ messageId: "belittling", excerpt: "'too busy'", severity: "error" }],
    },
    {
      name: "a surgeon 'suddenly' off 'sick', then 'Funny that.'",
      text: "The on-call surgeon suddenly went 'sick' the minute the list overran. Funny that.",
      errors: [{ messageId: "belittling", excerpt: "'sick'", severity: "error" }],
    },
    // tune5: paralipsis ("not saying X is Y, but...") and veiled call-outs ("They know.", "knows who she is")
    {
      name: "paralipsis: 'not saying our registrar is useless, but'",
      text: "Not saying our registrar is useless, but he hasn't answered a single bleep all week.",
      errors: [{ messageId: "insult", excerpt: "useless", severity: "error" }],
    },
    {
      name: "paralipsis: 'I'm not saying... I'm just saying'",
      text: "I'm not saying the new locum is lazy. I'm just saying he's never seen before 11.",
      errors: [{ messageId: "insult", excerpt: "lazy", severity: "error" }],
    },
    {
      name: "a veiled call-out two sentences after the failing",
      text: "Some nurses on nights treat obs as optional once the lights go off. Won't name the ward. They know.",
      errors: [{ messageId: "belittling", excerpt: "They know", severity: "error" }],
    },
    {
      name: "'not naming names but... knows who she is'",
      text: "Some physios on our team still don't read the notes before seeing a patient. Not naming names but the one who started in May knows who she is 🙄",
      errors: [{ messageId: "belittling", excerpt: "Not naming names but", severity: "error" }],
    },
    // tune5 (dev10/dev11): the look-alikes' counterparts still flagged
    {
      name: "'you know who you are' after a colleague's failing",
      text: "To the registrar who hung up on me three times last night: you know who you are.",
      errors: [{ messageId: "spatMaybe", excerpt: "you know who you are", severity: "warning" }],
    },
    {
      name: "a colleague belittled as 'only a GP'",
      text: "Some of us are just a GP to the consultants on the phone. Only a GP, apparently 🙄",
      errors: [{ messageId: "insultMaybe", excerpt: "just a GP", severity: "info" }, { messageId: "belittling", excerpt: "Only a GP", severity: "error" }],
    },
    {
      name: "a colleague's title in scare quotes",
      text: "Our 'nurse' practitioner can't even do a blood pressure properly.",
      errors: [{ messageId: "insultMaybe", excerpt: "'nurse'", severity: "warning" }, { messageId: "belittling", excerpt: "can't even do", severity: "error" }],
    },
    {
      name: "a colleague said to have won her role through friendship with the director",
      text: "Our new clinical lead started today. She got the role through being friends with the medical director, and everyone knows it.",
      errors: [{ messageId: "belittling", excerpt: "got the role through being friends with the medical director", severity: "error" }],
    },
    {
      name: "a consultant said to have won a promotion by being married to the chief exec",
      text: "The consultant who got the promotion only got it because he's married to the chief exec.",
      errors: [{ messageId: "belittling", severity: "error", excerpt: "got the promotion only got it because he's married to the chief" }],
    },
    {
      name: "congratulating a consultant on finally answering a bleep, with claps, belittles them",
      text: "Well done to the on-call consultant for finally answering his phone after the third crash call 👏👏",
      errors: [{ messageId: "belittling", excerpt: "done to the on-call consultant for finally answering", severity: "error" }],
    },
    {
      name: "congratulating a manager on discovering where the staff room is, a year into the job",
      text: "Congratulations to our matron on locating the staff room a whole year into the job 🙃",
      errors: [{ messageId: "belittling", excerpt: "Congratulations to our matron on locating", severity: "error" }],
    },
    {
      name: "a threat of violence to a registrar is bullying a colleague",
      text: "If the on-call reg ignores my bleep once more tonight I'm going to punch him.",
      errors: [{ messageId: "threat", excerpt: "I'm going to punch him", severity: "error" }],
    },
    {
      name: "intimidating whoever told the consultant, a sentence later",
      text: "Whoever told the consultant I left early: I know it was one of you lot. Watch your back.",
      errors: [{ messageId: "threat", excerpt: "Watch your back", severity: "error" }],
    },
    {
      name: "a failing of a colleague by role, then a pointed call-out, singles them out in public",
      text: "Our new registrar still can't take a history without the F1 holding his hand. You know who you are, Dr K.",
      errors: [{ messageId: "belittling", excerpt: "You know who you are", severity: "error" }],
    },
    {
      name: "'looking at you' after a colleague's failing, with an upside-down face",
      text: "Nothing like an anaesthetist who turns up forty minutes late to a crash call. Looking at you, B. 🙃",
      errors: [{ messageId: "belittling", excerpt: "Looking at you", severity: "error" }],
    },
    {
      name: "a named doctor called a disgrace to 'our' profession",
      text: "Dr Amir Shah is a disgrace to our profession.",
      errors: [{ messageId: "belittling", excerpt: "disgrace to our profession", severity: "error" }],
    },
    {
      name: "a nurse told to leave prescribing to people who went to medical school",
      text: "@NurseAmyRN leave the prescribing to people who actually went to medical school, thanks",
      errors: [{ messageId: "belittling", excerpt: "leave the prescribing to people who actually went to medical school", severity: "error" }],
    },
    {
      name: "a rota coordinator called a liability",
      text: "Our rota coordinator is a total liability, three double-booked nights this month 🙄",
      errors: [{ messageId: "belittling", excerpt: "total liability", severity: "error" }],
    },
    // dev4/dev5 round 2: condescension about speaking up in a reply; a call-out to a colleague's failing closed with 'you know who you are'
    {
      name: "telling a handle to read up before posting",
      text: "@DrTomH_GP maybe read the actual trial before tweeting about it again.",
      errors: [{ messageId: "spat", excerpt: "maybe read the actual trial before tweeting", severity: "warning" }],
    },
    {
      name: "a call-out to the anaesthetist who ignored a bleep, closed with 'you know who you are'",
      text: "Shout out to the anaesthetist on call on Friday who ignored three bleeps while my patient desaturated. You know who you are 🙂",
      // the call-out after a colleague's failing points the criticism at one colleague: belittling, not a spat
      errors: [{ messageId: "belittling", excerpt: "You know who you are", severity: "error" }],
    },
    // dev4/dev5 round: sarcastic praise after a failing; an inability litany about a grade; scare-quoted roles; an ageist nickname for a named doctor; colleagues too busy with a pastime to do their work
    {
      name: "sarcastic praise to an @handle after they failed a patient",
      text: "@DrKenny_ortho thanks for discharging my patient with a missed fracture. Stellar work as usual 👏",
      errors: [{ messageId: "belittling", excerpt: "Stellar work", severity: "error" }],
    },
    {
      name: "sarcastic 'great job' after the reg forgot a handover",
      text: "Our reg forgot to hand over the septic patient in bay 4 again. Great job 🙃",
      errors: [{ messageId: "belittling", excerpt: "Great job", severity: "error" }],
    },
    {
      name: "a litany of what this year's trainees cannot do",
      text: "Honestly worried about the new FY1s on our rota. Can't take bloods, can't write a drug chart, can't do a handover.",
      errors: [{ messageId: "insultMaybe", excerpt: "Can't take bloods, can't write a drug chart", severity: "warning" }],
    },
    {
      name: "a named director who 'can't even' do the basics of the post",
      text: "Dr Hale is our new rota lead and he can't even count to seven nights. Inspired choice.",
      errors: [{ messageId: "belittling", excerpt: "can't even count", severity: "error" }],
    },
    {
      name: "registrars put in scare quotes to doubt they deserve the title",
      text: "Some 'registrars' on this unit still need a blood gas interpreted for them.",
      errors: [{ messageId: "insultMaybe", excerpt: "'registrars'", severity: "warning" }],
    },
    {
      name: "an ageist nickname for a named consultant",
      text: "Our consultant Mr Lowry still writes his op notes by hand and can't find the PACS login. Somebody buy grandad an iPad 👴",
      errors: [{ messageId: "belittling", excerpt: "grandad", severity: "error" }],
    },
    {
      // (the staff of a ward named by its number are identifiable: an error, as for one colleague)
      name: "nurses said to be too busy with a pastime to do their work",
      text: "The night nurses on ward 6 are apparently too busy scrolling their phones to answer call bells.",
      errors: [{ messageId: "insult", excerpt: "too busy scrolling their phones to answer", severity: "error" }],
    },
    // generalisation pass: a judging word or a belittling frame said of an identifiable colleague or a specialty (roles, grades, @handles, 'a certain surgeon')
    {
      name: "a new SHO called completely clueless",
      text: "Our new SHO is completely clueless. Couldn't even tell me what a NEWS score was 🙄",
      errors: [{ messageId: "insult", excerpt: "clueless", severity: "error" }],
    },
    {
      name: "a team dismissed in a fragment: 'Useless, the lot of them'",
      text: "The night team left me 8 jobs AGAIN. Useless, the lot of them.",
      errors: [{ messageId: "insultMaybe", excerpt: "Useless", severity: "warning" }],
    },
    {
      name: "a veiled colleague ('a certain surgeon') and the 'couldn't X with a map' hyperbole",
      text: "A certain surgeon on this rota couldn't find an appendix with a map and a torch 😂",
      errors: [{ messageId: "belittling", excerpt: "couldn't find an appendix with a map and a torch", severity: "error" }],
    },
    {
      name: "a specialty as its own stereotype, with an eye-roll",
      text: "Ortho being ortho again 🙄 refused to review a #NOF because 'medically unfit'. Typical.",
      errors: [{ messageId: "belittling", excerpt: "Ortho being ortho", severity: "error" }],
    },
    {
      name: "a reply to an @handle calling their take embarrassing",
      text: "@DrHarris your take on statins is embarrassing. Stick to dermatology, mate.",
      errors: [{ messageId: "belittling", excerpt: "embarrassing", severity: "error" }],
    },
    {
      name: "mock incredulity at a consultant's failing",
      text: "Imagine being a consultant and still not knowing how to read a gas 🤡",
      errors: [{ messageId: "belittling", excerpt: "Imagine being a consultant", severity: "error" }],
    },
    {
      name: "'about as useful as a chocolate teapot'",
      text: "The anaesthetist on call tonight is about as useful as a chocolate teapot",
      errors: [{ messageId: "belittling", excerpt: "about as useful as", severity: "error" }, { messageId: "belittling", excerpt: "chocolate teapot", severity: "error" }],
    },
    {
      name: "ironic 'bless our F1' with a laugh",
      text: "bless our F1, tried to prescribe 10g of paracetamol. How they passed finals is beyond me 😂",
      errors: [{ messageId: "insultMaybe", excerpt: "How they passed", severity: "warning" }],
    },
    {
      name: "a colleague who cried called a snowflake",
      text: "The F2 cried on the ward round again. Snowflake generation, honestly 🙄",
      errors: [{ messageId: "insult", excerpt: "Snowflake", severity: "error" }],
    },
    {
      name: "'shouldn't be allowed near patients' said of a registrar",
      text: "Radiology reg refused my CT again. Honestly they shouldn't be allowed near patients.",
      errors: [{ messageId: "insultMaybe", excerpt: "shouldn't be allowed near", severity: "warning" }],
    },
    {
      name: "'no business being a doctor'",
      text: "Our registrar has no business being a doctor. Zero clinical judgement.",
      errors: [{ messageId: "belittling", excerpt: "has no business being a", severity: "error" }, { messageId: "belittling", excerpt: "Zero clinical judgement", severity: "error" }],
    },
    {
      name: "a colleague called a liability in a fragment",
      text: "Watching the medical SHO try to do a chest drain was painful. Total liability.",
      errors: [{ messageId: "insultMaybe", excerpt: "Total liability", severity: "warning" }],
    },
    {
      name: "a locum called hopeless",
      text: "The locum GP this week was hopeless, sent every kid with a temp to paeds. Where do they find these people?",
      errors: [{ messageId: "insult", excerpt: "hopeless", severity: "error" }],
    },
    {
      name: "condescension in a reply: 'cute that you think'",
      text: "@NurseJo cute that you think you understand pharmacology 😂",
      errors: [{ messageId: "belittling", excerpt: "cute that you think", severity: "error" }],
    },
    {
      name: "'being rude isn't a personality' about a registrar",
      text: "Can someone tell the gynae reg that being rude isn't a personality? 🙄",
      errors: [{ messageId: "belittling", excerpt: "rude", severity: "error" }],
    },
    {
      name: "a team called a bunch of lazy so-and-sos",
      text: "The day team are a bunch of lazy so-and-sos, handed over 3 unclerked patients again",
      errors: [{ messageId: "insult", excerpt: "lazy", severity: "error" }],
    },
    {
      name: "an educational supervisor called spineless",
      text: "My ES is a spineless waste of a salary. Never backs us up.",
      errors: [{ messageId: "belittling", excerpt: "spineless", severity: "error" }, { messageId: "belittling", excerpt: "waste of a salary", severity: "error" }],
    },
    {
      name: "ward rounds called 'a masterclass in how not to be a doctor'",
      text: "Dr Okoye's ward rounds are a masterclass in how not to be a doctor 🙄",
      errors: [{ messageId: "belittling", excerpt: "masterclass in how not to", severity: "error" }],
    },
    {
      name: "pretension mocked: 'thinks he's a consultant. Bless him'",
      text: "Our PA thinks he's a consultant. Bless him 🤡",
      errors: [{ messageId: "belittling", excerpt: "thinks he's a consultant", severity: "error" }],
    },
    {
      name: "a consultant called an absolute dinosaur",
      text: "The new consultant is an absolute dinosaur, still writing paper drug charts and refusing to learn the system 🦖",
      errors: [{ messageId: "belittling", excerpt: "dinosaur", severity: "error" }],
    },
    {
      name: "a specialty belittled as overconfident plumbers",
      text: "Surgeons are basically overconfident plumbers with God complexes.",
      errors: [{ messageId: "insultMaybe", excerpt: "overconfident", severity: "warning" }],
    },
    {
      name: "a matron called a power-tripping nightmare; nobody can stand her",
      text: "Our matron is a power-tripping nightmare. Nobody can stand her.",
      errors: [{ messageId: "belittling", excerpt: "power-tripping", severity: "error" }, { messageId: "belittling", excerpt: "nightmare", severity: "error" }, { messageId: "insultMaybe", excerpt: "Nobody can stand her", severity: "warning" }],
    },
    {
      name: "'thick as a plank' said of a registrar",
      text: "the on-call psych reg was thick as a plank, didn't know what lithium does",
      errors: [{ messageId: "insultMaybe", excerpt: "thick as a plank", severity: "warning" }],
    },
    {
      name: "an open letter: 'you're a disgrace'",
      text: "To the cardiology fellow who ignored my bleep for 2 hours: you're a disgrace.",
      errors: [{ messageId: "insultMaybe", excerpt: "a disgrace", severity: "warning" }],
    },
    {
      name: "'I lose brain cells' when a registrar speaks",
      text: "Every time that registrar opens her mouth I lose brain cells 🙄",
      errors: [{ messageId: "belittling", excerpt: "I lose brain cells", severity: "error" }],
    },
    {
      name: "a consultant called a walking disaster",
      text: "The micro consultant is a walking disaster. Every antibiotic plan is wrong.",
      errors: [{ messageId: "insultMaybe", excerpt: "walking disaster", severity: "warning" }],
    },
    {
      name: "a trainee called a danger to patients",
      text: "Our new CT1 is a danger to patients and everyone on the ward knows it.",
      errors: [{ messageId: "belittling", excerpt: "a danger to patients", severity: "error" }],
    },
    {
      name: "a specialty called overpaid, with a typo and a laugh",
      text: "anaesthetists r just overpaid gas men who sit on their phones lol",
      errors: [{ messageId: "insultMaybe", excerpt: "overpaid", severity: "warning" }],
    },
    {
      name: "Our gas man tonight was clueless, took 4 attempts to intu...",
      text: "Our gas man tonight was clueless, took 4 attempts to intubate 🙄",
      errors: [{ messageId: "insult", excerpt: "clueless", severity: "error" }],
    },
    {
      name: "The new reg is a walking liability, I wouldn't let him ne...",
      text: "The new reg is a walking liability, I wouldn't let him near my nan",
      errors: [{ messageId: "insult", excerpt: "walking liability", severity: "error" }],
    },
    {
      name: "@DrTomK honestly embarrassing that you still don't unders...",
      text: "@DrTomK honestly embarrassing that you still don't understand basic stats. Stick to the ward.",
      errors: [{ messageId: "belittling", excerpt: "embarrassing", severity: "error" }],
    },
    {
      name: "The on-call micro reg is about as much use as a chocolate...",
      text: "The on-call micro reg is about as much use as a chocolate fireguard",
      errors: [{ messageId: "belittling", excerpt: "about as much use as", severity: "error" }, { messageId: "insultMaybe", excerpt: "chocolate fireguard", severity: "warning" }],
    },
    {
      name: "Imagine being an ST5 and still not knowing how to do a ga...",
      text: "Imagine being an ST5 and still not knowing how to do a gas 😂",
      errors: [{ messageId: "insultMaybe", excerpt: "Imagine being an ST5", severity: "warning" }],
    },
    {
      name: "Radiology being radiology again 🙄 refused a CT for a q...",
      text: "Radiology being radiology again 🙄 refused a CT for a query PE",
      errors: [{ messageId: "belittling", excerpt: "Radiology being radiology", severity: "error" }],
    },
    {
      name: "Our ES is hopeless, hasn't signed a single form all year",
      text: "Our ES is hopeless, hasn't signed a single form all year",
      errors: [{ messageId: "insultMaybe", excerpt: "hopeless", severity: "warning" }],
    },
    {
      name: "The locum SHO was dense as anything, didn't know what a N...",
      text: "The locum SHO was dense as anything, didn't know what a NEWS score was",
      errors: [{ messageId: "belittling", excerpt: "dense as", severity: "error" }],
    },
    {
      name: "Surgeons gonna surgeon 🙄 cut first, think later",
      text: "Surgeons gonna surgeon 🙄 cut first, think later",
      errors: [{ messageId: "insultMaybe", excerpt: "Surgeons gonna surgeon", severity: "warning" }],
    },
    {
      name: "To the ortho reg who ignored my bleep all night: you're u...",
      text: "To the ortho reg who ignored my bleep all night: you're useless",
      errors: [{ messageId: "insult", excerpt: "useless", severity: "error" }],
    },
    {
      name: "Pretty sure our new F1 got her degree from a cereal box 😂",
      text: "Pretty sure our new F1 got her degree from a cereal box 😂",
      errors: [{ messageId: "belittling", excerpt: "from a cereal box", severity: "error" }],
    },
    {
      name: "The orthopaedic reg today had the bedside manner of a brick",
      text: "The orthopaedic reg today had the bedside manner of a brick",
      errors: [{ messageId: "belittling", excerpt: "the bedside manner of a brick", severity: "error" }],
    },
    {
      name: "Nursing staff on ward 5 are absolutely useless at night",
      text: "Nursing staff on ward 5 are absolutely useless at night",
      errors: [{ messageId: "insultMaybe", excerpt: "useless", severity: "warning" }],
    },
    {
      name: "Our consultant is a dinosaur who still thinks women shouldn't do su...",
      text: "Our consultant is a dinosaur who still thinks women shouldn't do surgery",
      errors: [{ messageId: "insult", excerpt: "dinosaur", severity: "error" }],
    },
    {
      name: "@NurseAmyB sweetheart, leave the prescribing to the doctors 😘",
      text: "@NurseAmyB sweetheart, leave the prescribing to the doctors 😘",
      errors: [{ messageId: "insult", excerpt: "sweetheart", severity: "error" }, { messageId: "belittling", excerpt: "leave the prescribing to the doctors", severity: "error" }],
    },
    {
      name: "GPs these days refer everything, lazy lot",
      text: "GPs these days refer everything, lazy lot",
      errors: [{ messageId: "insultMaybe", excerpt: "lazy", severity: "warning" }],
    },
    {
      name: "Whoever was on call for surgery last night should be ashamed of the...",
      text: "Whoever was on call for surgery last night should be ashamed of themselves",
      errors: [{ messageId: "insultMaybe", excerpt: "should be ashamed of themselves", severity: "warning" }],
    },
    {
      name: "Just had the pleasure of working with the laziest registrar in the ...",
      text: "Just had the pleasure of working with the laziest registrar in the deanery",
      errors: [{ messageId: "insultMaybe", excerpt: "laziest", severity: "warning" }],
    },
    {
      name: "The paeds SHO has the clinical reasoning of a goldfish",
      text: "The paeds SHO has the clinical reasoning of a goldfish",
      errors: [{ messageId: "insultMaybe", excerpt: "the clinical reasoning of a goldfish", severity: "warning" }],
    },
    {
      name: "Our practice nurse is a gossip and a liar, don't trust her with any...",
      text: "Our practice nurse is a gossip and a liar, don't trust her with anything",
      errors: [{ messageId: "insult", excerpt: "liar", severity: "error" }],
    },
    {
      name: "The medical reg tonight is a complete waste of a bleep, never answers",
      text: "The medical reg tonight is a complete waste of a bleep, never answers",
      errors: [{ messageId: "insultMaybe", excerpt: "complete waste of a", severity: "warning" }],
    },
    {
      name: "Whoever trained our new F2 should be struck off, she can't take a h...",
      text: "Whoever trained our new F2 should be struck off, she can't take a history",
      errors: [{ messageId: "belittling", excerpt: "should be struck off", severity: "error" }],
    },
    {
      name: "Our consultant couldn't run a bath, let alone a ward round 🙄",
      text: "Our consultant couldn't run a bath, let alone a ward round 🙄",
      errors: [{ messageId: "belittling", excerpt: "couldn't run a bath", severity: "error" }],
    },
    {
      name: "The night nurses on ward 7 are a joke, found them all asleep at 3am",
      text: "The night nurses on ward 7 are a joke, found them all asleep at 3am",
      errors: [{ messageId: "insult", excerpt: "are a joke", severity: "error" }, { messageId: "belittling", excerpt: "a joke", severity: "error" }],
    },
    {
      name: "@DrSamB lol ok grandad, back to your fax machine 📠",
      text: "@DrSamB lol ok grandad, back to your fax machine 📠",
      errors: [{ messageId: "spat", excerpt: "ok grandad", severity: "warning" }, { messageId: "belittling", excerpt: "grandad", severity: "error" }, { messageId: "spat", excerpt: "back to your fax machine", severity: "warning" }],
    },
    {
      name: "Anaesthetists think they're gods because they can do a cannula. Get...",
      text: "Anaesthetists think they're gods because they can do a cannula. Get over yourselves 🙄",
      errors: [{ messageId: "belittling", excerpt: "Get over yourselves", severity: "error" }],
    },
    {
      name: "The surgical SHO is about as sharp as a spoon",
      text: "The surgical SHO is about as sharp as a spoon",
      errors: [{ messageId: "belittling", excerpt: "about as sharp as", severity: "error" }],
    },
    {
      name: "Our PA was clueless again today, asked me what furosemide is 🤦",
      text: "Our PA was clueless again today, asked me what furosemide is 🤦",
      errors: [{ messageId: "insult", excerpt: "clueless", severity: "error" }],
    },
    {
      name: "That locum is a menace and should never be let near a sick patient ...",
      text: "That locum is a menace and should never be let near a sick patient again",
      errors: [{ messageId: "insult", excerpt: "menace", severity: "error" }],
    },
    {
      name: "The day reg handed over nothing useful again. Clueless as always 🙄",
      text: "The day reg handed over nothing useful again. Clueless as always 🙄",
      errors: [{ messageId: "insult", excerpt: "Clueless", severity: "error" }],
    },
    {
      name: "Radiologists hiding behind 'clinical correlation advised'. Cowards,...",
      text: "Radiologists hiding behind 'clinical correlation advised'. Cowards, the lot of them",
      errors: [{ messageId: "insultMaybe", excerpt: "Cowards", severity: "warning" }],
    },
    {
      name: "@DrLiamK you're an embarrassment to general practice, delete your a...",
      text: "@DrLiamK you're an embarrassment to general practice, delete your account",
      errors: [{ messageId: "insult", excerpt: "an embarrassment", severity: "error" }],
    },
    {
      name: "Our matron couldn't manage a piss-up in a brewery, never mind a ward",
      text: "Our matron couldn't manage a piss-up in a brewery, never mind a ward",
      errors: [{ messageId: "belittling", excerpt: "couldn't manage a piss-up in a brewery", severity: "error" }],
    },
    {
      name: "The new consultant is useless, utterly useless",
      text: "The new consultant is useless, utterly useless",
      errors: [{ messageId: "insult", excerpt: "useless", severity: "error" }, { messageId: "insult", excerpt: "useless", severity: "error" }],
    },
    {
      name: "Honestly the cardiology SpR is thick. Like, properly thick.",
      text: "Honestly the cardiology SpR is thick. Like, properly thick.",
      errors: [{ messageId: "belittling", excerpt: "thick", severity: "error" }, { messageId: "insultMaybe", excerpt: "thick", severity: "warning" }],
    },
    {
      name: "The F1s this year are hopeless, can't even cannulate",
      text: "The F1s this year are hopeless, can't even cannulate",
      errors: [{ messageId: "insultMaybe", excerpt: "hopeless", severity: "warning" }],
    },
    {
      name: "That surgeon is a total prick to the nurses",
      text: "That surgeon is a total prick to the nurses",
      errors: [{ messageId: "belittling", excerpt: "prick", severity: "error" }],
    },
    // recall round 2: mechanisms rather than phrases
    {
      name: "a faculty compared to an object",
      text: "Our new clinical director has the common sense of a wet paper bag.",
      errors: [{ messageId: "belittling", excerpt: "the common sense of a wet paper bag", severity: "error" }],
    },
    {
      name: "a one-word retort after a put-down in a reply",
      text: "@DrAdams your thread is the dumbest take I've seen all week. Clown.",
      errors: [{ messageId: "insult", excerpt: "Clown", severity: "error" }],
    },
    {
      name: "an unsubstantiated comment about one identifiable colleague (¶15) is an error",
      text: "The locum on our ward clearly isn't competent and everyone knows it.",
      errors: [{ messageId: "insult", excerpt: "isn't competent", severity: "error" }],
    },
    {
      name: "sarcastic praise after a failing",
      text: "Shout out to the night reg who left me four unclerked admissions at handover. Truly inspirational 👏👏",
      errors: [{ messageId: "insultMaybe", excerpt: "Truly inspirational", severity: "warning" }],
    },
    {
      name: "unnamed colleagues at the author's workplace",
      text: "Some people in this department seem to think answering bleeps is optional. Must be nice 🙃",
      errors: [{ messageId: "insultMaybe", excerpt: "seem to think", severity: "warning" }],
    },
    {
      name: "belittling a new colleague's appointment",
      text: "Our new CD is a total diversity hire, can't chair a meeting.",
      errors: [{ messageId: "belittling", excerpt: "diversity hire", severity: "error" }],
    },
    {
      // recall round 2: one identifiable colleague belittled, with swearing inside the remark, is a clear case
      name: "belittling with a masked intensifier inside the phrase",
      text: "Our new consultant is a f***ing joke",
      errors: [{ messageId: "belittling", excerpt: "is a f***ing joke", severity: "error" }],
    },
    {
      name: "several belittling remarks add up",
      text: "Some GP partners think they're above the rest of us. Ego the size of a planet.",
      errors: [{ messageId: "belittling", excerpt: "think they're above", severity: "error" }, { messageId: "insultMaybe", excerpt: "Ego the size of", severity: "warning" }],
    },
    {
      text: "@DrJones you're an absolute idiot and a danger to patients",
      errors: [{ messageId: "insult", excerpt: "idiot", severity: "error" }],
    },
    {
      name: "masked insult about a former colleague (HCPTS 2017)",
      text: "clown shoes. Same initials as some useless fat c+++ I used to work with",
      errors: [{ messageId: "insult", excerpt: "c+++", severity: "error" }, { messageId: "insultMaybe", excerpt: "useless", severity: "info" }],
    },
    {
      text: "That idiot registrar left me with 12 jobs at handover",
      errors: [{ messageId: "insult", excerpt: "idiot", severity: "error" }],
    },
    {
      name: "spat with a nurse",
      text: "@NurseKate stay in your lane, this is a medical decision",
      errors: [{ messageId: "spat", excerpt: "stay in your lane", severity: "warning" }],
    },
    {
      text: "@drmike go back to med school before you lecture anyone on sepsis",
      errors: [{ messageId: "spat", excerpt: "go back to med school", severity: "warning" }],
    },
    {
      name: "swearing at a handle",
      text: "@drx wtf are you on about? 🙄",
      errors: [{ messageId: "spat", excerpt: "wtf", severity: "warning" }],
    },
    {
      name: "belittling a named colleague",
      text: "Dr Hughes is a disgrace to the profession.",
      errors: [{ messageId: "belittling", excerpt: "disgrace to the profession", severity: "error" }],
    },
    {
      name: "US spelling, attending",
      text: "Our attending is such a moron, he yelled at the interns all night",
      errors: [{ messageId: "insult", excerpt: "moron", severity: "error" }],
    },
    {
      name: "a judging superlative said of a numbered ward's staff through a predicate noun",
      text: "honestly the HCAs on ward 11 are the rudest people i have come across in this job",
      errors: [{ messageId: "insult", excerpt: "rudest", severity: "error" }],
    },
    {
      name: "a judging superlative said of one colleague through a predicate noun",
      text: "our locum sho is the most clueless man i've ever shadowed",
      errors: [{ messageId: "insult", excerpt: "clueless", severity: "error" }],
    },
    {
      name: "understatement: a judging word raised about the colleague just named",
      text: "my ES hasn't replied to a single email since august. useless doesn't even cover it",
      errors: [{ messageId: "belittling", excerpt: "useless", severity: "error" }],
    },
    {
      name: "understatement in text-speak about a named role",
      text: "the night reg went home at 2 and left me the whole take again. lazy isnt the word tbh",
      errors: [{ messageId: "belittling", excerpt: "lazy", severity: "error" }],
    },
    {
      name: "a veiled call-out after a colleague humiliated the author, in text-speak",
      text: "big shoutout to the reg who shouted at me in front of the whole team on my first day. you know who u are x",
      errors: [{ messageId: "belittling", excerpt: "you know who u are", severity: "error" }],
    },
    {
      name: "a veiled call-out two sentences after a colleague reduced the author to tears",
      text: "thanks to the anaesthetist who reduced me to tears in theatre today. really appreciated 🙃. everyone knows who you are",
      errors: [{ messageId: "belittling", excerpt: "everyone knows who you are", severity: "error" }],
    },
    {
      name: "a self-important put-down of a colleague named as Dr X just before",
      text: "dr morgan's teaching is 2 hours of slides about his own papers. mans loves the sound of his own voice",
      errors: [{ messageId: "belittling", excerpt: "loves the sound of his own voice", severity: "error" }],
    },
    {
      name: "a self-important put-down of a role in the same sentence",
      text: "our consultant loves the sound of her own voice, 90 minute meeting for one slide",
      errors: [{ messageId: "insult", excerpt: "loves the sound of her own voice", severity: "error" }],
    },
    {
      name: "paralipsis about a lead named by her department",
      text: "not saying our SLT lead is lazy but she's had the same 3 referrals open since june",
      errors: [{ messageId: "insult", excerpt: "lazy", severity: "error" }],
    },
    {
      name: "a call-out that places its colleague on a numbered ward",
      text: "if u can't do a set of obs without asking twice maybe this job isn't for u. looking at you, new HCA on ward 21 🙃",
      errors: [{ messageId: "belittling", excerpt: "looking at you", severity: "error" }],
    },
    {
      name: "an endearment closing a sneer in a reply to a colleague",
      text: "@tom_fy1 some of us actually read the drug chart before signing it sweetie 🙄",
      errors: [{ messageId: "belittling", excerpt: "some of us actually read the drug chart before signing it sweetie", severity: "error" }],
    },
    {
      name: "an endearment closing 'not for you' said to a named role",
      text: "our new F1 cried again on the ward round. not being funny but maybe medicine isn't for you babe",
      errors: [{ messageId: "insultMaybe", excerpt: "isn't for you babe", severity: "warning" }],
    },
    {
      name: "a colleague's training length held against what he asks, in a reply",
      text: "@ben_pa_uk mate u did an 18 month course and asked me what a troponin was yesterday 💀",
      errors: [{ messageId: "belittling", excerpt: "did an 18 month course", severity: "error" }],
    },
    {
      name: "a colleague's short masters held against what she wants to be called",
      text: "our new ACP did a one year masters and insists the patients call her doctor",
      errors: [{ messageId: "insult", excerpt: "did a one year masters", severity: "error" }],
    },
    {
      name: "a colleague's title doubted in scare quotes is still belittling beside a named thing elsewhere",
      text: "Our 'senior' reg asked me what a potassium is.",
      errors: [{ messageId: "insultMaybe", excerpt: "'senior'", severity: "warning" }],
    },
    {
      name: "spending a week undoing a locum's prescribing belittles him in public",
      text: "Lovely to have a locum all week. We'll be spending the next fortnight undoing all his prescribing 🙄",
      errors: [{ messageId: "belittling", excerpt: "undoing all his prescribing", severity: "error" }],
    },
    {
      name: "mopping up a colleague's mess is flagged for review",
      text: "Another morning mopping up the night reg's mess.",
      errors: [{ messageId: "insultMaybe", excerpt: "mopping up the night reg's mess", severity: "warning" }],
    },
    {
      name: "a colleague said to be unable to diagnose a trivial illness is belittled in public",
      text: "Our new locum couldn't diagnose a sore throat. Spare me.",
      errors: [{ messageId: "belittling", excerpt: "couldn't diagnose", severity: "error" }],
    },
    {
      name: "warning a village off a GP who cannot write a readable prescription belittles him",
      text: "Word to the wise: the GP over at Millbrook can't write a prescription you can read.",
      errors: [{ messageId: "belittling", excerpt: "can't write", severity: "error" }],
    },
    {
      name: "a team that couldn't do the basics between them",
      text: "the weekend surgical team couldn't write a legible drug chart between them",
      errors: [{ messageId: "insultMaybe", excerpt: "couldn't write a legible drug chart between them", severity: "warning" }],
    },
    {
      name: "two registrars who could not do the basics between the pair of them (a group: a warning)",
      text: "our two new regs couldn't cannulate a drainpipe between the pair of them 🙄",
      errors: [{ messageId: "insultMaybe", excerpt: "couldn't cannulate a drainpipe between the pair of them", severity: "warning" }],
    },
    {
      name: "'my favourite' alone, ironic, after a colleague's failing",
      text: "the night reg bleeped me at 4am to chart paracetamol he never prescribed. my favourite 🙃",
      errors: [{ messageId: "belittling", excerpt: "my favourite", severity: "error" }],
    },
    {
      name: "a director mocked as out of touch with the wards",
      text: "our clinical director hasn't set foot on a ward since 2015 and he's writing the new rota 🙃",
      errors: [{ messageId: "belittling", excerpt: "hasn't set foot on a ward since", severity: "error" }],
    },
    {
      name: "a slang subject points back at the one colleague just named",
      text: "our new consultant asked me what a NEWS score is. man hasn't touched a patient in years 🙄",
      errors: [{ messageId: "belittling", excerpt: "hasn't touched a patient in years", severity: "error" }],
    },
    {
      name: "colleagues as a group",
      text: "Some surgeons are butchers, honestly",
      errors: [{ messageId: "insultMaybe", excerpt: "butchers", severity: "warning" }],
    },
    {
      name: "fragment after naming a colleague",
      text: "Screenshotting this WhatsApp from my consultant so you can all see what he is like. Absolute psychopath.",
      errors: [{ messageId: "insultMaybe", excerpt: "psychopath", severity: "warning" }],
    },
    {
      name: "a team, and a pronoun subject",
      text: "Just watched a physician associate try to do a lumbar puncture. Embarrassing. These people should be nowhere near patients. 😬",
      errors: [{ messageId: "belittling", excerpt: "should be nowhere near patients", severity: "error" }],
    },
  ],
});
