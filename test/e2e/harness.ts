// Shared set-up for the browser tests and the web benchmark: build the app into a temp directory,
// serve it on a random free port, and drive Debian's Chromium through playwright-core.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";
import { startServer } from "../../src/server/main";
import type { RunningServer } from "../../src/server/main";

export const CHROMIUM_PATH = process.env.SCRUBS_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the browser tests cannot run here, or null when they can. In CI they must always run. */
export function skipReason(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  if (process.env.CI) return null; // let them fail loudly: CI installs chromium
  return `${CHROMIUM_PATH} is missing: install Debian's chromium package (apt-get install -y chromium) to run the browser tests`;
}

export interface AppUnderTest {
  server: RunningServer;
  origin: string;
  webDir: string;
  jsGzip: number;
  close(): Promise<void>;
}

/** Builds the web app (with the real engine unless SCRUBS_WEB_ENGINE names another) and serves it. */
export async function serveApp(): Promise<AppUnderTest> {
  const webDir = mkdtempSync(join(tmpdir(), "scrubs-web-"));
  // @ts-expect-error: plain ESM build script without type declarations
  const { buildWeb } = (await import("../../scripts/build-web.mjs")) as {
    buildWeb(o: { outdir: string; quiet: boolean; engineEntry?: string }): Promise<{ jsGzip: number }>;
  };
  const built = await buildWeb({ outdir: webDir, quiet: true, ...(process.env.SCRUBS_WEB_ENGINE ? { engineEntry: process.env.SCRUBS_WEB_ENGINE } : {}) });
  const server = await startServer({ port: 0, root: webDir });
  return {
    server,
    origin: server.url.replace(/\/$/, ""),
    webDir,
    jsGzip: built.jsGzip,
    async close() {
      await server.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh Chromium profile (temp user-data-dir) with the clipboard permitted for the app. */
export async function launchBrowser(origin: string, viewport = { width: 1280, height: 860 }): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "scrubs-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: "en-GB",
    timezoneId: "Europe/London",
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const ARTIFACTS = join(process.cwd(), "test-artifacts");
