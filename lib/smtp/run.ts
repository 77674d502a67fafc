/**
 * The runner: wires a client model, an optional attacker and the server session on one simulated clock
 * and returns the event log. Journeys run through delivery.ts; `simulate` (simulate.ts) runs either.
 *
 * Rules: deterministic (same scenario and seed, identical log, byte for byte); a fresh world per run
 * (greylisting memory and queue-id counter live in the run, not in a module). In the browser entry: it
 * imports nothing from delivery.ts.
 */

import { Attacker } from "./attacker";
import { ClientRunner } from "./client";
import { Connection, type RunContext } from "./connection";
import { type SessionLog, summarize } from "./events";
import { LAB_WORLD, resolveProfile, type World } from "./profiles";
import type { SessionScenario } from "./scenario";

export interface RunOptions {
  seed?: number;
  world?: World;
}

export function runScenario(s: SessionScenario, opts: RunOptions = {}): SessionLog {
  const seed = opts.seed ?? s.seed ?? 1;
  const ctx: RunContext = {
    events: [],
    clock: { t: 0 },
    seed,
    greylist: new Map(),
    queueSerial: { next: 0 },
  };
  const profile = resolveProfile(s.port, s.overrides);
  const world = opts.world ?? LAB_WORLD;
  let n = 0;
  const connect = () => {
    n++;
    const attacker = s.attacker ? new Attacker(s.attacker) : null;
    return new Connection(ctx, n, profile, world, attacker);
  };
  new ClientRunner(s.client, connect).run();
  return {
    kind: "session",
    scenarioId: s.id,
    port: s.port,
    seed,
    events: ctx.events,
    outcome: summarize(ctx.events),
  };
}
