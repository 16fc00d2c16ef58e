// Structured identifiers: NHS and CHI numbers (modulus 11), hospital numbers, phone numbers, email
// addresses, postcodes, and the US Safe Harbor identifiers (SSN, ZIP, MRN). Each pattern has bounded
// quantifiers so a 100,000-character run of digits or letters cannot make it backtrack; validators
// (checksums, date checks) settle what a pattern only suggests, as in Presidio.
import type { Analysis } from "../analysis";
import type { Span } from "../types";

export type Locale = "en-GB" | "en-US";

const DETECTOR = "identifiers";

/** NHS numbers and CHI numbers: 10 digits, optionally grouped 3-3-4, check digit by modulus 11. */
const TEN_DIGITS = /(?<![\d+])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])/g;
const HOSPITAL_NUMBER =
  /\b(?:MRN|M\.R\.N\.?|medical record (?:no|number|#)|hosp(?:ital)?\.? ?(?:no|number|num|#)|unit (?:no|number)|patient (?:id|no|number)|case (?:no|number)|PAS (?:no|number)|RXX|K ?number|CR ?(?:no|number)|UHID|IP ?(?:no|number)|MRD ?(?:no|number))\.?\s{0,3}[:#.-]?\s{0,3}((?:\d{2,4}\/)?[A-Z]{0,3}\d{5,10}[A-Z]?)\b/gi;
/** Letters then six or more digits ("RXF8830021"): a hospital number when the post talks about them. */
const CODE_LIKE = /\b[A-Z]{1,4}\d{6,10}\b/g;
/** "K4471902's CT head": a code that owns a scan, a result or a referral stands in for the patient. */
const OWNED_CARE = /^\s+(?:(?:urgent|repeat|latest|new|outpatient|inpatient)\s+)?(?:CT|MRI|scan|x-?ray|ultrasound|USS|echo|ECG|bloods?|results?|referral|biopsy|histology|report|notes|discharge|prescription|meds|obs|swab|culture)\b/i;
/** "patient RXH-00918273", "pt K4471902": a letters-and-digits code in apposition to "patient" is the patient's number. */
const PATIENT_CODE = /\b(?:patient|pt)\.?\s{1,2}([A-Z]{1,4}-?\d{5,10})\b/gi;
const CODE_OWNING = /\b[A-Z]{1,3}\d{6,9}(?=['\u2019]s\b)/g;
const EMAIL_AT = /@/g;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/;
const UK_MOBILE = /(?<![\d+])(?:\+44 ?\(?0?\)? ?7\d{3}|07\d{3})[ -]?\d{3}[ -]?\d{3}(?!\d)/g;
const UK_LANDLINE = /(?<![\d+])(?:\+44 ?\(?0?\)? ?|\(?0)([1-3]\d{1,4})\)?[ -]?(\d{3,4})[ -]?(\d{3,4})(?!\d)/g;
const US_PHONE = /(?<![\d+])(?:\+?1[ .-]?)?\(?([2-9]\d{2})\)?[ .-]?([2-9]\d{2})[ .-]?(\d{4})(?!\d)/g;
const POSTCODE = /\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/g;
const SSN = /(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])/g;
const SSN_LABELLED = /\b(?:SSN|social security(?: number| no)?)\.?\s{0,3}[:#]?\s{0,3}(\d{9})\b/gi;
const ZIP = /\b(?:(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY),? |zip(?: code)?:? ?)(\d{5}(?:-\d{4})?)\b/gi;
const IPV4 = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.])/g;

export function nhsChecksumValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

/** A CHI number starts with the date of birth DDMMYY and shares the NHS modulus-11 check. */
export function chiValid(digits: string): boolean {
  if (!nhsChecksumValid(digits)) return false;
  const d = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2, 4));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function labelBefore(text: string, at: number, re: RegExp, window = 24): boolean {
  return re.test(text.slice(Math.max(0, at - window), at));
}

function push(a: Analysis, type: Span["type"], start: number, end: number, confidence: number, data?: Span["data"]): void {
  a.addSpan({ type, start, end, text: a.text.slice(start, end), confidence, detector: DETECTOR, data });
}

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

export function detectIdentifiers(a: Analysis, locale: Locale): void {
  const text = a.text;
  let m: RegExpExecArray | null;

  // Emails first: their digits and letters must not be read as anything else.
  EMAIL_AT.lastIndex = 0;
  if (text.indexOf("@") === -1) EMAIL_AT.lastIndex = text.length;
  while ((m = EMAIL_AT.exec(text)) !== null) {
    let s = m.index;
    while (s > 0 && m.index - s < 64 && EMAIL_LOCAL.test(text[s - 1]!)) s--;
    if (s === m.index) continue;
    const dom = EMAIL_DOMAIN.exec(text.slice(m.index + 1, m.index + 256));
    if (!dom) continue;
    const end = m.index + 1 + dom[0].length;
    push(a, "email", s, end, 0.95);
  }
  const emails = a.of("email");

  for (const t of a.tokens) {
    if (t.kind === "url") push(a, "url", t.start, t.end, 1);
    else if (t.kind === "mention") push(a, "handle", t.start, t.end, 1);
  }
  // Every identifier below has at least five digits (a postcode has two, checked on its own).
  if (a.digits < 2) return;
  POSTCODE.lastIndex = 0;
  if (locale === "en-GB") {
    while ((m = POSTCODE.exec(text)) !== null) push(a, "postcode", m.index, m.index + m[0].length, m[0].includes(" ") ? 0.9 : 0.7);
  }
  if (a.digits < 5) return;

  HOSPITAL_NUMBER.lastIndex = 0;
  while ((m = HOSPITAL_NUMBER.exec(text)) !== null) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    push(a, "hospital-number", start, start + value.length, 0.9, { label: m[0].slice(0, m[0].length - value.length).trim() });
  }

  if (/\b(?:MRN|PAS|hospital (?:no|number)|unit (?:no|number)|patient id)\b/i.test(text)) {
    CODE_LIKE.lastIndex = 0;
    while ((m = CODE_LIKE.exec(text)) !== null) {
      if (overlapsAny(a.of("hospital-number"), m.index, m.index + m[0].length)) continue;
      // the post's own talk of MRNs or PAS labels these codes
      push(a, "hospital-number", m.index, m.index + m[0].length, 0.75, { labelledByPost: true });
    }
  }

  PATIENT_CODE.lastIndex = 0;
  while ((m = PATIENT_CODE.exec(text)) !== null) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    if (overlapsAny(a.of("hospital-number"), start, start + value.length)) continue;
    push(a, "hospital-number", start, start + value.length, 0.85, { label: m[0].slice(0, m[0].length - value.length).trim() });
  }

  // (only before a care word: "AB1234567's price" is a product's)
  CODE_OWNING.lastIndex = 0;
  while ((m = CODE_OWNING.exec(text)) !== null) {
    if (overlapsAny(a.of("hospital-number"), m.index, m.index + m[0].length)) continue;
    const after = text.slice(m.index + m[0].length + 2, m.index + m[0].length + 40);
    if (OWNED_CARE.test(after)) push(a, "hospital-number", m.index, m.index + m[0].length, 0.75, { owner: true });
  }

  if (locale === "en-GB") {
    TEN_DIGITS.lastIndex = 0;
    while ((m = TEN_DIGITS.exec(text)) !== null) {
      const digits = m[1]! + m[2]! + m[3]!;
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(emails, start, end)) continue;
      if (labelBefore(text, start, /\b(?:isbn(?:-1[03])?|issn|doi|order|invoice|ref|tracking|account|acc|sort code|iban)\b[\s:#.no-]{0,8}$/i, 20)) continue;
      const nhsLabel = labelBefore(text, start, /\b(?:nhs|nhs ?(?:no|number|num)|nhs#)\W{0,4}$/i);
      // "wrong NHS number on this lady's bloods - it says 712 345 6788": a label earlier in the sentence
      const nhsNearby = nhsLabel || labelBefore(text, start, /\bnhs (?:no|number|num)\b[^.!?\n]{0,60}$/i, 80);
      // ("get a CHI to pull through? Keeps rejecting 2103874512": the upper-case label a sentence or so before)
      const chiLabel = labelBefore(text, start, /\bchi\b(?: ?(?:no|number))?\W{0,4}$/i) || labelBefore(text, start, /\bCHI\b[^\n]{0,90}$/, 100);
      const valid = nhsChecksumValid(digits);
      // English and Welsh NHS numbers start 4, 6 or 7; Scottish CHI numbers start with a day of birth.
      const nhsRange = /^[4-9]/.test(digits);
      if ((chiLabel || !nhsRange) && chiValid(digits)) push(a, "chi-number", start, end, chiLabel ? 0.97 : 0.6, { valid: true });
      else if (valid && nhsRange) push(a, "nhs-number", start, end, nhsLabel ? 0.99 : 0.85, { valid: true });
      else if (nhsNearby || chiLabel) push(a, chiLabel ? "chi-number" : "nhs-number", start, end, 0.7, { valid: false });
      // Ten digits in the NHS range but failing the check digit: a mistyped NHS number in a post about a patient.
      else if (nhsRange) push(a, "nhs-number", start, end, 0.4, { valid: false, unlabelled: true });
    }
    const taken = [...a.of("nhs-number"), ...a.of("chi-number")];
    for (const re of [UK_MOBILE, UK_LANDLINE]) {
      re.lastIndex = 0;
      while ((m = re.exec(text)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        const digits = m[0].replace(/\D/g, "");
        const national = digits.startsWith("44") ? digits.slice(2) : digits.replace(/^0/, "");
        if (national.length < 9 || national.length > 10) continue;
        if (overlapsAny(taken, start, end) || overlapsAny(a.of("phone"), start, end)) continue;
        push(a, "phone", start, end, re === UK_MOBILE ? 0.9 : 0.75);
      }
    }
  } else {
    SSN.lastIndex = 0;
    while ((m = SSN.exec(text)) !== null) {
      const [area, group, serial] = [m[1]!, m[2]!, m[3]!];
      if (area === "000" || area === "666" || area[0] === "9" || group === "00" || serial === "0000") continue;
      push(a, "ssn", m.index, m.index + m[0].length, m[0].includes("-") ? 0.9 : 0.7);
    }
    SSN_LABELLED.lastIndex = 0;
    while ((m = SSN_LABELLED.exec(text)) !== null) {
      const start = m.index + m[0].length - m[1]!.length;
      push(a, "ssn", start, start + 9, 0.9);
    }
    US_PHONE.lastIndex = 0;
    while ((m = US_PHONE.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(a.of("ssn"), start, end) || overlapsAny(emails, start, end)) continue;
      // Ten bare digits with no separators are more often an ID than a phone number.
      const separated = /[ .()-]/.test(m[0]);
      push(a, "phone", start, end, separated ? 0.85 : 0.5);
    }
    ZIP.lastIndex = 0;
    while ((m = ZIP.exec(text)) !== null) {
      const start = m.index + m[0].length - m[1]!.length;
      push(a, "zip", start, start + m[1]!.length, 0.8);
    }
  }

  IPV4.lastIndex = 0;
  while ((m = IPV4.exec(text)) !== null) push(a, "ip-address", m.index, m.index + m[0].length, 0.6);
}
