/**
 * The SMTP engine's browser entry without the narration: everything browser.ts has except `toSteps`,
 * for pages that load the narration table as a second, lazy chunk:
 *
 *   import { Lockstep, toStepsWith } from "@/lib/smtp/browser-core";
 *   const { narrate } = await import("@/lib/smtp/narration");   // or: const { toSteps } = await import(…)
 *   const steps = toStepsWith(lockstep.events, narrate);          // the same steps as toSteps(events)
 *
 * Rules: this file only re-exports, from the same modules as the full entry (index.ts), so both give the
 * same results byte for byte. Nothing it imports, even indirectly, may load narration.ts, the reply notes
 * and teaching text (replies-notes.ts, replies-teaching.ts), journeys and bounces (delivery.ts) or the
 * CLI's helpers. Types may come from anywhere (they are erased). browser.test.ts checks the module graph;
 * `npm run bench:engine` measures the bundles.
 */

export type { AttackerConfig } from "./attacker";
export type { ClientConfig, TlsPolicy } from "./client";
export { formatDuration } from "./clock";
export type { JourneyEvent, JourneyLog, JourneyOutcome } from "./delivery";
export type {
  AbortReason,
  ClientWriteKind,
  EventKind,
  EventOf,
  Party,
  ReplyInfo,
  SessionEvent,
  SessionLog,
  SessionOutcome,
  WaitReason,
} from "./events";
export { summarize } from "./events";
export type { LockstepOptions } from "./lockstep";
export { Lockstep } from "./lockstep";
export type { Narration, NarrationContext } from "./narration";
export type { Port, ProfileId, ProfileOverrides, World } from "./profiles";
export { isPort, PORTS } from "./profiles";
export type { Reply, ReplyId } from "./replies";
export { replyClass } from "./replies";
export type { RfcRef } from "./rfc";
export { formatRfc, rfc, rfcUrl } from "./rfc";
export type { RunOptions } from "./run";
export { runScenario } from "./run";
export type { JourneyScenario, Scenario, ScenarioTheme, SessionScenario } from "./scenario";
export type { Narrator, Phase, Speaker, Step, StepAttacker, StepReply } from "./steps";
export { clampStep, toStepsWith } from "./steps";
export { clientPrefix, eventLines, replyPrefix, transcript } from "./transcript";
export type { PlaintextRecord, TlsRecord, WireRecord } from "./wire";
export { wireBytes } from "./wire";
