/**
 * The Scenario type: the inputs of a run. content/scenarios/ holds the instances (data only).
 *
 * Rules: a scenario never contains a reply code or server text (the engine computes them); its id is
 * kebab-case and stable forever (a removed id redirects to its successor: content/scenarios/index.ts).
 */

import type { AttackerConfig } from "./attacker";
import type { ClientConfig } from "./client";
import type { JourneyConfig } from "./delivery";
import type { Port, ProfileOverrides } from "./profiles";

export type ScenarioTheme = "happy" | "failure" | "attack" | "delivery";

interface ScenarioBase {
  /** Stable kebab-case id, e.g. "587-starttls-auth". */
  id: string;
  title: string;
  /** "What you will see", one line. */
  summary: string;
  /** The port the (first) connection goes to. */
  port: Port;
  theme: ScenarioTheme;
  /** PRNG seed for ciphertext and queue ids (default 1). */
  seed?: number;
}

export interface SessionScenario extends ScenarioBase {
  kind: "session";
  client: ClientConfig;
  overrides?: ProfileOverrides;
  attacker?: AttackerConfig;
}

export interface JourneyScenario extends ScenarioBase {
  kind: "journey";
  journey: JourneyConfig;
}

export type Scenario = SessionScenario | JourneyScenario;
