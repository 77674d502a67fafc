/**
 * The SMTP engine's public entry. Everything the site, the CLI and the benchmark need comes from here.
 *
 * Rules: this file only re-exports; lib/smtp is pure TypeScript (no React, Next, DOM, clock or
 * randomness) and deterministic: same inputs, same event log, byte for byte.
 */

export type { AttackerConfig } from "./attacker";
export { Attacker, DEFAULT_INJECTION } from "./attacker";
export type { ClientConfig, TlsPolicy } from "./client";
export { composeMessage, DEFAULT_EHLO } from "./client";
export { EPOCH_MS, formatDuration, rfc5322Date } from "./clock";
export type {
  DnsData,
  HostConfig,
  JourneyConfig,
  JourneyEvent,
  JourneyHop,
  JourneyLog,
  JourneyNode,
  JourneyOutcome,
  RetryPolicy,
} from "./delivery";
export {
  buildDsn,
  dsnRecipientFields,
  journeyTranscript,
  LAB_MSA,
  nextAttemptTime,
  queueLifetime,
  runJourney,
} from "./delivery";
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
export { Lockstep, runLockstep } from "./lockstep";
export type { Narration, NarrationContext } from "./narration";
export { NARRATION_RULES, narrate } from "./narration";
export type { Limits, Port, Profile, ProfileId, ProfileOverrides, World } from "./profiles";
export { ehloKeywords, isPort, LAB_WORLD, PORTS, POSTFIX_LIMITS, PROFILES, resolveProfile } from "./profiles";
export type { Reply, ReplyId, ReplyRow } from "./replies";
export { findReplyRow, MAX_REPLY_LINE, REPLY_TABLE, renderReply, replyClass, replyRow } from "./replies";
export type { RfcRef } from "./rfc";
export { formatRfc, rfc, rfcUrl } from "./rfc";
export type { RunOptions } from "./run";
export { runScenario, simulate } from "./run";
export type { JourneyScenario, Scenario, ScenarioTheme, SessionScenario } from "./scenario";
export type {
  GreylistStore,
  ServerAction,
  ServerInput,
  ServerNotice,
  ServerOptions,
  ServerStateView,
} from "./server";
export { ServerSession } from "./server";
export type { Phase, Speaker, Step, StepAttacker, StepReply } from "./steps";
export { clampStep, toSteps } from "./steps";
export { TIMING } from "./timing";
export type { TlsFlightName } from "./tls";
export { TLS_SESSION, TLS13_RECORD_OVERHEAD } from "./tls";
export { clientPrefix, eventLines, replyPrefix, transcript } from "./transcript";
export type { PlaintextRecord, TlsRecord, WireRecord } from "./wire";
export { wireBytes } from "./wire";
