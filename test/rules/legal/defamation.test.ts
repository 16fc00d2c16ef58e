import rule from "../../../src/engine/rules/legal/defamation";
import { ruleTester } from "../../support/rule-tester";

// Social media ¶16: postings online are subject to the law of defamation. ¶15: no unsubstantiated or
// unsustainable comments about individuals. Do's and don'ts: don't make defamatory comments about an
// individual or organisation.
ruleTester(rule, {
  valid: [
    // taking benefits or harming detainees is an allegation only as an act against them
    { name: "a patient's own benefits claim passes", text: "Claimed my benefits this week, finally, after months of forms" },
    { name: "a hostel helping residents claim their benefits passes", text: "Volunteers at the hostel help residents claim their benefits." },
    // tune8: "poisoning children" said of a thing, with no company or person named, is public-health comment
    { name: "sugary drinks poisoning children, no one named", text: "Sugary drinks are slowly poisoning children and the levy needs to go further." },
    { name: "air pollution poisoning people", text: "Air pollution on our high street is poisoning people who live there; the council data is linked below." },
    // tune8: the author's own hangover at work is a confession (conduct/intoxication reads it); a policy about drinking names no one
    { name: "the author once worked hungover", text: "Confession: I did a clinic hungover once as an F2 and I've never felt so slow. Never again." },
    { name: "a rule against operating drunk names no one", text: "Nobody should be operating drunk, and the new testing policy at our trust makes that clear." },
    // tune8: "went missing" hints at theft only about someone identifiable; a lost parcel is no allegation
    { name: "'funny how' a parcel went missing, no one named", text: "Funny how my parcel went missing the same week the courier changed. Third time this year 🙄" },
    { name: "'interesting how' the accounts improved, said of our own practice", text: "Interesting how our accounts look better since we moved to online booking. Less paper, fewer missed appointments." },
    // a ward's manager praised, or reporting someone else's fraud, is no allegation against her
    { name: "the ward manager on 7A praised", text: "The ward manager on 7A has been brilliant all winter, covering shifts herself." },
    // billing for no more than was done, or the author's own billing
    { name: "worked 12 hours and billed for 12", text: "The agency locum worked 12 hours on Saturday and billed for 12, as agreed. Lifesaver." },
    { name: "the author billed for what was done", text: "Did 3 clinics this week and I billed for 5 sessions because two ran double. All signed off by the practice manager." },
    // tune5-respect2: a closing "say no more" after praise, or after a plain notice to check an inbox
    { name: "'ask any of her patients... I'll say no more' after a retirement", text: "Dr Okafor at Riverside Surgery is retiring on Friday. Ask any of her patients how much she'll be missed. I'll say no more 😊" },
    { name: "'check your inbox' for clinic dates, then 'say no more'", text: "Patients of Riverside Surgery, check your inbox: the flu clinic dates are out. Say no more, book in!" },
    { name: "undeclared conflicts of interest in research, in general", text: "Undeclared conflicts of interest remain common in surgical trials, says a new BMJ study." },
    { name: "an appraisal reminder about undeclared payments", text: "Reminder for appraisal: list your interests, undeclared payments from industry are a probity issue." },
    // tune5 (dev10/dev11): insinuation with irony quotes, street-pinned providers, single-use kit,
    // one-word verdicts, false titles, signing for unseen work: the tempting look-alikes
    { name: "'funny how' about a colleague's marathons, nothing hinted", text: "Funny how Dr Morgan at Elm Park manages to run three marathons a year and still do on-calls 😅" },
    { name: "'interesting how' with a quoted technical term and no one accused", text: "Interesting how the 'weekend effect' shows up in the national audit data. Worth a read." },
    { name: "the pharmacy on a named street praised", text: "The pharmacy on Castle Street was brilliant today, sorted my dad's blister packs in ten minutes." },
    { name: "a street named in passing", text: "Stuck in traffic on Abbey Road again, the clinic will have to wait." },
    { name: "single-use kit: a practice that stopped reusing", text: "We stopped reusing syringes for flushes years ago, everything is single-use now." },
    { name: "single-use kit: teaching never to reuse", text: "Reminder to our students: never reuse needles, not even on the same patient." },
    { name: "a practice manager raising money for a fund", text: "Our lovely practice manager raised £400 for the hospice fund this month 💜" },
    { name: "'criminals' in talk about crime", text: "Knife crime is rising in our city. Criminals need to be caught, not glamorised on TikTok." },
    { name: "a husband who is not a doctor", text: "My husband is not a doctor but he still diagnoses everyone at dinner 😂" },
    { name: "a PA clear about not being a doctor", text: "Our new PA is not a doctor and is always clear about that with patients, which I respect." },
    { name: "signing off portfolios, never missing one", text: "Our consultant used to sign off every F1's portfolio with a smiley face, never missed one." },
    { name: "an investigation reported by the news", text: "Dr Lowe at the Meadows practice is under investigation by the GMC, the BBC reports." },
    // long-post round (dev9): cheating at a game is banter
    { name: "a patient-free visit: still cheating at Scrabble", text: "Visited my old teacher Mrs Dunn at the hospice today. Comfortable, surrounded by family, and still cheating at Scrabble." },
    { name: "a colleague who cheats at the Christmas quiz", text: "Our registrar cheats at the Christmas quiz every year and we love him for it." },
    // insinuation frames that point back a sentence: nothing hinted at in the sentence before
    { name: "a marathon-running GP and 'funny how'", text: "Dr Jones at Elmwood Surgery just ran her fifth marathon. Funny how some people find the time 😉" },
    { name: "a question about a named clinic's parking and 'just asking'", text: "Is the car park at Riverside Clinic ever going to reopen? Just asking, my knees can't take the bus 😅" },
    // financial motives and businesses pinned to a street: the author's own pay, a payment model explained, a business praised
    { name: "the author works a bank holiday because it is paid per patient", text: "I do the Sunday flu clinic because I get paid per patient and the kids need shoes 😅" },
    { name: "a payment model explained without a motive", text: "Dr Rees explained that dentists are paid per unit of activity, not per patient, which is why waiting lists grow." },
    { name: "the pharmacy on a named street praised", text: "The pharmacy on Bridge Road stayed open late to get my mum's antibiotics sorted. Brilliant people." },
    // loaded questions and lowercase provider names: a plain question, a thinking face with no allegation, a sourced question
    { name: "a genuine question about a named surgery's opening hours, with a thinking face", text: "Is it true the Larches surgery is closing on Saturdays now? 🤔 Need to tell my mum." },
    { name: "a question about fraud in general, with eyes", text: "Is it true that research fraud is rising? 👀 Reading the Retraction Watch data tonight." },
    { name: "a named care home praised, lowercase 'care home'", text: "Honestly think the Bryn Teg care home team are the kindest carers in the county." },
    // generalisation pass: sourced reports, policy questions, no identifiable target, idioms of the same verbs
    { name: "a sanction reported from the tribunal", text: "Dr Hollis was found guilty of taking bribes by the tribunal in 2021, per the MPTS decision." },
    { name: "a news report with the trust's denial", text: "The BBC reports that Oakridge Trust paid families to keep quiet, and the trust denies it." },
    { name: "an inquiry's finding", text: "The inquiry found that Harbour View ignored three ventilator warnings." },
    { name: "embezzlement discussed with no target", text: "Embezzlement in research funding is rare but real. Institutions need audit trails." },
    { name: "a policy question about suppressing whistleblowers", text: "Should trusts that suppress whistleblowers lose their foundation status? Genuine question for policy folk." },
    { name: "'forged a friendship'", text: "I forged a great friendship with my consultant over the years ❤️" },
    { name: "a biscuit pocketed, jokingly", text: "My F1 pockets a biscuit from every ward round 😂" },
    { name: "a trust 'killing it' on a target", text: "Our trust is killing it on the 4-hour target this month 👏" },
    { name: "'bills herself as'", text: "Dr Greene bills herself as 'the friendliest GP in Hove' and honestly she is." },
    { name: "a clinic cleared by the CQC", text: "The clinic faked nothing: the CQC inspected and rated it outstanding." },
    { name: "lying to patients discussed in general", text: "Patients who are lied to lose trust in all of us. Be honest about complications." },
    { name: "a charge reported from a newspaper", text: "A nurse at Sunrise Care Home was charged with assault yesterday, according to the Echo." },
    { name: "unlicensed filler: a public warning", text: "Unlicensed filler is dangerous. Always ask your practitioner which product they're using." },
    { name: "a consultant who fought for a new CD cupboard", text: "My consultant fought for months to get the controlled drugs cupboard replaced. Hero." },
    { name: "'stole the show'", text: "Dr Malik stole the show at the Christmas party with his karaoke 🎤" },
    { name: "a hospital thanked", text: "Harbour View Hospital opened its new ventilator unit today. Huge thanks to the fundraisers." },
    { name: "a trial criticised in a journal", text: "Prof Whitcombe's trial has been criticised for its small sample; the authors have responded in the journal." },
    { name: "a regulation question with no one named", text: "Has anyone else found that some aesthetics clinics don't tell clients which filler brand they use? How do we regulate this?" },
    { name: "a CEO cleared by an independent review", text: "The Kingsway Trust CEO has been cleared of wrongdoing by the independent review." },
    { name: "disagreeing with a plan, with evidence", text: "I think NHS England's plan to outsource pathology is a mistake; here's the evidence on turnaround times." },
    { name: "glowing references", text: "Dr Sarah Bennett's references were glowing, and she was appointed unanimously." },
    { name: "'bully me into going home on time'", text: "My old registrar used to bully me into going home on time 😂 best reg ever." },
    { name: "a clinic's charity day", text: "GlowUp Aesthetics is running a charity day for the local hospice. Lovely idea." },
    { name: "fines paid by pharma, sourced", text: "Pharmaceutical companies have paid billions in fines for off-label marketing; see the DOJ settlements." },
    { name: "the author's own unit's audit", text: "I'm not accusing anyone: the audit found our unit's notes were often undated, and we're fixing it." },
    { name: "an ombudsman ruling, linked", text: "The ombudsman ruled that Pinewood Care Home failed to treat residents with dignity. Report linked in bio." },
    { name: "'prescribes exercise'", text: "Dr Fenwick prescribes exercise to all his patients before statins. Interesting approach." },
    { name: "a rep's sandwiches, declared", text: "The rep from Halden Pharma brought sandwiches to our teaching session; declared in the minutes." },
    { name: "a consultant's own cash spent on pizza", text: "My consultant takes cash from his savings to buy the team pizza every Friday 🍕" },
    { name: "Pinehurst Surgery has been praised for its flu jab numbers this year.", text: "Pinehurst Surgery has been praised for its flu jab numbers this year." },
    { name: "Dr Morgan at the Elm Clinic sleeps on the on-call couch most Tuesda...", text: "Dr Morgan at the Elm Clinic sleeps on the on-call couch most Tuesdays 😴" },
    { name: "The pharmacy on King Street warned customers about fake Wegovy sold...", text: "The pharmacy on King Street warned customers about fake Wegovy sold online." },
    { name: "My trust's chief nurse presented our pressure ulcer data to the boa...", text: "My trust's chief nurse presented our pressure ulcer data to the board. Transparent and honest." },
    { name: "@ClinicGlow is open late on Thursdays for injections.", text: "@ClinicGlow is open late on Thursdays for injections." },
    { name: "The GP partners at Riverside applied for a training grant for the n...", text: "The GP partners at Riverside applied for a training grant for the new registrars." },
    { name: "BioHealth Ltd sponsored our conference; it's declared in the progra...", text: "BioHealth Ltd sponsored our conference; it's declared in the programme." },
    { name: "Dr Evans certified the death and spoke to the family with such kind...", text: "Dr Evans certified the death and spoke to the family with such kindness." },
    { name: "Our ward sister drinks her tea cold because she never stops working.", text: "Our ward sister drinks her tea cold because she never stops working." },
    { name: "Greenbank Hospital's A&E sees homeless patients in a dedicated clinic.", text: "Greenbank Hospital's A&E sees homeless patients in a dedicated clinic." },
    { name: "Dr Kaur at Lakeside Practice charges nothing for the weekend vaccin...", text: "Dr Kaur at Lakeside Practice charges nothing for the weekend vaccine clinic." },
    { name: "The owner of SmileBright pays his staff above the living wage. Grea...", text: "The owner of SmileBright pays his staff above the living wage. Great employer." },
    { name: "Our CEO spoke honestly to the board about the never event. Respect.", text: "Our CEO spoke honestly to the board about the never event. Respect." },
    { name: "Westbrook Care Home hosts a lovely tea dance for its residents ever...", text: "Westbrook Care Home hosts a lovely tea dance for its residents every Friday." },
    { name: "@DrMartinez has been updating his CPD certificates on the new portal.", text: "@DrMartinez has been updating his CPD certificates on the new portal." },
    { name: "AestheticaUK is run by a plastic surgeon with 20 years' experience.", text: "AestheticaUK is run by a plastic surgeon with 20 years' experience." },
    { name: "Dr O'Neill at City Hospital treated my dad with such compassion.", text: "Dr O'Neill at City Hospital treated my dad with such compassion." },
    { name: "The agency Nurses4U sends staff with full DBS checks and training.", text: "The agency Nurses4U sends staff with full DBS checks and training." },
    // generalisation pass: more hard benign posts with the same acts
    "Anyone who gets a needlestick injury should report it to occupational health straight away.",
    "Dr Smith's trust has been praised for its sepsis audit, results here: https://example.org/audit",
    "The pharmacy sold out of paracetamol during the heatwave. Stock up early.",
    "Our consultant signed off the rota without consulting anyone. Frustrating.",
    "The clinic uses unlicensed medicines only under specialist supervision, as the MHRA allows.",
    "Our trust left the car park barrier up all weekend. Free parking for once!",
    "The care home staff were drugged-up on coffee after a 14 hour shift 😂",
    "Dr Patel charges nothing for the weekend clinic; she does it on her own time.",
    "The company that supplies our gloves changed the sizing, so order one size up.",
    "Harbour View Hospital ignored nothing: every warning was investigated, the report says.",
    "Our matron hit the target for falls reduction this quarter. Proud of the team.",
    "The registrar killed two birds with one stone: taught the students during the procedure.",
    // reporting a published decision, with a source
    "The GMC struck off Dr X for fraud in 2019; the tribunal decision is here: https://www.mpts-uk.org/decision",
    { name: "conviction reported", text: "Dr Ahmed was convicted of fraud at Southwark Crown Court last year." },
    // general discussion, no identifiable target
    "Research fraud harms patients. Here is how journals can detect fabricated data.",
    "Negligence claims cost the NHS billions every year; we need a no-fault scheme.",
    { name: "negated", text: "Dr Patel is not a liar, she simply made an honest mistake and said so." },
    { name: "reported speech", text: "A patient accused me of being a liar today. Deep breaths." },
    "Beware this scam: texts claiming to be from the NHS asking for bank details.",
    { name: "passive: the organisation is the victim", text: "The car park at our hospital is abused by people who don't pay. Please buy a ticket." },
    { name: "struck off, from the tribunal", text: "Dr Jones was struck off by the MPTS tribunal last month for dishonesty." },
    { name: "CamelCase product, no allegation", text: "Switched the rota to RotaMaster this year and the juniors love it." },
    { name: "jokey theft", text: "Someone in the mess keeps stealing my biscuits 🍪" },
    // recall pass 2: benign counterparts
    { name: "passive victim, not an accused", text: "Staff at our unit reported being pushed, spat at and assaulted this year. We need better security." },
    { name: "a policy called a scam", text: "The plan to cut study leave is a scam dressed up as efficiency, according to every trainee I know." },
    { name: "insinuation marker in praise", text: "Just saying, Dr Okafor's teaching on ECGs was the best I've had 👏" },
    { name: "insinuation about a unit, not a person", text: "Funny how the coffee machine on our unit only breaks on night shifts 👀" },
    // insinuation, unsafe practice and the trade senses: benign posts sharing their words
    { name: "an insinuation about a coffee machine names no one", text: "Funny how the coffee machine on ward 6 only ever breaks on night shifts 🤔" },
    { name: "'not saying' before praise of a named colleague is teasing", text: "Not saying Dr Chloe Barnes is the best teacher on the rota, but she definitely is 😄" },
    { name: "'everyone knows' a hospital's cake trolley is praise", text: "Everyone knows the Royal Alexandra Hospital has the best cake trolley in the region." },
    { name: "single-use versus reusable kit, as an audit", text: "Reusable vs single-use theatre instruments: our audit of the carbon footprint, poster at the conference 🌍" },
    { name: "unnecessary procedures as public-health advice", text: "Unnecessary procedures harm patients: the evidence on knee arthroscopy for degenerative tears is clear." },
    { name: "a hamper from the butcher is the trade", text: "Bought a lovely hamper from the butcher for our practice raffle, tickets at reception 🎟️" },
    { name: "asking people to stop harassing the author's practice names a victim, not a wrongdoer", text: "Please stop harassing our practice staff on Facebook; they are doing their best." },
    { name: "someone else's accusation, called vile, is reported", text: "A podcaster keeps calling our nurses murderers. It's vile and untrue." },
    { name: "a named GP working extra sessions to fund a house is ordinary life", text: "Dr Amir Khan is doing extra sessions to fund his new house. Fair play, the deposit is brutal." },
    { name: "donations spent on a hoist, by the author's own ward", text: "We spent the donations on a new hoist for the ward. Thank you all 💙" },
    { name: "a named hospice spending appeal money on a family room is news", text: "Brightwater Hospice spent the appeal money on a new family room, and it's beautiful." },
    { name: "'scope creep' in a reply to a named account is management jargon", text: "@DrPaulFisher agreed, your point about scope creep in the new roles is fair." },
    { name: "a reply to a named account about a rota disagreement", text: "@DrJoeBloggs you're wrong about the rota, but I see why you think it." },
    { name: "'not saying' before gin at a leaving do is teasing", text: "Not saying Dr Green is the best, but she did bring cake and gin to the leaving do 🍰" },
    { name: "a clinic that stopped reusing single-use kit after an audit is praised", text: "The Harbour Clinic stopped reusing single-use scissors after the audit, great work." },
    // fiddling in its literal sense (tinkering) alleges nothing
    { name: "a consultant fiddling with settings", text: "my consultant keeps fiddling with the rota app settings and now nobody can log in" },
    { name: "the author fiddling with a stethoscope", text: "i fiddle with my stethoscope when i'm nervous on ward rounds" },
    // a payment for a service, or advice on care, alleges nothing
    { name: "a family paying for a private second opinion", text: "we paid the consultant to get a second opinion on my dad's scan" },
    { name: "a trust paying an agency for cover", text: "the trust paid the agency to cover the rota all winter" },
    { name: "advice not to leave residents in wet pads", text: "please don't leave residents in wet pads, change them promptly, it's basic dignity" },
    // a qualification never taken is a career fact unless it is claimed anyway
    { name: "a trainer who never sat membership exams, praised", text: "Dr Rhys Owen never did his MRCP and went straight into GP, best trainer i've had" },
    { name: "a parent who never did finals", text: "my dad never did his finals, he left to join the navy" },
    { name: "a registrar fiddles with a spreadsheet (tinkering)", text: "our reg fiddles with the rota spreadsheet every week trying to make it fair" },
  ],
  invalid: [
    {
      name: "a named care home's owner said to pocket residents' benefits is an allegation",
      text: "The owner of Millbank Care Home pockets the residents' benefits every month.",
      errors: [{ messageId: "allegation", excerpt: "pockets the residents' benefits", severity: "error" }],
    },
    {
      name: "a named prison's staff said to hit prisoners is an allegation",
      text: "The warden at Oakridge Prison hits the prisoners when the cameras are off.",
      errors: [{ messageId: "allegation", excerpt: "hits the prisoners", severity: "error" }],
    },
    // tune8: a named company, possessive included, said to be poisoning children or patients
    {
      name: "a CamelCase brand's possessive, said to poison children",
      text: "NutriGlow's detox teas are poisoning kids and the owners know it.",
      errors: [{ messageId: "allegation", excerpt: "poisoning kids" }],
    },
    {
      name: "a named clinic poisoning patients",
      text: "Dr Reeve at Larchfield Clinic is poisoning patients with those IV vitamin drips.",
      errors: [{ messageId: "allegation", excerpt: "poisoning patients" }],
    },
    // tune8: clinical work done intoxicated, said of an identifiable colleague, alleges misconduct
    {
      name: "a named surgeon said to operate drunk",
      text: "Half the theatre staff know Mr Okafor at Lakeside General operates drunk after long lunches.",
      errors: [{ messageId: "allegation", excerpt: "operates drunk" }],
    },
    {
      name: "a named GP said to run clinics hungover",
      text: "Dr Haines at Millbrook Surgery runs her Monday clinics hungover, ask any of the receptionists.",
      errors: [{ messageId: "allegation", excerpt: "clinics hungover" }],
    },
    // tune8: a knowing frame beside money or stock gone missing insinuates theft by an identifiable person
    {
      name: "'funny how' a named manager's holiday and missing petty cash",
      text: "Funny how Dr Lyle at Hawthorn Medical Centre booked a month in the Maldives right after the petty cash went missing 😉",
      errors: [{ messageId: "allegation", excerpt: "Funny how" }],
    },
    {
      name: "'interesting how' the takings vanished at a named pharmacy",
      text: "Interesting how the takings at Kendal Road Pharmacy vanished the week the owner bought a new Range Rover. Just saying.",
      errors: [{ messageId: "allegation", excerpt: "Interesting how" }],
    },
    // a false claim to be qualified, said of a named doctor
    {
      name: "a named doctor said never to have passed an exam he claims",
      text: "Dr Colin Marsh never actually passed his FRCS. it's on his website though 👀",
      errors: [{ messageId: "allegation", excerpt: "never actually passed his FRCS", severity: "error" }],
    },
    {
      name: "a named GP said to list a membership she never got",
      text: "Dr Priya Nair never got her MRCGP but lists it on every letter",
      errors: [{ messageId: "allegation", excerpt: "never got her MRCGP", severity: "error" }],
    },
    // bribery told as a purchase: a payment to an office-holder to obtain what the office gives
    {
      name: "a named agency paid a director to win a contract",
      text: "Careline Staffing paid the procurement lead to get the nursing contract. everyone at the trust knows.",
      errors: [{ messageId: "allegation", excerpt: "paid the procurement lead to get the nursing contract", severity: "error" }],
    },
    // neglect: a named home said to leave residents wet
    {
      name: "a named care home said to leave residents in wet pads",
      text: "@MeadowViewCare your carers leave residents in wet pads all night and nobody checks",
      errors: [{ messageId: "allegation", excerpt: "leave residents in wet", severity: "error" }],
    },
    // falsifying a record or list ("fiddles the waiting list") said of a named doctor alleges dishonesty
    {
      name: "a named consultant fiddles the waiting list",
      text: "Dr Okonjo in ortho fiddles the waiting list so his private patients go first",
      errors: [{ messageId: "allegation", excerpt: "fiddles the waiting list", severity: "error" }],
    },
    {
      name: "a named GP fiddles her timesheets",
      text: "everyone at the surgery knows Dr Petra Lindqvist fiddles her timesheets every month",
      errors: [{ messageId: "allegation", excerpt: "fiddles her timesheets", severity: "error" }],
    },
    // a post only one person holds on a named ward identifies her (¶16)
    {
      name: "the ward manager on 3C fiddling the bank shifts",
      text: "Everyone should know the ward manager on 3C has been fiddling bank shifts for her friends for years.",
      errors: [{ messageId: "allegation", excerpt: "fiddling", severity: "error" }],
    },
    // billing for more than the sentence says was done, by someone singled out by what they did (¶16)
    {
      name: "the registrar who covered saw 4 patients and billed for 10",
      text: "Furious: the registrar who covered Sunday saw 4 patients all day and billed for 10.",
      errors: [{ messageId: "allegationMaybe", excerpt: "billed for 10", severity: "warning" }],
    },
    {
      name: "a named practice that did 2 scans and invoiced for 6",
      text: "Brightside Physio Ltd did 2 scans on my dad and invoiced for 6. Avoid.",
      errors: [{ messageId: "allegation", excerpt: "invoiced for 6", severity: "error" }],
    },
    // tune5-respect2: a closing insinuation after readers are told to check or ask about a named person (¶16)
    {
      name: "clients of a named pharmacist told to check their packs, then 'I'll say no more'",
      text: "Clients of Mr Patel at the Greenway pharmacy, check your blister packs. I'll say no more.",
      errors: [{ messageId: "allegation", excerpt: "I'll say no more", severity: "error" }],
    },
    {
      name: "patients of a named GP told to ask why referrals vanish, then 'draw your own conclusions'",
      text: "Patients of Dr Okafor at Riverside Surgery: ask why your referrals keep vanishing. Draw your own conclusions.",
      errors: [{ messageId: "allegation", excerpt: "Draw your own conclusions", severity: "error" }],
    },
    {
      name: "undeclared money alleged of a named account",
      text: "@DrJonesOrtho lovely thread, shame about the undeclared pharma money behind it.",
      errors: [{ messageId: "allegation", excerpt: "undeclared pharma money", severity: "error" }],
    },
    {
      name: "undeclared shares hinted about a named doctor",
      text: "Dr Reeve at the Castle clinic keeps recommending that implant. Undeclared shares, anyone? 🤔",
      errors: [{ messageId: "allegation", excerpt: "Undeclared shares", severity: "error" }],
    },
    // tune5 (dev10/dev11)
    {
      name: "'funny how' with irony quotes about an identifiable provider",
      text: "Funny how the physio at Beacon Health always 'needs' ten more sessions before discharge.",
      errors: [{ messageId: "allegation", excerpt: "Funny how", severity: "error" }],
    },
    {
      name: "'not a coincidence' with irony quotes about a named clinic",
      text: "Not a coincidence that every 'complication' at Silverline Aesthetics ends with a voucher and a gagging letter.",
      errors: [{ messageId: "allegation", excerpt: "Not a coincidence", severity: "error" }],
    },
    {
      name: "a one-word verdict on a dentist pinned to a street",
      text: "The dentist on Abbey Road has been overcharging pensioners for years. Crook.",
      errors: [{ messageId: "allegationMaybe", excerpt: "Crook", severity: "warning" }],
    },
    {
      name: "a chemist pinned to a street called a fraud",
      text: "The chemist on Castle Street is a total fraud, charging for prescriptions that never arrive.",
      errors: [{ messageId: "allegation", excerpt: "is a total fraud", severity: "error" }, { messageId: "allegation", excerpt: "charging for prescriptions that never", severity: "error" }],
    },
    {
      name: "reusing needles, single-use by nature",
      text: "Glowhaus Clinic in Bristol are reusing needles between clients.",
      errors: [{ messageId: "allegation", excerpt: "reusing needles", severity: "error" }],
    },
    {
      name: "reusing syringes, single-use by nature",
      text: "Bayside Dental are reusing syringes. Seen it myself.",
      errors: [{ messageId: "allegation", excerpt: "reusing syringes", severity: "error" }],
    },
    {
      name: "a practice manager identifiable through the author, taking from a fund",
      text: "My old practice manager (you all know who) was helping himself to the staff lottery fund.",
      errors: [{ messageId: "allegation", excerpt: "helping himself to the staff lottery fund", severity: "error" }],
    },
    {
      name: "supply with no checks, then a one-word verdict",
      text: "@FastMedsDirect are selling codeine to anyone with no checks. Criminals.",
      errors: [{ messageId: "allegation", excerpt: "selling codeine to anyone with no checks", severity: "error" }, { messageId: "allegationMaybe", excerpt: "Criminals", severity: "warning" }],
    },
    {
      name: "a practitioner said not to be registered",
      text: "That 'nurse' doing lip filler at the salon in Neath isn't even registered. Report her.",
      errors: [{ messageId: "allegationMaybe", excerpt: "isn't even registered", severity: "warning" }],
    },
    {
      name: "a named doctor said not to be a doctor",
      text: "Dr Hughes at the Ridgeway clinic is not a doctor. She's a fraud.",
      errors: [{ messageId: "allegation", excerpt: "is not a doctor", severity: "error" }, { messageId: "allegation", excerpt: "fraud", severity: "error" }],
    },
    {
      name: "signing off reports never read",
      text: "Our old consultant used to sign off reports he never looked at.",
      errors: [{ messageId: "allegation", excerpt: "sign off reports he never", severity: "error" }],
    },
    {
      name: "the person behind an account pointed at",
      text: "The bloke behind that 'truth doctor' account is a struck-off quack.",
      errors: [{ messageId: "allegation", excerpt: "struck-off", severity: "error" }, { messageId: "allegation", excerpt: "quack", severity: "error" }],
    },
    {
      name: "an investigation spread as gossip",
      text: "Dr Lowe at the Meadows practice is under investigation by the GMC for something he did to a patient 👀",
      errors: [{ messageId: "allegation", excerpt: "under investigation by the GMC", severity: "error" }],
    },
    {
      name: "cheating at exams is an allegation",
      text: "Dr Patel at Riverside cheated at his exams and lied about his qualifications.",
      errors: [{ messageId: "allegation", excerpt: "cheated", severity: "error" }, { messageId: "allegation", excerpt: "lied about", severity: "error" }],
    },
    {
      name: "cheating at an audit is an allegation",
      text: "Dr Okafor cheated at the audit, changing the numbers before the CQC visit.",
      errors: [{ messageId: "allegation", excerpt: "cheated", severity: "error" }],
    },
    {
      name: "an insinuation frame after a loaded question about a named surgery points at it",
      text: "Why did the practice manager at Elmwood Surgery leave so suddenly last month? Funny how nobody's allowed to mention the accounts 🤔",
      errors: [{ messageId: "allegation", excerpt: "Funny how", severity: "error" }],
    },
    {
      name: "'draw your own conclusions' after a named doctor and a missing charity fund",
      text: "Dr Okafor at Riverside Clinic bought a new Range Rover the same month the charity money went missing. Draw your own conclusions 😉",
      errors: [{ messageId: "allegation", excerpt: "Draw your own conclusions", severity: "error" }],
    },
    {
      name: "a named doctor said to over-investigate because the clinic is paid per scan imputes a financial motive",
      text: "Dr Fenton at Northgate Clinic orders an MRI for every sore knee because the clinic gets paid per scan.",
      errors: [{ messageId: "allegation", excerpt: "because the clinic gets paid", severity: "error" }],
    },
    {
      name: "a motive imputed to the pharmacy on a named street",
      text: "The pharmacy on Bridge Road hands out codeine to anyone because they get paid per prescription.",
      errors: [{ messageId: "allegation", excerpt: "because they get paid", severity: "error" }],
    },
    {
      name: "a lowercase kind of business pinned to a street is identifiable",
      text: "Heads up: the aesthetics salon on Mill Street is injecting counterfeit Botox.",
      errors: [
        { messageId: "allegation", severity: "error", excerpt: "injecting counterfeit" },
        { messageId: "allegation", severity: "error", excerpt: "counterfeit Botox" },
      ],
    },
    {
      name: "an allegation put as a question with a knowing emoji is read for its natural meaning",
      text: "Has the finance lead at Meadowbank Practice really been cooking the books again? 👀",
      errors: [{ messageId: "allegation", excerpt: "cooking the books", severity: "error" }],
    },
    {
      name: "a question of fraud about a named clinic, 'asking for a friend', is an allegation",
      text: "Does Dr Hale at the Elm Clinic still take kickbacks from the filler company? Asking for a friend.",
      errors: [{ messageId: "allegation", excerpt: "kickbacks", severity: "error" }],
    },
    {
      name: "a conviction ('honestly think') is no hedge, and a named care home in lowercase is a target",
      text: "I honestly think the owners of Bryn Teg care home are pocketing the residents' money.",
      errors: [{ messageId: "allegation", excerpt: "pocketing the residents' money", severity: "error" }],
    },
    {
      name: "a named hospice spending donations on its director's car alleges misuse of funds",
      text: "Brightwater Hospice spends the donations on the director's new Porsche while the nurses buy their own tea.",
      errors: [{ messageId: "allegation", excerpt: "spends the donations on the director's new Porsche", severity: "error" }],
    },
    {
      name: "an allegation in the second person to a named account is about that account",
      text: "@DrJoeBloggs honestly. You fabricated data in that trial and everybody in the department knows it.",
      errors: [{ messageId: "allegation", excerpt: "fabricated data", severity: "error" }],
    },
    {
      name: "an insinuation of drinking before a named surgeon's list is an allegation",
      text: "I'm not saying Mr Colin Price drinks before his Friday list, but the breath mints are working overtime 🍺",
      errors: [{ messageId: "allegation", excerpt: "I'm not saying", severity: "error" }],
    },
    {
      name: "'funny how' a named locum's claims add up is an allegation of dishonesty",
      text: "Funny how Dr Alan Fisher's locum claims always add up to more hours than there are in a week.",
      errors: [{ messageId: "allegation", excerpt: "Funny how", severity: "error" }],
    },
    {
      name: "a named clinic doing procedures nobody needs is an allegation",
      text: "The Parkview Spine Clinic keeps doing facet injections nobody needs because the insurers pay per needle.",
      errors: [{ messageId: "allegation", excerpt: "injections nobody needs", severity: "error" }],
    },
    {
      name: "a named practice reusing single-use kit is an allegation",
      text: "Willow Lane Dental Practice reuses single-use burs between patients to cut costs.",
      errors: [{ messageId: "allegation", excerpt: "reuses single-use", severity: "error" }],
    },
    {
      name: "a saint-named hospital covering up deaths is an allegation",
      text: "St Ermin's covered up two deaths on their maternity unit and nobody has been held to account.",
      errors: [{ messageId: "allegation", excerpt: "covered up", severity: "error" }],
    },
    // generalisation pass: acts alleged against an identifiable person or organisation, paired with their objects (forging signatures, pocketing money, hitting residents)
    {
      name: "'my consultant' forging signatures on consent forms",
      text: "My consultant forges the signatures on the consent forms. Saw him do it.",
      errors: [{ messageId: "allegation", excerpt: "forges the signatures", severity: "error" }],
    },
    {
      name: "a named trust paying families to keep quiet",
      text: "Oakridge Trust has been quietly paying families to keep quiet about the maternity deaths.",
      errors: [{ messageId: "allegation", excerpt: "paying families to keep quiet", severity: "error" }],
    },
    {
      name: "an @handle pocketing practice money",
      text: "@DrKhanGP pockets the practice's QOF money for himself. Everyone in the PCN knows.",
      errors: [{ messageId: "allegation", excerpt: "pockets the practice's QOF", severity: "error" }],
    },
    {
      name: "an agency billing for shifts nobody worked",
      text: "The agency NurseFirst bills the trust for shifts nobody worked.",
      errors: [{ messageId: "allegation", excerpt: "bills the trust for shifts nobody", severity: "error" }],
    },
    {
      name: "a named doctor turning up smelling of booze",
      text: "Dr Greene turns up to theatre smelling of booze most Mondays.",
      errors: [{ messageId: "allegation", excerpt: "smelling of booze", severity: "error" }],
    },
    {
      name: "'our clinical lead' helping himself to controlled drugs",
      text: "Our clinical lead has been helping himself to the controlled drugs cupboard for months.",
      errors: [{ messageId: "allegation", excerpt: "helping himself to the controlled", severity: "error" }],
    },
    {
      name: "care home staff hitting residents",
      text: "Sunrise Care Home staff are hitting the residents. I've seen the bruises.",
      errors: [{ messageId: "allegation", excerpt: "hitting the residents", severity: "error" }],
    },
    {
      name: "a named doctor groping a nurse",
      text: "Dr Malik at Riverside Surgery groped a nurse at the Christmas party and HR buried it.",
      errors: [{ messageId: "allegation", excerpt: "groped a nurse", severity: "error" }],
    },
    {
      name: "a named clinic injecting unlicensed filler",
      text: "ClearSkin Clinic in Leeds is injecting unlicensed filler and telling clients it's Juvederm.",
      errors: [{ messageId: "allegation", excerpt: "injecting unlicensed", severity: "error" }],
    },
    {
      name: "a professor who embezzled a grant",
      text: "Prof Whitcombe embezzled half the research grant. Ask his former postdocs.",
      errors: [{ messageId: "allegation", excerpt: "embezzled", severity: "error" }],
    },
    {
      name: "a practice owner backdating notes",
      text: "The owner of Bright Smile Dental backdates the notes whenever there's a complaint.",
      errors: [{ messageId: "allegation", excerpt: "backdates the notes", severity: "error" }],
    },
    {
      name: "an @handle massaging waiting-list numbers",
      text: "@NHSTrustX is massaging the waiting list numbers to dodge the fines",
      errors: [{ messageId: "allegation", excerpt: "massaging the waiting list", severity: "error" }],
    },
    {
      name: "unnecessary operations for money",
      text: "Mr Patel, the orthopaedic surgeon at St Anne's, operates on patients who don't need it just to bill their insurers.",
      errors: [{ messageId: "allegation", excerpt: "operates on patients who don't need it", severity: "error" }],
    },
    {
      name: "a named doctor lying about complication rates: 'Pure deceit.'",
      text: "Dr Lowe tells patients his complication rate is 1% when it's nearer 10%. Pure deceit.",
      errors: [{ messageId: "allegationMaybe", excerpt: "Pure deceit", severity: "warning" }],
    },
    {
      name: "a named pharmacy selling antibiotics without a prescription",
      text: "Medisure Pharmacy on the high street sells antibiotics without a prescription to anyone who asks.",
      errors: [{ messageId: "allegation", excerpt: "sells antibiotics without a prescription", severity: "error" }],
    },
    {
      name: "a former registrar who bullied juniors",
      text: "My old registrar at Northgate used to bully the F1s until they cried. Nasty piece of work.",
      errors: [{ messageId: "allegation", excerpt: "bully the F1s", severity: "error" }],
    },
    {
      name: "a named hospital ignoring warnings before a death",
      text: "Harbour View Hospital ignored three warnings about the faulty ventilator and a patient died. Criminal.",
      errors: [{ messageId: "allegation", excerpt: "ignored three warnings", severity: "error" }, { messageId: "allegationMaybe", excerpt: "Criminal", severity: "info" }],
    },
    {
      name: "a named doctor faking references",
      text: "Dr Sarah Bennett faked her references to get the consultant job.",
      errors: [{ messageId: "allegation", excerpt: "faked her references", severity: "error" }],
    },
    {
      name: "a trust CEO's holiday paid for by a contractor",
      text: "The CEO of Kingsway Trust took a holiday paid for by the outsourcing company that won the contract.",
      errors: [{ messageId: "allegation", excerpt: "took a holiday paid for by the outsourcing", severity: "error" }],
    },
    {
      name: "a named clinic using unqualified staff and lying about it",
      text: "GlowUp Aesthetics uses unqualified staff and lies about it on their website.",
      errors: [{ messageId: "allegation", excerpt: "uses unqualified staff", severity: "error" }, { messageId: "allegation", excerpt: "lies about it", severity: "error" }],
    },
    {
      name: "a named doctor prescribing opioids off the books",
      text: "Dr Fenwick is prescribing opioids to his mates off the books.",
      errors: [{ messageId: "allegation", excerpt: "prescribing opioids to his mates off the books", severity: "error" }],
    },
    {
      name: "the author's GP practice shredding complaints",
      text: "My GP practice in Hove shreds any complaint that mentions the senior partner.",
      errors: [{ messageId: "allegation", excerpt: "shreds any complaint", severity: "error" }],
    },
    {
      name: "a named care home leaving residents in soiled pads",
      text: "Pinewood Care Home leaves residents in soiled pads all day to save money on staff.",
      errors: [{ messageId: "allegation", excerpt: "leaves residents in soiled", severity: "error" }],
    },
    {
      name: "a named clinic's surgeon who killed two women",
      text: "The surgeon at Castlegate Clinic has killed two women with dodgy liposuction and still operates.",
      errors: [{ messageId: "allegation", excerpt: "killed two", severity: "error" }],
    },
    {
      name: "an @handle who plagiarised a thesis",
      text: "@DrJTaylor plagiarised half of her thesis. Check it against the 2015 paper.",
      errors: [{ messageId: "allegation", excerpt: "plagiarised", severity: "error" }],
    },
    {
      name: "'our medical director' gagging whistleblowers",
      text: "Our medical director gagged three whistleblowers with NDAs to hide the deaths.",
      errors: [{ messageId: "allegation", excerpt: "gagged three whistleblowers", severity: "error" }],
    },
    {
      name: "a named doctor taking cash from drug reps",
      text: "Dr Hollis takes cash from drug reps to prescribe their inhalers.",
      errors: [{ messageId: "allegation", excerpt: "takes cash from drug reps", severity: "error" }],
    },
    {
      name: "'my consultant' an alcoholic who operates hungover",
      text: "My consultant is an alcoholic who operates hungover. Everyone covers for him.",
      errors: [{ messageId: "allegation", excerpt: "is an alcoholic", severity: "error" }, { messageId: "allegation", excerpt: "operates hungover", severity: "error" }],
    },
    {
      name: "Dr Hargreaves at Moor Lane Surgery has been signing off s...",
      text: "Dr Hargreaves at Moor Lane Surgery has been signing off sick notes for cash for years.",
      errors: [{ messageId: "allegation", excerpt: "signing off sick notes for cash", severity: "error" }],
    },
    {
      name: "Our practice manager is siphoning money from the staff fu...",
      text: "Our practice manager is siphoning money from the staff fund. I've seen the statements.",
      errors: [{ messageId: "allegation", excerpt: "siphoning money", severity: "error" }],
    },
    {
      name: "Sunnyvale Care Home staff are drugging residents to keep ...",
      text: "Sunnyvale Care Home staff are drugging residents to keep them quiet at night.",
      errors: [{ messageId: "allegation", excerpt: "drugging residents", severity: "error" }],
    },
    {
      name: "@DrPeterL falsifies his research data, everyone in his de...",
      text: "@DrPeterL falsifies his research data, everyone in his department knows.",
      errors: [{ messageId: "allegation", excerpt: "falsifies his research", severity: "error" }],
    },
    {
      name: "The owner of GlowSkin in Leeds buys Botox off the interne...",
      text: "The owner of GlowSkin in Leeds buys Botox off the internet and injects it illegally.",
      errors: [{ messageId: "allegation", excerpt: "injects it illegally", severity: "error" }],
    },
    {
      name: "My old consultant at St Mark's used to grope the student ...",
      text: "My old consultant at St Mark's used to grope the student nurses. Everyone knew.",
      errors: [{ messageId: "allegation", excerpt: "grope the student nurses", severity: "error" }],
    },
    {
      name: "Westfield Trust deleted the incident reports about the ba...",
      text: "Westfield Trust deleted the incident reports about the baby deaths before the CQC visit.",
      errors: [{ messageId: "allegation", excerpt: "deleted the incident", severity: "error" }],
    },
    {
      name: "Dr Amara Khan takes backhanders from the device company f...",
      text: "Dr Amara Khan takes backhanders from the device company for every hip she puts in.",
      errors: [{ messageId: "allegation", excerpt: "backhanders", severity: "error" }],
    },
    {
      name: "Cityline Pharmacy on Bridge Street sells codeine to anyon...",
      text: "Cityline Pharmacy on Bridge Street sells codeine to anyone without a prescription.",
      errors: [{ messageId: "allegation", excerpt: "sells codeine to anyone without a prescription", severity: "error" }],
    },
    {
      name: "The surgeon at Parkside Hospital operated on the wrong le...",
      text: "The surgeon at Parkside Hospital operated on the wrong leg and then altered the notes.",
      errors: [{ messageId: "allegation", excerpt: "altered the notes", severity: "error" }],
    },
    {
      name: "Dr Li at Hillcrest Practice is running a pill mill, everyone knows it",
      text: "Dr Li at Hillcrest Practice is running a pill mill, everyone knows it",
      errors: [{ messageId: "allegation", excerpt: "running a pill mill", severity: "error" }],
    },
    {
      name: "NorthCare Trust cooked their mortality stats for the CQC",
      text: "NorthCare Trust cooked their mortality stats for the CQC",
      errors: [{ messageId: "allegation", excerpt: "cooked their mortality", severity: "error" }],
    },
    {
      name: "The head of the deanery is taking bribes to fix training numbers",
      text: "The head of the deanery is taking bribes to fix training numbers",
      errors: [{ messageId: "allegation", excerpt: "taking bribes", severity: "error" }],
    },
    {
      name: "Brightwater Clinic's owner has no medical qualifications and preten...",
      text: "Brightwater Clinic's owner has no medical qualifications and pretends to be a doctor",
      errors: [{ messageId: "allegation", excerpt: "no medical qualifications", severity: "error" }],
    },
    {
      name: "My GP falsified my mum's notes after she died",
      text: "My GP falsified my mum's notes after she died",
      errors: [{ messageId: "allegation", excerpt: "falsified", severity: "error" }],
    },
    {
      name: "Crestview Hospital's managers bullied a whistleblower into resigning",
      text: "Crestview Hospital's managers bullied a whistleblower into resigning",
      errors: [{ messageId: "allegation", excerpt: "bullied a whistleblower", severity: "error" }],
    },
    {
      name: "@DrRaviS copied his whole MD thesis from a Spanish paper",
      text: "@DrRaviS copied his whole MD thesis from a Spanish paper",
      errors: [{ messageId: "allegation", excerpt: "copied his whole MD thesis", severity: "error" }],
    },
    {
      name: "Our ward manager steals the patients' chocolates and the charity money",
      text: "Our ward manager steals the patients' chocolates and the charity money",
      errors: [{ messageId: "allegation", excerpt: "steals the patients' chocolates and the charity", severity: "error" }],
    },
    {
      name: "Maple House Care Home overcharges families for care they never get",
      text: "Maple House Care Home overcharges families for care they never get",
      errors: [{ messageId: "allegation", excerpt: "overcharges families for care they never", severity: "error" }],
    },
    {
      name: "The locum agency MedStaff forges DBS checks for its nurses",
      text: "The locum agency MedStaff forges DBS checks for its nurses",
      errors: [{ messageId: "allegation", excerpt: "forges DBS", severity: "error" }],
    },
    {
      name: "Pinehurst Surgery has been fiddling the flu jab numbers to get paid...",
      text: "Pinehurst Surgery has been fiddling the flu jab numbers to get paid twice",
      errors: [{ messageId: "allegation", excerpt: "fiddling", severity: "error" }],
    },
    {
      name: "Dr Morgan at the Elm Clinic sleeps with his patients, it's an open ...",
      text: "Dr Morgan at the Elm Clinic sleeps with his patients, it's an open secret",
      errors: [{ messageId: "allegation", excerpt: "sleeps with his patients", severity: "error" }],
    },
    {
      name: "The pharmacy on King Street has been selling fake Wegovy to despera...",
      text: "The pharmacy on King Street has been selling fake Wegovy to desperate people",
      errors: [{ messageId: "allegation", excerpt: "selling fake", severity: "error" }],
    },
    {
      name: "My trust's chief nurse hid a whole ward's worth of pressure ulcer d...",
      text: "My trust's chief nurse hid a whole ward's worth of pressure ulcer data from the board",
      errors: [{ messageId: "allegation", excerpt: "hid a whole ward's worth of pressure ulcer data", severity: "error" }],
    },
    {
      name: "@ClinicGlow are lying to clients about who does their injections",
      text: "@ClinicGlow are lying to clients about who does their injections",
      errors: [{ messageId: "allegation", excerpt: "are lying", severity: "error" }],
    },
    {
      name: "The GP partners at Riverside are pocketing the practice's training ...",
      text: "The GP partners at Riverside are pocketing the practice's training grant",
      errors: [{ messageId: "allegationMaybe", excerpt: "pocketing the practice's training grant", severity: "warning" }],
    },
    {
      name: "Dr Evans falsely certified dead patients to cover his mistakes",
      text: "Dr Evans falsely certified dead patients to cover his mistakes",
      errors: [{ messageId: "allegation", excerpt: "falsely certified", severity: "error" }, { messageId: "allegation", excerpt: "cover his mistakes", severity: "error" }],
    },
    {
      name: "Our ward sister drinks on nights, we can all smell it",
      text: "Our ward sister drinks on nights, we can all smell it",
      errors: [{ messageId: "allegation", excerpt: "drinks on nights", severity: "error" }],
    },
    {
      name: "Greenbank Hospital's A&E turns away homeless patients without seein...",
      text: "Greenbank Hospital's A&E turns away homeless patients without seeing them",
      errors: [{ messageId: "allegation", excerpt: "turns away homeless patients without", severity: "error" }],
    },
    {
      name: "Dr Kaur at Lakeside Practice charges patients for NHS services, tot...",
      text: "Dr Kaur at Lakeside Practice charges patients for NHS services, totally illegal",
      errors: [{ messageId: "allegationMaybe", excerpt: "totally illegal", severity: "warning" }],
    },
    {
      name: "The owner of SmileBright steals from his own staff's wages",
      text: "The owner of SmileBright steals from his own staff's wages",
      errors: [{ messageId: "allegation", excerpt: "steals from his own staff's wages", severity: "error" }],
    },
    {
      name: "Our CEO lied to the board about the never event. I was there.",
      text: "Our CEO lied to the board about the never event. I was there.",
      errors: [{ messageId: "allegation", excerpt: "lied to", severity: "error" }],
    },
    {
      name: "Westbrook Care Home abuses its residents. My nan came out covered i...",
      text: "Westbrook Care Home abuses its residents. My nan came out covered in bruises.",
      errors: [{ messageId: "allegation", excerpt: "abuses its residents", severity: "error" }],
    },
    {
      name: "@DrMartinez has been forging his CPD certificates for years",
      text: "@DrMartinez has been forging his CPD certificates for years",
      errors: [{ messageId: "allegation", excerpt: "forging his CPD certificates", severity: "error" }],
    },
    {
      name: "Dr O'Neill at City Hospital killed my dad through negligence and th...",
      text: "Dr O'Neill at City Hospital killed my dad through negligence and they covered it up",
      errors: [{ messageId: "allegation", excerpt: "negligence", severity: "error" }, { messageId: "allegation", excerpt: "covered it up", severity: "error" }],
    },
    {
      name: "The agency Nurses4U sends staff with fake DBS checks",
      text: "The agency Nurses4U sends staff with fake DBS checks",
      errors: [{ messageId: "allegationMaybe", excerpt: "fake DBS", severity: "warning" }],
    },
    {
      name: "a CamelCase company",
      text: "MediGlow knew their filler caused infections and hid the evidence.",
      errors: [{ messageId: "allegation", excerpt: "hid the evidence", severity: "error" }],
    },
    {
      name: "inserted words: is a known fraud",
      text: "Dr Leonard Moss is a well known fraud, ask anyone in Leeds.",
      errors: [{ messageId: "allegation", excerpt: "fraud", severity: "error" }],
    },
    {
      name: "unique role at the author's workplace",
      text: "Our medical director is fiddling the mortality figures before the inspection.",
      errors: [{ messageId: "allegation", excerpt: "is fiddling", severity: "error" }],
    },
    {
      name: "hearsay of a sanction",
      text: "I have it on good authority that Dr Sam Okafor was struck off abroad. Avoid.",
      errors: [{ messageId: "allegation", excerpt: "was struck off", severity: "error" }],
    },
    {
      text: "Dr Mark Ellis at the Harley Street clinic is a fraud and a liar.",
      errors: [{ messageId: "allegation", excerpt: "is a fraud", severity: "error" }, { messageId: "allegation", excerpt: "liar", severity: "error" }],
    },
    {
      name: "organisation",
      text: "St Elsewhere NHS Foundation Trust is covering up baby deaths. Everyone knows it.",
      errors: [{ messageId: "allegation", excerpt: "covering up", severity: "error" }],
    },
    {
      name: "company",
      text: "Pfizer are crooks, plain and simple",
      errors: [{ messageId: "allegation", excerpt: "crooks", severity: "error" }],
    },
    {
      name: "@handle",
      text: "@DrSmithGP falsified the audit data to hit his targets",
      errors: [{ messageId: "allegation", excerpt: "falsified", severity: "error" }],
    },
    {
      name: "hedged with a question",
      text: "I heard Dr Ahmed might be taking bribes from the implant company?",
      errors: [{ messageId: "allegationMaybe", excerpt: "taking bribes", severity: "warning" }],
    },
    {
      name: "one's own consultant is identifiable to everyone who knows the author",
      text: "Our consultant is a bully and everyone is scared of him",
      errors: [{ messageId: "allegation", excerpt: "is a bully", severity: "error" }],
    },
    {
      name: "pronoun after a name",
      text: "Remember Dr Jenkins from St Mary's? He is a criminal and should be in prison.",
      errors: [
        { messageId: "allegation", excerpt: "is a criminal", severity: "error" },
        { messageId: "allegation", excerpt: "should be in prison", severity: "error" },
      ],
    },
    {
      name: "botched, US spelling",
      text: "Dr Lopez botched my mom's surgery and nobody will hold him accountable 😡",
      errors: [{ messageId: "allegation", excerpt: "botched", severity: "error" }],
    },
    {
      name: "a provider pinned to a place",
      text: "The care home on Marsh Lane near Ormskirk is neglecting its residents. They should be shut down.",
      errors: [{ messageId: "allegation", excerpt: "is neglecting", severity: "error" }],
    },
    {
      name: "role pointing back to a named business",
      text: "Don't go to Pearlbright Dental Studio in Croydon. The owner is a fraud who charges for treatments he never does.",
      errors: [{ messageId: "allegation", excerpt: "is a fraud", severity: "error" }, { messageId: "allegation", excerpt: "charges for treatments he never", severity: "error" }],
    },
    // recall pass 2: the mechanisms, in new words
    {
      name: "concealment verb with an incident as its object",
      text: "The practice manager at Oakfield Surgery shredded the complaints before the inspection.",
      errors: [{ messageId: "allegation", excerpt: "shredded the complaints", severity: "error" }],
    },
    {
      name: "insinuation with a wink about a named doctor",
      text: "Everyone knows how Dr Patel passed her exams 😉",
      errors: [{ messageId: "allegation", excerpt: "Everyone knows how", severity: "error" }],
    },
    {
      name: "verb form of an allegation",
      text: "GlowLab Aesthetics are ripping off clients with diluted filler.",
      errors: [{ messageId: "allegation", excerpt: "are ripping off", severity: "error" }],
    },
    {
      name: "a veiled reference identifies",
      text: "A certain cosmetic clinic in Leeds is using counterfeit filler, and they know it.",
      errors: [{ messageId: "allegation", excerpt: "counterfeit", severity: "error" }],
    },
    {
      name: "an inducement alleged",
      text: "The rep from Halden Pharma offered us cash to put their inhaler on the formulary.",
      errors: [{ messageId: "allegation", excerpt: "offered us cash", severity: "error" }],
    },
    {
      name: "'not saying' is not a hedge",
      text: "I'm not saying the surgeon at the Royal Infirmary kills his patients, but I'd get a second opinion.",
      errors: [{ messageId: "allegation", excerpt: "kills his patients", severity: "error" }],
    },
  ],
});
