import rule from "../../../src/engine/rules/transparency/conflict-of-interest";
import { ruleTester } from "../../support/rule-tester";

// Doctors' use of social media 19: be open about conflicts of interest and declare financial or
// commercial interests in healthcare organisations or pharmaceutical and biomedical companies.
ruleTester(rule, {
  valid: [
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
      errors: [{ messageId: "undeclaredMaybe", excerpt: "Huel", severity: "warning" }],
    },
    {
      text: "Lovely dinner tonight at the Ivy, all expenses paid by Novo Nordisk after the obesity symposium 🍷",
      errors: [{ messageId: "undeclared", excerpt: "Novo Nordisk" }],
    },
  ],
});
