import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  keepingSiteBuild,
  normaliseBasePath,
  PLACEHOLDER,
  readZip,
  scormHtml,
  scormJs,
  writeZip,
} from "./static-export.mjs";

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

describe("keepingSiteBuild", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tmp = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "smtplab-keep-"));
    made.push(dir);
    return dir;
  };
  const write = (root: string, rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  const read = (root: string, rel: string) => readFileSync(path.join(root, rel), "utf8");
  // What `next build` does with output: "export" and distDir ".next-export": the export goes to the dist
  // dir, the intermediate build to .next, over whatever was there.
  const exportBuild = (root: string) => {
    write(root, ".next/BUILD_ID", "intermediate");
    write(root, ".next-export/index.html", "<html>");
    return "built";
  };

  it("puts the site build back after the static build, and removes the intermediate one", () => {
    const root = tmp();
    write(root, ".next/BUILD_ID", "site");
    expect(keepingSiteBuild(root, () => exportBuild(root))).toBe("built");
    expect(read(root, ".next/BUILD_ID")).toBe("site");
    expect(read(root, ".next-export/index.html")).toBe("<html>");
    expect(existsSync(path.join(root, ".next-kept"))).toBe(false);
    // With no site build before, nothing is left in .next.
    const bare = tmp();
    keepingSiteBuild(bare, () => exportBuild(bare));
    expect(existsSync(path.join(bare, ".next"))).toBe(false);
  });

  it("puts it back when the build fails, and after a run that was interrupted", () => {
    const root = tmp();
    write(root, ".next/BUILD_ID", "site");
    expect(() =>
      keepingSiteBuild(root, () => {
        exportBuild(root);
        throw new Error("build failed");
      }),
    ).toThrow("build failed");
    expect(read(root, ".next/BUILD_ID")).toBe("site");
    // Killed half-way: the site build is in .next-kept, the intermediate one in .next.
    write(root, ".next-kept/BUILD_ID", "site");
    write(root, ".next/BUILD_ID", "intermediate");
    keepingSiteBuild(root, () => exportBuild(root));
    expect(read(root, ".next/BUILD_ID")).toBe("site");
    expect(existsSync(path.join(root, ".next-kept"))).toBe(false);
  });
});
