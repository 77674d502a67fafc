/**
 * Phase alignment (align.ts) on real engine runs: 587 STARTTLS vs 465 implicit TLS vs 25 opportunistic
 * STARTTLS, plus the invariants on every pair and triple of session scenarios.
 */
import { describe, expect, it } from "vitest";
import { scenarioById, scenarios } from "@/content/scenarios";
import { type Phase, runScenario, type SessionScenario, type Step, toSteps } from "@/lib/smtp";
import { type AlignedRow, alignRuns, columnSteps, segmentsOf } from "./align";

const sessions = scenarios.filter((s): s is SessionScenario => s.kind === "session");
const stepsCache = new Map<string, Step[]>();
function stepsOf(id: string): Step[] {
  let steps = stepsCache.get(id);
  if (!steps) {
    const s = scenarioById(id);
    if (s?.kind !== "session") throw new Error(`no session scenario ${id}`);
    steps = toSteps(runScenario(s).events);
    stepsCache.set(id, steps);
  }
  return steps;
}

/** Index of the first row where `column` has a segment of `phase` (after row `from`). */
function rowOf(rows: AlignedRow<Step>[], column: number, phase: Phase, from = -1): number {
  return rows.findIndex((r, i) => i > from && r.phase === phase && r.cells[column] !== null);
}

/** The rows as "phase: first-last|—" per column, for readable snapshots. */
function picture(rows: AlignedRow<Step>[]): string[] {
  return rows.map(
    (r) =>
      `${r.phase}: ${r.cells
        .map((c) => (c ? `${c.steps[0]?.n}-${c.steps[c.steps.length - 1]?.n}` : "—"))
        .join(" | ")}`,
  );
}

function checkInvariants(runs: Step[][], rows: AlignedRow<Step>[]) {
  for (const row of rows) {
    expect(row.cells).toHaveLength(runs.length);
    expect(row.cells.some((c) => c !== null)).toBe(true);
    for (const c of row.cells) {
      if (!c) continue;
      expect(c.phase).toBe(row.phase);
      expect(c.steps.length).toBeGreaterThan(0);
      for (const s of c.steps) expect(s.phase).toBe(row.phase);
    }
  }
  runs.forEach((steps, k) => {
    // Each column, read top to bottom, is the run itself: every step exactly once, never reordered.
    const seen = columnSteps(rows, k);
    expect(seen.map((s) => s.n)).toEqual(steps.map((s) => s.n));
    expect(new Set(seen).size).toBe(steps.length);
    // And its segments are maximal: two neighbouring segments of one run never share a phase.
    const segs = rows.flatMap((r) => (r.cells[k] ? [r.cells[k]] : []));
    for (let i = 1; i < segs.length; i++) expect(segs[i]?.phase).not.toBe(segs[i - 1]?.phase);
  });
}

describe("segmentsOf", () => {
  it("cuts a run into maximal runs of one phase, in order", () => {
    const segs = segmentsOf(stepsOf("587-starttls-auth"));
    expect(segs.map((s) => s.phase)).toEqual([
      "connect",
      "greeting",
      "ehlo",
      "tls",
      "ehlo",
      "auth",
      "envelope",
      "data",
      "quit",
      "close",
    ]);
    expect(segs.flatMap((s) => s.steps)).toEqual(stepsOf("587-starttls-auth"));
    expect(segs.map((s) => s.index)).toEqual(segs.map((_, i) => i));
  });

  it("is empty for an empty run", () => {
    expect(segmentsOf([])).toEqual([]);
    expect(alignRuns([[], []])).toEqual([]);
  });
});

describe("587 vs 465 vs 25 opportunistic STARTTLS", () => {
  const ids = ["587-starttls-auth", "465-implicit-tls", "25-starttls-opportunistic"];
  const runs = ids.map(stepsOf);
  const rows = alignRuns(runs);

  it("lines the greetings up and keeps each TLS handshake where it happens", () => {
    expect(picture(rows)).toEqual([
      "connect: 1-1 | 1-1 | 1-1",
      "tls: — | 2-5 | —",
      "greeting: 2-2 | 6-6 | 2-2",
      "ehlo: 3-4 | — | 3-4",
      "tls: 5-10 | — | 5-10",
      "ehlo: 11-12 | 7-8 | 11-12",
      "auth: 13-14 | 9-10 | —",
      "envelope: 15-18 | 11-14 | 13-16",
      "data: 19-22 | 15-18 | 17-20",
      "quit: 23-24 | 19-20 | 21-22",
      "close: 25-25 | 21-21 | 23-23",
    ]);
  });

  it("puts 465's TLS row before its greeting, and 587's after EHLO, followed by a second EHLO", () => {
    const tls465 = rowOf(rows, 1, "tls");
    const greeting465 = rowOf(rows, 1, "greeting");
    expect(tls465).toBeGreaterThanOrEqual(0);
    expect(tls465).toBeLessThan(greeting465);

    const ehlo587 = rowOf(rows, 0, "ehlo");
    const tls587 = rowOf(rows, 0, "tls");
    expect(rowOf(rows, 0, "greeting")).toBeLessThan(ehlo587);
    expect(ehlo587).toBeLessThan(tls587);
    expect(rowOf(rows, 0, "ehlo", tls587)).toBe(tls587 + 1);
    // STARTTLS travels in the clear, inside 587's TLS row; the second EHLO is inside TLS.
    const tlsRow = rows[tls587]?.cells[0];
    expect(tlsRow?.steps[0]?.command).toBe("STARTTLS");
    expect(tlsRow?.steps[0]?.tls).toBe(false);
    expect(rows[tls587 + 1]?.cells[0]?.tls).toBe(true);
  });

  it("shares a row between 465's only EHLO and 587's EHLO inside TLS, not the one before STARTTLS", () => {
    const after = rowOf(rows, 1, "ehlo");
    expect(rows[after]?.cells[0]?.tls).toBe(true);
    expect(rows[after]?.cells[1]?.tls).toBe(true);
    expect(rows[after]?.cells[0]?.steps[0]?.n).toBe(11);
  });

  it("shares 25's STARTTLS row with 587's, and gives AUTH (587 and 465 only) a gap on 25", () => {
    const tls587 = rowOf(rows, 0, "tls");
    expect(rows[tls587]?.cells[2]?.steps[0]?.command).toBe("STARTTLS");
    const auth = rows.find((r) => r.phase === "auth");
    expect(auth?.cells[2]).toBeNull();
  });

  it("never reorders a run and shows every step exactly once", () => {
    checkInvariants(runs, rows);
  });

  it("is deterministic and does not depend on the engine run", () => {
    const again = alignRuns(
      ids.map((id) => toSteps(runScenario(scenarioById(id) as SessionScenario).events)),
    );
    expect(picture(again)).toEqual(picture(rows));
  });
});

describe("the stripping trio of the STARTTLS lesson", () => {
  const ids = ["587-stripping-opportunistic", "587-stripping-required", "465-stripping-nothing"];
  const runs = ids.map(stepsOf);
  const rows = alignRuns(runs);

  it("shows TLS only on 465, before its greeting; AUTH in the clear only for the opportunistic client", () => {
    const tlsRows = rows.filter((r) => r.phase === "tls");
    expect(tlsRows).toHaveLength(1);
    expect(tlsRows[0]?.cells.map((c) => c !== null)).toEqual([false, false, true]);
    expect(rowOf(rows, 2, "tls")).toBeLessThan(rowOf(rows, 2, "greeting"));
    const auth = rows.find((r) => r.phase === "auth");
    expect(auth?.cells[0]?.steps.some((s) => s.attacker?.captured)).toBe(true);
    expect(auth?.cells[0]?.tls).toBe(false);
    expect(auth?.cells[1]).toBeNull();
    expect(auth?.cells[2]?.tls).toBe(true);
    checkInvariants(runs, rows);
  });
});

describe("a run with a retry", () => {
  it("pairs a one-connection run with the connection that delivered", () => {
    const runs = [stepsOf("25-plain-delivery"), stepsOf("25-greylisting")];
    const rows = alignRuns(runs);
    checkInvariants(runs, rows);
    const data = rows.find((r) => r.phase === "data");
    expect(data?.cells.every((c) => c !== null)).toBe(true);
    // The greylisted first attempt (and the wait) have rows of their own, before the shared connect.
    const firstShared = rows.findIndex((r) => r.cells.every((c) => c !== null));
    expect(rows[firstShared]?.phase).toBe("connect");
    expect(rows.slice(0, firstShared).some((r) => r.phase === "wait")).toBe(true);
  });
});

describe("every pair and every triple of session scenarios", () => {
  it("keeps the invariants (order, each step once, one phase per row)", () => {
    const ids = sessions.map((s) => s.id);
    let checked = 0;
    for (let a = 0; a < ids.length; a++) {
      for (let b = 0; b < ids.length; b++) {
        if (a === b) continue;
        const pair = [stepsOf(ids[a] as string), stepsOf(ids[b] as string)];
        checkInvariants(pair, alignRuns(pair));
        checked++;
      }
    }
    // Triples in one rotation (the full cube adds time, not coverage of the rules).
    for (let a = 0; a + 2 < ids.length; a++) {
      const triple = [ids[a], ids[a + 1], ids[a + 2]].map((id) => stepsOf(id as string));
      checkInvariants(triple, alignRuns(triple));
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it("aligning a run with itself shares every row", () => {
    for (const s of sessions) {
      const steps = stepsOf(s.id);
      const rows = alignRuns([steps, steps]);
      expect(rows.every((r) => r.cells[0] !== null && r.cells[1] !== null)).toBe(true);
      expect(rows).toHaveLength(segmentsOf(steps).length);
    }
  });
});
