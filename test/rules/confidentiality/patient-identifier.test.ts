import rule from "../../../src/engine/rules/confidentiality/patient-identifier";
import { ruleTester } from "../../support/rule-tester";

ruleTester(rule, {
  valid: [
    // precision pass
    { name: "a charity named after a condition is not Ms Somebody", text: "Ran the Bristol half for the MS Trust, raised £800 - thank you all!" },
    { name: "a relative's date of birth is not a patient's (a reminder only)", text: "Happy birthday to my wonderful brother, born 02/11/1990, still can't park" },
    { name: "a capitalised word opening a sentence is not a town placing a bed", text: "Bay 3 is full of lovely people tonight. Bring biscuits." },
    { name: "explicit written consent makes a name the patient's own choice", text: "With his explicit written permission, here's Tom's story: a stroke at 52 and back on his bike a year later." },
    { name: "a cake named after a person is a cake", text: "Brought a Victoria sponge and a Bakewell tart for the ward, help yourselves" },
    { name: "a colleague thanked by name is not a patient", text: "Huge thanks to Dr Priya Shah for a brilliant teaching session on sepsis" },
    { name: "the practice's own phone number", text: "Call the practice on 01632 960123 to book your flu jab" },
    { name: "condolences naming a colleague", text: "RIP Sarah Patel, the kindest registrar I ever worked with. The ward won't be the same." },
    { name: "a ten-digit number that fails the NHS checksum, with no label", text: "Order 1234567890 shipped today, new stethoscope incoming" },
    { name: "fictional case with a name", text: "Fictional case for #MedEd: Mrs Smith, 72, presents with confusion. What's your differential?" },
    { name: "public figure named in a health policy post", text: "Wes Streeting announced the new NHS workforce plan today" },
    { name: "the author's own name in a signature", text: "New blog post on sepsis recognition is up. Dr Amy Clarke, GP", options: { context: { profile: { displayName: "Dr Amy Clarke" } } } },
    { name: "advice about identifiers, no identifier", text: "Never post an NHS number, date of birth or bed number online." },
    { name: "a named contact and a phone number for a bake sale, with no one's care in the post", text: "Tickets for the summer fete from Janet Hollis on 07700 900765, cake stall needs volunteers!" },
    { name: "the surgery's own number after 'our'", text: "Our reception number is 01632 960555 if you need to rebook a flu jab" },
  ],
  invalid: [
    {
      name: "a name with a mobile number, in a post about their blood results, is a patient's record",
      text: "Does anyone know a Sandra Whitlow, 07700 900318? Her INR is through the roof and she's not answering",
      errors: [{ messageId: "nameMaybe", excerpt: "Sandra Whitlow" }, { messageId: "contact", excerpt: "07700 900318", severity: "error" }],
      output: "Does anyone know a patient? Her INR is through the roof and she's not answering",
    },
    {
      name: "a postcode after 'our regular' is the regular's, not ours",
      text: "Our favourite regular from LS9 7TF rang 999 again tonight, third time this week, bless his care package",
      errors: [{ messageId: "contact", excerpt: "LS9 7TF" }],
      output: "Our favourite regular from rang 999 again tonight, third time this week, bless his care package",
    },
    {
      name: "an unvalidated ten-digit number after a scan request reads as a patient's number",
      text: "Could someone at Airedale chase the CT for 4010232138 please, he's been waiting a week",
      errors: [{ messageId: "numberMaybe", excerpt: "4010232138" }],
      output: "Could someone at Airedale chase the CT for please, he's been waiting a week",
    },
    {
      name: "a flat number and street in a handover note",
      text: "Handover for the district team: Mrs Ada Finch, Flat 12, 4 Harbour Parade, needs her dressing changed on Friday",
      errors: [{ messageId: "name", excerpt: "Mrs Ada Finch" }, { messageId: "contact", excerpt: "Flat 12" }, { messageId: "contact", excerpt: "4 Harbour Parade" }],
      output: "Handover for the district team: the patient, needs her dressing changed on Friday",
    },
    {
      name: "a baby's name after 'little warrior' on the neonatal unit",
      text: "Our little warrior Kaiden went home from the neonatal unit today after 10 weeks!",
      errors: [{ messageId: "name", excerpt: "Kaiden" }],
      output: "Our little warrior the patient went home from the neonatal unit today after 10 weeks!",
    },
    {
      name: "an NHS number that passes modulus 11",
      text: "Pt in bay 4, NHS no 943 476 5919, still waiting for a bed",
      errors: [{ messageId: "number", excerpt: "943 476 5919", severity: "error" }],
      output: "Pt in bay 4, still waiting for a bed",
    },
    {
      name: "a labelled NHS number even if mistyped",
      text: "NHS number 943 476 5918 keeps bouncing on the system, anyone else?",
      errors: [{ messageId: "number", excerpt: "943 476 5918", severity: "error" }],
      output: "keeps bouncing on the system, anyone else?",
    },
    {
      name: "a date of birth",
      text: "Lovely lady on the ward, DOB 12/03/1941, still does the crossword every morning",
      errors: [{ messageId: "number", excerpt: "12/03/1941" }],
      output: "Lovely lady on the ward, still does the crossword every morning",
    },
    {
      name: "a patient named with a title",
      text: "Mrs Jones on Ward 7 at Derriford keeps pulling her cannula out",
      errors: [{ messageId: "name", excerpt: "Mrs Jones" }, { messageId: "bed", excerpt: "Ward 7" }],
      output: "The patient on at Derriford keeps pulling her cannula out",
    },
    {
      name: "a first name used for a patient on the ward",
      text: "Doris on the ward today told me she'd outlived three husbands. What a character.",
      errors: [{ messageId: "name", excerpt: "Doris" }],
      output: "The patient on the ward today told me she'd outlived three husbands. What a character.",
    },
    {
      name: "a labelled name as on a wristband or handover sheet",
      text: "Handover sheet left on the printer again. Name: Mary Smith, allergies: penicillin",
      errors: [{ messageId: "name", excerpt: "Mary Smith" }],
      output: "Handover sheet left on the printer again. Name: [name removed], allergies: penicillin",
    },
    {
      name: "a patient's phone number",
      text: "The patient's daughter keeps ringing from 07700 900123 asking for updates",
      errors: [{ messageId: "contact", excerpt: "07700 900123" }],
      output: "The patient's daughter keeps ringing from asking for updates",
    },
    {
      name: "a CHI number in Scotland",
      text: "Patient CHI 0101401234 needs bloods repeated",
      errors: [{ messageId: "number", range: [12, 22] }],
      output: "Patient needs bloods repeated",
    },
    {
      name: "a hospital number",
      text: "Can someone chase the MRI for hospital no. RX123456 please, he's been waiting since Monday",
      errors: [{ messageId: "number", excerpt: "RX123456" }],
      output: "Can someone chase the MRI for please, he's been waiting since Monday",
    },
    {
      name: "US Social Security number under the HIPAA preset",
      text: "Patient SSN 219-09-9999 was on the fax cover sheet",
      options: { preset: "hipaa" },
      errors: [{ messageId: "number", excerpt: "219-09-9999" }],
      output: "Patient was on the fax cover sheet",
    },
  ],
});
