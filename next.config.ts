import createMDX from "@next/mdx";
import type { NextConfig } from "next";

/**
 * A static export (output: "export") cannot run route handlers. Files named `*.dynamic.ts` (the live
 * lab's proxy, app/lab-api/[...path]/route.dynamic.ts) are routes only when STATIC_EXPORT is not "1";
 * with STATIC_EXPORT=1 they are left out and the /lab page says the live lab needs `npm start`.
 */
const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets two builds (e.g. a developer's and a test run) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  pageExtensions: [...(staticExport ? [] : ["dynamic.ts"]), "ts", "tsx", "mdx"],
  env: { LAB_PROXY: staticExport ? "off" : "on" },
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
