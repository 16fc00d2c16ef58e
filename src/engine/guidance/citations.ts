// The guidance every finding rests on, quoted from the source documents in shared/seeds/ (the GMC's
// "Doctors' use of social media", with the Good medical practice and Confidentiality paragraphs it
// quotes; the do/don't sheet; the GMC adviser's slides; the GMC blog), plus the NMC Code and US law
// for the other presets. Keys are stable: findings, presets and docs refer to them.
import type { Citation } from "../types";

const SM = "GMC, Doctors' use of social media";
const GMP = "GMC, Good medical practice";
const CONF = "GMC, Confidentiality: good practice in handling patient information";
const SHEET = "Social media guidance for health professionals (do's and don'ts)";
const SLIDES = "GMC, Professional use of social media (adviser's slides)";
const BLOG = "GMC blog: social media safety checklist";
const NMC = "NMC, The Code: Professional standards of practice and behaviour (2018)";
const HIPAA = "HIPAA Privacy Rule, 45 CFR 164.514(b) (Safe Harbor de-identification)";
const HIPAA_GEN = "HIPAA Privacy Rule, 45 CFR 164.502";
const AMA = "AMA Code of Medical Ethics, Opinion 2.3.2: Professionalism in the use of social media";
const CAP = "CAP Code (UK Code of Non-broadcast Advertising)";
const FTC = "FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR 255";

type Entry = [document: string, paragraph: string, text: string];

const TABLE: Record<string, Entry> = {
  // Doctors' use of social media (shared/seeds/001, 000)
  "gmc-sm:5": [SM, "5", "The standards expected of doctors do not change because they are communicating through social media rather than face to face or through other traditional media."],
  "gmc-sm:6": [SM, "6", "You must also follow our guidance on prescribing, which gives advice on using internet sites for the provision of medical services."],
  "gmc-sm:7": [SM, "7", "As well as this guidance, you should keep up to date with and follow your organisation's policy on social media."],
  "gmc-sm:8": [SM, "8", "You should be aware of the limitations of privacy online and you should regularly review the privacy settings for each of your social media profiles."],
  "gmc-sm:8a": [SM, "8a", "Social media sites cannot guarantee confidentiality whatever privacy settings are in place."],
  "gmc-sm:8b": [SM, "8b", "Patients, your employer and potential employers, or any other organisation that you have a relationship with, may be able to access your personal information."],
  "gmc-sm:8c": [SM, "8c", "Information about your location may be embedded within photographs and other content and available for others to see."],
  "gmc-sm:8d": [SM, "8d", "Once information is published online it can be difficult to remove as other users may distribute it further or comment on it."],
  "gmc-sm:10": [SM, "10", "Using social media also creates risks, particularly where social and professional boundaries become unclear. You must follow the guidance in Maintaining a professional boundary between you and your patient."],
  "gmc-sm:11": [SM, "11", "If a patient contacts you about their care or other professional matters through your private profile, you should indicate that you cannot mix social and professional relationships and, where appropriate, direct them to your professional profile."],
  "gmc-sm:12": [SM, "12", "Many doctors use professional social media sites that are not accessible to the public. Such sites can be useful places to find advice about current practice in specific circumstances. However, you must still be careful not to share identifiable information about patients."],
  "gmc-sm:13": [SM, "13", "Although individual pieces of information may not breach confidentiality on their own, the sum of published information online could be enough to identify a patient or someone close to them."],
  "gmc-sm:14": [SM, "14", "You must not use publicly accessible social media to discuss individual patients or their care with those patients or anyone else."],
  "gmc-sm:15": [SM, "15", "You must not bully, harass or make gratuitous, unsubstantiated or unsustainable comments about individuals online."],
  "gmc-sm:16": [SM, "16", "When interacting with or commenting about individuals or organisations online, you should be aware that postings online are subject to the same laws of copyright and defamation as written or verbal communications, whether they are made in a personal or professional capacity."],
  "gmc-sm:17": [SM, "17", "If you identify yourself as a doctor in publicly accessible social media, you should also identify yourself by name. Any material written by authors who represent themselves as doctors is likely to be taken on trust and may reasonably be taken to represent the views of the profession more widely."],
  "gmc-sm:18": [SM, "18", "You should also be aware that content uploaded anonymously can, in many cases, be traced back to its point of origin."],
  "gmc-sm:19": [SM, "19", "When you post material online, you should be open about any conflict of interest and declare any financial or commercial interests in healthcare organisations or pharmaceutical and biomedical companies."],
  // Good medical practice, as quoted in the guidance (and in the adviser's slides for 53, 77-80)
  "gmp:36": [GMP, "36", "You must treat colleagues fairly and with respect."],
  "gmp:53": [GMP, "53", "You must not use your professional position to pursue a sexual or improper emotional relationship with a patient or someone close to them."],
  "gmp:65": [GMP, "65", "You must make sure that your conduct justifies your patients' trust in you and the public's trust in the profession."],
  "gmp:69": [GMP, "69", "When communicating publicly, including speaking to or writing in the media, you must maintain patient confidentiality. You should remember when using social media that communications intended for friends or family may become more widely available."],
  "gmp:70": [GMP, "70", "When advertising your services, you must make sure the information you publish is factual and can be checked, and does not exploit patients' vulnerability or lack of medical knowledge."],
  "gmp:77": [GMP, "77", "You must be honest in financial and commercial dealings with patients, employers, insurers and other organisations or individuals."],
  "gmp:79": [GMP, "79", "If you are faced with a conflict of interest, you must be open about the conflict, declaring your interest formally, and you should be prepared to exclude yourself from decision making."],
  "gmp:80": [GMP, "80", "You must not ask for or accept – from a patient, a patient's family or a third party – a financial or commercial arrangement that is likely to result in a conflict of interest, unless you are satisfied that the arrangement is in the patient's best interests and you have taken steps to ensure that the patient is fully informed of the arrangement and its potential risks."],
  // Confidentiality, as quoted in the guidance
  "conf:118": [CONF, "118", "Many improper disclosures of patient information are unintentional. Conversations in reception areas, at a patient's bedside and in public places may be overheard."],
  "conf:119": [CONF, "119", "You must make sure any personal information about patients that you hold or control is effectively protected at all times against improper access, disclosure or loss. You should not leave patients' records, or other notes you make about patients, either on paper or on screen, unattended. You should not share passwords."],
  // The do's and don'ts sheet (shared/seeds/002)
  "seed-002:language": [SHEET, "Do", "Get involved in discussions and debates but don't use inappropriate language or get involved in spats. If a discussion becomes inflamed, walk away from it."],
  "seed-002:whistleblow": [SHEET, "Do", "Report the misconduct of other medical professionals if they are behaving unprofessionally to the appropriate parties, such as the GMC, their employer etc. ... However, do not use social media to whistle-blow; use the appropriate channels."],
  "seed-002:friend-requests": [SHEET, "Don't", "Accept friend requests on Facebook from patients. Rather, direct them to your business Page or Group."],
  "seed-002:relationships": [SHEET, "Don't", "Establish inappropriate relationships online with colleagues, peers or patients."],
  "seed-002:clinical-records": [SHEET, "Don't", "Break patient confidentiality on a social media platform, even in a private group. This includes posting any images that are classified as clinical records."],
  "seed-002:defamation": [SHEET, "Don't", "Make defamatory comments about an individual or organisation as Defamation Law can apply to comments made online."],
  "seed-002:full-name": [SHEET, "Do", "Remember that if you identify yourself as a doctor, you must use your full name under GMC guidelines."],
  "seed-002:newspaper": [SHEET, "Don't", "Say anything online that you wouldn't be happy to see printed in a newspaper. Use this as a general rule."],
  "seed-002:professional": [SHEET, "Do", "Be conscious of the image you're presenting online. You must remain professional at all times."],
  // The adviser's slides (shared/seeds/003) and the GMC blog (shared/seeds/004)
  "seed-003:seriousness": [SLIDES, "An indication of seriousness", "Situations ranked by seriousness, from providing misleading or inaccurate information on a professional website (e.g. cosmetic surgery) to having an argument with a colleague on publicly accessible social media."],
  "seed-004:small-communities": [BLOG, "Confidentiality", "A doctor tweeting from their surgery describing patients (without names) or their circumstances may well inadvertently identify individuals, especially in small communities."],
  "seed-004:privacy-settings": [BLOG, "Checklist", "Regularly audit privacy settings and your connections."],
  // Advertising law (for prescription-only medicines)
  "cap:12.12": [CAP, "12.12", "Prescription-only medicines may not be advertised to the public."],
  "cap:12.1": [CAP, "12.1", "Objective claims must be backed by evidence, if relevant consisting of trials conducted on people."],
  "ftc:255.5": [FTC, "255.5", "When there exists a connection between the endorser and the seller of the advertised product that might materially affect the weight or credibility of the endorsement, such connection must be fully disclosed."],
  // NMC Code (nmc preset)
  "nmc:1.1": [NMC, "1.1", "treat people with kindness, respect and compassion"],
  "nmc:5.1": [NMC, "5.1", "respect a person's right to privacy in all aspects of their care"],
  "nmc:5.4": [NMC, "5.4", "share necessary information with other health and care professionals and agencies only when the interests of patient safety and public protection override the need for confidentiality"],
  "nmc:8.1": [NMC, "8.1", "respect the skills, expertise and contributions of your colleagues, referring matters to them when appropriate"],
  "nmc:16.1": [NMC, "16.1", "raise and, if necessary, escalate any concerns you may have about patient or public safety, or the level of care people are receiving in your workplace or any other health and care setting and use the channels available to you in line with our guidance and your local working practices"],
  "nmc:18.1": [NMC, "18.1", "prescribe, advise on, or provide medicines or treatment, including repeat prescriptions (only if you are suitably qualified) if you have enough knowledge of that person's health and are satisfied that the medicines or treatment serve that person's health needs"],
  "nmc:20.1": [NMC, "20.1", "keep to and uphold the standards and values set out in the Code"],
  "nmc:20.2": [NMC, "20.2", "act with honesty and integrity at all times, treating people fairly and without discrimination, bullying or harassment"],
  "nmc:20.3": [NMC, "20.3", "be aware at all times of how your behaviour can affect and influence the behaviour of other people"],
  "nmc:20.4": [NMC, "20.4", "keep to the laws of the country in which you are practising"],
  "nmc:20.5": [NMC, "20.5", "treat people in a way that does not take advantage of their vulnerability or cause them upset or distress"],
  "nmc:20.6": [NMC, "20.6", "stay objective and have clear professional boundaries at all times with people in your care (including those who have been in your care in the past), their families and carers"],
  "nmc:20.8": [NMC, "20.8", "act as a role model of professional behaviour for students and newly qualified nurses, midwives and nursing associates to aspire to"],
  "nmc:20.10": [NMC, "20.10", "use all forms of spoken, written and digital communication (including social media and networking sites) responsibly, respecting the right to privacy of others at all times"],
  "nmc:21.1": [NMC, "21.1", "refuse all but the most trivial gifts, favours or hospitality as accepting them could be interpreted as an attempt to gain preferential treatment"],
  "nmc:21.3": [NMC, "21.3", "act with honesty and integrity in any financial dealings you have with everyone you have a professional relationship with, including people in your care"],
  "nmc:21.4": [NMC, "21.4", "make sure that any advertisements, publications or published material you produce or have produced for your professional services are accurate, responsible, ethical, do not mislead or exploit vulnerabilities and accurately reflect your relevant skills, experience and qualifications"],
  // HIPAA (hipaa preset): the Safe Harbor identifiers, 45 CFR 164.514(b)(2)(i)
  "hipaa:164.514(b)(2)(i)": [HIPAA, "164.514(b)(2)(i)", "The following identifiers of the individual or of relatives, employers, or household members of the individual, are removed: (A) Names; (B) All geographic subdivisions smaller than a State ...; (C) All elements of dates (except year) for dates directly related to an individual ...; (D) Telephone numbers; (E) Fax numbers; (F) Electronic mail addresses; (G) Social security numbers; (H) Medical record numbers; ... (R) Any other unique identifying number, characteristic, or code."],
  "hipaa:164.514(b)(2)(i)(A)": [HIPAA, "164.514(b)(2)(i)(A)", "Names"],
  "hipaa:164.514(b)(2)(i)(B)": [HIPAA, "164.514(b)(2)(i)(B)", "All geographic subdivisions smaller than a State, including street address, city, county, precinct, zip code, and their equivalent geocodes, except for the initial three digits of a zip code if ... the geographic unit ... contains more than 20,000 people"],
  "hipaa:164.514(b)(2)(i)(C)": [HIPAA, "164.514(b)(2)(i)(C)", "All elements of dates (except year) for dates directly related to an individual, including birth date, admission date, discharge date, date of death; and all ages over 89"],
  "hipaa:164.514(b)(2)(i)(D)": [HIPAA, "164.514(b)(2)(i)(D)", "Telephone numbers"],
  "hipaa:164.514(b)(2)(i)(F)": [HIPAA, "164.514(b)(2)(i)(F)", "Electronic mail addresses"],
  "hipaa:164.514(b)(2)(i)(G)": [HIPAA, "164.514(b)(2)(i)(G)", "Social security numbers"],
  "hipaa:164.514(b)(2)(i)(H)": [HIPAA, "164.514(b)(2)(i)(H)", "Medical record numbers"],
  "hipaa:164.514(b)(2)(i)(R)": [HIPAA, "164.514(b)(2)(i)(R)", "Any other unique identifying number, characteristic, or code"],
  "hipaa:164.514(b)(2)(ii)": [HIPAA, "164.514(b)(2)(ii)", "The covered entity does not have actual knowledge that the information could be used alone or in combination with other information to identify an individual who is a subject of the information."],
  "hipaa:164.502(a)": [HIPAA_GEN, "164.502(a)", "A covered entity or business associate may not use or disclose protected health information, except as permitted or required by this subpart."],
  "ama:2.3.2": [AMA, "2.3.2", "Physicians must be cognizant of standards of patient privacy and confidentiality that must be maintained in all environments, including online, and must refrain from posting identifiable patient information online."],
  "ama:2.3.2(c)": [AMA, "2.3.2(c)", "If they interact with patients on the Internet, physicians must maintain appropriate boundaries of the patient-physician relationship in accordance with professional ethics guidance just as they would in any other context."],
  "ama:2.3.2(f)": [AMA, "2.3.2(f)", "Recognize that actions online and content posted may negatively affect their reputations among patients and colleagues, may have consequences for their medical careers ..., and can undermine public trust in the medical profession."],
};

export function citation(key: string): Citation {
  const entry = Object.hasOwn(TABLE, key) ? TABLE[key] : undefined;
  if (!entry) throw new Error(`scrubs: unknown citation key "${key}"`);
  return { key, document: entry[0], paragraph: entry[1], text: entry[2] };
}

export function hasCitation(key: string): boolean {
  return Object.hasOwn(TABLE, key);
}

export const CITATION_KEYS: readonly string[] = Object.keys(TABLE).sort();
