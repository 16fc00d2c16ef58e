// Idle-time warm-up of the engine in the worker. A JavaScript engine compiles a function to fast
// machine code only after it has run it a few times, so the first keystrokes into a long post used
// to wait on unoptimised code (2-5 times slower than later ones). After the first real check, the
// worker checks the rules' own worked examples, joined into posts of typing length, while the user
// is not typing; any real request pauses it.

/** Posts of roughly `length` characters made of the given examples, in order, each used once. */
export function warmUpTexts(examples: readonly string[], length: number): string[] {
  const texts: string[] = [];
  let current = "";
  for (const example of examples) {
    current = current ? `${current}\n\n${example}` : example;
    if (current.length >= length) {
      texts.push(current);
      current = "";
    }
  }
  if (current) texts.push(current);
  return texts;
}

export interface WarmUpOptions {
  /** How long after a real request the worker stays quiet (ms). */
  quietMs: number;
  /** The clock (performance.now in the worker). */
  now: () => number;
  /** Runs a function later, letting queued messages run first (setTimeout in the worker). */
  later: (fn: () => void, ms: number) => void;
}

/**
 * Runs `step` once per text, one per task, only when no real request came within `quietMs`; a busy
 * spell just postpones the rest. `touch()` records a real request; the warm-up stops by itself when
 * the texts run out.
 */
export class WarmUp {
  private next = 0;
  private lastRequest = -Infinity;
  private started = false;

  constructor(
    private readonly texts: readonly string[],
    private readonly step: (text: string) => void,
    private readonly options: WarmUpOptions,
  ) {}

  get remaining(): number {
    return this.texts.length - this.next;
  }

  touch(): void {
    this.lastRequest = this.options.now();
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.options.later(() => this.tick(), 0);
  }

  private tick(): void {
    if (this.next >= this.texts.length) return;
    const quietFor = this.options.now() - this.lastRequest;
    if (quietFor < this.options.quietMs) {
      this.options.later(() => this.tick(), this.options.quietMs - quietFor);
      return;
    }
    this.step(this.texts[this.next++]!);
    this.options.later(() => this.tick(), 0);
  }
}
