import rule from "../../../src/engine/rules/transparency/conflict-of-interest";
import { ruleTester } from "../../support/rule-tester";

// Doctors' use of social media 19: be open about conflicts of interest and declare financial or
// commercial interests in healthcare organisations or pharmaceutical and biomedical companies.
ruleTester(rule, {
  valid: [
    { name: "a link to a doctor's own practice page is not a shop", text: "Dr Hughes is retiring after 30 years; read her farewell letter at ourpractice.nhs.uk/news" },
    { name: "a trust page about a named doctor sells nothing", text: "Congratulations to Dr Patel on her award! Full story at leedsth.nhs.uk/patel" },
    // the post's own declaration, in the author's voice, covers a registered interest
    { name: "an interest declared up front in the author's words", text: "I'm chairing a session funded by a device maker on Friday, and I'm declaring that here first. Slides will follow the NICE pathway.", options: { context: { declaredInterests: ["Honorarium, chairing, a device maker"] } } },
    { name: "a declaration heading before a founder's news", text: "A declaration first: I'm a shareholder of BrightSleep Health. Our trial results are out today and they are mixed; the paper is open access.", options: { context: { declaredInterests: ["Shareholder, BrightSleep Health"] } } },
    { name: "a role named and marked declared", text: "Raffle tickets for the air ambulance ball use code FLYHIGH5 for £5 off. I sit on the charity's board, declared.", options: { context: { declaredInterests: ["Board member, county air ambulance"] } } },
    { name: "a lowercase 'declaring interest:' heading declares", text: "declaring interest: i'm an examiner for QuizMed. still, here are three free revision sites i rate", options: { context: { declaredInterests: ["Examiner, QuizMed"] } } },
    { name: "a registered interest the post never names", text: "Good to see more practices offering evening clinics; patients keep telling me it helps.", options: { context: { declaredInterests: ["Director, EveningCare Ltd"] } } },
    { name: "'declared a major incident' is not the author's declaration, but no company is promoted either", text: "I was on shift when the trust declared a major incident last night; proud of everyone." },
    // young-clinician round (dev12): a gift label stands when nothing is sold; a petition link or a
    // door code handed out by message is no commercial code; a steth of one's own is not a product push
    { name: "a gift label with nothing sold declares the gift", text: "Thank you @ScrubHubUK for the new scrubs, so comfy on nights 💙 #gifted" },
    { name: "a petition link handed out by message is not a referral", text: "sign the petition to keep our walk-in centre open pls, dm me for the link ✍️" },
    { name: "a forgotten steth is not a product", text: "forgot my steth AGAIN, third time this week, borrowing the reg's 🙃" },
    // long-post round (dev9): a capitalised name with digits followed by a noun names a class, not a code
    { name: "a drug class after 'with' is not a discount code", text: "Euglycaemic DKA happens, especially with SGLT2 inhibitors, so check ketones even when glucose looks fine." },
    { name: "a drug class after 'using' is not a discount code", text: "Type 2 diabetes update: patients using GLP1 agonists need a plan for sick days." },
    { name: "'they paid for it' is about people, not a company", text: "Older people aren't a burden on the NHS. They paid for it, they volunteer in it, and they hold families together." },
    { name: "a sponsorship by the author's own business, said to be theirs, is declared", text: "Best of luck to the Trust's under-12s football team (sponsored by our physio practice, which I own). Shirts look smart, lads!" },
    { text: "Thanks to the partners for the new rota software, nights are so much easier to swap now 🙏" },
    { text: "Our practice team night out: great evening with the crew at Pizza Express, thanks to the partners for dinner 🍕" },
    { text: "Not sponsored, just a genuine recommendation: the NHS Couch to 5K app is free and brilliant 🏃" },
    { text: "The company behind the new migraine injection has cut its UK price by a third, according to today's news." },
    // generalisation round (dev4/dev5): hospitality, gifts and intent to adopt, with nothing sold —
    // a team night out, a charity trip, a gift bought by oneself, plans with no company in them
    { text: "Brilliant weekend in the Peak District with the team from ward 12, nobody fell off an edge 🥾" },
    { text: "Lovely evening at the Christmas party with the whole ED team, fancy dress and far too much cake 🎄" },
    { text: "Amazing weekend in Brighton with the team at St Luke's Hospice for the charity bike ride 🚴" },
    { text: "Look what landed on my doorstep 😍 my CCT certificate, framed and going on the wall" },
    { text: "Can't wait to start using the new ultrasound machine the League of Friends raised money for 🙏" },
    { text: "Night 2 of 3 on the stroke unit, fuelled by toast and the kindness of strangers 🍞" },
    { text: "Every GP should download the BNF app, it's free and it's the quickest way to check a dose." },
    // recall round 3 (frames and shapes): the same frames with no brand (a charity run, a ward
    // manager's pizza, a partner's birthday present), an institution's partnership, a label or a
    // declaration in the post or in declaredInterests, emergency codes, criticism
    { text: "Disclosure: I'm paid by Vitalise as a consultant. Here's what their collagen trial actually showed." },
    { text: "#ad Loving my new Solara SPF for long shifts. Use DRKATE15 at checkout." },
    { text: "Loving my new bike! Commute to the hospital is 20 mins quicker now 🚲" },
    { text: "Thanks to Macmillan for funding our new cancer nurse specialist post 💚" },
    { text: "Thank you to the Friends of St Mary's for the new chairs in the relatives' room 🪑" },
    { text: "My go-to for journal club summaries is the NICE CKS website, free and brilliant." },
    { text: "Huge thanks to our ward manager for the pizza after a brutal shift 🍕" },
    { text: "Partnered with Diabetes UK to run free foot-check clinics this month." },
    { text: "I have no financial interest in any of these, but the Libre sensors have changed my patients' lives." },
    { text: "Free flu jabs for staff in the canteen today, no appointment needed 💉" },
    { text: "Use code BLUE for cardiac arrests in this hospital, not 2222, since the switchboard change." },
    { text: "Sponsored walk for the children's ward this Sunday, please sponsor me 🏃‍♀️ link in bio" },
    { text: "The Pfizer rep brought sandwiches to the lunchtime meeting, all declared on our trust register." },
    { text: "Gifted child? No, just a very talkative 5-year-old who wanted to see my stethoscope 😂" },
    { text: "My partner got me a new Littmann for my birthday 🎂🩺 so spoilt" },
    { text: "Thanks to Dr Patel for the brilliant teaching on ECGs today 🙏" },
    { text: "Check out the new RCEM guidance on sepsis, it's free to read." },
    { text: "Obsessed with the new Ottolenghi cookbook, cooked three recipes on my days off 🍋" },
    { text: "Courtesy of the League of Friends: a new bladder scanner for the ward 🎉" },
    { text: "Thanks Medtronic for nothing: pump recall and no replacements for three weeks." },
    { text: "Conference dinner was paid for by the Royal College, which is nice for once 😂" },
    { text: "My patients ask what I use: honestly any SPF 30+ you'll actually wear. No brand needed." },
    { text: "Our hospital charity partnered with Tesco to fund a new family room 💛" },
    { text: "Disclosure: Hydrabloom sent me these for free, no payment, thoughts are my own." },
    { text: "Absolutely obsessed with the Nuvia sleep tracker, 20% off if you use my link 👇", options: {"context":{"declaredInterests":["Nuvia"]}} },
    { text: "I was paid to speak at the Kestrel Medical launch; slides here for anyone who missed it." },
    { text: "Booked flights to Lisbon for the ESC congress with my study budget, hotel at my own expense 🙃" },
    { text: "Loving the new Epic upgrade, finally the discharge letters make sense 😂" },
    { text: "Shout out to Sam on reception who brought in a box of doughnuts for the night team 🍩" },
    { text: "Thank you to everyone who sponsored my Great North Run for the hospice, link in bio to donate 💜" },
    { text: "Delighted to join the Royal Free as a consultant in acute medicine 🎉" },
    { text: "Gifted by the amazing people at Hydrabloom 💧 my skin after nights has never looked better" },
    { text: "Code red called at 3am, whole team brilliant, patient stable by morning." },
    { text: "Disclosure: I received an honorarium from Veranta for tonight's talk. Slides to follow." },
    { text: "Our surgery partnered with Boots to offer free blood pressure checks this month 💙" },
    { text: "Our trust has partnered with Boots to offer flu jabs in store this winter." },
    { text: "I have no financial relationship with any of these brands; this is just what I use on nights." },
    { text: "Thank you to the Rotary Club for funding our new ward TV 📺" },
    { text: "Lovely to meet the Pfizer team at the regional meeting; all hospitality declared on our register." },
    { text: "Huge thanks to St John Ambulance for the first aid training day" },
    { text: "Loving my new Garmin, finally tracking my runs properly 🏃‍♀️" },
    { text: "Spent the weekend at a spa with my sister, thank you Centre Parcs 😂" },
    { text: "Shout out to Leon at Costa for keeping the night team caffeinated ☕" },
    { text: "Delighted to join Macmillan as a clinical advisor for their new campaign 💚" },
    { text: "Complimentary parking for night staff from next week! Thanks estates 🙏" },
    { text: "Massive thanks to the Rotary for the goodie bags for the kids on the ward 🎁" },
    { name: "thanks for personal gifts, no company", text: "Thank you to everyone for the lovely flowers and cards after my surgery 💐" },
    { name: "the author's own travel", text: "We flew to Lisbon for our anniversary, best trip ever ✈️" },
    { name: "someone else's discount codes, criticised", text: "Influencers flogging discount codes for unlicensed weight-loss pens are a menace. Please buy Wegovy only from a registered pharmacy." },

    "Loving my new running shoes 🏃‍♀️ 10k PB this morning!",
    { name: "recommending a free NHS resource", text: "Great talk by @RCGPLearning on menopause and HRT today. Highly recommend their free e-learning." },
    { name: "a declared paid role", text: "Delighted to announce I'm joining the MedTech Health team as clinical advisor. Disclosure: this is a paid role." },
    "Pfizer's trial results out today: here's my summary of what they mean for patients 🧵",
    "#ad Obsessed with my new Oura ring, use my code DRSAM20 for 20% off",
    "Disclosure: I've received speaker fees from Novo Nordisk. Here's my take on Wegovy and the new data.",
    { text: "Huge thanks to Galderma for the all expenses paid trip to Paris ✨", options: { context: { declaredInterests: ["galderma"] } } },
    "Pfizer sent me a free sample and honestly it's a disgrace they charge the NHS this much",
    "Abbott's new sensor recall is a mess. Check your patients' Libre sensors.",
    "Our trust announced a partnership with AstraZeneca on lung cancer screening today.",
    "Paid partnership with Dexcom: I've used their CGM for five years and here's what I think.",
    { name: "declared interests match case-insensitively", text: "Loving my Dexcom, get yours here https://dexcom.com/shop?ref=drjo", options: { context: { declaredInterests: ["DEXCOM"] } } },
    // an interest in the author's declared interests is declared (issue 2: "a declaration in the post or in declaredInterests satisfies it")
    { name: "recommending a firm one co-owns, declared in the author's declared interests", text: "Physios in Leeds: PhysioPath Clinics are the most reliable booking system I've used, worth a look.", options: { context: { declaredInterests: ["Co-owner, PhysioPath Clinics Ltd"] } } },
    // generalisation pass (dev8): shapes of an interest with nothing to declare
    { name: "a favourite piece of kit with nothing sold", text: "My favourite stethoscope finally gave up after twelve years of nights 😢" },
    { name: "a sponsored teaching session that says the sponsor had no input", text: "This week's teaching is sponsored by a device company, who had no input into the content. I'm not being paid to teach it." },
    { name: "a code in capitals that is a ward's name, not a discount", text: "Handover moved to WARDNINE at 8 for the fire drill." },
    { name: "thanks to a colleague's handle for teaching, no product", text: "What a brilliant airway workshop today, thank you @dr_amina_k 🙌" },
    { name: "thanks to the team for their support with no company named", text: "Huge thanks to the team on Ward 5 for all their support during my preceptorship." },
    { name: "a gift from a patient's family is not a company's", text: "A lovely gift basket from the family of a long-stay patient, shared with the whole ward 💐" },
    { name: "my team at the hospital is an employer, not a firm promoting a product", text: "So proud of my team at the Royal Infirmary for the new sepsis pathway." },
    // generalisation pass (dev11): a clinic's own treatment on sale is advertising, not an undeclared interest
    { name: "a clinic's sale on its own toxin treatments", text: "Spring sale at our clinic: 20% off all Botox treatments this month, grab yours before they go 💉" },
    { name: "half-price injections for NHS staff at the author's clinic", text: "Half-price anti-wrinkle injections for NHS staff this week at our clinic, book now 💉" },
    // generalisation pass (dev10): dismissed labels, codes that say what they save, promoting roles, switching one's unit, favourites
    { name: "a gifted surgeon is praise, not a gift", text: "Shout out to our gifted surgeon on the trauma list today, what a save." },
    { name: "'#ad? no' with no code or link earns nothing, and names nothing", text: "Someone asked if this was an #ad? No, it's just my lunch. Soup again." },
    { name: "a code that gets you into the building is not a discount", text: "New starters: the code gets you into the doctors' mess, ask reception for it." },
    { name: "a charity's ambassadors are not the author's role", text: "Met the charity's patient ambassadors today, their stories about living with sickle cell were powerful." },
    { name: "switching a department to a new rota is no product", text: "We switched the whole department to a four-on four-off rota and morale is up." },
    { name: "a favourite named with nothing sold", text: "My favourite is Dr Okafor's teaching on ECGs, every single week." },
    { name: "our consultant taking the team out is no company's hospitality", text: "Our consultant took us out for dinner after the audit was finished, lovely evening." },
    { name: "the launch of a hospital's new service is no company's hospitality", text: "Great turnout at the launch event for our new frailty unit, thank you all for coming." },
    { name: "'I'd recommend it to anyone' about a walking route", text: "The coast path from Whitby to Robin Hood's Bay is stunning, I'd recommend it to anyone." },
    { name: "asking for a surgeon by name, no product", text: "If you want continuity, ask for your usual GP by name when you book." },
    { name: "'should honestly get' advice with no brand", text: "Everyone over 65 should honestly get the flu jab this year." },
    { name: "thanks for sharing an experience, signed by a practice", text: "Thank you for sharing your experience with us. Please call the practice manager.\n\nKind regards,\nHillside Medical Practice" },
    { name: "thanks for reading, from a health charity", text: "Thanks for reading our winter newsletter, from all at Lumen Health." },
    { name: "a society's code given to all members is not the author's", text: "Reminder: the Royal College gave all members the code RCPATH25 for the annual meeting, check your email." },
    { name: "a code joked about and taken back", text: "Use code DRTIRED10 for... only joking, nobody sponsors a night shift. Coffee is from the vending machine." },
    // a referral credited to the author, or a share of a sale, is an arrangement; other "sent you" and "get back" are not
    { name: "a relative who sent a card", text: "My mum sent you a card for the ward, did it arrive?" },
    { name: "telling a patient the ward sent flowers", text: "Tell her the whole ward sent you flowers and we miss her" },
    { name: "what the job gives back", text: "I get a little back from this job every single shift, honestly" },
    { name: "getting back from nights", text: "I get back from nights at 8 and sleep till 2, don't ring me" },
  ],
  invalid: [
    { name: "a share of the reader's purchase, with no brand named", text: "Every midwife needs this pen torch. Link in bio, I get a little back if you buy one 🤫", errors: [{ messageId: "cueOnly", severity: "warning", excerpt: "I get a little back" }] },
    { name: "a commission on sales through the author's link", text: "honestly the comfiest clogs ever, I get commission on sales thru the link below", errors: [{ messageId: "cueOnly", severity: "warning", excerpt: "I get commission" }] },
    { name: "a referral credited to the author by name at a named clinic", text: "For back pain go to Spine Studio Leeds and say Dr Priya sent you, you'll get a free first session", errors: [{ messageId: "undeclared", severity: "warning", excerpt: "Spine Studio" }] },
    { name: "the author's name mentioned at checkout for a reward", text: "The only compression socks I wear now. Mention my name at checkout for 10% off 🧦", errors: [{ messageId: "undeclared", severity: "warning", excerpt: "The only compression socks" }] },
    // a shop link whose path is the featured doctor's own surname is a personal referral link
    { name: "a supplement's shop link in the doctor's name", text: "This week Dr Okafor tells us why she takes NightCalm magnesium and recommends it to friends. Find it at nightcalm.com/okafor", errors: [{ messageId: "undeclared", severity: "warning", excerpt: "NightCalm" }] },
    { name: "a shop link in the doctor's name with no brand named in words", text: "Episode 12: Dr Rao on why she takes a daily fibre supplement. Get yours at gutgood.com/rao", errors: [{ messageId: "cueOnly", severity: "warning", excerpt: "gutgood.com/rao" }] },
    { name: "a clinic's booking link in the host doctor's name", text: "Prof Lindqvist swears by the ClearSkin peel for acne scarring. Book via clearskinclinics.co.uk/lindqvist", errors: [{ messageId: "undeclared", severity: "warning", excerpt: "ClearSkin" }] },
    // young-clinician round (dev12): a gift label does not declare the author's own code; a denial
    // ("not sponsored") contradicted by the author's promoting role; a code handed out by message;
    // informal product nouns ("steth")
    { name: "a gift label beside the author's own code does not declare the code", text: "Obsessed with this pulse oximeter from @OxiHomeMed 😍 use code PAEDSAM at checkout #gifted", errors: [{ messageId: "undeclared", excerpt: "@OxiHomeMed", severity: "warning" }] },
    { name: "a PR-sample label beside a percentage-off code", text: "new scrub cap from @CapCoUK, comfiest thing i own 🧢 code THEATREJO for 10% off #prsample", errors: [{ messageId: "undeclared", excerpt: "@CapCoUK", severity: "warning" }] },
    { name: "'not sponsored' beside the author's new ambassador role", text: "@SleepWellMed mattresses fixed my post-nights sleep. honoured to be their ambassador 🎉 (not sponsored)", errors: [{ messageId: "undeclared", excerpt: "@SleepWellMed", severity: "warning" }] },
    { name: "a discount handed out by message", text: "these compression socks from @LegUpMed got me through a 13 hour shift, message me for a discount 💬", errors: [{ messageId: "undeclared", excerpt: "@LegUpMed", severity: "warning" }] },
    { name: "a code handed out by private message, no 'me'", text: "my go-to night shift snack bars are from @FuelNurseCo 🍫 pm for my code", errors: [{ messageId: "undeclared", excerpt: "@FuelNurseCo", severity: "warning" }] },
    { name: "a steth singled out as the best, gifted, with a link", text: "honestly the best steth for a noisy resus bay, gifted by the lovely team 💕 link in bio", errors: [{ messageId: "undeclared", excerpt: "the best steth", severity: "warning" }] },
    { name: "a label asked and waved away while a code earns", text: "#ad? nah, I just love this kettle 😂 code SAMDOC gets you 15% off", errors: [{ messageId: "cueOnly", excerpt: "code SAMDOC", severity: "warning" }] },
    { name: "a code that says what it saves after a brand's handle", text: "Scrubs c/o @WardWear, RHIAN10 saves you 10% 💚", errors: [{ messageId: "undeclared", excerpt: "@WardWear", severity: "warning" }] },
    { name: "the author holds a promoting role for the company", text: "This knee brace from @FlexaJoint changed my running. I'm now one of their 'physio champions' so DM me for the link.", errors: [{ messageId: "undeclared", excerpt: "@FlexaJoint", severity: "warning" }] },
    { name: "a department switched to a brand after its rep's hospitality", text: "Moved the whole ward to Clearline cannulas after their rep took us out for dinner. Honestly so smooth.", errors: [{ messageId: "undeclaredMaybe", excerpt: "Clearline", severity: "warning" }] },
    { name: "a favourite brand named beside a link to buy", text: "Hydration tip for long shifts: my favourite is @AquaDose, link in bio 💧", errors: [{ messageId: "undeclared", excerpt: "@AquaDose", severity: "warning" }] },
    { name: "a lone 'gifted' before a product push", text: "Gifted 🎁 but genuinely obsessed with these Velto compression socks for nights.", errors: [{ messageId: "undeclaredMaybe", excerpt: "these Velto compression socks", severity: "warning" }] },
    { name: "free sessions for every referral sent", text: "I send my knee patients to Ryan at PeakForm and he gives me free sessions for every referral 😉", errors: [{ messageId: "undeclared", excerpt: "PeakForm", severity: "warning" }] },
    { name: "an Amazon link for a course the post calls the only one worth buying", text: "This is the only revision course worth paying for. Trust me. (amzn link in replies)", errors: [{ messageId: "undeclared", excerpt: "This is the only revision course", severity: "warning" }] },
    { name: "a personal code for a toxin at someone else's clinic", text: "Use my code GLOW20 for 20% off Botox at Radiance Clinic 💉", errors: [{ messageId: "undeclared", excerpt: "Botox", severity: "warning" }] },
    { name: "a gifted course of a weight-loss medicine with an affiliate link", text: "Gifted a course of Mounjaro by the lovely team at SlimWell, honestly life-changing, 15% off with my link", errors: [{ messageId: "undeclared", excerpt: "Mounjaro", severity: "warning" }, { messageId: "undeclared", excerpt: "SlimWell", severity: "warning" }] },
    {
      name: "a code ending its phrase after 'with' is still a code",
      text: "Loving this collagen powder, order with DRJEN15 today 💪",
      errors: [{ messageId: "undeclared", excerpt: "this collagen", severity: "warning" }],
    },
    {
      name: "a code followed by a product name is still a code",
      text: "Loving these vitamins, use DRMO20 gummies code at checkout for money off",
      errors: [{ messageId: "undeclared", excerpt: "DRMO20 gummies", severity: "warning" }],
    },
    {
      name: "thanks for a new product, to a company's handle",
      text: "Thanks so much to everyone at @LumenOptics for the new loupes, they arrived today and they're stunning 😍",
      errors: [{ messageId: "undeclaredMaybe", excerpt: "@LumenOptics", severity: "warning" }],
    },
    {
      name: "'not an ad' contradicted by the post's own discount",
      text: "Not sponsored, I just really rate @BrightGutLabs probiotics 🦠 my whole family takes them. 20% off through the link in my bio!",
      errors: [{ messageId: "undeclared", excerpt: "@BrightGutLabs", severity: "warning" }],
    },
    {
      name: "an honorarium for speaking at a pharma handle's dinner",
      text: "Looking forward to speaking at @CardioPharmUK's dinner tonight about their new anticoagulant 🍷 great food, great honorarium 😉",
      errors: [{ messageId: "undeclared", excerpt: "@CardioPharmUK", severity: "warning" }],
    },
    {
      name: "a company named only by its product, paying for a trip",
      text: "The makers of the new eczema cream flew a dozen of us dermatologists to a spa hotel in Tuscany. The cream is great btw!",
      errors: [{ messageId: "undeclaredMaybe", excerpt: "The makers", severity: "warning" }],
    },
    // generalisation round (dev4/dev5): a company's hospitality or a gift, with an intent to use or
    // promote its product, and first-person endorsements of a named product to other clinicians
    {
      name: "a weekend away with a company's team, then plans to use its new product",
      text: "Incredible weekend in the Cotswolds with the team at Velora Medical 🍾 can't wait to start using their new wound dressing on my ward!",
      errors: [{ messageId: "undeclared", excerpt: "Velora Medical", severity: "warning" }],
    },
    {
      name: "an evening out hosted by a company's named team, then reaching for its drug in clinic",
      text: "Great evening learning about the new asthma inhaler from the @KestrelPharma team over cocktails. I'll be reaching for it first from now on.",
      errors: [{ messageId: "undeclared", excerpt: "@KestrelPharma", severity: "warning" }],
    },
    {
      name: "thanks to a company for having us at its event",
      text: "So grateful to the wonderful people at Brightwell Labs for having us at their summit in Zermatt ⛷️ what a place",
      errors: [{ messageId: "undeclared", excerpt: "Brightwell Labs", severity: "warning" }],
    },
    {
      name: "a gift arriving in the post, thanked by brand name",
      text: "Look what arrived in the post today 😍 the new Aurelia dermatoscope, thank you Aurelia! Can't wait to show it off in clinic",
      errors: [{ messageId: "undeclared", range: [79, 86], severity: "warning" }],
    },
    {
      name: "a ward that uses a product is no excuse for telling every GP to download it",
      text: "Our surgery started on the SkinCheckr app last month and it's genuinely revolutionary. Every GP should download it.",
      errors: [{ messageId: "undeclaredMaybe", excerpt: "SkinCheckr", severity: "warning" }],
    },
    {
      name: "an unverifiable 'best on the market' of a named product",
      text: "Sick of rota chaos? Have a look at ShiftWise. Best rota app on the market, and I've used most of them.",
      errors: [{ messageId: "undeclaredMaybe", excerpt: "ShiftWise", severity: "warning" }],
    },
    {
      name: "a discount code on a night shift is not the unit's arrangement",
      text: "Night 2 on the cardiac unit, powered by my favourite BrewBuddy oat latte — code CARDIO10 for 10% off ☕",
      errors: [{ messageId: "undeclared", excerpt: "BrewBuddy", severity: "warning" }],
    },
    // recall round 3 (frames and shapes): a brand no list knows, named by the frame it stands in
    // (gifted by, courtesy of, thanks to X for a trip, X sent me, X ambassador, dinner on X, join X as
    // advisor) or by a code, a storefront, a referral, with no declaration (¶19; GMP 77-80)
    {
      text: "Loving my new Vitalise Collagen Boost, honestly my skin has never been better ✨ link in bio",
      errors: [{ messageId: "undeclared", excerpt: "Vitalise Collagen Boost", severity: "warning" }],
    },
    {
      text: "Huge thanks to the lovely team at Lumora for an incredible weekend in Barcelona 🇪🇸",
      errors: [{ messageId: "undeclared", excerpt: "Lumora", severity: "warning" }],
    },
    {
      text: "My go-to SPF for long shifts is Solara Daily. Use DRKATE15 at checkout 🌞",
      errors: [{ messageId: "undeclared", excerpt: "Solara Daily", severity: "warning" }],
    },
    {
      text: "Dinner on Medivance tonight, what a spread 🍷🥩 #perks",
      errors: [{ messageId: "undeclared", excerpt: "Medivance", severity: "warning" }],
    },
    {
      text: "Proud to be partnering with @theglowclinic as their new medical ambassador 💫",
      errors: [{ messageId: "undeclared", excerpt: "@theglowclinic", severity: "warning" }],
    },
    {
      text: "Absolutely obsessed with the Nuvia sleep tracker, 20% off if you use my link 👇",
      errors: [{ messageId: "undeclared", excerpt: "Nuvia", severity: "warning" }],
    },
    {
      text: "Quick shout out to Pulse Nutrition who sent over a box of their protein bars for the night team 🙌",
      errors: [{ messageId: "undeclared", excerpt: "Pulse Nutrition", severity: "warning" }],
    },
    {
      text: "I get a little kickback if you sign up to Medilearn through my page 😉",
      errors: [{ messageId: "undeclared", excerpt: "Medilearn", severity: "warning" }],
    },
    {
      text: "Use code SCRUBLIFE for 15% off scrubs at Threadwell ✂️",
      errors: [{ messageId: "undeclared", excerpt: "Threadwell", severity: "warning" }],
    },
    {
      text: "Been a Zenara ambassador for a year now and I still use their serum every day 🧴",
      errors: [{ messageId: "undeclared", excerpt: "Zenara", severity: "warning" }],
    },
    {
      text: "Spent the weekend at the Lumio Health retreat in Mallorca, all on them 😎 #blessed",
      errors: [{ messageId: "undeclaredMaybe", excerpt: "Lumio Health", severity: "warning" }],
    },
    {
      text: "Can't believe Orthex sent me their new knee brace to try 😍 review coming soon!",
      errors: [{ messageId: "undeclared", excerpt: "Orthex", severity: "warning" }],
    },
    {
      text: "Thank you @CardioStepUK for the free smartwatch, my patients will love the app 💙",
      errors: [{ messageId: "undeclared", excerpt: "@CardioStepUK", severity: "warning" }],
    },
    {
      text: "Fully funded trip to the Davos wellness summit courtesy of Velora ✈️",
      errors: [{ messageId: "undeclared", excerpt: "Velora", severity: "warning" }],
    },
    {
      text: "Recommend the Calmly app to all my anxious patients, and you get a month free with my referral 🙏",
      errors: [{ messageId: "undeclared", excerpt: "Calmly app", severity: "warning" }],
    },
    {
      text: "Delighted to join Remedi as Chief Medical Advisor, exciting times ahead 🚀",
      errors: [{ messageId: "undeclared", excerpt: "Remedi", severity: "warning" }],
    },
    {
      text: "The team at Synapse Diagnostics treated us to a Michelin star dinner after the workshop 🍽️",
      errors: [{ messageId: "undeclared", excerpt: "Synapse Diagnostics", severity: "warning" }],
    },
    {
      text: "Tried the new Restora hair gummies for 3 months - honestly a game changer. Link in my bio for 10% off",
      errors: [{ messageId: "undeclared", excerpt: "the new Restora hair gummies", severity: "warning" }],
    },
    {
      text: "Obsessed with my Lumen stethoscope 🩺 they gave me one to try and I'm never going back",
      errors: [{ messageId: "undeclared", excerpt: "Lumen stethoscope", severity: "warning" }],
    },
    {
      text: "Get 20% off your first Vitl order with DRSAM20 🌿",
      errors: [{ messageId: "undeclared", excerpt: "Vitl", severity: "warning" }],
    },
    {
      text: "PR haul from @dermaluxe_official just landed 📦😍",
      errors: [{ messageId: "undeclared", excerpt: "@dermaluxe_official", severity: "warning" }],
    },
    {
      text: "Proud ambassador for Nordic Pure omega-3. Code DOC10 gets you money off 💊",
      errors: [{ messageId: "undeclared", excerpt: "Nordic Pure", severity: "warning" }],
    },
    {
      text: "Loving these clogs from StrideMed, comfiest shift shoes ever - linked in my stories 👟",
      errors: [{ messageId: "undeclared", excerpt: "StrideMed", severity: "warning" }],
    },
    {
      text: "Flew business class to the Zurich congress thanks to Halcyon Bio ✈️🥂",
      errors: [{ messageId: "undeclared", excerpt: "Halcyon", severity: "warning" }],
    },
    {
      text: "Seriously the only moisturiser I trust after a night shift is Dermique. Swipe up to shop 🧴",
      errors: [{ messageId: "undeclaredMaybe", excerpt: "Dermique", severity: "warning" }],
    },
    {
      text: "My favourite protein shake for nights is Fuelwise, grab yours with DRMO10 🥤",
      errors: [{ messageId: "undeclared", excerpt: "Fuelwise", severity: "warning" }],
    },
    {
      text: "Big love to Kinetic Rehab for the free course place, you lot are the best 🙏",
      errors: [{ messageId: "undeclared", excerpt: "Kinetic Rehab", severity: "warning" }],
    },
    {
      text: "My skin after nights has never looked better 💧 all thanks to the serum Hydrabloom gifted me last month",
      errors: [{ messageId: "undeclared", excerpt: "Hydrabloom", severity: "warning" }],
    },
    {
      text: "Had the most amazing free facial at @GlowHouseClinic yesterday, go and see them, tell them I sent you ✨",
      errors: [{ messageId: "undeclared", excerpt: "@GlowHouseClinic", severity: "warning" }],
    },
    {
      text: "Everything in my night-shift bag is in my Amazon storefront, link in bio 🛍️ #amazonfinds",
      errors: [{ messageId: "undeclared", excerpt: "Amazon", severity: "warning" }],
    },
    {
      text: "Lovely honorarium for tonight's talk at the Veranta satellite symposium 😉 slides to follow",
      errors: [{ messageId: "undeclared", excerpt: "Veranta", severity: "warning" }],
    },
    {
      text: "Use code NIGHTOWL at checkout for 15% off Sleepwell weighted blankets 🌙",
      errors: [{ messageId: "undeclared", excerpt: "Sleepwell", severity: "warning" }],
    },
    {
      text: "Been using the Zephyr Pro otoscope for a month now and I'm never going back. Affiliate link in bio.",
      errors: [{ messageId: "undeclared", excerpt: "Zephyr Pro otoscope", severity: "warning" }],
    },
    {
      text: "Proud to announce I'm the new face of Lumiskin's medical range 💫",
      errors: [{ messageId: "undeclared", excerpt: "Lumiskin's", severity: "warning" }],
    },
    {
      text: "Huge shout out to the team at Corevia Health for hosting us in Porto this weekend 🍷",
      errors: [{ messageId: "undeclared", excerpt: "Corevia Health", severity: "warning" }],
    },
    {
      text: "My clinic gets all its filler from Dermalux, and they give us a kickback for every referral 😅",
      errors: [{ messageId: "undeclared", excerpt: "Dermalux", severity: "warning" }],
    },
    {
      text: "Get 15% off Calmora magnesium with code DOCJESS 💤",
      errors: [{ messageId: "undeclared", excerpt: "Calmora magnesium", severity: "warning" }],
    },
    {
      text: "Thanks @VitaFixUK for the care package, my night-shift essentials are sorted 🙏",
      errors: [{ messageId: "undeclared", excerpt: "@VitaFixUK", severity: "warning" }],
    },
    {
      text: "Partnered with Medivio this year to bring you their new BP monitor, honest review to follow",
      errors: [{ messageId: "undeclared", excerpt: "Medivio", severity: "warning" }],
    },
    {
      text: "Sleep tip: I swear by the Somnia weighted blanket. Linked in my bio!",
      errors: [{ messageId: "undeclaredMaybe", excerpt: "Somnia", severity: "warning" }],
    },
    {
      text: "Obsessed with my new Oura ring, use my code DRSAM20 for 20% off 💍",
      errors: [{ messageId: "undeclared", excerpt: "Oura ring", severity: "warning", messageIncludes: "use my code" }],
    },
    {
      text: "Huge thanks to Galderma for the all expenses paid trip to Paris ✨",
      errors: [{ messageId: "undeclared", excerpt: "Galderma" }],
    },
    {
      text: "Loving my Dexcom, get yours here https://dexcom.com/shop?ref=drjo",
      errors: [{ messageId: "undeclared", excerpt: "Dexcom", messageIncludes: "affiliate link" }],
    },
    {
      name: "a declared interest in another company does not cover this one",
      text: "Loving my Dexcom, get yours here https://dexcom.com/shop?ref=drjo",
      options: { context: { declaredInterests: ["Medtronic"] } },
      errors: [{ messageId: "undeclared", excerpt: "Dexcom" }],
    },
    {
      text: "Use my code DRJO10 for 10% off at checkout 🛒 link in bio",
      errors: [{ messageId: "cueOnly", excerpt: "Use my code" }],
    },
    {
      text: "So grateful to be a brand ambassador for Medichecks! Your health, your data 💪",
      errors: [{ messageId: "undeclared", excerpt: "Medichecks" }],
    },
    {
      text: "Thank you Huel for sending me this huge box, breakfast on nights sorted 🙌",
      errors: [{ messageId: "undeclared", excerpt: "Huel", severity: "warning" }],
    },
    {
      text: "Lovely dinner tonight at the Ivy, all expenses paid by Novo Nordisk after the obesity symposium 🍷",
      errors: [{ messageId: "undeclared", excerpt: "Novo Nordisk" }],
    },
    {
      name: "a brand no list knows, with a personal link",
      text: "Honestly the best moisturiser for shift workers is GlowLab's night serum. 15% off with my link in bio ✨",
      errors: [{ messageId: "undeclared", excerpt: "GlowLab's", severity: "warning" }],
    },
    {
      name: "a company-like handle thanked for a gift",
      text: "Massive thanks to @NutriMedUK for the amazing goodie bag at the conference 🎁 Check them out!",
      errors: [{ messageId: "undeclared", excerpt: "@NutriMedUK" }],
    },
    {
      name: "an endorsement of a named company's product to prescribers, no commercial cue",
      text: "I've moved all my asthma patients onto Respira Health's new smart inhaler. Game changer.",
      errors: [{ messageId: "undeclared", excerpt: "Respira Health's" }],
    },
    {
      name: "an unnamed product with an affiliate link written without https",
      text: "The only pen torch I'll use on nights, this one never dies 🔦 amzn.to/4kQ2wXz",
      errors: [{ messageId: "cueOnly", excerpt: "amzn.to/4kQ2wXz" }],
    },
    {
      name: "gratitude to a brand for a gift",
      text: "Massive thanks to @NovaDermUK for the gorgeous hamper of samples 😍",
      errors: [{ messageId: "undeclared", excerpt: "@NovaDermUK", severity: "warning" }],
    },
    {
      name: "paid travel with the company as the subject",
      text: "Back from Lisbon! Boston Scientific flew the whole cath lab team out for the launch 🥂",
      errors: [{ messageId: "undeclared", excerpt: "Boston Scientific", severity: "warning" }],
    },
    {
      name: "'should be using' a product, with a personal link",
      text: "Honestly every physio should be using RehabPal with their clients. Sign up at rehabpal.io/drkate",
      errors: [{ messageId: "undeclared", excerpt: "RehabPal", severity: "warning" }],
    },
    {
      name: "'one of the best' of a product, with a link in bio",
      text: "One of the best vitamin D supplements on the market is SunBoost. Link in bio",
      errors: [{ messageId: "undeclared", excerpt: "SunBoost", severity: "warning" }],
    },
    // generalisation pass (dev8): an interest shown only by a code, a tag or a team
    { name: "a bare capitals code at checkout after a favourite product", text: "Recovery day essentials: my favourite massage roller and a stretch. NURSEKAY10 at checkout 💙", errors: [{ messageId: "undeclared", excerpt: "my favourite massage roller", severity: "warning" }] },
    { name: "a bare code for a percentage off", text: "Swapped every patient I could onto this sleep spray 💤 DOCBEN for 20% off", errors: [{ messageId: "undeclared", excerpt: "this sleep spray", severity: "warning" }] },
    { name: "a gift basket from a brand's handle", text: "Look at this PR package from @glowdermco 😍 clients will love the serum when we stock it!", errors: [{ messageId: "undeclared", excerpt: "@glowdermco", severity: "warning" }] },
    { name: "thanks to a brand's handle after praising its product", text: "This protein shake is why my rehab clients recover faster 💪 thank you @NutriPeakUK", errors: [{ messageId: "undeclared", excerpt: "@NutriPeakUK", severity: "warning" }] },
    { name: "thanks for a named company's support after presenting its product", text: "Presented our audit of the new wound gel at the regional meeting. Thanks to everyone at SkinShield for all their support this year!", errors: [{ messageId: "undeclaredMaybe", excerpt: "the new wound gel", severity: "info" }, { messageId: "undeclaredMaybe", excerpt: "SkinShield", severity: "warning" }] },
    { name: "the author's own team at a company selling an app", text: "Our triage app cuts waiting times in half. Get a free trial from my team at TriageHub today", errors: [{ messageId: "undeclared", excerpt: "TriageHub", severity: "warning" }] },
    { name: "my fave product on sale with a link in bio", text: "My fave electric toothbrush is half price this weekend, 40% off! link in bio", errors: [{ messageId: "cueOnly", excerpt: "% off", severity: "warning" }] },
    { name: "a device praised after its maker's launch event", text: "Highlight of the congress was the launch event for RhythmIQ's new patch monitor, everyone with palpitations should really get one.", errors: [{ messageId: "undeclared", excerpt: "RhythmIQ's", severity: "warning" }] },
    { name: "an app the author would recommend to anyone", text: "I've been really impressed with SugarSense, the best app of its kind, and I'd recommend it to anyone with diabetes.", errors: [{ messageId: "undeclared", excerpt: "SugarSense", severity: "warning" }] },
    { name: "an implant called the best on the market, asked for by name", text: "In my view the Orion knee is the best implant on the market: ask your surgeon for it by name.", errors: [{ messageId: "undeclared", excerpt: "Orion", severity: "warning" }] },
    { name: "thanks for sending a product still reads as a gift", text: "Thank you @Lumispa for sending your new serum, honestly obsessed 😍", errors: [{ messageId: "undeclared", excerpt: "@Lumispa", severity: "warning" }] },
    { name: "a personal code offered to all followers is still the author's", text: "Loving these Stride clogs, code AMYRN15 gets all my followers 15% off 👟", errors: [{ messageId: "undeclared", excerpt: "Stride clogs", severity: "warning" }] },
    { name: "a joke elsewhere in the post does not take back a code", text: "Night shift survival kit: these Zenna compression socks, code NURSEJO10 for 10% off. The kidding stops at 3am.", errors: [{ messageId: "undeclared", excerpt: "these Zenna compression socks", severity: "warning" }] },
  ],
});
