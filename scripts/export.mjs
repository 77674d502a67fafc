/**
 * `npm run export` → out/: the whole site as static files for any static host, at the root or under
 * BASE_PATH (e.g. `BASE_PATH=/smtp-lab npm run export`). OUT_DIR changes the output directory.
 * How it works and what a host should add (headers): scripts/static-export.mjs, README "Static export and SCORM".
 */
import path from "node:path";
import { buildStatic, finishExport, normaliseBasePath, ROOT } from "./static-export.mjs";

try {
  const base = normaliseBasePath(process.env.BASE_PATH);
  const staging = buildStatic({ distDir: process.env.NEXT_DIST_DIR || ".next-export" });
  const out = path.resolve(ROOT, process.env.OUT_DIR || "out");
  const n = finishExport(staging, out, base);
  console.log(`Static export: ${n} files in ${path.relative(ROOT, out) || "."}/, served from ${base || "/"}`);
  console.log(
    `Try it: node scripts/static-server.mjs --dir ${path.relative(ROOT, out)} --mount ${base || "/"}`,
  );
} catch (e) {
  console.error(`✖ ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
