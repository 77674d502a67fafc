/**
 * After `next build`: marks the big JavaScript files that pages run at load with V8's explicit compile hint,
 * the magic comment `//# allFunctionsCalledOnLoad` on the file's first line (Chrome 136 and later;
 * https://v8.dev/blog/explicit-compile-hints). Other browsers read it as a comment.
 *
 * Why: V8 compiles a function lazily, on the main thread, the first time it is called. Next's framework
 * chunks (React DOM, the App Router runtime) are a few large module factories that are all called while
 * the page hydrates, so their compilation landed in one long main-thread task: in a Chromium CPU profile of
 * a lesson page (4x CPU throttling) that task was 268 ms, 58 % of it in Turbopack's module loader waiting
 * for the factories to compile. With the hint, V8 compiles the whole file eagerly while it streams the
 * script in, off the main thread, and the task is gone. Lighthouse (mobile) on lesson pages, same build,
 * 5 runs each: performance 77-86 without the hint, 88-93 with it. Measured, not assumed; see bench/.
 *
 * Which files: every script a prerendered page loads (`<script src>`, not `noModule`) that is at least
 * MIN_BYTES long. Small chunks compile in no time, and every hinted file pays ~30 bytes; the lazily loaded
 * islands are left alone, since not all of their functions run.
 *
 * Idempotent. Run: `node scripts/compile-hints.mjs` (npm's postbuild, build-if-needed and the static export
 * run it after every build; NEXT_DIST_DIR picks the build directory).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { htmlFiles } from "./csp-hashes.mjs";

export const HINT = "//# allFunctionsCalledOnLoad\n";
export const MIN_BYTES = 30_000;

/** The src of every classic or module script an HTML document loads at first load (noModule excluded). */
export function firstLoadScriptSrcs(html) {
  const srcs = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    if (/\snomodule\b/i.test(attrs)) continue;
    const src = /\ssrc\s*=\s*"([^"]+)"/i.exec(attrs)?.[1];
    if (src && !srcs.includes(src)) srcs.push(src);
  }
  return srcs;
}

/** A script URL ("/_next/static/chunks/x.js", or under a base path) → its file in the build directory. */
function fileOf(dist, src) {
  const at = src.indexOf("/_next/");
  if (at < 0) return null;
  const rest = src.slice(at + "/_next/".length).split(/[?#]/)[0];
  // `next build` keeps assets in <dist>/static/…; a static export keeps them in <dist>/_next/static/….
  for (const candidate of [path.join(dist, rest), path.join(dist, "_next", rest)])
    if (existsSync(candidate)) return candidate;
  return null;
}

/** Adds the hint to the big first-load scripts of the build in `dist`. Returns the files it changed. */
export function addCompileHints(dist, { minBytes = MIN_BYTES } = {}) {
  const files = new Set();
  for (const html of htmlFiles(dist))
    for (const src of firstLoadScriptSrcs(readFileSync(path.join(dist, html), "utf8"))) {
      const file = fileOf(dist, src);
      if (file) files.add(file);
    }
  const changed = [];
  for (const file of [...files].sort()) {
    const code = readFileSync(file, "utf8");
    if (code.startsWith(HINT) || Buffer.byteLength(code) < minBytes) continue;
    writeFileSync(file, HINT + code);
    changed.push(file);
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(import.meta.dirname, "..", process.env.NEXT_DIST_DIR || ".next");
  const changed = addCompileHints(dist);
  console.log(`Compile hints: ${changed.length} first-load script(s) marked for eager compilation.`);
}
