/**
 * The production server: Next's request handler (`next({ dev: false })`, the programmatic API) behind a
 * thin layer that adds the security headers (security-headers.mjs) to every response, with a per-page
 * Content-Security-Policy that allows exactly that page's inline scripts (their sha256 hashes, computed
 * from the prerendered HTML after the build by csp-hashes.mjs).
 *
 * Pages that are not in the hash map (the 404 page for an unknown address, or any page rendered per
 * request) are hashed as they are served: the HTML is buffered, uncompressed, and its inline scripts
 * hashed before the headers go out. Serves the build in NEXT_DIST_DIR (default .next) on PORT (default
 * 3000) and HOST (default all interfaces). `npm start` and the Playwright web server run this file.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { inlineScriptHashes, loadCspHashes } from "./csp-hashes.mjs";
import { normalisePath, securityHeaders } from "./security-headers.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const ROOT = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || undefined;

const app = next({ dev: false, dir: ROOT, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
const { routes } = loadCspHashes();

function setHeaders(res, pathname, hashes) {
  for (const [k, v] of Object.entries(securityHeaders(pathname, hashes))) res.setHeader(k, v);
}

/**
 * Holds back an HTML response until its inline scripts are hashed into its CSP. Anything else (JSON, an
 * event stream from a route handler) is recognised by its Content-Type at its first write and passed
 * straight through, unbuffered.
 */
function hashOnTheWay(res, pathname) {
  const original = { write: res.write, end: res.end, writeHead: res.writeHead };
  const chunks = [];
  let head = null;
  let mode = null; // "html" | "pass", decided at the first write
  const restore = () => Object.assign(res, original);
  const decide = () => {
    if (mode) return mode;
    const fromHead = head?.find((a) => a && typeof a === "object")?.["content-type"];
    const type = res.getHeader("content-type") ?? fromHead;
    mode = typeof type === "string" && type.includes("text/html") ? "html" : "pass";
    if (mode === "pass") {
      restore();
      if (head) res.writeHead(...head);
    }
    return mode;
  };
  res.writeHead = (...args) => {
    head = args;
    return res;
  };
  res.write = (chunk, encoding, cb) => {
    if (decide() === "pass") return res.write(chunk, encoding, cb);
    if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : cb;
    if (done) queueMicrotask(() => done());
    return true;
  };
  res.end = (chunk, encoding, cb) => {
    if (decide() === "pass") return res.end(chunk, encoding, cb);
    if (typeof chunk === "function") {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === "function") {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    const body = Buffer.concat(chunks);
    if (!res.headersSent) setHeaders(res, pathname, inlineScriptHashes(body.toString("utf8")));
    restore();
    if (head) res.writeHead(...head);
    return res.end(body, cb);
  };
}

const server = http.createServer((req, res) => {
  const pathname = normalisePath(req.url ?? "/") ?? "/";
  const hashes = routes[pathname];
  setHeaders(res, pathname, hashes ?? []);
  const asset = pathname.startsWith("/_next/") || /\.[a-z0-9]+$/i.test(pathname) || "rsc" in req.headers;
  if (hashes === undefined && !asset && (req.method === "GET" || req.method === "HEAD")) {
    // Not a prerendered page: maybe a 404 or a page rendered now. Ask for it uncompressed so it can be read.
    delete req.headers["accept-encoding"];
    hashOnTheWay(res, pathname);
  }
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.statusCode = 500;
    res.end("Internal Server Error");
  });
});

server.listen(port, hostname, () => {
  console.log(`Serving SMTP Lab on http://localhost:${port} (security headers on)`);
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
