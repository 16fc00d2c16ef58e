// Bundles the web app: web/main.tsx -> dist/web/app.js (+ app.css), the engine in a Web Worker
// (web/worker.ts -> dist/web/worker.js) and web/index.html. Everything is served from the app's own
// origin: no CDN, no web fonts. Prints the gzip size of the JavaScript a first load fetches.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, resolve } from "node:path";

/** Points the worker's `../src/engine/index` import at another module (a stub, in tests). */
function redirectEngine(entry) {
  return {
    name: "redirect-engine",
    setup(b) {
      b.onResolve({ filter: /engine\/index(\.[jt]s)?$/ }, () => ({ path: resolve(entry) }));
    },
  };
}

/**
 * Leaves the second opinion's model out of the worker bundle (web/no-second-opinion.ts); it is
 * written beside the app as second-opinion.json and fetched by the worker after the first load.
 */
const secondOpinionApart = {
  name: "second-opinion-apart",
  setup(b) {
    b.onResolve({ filter: /generated\/second-opinion(\.ts)?$/ }, () => ({ path: resolve("web/no-second-opinion.ts") }));
  },
};

/** The runtime part of data/models/second-opinion.json (what src/engine/generated/ carries too). */
function secondOpinionJson() {
  const { outputs, bias, weights, thresholds } = JSON.parse(readFileSync("data/models/second-opinion.json", "utf8"));
  return JSON.stringify({ outputs, bias, weights, thresholds });
}

/** Budget for the JavaScript of a first load (app + worker), gzip. */
export const JS_GZIP_BUDGET = 500 * 1024;

/**
 * @param {{ outdir?: string, quiet?: boolean, engineEntry?: string }} [options]
 *   engineEntry: alternative engine module for the worker (tests of the app without the engine).
 * @returns {Promise<{ outdir: string, sizes: Record<string, { bytes: number, gzip: number }>, jsGzip: number }>}
 */
export async function buildWeb(options = {}) {
  const outdir = options.outdir ?? "dist/web";
  const quiet = options.quiet ?? Boolean(process.env.SCRUBS_QUIET);
  const engineEntry = options.engineEntry ?? "src/engine/index.ts";
  if (!existsSync(engineEntry)) {
    throw new Error(`build-web: the engine entry ${engineEntry} is missing; the web app's worker bundles it.`);
  }
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });

  const common = {
    bundle: true,
    minify: true,
    platform: "browser",
    target: ["chrome110", "firefox115", "safari16"],
    format: "iife",
    legalComments: "none",
    logLevel: "warning",
    jsx: "automatic",
    jsxImportSource: "preact",
    define: { "process.env.NODE_ENV": '"production"' },
    // The engine never imports Node; if it ever does, fail here rather than ship a shim.
    external: [],
  };

  await build({
    ...common,
    entryPoints: { app: "web/main.tsx" },
    outdir,
  });
  await build({
    ...common,
    entryPoints: { worker: "web/worker.ts" },
    outdir,
    plugins: engineEntry === "src/engine/index.ts" ? [secondOpinionApart] : [secondOpinionApart, redirectEngine(engineEntry)],
  });
  copyFileSync("web/index.html", join(outdir, "index.html"));
  writeFileSync(join(outdir, "second-opinion.json"), secondOpinionJson());
  copyFileSync("web/favicon.svg", join(outdir, "favicon.svg"));

  const sizes = {};
  let jsGzip = 0;
  for (const file of ["app.js", "worker.js", "app.css", "index.html", "second-opinion.json"]) {
    const path = join(outdir, file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    sizes[file] = { bytes: bytes.length, gzip };
    if (file.endsWith(".js")) jsGzip += gzip;
  }
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const parts = Object.entries(sizes).map(([f, s]) => `${f} ${kb(s.bytes)} (${kb(s.gzip)} gzip)`);
    console.error(`scrubs web: ${parts.join(", ")}; JavaScript ${kb(jsGzip)} gzip of ${kb(JS_GZIP_BUDGET)} budget`);
  }
  if (jsGzip > JS_GZIP_BUDGET) {
    throw new Error(`build-web: JavaScript is ${jsGzip} bytes gzip, over the ${JS_GZIP_BUDGET} budget`);
  }
  return { outdir, sizes, jsGzip };
}
