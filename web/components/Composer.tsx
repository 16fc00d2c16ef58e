// The post editor: a transparent textarea over a "backdrop" that mirrors its text with each
// finding's range marked. Both share one grid cell and identical text metrics, so the marks sit
// exactly under the typed characters and the editor grows with its content (no scroll syncing).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from "preact/hooks";
import type { Ref } from "preact";
import type { Finding } from "../../src/engine/types";
import { findingKeys, segments } from "../highlight";
import { memo } from "../memo";
import { SEVERITY_TEXT } from "../labels";

export interface ComposerHandle {
  /** Replaces the whole text as one undoable edit (Ctrl+Z works), firing the usual input handling. */
  replaceText(next: string, opts?: { silent?: boolean }): void;
  select(start: number, end: number): void;
  focus(): void;
}

interface Props {
  handleRef: Ref<ComposerHandle>;
  text: string;
  findings: Finding[];
  activeKey: string | null;
  scrollToActive: boolean;
  ready: boolean;
  onInput(text: string, timeStamp: number): void;
  onCaret(pos: number): void;
  onHover(key: string | null): void;
  onCommitted(): void;
}

export const Composer = memo(function Composer(props: Props) {
  const { text, findings, activeKey, onInput, onCaret, onHover, onCommitted } = props;
  const ta = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const hoverFrame = useRef(0);
  const silent = useRef(false);

  const keys = useMemo(() => findingKeys(findings), [findings]);
  const segs = useMemo(() => segments(text.length, findings), [text, findings]);

  // The textarea is uncontrolled: its value is only ever set by the user or by replaceText(), never
  // by a re-render (the rendered text may lag the typed text by a frame).
  useLayoutEffect(() => {
    onCommitted();
  });

  useEffect(() => {
    if (!activeKey || !props.scrollToActive) return;
    const mark = backdrop.current?.querySelector<HTMLElement>("mark.active");
    if (!mark) return;
    const r = mark.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) mark.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [activeKey, props.scrollToActive]);

  const handle: ComposerHandle = useMemo(
    () => ({
      replaceText(next, opts) {
        const el = ta.current;
        if (!el) return;
        const before = el.value;
        if (before === next) return;
        silent.current = Boolean(opts?.silent);
        if (opts?.silent) {
          el.value = next;
          silent.current = false;
          return;
        }
        // Replace only the changed middle so the caret lands after the edit and the browser's own
        // undo history records it (execCommand is the one API that does both).
        let p = 0;
        const max = Math.min(before.length, next.length);
        while (p < max && before[p] === next[p]) p++;
        let s = 0;
        while (s < max - p && before[before.length - 1 - s] === next[next.length - 1 - s]) s++;
        el.focus();
        el.setSelectionRange(p, before.length - s);
        const inserted = next.slice(p, next.length - s);
        const ok = inserted ? document.execCommand("insertText", false, inserted) : document.execCommand("delete");
        if (!ok || el.value !== next) {
          el.value = next;
          el.setSelectionRange(p + inserted.length, p + inserted.length);
          onInput(next, performance.now());
        }
      },
      select(start, end) {
        const el = ta.current;
        if (!el) return;
        el.focus();
        el.setSelectionRange(start, end);
        onCaret(start);
      },
      focus() {
        ta.current?.focus();
      },
    }),
    [onInput, onCaret],
  );
  useEffect(() => {
    const r = props.handleRef;
    if (typeof r === "function") r(handle);
    else if (r) r.current = handle;
  }, [handle, props.handleRef]);

  const onInputEvent = useCallback(
    (e: Event) => {
      if (silent.current) return;
      onInput((e.currentTarget as HTMLTextAreaElement).value, e.timeStamp);
    },
    [onInput],
  );

  const reportCaret = useCallback(() => {
    const el = ta.current;
    if (el && document.activeElement === el && el.selectionStart === el.selectionEnd) onCaret(el.selectionStart);
  }, [onCaret]);

  // Hover: the textarea covers the marks, so hit-test the pointer against the marks' line boxes.
  const onMouseMove = useCallback(
    (e: MouseEvent) => {
      const x = e.clientX;
      const y = e.clientY;
      cancelAnimationFrame(hoverFrame.current);
      hoverFrame.current = requestAnimationFrame(() => {
        const marks = backdrop.current?.querySelectorAll<HTMLElement>("mark[data-keys]") ?? [];
        let hit: string | null = null;
        for (const m of marks) {
          for (const r of m.getClientRects()) {
            if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
              hit = m.dataset.first ?? null;
              break;
            }
          }
          if (hit) break;
        }
        onHover(hit);
      });
    },
    [onHover],
  );
  const onMouseLeave = useCallback(() => {
    cancelAnimationFrame(hoverFrame.current);
    onHover(null);
  }, [onHover]);

  const described = findings.length ? "post-help post-legend" : "post-help";

  return (
    <div class="composer">
      <label for="post" class="composer-label">
        Your post
      </label>
      <p id="post-help" class="hint">
        Write or paste your post. It is checked as you type{props.ready ? "" : " (the checker is starting)"}; problems
        are underlined and explained alongside.
      </p>
      <div class="editor">
        <div class="backdrop editor-text" ref={backdrop} aria-hidden="true">
          {segs.map((seg) => {
            const t = text.slice(seg.start, seg.end);
            if (!seg.severity) return t;
            const segKeys = seg.findings.map((i) => keys[i]!);
            const active = activeKey !== null && segKeys.includes(activeKey);
            return (
              <mark
                key={`${seg.start}:${seg.end}`}
                class={`hl sev-${seg.severity}${active ? " active" : ""}`}
                data-keys={segKeys.join("|")}
                data-first={segKeys[0]}
                data-severity={seg.severity}
              >
                {t}
              </mark>
            );
          })}
          {/* Keeps a final empty line (after a trailing newline) the same height as in the textarea. */}
          {"\u200b"}
        </div>
        <textarea
          id="post"
          ref={ta}
          class="editor-text input"
          rows={8}
          spellcheck
          autocomplete="off"
          aria-describedby={described}
          defaultValue={text}
          onInput={onInputEvent}
          onKeyUp={reportCaret}
          onClick={reportCaret}
          onSelect={reportCaret}
          onMouseMove={onMouseMove}
          onMouseLeave={onMouseLeave}
        />
      </div>
      {findings.length > 0 && (
        <p id="post-legend" class="legend">
          <span class="visually-hidden">Marks in the post: </span>
          {(["error", "warning", "info"] as const).map((s) => (
            <span key={s} class={`legend-item sev-${s}`}>
              <span class="legend-swatch" aria-hidden="true">
                {SEVERITY_TEXT[s].icon} abc
              </span>{" "}
              {SEVERITY_TEXT[s].label}
            </span>
          ))}
        </p>
      )}
    </div>
  );
});
