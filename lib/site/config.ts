/**
 * Site-wide settings. One place decides the absolute origin used in canonical links and Open Graph tags:
 * the SITE_URL environment variable at build time, defaulting to http://localhost:3000.
 * Rules: no trailing slash; absolute URLs are built only through `absoluteUrl`.
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

/** An absolute URL for a site path such as "/lessons/what-is-smtp". */
export function absoluteUrl(path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return `${SITE_URL}${clean}`;
}
