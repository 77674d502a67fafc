/**
 * `npm test`: every check, in order, stopping at the first failure:
 * lint (Biome) → type-check → unit tests (vitest) → production build → browser tests (Playwright, Chromium)
 * → static export + SCORM: one static build (its own dist dir) and the browser tests of the export under a
 * base path and of the SCORM package in a stand-in LMS (playwright.export.config.ts, a plain static server).
 * Chromium is located (or installed from Debian's packages) first, so a missing browser fails in seconds.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded, buildIsStale } from "./build-if-needed.mjs";
import { findChromium, HOW_TO_GET_CHROMIUM } from "./find-chromium.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";

const started = Date.now();
const timings = [];

function step(name, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${name} ${secs}s`);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${r.status ?? r.signal}) after ${secs}s.`);
    process.exit(r.status ?? 1);
  }
}

const chromium = findChromium({ headless: true });
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
console.log(`Chromium for browser tests: ${chromium}`);

step("lint", "npx", ["biome", "check", "."]);
step("route types", "npx", ["next", "typegen"]);
step("type-check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
step("unit tests", "npx", ["vitest", "run"]);
{
  const t0 = Date.now();
  console.log("\n▶ production build");
  // The browser tests always run against a build of exactly this tree.
  buildIfNeeded({ force: process.env.CI === "true" });
  timings.push(`build ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}
step("browser tests", "npx", ["playwright", "test"], { PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium });
{
  // The static build must leave the site build alone: `npm start` after `npm test` serves .next.
  const siteBuild = () =>
    readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8");
  const before = siteBuild();
  step("static export + SCORM build", "node", ["scripts/static-e2e.mjs"]);
  if (siteBuild() !== before || buildIsStale()) {
    console.error("\n✖ The static export build replaced the site build in .next.");
    process.exit(1);
  }
}
step(
  "static export + SCORM browser tests",
  "npx",
  ["playwright", "test", "-c", "playwright.export.config.ts"],
  {
    PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
  },
);

console.log(
  `\n✔ All checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s (${timings.join(", ")}).`,
);
