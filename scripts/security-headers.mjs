/**
 * The security headers of every response of the production server (serve.mjs), as a pure function of the
 * request path and the page's inline-script hashes (csp-hashes.mjs). README.md ("Embedding" → "Security
 * headers") lists them for hosts that serve a static export.
 *
 * Rules:
 * - Only /embed/* may be framed by other sites (frame-ancestors *); every other route refuses framing
 *   (frame-ancestors 'none' and, for old browsers, X-Frame-Options: DENY).
 * - Scripts: 'self' plus the sha256 of each of the page's inline scripts. No 'unsafe-eval', no
 *   'unsafe-inline' for scripts. Styles need 'unsafe-inline': React renders style="" attributes (the
 *   role colours, positions), and those cannot be hashed without 'unsafe-hashes' for every value.
 * - /oembed/* is fetched by other sites' editors: it is public JSON and says so with CORS.
 */

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
  "clipboard-write=(self)",
  "fullscreen=(self)",
].join(", ");

export function isEmbedPath(pathname) {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

export function contentSecurityPolicy(pathname, scriptHashes = []) {
  const embed = isEmbedPath(pathname);
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.length ? ` ${scriptHashes.join(" ")}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    `frame-ancestors ${embed ? "*" : "'none'"}`,
  ].join("; ");
}

/** Header name → value for a response to `pathname` (already decoded, without the query). */
export function securityHeaders(pathname, scriptHashes = []) {
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy(pathname, scriptHashes),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
  if (!isEmbedPath(pathname)) headers["X-Frame-Options"] = "DENY";
  if (pathname.startsWith("/oembed/")) headers["Access-Control-Allow-Origin"] = "*";
  return headers;
}

/**
 * A request path as the hash map keys it: dot segments resolved (as the URL parser does, %2e included),
 * decoded, no trailing slash (except "/"). Null if it cannot be decoded.
 */
export function normalisePath(rawUrl) {
  let p;
  try {
    p = decodeURIComponent(new URL(rawUrl, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (p.length > 1) p = p.replace(/\/+$/, "") || "/";
  return p;
}
