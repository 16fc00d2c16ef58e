// The privacy check-up: for each platform, the settings worth reviewing regularly, as GMC social
// media guidance ¶8 asks ("you should regularly review the privacy settings for each of your social
// media profiles"), each tied to the reason in ¶8 a-d it answers. Platforms rename settings often;
// the wording describes what to look for rather than promising an exact menu path.
export type PrivacyPlatform = "x" | "facebook" | "instagram" | "linkedin" | "tiktok";

export interface PrivacySetting {
  id: string;
  name: string;
  where: string;
  why: string;
  /** Which reason in ¶8 this setting answers. */
  para: "8a" | "8b" | "8c" | "8d";
}

export const PARA8: Record<PrivacySetting["para"], string> = {
  "8a": "Social media sites cannot guarantee confidentiality whatever privacy settings are in place.",
  "8b": "Patients, your employer and potential employers, or any other organisation that you have a relationship with, may be able to access your personal information.",
  "8c": "Information about your location may be embedded within photographs and other content and available for others to see.",
  "8d": "Once information is published online it can be difficult to remove as other users may distribute it further or comment on it.",
};

export const PRIVACY_PLATFORMS: readonly { id: PrivacyPlatform; name: string; settings: PrivacySetting[] }[] = [
  {
    id: "x",
    name: "X (Twitter)",
    settings: [
      { id: "protect", name: "Who can see your posts (protected posts)", where: "Settings → Privacy and safety → Audience and tagging", why: "Decide whether anyone, or only approved followers, can read what you post.", para: "8b" },
      { id: "tagging", name: "Photo tagging", where: "Settings → Privacy and safety → Audience and tagging", why: "Stop others tagging you in photos that link you to places or people.", para: "8b" },
      { id: "location", name: "Location in posts", where: "Settings → Privacy and safety → Location information", why: "Turn off adding a precise location to posts; remove location from past posts.", para: "8c" },
      { id: "discover", name: "Discoverability by email and phone", where: "Settings → Privacy and safety → Discoverability and contacts", why: "Patients who have your number or email should not be able to find your account with it.", para: "8b" },
      { id: "dms", name: "Who can message you", where: "Settings → Privacy and safety → Direct messages", why: "Limit messages from people you do not follow, including patients asking for advice.", para: "8a" },
    ],
  },
  {
    id: "facebook",
    name: "Facebook",
    settings: [
      { id: "audience", name: "Default audience for new posts", where: "Settings → Privacy → Your activity", why: "Check who sees new posts by default: Friends rather than Public.", para: "8b" },
      { id: "past", name: "Limit who can see past posts", where: "Settings → Privacy → Your activity", why: "Old public posts stay findable; restrict them in one step.", para: "8d" },
      { id: "lookup", name: "Who can look you up by email or phone", where: "Settings → Privacy → How people find and contact you", why: "Stop patients finding your personal profile from their records of your contact details.", para: "8b" },
      { id: "tag-review", name: "Review tags before they appear", where: "Settings → Profile and tagging", why: "Approve photos and posts others tag you in before they show on your profile.", para: "8d" },
      { id: "location", name: "Location history and check-ins", where: "Settings → Location", why: "Check-ins and location history tell people where you live and work.", para: "8c" },
    ],
  },
  {
    id: "instagram",
    name: "Instagram",
    settings: [
      { id: "private", name: "Private account", where: "Settings → Account privacy", why: "With a private account only followers you approve see your posts.", para: "8b" },
      { id: "tags", name: "Tags and mentions", where: "Settings → Tags and mentions", why: "Choose who can tag or mention you, and approve tags manually.", para: "8d" },
      { id: "location", name: "Location on posts and photo location access", where: "Post location field; phone settings → Instagram → Location", why: "Photos and location stickers can reveal where you live or work.", para: "8c" },
      { id: "contacts", name: "Contact syncing and suggested accounts", where: "Settings → Accounts Centre → Your information and permissions", why: "Syncing contacts can suggest your account to patients in your phone book, and theirs to you.", para: "8b" },
      { id: "activity", name: "Activity status", where: "Settings → Messages and story replies → Show activity status", why: "Hide when you were last active.", para: "8a" },
    ],
  },
  {
    id: "linkedin",
    name: "LinkedIn",
    settings: [
      { id: "visibility", name: "Profile visibility off LinkedIn", where: "Settings → Visibility → Edit your public profile", why: "Decide what search engines and people without an account can see.", para: "8b" },
      { id: "email", name: "Who can see your email address and connections", where: "Settings → Visibility → Profile network", why: "Keep contact details and your network to people you choose.", para: "8b" },
      { id: "viewing", name: "Profile viewing mode", where: "Settings → Visibility → Profile viewing options", why: "Choose whether people see that you viewed their profile (a patient would).", para: "8a" },
      { id: "sharing", name: "Sharing profile updates with your network", where: "Settings → Visibility → Share profile updates", why: "Job moves announce where you will be working.", para: "8c" },
      { id: "data", name: "Data for research and ads", where: "Settings → Data privacy", why: "Limit how your data and activity are used beyond the site.", para: "8d" },
    ],
  },
  {
    id: "tiktok",
    name: "TikTok",
    settings: [
      { id: "private", name: "Private account", where: "Settings and privacy → Privacy → Private account", why: "Only approved followers see your videos.", para: "8b" },
      { id: "suggest", name: "Suggest your account to others", where: "Settings and privacy → Privacy → Suggest your account to others", why: "Turn off suggestions to contacts, Facebook friends and people with mutual connections.", para: "8b" },
      { id: "reuse", name: "Duet, Stitch, downloads and reposts", where: "Settings and privacy → Privacy", why: "Limit how others copy and spread your videos.", para: "8d" },
      { id: "location", name: "Location services and location tags", where: "Settings and privacy → Location", why: "Videos filmed at work can show where you are; remove location tags.", para: "8c" },
      { id: "dms", name: "Who can send you messages", where: "Settings and privacy → Privacy → Direct messages", why: "Limit messages from strangers, including patients.", para: "8a" },
    ],
  },
];

export const REVIEW_PERIODS: readonly { days: number; label: string }[] = [
  { days: 30, label: "Every month" },
  { days: 90, label: "Every 3 months" },
  { days: 182, label: "Every 6 months" },
  { days: 365, label: "Every year" },
];

/** Whole days between an ISO date (yyyy-mm-dd) and `now`. */
export function daysSince(isoDate: string, now: Date): number {
  const then = new Date(`${isoDate}T00:00:00`);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((today.getTime() - then.getTime()) / 86_400_000);
}

export type ReviewStatus = "never" | "ok" | "due";

export function reviewStatus(isoDate: string | null | undefined, periodDays: number, now: Date): ReviewStatus {
  if (!isoDate) return "never";
  return daysSince(isoDate, now) > periodDays ? "due" : "ok";
}
