/**
 * Every page route of the production build, read from Next's prerender manifest, so a new page is covered by
 * the route-wide checks (heading, axe, privacy, console) without editing the tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const NOT_PAGES = [/^\/_/, /\.(svg|png|ico|txt|xml|json|webmanifest)$/, /^\/embed(\/|$)/];

export function pageRoutes(): string[] {
  const manifest = JSON.parse(
    readFileSync(
      path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "prerender-manifest.json"),
      "utf8",
    ),
  ) as {
    routes: Record<string, unknown>;
  };
  return Object.keys(manifest.routes)
    .filter((r) => !NOT_PAGES.some((re) => re.test(r)))
    .sort();
}

/**
 * The first path segment of every route in the build, dynamic ones included ("lessons", "port-chooser",
 * "simulator"; "" for the home page), read from Next's app-path-routes manifest.
 */
export function routeSections(): Set<string> {
  const manifest = JSON.parse(
    readFileSync(
      path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json"),
      "utf8",
    ),
  ) as Record<string, string>;
  // Values are URL paths such as "/lessons/[slug]" or "/".
  return new Set(Object.values(manifest).map((route) => route.split("/")[1] ?? ""));
}
