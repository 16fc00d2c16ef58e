import type { Audience, Platform, PresetName, Severity, Verdict } from "../src/engine/types";

export const AUDIENCE_LABELS: Record<Audience, string> = {
  public: "Public",
  "private-group": "Private group",
  "professional-closed": "Professional closed forum",
  "direct-message": "Direct message",
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  x: "X (Twitter)",
  facebook: "Facebook",
  instagram: "Instagram",
  threads: "Threads",
  linkedin: "LinkedIn",
  tiktok: "TikTok",
  reddit: "Reddit",
  mastodon: "Mastodon",
  bluesky: "Bluesky",
  blog: "Blog",
  website: "Website",
  "review-reply": "Reply to a review",
};

export const PRESET_LABELS: Record<PresetName, string> = {
  gmc: "GMC (UK doctors)",
  nmc: "NMC (UK nurses and midwives)",
  hipaa: "HIPAA (US)",
};

export const VERDICT_TEXT: Record<Verdict, { title: string; detail: string }> = {
  pass: { title: "Ready to post", detail: "Nothing in this post goes against the guidance we check." },
  review: { title: "Review before posting", detail: "Some things may go against the guidance. Read the notes below." },
  stop: { title: "Do not post", detail: "This post goes against the guidance. Fix the problems below first." },
};

export const SEVERITY_TEXT: Record<Severity, { label: string; icon: string }> = {
  error: { label: "Problem", icon: "✖" },
  warning: { label: "Check", icon: "⚠" },
  info: { label: "Note", icon: "ℹ" },
};

export function optionLabel<T extends string>(labels: Record<string, string>, value: T): string {
  return labels[value] ?? value;
}
