/**
 * Site-wide settings. One place decides the absolute origin used in canonical links and Open Graph tags:
 * the SITE_URL environment variable at build time, defaulting to http://localhost:3000.
 * Rules: no trailing slash; absolute URLs are built only through `absoluteUrl`.
 *
 * BASE_PATH is the sub-path a static export is served from ("" at the root; e.g. "/smtp-lab"), set by
 * next.config.ts from the BASE_PATH environment variable at build time. next/link and Next's assets add it
 * themselves; every other site URL (an iframe src, a fetch, a plain <a>, location.replace) goes through
 * `withBase`. In the SCORM package the build's placeholder base path is replaced by the package's real
 * location at run time (scripts/scorm.mjs), so this constant must stay a plain string expression.
 */

export const SITE_NAME = "SMTP Lab";
export const SITE_DESCRIPTION =
  "An interactive, open-source course on how email really moves: SMTP, store-and-forward delivery, and the ports 25, 465, 587 and 2525, with every claim cited to its RFC.";

function normaliseSiteUrl(raw: string | undefined): string {
  const fallback = "http://localhost:3000";
  if (!raw) return fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return fallback;
    return url.toString().replace(/\/+$/, "");
  } catch {
    return fallback;
  }
}

export const SITE_URL = normaliseSiteUrl(process.env.SITE_URL);

export const BASE_PATH: string = process.env.BASE_PATH ?? "";

/** A static export serves every page as <path>/index.html (trailingSlash in next.config.ts). */
const TRAILING_SLASH = process.env.STATIC_EXPORT === "1";

/**
 * A site path such as "/glossary#mta" as this build serves it: "/smtp-lab/glossary/#mta" in a static
 * export under a base path (pages end in "/" there, so a plain static server needs no redirect; files
 * such as "/oembed/x.json" keep their name).
 */
export function withBase(path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (!TRAILING_SLASH) return `${BASE_PATH}${clean}`;
  const cut = clean.search(/[?#]/);
  const pathname = cut === -1 ? clean : clean.slice(0, cut);
  const rest = cut === -1 ? "" : clean.slice(cut);
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  const slashed = pathname.endsWith("/") || last.includes(".") ? pathname : `${pathname}/`;
  return `${BASE_PATH}${slashed}${rest}`;
}

/** The site's absolute root, base path included: what site paths are resolved against. */
export const SITE_ROOT_URL = `${SITE_URL}${BASE_PATH}`;

/** An absolute URL for a site path such as "/lessons/what-is-smtp" (the base path included). */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${withBase(path)}`;
}
