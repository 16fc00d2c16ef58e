// A tiny static file server for the built web app (dist/web), bound to 127.0.0.1 only. The headers
// forbid the page from talking to anything but its own origin: the draft never leaves the machine.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cache-Control": "no-cache",
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface ServerOptions {
  /** First port to try; 0 picks a free one. If taken, the next ports are tried. */
  port?: number;
  /** Directory to serve (the built web app). */
  root: string;
  host?: string;
  /** How many further ports to try when the first is in use. */
  attempts?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

export function createHandler(root: string) {
  const base = resolve(root);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(res, 405, "Method not allowed\n");
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(res, 400, "Bad request\n");
    }
    if (pathname.includes("\0")) return send(res, 400, "Bad request\n");
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = resolve(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) return send(res, 404, "Not found\n");
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(res, 404, "Not found\n");
      const body = await readFile(file);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": body.length,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      send(res, 404, "Not found\n");
    }
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      reject(err);
    };
    const onListening = () => {
      server.off("error", onError);
      const addr = server.address();
      resolvePort(typeof addr === "object" && addr ? addr.port : port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const first = options.port ?? 4173;
  const attempts = first === 0 ? 1 : Math.max(1, options.attempts ?? 20);
  const handler = createHandler(options.root);
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "Internal error\n");
      else res.destroy();
    });
  });
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    const port = first === 0 ? 0 : first + i;
    if (port > 65535) break;
    try {
      const bound = await listen(server, port, host);
      return {
        url: `http://${host}:${bound}/`,
        port: bound,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      };
    } catch (err) {
      lastError = err;
      if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    }
  }
  throw new Error(`No free port from ${first} to ${first + attempts - 1}: ${(lastError as Error)?.message ?? ""}`);
}

/** Port from `--port N` / `--port=N`, else the PORT environment variable, else 4173. */
export function parsePort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--port" || a === "-p") raw = argv[i + 1];
    else if (a.startsWith("--port=")) raw = a.slice("--port=".length);
  }
  raw ??= env.PORT;
  if (raw === undefined || raw === "") return 4173;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Invalid port: ${raw}`);
  return n;
}
