/**
 * After `next build`: the sha256 of every inline <script> of every prerendered HTML page, per route, so the
 * production server (serve.mjs) can send each page a Content-Security-Policy that allows exactly its own
 * inline scripts (Next inlines its RSC payload and bootstrap as <script> elements whose text differs per
 * page; nonces would force every page to render per request). Writes <distDir>/csp-hashes.json:
 * { buildId, routes: { "/lessons/port-587": ["'sha256-…'", …], … } }.
 * Run: `node scripts/csp-hashes.mjs` (npm's postbuild and build-if-needed run it after every build).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

export function distDir() {
  return path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");
}

/** The hash sources of the inline scripts in one HTML document, in document order, without repeats. */
export function inlineScriptHashes(html) {
  const hashes = [];
  // A script element is raw text: its content ends at the first "</script" (Next escapes "<" inside JSON).
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? "";
    const body = m[2] ?? "";
    if (/\ssrc\s*=/i.test(attrs) || body === "") continue;
    const h = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
    if (!hashes.includes(h)) hashes.push(h);
  }
  return hashes;
}

/** "lessons/port-587.html" → "/lessons/port-587"; "index.html" → "/"; route groups "(site)" vanish. */
export function routeOf(relative) {
  const parts = relative
    .replace(/\.html$/, "")
    .split(path.sep)
    .filter((p) => !/^\(.*\)$/.test(p));
  const route = `/${parts.join("/")}`;
  return route === "/index" ? "/" : route;
}

/** Every .html file under `dir` (relative paths), skipping Next's build cache and node_modules. */
export function htmlFiles(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir)) {
    if (entry === "cache" || entry === "node_modules") continue;
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) htmlFiles(p, base, out);
    else if (entry.endsWith(".html")) out.push(path.relative(base, p));
  }
  return out;
}

export function collectCspHashes(dist = distDir()) {
  const appDir = path.join(dist, "server", "app");
  const buildId = readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim();
  const routes = {};
  if (existsSync(appDir)) {
    for (const rel of htmlFiles(appDir).sort()) {
      routes[routeOf(rel)] = inlineScriptHashes(readFileSync(path.join(appDir, rel), "utf8"));
    }
  }
  return { buildId, routes };
}

export function writeCspHashes(dist = distDir()) {
  const data = collectCspHashes(dist);
  writeFileSync(path.join(dist, "csp-hashes.json"), `${JSON.stringify(data, null, 1)}\n`);
  return data;
}

/** The map for the current build: read when it matches BUILD_ID, else computed (and written) now. */
export function loadCspHashes(dist = distDir()) {
  try {
    const buildId = readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim();
    const data = JSON.parse(readFileSync(path.join(dist, "csp-hashes.json"), "utf8"));
    if (data && data.buildId === buildId && data.routes) return data;
  } catch {
    // Missing or stale: compute below.
  }
  return writeCspHashes(dist);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { routes } = writeCspHashes();
  const n = Object.keys(routes).length;
  const scripts = Object.values(routes).reduce((a, h) => a + h.length, 0);
  console.log(`CSP: hashed ${scripts} inline scripts of ${n} prerendered pages into csp-hashes.json`);
}
