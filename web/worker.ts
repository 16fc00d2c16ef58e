// The engine runs here, off the main thread, so typing never waits for a check.
import { applyEdits, check, fixText, listRules, SERIOUSNESS_TABLE, type CheckOptions, type SecondOpinionModel } from "../src/engine/index";
import { SHARED_HEADER } from "./protocol";
import type { WorkerRequest, WorkerResponse, WorkerResults } from "./protocol";
import { checkImageInWorker } from "./media-slot";
import { WarmUp, warmUpTexts } from "./warmup";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let shared: { header: Int32Array; bytes: Uint8Array } | null = null;
const encoder = new TextEncoder();

// The rules' worked examples at the lengths people type (a tweet, a paragraph, a long post), four
// times over: about 80,000 characters, checked in idle moments after the first real check.
const WARM_UP_ROUNDS = 4;
const warmUp = new WarmUp(
  (() => {
    const examples = listRules("gmc").flatMap((r) => [...r.examples.flagged, ...r.examples.passes]);
    const texts: string[] = [];
    for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const length of [280, 1_200, 3_000]) texts.push(...warmUpTexts(examples, length));
    return texts;
  })(),
  (text) => check(text),
  { quietMs: 150, now: () => performance.now(), later: (fn, ms) => void setTimeout(fn, ms) },
);

// The second opinion's model is not in this bundle (see web/no-second-opinion.ts): it comes from the
// app's own origin once the worker has started. Until it arrives, or if it cannot be read, checks are
// the rules' alone, exactly as with `secondOpinion: false`.
let secondOpinion: SecondOpinionModel | null = null;
fetch(new URL("second-opinion.json", scope.location.href))
  .then((r) => (r.ok ? (r.json() as Promise<SecondOpinionModel>) : null))
  .then((model) => {
    if (model && Array.isArray(model.outputs) && model.weights) secondOpinion = model;
  })
  .catch(() => undefined);

function withSecondOpinion(options: CheckOptions | undefined): CheckOptions | undefined {
  if (!secondOpinion || options?.secondOpinion === false || typeof options?.secondOpinion === "object") return options;
  return { ...options, secondOpinion };
}

/** Writes a check result where the waiting page can read it, then wakes it. */
function answerShared(id: number, result: WorkerResults["check"]): void {
  if (!shared) return;
  const json = encoder.encode(JSON.stringify(result));
  if (json.length > shared.bytes.length) {
    Atomics.store(shared.header, 2, 2);
  } else {
    shared.bytes.set(json);
    Atomics.store(shared.header, 1, json.length);
    Atomics.store(shared.header, 2, 1);
  }
  Atomics.store(shared.header, 0, id);
  Atomics.notify(shared.header, 0);
}

function handle(msg: WorkerRequest): WorkerResults[keyof WorkerResults] | Promise<WorkerResults[keyof WorkerResults]> {
  switch (msg.type) {
    case "check": {
      const t0 = performance.now();
      const report = check(msg.text, withSecondOpinion(msg.options));
      const result = { report, ms: performance.now() - t0 };
      if (msg.sync) answerShared(msg.id, result);
      return result;
    }
    case "share":
      shared = { header: new Int32Array(msg.buffer, 0, 4), bytes: new Uint8Array(msg.buffer, SHARED_HEADER) };
      return { ok: true };
    case "fix": {
      const r = fixText(msg.text, withSecondOpinion(msg.options));
      return { text: r.text, applied: r.applied, report: r.report };
    }
    case "apply":
      return { text: applyEdits(msg.text, msg.edits) };
    case "rules":
      return {
        rules: listRules(msg.preset),
        seriousness: SERIOUSNESS_TABLE.map((r) => ({ situation: r.situation, score: r.score, rules: [...r.rules] })),
      };
    case "image":
      return checkImageInWorker(msg.bytes, msg.name, msg.options);
  }
}

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  warmUp.touch();
  let response: WorkerResponse;
  try {
    response = { id: msg.id, ok: true, result: await handle(msg) };
  } catch (err) {
    response = { id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(response);
  if (msg.type === "check") warmUp.start();
};
scope.postMessage({ id: 0, ready: true } satisfies WorkerResponse);
