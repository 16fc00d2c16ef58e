// A small promise wrapper over the engine worker, plus a check scheduler that keeps at most one
// check in flight and always checks the latest text next (typing faster than the engine never
// builds a queue).
import type { CheckOptions, Edit, PresetName, Report } from "../src/engine/types";
import type { WorkerRequest, WorkerResponse, WorkerResults } from "./protocol";

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Payload<T extends WorkerRequest["type"]> = Omit<Extract<WorkerRequest, { type: T }>, "id" | "type">;

export class EngineClient {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;

  constructor(url = "worker.js") {
    this.worker = new Worker(url);
    let markReady: () => void = () => {};
    this.ready = new Promise<void>((r) => (markReady = r));
    this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data;
      if ("ready" in msg) return markReady();
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
    this.client.check(next.text, next.options).then(
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
