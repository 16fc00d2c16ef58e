import rule from "../../../src/engine/rules/conduct/substance-misuse";
import { ruleTester } from "../../support/rule-tester";

// GMP 65. Posting about taking illegal drugs or diverting medicines from work is conduct that
// undermines trust; drug names in clinical teaching pass.
ruleTester(rule, {
  valid: [
    // tune9: an own prescription talked about, returned, or shared as experience; advice against sharing
    { name: "own prescription, sharing the experience", text: "My repeat prescription for sertraline came through today. Happy to share my experience of starting an SSRI if it helps anyone." },
    { name: "leftover antibiotics returned to the pharmacy", text: "Got loads of amoxicillin left from my own script, should I return it to the pharmacy or the GP?" },
    { name: "advice never to share a prescription", text: "Never share zopiclone from your own prescription with a partner, however tempting. DM me if you want our leaflet." },
    // a patient's drug use before coming back to the ward; a question about stock for the unit
    { name: "the patient had a bit of ket and was back on the ward", text: "The patient had a bit of ket on Saturday and was back on the ward by Monday, poor lad." },
    { name: "has anyone got propranolol stock for the clinic", text: "Has anyone got propranolol stock they can lend our ward till Monday? Pharmacy is shut." },
    // a tip about unchecked stock made for the audit, or a tip about checking it
    { name: "a tip for the audit that the CD book is never checked", text: "Top tip for the audit: the morphine register is never checked at weekends on our unit, so fix the rota before the CQC do." },
    { name: "a tip to check the fridge stock", text: "Pro tip: always check the insulin in the fridge is in date before the drug round." },
    // a supply of one's own topped up from no medicine store; the ward's kit restocked; a supplier for the practice
    { name: "topping up a 'survival kit' from the vending machine", text: "Topping up my 'survival kit' from the vending machine before nights. Crisps count as a food group." },
    { name: "restocking the ward's 'grab bag' from pharmacy", text: "Restocking our 'grab bag' from pharmacy every Monday, ticked off on the checklist." },
    { name: "a supplier of propranolol for the practice", text: "Anyone know a reliable wholesaler for propranolol for the practice? Ours has had none since May." },
    // taking a dose from workplace stock oneself, versus giving it to a patient
    { name: "morphine taken from the cupboard and given to a patient", text: "Took the oramorph from the CD cupboard and gave it to the man in bay 2 with a second signature." },
    { name: "a patient who took diazepam from home", text: "He took a couple of diazepam from his wife's prescription before the scan, so we delayed the CT." },
    { name: "'not me' before a harmless confession", text: "Not me eating the last of the biscuits from the staff room again." },
    { name: "'stoned' as a pun on a kidney stone", text: "Ureteric colic all night and the CT says a 6mm stone. Officially stoned, and not in the fun way." },
    // a quantity of a drug by its street name, versus a sniffle and a friend's name
    { name: "a bit of a sniff is a cold coming on", text: "Got a bit of a sniff this morning, hoping it's not the start of flu before my exams." },
    { name: "a bit of a first name's time is no drug", text: "Spent a bit of Charlie's birthday money on a new stethoscope. Best aunt ever." },
    { name: "lines of code", text: "Wrote a few lines of code for the audit tool this shift ❄️ snow day!" },
    { name: "lines of poetry", text: "Few lines of the good stuff from my favourite poet before nights 📖" },
    // supply and diversion by shape (dev10/dev11): tempting look-alikes
    { name: "a taper explained, not a supply", text: "Questions about your diazepam taper? Message me and I'll explain the plan." },
    { name: "leftovers taken back to the pharmacy", text: "I have a few co-codamol left over from my op, can I take them back to the pharmacy? Message me if you know." },
    { name: "post-operative pain relief that helped", text: "Morphine got me through the week after my surgery, grateful to the ward team." },
    { name: "drugs prepared from the list", text: "Prepping the drugs from the list for tomorrow: midazolam, fentanyl, propofol all checked." },
    "Ketamine for procedural sedation: 1-1.5 mg/kg IV, have suction ready. #FOAMed",
    "Cocaine chest pain: give benzos first, avoid beta-blockers.",
    { name: "patient history", text: "Pt admitted to smoking weed daily since age 14" },
    "Chemsex drugs (GHB, mephedrone, crystal meth) and how to ask about them in clinic",
    { name: "negated", text: "I have never taken cocaine, and never will." },
    "Nitrous oxide canisters on the street: the neurology we're seeing is real. Talk to teenagers.",
    { name: "a line = IV line", text: "Got an arterial line in first go, buzzing 🙌" },
    { name: "reported speech", text: "He said he'd done a few lines before the crash. Poor lad." },
    { name: "festival harm reduction", text: "Festival season: if you're taking MDMA, test it, start low, sip water. The medical tent is there to help, not judge. 💊" },
    { name: "snowflake at Christmas", text: "Mince pies and a Coke at the ward Christmas party ❄️🎄" },
    { name: "returns for destruction", text: "Took the bag of pregabalin from the returns bin to the pharmacy for destruction, signed and witnessed" },
    { name: "spare medicine, no offer", text: "Spare oxycodone from a discharged patient goes back to pharmacy, never in the sharps bin. #MedEd" },
    { name: "clinical use of the CD cupboard", text: "Took the morphine from the CD cupboard to give to the lady in side room 2, signed by two nurses" },
    // recall pass 2: benign counterparts of the new mechanisms
    { name: "workplace stock given to a patient", text: "Gave the patient's own zopiclone from the ward stock at 22:00 and signed the chart." },
    { name: "missing stock reported, not a euphemism", text: "Found two ampoules of morphine missing from the CD cupboard and reported it to pharmacy straight away." },
    { name: "someone else's medicine returned", text: "Took my dad's leftover tramadol back to the chemist for disposal." },
    { name: "unit asking for supplies", text: "Anyone know where our unit can get more propofol syringes? Pharmacy say there's a national shortage." },
    { name: "snowflake as weather", text: "Bit of ❄️ on the hills this morning, lovely walk before my shift." },
    { name: "a pill for a headache", text: "Popped a pill for my migraine before the festival, fingers crossed it holds off" },
    { name: "joint of meat", text: "Nothing like a joint of roast beef after a long week 🌿" },
    // generalisation pass (dev3): tempting posts for sources, stock, over-ordering and counted doses
    { name: "patients buying online", text: "Patients buying weight loss jabs off Instagram worries me. Please see your GP." },
    { name: "advice never to buy", text: "Never buy modafinil off a mate before exams, it's not worth your registration." },
    { name: "stock given with a second checker", text: "We took the oramorph from the CD cupboard and gave it to bed 4 with a second checker." },
    { name: "ward stock checked and signed", text: "Morphine from ward stock is checked by two nurses and signed in the CD register." },
    { name: "lines of a poem", text: "A few lines from my favourite poem at the festival made me cry" },
    { name: "over-ordering named as a risk", text: "If you write up extra oramorph for syringe drivers, the surplus is an audit and diversion risk." },
    { name: "microdosing as research", text: "Microdosing psilocybin trials for depression: a thread on the evidence 🧵" },
    { name: "an audit of theatre stock", text: "The theatre fentanyl audit found no discrepancies this quarter 🎉" },
    { name: "my own prescription from the pharmacy", text: "Got my propranolol from the pharmacy on my repeat prescription before my exam" },
    { name: "pills for a condition", text: "Couple of pills for my migraine and back on the ward by 2" },
    { name: "a shortage story", text: "Adderall shortages in the US are pushing students to buy it online" },
    // generalisation pass (dev4/dev5): tempting posts for the new mechanisms
    { name: "a patient's leftover medicines returned to pharmacy", text: "Patient's leftover zopiclone went back to pharmacy for destruction, as per the CD policy." },
    { name: "a patient's medicine left behind, returned to the family", text: "Mrs K left her diazepam behind on discharge so I rang her daughter to come and collect it." },
    { name: "the practice's supply of a vaccine", text: "Our flu vaccine supply from the manufacturer finally arrived, clinics start Monday 💉" },
    { name: "a mate's guy who fixes boilers", text: "Got the boiler fixed by my usual guy ❄️ finally warm again" },
    { name: "microdosing as a news topic", text: "New trial on microdosing psilocybin for depression published today, small numbers but interesting. #research" },
    // dev8 generalisation pass: diversion told by its grammar; benign look-alikes
    { name: "a dropped ampoule witnessed and recorded honestly", text: "Dropped an ampoule of morphine tonight, the \"broken\" one was witnessed and written up in the CD register as policy says." },
    { name: "a pharmacist warning against 'spillages' as cover", text: "Auditors look hard at repeated \"spillages\" on the CD register: diversion often hides there. Report your concerns." },
    { name: "giving up my codeine", text: "Finally gave up my codeine after the knee op, six weeks clean and proud 💪" },
    { name: "my GP gave me my sertraline", text: "My GP gave me my sertraline review today and honestly it's helped so much." },
    { name: "borrowing a pen, not a medicine", text: "Borrowed a couple of the pens from the nurses' station, will bring them back tomorrow!" },
    { name: "borrowed stock for a patient", text: "Borrowed two of the diazepam from ward 8 for the patient in bay 3 because pharmacy was shut, all signed for." },
    { name: "asking how CDs are counted, for safety", text: "New to the ward: is the zopiclone counted at every handover like the CDs? Want to get the safety checks right." },
    { name: "a smoke alarm after a shift", text: "The smoke alarm went off after a 12-hour shift 🌿 of course it did." },
    { name: "sea air after nights", text: "Nothing like a little sea air after a long week of nights 🌿" },
    // tune7: stimulants for study, dealers named by their medicine, a figurative high, counted stock
    { name: "a stimulant prescribed for ADHD helps revision", text: "my adhd meds (elvanse) finally make revision possible, diagnosed at 23 and never looking back" },
    { name: "students warned about study drugs", text: "students using modafinil for exams is a real risk, talk to your uni wellbeing team" },
    { name: "revising the pharmacology of a stimulant", text: "i'm revising pharmacology: modafinil acts on dopamine transporters" },
    { name: "a patient's dealer, not the author's", text: "had a patient whose ket dealer turned up on the ward" },
    { name: "high on coffee and adrenaline", text: "high as a kite on coffee and adrenaline after my first arrest call" },
    { name: "a CD rule, not a gap in the count", text: "pro tip: ondansetron doesn't need to be counted, only CDs do" },
    { name: "advising patients about cannabis and withdrawal", text: "i tell my patients weed won't get them through a week of withdrawal" },
    // prescribing for oneself (GMC prescribing guidance): the tempting look-alikes pass
    { name: "a note to oneself about a patient's medicine", text: "Wrote myself a reminder to review the zopiclone on the ward round tomorrow." },
    { name: "self-prescribing warned against", text: "Reminder for the new F1s: never write yourself a diazepam script, however stressed you are." },
    // street letters and steroid cycles: the tempting look-alikes pass
    { name: "a bit of K is potassium in the fluids", text: "K of 3.2 on the gas, so a bit of K went into the next bag of fluids." },
    { name: "someone else's K at a festival medical tent", text: "Festival medical tent shift: one lad had taken some K and needed a long sit down." },
    { name: "a bike commute with fitness gains", text: "Six weeks into my cycle to work scheme and the cardio gains are real 🚲" },
    { name: "a menstrual cycle and the gym", text: "Two weeks into my cycle and the bloating means my gym gains look invisible, fun times" },
    { name: "a talk's script, not a prescription", text: "I've written myself a script for the webinar on zopiclone withdrawal, feedback welcome." },
  ],
  invalid: [
    // tune9: a medicine from the author's own (or a friend's) prescription offered to others is supply
    {
      name: "leftover beta-blockers from my own prescription, happy to share",
      text: "Anyone on the course with exam nerves? I've got half a box of propranolol left from my own prescription, happy to share 👍",
      errors: [{ messageId: "supply", excerpt: "propranolol", severity: "error" }],
    },
    {
      name: "sleeping tablets from my husband's script, help yourselves",
      text: "There are a few temazepam from my husband's script in the staff room drawer, help yourselves on nights.",
      errors: [{ messageId: "supply", excerpt: "temazepam", severity: "error" }],
    },
    {
      name: "a street letter for ketamine at a rave, the author's",
      text: "went to a warehouse rave on saturday, bit of k and a lot of techno, still recovering",
      errors: [{ messageId: "use", excerpt: "bit of k", severity: "error" }],
    },
    {
      name: "an anabolic steroid cycle the author is on",
      text: "Eight weeks into my first cycle and the bulk is unreal. Doctor by day, gym rat by night 💪",
      errors: [{ messageId: "use", excerpt: "my first cycle", severity: "error" }],
    },
    {
      name: "cocaine by its jocular slang name on a night out",
      text: "Stag do in Prague, plenty of Bolivian marching powder, no sleep till Monday",
      errors: [{ messageId: "use", excerpt: "Bolivian marching powder", severity: "error" }],
    },
    {
      name: "the author writing their own benzodiazepine prescription, in other words",
      text: "interview nerves tomorrow so i've written myself a tiny propranolol script 🙈",
      errors: [{ messageId: "diversion", excerpt: "written myself a tiny propranolol", severity: "error" }],
    },
    {
      name: "the author prescribing a hypnotic for themselves",
      text: "Prescribed myself a week of zopiclone to get through the rota change. Doctor heal thyself.",
      errors: [{ messageId: "diversion", excerpt: "Prescribed myself a week of zopiclone", severity: "error" }],
    },
    {
      name: "cannabis that gets the author through a week of clinical visits",
      text: "honestly weed got me through a week of palliative care visits, no regrets",
      errors: [{ messageId: "use", excerpt: "weed", severity: "error" }],
    },
    {
      name: "a stimulant credited with getting the author through finals",
      text: "ritalin got me through finals ngl, 3 all-nighters in a row 💊",
      errors: [{ messageId: "illicit", excerpt: "ritalin", severity: "error" }],
    },
    {
      name: "the author's own dealer, named by the medicine",
      text: "my modafinil dealer just moved to leeds, finals are doomed lol",
      errors: [{ messageId: "illicit", excerpt: "modafinil dealer", severity: "error" }],
    },
    {
      name: "a tip that workplace stock isn't checked",
      text: "top tip: the oramorph on nights isn't checked properly, just saying 😉",
      errors: [{ messageId: "diversion", excerpt: "oramorph on nights isn't checked", severity: "error" }],
    },
    // a use phrase beside a longer duty phrase ("back on the ward" holds the setting cue "on the ward")
    {
      name: "a bit of ket at the weekend and back on the ward for lates",
      text: "Big weekend 🎉 a bit of ket on Saturday night and back on the ward for Monday lates",
      errors: [{ messageId: "use", excerpt: "a bit of ket", severity: "error" }],
    },
    // "anyone got a spare ...?": asking the public for a prescription medicine for oneself
    {
      name: "anyone got a spare diazepam for my flight",
      text: "Anyone got a spare diazepam for my flight on Friday? Will pay in wine",
      errors: [{ messageId: "obtain", excerpt: "diazepam", severity: "error" }],
    },
    // unchecked stock offered to the reader as a tip is an invitation to divert it
    {
      name: "life hack: the diazepam is never counted on the late shift",
      text: "Life hack: the diazepam on ward 6 is never counted on the late shift 😉",
      errors: [{ messageId: "diversion", excerpt: "diazepam on ward 6 is never counted", severity: "error" }],
    },
    // the author's own supply, named by a euphemism in scare quotes, kept up from a medicine store (GMP 65)
    {
      name: "restocking 'bedtime sweets' out of the CD cupboard",
      text: "The CD cupboard code is still on a post-it. Restocking my 'bedtime sweets' out of it every Friday 😴",
      errors: [{ messageId: "diversion", excerpt: "Restocking my 'bedtime sweets'", severity: "error" }],
    },
    {
      name: "topping up 'vitamins' from the drug trolley",
      text: "Topping up my 'vitamins' from the ward drug trolley again, nobody checks.",
      errors: [{ messageId: "diversion", excerpt: "Topping up my 'vitamins'", severity: "error" }],
    },
    // a seller sought for a prescription medicine, the prescriber avoided on purpose
    {
      name: "a seller for diazepam, no prescription, asking for a friend",
      text: "Anyone got a decent seller for diazepam, no prescription needed? Asking for a friend 👀",
      errors: [{ messageId: "obtain", excerpt: "diazepam", severity: "error" }],
    },
    {
      name: "the author taking a patient's returned medicine",
      text: "Took two of the lorazepam we sent back from bay 6, needed it after that inspection",
      errors: [{ messageId: "diversion", excerpt: "Took two of the lorazepam", severity: "error" }],
    },
    {
      name: "'not me' confessing a dose from the drug round",
      text: "Not me finishing the tramadol from the drug round trolley, my knee is killing me",
      errors: [{ messageId: "diversion", excerpt: "finishing the tramadol", severity: "error" }],
    },
    {
      name: "stoned with a stone-free post is cannabis",
      text: "Absolutely stoned at the festival last night, what a set 🌿",
      errors: [{ messageId: "use", excerpt: "stoned", severity: "error" }],
    },
    {
      name: "a bit of cocaine by its street name before a night out",
      text: "Bit of sniff before the leaving do, don't tell anyone 🤫",
      errors: [{ messageId: "use", excerpt: "Bit of sniff", severity: "error" }],
    },
    {
      name: "a gram of ketamine for the weekend",
      text: "Sorted a gram of ket for the festival, can't wait",
      errors: [{ messageId: "use", excerpt: "gram of ket", severity: "error" }],
    },
    {
      name: "a counted dose 'of the good stuff' with a snow emoji",
      text: "Couple of lines of the good stuff at the afters and I was flying ❄️",
      errors: [{ messageId: "use", excerpt: "Couple of lines of the good stuff", severity: "error" }],
    },
    {
      name: "a controlled drug left over from the author's own treatment, offered",
      text: "Got two tramadol left from my knee op. Anyone who needs them, drop me a message.",
      errors: [{ messageId: "supply", excerpt: "tramadol", severity: "error" }],
    },
    {
      name: "a controlled drug named beside a deal",
      text: "Exam nerves? Diazepam and propranolol here, message me, mates rates 😉",
      errors: [{ messageId: "supply", excerpt: "Diazepam", severity: "error" }],
    },
    {
      name: "a street drug as the author's way of coping with work",
      text: "Skunk is the only thing getting me through a week of on-calls 🌿",
      errors: [{ messageId: "use", excerpt: "Skunk", severity: "error" }],
    },
    {
      name: "leftovers from the theatre list, for the author",
      text: "The leftover midaz from today's list is my secret to a calm commute 😴",
      errors: [{ messageId: "diversion", excerpt: "midaz from today's list", severity: "error" }],
    },
    {
      name: "finishing a medicine from the drug round, for the author's back",
      text: "Finishing the oramorph from the drug round because my back's wrecked.",
      errors: [{ messageId: "diversion", excerpt: "Finishing the oramorph from the drug round", severity: "error" }],
    },
    // dev8 generalisation pass: diversion told by its grammar
    {
      name: "a waste word in scare quotes on the CD register is a falsified record",
      text: "Top tip for surviving nights: a few 'spilt' doses on the controlled drug register and nobody asks 😉",
      errors: [{ messageId: "diversion", excerpt: "spilt", severity: "error" }],
    },
    {
      name: "a 'broken' ampoule of a medicine taken home is diversion",
      text: "Midazolam came home with me again, the book says \"broken\" 🤫",
      errors: [{ messageId: "diversion", excerpt: "broken", severity: "error" }],
    },
    {
      name: "giving a friend some of my own medicine is supply",
      text: "Handed my flatmate a few of my diazepam for her flight, what are friends for ✈️",
      errors: [{ messageId: "supply", excerpt: "Handed my flatmate a few of my diazepam", severity: "error" }],
    },
    {
      name: "selling my own tablets is supply",
      text: "I sold three of my own tramadol to a lad from the gym 🤑",
      errors: [{ messageId: "supply", excerpt: "sold three of my own tramadol", severity: "error" }],
    },
    {
      name: "a theft verb with a counted medicine is diversion",
      text: "Pocketed a strip of the zopiclone the man in bay 4 didn't need. Sleep sorted.",
      errors: [{ messageId: "diversion", excerpt: "Pocketed a strip of the zopiclone", severity: "error" }],
    },
    {
      name: "'borrowed' codeine with no patient it was for is diversion",
      text: "I borrowed two of the codeine from the discharge bag, my back is wrecked.",
      errors: [{ messageId: "diversion", excerpt: "borrowed two of the codeine", severity: "error" }],
    },
    {
      name: "asking whether ward stock is counted, with a need of one's own",
      text: "Genuine question, is the temazepam on nights counted or not? My sleep is in pieces.",
      errors: [{ messageId: "diversionMaybe", excerpt: "temazepam on nights counted", severity: "warning" }],
    },
    {
      name: "'nobody counts' a medicine, with the author's pain",
      text: "Nobody ever counts the tramadol in the returns box and my shoulder is agony.",
      errors: [{ messageId: "diversionMaybe", excerpt: "counts the tramadol", severity: "warning" }],
    },
    {
      name: "offering spare medicine with 'DM me' is supply",
      text: "Got some spare modafinil this month, DM me before your finals 📚",
      errors: [{ messageId: "supply", excerpt: "spare modafinil", severity: "error" }],
    },
    {
      name: "a line of ket before work is drug use",
      text: "Bump of ket before handover, that's how we survive 🫠",
      errors: [{ messageId: "use", excerpt: "Bump of ket", severity: "error" }],
    },
    {
      name: "a smoke with a cannabis emoji after a shift is drug use",
      text: "Nothing beats a little smoke 🌿 after a week of nights.",
      errors: [{ messageId: "use", excerpt: "smoke", severity: "error" }],
    },
    {
      name: "recreational drug, no subject, then work",
      text: "Ket at the warehouse party then straight onto a set of nights 😵",
      errors: [{ messageId: "use", excerpt: "Ket", severity: "error" }],
    },
    {
      name: "drugs before clinic",
      text: "Microdosing psilocybin before clinic has changed my practice",
      errors: [{ messageId: "use", excerpt: "Microdosing", severity: "error" }],
    },
    {
      name: "someone else's prescription, framed as a tip",
      text: "Top tip for exam season: a few of your flatmate's modafinil off someone else's prescription works wonders",
      errors: [{ messageId: "diversion", excerpt: "someone else's prescription", severity: "error" }],
    },
    {
      name: "offering spare controlled drugs",
      text: "Got some spare diazepam after my back op, DM me if you want some 👍",
      errors: [{ messageId: "supply", excerpt: "spare diazepam", severity: "error" }],
    },
    {
      name: "taking from the returns for a party",
      text: "Grabbed a couple of Entonox cylinders from the ward stock for the house party 🎈",
      errors: [{ messageId: "diversion", excerpt: "Grabbed a couple of Entonox cylinders from the ward", severity: "error" }],
    },
    {
      name: "cannabis edible with a first-person word",
      text: "Hash brownies in Amsterdam and I regret nothing 🌿",
      errors: [{ messageId: "use", excerpt: "Hash brownies", severity: "error" }],
    },
    {
      text: "Did a few lines at the festival, still buzzing for my long day tomorrow 😅",
      errors: [{ messageId: "use", excerpt: "Did a few lines", severity: "error" }],
    },
    {
      text: "Helped myself to the oramorph after that night shift, needed it",
      errors: [{ messageId: "diversion", excerpt: "Helped myself to the oramorph", severity: "error" }],
    },
    {
      text: "Had some ket at the festival lol",
      errors: [{ messageId: "use", excerpt: "ket", severity: "error" }],
    },
    {
      text: "Wrote myself a script for zopiclone, nights are brutal",
      errors: [{ messageId: "diversion", excerpt: "Wrote myself a script", severity: "error" }],
    },
    {
      name: "k-hole",
      text: "Fell into a k-hole on Saturday 😵‍💫 back at work Monday",
      errors: [{ messageId: "use", excerpt: "k-hole", severity: "error" }],
    },
    {
      name: "cannabis, US",
      text: "Smoked a joint after my shift, best way to unwind 🌿",
      errors: [{ messageId: "use", excerpt: "Smoked a joint", severity: "error" }],
    },
    {
      name: "stoned is less certain",
      text: "So stoned rn 😂",
      errors: [{ messageId: "useMaybe", excerpt: "stoned", severity: "warning" }],
    },
    {
      name: "leftover controlled drugs",
      text: "Kept the leftover fentanyl from theatre for myself, no one checks anyway",
      errors: [{ messageId: "diversion", excerpt: "Kept the leftover", severity: "error" }],
    },
    {
      name: "diversion without a listed phrase",
      text: "Nicked a couple of diazepam from the CD cupboard for my flight tomorrow. Not like anyone counts them 🤫✈️",
      errors: [{ messageId: "diversion", excerpt: "Nicked a couple of diazepam from the CD cupboard", severity: "error" }],
    },
    {
      name: "masked swearing and a street name",
      text: "absolutely f***ed up on ket last night at the warehouse rave 🫠",
      errors: [{ messageId: "use", excerpt: "ket", severity: "error" }],
    },
    // recall pass 2: the mechanisms, in new words
    {
      name: "medicine taken from ward stock for the author (no take verb)",
      text: "Slipped a few codeine from the ward stock into my bag, my back is agony",
      errors: [{ messageId: "diversion", excerpt: "codeine from the ward", severity: "error" }],
    },
    {
      name: "someone else's prescription",
      text: "Borrowed my flatmate's diazepam before the interview, worked a treat",
      errors: [{ messageId: "othersPrescription", excerpt: "flatmate's diazepam", severity: "error" }],
    },
    {
      name: "asking the public to get a controlled drug",
      text: "Where can I score some oxy round here? Asking for me, obviously.",
      errors: [{ messageId: "obtain", excerpt: "oxy", severity: "error" }],
    },
    {
      name: "use verb and dose noun with words between",
      text: "Necked half a pill at the afterparty 🎉",
      errors: [{ messageId: "use", excerpt: "Necked half a pill", severity: "error" }],
    },
    {
      name: "drug emoji used as a noun with a night out",
      text: "Saturday sorted: some ❄️ and a warehouse rave",
      errors: [{ messageId: "use", excerpt: "some ❄️", severity: "error" }],
    },
    {
      name: "coded drug name to cope with work",
      text: "A cheeky bit of ketamine to get through the rota 🐴",
      errors: [{ messageId: "use", excerpt: "ketamine", severity: "error" }],
    },
    {
      name: "sedative taken to sleep: less certain",
      text: "Quick propofol kip in the anaesthetic room between lists 😴",
      errors: [{ messageId: "useMaybe", excerpt: "propofol", severity: "warning" }],
    },
    // generalisation pass (dev3): medicines got without a prescription, stock written before the
    // medicine, scare-quoted waste, over-ordering to keep the surplus, counted doses, microdoses
    {
      name: "a prescription-only stimulant off someone at the gym",
      text: "Night shift fuel: a couple of modafinil off a guy at the gym. Focus like a laser 🔥",
      errors: [{ messageId: "illicit", excerpt: "modafinil off a guy", severity: "error" }],
    },
    {
      name: "'smart drugs' from a website",
      text: "Ordered smart drugs from a website for revision week, no regrets",
      errors: [{ messageId: "illicit", excerpt: "smart drugs from a website", severity: "error" }],
    },
    {
      name: "theatre stock for the author's back",
      text: "Theatre fentanyl is honestly the best thing for my back after a long list 😌",
      errors: [{ messageId: "diversion", excerpt: "Theatre fentanyl", severity: "error" }],
    },
    {
      name: "'spare' stock taken to sleep",
      text: "Best sleep of my life thanks to the 'spare' zopiclone from the ward cupboard 😴",
      errors: [{ messageId: "diversion", excerpt: "spare' zopiclone from the ward", severity: "error" }],
    },
    {
      name: "a tip to borrow from resus stock",
      text: "Tip for surviving ARCP season: lorazepam borrowed from resus stock, works a treat",
      errors: [{ messageId: "diversion", excerpt: "lorazepam borrowed from resus", severity: "error" }],
    },
    {
      name: "out of the returns bin, for the author",
      text: "Codeine out of the returns bin sorts my headaches, waste not want not",
      errors: [{ messageId: "diversion", excerpt: "Codeine out of the returns", severity: "error" }],
    },
    {
      name: "charting more than needed to keep the rest",
      text: "Charting a bit more morphine than needed means there's always some left over for me 😉",
      errors: [{ messageId: "diversion", excerpt: "Charting a bit more morphine", severity: "error" }],
    },
    {
      name: "counted doses at a club, then nights",
      text: "Couple of bumps at the club then straight onto nights, what could go wrong",
      errors: [{ messageId: "use", excerpt: "Couple of bumps", severity: "error" }],
    },
    {
      name: "a microdose of a named psychedelic before clinic",
      text: "Little microdose of truffles before clinic, feeling very creative 🍄",
      errors: [{ messageId: "use", excerpt: "microdose", severity: "error" }],
    },
    {
      name: "a drug and a club night, then the wards",
      text: "Ket and drum and bass all weekend 🎧 back on the wards Monday like nothing happened",
      errors: [{ messageId: "use", excerpt: "Ket", severity: "error" }],
    },
    {
      name: "a benzodiazepine off a friend",
      text: "Bought some diazepam off a mate for the flight home, sorted",
      errors: [{ messageId: "illicit", excerpt: "diazepam off a mate", severity: "error" }],
    },
    // generalisation pass (dev4/dev5): misuse hinted rather than named
    {
      name: "workplace samples kept as the author's own sedative stash",
      text: "The rep's samples in the clinic cupboard are basically my own diazepam stash now 😌",
      errors: [{ messageId: "diversion", excerpt: "diazepam stash", severity: "error" }],
    },
    {
      name: "helping oneself to a controlled drug with the cupboard in an earlier clause",
      text: "CD cupboard was open all night so I'm helping myself to some codeine for my knee 🤫",
      errors: [{ messageId: "diversion", excerpt: "helping myself to some codeine", severity: "error" }],
    },
    {
      name: "a patient's leftover sedative kept for the author",
      text: "Bagged a few of the pt's leftover lorazepam for later. Only way I'm sleeping after this week",
      errors: [{ messageId: "diversion", excerpt: "pt's leftover lorazepam", severity: "error" }],
    },
    {
      name: "a patient's medicine left behind and kept for the author's pain",
      text: "Discharged patient left a full box of codeine on the locker. Not letting that go to waste, my shoulder is wrecked",
      errors: [{ messageId: "diversion", excerpt: "patient left a full box of codeine", severity: "error" }],
    },
    {
      name: "something got from the author's dealer, with a drug emoji",
      text: "Big weekend planned, picked up the usual from my guy ❄️❄️",
      errors: [{ messageId: "use", excerpt: "from my guy", severity: "error" }],
    },
    {
      name: "microdosing with a mushroom emoji and an endorsement",
      text: "Microdosing through exam season, honestly changed my life 🍄",
      errors: [{ messageId: "useMaybe", excerpt: "Microdosing", severity: "warning" }],
    },
  ],
});
