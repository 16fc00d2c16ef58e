// The static server: strict headers, no path traversal, port fallback, CLI port parsing.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, parsePort, startServer } from "../../src/server/main";
import type { RunningServer } from "../../src/server/main";

let root: string;
let running: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "scrubs-srv-"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(root, "app.js"), "console.log(1)");
  writeFileSync(join(root, "app.css"), "body{}");
  mkdirSync(join(root, "sub"));
  writeFileSync(join(root, "..", "scrubs-secret.txt"), "secret");
  running = await startServer({ port: 0, root });
});

afterAll(async () => {
  await running.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(join(root, "..", "scrubs-secret.txt"), { force: true });
});

describe("static server", () => {
  it("binds to 127.0.0.1 and serves index.html with strict headers", async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(running.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy")!;
    for (const d of ["default-src 'self'", "connect-src 'self'", "img-src 'self' blob: data:", "worker-src 'self' blob:", "object-src 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(d);
    }
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(await res.text()).toContain("<title>t</title>");
  });

  it("serves assets with their content types", async () => {
    expect((await fetch(`${running.url}app.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await fetch(`${running.url}app.css`)).headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await fetch(`${running.url}app.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await fetch(running.url, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("never serves files outside its root", async () => {
    for (const p of ["/../scrubs-secret.txt", "/%2e%2e/scrubs-secret.txt", "/sub/..%2f..%2fscrubs-secret.txt", "/%00"]) {
      const res = await fetch(`${running.url.replace(/\/$/, "")}${p}`);
      expect([400, 404]).toContain(res.status);
      expect(await res.text()).not.toContain("secret");
    }
    // Raw paths, as a hostile client would send them (fetch would normalise the dots away).
    for (const raw of ["/../scrubs-secret.txt", "/sub/../../scrubs-secret.txt", "/..\\scrubs-secret.txt"]) {
      const status = await new Promise<number>((done, fail) => {
        const req = request({ host: "127.0.0.1", port: running.port, path: raw }, (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        });
        req.on("error", fail);
        req.end();
      });
      expect([400, 404]).toContain(status);
    }
    expect((await fetch(`${running.url}nope.js`)).status).toBe(404);
    expect((await fetch(`${running.url}sub`)).status).toBe(404);
    expect((await fetch(`${running.url}missing/`)).status).toBe(404);
  });

  it("tries the next port when the first is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const taken = (blocker.address() as AddressInfo).port;
    const s = await startServer({ port: taken, root, attempts: 5 });
    try {
      expect(s.port).toBeGreaterThan(taken);
      expect(s.port).toBeLessThan(taken + 5);
      expect((await fetch(s.url)).status).toBe(200);
    } finally {
      await s.close();
      blocker.close();
    }
  });
});

describe("parsePort", () => {
  it("reads --port, --port=, PORT, and defaults to 4173", () => {
    expect(parsePort(["--port", "5000"], {})).toBe(5000);
    expect(parsePort(["--port=5001"], { PORT: "9" })).toBe(5001);
    expect(parsePort([], { PORT: "5002" })).toBe(5002);
    expect(parsePort([], {})).toBe(4173);
    expect(() => parsePort(["--port", "http"], {})).toThrow(/Invalid port/);
    expect(() => parsePort(["--port", "70000"], {})).toThrow(/Invalid port/);
  });
});
