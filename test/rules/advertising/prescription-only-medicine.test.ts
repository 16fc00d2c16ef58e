import rule from "../../../src/engine/rules/advertising/prescription-only-medicine";
import { ruleTester } from "../../support/rule-tester";

// CAP 12.12: prescription-only medicines may not be advertised to the public. Teaching, news and
// safety warnings about a medicine are not adverts.
ruleTester(rule, {
  valid: [
    { name: "an NHS practice saying its GPs can prescribe, with a booking, sells nothing", text: "Our GPs can prescribe HRT where it is right for you; book a routine appointment to talk it through." },
    { name: "an audit of the practice's own antibiotic use, with savings in pounds, sells nothing", text: "Our antibiotic prescribing audit is done: amoxicillin use fell 20% and saved £4,000 this year." },
    { name: "a toxicology screen beside insulin in units is not toxin dosed", text: "night from hell: tox screen, then 10 units of actrapid for the DKA in bay 2 😵" },
    { name: "a medicine waved away as the rival of a product sold", text: "Mounjaro who? our fibre gummies keep you full all afternoon, £19 a tub 🍬" },
    { name: "vitamin shots discussed as unnecessary", text: "Vitamin shots aren't needed if you eat a balanced diet; ask your GP to check your B12 instead." },
    { name: "a setting word in quotation marks is mentioned, not used: a clinician objecting to the euphemism sells nothing", text: 'I hate euphemisms like "tweakments" for what are prescription-only injections. Call Botox what it is.' },
    { name: "a patient guide that names prescription treatments and sends readers to book with their own GP sells nothing", text: "Eczema, an honest guide. Mild flares settle with emollients; stubborn ones may need a steroid cream such as Dermovate for a limited time. If it's getting you down, talk to your GP. It's a good reason to book an appointment." },
    { name: "'book in with your pharmacist' for a medicine review is signposting", text: "On warfarin and starting antibiotics? Book in with your pharmacist for a quick check, doxycycline and warfarin can interact." },
    { name: "a clinic explaining that the medicine is prescription-only and not advertised is compliant", text: "Anti-wrinkle injections are prescription-only in Australia, so we don't advertise them, their brand names or their prices. If you're curious, a consultation with one of our doctors is where that conversation starts." },
    { name: "the licensed medical uses of a toxin are teaching", text: "Botox has legitimate medical uses: chronic migraine, bladder overactivity, spasticity after stroke. Our neuro clinic uses it every week. That's a world away from the adverts on your feed." },
    { name: "news that vitamin drips make claims without evidence", text: "IV vitamin drips are rarely needed and can cause infections: a BMJ review found zero evidence they boost immunity." },
    { name: "HRT advice that sends people to their GP", text: "HRT is safe for most women under 60: talk to your GP about whether it's right for you 🌸" },
    { name: "a reply to one person is prescribing (another rule), not advertising", text: "@jo_b92 sorry the infection's back, I'll send another course of antibiotics to your usual pharmacy." },
    // generalisation round (dev4/dev5): the same verbs and medicines in teaching and in advice
    { name: "what a foundation doctor can prescribe", text: "As an FY1 I can prescribe antibiotics but not start warfarin without a senior: a thread on what foundation doctors can prescribe." },
    { name: "a condition on prescribing, not an offer", text: "I'll prescribe antibiotics only if your urine test shows an infection; most coughs get better on their own." },
    { name: "anti-wrinkle cream is a cosmetic product, not the injection", text: "Our new anti-wrinkle cream range is in stock, £25" },
    { name: "a quoted nickname discussed in teaching", text: "Patients ask about 'baby botox' a lot. Here's what the evidence says about low-dose toxin 🧵" },
    { name: "tox as a toxicology screen", text: "Tox screen came back negative, so we can rule out an overdose." },
    // generalisation pass (dev11)
    { name: "slimming tea is not an injectable", text: "Our slimming tea blend is back in stock, £12 a pouch 🍵" },
    { name: "a nurse explaining what 'diet jabs' are, without selling", text: "People keep asking me what diet jabs actually do. They slow stomach emptying and blunt appetite; the evidence is decent but side effects are common. Talk to your GP." },
    { name: "toxin's status explained with a quoted price list from others", text: "Botulinum toxin is a prescription-only medicine, which is why you won't find our prices online. If someone is selling '2 areas for £79', ask who is prescribing it." },
    { name: "areas of a garden centre are not toxin", text: "Two areas of the car park are closed today, parking is £2 at the leisure centre instead." },
    { name: "scarcity on a first-aid course is not a medicine", text: "Only one place left on Saturday's paediatric first aid course! First to message gets it." },
    { name: "a warning framed by 'if'", text: "If a salon offers you 'skinny jabs' with no consultation, walk away: these are prescription-only medicines." },

    { name: "a warning that mentions supply without a consultation", text: "Weight loss jabs are not a quick fix. If you're buying them online without a consultation, please stop and talk to your GP." },
    { name: "a tox screen is not Botox", text: "Tox screen came back clean, so we're treating this as a viral encephalitis until proven otherwise. #MedEd" },
    "New NICE guidance on semaglutide for obesity: thread 🧵",
    "Don't buy Ozempic from Instagram sellers. Counterfeit pens are putting people in hospital.",
    "Botox for chronic migraine: a quick summary of the evidence for the registrars #MedEd",
    "MHRA warning about fake weight loss jabs sold online. Please report suspected side effects.",
    "Started a patient on doxycycline today for Lyme disease, classic bullseye rash. Great teaching case (consented).",
    "Mounjaro shortage again this month, patients are struggling to get their prescriptions filled.",
    // promotion without a POM
    "Our skin clinic now offers dermal filler consultations. Book via the link in bio.",
    // a POM named in a sentence that is not promotional
    "Had my own Botox done last year and honestly I still can't decide if I like it 🤷‍♀️",
    { name: "private audience, clinical discussion", text: "Anyone else seeing lots of patients on tirzepatide from online pharmacies?", options: { context: { audience: "professional-closed" } } },
    // generalisation pass (dev3): indirect names, endorsements and NHS notices that are not adverts
    { name: "a flu jab invitation", text: "Flu jab clinics this Saturday for eligible patients, book via the practice website." },
    { name: "a steroid injection in clinic, no promotion", text: "Gave three steroid injections in joint clinic today, my shoulders ache more than theirs." },
    { name: "asking your GP about a referral", text: "Tirzepatide is now on the NHS for some adults. Talk to your GP about a referral rather than buying online." },
    { name: "a migraine injection in a journal club", text: "Journal club on the new migraine injection trial data: modest benefit, big price tag. Thread 🧵" },
    { name: "an NHS availability notice", text: "Mounjaro is now available through NHS specialist weight services for eligible adults. Waits are long, so please be patient." },
    { name: "a warning with 'ask your GP about it'", text: "Buying 'skinny jabs' from a beautician is dangerous. If you're considering it, ask your GP about it first." },
    { name: "go and see them, about a physio", text: "Our physios are brilliant with knee pain, go and see them before you ask for a steroid injection." },
    { name: "praise of a drug in teaching", text: "Dupilumab has been brilliant for my severe eczema patients. Summary of the evidence for trainees #MedEd" },
    { name: "a covid booster jab", text: "Covid booster jabs for over-75s start next week, you'll get a text from your practice." },
    { name: "a pen for insulin, clinically", text: "New insulin pen training for the ward team tomorrow at 2pm in the seminar room." },
    // generalisation pass (dev8): indirect names with nothing sold
    { name: "news of a licensing scheme that mentions Botox", text: "The government has announced a licensing scheme for cosmetic injectables like Botox and fillers. Long overdue." },
    { name: "a new inhaler from a company reported as news, no endorsement", text: "The new inhaler from @AirwayPharma got its licence this week; NICE guidance is expected next year." },
    { name: "a flu jab clinic that asks for height and weight", text: "Flu clinic Saturday. We'll record height and weight for your notes while you wait for the jab." },
    // generalisation pass (dev10): codes, tox services, injections to be prescribed, "ask for me"
    { name: "a toxicology screen is not toxin", text: "Urine tox screen came back clear, so we could rule that out on the ward round." },
    { name: "melatonin advice with no code or link", text: "Melatonin is prescription-only in the UK: please ask your GP rather than buying it online." },
    { name: "'ask for me' in a different sentence from the medicine", text: "Statins save lives, whatever the internet says. Leaflets at reception, ask for me if you want to talk it through." },
    { name: "a flu jab that needs no prescription", text: "The flu jab doesn't need a prescription this year, just book at the pharmacy." },
    { name: "patients who'll love a physio programme, no medicine", text: "New back-pain exercise class starts Monday, my patients are going to love it." },
    { name: "switching patients to a new rota, not a medicine", text: "We're switching all our patients to the new online booking system from Monday." },
    { name: "a named cream the GP need not prescribe, no sale", text: "Dermol cream is fine for most dry skin; your pharmacist can help and there's no need for a prescription." },
    { name: "a medicine endorsed with a tie that belongs to others", text: "Influencers with discount codes for Mounjaro are everywhere. I recommend it to my patients only after a proper review." },
  ],
  invalid: [
    // the author's own service selling the medicine: its prescribers offered with an order cue, or the
    // medicine packaged as the author's product beside a price
    { name: "a service's doctors offered to prescribe a POM, ordered online", text: "Hair thinning? Our prescribers can supply finasteride by post. Order today, discreet packaging.", errors: [{ messageId: "promoted", excerpt: "finasteride", severity: "error" }] },
    { name: "the author's own priced pack of a POM", text: "Off trekking? Grab our travel kit with doxycycline before you go, £25 at the front desk.", errors: [{ messageId: "promoted", excerpt: "doxycycline", severity: "error" }] },
    { name: "slang toxin dosed in units in an advert", text: "Tired eyes after nights? a few units of tox sorts it, dm to book 💉", errors: [{ messageId: "promoted", excerpt: "tox", severity: "error" }] },
    { name: "vitamin shots sold at a salon (injectable B12 and D are POMs)", text: "Vitamin shots now available at our salon, £35 each, book today 💉", errors: [{ messageId: "promoted", excerpt: "Vitamin shots", severity: "error" }] },
    {
      name: "'prescription only' tacked on to a price promotion does not make it compliant",
      text: "Botox £99 at our clinic, book now 💉 prescription only so a free consult first",
      errors: [{ messageId: "promoted", severity: "error", excerpt: "Botox" }],
    },
    {
      name: "several claims together make a vitamin drip post an advert",
      text: "Detox, glow and shed the bloat with our IV vitamin drips 💧 zero downtime, safe and natural. Hen party packages available!",
      errors: [{ messageId: "promoted", excerpt: "IV vitamin drips" }],
    },
    {
      name: "HRT prescribed the same day from a questionnaire",
      text: "Menopause symptoms? Fill in my 3-minute questionnaire and I'll prescribe HRT the same day 🌸 link in bio",
      // (dev8: an assessment promised in minutes is itself supply without a consultation, so this is sure)
      errors: [{ messageId: "promoted", excerpt: "HRT", severity: "error" }],
    },
    {
      name: "a quick benzodiazepine script for a price",
      text: "Nervous flyer? Quick lorazepam script sorted for £35, just DM me ✈️",
      errors: [{ messageId: "promoted", excerpt: "lorazepam", severity: "error" }],
    },
    // generalisation round (dev4/dev5): the author offering a prescription-only medicine to readers
    // by message is promoting it (CAP 12.12)
    {
      name: "antibiotics offered to readers by message",
      text: "Chest infection and can't get through to the surgery? Drop me a message and I'll prescribe antibiotics today, no need to be seen 💊",
      errors: [{ messageId: "promoted", excerpt: "antibiotics", severity: "error" }],
    },
    {
      name: "a sleeping tablet offered in reply to a comment",
      text: "Can't sleep before your exams? Comment 🌙 below and I'll DM you about some temazepam 🤫",
      errors: [{ messageId: "promotedMaybe", excerpt: "temazepam", severity: "warning" }],
    },
    {
      text: "💉 Botox 3 areas for £199 this month only! DM to book ✨",
      errors: [{ messageId: "promoted", excerpt: "Botox", severity: "error" }],
    },
    {
      text: "Now offering Mounjaro weight loss injections at our clinic, book your slot today",
      errors: [
        { messageId: "promoted", excerpt: "Mounjaro" },
        { messageId: "promoted", excerpt: "weight loss injections" },
      ],
    },
    {
      name: "indirect names count",
      text: "Skinny jabs now available at our aesthetics clinic ✨ DM for prices",
      errors: [{ messageId: "promoted", excerpt: "Skinny jabs" }],
    },
    {
      text: "Baby Botox is perfect for a natural look 💋 £150, link in bio to book",
      errors: [{ messageId: "promoted", excerpt: "Baby Botox" }],
    },
    {
      text: "Vitamin B12 injections from £35, walk-ins welcome, book now for an energy boost",
      errors: [{ messageId: "promoted", excerpt: "Vitamin B12 injections" }],
    },
    {
      text: "Hair loss? We offer finasteride and oral minoxidil plans from £25 a month, book online",
      errors: [
        { messageId: "promoted", excerpt: "finasteride" },
        { messageId: "promoted", excerpt: "oral minoxidil" },
      ],
    },
    {
      name: "a clinic's profile makes the post an advert",
      text: "Women don't cry into a pint of ice cream anymore. They get Botox. Book your consultation today 💉",
      options: { context: { profile: { displayName: "Glow Aesthetics", bio: "Aesthetics clinic in Leeds | nurse-led" } } },
      errors: [{ messageId: "promoted", excerpt: "Botox" }],
    },
    {
      text: "Summer special: Wegovy starter pens 20% off this week only ☀️ DM us",
      errors: [{ messageId: "promoted", excerpt: "Wegovy" }],
    },
    {
      name: "an indirect name for weight-loss injections",
      text: "Ready for summer? ☀️ Our slimming jabs are back in stock, start this week - message us 💉",
      errors: [{ messageId: "promoted", excerpt: "slimming jabs", severity: "error" }],
    },
    {
      name: "'toxin' in a cosmetic price list",
      text: "Bridal package: toxin for forehead and crow's feet + skin booster, £350. Limited dates in June 💍",
      errors: [{ messageId: "promoted", excerpt: "toxin", severity: "error" }],
    },
    {
      name: "selling a medicine as a way round the GP",
      text: "Tadalafil, minus the embarrassing GP chat 😉 Order from our online pharmacy today",
      errors: [{ messageId: "promoted", excerpt: "Tadalafil" }],
    },
    {
      name: "slang settled by a treatment area",
      text: "Forehead tox from £120 this month ✨ book via our website",
      errors: [{ messageId: "promoted", excerpt: "tox", severity: "error" }],
    },
    {
      name: "anti-wrinkle as the service sold",
      text: "Our anti-wrinkle menu: 1 area £150, 3 areas £250. Book today 💉",
      errors: [{ messageId: "promoted", excerpt: "anti-wrinkle", severity: "error" }],
    },
    {
      name: "scare quotes around a nickname in an advert",
      text: "\"Baby botox\" now available at the studio, gift vouchers too 🎁 £140",
      errors: [{ messageId: "promoted", excerpt: "Baby botox", severity: "error" }],
    },
    {
      name: "an introductory offer on a prescription-only hair-loss tablet",
      text: "Hair thinning? Propecia posted to you, first month free.",
      errors: [{ messageId: "promotedMaybe", excerpt: "Propecia", severity: "warning" }],
    },
    // generalisation pass (dev3): injectables named by what they treat, endorsements of a provider or
    // a drug, and supply offers by the author's business
    {
      name: "an injectable named by its condition, praised, with the classic call to ask your GP",
      text: "Went to a lovely dinner about the new psoriasis injection. Honestly the drug's amazing, ask your GP about it!",
      errors: [{ messageId: "promoted", excerpt: "psoriasis injection", severity: "error" }],
    },
    {
      name: "a provider's toxin endorsed",
      text: "Just had my tox and lip filler topped up at @GlowRoomBristol 💉 go and see them, you won't regret it",
      errors: [{ messageId: "promotedMaybe", excerpt: "tox", severity: "warning" }],
    },
    {
      name: "tell them I sent you",
      text: "My Wegovy comes from @TrimRx, tell them I sent you 💙",
      errors: [{ messageId: "promoted", excerpt: "Wegovy", severity: "error" }],
    },
    {
      name: "steroid jabs on a price list",
      text: "Steroid jabs for hay fever back this May, £55, book via the link 🌼",
      errors: [{ messageId: "promoted", excerpt: "Steroid jabs", severity: "error" }],
    },
    {
      name: "a steroid jab offered by message",
      text: "Streaming eyes? I can send you a prescription for a steroid jab, just DM me 🌼",
      errors: [{ messageId: "promoted", excerpt: "steroid jab", severity: "error" }],
    },
    {
      name: "the author's clinic posts the pen",
      text: "Comment your weight below and I'll tell you if you qualify for a weight loss pen, then my clinic posts it out!",
      errors: [{ messageId: "promoted", excerpt: "weight loss pen", severity: "error" }],
    },
    {
      name: "an injectable named by its condition, with an endorsement and a channel",
      text: "The new osteoporosis injection is honestly magic ✨ ask your GP about it or DM me",
      errors: [{ messageId: "promoted", excerpt: "osteoporosis injection", severity: "error" }],
    },
    {
      name: "talk to your doctor about a named brand",
      text: "Struggling with your weight? Saxenda changed my life. Talk to your doctor about Saxenda today!",
      errors: [
        { messageId: "promotedMaybe", excerpt: "Saxenda", severity: "warning" },
        { messageId: "promotedMaybe", excerpt: "Saxenda", severity: "warning" },
      ],
    },
    {
      name: "an eczema injection with praise and a price",
      text: "This eczema injection is a game-changer 🙌 private prescriptions from £300 a month at our clinic",
      errors: [{ messageId: "promoted", excerpt: "eczema injection", severity: "error" }],
    },
    {
      name: "our pharmacy sends Mounjaro",
      text: "Mounjaro for anyone who messages, our pharmacy sends them out the next morning",
      errors: [{ messageId: "promoted", excerpt: "Mounjaro", severity: "error" }],
    },
    // generalisation pass (dev8): indirect names and the shape of a direct-to-consumer advert
    { name: "injections for sweating, named by their use, with prices by DM", text: "Sweat injections for wedding season 💦 underarms done in 15 minutes. DM for prices", errors: [{ messageId: "promoted", excerpt: "Sweat injections", severity: "error" }] },
    { name: "a new inhaler from a company, praised and 'ask your GP about it'", text: "The new twice-weekly inhaler from @BreatheCo is a game changer for my COPD patients. Ask your GP about it!", errors: [{ messageId: "promoted", excerpt: "new twice-weekly inhaler", severity: "error" }] },
    { name: "slimming pens posted after a form", text: "Slimming pens in stock 💚 fill in our quick form and we'll post them out the same day", errors: [{ messageId: "promotedMaybe", excerpt: "Slimming pens", severity: "warning" }] },
    { name: "skinny shots with a price", text: "Skinny shots now £120 a month, delivered to your door 📦", errors: [{ messageId: "promoted", excerpt: "Skinny shots", severity: "error" }] },
    { name: "a pen offered for a BMI", text: "Message me your BMI and I'll get your first pen out to you this week, no waiting list", errors: [{ messageId: "promotedMaybe", excerpt: "first pen", severity: "warning" }] },
    { name: "toxin priced by the number of areas in a cosmetic advert", text: "Say goodbye to frown lines ✨ tweakments from £99, two areas this month only. Book now!", errors: [{ messageId: "promoted", excerpt: "two areas", severity: "error" }] },
    { name: "sellers' short name for semaglutide, back in stock with a price", text: "Sema back in stock lovelies, £150 a month and no GP needed 💉", errors: [{ messageId: "promoted", excerpt: "Sema", severity: "error" }] },
    { name: "scarcity and a race to comment sell a toxin appointment", text: "Just one Botox slot left this Friday! First to comment bags it 💉", errors: [{ messageId: "promoted", excerpt: "Botox", severity: "error" }] },
    { name: "the jab offered by height and weight", text: "Send me your height and weight and I'll check if you're eligible for the jab 💉 prescriptions sent same day", errors: [{ messageId: "promotedMaybe", excerpt: "the jab", severity: "warning" }] },
    { name: "melatonin sold with a personal code", text: "Sleep tip for nights: melatonin from @DreamWellUK 🌙 code NIGHTS15 for 15% off", errors: [{ messageId: "promoted", excerpt: "melatonin", severity: "error" }] },
    { name: "toxin slang named by its clinic, with the lines it treats", text: "Forehead lines bothering you? Our tox appointments are open this Friday, DM to book 💉", errors: [{ messageId: "promoted", excerpt: "tox", severity: "error" }] },
    { name: "injections the reader is told they'll be prescribed", text: "Sweaty underarms? Three quick injections and you're dry all summer. Send us a photo and we'll get you prescribed, £300.", errors: [{ messageId: "promotedMaybe", excerpt: "injections", severity: "warning" }] },
    { name: "a weight-loss medicine service with 'ask for me'", text: "Weight-loss injections every Tuesday at the Harbour clinic now, ask for me!", errors: [{ messageId: "promotedMaybe", excerpt: "Weight-loss injections", severity: "warning" }] },
    { name: "a toxin brand sold with free consultations this month", text: "Azzalure for frown lines and crow's feet 💉 consultations free this month at our Leeds clinic", errors: [{ messageId: "promoted", excerpt: "Azzalure", severity: "error" }] },
    { name: "a weight-loss medicine the author's patients will love, with a link", text: "Mounjaro pens back in stock, my patients are going to love this, link in bio to book", errors: [{ messageId: "promoted", excerpt: "Mounjaro", severity: "error" }] },
    { name: "all patients switched to a new inhaler from a named maker", text: "Switching all my patients to the new inhaler from Bronzar, really impressed by their reps.", errors: [{ messageId: "promotedMaybe", excerpt: "new inhaler", severity: "warning" }] },
    { name: "a named gel readers are told to get prescribed and ask for by name", text: "For hormonal acne my go-to is Dermaclar gel, which your GP can prescribe. I recommend it to all my patients. Ask for it by name!", errors: [{ messageId: "promotedMaybe", excerpt: "Dermaclar gel", severity: "warning" }] },
    { name: "a new inhaler endorsed after its maker's sponsored lunch", text: "Switching all my patients to the new inhaler from Bronzar after their sponsored lunch, what a team.", errors: [{ messageId: "promoted", excerpt: "new inhaler", severity: "error" }] },
  ],
});
