import { describe, expect, it } from "vitest";
import { normaliseBasePath, PLACEHOLDER, readZip, scormHtml, scormJs, writeZip } from "./static-export.mjs";

describe("normaliseBasePath", () => {
  it("accepts paths, drops a trailing slash, and explains what it refuses", () => {
    expect(normaliseBasePath(undefined)).toBe("");
    expect(normaliseBasePath("/")).toBe("");
    expect(normaliseBasePath("/smtp-lab/")).toBe("/smtp-lab");
    expect(normaliseBasePath("/a/b.c")).toBe("/a/b.c");
    for (const bad of ["smtp-lab", "/a b", "/a/../b", "/x?y", "//evil.example"])
      expect(() => normaliseBasePath(bad)).toThrow(/BASE_PATH must be a path/);
  });
});

describe("SCORM rewriting", () => {
  const P = PLACEHOLDER;
  it("makes a page's URLs relative to it, page links to index.html, and adds the shim first", () => {
    const html = `<html><head><meta charSet="utf-8"/><link rel="stylesheet" href="${P}/_next/static/chunks/a.css"/><script src="${P}/_next/static/chunks/c.js" async=""></script><link rel="canonical" href="http://localhost:3000${P}/lessons/x/"/></head><body><a href="${P}/glossary/#mta">t</a><a href="${P}/">home</a><script>self.__next_f.push([1,"2:\\"${P}/_next/static/chunks/b.js\\""])</script></body></html>`;
    const out = scormHtml(html, "lessons/x/index.html");
    expect(out).toContain('href="../../_next/static/chunks/a.css"');
    expect(out).toContain('href="../../lessons/x/index.html"');
    expect(out).toContain('href="../../glossary/index.html#mta"');
    expect(out).toContain('href="../../index.html"');
    // JS chunks get the run-time base (Turbopack keys loaded chunks by that absolute path).
    expect(out).toContain('\\""+self.__SMTP_LAB_BASE__+"/_next/static/chunks/b.js\\"');
    expect(out.indexOf("__SMTP_LAB_BASE__")).toBeLessThan(out.indexOf("<link"));
    expect(out).toContain('<script>__smtpLabChunk("/_next/static/chunks/c.js")</script>');
    expect(out).not.toContain(P);
    expect(scormHtml(`<head><meta charSet="utf-8"/></head><a href="${P}/x/">`, "index.html")).toContain(
      'href="./x/index.html"',
    );
  });

  it("turns the placeholder in JavaScript into the run-time base, and refuses what would not parse", () => {
    const js = `let a="${P}",b='${P}/_next/',c=\`${P}/x\${d}\`;f("${P}".length);`;
    const out = scormJs(js, "a.js");
    expect(out).not.toContain(P);
    const run = new Function("self", "d", "f", `${out}; return [a, b, c];`);
    const lengths: number[] = [];
    expect(run({ __SMTP_LAB_BASE__: "/lms/1" }, "y", (n: number) => lengths.push(n))).toEqual([
      "/lms/1",
      "/lms/1/_next/",
      "/lms/1/xy",
    ]);
    expect(lengths).toEqual([6]);
    expect(() => scormJs(`x={"${P}":1}`, "bad.js")).toThrow();
  });
});

describe("zip", () => {
  it("round-trips stored and deflated files with UTF-8 names", () => {
    const entries = [
      { name: "imsmanifest.xml", data: Buffer.from("<manifest/>".repeat(100)) },
      { name: "a/é.bin", data: Buffer.from([0, 1, 2, 3]) },
      { name: "empty.txt", data: Buffer.alloc(0) },
    ];
    const files = readZip(writeZip(entries));
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(files.get(e.name)?.equals(e.data)).toBe(true);
    const broken = writeZip(entries);
    broken.writeUInt8(broken.readUInt8(50) ^ 0xff, 50); // inside the first file's deflated data
    expect(() => readZip(broken)).toThrow();
  });
});
