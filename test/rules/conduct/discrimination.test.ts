import rule from "../../../src/engine/rules/conduct/discrimination";
import { ruleTester } from "../../support/rule-tester";

// GMP 65 and the adviser's seriousness table: discriminatory language ranks above disrespect of
// patients. Neutral mentions of groups, reported abuse and critique of tropes must pass.
ruleTester(rule, {
  valid: [
    // recall round 2: a group and a quantifier without a judgement, or a judgement of a system
    { name: "group, quantifier, no judgement", text: "Muslim patients always appreciate a heads-up about fasting and insulin doses before Ramadan." },
    { name: "group judged kindly", text: "Gypsy, Roma and Traveller communities face some of the worst health outcomes in the UK. Here's what we're doing about it." },
    { name: "older people and a system complaint", text: "Older people again left on trolleys overnight. Social care funding is the nightmare here, not them." },
    // recall round 2: benign counterparts
    { name: "fitness of equipment, not people", text: "Old theatre tables aren't built for bariatric patients; we need better kit." },
    { name: "sexual-health advice for a group", text: "Gay men can get PrEP free at sexual health clinics; book a check-up." },
    { name: "a group praised", text: "Overseas doctors make up a third of our rota and we couldn't run the unit without them." },
    // group adjective + noun in neutral or advocacy use
    "Black patients are less likely to be offered pain relief in ED. We need to fix this.",
    "Trans patients deserve respectful care; here is our new guidance.",
    "Women surgeons are underrepresented in the consultant workforce.",
    { name: "naming a stereotype as a myth", text: "The myth that Black patients feel less pain still shapes prescribing." },
    "Disabled parking is full again, the hospital needs more spaces.",
    "Health inequalities for Black women in maternity care are stark. MBRRACE figures show a fourfold difference in mortality.",
    "The idea that migrants are a drain on the NHS is a myth: they staff it.",
    { name: "reported abuse (masked)", text: "A patient called me a p*** today. Not OK." },
    { name: "reported abuse (plain) is info at most", text: "A patient called me a paki today. Not OK." },
    { name: "reclaimed self-description", text: "As a queer doctor I love Pride month 🏳️‍🌈" },
    { name: "clinical term", text: "Child with spastic diplegia: botulinum toxin to the calves helped her gait" },
    "Muslim colleagues fasting this Ramadan: rota swaps are available, just ask 🌙",
    "Trans people face long waits for gender services; here's what GPs can do in the meantime.",
    { name: "critique of a trope", text: "'Jews control the media' is an antisemitic trope and has no place in medicine." },
    "Older patients are all different: frailty scores help, age alone doesn't.",
    { name: "universal claim without hostility", text: "Pregnant women always need folic acid before 12 weeks" },
    "Women are always welcome at our surgical taster days 👩‍⚕️",
  ],
  invalid: [
    // recall round 2: the stereotype shape (a group generalised over and judged), in our own words
    {
      name: "stereotype shape: quantified group with a complaint",
      text: "Funny how it's always the Eastern Europeans who demand antibiotics for a cold.",
      errors: [{ messageId: "generalisation", excerpt: "always the Eastern Europeans", severity: "error" }],
    },
    {
      name: "stereotype shape: 'again' and a complaint about a group",
      text: "Old people clogging up the wards again. They've had their innings, let them go.",
      errors: [{ messageId: "generalisation", excerpt: "Old people clogging up the wards again", severity: "error" }],
    },
    // recall round 2: mechanisms rather than phrases
    {
      name: "a group denied a capability",
      text: "Women just aren't built for emergency surgery.",
      errors: [{ messageId: "generalisation", excerpt: "Women just aren't built for", severity: "error" }],
    },
    {
      name: "doubting scare quotes on a group's care",
      text: "Gay men and their 'sexual health check-ups' keep the clinic busy 😏",
      errors: [{ messageId: "generalisation", excerpt: "Gay men and their 'sexual health check-ups'", severity: "error" }],
    },
    {
      name: "language used to other overseas staff",
      text: "Overseas doctors should learn the language before they're let near patients.",
      errors: [{ messageId: "generalisation", excerpt: "Overseas doctors should learn the language", severity: "error" }],
    },
    {
      name: "group adjective + noun, universal claim and a stereotype",
      text: "Asian patients always exaggerate their symptoms, every single shift",
      errors: [{ messageId: "generalisation", excerpt: "Asian patients always exaggerate", severity: "error" }],
    },
    {
      name: "hostile predicate with an inserted intensifier",
      text: "Eastern Europeans are honestly parasites",
      errors: [{ messageId: "generalisation", excerpt: "Eastern Europeans are honestly parasites", severity: "error" }],
    },
    {
      name: "the group named in the sentence before",
      text: "Polish people on the ward again. Come here for free healthcare and never pay a penny.",
      errors: [{ messageId: "generalisationMaybe", excerpt: "Come here for free healthcare", severity: "warning" }],
    },
    {
      name: "a group word in scare quotes",
      text: "Half the 'disabled' patients in clinic can walk fine when it suits them",
      errors: [{ messageId: "generalisation", excerpt: "disabled", severity: "error" }],
    },
    {
      name: "racist pseudo-diagnosis in scare quotes is used, not reported",
      text: "The 'Mediterranean syndrome' lot in majors again, 10/10 pain for everything",
      errors: [{ messageId: "slur", excerpt: "Mediterranean syndrome", severity: "error" }],
    },
    {
      name: "Harrop tribunal tweet",
      text: "Cis people, on the whole, are just awful and there needs to be a massive state-sponsored programme of re-education",
      errors: [{ messageId: "generalisation", range: [0, 114], severity: "error" }],
    },
    {
      text: "Immigrants are ruining this country and the NHS is paying for it",
      errors: [{ messageId: "generalisation", excerpt: "Immigrants are ruining this country", severity: "error" }],
    },
    {
      text: "Muslims are all terrorists, don't @ me",
      errors: [{ messageId: "generalisation", excerpt: "Muslims are all terrorists", severity: "error" }],
    },
    {
      name: "antisemitic trope (Aladwan)",
      text: "The ‘Israeli’ and Jewish lobby decide who can and cannot practise medicine in Britain.",
      errors: [{ messageId: "generalisation", excerpt: "Jewish lobby", severity: "error" }],
    },
    {
      name: "slur aimed at a handle, negation does not clean it",
      text: "Stop being such a retard @drx",
      errors: [{ messageId: "slur", excerpt: "retard", severity: "error" }],
    },
    {
      name: "standalone trope",
      text: "Londonistan strikes again 🙄",
      errors: [{ messageId: "trope", excerpt: "Londonistan", severity: "error" }],
    },
    {
      name: "dehumanising",
      text: "Travellers are vermin, the lot of them",
      errors: [{ messageId: "generalisation", excerpt: "Travellers are vermin", severity: "error" }],
    },
    {
      name: "slur with hostile context",
      text: "Another tranny in clinic wanting hormones, these people are mentally ill",
      errors: [{ messageId: "slur", excerpt: "tranny", severity: "error" }, { messageId: "generalisation", excerpt: "tranny in clinic wanting hormones, these people are mentally ill", severity: "error", messageIncludes: "gender-identity" }],
    },
    {
      name: "a stereotyping question about a named protected group is discriminatory",
      text: "Why are Sikh patients always so demanding on the ward? Every single time.",
      errors: [{ messageId: "generalisation", excerpt: "Sikh patients always", severity: "error" }],
    },
    {
      name: "'typical' plus a nationality is a stereotype",
      text: "Typical Albanian, tried to jump the queue at triage again.",
      errors: [{ messageId: "generalisation", excerpt: "Typical Albanian", severity: "error" }],
    },
  ],
});
