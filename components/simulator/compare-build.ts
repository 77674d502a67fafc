/**
 * Runs the scenarios of a comparison through the engine and aligns them (lib/simulator/compare.ts).
 * Server only, at build time: it renders the default comparison and the lesson embeds, and writes every
 * session scenario's column to /compare-data/<id>.json (app/compare-data/[file]/route.ts), which the
 * compare view fetches in the browser (compare-fetch.ts) instead of running the engine there.
 */
import { canonicalScenarioId, scenarioById, scenarios } from "@/content/scenarios";
import { type CompareColumn, type Comparison, compareColumn, compareColumns } from "@/lib/simulator/compare";
import { runScenario, toSteps } from "@/lib/smtp";

export type CompareChoice = { id: string; title: string; port: number };

/** Every session scenario, for the picker (journeys span several connections and are not compared). */
export function compareChoices(): CompareChoice[] {
  return scenarios.flatMap((s) => (s.kind === "session" ? [{ id: s.id, title: s.title, port: s.port }] : []));
}

/** The current id of a session scenario (following renames), or undefined. */
export function resolveSessionId(id: string): string | undefined {
  const current = canonicalScenarioId(id);
  return current !== undefined && scenarioById(current)?.kind === "session" ? current : undefined;
}

/** One scenario's column. Throws on an id that is not a session scenario: callers validate first. */
export function buildColumn(id: string): CompareColumn {
  const s = scenarioById(id);
  if (s?.kind !== "session") throw new Error(`"${id}" is not a session scenario in content/scenarios.`);
  const log = runScenario(s);
  return compareColumn(s, log, toSteps(log.events));
}

/** Throws on an id that is not a session scenario: callers validate first (parseCompareIds). */
export function buildComparison(ids: readonly string[]): Comparison {
  return compareColumns(ids.map(buildColumn));
}
