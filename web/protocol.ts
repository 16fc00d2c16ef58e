// Messages between the page and the engine worker. Everything is plain data (structured clone).
import type { CheckOptions, Edit, PresetName, Report, RuleInfo } from "../src/engine/types";

export interface SeriousnessRow {
  situation: string;
  score: number;
  rules: string[];
}

export type WorkerRequest =
  | { id: number; type: "check"; text: string; options: CheckOptions }
  | { id: number; type: "fix"; text: string; options: CheckOptions }
  | { id: number; type: "apply"; text: string; edits: Edit[] }
  | { id: number; type: "rules"; preset: PresetName }
  | { id: number; type: "image"; bytes: ArrayBuffer; name: string; options: CheckOptions };

export interface WorkerResults {
  check: { report: Report; ms: number };
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
