import rule from "../../../src/engine/rules/privacy/credentials";
import { ruleTester } from "../../support/rule-tester";

// Confidentiality 119: protect information against improper access; you should not share passwords.
ruleTester(rule, {
  valid: [
    { name: "a discount code is not a lock code", text: "20% off scrubs this weekend with code NURSE20 at checkout" },
    { name: "a warning not to photograph a PIN", text: "Never take a photo of your login screen or your smartcard PIN." },
    { name: "the wifi is down, no value", text: "The hospital wifi is down again, IT say it will be back at 3pm." },
    "What's the best password manager for a practice? Asking for a friend.",
    "Anyone know the code for the CD cupboard audit form? It's on the intranet somewhere.",
    "Reminder: never share your smartcard PIN, not even with the locum.",
    "Password reset emails from IT are phishing. Don't click them.",
    "The password is weak and needs changing every 90 days",
    "My PIN is 4 digits, the smartcard one is 6",
    "Forgot my EMIS password again 🙃 third time this month",
    "Ortho put a pin in her wrist: 3 screws and a plate. #MedEd",
    "Door codes should be changed whenever a staff member leaves, says the new security policy.",
    "Asked IT for a new login and they said 5 working days 🐌",
  ],
  invalid: [
    {
      name: "username / password",
      text: "Shared login for the locum portal: f2locum / Bleep!2025 - don't lock it again",
      errors: [{ messageId: "code", excerpt: "Bleep!2025" }],
      output: "Shared login for the locum portal: f2locum / •••• - don't lock it again",
    },
    {
      name: "the answer to a question, tied back by it's",
      text: "What's the code for the drug cupboard on Ward 3? Pretty sure it's 4826",
      errors: [{ messageId: "code", excerpt: "4826" }],
      output: "What's the code for the drug cupboard on Ward 3? Pretty sure it's ••••",
    },
    {
      text: "Reminder team, the drug cupboard code is now 4471 🔑",
      errors: [{ messageId: "code", excerpt: "4471", severity: "error" }],
      output: "Reminder team, the drug cupboard code is now •••• 🔑",
    },
    {
      text: "Locum tonight? Ward door code: 2580#",
      errors: [{ messageId: "code", excerpt: "2580" }],
      output: "Locum tonight? Ward door code: ••••#",
    },
    {
      text: "New wifi password is Winter2024! for anyone on the unit",
      errors: [{ messageId: "code", excerpt: "Winter2024" }],
      output: "New wifi password is ••••! for anyone on the unit",
    },
    {
      text: "The keypad code has changed to 1357, tell the night team",
      errors: [{ messageId: "code", excerpt: "1357" }],
      output: "The keypad code has changed to ••••, tell the night team",
    },
    {
      text: "CD cupboard code is still 9001 if anyone's wondering 🙄",
      errors: [{ messageId: "code", excerpt: "9001" }],
      output: "CD cupboard code is still •••• if anyone's wondering 🙄",
    },
    {
      text: "Staff room code = 4455 (don't tell the students 😂)",
      errors: [{ messageId: "code", excerpt: "4455" }],
      output: "Staff room code = •••• (don't tell the students 😂)",
    },
    {
      name: "a PIN after a colon, with emoji before it",
      text: "😩 Smartcard PIN: 808080 because I keep forgetting it",
      errors: [{ messageId: "code", excerpt: "808080" }],
      output: "😩 Smartcard PIN: •••• because I keep forgetting it",
    },
    {
      text: "Our SystmOne password is Surgery123 for the locums this week",
      errors: [{ messageId: "code", excerpt: "Surgery123" }],
      output: "Our SystmOne password is •••• for the locums this week",
    },
    {
      name: "a code given by a clue",
      text: "Night team FYI: the keypad code for the doctors' mess is the year the hospital opened 😉",
      errors: [{ messageId: "hint", excerpt: "the year the hospital opened", severity: "error" }],
      output: "Night team FYI: the keypad code for the doctors' mess is •••• 😉",
    },
    {
      name: "'mine is' carries the password to the value in the next sentence",
      text: "Had to change my password again so mine is now the cat's name plus a 7. Whiskers7 it is 😹",
      errors: [{ messageId: "code", excerpt: "Whiskers7", severity: "error" }],
      output: "Had to change my password again so mine is now the cat's name plus a 7. •••• it is 😹",
    },
    {
      name: "a photo showing a door code",
      text: "Photo of the ward's whiteboard with the door code on it 📸",
      errors: [{ messageId: "shown", excerpt: "door code", severity: "error" }],
    },
  ],
});
