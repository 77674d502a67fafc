/**
 * A plain static file server, for trying a static export and for its tests: it maps a URL path to a file
 * and nothing more. No rewrites (/x is never served /x.html), no headers beyond Content-Type; a directory
 * is served its index.html when the URL ends in "/", and a URL naming a directory without the slash is
 * redirected to it (as most static hosts do). That is why the export uses trailingSlash.
 * Usage: node scripts/static-server.mjs --dir out --mount /smtp-lab --port 3600
 */
import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
  ".zip": "application/zip",
};

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export function startStaticServer({ dir, mount = "/", port, host = "127.0.0.1" }) {
  const root = path.resolve(dir);
  const prefix = mount.endsWith("/") ? mount : `${mount}/`;
  const server = http.createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method not allowed");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return send(400, "Bad request");
    }
    if (`${pathname}/` === prefix) return send(301, "", { Location: prefix });
    if (!pathname.startsWith(prefix)) return send(404, "Not found");
    const file = path.join(root, pathname.slice(prefix.length));
    if (file !== root && !file.startsWith(root + path.sep)) return send(404, "Not found");
    let st;
    try {
      st = statSync(file);
    } catch {
      return send(404, "Not found");
    }
    let target = file;
    if (st.isDirectory()) {
      if (!pathname.endsWith("/")) return send(301, "", { Location: `${pathname}/` });
      target = path.join(file, "index.html");
      try {
        st = statSync(target);
      } catch {
        return send(404, "Not found");
      }
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(target)] ?? "application/octet-stream",
      "Content-Length": st.size,
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = arg("dir", "out");
  const mount = arg("mount", "/");
  const port = Number(arg("port", process.env.PORT ?? 3600));
  const host = arg("host", "127.0.0.1");
  await startStaticServer({ dir, mount, port, host });
  console.log(`Serving ${dir} at http://${host}:${port}${mount.endsWith("/") ? mount : `${mount}/`}`);
}
