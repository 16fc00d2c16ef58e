// Settings live in this browser's localStorage only; the draft lives in sessionStorage (kept across
// a reload, gone when the tab closes). Nothing is ever sent anywhere. Loading is defensive: anything
// malformed falls back to the default for that field.
import { AUDIENCES, PLATFORMS, PRESET_NAMES } from "../src/engine/types";
import type { Audience, Platform, PresetName } from "../src/engine/types";
import { PRIVACY_PLATFORMS, REVIEW_PERIODS } from "./privacy-data";
import type { PrivacyPlatform } from "./privacy-data";

export const SETTINGS_KEY = "scrubs:settings:v1";
export const DRAFT_KEY = "scrubs:draft:v1";

export interface Settings {
  version: 1;
  audience: Audience;
  platform: Platform;
  preset: PresetName;
  profile: { displayName: string; bio: string };
  declaredInterests: string[];
  privacy: {
    periodDays: number;
    /** yyyy-mm-dd of the last review per platform. */
    reviewed: Partial<Record<PrivacyPlatform, string>>;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  audience: "public",
  platform: "x",
  preset: "gmc",
  profile: { displayName: "", bio: "" },
  declaredInterests: [],
  privacy: { periodDays: 90, reviewed: {} },
};

const str = (v: unknown, max = 2000): string => (typeof v === "string" ? v.slice(0, max) : "");
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

export function sanitizeSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const profile = (o.profile && typeof o.profile === "object" ? o.profile : {}) as Record<string, unknown>;
  const privacy = (o.privacy && typeof o.privacy === "object" ? o.privacy : {}) as Record<string, unknown>;
  const reviewedRaw = (privacy.reviewed && typeof privacy.reviewed === "object" ? privacy.reviewed : {}) as Record<string, unknown>;
  const reviewed: Settings["privacy"]["reviewed"] = {};
  for (const p of PRIVACY_PLATFORMS) {
    const d = reviewedRaw[p.id];
    if (typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d)) reviewed[p.id] = d;
  }
  const period = typeof privacy.periodDays === "number" && REVIEW_PERIODS.some((r) => r.days === privacy.periodDays)
    ? privacy.periodDays
    : DEFAULT_SETTINGS.privacy.periodDays;
  return {
    version: 1,
    audience: oneOf(o.audience, AUDIENCES, DEFAULT_SETTINGS.audience),
    platform: oneOf(o.platform, PLATFORMS, DEFAULT_SETTINGS.platform),
    preset: oneOf(o.preset, PRESET_NAMES, DEFAULT_SETTINGS.preset),
    profile: { displayName: str(profile.displayName, 200), bio: str(profile.bio, 2000) },
    declaredInterests: Array.isArray(o.declaredInterests)
      ? o.declaredInterests.filter((x): x is string => typeof x === "string" && x.trim() !== "").map((x) => x.trim().slice(0, 200)).slice(0, 100)
      : [],
    privacy: { periodDays: period, reviewed },
  };
}

function storage(kind: "local" | "session"): Storage | null {
  try {
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null; // storage disabled (private mode, policy): the app still works, it just forgets
  }
}

export function loadSettings(): Settings {
  const raw = storage("local")?.getItem(SETTINGS_KEY);
  if (!raw) return DEFAULT_SETTINGS;
  try {
    return sanitizeSettings(JSON.parse(raw));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(s: Settings): void {
  try {
    storage("local")?.setItem(SETTINGS_KEY, JSON.stringify(s));
  } catch {
    /* quota or disabled: keep going in memory */
  }
}

export function loadDraft(): string {
  return storage("session")?.getItem(DRAFT_KEY) ?? "";
}

export function saveDraft(text: string): void {
  try {
    const s = storage("session");
    if (!s) return;
    if (text) s.setItem(DRAFT_KEY, text);
    else s.removeItem(DRAFT_KEY);
  } catch {
    /* ignore */
  }
}

/** Everything this app has stored on this device, as one JSON document. */
export function exportAll(): string {
  const data: Record<string, unknown> = { app: "scrubs", exportedAt: new Date().toISOString(), settings: loadSettings() };
  const draft = loadDraft();
  if (draft) data.draft = draft;
  return JSON.stringify(data, null, 2);
}

/** Removes every key this app wrote, in both storages. */
export function deleteAll(): void {
  for (const kind of ["local", "session"] as const) {
    const s = storage(kind);
    if (!s) continue;
    for (let i = s.length - 1; i >= 0; i--) {
      const k = s.key(i);
      if (k?.startsWith("scrubs:")) s.removeItem(k);
    }
  }
}

export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
