/**
 * The live driver: one `ServerSession` driven by a real socket (the live lab, `lab/`), sans-I/O like the
 * session itself. The caller feeds what its sockets saw (octets, TLS records both ways, "TLS is up",
 * "TLS failed", "timeout", "client gone") with the time since the connection opened; it gets back
 * operations to perform in order (write these octets after this delay, start TLS now, close, reset) and
 * the event log, in the same `SessionEvent` vocabulary as the simulator, so the site's stage, transcript,
 * eavesdropper view and narration replay a real session unchanged.
 *
 * Rules of this module:
 * - Every protocol decision is the session's (server.ts): what to answer, when TLS starts, when to close
 *   or reset, what a message is. This module only frames what the socket saw into events and turns the
 *   session's actions into operations. It reads the session's trace ("input" actions) to know which
 *   octets were a command, an AUTH response, a DATA line or a BDAT chunk.
 * - Pure and deterministic like the rest of lib/smtp: no I/O, no clock (times come in as arguments, and
 *   the date for Received: lines as `clockOffset`), no randomness (placeholder ciphertext is seeded).
 * - The wire is real where the socket shows it: plaintext octets as received, every TLS record the client
 *   sent, the handshake flights both ways and the server's session tickets. The only modelled records are
 *   the server's own application data and close_notify, whose size follows from the negotiated cipher
 *   (TLS 1.3: SMTP octets + 17, RFC 8446 §5.2) and whose ciphertext preview is a seeded placeholder.
 * - Bounded for hostile clients: at most `maxEvents` events, `maxLines` lines per event, `textLimit`
 *   octets of text per wire record, `keepLimit` octets of a message kept for the mailbox. Never throws.
 */

import { concatBytes, fromUtf8, printable, toHex, utf8 } from "./bytes";
import type { ClientWriteKind, EventBody, ReplyInfo, SessionEvent, SessionLog } from "./events";
import { summarize } from "./events";
import { createPrng, deriveSeed, type Prng } from "./prng";
import { LAB_WORLD, type Port, type ProfileOverrides, resolveProfile, type World } from "./profiles";
import { replyClass } from "./replies";
import { type ServerAction, ServerSession, type TracedInput } from "./server";
import {
  HEX_PREVIEW,
  type PlaintextRecord,
  type TlsContentType,
  type TlsRecord,
  type WireRecord,
} from "./wire";

export interface LiveOptions {
  /** The listener's profile (the lab's 2587 listener is the 587 profile). */
  port: Port;
  /** The world as this connection sees it: real client and server addresses, accounts, size limit. */
  world?: World;
  overrides?: ProfileOverrides;
  seed?: number;
  queueSerial?: { next: number };
  /** Engine time of the connection's start (ms since EPOCH_MS, clock.ts), for dates in Received: lines. */
  clockOffset?: number;
  /** anvil(8) refused the connection (too many, or too fast): the greeting is 421. */
  refuse?: "too-many-connections";
  /** anvil(8)'s message rate, asked once per MAIL (server.ts `mailRate`). */
  mailRate?: () => boolean;
  /** Caps for hostile clients. */
  maxEvents?: number;
  maxLines?: number;
  textLimit?: number;
  keepLimit?: number;
}

/** A message the session accepted (250 after DATA or BDAT LAST), as stored, before any trace header. */
export interface LiveMessage {
  queueId: string;
  from: string;
  to: string[];
  /** Size as the session counted it. */
  size: number;
  tls: boolean;
  authUser: string | null;
  /** The Received: header the server prepends (RFC 5321 §4.4), lines joined with LF. */
  received: string;
  /** The message octets (dot-stuffing removed, lines ending in CRLF), at most `keepLimit`. */
  raw: Uint8Array;
  /** True when `raw` holds only the start of the message. */
  truncated: boolean;
}

export type LiveOp =
  | { op: "events"; events: SessionEvent[] }
  | { op: "write"; bytes: Uint8Array; delayMs: number }
  /** Start TLS on the socket now: the next octets from the client are its ClientHello. */
  | { op: "start-tls" }
  | { op: "close" }
  | { op: "reset" }
  | { op: "message"; message: LiveMessage };

export interface TlsInfo {
  /** "TLSv1.3", "TLSv1.2". */
  version: string;
  /** The negotiated cipher's standard name, e.g. "TLS_AES_256_GCM_SHA384". */
  cipher: string;
  bits: number;
}

const TLS_TYPES = new Set([20, 21, 22, 23]);
const HANDSHAKE_NAMES: Record<number, string> = {
  1: "ClientHello",
  2: "ServerHello",
  4: "NewSessionTicket",
  8: "EncryptedExtensions",
  11: "Certificate",
  12: "ServerKeyExchange",
  13: "CertificateRequest",
  14: "ServerHelloDone",
  15: "CertificateVerify",
  16: "ClientKeyExchange",
  20: "Finished",
};

/** Octets a TLS record adds to the data it carries, for the ciphers the lab offers. */
export function recordOverhead(tls: TlsInfo): number {
  if (tls.version === "TLSv1.3") return 17; // RFC 8446 §5.2: 16-octet tag + inner content type
  if (/CHACHA20/i.test(tls.cipher)) return 16; // RFC 7905: tag only
  if (/GCM|CCM/i.test(tls.cipher)) return 24; // RFC 5288 §3: 8-octet explicit nonce + 16-octet tag
  return 17;
}

/** An incremental TLS record reader for one direction of the stream (RFC 8446 §5.1 headers). */
class RecordReader {
  private head: number[] = [];
  private left = 0;
  private cur: { type: number; version: number; length: number; shown: number[] } | null = null;
  /** After a ChangeCipherSpec (TLS 1.2) handshake records are encrypted. */
  private encrypted = false;

  /** Complete records in `data` (a record cut across chunks comes out with the chunk that ends it). */
  read(data: Uint8Array): TlsRecord[] {
    const out: TlsRecord[] = [];
    let i = 0;
    while (i < data.length) {
      if (!this.cur) {
        this.head.push(data[i++] as number);
        if (this.head.length < 5) continue;
        const [type, v1, v2, l1, l2] = this.head as [number, number, number, number, number];
        this.head = [];
        this.cur = { type, version: (v1 << 8) | v2, length: (l1 << 8) | l2, shown: [type, v1, v2, l1, l2] };
        this.left = this.cur.length;
        if (this.left === 0) out.push(this.finish());
        continue;
      }
      const n = Math.min(this.left, data.length - i);
      const want = HEX_PREVIEW - this.cur.shown.length;
      for (let k = 0; k < Math.min(want, n); k++) this.cur.shown.push(data[i + k] as number);
      i += n;
      this.left -= n;
      if (this.left === 0) out.push(this.finish());
    }
    return out;
  }

  private finish(): TlsRecord {
    const c = this.cur as NonNullable<RecordReader["cur"]>;
    this.cur = null;
    const type = (TLS_TYPES.has(c.type) ? c.type : 23) as TlsContentType;
    let label: string;
    if (c.type === 20) {
      this.encrypted = true;
      label = "ChangeCipherSpec";
    } else if (c.type === 22 && !this.encrypted) {
      label = HANDSHAKE_NAMES[c.shown[5] ?? -1] ?? "handshake";
    } else if (c.type === 22) {
      label = "encrypted handshake";
    } else if (c.type === 21) {
      label = this.encrypted ? "alert (encrypted)" : "alert";
    } else if (c.type === 23) {
      label = "encrypted record";
    } else {
      label = `not a TLS record (type 0x${c.type.toString(16).padStart(2, "0")})`;
    }
    return {
      kind: "tls",
      contentType: type,
      version: c.version === 0x0301 ? "0x0301" : "0x0303",
      length: c.length,
      tcpBytes: c.length + 5,
      label,
      hex: toHex(Uint8Array.from(c.shown)),
    };
  }
}

type HandshakeStage = "none" | "client-hello" | "server-flight" | "client-finished" | "done";

export class LiveSession {
  readonly server: ServerSession;
  readonly port: Port;
  private readonly world: World;
  private readonly prng: Prng;
  private readonly offset: number;
  private readonly maxEvents: number;
  private readonly maxLines: number;
  private readonly textLimit: number;
  private readonly keepLimit: number;
  private readonly wrapper: boolean;

  private readonly log: SessionEvent[] = [];
  private dropped = 0;
  private ops: LiveOp[] = [];
  private batch: SessionEvent[] = [];

  private connected = false;
  private openedAt = 0;
  private ended = false;
  /** The server closed or reset (no more input is read). */
  private done = false;
  /** Whether the socket carries TLS now (set when the handshake is done). */
  private tlsUp = false;
  private tlsInfo: TlsInfo | null = null;
  private tlsVia: "starttls" | "implicit" = "implicit";
  /** The socket is in TLS mode (raw octets go to the TLS library), handshake done or not. */
  private tlsMode = false;
  private stage: HandshakeStage = "none";
  private clientReader = new RecordReader();
  private serverReader = new RecordReader();
  private flight: TlsRecord[] = [];
  /** TLS 1.2: the server's last flight (ticket, ChangeCipherSpec, Finished) after the client's Finished. */
  private serverTail: TlsRecord[] = [];
  private flightT = 0;
  /** The first octets of the client in TLS mode, as they came (they may not be TLS at all: j1). */
  private tlsFirst: Uint8Array[] = [];
  private tlsFirstBytes = 0;
  private notTls = false;
  /** Lengths of the server's application-data records still to be seen on the wire (session tickets are the rest). */
  private expected: number[] = [];

  /** Client wire records not yet attached to a client event. */
  private pendingWire: WireRecord[] = [];
  /** Octets of a ClientHello sent to a plaintext listener still to be read as "lines" (j2). */
  private binaryLeft = 0;
  private sawClientBytes = false;

  /** A DATA body or BDAT chunk being read: display lines and octets so far. */
  private body: { what: ClientWriteKind; lines: string[]; more: number; octets: number; t: number } | null =
    null;
  /** The message being received, as stored, for the mailbox. */
  private msg: Uint8Array[] = [];
  private msgBytes = 0;
  private msgCut = false;

  constructor(opts: LiveOptions) {
    this.port = opts.port;
    this.world = opts.world ?? LAB_WORLD;
    const seed = opts.seed ?? 1;
    this.prng = createPrng(deriveSeed(seed, "live-wire"));
    this.offset = opts.clockOffset ?? 0;
    this.maxEvents = opts.maxEvents ?? 5000;
    this.maxLines = opts.maxLines ?? 400;
    this.textLimit = opts.textLimit ?? 16_384;
    this.keepLimit = opts.keepLimit ?? this.world.messageSizeLimit;
    const profile = resolveProfile(opts.port, opts.overrides);
    this.wrapper = profile.tls.wrapper;
    this.server = new ServerSession({
      profile,
      world: this.world,
      seed: deriveSeed(seed, "server-1"),
      queueSerial: opts.queueSerial,
      trace: true,
      ...(opts.refuse ? { refuse: opts.refuse } : {}),
      ...(opts.mailRate ? { mailRate: opts.mailRate } : {}),
    });
  }

  /** Every event so far (at most maxEvents, plus a note when more were left out). */
  get events(): readonly SessionEvent[] {
    return this.log;
  }

  /** True once the server closed or reset the connection, or the client went away. */
  get closed(): boolean {
    return this.done || this.ended;
  }

  get tls(): boolean {
    return this.tlsUp;
  }

  /** The socket should be in TLS mode (after 220 to STARTTLS, or from the first byte on 465). */
  get wantsTls(): boolean {
    return this.tlsMode;
  }

  sessionLog(): SessionLog {
    return {
      kind: "session",
      scenarioId: null,
      port: this.port,
      seed: 0,
      events: [...this.log],
      outcome: summarize(this.log),
    };
  }

  /** The TCP connection is up. On 465 the socket is in TLS mode from the first byte (RFC 8314 §3.3). */
  open(t: number): LiveOp[] {
    return this.run(() => {
      this.openedAt = t;
      if (this.wrapper) {
        this.tlsMode = true;
        this.tlsVia = "implicit";
        this.apply(this.server.open(this.at(t)), t);
        return;
      }
      this.connect("plaintext", t);
      this.apply(this.server.open(this.at(t)), t);
    });
  }

  /** Octets from the client while the socket is not in TLS mode. */
  plaintext(data: Uint8Array, t: number): LiveOp[] {
    return this.run(() => {
      if (this.done || !data.length) return;
      if (!this.sawClientBytes) {
        this.sawClientBytes = true;
        // A TLS handshake record sent to a plaintext listener (reference j2): the server reads it as text.
        if (data[0] === 0x16 && data[1] === 0x03 && data.length >= 5) {
          const reader = new RecordReader();
          const length = ((data[3] as number) << 8) | (data[4] as number);
          const whole = data.subarray(0, Math.min(data.length, length + 5));
          const recs = reader.read(whole);
          const rec: TlsRecord = recs[0] ?? {
            kind: "tls",
            contentType: 22,
            version: data[2] === 1 ? "0x0301" : "0x0303",
            length,
            tcpBytes: length + 5,
            label: "ClientHello",
            hex: toHex(data, HEX_PREVIEW),
          };
          this.binaryLeft = length + 5;
          this.emit({ kind: "TlsHandshakeStarted", via: "tls-first" }, t);
          this.emit(
            {
              kind: "TlsFlight",
              from: "client",
              flight: "client-hello",
              via: "tls-first",
              label: rec.label,
              bytes: length + 5,
              wire: [rec],
            },
            t,
          );
          if (data.length > length + 5) this.pendingWire.push(this.plainRecord(data.subarray(length + 5)));
          this.apply(this.server.receive({ type: "bytes", data }, this.at(t)), t);
          return;
        }
      }
      this.pendingWire.push(this.plainRecord(data));
      this.apply(this.server.receive({ type: "bytes", data }, this.at(t)), t);
    });
  }

  /** Raw octets from the client while the socket is in TLS mode (before the TLS library reads them). */
  tlsClientBytes(data: Uint8Array, t: number): LiveOp[] {
    return this.run(() => {
      if (this.done || !data.length) return;
      if (this.stage === "none") {
        if (this.tlsFirstBytes === 0 && !TLS_TYPES.has(data[0] as number)) this.notTls = true;
        if (this.tlsFirstBytes < 65_536) {
          this.tlsFirst.push(data);
          this.tlsFirstBytes += data.length;
        }
        if (this.notTls) return; // plaintext on an implicit-TLS port (j1): the TLS library will refuse it
        this.stage = "client-hello";
        if (this.wrapper) this.connect("tls", this.openedAt);
        this.emit({ kind: "TlsHandshakeStarted", via: this.tlsVia }, t);
        this.flightT = t;
      }
      const recs = this.clientReader
        .read(data)
        .map((r) =>
          r.label !== "encrypted record"
            ? r
            : { ...r, label: this.stage === "done" ? "application data" : "Finished (inferred)" },
        );
      if (this.stage === "client-hello") {
        this.flight.push(...recs);
        return;
      }
      if (this.stage === "server-flight") {
        this.endFlight("server", t);
        this.stage = "client-finished";
        this.flightT = t;
      }
      if (this.stage === "client-finished") {
        this.flight.push(...recs);
        return;
      }
      this.pendingWire.push(...recs);
    });
  }

  /** Raw octets the TLS library sends to the client (handshake flights, tickets, records, alerts). */
  tlsServerBytes(data: Uint8Array, t: number): LiveOp[] {
    return this.run(() => {
      if (!data.length || this.done) return;
      const recs = this.serverReader
        .read(data)
        .map((r) =>
          r.label === "encrypted record" && this.stage !== "done"
            ? { ...r, label: "encrypted handshake (inferred)" }
            : r,
        );
      if (!recs.length) return;
      if (this.stage === "client-hello") {
        const first = recs[0];
        if (first?.contentType !== 22) {
          // An alert instead of a ServerHello: the TLS library refused the ClientHello; tlsFailed follows.
          return;
        }
        this.endFlight("client", t);
        // The TLS library accepted a ClientHello: tell the session (it answers with its first flight).
        const raw = concatBytes(this.tlsFirst);
        this.tlsFirst = [];
        this.apply(this.server.receive({ type: "client-hello", raw }, this.at(t)), t);
        this.stage = "server-flight";
        this.flightT = t;
      }
      if (this.stage === "server-flight") {
        this.flight.push(...recs);
        return;
      }
      if (this.stage === "client-finished") {
        // TLS 1.2: the server's ticket, ChangeCipherSpec and Finished close the handshake after the client's.
        this.serverTail.push(...recs);
        return;
      }
      if (this.stage !== "done") return;
      const tickets: TlsRecord[] = [];
      for (const r of recs) {
        const at = this.expected.indexOf(r.length);
        if (r.contentType === 23 && at >= 0) {
          this.expected.splice(0, at + 1);
          continue;
        }
        if (this.tlsInfo?.version === "TLSv1.3" && r.contentType === 23)
          tickets.push({ ...r, label: "NewSessionTicket (inferred)" });
      }
      if (tickets.length) {
        this.emit(
          {
            kind: "TlsFlight",
            from: "server",
            flight: "new-session-ticket",
            via: this.tlsVia,
            label:
              tickets.length > 1
                ? `${tickets.length} × NewSessionTicket (inferred)`
                : "NewSessionTicket (inferred)",
            bytes: tickets.reduce((n, r) => n + r.tcpBytes, 0),
            wire: tickets,
          },
          t,
        );
      }
    });
  }

  /** The TLS library finished the handshake. */
  tlsEstablished(info: TlsInfo, t: number): LiveOp[] {
    return this.run(() => {
      if (this.done || this.stage === "done") return;
      if (this.stage === "server-flight") this.endFlight("server", t);
      if (this.stage === "client-finished") {
        // TLS 1.3: the client's Finished; TLS 1.2: its key exchange and Finished, then the server's.
        this.endFlight("client", t);
        const tail = this.serverTail;
        this.serverTail = [];
        if (tail.length) {
          this.emit(
            {
              kind: "TlsFlight",
              from: "server",
              flight: "new-session-ticket",
              via: this.tlsVia,
              label: flightLabel(tail),
              bytes: tail.reduce((n, r) => n + r.tcpBytes, 0),
              wire: tail,
            },
            t,
          );
        }
      }
      this.stage = "done";
      this.tlsInfo = info;
      const actions = this.server.receive({ type: "client-finished" }, this.at(t));
      this.tlsUp = true;
      this.emit(
        {
          kind: "TlsEstablished",
          version: info.version,
          cipher: info.cipher,
          bits: info.bits,
          peerDn: `/CN=${this.world.hostname}`,
        },
        t,
      );
      this.apply(actions, t);
    });
  }

  /** Decrypted application data from the client. */
  tlsData(data: Uint8Array, t: number): LiveOp[] {
    return this.run(() => {
      if (this.done || !data.length) return;
      this.apply(this.server.receive({ type: "bytes", data }, this.at(t)), t);
    });
  }

  /** The TLS library gave up (not a ClientHello, a client alert, a bad record): the session decides. */
  tlsFailed(reason: string, t: number): LiveOp[] {
    return this.run(() => {
      if (this.done || this.ended) return;
      if (this.stage === "none" || this.notTls) {
        // What the TLS library could not read as a ClientHello; the session sees the octets (reference j1).
        const raw = concatBytes(this.tlsFirst);
        this.tlsFirst = [];
        if (this.wrapper && !this.connected) {
          this.connect(this.notTls ? "plaintext" : "tls", this.openedAt);
          if (t - this.openedAt >= 1000)
            this.emit({ kind: "Waited", ms: t - this.openedAt, reason: "no-greeting" }, this.openedAt);
        }
        if (raw.length) this.clientOctets(raw, "binary", t);
        this.apply(
          this.server.receive({ type: "bytes", data: raw.length ? raw : new Uint8Array([0]) }, this.at(t)),
          t,
        );
        return;
      }
      if (this.flight.length) this.endFlight(this.stage === "server-flight" ? "server" : "client", t);
      this.emit({ kind: "TlsFailed", reason: printable(reason).slice(0, 200) }, t);
      if (this.stage !== "done") {
        this.apply(this.server.receive({ type: "bytes", data: new Uint8Array([0]) }, this.at(t)), t);
      } else {
        // A broken record inside TLS: nothing more can be read; the connection is lost.
        this.server.receive({ type: "gone" }, this.at(t));
        this.flushBody(t);
        this.emit({ kind: "ConnectionReset", by: "client" }, t);
        this.done = true;
        this.ops.push({ op: "reset" });
      }
    });
  }

  /** The client sent nothing for too long (the lab's scaled-down smtpd_timeout). */
  timeout(t: number): LiveOp[] {
    return this.run(() => {
      if (this.done) return;
      if (!this.connected) this.connect(this.wrapper ? "tls" : "plaintext", this.openedAt);
      this.flushBody(t);
      this.apply(this.server.receive({ type: "timeout" }, this.at(t)), t);
    });
  }

  /** The client closed its side, or the socket died. */
  clientClosed(t: number, how: "closed" | "reset" = "closed"): LiveOp[] {
    return this.run(() => {
      if (this.done || this.ended) {
        this.ended = true;
        return;
      }
      this.ended = true;
      if (!this.connected) this.connect(this.wrapper ? "tls" : "plaintext", this.openedAt);
      this.flushBody(t);
      this.server.receive({ type: "gone" }, this.at(t));
      if (how === "reset") this.emit({ kind: "ConnectionReset", by: "client" }, t);
      else this.emit({ kind: "ConnectionClosed", by: "client", wire: this.takeWire() }, t);
    });
  }

  // --- internals ------------------------------------------------------------------------------------

  private at(t: number): number {
    return this.offset + t;
  }

  private run(fn: () => void): LiveOp[] {
    this.ops = [];
    this.batch = [];
    try {
      fn();
    } catch (err) {
      // Defensive: a bug must not take the lab down; the connection is dropped and the log says why.
      this.emit(
        { kind: "ClientNote", text: `internal error in the live driver: ${String(err).slice(0, 200)}` },
        0,
      );
      if (!this.done) {
        this.done = true;
        this.ops.push({ op: "reset" });
      }
    }
    this.flushEvents();
    const ops = this.ops;
    this.ops = [];
    return ops;
  }

  private flushEvents(): void {
    if (this.batch.length) this.ops.push({ op: "events", events: this.batch });
    this.batch = [];
  }

  private emit(body: EventBody, t: number): void {
    if (this.log.length >= this.maxEvents) {
      this.dropped++;
      return;
    }
    if (this.log.length === this.maxEvents - 1) {
      body = { kind: "ClientNote", text: "the lab stopped recording this session here (too many events)" };
    }
    const e = {
      seq: this.log.length,
      t: Math.max(0, Math.round(t - this.openedAt)),
      conn: 1,
      ...body,
    } as SessionEvent;
    this.log.push(e);
    this.batch.push(e);
  }

  private connect(clientStarts: "plaintext" | "tls", t: number): void {
    if (this.connected) return;
    this.connected = true;
    const p = resolveProfile(this.port);
    this.emit(
      {
        kind: "Connected",
        port: this.port,
        profile: p.id,
        clientStarts,
        clientAddr: this.world.clientAddr,
        serverAddr: this.world.serverAddr,
        serverHost: this.world.hostname,
        attacker: false,
      },
      t,
    );
  }

  private endFlight(from: "client" | "server", t: number): void {
    const recs = this.flight;
    this.flight = [];
    if (!recs.length) return;
    const flight =
      from === "client"
        ? this.stage === "client-hello"
          ? "client-hello"
          : "client-finished"
        : "server-hello";
    this.emit(
      {
        kind: "TlsFlight",
        from,
        flight,
        via: this.tlsVia,
        label: flightLabel(recs),
        bytes: recs.reduce((n, r) => n + r.tcpBytes, 0),
        wire: recs,
      },
      this.flightT || t,
    );
  }

  private plainRecord(data: Uint8Array): PlaintextRecord {
    const cut = data.length > this.textLimit;
    const r: PlaintextRecord = {
      kind: "plaintext",
      length: data.length,
      tcpBytes: data.length,
      text: fromUtf8(cut ? data.subarray(0, this.textLimit) : data),
      hex: toHex(data, HEX_PREVIEW),
    };
    if (cut) r.truncated = true;
    return r;
  }

  /** Client records waiting for a client event, merged past a few so a trickling client stays small. */
  private takeWire(): WireRecord[] {
    const w = this.pendingWire;
    this.pendingWire = [];
    if (w.length <= 8) return w;
    const head = w.slice(0, 7);
    const rest = w.slice(7);
    const octets = rest.reduce((n, r) => n + r.tcpBytes, 0);
    const first = rest[0] as WireRecord;
    if (first.kind === "plaintext") {
      head.push({
        kind: "plaintext",
        length: octets,
        tcpBytes: octets,
        text: `[${rest.length} more TCP segments, ${octets} octets]`,
        hex: first.hex,
        truncated: true,
      });
    } else {
      head.push({
        ...first,
        label: `${rest.length} more records, ${octets} octets`,
        length: octets - 5,
        tcpBytes: octets,
      });
    }
    return head;
  }

  /** Octets the session never read as SMTP (the j1 client's plaintext on 465), shown as client lines. */
  private clientOctets(raw: Uint8Array, what: ClientWriteKind, t: number): void {
    const text = fromUtf8(raw.subarray(0, this.textLimit));
    const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    const first = lines[0] ?? "";
    const verb = /^[A-Za-z]+$/.test(first.split(" ")[0] ?? "")
      ? (first.split(" ")[0] ?? "").toUpperCase()
      : null;
    this.emit(
      {
        kind: "ClientSent",
        from: "client",
        tls: false,
        what: verb ? "command" : what,
        lines: this.capLines(lines),
        command: verb,
        bytes: raw.length,
        wire: [this.plainRecord(raw)],
      },
      t,
    );
  }

  private capLines(lines: string[]): string[] {
    const clip = (l: string) => (l.length > 2100 ? `${l.slice(0, 2048)}…` : l);
    if (lines.length <= this.maxLines) return lines.map(clip);
    return [...lines.slice(0, this.maxLines).map(clip), `[… ${lines.length - this.maxLines} more lines]`];
  }

  private flushBody(t: number): void {
    const b = this.body;
    if (!b) return;
    this.body = null;
    const lines = b.more ? [...b.lines, `[… ${b.more} more lines]`] : b.lines;
    this.emit(
      {
        kind: "ClientSent",
        from: "client",
        tls: this.tlsUp,
        what: b.what,
        lines,
        command: null,
        bytes: b.octets,
        wire: this.takeWire(),
      },
      b.t || t,
    );
  }

  private keep(bytes: Uint8Array, crlf: boolean): void {
    if (this.msgCut) return;
    const n = bytes.length + (crlf ? 2 : 0);
    if (this.msgBytes + n > this.keepLimit) {
      this.msgCut = true;
      return;
    }
    this.msg.push(bytes.slice());
    if (crlf) this.msg.push(CRLF);
    this.msgBytes += n;
  }

  private traced(input: TracedInput, t: number): void {
    if (this.binaryLeft > 0) {
      // Lines cut out of a ClientHello sent to a plaintext port: shown as the ClientHello flight (j2).
      this.binaryLeft -= input.octets;
      return;
    }
    if (input.mode === "data" || input.mode === "bdat") {
      if (!this.body) {
        this.body = {
          what: input.mode === "data" ? "message" : "bdat-chunk",
          lines: [],
          more: 0,
          octets: 0,
          t,
        };
      }
      const b = this.body;
      b.octets += input.octets;
      if (input.mode === "data") {
        if (b.lines.length < this.maxLines) b.lines.push(clipLine(fromUtf8(input.bytes)));
        else b.more++;
        if (!input.end) {
          // RFC 5321 §4.5.2: the server removes one leading dot (transparency) before storing the line.
          this.keep(input.bytes[0] === 0x2e ? input.bytes.subarray(1) : input.bytes, true);
        }
      } else {
        this.keep(input.bytes, false);
        const text = fromUtf8(input.bytes.subarray(0, 4096));
        const parts = text.split("\n");
        for (const p of parts) {
          if (b.lines.length < this.maxLines) b.lines.push(clipLine(p.replace(/\r$/, "")));
          else b.more++;
        }
      }
      if (input.end) this.flushBody(t);
      return;
    }
    const text = fromUtf8(input.bytes);
    const verb = input.mode === "command" ? (text.trim().split(/\s+/)[0] ?? "").toUpperCase() || null : null;
    if (verb === "MAIL") {
      this.msg = [];
      this.msgBytes = 0;
      this.msgCut = false;
    }
    this.emit(
      {
        kind: "ClientSent",
        from: "client",
        tls: this.tlsUp,
        what: input.mode === "auth" ? "auth-response" : "command",
        lines: [clipLine(text)],
        command: verb,
        bytes: input.octets,
        wire: this.takeWire(),
      },
      t,
    );
  }

  /**
   * Turns the session's actions into events and operations, in order. Replies to one read leave in one
   * write (Postfix flushes its output when its input is drained, so pipelined replies share a segment),
   * except that a delayed reply (error tarpit, SASL failure) starts a write of its own after the delay.
   */
  private apply(actions: ServerAction[], t: number): void {
    type Group = { tls: boolean; delayMs: number; events: SessionEvent[]; lines: string[] };
    let group: Group | null = null;
    let delay = 0;
    const flush = () => {
      const g: Group | null = group;
      group = null;
      if (!g) return;
      const bytes = utf8(g.lines.map((l) => `${l}\r\n`).join(""));
      const first = g.events[0];
      if (first?.kind === "ServerReplied") {
        first.wire = g.tls ? [this.appRecord(bytes.length)] : [this.plainRecord(bytes)];
      }
      if (g.events.length > 1) {
        g.events.forEach((e, i) => {
          if (e.kind === "ServerReplied") e.batch = { index: i, size: g.events.length };
        });
      }
      // Events before the group's first reply go out first; the replies' events follow their write.
      const at = first ? this.batch.indexOf(first) : -1;
      const before = at >= 0 ? this.batch.slice(0, at) : this.batch;
      const after = at >= 0 ? this.batch.slice(at) : [];
      if (before.length) this.ops.push({ op: "events", events: before });
      this.ops.push({ op: "write", bytes, delayMs: g.delayMs });
      this.batch = after;
      this.flushEvents();
    };
    for (const a of actions) {
      switch (a.type) {
        case "input":
          this.traced(a.input, t + delay);
          break;
        case "reply": {
          if (group && (a.delayMs > 0 || group.tls !== a.tls)) flush();
          delay += a.delayMs;
          const g: Group = group ?? { tls: a.tls, delayMs: a.delayMs, events: [], lines: [] };
          group = g;
          const info: ReplyInfo = {
            id: a.reply.id,
            code: a.reply.code,
            enhanced: a.reply.enhanced,
            class: replyClass(a.reply.code),
            lines: [...a.reply.lines],
          };
          g.lines.push(...a.reply.lines);
          const before = this.log.length;
          this.emit(
            {
              kind: "ServerReplied",
              to: "client",
              tls: a.tls,
              reply: info,
              answers: a.answers,
              bytes: utf8(a.reply.lines.map((l) => `${l}\r\n`).join("")).length,
              wire: [],
              delayMs: a.delayMs,
            },
            t + delay,
          );
          const e = this.log[before];
          if (this.log.length > before && e) g.events.push(e);
          break;
        }
        case "tls-flight":
          // The TLS library performs the handshake; its real flights are recorded from the socket.
          break;
        case "notice":
          this.notice(a.notice, t + delay);
          break;
        case "close":
          flush();
          this.flushBody(t + delay);
          this.emit(
            { kind: "ConnectionClosed", by: "server", wire: this.tlsUp ? [this.closeNotify()] : [] },
            t + delay,
          );
          this.done = true;
          this.flushEvents();
          this.ops.push({ op: "close" });
          break;
        case "reset":
          flush();
          this.flushBody(t + delay);
          this.emit({ kind: "ConnectionReset", by: "server" }, t + delay);
          this.done = true;
          this.flushEvents();
          this.ops.push({ op: "reset" });
          break;
      }
    }
    flush();
    const st = this.server.state;
    if (st.phase === "await-client-hello" && !this.tlsMode && !this.done) {
      // 220 to STARTTLS: whatever comes next from the client is the TLS handshake (RFC 3207 §4).
      this.tlsMode = true;
      this.tlsVia = "starttls";
      this.flushEvents();
      this.ops.push({ op: "start-tls" });
    }
  }

  private appRecord(n: number): TlsRecord {
    const length = n + recordOverhead(this.tlsInfo ?? { version: "TLSv1.3", cipher: "", bits: 0 });
    if (this.tlsInfo?.version === "TLSv1.3") this.expected.push(length);
    if (this.expected.length > 64) this.expected.shift();
    const header = [23, 3, 3, (length >> 8) & 255, length & 255];
    const body = this.prng.bytes(Math.min(HEX_PREVIEW, length + 5) - 5);
    return {
      kind: "tls",
      contentType: 23,
      version: "0x0303",
      length,
      tcpBytes: length + 5,
      label: "application data (SMTP)",
      hex: toHex(Uint8Array.from([...header, ...body])),
    };
  }

  private closeNotify(): TlsRecord {
    const length = 2 + recordOverhead(this.tlsInfo ?? { version: "TLSv1.3", cipher: "", bits: 0 });
    const type = this.tlsInfo?.version === "TLSv1.3" ? 23 : 21;
    const body = this.prng.bytes(Math.min(HEX_PREVIEW, length + 5) - 5);
    return {
      kind: "tls",
      contentType: type,
      version: "0x0303",
      length,
      tcpBytes: length + 5,
      label: "close_notify alert (inferred)",
      hex: toHex(Uint8Array.from([type, 3, 3, (length >> 8) & 255, length & 255, ...body])),
    };
  }

  private notice(n: Extract<ServerAction, { type: "notice" }>["notice"], t: number): void {
    switch (n.kind) {
      case "TlsEstablished":
        return; // reported from the TLS library's own handshake (tlsEstablished)
      case "MessageQueued": {
        const { content: _c, helo: _h, ...rest } = n;
        this.emit(rest, t);
        const raw = concatBytes(this.msg);
        this.ops.push({
          op: "message",
          message: {
            queueId: n.queueId,
            from: n.from,
            to: [...n.to],
            size: n.size,
            tls: n.tls,
            authUser: n.authUser,
            received: n.received,
            raw,
            truncated: this.msgCut,
          },
        });
        this.msg = [];
        this.msgBytes = 0;
        this.msgCut = false;
        return;
      }
      default:
        this.emit(n, t);
    }
  }

  /** Events left out because of maxEvents. */
  get droppedEvents(): number {
    return this.dropped;
  }
}

const CRLF = new Uint8Array([13, 10]);

function clipLine(l: string): string {
  return l.length > 2100 ? `${l.slice(0, 2048)}…` : l;
}

function flightLabel(recs: readonly TlsRecord[]): string {
  const names: string[] = [];
  for (const r of recs) {
    const last = names[names.length - 1];
    const name = r.label;
    if (last === name || last?.endsWith(` ${name}`)) {
      const m = /^(\d+) × (.*)$/.exec(last ?? "");
      names[names.length - 1] = m ? `${Number(m[1]) + 1} × ${m[2]}` : `2 × ${name}`;
    } else {
      names.push(name);
    }
  }
  return names.join(", ");
}
