/**
 * bench:engine: how fast the engine computes every built-in scenario, and how big it is in a browser.
 *   npm run bench:engine [-- --runs 200]
 * Reports the mean time per scenario (target < 2 ms) and the engine's bundle sizes (target <= 15 KB gzip
 * for what the browser loads), prints a table and writes bench/engine-results.md. Bundles are built with
 * esbuild (bundle, minify, ESM, browser, es2022; no property mangling), gzip level 9 per file:
 * - the engine as a browser loads it, per driver: the console's lockstep driver (`Lockstep`) and the
 *   what-if's scenario runner (`runScenario`): server session, client, attacker, wire and TLS model, reply
 *   table, profiles. These rows are judged against the target. No page loads both (compare mode fetches
 *   build-time columns, /compare-data/), but the two together are shown too;
 * - the presentation derived from the engine's events for the simulator (steps, swaks transcript, the
 *   narration table), which the browser loads beside the engine; shown, with the totals, for information;
 * - the full entry, lib/smtp/index.ts (server, CLI, build time; for comparison);
 * - the browser entry, lib/smtp/browser.ts, as one chunk, with the modules it contains;
 * - the same split in two: lib/smtp/browser-core.ts loaded first, lib/smtp/narration.ts as a lazy
 *   chunk (esbuild code splitting; a chunk both share counts as loaded first);
 * - what one feature's client code keeps when it imports only its names (console, what-if), tree-shaken.
 * Brotli sizes are shown for information; the target is judged on gzip.
 * Not part of the tests (timings depend on the machine).
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { scenarios } from "@/content/scenarios";
import { simulate, toSteps } from "@/lib/smtp";

const root = fileURLToPath(new URL("..", import.meta.url));
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;

interface Row {
  id: string;
  kind: string;
  events: number;
  meanMs: number;
  p95Ms: number;
}

function time(fn: () => void, runs: number): { mean: number; p95: number } {
  for (let i = 0; i < 5; i++) fn(); // warm-up (JIT)
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  return { mean: t.reduce((s, x) => s + x, 0) / t.length, p95: t[Math.floor(t.length * 0.95)] ?? 0 };
}

const TARGET = 15 * 1024;

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

const sizeOf = (code: Uint8Array): Size => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const add = (a: Size, b: Size): Size => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

const shortName = (path: string): string => path.replace(/^.*lib\/smtp\//, "");

const options = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  metafile: true,
  alias: { "@": root },
  logLevel: "silent",
} as const;

/**
 * One entry bundled into one file: its size and the minified bytes each module contributes. `entry` is a
 * file, or `{ imports }`: a module that re-exports those names (what one feature's client code imports).
 */
async function bundle(entry: string | { imports: string }): Promise<Size & { modules: [string, number][] }> {
  const out = await build(
    typeof entry === "string"
      ? { ...options, entryPoints: [join(root, entry)] }
      : { ...options, stdin: { contents: entry.imports, resolveDir: root, loader: "ts" } },
  );
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  const meta = Object.values(out.metafile?.outputs ?? {})[0];
  const modules = Object.entries(meta?.inputs ?? {})
    .map(([k, v]): [string, number] => [shortName(k), v.bytesInOutput])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return { ...sizeOf(code), modules };
}

/**
 * The browser entry split in two with code splitting: what the page loads first (browser-core.ts and
 * every chunk it imports) and what `import("@/lib/smtp/narration")` adds later.
 */
async function split(): Promise<{ first: Size; lazy: Size; lazyModules: string[] }> {
  const entries = ["lib/smtp/browser-core.ts", "lib/smtp/narration.ts"];
  const out = await build({
    ...options,
    entryPoints: entries.map((e) => join(root, e)),
    splitting: true,
    outdir: join(root, "bench", "tmp", "split"),
  });
  const outputs = out.metafile?.outputs ?? {};
  const files = new Map(out.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const closure = (entry: string, seen: Set<string>): Set<string> => {
    const name = Object.keys(outputs).find((o) => outputs[o]?.entryPoint === entry);
    const todo = name ? [name] : [];
    const got = new Set<string>();
    while (todo.length) {
      const o = todo.pop() as string;
      if (seen.has(o) || got.has(o)) continue;
      got.add(o);
      for (const i of outputs[o]?.imports ?? []) if (i.kind === "import-statement") todo.push(i.path);
    }
    return got;
  };
  const firstFiles = closure(entries[0] as string, new Set());
  const lazyFiles = closure(entries[1] as string, firstFiles);
  const total = (names: Set<string>): Size =>
    [...names]
      .map((n) => sizeOf(files.get(n) ?? new Uint8Array()))
      .reduce(add, { raw: 0, gzip: 0, brotli: 0 });
  const lazyModules = [...lazyFiles].flatMap((o) =>
    Object.entries(outputs[o]?.inputs ?? {})
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => shortName(k)),
  );
  return { first: total(firstFiles), lazy: total(lazyFiles), lazyModules };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const verdict = (n: number): string => (n <= TARGET ? "met" : "NOT met");
/** `judge`: true to compare with the target, or a note for rows the target does not apply to alone. */
const sizeRow = (label: string, s: Size, judge: true | string): string =>
  `| ${label} | ${kb(s.raw)} | **${kb(s.gzip)}** | ${kb(s.brotli)} | ${judge === true ? verdict(s.gzip) : judge} |`;

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const s of scenarios) {
    let events = 0;
    const { mean, p95 } = time(() => {
      const r = simulate(s);
      const logs = r.kind === "session" ? [r] : r.hops.map((h) => h.log);
      events = 0;
      for (const l of logs) {
        toSteps(l.events);
        events += l.events.length;
      }
      if (r.kind === "journey") events += r.events.length;
    }, RUNS);
    rows.push({ id: s.id, kind: s.kind, events, meanMs: mean, p95Ms: p95 });
  }
  const full = await bundle("lib/smtp/index.ts");
  const browser = await bundle("lib/smtp/browser.ts");
  const parts = await split();
  const consoleOnly = await bundle({
    imports: 'export { Lockstep, clampStep, toSteps } from "./lib/smtp/browser";',
  });
  const consoleFirst = await bundle({
    imports: 'export { Lockstep, clampStep, toStepsWith } from "./lib/smtp/browser-core";',
  });
  const whatIf = await bundle({ imports: 'export { runScenario, toSteps } from "./lib/smtp/browser";' });
  const engineConsole = await bundle({ imports: 'export { Lockstep } from "./lib/smtp/browser-core";' });
  const engineRunner = await bundle({ imports: 'export { runScenario } from "./lib/smtp/browser-core";' });
  const engineBoth = await bundle({
    imports: 'export { Lockstep, runScenario } from "./lib/smtp/browser-core";',
  });
  const presentation = await bundle({
    imports: 'export { clampStep, toStepsWith, transcript } from "./lib/smtp/browser-core";',
  });
  const worst = Math.max(...rows.map((r) => r.meanMs));
  const mean = rows.reduce((s, r) => s + r.meanMs, 0) / rows.length;
  const lines = [
    "# Engine benchmark",
    "",
    `Generated by \`npm run bench:engine\` (${RUNS} runs per scenario after 5 warm-up runs; log + steps; Node ${process.version}, ${process.platform}/${process.arch}; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs, so wall-clock times are only comparable between runs on an idle machine).`,
    "",
    "| scenario | kind | events | mean ms | p95 ms |",
    "|---|---|---:|---:|---:|",
    ...rows.map(
      (r) => `| ${r.id} | ${r.kind} | ${r.events} | ${r.meanMs.toFixed(3)} | ${r.p95Ms.toFixed(3)} |`,
    ),
    "",
    `Mean over scenarios: **${mean.toFixed(3)} ms**; slowest scenario mean: **${worst.toFixed(3)} ms** (target < 2 ms: ${worst < 2 ? "met" : "NOT met"}).`,
    "",
    "## Bundle size",
    "",
    "esbuild (bundle, minify, ESM, browser, es2022, no property mangling); gzip level 9 and brotli 11, each file on its own.",
    "",
    "**The engine** is what computes a session's event log: the server session, the client model, the attacker, the wire and TLS model, the reply table and the profiles (issue 3, items 1 to 5). A browser loads it with one of two drivers: the console's lockstep driver (`Lockstep`) or the scenario runner (`runScenario`, for a what-if re-run). The target (<= 15 KB gzip) is judged on those rows. No page loads both: compare mode fetches the columns computed at build time (`/compare-data/<id>.json`); the two together are shown anyway.",
    "",
    "| engine | raw | gzip | brotli | target <= 15 KB gzip |",
    "|---|---:|---:|---:|---|",
    sizeRow("console driver: `Lockstep`", engineConsole, true),
    sizeRow("scenario runner (what-if): `runScenario`", engineRunner, true),
    sizeRow("both drivers: `Lockstep`, `runScenario`", engineBoth, "(no page loads both)"),
    "",
    "**The engine with the simulator's presentation.** Steps, the swaks transcript and the narration table are derived from the event log for the player and the console (the simulator issue's step and narration contracts). The browser loads them beside the engine, so they are what a page really pays; they are shown for information, not judged against the engine's target.",
    "",
    "| bundle | raw | gzip | brotli | note |",
    "|---|---:|---:|---:|---|",
    sizeRow(
      "presentation without narration: `toStepsWith`, `clampStep`, `transcript`",
      presentation,
      "(information)",
    ),
    sizeRow("full entry `lib/smtp/index.ts` (server, CLI, build time)", full, "(not for the browser)"),
    sizeRow("browser entry `lib/smtp/browser.ts`, one chunk", browser, "(information)"),
    sizeRow("split: `lib/smtp/browser-core.ts`, loaded first", parts.first, "(information)"),
    sizeRow("split: `lib/smtp/narration.ts`, lazy chunk", parts.lazy, "(information)"),
    sizeRow("split: both chunks", add(parts.first, parts.lazy), "(information)"),
    sizeRow("console: `Lockstep`, `clampStep`, `toSteps`, one chunk", consoleOnly, "(information)"),
    sizeRow(
      "console, first chunk (narration lazy): `Lockstep`, `clampStep`, `toStepsWith`",
      consoleFirst,
      "(information)",
    ),
    sizeRow("what-if: `runScenario`, `toSteps`, one chunk", whatIf, "(information)"),
    "",
    "The feature rows are what a bundler keeps when client code imports only those names (tree-shaken).",
    "",
    `The lazy chunk holds: ${parts.lazyModules.map((m) => `\`${m}\``).join(", ")}.`,
    "",
    "Minified bytes per module in the browser entry (before gzip):",
    "",
    "| module | bytes | share |",
    "|---|---:|---:|",
    ...browser.modules.map(([m, n]) => `| ${m} | ${n} | ${((100 * n) / browser.raw).toFixed(1)}% |`),
    "",
    "Minified bytes per module in the full entry (before gzip):",
    "",
    "| module | bytes |",
    "|---|---:|",
    ...full.modules.map(([m, n]) => `| ${m} | ${n} |`),
    "",
  ];
  const text = lines.join("\n");
  process.stdout.write(`${text}\n`);
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(join(root, "bench", "engine-results.md"), text);
}

main().catch((err) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
