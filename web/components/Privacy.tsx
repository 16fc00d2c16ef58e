// The privacy check-up (GMC social media guidance ¶8): per platform, the settings to review, when they
// were last reviewed, and a reminder once a review is older than the period the user chose.
import type { Settings } from "../store";
import { todayIso } from "../store";
import { PARA8, PRIVACY_PLATFORMS, REVIEW_PERIODS, daysSince, reviewStatus } from "../privacy-data";

interface Props {
  settings: Settings;
  setSettings(update: (s: Settings) => Settings): void;
}

function jumpTo(e: Event, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: "center" });
  el?.focus({ preventScroll: true });
}

function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00`);
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

export function PrivacyPage({ settings, setSettings }: Props) {
  const now = new Date();
  const period = settings.privacy.periodDays;
  return (
    <div class="page privacy">
      <h1 id="page-heading" tabIndex={-1}>
        Privacy check-up
      </h1>
      <blockquote class="lead-quote">
        “You should be aware of the limitations of privacy online and you should regularly review the privacy
        settings for each of your social media profiles.”
        <footer>GMC, Doctors' use of social media, paragraph 8. This is for the following reasons:</footer>
        <ol class="para8" type="a">
          {(Object.keys(PARA8) as (keyof typeof PARA8)[]).map((k) => (
            <li key={k} id={`para-${k}`} tabIndex={-1}>
              {PARA8[k]}
            </li>
          ))}
        </ol>
      </blockquote>
      <label class="period">
        <span>Remind me to review</span>
        <select
          id="review-period"
          value={String(period)}
          onChange={(e) => {
            const days = Number((e.currentTarget as HTMLSelectElement).value);
            setSettings((s) => ({ ...s, privacy: { ...s.privacy, periodDays: days } }));
          }}
        >
          {REVIEW_PERIODS.map((p) => (
            <option key={p.days} value={String(p.days)}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <div class="platforms">
        {PRIVACY_PLATFORMS.map((p) => {
          const last = settings.privacy.reviewed[p.id];
          const status = reviewStatus(last, period, now);
          return (
            <section key={p.id} class={`platform status-${status}`} aria-labelledby={`pp-${p.id}`} data-platform={p.id}>
              <h2 id={`pp-${p.id}`}>{p.name}</h2>
              <p class="review-state" data-status={status}>
                {status === "never" && (
                  <>
                    <span aria-hidden="true">○ </span>Not reviewed yet
                  </>
                )}
                {status === "ok" && last && (
                  <>
                    <span aria-hidden="true">✓ </span>Last reviewed {formatDate(last)}
                  </>
                )}
                {status === "due" && last && (
                  <>
                    <span aria-hidden="true">⚠ </span>Review due: last reviewed {formatDate(last)}, {daysSince(last, now)} days ago
                  </>
                )}
              </p>
              <ul class="settings-list">
                {p.settings.map((s) => (
                  <li key={s.id}>
                    <strong>{s.name}</strong>
                    <span class="where">{s.where}</span>
                    <span>{s.why}</span>
                    <span class="para">
                      Why it matters: <a href={`#/privacy`} onClick={(e) => jumpTo(e, `para-${s.para}`)}>¶{s.para}</a>
                    </span>
                  </li>
                ))}
              </ul>
              <div class="actions">
                <button
                  type="button"
                  onClick={() =>
                    setSettings((st) => ({ ...st, privacy: { ...st.privacy, reviewed: { ...st.privacy.reviewed, [p.id]: todayIso() } } }))
                  }
                >
                  I reviewed {p.name} today
                </button>
                {last && (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() =>
                      setSettings((st) => {
                        const reviewed = { ...st.privacy.reviewed };
                        delete reviewed[p.id];
                        return { ...st, privacy: { ...st.privacy, reviewed } };
                      })
                    }
                  >
                    Clear date<span class="visually-hidden"> for {p.name}</span>
                  </button>
                )}
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}

/** A short reminder on the check page when a review the user has done before is now overdue. */
export function PrivacyReminder({ settings }: { settings: Settings }) {
  const now = new Date();
  const due = PRIVACY_PLATFORMS.filter((p) => reviewStatus(settings.privacy.reviewed[p.id], settings.privacy.periodDays, now) === "due");
  if (due.length === 0) return null;
  return (
    <p class="reminder">
      <span aria-hidden="true">⚠ </span>
      Time to review your privacy settings on {due.map((p) => p.name).join(", ")}.{" "}
      <a href="#/privacy">Open the privacy check-up</a>
    </p>
  );
}
