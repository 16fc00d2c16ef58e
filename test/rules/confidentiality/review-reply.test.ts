import rule from "../../../src/engine/rules/confidentiality/review-reply";
import { ruleTester } from "../../support/rule-tester";

const reply = { context: { platform: "review-reply" as const } };

ruleTester(rule, {
  valid: [
    // ¶14: a practice page speaking to every reader ("if you...", "while you...") confirms no one's visit
    { name: "a practice's notice about interpreters, 'if you need one at your appointment'", text: "Need an interpreter? If you want one at your appointment, let reception know when you book. It costs you nothing.", options: { context: { platform: "facebook" as const } } },
    { name: "a practice asking everyone not to leave dogs in cars while they pop in for an appointment", text: "Please don't leave dogs in the car while you nip in for your appointment, it gets hot fast. We'd rather you brought them in.", options: { context: { platform: "facebook" as const } } },
    // ¶14 (tune9): having declined, a pointer to the private channel ("ring the number on your appointment letter") confirms nothing new
    { name: "declined, then signposted to the appointment letter", text: "Hi Sam, we can't discuss anyone's care in public, but please ring the number on your appointment letter and the practice manager will help.", options: reply },
    { name: "declined, then asked to contact us quoting the appointment", text: "We never comment on individual patients online. Please contact the surgery quoting your appointment date and we will look into it.", options: reply },
    { name: "a practice's note quoting a confirming phrase as what it will never write", text: "Replies policy: we will never post phrases such as \"during your stay\" because that alone confirms you were with us.", options: reply },
    { name: "a practice explaining that even writing a stock phrase would confirm a visit", text: "Why our review replies are short: even saying 'we remember your visit' would confirm someone came here. Please ring us instead.", options: reply },
    // dev10 pass: a titled person or the reader's relative said to have attended, a clinician who saw the reader, a reviewer's rating or feeling answered
    { name: "a titled public figure's visit in a post that answers nobody", text: "Mr Hughes the headteacher attended our careers evening and was brilliant with the sixth formers." },
    { name: "a rating the author gave a hotel", text: "Gave the hotel 2 stars, the breakfast was cold and the pool was shut." },
    { name: "sympathy to a friend who was unhappy with the weather", text: "So sorry you were disappointed by the rain on your holiday, next year will be better!" },
    { name: "Twitter's reply header to a colleague", text: "Replying to @drkhan: great slides, thanks for sharing them with the registrars." },
    { name: "a reply to an unhappy reviewer that declines and offers a private channel", text: "We're sorry you were unhappy. We can't discuss anyone's care online, so please contact our practice manager.", options: reply },
    // the author's own review of products, a story about replying, and a visit still to come are not replies to a patient
    { name: "a headline over the author's own review of products", text: "Honest review of the two blood glucose meters we stock: both accurate, pick the one your hands find easiest." },
    { name: "a confession about nearly replying to some review quotes what not to say", text: "Years ago I nearly replied to a negative review with 'your scan showed nothing' and thankfully deleted it before posting." },
    { name: "'you'll get an honest opinion at your consultation' invites a visit still to come", text: "Our before-and-after gallery shows clients who agreed to share their photos. Results vary and you'll get an honest opinion at your consultation." },
    { name: "'you will meet the surgeon at your appointment' is an advert's promise", text: "Our knee clinic is now open on Saturdays. You will meet your surgeon at your appointment and we explain every option." },
    { name: "a clinic's advert inviting readers to book their consultation confirms no one's visit", text: "Our new skin booster prices are here! Book your consultation today and meet our nurse prescriber." },
    { name: "a reply that confirms nothing and offers a private channel", text: "Thank you for your feedback. We can't discuss anyone's care online, but our practice manager would like to hear from you on the number on our website.", options: reply },
    { name: "a general apology about waiting times", text: "We're sorry the phones were busy this morning. We've added two receptionists on Mondays.", options: reply },
    { name: "the practice's patient services team is a service, not a patient", text: "Thanks for your review. Please ask for the patient services team and they will call you back.", options: reply },
    { name: "not a review reply: a public-health post", text: "Your blood pressure is worth checking once a year after 40. Pop into any pharmacy.", options: {} },
    { name: "a reply that says it cannot discuss care", text: "We're sorry to hear this. We never discuss your treatment or anyone's in public; please email the practice so we can look into it.", options: reply },
    // generalisation pass: replies that confirm nothing and name no one's care
    { name: "declining to discuss treatment", text: "Thank you for your feedback. We can't discuss anyone's treatment online, but please call the practice manager.", options: reply },
    { name: "a service named after a treatment, not the reviewer's care", text: "Thanks for your review! Our physiotherapy self-referral service is open to everyone registered with us.", options: reply },
    { name: "the car park", text: "We're sorry the car park was full. We've asked the council for more spaces.", options: reply },
    { name: "thanks passed to the team", text: "Thank you for the lovely review, we'll pass it on to the whole team.", options: reply },
    { name: "privacy first, a private channel offered", text: "We're sorry to read this. To protect your privacy we never comment on individual care here; please email us.", options: reply },
    { name: "a post thanking a family is not a review reply", text: "To the family who sent us flowers after their dad's stay: thank you, it meant a lot to the team." },
    { name: "public-health advice that sounds like a reply", text: "Sorry to hear so many of you are struggling with hay fever: antihistamines from any pharmacy help." },
    { name: "phone lines", text: "Thanks for your feedback about the phone lines; we've added a call-back option from Monday.", options: reply },
    { name: "the complaints procedure is admin, not care", text: "Our complaints procedure is on our website; please use it so we can look into this properly.", options: reply },
    { name: "appointments in general", text: "Thanks for your review. Appointments can now be booked online at any time of day.", options: reply },
    { name: "a wait explained without care", text: "We're sorry you waited so long on Monday; two of our doctors were off sick.", options: reply },
    { name: "a welcome in general terms", text: "Thanks for the 5 stars! We're so glad you found the team welcoming.", options: reply },
    { name: "an invitation to discuss privately", text: "We understand your frustration. Please contact us privately so we can discuss your concerns.", options: reply },
    { name: "feedback about the building", text: "Thank you for taking the time. Your comments about the waiting room chairs have gone to the estates team.", options: reply },
    { name: "a reply declining to confirm anything, naming no care", text: "We can neither confirm nor deny whether anyone is registered here, but our door is always open.", options: reply },
    // generalisation pass 2: replies recognised without a platform, and "you" that means anyone
    { name: "a clinic's public notice where 'you' is anyone", text: "Botox gone wrong? If you've had a treatment anywhere and notice drooping, call us. We help whoever you were treated by, free of charge.", options: {} },
    { name: "a follow-up appointment called a review is not a reviewer's post", text: "Reminder to our diabetes patients: bring your meter to your review, we'll download it for you.", options: {} },
    { name: "'sorry you feel' in a reply that confirms nothing", text: "Sorry you feel that way, Dave. We can't discuss anyone's care online, so please ring our practice manager.", options: {} },
    { name: "thanking a reviewer without a word about their care", text: "Thank you Maureen for the lovely review! The whole team loved reading it.", options: {} },
    // "you" beside "people" or "everyone" is every reader, not one reviewer
    { name: "a reflection about people in general", text: "Physio life: people always apologise for being sweaty. Honestly, we're just happy you came in and did the exercises." },
    { name: "thanks to everyone who came to a flu clinic", text: "To everyone who came to our flu clinic: when you attended on Saturday you helped us hit 500 jabs, thank you!" },
    { name: "an optician's general note on glaucoma checks", text: "We're sorry appointments ran late on Saturday. Glaucoma checks can take longer than a standard eye test, so we're adding an extra clinic.", options: reply },
    { name: "a general reply about longer slots for eye conditions", text: "Thank you for your feedback. Some patients with macular degeneration need longer appointments, and we'll review how we book them.", options: reply },
    // echoing the reviewer's complaint in a reply that declines to confirm anything
    { name: "sorry to hear about the outcome of 'your treatment', then a refusal to confirm anyone was seen", text: "Thank you for taking the time to write. We're sorry to hear you were disappointed with the outcome of your treatment. We never confirm or discuss whether anyone has been seen here in a public reply. Please ring our practice manager, who would be glad to talk it through.", options: reply },
    { name: "sorry you feel 'your referral' was slow, then general information only", text: "Thanks for your feedback. We're sorry you feel your referral took too long. We cannot discuss any individual's care online, but in general referrals are sent within five working days. Please get in touch with the surgery directly.", options: reply },
    // dev12 round: a reviewer talked about in the third person, with no care of theirs told; a clinician's own review of a patient
    { name: "a reviewer described, nothing about her care", text: "the lady who left us a 1 star review because the car park was full has a point tbh, it's a nightmare 🚗" },
    { name: "a man who posted a kind review, thanked in general", text: "shout out to the man who wrote that lovely review about the reception team, made their week 💛" },
  ],
  invalid: [
    {
      name: "a reply that looks back at the reviewer's own visit, 'when you came in'",
      text: "We're sorry. When you came in for your appointment last Tuesday we were two doctors down.",
      options: { context: { platform: "facebook" as const } },
      errors: [{ messageId: "confirms", excerpt: "When you came in" }, { messageId: "confirms", excerpt: "your appointment" }],
    },
    { name: "declined, then told what happened at the appointment", text: "We can't discuss anyone's care in public. Your appointment on Tuesday was cancelled because you arrived late.", options: reply, errors: [{ messageId: "confirms", severity: "error", excerpt: "Your appointment on" }, { messageId: "confirms", severity: "error", excerpt: "you arrived late" }] },
    // dev13 round (¶14): a confirming phrase quoted as an example of what not to write is mentioned, not said; quoted words in a real reply do not hide what it says
    { name: "a reply that quotes a word and then confirms the appointment", text: "Dear Sandra, \"sorry\" is not enough, I know. As discussed at your appointment, the scan was normal.", options: reply, errors: [{ messageId: "discloses", severity: "error", excerpt: "As discussed at your appointment" }, { messageId: "discloses", severity: "error", excerpt: "scan" }] },
    { name: "a reply that remembers the reviewer's visit", text: "Reply to Tom: we remember your visit and the x-ray was clear.", options: reply, errors: [{ messageId: "confirms", severity: "error", excerpt: "your visit" }, { messageId: "discloses", severity: "error", excerpt: "x-ray" }] },
    // dev12 round (¶14, GMP 69): the reviewer talked about in the third person is answered all the same
    { name: "the man who gave one star, his symptoms told", text: "the guy who gave us one star on google forgot to mention he came in with chest pain and walked out before his ECG", errors: [{ messageId: "discloses", severity: "error", excerpt: "chest pain" }, { messageId: "discloses", severity: "error", excerpt: "ECG" }] },
    { name: "whoever wrote the review, her labour told", text: "whoever wrote that review about our birth centre: she went into labour at 2am and had the best midwife we have", errors: [{ messageId: "discloses", severity: "error", excerpt: "went into labour" }] },
    {
      name: "a reply that says a titled reviewer attended and declined",
      text: "We're sorry to read this. Mrs Collins attended on the 4th and declined the blood test we offered.",
      options: reply,
      errors: [{ messageId: "confirms", severity: "error", excerpt: "Mrs Collins attended" }],
    },
    {
      name: "a reply to a rating that tells the reader how long their daughter waited",
      text: "To whoever left us 1 star: your daughter waited twenty minutes for her x-ray, which is well under our target.",
      errors: [
        { messageId: "confirms", severity: "error", excerpt: "your daughter waited" },
        { messageId: "discloses", severity: "error", excerpt: "x-ray" },
      ],
    },
    {
      name: "a reply that says the nurse saw the reviewer",
      text: "Thanks for your review. The nurse who saw you followed the guidance to the letter.",
      options: reply,
      errors: [{ messageId: "confirms", severity: "error", excerpt: "nurse who saw you" }],
    },
    {
      name: "a reply that sums up the reviewer's course of therapy",
      text: "We're sorry you were disappointed. Your counselling ended after eight sessions because you stopped attending.",
      errors: [
        { messageId: "discloses", severity: "error", excerpt: "counselling" },
        { messageId: "discloses", severity: "error", excerpt: "you stopped" },
      ],
    },
    {
      name: "an honest review thanked, then the reviewer's care told back, is a reply",
      text: "Thanks for the honest review. Your blood pressure was high when you came in, which is why we referred you.",
      errors: [
        { messageId: "discloses", severity: "error", excerpt: "blood pressure" },
        { messageId: "confirms", severity: "error", excerpt: "when you came in" },
        { messageId: "discloses", severity: "error", excerpt: "we referred" },
      ],
    },
    {
      name: "'as you'll recall' looks back at a visit that happened",
      text: "As you'll recall, at your appointment we explained the risks of the extraction.",
      errors: [
        { messageId: "confirms", severity: "error", excerpt: "at your appointment" },
        { messageId: "discloses", severity: "error", excerpt: "extraction" },
      ],
    },
    {
      name: "a reply telling one reviewer their consultation felt rushed confirms the visit",
      text: "Thanks for your message. We're sorry your consultation with our nurse about your eczema felt rushed. Please call us.",
      errors: [
        { messageId: "confirms", severity: "error", excerpt: "your consultation" },
        { messageId: "discloses", severity: "error", excerpt: "eczema" },
      ],
    },
    {
      name: "an echoed complaint does not cover the records quoted in the same sentence",
      text: "Thanks for your feedback. We're sorry you feel your referral took too long, but our records show we referred you on the day of your appointment. We cannot discuss this further online.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "our records show" }, { messageId: "discloses", excerpt: "referred you" }, { messageId: "confirms", excerpt: "your appointment" }],
    },
    {
      name: "a refusal to discuss care does not cover the care told after the apology",
      text: "We're sorry to hear you were unhappy. You were seen by Dr Khan on Tuesday and your bloods came back normal. We can't discuss care in public, so please call us.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "You were seen by" }, { messageId: "discloses", excerpt: "bloods" }],
    },
    {
      name: "confirming the reviewer attended",
      text: "We're sorry you felt rushed when you attended on Tuesday, but the wait was due to an emergency.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "when you attended" }],
    },
    {
      name: "rebutting a complaint with the reviewer's records",
      text: "Our records show you cancelled three appointments before this one.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "Our records show" }, { messageId: "discloses", excerpt: "you cancelled" }],
    },
    {
      name: "naming the medicine in a pharmacy's reply",
      text: "Your finasteride wasn't ready because the repeat script hadn't arrived from your surgery.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "finasteride" }],
    },
    {
      name: "justifying the treatment given to the reviewer's child",
      text: "Sorry you were unhappy. As we discussed at the time, antibiotics weren't given because the doctor followed national guidance.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "As we discussed" }, { messageId: "discloses", excerpt: "weren't given" }, { messageId: "discloses", excerpt: "followed national guidance" }],
    },
    {
      name: "a relative's stay confirmed",
      text: "We're disappointed by this review after everything the team did for your dad during his stay.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "for your dad" }, { messageId: "confirms", excerpt: "during his stay" }],
    },
    {
      name: "a reply recognised by its opening, without the platform setting",
      text: "Thank you for your review. Your filler was placed correctly and your swelling is normal for two weeks.",
      errors: [{ messageId: "discloses", excerpt: "filler" }, { messageId: "discloses", excerpt: "swelling" }],
    },
    // generalisation pass: what was done to "you", results, narrated visits, the reviewer's relatives
    {
      name: "a dose change done to 'your' medicine",
      text: "Thanks for the feedback, Jo. We reduced your dose because your kidney function had dropped.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "reduced your" }, { messageId: "discloses", excerpt: "dose" }],
    },
    {
      name: "what the practice gave the reviewer",
      text: "Sorry you're unhappy. The antibiotics we gave you were the right choice for a chest infection.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "antibiotics" }, { messageId: "discloses", excerpt: "gave you" }, { messageId: "discloses", excerpt: "chest infection" }],
    },
    {
      name: "a test result given with 'the'",
      text: "Thank you for your review. The biopsy came back clear, so there was nothing further to do.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "biopsy" }],
    },
    {
      name: "'you came to us with' confirms and discloses",
      text: "For context, you came to us with a three-week-old wound that had already been dressed at home.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "you came to us with" }, { messageId: "discloses", excerpt: "wound" }],
    },
    {
      name: "narrating what the reviewer did in their care",
      text: "You signed for the extraction knowing the tooth was cracked below the gum line.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "You signed" }, { messageId: "discloses", excerpt: "extraction" }, { messageId: "discloses", excerpt: "tooth" }],
    },
    {
      name: "a reply recognised by 'Reply from the owner'",
      text: "Reply from the owner: your filler was placed exactly where you asked for it.",
      errors: [{ messageId: "discloses", excerpt: "filler" }],
    },
    {
      name: "a treatment said to be working for the reviewer",
      text: "So pleased the physio exercises are working for you, see you next month!",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "physio" }],
    },
    {
      name: "care given to the reviewer's mother",
      text: "We did everything we could for your mother while she was on the ward.",
      options: reply,
      errors: [{ messageId: "confirms", excerpt: "for your mother" }],
    },
    {
      name: "a medicine named after 'your'",
      text: "We couldn't issue your diazepam early, as the prescriber explained at the time.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "diazepam" }],
    },
    {
      name: "a symptom and a test with their results",
      text: "Your chest pain was fully assessed and your ECG was completely normal.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "chest pain" }, { messageId: "discloses", excerpt: "ECG" }],
    },
    {
      name: "a clinical verb next to 'your'",
      text: "We vaccinated your son on the day you asked us to, so we don't understand this review.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "vaccinated your" }],
    },
    {
      name: "a condition named to the reviewer",
      text: "We understand your frustration, but eczema this severe needs a dermatologist, which is why you were referred.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "eczema" }, { messageId: "discloses", excerpt: "you were referred" }],
    },
    {
      name: "a website reply opening 'We're sorry to read this'",
      text: "We're sorry to read this. Your smear result was normal and we wrote to you about it in May.",
      options: { context: { platform: "website" } },
      errors: [{ messageId: "discloses", excerpt: "smear result" }],
    },
    {
      name: "a body part after 'your' with a finding",
      text: "Sorry to hear this. Your knee was x-rayed on the day and showed no fracture.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "knee" }],
    },
    {
      name: "reassuring a happy reviewer about their treatment",
      text: "Thanks for the lovely review! Glad the new inhaler is settling your wheeze.",
      options: reply,
      errors: [{ messageId: "discloses", excerpt: "inhaler" }],
    },
    // generalisation pass 2: a reply to one reviewer, however it opens, on any platform
    {
      name: "'Response to <name>:' opens a reply that discloses a diagnosis",
      text: "Response to Paul H.: Paul, your scan in March showed gallstones, which is why you were referred to the surgeons.",
      errors: [{ messageId: "discloses", excerpt: "scan" }, { messageId: "discloses", excerpt: "gallstones" }, { messageId: "discloses", excerpt: "you were referred" }],
    },
    {
      name: "'sorry you feel that way' answering a reviewer, then their treatment",
      text: "Sorry you feel that way Denise. Your physio programme was built around your shoulder replacement and needed weekly sessions.",
      errors: [{ messageId: "discloses", excerpt: "physio" }, { messageId: "discloses", excerpt: "shoulder" }],
    },
    {
      name: "'the lovely review' thanks a reviewer and then names their operation",
      text: "Thanks Brian for the lovely review! Delighted the new knee is behaving and you're walking the dog again.",
      errors: [{ messageId: "discloses", excerpt: "knee" }],
    },
    {
      name: "a reviewer's relative's visit told back to them by name",
      text: "Gemma, your mum was seen within twenty minutes and her x-ray was normal. Please stop posting falsehoods about our team.",
      errors: [{ messageId: "confirms", excerpt: "your mum was" }, { messageId: "discloses", excerpt: "x-ray" }],
    },
    {
      name: "'Sir,' and 'you came in with' confirms the reviewer's visit",
      text: "Sir, you came in with a broken crown after biting a bottle top. We fixed it the same day.",
      errors: [{ messageId: "confirms", excerpt: "you came in with" }, { messageId: "discloses", excerpt: "crown" }],
    },
    {
      name: "the practice answering one person about their visit, off a review site",
      text: "We were surprised by this. When you attended on Tuesday you were told the crown would need two visits.",
      errors: [{ messageId: "confirms", severity: "error", excerpt: "When you attended" }, { messageId: "discloses", severity: "error", excerpt: "you were told" }, { messageId: "discloses", severity: "error", excerpt: "crown" }],
    },
    {
      name: "'people' in a reply that is answering one reviewer",
      text: "Sorry you feel that way. Lots of people wait on a Monday, but when you came in you were triaged within ten minutes.",
      errors: [{ messageId: "confirms", severity: "error", excerpt: "when you came in" }],
    },
    {
      name: "a reply naming the reviewer's eye condition",
      text: "Thanks for the feedback, Dave. With your macular degeneration we always book a longer slot, so do tell us if that doesn't suit.",
      options: reply,
      errors: [{ messageId: "discloses", severity: "error", excerpt: "macular degeneration" }],
    },
    {
      name: "a reply giving the reviewer's glaucoma as the reason for a wait",
      text: "Apologies for the wait! As you'll remember, your glaucoma means the pressure test is repeated, which adds ten minutes.",
      options: reply,
      errors: [{ messageId: "discloses", severity: "error", excerpt: "glaucoma" }],
    },
    {
      name: "'your' before a condition naming a clinic still makes it the reviewer's",
      text: "Sorry you had to wait, Jo. Your asthma review overran because the nurse was covering two clinics.",
      options: reply,
      errors: [{ messageId: "discloses", severity: "error", excerpt: "asthma" }],
    },
  ],
});
