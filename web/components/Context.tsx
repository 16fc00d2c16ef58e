// Where the post is going (audience, platform, preset) and who is posting (the profile the
// anonymity and conflict-of-interest rules read). Stored only in this browser.
import { useState } from "preact/hooks";
import { AUDIENCES, PLATFORMS, PRESET_NAMES } from "../../src/engine/types";
import { AUDIENCE_LABELS, PLATFORM_LABELS, PRESET_LABELS } from "../labels";
import { exportAll } from "../store";
import type { Settings } from "../store";

interface Props {
  settings: Settings;
  setSettings(update: (s: Settings) => Settings): void;
}

export function ContextControls({ settings, setSettings }: Props) {
  return (
    <fieldset class="context">
      <legend>Where you are posting</legend>
      <div class="context-grid">
        <label>
          <span>Audience</span>
          <select
            id="ctx-audience"
            value={settings.audience}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Settings["audience"];
              setSettings((s) => ({ ...s, audience: v }));
            }}
          >
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {AUDIENCE_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Platform</span>
          <select
            id="ctx-platform"
            value={settings.platform}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Settings["platform"];
              setSettings((s) => ({ ...s, platform: v }));
            }}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Guidance</span>
          <select
            id="ctx-preset"
            value={settings.preset}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Settings["preset"];
              setSettings((s) => ({ ...s, preset: v }));
            }}
          >
            {PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                {PRESET_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}

function parseInterests(text: string): string[] {
  return text
    .split(/[,\n;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function ProfilePanel({ settings, setSettings }: Props) {
  const [interests, setInterests] = useState(settings.declaredInterests.join(", "));
  const p = settings.profile;
  const filled = Boolean(p.displayName || p.bio || settings.declaredInterests.length);
  const [initiallyOpen] = useState(!filled);
  return (
    <details class="profile" open={initiallyOpen}>
      <summary>
        Your profile <span class="summary-note">{filled ? (p.displayName ? `: ${p.displayName}` : ": no name given") : "(optional)"}</span>
      </summary>
      <p class="hint" id="profile-help">
        What your account shows. The guidance asks doctors who say they are doctors to give their name, and to
        declare interests when they promote anything. Kept in this browser only.
      </p>
      <div class="profile-grid">
        <label>
          <span>Display name</span>
          <input
            id="profile-name"
            type="text"
            autocomplete="off"
            value={p.displayName}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              setSettings((s) => ({ ...s, profile: { ...s.profile, displayName: v } }));
            }}
          />
        </label>
        <label>
          <span>Bio</span>
          <textarea
            id="profile-bio"
            rows={2}
            value={p.bio}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLTextAreaElement).value;
              setSettings((s) => ({ ...s, profile: { ...s.profile, bio: v } }));
            }}
          />
        </label>
        <label>
          <span>Declared interests</span>
          <input
            id="profile-interests"
            type="text"
            autocomplete="off"
            aria-describedby="interests-help"
            value={interests}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              setInterests(v);
              setSettings((s) => ({ ...s, declaredInterests: parseInterests(v) }));
            }}
          />
          <span class="hint" id="interests-help">
            Companies or products you have a financial interest in, separated by commas.
          </span>
        </label>
      </div>
    </details>
  );
}

export function DataControls(props: { onDelete(): void }) {
  const download = () => {
    const blob = new Blob([exportAll()], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `scrubs-data-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section class="data" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="hint">
        Your profile, settings, privacy review dates and draft are stored in this browser only. scrubs never sends
        them anywhere.
      </p>
      <div class="actions">
        <button type="button" onClick={download}>
          Export my data
        </button>
        <button type="button" class="danger" onClick={props.onDelete}>
          Delete all my data
        </button>
      </div>
    </section>
  );
}
