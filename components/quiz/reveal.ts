/**
 * For a predict question: the step of a scenario where the server answers the given client command, and
 * that reply, as the engine computes it at build time — so the revealed answer can never drift from what
 * the simulator shows.
 */
import { scenarioById } from "@/content/scenarios";
import { runScenario, toSteps } from "@/lib/smtp";
import type { Reveal } from "./quiz-client";

export function revealFor(spec: { scenario: string; command: string; occurrence?: number }): Reveal {
  const scenario = scenarioById(spec.scenario);
  if (scenario?.kind !== "session") {
    throw new Error(`Predict question: "${spec.scenario}" is not a session scenario.`);
  }
  const steps = toSteps(runScenario(scenario).events);
  const want = spec.command.toUpperCase();
  const replies = steps.filter(
    (s) => s.reply && s.speaker !== "client" && s.reply.answers === want && s.lines.length > 0,
  );
  const step = replies[(spec.occurrence ?? 1) - 1];
  if (!step?.reply) {
    throw new Error(`Predict question: no server reply to ${want} in scenario "${spec.scenario}".`);
  }
  return {
    scenario: scenario.id,
    step: step.n,
    lines: step.lines.filter((l) => !l.startsWith("===")).map((l) => l.slice(4)),
    code: step.reply.code,
  };
}
