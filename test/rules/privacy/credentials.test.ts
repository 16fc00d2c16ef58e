import rule from "../../../src/engine/rules/privacy/credentials";
import { ruleTester } from "../../support/rule-tester";

// Confidentiality 119: protect information against improper access; you should not share passwords.
ruleTester(rule, {
  valid: [
    { name: "a keypad on the fridge, with no code given, discloses nothing", text: "The keypad code on our staffroom fridge is the best-kept secret in the hospital. Nobody knows it and honestly that's why the milk lasts." },
    { name: "advice never to photograph a list of secrets is not a secret shown", text: "Before any selfie at work: never include your smartcard PIN, keypad codes or login details in the photo. Check the whiteboard too." },
    { name: "advice not to screenshot passwords", text: "Please don't screenshot the password or the door code for the group chat, even if it's quicker." },
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
    // generalisation pass (dev3): tempting posts for the cross-sentence, sharing, written and factory-login mechanisms
    { name: "a year opening a clause is not a code", text: "Password rules are absurd. It's 2025 and we still change them every 30 days." },
    { name: "a percentage is not a code", text: "My password expired again. It's 100% the most annoying part of the job." },
    { name: "a count of days is not a code", text: "Forgot my PIN again. It's 365 days a year of this 🙃" },
    { name: "never share, with a recipient", text: "Never share your smartcard with the locum, even if they beg." },
    { name: "sharing as a condition", text: "If you share your login with a student, you're responsible for what they do." },
    { name: "sharing in general", text: "Sharing logins is a disciplinary matter in our trust. Please don't." },
    { name: "a smartcard without a value", text: "Left my smartcard at home, so I'm waiting for IT to issue a temporary one." },
    { name: "advice not to write it down", text: "Don't write your password on a post-it stuck to the monitor. Use a password manager." },
    { name: "gave up is not gave", text: "Gave up and reset my password for the third time this week." },
    { name: "a slash between job-plan words", text: "The admin/clinical split in my job plan is 2/8 this year." },
    { name: "being told about a password", text: "IT told me my new password will arrive by text." },
    { name: "handing a smartcard back", text: "Handed my smartcard back to IT on my last day 😢" },
    // generalisation pass (dev4/dev5): numbers near doors and cupboards that are not codes
    { name: "a room number and a time near a door", text: "Clinic moved to room 4 by the side entrance, first patient at 0930." },
    { name: "a cupboard restocked with a count, not a code", text: "Drug cupboard is 2 boxes short of saline again, ordered 1200 more." },
    { name: "a bare code word that is a dress code", text: "New dress code for the ward is scrubs only from 2025, no lanyards." },
    { name: "someone off sick, no value given", text: "Anyone know how to reset an EMIS login while the practice manager's off? IT aren't answering." },
  ],
  invalid: [
    {
      name: "the door code's place on the fridge tells readers where it is written",
      text: "Door code's on the fridge in the staffroom if you forget it",
      errors: [{ messageId: "written", excerpt: "on the fridge" }],
    },
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
    // generalisation pass (dev3)
    {
      name: "the value two sentences later, tied back by it's",
      text: "Changed the ward PC password again. Fine. It's now Autumn2025 until they make me change it",
      errors: [{ messageId: "code", excerpt: "Autumn2025", severity: "error" }],
      output: "Changed the ward PC password again. Fine. It's now •••• until they make me change it",
    },
    {
      name: "a clue in the sentence after the keypad",
      text: "Keypad on the new sluice room works at last. The code is the year the hospital opened 🙃",
      errors: [{ messageId: "hint", excerpt: "the year the hospital opened", severity: "error" }],
      output: "Keypad on the new sluice room works at last. The code is •••• 🙃",
    },
    {
      name: "a long complaint, then the code",
      text: "Door code for the birth centre keeps changing and no one tells the bank staff. For tonight at least it's 5591*",
      errors: [{ messageId: "code", excerpt: "5591", severity: "error" }],
      output: "Door code for the birth centre keeps changing and no one tells the bank staff. For tonight at least it's ••••*",
    },
    {
      name: "the value after a refused one",
      text: "IT said my password can't be 'letmein'. So it's 'Letmein2!' now",
      errors: [{ messageId: "code", excerpt: "Letmein2", severity: "error" }],
      output: "IT said my password can't be 'letmein'. So it's '••••!' now",
    },
    {
      name: "a smartcard lent to someone",
      text: "Lent my smartcard to the agency nurse so she could get her obs done",
      errors: [{ messageId: "shared", excerpt: "Lent my smartcard", severity: "error" }],
    },
    {
      name: "a login given to a named recipient",
      text: "Gave the new F1 my login for the weekend, what could go wrong",
      errors: [{ messageId: "shared", excerpt: "Gave the new F1 my login", severity: "error" }],
    },
    {
      name: "someone else's login used",
      text: "Borrowed the reg's login to finish my discharges, she didn't mind",
      errors: [{ messageId: "shared", excerpt: "Borrowed the reg's login", severity: "error" }],
    },
    {
      name: "where the code is written",
      text: "The staff room code is on the whiteboard by the door, so no excuses",
      errors: [{ messageId: "written", excerpt: "on the whiteboard", severity: "warning" }],
    },
    {
      name: "a system on its factory login",
      text: "Our records kiosk still logs in with admin/admin. Brilliant.",
      errors: [{ messageId: "factory", excerpt: "admin/admin", severity: "error" }],
      output: "Our records kiosk still logs in with ••••. Brilliant.",
    },
    {
      name: "a clue to a date",
      text: "My new NHSmail password is the date I qualified, nobody will ever guess 😎",
      errors: [{ messageId: "hint", excerpt: "the date I qualified", severity: "error" }],
      output: "My new NHSmail password is ••••, nobody will ever guess 😎",
    },
    {
      name: "a password that has been the same for years",
      text: "The clinic laptop password has been Clinic01 since 2019 and nobody has changed it",
      errors: [{ messageId: "code", excerpt: "Clinic01", severity: "error" }],
      output: "The clinic laptop password has been •••• since 2019 and nobody has changed it",
    },
    // generalisation pass (dev4/dev5): codes named by the door or cupboard they open
    {
      name: "a cupboard named with its code and no word 'code'",
      text: "FYI the sluice cupboard is 7391 now, the old one stopped working",
      errors: [{ messageId: "code", excerpt: "7391", severity: "error" }],
      output: "FYI the sluice cupboard is •••• now, the old one stopped working",
    },
    {
      name: "a value to punch in on a named entrance",
      text: "Locked out after 8pm? Punch in 4826* on the staff entrance keypad by the car park.",
      errors: [{ messageId: "code", excerpt: "4826", severity: "error" }],
      output: "Locked out after 8pm? Punch in ••••* on the staff entrance keypad by the car park.",
    },
    {
      name: "a bare 'code' tied to the room it opens",
      text: "Heads up, the code for the store room on Ward 7 has changed to 3304#",
      errors: [{ messageId: "code", excerpt: "3304", severity: "error" }],
      output: "Heads up, the code for the store room on Ward 7 has changed to ••••#",
    },
    {
      name: "a username and password pair after a sentence break",
      text: "Who needs the SystmOne login while the manager's off? It's admin2 / Practice!77",
      errors: [{ messageId: "code", excerpt: "Practice!77", severity: "error" }],
      output: "Who needs the SystmOne login while the manager's off? It's admin2 / ••••",
    },
    {
      name: "a username and password pair after 'logged in as'",
      text: "I'm logged in at the nurses' station as jsmith / Autumn2024 if anyone needs to print",
      errors: [{ messageId: "code", excerpt: "Autumn2024", severity: "error" }],
      output: "I'm logged in at the nurses' station as jsmith / •••• if anyone needs to print",
    },
  ],
});
