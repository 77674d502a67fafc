/**
 * Prepares the browser tests of the static export and the SCORM package (playwright.export.config.ts):
 * ONE static build with the SCORM island on (NEXT_PUBLIC_SCORM=1; without an LMS it does nothing, so the
 * export test also checks that), into its own dist dir, then
 *   dist/e2e/www/smtp-lab/            the static export with base path /smtp-lab (finishExport)
 *   dist/e2e/smtp-lab-scorm.zip       the SCORM package (packageScorm)
 *   dist/e2e/www/lms/content/abc123/  the package unzipped under a path it never heard of
 *   dist/e2e/www/lms/player.html      a stand-in LMS: window.API that records calls, framing a lesson SCO
 * The tests serve dist/e2e/www with scripts/static-server.mjs. SKIP_STATIC_BUILD=1 reuses the last build.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildStatic, finishExport, packageScorm, ROOT, readZip } from "./static-export.mjs";

export const E2E_DIR = path.join(ROOT, "dist", "e2e");
export const WWW = path.join(E2E_DIR, "www");
export const ZIP = path.join(E2E_DIR, "smtp-lab-scorm.zip");
export const EXPORT_BASE = "/smtp-lab";
export const SCORM_BASE = "/lms/content/abc123";
const DIST = process.env.STATIC_DIST_DIR || ".next-export";

const PLAYER = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Stand-in LMS</title><link rel="icon" href="data:,">
<style>body{margin:0;font-family:sans-serif}header{padding:8px 12px;background:#223;color:#fff}iframe{display:block;width:100%;height:calc(100vh - 40px);border:0}</style>
<script>
  // A stand-in SCORM 1.2 API adapter: records every call, keeps the data model in memory.
  window.scormCalls = [];
  var data = { "cmi.core.lesson_status": "not attempted", "cmi.core.score.raw": "" };
  function rec(name, args, result) { window.scormCalls.push({ name: name, args: args, result: result }); return result; }
  window.API = {
    LMSInitialize: function (a) { return rec("LMSInitialize", [a], "true"); },
    LMSFinish: function (a) { return rec("LMSFinish", [a], "true"); },
    LMSGetValue: function (k) { return rec("LMSGetValue", [k], data[k] || ""); },
    LMSSetValue: function (k, v) { data[k] = v; return rec("LMSSetValue", [k, v], "true"); },
    LMSCommit: function (a) { return rec("LMSCommit", [a], "true"); },
    LMSGetLastError: function () { return "0"; },
    LMSGetErrorString: function () { return "No error"; },
    LMSGetDiagnostic: function () { return ""; }
  };
  window.scormData = data;
</script>
</head>
<body><header>Stand-in LMS</header>
<main><iframe id="sco" title="Lesson"></iframe></main>
<script>
  var sco = new URLSearchParams(location.search).get("sco") || "lessons/what-is-smtp/index.html";
  document.getElementById("sco").src = "content/abc123/" + sco;
</script>
</body>
</html>
`;

export function prepare() {
  const staging =
    process.env.SKIP_STATIC_BUILD === "1" && existsSync(path.join(ROOT, DIST, "index.html"))
      ? path.join(ROOT, DIST)
      : buildStatic({ distDir: DIST, scorm: true });
  rmSync(E2E_DIR, { recursive: true, force: true });
  const n = finishExport(staging, path.join(WWW, EXPORT_BASE), EXPORT_BASE);
  const { files, bytes } = packageScorm(staging, ZIP);
  const content = path.join(WWW, SCORM_BASE);
  for (const [name, buf] of readZip(readFileSync(ZIP))) {
    const to = path.join(content, name);
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, buf);
  }
  writeFileSync(path.join(WWW, "lms", "player.html"), PLAYER);
  console.log(
    `Export: ${n} files under ${EXPORT_BASE}/; SCORM: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, unzipped under ${SCORM_BASE}/`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    prepare();
  } catch (e) {
    console.error(`✖ ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
