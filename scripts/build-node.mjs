// Bundles the Node entry points (CLI and server) with esbuild. npm dependencies stay external: they
// are installed by `npm ci`, and some (sharp, tesseract.js) carry native or wasm parts.
import { build } from "esbuild";
import { existsSync } from "node:fs";

export async function buildNode() {
  // engine.js: the pure engine as one ES module (for the benchmark and for embedding elsewhere)
  const entryPoints = { cli: "src/cli/main.ts", engine: "src/engine/index.ts" };
  if (existsSync("src/server/main.ts")) entryPoints.server = "src/server/main.ts";
  await build({
    entryPoints,
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
    banner: { js: "import { createRequire as __scrubsRequire } from 'node:module'; const require = __scrubsRequire(import.meta.url);" },
  });
}
