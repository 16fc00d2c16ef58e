import rule from "../../../src/engine/rules/transparency/conflict-of-interest";
import { ruleTester } from "../../support/rule-tester";

// Doctors' use of social media 19: be open about conflicts of interest and declare financial or
// commercial interests in healthcare organisations or pharmaceutical and biomedical companies.
ruleTester(rule, {
  valid: [
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
  ],
  invalid: [
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
  ],
});
