// Build-time highlighting: every snippet set the UI can ask for exists, keeps the text, and keeps AA
// contrast against the code background of both themes (which must be the site's --c-surface).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { choosePort } from "@/lib/ports";
import { snippetKey } from "./snippet-data";
import { CODE_BACKGROUND, contrast, recommendationsByKey, snippetSet } from "./snippet-highlight";

describe("snippet sets", () => {
  it("has one set per distinct recommendation shape (18, as lib/ports' exhaustive test counts)", () => {
    expect(recommendationsByKey().size).toBe(18);
  });

  it("highlights every set: text unchanged, every colour at least 4.5:1 in both themes", async () => {
    for (const key of recommendationsByKey().keys()) {
      const set = await snippetSet(key);
      expect(set?.key).toBe(key);
      for (const s of set?.snippets ?? []) {
        expect(s.lines.map((l) => l.map((t) => t[0]).join("")).join("\n")).toBe(s.code);
      }
      for (const [light, dark] of set?.palette ?? []) {
        expect(contrast(light, CODE_BACKGROUND.light)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(dark, CODE_BACKGROUND.dark)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("gives the Done-means answer a Nodemailer snippet with secure: true on 465", async () => {
    const rec = choosePort({
      role: "submit",
      blocks: ["25"],
      provider: ["465", "587"],
      client: ["implicit-tls", "starttls"],
      auth: "password",
    });
    if (rec.kind !== "recommendation") throw new Error("expected a recommendation");
    const set = await snippetSet(snippetKey(rec));
    const node = set?.snippets.find((s) => s.id === "nodemailer");
    expect(node?.code).toContain("port: 465,");
    expect(node?.code).toContain("secure: true");
  });

  it("has no set for an unknown key", async () => {
    expect(await snippetSet("provider-25-implicit-password")).toBeNull();
  });

  it("uses the site's code background colours", () => {
    const css = readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");
    const m = /--c-surface:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css);
    expect(m?.slice(1, 3).map((c) => c.toLowerCase())).toEqual([CODE_BACKGROUND.light, CODE_BACKGROUND.dark]);
  });
});
