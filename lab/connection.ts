/**
 * One SMTP connection to the live lab: the I/O shell around the engine's `LiveSession` (lib/smtp/live.ts).
 * Octets in, octets out; a real TLS upgrade (node's tls) when the engine has answered 220 to STARTTLS,
 * TLS from the first byte on the implicit-TLS listener; timers for the scaled RFC 5321 §4.5.3.2 timeouts.
 *
 * Rules of this module:
 * - It decides nothing about SMTP. What to answer, when to start TLS, when to close or reset, what a
 *   message is: all of it comes back from the engine as operations, which run here in order.
 * - Every error event of every object it creates (net.Socket, the tap, tls.TLSSocket) has a handler, and
 *   every handler is guarded: one broken client can never take the process or another session down.
 * - Timers reset only when the engine reads a whole unit (a line, a DATA line, a TLS flight): a client
 *   trickling bytes (slowloris) is cut off like a silent one. A connection never outlives `sessionMs`.
 */
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { type SecureContext, TLSSocket } from "node:tls";
import { EPOCH_MS, LAB_WORLD, type LiveOp, LiveSession, type Port, type World } from "@/lib/smtp";
import type { LabConfig } from "./config";
import type { ClientLimiter } from "./limits";
import type { Mailbox } from "./mailbox";
import type { SessionRecord, SessionStore } from "./sessions";
import { Tap } from "./tap";

export interface LabContext {
  config: LabConfig;
  secureContext: SecureContext;
  limiter: ClientLimiter;
  sessions: SessionStore;
  mailbox: Mailbox;
  queueSerial: { next: number };
  world: World;
  active: Set<LabConnection>;
  log: (line: string) => void;
  stats: { connections: number; errors: number; messages: number };
}

export interface ListenerInfo {
  port: number;
  profile: Port;
}

/** Stop reading from a client whose replies pile up unread (a pipelining flood). */
const WRITE_HIGH_WATER = 1024 * 1024;
/** After the server closes, how long the client gets to close its side. */
const CLOSE_GRACE_MS = 5000;

export function plainAddress(a: string | undefined): string {
  if (!a) return "unknown";
  return a.startsWith("::ffff:") ? a.slice(7) : a;
}

function cipherBits(name: string): number {
  if (/CHACHA20|256/.test(name)) return 256;
  if (/128/.test(name)) return 128;
  return 0;
}

export class LabConnection {
  readonly rec: SessionRecord;
  private readonly live: LiveSession;
  private readonly t0 = performance.now();
  private readonly peer: string;
  private tls: TLSSocket | null = null;
  private tap: Tap | null = null;
  private mode: "plain" | "tls-pending" | "tls" = "plain";
  private early: Buffer[] = [];
  private pending: LiveOp[] = [];
  private pumping = false;
  private waiting = false;
  private finished = false;
  private serverClosed = false;
  private inputPaused = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private lifeTimer: ReturnType<typeof setTimeout> | null = null;
  private delayTimer: ReturnType<typeof setTimeout> | null = null;
  private graceTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly onPlain = (chunk: Buffer) =>
    this.guard(() => {
      if (this.mode === "plain") this.feed(this.live.plaintext(chunk, this.now()));
      else if (this.mode === "tls-pending" && this.early.length < 64) this.early.push(chunk);
    });

  constructor(
    private readonly sock: Socket,
    readonly listener: ListenerInfo,
    private readonly ctx: LabContext,
  ) {
    this.peer = plainAddress(sock.remoteAddress);
    const local = plainAddress(sock.localAddress);
    ctx.active.add(this);
    ctx.stats.connections++;
    const verdict = ctx.limiter.admit(this.peer);
    this.rec = ctx.sessions.open(listener.port, listener.profile, this.peer);
    const world: World = {
      ...ctx.world,
      clientAddr: this.peer,
      clientName: this.peer === "127.0.0.1" || this.peer === "::1" ? "localhost" : "unknown",
      serverAddr: local,
    };
    this.live = new LiveSession({
      port: listener.profile,
      world,
      seed: this.rec.n,
      queueSerial: ctx.queueSerial,
      clockOffset: Date.now() - EPOCH_MS,
      keepLimit: ctx.config.limits.messageSizeLimit,
      ...(verdict === "ok" ? {} : { refuse: "too-many-connections" as const }),
      mailRate: () => ctx.limiter.mailAllowed(this.peer),
    });
    sock.setNoDelay(true);
    sock.on("error", (err) => this.guard(() => this.onSocketError(err)));
    sock.on("close", () => this.guard(() => this.finish()));
    sock.on("data", this.onPlain);
    this.lifeTimer = setTimeout(
      () => this.guard(() => this.feed(this.live.timeout(this.now()))),
      ctx.config.timeouts.sessionMs,
    );
    this.guard(() => {
      this.feed(this.live.open(this.now()));
      if (this.live.wantsTls && this.mode === "plain") this.startTls();
      this.armIdle();
    });
  }

  private now(): number {
    return performance.now() - this.t0;
  }

  /** Runs a handler; anything unexpected ends this connection only. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.ctx.stats.errors++;
      this.ctx.log(`[lab] internal error on ${this.rec.id}: ${String(err)}`);
      this.destroy();
    }
  }

  private feed(ops: LiveOp[]): void {
    if (!ops.length) return;
    this.pending.push(...ops);
    this.pump();
  }

  /** Performs the engine's operations in order; a delayed write holds the ones after it. */
  private pump(): void {
    if (this.pumping || this.waiting) return;
    this.pumping = true;
    try {
      while (this.pending.length && !this.waiting) {
        const op = this.pending.shift() as LiveOp;
        switch (op.op) {
          case "events":
            this.rec.append(op.events);
            this.ctx.sessions.changed(this.rec);
            if (
              op.events.some(
                (e) =>
                  e.kind === "ClientSent" ||
                  e.kind === "TlsEstablished" ||
                  (e.kind === "TlsFlight" && e.from === "client"),
              )
            ) {
              this.armIdle();
            }
            break;
          case "write":
            if (op.delayMs > 0 && this.ctx.config.delayScale > 0) {
              this.waiting = true;
              this.delayTimer = setTimeout(
                () =>
                  this.guard(() => {
                    this.delayTimer = null;
                    this.waiting = false;
                    this.write(op.bytes);
                    this.pump();
                  }),
                op.delayMs * this.ctx.config.delayScale,
              );
            } else {
              this.write(op.bytes);
            }
            break;
          case "start-tls":
            this.startTls();
            break;
          case "close":
            this.closeByServer();
            break;
          case "reset":
            this.resetByServer();
            break;
          case "message":
            this.ctx.stats.messages++;
            this.ctx.mailbox.add(op.message, this.rec.id).catch((err) => {
              this.ctx.log(`[lab] mailbox: ${String(err)}`);
            });
            break;
        }
      }
    } finally {
      this.pumping = false;
    }
    // The engine switched to TLS (220 to STARTTLS): octets arriving from now on belong to the handshake.
    if (this.live.wantsTls && this.mode === "plain" && !this.finished) this.mode = "tls-pending";
  }

  private write(bytes: Uint8Array): void {
    if (this.finished || this.serverClosed) return;
    const target = this.tls ?? this.sock;
    if (target.destroyed || !target.writable) return;
    target.write(bytes);
    if (target.writableLength > WRITE_HIGH_WATER && !this.inputPaused) {
      this.inputPaused = true;
      this.sock.pause();
      this.tls?.pause();
      target.once("drain", () =>
        this.guard(() => {
          this.inputPaused = false;
          if (!this.finished) {
            this.sock.resume();
            this.tls?.resume();
          }
        }),
      );
    }
  }

  private armIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.finished || this.live.closed) return;
    const t = this.ctx.config.timeouts;
    const mode = this.live.server.state.mode;
    const ms =
      this.live.wantsTls && !this.live.tls
        ? t.tlsMs
        : mode === "data" || mode === "bdat"
          ? t.dataMs
          : t.commandMs;
    this.idleTimer = setTimeout(() => this.guard(() => this.feed(this.live.timeout(this.now()))), ms);
  }

  private startTls(): void {
    if (this.tls || this.finished) return;
    this.mode = "tls";
    this.sock.off("data", this.onPlain);
    const early = this.early;
    this.early = [];
    const tap = new Tap(
      this.sock,
      early,
      (chunk) => this.guard(() => this.feed(this.live.tlsClientBytes(chunk, this.now()))),
      (chunk) => this.guard(() => this.feed(this.live.tlsServerBytes(chunk, this.now()))),
    );
    tap.on("error", () => {
      // The socket's own error handler reports it; the TLS socket sees the tap end.
    });
    const ts = new TLSSocket(tap, {
      isServer: true,
      secureContext: this.ctx.secureContext,
      requestCert: false,
      rejectUnauthorized: false,
    });
    this.tap = tap;
    this.tls = ts;
    ts.on("secure", () =>
      this.guard(() => {
        const c = ts.getCipher();
        const version = ts.getProtocol() ?? c?.version ?? "TLSv1.3";
        const cipher = c?.standardName ?? c?.name ?? "unknown";
        this.feed(this.live.tlsEstablished({ version, cipher, bits: cipherBits(cipher) }, this.now()));
      }),
    );
    ts.on("data", (d: Buffer) => this.guard(() => this.feed(this.live.tlsData(d, this.now()))));
    ts.on("error", (err: NodeJS.ErrnoException) => this.guard(() => this.onTlsError(err)));
    ts.on("close", () => this.guard(() => this.finish()));
    this.armIdle();
  }

  private onTlsError(err: NodeJS.ErrnoException): void {
    if (this.finished) return;
    const code = err.code ?? "";
    if (code === "ECONNRESET" || code === "EPIPE" || code === "ERR_STREAM_PREMATURE_CLOSE") {
      this.feed(this.live.clientClosed(this.now(), "reset"));
      this.destroy();
      return;
    }
    // The TLS library refused what the client sent: the engine says what the server does (reset, per j1).
    this.feed(this.live.tlsFailed(`${code} ${err.message}`.trim(), this.now()));
    if (!this.live.closed) this.destroy();
  }

  private onSocketError(err: NodeJS.ErrnoException): void {
    if (this.finished) return;
    this.feed(this.live.clientClosed(this.now(), err.code === "ECONNRESET" ? "reset" : "closed"));
    this.destroy();
  }

  private closeByServer(): void {
    if (this.serverClosed) return;
    this.serverClosed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.tls && !this.tls.destroyed) this.tls.end();
    else if (!this.sock.destroyed) this.sock.end();
    this.graceTimer = setTimeout(() => this.guard(() => this.destroy()), CLOSE_GRACE_MS);
  }

  private resetByServer(): void {
    this.serverClosed = true;
    if (!this.sock.destroyed) {
      if (typeof this.sock.resetAndDestroy === "function") this.sock.resetAndDestroy();
      else this.sock.destroy();
    }
    this.destroy();
  }

  /** Ends this connection now (lab shutdown, internal error). */
  destroy(): void {
    if (!this.sock.destroyed) this.sock.destroy();
    if (this.tls && !this.tls.destroyed) this.tls.destroy();
    if (this.tap && !this.tap.destroyed) this.tap.destroy();
    this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    if (!this.live.closed) this.feed(this.live.clientClosed(this.now()));
    this.finished = true;
    for (const timer of [this.idleTimer, this.lifeTimer, this.delayTimer, this.graceTimer]) {
      if (timer) clearTimeout(timer);
    }
    this.idleTimer = this.lifeTimer = this.delayTimer = this.graceTimer = null;
    // Writes held behind a delay can no longer go out, but what happened is still recorded and kept.
    for (const op of this.pending) {
      if (op.op === "events") this.rec.append(op.events);
      if (op.op === "message") {
        this.ctx.stats.messages++;
        this.ctx.mailbox.add(op.message, this.rec.id).catch(() => undefined);
      }
    }
    this.pending = [];
    this.ctx.active.delete(this);
    this.ctx.limiter.release(this.peer);
    this.ctx.sessions.close(this.rec);
    if (!this.sock.destroyed) this.sock.destroy();
    if (this.tls && !this.tls.destroyed) this.tls.destroy();
  }
}

export function labWorld(config: LabConfig): World {
  return {
    ...LAB_WORLD,
    messageSizeLimit: config.limits.messageSizeLimit,
    saslAccounts: config.accessCode ? [{ user: "*", password: config.accessCode }] : LAB_WORLD.saslAccounts,
  };
}
