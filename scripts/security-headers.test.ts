import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectCspHashes, inlineScriptHashes, loadCspHashes, routeOf } from "./csp-hashes.mjs";
import { contentSecurityPolicy, normalisePath, securityHeaders } from "./security-headers.mjs";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

describe("inline script hashes", () => {
  it("hashes the exact text of each inline script, skipping external and empty ones", () => {
    const html = `<html><head><script src="/a.js" async=""></script><script>var a=1</script></head>
<body><script id="_R_">self.x=[1]</script><script></script><script>var a=1</script>
<script type="application/json">{"a":"\\u003c/script>"}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([
      sha("var a=1"),
      sha("self.x=[1]"),
      sha('{"a":"\\u003c/script>"}'),
    ]);
  });

  it("maps prerendered files to routes", () => {
    expect(routeOf("index.html")).toBe("/");
    expect(routeOf(path.join("lessons", "port-587.html"))).toBe("/lessons/port-587");
    expect(routeOf(path.join("(site)", "teach.html"))).toBe("/teach");
    expect(routeOf("_not-found.html")).toBe("/_not-found");
  });

  it("collects a build's pages, and recomputes when the build changed", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "csp-"));
    mkdirSync(path.join(dist, "server", "app", "lessons"), { recursive: true });
    writeFileSync(path.join(dist, "BUILD_ID"), "one");
    writeFileSync(path.join(dist, "server", "app", "index.html"), "<script>a()</script>");
    writeFileSync(path.join(dist, "server", "app", "lessons", "x.html"), "<script>b()</script>");
    expect(collectCspHashes(dist)).toEqual({
      buildId: "one",
      routes: { "/": [sha("a()")], "/lessons/x": [sha("b()")] },
    });
    expect(loadCspHashes(dist).buildId).toBe("one");
    writeFileSync(path.join(dist, "BUILD_ID"), "two");
    writeFileSync(path.join(dist, "server", "app", "index.html"), "<script>c()</script>");
    expect(loadCspHashes(dist).routes["/"]).toEqual([sha("c()")]);
    expect(JSON.parse(readFileSync(path.join(dist, "csp-hashes.json"), "utf8")).buildId).toBe("two");
  });
});

describe("security headers", () => {
  it("lets only /embed/* be framed", () => {
    expect(contentSecurityPolicy("/embed/console")).toContain("frame-ancestors *");
    expect(securityHeaders("/embed/console")["X-Frame-Options"]).toBeUndefined();
    for (const p of ["/", "/lessons/port-587", "/embedded", "/simulator/587-starttls-auth"]) {
      expect(contentSecurityPolicy(p), p).toContain("frame-ancestors 'none'");
      expect(securityHeaders(p)["X-Frame-Options"], p).toBe("DENY");
    }
  });

  it("allows scripts by hash only, never eval or inline", () => {
    const csp = contentSecurityPolicy("/", ["'sha256-abc='"]);
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    for (const d of ["object-src 'none'", "base-uri 'self'", "connect-src 'self'", "img-src 'self' data:"])
      expect(csp).toContain(d);
  });

  it("sends the other headers everywhere, and CORS on oEmbed documents", () => {
    const h = securityHeaders("/oembed/console.json");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Permissions-Policy"]).toContain("camera=()");
    expect(h["Access-Control-Allow-Origin"]).toBe("*");
    expect(securityHeaders("/lessons")["Access-Control-Allow-Origin"]).toBeUndefined();
  });

  it("normalises request paths the way the hash map keys them", () => {
    expect(normalisePath("/lessons/port-587/?x=1#y")).toBe("/lessons/port-587");
    expect(normalisePath("/")).toBe("/");
    expect(normalisePath("/embed/simulator/a%20b")).toBe("/embed/simulator/a b");
    expect(normalisePath("/%E0%A4%A")).toBeNull();
    // An encoded path cannot pose as an embed page.
    expect(normalisePath("/%65mbed/console")).toBe("/embed/console");
    expect(normalisePath("/embed/../lessons/port-587")).toBe("/lessons/port-587");
    expect(normalisePath("/embed/%2e%2e/lessons/port-587")).toBe("/lessons/port-587");
  });
});
