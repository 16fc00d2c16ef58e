// Posts that show the built-in second opinion at work, for the CLI and web tests. The model is
// retrained as corpora grow, so each purpose has a few candidates; a test fails, saying so, if the
// model raises or finds in none of them.
import { expect } from "vitest";
import { check } from "../../src/engine";

/** Posts the rules alone leave at review (a patient discussed, nothing identifying). */
const UNSURE = [
  "Patient in bed 7 finally went home today after nine weeks with us",
  "Patient in bed 3 was discharged this morning after a long stay on our ward",
  "Lovely patient in bed 12 brought us cake before going home today",
];
/** Posts the rules alone pass. */
const UNMATCHED = [
  "Coke and a Coke at the Christmas party 😉❄️ #medschool",
  "Another PFO from the Bigg Market, 2am, head lac, covered in kebab. Toon on a Saturday never disappoints 🍻🤕",
];

/** A post in which the built-in second opinion raises a rule's warning to an error. */
export function postTheModelRaises(): string {
  const text = UNSURE.find((t) => check(t).findings.some((f) => f.raised));
  expect(text, "the built-in second opinion raises none of the candidate posts").toBeDefined();
  return text!;
}

/** A post in which the built-in second opinion finds a breach no rule matched. */
export function postTheModelFinds(): string {
  const text = UNMATCHED.find((t) => check(t).findings.some((f) => f.found));
  expect(text, "the built-in second opinion finds nothing in the candidate posts").toBeDefined();
  return text!;
}
