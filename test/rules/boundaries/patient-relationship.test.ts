import rule from "../../../src/engine/rules/boundaries/patient-relationship";
import { ruleTester } from "../../support/rule-tester";

// GMP 53 and Doctors' use of social media 10-11: do not pursue relationships with patients or those
// close to them; decline patients' friend requests and point them to a professional page.
ruleTester(rule, {
  valid: [
    { name: "a wife who was registered at the practice but never treated by the author", text: "My wife was a patient of the practice before we met, totally fine per the guidance since I never treated her" },
    { name: "a patient asking after the author's husband", text: "My patient asked about my husband, I said he is well and changed the subject" },
    { name: "a colleague's lunch invitation", text: "My registrar invited me for Sunday lunch with her family, so kind" },
    { name: "patients who join the practice's supporters' group", text: "Some patients become friends of the practice: our patient participation group is brilliant" },
    { name: "a message to the author's patients pointing them to the practice page", text: "A message to all my patients: the practice page is the place for questions, not my personal account." },
    // the author's own new relationship with someone met at a wedding; bloods labelled with a patient's number
    { name: "seeing someone met at a friend's wedding", text: "I'm seeing someone new, met him at a friend's wedding in June. So happy!" },
    { name: "bloods labelled with his number", text: "Labelled the bloods with his number and sent them off." },
    // coffee with colleagues, and a practice's own Messenger page
    { name: "going for a coffee with the ward team", text: "Going for a coffee with the ward team after nights, then bed." },
    { name: "a practice's Messenger page for opening hours", text: "Our practice is on Messenger now: message us there for opening hours, not for medical advice." },
    // an account that is no patient sliding into DMs, colleagues and a pharmacy following back
    { name: "a random account in the DMs asking for advice, sent to 111", text: "Some random account slides into my DMs asking for free medical advice every week, I point them to 111." },
    { name: "fellow GPs following the author back", text: "Finally hit 1,000 followers and a few fellow GPs followed me back, thanks all!" },
    { name: "the local pharmacy following a practice page back", text: "Our new practice page is up and the local pharmacy has already followed me back 😊" },
    // generalisation pass (dev11)
    { name: "leftover tablets from the author's own op are not a patient met at an op", text: "Got some spare paracetamol left from my op, anyone who needs it drop me a message 😊" },
    { name: "telling patients not to add a personal account keeps the boundary", text: "Please don't add my personal account, use the practice page for anything about your care." },
    { name: "friend requests from patients, declined a few sentences later, are a boundary kept", text: "Friend requests from patients are the strangest part of being a GP in a small town. I had two this week. I get it, we see each other at the school gates. But I decline them every time and point them to the practice page." },
    { name: "a first-person refusal paragraphs after a patient's message on Instagram", text: "A patient found my Instagram and messaged me about her results. It's a small town, it happens. Lovely of her. I politely declined and asked her to ring the surgery." },
    { name: "a teaching case about another doctor's match", text: "Case for discussion: an FY2 matched on Hinge with someone from her colposcopy list. What should she do?" },
    { name: "the author's own dating life around night shifts", text: "Dating on a registrar rota: cancelled another second date because of nights. The apps should come with a shift filter 😂" },
    { name: "a patient's request for the author's number, refused", text: "The gentleman in bay 3 asked for my number at discharge. Reader, I did not give it 😅" },
    { name: "patients who found the author's account, redirected", text: "To the patients who've found me on TikTok: lovely to hear from you, but please contact the surgery about your care." },
    // generalisation round (dev4/dev5): the same shapes with no patient in them, the patient's own
    // behaviour, advice, and a medicine offered by text (a prescribing matter, not a relationship)
    { name: "finding an account online that is not a patient's", text: "Found a brilliant sourdough account on Instagram, my weekends are sorted 🍞" },
    { name: "texting family most nights", text: "Texting my sister most nights since she moved to Sydney, the time difference is brutal" },
    { name: "a medicine offered by text is remote prescribing, not a relationship", text: "Friends and family: if anyone needs a repeat script for their inhaler just text me x" },
    { name: "a patient who flirted with everyone", text: "Shout out to the patient who flirted with every nurse on the ward, 94 and still a charmer 😂" },
    { name: "a dating-app match with no patient", text: "Matched on Hinge with a lovely vet, first date on Saturday 😍" },
    { name: "a friend request to people from the author's own antenatal class", text: "Sent a friend request to the couple from my antenatal class, our babies are due the same week!" },
    { name: "advice on a former patient's message", text: "If a former patient messages you on Instagram, reply that you can't mix social and professional contact." },
    { name: "following people the author knows socially is not following patients", text: "Followed all my old teammates from the rugby club on Insta, what a bunch of legends" },
    { name: "a friend request from a school friend", text: "Accepted a friend request from my lovely old neighbour, 20 years on!" },
    { name: "a secret that is not about a patient", text: "Planning my husband's surprise 40th, don't mention it to anyone at his work!" },
    // counterparts of the cases below that must pass
    "Added a few of the old uni crowd on Facebook, what a throwback 😂",
    "Asked out the barista who does the flat whites by the station. She said yes!! 💕",
    "Looked up the new NICE guidance on Instagram-friendly infographics, very handy",
    "Message me on WhatsApp for prices, consultations from £40 and a prescription if suitable.",
    { name: "your care addressed, advice to use the practice", text: "Questions after your op? Please ring the practice rather than messaging me here." },
    "Matched with a lovely guy on Hinge 😍",
    "If a patient adds you on Facebook, politely decline and point them to the practice page.",
    "Add me on LinkedIn, fellow GPs!",
    "A patient asked me out today 😳 I said no obviously",
    "Matched with a kidney donor today after 3 years on the list!",
    "My patient on Tinder again 🙄 swiped left",
    "Patients can follow our practice page for clinic updates and flu jab dates.",
    "First date with my husband was 10 years ago today ❤️",
    { name: "a story reported as someone else's", text: "She said a patient sent her a friend request and she didn't know what to do. Decline, always." },
    { name: "teaching about boundaries", text: "Reminder for FY1s: never accept friend requests from patients. GMC guidance is clear on boundaries." },
    // generalisation round (dev8): friendly shapes with no patient, or the official channel itself
    { name: "a practice pointing patients to its official booking page", text: "Patients can now book their dressing changes through the practice website, quicker than the phones at 8am." },
    { name: "friends from medical school, not patients", text: "Fifteen years since we met in anatomy and now we're godparents to each other's kids. Best friends forever 💕" },
    { name: "dinner at a colleague's house", text: "Sunday dinner at the house of my old reg and her wife, she still makes the best roast in Yorkshire" },
    { name: "a nurse saying she never accepts friend requests from patients", text: "If you've had a home visit from me, thank you for the kind words! I can't accept friend requests from patients, but the team page is linked below." },
    { name: "drinks together with the ward team", text: "Leaving do for our ward manager last night and we got absolutely wrecked together 😂 what a send-off" },
    { name: "a night out with the ward team is not socialising with patients", text: "Christmas party with the ward team last night and we got absolutely hammered together 😂" },
    { name: "'you'd never know' in a post with no boundary phrase", text: "That lovely family from the children's ward sent a card today. You'd never know what the wee man went through." },
    // generalisation round (dev12): the author's reported "I can't", a date that is a day, a married
    // patient described, a patient engaged in talk, a patient's request for a number turned down
    { name: "a patient's request for Instagram answered with the GMC's line", text: "A lady on the ward asked for my instagram. Told her I can't mix work and my personal accounts, but the unit has a page 🙂" },
    { name: "a request for a personal number answered 'I'm not allowed'", text: "one of my pts asks for my number every single visit. i always say i'm not allowed, he laughs every time" },
    { name: "the date a patient was seen is no date", text: "Please check the date the patient was last reviewed before you sign the chart." },
    { name: "a married patient, engaged in conversation", text: "Engaged the patient in a chat about his garden while I took bloods; a married patient of 60 years had plenty of tips." },
    { name: "marrying the author's own partner, met at university", text: "Three years since I married the love of my life, met at uni long before any patients 💍" },
  ],
  invalid: [
    // dev13 round (GMP 53, social media 10-11): a patient now the author's partner; singleness offered to a patient; following patients back; patients' invitations accepted
    { name: "a patient the author now calls his boyfriend", text: "Two years ago he was my patient, now hes my boyfriend. The heart wants what it wants", errors: [{ messageId: "dating", excerpt: "hes my boyfriend", severity: "error" }] },
    { name: "a registered patient now the author's wife", text: "She was my patient for years and is now my wife; she is even still registered with me", errors: [{ messageId: "dating", excerpt: "now my wife", severity: "error" }] },
    { name: "singleness offered to a man the author treated", text: "To the chap whose wrist I splinted on Tuesday: if youre single, drop me a message x", errors: [{ messageId: "dating", excerpt: "if youre single", severity: "error" }] },
    { name: "a pharmacist telling a treated reader she is single", text: "To the lady I vaccinated at the drive-through clinic: if you're single, I'd love to buy you a coffee", errors: [{ messageId: "dating", excerpt: "if you're single", severity: "error" }] },
    { name: "a post to the author's patients saying they have all been followed back", text: "A message to all my diabetic patients: I have followed you all back on Instagram so I can see how the diets are going!", errors: [{ messageId: "befriending", excerpt: "followed you all back", severity: "error" }] },
    { name: "patients becoming friends, with drinks on Fridays", text: "When patients become friends it is lovely, we go for drinks most Fridays now", errors: [{ messageId: "socialising", excerpt: "become friends", severity: "error" }] },
    { name: "an invitation to dinner from a couple met in clinic", text: "Lovely retired couple from clinic have invited me for Sunday dinner at theirs, think I will go", errors: [{ messageId: "maybe", excerpt: "invited me for Sunday dinner", severity: "warning" }] },
    // ¶10-11, GMP 53: a relationship announced with someone met as a patient; a patient's number given to the author
    { name: "seeing someone the author met when he was admitted under their team", text: "I'm seeing someone! We met when he was admitted under our team in the spring. Six months on and so happy.", errors: [{ messageId: "maybe", excerpt: "I'm seeing someone", severity: "warning" }] },
    { name: "a lad from bay 4 who gave the author his number", text: "The lad from bay 4 gave me his number when he was discharged, should I text him?", errors: [{ messageId: "dating", excerpt: "gave me his number", severity: "error" }] },
    // ¶10-11: Messenger is a personal channel like WhatsApp or Instagram
    { name: "a patient who added the author and chats on Messenger", text: "A patient from my Tuesday clinic added me last week and we've been chatting on Messenger every night.", errors: [{ messageId: "befriending", excerpt: "added me last week and we've been chatting on Messenger", severity: "error" }] },
    { name: "an old patient looked up on Messenger", text: "Found my old patient on Messenger last night and messaged her to see how she's doing after the op.", errors: [{ messageId: "seekingOut", excerpt: "Found my old patient on Messenger", severity: "error" }] },
    // ¶10-11: the patient sliding into the author's DMs, answered; a patient following the author back after the author followed them
    { name: "a discharged patient who slides into the author's DMs, answered", text: "The patient I discharged on Friday slides into my DMs every night now and honestly I reply 🙈", errors: [{ messageId: "privateChannel", excerpt: "slides into my DMs", severity: "error" }] },
    { name: "a lad from the author's clinic list who followed the author back", text: "Lovely lad from my clinic list followed me back last night, we've been chatting since 😏", errors: [{ messageId: "maybe", excerpt: "followed me back", severity: "warning" }] },
    { name: "a match with someone the author x-rayed", text: "The lad I x-rayed this morning just matched with me on Hinge 😍 swiping right", errors: [{ messageId: "dating", excerpt: "swiping right", severity: "error" }] },
    { name: "a client steered to a personal account instead of the practice page", text: "Lovely to see you at clinic, I can tell you're one of our regulars! Add my personal Insta, quicker than the practice page x", errors: [{ messageId: "maybe", excerpt: "Add my personal", severity: "warning" }] },
    { name: "leaving a personal number for a patient", text: "Tempted to leave my number on her dressing chart, she was gorgeous 😍 patient from bay 4", errors: [{ messageId: "privateChannel", excerpt: "leave my number", severity: "error" }] },
    {
      name: "a friend request accepted is not undone by refusing something else later",
      text: "A patient sent me a friend request last night. We'd got on so well in clinic. I accepted it and we're meeting for a drink Friday. I refused to let the rota stop me.",
      errors: [{ messageId: "befriending", severity: "error", excerpt: "patient sent me a friend request" }],
    },
    { name: "ongoing messages with a former outpatient named in the line before", text: "A former outpatient of mine got in touch to say thanks. We've been texting every night since, he's such a sweetheart 🥰", errors: [{ messageId: "privateChannel", excerpt: "been texting every night", severity: "error" }] },
    { name: "looking a person up, with the patient named in the line after", text: "How do you find someone on Instagram with only a first name? Asking for... a patient I cannulated on Friday 😇", errors: [{ messageId: "maybe", excerpt: "find someone on Instagram", severity: "warning" }] },
    // generalisation round (dev4/dev5): finding a treated person's profile, messaging a former patient,
    // an invitation to someone the author treated, a match seen on a clinic list, a friend request to
    // a family met at a birth, and proposals that "should" does not turn into advice
    { name: "finding on Instagram a person the author treated", text: "Found the lad I plastered in fracture clinic on Insta last night 👀 very different out of a cast", errors: [{ messageId: "seekingOut", excerpt: "Found the lad I plastered in fracture clinic on Insta", severity: "error" }] },
    { name: "stumbling onto a patient's OnlyFans", text: "Stumbled on my patient's OnlyFans this weekend 😳 small world", errors: [{ messageId: "seekingOut", excerpt: "Stumbled on my patient's OnlyFans", severity: "error" }] },
    { name: "messaging a former patient every night, no platform named", text: "Still texting a former patient from the stroke unit most nights, she says I'm the only one who listens", errors: [{ messageId: "privateChannel", excerpt: "texting a former patient", severity: "error" }] },
    { name: "an invitation to the person the author stitched", text: "To the lad whose finger I stitched in minors last night: you were a legend. Fancy a pint sometime? DM me 😉", errors: [{ messageId: "dating", excerpt: "Fancy a pint", severity: "error" }, { messageId: "privateChannel", excerpt: "DM me", severity: "error" }] },
    { name: "a dating-app match seen on a clinic list", text: "Matched on Bumble with a guy from yesterday's vasectomy list 😂 awkward", errors: [{ messageId: "dating", excerpt: "Matched on Bumble", severity: "error" }] },
    { name: "a friend request to a family met at a delivery", text: "Sent a friend request to the couple from Friday's water birth, such a special delivery 🥰", errors: [{ messageId: "befriending", excerpt: "friend request", severity: "error" }] },
    { name: "results offered over a personal Instagram", text: "@jess_92 message me on my personal insta and I'll go through your biopsy results later 😘", errors: [{ messageId: "privateChannel", excerpt: "my personal insta", severity: "error" }] },
    { name: "'we should' is a proposal, not advice", text: "So lovely to bump into you after your op! We should grab a coffee sometime ☕", errors: [{ messageId: "maybe", excerpt: "grab a coffee sometime", severity: "warning" }] },
    { name: "'should I swipe' is a question, not advice", text: "The guy I discharged from clinic last week popped up on my Hinge 👀 should I swipe right??", errors: [{ messageId: "dating", excerpt: "swipe right", severity: "error" }] },
    { name: "accepting a friend request from one of 'my diabetic clinic mums' is befriending a patient", text: "Accepted a friend request from one of my diabetic clinic mums today, she's such a laugh 😂", errors: [{ messageId: "befriending", excerpt: "friend request", severity: "error" }] },
    { name: "following 'my regulars from the ward' on a personal account", text: "Followed a few of my regulars from the ward on TikTok, their videos are brilliant", errors: [{ messageId: "befriending", excerpt: "Followed a few of my regulars from the ward on TikTok", severity: "error" }] },
    {
      name: "secrecy about meeting a patient outside work",
      text: "Bumped into one of my clinic ladies in town. Coffee next week, just don't mention it to anyone at the surgery 🤫",
      errors: [{ messageId: "maybe", excerpt: "don't mention it to anyone", severity: "warning" }],
    },
    {
      name: "patients and a platform, apart",
      text: "Added a couple of my long-term patients on Instagram, we've been through so much together 🥹",
      errors: [{ messageId: "befriending", excerpt: "Added a couple of my long-term patients on Instagram", severity: "error" }],
    },
    {
      name: "looking a patient up online",
      text: "Checked out my new patient on Facebook before her appointment, her wedding photos are something else 😂",
      errors: [{ messageId: "seekingOut", excerpt: "Checked out my new patient on Facebook", severity: "error" }],
    },
    {
      name: "a clinical act by the author says who the person is",
      text: "Asked out the woman whose wrist I plastered on Tuesday. Wish me luck 🤞",
      errors: [{ messageId: "dating", excerpt: "Asked out", severity: "error" }],
    },
    {
      name: "the reader addressed as a patient",
      text: "Lovely to bump into you in Tesco after your op! Text me your number and we'll grab a drink sometime 🍻",
      errors: [{ messageId: "privateChannel", excerpt: "Text me your number", severity: "error" }],
    },
    {
      name: "a pronoun back to a patient's relative",
      text: "My patient's dad was so charming at clinic today. Thinking of asking him for a drink 🍷",
      errors: [{ messageId: "dating", excerpt: "asking him for a drink", severity: "error" }],
    },
    {
      text: "Just matched with my patient from last week on Hinge 😳 swiping right obviously",
      errors: [{ messageId: "dating", excerpt: "swiping right", severity: "error" }],
    },
    {
      text: "Her mum from clinic added me on Facebook so I accepted, she's lovely 🙈",
      errors: [{ messageId: "befriending", excerpt: "added me on Facebook", severity: "error" }],
    },
    {
      text: "Finally got a date with that fit bloke from bay 4 now he's discharged 😏",
      errors: [{ messageId: "dating", excerpt: "got a date with" }],
    },
    {
      text: "Patients, DM me if you have any questions about your results",
      errors: [{ messageId: "privateChannel", excerpt: "DM me" }],
    },
    {
      text: "Googled my patient after clinic and found her Instagram, she's an influencer lol",
      errors: [{ messageId: "seekingOut", excerpt: "Googled my patient" }],
    },
    {
      text: "Gave the patient my number in case she needs anything over the weekend",
      errors: [{ messageId: "privateChannel", excerpt: "Gave the patient my number" }],
    },
    {
      name: "dating a former patient",
      text: "Two years of dating an ex-patient and honestly best decision ever 💕",
      errors: [{ messageId: "dating", excerpt: "dating an ex-patient" }],
    },
    {
      text: "Accepted a friend request from a patient I looked after on nights, we're going for coffee next week ☕",
      errors: [{ messageId: "befriending", excerpt: "Accepted a friend request from a patient" }],
    },
    // generalisation round (dev8): befriending, meeting and private channels with the patient implied
    { name: "a nurse inviting the patients she visited to her personal Facebook", text: "If you had a wound dressing visit from me this spring, do accept my friend request so we can stay in touch!", errors: [{ messageId: "befriending", excerpt: "accept my friend request", severity: "error" }] },
    { name: "patients of mine told to message a personal account instead of the practice", text: "Patients of mine: add me on Insta and message me there, honestly easier than the surgery reception 🙂", errors: [{ messageId: "befriending", excerpt: "add me on Insta", severity: "error" }] },
    { name: "a personal channel offered as quicker than the clinic email", text: "Snap me (kerry.rehab) if you want your rehab exercises changed between appointments, way faster than the clinic email", errors: [{ messageId: "privateChannel", excerpt: "Snap me", severity: "error" }] },
    { name: "a friendship formed with a regular patient", text: "Bumped into one of my dialysis regulars at the swimming pool and now we're swim buddies 🏊 brunch on Saturday!", errors: [{ messageId: "socialising", excerpt: "we're swim buddies", severity: "error" }] },
    { name: "drinking together with a patient the author discharged", text: "Bumped into the lad I discharged on Monday at the rugby club and we got hammered together 🍻", errors: [{ messageId: "socialising", excerpt: "hammered together", severity: "error" }] },
    { name: "dinner at the home of a family met on the ward", text: "Lovely tea at the house of that family from the neonatal unit, their little girl is thriving 🥰", errors: [{ messageId: "maybe", excerpt: "tea at the house", severity: "warning" }] },
    { name: "trying to get the number of a patient the author delivered", text: "How can I get the number of the lady I delivered on Sunday? Would love to catch up with her 💕", errors: [{ messageId: "seekingOut", excerpt: "get the number of", severity: "error" }] },
    { name: "dating after discharge because he's no longer a patient", text: "He asked me out after his op and I said yes 🙈 he's no longer my patient, so it's fine?", errors: [{ messageId: "dating", excerpt: "no longer my patient", severity: "error" }] },
    { name: "announcing being single to a man the author looked after", text: "To the gentleman I looked after in bay 2 last week: I'm single now, if you're still interested 😉", errors: [{ messageId: "dating", excerpt: "I'm single now", severity: "error" }] },
    // generalisation round (dev12): a romance verb with a patient as its object, a patient's request for
    // the author's personal account granted, a returned follow, a patient's profile found
    { name: "marrying someone met as a patient", text: "Five years ago today I married the patient I clerked on my first night shift, five years ago today 💍", errors: [{ messageId: "dating", excerpt: "married the patient", severity: "error" }] },
    { name: "engaged to a former patient's brother", text: "guess who's engaged to my old patient's brother 💍 we met at her bedside lol", errors: [{ messageId: "dating", excerpt: "engaged to my old patient's", severity: "error" }] },
    { name: "patients asking for the author's Snapchat, and given it", text: "my clinic patients keep asking for my snap and honestly i just give it to them, easier that way", errors: [{ messageId: "privateChannel", excerpt: "asking for my snap", severity: "error" }] },
    { name: "a follow from a patient returned", text: "The man from bay 6 I discharged yesterday followed me on TikTok, so I added him back 🙈", errors: [{ messageId: "befriending", excerpt: "added him back", severity: "error" }] },
    { name: "finding the reader's Facebook after looking after them", text: "to the gentleman i nursed on ward 9 in june: found your facebook and sent you a message, hope ur well!", errors: [{ messageId: "seekingOut", excerpt: "found your facebook", severity: "error" }] },
  ],
});
