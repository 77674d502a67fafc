/**
 * Runs a what-if variant of a session scenario through the engine and prepares it for the stage.
 * Imported lazily by the browser, only when a learner changes a scenario's inputs.
 */
import { runScenario, type SessionOutcome, type SessionScenario } from "@/lib/smtp";
import { type StageData, stageData } from "./stage-data";
import { applyWhatIf, type WhatIf } from "./what-if";

export function runWhatIf(base: SessionScenario, w: WhatIf): { data: StageData; outcome: SessionOutcome } {
  const scenario = applyWhatIf(base, w);
  const log = runScenario(scenario);
  return { data: stageData(scenario, log), outcome: log.outcome };
}

/** One sentence about how the run ended, from the engine's outcome (not from any expectation). */
export function describeOutcome(o: SessionOutcome): string {
  const parts: string[] = [];
  if (o.credentialsCaptured)
    parts.push(`the attacker captured the password of “${o.credentialsCaptured.user}”`);
  if (o.queued.length > 0) parts.push(`the server accepted the message (queued as ${o.queued.join(", ")})`);
  else parts.push("no message was accepted");
  if (o.aborted) parts.push("the client gave up on its own");
  if (o.end === "reset") parts.push("the connection was reset");
  parts.push(o.tls ? "TLS was used" : "nothing was encrypted");
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
