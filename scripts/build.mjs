// One build for everything: validate data and emit the engine's generated modules, then bundle the
// CLI, the server and the web app. Run by `npm ci` (prepare), `npm start` and `npm test`.
import { buildData, DataError } from "./build-data.mjs";
import { buildNode } from "./build-node.mjs";
import { existsSync } from "node:fs";

const started = performance.now();
try {
  await buildData();
} catch (err) {
  if (!(err instanceof DataError)) throw err;
  console.error(`scrubs build: data error: ${err.message}`);
  process.exit(1);
}
await buildNode();
if (existsSync(new URL("./build-web.mjs", import.meta.url))) {
  const { buildWeb } = await import("./build-web.mjs");
  await buildWeb();
}
if (!process.env.SCRUBS_QUIET) console.error(`scrubs: built in ${Math.round(performance.now() - started)} ms`);
