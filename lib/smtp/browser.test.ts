/**
 * The browser entries (browser.ts, browser-core.ts) stay slim and stay the engine: their module graph
 * leaves out what is rendered at build time, they export the very functions of the full entry, and the
 * three columns files of the reply table (replies.ts, replies-notes.ts, replies-teaching.ts) agree.
 */

import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as browser from "./browser";
import * as core from "./browser-core";
import * as full from "./index";
import { narrate, toSteps } from "./narration";
import { REPLY_TEXTS } from "./replies";
import { REPLY_NOTES } from "./replies-notes";
import { REPLY_TABLE } from "./replies-teaching";
import { runScenario } from "./run";
import type { SessionScenario } from "./scenario";
import { toStepsWith } from "./steps";

const here = fileURLToPath(new URL(".", import.meta.url));

/** The lib/smtp modules esbuild puts into a minified bundle of `entry` (tree-shaken, bytes > 0). */
async function modulesOf(entry: string): Promise<string[]> {
  const out = await build({
    entryPoints: [`${here}${entry}`],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const meta = Object.values(out.metafile.outputs)[0];
  return Object.entries(meta?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k.replace(/^.*lib\/smtp\//, ""))
    .sort();
}

const BUILD_TIME_ONLY = ["replies-teaching.ts", "delivery.ts", "simulate.ts", "fixture.ts"];

describe("browser entries", () => {
  it("browser.ts leaves out the teaching text, journeys and bounces", async () => {
    const mods = await modulesOf("browser.ts");
    for (const m of BUILD_TIME_ONLY) expect(mods).not.toContain(m);
    for (const m of ["server.ts", "lockstep.ts", "run.ts", "steps.ts", "narration.ts", "replies-notes.ts"]) {
      expect(mods).toContain(m);
    }
  });

  it("browser-core.ts also leaves out the narration and the reply notes (the lazy chunk)", async () => {
    const mods = await modulesOf("browser-core.ts");
    for (const m of [...BUILD_TIME_ONLY, "narration.ts", "replies-notes.ts"]) expect(mods).not.toContain(m);
    expect(mods).toContain("server.ts");
  });

  it("exports the full entry's own functions, not copies", () => {
    const fullExports: Record<string, unknown> = { ...full };
    for (const [name, value] of [...Object.entries(core), ...Object.entries(browser)]) {
      expect(fullExports[name], name).toBe(value);
    }
    expect(browser.toSteps).toBe(full.toSteps);
    expect(browser.Lockstep).toBe(full.Lockstep);
  });

  it("toStepsWith(events, narrate) gives exactly toSteps(events)", () => {
    const s: SessionScenario = {
      id: "t",
      kind: "session",
      title: "t",
      summary: "t",
      port: 587,
      theme: "attack",
      client: {
        tls: "opportunistic",
        auth: { user: "alice", passwords: ["wonderland"] },
        envelope: { from: "alice@example.test", to: ["bob@example.net"] },
      },
      attacker: { mode: "strip-starttls" },
    };
    const events = runScenario(s).events;
    expect(JSON.stringify(toStepsWith(events, narrate))).toBe(JSON.stringify(toSteps(events)));
  });
});

describe("reply table columns", () => {
  it("replies-notes.ts has one entry per reply, in the order of replies.ts", () => {
    expect(Object.keys(REPLY_NOTES)).toEqual(REPLY_TEXTS.map((r) => r.id));
  });

  it("REPLY_TABLE joins the three files row by row", () => {
    expect(REPLY_TABLE.map((r) => r.id)).toEqual(REPLY_TEXTS.map((r) => r.id));
    REPLY_TABLE.forEach((row, i) => {
      const t = REPLY_TEXTS[i];
      expect([row.code, row.enhanced, row.text]).toEqual([t?.code, t?.enhanced, t?.text]);
      expect(row.meaning.length, row.id).toBeGreaterThan(10);
      expect(row.typicalCause.length, row.id).toBeGreaterThan(2);
      expect(row.whatToDo.length, row.id).toBeGreaterThan(5);
      expect(row.rfc.length, row.id).toBeGreaterThan(0);
    });
  });
});
