// Messages between the page and the engine worker. Everything is plain data (structured clone).
import type { CheckOptions, Edit, PresetName, Report, RuleInfo } from "../src/engine/types";

export interface SeriousnessRow {
  situation: string;
  score: number;
  rules: string[];
}

export type WorkerRequest =
  | { id: number; type: "check"; text: string; options: CheckOptions; sync?: boolean }
  | { id: number; type: "share"; buffer: SharedArrayBuffer }
  | { id: number; type: "fix"; text: string; options: CheckOptions }
  | { id: number; type: "apply"; text: string; edits: Edit[] }
  | { id: number; type: "rules"; preset: PresetName }
  | { id: number; type: "image"; bytes: ArrayBuffer; name: string; options: CheckOptions };

export interface WorkerResults {
  check: { report: Report; ms: number };
  share: { ok: boolean };
  fix: { text: string; applied: number; report: Report };
  apply: { text: string };
  rules: { rules: RuleInfo[]; seriousness: SeriousnessRow[] };
  image: ImageResult;
}

export interface ImageResult {
  /** False when the media module is not part of this build. */
  available: boolean;
  report?: Report;
  /** The image with its metadata removed (same format), when the media module can strip it. */
  stripped?: ArrayBuffer;
  mime?: string;
  error?: string;
}

export type WorkerResponse =
  | { id: number; ok: true; result: WorkerResults[keyof WorkerResults] }
  | { id: number; ok: false; error: string }
  | { id: 0; ready: true };

/**
 * Layout of the shared buffer a worker can answer a check through while the page waits a few
 * milliseconds for it (so the highlights land in the same frame as the keystroke):
 * Int32 [0] = id of the request answered, [1] = byte length of the JSON answer, [2] = 1 ok / 2 too big;
 * the UTF-8 JSON of WorkerResults["check"] starts at byte SHARED_HEADER.
 */
export const SHARED_HEADER = 16;
export const SHARED_BYTES = 4 * 1024 * 1024;
