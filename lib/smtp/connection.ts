/**
 * One TCP connection between a client and the server session, with an optional attacker in between:
 * the plumbing both the scenario runner (run.ts) and the lockstep driver (lockstep.ts) use.
 *
 * Rules of this module:
 * - It turns writes into events with wire records (plaintext, or TLS records per tls.ts) and moves them
 *   on the simulated clock (timing.ts); it decides nothing about SMTP: the server session and the
 *   client logic do.
 * - One client write = one TCP segment (or one TLS record); all the replies a server produces for one
 *   segment leave in one segment too (Postfix flushes when its input is drained), with the wire records
 *   on the first event of the batch.
 * - Replies reach the client as the attacker forwarded them, if there is one.
 */

import type { Attacker } from "./attacker";
import { concatBytes, utf8 } from "./bytes";
import type { ClientWriteKind, EventBody, ReplyInfo, SessionEvent } from "./events";
import { createPrng, deriveSeed, type Prng } from "./prng";
import type { Port, Profile, World } from "./profiles";
import { type Reply, replyClass } from "./replies";
import { type GreylistStore, type ServerAction, ServerSession } from "./server";
import { TIMING } from "./timing";
import {
  appDataRecord,
  buildClientHello,
  closeNotifyRecord,
  FLIGHT_LABELS,
  flightRecords,
  TLS_SESSION,
} from "./tls";
import { plaintextRecord, type WireRecord, wireBytes } from "./wire";

export interface ClientWrite {
  what: ClientWriteKind;
  /** Text lines, each sent with CRLF. */
  lines?: string[];
  /** Or raw octets (sent as they are). */
  raw?: Uint8Array;
  /** A description of raw octets for transcripts. */
  describe?: string;
}

export interface ClientView {
  /** Replies that reached the client, in order. */
  replies: ReplyInfo[];
  closed: boolean;
  reset: boolean;
}

export interface RunContext {
  events: SessionEvent[];
  clock: { t: number };
  seed: number;
  greylist: GreylistStore;
  queueSerial: { next: number };
}

export function toReplyInfo(r: Reply): ReplyInfo {
  return { id: r.id, code: r.code, enhanced: r.enhanced, class: replyClass(r.code), lines: [...r.lines] };
}

function lineBytes(lines: readonly string[]): Uint8Array {
  return utf8(lines.map((l) => `${l}\r\n`).join(""));
}

export class Connection {
  readonly server: ServerSession;
  readonly port: Port;
  /** Whether the client's side of the connection is inside TLS. */
  clientTls = false;
  closed = false;
  reset = false;
  readonly #prng: Prng;
  #inbox: ReplyInfo[] = [];
  readonly #ctx: RunContext;
  readonly #attacker: Attacker | null;

  constructor(
    ctx: RunContext,
    readonly conn: number,
    readonly profile: Profile,
    readonly world: World,
    attacker: Attacker | null = null,
  ) {
    this.#ctx = ctx;
    this.#attacker = attacker;
    this.port = profile.port;
    this.#prng = createPrng(deriveSeed(ctx.seed, `wire-${conn}`));
    this.server = new ServerSession({
      profile,
      world,
      seed: deriveSeed(ctx.seed, `server-${conn}`),
      greylist: ctx.greylist,
      queueSerial: ctx.queueSerial,
    });
  }

  get t(): number {
    return this.#ctx.clock.t;
  }

  emit(body: EventBody, t = this.#ctx.clock.t): SessionEvent {
    const e = { seq: this.#ctx.events.length, t, conn: this.conn, ...body } as SessionEvent;
    this.#ctx.events.push(e);
    return e;
  }

  #advance(to: number): void {
    if (to > this.#ctx.clock.t) this.#ctx.clock.t = to;
  }

  #take(): ClientView {
    const v = { replies: this.#inbox, closed: this.closed, reset: this.reset };
    this.#inbox = [];
    return v;
  }

  /** The client connects; with "tls" it sends a ClientHello straight away (465, or the wrong-mode j2 client). */
  open(clientStarts: "plaintext" | "tls"): ClientView {
    const t0 = this.#ctx.clock.t;
    this.emit({
      kind: "Connected",
      port: this.port,
      profile: this.profile.id,
      clientStarts,
      clientAddr: this.world.clientAddr,
      serverAddr: this.world.serverAddr,
      serverHost: this.world.hostname,
      attacker: this.#attacker !== null,
    });
    if (clientStarts === "plaintext") {
      this.#serverActions(this.server.open(t0 + TIMING.serverMs), t0 + TIMING.serverMs);
      return this.#take();
    }
    this.#handshake(this.profile.tls.wrapper ? "implicit" : "tls-first", () => {
      this.#serverActions(this.server.open(t0 + TIMING.serverMs), t0 + TIMING.serverMs);
    });
    return this.#take();
  }

  /** After "220 Ready to start TLS": the client's handshake. */
  startTls(): ClientView {
    this.#handshake("starttls");
    return this.#take();
  }

  #tlsVia: "starttls" | "implicit" | "tls-first" = "starttls";

  #handshake(via: "starttls" | "implicit" | "tls-first", beforeServerReads?: () => void): void {
    const t0 = this.#ctx.clock.t;
    this.#tlsVia = via;
    this.emit({ kind: "TlsHandshakeStarted", via }, t0);
    const hello = buildClientHello(this.#prng, via === "tls-first" ? "mail.example.test" : null);
    const helloWire = flightRecords("client-hello", this.#prng, hello);
    this.emit(
      {
        kind: "TlsFlight",
        from: "client",
        flight: "client-hello",
        via,
        label: FLIGHT_LABELS["client-hello"],
        bytes: wireBytes(helloWire),
        wire: helloWire,
      },
      t0,
    );
    beforeServerReads?.();
    const tIn = t0 + this.#hop();
    const actions = this.server.receive({ type: "client-hello", raw: hello }, tIn);
    const sh = actions.findIndex((a) => a.type === "tls-flight" && a.flight === "server-hello");
    if (sh < 0) {
      // The server read the ClientHello as SMTP text (587) or dropped it: no handshake.
      const before = this.#inbox.length;
      this.#serverActions(actions, tIn);
      if (this.#inbox.length > before || this.#inbox.length) {
        this.emit({
          kind: "ClientNote",
          text: "client TLS library on the server's bytes: [SSL: WRONG_VERSION_NUMBER] wrong version number",
        });
      }
      this.emit({ kind: "TlsFailed", reason: "wrong version number: the server answered in plaintext" });
      return;
    }
    const tServer = tIn + TIMING.tlsCryptoMs;
    const sWire = flightRecords("server-hello", this.#prng);
    this.emit(
      {
        kind: "TlsFlight",
        from: "server",
        flight: "server-hello",
        via,
        label: FLIGHT_LABELS["server-hello"],
        bytes: wireBytes(sWire),
        wire: sWire,
      },
      tServer,
    );
    const tClient = tServer + this.#hop() + TIMING.tlsCryptoMs;
    this.#advance(tClient);
    const cWire = flightRecords("client-finished", this.#prng);
    this.emit(
      {
        kind: "TlsFlight",
        from: "client",
        flight: "client-finished",
        via,
        label: FLIGHT_LABELS["client-finished"],
        bytes: wireBytes(cWire),
        wire: cWire,
      },
      tClient,
    );
    this.clientTls = true;
    this.emit(
      {
        kind: "TlsEstablished",
        version: TLS_SESSION.version,
        cipher: TLS_SESSION.cipher,
        bits: TLS_SESSION.bits,
        peerDn: `/CN=${this.world.hostname}`,
      },
      tClient,
    );
    if (this.#attacker) this.emit({ kind: "AttackerBlind", bytes: 0 }, tClient);
    const tIn2 = tClient + this.#hop();
    this.#serverActions(this.server.receive({ type: "client-finished" }, tIn2), tIn2);
  }

  #hop(): number {
    return this.#attacker ? 2 * TIMING.oneWayMs + TIMING.attackerMs : TIMING.oneWayMs;
  }

  /** One client write: a command, a pipelined batch, a message, or raw octets. */
  send(writes: ClientWrite[]): ClientView {
    if (this.closed || this.reset || !writes.length) return this.#take();
    const t0 = this.#ctx.clock.t;
    const parts = writes.map((w) => w.raw ?? lineBytes(w.lines ?? []));
    const data = concatBytes(parts);
    const tls = this.clientTls;
    const wire: WireRecord[] = tls ? [appDataRecord(data.length, this.#prng)] : [plaintextRecord(data)];
    writes.forEach((w, i) => {
      const lines = w.lines ?? [w.describe ?? `[${w.raw?.length ?? 0} octets]`];
      const first = lines[0] ?? "";
      this.emit(
        {
          kind: "ClientSent",
          from: "client",
          tls,
          what: w.what,
          lines,
          command: w.what === "command" ? (first.trim().split(/\s+/)[0] ?? "").toUpperCase() || null : null,
          bytes: parts[i]?.length ?? 0,
          wire: i === 0 ? wire : [],
          ...(writes.length > 1 ? { batch: { index: i, size: writes.length } } : {}),
          ...(this.#attacker ? { via: "attacker" as const } : {}),
        },
        t0,
      );
    });
    let forward = data;
    if (this.#attacker && !tls) {
      const res = this.#attacker.fromClient(data);
      for (const ev of res.events) this.emit(ev, t0 + TIMING.oneWayMs);
      if (res.forward !== data) {
        forward = res.forward;
        const fwdLines = res.forwardLines;
        const fWire = [plaintextRecord(forward)];
        this.emit(
          {
            kind: "AttackerForwarded",
            to: "server",
            tls: false,
            lines: fwdLines,
            original: writes.flatMap((w) => w.lines ?? []),
            bytes: forward.length,
            wire: fWire,
          },
          t0 + TIMING.oneWayMs + TIMING.attackerMs,
        );
      }
    }
    const tIn = t0 + this.#hop();
    const input = tls ? { type: "bytes" as const, data: forward } : { type: "bytes" as const, data: forward };
    this.#serverActions(this.server.receive(input, tIn), tIn);
    if (this.#ctx.clock.t === t0) this.#advance(t0 + TIMING.clientMs);
    return this.#take();
  }

  /** The client waits (for a greeting that never comes, or before giving up). */
  wait(ms: number, reason: "no-greeting" | "retry-later" | "client-gave-up" | "server-delay"): void {
    this.emit({ kind: "Waited", ms, reason });
    this.#advance(this.#ctx.clock.t + ms);
  }

  /** The client closes its side (FIN, after a close_notify alert inside TLS). */
  closeByClient(): void {
    if (this.closed || this.reset) return;
    const wire = this.clientTls ? [closeNotifyRecord(this.#prng)] : [];
    this.emit({ kind: "ConnectionClosed", by: "client", wire });
    this.server.receive({ type: "gone" }, this.#ctx.clock.t + TIMING.oneWayMs);
    this.closed = true;
    this.#advance(this.#ctx.clock.t + TIMING.oneWayMs);
  }

  /** Turns the server's actions into events and delivers replies to the client (through the attacker). */
  #serverActions(actions: ServerAction[], tIn: number): void {
    let t = tIn + TIMING.serverMs;
    let batch: Array<Extract<ServerAction, { type: "reply" }>> = [];
    const flush = () => {
      if (!batch.length) return;
      for (const r of batch) t += r.delayMs;
      this.#deliverReplies(batch, t);
      batch = [];
    };
    for (const a of actions) {
      if (a.type === "reply") {
        if (batch.length && batch[0]?.tls !== a.tls) flush();
        batch.push(a);
        continue;
      }
      flush();
      switch (a.type) {
        case "tls-flight": {
          if (a.flight === "new-session-ticket") {
            const w = flightRecords("new-session-ticket", this.#prng);
            this.emit(
              {
                kind: "TlsFlight",
                from: "server",
                flight: "new-session-ticket",
                via: this.#tlsVia,
                label: FLIGHT_LABELS["new-session-ticket"],
                bytes: wireBytes(w),
                wire: w,
              },
              t,
            );
            this.#advance(t + this.#hop());
          }
          break;
        }
        case "notice": {
          const n = a.notice;
          if (n.kind === "TlsEstablished") break; // reported from the client's side
          if (n.kind === "MessageQueued") {
            const { content: _c, helo: _h, ...rest } = n;
            this.emit(rest, t);
          } else {
            this.emit(n, t);
          }
          break;
        }
        case "close": {
          const wire = a.tls ? [closeNotifyRecord(this.#prng)] : [];
          this.emit({ kind: "ConnectionClosed", by: "server", wire }, t);
          this.closed = true;
          this.#advance(t + this.#hop());
          break;
        }
        case "reset":
          this.emit({ kind: "ConnectionReset", by: "server" }, t);
          this.reset = true;
          this.#advance(t + this.#hop());
          break;
      }
    }
    flush();
  }

  #deliverReplies(batch: Array<Extract<ServerAction, { type: "reply" }>>, t: number): void {
    const tls = batch[0]?.tls ?? false;
    const allLines = batch.flatMap((b) => b.reply.lines);
    const bytes = lineBytes(allLines);
    const wire: WireRecord[] = tls ? [appDataRecord(bytes.length, this.#prng)] : [plaintextRecord(bytes)];
    const infos = batch.map((b) => toReplyInfo(b.reply));
    const rewrite = this.#attacker && !tls ? this.#attacker.fromServer(infos) : null;
    const intercepted = rewrite?.changed ?? false;
    batch.forEach((b, i) => {
      this.emit(
        {
          kind: "ServerReplied",
          to: intercepted ? "attacker" : "client",
          tls,
          reply: infos[i] as ReplyInfo,
          answers: b.answers,
          bytes: lineBytes(b.reply.lines).length,
          wire: i === 0 ? wire : [],
          delayMs: b.delayMs,
          ...(batch.length > 1 ? { batch: { index: i, size: batch.length } } : {}),
          ...(this.#attacker ? { via: "attacker" as const } : {}),
        },
        t,
      );
    });
    if (rewrite?.changed) {
      const tFwd = t + TIMING.oneWayMs + TIMING.attackerMs;
      for (const ev of rewrite.events) this.emit(ev, tFwd);
      const fwdBytes = lineBytes(rewrite.replies.flatMap((r) => r.lines));
      const fWire = [plaintextRecord(fwdBytes)];
      rewrite.replies.forEach((r, i) => {
        this.emit(
          {
            kind: "AttackerForwarded",
            to: "client",
            tls: false,
            lines: r.lines,
            original: infos[i]?.lines ?? [],
            reply: r,
            answers: batch[i]?.answers ?? "",
            bytes: lineBytes(r.lines).length,
            wire: i === 0 ? fWire : [],
          },
          tFwd,
        );
      });
      this.#inbox.push(...rewrite.replies);
    } else {
      this.#inbox.push(...infos);
    }
    this.#advance(t + this.#hop());
  }
}
