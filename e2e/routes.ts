/**
 * Every page route of the production build, read from Next's prerender manifest, so a new page is covered by
 * the route-wide checks (heading, axe, privacy, console) without editing the tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const NOT_PAGES = [/^\/_/, /\.(svg|png|ico|txt|xml|json|webmanifest)$/, /^\/embed(\/|$)/];

export function pageRoutes(): string[] {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), ".next", "prerender-manifest.json"), "utf8"),
  ) as {
    routes: Record<string, unknown>;
  };
  return Object.keys(manifest.routes)
    .filter((r) => !NOT_PAGES.some((re) => re.test(r)))
    .sort();
}
