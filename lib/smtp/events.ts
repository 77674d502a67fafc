/**
 * The event log: past-tense facts about one run, in order. Everything the UI shows (animation,
 * transcript, eavesdropper view, narration, tooltips) is derived from these events.
 *
 * Rules of this module:
 * - Events are facts, not instructions; each has `seq` (0, 1, 2, … across the log), `t` (simulated ms
 *   since the run started) and `conn` (1 for the first TCP connection, 2 for a retry, …).
 * - Every write records what the sender sent and, when an attacker sits between the parties, what the
 *   receiver got; plus the wire records a passive observer would capture (`wire`).
 * - Events are plain JSON (no classes, no Uint8Array), so logs can be compared, stored and sent to the browser.
 */

import type { Port, ProfileId } from "./profiles";
import type { ReplyId } from "./replies";
import type { TlsFlightName } from "./tls";
import type { WireRecord } from "./wire";

export type Party = "client" | "server" | "attacker";

export interface ReplyInfo {
  id: ReplyId;
  code: number;
  enhanced: string | null;
  /** RFC 5321 §4.2.1 first digit. */
  class: 2 | 3 | 4 | 5;
  /** Wire lines without CRLF. */
  lines: string[];
}

export type ClientWriteKind = "command" | "auth-response" | "message" | "bdat-chunk" | "binary";

export type AbortReason =
  | "starttls-not-offered"
  | "starttls-refused"
  | "tls-failed"
  | "auth-not-offered"
  | "auth-failed"
  | "rejected"
  | "no-greeting"
  | "gave-up";

export type WaitReason = "no-greeting" | "retry-later" | "client-gave-up" | "server-delay";

export interface EventBase {
  seq: number;
  t: number;
  conn: number;
}

export type EventBody =
  | {
      kind: "Connected";
      port: Port;
      profile: ProfileId;
      clientStarts: "plaintext" | "tls";
      clientAddr: string;
      serverAddr: string;
      serverHost: string;
      attacker: boolean;
    }
  | {
      kind: "ClientSent";
      /** "attacker" when the attacker wrote it in the client's name (injection). */
      from: "client" | "attacker";
      tls: boolean;
      what: ClientWriteKind;
      /** The lines as written (no CRLF); for binary writes a one-line description. */
      lines: string[];
      /** Upper-case verb for commands, null otherwise. */
      command: string | null;
      bytes: number;
      /** The TCP segment this write started (shared by a pipelined batch: on the batch's first event). */
      wire: WireRecord[];
      batch?: { index: number; size: number };
      /** Set when an attacker relayed it. */
      via?: "attacker";
    }
  | {
      kind: "ServerReplied";
      /** Who received it: "attacker" when the attacker intercepted it (then see AttackerForwarded). */
      to: "client" | "attacker";
      tls: boolean;
      reply: ReplyInfo;
      /** The verb (or "GREETING", "DATA-END", "AUTH-RESPONSE", "BDAT-CHUNK", "LINE") it answers. */
      answers: string;
      bytes: number;
      wire: WireRecord[];
      batch?: { index: number; size: number };
      /** Extra server-side delay before it was sent (SASL failure delay, error tarpit). */
      delayMs: number;
      via?: "attacker";
    }
  | {
      kind: "AttackerForwarded";
      to: "client" | "server";
      tls: boolean;
      /** What the receiver got. */
      lines: string[];
      /** What the attacker had received. */
      original: string[];
      reply?: ReplyInfo;
      answers?: string;
      bytes: number;
      wire: WireRecord[];
    }
  | { kind: "TlsHandshakeStarted"; via: "starttls" | "implicit" | "tls-first" }
  | {
      kind: "TlsFlight";
      from: "client" | "server";
      flight: TlsFlightName;
      /** How this handshake began; "tls-first" is a client speaking TLS to a plaintext listener (j2). */
      via: "starttls" | "implicit" | "tls-first";
      label: string;
      bytes: number;
      wire: WireRecord[];
    }
  | { kind: "TlsEstablished"; version: string; cipher: string; bits: number; peerDn: string }
  | { kind: "TlsFailed"; reason: string }
  | { kind: "Authenticated"; user: string; mechanism: string }
  | { kind: "AuthenticationFailed"; user: string | null; mechanism: string; reason: string }
  | {
      kind: "MessageQueued";
      queueId: string;
      from: string;
      to: string[];
      size: number;
      tls: boolean;
      authUser: string | null;
      received: string;
    }
  | { kind: "PlaintextDiscarded"; lines: string[]; bytes: number }
  | { kind: "LineTruncated"; length: number; limit: number }
  | { kind: "AttackerRewrote"; removed: string[]; added: string[] }
  | { kind: "AttackerInjected"; lines: string[] }
  | { kind: "AttackerCapturedCredentials"; mechanism: string; user: string; password: string }
  | { kind: "AttackerBlind"; bytes: number }
  | { kind: "ClientAborted"; reason: AbortReason; detail: string }
  | { kind: "ClientNote"; text: string }
  | { kind: "ConnectionReset"; by: Party }
  | { kind: "ConnectionClosed"; by: Party; wire: WireRecord[] }
  | { kind: "Waited"; ms: number; reason: WaitReason };

export type SessionEvent = EventBase & EventBody;
export type EventKind = SessionEvent["kind"];
export type EventOf<K extends EventKind> = Extract<SessionEvent, { kind: K }>;

export interface SessionOutcome {
  /** Queue ids of messages the server accepted (250 after the lone dot / BDAT LAST). */
  queued: string[];
  authenticated: boolean;
  /** True if any part of the session ran inside TLS. */
  tls: boolean;
  /** The client gave up on its own (see abortReason). */
  aborted: boolean;
  abortReason: AbortReason | null;
  credentialsCaptured: { user: string; password: string } | null;
  plaintextDiscarded: number;
  /** How the last connection ended. */
  end: "closed-by-server" | "closed-by-client" | "reset" | "open";
  /** Every reply code the client saw, in order. */
  codes: number[];
  connections: number;
}

export interface SessionLog {
  kind: "session";
  scenarioId: string | null;
  port: Port;
  seed: number;
  events: SessionEvent[];
  outcome: SessionOutcome;
}

export function summarize(events: readonly SessionEvent[]): SessionOutcome {
  const o: SessionOutcome = {
    queued: [],
    authenticated: false,
    tls: false,
    aborted: false,
    abortReason: null,
    credentialsCaptured: null,
    plaintextDiscarded: 0,
    end: "open",
    codes: [],
    connections: 0,
  };
  for (const e of events) {
    switch (e.kind) {
      case "Connected":
        o.connections++;
        o.end = "open";
        break;
      case "MessageQueued":
        o.queued.push(e.queueId);
        break;
      case "Authenticated":
        o.authenticated = true;
        break;
      case "TlsEstablished":
        o.tls = true;
        break;
      case "ClientAborted":
        o.aborted = true;
        o.abortReason = e.reason;
        break;
      case "AttackerCapturedCredentials":
        o.credentialsCaptured = { user: e.user, password: e.password };
        break;
      case "PlaintextDiscarded":
        o.plaintextDiscarded += e.lines.length;
        break;
      case "ServerReplied":
        if (e.to === "client") o.codes.push(e.reply.code);
        break;
      case "AttackerForwarded":
        if (e.to === "client" && e.reply) o.codes.push(e.reply.code);
        break;
      case "ConnectionClosed":
        o.end = e.by === "server" ? "closed-by-server" : "closed-by-client";
        break;
      case "ConnectionReset":
        o.end = "reset";
        break;
    }
  }
  return o;
}
