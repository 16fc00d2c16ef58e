// `npm start`: serve the built web app on 127.0.0.1 and print its address.
//   node dist/server.js [--port N]     (or PORT=N; default 4173, the next free port if taken)
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { parsePort, startServer } from "./server";

export { startServer, parsePort, createHandler, CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./server";
export type { RunningServer, ServerOptions } from "./server";

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  // Bundled as dist/server.js, the app sits next to it in dist/web.
  const root = process.env.SCRUBS_WEB_ROOT ?? join(here, "web");
  if (!existsSync(join(root, "index.html"))) {
    console.error(`scrubs: no built web app in ${root}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  let port: number;
  try {
    port = parsePort(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`scrubs: ${(e as Error).message}`);
    process.exit(2);
  }
  const running = await startServer({ port, root });
  if (running.port !== port && port !== 0) console.error(`scrubs: port ${port} is in use; using ${running.port}.`);
  console.log(`scrubs is running at ${running.url}`);
  console.log("Everything runs in your browser on this machine; nothing you type is sent anywhere. Ctrl+C to stop.");
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

const invokedDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  main().catch((e: unknown) => {
    console.error(`scrubs: ${(e as Error).message}`);
    process.exit(1);
  });
}
