/**
 * The SMTP engine's full public entry: everything the server side of the site (build-time pages), the
 * CLI, the tests and the benchmark need comes from here. Client components import `@/lib/smtp/browser`
 * instead (browser.ts: the same functions, without the teaching text, journeys and DSNs).
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
export type { LiveMessage, LiveOp, LiveOptions, TlsInfo } from "./live";
export { LiveSession, recordOverhead } from "./live";
export type { LockstepOptions } from "./lockstep";
export { Lockstep, runLockstep } from "./lockstep";
export type { Narration, NarrationContext } from "./narration";
export { NARRATION_RULES, narrate, toSteps } from "./narration";
export type { Limits, Port, Profile, ProfileId, ProfileOverrides, World } from "./profiles";
export { ehloKeywords, isPort, LAB_WORLD, PORTS, POSTFIX_LIMITS, PROFILES, resolveProfile } from "./profiles";
export type { Reply, ReplyId } from "./replies";
export { MAX_REPLY_LINE, renderReply, replyClass } from "./replies";
export type { ReplyRow } from "./replies-teaching";
export { findReplyRow, REPLY_TABLE, replyRow } from "./replies-teaching";
export type { RfcRef } from "./rfc";
export { formatRfc, rfc, rfcUrl } from "./rfc";
export type { RunOptions } from "./run";
export { runScenario } from "./run";
export type { JourneyScenario, Scenario, ScenarioTheme, SessionScenario } from "./scenario";
export type {
  GreylistStore,
  ServerAction,
  ServerInput,
  ServerNotice,
  ServerOptions,
  ServerStateView,
  TracedInput,
} from "./server";
export { ServerSession } from "./server";
export { simulate } from "./simulate";
export type { Narrator, Phase, Speaker, Step, StepAttacker, StepReply } from "./steps";
export { clampStep, toStepsWith } from "./steps";
export { TIMING } from "./timing";
export type { TlsFlightName } from "./tls";
export { TLS_SESSION, TLS13_RECORD_OVERHEAD } from "./tls";
export { clientPrefix, eventLines, replyPrefix, transcript } from "./transcript";
export type { PlaintextRecord, TlsRecord, WireRecord } from "./wire";
export { wireBytes } from "./wire";
