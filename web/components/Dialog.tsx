// A modal confirmation built on <dialog>: focus moves into it, Escape cancels, focus returns after.
import { useEffect, useRef } from "preact/hooks";
import type { ComponentChildren } from "preact";

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
  children: ComponentChildren;
}

let counter = 0;

export function ConfirmDialog(props: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelBtn = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  const id = useRef(`dialog-${++counter}`);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) {
      returnTo.current = document.activeElement;
      d.showModal();
      cancelBtn.current?.focus();
    } else if (!props.open && d.open) {
      d.close();
    }
    if (!props.open && returnTo.current instanceof HTMLElement) {
      returnTo.current.focus();
      returnTo.current = null;
    }
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={`${id.current}-title`}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={`${id.current}-title`}>{props.title}</h2>
      {props.children}
      <div class="actions">
        <button type="button" ref={cancelBtn} onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" class={props.danger ? "danger" : "primary"} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
