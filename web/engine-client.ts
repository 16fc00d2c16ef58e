// A small promise wrapper over the engine worker, plus a check scheduler that keeps at most one
// check in flight and always checks the latest text next (typing faster than the engine never
// builds a queue).
import type { CheckOptions, Edit, PresetName, Report } from "../src/engine/types";
import { SHARED_BYTES, SHARED_HEADER } from "./protocol";
import type { WorkerRequest, WorkerResponse, WorkerResults } from "./protocol";

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Payload<T extends WorkerRequest["type"]> = Omit<Extract<WorkerRequest, { type: T }>, "id" | "type">;

export class EngineClient {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;
  private shared: { header: Int32Array; bytes: Uint8Array } | null = null;
  private isReady = false;
  private readonly decoder = new TextDecoder();

  constructor(url = "worker.js") {
    this.worker = new Worker(url);
    let markReady: () => void = () => {};
    this.ready = new Promise<void>((r) => (markReady = r));
    this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data;
      if ("ready" in msg) {
        this.isReady = true;
        return markReady();
      }
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    };
    this.worker.onerror = (e) => {
      const err = new Error(`The checker stopped: ${e.message || "unknown error"}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
  }

  call<T extends WorkerRequest["type"]>(type: T, payload: Payload<T>, transfer: Transferable[] = []): Promise<WorkerResults[T]> {
    const id = ++this.seq;
    return new Promise<WorkerResults[T]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, type, ...payload } as unknown as WorkerRequest, transfer);
    });
  }

  check(text: string, options: CheckOptions) {
    return this.call("check", { text, options });
  }

  /**
   * Where the page is cross-origin isolated (the scrubs server sends COOP/COEP), share a buffer the
   * worker can answer checks through, so checkFast can wait for the answer synchronously.
   */
  async enableSharedAnswers(): Promise<boolean> {
    if (typeof SharedArrayBuffer !== "function" || !globalThis.crossOriginIsolated) return false;
    const buffer = new SharedArrayBuffer(SHARED_HEADER + SHARED_BYTES);
    const r = await this.call("share", { buffer });
    if (r.ok) this.shared = { header: new Int32Array(buffer, 0, 4), bytes: new Uint8Array(buffer, SHARED_HEADER) };
    return r.ok;
  }

  /**
   * Asks for a check and, when answers can be shared and the worker is idle, waits up to `budgetMs`
   * for it on this thread: a fast check then renders before the next frame is drawn. A slow one
   * simply arrives later through `promise`; the page never waits longer than the budget.
   */
  checkFast(text: string, options: CheckOptions, budgetMs: number): { sync: WorkerResults["check"] | null; promise: Promise<WorkerResults["check"]> } {
    const shared = this.shared;
    if (!shared || !this.isReady || this.pending.size > 0) return { sync: null, promise: this.check(text, options) };
    const id = ++this.seq;
    const promise = new Promise<WorkerResults["check"]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    });
    this.worker.postMessage({ id, type: "check", text, options, sync: true } satisfies WorkerRequest);
    const deadline = performance.now() + budgetMs;
    while (Atomics.load(shared.header, 0) !== id) {
      if (performance.now() > deadline) return { sync: null, promise };
    }
    if (Atomics.load(shared.header, 2) !== 1) return { sync: null, promise };
    const length = Atomics.load(shared.header, 1);
    const copy = new Uint8Array(length);
    copy.set(shared.bytes.subarray(0, length));
    const result = JSON.parse(this.decoder.decode(copy)) as WorkerResults["check"];
    const p = this.pending.get(id);
    this.pending.delete(id); // the worker's ordinary answer for this id is now ignored
    p?.resolve(result);
    return { sync: result, promise };
  }
  fix(text: string, options: CheckOptions) {
    return this.call("fix", { text, options });
  }
  apply(text: string, edits: Edit[]) {
    return this.call("apply", { text, edits });
  }
  rules(preset: PresetName) {
    return this.call("rules", { preset });
  }
}

export interface CheckResult {
  text: string;
  optionsKey: string;
  report: Report;
  ms: number;
}

/** Keeps one check in flight; when it returns, checks the newest request if one came meanwhile. */
export class CheckScheduler {
  private inFlight = false;
  private queued: { text: string; options: CheckOptions; key: string } | null = null;

  /** How long the page may wait for a check on its own thread (0: never wait). */
  budgetMs = 0;

  constructor(
    private readonly client: EngineClient,
    private readonly onResult: (r: CheckResult) => void,
    private readonly onError: (e: Error) => void,
  ) {}

  request(text: string, options: CheckOptions, key: string): void {
    this.queued = { text, options, key };
    if (!this.inFlight) this.pump();
  }

  private pump(): void {
    const next = this.queued;
    if (!next) return;
    this.queued = null;
    this.inFlight = true;
    const { sync, promise } = this.budgetMs > 0
      ? this.client.checkFast(next.text, next.options, this.budgetMs)
      : { sync: null, promise: this.client.check(next.text, next.options) };
    if (sync) {
      this.inFlight = false;
      this.onResult({ text: next.text, optionsKey: next.key, report: sync.report, ms: sync.ms });
      return this.pump();
    }
    promise.then(
      (r) => {
        this.inFlight = false;
        this.onResult({ text: next.text, optionsKey: next.key, report: r.report, ms: r.ms });
        this.pump();
      },
      (e: Error) => {
        this.inFlight = false;
        this.onError(e);
        this.pump();
      },
    );
  }
}
