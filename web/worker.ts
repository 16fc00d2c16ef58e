// The engine runs here, off the main thread, so typing never waits for a check.
import { applyEdits, check, fixText, listRules, SERIOUSNESS_TABLE } from "../src/engine/index";
import type { WorkerRequest, WorkerResponse, WorkerResults } from "./protocol";
import { checkImageInWorker } from "./media-slot";

const scope = self as unknown as DedicatedWorkerGlobalScope;

function handle(msg: WorkerRequest): WorkerResults[keyof WorkerResults] | Promise<WorkerResults[keyof WorkerResults]> {
  switch (msg.type) {
    case "check": {
      const t0 = performance.now();
      const report = check(msg.text, msg.options);
      return { report, ms: performance.now() - t0 };
    }
    case "fix": {
      const r = fixText(msg.text, msg.options);
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
  let response: WorkerResponse;
  try {
    response = { id: msg.id, ok: true, result: await handle(msg) };
  } catch (err) {
    response = { id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(response);
};
scope.postMessage({ id: 0, ready: true } satisfies WorkerResponse);
