/**
 * Steps: THE UI CONTRACT. A step is one message or one TLS flight sent by one party: a command line, a
 * whole (multi-line) reply, a DATA body, a TLS handshake flight, a connection opened or closed, or a wait.
 * Steps are numbered from 1; step 0 is "before the connection". Facts that are not messages (TLS
 * established, authenticated, message queued, plaintext discarded, credentials captured, client gave up)
 * are folded into the step they belong to and add to its narration.
 *
 * Rules: `toSteps` is pure and total; the shape of `Step` is stable (links, embeds, tests depend on it):
 * add optional fields, never rename or remove one. This module never imports the narration:
 * `toStepsWith(events, narrate)` takes it as an argument and `toSteps` (narration.ts) passes `narrate`,
 * so the browser can load the narration as a second, lazy chunk (browser-core.ts) and build the same steps.
 */

import type { Party, SessionEvent } from "./events";
import type { Narration, NarrationContext } from "./narration";
import type { Port, ProfileId } from "./profiles";
import type { RfcRef } from "./rfc";
import { eventLines } from "./transcript";
import { type WireRecord, wireBytes } from "./wire";

export type Speaker = "client" | "server" | "attacker" | "none";
export type Phase =
  | "connect"
  | "greeting"
  | "ehlo"
  | "tls"
  | "auth"
  | "envelope"
  | "data"
  | "quit"
  | "wait"
  | "close";

export interface StepReply {
  code: number;
  enhanced: string | null;
  class: 2 | 3 | 4 | 5;
  /** Row id in the reply table (replies.ts), for tooltips and the /codes page. */
  id: string;
  /** What it answers: a verb, "GREETING", "DATA-END", … */
  answers: string;
}

export interface StepAttacker {
  /** The attacker changed or added something in this step. */
  changed: boolean;
  /** What the receiver got, when it differs from `lines`' sender view. */
  received?: string[];
  captured?: { mechanism: string; user: string; password: string };
  injected?: string[];
  /** The attacker can no longer read anything (TLS is up). */
  blind?: boolean;
}

export interface Step {
  /** 1-based. */
  n: number;
  speaker: Speaker;
  /** Who the message went to ("none" for waits and notes). */
  to: Speaker;
  phase: Phase;
  /** Whether this step's bytes travel inside TLS. */
  tls: boolean;
  /** Simulated time in ms. */
  t: number;
  /** TCP connection number (2 for a retry). */
  conn: number;
  /** Kind of the main event. */
  kind: SessionEvent["kind"];
  /** seq of every event folded into this step. */
  events: number[];
  /** Transcript lines (swaks notation) this step produced. */
  lines: string[];
  /** What a passive observer captures for this step. */
  wire: WireRecord[];
  wireBytes: number;
  reply?: StepReply;
  /** Upper-case verb for command steps. */
  command?: string | null;
  attacker?: StepAttacker;
  narration: Narration;
}

/** Events that are messages and so start a step. */
const MESSAGE_KINDS = new Set<SessionEvent["kind"]>([
  "Connected",
  "ClientSent",
  "ServerReplied",
  "AttackerForwarded",
  "TlsFlight",
  "ConnectionClosed",
  "ConnectionReset",
  "Waited",
]);

/** Facts folded into the next step rather than the previous one. */
const ATTACH_NEXT = new Set<SessionEvent["kind"]>([
  "TlsHandshakeStarted",
  "AttackerRewrote",
  "AttackerInjected",
  "ClientAborted",
]);

const PHASE_OF_VERB: Record<string, Phase> = {
  GREETING: "greeting",
  EHLO: "ehlo",
  HELO: "ehlo",
  STARTTLS: "tls",
  AUTH: "auth",
  "AUTH-RESPONSE": "auth",
  MAIL: "envelope",
  RCPT: "envelope",
  RSET: "envelope",
  VRFY: "envelope",
  ETRN: "envelope",
  NOOP: "envelope",
  DATA: "data",
  "DATA-END": "data",
  BDAT: "data",
  "BDAT-CHUNK": "data",
  QUIT: "quit",
};

function phaseOf(e: SessionEvent): Phase {
  switch (e.kind) {
    case "Connected":
      return "connect";
    case "TlsFlight":
      return "tls";
    case "Waited":
      return "wait";
    case "ConnectionClosed":
    case "ConnectionReset":
      return "close";
    case "ServerReplied":
      return PHASE_OF_VERB[e.answers] ?? "envelope";
    case "AttackerForwarded":
      return e.to === "server" ? "tls" : (PHASE_OF_VERB[e.answers ?? ""] ?? "envelope");
    case "ClientSent":
      if (e.what === "auth-response") return "auth";
      if (e.what === "message" || e.what === "bdat-chunk") return "data";
      if (e.what === "binary") return "tls";
      return PHASE_OF_VERB[e.command ?? ""] ?? "envelope";
    default:
      return "envelope";
  }
}

function speakerOf(e: SessionEvent): { speaker: Speaker; to: Speaker } {
  switch (e.kind) {
    case "Connected":
      return { speaker: "client", to: "server" };
    case "ClientSent":
      return { speaker: e.from, to: "server" };
    case "ServerReplied":
      return { speaker: "server", to: e.to };
    case "AttackerForwarded":
      return { speaker: "attacker", to: e.to };
    case "TlsFlight":
      return { speaker: e.from, to: e.from === "client" ? "server" : "client" };
    case "ConnectionClosed":
      return { speaker: e.by, to: e.by === "client" ? "server" : "client" };
    case "ConnectionReset":
      return { speaker: e.by, to: e.by === "client" ? "server" : "client" };
    default:
      return { speaker: "none", to: "none" };
  }
}

interface Draft {
  main: SessionEvent;
  notes: SessionEvent[];
  ctx: {
    port: Port;
    profile: ProfileId;
    tls: boolean;
    tlsVia: "starttls" | "implicit" | "tls-first" | null;
    attacker: boolean;
    authenticated: boolean;
  };
}

/** Says what happens in one step (narration.ts's `narrate`). */
export type Narrator = (c: NarrationContext) => Narration;

/** The steps of a log, each narrated by `narrate`. Use `toSteps` (narration.ts) unless loading it lazily. */
export function toStepsWith(events: readonly SessionEvent[], narrate: Narrator): Step[] {
  const drafts: Draft[] = [];
  let pending: SessionEvent[] = [];
  let port: Port = 25;
  let profile: ProfileId = "relay";
  let tls = false;
  let tlsVia: Draft["ctx"]["tlsVia"] = null;
  let attacker = false;
  let authenticated = false;
  for (const e of events) {
    if (e.kind === "Connected") {
      port = e.port;
      profile = e.profile;
      tls = false;
      tlsVia = null;
      attacker = e.attacker;
      authenticated = false;
    }
    if (MESSAGE_KINDS.has(e.kind)) {
      const msgTls =
        e.kind === "ClientSent" || e.kind === "ServerReplied" || e.kind === "AttackerForwarded" ? e.tls : tls;
      if (e.kind === "TlsFlight") tlsVia = e.via;
      drafts.push({
        main: e,
        notes: pending,
        ctx: { port, profile, tls: msgTls, tlsVia, attacker, authenticated },
      });
      pending = [];
      continue;
    }
    if (e.kind === "TlsEstablished") tls = true;
    if (e.kind === "Authenticated") authenticated = true;
    if (ATTACH_NEXT.has(e.kind) || !drafts.length) pending.push(e);
    else drafts[drafts.length - 1]?.notes.push(e);
  }
  if (pending.length && drafts.length) drafts[drafts.length - 1]?.notes.push(...pending);
  return drafts.map((d, i) => buildStep(d, i + 1, narrate));
}

function buildStep(d: Draft, n: number, narrate: Narrator): Step {
  const e = d.main;
  const { speaker, to } = speakerOf(e);
  const all = [...d.notes.filter((x) => x.seq < e.seq), e, ...d.notes.filter((x) => x.seq > e.seq)];
  const lines = all.flatMap(eventLines);
  const wire: WireRecord[] = "wire" in e ? e.wire : [];
  const step: Step = {
    n,
    speaker,
    to,
    phase: phaseOf(e),
    tls: d.ctx.tls,
    t: e.t,
    conn: e.conn,
    kind: e.kind,
    events: all.map((x) => x.seq),
    lines,
    wire,
    wireBytes: wireBytes(wire),
    narration: narrate({ event: e, notes: d.notes, ...d.ctx }),
  };
  const reply = e.kind === "ServerReplied" ? e.reply : e.kind === "AttackerForwarded" ? e.reply : undefined;
  if (reply) {
    step.reply = {
      code: reply.code,
      enhanced: reply.enhanced,
      class: reply.class,
      id: reply.id,
      answers:
        e.kind === "ServerReplied" ? e.answers : ((e.kind === "AttackerForwarded" ? e.answers : "") ?? ""),
    };
  }
  if (e.kind === "ClientSent") step.command = e.command;
  if (d.ctx.attacker) {
    const cap = d.notes.find((x) => x.kind === "AttackerCapturedCredentials");
    const inj = d.notes.find((x) => x.kind === "AttackerInjected");
    const blind = d.notes.some((x) => x.kind === "AttackerBlind");
    const changed = e.kind === "AttackerForwarded" || inj !== undefined;
    if (changed || cap || blind || e.kind === "ServerReplied" || e.kind === "ClientSent") {
      step.attacker = { changed };
      if (e.kind === "AttackerForwarded") step.attacker.received = e.lines;
      if (cap?.kind === "AttackerCapturedCredentials") {
        step.attacker.captured = { mechanism: cap.mechanism, user: cap.user, password: cap.password };
      }
      if (inj?.kind === "AttackerInjected") step.attacker.injected = inj.lines;
      if (blind) step.attacker.blind = true;
    }
  }
  return step;
}

/** Clamps a requested step number to [0, steps.length], with a note when it had to. */
export function clampStep(n: number, count: number): { step: number; note: string | null } {
  if (!Number.isFinite(n)) return { step: 0, note: "Not a step number: showing the start." };
  const i = Math.trunc(n);
  if (i < 0) return { step: 0, note: `There is no step ${i}: showing the start.` };
  if (i > count) return { step: count, note: `This scenario has ${count} steps: showing the last one.` };
  return { step: i, note: null };
}

export type { Party, RfcRef };
