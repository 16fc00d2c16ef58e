import { SERIOUSNESS } from "../../guidance/seriousness";
import { defineRule } from "../../rule";
import { replacement } from "../shared";
import { disclosures, secretPossible } from "./secrets";

const MASK = "••••";

export default defineRule({
  meta: {
    id: "privacy/credentials",
    severity: "error",
    citations: ["conf:119", "gmc-sm:8a"],
    seriousness: SERIOUSNESS.identifyingPatient,
    triggers: ["lexicon:credentials"],
    docs: {
      summary: "Passwords, PINs and door, keypad or drug-cupboard codes disclosed in a post",
      why: "Confidentiality 119: you must protect the information you hold about patients against improper access, and you should not share passwords. A door, keypad or controlled-drug cupboard code posted online opens wards, records and medicines to anyone who reads it, and no privacy setting can guarantee who that is (Doctors' use of social media 8a).",
      fix: "Remove the code or password. Share access details only in person or through your organisation's secure systems, and ask for the code to be changed if it has been posted.",
      examples: {
        flagged: ["Reminder team, the drug cupboard code is now 4471 🔑", "Locum tonight? Ward door code: 2580#"],
        passes: ["Reminder: never share your smartcard PIN, not even with the locum.", "Password reset emails from IT are phishing. Don't click them."],
      },
    },
    messages: {
      code: "This discloses {{secret}} (\"{{value}}\").",
      codeMaybe: "This may disclose {{secret}} (\"{{value}}\").",
      hint: "This gives away {{secret}} by a clue anyone can solve (\"{{value}}\").",
      shown: "This shares a picture that shows {{secret}}.",
      shared: "This says {{secret}} was shared with or used by someone else; logins and PINs are personal to one user.",
      written: "This tells readers where {{secret}} is written down (\"{{value}}\").",
      factory: "This shows a system still on its factory login (\"{{value}}\"), which anyone can try.",
    },
  },
  check({ analysis: a, report }) {
    // nothing to disclose without a secret-bearing noun or a factory account name
    if (!secretPossible(a)) return;
    for (const d of disclosures(a)) {
      const value = a.text.slice(d.start, d.end);
      const context = [{ word: d.noun?.text ?? value, effect: d.noun?.confidence ?? d.confidence }, { word: "disclosure link", effect: d.link }];
      const explanation = { detectors: ["lexicon:credentials"], context, notes: [`kind: ${d.kind}`] };
      if (d.kind === "shown") {
        report({ messageId: "shown", range: [d.start, d.end], data: { secret: d.secret }, severity: "error", confidence: d.confidence, explanation });
        continue;
      }
      if (d.kind === "shared") {
        report({ messageId: "shared", range: [d.start, d.end], data: { secret: d.secret }, severity: "error", confidence: d.confidence, explanation });
        continue;
      }
      if (d.kind === "default") {
        report({ messageId: "factory", range: [d.start, d.end], data: { value }, severity: "error", confidence: d.confidence, suggestions: [replacement([d.start, d.end], MASK, "Replace the login with ••••", true)], explanation });
        continue;
      }
      if (d.kind === "written") {
        report({ messageId: "written", range: [d.start, d.end], data: { secret: d.secret, value }, severity: d.confidence >= 0.6 ? "error" : "warning", confidence: d.confidence, explanation });
        continue;
      }
      const sure = d.confidence >= 0.6;
      report({
        messageId: d.kind === "hint" ? "hint" : sure ? "code" : "codeMaybe",
        range: [d.start, d.end],
        data: { secret: d.secret, value },
        severity: sure ? "error" : "warning",
        confidence: d.confidence,
        suggestions: [replacement([d.start, d.end], MASK, "Replace the code with ••••", true)],
        explanation,
      });
    }
  },
});
