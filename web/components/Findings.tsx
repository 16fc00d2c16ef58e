// The verdict banner, the seriousness meter and one card per finding: what, why (the guidance
// quoted, with its source), and what to do (one-click suggestions).
import { useEffect, useRef } from "preact/hooks";
import type { Finding, Report, RuleInfo } from "../../src/engine/types";
import { findingKeys } from "../highlight";
import { memo } from "../memo";
import { SEVERITY_TEXT, VERDICT_TEXT } from "../labels";

interface Props {
  report: Report | null;
  /** Hash of the text `report` was made for (see textHash). */
  reportFor: string;
  findings: Finding[];
  checking: boolean;
  ready: boolean;
  empty: boolean;
  ruleById: Map<string, RuleInfo>;
  activeKey: string | null;
  scrollToActive: boolean;
  onActive(key: string | null): void;
  onApply(f: Finding, suggestion: number): void;
  onShow(f: Finding): void;
}

const VERDICT_ICON = { pass: "✓", review: "⚠", stop: "✖" } as const;

export const FindingsPanel = memo(function FindingsPanel(props: Props) {
  const { report, findings, ruleById, activeKey } = props;
  const keys = findingKeys(findings);
  const list = useRef<HTMLOListElement>(null);

  // Bring the active card into view inside the findings column (never steal keyboard focus).
  useEffect(() => {
    if (!activeKey || !props.scrollToActive) return;
    const card = list.current?.querySelector<HTMLElement>(".card.active");
    const scroller = list.current?.closest<HTMLElement>(".findings");
    if (!card || !scroller) return;
    if (scroller.scrollHeight > scroller.clientHeight + 1) {
      const top = card.offsetTop - scroller.offsetTop;
      if (top < scroller.scrollTop || top + card.offsetHeight > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTo({ top: Math.max(0, top - 12), behavior: "smooth" });
      }
    } else {
      const r = card.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight) card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }, [activeKey, props.scrollToActive]);

  const verdict = props.empty ? null : report?.verdict ?? null;
  const score = props.empty ? 0 : report?.score ?? 0;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading" class="visually-hidden">
        Result
      </h2>
      <div
        class={`verdict ${verdict ? `verdict-${verdict}` : "verdict-none"}`}
        data-verdict={verdict ?? "none"}
        data-checking={props.checking ? "true" : "false"}
        data-text-hash={props.reportFor}
        data-testid="verdict"
      >
        <span class="verdict-icon" aria-hidden="true">
          {verdict ? VERDICT_ICON[verdict] : "…"}
        </span>
        <div>
          <p class="verdict-title">{verdict ? VERDICT_TEXT[verdict].title : props.empty ? "Start writing" : "Checking…"}</p>
          <p class="verdict-detail">
            {verdict
              ? VERDICT_TEXT[verdict].detail
              : props.empty
                ? "Your verdict appears here as you type."
                : props.ready
                  ? "Checking your post."
                  : "Starting the checker."}
          </p>
        </div>
      </div>
      <div class="meter-row">
        <span id="meter-label">Seriousness</span>
        <div
          class="meter"
          role="meter"
          aria-labelledby="meter-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={score}
          aria-valuetext={`${score} out of 100`}
        >
          <div class={`meter-fill ${score >= 67 ? "high" : score >= 34 ? "mid" : "low"}`} ref={(el) => {
              if (el) el.style.width = `${score}%`;
            }} />
        </div>
        <span class="meter-value" data-testid="score">
          {score}/100
        </span>
      </div>
      <Announcer verdict={verdict} counts={counts} />
      {findings.length > 0 && (
        <p class="summary">
          {findings.length} {findings.length === 1 ? "thing" : "things"} to look at
          {counts.error ? `: ${counts.error} ${counts.error === 1 ? "problem" : "problems"}` : ""}
          {counts.warning ? `${counts.error ? ", " : ": "}${counts.warning} to check` : ""}
          {counts.info ? `${counts.error || counts.warning ? ", " : ": "}${counts.info} ${counts.info === 1 ? "note" : "notes"}` : ""}
        </p>
      )}
      <ol class="cards" ref={list} aria-label="Findings">
        {findings.map((f, i) => (
          <FindingCard
            key={keys[i]}
            stableKey={keys[i]!}
            finding={f}
            id={`finding-${i}`}
            rule={ruleById.get(f.ruleId)}
            active={activeKey === keys[i]}
            onActive={props.onActive}
            onApply={props.onApply}
            onShow={props.onShow}
          />
        ))}
      </ol>
    </section>
  );
});

const FindingCard = memo(function FindingCard(props: {
  finding: Finding;
  stableKey: string;
  id: string;
  rule: RuleInfo | undefined;
  active: boolean;
  onActive(key: string | null): void;
  onApply(f: Finding, suggestion: number): void;
  onShow(f: Finding): void;
}) {
  const { finding: f, rule, id } = props;
  const key = props.stableKey;
  const sev = SEVERITY_TEXT[f.severity];
  const inText = f.range[1] > f.range[0];
  return (
    <li
      class={`card sev-${f.severity}${props.active ? " active" : ""}`}
      data-rule={f.ruleId}
      data-severity={f.severity}
      onMouseEnter={() => props.onActive(key)}
      onMouseLeave={() => props.onActive(null)}
      onFocusIn={() => props.onActive(key)}
    >
      <article aria-labelledby={`${id}-what`}>
        <p class="card-head">
          <span class={`badge sev-${f.severity}`}>
            <span aria-hidden="true">{sev.icon}</span> {sev.label}
          </span>
          <span class="rule-id">{f.ruleId}</span>
        </p>
        <h3 id={`${id}-what`} class="card-what">
          {f.message}
        </h3>
        {inText ? (
          <p class="excerpt">
            <span class="visually-hidden">In your post: </span>“{f.excerpt}”
          </p>
        ) : (
          <p class="excerpt">About your profile and where you are posting, not a part of the text.</p>
        )}
        {f.found && (
          <p class="found">
            Found by the second opinion, not by a rule: this post reads like the serious breaches of this rule that scrubs learned from ({Math.round(f.found.probability * 100)}%), most of all {f.found.words.join(", ")}. Check it yourself.
          </p>
        )}
        {f.raised && (
          <p class="raised">
            Raised from a warning: this post reads like the serious breaches of this rule that scrubs learned from ({Math.round(f.raised.probability * 100)}%), most of all {f.raised.words.join(", ")}.
          </p>
        )}
        <details class="why">
          <summary>Why this matters</summary>
          {rule?.docs.why && <p>{rule.docs.why}</p>}
          {f.citations.map((c) => (
            <figure key={c.key} class="citation">
              <blockquote>{c.text}</blockquote>
              <figcaption>
                {c.document}, {/^\d/.test(c.paragraph) ? `paragraph ${c.paragraph}` : c.paragraph}
              </figcaption>
            </figure>
          ))}
        </details>
        {(rule?.docs.fix || f.suggestions?.some((s) => s.edits.length) || inText) && (
        <div class="what-to-do">
          {(rule?.docs.fix || f.suggestions?.some((s) => s.edits.length)) && <p class="what-to-do-title">What to do</p>}
          {rule?.docs.fix && <p>{rule.docs.fix}</p>}
          <div class="card-actions">
            {(f.suggestions ?? []).map((s, i) =>
              s.edits.length ? (
                <button type="button" key={i} class="apply" onClick={() => props.onApply(f, i)}>
                  Apply: {s.message}
                </button>
              ) : null,
            )}
            {inText && (
              <button type="button" class="link-button" onClick={() => props.onShow(f)}>
                Show in post<span class="visually-hidden">: {f.excerpt}</span>
              </button>
            )}
          </div>
        </div>
        )}
      </article>
    </li>
  );
});

/** Announces the verdict to screen readers once typing pauses, not on every keystroke. */
function Announcer(props: { verdict: string | null; counts: Record<string, number> }) {
  const el = useRef<HTMLParagraphElement>(null);
  const timer = useRef(0);
  const msg = props.verdict
    ? `${VERDICT_TEXT[props.verdict as keyof typeof VERDICT_TEXT].title}. ${props.counts.error} problems, ${props.counts.warning} to check.`
    : "";
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (el.current && el.current.textContent !== msg) el.current.textContent = msg;
    }, 1200);
    return () => clearTimeout(timer.current);
  }, [msg]);
  return <p class="visually-hidden" aria-live="polite" ref={el} />;
}
