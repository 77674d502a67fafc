/**
 * The lockstep driver: the learner (or the CLI's stdin) is the client and types raw lines.
 * - Lockstep (default): each line goes out after the reply to the previous one has arrived; DATA body
 *   lines and the final "." go without waiting (by default the whole message leaves in one write, as
 *   swaks does). A 220 reply to STARTTLS switches the following lines into TLS (the driver performs
 *   the handshake flights); on 465 TLS starts at once.
 * - Pipeline: every line leaves in one write (one TCP segment), which is how plaintext injection after
 *   STARTTLS is shown: the server discards what followed STARTTLS.
 * - Lines after the server closed are not sent (a `===` note says so); at end of input without QUIT the
 *   client closes the connection.
 *
 * Rules: never throws on any input (huge lines, control characters, NUL, non-UTF-8); incremental:
 * `send(line)` returns the events it caused, for the website's console.
 */

import { utf8 } from "./bytes";
import { type ClientWrite, Connection, type RunContext } from "./connection";
import { type ClientWriteKind, type SessionEvent, type SessionLog, summarize } from "./events";
import { LAB_WORLD, type Port, type ProfileOverrides, resolveProfile, type World } from "./profiles";
import { TIMING } from "./timing";

export interface LockstepOptions {
  port: Port;
  pipeline?: boolean;
  seed?: number;
  overrides?: ProfileOverrides;
  world?: World;
  /** "whole": a DATA body leaves in one write at the final "." (swaks); "per-line": each line at once. */
  dataWrites?: "whole" | "per-line";
}

type Line = string | Uint8Array;

const asBytes = (l: Line): Uint8Array => (typeof l === "string" ? utf8(l) : l);
const asText = (l: Line): string => (typeof l === "string" ? l : new TextDecoder().decode(l));
const isDot = (l: Line): boolean => asText(l) === ".";

export class Lockstep {
  readonly ctx: RunContext;
  readonly #conn: Connection;
  readonly #opts: Required<Pick<LockstepOptions, "pipeline" | "dataWrites">> & LockstepOptions;
  #inData = false;
  #inAuth = false;
  #body: Line[] = [];
  #batch: Line[] = [];
  #ignored = 0;
  #ended = false;

  constructor(opts: LockstepOptions) {
    this.#opts = { pipeline: false, dataWrites: "whole", ...opts };
    const seed = opts.seed ?? 1;
    this.ctx = { events: [], clock: { t: 0 }, seed, greylist: new Map(), queueSerial: { next: 0 } };
    const profile = resolveProfile(opts.port, opts.overrides);
    this.#conn = new Connection(this.ctx, 1, profile, opts.world ?? LAB_WORLD);
    this.#guard(() =>
      this.#react(this.#conn.open(profile.tls.wrapper ? "tls" : "plaintext").replies.map((r) => r.id)),
    );
  }

  get events(): readonly SessionEvent[] {
    return this.ctx.events;
  }

  /** True once the server closed or reset the connection (or the client closed it). */
  get closed(): boolean {
    return this.#conn.closed || this.#conn.reset;
  }

  /** Sends one line (no CRLF: the driver adds it). Returns the events it caused. */
  send(line: Line): SessionEvent[] {
    const from = this.ctx.events.length;
    this.#guard(() => this.#sendLine(line));
    return this.ctx.events.slice(from);
  }

  /**
   * Sends octets exactly as given, as one write: no CRLF added, no DATA buffering (replaying captured
   * sessions, bare LF and BDAT chunks). `lines` is how the write is shown in the transcript.
   */
  sendRaw(bytes: Uint8Array, lines: string[], what: ClientWriteKind = "command"): SessionEvent[] {
    const from = this.ctx.events.length;
    this.#guard(() => {
      if (this.#ended) return;
      if (this.closed) {
        this.#ignored++;
        return;
      }
      this.#write([{ what, lines, raw: bytes }]);
    });
    return this.ctx.events.slice(from);
  }

  /** End of input: flush a pipelined batch, then close if the server has not. */
  end(): SessionEvent[] {
    const from = this.ctx.events.length;
    this.#guard(() => {
      if (this.#ended) return;
      this.#ended = true;
      if (this.#opts.pipeline && this.#batch.length) this.#flushBatch();
      if (this.#inData && this.#body.length && !this.closed) {
        this.#conn.send([{ what: "message", lines: this.#body.map(asText), raw: joinLines(this.#body) }]);
        this.#body = [];
      }
      if (this.#ignored) {
        this.#conn.emit({
          kind: "ClientNote",
          text: `${this.#ignored} line(s) left after the server closed the connection were not sent`,
        });
      }
      if (!this.closed) this.#conn.closeByClient();
    });
    return this.ctx.events.slice(from);
  }

  log(): SessionLog {
    return {
      kind: "session",
      scenarioId: null,
      port: this.#opts.port,
      seed: this.ctx.seed,
      events: [...this.ctx.events],
      outcome: summarize(this.ctx.events),
    };
  }

  #guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      // The console must survive anything; report instead of throwing.
      this.ctx.events.push({
        seq: this.ctx.events.length,
        t: this.ctx.clock.t,
        conn: 1,
        kind: "ClientNote",
        text: `internal error in the driver: ${String(err)}`,
      });
    }
  }

  #sendLine(line: Line): void {
    if (this.#ended) return;
    if (this.closed) {
      this.#ignored++;
      return;
    }
    if (this.#opts.pipeline) {
      this.#batch.push(line);
      return;
    }
    if (this.#inData) {
      if (this.#opts.dataWrites === "per-line") {
        this.#write([{ what: "message", lines: [asText(line)], raw: joinLines([line]) }]);
        if (isDot(line)) this.#inData = false;
        return;
      }
      this.#body.push(line);
      if (isDot(line)) {
        const body = this.#body;
        this.#body = [];
        this.#inData = false;
        this.#write([{ what: "message", lines: body.map(asText), raw: joinLines(body) }]);
      }
      return;
    }
    this.#write([
      { what: this.#inAuth ? "auth-response" : "command", lines: [asText(line)], raw: joinLines([line]) },
    ]);
  }

  #write(writes: ClientWrite[]): void {
    this.ctx.clock.t += TIMING.clientMs;
    const view = this.#conn.send(writes);
    this.#react(view.replies.map((r) => r.id));
  }

  #react(ids: string[]): void {
    this.#inAuth = ids.length > 0 && ids[ids.length - 1] === "auth-challenge";
    if (ids.includes("data-go-ahead")) this.#inData = true;
    if (ids.includes("starttls-ready") && !this.closed) {
      const view = this.#conn.startTls();
      this.#react(view.replies.map((r) => r.id));
    }
  }

  #flushBatch(): void {
    const writes: ClientWrite[] = [];
    let inBody = false;
    let body: Line[] = [];
    for (const l of this.#batch) {
      if (inBody) {
        body.push(l);
        if (isDot(l)) {
          writes.push({ what: "message", lines: body.map(asText), raw: joinLines(body) });
          body = [];
          inBody = false;
        }
        continue;
      }
      writes.push({ what: "command", lines: [asText(l)], raw: joinLines([l]) });
      if (/^\s*DATA\s*$/i.test(asText(l))) inBody = true;
    }
    if (body.length) writes.push({ what: "message", lines: body.map(asText), raw: joinLines(body) });
    this.#batch = [];
    this.#write(writes);
  }
}

function joinLines(lines: readonly Line[]): Uint8Array {
  const parts = lines.map(asBytes);
  let n = 0;
  for (const p of parts) n += p.length + 2;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
    out[at++] = 0x0d;
    out[at++] = 0x0a;
  }
  return out;
}

/** Runs a whole input in one go (the CLI). */
export function runLockstep(lines: readonly Line[], opts: LockstepOptions): SessionLog {
  const ls = new Lockstep(opts);
  for (const l of lines) ls.send(l);
  ls.end();
  return ls.log();
}
