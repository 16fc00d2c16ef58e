// The house rule: src/engine is pure. It imports nothing from Node, the DOM, the CLI, media, the
// server or the web app, reads no clock and draws no random numbers. Adapters depend on the engine,
// never the reverse.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..");
const ENGINE = join(ROOT, "src/engine");
// pure packages: zod (config schema), stemmer (the Porter stemmer the second opinion reads words through; no imports of its own)
const ALLOWED_PACKAGES = new Set(["zod", "stemmer"]);
const NODE_BUILTINS = new Set(["fs", "path", "os", "child_process", "worker_threads", "http", "https", "net", "crypto", "stream", "util", "url", "buffer", "events", "process", "readline", "zlib", "tty", "module", "perf_hooks", "vm", "dns", "cluster", "v8"]);
const FORBIDDEN_GLOBALS = /\b(?:document|window|localStorage|sessionStorage|navigator|indexedDB|XMLHttpRequest|fetch|process|Buffer|require|__dirname|setTimeout|setInterval)\b\s*[.(]|\bDate\.now\b|\bnew Date\b|\bMath\.random\b|\bperformance\.now\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

function imports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

/** Strip comments and string contents so a word in a comment is not mistaken for code. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "").replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
}

describe("layering", () => {
  const engineFiles = files(ENGINE);

  it("finds the engine's files", () => expect(engineFiles.length).toBeGreaterThan(20));

  for (const file of engineFiles) {
    const rel = relative(ROOT, file);
    it(`${rel} imports only the engine and pure packages`, () => {
      const source = readFileSync(file, "utf8");
      for (const spec of imports(source)) {
        if (spec.startsWith(".")) {
          const target = resolve(file, "..", spec);
          expect(target.startsWith(ENGINE), `${rel} imports ${spec}, outside src/engine`).toBe(true);
        } else {
          const bare = spec.replace(/^node:/, "").split("/")[0]!;
          expect(spec.startsWith("node:") || NODE_BUILTINS.has(bare), `${rel} imports Node built-in ${spec}`).toBe(false);
          expect(ALLOWED_PACKAGES.has(bare), `${rel} imports package ${spec}; the engine may use only ${[...ALLOWED_PACKAGES].join(", ")}`).toBe(true);
        }
      }
    });
    it(`${rel} uses no DOM, Node globals, clock or randomness`, () => {
      const m = FORBIDDEN_GLOBALS.exec(code(readFileSync(file, "utf8")));
      expect(m?.[0], `${rel} uses ${m?.[0]}`).toBeUndefined();
    });
  }

  it("the layering check itself catches a violation", () => {
    expect(imports(`import { readFileSync } from "node:fs";`)).toEqual(["node:fs"]);
    expect(FORBIDDEN_GLOBALS.test(code(`const t = Date.now();`))).toBe(true);
    expect(FORBIDDEN_GLOBALS.test(code(`// Date.now is not used`))).toBe(false);
  });
});
