// A tiny `memo` (preact/compat's, without pulling compat in): skip re-rendering a component whose
// props are shallow-equal, so a keystroke re-renders only what it changes.
import { Component, h } from "preact";
import type { ComponentChildren, FunctionComponent } from "preact";

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in a) if (k !== "children" && a[k] !== b[k]) return false;
  for (const k in b) if (k !== "children" && !(k in a)) return false;
  return a.children === b.children;
}

export function memo<P extends object>(C: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P & { children?: ComponentChildren }> {
    override shouldComponentUpdate(next: P): boolean {
      return !shallowEqual(this.props as Record<string, unknown>, next as Record<string, unknown>);
    }
    override render() {
      return h(C as FunctionComponent<P>, this.props as P);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
