// Node-only: face detection with @vladmandic/human, fully offline.
//
// How it runs offline (see docs/media.md for what was tried):
// - `@tensorflow/tfjs-node` is not installed and the package's `human.node-wasm.js` build needs
//   `@tensorflow/tfjs-backend-wasm` (not installed either), so we load the self-contained ESM
//   bundle `dist/human.esm.js` (tfjs included) by file URL (the package's exports map hides it).
// - That bundle's Node platform shim is stubbed out (TypeError: util.TextEncoder is not a
//   constructor), so we make tfjs pick its browser platform while the module initialises (a
//   temporary `WorkerGlobalScope` global); Node 20 has fetch, TextEncoder and performance.
// - The wasm backend would fetch its .wasm binaries from a CDN (none ship in the package), so we
//   use the pure-JS `cpu` backend: BlazeFace on a 320 px-scale input takes about a second.
// - Models load through a tfjs IO router for a private `scrubs-models://` scheme that reads the
//   JSON and .bin files from the package's `models/` folder: nothing is fetched.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { MediaError } from "../errors.js";
import type { FaceBox } from "../types.js";
import { displayedSize, pipeline, run, type DecodeLimits } from "./decode.js";

const require = createRequire(import.meta.url);
const SCHEME = "scrubs-models://";

export interface FaceOptions extends DecodeLimits {
  /** Minimum detector score (default 0.5). */
  minScore?: number;
  /** Longest side given to the detector (default 1024); boxes are scaled back. */
  maxSide?: number;
}

// The parts of Human we use (the package's own types pull in DOM/tfjs declarations).
interface HumanLike {
  load(): Promise<void>;
  detect(input: unknown): Promise<{ face: { box: [number, number, number, number]; score: number; boxScore?: number }[]; error?: string | null }>;
  tf: {
    io: { registerLoadRouter(r: (url: string | string[]) => unknown): void };
    tensor3d(data: Uint8Array, shape: [number, number, number], dtype: "int32"): { dispose(): void };
  };
}

let human: Promise<HumanLike> | null = null;

async function loadHuman(): Promise<HumanLike> {
  const dist = dirname(require.resolve("@vladmandic/human"));
  const models = join(dist, "..", "models");
  const g = globalThis as Record<string, unknown>;
  const had = "WorkerGlobalScope" in g;
  if (!had) g.WorkerGlobalScope = class {};
  let mod: { default?: unknown; Human?: unknown };
  try {
    mod = (await import(pathToFileURL(join(dist, "human.esm.js")).href)) as typeof mod;
  } finally {
    if (!had) delete g.WorkerGlobalScope;
  }
  const Human = (mod.Human ?? mod.default) as new (config: unknown) => HumanLike;
  const h = new Human({
    backend: "cpu",
    modelBasePath: SCHEME,
    debug: false,
    cacheModels: false,
    warmup: "none",
    face: {
      enabled: true,
      detector: { rotation: false, maxDetected: 20, minConfidence: 0.3, return: false },
      mesh: { enabled: false }, iris: { enabled: false }, description: { enabled: false }, emotion: { enabled: false },
      antispoof: { enabled: false }, liveness: { enabled: false },
    },
    body: { enabled: false }, hand: { enabled: false }, object: { enabled: false }, gesture: { enabled: false },
    segmentation: { enabled: false }, filter: { enabled: false },
  });
  h.tf.io.registerLoadRouter((url) => {
    const u = Array.isArray(url) ? url[0] : url;
    if (typeof u !== "string" || !u.startsWith(SCHEME)) return null;
    const file = join(models, u.slice(SCHEME.length).replace(/^\/+/, ""));
    return {
      load: async () => {
        const json = JSON.parse(await readFile(file, "utf8")) as {
          modelTopology: unknown; format?: string; generatedBy?: string; convertedBy?: string; signature?: unknown; userDefinedMetadata?: unknown;
          weightsManifest: { paths: string[]; weights: unknown[] }[];
        };
        const specs: unknown[] = [];
        const bufs: Buffer[] = [];
        for (const group of json.weightsManifest) {
          specs.push(...group.weights);
          for (const p of group.paths) bufs.push(await readFile(join(dirname(file), p)));
        }
        const all = Buffer.concat(bufs);
        return {
          modelTopology: json.modelTopology, format: json.format, generatedBy: json.generatedBy, convertedBy: json.convertedBy,
          signature: json.signature, userDefinedMetadata: json.userDefinedMetadata, weightSpecs: specs,
          weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.length),
        };
      },
    };
  });
  await h.load();
  return h;
}

function getHuman(): Promise<HumanLike> {
  if (!human) {
    human = loadHuman().catch((e: unknown) => {
      human = null;
      throw new MediaError("io", `face detector unavailable: ${(e as Error).message}`, { cause: e });
    });
  }
  return human;
}

/** Detect faces; boxes are in the displayed (EXIF-rotated) image's pixels. */
export async function detectFaces(bytes: Uint8Array, options: FaceOptions = {}): Promise<FaceBox[]> {
  const maxSide = options.maxSide ?? 1024;
  const { data, info } = await run(
    pipeline(bytes, options).resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true }).removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true }),
  );
  const pre = await displayedSize(bytes);
  const scale = info.width / pre.width;
  const h = await getHuman();
  const tensor = h.tf.tensor3d(new Uint8Array(data.buffer, data.byteOffset, data.length), [info.height, info.width, 3], "int32");
  try {
    const r = await h.detect(tensor);
    if (r.error) throw new MediaError("decode-failed", `face detector failed: ${r.error}`);
    const min = options.minScore ?? 0.5;
    return r.face
      .filter((f) => (f.boxScore ?? f.score) >= min)
      .map((f) => ({
        score: Math.round((f.boxScore ?? f.score) * 100) / 100,
        box: { x: Math.round(f.box[0] / scale), y: Math.round(f.box[1] / scale), width: Math.round(f.box[2] / scale), height: Math.round(f.box[3] / scale) },
      }));
  } finally {
    tensor.dispose();
  }
}
