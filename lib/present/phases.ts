/**
 * How presenter mode names a scenario's phases (the engine's Step.phase) for the teacher, and which phase
 * note applies at a step.
 * Rules: pure; step 0 (before the connection) shows the note of the first step's phase, so the teacher can
 * set the scene before anything moves.
 */
import type { Phase } from "@/lib/smtp";

export const PHASE_LABEL: Record<Phase, string> = {
  connect: "Connection",
  greeting: "Greeting",
  ehlo: "EHLO and extensions",
  tls: "TLS",
  auth: "Login (AUTH)",
  envelope: "Envelope (MAIL, RCPT)",
  data: "Message (DATA)",
  quit: "QUIT",
  wait: "Waiting",
  close: "Connection closed",
};

/** The phase on screen at `step` (1-based steps; 0 = before the connection). */
export function phaseAt(phases: readonly Phase[], step: number): Phase | null {
  if (phases.length === 0) return null;
  const i = Math.min(Math.max(step, 1), phases.length) - 1;
  return phases[i] ?? null;
}
