import rule from "../../../src/engine/rules/transparency/anonymity";
import { ruleTester } from "../../support/rule-tester";

// Doctors' use of social media 17: if you identify yourself as a doctor in publicly accessible social
// media, you should also identify yourself by name.
const profile = (displayName: string, bio?: string) => ({ context: { profile: bio === undefined ? { displayName } : { displayName, bio } } });

ruleTester(rule, {
  valid: [
    { name: "a nurse's off-duty account saying it is not about the job, the role in the next sentence", text: "this page is knitting and tea, not my job. yes i'm a nurse, no that's not changing 🧶", options: profile("knit_and_natter", "wool, tea, cats") },
    { name: "a name before a role after a dash is a name", text: "Every treatment starts with a consultation, as a doctor I insist on it.", options: profile("Maeve Tallis, RN \u2014 Aesthetic Nurse", "Nurse injector at a skin clinic") },
    { name: "a name before a role after a bar is a name", text: "As a GP I see this every winter: get your flu jab.", options: profile("Oren Castellane | GP", "Family doctor, Galway") },

    "Lovely walk on the coast today 🌊",
    // no profile and no self-identification: nothing to say
    "Flu jabs save lives. Book yours.",
    { text: "As a GP, I can tell you this winter is the worst I've seen.", options: profile("Dr Sarah Jones", "GP in Leeds") },
    { text: "I'm an NHS consultant and this is what we face every day", options: profile("Priya Shah 🩺") },
    { name: "a surname the list knows", text: "Flu jabs save lives.", options: profile("Chidi Okafor", "Doctor") },
    { name: "the name is in the bio", text: "Flu jabs save lives.", options: profile("gpdoc", "Dr Amara Okafor, GP. Views my own") },
    { name: "an anonymous account that doesn't present as a clinician", text: "Flu jabs save lives.", options: profile("ScrubsAndRubs", "Dog mum, runner") },
    { name: "not public", text: "I'm an NHS consultant", options: { context: { audience: "private-group", profile: { displayName: "Anaesthesia Ninja" } } } },
    { name: "a partial name is only information", text: "Flu jabs save lives.", options: profile("Dr Jones", "GP") },
    { name: "a first name that is also a word still counts in a display name", text: "Flu jabs save lives.", options: profile("Rob Smith", "GP") },
    // precision pass: a name the lists don't know is still written like a name
    { name: "an unlisted first name and surname", text: "Three patients with sepsis on the ward tonight; screening works.", options: profile("Tova Brannigan", "Sepsis nurse, Norwich") },
    { name: "a name followed by post-nominal letters", text: "Our ward round starts at eight; bring the obs charts.", options: profile("Ilsa Coutts RGN", "Staff nurse") },
    { name: "a brand run by a named clinician speaks for a business", text: "Vitamin injections back in clinic this week.", options: profile("Glow Bar by Nurse Fen", "Nurse prescriber") },
    { name: "'as a nurse' about a relative is not self-identification", text: "My brother finally qualified as a nurse today and I could not be prouder.", options: profile("Skyrunner_22", "Dog walker, tea drinker") },
    { name: "an anonymous nurse asking peers a question publishes nothing on trust", text: "Anyone here done the return-to-practice course in Wales? How long did it take?", options: profile("ward_owl_nurse", "Nurse, anon") },
    // generalisation pass (dev4/dev5): a business page named after its service speaks as "we"
    { name: "a physio practice's page announcing itself in the plural", text: "Our new sports injury clinic opens on Monday. Book online through our website.", options: profile("Harbourside Physio") },
    { name: "a pharmacy page replying as the team", text: "Thanks for the kind words, we're glad the flu jab went smoothly.", options: profile("Moorview Pharmacy") },
    { name: "a named doctor who calls herself a doc in her bio", text: "Sepsis: time matters. Know the signs.", options: profile("Dr Helen Marsh", "ED doc in Bristol") },
    { name: "a named doctor whose bio mentions anonymised cases", text: "Case of the week: a tricky hyponatraemia. Thread 👇", options: profile("Dr Sam Patel", "Renal reg. Anonymous case discussions only") },
    // generalisation pass (dev8): names signed the way clinicians sign them, and practices named after a service
    { name: "a title, an initial and a surname is a full name", text: "Delirium teaching: check for pain and constipation before sedating anyone.", options: profile("Dr B. Hallworth", "Consultant geriatrician") },
    { name: "a surgeon signing with title and initial", text: "Hip fracture patients need theatre within 36 hours.", options: profile("Mr T Adeyemi", "Orthopaedic surgeon") },
    { name: "a lower-case first name is only partly a name", text: "Night shift on the medical ward again, pray for me and my patients.", options: profile("kate", "Staff nurse, respiratory") },
    { name: "a service brand run by a named physio", text: "Postnatal check-ups now on Thursdays. Book online.", options: profile("Core Health with Natasha", "Women's health physio") },
    { name: "a sports-rehab practice whose bio names only its service", text: "Sessions are 45 minutes. Wear something comfortable.", options: profile("Northgate Physio & Rehab", "Private physiotherapy and sports massage") },
    // ¶17 is addressed to doctors: other registrants are asked for a name only when the account hides its author
    { name: "a nurse known by a first name after her role is only a reminder", text: "Sepsis screening saves lives: check the obs, then check them again.", options: profile("Charge Nurse Seonaid") },
    { name: "a midwife's handle built on her first name is only a reminder", text: "Reduced movements? Ring the unit tonight, don't wait for the morning.", options: profile("midwife.charlotte") },
    { name: "a paramedic page named by its job description alone is only a reminder", text: "Icy roads tonight: drive slowly and keep a blanket in the car.", options: profile("Cumbria community paramedic") },
    { name: "a GP receptionist is not a doctor", text: "Please ring at 8 for on-the-day appointments, not 7.45.", options: profile("GP receptionist", "Front desk, market town surgery") },
    { name: "'as a GP receptionist' claims no clinical role", text: "As a GP receptionist I hear every excuse under the sun.", options: profile("desk_dragon_77") },
    // generalisation pass (dev10): "<role> here", grades and specialties, acronyms, disowned names
    { name: "'resident here' is someone who lives somewhere, not a clinician", text: "Local resident here, the new bus route past the hospital is a nightmare.", options: profile("moorside_walker", "Dog walker") },
    { name: "'IT consultant here' is another trade's consultant", text: "IT consultant here, the trust's new login screen is a thing of beauty.", options: profile("byte_me_99", "Servers and coffee") },
    { name: "asking whether the GP is here is not self-identification", text: "Is the GP here yet? The waiting room is packed.", options: profile("queue_watcher", "Patient, Leeds") },
    { name: "an acronym does not stop a named clinician being named", text: "As an ED consultant I see this every weekend.", options: profile("Dr Ruth Adair | EM", "Emergency medicine consultant") },
    { name: "a grade in a named doctor's bio changes nothing", text: "Radiology teaching thread tonight: chest films.", options: profile("Tomas Herrera", "Radiology ST5") },
    { name: "a region in the bio is not a name, but a peer question still publishes nothing", text: "Anyone here know if the FY2 portfolio deadline moved? Can't find it anywhere.", options: profile("u/quiet_f2", "FY2 in the South East") },
    { name: "a nurse saying so in a post about her hobby", text: "As a nurse I keep this account for my garden, not for work. Tomatoes are finally ripening!", options: profile("VegPatchViv_", "Allotment diaries") },
    { name: "a role named to explain why the account is anonymous, in a post about baking", text: "As a GP I keep this account anonymous because it's only for my sourdough. Today's loaf had a great crumb.", options: profile("CrumbAndCrust", "Bread, mostly") },
    { name: "a sister who is a sibling in the bio", text: "Lovely walk with the dog this morning.", options: profile("moorland_mabel", "Big sister, small dog") },
  ],
  invalid: [
    { name: "a bio saying 'no names' makes a two-word display name a persona", text: "i'm a doctor and those detox teas do nothing, trust me", options: profile("Midnight Otter", "ED reg | no names no drama"), errors: [{ messageId: "anonymous", excerpt: "i'm a doctor", severity: "warning" }] },
    {
      name: "a role after a dash does not turn a persona into a name",
      text: "As a GP I see this every winter: get your flu jab.",
      options: profile("Tired Reg \u2014 GP", "Doctor. Posting anonymously."),
      errors: [{ messageId: "anonymous", excerpt: "As a GP", severity: "warning" }],
    },
    {
      name: "a persona account warns even when the post is not clinical",
      text: "Payday at last. Treating myself to a takeaway.",
      options: profile("TheNightReg", "Medical registrar. Anonymous for now."),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "a name-shaped display name does not count when the bio says it is a pseudonym",
      text: "Hand hygiene is not optional, whatever your grade.",
      options: profile("Marlow Quill", "Surgeon writing under a pseudonym"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      text: "As a GP, I can tell you this winter is the worst I've seen.",
      options: profile("The Secret GP", "Tired. Caffeinated."),
      errors: [{ messageId: "anonymous", excerpt: "As a GP", severity: "warning", messageIncludes: "The Secret GP" }],
    },
    {
      text: "I'm an NHS consultant and this is what we face every day",
      options: profile("Anaesthesia Ninja 🥷"),
      errors: [{ messageId: "anonymous", excerpt: "I'm an NHS consultant" }],
    },
    {
      name: "the profile says nurse; the finding is about the profile",
      text: "Flu jabs save lives. Book yours.",
      options: profile("ScrubsAndRubs", "NHS nurse | views my own"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], messageIncludes: "a nurse" }],
    },
    {
      text: "Flu jabs save lives. Book yours.",
      options: profile("NHS_Reg_99", "Medical registrar"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], messageIncludes: "NHS_Reg_99" }],
    },
    {
      text: "Flu jabs save lives.",
      options: profile("Dr Grumpy", "Doctor"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], messageIncludes: "a doctor" }],
    },
    {
      text: "Flu jabs save lives.",
      options: profile("Anaesthesia Ninja", "Anaesthetist, MBBS FRCA"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], messageIncludes: "an anaesthetist" }],
    },
    {
      name: "no display name at all",
      text: "Speaking as a junior doctor: the rota gaps are dangerous 🧵",
      options: { context: { profile: { bio: "FY2 | London" } } },
      errors: [{ messageId: "anonymous", excerpt: "as a junior doctor", messageIncludes: "no display name" }],
    },
    {
      name: "self-identification in the post without a profile is only a reminder",
      text: "As a midwife I've seen this too many times.",
      errors: [{ messageId: "checkProfile", excerpt: "As a midwife", severity: "info" }],
    },
    {
      name: "a CamelCase pseudonym that names a role",
      text: "Winter pressures are real, look after each other out there.",
      options: { context: { profile: { displayName: "TheTiredRegistrar", bio: "NHS medic. Views my own." } } },
      errors: [{ messageId: "profileAnonymous", range: [0, 0] }],
    },
    {
      name: "a 'clinic' name does not make an anonymous individual's account an organisation",
      text: "Box breathing: in for four, hold for four, out for four, hold for four.",
      options: { context: { profile: { displayName: "QuietMindsClinic", bio: "Counselling psychologist | Anonymous" } } },
      errors: [{ messageId: "profileAnonymous", range: [0, 0] }],
    },
    // generalisation pass (dev4/dev5): unnamed clinician profiles teaching in public
    {
      name: "a 'faceless' nurse account posting a clinical teaching thread",
      text: "Three things I check before every blood transfusion, a thread 👇",
      options: profile("NurseNoFace", "Haem nurse | faceless account"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "a persona whose bio calls them an ED doc, giving public guidance",
      text: "Reminder: chest pain that comes on with exertion needs assessing today, not next week.",
      options: profile("CaffeineAndChaos", "ICU doc | UK | anon for obvious reasons"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "a name-like display name under a bio that declares the account anonymous",
      text: "Reminder: statins do not cause most of the aches people blame them for.",
      options: profile("Dr Nick Riviera", "GP. Anonymous account, views my own"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    // generalisation pass (dev8)
    {
      name: "a region in the bio ('North West') is not the author's name",
      text: "Patients who arrive quoting their rights are always the worst on the ward.",
      options: profile("u/fy1_ghost", "FY1 in the North West"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "'anyone else noticed' states a view rather than asking peers for help",
      text: "Anyone else noticed the new consultants never answer their bleeps?",
      options: profile("WardWhispers_", "Staff nurse. Anon."),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "a one-word persona is not a service brand because it ends in 'physio'",
      text: "My patients' backs all get better with my method.",
      options: profile("Grumpy Sports Physio", "Physio. Anonymous for obvious reasons."),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "a nurse's glued handle with no name in it still hides its author",
      text: "Never give oral meds to someone who can't sit up. Aspiration kills.",
      options: profile("NightsOnNeuro", "Staff nurse, stroke unit"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "a first name in the display name does not help a pharmacist whose bio says the account is anonymous",
      text: "Antibiotics won't shift a cold. Save them for when they work.",
      options: profile("Pharmacist Rhodri", "Community pharmacist. Anonymous account."),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "a post that opens 'Anaesthetist here' introduces its author as a clinician",
      text: "Anaesthetist here. Fasting before surgery is about your lungs, not us being fussy.",
      options: profile("Sleepmaker_", "Theatres, mostly"),
      errors: [{ messageId: "anonymous", excerpt: "Anaesthetist here", severity: "warning", messageIncludes: "an anaesthetist" }],
    },
    {
      name: "'Surgical reg here' is a registrar introducing themself",
      text: "Surgical reg here, happy to answer questions about appendicitis in the replies.",
      options: profile("u/knife_and_fork_22"),
      errors: [{ messageId: "anonymous", excerpt: "Surgical reg here", severity: "warning", messageIncludes: "a registrar" }],
    },
    {
      name: "a training grade after a specialty in the bio is a doctor's job title",
      text: "Night shift on call again, the scanner queue never ends.",
      options: profile("u/scanlines_north", "cardiology ST6"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning", messageIncludes: "a doctor" }],
    },
    {
      name: "'medical reg' in the bio under a persona is a doctor",
      text: "Twelve admissions before midnight. Tea is a distant memory.",
      options: profile("The Weary Med", "Medical reg, somewhere up north"),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning", messageIncludes: "a registrar" }],
    },
    {
      name: "a department acronym in the display name is not a first name",
      text: "As an ICU consultant I'd ask everyone to talk to their family about organ donation.",
      options: profile("ED Doc North", "Critical care"),
      errors: [{ messageId: "anonymous", excerpt: "As an ICU consultant", severity: "warning" }],
    },
    {
      name: "a name-shaped display name under a bio that says it is not the author's real name",
      text: "Quick one: a blocked nose is not a reason to cancel your anaesthetic, ring us first.",
      options: profile("Harper Vane", "Consultant anaesthetist. Not my real name, for obvious reasons."),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning" }],
    },
    {
      name: "a doctor's plain job description without a name still warns",
      text: "As a consultant I can tell you the waiting lists are not shrinking.",
      options: profile("Yorkshire consultant physician"),
      errors: [{ messageId: "anonymous", excerpt: "As a consultant", severity: "warning" }],
    },
    {
      name: "a nurse saying so while giving clinical advice from a hidden account",
      text: "As a nurse I'd say: never double up on paracetamol and cold-and-flu sachets.",
      options: profile("WardWisdom_", "Tea and night shifts"),
      errors: [{ messageId: "anonymous", excerpt: "As a nurse", severity: "warning" }],
    },
    {
      name: "the same disclaimer does not excuse clinical advice later in the post",
      text: "As a GP I keep this account anonymous, mostly for baking. But please: chest pain with sweating means call 999, not wait for Monday.",
      options: profile("CrumbAndCrust", "Bread, mostly"),
      errors: [{ messageId: "anonymous", excerpt: "As a GP", severity: "warning" }],
    },
    {
      name: "a ward sister's anonymous persona posting about the ward",
      text: "Friday night on the ward again and the call bells never stop.",
      options: profile("Sister Nightingale", "Ward sister. Anonymous account."),
      errors: [{ messageId: "profileAnonymous", range: [0, 0], severity: "warning", messageIncludes: "a nurse" }],
    },
  ],
});
