import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, firstLoadScriptSrcs, HINT } from "./compile-hints.mjs";

describe("firstLoadScriptSrcs", () => {
  it("lists the scripts a page loads, once each, without noModule polyfills or inline scripts", () => {
    const html = `<head><script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script></head><body><script>self.__next_f.push([1,"x"])</script><script src="/_next/static/chunks/a.js"></script><script src="/_next/static/chunks/b.js?v=1"></script></body>`;
    expect(firstLoadScriptSrcs(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?v=1"]);
  });
});

describe("addCompileHints", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const big = `(()=>{${"let x=1;".repeat(5000)}})();`;
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const read = (rel: string) => readFileSync(path.join(dir, rel), "utf8");

  it("marks the big first-load scripts of a next build, once, and leaves the rest as they were", () => {
    dir = mkdtempSync(path.join(tmpdir(), "hints-"));
    write("static/chunks/framework.js", big);
    write("static/chunks/small.js", "f();");
    write("static/chunks/island.js", big); // loaded lazily: no page's HTML names it
    write("static/chunks/polyfills.js", big);
    write(
      "server/app/index.html",
      '<script src="/_next/static/chunks/framework.js" async=""></script><script src="/_next/static/chunks/small.js"></script><script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    );
    write("cache/old.html", '<script src="/_next/static/chunks/island.js"></script>');

    const changed = addCompileHints(dir).map((f) => path.relative(dir, f));
    expect(changed).toEqual([path.join("static", "chunks", "framework.js")]);
    expect(read("static/chunks/framework.js")).toBe(HINT + big);
    for (const rel of ["static/chunks/small.js", "static/chunks/island.js", "static/chunks/polyfills.js"])
      expect(read(rel).startsWith("//#")).toBe(false);

    expect(addCompileHints(dir)).toEqual([]);
    expect(read("static/chunks/framework.js")).toBe(HINT + big);
  });

  it("finds the files of a static export, whose assets sit under _next/ and whose URLs carry a base path", () => {
    dir = mkdtempSync(path.join(tmpdir(), "hints-"));
    write("_next/static/chunks/framework.js", big);
    write("lessons/x/index.html", '<script src="/__BASE__/_next/static/chunks/framework.js"></script>');
    expect(addCompileHints(dir)).toHaveLength(1);
    expect(read("_next/static/chunks/framework.js").startsWith(HINT)).toBe(true);
  });
});
