import rule from "../../../src/engine/rules/advertising/misleading-claims";
import { ruleTester } from "../../support/rule-tester";

// GMP 70: information about your services must be factual and checkable and must not exploit
// vulnerability; the cosmetic guidance forbids "risk free", guarantees and time-pressure offers.
ruleTester(rule, {
  valid: [
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
  ],
  invalid: [
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
  ],
});
