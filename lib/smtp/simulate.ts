/**
 * `simulate`: runs any built-in scenario, a session (run.ts) or a journey (delivery.ts).
 *
 * Rules: deterministic, like both runners; full entry only (index.ts): the browser entry runs sessions
 * with `runScenario` and never loads delivery.ts.
 */

import { type JourneyLog, runJourney } from "./delivery";
import type { SessionLog } from "./events";
import { type RunOptions, runScenario } from "./run";
import type { Scenario } from "./scenario";

export function simulate(s: Scenario, opts: RunOptions = {}): SessionLog | JourneyLog {
  return s.kind === "session"
    ? runScenario(s, opts)
    : runJourney(s.journey, { seed: opts.seed ?? s.seed ?? 1, id: s.id });
}
