import createMDX from "@next/mdx";
import type { NextConfig } from "next";

/**
 * A static export (output: "export") cannot run route handlers. Files named `*.dynamic.ts` (the live
 * lab's proxy, app/lab-api/[...path]/route.dynamic.ts) are routes only when STATIC_EXPORT is not "1";
 * with STATIC_EXPORT=1 they are left out and the /lab page says the live lab needs `npm start`.
 *
 * STATIC_EXPORT=1 (scripts/export.mjs, scripts/scorm.mjs) also makes the build a static export:
 * - trailingSlash: every page is <path>/index.html, so a plain static server that maps a directory to its
 *   index.html (and does no rewriting of /x to /x.html) serves every address;
 * - BASE_PATH (e.g. "/smtp-lab") is the sub-path the site is served from, chosen at build time. Next's
 *   basePath handles next/link and the /_next/ assets; raw URLs (iframe src, fetch) use BASE_PATH from
 *   lib/site/config.ts, passed to the code through `env` below.
 * NEXT_PUBLIC_SCORM=1 (only scripts/scorm.mjs) turns on the SCORM 1.2 island in lesson pages and adds the
 * `*.scorm.ts` routes (app/scorm/course.json: the outline imsmanifest.xml is written from).
 */
const staticExport = process.env.STATIC_EXPORT === "1";
const scorm = process.env.NEXT_PUBLIC_SCORM === "1";
if (scorm && !staticExport)
  throw new Error("NEXT_PUBLIC_SCORM=1 needs STATIC_EXPORT=1 (use `npm run scorm`).");

function basePathFromEnv(raw: string | undefined): string {
  if (!raw || raw === "/") return "";
  const clean = raw.replace(/\/+$/, "");
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(clean) || /\/\.\.?(\/|$)/.test(clean)) {
    throw new Error(
      `BASE_PATH must be a path such as /smtp-lab or /courses/email (letters, digits, . _ ~ -), got "${raw}".`,
    );
  }
  return clean;
}

const basePath = basePathFromEnv(process.env.BASE_PATH);
if (basePath && !staticExport) {
  // `npm start` serves from the root; a sub-path is for static exports (README "Static export and SCORM").
  throw new Error("BASE_PATH applies to static exports only: run `BASE_PATH=/x npm run export`.");
}

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets two builds (e.g. a developer's and a test run) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  pageExtensions: [
    ...(staticExport ? [] : ["dynamic.ts"]),
    ...(scorm ? ["scorm.ts"] : []),
    "ts",
    "tsx",
    "mdx",
  ],
  env: {
    LAB_PROXY: staticExport ? "off" : "on",
    BASE_PATH: basePath,
    STATIC_EXPORT: staticExport ? "1" : "",
    NEXT_PUBLIC_SCORM: scorm ? "1" : "",
  },
  ...(staticExport
    ? { output: "export" as const, trailingSlash: true, images: { unoptimized: true }, basePath }
    : {}),
  reactStrictMode: true,
  poweredByHeader: false,
};

// Turbopack needs serialisable MDX options: plugins are named by string (STACK.md gotcha 4).
const withMDX = createMDX({
  options: {
    remarkPlugins: [["remark-gfm"]],
    rehypePlugins: [["rehype-slug"]],
  },
});

export default withMDX(nextConfig);
