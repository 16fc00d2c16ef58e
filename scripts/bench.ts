// npm run bench: throughput and latency of check() on 280- and 3,000-character posts, peak memory,
// and the ratio to alex (retext-based "insensitive writing" linter) on the same posts, in the same run.
// Posts come from the evaluation corpus so they are realistic; one core (Node runs check() on one thread).
import { readFileSync } from "node:fs";
// The built bundle (dist/engine.js, made by `npm run build`) is what ships; tsx's source transform adds
// helpers that would distort the figures.
import type { check as checkType } from "../src/engine";
const { check } = (await import(new URL("../dist/engine.js", import.meta.url).href)) as { check: typeof checkType };

const corpus = ["eval/dev.jsonl", "eval/dev2.jsonl"].flatMap((f) =>
  readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
);

/** Posts of exactly `size` characters, made by joining corpus posts and cutting at the size. */
function postsOf(size: number, count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    let text = "";
    while (text.length < size) text += (text ? " " : "") + corpus[i++ % corpus.length];
    out.push(text.slice(0, size));
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

let peakRss = 0;
const sampleMemory = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

function measure(name: string, posts: string[], run: (t: string) => unknown, rounds: number) {
  for (const p of posts.slice(0, 50)) run(p); // warm up the JIT and lazily built tables
  const times: number[] = [];
  // each post's own times, to tell a slow post from a pause that happened to land on it
  const perPost: number[][] = posts.map(() => []);
  // CPU time as well as wall time: on a shared machine other processes stretch wall time, while
  // the CPU time this process used per post stays close to what one idle core would give
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < posts.length; k++) {
      const t0 = performance.now();
      run(posts[k]!);
      const dt = performance.now() - t0;
      times.push(dt);
      perPost[k]!.push(dt);
    }
    sampleMemory();
  }
  const total = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const medians = perPost.map((ts) => ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)]!).sort((a, b) => a - b);
  return { name, posts: times.length, perSecond: times.length / (total / 1000), perCpuSecond: times.length / cpuSeconds, p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1]!, postP99: percentile(medians, 99), rounds };
}

type Row = ReturnType<typeof measure>;
const fmt = (r: Row) => `${r.name.padEnd(30)} ${String(r.posts).padStart(7)} ${Math.round(r.perSecond).toLocaleString("en-GB").padStart(10)}/s (${Math.round(r.perCpuSecond).toLocaleString("en-GB")} per CPU-second)   p50 ${r.p50.toFixed(3).padStart(7)} ms   p99 ${r.p99.toFixed(3).padStart(7)} ms   max ${r.max.toFixed(2).padStart(7)} ms`;

async function main() {
  const { loadavg, cpus } = await import("node:os");
  const startLoad = loadavg()[0]!;
  const { default: alex } = (await import("alex")) as { default: (text: string) => unknown };
  const short = postsOf(280, 2000);
  const long = postsOf(3000, 300);
  const rows: Row[] = [];
  rows.push(measure("scrubs check, 280 chars", short, (t) => check(t), 10));
  rows.push(measure("scrubs check, 3,000 chars", long, (t) => check(t), 5));
  const scrubsPeak = peakRss;
  rows.push(measure("alex, 280 chars", short.slice(0, 300), (t) => alex(t), 1));
  rows.push(measure("alex, 3,000 chars", long.slice(0, 60), (t) => alex(t), 1));

  console.log(`scrubs benchmark — Node ${process.version}, one thread, ${corpus.length} corpus posts as sources`);
  console.log(`machine: ${cpus().length} cores, load average ${startLoad.toFixed(2)} at the start (wall-time figures are only fair on an idle machine)\n`);
  for (const r of rows) console.log(fmt(r));
  const [s280, s3000, a280, a3000] = rows as [Row, Row, Row, Row];
  console.log(`\nspeed-up over alex on the same posts: ${(s280.perSecond / a280.perSecond).toFixed(1)}x (280 chars), ${(s3000.perSecond / a3000.perSecond).toFixed(1)}x (3,000 chars)`);
  // The p99 above counts every run, so a garbage collection or a scheduler pause that lands on a
  // post counts against it. Taking each post's median run first leaves what the post itself costs.
  for (const r of [s280, s3000]) console.log(`${r.name}: p99 of each post's median over its ${r.rounds} runs ${r.postP99.toFixed(3)} ms (the rest of the tail is pauses, not slow posts)`);
  console.log(`peak memory (RSS) during scrubs runs: ${(scrubsPeak / 1024 / 1024).toFixed(0)} MB; whole run incl. alex: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  const targets = [
    [`≥ 20,000 posts/s at 280 chars`, s280.perSecond >= 20_000],
    [`p99 < 1 ms at 280 chars`, s280.p99 < 1],
    [`≥ 10x alex`, s280.perSecond / a280.perSecond >= 10],
  ] as const;
  for (const [label, ok] of targets) console.log(`target ${label}: ${ok ? "met" : "NOT MET"}`);
}

void main();
