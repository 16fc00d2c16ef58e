import rule from "../../../src/engine/rules/conduct/discrimination";
import { ruleTester } from "../../support/rule-tester";

// GMP 65 and the adviser's seriousness table: discriminatory language ranks above disrespect of
// patients. Neutral mentions of groups, reported abuse and critique of tropes must pass.
ruleTester(rule, {
  valid: [
    // a group's habit with an accommodation or a kindness after it is no blame
    { name: "a religious group's fasting with the teaching moved for them passes", text: "Muslim colleagues always fast in Ramadan, which is why we move the teaching to mornings." },
    { name: "a group always covering the rest of us passes", text: "Female consultants always end up covering the rest of us on bank holidays, bless them" },
    // a colleague's nationality beside praise, an idiom or a failing with its own reason is no prejudice
    { name: "a colleague's nationality beside praise passes", text: "The Polish nurse on nights is brilliant." },
    { name: "a colleague's nationality with an idiom of disbelief passes", text: "My Indian registrar can't believe how cold it is here" },
    { name: "a colleague's nationality with a failing put down to paperwork passes", text: "Our Romanian reg can't get a visa renewal because the Home Office lost his forms." },
    { name: "the author's own inability beside a colleague's nationality passes", text: "Our Nigerian consultant taught me so much, I couldn't have passed without her." },
    // a group named as running something that is no seat of power
    { name: "a food bank run by a religious community", text: "Our local food bank is run by the Jewish community and they are brilliant, donations welcome." },
    { name: "a family firm run by a Sikh family", text: "Shout out to the pharmacy on the high street, owned by a Sikh family for forty years." },
    // a language named as a fact of care, or the author's own family
    { name: "a lady who couldn't say a word in English, and pictures drawn", text: "Lovely lady in bay 2 couldn't say a word in English, so we drew pictures and the whole bay joined in." },
    { name: "my gran couldn't say a word in English when she arrived", text: "My gran couldn't say a word in English when she arrived in 1962. Now she runs the church choir." },
    // a religious practice resented ("off for Eid again, lovely for them"), versus planning around it
    { name: "planning care around fasting, with a patient refusing a dose", text: "Ramadan starts this week. If a patient would refuse daytime tablets, talk about switching to once-daily dosing at iftar." },
    { name: "covering a colleague's festival leave gladly", text: "Covering for Amir over Eid so he can be with his family. Lovely for them, and he covers my Christmas." },
    // "need not apply": the exclusion formula of job adverts, only with a group as subject
    { name: "time-wasters need not apply is no group", text: "Hiring a receptionist for our practice. Time-wasters and recruiters need not apply." },
    { name: "mums as a group in a benign notice", text: "The mums and tots group is back at the health centre on Tuesdays from next week." },
    { name: "quoting the historic sign to condemn it", text: "My grandad remembers 'No Irish need apply' signs in London. We have come a long way and must not go back." },
    { name: "another family, thanked", text: "Another Muslim family brought baklava for the night staff, another lovely shift." },
    { name: "thefts reported plainly", text: "Travellers' site residents reported thefts to the police this week." },
    { name: "'mysterious' thefts with no group", text: "The ward had a spate of thefts; the 'mysterious' thefts turned out to be a porter." },
    // disclaimers, wants and mental health patients (dev10/dev11 shapes): tempting look-alikes
    { name: "a disclaimer about parking, not a group", text: "I have nothing against gay people, but I do have something against bad parking." },
    { name: "mental health patients failed by waits", text: "Mental health patients are waiting far too long for beds." },
    { name: "a group that always wants to thank the team", text: "Polish patients always want to thank the whole team." },
    { name: "nothing against a rota", text: "Nothing against the new rota but it makes no sense." },
    { name: "a generalisation denied is a rebuttal: older people aren't a burden", text: "Older people aren't a 'burden' on the NHS. They paid for it, they volunteer in it, and they hold families together. Language matters." },
    { name: "migrants are not criminals: the trait denied", text: "Migrants are not criminals, they staff our wards." },
    // recall round 3 (the frame composer): the same groups and words in health-inequality data,
    // advocacy, culturally specific care, reported or quoted abuse, a restricted set of people
    // ("men who can't handle their lager"), a barrier rather than a trait ("can't access")
    { text: "South Asian patients have higher rates of type 2 diabetes at lower BMI, so screen from 25. #MedEd" },
    { text: "Ramadan tips for Muslim patients with diabetes: adjust sulfonylureas and check glucose if unwell." },
    { text: "A patient told me to \"go back to where I came from\" today. Reported it. Racism has no place in the NHS." },
    { text: "Interpreters are a right, not a favour. Book one for every patient who needs it, however long they've lived here." },
    { text: "Health tourism costs the NHS far less than the headlines claim: 0.3% of the budget. Here's the data." },
    { text: "Black women are four times more likely to die in pregnancy than white women in the UK. This is a scandal." },
    { text: "Older doctors always have the best stories from the days before EWTD 😂" },
    { text: "Our Polish healthcare assistants are the backbone of this ward, dziękuję 💙" },
    { text: "Trans patients can't always access GP care because of registration barriers. Let's fix that." },
    { text: "Eastern European patients may have had BCG at birth, so interpret Mantoux results with care." },
    { text: "Travellers always get a warm welcome at our practice; no fixed address doesn't mean no GP." },
    { text: "Pregnant staff are entitled to a risk assessment; managers, please do them early." },
    { text: "Autistic adults often wait years for a diagnosis. Here's how primary care can help." },
    { text: "Women can't be refused a smear test because they've never had sex. Please stop telling them that." },
    { text: "Muslim colleagues: the prayer room on level 2 is open again 🕌" },
    { text: "Jehovah's Witnesses may decline blood products: document an advance decision early." },
    { text: "Migrants staff a third of our ED rota. Stop blaming them for waiting times." },
    { text: "The \"they all look the same\" comment from a colleague today was racist and I reported it." },
    { text: "Gay and bisexual men can now donate blood under the same rules as everyone else. Good." },
    { text: "Elderly patients always deserve a full medication review after a fall." },
    { text: "Typical NHS IT, the system crashed again during ward round 🙄" },
    { text: "Those Indian takeaways near the hospital are a lifesaver on nights 🍛" },
    { text: "Every time I work with the Filipino nurses on ICU I learn something new 🙏" },
    { text: "Why do so many older patients stop their statins? Often side effects nobody asked about." },
    { text: "Can't speak English? You still have a right to an interpreter and to free GP registration." },
    { text: "Asian flush after alcohol is an ALDH2 variant, not an allergy. #MedEd" },
    { text: "Benefit cuts are hitting disabled patients hardest; our food bank referrals have doubled." },
    { text: "The old consultants on our unit are brilliant teachers; they've forgotten more than I'll ever know." },
    { text: "A man on the bus said immigrants are ruining the NHS. I told him his surgeon was an immigrant." },
    { text: "Deaf patients deserve BSL interpreters booked in advance, not a notepad at the front desk." },
    { text: "Nigerian doctors make up a huge part of our workforce and we should say thank you more often." },
    { text: "Older patients never complain, which is exactly why we need to ask them about pain." },
    { text: "We say 'learning disability', not the old words. Language matters in the notes too." },
    { text: "Our Ramadan clinic runs every year: adjust insulin, plan the fast, check glucose if unwell. #diabetes" },
    { text: "Learning English as an adult is hard; our practice runs free ESOL referrals and books interpreters for every visit." },
    { text: "Funny how the nicest patients are always the ones who apologise for \"wasting our time\" 💙" },
    { text: "Grown men who can't handle their lager, the Saturday night classic in ED 🍺" },
    { text: "95-year-olds can do brilliantly after hip surgery; age alone is not a reason to refuse an operation." },
    { text: "Trans men are men, trans women are women. Respect pronouns in the notes." },
    { text: "Patients from India often ask which generics are covered; here's our leaflet." },
    { text: "Doctors from Nigeria who trained in Lagos join our rota next week 🎉" },
    { text: "Just back from Kenya, where the clinic can't get enough insulin for its patients." },
    { text: "Refugees from Syria can't access GP care without an address, which is simply wrong." },
    { text: "Can't stand the way some people talk about international nurses; they keep our wards open." },
    { text: "The most difficult conversations I have are with families, whatever their background." },
    { text: "Every Romanian family I treated this year was lovely and grateful 💙" },
    { text: "Our Jehovah's Witness patients are always clear about blood products, which makes planning easier." },
    { text: "Women are still paid less than men in medicine. Shocking." },
    { text: "Autistic kids can't cope with a busy waiting room, so we offer quiet slots." },
    { text: "Deaf patients can't understand masked speech; use clear masks where you can." },
    { text: "Elderly patients can't always manage their inhalers, so check technique at every review." },
    { text: "Pregnant women can't have live vaccines, so check before the MMR." },
    { text: "Polish nurses on our ward are the best, always up for a laugh." },
    { text: "Trans patients are just patients. Treat them like everyone else." },
    { text: "Dementia patients can't remember their medication, so blister packs and carers help." },
    { text: "Headlines say migrants are criminals. The data says otherwise." },
    { text: "My mum still can't speak English after 40 years here and I translate for her at every appointment ❤️" },
    { text: "Ramadan again and I've cocked up the fasting rota every single year 🙄 sorry team" },
    // recall round 2: a group and a quantifier without a judgement, or a judgement of a system
    { name: "group, quantifier, no judgement", text: "Muslim patients always appreciate a heads-up about fasting and insulin doses before Ramadan." },
    { name: "group judged kindly", text: "Gypsy, Roma and Traveller communities face some of the worst health outcomes in the UK. Here's what we're doing about it." },
    { name: "older people and a system complaint", text: "Older people again left on trolleys overnight. Social care funding is the nightmare here, not them." },
    // recall round 2: benign counterparts
    { name: "fitness of equipment, not people", text: "Old theatre tables aren't built for bariatric patients; we need better kit." },
    { name: "sexual-health advice for a group", text: "Gay men can get PrEP free at sexual health clinics; book a check-up." },
    { name: "a group praised", text: "Overseas doctors make up a third of our rota and we couldn't run the unit without them." },
    // group adjective + noun in neutral or advocacy use
    "Black patients are less likely to be offered pain relief in ED. We need to fix this.",
    "Trans patients deserve respectful care; here is our new guidance.",
    "Women surgeons are underrepresented in the consultant workforce.",
    { name: "naming a stereotype as a myth", text: "The myth that Black patients feel less pain still shapes prescribing." },
    "Disabled parking is full again, the hospital needs more spaces.",
    "Health inequalities for Black women in maternity care are stark. MBRRACE figures show a fourfold difference in mortality.",
    "The idea that migrants are a drain on the NHS is a myth: they staff it.",
    { name: "reported abuse (masked)", text: "A patient called me a p*** today. Not OK." },
    { name: "reported abuse (plain) is info at most", text: "A patient called me a paki today. Not OK." },
    { name: "reclaimed self-description", text: "As a queer doctor I love Pride month 🏳️‍🌈" },
    { name: "clinical term", text: "Child with spastic diplegia: botulinum toxin to the calves helped her gait" },
    "Muslim colleagues fasting this Ramadan: rota swaps are available, just ask 🌙",
    "Trans people face long waits for gender services; here's what GPs can do in the meantime.",
    { name: "critique of a trope", text: "'Jews control the media' is an antisemitic trope and has no place in medicine." },
    "Older patients are all different: frailty scores help, age alone doesn't.",
    { name: "universal claim without hostility", text: "Pregnant women always need folic acid before 12 weeks" },
    "Women are always welcome at our surgical taster days 👩‍⚕️",
    // pathologising, precautions, backhanded praise, veiled communities: the benign posts sharing their words
    { name: "minority stress and mental illness in trans people is public health", text: "Trans people face higher rates of mental illness, largely due to minority stress. Good thread on affirming care 🧵" },
    { name: "denying that being non-binary is an illness is support", text: "Being non-binary is not a mental illness, and our clinic letters should use the pronouns patients give us." },
    { name: "autism in girls is missed, not a fad: teaching", text: "Autism in girls is under-diagnosed; the rise in diagnoses reflects better recognition, not a trend." },
    { name: "locking the drugs cupboard as a routine, no group", text: "Reminder: lock the drugs cupboard and hide your purses in the staff room, we've had a break-in on level 3." },
    { name: "praise of female surgeons with a real condition about rota", text: "Female surgeons are great role models, and we need more of them on the consultant rota." },
    { name: "Ramadan planning for diabetic patients is care", text: "Ramadan starts next week: if you take insulin or a sulfonylurea, book a review with the diabetes nurse so we can plan your doses 🌙" },
    { name: "a community's benefits advice clinic is support", text: "Some communities in our patch struggle to access the benefits system, so the practice now hosts a welfare advice clinic." },
    { name: "nurses who understand Polish, for a recruitment drive", text: "We're recruiting nurses who speak Polish or Romanian to support our new interpreter service. DM me!" },
    { name: "adding pronouns to an email signature", text: "Our clinic letters now ask for pronouns, so I'll be adding mine (she/her) to my email signature." },
    { name: "a nickname offered beside the author's pronouns", text: "Call me 'Doc' if you like; my pronouns are he/him." },
    { name: "never letting a diabetic patient near the biscuits, as a joke about care", text: "Never let a diabetic patient near the biscuit tin without checking their sugars first 😂" },
    { name: "every time a family needs an interpreter, the service books one", text: "Every time a Somali family comes into paeds we book an interpreter and a double slot. Good practice." },
    { name: "a Scottish clan tartan at the ward Burns night", text: "Burns night on ward 6: every Scottish nurse wore their clan tartan 🏴" },
    { name: "'great, until they hit the glass ceiling' names a barrier, not a stereotype", text: "Women surgeons are great, until they hit the glass ceiling that we keep building." },
    { name: "'some people think autism is a fad. It isn't.' reports a claim to rebut it", text: "Some people think autism is a fad. It isn't. Here's the evidence 🧵" },
    { name: "blue badge abuse that hurts wheelchair users is their side", text: "Blue badge abuse by non-disabled drivers is a scam that hurts wheelchair users." },
    { name: "wheelchair users reporting 'accessible' toilets as a scam", text: "Wheelchair users told us the 'accessible' toilets in outpatients are a scam: no rails, no space." },
    // dev8 generalisation pass: veiled groups; benign look-alikes
    { name: "a health-inequality post asking 'guess which community' passes", text: "Guess which community has the lowest bowel screening uptake in our area? Let's fix access, not blame." },
    { name: "serving the same community for decades passes", text: "Thirty years serving the same community, and they still bring cake to the surgery 🎂" },
    { name: "'same families, same money worries' about hardship passes", text: "Same families, same money worries, every winter in clinic. Poverty is a health issue." },
    { name: "asking for a carer of one's own sex for intimate care passes", text: "I don't want a male nurse doing my smear, is it OK to ask for a female one?" },
    { name: "not wanting a gay nurse to feel unwelcome passes", text: "I don't want a gay nurse to ever feel unwelcome on our ward. Pride lanyards are in the office 🌈" },
    { name: "'women surgeons are fine until they meet bias' names a barrier", text: "Women surgeons are fine until they meet the bias in our promotion panels. Fix the panels." },
    // care withheld from a group of patients (GMP 56): adjustments, counts and views are not refusals
    { name: "an adjustment for autistic children is care", text: "I don't bother with a cannula for autistic kids if the cream has worked, we go straight to the blood test." },
    { name: "a quiet room instead of the main waiting room", text: "Autistic patients can find clinics impossible, so I don't see them in the main waiting room, we use the quiet room." },
    { name: "a count in an audit", text: "We don't see enough autistic patients in our audit to say anything yet." },
    { name: "a view rebutted", text: "I don't see autistic patients as a problem, they just need a different approach." },
    // not "getting" the humour: one occasion, or a barrier the group meets
    { name: "one quiz joke explained", text: "Some of the overseas nurses didn't get the joke in the Christmas quiz, so we explained it and they won the next round 😂" },
    { name: "overseas nurses not getting support is a barrier", text: "Overseas nurses don't get the same induction support, and that needs fixing." },
    // a people pointed at by a place left unnamed needs a sneer; health facts and praise pass
    { name: "a visa requirement, no sneer", text: "Everyone from that country needs a visa to visit, so the conference moved online." },
    { name: "TB screening for people from a region", text: "Patients from that part of the world have higher rates of TB, so screen early." },
    { name: "colleagues met at conferences, praised", text: "Everyone from that continent I've met at conferences has been lovely, apparently it's the food." },
    // Down syndrome: the condition and care for the group are not a generalisation
    { name: "heart screening for children with Down syndrome", text: "Children with Down syndrome are more likely to have congenital heart disease, so always listen for a murmur." },
    { name: "families thanked", text: "Lovely clinic with families of kids with Down's today, they always bring cake 🥰" },
    { name: "antenatal screening named", text: "Screening for Down syndrome is offered to everyone at 10-14 weeks." },
    // a surname is read as a people only when it "tells you" or "says it all" about them
    { name: "a surname recognised, an old teacher", text: "The surname on the screen told me it was my old teacher, lovely to catch up." },
    { name: "wristband checks", text: "Please check the surname and date of birth on every wristband before giving blood." },
    { name: "one person's surname gives away a family link", text: "Her surname gives it away, she's the consultant's daughter, and she starts on our ward next week." },
    // tune7 (young clinicians' register): weariness traits, ward shorthand for doctors, a country for its people, disclaimers
    { name: "patients in pain is care, not a trait", text: "elderly patients are in a lot of pain after hip fractures, prescribe early" },
    { name: "a group in pain, from an audit", text: "sikh patients on the renal ward are in pain more often than we think, audit shows" },
    { name: "junior docs defended", text: "junior docs can't do everything at once, be kind to them" },
    { name: "half a country at a wedding", text: "half of poland was at my cousin's wedding, amazing food" },
    { name: "a country thanked for its nurses", text: "the whole of romania seems to have sent us their best nurses this year, so grateful" },
    { name: "a defence against an accusation is no disclaimer", text: "a relative called me racist for asking about interpreters. i'm not racist, we offer them to all polish patients" },
    { name: "'it's not racist to ask' is about an act of care", text: "it's not racist to ask muslim patients about fasting before surgery" },
    { name: "'the old ones' as things, not people", text: "the old ones are the best ones, my grandad's stories" },
    { name: "a country's finest, congratulated", text: "congrats to dr okafor, nigeria's finest!" },
    { name: "a country's finest before a noun", text: "kenya's finest runners were in the marathon today" },
    { name: "a pride post with a rainbow", text: "happy pride month everyone 🌈 proud of our lgbt network" },
    { name: "a rainbow after a storm, with a wink", text: "feeling a bit 🌈 after the storm, if you know what i mean, sunshine at last" },
    { name: "a coded insinuation reported and condemned", text: "'he's a bit 🌈 iykyk' said a patient about my colleague. reported it, not ok." },
  ],
  invalid: [
    {
      name: "a group's universal habit blamed for a failing of the service is a hostile generalisation",
      text: "Women GPs all go part-time once they've had kids, that's why you can't get an appointment.",
      errors: [{ messageId: "generalisation", excerpt: "Women GPs all", severity: "error" }],
    },
    {
      name: "a nationality always leaving the rest of us to cover is a hostile generalisation",
      text: "Polish nurses always go home for Christmas and leave the rest of us to cover the wards.",
      errors: [{ messageId: "generalisation", excerpt: "Polish nurses always", severity: "error" }],
    },
    {
      name: "a colleague's failing put down to their nationality is a prejudice",
      text: "Another Nigerian locum who can't do a basic ECG.",
      errors: [{ messageId: "generalisationMaybe", excerpt: "Nigerian locum who can't", severity: "warning" }],
    },
    {
      name: "an agency nurse's nationality offered with what she doesn't understand is a prejudice",
      text: "Yet another Bulgarian agency nurse who doesn't understand fluid balance 🙄",
      errors: [{ messageId: "generalisation", excerpt: "Bulgarian agency nurse who doesn't understand", severity: "error" }],
    },
    {
      name: "the control trope with the group named: banks run by a people",
      text: "Ever wonder why the big banks are all controlled by Jewish families? Think about it.",
      errors: [{ messageId: "generalisation", excerpt: "controlled by Jewish families", severity: "error" }],
    },
    {
      name: "the control trope: the media owned by a religious group",
      text: "The media is owned by a handful of Muslim billionaires now, wake up",
      errors: [{ messageId: "generalisation", excerpt: "owned by a handful of Muslim", severity: "error" }],
    },
    {
      name: "a person's orientation hinted by an emoji and a wink",
      text: "he's a bit 🌈 if you know what i mean",
      errors: [{ messageId: "generalisation", excerpt: "he's a bit 🌈", severity: "error" }],
    },
    {
      name: "a quoted insinuation the author agrees with",
      text: "'she's proper 🌈 iykyk' - the charge nurse about a new starter, and tbh she's right",
      errors: [{ messageId: "generalisation", excerpt: "she's proper 🌈", severity: "error" }],
    },
    {
      name: "a country's 'finest' with an eye-roll",
      text: "romania's finest in bay 4 again 🙄",
      errors: [{ messageId: "generalisation", excerpt: "romania's finest", severity: "error" }],
    },
    {
      name: "a country's 'finest' closing weary repetition",
      text: "Same shouting, same bay, every single weekend. Albania's finest.",
      errors: [{ messageId: "generalisation", excerpt: "Albania's finest", severity: "error" }],
    },
    // tune7: the same shapes in lowercase text-speak
    {
      name: "a faith group called 'a right pain' at visiting time",
      text: "hindu families at visiting time are a right pain tbh",
      errors: [{ messageId: "generalisation", excerpt: "hindu families at visiting time are a right pain", severity: "error" }],
    },
    {
      name: "a gender-identity group called exhausting, with a prepositional phrase between",
      text: "gay patients in clinic are so exhausting honestly",
      errors: [{ messageId: "generalisation", excerpt: "gay patients in clinic are so exhausting", severity: "error" }],
    },
    {
      name: "'docs' of a nationality denied competence",
      text: "the nigerian docs can't do a simple cannula lol",
      errors: [{ messageId: "generalisation", excerpt: "nigerian docs can't do", severity: "error" }],
    },
    {
      name: "half a country standing for its people, demanding free care",
      text: "half of albania in majors tonight all demanding free treatment 🙄",
      errors: [{ messageId: "generalisation", excerpt: "half of albania in majors tonight all demanding", severity: "error" }],
    },
    {
      name: "'not racist but' before a generalisation",
      text: "not racist but the pakistani families always bring half the street to visiting",
      errors: [{ messageId: "generalisation", excerpt: "pakistani families always", severity: "error" }],
    },
    {
      name: "'not being sexist,' does not negate the claim that follows",
      text: "not being sexist, women regs cant handle nights",
      errors: [{ messageId: "generalisation", excerpt: "women regs cant handle", severity: "error" }],
    },
    {
      name: "a disclaimer after the claim admits it",
      text: "every romanian family on the ward is the same. not racist just saying 🤷",
      errors: [{ messageId: "generalisation", excerpt: "romanian family", severity: "error" }],
    },
    {
      name: "'the old ones' kept away",
      text: "never let the old ones near the car park barrier lol",
      errors: [{ messageId: "generalisation", excerpt: "never let the old ones", severity: "error" }],
    },
    // language held against people, a proxy for national origin (Equality Act s9), even with "a word in English"
    {
      name: "arrived from abroad and can't say a word in English",
      text: "Most of the folk in the waiting room arrive from abroad and can't say a word in English. Every shift.",
      errors: [{ messageId: "generalisation", excerpt: "can't say a word in English", severity: "error" }],
    },
    {
      name: "still can't string a sentence together in English",
      text: "Twenty years in the country and they still can't string a sentence together in English.",
      errors: [{ messageId: "generalisation", excerpt: "can't string a sentence together in English", severity: "error" }],
    },
    {
      name: "a surname read as a family's habits, with an eye-roll",
      text: "When the surname on the booking list tells you the whole extended family will be turning up 🙄",
      errors: [{ messageId: "generalisation", excerpt: "surname on the booking list tells you", severity: "error" }],
    },
    {
      name: "'surname says it all' before a demand",
      text: "Surname says it all, no prizes for guessing who'll be demanding a side room.",
      errors: [{ messageId: "generalisation", excerpt: "Surname says it all", severity: "error" }],
    },
    {
      name: "parents of children with Down syndrome generalised over, with an eye-roll",
      text: "Parents of kids with Down's always think they know better than the specialists 🙄",
      errors: [{ messageId: "generalisation", excerpt: "kids with Down's always", severity: "error" }],
    },
    {
      name: "a people hinted at by 'that part of the world', with irony",
      text: "Funny how everyone from that part of the world has the same 'allergy' to paracetamol 🙃",
      errors: [{ messageId: "generalisation", excerpt: "everyone from that part of the world", severity: "error" }],
    },
    {
      name: "patients from 'a certain continent', with an eye-roll",
      text: "Amazing how all the patients from a certain continent need an interpreter AND a male doctor 🙄",
      errors: [{ messageId: "generalisation", excerpt: "patients from a certain continent", severity: "error" }],
    },
    {
      name: "a nationality group said never to understand the local humour",
      text: "Some of the overseas nurses just don't get British banter and go straight to the manager.",
      errors: [{ messageId: "generalisation", excerpt: "overseas nurses just don't get British banter", severity: "error" }],
    },
    {
      name: "international graduates said not to get the sarcasm",
      text: "International medical graduates never get our sarcasm, honestly.",
      errors: [{ messageId: "generalisation", excerpt: "International medical graduates never get our sarcasm", severity: "error" }],
    },
    {
      name: "giving up examining a disability group, with the reason said of them",
      text: "Autistic kids are basically impossible to examine so I just don't bother anymore.",
      errors: [{ messageId: "generalisation", excerpt: "Autistic kids are basically impossible to examine so I just don't bother", severity: "error" }],
    },
    {
      name: "refusing to take on patients of an ethnic group",
      text: "Honestly I won't take on any more Roma patients, not worth the hassle.",
      errors: [{ messageId: "generalisation", excerpt: "won't take on any more Roma patients", severity: "error" }],
    },
    {
      name: "festival leave resented as others getting off and the rest covering",
      text: "Half the department off for Diwali again. The rest of us pick up the slack as usual.",
      errors: [{ messageId: "generalisation", excerpt: "Diwali", severity: "error" }],
    },
    {
      name: "a fasting month blamed for patients refusing treatment, with an ironic face",
      text: "Ramadan means a ward full of patients refusing their insulin, brilliant 🙃",
      errors: [{ messageId: "generalisation", excerpt: "Ramadan", severity: "error" }],
    },
    {
      name: "a job advert barring mothers",
      text: "Recruiting a practice nurse. Working mums need not apply, we can't cover the school runs.",
      errors: [{ messageId: "generalisation", excerpt: "Working mums need not apply", severity: "error" }],
    },
    {
      name: "a job advert barring a religious group",
      text: "Locum slots open this summer. Sikhs needn't apply, the turban won't fit under a theatre hat.",
      errors: [{ messageId: "generalisation", excerpt: "Sikhs needn't apply", severity: "error" }],
    },
    {
      name: "weary othering: 'another' family and their English",
      text: "Another Polish family in clinic today and not a word of English. You couldn't make it up.",
      errors: [{ messageId: "generalisation", excerpt: "Another Polish family", severity: "error" }],
    },
    {
      name: "crime pinned on a group by scare quotes",
      text: "Gypsies have pitched up by the bypass, so expect some 'unexplained' thefts from the staff car park.",
      errors: [{ messageId: "generalisation", excerpt: "Gypsies have pitched up by the bypass, so expect some 'unexplained' thefts", severity: "error" }],
    },
    {
      name: "mental health patients generalised",
      text: "Mental health patients are basically all fakers, sorry.",
      errors: [{ messageId: "generalisation", excerpt: "Mental health patients are basically all", severity: "error" }],
    },
    {
      name: "a nationality that 'always wants' antibiotics",
      text: "The Romanian ones always want antibiotics for a sniffle.",
      errors: [{ messageId: "generalisation", excerpt: "Romanian ones always want antibiotics", severity: "error" }],
    },
    {
      name: "a disclaimer before a prejudice about the group",
      text: "Nothing against gay men but do they have to kiss in the car park?",
      errors: [{ messageId: "generalisation", excerpt: "Nothing against gay men but", severity: "error" }],
    },
    {
      name: "'no offence to' before a prejudice",
      text: "No offence to Muslim colleagues, but they could cover a Christmas for once.",
      errors: [{ messageId: "generalisation", excerpt: "No offence to Muslim colleagues, but", severity: "error" }],
    },
    // dev8 generalisation pass: veiled groups
    {
      name: "a knowing 'you know which religion it is' is a veiled generalisation",
      text: "Another complaint about the prayer room rota, and we all know which religion it is 🙄",
      errors: [{ messageId: "generalisation", excerpt: "which religion", severity: "error" }],
    },
    {
      name: "'guess which culture' with an eye-roll leaves a group for the reader to fill in",
      text: "Forty relatives in the relatives' room again. I'll let you guess which culture 🙃",
      errors: [{ messageId: "generalisation", excerpt: "which culture", severity: "error" }],
    },
    {
      name: "the control trope 'run by the same... families' is a veiled generalisation",
      text: "Ever noticed the big pharmacy chains are all run by the same... families. Just saying.",
      errors: [{ messageId: "generalisation", excerpt: "same... families", severity: "error" }],
    },
    {
      name: "'same surnames, same money' about who controls a body is the control trope",
      text: "Look at who controls the royal college. Same surnames, same schools, same money.",
      errors: [{ messageId: "generalisation", excerpt: "Same surnames", severity: "error" }],
    },
    {
      name: "refusing a carer for their religion is discrimination",
      text: "Sorry but I wouldn't want a Muslim doctor treating my mum. Make of that what you will.",
      errors: [{ messageId: "generalisation", excerpt: "wouldn't want a Muslim doctor", severity: "error" }],
    },
    {
      name: "refusing a gay carer is discrimination",
      text: "Honestly I don't want a gay carer washing my grandad, call me what you like.",
      errors: [{ messageId: "generalisation", excerpt: "don't want a gay carer", severity: "error" }],
    },
    {
      name: "'[group] are great until they...' is a backhanded generalisation",
      text: "Disabled colleagues are great until they need yet another adjustment to the rota.",
      errors: [{ messageId: "generalisation", excerpt: "Disabled colleagues are great until they need yet another adjustment to", severity: "error" }],
    },
    {
      name: "'[group] are lovely until you...' is a backhanded generalisation",
      text: "Polish nurses are lovely until you ask them to cover a weekend, then it's all excuses.",
      errors: [{ messageId: "generalisation", excerpt: "Polish nurses are lovely until you ask them to cover a", severity: "error" }],
    },
    {
      name: "older people called a burden on the NHS is a hostile generalisation",
      text: "Older people are a burden on the NHS.",
      errors: [{ messageId: "generalisation", excerpt: "Older people are a burden", severity: "error" }],
    },
    {
      name: "a disability doubted in scare quotes and called a con is a hostile generalisation",
      text: "Wheelchair users who 'can't walk' but dance at the Christmas party are the biggest con going.",
      errors: [{ messageId: "generalisation", excerpt: "con", severity: "error" }],
    },
    {
      name: "a disability doubted, then called faking in the next sentence",
      text: "Amazing how many wheelchair users are 'housebound' until the pub opens. Faking it, the lot of them.",
      errors: [{ messageId: "generalisation", excerpt: "Faking", severity: "error" }],
    },
    {
      name: "a family of a nationality called 'the whole clan' every time is othering",
      text: "Every time a Somali family comes into paeds it's the entire clan crammed into one cubicle.",
      errors: [{ messageId: "generalisation", excerpt: "Every time a Somali family", severity: "error" }],
    },
    {
      name: "mocking the choice of pronouns with a mock title is hostile to a protected group",
      text: "Apparently we can all choose our pronouns now, so from today I identify as 'Lord of the Rota' 🙄",
      errors: [{ messageId: "generalisation", excerpt: "identify as 'Lord of the Rota'", severity: "error" }],
    },
    {
      name: "'never let a female anaesthetist near' excludes a protected group",
      text: "Never let a female anaesthetist near a difficult airway, they panic under pressure.",
      errors: [{ messageId: "generalisation", excerpt: "Never let a female anaesthetist", severity: "error" }],
    },
    {
      name: "an identity called a mental illness, with the group in the next sentence",
      text: "Your lot are a mental illness, not an identity. Keep your pronoun badges out of my surgery.",
      errors: [{ messageId: "generalisation", excerpt: "mental illness", severity: "error" }],
    },
    {
      name: "calling a gender identity a mental illness pathologises a protected group",
      text: "Trans teenagers aren't brave, they're mentally ill and we're all too scared to say it.",
      errors: [{ messageId: "generalisation", excerpt: "mentally ill", severity: "error" }],
    },
    {
      name: "a disability called a trendy excuse is a hostile generalisation",
      text: "ADHD diagnoses in adults are just the latest fad for people who can't be bothered to organise themselves.",
      errors: [{ messageId: "generalisation", excerpt: "fad", severity: "error" }],
    },
    {
      name: "guarding valuables when an ethnic group arrives treats them as thieves",
      text: "Traveller family just checked in to majors, so count the oxygen cylinders and lock up your handbags 🙄",
      errors: [{ messageId: "generalisation", excerpt: "lock up your handbags", severity: "error" }],
    },
    {
      name: "backhanded praise of women surgeons with a condition is a stereotype",
      text: "Women surgeons are fine, as long as nobody needs them during the nursery pick-up.",
      errors: [{ messageId: "generalisation", excerpt: "Women surgeons are fine, as long as", severity: "error" }],
    },
    {
      name: "a religious fast held in contempt ('their religion, not my problem')",
      text: "Eid week again and the same fasting patients turn up hypo. Their religion, not my problem.",
      errors: [{ messageId: "generalisation", excerpt: "Eid", severity: "error" }],
    },
    {
      name: "a veiled community and the benefits system is a hostile generalisation",
      text: "Certain communities just see the benefits system as a career option. You know who I mean.",
      errors: [{ messageId: "generalisation", excerpt: "Certain communities", severity: "error" }],
    },
    {
      name: "hiring conditioned on 'actually understanding English' holds a language against staff",
      text: "Maybe the trust should hire carers who can actually understand English before they're let loose on frail patients.",
      errors: [{ messageId: "generalisation", excerpt: "actually understand English", severity: "error" }],
    },
    // recall round 3 (the frame composer): a protected group as the subject or target of a negative
    // frame (a trait, a capability denied, a habit, blame, exclusion, freeloading, othering, a
    // language held against people, a practice held in contempt), GMP 65
    {
      text: "Half the Romanians in resus can't speak a word of English and still expect to be seen first",
      errors: [{ messageId: "generalisation", excerpt: "Half the Romanians", severity: "error" }],
    },
    {
      text: "Health tourists from Nigeria flying in for their free dialysis again. Who's paying? Us.",
      errors: [{ messageId: "generalisation", excerpt: "tourists from Nigeria flying in for their free dialysis", severity: "error" }],
    },
    {
      text: "Typical Polish lot, turn up drunk and kick off when we won't give them diazepam.",
      errors: [{ messageId: "generalisation", excerpt: "Polish lot, turn up drunk and kick off", severity: "error" }],
    },
    {
      text: "Why is it ALWAYS the Muslim families who bring 20 visitors at once",
      errors: [{ messageId: "generalisation", excerpt: "ALWAYS the Muslim families", severity: "error" }],
    },
    {
      text: "These Somali mums pop out a kid every year on our tab",
      errors: [{ messageId: "generalisation", excerpt: "Somali mums pop out", severity: "error" }],
    },
    {
      text: "Benefit scroungers the lot of them, the Eastern Europeans on the estate",
      errors: [{ messageId: "generalisation", excerpt: "scroungers the lot of them, the Eastern Europeans", severity: "error" }],
    },
    {
      text: "Never trust a Romanian with the controlled drugs cupboard 😂",
      errors: [{ messageId: "generalisation", excerpt: "Never trust a Romanian", severity: "error" }],
    },
    {
      text: "Old people shouldn't be allowed to vote, they've already ruined the NHS for the rest of us",
      errors: [{ messageId: "generalisation", excerpt: "Old people shouldn't be allowed", severity: "error" }],
    },
    {
      text: "Pregnant staff are a liability on the rota, I'd never hire one",
      errors: [{ messageId: "generalisation", excerpt: "Pregnant staff are a liability", severity: "error" }],
    },
    {
      text: "Autistic adults are just rude people with a diagnosis tbh",
      errors: [{ messageId: "generalisation", excerpt: "Autistic adults are just rude", severity: "error" }],
    },
    {
      text: "gays spreading monkeypox again, shocker 🙄",
      errors: [{ messageId: "generalisation", excerpt: "gays spreading monkeypox again", severity: "error" }],
    },
    {
      text: "Trans patients are just confused and the NHS shouldn't be indulging it",
      errors: [{ messageId: "generalisation", excerpt: "Trans patients are just confused", severity: "error" }],
    },
    {
      text: "Asian drivers, enough said 🚗💥",
      errors: [{ messageId: "generalisation", excerpt: "Asian drivers, enough said", severity: "error" }],
    },
    {
      text: "Can always tell when the Travellers are in, the car park gets trashed.",
      errors: [{ messageId: "generalisation", excerpt: "always tell when the Travellers", severity: "error" }],
    },
    {
      text: "Don't get me started on the Indian doctors and their fake qualifications",
      errors: [{ messageId: "generalisation", excerpt: "Indian doctors and their fake", severity: "error" }],
    },
    {
      text: "Jewish patients always haggle over the prescription charge 😂",
      errors: [{ messageId: "generalisation", excerpt: "Jewish patients always", severity: "error" }],
    },
    {
      text: "Foreign nurses can barely string a sentence together, how are they safe?",
      errors: [{ messageId: "generalisation", excerpt: "Foreign nurses can barely string", severity: "error" }],
    },
    {
      text: "All these migrants coming over here for free healthcare, we're a soft touch",
      errors: [{ messageId: "generalisation", excerpt: "migrants coming over here for free healthcare", severity: "error" }],
    },
    {
      text: "Black patients never turn up to clinic, waste of a slot",
      errors: [{ messageId: "generalisation", excerpt: "Black patients never turn", severity: "error" }],
    },
    {
      text: "Girls can't do ortho, sorry not sorry",
      errors: [{ messageId: "generalisation", excerpt: "Girls can't do", severity: "error" }],
    },
    {
      text: "Boomers clogging up A&E with their \"chest pain\" because they can't use 111 online",
      errors: [{ messageId: "generalisation", excerpt: "Boomers clogging up A&E with their \"chest pain\"", severity: "error" }],
    },
    {
      text: "Muslim men don't respect female doctors, simple as.",
      errors: [{ messageId: "generalisation", excerpt: "Muslim men don't respect", severity: "error" }],
    },
    {
      text: "Gypsies nicking the copper off the hospital roof again, shock",
      errors: [{ messageId: "generalisation", excerpt: "Gypsies nicking the copper off the hospital roof again", severity: "error" }],
    },
    {
      text: "Immigrant GPs are the reason standards have dropped",
      errors: [{ messageId: "generalisation", excerpt: "Immigrant GPs are the reason", severity: "error" }],
    },
    {
      text: "Another tr*nny in the waiting room demanding the right pronouns 🙄",
      errors: [{ messageId: "slur", excerpt: "tr*nny", severity: "error" }],
    },
    {
      text: "Nigerian doctors, always with the attitude. Every single one I've worked with.",
      errors: [{ messageId: "generalisation", excerpt: "Nigerian doctors, always", severity: "error" }],
    },
    {
      text: "Deaf patients are such hard work, honestly not worth the hassle of booking BSL",
      errors: [{ messageId: "generalisation", excerpt: "Deaf patients are such hard work", severity: "error" }],
    },
    {
      text: "Third interpreter this week for a dad who's lived here since 2005 and still can't speak English. Unreal.",
      errors: [{ messageId: "generalisation", excerpt: "can't speak English", severity: "error" }],
    },
    {
      text: "Been here a decade? Learn the language then, it's not our job to translate for you.",
      errors: [{ messageId: "generalisation", excerpt: "Learn the language", severity: "error" }],
    },
    {
      text: "Eid again, so half the clinic has cancelled. Can't plan a rota around this nonsense, every single year 🙄",
      errors: [{ messageId: "generalisation", excerpt: "Eid", severity: "error" }],
    },
    {
      // insinuated and blamed (fraud): the hint names the group as plainly as a word would
      text: "Funny how the fraud cases on our patch are always the same nationality.",
      errors: [{ messageId: "generalisation", excerpt: "nationality", severity: "error" }],
    },
    {
      text: "Trans women are men in wigs, and I'll keep saying it.",
      errors: [{ messageId: "generalisation", excerpt: "Trans women are men", severity: "error" }],
    },
    {
      text: "Over-90s on every trauma list now. 95-year-olds are a waste of a theatre slot tbh.",
      errors: [{ messageId: "generalisation", excerpt: "95-year-olds are a waste", severity: "error" }],
    },
    {
      text: "Pregnant women shouldn't be registrars if they can't do the nights.",
      errors: [{ messageId: "generalisation", excerpt: "Pregnant women shouldn't be registrars", severity: "error" }],
    },
    {
      text: "Filipino nurses always stick together and gang up on the rest of us, every ward I've worked on.",
      errors: [{ messageId: "generalisation", excerpt: "Filipino nurses always stick together", severity: "error" }],
    },
    {
      text: "Every Romanian family I've seen this month has tried to blag free treatment. Every. Single. One.",
      errors: [{ messageId: "generalisation", excerpt: "Romanian family I've seen this month has tried to blag", severity: "error" }],
    },
    {
      text: "Bangladeshi dads never let their wives speak in consultations, it's exhausting.",
      errors: [{ messageId: "generalisation", excerpt: "Bangladeshi dads never let", severity: "error" }],
    },
    {
      text: "Honestly the Albanians on our patch are all on the fiddle.",
      errors: [{ messageId: "generalisation", excerpt: "Albanians on our patch are all on the fiddle", severity: "error" }],
    },
    {
      text: "Ever noticed the Jehovah's Witness patients are always the most difficult? Just me?",
      errors: [{ messageId: "generalisation", excerpt: "Jehovah's Witness patients are always the most difficult", severity: "error" }],
    },
    {
      text: "Our Nigerian locum was late again. Typical. They're all the same.",
      errors: [{ messageId: "generalisationMaybe", excerpt: "They're all the same", severity: "warning" }],
    },
    {
      text: "Can't stand working with Indian consultants, so arrogant and rude to nurses.",
      errors: [{ messageId: "generalisation", excerpt: "Indian consultants, so arrogant", severity: "error" }],
    },
    {
      text: "Gay lads are always riddled with STIs, that's just facts.",
      errors: [{ messageId: "generalisation", excerpt: "Gay lads are always riddled", severity: "error" }],
    },
    {
      text: "People from Pakistan just don't understand hygiene, sorry but it's true",
      errors: [{ messageId: "generalisation", excerpt: "People from Pakistan just don't understand", severity: "error" }],
    },
    {
      text: "Old people are a drain on the NHS and should pay for their own social care.",
      errors: [{ messageId: "generalisation", excerpt: "Old people are a drain on", severity: "error" }],
    },
    // recall round 2: the stereotype shape (a group generalised over and judged), in our own words
    {
      name: "stereotype shape: quantified group with a complaint",
      text: "Funny how it's always the Eastern Europeans who demand antibiotics for a cold.",
      errors: [{ messageId: "generalisation", excerpt: "always the Eastern Europeans", severity: "error" }],
    },
    {
      name: "stereotype shape: 'again' and a complaint about a group",
      text: "Old people clogging up the wards again. They've had their innings, let them go.",
      errors: [{ messageId: "generalisation", excerpt: "Old people clogging up the wards again", severity: "error" }],
    },
    // recall round 2: mechanisms rather than phrases
    {
      name: "a group denied a capability",
      text: "Women just aren't built for emergency surgery.",
      errors: [{ messageId: "generalisation", excerpt: "Women just aren't built for", severity: "error" }],
    },
    {
      name: "doubting scare quotes on a group's care",
      text: "Gay men and their 'sexual health check-ups' keep the clinic busy 😏",
      errors: [{ messageId: "generalisation", excerpt: "Gay men and their 'sexual health check-ups'", severity: "error" }],
    },
    {
      name: "language used to other overseas staff",
      text: "Overseas doctors should learn the language before they're let near patients.",
      errors: [{ messageId: "generalisation", excerpt: "Overseas doctors should learn the language", severity: "error" }],
    },
    {
      name: "group adjective + noun, universal claim and a stereotype",
      text: "Asian patients always exaggerate their symptoms, every single shift",
      errors: [{ messageId: "generalisation", excerpt: "Asian patients always exaggerate", severity: "error" }],
    },
    {
      name: "hostile predicate with an inserted intensifier",
      text: "Eastern Europeans are honestly parasites",
      errors: [{ messageId: "generalisation", excerpt: "Eastern Europeans are honestly parasites", severity: "error" }],
    },
    {
      name: "the group named in the sentence before",
      text: "Polish people on the ward again. Come here for free healthcare and never pay a penny.",
      errors: [{ messageId: "generalisationMaybe", excerpt: "Come here for free healthcare", severity: "warning" }],
    },
    {
      name: "a group word in scare quotes",
      text: "Half the 'disabled' patients in clinic can walk fine when it suits them",
      errors: [{ messageId: "generalisation", excerpt: "disabled", severity: "error" }],
    },
    {
      name: "racist pseudo-diagnosis in scare quotes is used, not reported",
      text: "The 'Mediterranean syndrome' lot in majors again, 10/10 pain for everything",
      errors: [{ messageId: "slur", excerpt: "Mediterranean syndrome", severity: "error" }],
    },
    {
      name: "Harrop tribunal tweet",
      text: "Cis people, on the whole, are just awful and there needs to be a massive state-sponsored programme of re-education",
      errors: [{ messageId: "generalisation", range: [0, 114], severity: "error" }],
    },
    {
      text: "Immigrants are ruining this country and the NHS is paying for it",
      errors: [{ messageId: "generalisation", excerpt: "Immigrants are ruining this country", severity: "error" }],
    },
    {
      text: "Muslims are all terrorists, don't @ me",
      errors: [{ messageId: "generalisation", excerpt: "Muslims are all terrorists", severity: "error" }],
    },
    {
      name: "antisemitic trope (Aladwan)",
      text: "The ‘Israeli’ and Jewish lobby decide who can and cannot practise medicine in Britain.",
      errors: [{ messageId: "generalisation", excerpt: "Jewish lobby", severity: "error" }],
    },
    {
      name: "slur aimed at a handle, negation does not clean it",
      text: "Stop being such a retard @drx",
      errors: [{ messageId: "slur", excerpt: "retard", severity: "error" }],
    },
    {
      name: "standalone trope",
      text: "Londonistan strikes again 🙄",
      errors: [{ messageId: "trope", excerpt: "Londonistan", severity: "error" }],
    },
    {
      name: "dehumanising",
      text: "Travellers are vermin, the lot of them",
      errors: [{ messageId: "generalisation", excerpt: "Travellers are vermin", severity: "error" }],
    },
    {
      name: "slur with hostile context",
      text: "Another tranny in clinic wanting hormones, these people are mentally ill",
      errors: [{ messageId: "slur", excerpt: "tranny", severity: "error" }, { messageId: "generalisation", excerpt: "tranny in clinic wanting hormones, these people are mentally ill", severity: "error", messageIncludes: "gender-identity" }],
    },
    {
      name: "a stereotyping question about a named protected group is discriminatory",
      text: "Why are Sikh patients always so demanding on the ward? Every single time.",
      errors: [{ messageId: "generalisation", excerpt: "Sikh patients always", severity: "error" }],
    },
    {
      name: "'typical' plus a nationality is a stereotype",
      text: "Typical Albanian, tried to jump the queue at triage again.",
      errors: [{ messageId: "generalisation", excerpt: "Typical Albanian", severity: "error" }],
    },
  ],
});
