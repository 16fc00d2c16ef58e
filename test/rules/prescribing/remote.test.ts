import rule from "../../../src/engine/rules/prescribing/remote";
import { ruleTester } from "../../support/rule-tester";

// Doctors' use of social media 6 and the prescribing guidance: no prescribing without an adequate
// assessment; move patients who contact you privately back to proper channels (¶11).
ruleTester(rule, {
  valid: [
    // tune9: hand-over verbs with no counted medicine, and an own prescription talked about, not offered
    "I'll bring the amoxicillin to the ward round so the pharmacist can check the dose.",
    "Thanks for the lovely card! I'll bring you some of the amoxicillin leaflets at your next clinic.",
    "Can't make the surgery, Mum? I'll drop your repeat prescription at the pharmacy on my way.",
    "My repeat prescription for sertraline came through today, happy to share my experience of starting it.",
    { name: "writing someone a reference is not a prescription", text: "Congrats on the new job! Message me and I'll write you a reference, you deserve it." },
    { name: "a repeat issued after a proper review", text: "Your repeat request is in; we'll issue a repeat once the GP has reviewed your blood results at your annual review." },
    // young-clinician round (dev12): "get why" is understanding; a consultation promised in the plural
    // ("full consults"); a letter written for the reader is a document
    { name: "'I get why' people want a medicine is understanding, not supply", text: "Vitamin shots and drips: I get why people want them in January, but sleep and veg do more." },
    { name: "consults promised before any prescribing", text: "we do full face-to-face consults before we prescribe any weight-loss medication, and we'll say no if it isn't right for you" },
    { name: "a letter written for the reader about their inhaler", text: "i'll write you a letter for school about your inhaler, pick it up from reception tomorrow" },
    // generalisation pass (dev11): what others ask for or trade is described, not offered
    { name: "patients' requests over a private channel, refused", text: "Patients keep asking us for antibiotics over WhatsApp. We can't, and here's why." },
    { name: "other people's online orders without a consultation", text: "The number of people ordering diazepam online with no consultation worries me." },
    { name: "'be wary of' sellers who offer scripts by DM", text: "Be wary of any account offering Mounjaro scripts by DM." },
    // long posts (dev9 round): an offer verb whose own words name nothing borrows a medicine only from its neighbourhood
    { name: "a medicine early in an explainer and 'we'll send' about letters much later", text: "Metformin is usually the first tablet offered for type 2 diabetes, and most people tolerate it well once the dose settles. Diet and activity still matter just as much. Clinics run every week at the surgery. Bring your blood pressure readings if you have them. Afterwards we'll send a summary letter to you and your consultant." },
    { name: "an antibiotic story, then the team thanked for getting through the week", text: "This winter I saw more chest infections than ever, and not every one needed an antibiotic. Rest and fluids did most of the work. The rota has been brutal and the waiting room full. Still, the nurses were brilliant. Thanks, you lot, we'll get through this together." },
    { name: "a scare-quoted 'prescribe' for exercise is a figure of speech", text: "As a GP I \"prescribe\" the local walking group to anyone who will listen: it is free and you can message the organisers for times." },
    { name: "the author's own hypothetical after a rough night", text: "Terrible sleep after the baby was up all night. If I prescribe something odd on the ward today, you all know why, so check my drug charts please." },
    { name: "a reader's question answered 'usually no' is advice", text: "Can I ask my doctor for antibiotics over text? Short answer: usually no, and that's for your safety. They need to assess you." },
    { name: "a question answered 'Nope' on the next line is advice", text: "Can I get antibiotics over WhatsApp?\nNope. Please book a call." },
    { name: "being asked whether you prescribe a medicine, and refusing, is not an offer", text: "I get asked every week whether I do weight-loss jabs by message. I won't, and nobody should: book with your own GP." },
    { name: "a question someone asked the author is not the author's offer", text: "A friend asked if I could sort her some antibiotics for a cough. Told her to ring 111 like everyone else." },
    { name: "where to get a fit note", text: "Need a fit note? After seven days off sick, ask your GP practice or the hospital team who treated you." },
    // generalisation round (dev4/dev5): a pharmacy, a repeat and a walk-in named in ordinary practice
    { name: "a walk-in clinic with no appointment needed is booking, not skipping an assessment", text: "B12 injections for patients with pernicious anaemia: walk-ins every Tuesday at the practice, no appointment needed." },
    { name: "how repeats reach a nominated pharmacy", text: "Your repeat prescription goes straight to the pharmacy you nominate: order it in the NHS App or on the practice website." },
    { name: "the author's own safety habit when sending a script", text: "Whenever I send a script to the pharmacy I double-check the dose against the latest bloods." },
    { name: "advice framed by 'if'", text: "If a salon offers you 'skinny jabs' with no consultation, walk away: these are prescription-only medicines." },
    { name: "a negated rule of practice", text: "Never prescribe without a proper consultation, even for friends." },
    { name: "a practice posting a reminder", text: "Our pharmacy team will post you a reminder when your repeat prescription is due." },
    { name: "'no questions' as the subject of a sentence", text: "No questions are silly: ask your pharmacist about your medicines." },
    { name: "results, not medicines, sent the same day", text: "Results dispatched same day to your GP after the scan." },

    "Need a repeat prescription? Message us through the NHS App and we'll have it ready in 48 hours.",
    { name: "refusing to prescribe by message", text: "If you need antibiotics, you'll need a proper assessment first - please call 111 or your practice, don't DM me." },
    "Need a repeat prescription? Use the NHS App or call the practice.",
    "Online pharmacies that supply antibiotics without a consultation are dangerous: the GMC guidance is clear.",
    "Leftover antibiotics from last winter? Take them to a pharmacy for disposal.",
    "As an FY1 I can prescribe most things but always check with a senior.",
    "Remote prescribing without a face-to-face assessment worries me; we need clearer policy on online pharmacies.",
    "Happy to answer questions about your meds, my DMs are open",
    "DM me for the slides from today's talk on antimicrobial stewardship!",
    "If you need antibiotics, I'll prescribe them after we've done a proper video consultation and examination.",
    "I won't prescribe you antibiotics for a cold, sorry!",
    "The pill is available without a prescription from pharmacies now, which is great news",
    "We never prescribe antibiotics by text. Please call 111 or your GP if you are unwell.",
    { name: "a patient's words reported", text: "A patient wrote 'can you just send me a prescription by text' and I had to explain why not." },
    // generalisation pass (dev3): tempting posts for the new mechanisms
    { name: "a rule of practice with 'without seeing'", text: "I never prescribe antibiotics without seeing the patient, whatever the pressure." },
    { name: "prescribing without assessment as policy talk", text: "Prescribing without examining the patient is how online pharmacies get into trouble." },
    { name: "a pharmacy's own service", text: "Order your repeat prescription on the NHS App and the pharmacy posts it out free of charge." },
    { name: "without seeing the results", text: "I won't change your dose without seeing the results of your blood test first." },
    { name: "'if' as a condition still frames a warning", text: "If a website posts it out without asking you any questions, don't take it." },
    { name: "a DM promise with no medicine", text: "I'll DM you the link to the webinar slides later 👍" },
    { name: "a need without a personal channel", text: "Need antibiotics for a UTI? Phone 111 or see your pharmacist under Pharmacy First." },
    { name: "a channel far from any need", text: "Need a break from nights. Booked a cottage in Wales. Holiday photos to follow, DM me for the address of the best pub." },
    { name: "whether-if without an offer", text: "Not sure if you qualify for the NHS weight management programme? Ask your GP to check your BMI." },
    { name: "our clinic posting results", text: "Our clinic posts them out within a week: your results letter, not medicines, so please be patient." },
    // generalisation pass (dev8): quick assessments and repeats that are ordinary
    { name: "a practice's ten-minute appointment slots, no medicine sold", text: "Reminder: routine GP appointments are 10 minutes, so please bring one problem at a time." },
    { name: "a patient told to order a repeat through the NHS app", text: "If you need a repeat, please order it through the NHS App, not by messaging staff." },
    // generalisation pass (dev10): treatment by private message, the reader's own doctor bypassed, sale terms, sign-offs
    { name: "adjusting a patient's insulin in clinic is ordinary care", text: "I adjust her insulin in clinic every three months and she's doing brilliantly." },
    { name: "a warning not to change a dose by text", text: "Never adjust your insulin by text message. Ring the diabetes team." },
    { name: "a medicine's price in the news, with a channel for something else", text: "Diazepam prices have gone up again, message me if your pharmacy is short of stock." },
    { name: "a refused treatment met with another route, and a channel only for a leaflet", text: "If your GP won't start HRT, ask to be referred to a menopause clinic. I can share the leaflet if you message me." },
    { name: "the author's own GP refusing", text: "My GP won't prescribe it either, so message me if you find a trial recruiting." },
    { name: "skipping the GP queue by booking in the NHS App", text: "Skip the GP phone queue by booking through the NHS App instead, it's much faster." },
    { name: "an offer of a lift, not a medicine", text: "If anyone needs a lift to the hospital open day just shout." },
    { name: "a prescriber who signs off Botox only after examining in person", text: "Our prescriber signs off Botox only after a face-to-face assessment, every single time." },
    { name: "'msg me' about a rota swap, no medicine", text: "Anyone free to swap nights on the 12th? msg me for details x" },
    { name: "the practice's own pharmacy nomination, no offer", text: "Check your pharmacy nomination in the NHS App before your review; I'll send the leaflet to everyone on the list." },
    { name: "a fee for a private letter, no medicine", text: "Lots of questions about the travel letter: it's a private service, so there's a £15 fee and I'll send it within a week." },
  ],
  invalid: [
    // tune9: a counted medicine handed over in person outside any consultation
    { name: "a course of antibiotics left behind the bar for a reader", text: "Cystitis again, Sian? No need to ring the surgery, I'll leave a course of trimethoprim behind the bar for you.", errors: [{ messageId: "offer", severity: "error", excerpt: "I'll leave a course of" }] },
    { name: "some antibiotics brought round after a photo", text: "Send me a photo of the bite and I'll bring you some amoxicillin tonight 👍", errors: [{ messageId: "offer", severity: "error", excerpt: "I'll bring you some amoxicillin" }] },
    // tune9: a medicine from the author's own prescription handed on to readers
    { name: "leftover sleeping tablets from my own script, help yourselves", text: "On nights this week? I keep a few zopiclone from my own script in my locker, help yourselves.", errors: [{ messageId: "offer", severity: "error", excerpt: "zopiclone" }] },
    { name: "beta-blockers left from my prescription, happy to share", text: "Exam nerves, anyone? I've got half a box of propranolol left from my own prescription, happy to share.", errors: [{ messageId: "offer", severity: "error", excerpt: "propranolol" }] },
    // writing a prescription for readers: "I'll write you something stronger", "we'll issue a repeat"
    { name: "a conditional offer to write readers something stronger by message", text: "if the cream isn't shifting your eczema, inbox me and I'll write you something stronger 💬", errors: [{ messageId: "offer", severity: "error", excerpt: "I'll write you something stronger" }] },
    { name: "a repeat issued from a photo sent by chat", text: "New service: text your old prescription label to our number and we'll issue a repeat the same day.", errors: [{ messageId: "offer", severity: "error", excerpt: "we'll issue a repeat" }] },
    // young-clinician round (dev12): informal address ("u", "ur"); a speed, a kind and a prescription
    // ("quick online scripts"); a price with a payment app; writing for the reader beside a medicine
    // known by its stem; a consultation passed over ("rather than booking a consult")
    { name: "supply without consultation addressed as 'ur'", text: "hair loss tablets delivered to ur door, no consultation needed 💊", errors: [{ messageId: "noConsultation", excerpt: "no consultation needed", severity: "error" }] },
    { name: "quick private scripts for a price over a payment app", text: "quick private scripts for the gym lads, £15 on paypal and it's done", errors: [{ messageId: "offer", excerpt: "quick private scripts", severity: "error" }] },
    { name: "writing for the reader beside a medicine named by its stem", text: "ur sertraline ran out?? i'll write u one on my next shift 👍", errors: [{ messageId: "offer", excerpt: "i'll write u one on", severity: "error" }] },
    { name: "a patient's insulin changed over WhatsApp", text: "He sends me his readings and I adjust his insulin over WhatsApp, saves him the trip.", errors: [{ messageId: "offer", excerpt: "insulin over WhatsApp", severity: "error" }] },
    { name: "a dose changed by text", text: "Her mum texts and I increase her dose by text if the fits are worse.", errors: [{ messageId: "offer", excerpt: "dose by text", severity: "error" }] },
    { name: "a medicine sold at mates rates through a private message", text: "Zopiclone going spare, mates rates, message me 😉", errors: [{ messageId: "channel", excerpt: "message me", severity: "error" }] },
    { name: "the reader's GP refused, so the author offers a DM", text: "If your GP refuses to prescribe HRT, message me and we'll sort something out.", errors: [{ messageId: "offer", excerpt: "your GP refuses to prescribe", severity: "error" }, { messageId: "channel", excerpt: "message me", severity: "error" }, { messageId: "offer", excerpt: "we'll sort something out", severity: "error" }] },
    { name: "a doctor who won't increase a dose, replaced by a DM", text: "Your psychiatrist won't increase the dose? Just DM me.", errors: [{ messageId: "offer", excerpt: "Your psychiatrist won't increase", severity: "error" }] },
    { name: "the route to care skipped for the author's own number", text: "Skip the GP receptionists and just text me, I'll tell you what to take.", errors: [{ messageId: "offerMaybe", excerpt: "Skip the GP", severity: "warning" }, { messageId: "offerMaybe", excerpt: "text me", severity: "warning" }] },
    { name: "prescribing promised from a photo sent by message", text: "Send us a photo of the rash and we'll get you booked and prescribed today.", errors: [{ messageId: "offer", excerpt: "we'll get you booked and", severity: "error" }] },
    { name: "a medicine known by its name's stem offered to a group", text: "If anyone needs naproxen for the marathon just shout, I've got a pad.", errors: [{ messageId: "offer", excerpt: "needs naproxen", severity: "error" }] },
    { name: "an unlisted medicine to anyone who wants it, by message", text: "Anyone want sertraline before exams season? Give me a shout.", errors: [{ messageId: "offer", excerpt: "want sertraline", severity: "error" }] },
    { name: "Botox given by the author, a prescriber's sign-off on the day", text: "Botox parties at yours this month 💋 £150 an area, our prescriber signs off on the night.", errors: [{ messageId: "noConsultation", excerpt: "prescriber signs off", severity: "error" }] },
    { name: "an invitation to ask for a repeat over WhatsApp is the author's offer", text: "Just ask for your repeat prescription via WhatsApp and I'll sort it 👍", errors: [{ messageId: "offer", excerpt: "repeat prescription via WhatsApp", severity: "error" }, { messageId: "offerMaybe", excerpt: "I'll sort it", severity: "warning" }] },
    { name: "a patient's request the author then met over text", text: "A patient asked about her inhaler so I sorted a prescription over text for her.", errors: [{ messageId: "offer", excerpt: "inhaler so I sorted a prescription over text", severity: "error" }] },
    {
      name: "a medicine in the next sentence gives 'I'll sort you' its object",
      text: "Run out of your antibiotics? No worries, I'll sort you out today.",
      errors: [{ messageId: "offerMaybe", excerpt: "I'll sort you", severity: "warning" }],
    },
    {
      name: "an offer naming the medicine deep in a long post is still an offer",
      text: "Long week on the wards and I'm shattered. The rota is a mess and nobody has had a break. Anyway, the real reason for this post. I can send you some diazepam for the flight if you message me.",
      errors: [{ messageId: "offer", excerpt: "I can send you some diazepam", severity: "error" }, { messageId: "offerMaybe", excerpt: "message me", severity: "warning" }],
    },
    {
      name: "the same question answered 'yes, DM me' is an offer",
      text: "Can I get antibiotics over WhatsApp? Yes, DM me.",
      errors: [{ messageId: "offer", excerpt: "antibiotics over WhatsApp" }],
    },
    {
      name: "a backdated fit note offered by private message",
      text: "Need a fit note for work? I'll backdate it, no questions asked, just DM me 😉",
      errors: [{ messageId: "offer", excerpt: "Need a fit note", severity: "error" }, { messageId: "offerMaybe", excerpt: "no questions asked", severity: "warning" }],
    },
    // generalisation round (dev4/dev5): a repeat sent to the chemist on a private message, and a
    // price list by message for injectable weight-loss medicines
    {
      name: "a repeat sent on to the chemist from a text message",
      text: "Regulars: no need to phone for your repeats, just text me the name of the inhaler and I'll send it over to the chemist 👍",
      errors: [{ messageId: "offerMaybe", excerpt: "text me", severity: "warning" }, { messageId: "offer", excerpt: "I'll send it over to", severity: "error" }],
    },
    {
      name: "'it' sent to the pharmacy after a WhatsApp is still a prescription",
      text: "Ran out early? If you're on my list, WhatsApp me and I'll send it through to the pharmacy today 😉",
      errors: [{ messageId: "offer", excerpt: "I'll send it through to", severity: "error" }],
    },
    {
      name: "weight-loss jabs with prices by message",
      text: "Skinny jabs back in stock 💉 message for prices, collection or delivery",
      errors: [{ messageId: "offerMaybe", excerpt: "message for", severity: "warning" }],
    },
    {
      text: "Can't get a GP appointment? DM me for a prescription, I'll sort you 👍",
      errors: [
        { messageId: "offer", excerpt: "DM me for a prescription", severity: "error" },
        { messageId: "offerMaybe", excerpt: "I'll sort you", severity: "warning" },
      ],
    },
    {
      text: "Ozempic available, no consultation needed, WhatsApp me 📲",
      errors: [
        { messageId: "noConsultation", excerpt: "no consultation needed" },
        { messageId: "channel", excerpt: "WhatsApp me" },
      ],
    },
    {
      text: "DM me for Ozempic, £180 a pen",
      errors: [{ messageId: "channel", excerpt: "DM me" }],
    },
    {
      text: "Got a UTI? Message me and I can get you some antibiotics, no need to see a GP",
      errors: [
        { messageId: "channel", excerpt: "Message me" },
        { messageId: "offer", excerpt: "I can get you some" },
        { messageId: "noConsultation", excerpt: "no need to see a GP" },
      ],
    },
    {
      text: "Friends, if you need a script for anything just ask, I can write you a prescription 😉",
      errors: [{ messageId: "offer", excerpt: "can write you a prescription" }],
    },
    {
      text: "Repeat prescriptions via DM for my regulars while the surgery phones are down",
      errors: [{ messageId: "offer", excerpt: "Repeat prescriptions via DM" }],
    },
    {
      text: "Modafinil and propranolol for exam season, no prescription needed, discreet delivery 📦",
      errors: [
        { messageId: "noConsultation", excerpt: "no prescription needed" },
        { messageId: "offer", excerpt: "discreet delivery" },
      ],
    },
    {
      name: "sharing spare medicines; the channel alone is only a maybe",
      text: "Struggling to get HRT? Message me, I have some spare patches",
      errors: [
        { messageId: "offerMaybe", excerpt: "Message me", severity: "warning" },
        { messageId: "offer", excerpt: "I have some spare", severity: "error" },
      ],
    },
    {
      text: "Can't get a GP appt for your kid's ear infection? Send me a pic and I'll prescribe amoxicillin 👂",
      errors: [{ messageId: "offer", excerpt: "I'll prescribe amoxicillin" }],
    },
    {
      text: "Migraine sufferers: DM me and I can prescribe sumatriptan same day, no appointment needed.",
      errors: [
        { messageId: "offer", excerpt: "I can prescribe" },
        // (an unlisted medicine: the invitation to message the author stands in place of the appointment skipped)
        { messageId: "channel", excerpt: "DM me", severity: "error" },
        { messageId: "noConsultation", excerpt: "no appointment needed", severity: "error" },
      ],
    },
    {
      name: "a reader's need answered with a personal channel",
      text: "Anyone need a script for antibiotics? WhatsApp me, I'll post it out today",
      errors: [
        { messageId: "offer", excerpt: "need a script", severity: "error" },
        { messageId: "offerMaybe", excerpt: "I'll post it out today", severity: "warning" },
      ],
    },
    {
      name: "prescriptions sorted over a private channel",
      text: "Scripts for zopiclone sorted over DM for regulars, just ask 😴",
      errors: [{ messageId: "offer", excerpt: "Scripts for zopiclone sorted over DM", severity: "error" }],
    },
    {
      name: "'happy to send you' a medicine, by direct message",
      text: "Sorry you're not sleeping! I'm a GP, happy to send you some zopiclone, just message me your address",
      options: { context: { audience: "direct-message" } },
      errors: [
        { messageId: "offer", excerpt: "happy to send you some zopiclone" },
        { messageId: "offerMaybe", excerpt: "message me" },
      ],
    },
    {
      name: "medicines dispatched the same day, arranged by message",
      text: "Antibiotics dispatched same day, just drop me a message with your symptoms 💊",
      errors: [
        { messageId: "offer", excerpt: "Antibiotics dispatched same day", severity: "error" },
        { messageId: "offerMaybe", excerpt: "drop me a message", severity: "warning" },
      ],
    },
    {
      name: "a first-person offer to send, with the appointment skipped",
      text: "I'll send you the Saxenda pens tonight, no need for a GP appointment 👍",
      errors: [
        { messageId: "offer", excerpt: "I'll send you", severity: "error" },
        { messageId: "noConsultation", excerpt: "no need for a GP appointment", severity: "error" },
      ],
    },
    {
      name: "the elliptical first person of a post ('happy to ...')",
      text: "Happy to sort quick prescriptions for anyone stuck abroad, inbox me",
      errors: [
        { messageId: "offer", excerpt: "quick prescriptions", severity: "error" },
        { messageId: "channel", excerpt: "inbox me", severity: "error" },
      ],
    },
    // generalisation pass (dev3): prescribing without meeting the person, supply by the author's
    // business, DM as the supply channel, a need answered two sentences on
    {
      name: "a script written without seeing the person",
      text: "My neighbour's lad needed something for his chest so I wrote him a private script without seeing him. Sorted.",
      errors: [{ messageId: "noConsultation", excerpt: "without seeing him", severity: "error" }],
    },
    {
      name: "without speaking to them",
      text: "I just prescribe the inhalers for my regulars without speaking to them, saves everyone time",
      errors: [{ messageId: "noConsultation", excerpt: "without speaking to them", severity: "error" }],
    },
    {
      name: "the author's clinic posts the medicine",
      text: "Tell me your weight in the comments and I'll say if you're eligible for Mounjaro, then my clinic posts it out 📦",
      errors: [{ messageId: "offer", excerpt: "posts it out", severity: "error" }],
    },
    {
      name: "our pharmacy sends them over",
      text: "Finasteride for anyone who asks, our pharmacy sends them over next day",
      errors: [{ messageId: "offer", excerpt: "sends them over", severity: "error" }],
    },
    {
      name: "a prescription sent by DM",
      text: "Migraine? Reply 'HEAD' and I'll DM you a sumatriptan prescription 💊",
      errors: [{ messageId: "offer", excerpt: "I'll DM you a sumatriptan prescription", severity: "error" }],
    },
    {
      name: "a prescription sent by text",
      text: "Thrush again? I'll text you a fluconazole script, no need to come in",
      errors: [
        { messageId: "offer", excerpt: "I'll text you a fluconazole script", severity: "error" },
        { messageId: "noConsultation", excerpt: "no need to come in", severity: "error" },
      ],
    },
    {
      name: "a need, a slogan, then the channel",
      text: "Anyone need a quick zopiclone script before the long-haul? Jet lag sorted. Inbox me, £30",
      errors: [{ messageId: "offer", excerpt: "need a quick zopiclone", severity: "error" }],
    },
    {
      name: "whether-if does not hide an offer",
      text: "Comment your height and weight and I'll tell you if you can have a weight loss pen, my clinic posts them out same day",
      errors: [{ messageId: "offer", excerpt: "posts them out", severity: "error" }],
    },
    {
      name: "without examining her",
      text: "Did a video-free HRT prescription for a follower without examining her, easiest £40 I've made",
      errors: [{ messageId: "noConsultation", excerpt: "without examining her", severity: "error" }],
    },
    {
      name: "I'll email you a prescription",
      text: "Hay fever sufferers, I'll email you a prescription for the good stuff, just send your date of birth 🌸",
      errors: [{ messageId: "offer", excerpt: "I'll email you a prescription", severity: "error" }],
    },
    // generalisation pass (dev8): an assessment promised in minutes, a repeat by DM
    { name: "a two-minute questionnaire for a prescription medicine sold by post", text: "Acne? Isotretinoin delivered monthly for £35. Start today with our 2-minute questionnaire", errors: [{ messageId: "offerMaybe", excerpt: "2-minute questionnaire", severity: "warning" }] },
    { name: "an online consultation that takes five minutes, for a weight-loss pen", text: "Wegovy pens in stock 💉 £149 first month, online consultation takes 5 minutes!", errors: [{ messageId: "noConsultation", excerpt: "consultation takes 5 minutes", severity: "error" }] },
    { name: "a repeat offered by DM on a personal account", text: "DM me on my personal account if you need a repeat, much quicker than the surgery", errors: [{ messageId: "channel", excerpt: "DM me", severity: "error" }, { messageId: "offer", excerpt: "need a repeat", severity: "error" }] },
    { name: "'msg me for' a controlled drug in text-speak", text: "msg me for ur zopiclone top up hun, sorted same day 🙊", errors: [{ messageId: "offer", excerpt: "zopiclone top up hun, sorted same day", severity: "error" }, { messageId: "channel", excerpt: "msg me for", severity: "error" }] },
    { name: "a top-up sent to the reader's own pharmacy on request", text: "Running low on your sertraline? Reply with your pharmacy and I'll send a top-up.", errors: [{ messageId: "offer", excerpt: "I'll send a top-up", severity: "error" }] },
    { name: "a prescription for an admin fee by private message", text: "Lost your script for your usual meds? Inbox me the name and I'll sort a private one tonight, fiver admin fee", errors: [{ messageId: "offer", excerpt: "I'll sort a private one", severity: "error" }] },
    { name: "a dosing protocol sent privately", text: "Starting a chat group for anyone coming off diazepam, I'll send you the dosing schedule privately.", errors: [{ messageId: "offer", excerpt: "I'll send you", severity: "error" }] },
  ],
});
