/**
 * What the live lab's HTTP API (lab/http-api.ts) answers and the /lab page reads: plain JSON shapes,
 * shared by both sides so they cannot drift.
 *
 * Rules: types only, plus the constants both sides need; no I/O. The lab process computes everything
 * (steps, narration, glosses, parsed mail); the page presents it.
 */
import type { StageData } from "@/lib/simulator/stage-data";
import type { Port } from "@/lib/smtp";

/** One listener of the running lab. */
export interface LabListener {
  /** The TCP port it listens on (2500, 2587, 2465, 2525 by default). */
  port: number;
  /** The engine profile it speaks (the lab's 2587 is the 587 profile). */
  profile: Port;
  /** "relay", "submission", "submissions". */
  role: string;
  /** How TLS works there, in a few words. */
  tls: string;
}

/** RFC 5321 §4.5.3.2 timeouts, as the lab applies them (scaled down). */
export interface LabTimeouts {
  /** §4.5.3.2.7 server timeout (5 min in the RFC) between complete command lines. */
  commandMs: number;
  /** Between DATA lines (the RFC's data-block timeout is 3 min). */
  dataMs: number;
  /** For a TLS handshake to finish. */
  tlsMs: number;
  /** The longest a connection may last (a lab limit, not an RFC one). */
  sessionMs: number;
  /** The factor the RFC values were divided by. */
  scale: number;
}

export interface LabLimits {
  maxConnections: number;
  perClientConnections: number;
  perClientConnectionsPerMinute: number;
  /** 0: no message rate limit. */
  perClientMessagesPerMinute: number;
  messageSizeLimit: number;
  keepSessions: number;
  keepMessages: number;
  /** 0: sessions and messages are kept until pushed out by newer ones. */
  expireMs: number;
}

export interface LabStatus {
  running: true;
  startedAt: number;
  host: string;
  classroom: boolean;
  listeners: LabListener[];
  /** The account clients log in with. In classroom mode the password is the access code, any user name works. */
  account: { user: string; password: string; anyUser: boolean };
  timeouts: LabTimeouts;
  limits: LabLimits;
  certificate: { subject: string; sha256: string };
}

/** What the page's proxy answers when no lab is running (HTTP 200, so the browser logs nothing). */
export interface LabDown {
  running: false;
  reason: string;
}

export interface LabSessionSummary {
  id: string;
  /** Sequence number, from 1, for people ("session 12"). */
  n: number;
  listener: number;
  port: Port;
  client: string;
  startedAt: number;
  endedAt: number | null;
  open: boolean;
  /** Events so far (the page refetches the session when this grows). */
  events: number;
  tls: boolean;
  authUser: string | null;
  queued: string[];
  /** How it ended: closed-by-server, closed-by-client, reset, open. */
  end: string;
  /** Reply codes the client saw, in order (at most the last 40). */
  codes: number[];
  /** The client sent nothing at all (port scanners, health checks, refused connections). */
  silent: boolean;
}

export interface LabSessionDetail {
  summary: LabSessionSummary;
  /** Steps with narration and reply glosses, computed by the lab with the site's own engine code. */
  data: StageData;
  /** The client's lines (commands, AUTH responses, message lines), for the shareable console link. */
  clientLines: string[];
}

export interface LabMessageSummary {
  id: string;
  queueId: string;
  sessionId: string;
  receivedAt: number;
  from: string;
  to: string[];
  subject: string;
  size: number;
  tls: boolean;
  authUser: string | null;
  attachments: number;
  truncated: boolean;
}

export interface LabMessageDetail extends LabMessageSummary {
  /** Header lines as received, the lab's Received: first (unfolded, one entry per header). */
  headers: Array<{ name: string; value: string }>;
  /** The text body (or the HTML part rendered as text), capped. */
  text: string;
  /** Whether an HTML part exists (never rendered: the page shows text only). */
  hasHtml: boolean;
  attachmentList: Array<{ filename: string; contentType: string; size: number }>;
}

/** Server-sent events on /api/events. */
export type LabStreamEvent =
  | { type: "status"; status: LabStatus }
  | { type: "session"; session: LabSessionSummary }
  | { type: "mail"; message: LabMessageSummary }
  | { type: "removed"; sessions: string[]; messages: string[] }
  | { type: "cleared" }
  /** Sent by the page's proxy when it cannot reach the lab (then the stream ends). */
  | { type: "down"; reason: string };

export const DEFAULT_LAB_API = "http://127.0.0.1:2580";
