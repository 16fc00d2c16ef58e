import rule from "../../../src/engine/rules/advertising/misleading-claims";
import { ruleTester } from "../../support/rule-tester";

// GMP 70: information about your services must be factual and checkable and must not exploit
// vulnerability; the cosmetic guidance forbids "risk free", guarantees and time-pressure offers.
ruleTester(rule, {
  valid: [
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
  ],
});
