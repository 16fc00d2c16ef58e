import rule from "../../../src/engine/rules/advertising/misleading-claims";
import { ruleTester } from "../../support/rule-tester";

// GMP 70: information about your services must be factual and checkable and must not exploit
// vulnerability; the cosmetic guidance forbids "risk free", guarantees and time-pressure offers.
ruleTester(rule, {
  valid: [
    { name: "colleagues praised as the best in the country, with nothing sold", text: "Our ward sisters are the best in the country, no question. Thank you for another brutal winter ❤️" },
    { name: "a free tool the author built, with no claim", text: "I developed QuizMed with two friends as students; it's free and the question bank is open to everyone." },
    { name: "'the best advice is no treatment' ranks the advice, not the clinic", text: "At our skin clinic every treatment starts with a doctor's consultation. Often the best advice is no treatment at all." },
    { name: "limited appointments as staff's working conditions, not a countdown", text: "Our practice nurses are doing their best with limited appointments this winter. Please be patient with them." },
    { name: "an old product doing everything the author does, in a sale", text: "selling my old steth, £40, it does everything i do on the wards lol" },
    // dev12 round: a closing date or a pass rate with nothing sold
    { name: "places closing for a charity run", text: "Places close tonight for the hospice fun run, sign up on their website 🏃" },
    { name: "a deanery's exam pass rate, reported", text: "Our deanery's MRCP pass rate was 78% this year, well done everyone 🎉" },
    { name: "'for a limited time' after a treatment is how long to use it", text: "Strong steroid creams like Dermovate are safe used for a limited time. Our clinic nurses can show you how much to apply. Book online." },
    // long-post round (dev9): a shape's words that describe time, illness or emphasis, not a sale
    { name: "a number of hours after 'until' is a length of time, not a sale's deadline", text: "Stay off work until 48 hours after the sickness stops. Our travel clinic: £25 per vaccine, book online." },
    { name: "an illness that comes to everyone is not a promised result", text: "January is when everyone gets ill. Book your flu jab at reception, £15 for non-eligible adults." },
    { name: "'more than anything' as emphasis compares with nothing", text: "Sleep matters more than anything for teenagers. Book a review with our clinic nurse." },
    { name: "an NHS service's outcome, described with 'our' and a long name", text: "Our frequent-attender outreach service cut ED visits by 30% in a year, simply by giving people a named key worker." },
    { name: "a colleague's combined plan described in teaching", text: "Our physio and OT combined plan helped Mr B walk again after his stroke: a thread on goal setting in rehab." },
    { name: "an NHS notice that tells you what it will do", text: "The NHS will tell you if you're eligible for the RSV vaccine: it's safe and it works. Book when invited." },
    // generalisation round (dev4/dev5): the same words as advice, as a denial, or as the author's own life
    { name: "a frequency in asthma advice is not a comparison", text: "Asthma check: if you need your reliever more than three times a week, book a review with the practice nurse." },
    { name: "a denied 'instant energy'", text: "Caffeine doesn't give you instant energy, it just hides tiredness. Book a sleep clinic referral through your GP if it's getting you down." },
    { name: "feeling like a new woman after a holiday", text: "A week in Cornwall and I feel like a new woman! Back on the ward tomorrow 💪" },
    { name: "a warning about 'cures' with side effects named once", text: "Our leaflet on hangover drips: they don't cure anything, and side effects include bruising and infection. Book a chat with the pharmacist if unsure." },
    // recall round 3 (claim shapes): the same words in public-health invitations, evidence statements
    // ("in trials"), honest answers about risk, a comparison with what people think, doses, charity
    // sales, and posts that sell nothing
    { text: "Statins reduce the risk of heart attack by about 25% in trials. Side effects are usually mild but ask if you're worried." },
    { text: "No treatment is guaranteed to work for everyone; we'll talk through the risks at your consultation." },
    { text: "Filler can cause bruising, swelling and, rarely, blocked blood vessels. Choose a prescriber who can manage complications." },
    { text: "Flu vaccine clinic: book now, limited slots on Saturday, free for over-65s." },
    { text: "HPV vaccine prevents around 90% of cervical cancers. Book your daughter's catch-up dose with the school nurse." },
    { text: "Stopping smoking is the single best thing you can do for your lungs. Free NHS support is available." },
    { text: "Our clinic's waiting list is closing on Friday for new referrals; existing patients are unaffected." },
    { text: "Physio works better than surgery for most meniscal tears in middle-aged knees, as the trials show." },
    { text: "Spaces left on our free BLS course for staff next Tuesday, sign up via the intranet." },
    { text: "Vaccines are the safest way to protect your baby from measles. Talk to your health visitor." },
    { text: "Feeling self-conscious about acne? You're not alone, and your GP can help. Treatments work, but they take time." },
    { text: "This new inhaler is no better than the old one in trials, and costs twice as much. Stick with what works." },
    { text: "Exercise is the closest thing we have to a miracle drug. 150 minutes a week, no gym needed." },
    { text: "Our team delivered 100% of two-week-wait appointments on time this quarter. Proud of them." },
    { text: "Last chance to fill in the staff survey before it closes at midnight!" },
    { text: "Sunscreen every day protects against skin cancer and ageing. SPF 30+, reapply every 2 hours." },
    { text: "Is \"zero downtime\" ever true? No. Every cosmetic procedure has recovery time and risks. Ask before you book." },
    { text: "Paracetamol is safe for most people at the right dose, but more is not better. Max 4g a day." },
    { text: "Prices for private ADHD assessments vary widely; ask what's included before you pay." },
    { text: "Mounjaro isn't a quick fix: expect nausea early on and plan for what happens when you stop." },
    { text: "Breastfeeding lowers the risk of ear infections, but fed is best. No judgement here." },
    { text: "Cataract surgery is one of the most successful operations in the NHS; 9 in 10 people see better afterwards." },
    { text: "Want to look your best for the wedding? Sleep, water and sunscreen beat any tweakment 😉" },
    { text: "Only 3 beds left in the whole hospital tonight. Please use 111 and pharmacies if you can." },
    { text: "Evidence: semaglutide cut weight by 15% on average in STEP-1, with GI side effects in about 40%." },
    { text: "Our hospice shop sale ends Sunday, everything half price, all proceeds to patient care 💜" },
    { text: "Booking for the new diabetes education course closes Friday. It's free and honestly brilliant for newly diagnosed patients." },
    { text: "Laser eye surgery isn't risk-free and isn't for everyone: dry eye is common. Ask about it at your consultation, £0." },
    { text: "Our GP practice now offers evening appointments; book online or call reception from 8am." },
    { text: "Statins are safer than many people think; talk to your GP about your own risk." },
    { text: "Our flu clinic fills up fast: book before Friday if you're eligible 💉" },
    { text: "Surgery isn't better than physio for most knee pain; the trials show physio first." },
    { text: "Nobody needs to feel embarrassed about piles. See your GP, it's common and treatable." },
    { text: "Only 3 appointments left for the free NHS health checks this week, book via reception" },
    { text: "Take one tablet twice a day with food; the pharmacist can explain the price of a prepayment certificate." },
    { text: "Smoking is the biggest cause of preventable death in the UK. Free support is available from your GP." },
    { text: "Our new MRI scanner is faster and quieter than the old one, which patients will appreciate." },
    { text: "Booking is now open for flu jabs; slots fill up fast so book early if you're eligible." },
    { text: "Don't wait for symptoms: if your child swallows a button battery, go straight to A&E." },
    { text: "Book before Friday to secure a place on our free diabetes education course" },
    { text: "Stopping smoking is better than any nicotine patch for your lungs" },
    { text: "Last few spaces on our free NHS antenatal classes, book via the link" },
    { text: "Our new GP practice app is faster than ringing at 8am 🙌 download it today" },
    { text: "Never worry about running out of inhalers again: order repeats through the NHS app" },
    { text: "Physio is safer than surgery for most back pain, and it's free on the NHS" },
    { name: "a deadline negated in weight-loss advice", text: "You won't lose a stone in a month safely: aim for 0.5 to 1 kg a week and see your GP if you're struggling." },
    // built claims: ordinary clinical or staff talk with the same words is not a claim
    { name: "symptom free as a clinical expectation", text: "Most patients are symptom free within a week of starting treatment; if not, come back and see us." },
    { name: "scar-free asked about to warn", text: "Is any cosmetic procedure really scar-free? No. Ask your surgeon about scarring before you book." },
    { name: "'for everyone' in an honest answer", text: "Sadly there's no cure that works for everyone with fibromyalgia, but pacing helps many people." },
    { name: "an absolute about a team, not an outcome", text: "Our team will always listen, every single time you call. Thank you to our receptionists!" },
    { name: "'number 1' as a priority, not a rank", text: "Number 1 priority this winter: get your flu jab if you're eligible." },

    // claims built from parts, used about someone else's advert or to warn (not an advert)
    "Beware clinics that claim a 100% success rate or zero complications. Every procedure has risks; ask about them.",
    { name: "a superlative about a training post, not a service", text: "Our practice is proud to be the best place to train in the region, thank you to all our registrars!" },
    { name: "a cure verb in an honest answer", text: "Surgery doesn't cure everyone, and our surgeons will talk you through the realistic results." },
    { name: "thread veins are not a teaching thread, but a plain service post still has no claim", text: "Our skin clinic now treats thread veins with sclerotherapy. Consultations from £60." },
    // public health is not advertising a service
    "Vaccines are safe and effective. Please book your flu jab if you're eligible.",
    "The MMR vaccine is completely safe for almost everyone, and measles is not. Talk to your practice nurse.",
    // claims examined in teaching, or questioned
    "No risk of pregnancy with the coil? Not quite: teaching thread",
    // negated claims
    "No treatment is risk-free: before any cosmetic procedure ask who is doing it and what could go wrong.",
    "There's no such thing as guaranteed results with filler, and anyone who says otherwise is selling something.",
    // ordinary language outside an advert
    "Patient safety is our number one priority on this ward.",
    "Painless jaundice in an older adult needs urgent imaging. #MedEd",
    "Treat yourself to an early night after a run of nights 😴",
    { name: "an NHS flu clinic is not selling", text: "Flu clinic this Saturday at the surgery, book now! Last chance before the season peaks." },
    // a service mentioned without claims
    { name: "plain clinic advert with no claims", text: "Our skin clinic now offers consultations for acne scarring. Book via the link in bio." },
    // generalisation pass (dev8): claims by implication, and their honest look-alikes
    { name: "a trial result on prevention, with its source, in a teaching post", text: "In the trial the vaccine prevented 90% of admissions; NICE now recommends it for over-75s." },
    { name: "a patient's own recovery described without a product", text: "Proud of my rehab patients this month, so many of them are walking further than before." },
    { name: "a clinic saying stock of a free leaflet is limited", text: "Our new falls leaflet is out. Limited stock in the waiting room, so please take one per household." },
    { name: "physio advice about timescales, no product sold", text: "Most ankle sprains settle in weeks. Keep moving gently and ice it for the first day or two." },
    // generalisation pass (dev11): access, advice to spend less and a comparison with a clause are no claims
    { name: "'no referral needed' says how to be seen", text: "Our NHS walk-in sexual health clinic: free testing, no referral needed, book online or just turn up." },
    { name: "'more anxiety than they're worth' compares with nothing sold", text: "Scans like these cause more anxiety than they're worth. Talk to us before you book, £49 consult." },
    { name: "advice to buy the cheapest one that works", text: "Honest advice: just buy the cheapest thermometer that works, £8 at any chemist." },
    { name: "advice to pick the cheapest one you can find", text: "Pick the cheapest one you can find, they all work, £5 at the chemist." },
    // generalisation pass (dev11): a race for an offer and scarcity of one
    { name: "a race to the car park sells nothing", text: "First to arrive gets the best parking at the hospital, honestly." },
    { name: "cake in the staff room is not an offer", text: "First person to comment gets the last slice of cake in the staff room 🍰" },
    { name: "one shift left before a holiday is not scarcity", text: "Only one more night shift left before my holiday!" },
    // generalisation pass (dev10): benefit lists, weights lost, outcomes guaranteed, "money can buy", supply as advert
    { name: "a teaching note listing what B12 deficiency causes", text: "Vitamin B12 injections treat pernicious anaemia; low B12 can affect energy and mood, so check levels before assuming." },
    { name: "a trial result for a weight-loss medicine, with its evidence", text: "In the trials, people on Wegovy lost on average 15% body weight over 68 weeks: the study also showed nausea was common." },
    { name: "the author's own past weight loss", text: "I lost 2 stone last year by cycling to work, no pills, no jabs, just stubbornness." },
    { name: "happiness money can't buy", text: "A thank-you card from a family after a hard week: the kind of thing money can't buy." },
    { name: "a guaranteed pass in an exam joke with nothing sold", text: "Revision tip: sleep is not optional. Nobody gets a guaranteed pass on four hours a night." },
    { name: "bring a friend to a charity walk", text: "Bring a friend to the sepsis awareness walk this Sunday, we start at the hospital gates at ten." },
    { name: "quoted ad claims held up as what to walk away from", text: "'Zero risk, guaranteed results!' If a salon promises this, leave. Every procedure carries risk." },
    // public-health talk may bust myths; "100%" denied is caution, not a claim
    { name: "a flu clinic notice that busts a myth", text: "Flu jabs at our surgery this Saturday. The vaccine can't give you flu, and side effects are mild. Book via reception." },
    { name: "no vaccine said to be 100% effective", text: "No vaccine is 100% effective, but the flu jab at our practice cuts your risk a lot. Book now." },
  ],
  invalid: [
    { name: "a flu clinic that guarantees the outcome", text: "Covid boosters at our pharmacy this week, walk in any time, you won't catch it this winter, guaranteed!", errors: [{ messageId: "claim", severity: "error", excerpt: "guaranteed" }] },
    { name: "a test advertised as 100% accurate", text: "Home HIV test kits from our clinic, 100% accurate, only £29 with free delivery", errors: [{ messageId: "claim", severity: "error", excerpt: "100% accurate" }] },
    { name: "a treatment advertised as 100% effective", text: "Our laser fungal nail treatment is 100% effective, book your first session for £60", errors: [{ messageId: "claim", severity: "error", excerpt: "100% effective" }] },
    // a ranking over a whole place in an app's advert; the author's own branded product sold with claims
    { name: "an app's doctors ranked the quickest in the UK, with a download call", text: "Skip the queue with FastDoc: our GPs are the quickest in the UK. Download now, first month free.", errors: [{ messageId: "claim", severity: "error", excerpt: "quickest in the UK" }] },
    { name: "a supplement the author formulated, sold with a proof claim", text: "I developed MemoraPlus after years in memory clinic. Clinically proven to sharpen recall in 14 days.", errors: [{ messageId: "claimMaybe", severity: "warning", excerpt: "Clinically proven" }] },
    // the superlative ranks the provider, and a countdown still sells when something is "left"
    { name: "a superlative clinic in a priced advert", text: "The best aesthetics clinic in Leeds! Book now at our clinic, £150 per session.", errors: [{ messageId: "claim", severity: "error", excerpt: "best aesthetics" }] },
    { name: "limited appointments left in a priced filler advert", text: "Lip filler £99 at our clinic, book now with limited appointments left 💋", errors: [{ messageId: "claim", severity: "error", excerpt: "limited appointments" }] },
    { name: "a product said to do everything a medicine does", text: "Our herbal sleep capsules do everything zopiclone does, no prescription, £25 a month", errors: [{ messageId: "claim", excerpt: "do everything zopiclone does", severity: "error" }] },
    // dev12 round: a course's pass rate sold against a closing date; an offer rationed to the first few
    { name: "a 100% pass rate with places closing", text: "Our ultrasound skills course has a 100% pass rate. Bookings close Friday!", errors: [{ messageId: "claim", excerpt: "100% pass rate", severity: "error" }, { messageId: "claim", excerpt: "Bookings close Friday", severity: "error" }] },
    { name: "a cure claim with a discount for the first few", text: "my lymph drainage massage cures cellulite for good 🔥 20% off for the first 5 clients", errors: [{ messageId: "claim", excerpt: "cures cellulite", severity: "error" }, { messageId: "claim", excerpt: "for good", severity: "error" }, { messageId: "claim", excerpt: "for the first 5", severity: "error" }] },
    { name: "the cheapest in town at the author's own studio is a claim", text: "Why pay more? Get the cheapest lip filler in town at our studio, £79", errors: [{ messageId: "claim", excerpt: "cheapest", severity: "error" }] },
    { name: "no diet needed is still effort promised away", text: "Lose weight without dieting! No diet needed with our £99 programme, book now", errors: [{ messageId: "claimMaybe", excerpt: "No diet needed", severity: "warning" }] },
    { name: "a race to book for a cosmetic add-on", text: "Hydrafacial £75 this weekend. First to book gets a free LED add-on ✨", errors: [{ messageId: "claim", excerpt: "First to book gets", severity: "error" }] },
    { name: "the first five to message get the price", text: "Lip flip offer £90 💋 first five to DM me get this price", errors: [{ messageId: "claim", excerpt: "first five to DM me get", severity: "error" }] },
    { name: "scarcity of a single appointment", text: "Lip filler: just one appointment left on Saturday, £180. DM to book 💋", errors: [{ messageId: "claim", excerpt: "just one appointment", severity: "error" }] },
    {
      name: "'for a limited time' on a clinic's offer is still a deadline",
      text: "Lip filler £150 at our clinic for a limited time! Book now before the slots go.",
      errors: [{ messageId: "claim", severity: "error", excerpt: "limited time" }],
    },
    {
      name: "a deadline given as a date still rushes a sale",
      text: "20% off anti-wrinkle injections until 31st! Book now 💉",
      errors: [{ messageId: "claim", excerpt: "until 31", severity: "error" }],
    },
    {
      name: "everyone getting results is still a guarantee",
      text: "Everyone gets results with our skin boosters, £120 a session, DM to book.",
      errors: [{ messageId: "claim", excerpt: "Everyone gets", severity: "error" }],
    },
    {
      name: "'longer than anything' is still a comparison that cannot be checked",
      text: "Our filler lasts longer than anything else on the market. £180, book now.",
      errors: [{ messageId: "claim", excerpt: "longer than anything", severity: "error" }],
    },
    {
      name: "offers said to exploit patients are being criticised: only a faint note is left",
      text: "Two-for-one offers on facelifts exploit vulnerable people. Ask your surgeon about risks before you book.",
      errors: [{ messageId: "claimMaybe", excerpt: "Two-for-one", severity: "info" }],
    },
    {
      name: "our own combined treatment 'cures' a condition in one session, guaranteed",
      text: "Our acupuncture + cupping combo cures migraines in one session, guaranteed 🙌",
      errors: [{ messageId: "claim", excerpt: "cures migraines", severity: "error" }, { messageId: "claimMaybe", excerpt: "in one session", severity: "warning" }, { messageId: "claim", excerpt: "guaranteed", severity: "error" }],
    },
    {
      name: "health claims sold as what the NHS won't tell you",
      text: "Ozone sauna sessions cure brain fog and reverse arthritis 🧖 the secret the NHS doesn't want you to know",
      errors: [{ messageId: "claim", excerpt: "cure brain fog", severity: "error" }, { messageId: "claim", excerpt: "reverse arthritis", severity: "error" }],
    },
    // generalisation round (dev4/dev5): cure claims in the past tense and for hangovers, a complaint
    // "melted away", instant benefits, transformation promises, and a month-only deadline (GMP 70; CAP 12.1)
    {
      name: "a drip that 'cured' hangovers and will cure yours",
      text: "Our recovery drip cured my worst hangovers in an hour and it'll cure yours too 💧 £120, book at the link",
      errors: [{ messageId: "claim", excerpt: "cured my worst hangovers", severity: "error" }],
    },
    {
      name: "injections that melt the stress away, this month only",
      text: "Clenching at night? Our masseter injections melt the stress away. £180 this month only!",
      errors: [{ messageId: "claim", excerpt: "melt the stress away", severity: "error" }, { messageId: "claim", excerpt: "this month only", severity: "error" }],
    },
    {
      name: "vitamin shots for instant energy",
      text: "Vitamin shots for instant energy ⚡ walk in any Saturday, £30, no booking needed",
      errors: [{ messageId: "claim", excerpt: "instant energy" }],
    },
    {
      name: "one session to feel like a new man",
      text: "One session and you'll feel like a new man 💪 £60, book via the link in bio",
      errors: [{ messageId: "claim", excerpt: "feel like a new man" }],
    },
    // recall round 3 (claim shapes): comparisons without evidence, absolute reach or safety, scarcity
    // and deadlines on a sale, insecurity about looks, results promised at once or for good, ranks
    // by acclaim, guarantees of an outcome (GMP 70; CAP 3.7, 12.1)
    {
      text: "Our weight-loss programme works for everyone, results in 30 days or your money back 💸 Book today",
      errors: [{ messageId: "claim", excerpt: "works for everyone", severity: "error" }, { messageId: "claimMaybe", excerpt: "in 30 days", severity: "warning" }, { messageId: "claim", excerpt: "or your money back", severity: "error" }],
    },
    {
      text: "Fastest recovery in the North West: walk out the same day, back to the gym in 48 hours! Book your consult 📲",
      errors: [{ messageId: "claimMaybe", excerpt: "Fastest recovery", severity: "warning" }],
    },
    {
      text: "Stronger than Botox and twice as long-lasting ✨ our peptide injections, £180",
      errors: [{ messageId: "claim", excerpt: "Stronger than Botox", severity: "error" }, { messageId: "claim", excerpt: "twice as long", severity: "error" }],
    },
    {
      text: "Only 2 appointments remaining this month, prices rise on 1st March! 📅 DM to book",
      errors: [{ messageId: "claim", excerpt: "Only 2 appointments", severity: "error" }, { messageId: "claim", excerpt: "prices rise", severity: "error" }],
    },
    {
      text: "Book before Friday and save £100 on your tummy tuck consultation 🔥",
      errors: [{ messageId: "claim", excerpt: "before Friday", severity: "error" }],
    },
    {
      text: "Better results than surgery, none of the risk. Our HIFU facelift from £350.",
      errors: [{ messageId: "claim", excerpt: "Better results than surgery", severity: "error" }, { messageId: "claim", excerpt: "none of the risk", severity: "error" }],
    },
    {
      text: "Everyone leaves looking 10 years younger 😍 Non-surgical facelift, DM for prices",
      errors: [{ messageId: "claim", excerpt: "Everyone leaves looking 10 years younger", severity: "error" }],
    },
    {
      text: "Still hiding your smile? Our veneers will give you the confidence you deserve 😁 Finance available",
      errors: [{ messageId: "claimMaybe", excerpt: "hiding your smile", severity: "warning" }, { messageId: "claimMaybe", excerpt: "the confidence you deserve", severity: "warning" }],
    },
    {
      text: "Embarrassed in photos? Nobody needs to put up with a double chin in 2025. Fat dissolving from £150.",
      errors: [{ messageId: "claim", excerpt: "Embarrassed in photos", severity: "error" }, { messageId: "claim", excerpt: "Nobody needs to put up", severity: "error" }, { messageId: "claim", excerpt: "double chin", severity: "error" }],
    },
    {
      text: "100% of our patients would recommend us 🏆 Best hair clinic in Birmingham, book your consultation today",
      errors: [{ messageId: "claim", excerpt: "100% of our patients", severity: "error" }, { messageId: "claim", excerpt: "Best hair clinic", severity: "error" }],
    },
    {
      text: "Our IV drip clears brain fog instantly and protects you from every winter bug 💧 £99",
      errors: [{ messageId: "claim", excerpt: "clears brain fog", severity: "error" }, { messageId: "claim", excerpt: "instantly", severity: "error" }, { messageId: "claim", excerpt: "protects you from every winter bug", severity: "error" }],
    },
    {
      text: "Guaranteed to shift stubborn belly fat in 4 weeks or your next session is free 💪",
      errors: [{ messageId: "claim", excerpt: "Guaranteed to", severity: "error" }, { messageId: "claimMaybe", excerpt: "in 4 weeks", severity: "warning" }, { messageId: "claim", excerpt: "your next session is free", severity: "error" }],
    },
    {
      text: "Completely natural supplement that reverses hair loss with no side effects whatsoever 🌿 Order via link in bio",
      errors: [{ messageId: "claimMaybe", excerpt: "reverses hair loss", severity: "warning" }, { messageId: "claimMaybe", excerpt: "no side effects", severity: "warning" }],
    },
    {
      text: "The ONLY clinic in Kent doctors trust with their own faces 👩‍⚕️ Book now",
      errors: [{ messageId: "claim", excerpt: "The ONLY clinic", severity: "error" }],
    },
    {
      text: "Last 3 slots before Christmas! Don't leave it too late to look your best 🎄 Botox from £150",
      errors: [{ messageId: "claim", excerpt: "Last 3 slots", severity: "error" }, { messageId: "claim", excerpt: "Don't leave it too late", severity: "error" }],
    },
    {
      text: "Why settle for a tired face when you could look refreshed by Friday? Tear trough from £299, book now",
      errors: [{ messageId: "claim", excerpt: "Why settle for a tired face", severity: "error" }],
    },
    {
      text: "Our laser removes every trace of acne scarring, permanently. Book your patch test today",
      errors: [{ messageId: "claim", excerpt: "removes every trace", severity: "error" }, { messageId: "claim", excerpt: "permanently", severity: "error" }],
    },
    {
      text: "Nobody does lips like us 💋 Voted number one in Leeds three years running. Book via link in bio",
      errors: [{ messageId: "claim", excerpt: "Nobody does lips like us", severity: "error" }],
    },
    {
      text: "Sale ends Sunday: 30% off all skin boosters. Once they're gone, they're gone! 💫",
      errors: [{ messageId: "claim", excerpt: "ends Sunday", severity: "error" }, { messageId: "claim", excerpt: "Once they're gone", severity: "error" }],
    },
    {
      text: "Safe for all skin types, suitable for everyone, zero downtime ✨ Chemical peel £85",
      errors: [{ messageId: "claim", excerpt: "Safe for all skin", severity: "error" }, { messageId: "claim", excerpt: "suitable for everyone", severity: "error" }, { messageId: "claim", excerpt: "zero downtime", severity: "error" }],
    },
    {
      text: "Instantly slimmer with no surgery and no risk. Cryolipolysis at our Manchester clinic from £199",
      errors: [{ messageId: "claim", excerpt: "Instantly slimmer", severity: "error" }, { messageId: "claim", excerpt: "no surgery", severity: "error" }],
    },
    {
      text: "Feeling self-conscious on the beach? Summer's coming, get your body sorted now, 20% off till May 1st ☀️",
      // (dev12 round: the sale's deadline, pressure built from parts, is evidence that the insecurity appeal is an advert)
      errors: [{ messageId: "claim", excerpt: "conscious on the beach", severity: "error" }, { messageId: "claimMaybe", excerpt: "till May", severity: "warning" }],
    },
    {
      text: "Clinically superior to every other weight-loss jab on the market 💉 Enquire today",
      errors: [{ messageId: "claimMaybe", excerpt: "superior to every other", severity: "warning" }],
    },
    {
      text: "Patients see 3x faster results with our exclusive protocol vs standard care. Book a discovery call £49",
      errors: [{ messageId: "claim", excerpt: "3x faster", severity: "error" }],
    },
    {
      text: "Price goes up to £250 at midnight ⏰ Anti-wrinkle 3 areas £199, grab yours",
      errors: [{ messageId: "claim", excerpt: "Price goes up", severity: "error" }],
    },
    {
      text: "Rid yourself of migraines for good with our cranial release therapy 🙌 Sessions £60",
      errors: [{ messageId: "claim", excerpt: "Rid yourself of migraines", severity: "error" }],
    },
    {
      text: "Never worry about wrinkles again ✨ Our skin clinic's signature facial, £95. Limited spaces this month",
      errors: [{ messageId: "claim", excerpt: "Never worry about wrinkles again", severity: "error" }, { messageId: "claim", excerpt: "Limited spaces", severity: "error" }],
    },
    {
      text: "Proven to work faster than any diet: our 12-week metabolic reset, £399. Spaces filling up!",
      errors: [{ messageId: "claimMaybe", excerpt: "Proven to work", severity: "warning" }, { messageId: "claim", excerpt: "faster than any diet", severity: "error" }, { messageId: "claim", excerpt: "Spaces filling up", severity: "error" }],
    },
    {
      text: "Our fat-freezing lasts longer than lipo and costs half as much 💙 Book a consult",
      errors: [{ messageId: "claim", excerpt: "longer than lipo", severity: "error" }],
    },
    {
      text: "Guaranteed weight loss or your money back: 12-week plan, £299",
      errors: [{ messageId: "claim", excerpt: "Guaranteed weight loss", severity: "error" }, { messageId: "claim", excerpt: "or your money back", severity: "error" }],
    },
    {
      text: "Free consultation if you book before the end of the month! Lip filler from £120 💋",
      errors: [{ messageId: "claim", excerpt: "if you book before", severity: "error" }],
    },
    {
      text: "Nobody does noses like us. Non-surgical rhinoplasty £350, DM to book",
      errors: [{ messageId: "claim", excerpt: "Nobody does noses like us", severity: "error" }],
    },
    {
      text: "Voted best aesthetics clinic in Kent 🏆 Botox from £160, book today",
      errors: [{ messageId: "claim", excerpt: "Voted best aesthetics", severity: "error" }],
    },
    {
      text: "Our IV drip protects against all winter viruses 💧 £120 per session",
      errors: [{ messageId: "claim", excerpt: "protects against all winter viruses", severity: "error" }],
    },
    {
      text: "Sick of your jowls? Thread lift from £900, finance available",
      errors: [{ messageId: "claim", excerpt: "Sick of your jowls", severity: "error" }],
    },
    {
      text: "Twice as effective as standard Botox and lasts 6 months 💉 Book your slot",
      errors: [{ messageId: "claim", excerpt: "Twice as effective", severity: "error" }, { messageId: "claimMaybe", excerpt: "lasts 6 months", severity: "warning" }],
    },
    {
      text: "Skin clears instantly after one session of our blue light facial, £65",
      errors: [{ messageId: "claim", excerpt: "instantly", severity: "error" }],
    },
    {
      text: "The most natural-looking lips in Essex, guaranteed 💋 DM for prices",
      errors: [{ messageId: "claim", excerpt: "most natural-looking lips", severity: "error" }, { messageId: "claim", excerpt: "guaranteed", severity: "error" }],
    },
    {
      text: "Say hello to a flatter tummy in just 2 weeks with our fat-dissolving jabs, £200",
      errors: [{ messageId: "claim", excerpt: "Say hello to a flatter tummy", severity: "error" }],
    },
    {
      text: "You'll never need another facial after our Hydra-Glow treatment 🌟 Book via the link",
      errors: [{ messageId: "claim", excerpt: "never need another", severity: "error" }],
    },
    {
      text: "Our clinic is rated 5 stars by 100% of clients. Consultations from £50",
      errors: [{ messageId: "claim", excerpt: "100% of clients", severity: "error" }],
    },
    {
      text: "Why put up with thinning hair when our PRP programme works every time? £300/session",
      errors: [{ messageId: "claim", excerpt: "Why put up with", severity: "error" }, { messageId: "claimMaybe", excerpt: "works every time", severity: "info" }],
    },
    {
      text: "Don't wait until your wrinkles set in: book your preventative tox before the month ends",
      errors: [{ messageId: "claimMaybe", excerpt: "before the month", severity: "warning" }],
    },
    {
      text: "Feel 10 years younger after one IV session 💉 Limited spaces, book now",
      errors: [{ messageId: "claim", excerpt: "Limited spaces", severity: "error" }],
    },
    {
      text: "The safest way to lose weight is with our doctor-led injections. No side effects, no hunger 🙌 £199/month",
      errors: [{ messageId: "claim", excerpt: "No side effects", severity: "error" }],
    },
    {
      text: "Cheaper than the high street and better results: book your teeth whitening today",
      errors: [{ messageId: "claim", excerpt: "Cheaper than the high", severity: "error" }],
    },
    {
      text: "✨ Lip filler flash sale ✨ Guaranteed results, zero downtime! Only 3 slots left, DM to book 💋 £99",
      errors: [
        { messageId: "claim", excerpt: "flash sale", severity: "error" },
        { messageId: "claim", excerpt: "Guaranteed results", severity: "error" },
        { messageId: "claim", excerpt: "zero downtime", severity: "error" },
        { messageId: "claim", excerpt: "slots left", severity: "error" },
      ],
    },
    {
      text: "Our IV drips boost your immune system and flush out toxins. Book now at our clinic, £150 per session.",
      errors: [
        { messageId: "claim", excerpt: "boost your immune system", messageIncludes: "health service" },
        { messageId: "claim", excerpt: "flush out toxins" },
      ],
    },
    {
      name: "insecurity in a cosmetic advert",
      text: "Tired of looking tired? Our tear trough filler takes years off. Book your consultation today, £250.",
      errors: [{ messageId: "claim", excerpt: "Tired of looking tired", messageIncludes: "cosmetic" }],
    },
    {
      name: "an unverifiable superlative for a weight-loss service",
      text: "Our new tirzepatide service is the only clinic in Leeds with a dietitian included, from £199 a month",
      errors: [{ messageId: "claim", excerpt: "the only clinic", messageIncludes: "health service" }],
    },
    {
      text: "Best clinic in Manchester for anti-wrinkle treatments 💉 book now, limited availability!",
      errors: [
        { messageId: "claim", excerpt: "Best clinic" },
        { messageId: "claim", excerpt: "limited availability" },
      ],
    },
    {
      text: "Risk-free liposuction with permanent results. Finance available, book a free consultation today.",
      errors: [
        { messageId: "claim", excerpt: "Risk-free" },
        { messageId: "claim", excerpt: "permanent results" },
      ],
    },
    {
      name: "trivialising a procedure",
      text: "Lunchtime procedure, back to work the same day! Botox from £150 at our aesthetics clinic 💉",
      errors: [
        { messageId: "claim", excerpt: "Lunchtime procedure" },
        { messageId: "claim", excerpt: "back to work the same day" },
      ],
    },
    {
      text: "Black Friday: half price skin boosters this weekend only! Book now 🖤",
      errors: [
        { messageId: "claim", excerpt: "Black Friday" },
        { messageId: "claim", excerpt: "half price" },
        { messageId: "claim", excerpt: "this weekend only" },
      ],
    },
    {
      name: "a non-cosmetic private service",
      text: "Our private GP service is clinically proven to get results. Same-day appointments, book online from £79.",
      errors: [{ messageId: "claimMaybe", excerpt: "clinically proven", severity: "warning", messageIncludes: "health service" }],
    },
    {
      name: "a superlative built from parts, and an absolute safety record",
      text: "Our clinic is the most trusted provider of fat freezing in Bristol. Zero complications in 5 years! Book your free consultation 💙",
      errors: [
        { messageId: "claim", excerpt: "most trusted provider", severity: "error" },
        { messageId: "claim", excerpt: "Zero complications", severity: "error" },
      ],
    },
    {
      name: "price superlative and an outcome percentage",
      text: "We're the cheapest hair transplant clinic in the UK with a 99% success rate. DM to book",
      errors: [
        { messageId: "claim", excerpt: "cheapest hair transplant clinic", severity: "error" },
        { messageId: "claim", excerpt: "99% success rate", severity: "error" },
      ],
    },
    {
      name: "a cure verb aimed at a condition",
      text: "Eczema? Our doctor-formulated balm cures eczema in two weeks. Order yours today at our online shop, £29.99",
      errors: [
        { messageId: "claimMaybe", excerpt: "doctor-formulated", severity: "warning" },
        { messageId: "claim", excerpt: "cures eczema", severity: "error" },
      ],
    },
    {
      name: "denigrating the NHS to sell a private service",
      text: "Tired of waiting? Unlike your GP, we see you the same day. Private appointments from £79.",
      errors: [{ messageId: "claim", excerpt: "Unlike your GP", messageIncludes: "denigrates" }],
    },
    {
      name: "insecurity and permanence in a cosmetic laser advert (thread veins are not a teaching thread)",
      text: "Thread veins ruining your confidence? Our laser treatment banishes them in one session, results last forever ✨ Book now",
      errors: [
        { messageId: "claim", excerpt: "ruining your confidence", severity: "error" },
        { messageId: "claimMaybe", excerpt: "in one session", severity: "warning" },
        { messageId: "claim", excerpt: "results last forever", severity: "error" },
      ],
    },
    {
      name: "a harm promised away and a result promised for good",
      text: "Scar-free tattoo removal with our new laser. Gone for good after a single course 💫 Book your patch test, £40.",
      errors: [
        { messageId: "claim", excerpt: "Scar-free", severity: "error" },
        { messageId: "claim", excerpt: "for good", severity: "error" },
      ],
    },
    {
      name: "a rank written 'No. 1' and a result every time",
      text: "Britain's No. 1 rated laser eye surgeons. Perfect vision, every time 👁️ Book your free consultation today.",
      errors: [
        { messageId: "claim", excerpt: "No. 1 rated laser eye surgeons", severity: "error" },
        { messageId: "claim", excerpt: "every time", severity: "error" },
      ],
    },
    {
      name: "a treatment said to reverse a disease for ever",
      text: "This herbal drip reverses type 2 diabetes permanently. Sessions £120.",
      errors: [{ messageId: "claim", excerpt: "reverses type 2 diabetes permanently", severity: "error" }],
    },
    {
      name: "goodbye to a complaint, in a counted number of sessions",
      text: "Say goodbye to acne scars in just two sessions ✨ £180 per session",
      errors: [
        { messageId: "claim", excerpt: "Say goodbye to acne", severity: "error" },
        { messageId: "claimMaybe", excerpt: "in just two sessions", severity: "warning" },
      ],
    },
    {
      name: "a result with a deadline and the effort promised away",
      text: "Lose a dress size in two weeks with our meal plan, no gym needed 🏃 £49",
      errors: [
        { messageId: "claimMaybe", excerpt: "in two weeks", severity: "warning" },
        { messageId: "claimMaybe", excerpt: "no gym needed", severity: "warning" },
      ],
    },
    // generalisation pass (dev8): efficacy implied by a share, a speed or a product credited with a result
    { name: "insoles said to prevent most injuries, with a sales link", text: "As a physio I can tell you these knee sleeves prevent 95% of running injuries. Tap the link to order 🏃", errors: [{ messageId: "claim", excerpt: "prevent 95% of running injuries", severity: "error" }] },
    { name: "a vitamin shot that boosts your energy in minutes, priced", text: "Vitamin shots on Fridays ⚡ boost your energy in minutes! £30 walk-in", errors: [{ messageId: "claimMaybe", excerpt: "boost your energy in minutes", severity: "warning" }] },
    { name: "a supplement credited with patients healing faster, thanked by handle", text: "This protein powder is the reason my clients' wounds close quicker 🌟 thank you @NutriHeal", errors: [{ messageId: "claimMaybe", excerpt: "the reason my clients' wounds close quicker", severity: "warning" }] },
    { name: "scarcity pressure by limited stock and a call to act now", text: "Weight-loss consults via WhatsApp, delivered to your door. Limited stock - message now!", errors: [{ messageId: "claim", excerpt: "Limited stock", severity: "error" }] },
    { name: "a toxin jab sold on a list of benefits", text: "Vitamin D shots 💉 energy, immunity, mood, £35 walk-in", errors: [{ messageId: "claimMaybe", excerpt: "energy, immunity, mood", severity: "warning" }] },
    { name: "a weight-loss medicine sold with the stone you'll lose", text: "Mounjaro now in stock at our clinic 📦 Lose 3 stone by Christmas, message to order.", errors: [{ messageId: "claimMaybe", excerpt: "Lose 3 stone", severity: "warning" }] },
    { name: "an exam course sold with a guaranteed pass", text: "Our PLAB crash course: guaranteed pass or your money back. Link in bio to book.", errors: [{ messageId: "claim", excerpt: "guaranteed pass", severity: "error" }, { messageId: "claim", excerpt: "or your money back", severity: "error" }] },
    { name: "scrubs sold as the best money can buy", text: "Honestly the best scrubs money can buy, 20% off with my code this week 💚", errors: [{ messageId: "claimMaybe", excerpt: "money can buy", severity: "warning" }] },
    { name: "a plan that works when nothing else has", text: "Our weight-loss plan works when nothing else has. Book your £49 consult today.", errors: [{ messageId: "claim", excerpt: "works when nothing else has", severity: "error" }] },
    { name: "a guarantee in a post that offers a medicine for supply", text: "Get Saxenda delivered tomorrow, no video call needed. Results guaranteed.", errors: [{ messageId: "claim", excerpt: "Results guaranteed", severity: "error" }] },
    { name: "a bring-a-friend discount on filler", text: "Lip filler bring a friend offer 💋 you both get £40 off this month, DM to book", errors: [{ messageId: "claim", excerpt: "bring a friend", severity: "error" }] },
    { name: "a testimonial that says this is not a warning", text: "Our clients say this every week: 'guaranteed results!' 💉 Lip filler £99 this week only, DM to book", errors: [{ messageId: "claimMaybe", excerpt: "guaranteed results", severity: "warning" }, { messageId: "claim", excerpt: "this week only", severity: "error" }] },
  ],
});
