import rule from "../../../src/engine/rules/advertising/prescription-only-medicine";
import { ruleTester } from "../../support/rule-tester";

// CAP 12.12: prescription-only medicines may not be advertised to the public. Teaching, news and
// safety warnings about a medicine are not adverts.
ruleTester(rule, {
  valid: [
    { name: "anti-wrinkle cream is a cosmetic product, not the injection", text: "Our new anti-wrinkle cream range is in stock, £25" },
    { name: "a quoted nickname discussed in teaching", text: "Patients ask about 'baby botox' a lot. Here's what the evidence says about low-dose toxin 🧵" },
    { name: "tox as a toxicology screen", text: "Tox screen came back negative, so we can rule out an overdose." },
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
  ],
  invalid: [
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
  ],
});
