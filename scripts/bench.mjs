/**
 * `npm run bench` — a benchmark, not a test: builds the site, serves it, and measures each page route:
 *  - first-load JavaScript: the gzip size of every <script src> the prerendered HTML loads (noModule
 *    polyfills excluded: module-capable browsers never fetch them);
 *  - lazily loaded JavaScript: scripts a real browser fetches after load that the HTML did not list
 *    (islands that load on demand), summed the same way;
 *  - Lighthouse (mobile preset, median of 3 runs): performance, accessibility, best practices, SEO.
 * Writes bench/results.md and bench/results.json. Budgets (issue 2): lesson pages ≤ 140 KB gzip first-load
 * JS, performance ≥ 95, the other three scores 100. Mobile scores swing with CPU load on 2 cores
 * (STACK.md): that is why the median of several runs is reported.
 * Options: BENCH_RUNS=3 (Lighthouse runs per route), BENCH_ROUTES="/,/lessons" (a subset).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from "./find-chromium.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = process.env.NEXT_DIST_DIR || ".next";
const PORT = Number(process.env.BENCH_PORT ?? 3230);
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NOT_PAGES = [/^\/_/, /\.(svg|png|ico|txt|xml|json|webmanifest)$/];

process.env.NEXT_TELEMETRY_DISABLED = "1";
const chromePath = findChromium();
if (!chromePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
buildIfNeeded();

const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST, "prerender-manifest.json"), "utf8"));
let routes = Object.keys(manifest.routes)
  .filter((r) => !NOT_PAGES.some((re) => re.test(r)))
  .sort();
if (process.env.BENCH_ROUTES) routes = process.env.BENCH_ROUTES.split(",");

const gzipCache = new Map();
function gzipSizeOfAsset(urlPath) {
  if (gzipCache.has(urlPath)) return gzipCache.get(urlPath);
  const rel = decodeURIComponent(urlPath.replace(/^\/_next\//, "")).split("?")[0];
  const file = path.join(ROOT, DIST, rel);
  const size = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
  gzipCache.set(urlPath, size);
  return size;
}

function htmlFileFor(route) {
  const name = route === "/" ? "index" : route.slice(1);
  return path.join(ROOT, DIST, "server", "app", `${name}.html`);
}

// noModule scripts (Next's legacy polyfills) are never fetched by a browser that runs modules: not counted.
function scriptSrcs(html) {
  return [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/\snoModule/i.test(m[1]))
    .map((m) => /\ssrc="([^"]+)"/.exec(m[1])?.[1])
    .filter(Boolean);
}

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${BASE}/`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server did not start");
}

const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
  cwd: ROOT,
  stdio: "ignore",
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
};
process.on("exit", stopServer);

try {
  await waitForServer();

  // First-load and lazily loaded JavaScript, per route.
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  const js = {};
  for (const route of routes) {
    const file = htmlFileFor(route);
    const html = existsSync(file) ? readFileSync(file, "utf8") : await (await fetch(BASE + route)).text();
    const initial = new Set(scriptSrcs(html).filter((s) => s.startsWith("/_next/")));
    const firstLoad = [...initial].reduce((sum, s) => sum + gzipSizeOfAsset(s), 0);
    const page = await browser.newPage();
    const fetched = new Set();
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.origin === BASE && u.pathname.endsWith(".js")) fetched.add(u.pathname);
    });
    await page.goto(BASE + route, { waitUntil: "networkidle" });
    // Open every disclosure and focus every control once, so islands that load on use are counted.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = true;
    });
    await page.waitForLoadState("networkidle");
    await page.close();
    const lazy = [...fetched].filter((s) => !initial.has(s));
    js[route] = {
      firstLoadKB: Number(kb(firstLoad)),
      scripts: initial.size,
      lazyKB: Number(kb(lazy.reduce((sum, s) => sum + gzipSizeOfAsset(s), 0))),
      lazyScripts: lazy.length,
    };
    console.log(
      `${route}: first-load JS ${kb(firstLoad)} KB gzip in ${initial.size} scripts; lazy ${js[route].lazyKB} KB`,
    );
  }
  await browser.close();

  // Lighthouse, median of RUNS mobile runs per route.
  const lh = {};
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", ...CHROMIUM_ARGS],
  });
  try {
    for (const route of routes) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(BASE + route, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        const c = result.lhr.categories;
        runs.push({
          performance: Math.round(c.performance.score * 100),
          accessibility: Math.round(c.accessibility.score * 100),
          bestPractices: Math.round(c["best-practices"].score * 100),
          seo: Math.round(c.seo.score * 100),
        });
      }
      lh[route] = {
        performance: median(runs.map((r) => r.performance)),
        accessibility: median(runs.map((r) => r.accessibility)),
        bestPractices: median(runs.map((r) => r.bestPractices)),
        seo: median(runs.map((r) => r.seo)),
        runs: runs.length,
      };
      console.log(`${route}: Lighthouse ${JSON.stringify(lh[route])}`);
    }
  } finally {
    await chrome.kill();
  }

  // Report.
  const date = new Date().toISOString();
  const rows = routes.map((r) => {
    const j = js[r];
    const l = lh[r];
    const isLesson = r.startsWith("/lessons/");
    const within =
      !isLesson ||
      (j.firstLoadKB <= 140 &&
        l.performance >= 95 &&
        l.accessibility === 100 &&
        l.bestPractices === 100 &&
        l.seo === 100);
    return `| \`${r}\` | ${j.firstLoadKB} | ${j.lazyKB} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${isLesson ? (within ? "yes" : "**no**") : "n/a"} |`;
  });
  const md = [
    "# SMTP Lab benchmark",
    "",
    `Measured ${date} on ${process.platform}/${process.arch}, Node ${process.version}, Chromium at ${chromePath}.`,
    `First-load JS = sum of gzip (level 9) sizes of the scripts each prerendered page's HTML loads (noModule polyfills excluded).`,
    `Lazy JS = scripts the browser fetched after load that the HTML did not list.`,
    `Lighthouse 12, mobile preset, median of ${RUNS} runs per route.`,
    "",
    "| route | first-load JS (KB gzip) | lazy JS (KB gzip) | performance | accessibility | best practices | SEO | lesson budget met |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows,
    "",
    "Lesson budget: first-load JS ≤ 140 KB gzip, performance ≥ 95, accessibility, best practices and SEO 100.",
    "",
  ].join("\n");
  mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench", "results.md"), md);
  writeFileSync(
    path.join(ROOT, "bench", "results.json"),
    `${JSON.stringify({ date, runs: RUNS, routes: Object.fromEntries(routes.map((r) => [r, { ...js[r], lighthouse: lh[r] }])) }, null, 2)}\n`,
  );
  console.log(`\n${md}`);
} finally {
  stopServer();
}
process.exit(0);
