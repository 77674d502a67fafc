/**
 * The CLI end to end (spawns tsx once per case; a few seconds in all).
 */

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const cli = (args: string[], input = "") =>
  spawnSync(tsx, [join(root, "scripts", "smtp-cli.ts"), ...args], {
    input,
    encoding: "utf8",
    cwd: root,
    timeout: 60_000,
  });

describe("smtp CLI", () => {
  it("replays transcript f's client lines with the reference's codes", () => {
    const f = readFileSync(
      join(root, "test", "fixtures", "postfix", "f-port587-starttls-auth-send.txt"),
      "utf8",
    );
    const client = f
      .split("\n")
      .filter((l) => /^ [-~]>( |$)/.test(l))
      .map((l) => l.slice(4))
      .join("\r\n");
    const r = cli(["--port", "587"], `${client}\r\n`);
    expect(r.status).toBe(0);
    const expected = f.split("\n").filter((l) => /^<[-~*]/.test(l));
    const got = r.stdout.split("\n").filter((l) => /^<[-~*]/.test(l));
    expect(got.map((l) => l.replace(/queued as \w+/, "Q"))).toEqual(
      expected.map((l) => l.replace(/queued as \w+/, "Q")),
    );
  });

  it("prints exactly the README's worked example (input and output as the README shows them)", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const block = (after: string) => {
      const i = readme.indexOf(after);
      expect(i, `README has "${after.trim()}"`).toBeGreaterThan(-1);
      const start = i + after.length;
      return readme.slice(
        start,
        readme.indexOf("$ ", start) === -1
          ? readme.indexOf("```", start)
          : Math.min(readme.indexOf("$ ", start), readme.indexOf("```", start)),
      );
    };
    const input = block("$ cat f.txt\n");
    const output = readme.slice(
      readme.indexOf("< f.txt\n") + "< f.txt\n".length,
      readme.indexOf("```", readme.indexOf("< f.txt\n")),
    );
    const r = cli(["--port", "587"], input);
    expect(r.status).toBe(0);
    expect(output.length).toBeGreaterThan(1000);
    expect(r.stdout).toBe(output);
  });

  it("runs a built-in scenario, lists scenarios, and exits 2 with a usage line on bad arguments", () => {
    const s = cli(["--scenario", "465-implicit-tls"]);
    expect(s.status).toBe(0);
    expect(s.stdout).toContain("<~  220 mail.example.test ESMTP Postfix (Debian/GNU)");
    expect(cli(["--list"]).stdout).toContain("587-starttls-injection");
    for (const bad of [["--port", "26"], ["--scenario", "nope"], ["--frobnicate"], []]) {
      const r = cli(bad);
      expect(r.status, bad.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/usage: smtp/);
    }
  });
});
