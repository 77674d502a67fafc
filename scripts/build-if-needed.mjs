/**
 * Builds the production site when there is no build yet or a source file is newer than the last build.
 * Used by `npm start` and the test command, so a fresh clone needs no separate build step.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { addCompileHints } from "./compile-hints.mjs";
import { writeCspHashes } from "./csp-hashes.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = process.env.NEXT_DIST_DIR || ".next";
const SOURCES = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "next.config.ts",
  "mdx-components.tsx",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

export function buildIsStale() {
  const buildId = path.join(ROOT, DIST, "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  // A static export's `next build` leaves its intermediate build in .next (static-export.mjs,
  // keepingSiteBuild); one that got there anyway, e.g. from a bare `STATIC_EXPORT=1 next build`, is not
  // the site build `npm start` serves. Only an export writes export-detail.json; a build deletes it.
  if (existsSync(path.join(ROOT, DIST, "export-detail.json")))
    return "the build there is a static export's, not the site's";
  const built = statSync(buildId).mtimeMs;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (newest > built) return "sources changed since the last build";
  if ((process.env.SITE_URL ?? "") !== (readBuiltSiteUrl() ?? ""))
    return "SITE_URL differs from the last build";
  return null;
}

// SITE_URL is baked into canonical and Open Graph URLs at build time, so a different value needs a rebuild.
const SITE_URL_STAMP = path.join(ROOT, DIST, "SITE_URL");

function readBuiltSiteUrl() {
  try {
    return readFileSync(SITE_URL_STAMP, "utf8");
  } catch {
    return null;
  }
}

export function buildIfNeeded({ force = false } = {}) {
  const why = force ? "forced" : buildIsStale();
  if (!why) {
    console.log("Production build is up to date.");
    return;
  }
  console.log(`Building the site (${why}) ...`);
  const r = spawnSync("npx", ["next", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(SITE_URL_STAMP, process.env.SITE_URL ?? "");
  // V8's eager-compile hint on the big first-load scripts (compile-hints.mjs says why).
  addCompileHints(path.join(ROOT, DIST));
  // The per-page CSP hashes of the inline scripts (serve.mjs would compute them at start otherwise).
  writeCspHashes(path.join(ROOT, DIST));
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
