/**
 * Compare mode's data (compare.ts): hostile `ids` values, the compact steps against the engine's own, and
 * where "open in the player" lands.
 */
import { describe, expect, it } from "vitest";
import { canonicalScenarioId, scenarioById, scenarios } from "@/content/scenarios";
import { runScenario, type SessionScenario, toSteps } from "@/lib/smtp";
import {
  type Comparison,
  compareColumn,
  compareColumns,
  compareQuery,
  DEFAULT_COMPARE_IDS,
  parseCompareIds,
  playerStepFor,
} from "./compare";

const resolve = (id: string) => {
  const to = canonicalScenarioId(id);
  return to !== undefined && scenarioById(to)?.kind === "session" ? to : undefined;
};

function build(ids: string[]): Comparison {
  return compareColumns(
    ids.map((id) => {
      const s = scenarioById(id) as SessionScenario;
      const log = runScenario(s);
      return compareColumn(s, log, toSteps(log.events));
    }),
  );
}

describe("parseCompareIds", () => {
  it("gives the default comparison, without a note, when there is no value", () => {
    for (const raw of [null, "", "  "]) {
      expect(parseCompareIds(raw, resolve)).toEqual({ ids: DEFAULT_COMPARE_IDS, notes: [], fallback: false });
    }
  });

  it("every default id is a session scenario", () => {
    for (const id of DEFAULT_COMPARE_IDS) expect(resolve(id)).toBe(id);
  });

  it("takes two or three good ids as they are", () => {
    expect(parseCompareIds("587-starttls-auth,465-implicit-tls", resolve)).toEqual({
      ids: ["587-starttls-auth", "465-implicit-tls"],
      notes: [],
      fallback: false,
    });
    expect(
      parseCompareIds(" 25-plain-delivery , 25-starttls-opportunistic,465-implicit-tls ", resolve).ids,
    ).toEqual(["25-plain-delivery", "25-starttls-opportunistic", "465-implicit-tls"]);
  });

  it("drops unknown ids, journeys, duplicates and a fourth id, saying so", () => {
    const p = parseCompareIds(
      "587-starttls-auth,nope,587-starttls-auth,delivery-direct,465-implicit-tls,25-plain-delivery,25-relay-refused",
      resolve,
    );
    expect(p.ids).toEqual(["587-starttls-auth", "465-implicit-tls", "25-plain-delivery"]);
    expect(p.fallback).toBe(false);
    expect(p.notes).toEqual([
      "There is no conversation called “nope”: left out.",
      "“587-starttls-auth” was listed twice: shown once.",
      "There is no conversation called “delivery-direct”: left out.",
      "Compare mode shows at most 3 conversations: “25-relay-refused” left out.",
    ]);
  });

  it("falls back to the default, with a note, when fewer than two are left", () => {
    for (const raw of ["465-implicit-tls", "x,y", "465-implicit-tls,465-implicit-tls", ",,,"]) {
      const p = parseCompareIds(raw, resolve);
      expect(p.ids).toEqual(DEFAULT_COMPARE_IDS);
      expect(p.fallback).toBe(true);
      expect(p.notes.at(-1)).toMatch(/at least 2 conversations: showing the default/);
    }
  });

  it("quotes hostile values harmlessly (clipped, control characters replaced) and never throws", () => {
    const p = parseCompareIds("<script>alert(1)</script>,465-implicit-tls\u0000\n", resolve);
    expect(p.fallback).toBe(true);
    expect(p.notes[0]).toBe("There is no conversation called “<script>alert(1)</script>”: left out.");
    expect(p.notes[1]).toBe("There is no conversation called “465-implicit-tls?”: left out.");
    const long = parseCompareIds("a".repeat(100_000), resolve);
    expect(long.notes[0]?.length).toBeLessThan(100);
    expect(() => parseCompareIds("%%%,\u2028,__proto__,constructor", resolve)).not.toThrow();
    expect(parseCompareIds("__proto__,constructor", resolve).fallback).toBe(true);
  });

  it("round-trips through compareQuery", () => {
    const ids = ["587-stripping-opportunistic", "587-stripping-required", "465-stripping-nothing"];
    const q = new URLSearchParams(compareQuery(ids)).get("ids");
    expect(parseCompareIds(q, resolve).ids).toEqual(ids);
  });
});

describe("compareColumn", () => {
  it("keeps the engine's lines, replies, TLS state and wire sizes, step for step", () => {
    for (const s of scenarios) {
      if (s.kind !== "session") continue;
      const log = runScenario(s);
      const steps = toSteps(log.events);
      const col = compareColumn(s, log, steps);
      expect(col.steps).toHaveLength(steps.length);
      col.steps.forEach((c, i) => {
        const e = steps[i];
        if (!e) throw new Error("missing step");
        expect(c.n).toBe(e.n);
        expect(c.phase).toBe(e.phase);
        expect(c.tls).toBe(e.tls);
        expect(c.wireBytes).toBe(e.wireBytes);
        expect(c.reply?.code).toBe(e.reply?.code);
        expect(c.text).toEqual(e.lines.filter((l) => !l.startsWith("===")).map((l) => l.slice(4)));
      });
      expect(col.outcome.tls).toBe(log.outcome.tls);
      expect(col.outcome.queued).toBe(log.outcome.queued.length > 0);
    }
  });

  it("shows the captured password where the attacker read it", () => {
    const c = build(["587-stripping-opportunistic", "465-stripping-nothing"]);
    const caught = c.columns[0]?.steps.filter((s) => s.captured);
    expect(caught?.map((s) => s.captured)).toEqual([{ user: "alice", password: "wonderland" }]);
    expect(c.columns[1]?.steps.some((s) => s.captured)).toBe(false);
  });
});

describe("playerStepFor", () => {
  const c = build(["587-starttls-auth", "465-implicit-tls"]);
  it("opens the first step of the column's segment in the highlighted row", () => {
    const greeting = c.rows.findIndex((r) => r.phase === "greeting") + 1;
    expect(playerStepFor(c, 0, greeting)).toBe(2);
    expect(playerStepFor(c, 1, greeting)).toBe(6);
  });
  it("falls back to the last step before that row, or the start", () => {
    const tls465 = c.rows.findIndex((r) => r.phase === "tls") + 1; // 587 has a gap there
    expect(playerStepFor(c, 0, tls465)).toBe(1);
    expect(playerStepFor(c, 0, 0)).toBe(0);
  });
});
