/**
 * Static export and SCORM 1.2 package (README "Static export and SCORM"). Used by scripts/export.mjs
 * (`npm run export`), scripts/scorm.mjs (`npm run scorm`) and the test step "static export + SCORM".
 *
 * One build, any base path: the site is built once as a static export (STATIC_EXPORT=1) whose basePath is
 * a placeholder, PLACEHOLDER below. Next writes it into every page, RSC payload and the two runtime chunks
 * that know the base path (the router's add/has/removeBasePath and Turbopack's chunk base path). Then:
 * - finishExport() copies the build to out/ with the placeholder replaced by the real base path ("" or
 *   e.g. "/smtp-lab"): exactly what a build with that basePath writes;
 * - packageScorm() makes the copy path-independent, because an LMS serves a package from a path nobody
 *   knows at build time:
 *     · HTML: every site URL becomes relative to the page ("../../_next/static/…", and page links point at
 *       ".../index.html", since LMS file servers do not map a directory to its index.html), in attributes
 *       and in the page's inline RSC payload alike (React matches its stylesheets by that string);
 *     · JS: the placeholder string becomes the expression (self.__SMTP_LAB_BASE__+"…"), so the router's
 *       base path and Turbopack's lazy-chunk base ("<base>/_next/") are the package's real location,
 *       which a small script at the top of every page computes from its own depth (PAGE_SHIM);
 *     · the RSC payload files (*.txt) are left out: the shim answers the router's RSC fetches with an empty
 *       non-RSC response (prefetches are dropped) and lets links load pages normally, so every page is
 *       read from its own HTML with URLs relative to itself;
 *     · imsmanifest.xml (SCORM 1.2 CAM): one SCO per lesson, in curriculum order, from /scorm/course.json
 *       (app/scorm/course.json/route.scorm.ts, only in the SCORM build), every other file one shared asset.
 *
 * Zip: Node's zlib does the deflating; writing the container is ~60 lines below (and reading it, for the
 * tests). No dependency: the format subset needed (deflate or store, no zip64, < 65 535 files) is small
 * and fixed, and a zip package would be one more thing to audit and keep updated.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { addCompileHints } from "./compile-hints.mjs";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const PLACEHOLDER = "/__smtplab_base__";
const TEXT = /\.(html|txt|js|json|css|svg|xml|webmanifest)$/;

/** "", or a checked base path such as "/smtp-lab" (no trailing slash). Throws a clear message otherwise. */
export function normaliseBasePath(raw) {
  if (!raw || raw === "/") return "";
  const clean = raw.replace(/\/+$/, "");
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(clean) || /\/\.\.?(\/|$)/.test(clean))
    throw new Error(
      `BASE_PATH must be a path such as /smtp-lab or /courses/email (letters, digits, . _ ~ -), got "${raw}".`,
    );
  return clean;
}

/**
 * Runs `build()`, a static export's `next build`, without losing the site's production build in `.next`.
 * With output: "export" and a custom distDir, Next writes the export to distDir but its intermediate build
 * to `.next`, whatever distDir says (next/dist/export/utils.js getBuildDistDir). That replaced the build
 * `npm start` serves with a trailing-slash export build, and build-if-needed saw nothing to rebuild. So
 * the site build is renamed aside for the duration (a rename: nothing is copied) and put back afterwards,
 * also when the build fails; the intermediate build is deleted. A build interrupted half-way leaves
 * `.next-kept`; the next call puts it back first.
 */
export function keepingSiteBuild(root, build) {
  const site = path.join(root, ".next");
  const kept = path.join(root, ".next-kept");
  const putBack = () => {
    if (!existsSync(kept)) return;
    rmSync(site, { recursive: true, force: true });
    renameSync(kept, site);
  };
  putBack();
  if (existsSync(site)) renameSync(site, kept);
  try {
    return build();
  } finally {
    rmSync(site, { recursive: true, force: true }); // the intermediate build
    putBack();
  }
}

/**
 * `next build` of the static export into `distDir` (relative to the repo), base path = PLACEHOLDER.
 * next build adds the dist dir to tsconfig.json's "include": the file is put back as it was.
 */
export function buildStatic({ distDir, scorm = false }) {
  if (path.resolve(ROOT, distDir) === path.join(ROOT, ".next"))
    throw new Error("A static export needs its own dist dir, not .next (that is the site's build).");
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig);
  const t0 = Date.now();
  try {
    const r = keepingSiteBuild(ROOT, () =>
      spawnSync("npx", ["next", "build"], {
        cwd: ROOT,
        stdio: "inherit",
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: "1",
          NEXT_DIST_DIR: distDir,
          STATIC_EXPORT: "1",
          BASE_PATH: PLACEHOLDER,
          NEXT_PUBLIC_SCORM: scorm ? "1" : "",
        },
      }),
    );
    if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal}).`);
  } finally {
    if (!readFileSync(tsconfig).equals(before)) writeFileSync(tsconfig, before);
  }
  const staging = path.join(ROOT, distDir);
  if (!existsSync(path.join(staging, "index.html")))
    throw new Error(`${distDir} holds no static export (no index.html): was output: "export" set?`);
  addCompileHints(staging); // V8's eager-compile hint on the big first-load scripts (compile-hints.mjs).
  console.log(`Static build in ${((Date.now() - t0) / 1000).toFixed(0)}s → ${distDir}`);
  return staging;
}

/** Every file under `dir`, as "/"-separated paths relative to it, sorted. */
export function listFiles(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) listFiles(p, base, out);
    else out.push(path.relative(base, p).split(path.sep).join("/"));
  }
  return out.sort();
}

// Build leftovers that are not part of a site: Next's cache and trace, and the SCORM-only outline.
const isBuildOnly = (rel) => /^(cache|trace|types|diagnostics)\//.test(rel) || rel.startsWith("scorm/");

/** out/ for a static host serving the site at `basePath` ("" = the root). Returns the number of files. */
export function finishExport(staging, outDir, basePath) {
  const base = normaliseBasePath(basePath);
  rmSync(outDir, { recursive: true, force: true });
  let n = 0;
  for (const rel of listFiles(staging)) {
    if (isBuildOnly(rel)) continue;
    const from = path.join(staging, rel);
    const to = path.join(outDir, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    if (TEXT.test(rel)) writeFileSync(to, readFileSync(from, "utf8").replaceAll(PLACEHOLDER, base));
    else cpSync(from, to);
    n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------- SCORM --

const ESCAPED = PLACEHOLDER.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A site URL in HTML: the placeholder (optionally after SITE_URL's origin) and the path after it, up to a
// quote, a backslash (the end of a string inside the inline RSC payload), whitespace or a bracket.
const SITE_URL_IN_HTML = new RegExp(
  `(?:https?://[A-Za-z0-9.-]+(?::\\d+)?)?${ESCAPED}(/[^"'\\s\\\\<>()]*)?`,
  "g",
);

/** "/lessons/x/#quiz" seen from a page `up` levels down → "../../lessons/x/index.html#quiz". */
function relativeUrl(rest, up) {
  const r = rest || "/";
  const cut = r.search(/[?#]/);
  let p = cut === -1 ? r : r.slice(0, cut);
  const tail = cut === -1 ? "" : r.slice(cut);
  if (p.endsWith("/")) p += "index.html";
  return `${up}${p.slice(1)}${tail}`;
}

/**
 * Runs first on every page of the package: the package's root from the page's own depth, the loader of the
 * page's JS chunks (see CHUNK_SCRIPT), RSC fetches answered locally, and site links followed as plain page
 * loads (to the relative index.html URL).
 */
function pageShim(up) {
  return `<script>(function(){var root=new URL(${JSON.stringify(up)},location.href);self.__SMTP_LAB_BASE__=root.pathname.replace(/\\/$/,"");self.__smtpLabChunk=function(p){var s=document.createElement("script");s.src=self.__SMTP_LAB_BASE__+p;s.async=true;document.head.appendChild(s)};var f=self.fetch;self.fetch=function(i,o){var u=typeof i==="string"?i:(i&&i.url)||String(i);if(/[?&]_rsc=|\\.txt(?:[?#]|$)/.test(u))return Promise.resolve(new Response("",{status:200,headers:{"content-type":"text/plain"}}));return f.apply(this,arguments)};addEventListener("click",function(e){if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;var a=e.target&&e.target.closest&&e.target.closest("a[href]");if(!a||(a.target&&a.target!=="_self")||a.hasAttribute("download"))return;var u=new URL(a.getAttribute("href"),location.href);if(u.origin!==location.origin||u.href.indexOf(root.href)!==0)return;if(u.pathname===location.pathname&&u.hash)return;e.stopPropagation()},true)})()</script>`;
}

// Turbopack keys each loaded chunk by its <script>'s src attribute, and the chunks a page's runtime waits
// for by "<chunk base path><path>": a relative src would never match and hydration would wait forever.
// So the page's JS chunks are added by a line of script with an absolute src computed at run time, and
// the JS chunk URLs inside the inline RSC payload (loaded and matched by the same key) get the run-time
// base too. Stylesheets stay relative attributes (render-blocking; React matches them by that string).
const CHUNK_SCRIPT = new RegExp(
  `<script src="${ESCAPED}(/_next/static/chunks/[^"]+\\.js)" async=""></script>`,
  "g",
);
const CHUNK_IN_PAYLOAD = new RegExp(`${ESCAPED}(/_next/static/chunks/[^"\\\\]+\\.js)`, "g");
const PAYLOAD_SCRIPT = /<script>self\.__next_f\.push\(\[1,"[\s\S]*?<\/script>/g;

export function scormHtml(html, rel) {
  const depth = rel.split("/").length - 1;
  const up = depth === 0 ? "./" : "../".repeat(depth);
  let out = html
    .replace(CHUNK_SCRIPT, (_m, p) => `<script>__smtpLabChunk(${JSON.stringify(p)})</script>`)
    .replace(PAYLOAD_SCRIPT, (script) =>
      script.replace(CHUNK_IN_PAYLOAD, (_m, p) => `"+self.__SMTP_LAB_BASE__+"${p}`),
    )
    .replace(SITE_URL_IN_HTML, (_m, rest) => relativeUrl(rest, up));
  const shim = pageShim(up);
  const charset = out.match(/<meta charSet="utf-8"\s*\/?>/i);
  if (charset?.index !== undefined) {
    const at = charset.index + charset[0].length;
    out = out.slice(0, at) + shim + out.slice(at);
  } else out = out.replace(/<head>/i, `<head>${shim}`);
  if (out.includes(PLACEHOLDER)) throw new Error(`${rel}: a base-path placeholder is left after rewriting.`);
  return out;
}

export function scormJs(js, rel) {
  const out = js
    .replace(new RegExp(`"${ESCAPED}([^"\\\\\\n]*)"`, "g"), '(self.__SMTP_LAB_BASE__+"$1")')
    .replace(new RegExp(`'${ESCAPED}([^'\\\\\\n]*)'`, "g"), "(self.__SMTP_LAB_BASE__+'$1')")
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the replacement is JavaScript template-literal text
    .replace(new RegExp(`\`${ESCAPED}`, "g"), "`${self.__SMTP_LAB_BASE__}");
  if (out.includes(PLACEHOLDER)) throw new Error(`${rel}: a base-path placeholder is left after rewriting.`);
  if (out !== js) new vm.Script(out, { filename: rel }); // throws on a syntax error: fail the build, not the LMS
  return out;
}

const xml = (s) =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** imsmanifest.xml for the course outline and the package's files (SCORM 1.2, IMS CP 1.1.2). */
export function scormManifest(course, files) {
  const lessons = course.sections.flatMap((s) => s.lessons);
  const items = course.sections
    .map(
      (s) =>
        `      <item identifier="section-${xml(s.id)}">\n        <title>${xml(s.title)}</title>\n` +
        s.lessons
          .map(
            (l) =>
              `        <item identifier="item-${xml(l.slug)}" identifierref="sco-${xml(l.slug)}">\n` +
              `          <title>${xml(l.title)}</title>\n` +
              (l.masteryScore !== null
                ? `          <adlcp:masteryscore>${l.masteryScore}</adlcp:masteryscore>\n`
                : "") +
              "        </item>\n",
          )
          .join("") +
        "      </item>\n",
    )
    .join("");
  const scoHrefs = new Set(lessons.map((l) => `lessons/${l.slug}/index.html`));
  const resources = lessons
    .map((l) => {
      const href = `lessons/${l.slug}/index.html`;
      return (
        `    <resource identifier="sco-${xml(l.slug)}" type="webcontent" adlcp:scormtype="sco" href="${xml(href)}">\n` +
        `      <file href="${xml(href)}"/>\n      <dependency identifierref="shared"/>\n    </resource>\n`
      );
    })
    .join("");
  const shared = files
    .filter((f) => !scoHrefs.has(f) && f !== "imsmanifest.xml")
    .map((f) => `      <file href="${xml(f)}"/>\n`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="smtp-lab" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="smtp-lab-course">
    <organization identifier="smtp-lab-course">
      <title>SMTP Lab: how email really moves</title>
${items}    </organization>
  </organizations>
  <resources>
${resources}    <resource identifier="shared" type="webcontent" adlcp:scormtype="asset">
${shared}    </resource>
  </resources>
</manifest>
`;
}

/** The SCORM zip from a SCORM build (buildStatic({ scorm: true })). Returns { files, bytes, lessons }. */
export function packageScorm(staging, zipPath) {
  const outline = path.join(staging, "scorm", "course.json");
  if (!existsSync(outline))
    throw new Error("No scorm/course.json in the build: build it with NEXT_PUBLIC_SCORM=1 (npm run scorm).");
  const course = JSON.parse(readFileSync(outline, "utf8"));
  const entries = [];
  for (const rel of listFiles(staging)) {
    // RSC payloads (see the shim) and oEmbed documents (they describe the public site) stay out.
    if (isBuildOnly(rel) || rel.endsWith(".txt") || rel.startsWith("oembed/")) continue;
    const file = path.join(staging, rel);
    let data;
    if (rel.endsWith(".html")) data = Buffer.from(scormHtml(readFileSync(file, "utf8"), rel));
    else if (rel.endsWith(".js")) data = Buffer.from(scormJs(readFileSync(file, "utf8"), rel));
    else if (TEXT.test(rel)) {
      const text = readFileSync(file, "utf8");
      if (text.includes(PLACEHOLDER)) throw new Error(`${rel}: a base path the package cannot rewrite.`);
      data = Buffer.from(text);
    } else data = readFileSync(file);
    entries.push({ name: rel, data });
  }
  const names = entries.map((e) => e.name);
  for (const s of course.sections)
    for (const l of s.lessons)
      if (!names.includes(`lessons/${l.slug}/index.html`))
        throw new Error(`The lesson "${l.slug}" has no page in the export.`);
  entries.unshift({ name: "imsmanifest.xml", data: Buffer.from(scormManifest(course, names)) });
  const zip = writeZip(entries);
  mkdirSync(path.dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zip);
  return {
    files: entries.length,
    bytes: zip.length,
    lessons: course.sections.reduce((n, s) => n + s.lessons.length, 0),
  };
}

// ------------------------------------------------------------------------------------------------ zip --

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// A fixed timestamp (2020-01-01 00:00, DOS format) keeps the zip the same for the same files.
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/** A zip (deflate, or store when that is smaller) of [{ name, data }], names "/"-separated, UTF-8. */
export function writeZip(entries) {
  if (entries.length >= 0xffff) throw new Error("Too many files for a zip without zip64.");
  const locals = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, "utf8");
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed: 2.0
    head.writeUInt16LE(0x0800, 6); // names are UTF-8
    head.writeUInt16LE(method, 8);
    head.writeUInt16LE(DOS_TIME, 10);
    head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    head.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    head.copy(dir, 6, 4, 30); // version needed … name length, as in the local header
    dir.writeUInt16LE(0, 32); // comment length
    dir.writeUInt16LE(0, 34); // disk
    dir.writeUInt16LE(0, 36); // internal attributes
    dir.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    dir.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, body);
    central.push(dir, nameBuf);
    offset += head.length + nameBuf.length + body.length;
    if (offset > 0xffffffff) throw new Error("Zip larger than 4 GB: zip64 is not supported.");
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries of a zip written by writeZip (or any zip without zip64/encryption), CRCs checked. */
export function readZip(zip) {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("Not a zip file (no end of central directory).");
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error("Corrupt central directory.");
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const packed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + packed);
    const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: CRC or size mismatch.`);
    out.set(name, data);
    p += 46 + nameLen + extra;
  }
  return out;
}
