import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { CheckOptions, Finding, PresetName, Report, RuleInfo } from "../src/engine/types";
import { CheckScheduler, EngineClient } from "./engine-client";
import type { CheckResult } from "./engine-client";
import { diffText, findingKeys, findingsAt, shiftFindings, textHash } from "./highlight";
import { loadDraft, loadSettings, saveDraft, saveSettings, DEFAULT_SETTINGS, deleteAll } from "./store";
import type { Settings } from "./store";
import type { SeriousnessRow } from "./protocol";
import { Composer } from "./components/Composer";
import type { ComposerHandle } from "./components/Composer";
import { ContextControls, ProfilePanel, DataControls } from "./components/Context";
import { FindingsPanel } from "./components/Findings";
import { GuidancePage } from "./components/Guidance";
import { PrivacyPage, PrivacyReminder } from "./components/Privacy";
import { ConfirmDialog } from "./components/Dialog";
import { Counters } from "./components/Counters";
import { MediaSlot } from "./components/MediaSlot";

export type Route = "check" | "guidance" | "privacy";

const ROUTES: Record<Route, { hash: string; title: string }> = {
  check: { hash: "#/", title: "Check a post" },
  guidance: { hash: "#/guidance", title: "Guidance" },
  privacy: { hash: "#/privacy", title: "Privacy check-up" },
};

function routeFromHash(hash: string): Route {
  if (hash.startsWith("#/guidance")) return "guidance";
  if (hash.startsWith("#/privacy")) return "privacy";
  return "check";
}

/** How long a keystroke may wait on this thread for its check (see the effect that sets it). */
const SYNC_WAIT_MS = 20;

/** Optional hook for the benchmark and tests: they define `window.__scrubsPerf = []` before load. */
interface PerfSample {
  length: number;
  commitMs: number;
  frameMs: number;
  engineMs: number;
}
declare global {
  interface Window {
    __scrubsPerf?: PerfSample[];
  }
}

let sharedClient: EngineClient | null = null;
function engine(): EngineClient {
  sharedClient ??= new EngineClient("worker.js");
  return sharedClient;
}

export function optionsFor(s: Settings): CheckOptions {
  const profile: { displayName?: string; bio?: string } = {};
  if (s.profile.displayName.trim()) profile.displayName = s.profile.displayName.trim();
  if (s.profile.bio.trim()) profile.bio = s.profile.bio.trim();
  return {
    preset: s.preset,
    context: {
      audience: s.audience,
      platform: s.platform,
      profile,
      declaredInterests: s.declaredInterests,
    },
  };
}

interface CheckState {
  /** The text the findings' ranges refer to (always the composer's current text). */
  text: string;
  findings: Finding[];
  /** The last report the engine returned for exactly this text and these options, or null while checking. */
  report: Report | null;
  /** The last fresh report, kept so the banner doesn't flicker while a check is in flight. */
  lastReport: Report | null;
}

const EMPTY: Finding[] = [];

export function App() {
  const [route, setRoute] = useState<Route>(() => routeFromHash(location.hash));
  const [settings, setSettingsState] = useState<Settings>(loadSettings);
  const [state, setState] = useState<CheckState>(() => ({ text: loadDraft(), findings: [], report: null, lastReport: null }));
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [activeFrom, setActiveFrom] = useState<"text" | "card" | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string>("");
  const [undo, setUndo] = useState<{ before: string; after: string; label: string } | null>(null);
  const [confirmCopy, setConfirmCopy] = useState<{ text: string; applied: number } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [rules, setRules] = useState<{ preset: PresetName; rules: RuleInfo[]; seriousness: SeriousnessRow[] } | null>(null);
  const [resetCount, setResetCount] = useState(0);

  const composer = useRef<ComposerHandle>(null);
  const textRef = useRef(state.text);
  const pendingInput = useRef<{ text: string; t0: number; tHandler: number; tResult: number } | null>(null);
  const lastEngineMs = useRef(0);
  const firstResult = useRef(false);
  const interimFrame = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  const options = useMemo(() => optionsFor(settings), [settings]);
  const optionsKey = useMemo(() => JSON.stringify(options), [options]);
  const optionsKeyRef = useRef(optionsKey);
  optionsKeyRef.current = optionsKey;

  const setSettings = useCallback((update: (s: Settings) => Settings) => {
    setSettingsState((prev) => {
      const next = update(prev);
      saveSettings(next);
      return next;
    });
  }, []);

  // Routing.
  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const firstRoute = useRef(true);
  useEffect(() => {
    document.title = `${ROUTES[route].title} · scrubs`;
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    // Move focus to the new view's heading so screen readers announce the page change.
    document.getElementById("page-heading")?.focus();
  }, [route]);

  // The engine worker and its check scheduler.
  const scheduler = useMemo(
    () =>
      new CheckScheduler(
        engine(),
        (r: CheckResult) => {
          lastEngineMs.current = r.ms;
          if (pendingInput.current && pendingInput.current.text === r.text) pendingInput.current.tResult = performance.now() - pendingInput.current.t0;
          setError(null);
          if (!firstResult.current) {
            firstResult.current = true;
            requestAnimationFrame(() => performance.mark("scrubs-usable"));
          }
          if (r.text !== textRef.current || r.optionsKey !== optionsKeyRef.current) return; // stale
          // Fresh: render it now, and drop the interim (shifted-marks) render if it hasn't run yet.
          cancelAnimationFrame(interimFrame.current);
          interimFrame.current = 0;
          setState({ text: r.text, findings: r.report.findings, report: r.report, lastReport: r.report });
        },
        (e) => setError(e.message),
      ),
    [],
  );
  useEffect(() => {
    let live = true;
    engine().ready.then(async () => {
      if (!live) return;
      setReady(true);
      // Let a keystroke wait for its check so fresh highlights land in the same frame. 20 ms covers
      // the engine's slow tail on a 3,000-character post (p95 about 10 ms, spikes to 16); with 12 ms
      // those checks missed the wait and their highlights came a frame or two later (keystroke p95
      // 14-25 ms against 14-18 ms with 20). The typed character is at most one frame late.
      if (await engine().enableSharedAnswers().catch(() => false)) scheduler.budgetMs = SYNC_WAIT_MS;
    });
    return () => {
      live = false;
    };
  }, []);

  // Re-check whenever the options change (and at start-up).
  useEffect(() => {
    setState((prev) => ({ ...prev, report: null }));
    scheduler.request(textRef.current, options, optionsKey);
  }, [optionsKey]);

  // Rule metadata (why / what to do) for the cards and the guidance page.
  useEffect(() => {
    let live = true;
    engine()
      .rules(settings.preset)
      .then((r) => live && setRules({ preset: settings.preset, ...r }))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [settings.preset]);
  const ruleById = useMemo(() => new Map((rules?.rules ?? []).map((r) => [r.id, r])), [rules]);

  const onTextInput = useCallback(
    (text: string, timeStamp: number) => {
      const before = textRef.current;
      if (text === before) return;
      textRef.current = text;
      pendingInput.current = { text, t0: timeStamp, tHandler: performance.now() - timeStamp, tResult: 0 };
      scheduler.request(text, options, optionsKey);
      // The worker usually answers before the next frame: render once, with fresh findings. If it
      // hasn't by the time the frame is drawn, carry the old marks across the edit so they stay
      // under the right characters until it does.
      if (!interimFrame.current) {
        interimFrame.current = requestAnimationFrame(() => {
          interimFrame.current = 0;
          setState((prev) => {
            const now = textRef.current;
            if (prev.text === now) return prev;
            return { text: now, findings: shiftFindings(prev.findings, diffText(prev.text, now)), report: null, lastReport: prev.lastReport };
          });
        });
      }
      setUndo((u) => (u && u.after === text ? u : null));
      scheduleDraftSave(text);
    },
    [options, optionsKey, scheduler],
  );

  // Latency instrumentation: from the input event to the commit of highlights for that exact text.
  const onHighlightsCommitted = useCallback(() => {
    const p = pendingInput.current;
    const perf = window.__scrubsPerf;
    if (!p || !perf || !state.report || state.text !== p.text) return;
    pendingInput.current = null;
    const commitMs = performance.now() - p.t0;
    const engineMs = lastEngineMs.current;
    requestAnimationFrame(() => {
      perf.push({ length: p.text.length, commitMs, frameMs: performance.now() - p.t0, engineMs, handlerMs: p.tHandler, resultMs: p.tResult } as PerfSample);
    });
  }, [state]);

  const draftTimer = useRef(0);
  const scheduleDraftSave = useCallback((text: string) => {
    clearTimeout(draftTimer.current);
    draftTimer.current = window.setTimeout(() => saveDraft(text), 300);
  }, []);
  useEffect(() => {
    const flush = () => saveDraft(textRef.current);
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, []);

  const replaceText = useCallback((next: string) => {
    composer.current?.replaceText(next);
  }, []);

  const applySuggestion = useCallback(
    async (finding: Finding, suggestionIndex: number) => {
      const s = finding.suggestions?.[suggestionIndex];
      if (!s) return;
      const before = textRef.current;
      const current = stateRef.current;
      if (!current.report || current.text !== before || !current.report.findings.includes(finding)) {
        setStatus("Still checking your latest change: try again in a moment.");
        return;
      }
      try {
        const { text: after } = await engine().apply(before, s.edits);
        if (textRef.current !== before) return; // the user typed meanwhile; the card will refresh
        replaceText(after);
        setUndo({ before, after, label: s.message });
        setStatus(`Applied: ${s.message}. Undo is available.`);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [replaceText],
  );

  const doUndo = useCallback(() => {
    if (!undo || textRef.current !== undo.after) return;
    replaceText(undo.before);
    setUndo(null);
    setStatus("Undone.");
  }, [undo, replaceText]);

  const writeClipboard = useCallback(async (text: string, applied: number) => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // Fallback for browsers without the async clipboard API (or when it is not permitted).
      const ta = document.createElement("textarea");
      ta.value = text;
      ta.setAttribute("readonly", "");
      ta.className = "visually-hidden";
      document.body.appendChild(ta);
      ta.select();
      ok = document.execCommand("copy");
      ta.remove();
      composer.current?.focus();
    }
    setStatus(
      ok
        ? `Copied the post${applied ? ` with ${applied} automatic fix${applied === 1 ? "" : "es"} applied` : ""}.`
        : "Could not copy: your browser blocked the clipboard. Select the text and copy it yourself.",
    );
  }, []);

  const copyClean = useCallback(async () => {
    try {
      const r = await engine().fix(textRef.current, options);
      if (r.report.verdict === "stop") setConfirmCopy({ text: r.text, applied: r.applied });
      else await writeClipboard(r.text, r.applied);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [options, writeClipboard]);

  const doDeleteAll = useCallback(() => {
    deleteAll();
    setSettingsState(DEFAULT_SETTINGS);
    textRef.current = "";
    composer.current?.replaceText("", { silent: true });
    setState({ text: "", findings: [], report: null, lastReport: null });
    setUndo(null);
    setResetCount((n) => n + 1);
    setStatus("Deleted everything scrubs stored on this device.");
  }, []);

  const onCaret = useCallback((pos: number) => {
    const findings = stateRef.current.findings;
    const at = findingsAt(findings, pos);
    const key = at.length ? findingKeys(findings)[at[0]!]! : null;
    setActiveKey(key);
    setActiveFrom(key ? "text" : null);
  }, []);
  const onHoverText = useCallback((key: string | null) => {
    setActiveKey(key);
    setActiveFrom(key ? "text" : null);
  }, []);
  const onCardActive = useCallback((key: string | null) => {
    setActiveKey(key);
    setActiveFrom(key ? "card" : null);
  }, []);
  const showInPost = useCallback((f: Finding) => {
    composer.current?.select(f.range[0], f.range[1]);
  }, []);

  // The cards and verdict follow the highlights a moment later (after the keystroke's frame), so
  // re-rendering dozens of cards never delays the highlights.
  const [panel, setPanel] = useState<{ report: Report | null; checking: boolean; hash: string }>({ report: null, checking: true, hash: "" });
  const checking = state.report === null;
  const shown = state.report ?? state.lastReport;
  const reportFor = useMemo(() => (state.report ? textHash(state.text) : ""), [state.report, state.text]);
  useEffect(() => {
    const next = { report: shown, checking: checking && state.text.length > 0, hash: reportFor };
    const t = window.setTimeout(() => setPanel(next), 0);
    return () => clearTimeout(t);
  }, [shown, checking, reportFor, state.text.length === 0]);

  return (
    <div class="shell">
      <header class="top">
        <a
          class="skip-link"
          href="#main"
          onClick={(e) => {
            // Hash links would change the route: move focus by hand.
            e.preventDefault();
            const target = document.getElementById(route === "check" ? "post" : "page-heading");
            target?.focus();
            target?.scrollIntoView({ block: "center" });
          }}
        >
          {route === "check" ? "Skip to the post editor" : "Skip to main content"}
        </a>
        <div class="brand">
          <span class="logo" aria-hidden="true">
            ✓
          </span>
          <span class="name">scrubs</span>
          <span class="tagline">Runs on this device. Nothing you type leaves it.</span>
        </div>
        <nav aria-label="Main">
          <ul>
            {(Object.keys(ROUTES) as Route[]).map((r) => (
              <li key={r}>
                <a href={ROUTES[r].hash} aria-current={route === r ? "page" : undefined}>
                  {ROUTES[r].title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <main id="main">
        {error && (
          <p class="error-banner" role="alert">
            {error}
          </p>
        )}
        {route === "check" && (
          <div class="check-page">
            <h1 id="page-heading" tabIndex={-1} class="visually-hidden">
              Check a post
            </h1>
            <div class="write-column">
              <PrivacyReminder settings={settings} />
              <Composer
                handleRef={composer}
                text={state.text}
                findings={state.findings}
                activeKey={activeKey}
                scrollToActive={activeFrom === "card"}
                onInput={onTextInput}
                onCaret={onCaret}
                onHover={onHoverText}
                onCommitted={onHighlightsCommitted}
                ready={ready}
              />
              <Counters text={state.text} platform={settings.platform} />
              <div class="actions">
                <button type="button" class="primary" onClick={copyClean} disabled={!ready || !state.text}>
                  Copy post
                </button>
                <button type="button" onClick={doUndo} disabled={!undo || undo.after !== state.text}>
                  Undo fix
                </button>
                <p class="status" role="status" aria-live="polite">
                  {status}
                </p>
              </div>
              {/* the post is the task; where it goes and who posts it refine the check */}
              <ContextControls settings={settings} setSettings={setSettings} />
              <ProfilePanel key={`p${resetCount}`} settings={settings} setSettings={setSettings} />
            </div>
            <MediaSlot options={options} />
            <FindingsPanel
              report={panel.report}
              reportFor={panel.hash}
              findings={panel.report?.findings ?? EMPTY}
              checking={panel.checking}
              ready={ready}
              empty={state.text.length === 0}
              ruleById={ruleById}
              activeKey={activeKey}
              scrollToActive={activeFrom === "text"}
              onActive={onCardActive}
              onApply={applySuggestion}
              onShow={showInPost}
            />
            <DataControls
              onDelete={() => setConfirmDelete(true)}
            />
          </div>
        )}
        {route === "guidance" && <GuidancePage data={rules} preset={settings.preset} />}
        {route === "privacy" && <PrivacyPage settings={settings} setSettings={setSettings} />}
      </main>
      <footer class="foot">
        <p>
          scrubs checks posts against the GMC's guidance on doctors' use of social media and related guidance. It
          helps you think; it does not replace your own judgement or advice from your defence organisation.
        </p>
      </footer>

      <ConfirmDialog
        open={confirmCopy !== null}
        title="This post should not be posted"
        confirmLabel="Copy anyway"
        onCancel={() => setConfirmCopy(null)}
        onConfirm={() => {
          const c = confirmCopy;
          setConfirmCopy(null);
          if (c) void writeClipboard(c.text, c.applied);
        }}
      >
        <p>
          Even after the automatic fixes, this post still goes against the guidance. Copying it makes it easy to post
          by mistake. Do you want to copy it anyway?
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmDelete}
        title="Delete everything stored on this device?"
        confirmLabel="Delete everything"
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          doDeleteAll();
        }}
      >
        <p>
          This removes your profile, context settings, privacy review dates and your draft from this browser. It
          cannot be undone. Export first if you want a copy.
        </p>
      </ConfirmDialog>
    </div>
  );
}

export { DEFAULT_SETTINGS };
