/**
 * The server session, sans-I/O (like h11): feed it what arrived, get back what the server does.
 *
 * Rules of this module:
 * - No I/O, no clock, no randomness of its own: every input carries the simulated time `t`, and the
 *   seeded Prng comes in through the options. Same inputs, same outputs.
 * - It behaves like the reference lab's Postfix 3.7 (smtpd.c), command by command. Each command goes
 *   through one fixed guard order: framing (over-long lines truncated), bad UTF-8, empty line, access
 *   denied at connect, unknown command, TLS required (530), then the command's own checks, which carry
 *   HELO-first, AUTH-required and sequence rules in Postfix's order.
 * - It never throws on client input, and every reply line fits in 512 octets (replies.ts).
 * - TLS is modelled, not performed: inputs say a ClientHello or the client's Finished arrived; outputs
 *   say which flight the server sends. The runner turns them into records (tls.ts, wire.ts).
 * - A driver of real sockets (live.ts) may ask for `trace`: an "input" action for every unit the session
 *   reads off its buffer (a command line, an AUTH response, a DATA line, a piece of a BDAT chunk), placed
 *   before the replies it causes. Without `trace` the actions are exactly as before.
 */

import { concatBytes, fromUtf8, printable } from "./bytes";
import { rfc5322Date } from "./clock";
import {
  isNotifyValue,
  isOrcptValue,
  isValidHostname,
  isXtext,
  type ParsedAddress,
  parseAddress,
  parseLine,
  takeLine,
} from "./parse";
import { createPrng, deriveSeed, type Prng } from "./prng";
import { ehloKeywords, LAB_WORLD, type Profile, type World } from "./profiles";
import { echo, type Reply, type ReplyId, renderReply } from "./replies";
import { decodeLoginField, decodePlain, LOGIN_PASSWORD_PROMPT, LOGIN_USERNAME_PROMPT } from "./sasl";

/** Greylisting memory shared by the connections of one run: triplet -> time first seen. */
export type GreylistStore = Map<string, number>;

export interface ServerOptions {
  profile: Profile;
  world?: World;
  seed?: number;
  greylist?: GreylistStore;
  /** Counter shared across connections so queue ids differ between them. */
  queueSerial?: { next: number };
  /** Report every unit read off the input buffer as an "input" action (for drivers of real sockets). */
  trace?: boolean;
  /**
   * Postfix's anvil(8) said no at connect time (smtpd_client_connection_count_limit or
   * smtpd_client_connection_rate_limit): the greeting is "421 4.7.0 … too many connections", then close.
   */
  refuse?: "too-many-connections";
  /**
   * anvil(8)'s message-rate check (smtpd_client_message_rate_limit), asked once per MAIL command: counts
   * the request and says whether the client is still within its limit. Absent: no limit (as in the lab).
   */
  mailRate?: () => boolean;
}

/** What the server noticed, for events and narration. */
export type ServerNotice =
  | { kind: "TlsEstablished" }
  | { kind: "Authenticated"; user: string; mechanism: string }
  | { kind: "AuthenticationFailed"; mechanism: string; user: string | null; reason: string }
  | {
      kind: "MessageQueued";
      queueId: string;
      from: string;
      to: string[];
      size: number;
      tls: boolean;
      authUser: string | null;
      helo: string | null;
      /** The trace header this server prepends (RFC 5321 §4.4). */
      received: string;
      /** The message lines as stored (dot-stuffing removed). */
      content: string[];
    }
  | { kind: "PlaintextDiscarded"; bytes: number; lines: string[] }
  | { kind: "LineTruncated"; length: number; limit: number };

export type ServerAction =
  | {
      type: "reply";
      reply: Reply;
      /** Whether the reply travels inside TLS. */
      tls: boolean;
      /** Extra time before the reply goes out (SASL failure delay, error tarpit). */
      delayMs: number;
      /** What it answers: a verb, "GREETING", "DATA-END", "AUTH-RESPONSE", "BDAT-CHUNK", "LINE". */
      answers: string;
    }
  | { type: "tls-flight"; flight: "server-hello" | "new-session-ticket" }
  | { type: "notice"; notice: ServerNotice }
  | { type: "close"; tls: boolean }
  | { type: "reset"; reason: string }
  /** With `trace`: a unit the session read, before the replies it causes. */
  | { type: "input"; input: TracedInput };

/** What the session read off its buffer, in order (ServerOptions.trace). */
export interface TracedInput {
  /** What the session was reading: a command line, an AUTH response, a DATA line, BDAT chunk octets. */
  mode: "command" | "auth" | "data" | "bdat";
  /** The octets as read: a line without its line end (cut at the line limit), or chunk octets. */
  bytes: Uint8Array;
  /** Octets of the stream this unit took, line end and any skipped excess of an over-long line included. */
  octets: number;
  /** The unit ends something: the final "." of DATA, or the last octet of a BDAT chunk. */
  end: boolean;
}

export type ServerInput =
  /** TCP payload while no TLS is up, or decrypted application data inside TLS. */
  | { type: "bytes"; data: Uint8Array }
  /** A TLS ClientHello record (its raw octets, in case the server reads them as text). */
  | { type: "client-hello"; raw: Uint8Array }
  /** The client's second flight (ChangeCipherSpec + Finished). */
  | { type: "client-finished" }
  /** The client sent nothing for too long (smtpd_timeout; RFC 5321 §4.5.3.2.7). */
  | { type: "timeout" }
  | { type: "gone" };

type Phase = "await-client-hello" | "await-client-finished" | "smtp" | "closed";
type Mode =
  | { kind: "command" }
  | { kind: "data"; lines: string[]; size: number; continued: boolean }
  | { kind: "bdat"; size: number; remaining: number; last: boolean; discard: boolean }
  | { kind: "auth"; mechanism: "PLAIN" | "LOGIN"; user: string | null };

/** A header line ("Subject:") or a forbidden command (smtpd_forbidden_commands defaults). */
export function isNonSmtp(firstToken: string): boolean {
  if (/^[\x21-\x39\x3b-\x7e]+:/.test(firstToken)) return true;
  if (/^(CONNECT|GET|POST)$/i.test(firstToken)) return true;
  return !/^[A-Za-z]/.test(firstToken);
}

/** Commands Postfix knows (smtpd.c smtpd_cmd_table); anything else is "500 5.5.2 command not recognized" (as the lab showed). */
const KNOWN = new Set([
  "HELO",
  "EHLO",
  "XCLIENT",
  "XFORWARD",
  "STARTTLS",
  "AUTH",
  "MAIL",
  "RCPT",
  "DATA",
  "BDAT",
  "RSET",
  "NOOP",
  "VRFY",
  "ETRN",
  "QUIT",
]);
/** SMTPD_CMD_FLAG_PRE_TLS: allowed before STARTTLS when TLS is required. */
const PRE_TLS = new Set(["HELO", "EHLO", "STARTTLS", "NOOP", "QUIT"]);
/** SMTPD_CMD_FLAG_LIMIT: counted against smtpd_junk_command_limit. */
const JUNK = new Set(["HELO", "EHLO", "RSET", "NOOP", "VRFY", "ETRN"]);

export interface ServerStateView {
  phase: Phase;
  tls: boolean;
  helo: string | null;
  authUser: string | null;
  inTransaction: boolean;
  mode: Mode["kind"];
  errorCount: number;
}

/** Postfix's check before it hands base64 to Dovecot (proper padding, base64 alphabet only). */
export function isBase64(s: string): boolean {
  return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s);
}

export class ServerSession {
  readonly profile: Profile;
  readonly world: World;
  readonly #prng: Prng;
  readonly #greylist: GreylistStore;
  readonly #serial: { next: number };
  #phase: Phase = "smtp";
  #tls = false;
  #buf: Uint8Array = new Uint8Array(0);
  #skipping = false;
  #mode: Mode = { kind: "command" };
  #helo: string | null = null;
  #esmtp = false;
  #authUser: string | null = null;
  #authFailures = 0;
  #accessDenied = false;
  #sender: string | null = null;
  #rcpts: string[] = [];
  #bdatBytes = 0;
  #bdatChunks: string[] = [];
  #errorCount = 0;
  #junk = 0;
  #t = 0;
  #out: ServerAction[] = [];
  readonly #trace: boolean;
  readonly #refuse: ServerOptions["refuse"];
  readonly #mailRate: (() => boolean) | null;
  /** Octets of an over-long line skipped so far (for the trace). */
  #skipped = 0;

  constructor(opts: ServerOptions) {
    this.profile = opts.profile;
    this.world = opts.world ?? LAB_WORLD;
    this.#prng = createPrng(deriveSeed(opts.seed ?? 1, "queue-id"));
    this.#greylist = opts.greylist ?? new Map();
    this.#serial = opts.queueSerial ?? { next: 0 };
    this.#trace = opts.trace ?? false;
    this.#refuse = opts.refuse;
    this.#mailRate = opts.mailRate ?? null;
  }

  get state(): ServerStateView {
    return {
      phase: this.#phase,
      tls: this.#tls,
      helo: this.#helo,
      authUser: this.#authUser,
      inTransaction: this.#sender !== null,
      mode: this.#mode.kind,
      errorCount: this.#errorCount,
    };
  }

  /** The TCP connection is up. On a plaintext listener the greeting goes out at once. */
  open(t: number): ServerAction[] {
    this.#t = t;
    this.#out = [];
    if (this.profile.tls.wrapper) {
      // RFC 8314 §3.3: on 465 the TLS handshake comes first; the server says nothing until then.
      this.#phase = "await-client-hello";
    } else {
      this.#greet();
    }
    return this.#flush();
  }

  receive(input: ServerInput, t: number): ServerAction[] {
    this.#t = t;
    this.#out = [];
    try {
      this.#dispatch(input);
    } catch (err) {
      // Defensive: a bug must not take the caller down. Model it as Postfix's "lost connection".
      this.#reset(`internal error: ${String(err)}`);
    }
    return this.#flush();
  }

  #flush(): ServerAction[] {
    const o = this.#out;
    this.#out = [];
    return o;
  }

  #dispatch(input: ServerInput): void {
    if (this.#phase === "closed") return;
    if (input.type === "gone") {
      this.#phase = "closed";
      return;
    }
    if (input.type === "timeout") {
      if (this.#phase === "smtp") {
        // smtpd_timeout: Postfix says why and hangs up, inside TLS if TLS is up.
        this.#reply("timeout", "TIMEOUT", { host: this.world.hostname });
        this.#close();
      } else {
        // A TLS handshake that never finished: nothing can be said in plaintext or TLS; the server hangs up.
        this.#out.push({ type: "close", tls: false });
        this.#phase = "closed";
      }
      return;
    }
    switch (this.#phase) {
      case "await-client-hello":
        if (input.type === "client-hello") {
          this.#out.push({ type: "tls-flight", flight: "server-hello" });
          this.#phase = "await-client-finished";
        } else {
          // OpenSSL reads the first octets as a record header: "wrong version number"; Postfix drops the
          // connection with unread data, so the kernel sends a TCP RST (reference j1).
          this.#reset("SSL_accept error: wrong version number");
        }
        return;
      case "await-client-finished":
        if (input.type === "client-finished") {
          this.#tls = true;
          this.#out.push({ type: "tls-flight", flight: "new-session-ticket" });
          this.#notice({ kind: "TlsEstablished" });
          this.#phase = "smtp";
          if (this.profile.tls.wrapper && this.#helo === null && !this.#greeted) this.#greet();
        } else {
          this.#reset("TLS handshake failed");
        }
        return;
      case "smtp": {
        // A ClientHello (or anything else) on a plaintext SMTP stream is just octets to read (reference j2).
        const data = input.type === "bytes" ? input.data : input.type === "client-hello" ? input.raw : null;
        if (!data) return;
        this.#buf = this.#buf.length ? concatBytes([this.#buf, data]) : data;
        this.#drain();
        return;
      }
    }
  }

  #greeted = false;

  #greet(): void {
    this.#greeted = true;
    if (this.#refuse === "too-many-connections") {
      // smtpd.c: anvil's verdict comes before the greeting; 421 and disconnect (RFC 5321 §3.8).
      this.#reply("too-many-connections", "GREETING", {
        host: this.world.hostname,
        addr: this.world.clientAddr,
      });
      this.#close();
      return;
    }
    if (this.profile.greeting === "reject") {
      this.#accessDenied = true;
      this.#reply("greeting-rejected", "GREETING", { client: this.#clientNamaddr() });
    } else {
      this.#reply("greeting", "GREETING", { banner: this.world.banner });
    }
  }

  #clientNamaddr(): string {
    return `${this.world.clientName}[${this.world.clientAddr}]`;
  }

  // --- framing ------------------------------------------------------------------------------------

  #drain(): void {
    const limits = this.profile.limits;
    // Work through the buffer with an offset (no copying per line: a 10 MB message has 100 000 lines).
    while (this.#phase === "smtp" && this.#pos < this.#buf.length) {
      const mode = this.#mode;
      if (mode.kind === "bdat") {
        const n = Math.min(mode.remaining, this.#buf.length - this.#pos);
        const chunk = this.#buf.subarray(this.#pos, this.#pos + n);
        this.#pos += n;
        mode.remaining -= n;
        if (this.#trace) {
          this.#out.push({
            type: "input",
            input: { mode: "bdat", bytes: chunk, octets: n, end: mode.remaining === 0 },
          });
        }
        if (!mode.discard) {
          this.#bdatBytes += n;
          if (this.#bdatBytes <= this.world.messageSizeLimit) this.#bdatChunks.push(fromUtf8(chunk));
        }
        if (mode.remaining === 0) this.#endBdatChunk(mode);
        continue;
      }
      const limit = mode.kind === "auth" ? limits.saslResponseLimit : limits.lineLimit;
      const line = takeLine(this.#buf, limit, this.#pos);
      if (!line) {
        // No LF yet. Keep at most `limit` octets: Postfix skips the excess of an over-long line.
        if (this.#buf.length - this.#pos > limit) {
          this.#skipped += this.#buf.length - this.#pos - limit;
          this.#buf = this.#buf.slice(this.#pos, this.#pos + limit);
          this.#pos = 0;
          this.#skipping = true;
        }
        break;
      }
      this.#pos += line.consumed;
      const truncated = line.truncated || this.#skipping;
      this.#skipping = false;
      if (this.#trace) {
        const isDot = mode.kind === "data" && line.bytes.length === 1 && line.bytes[0] === 0x2e;
        this.#out.push({
          type: "input",
          input: {
            mode: mode.kind === "data" ? "data" : mode.kind === "auth" ? "auth" : "command",
            bytes: line.bytes,
            octets: line.consumed + this.#skipped,
            end: isDot,
          },
        });
      }
      this.#skipped = 0;
      if (mode.kind === "data") {
        this.#dataLine(mode, line.bytes, truncated);
      } else {
        if (truncated) {
          this.#notice({ kind: "LineTruncated", length: line.consumed, limit });
        }
        if (mode.kind === "auth") this.#authResponse(mode, line.bytes);
        else this.#commandLine(line.bytes);
      }
    }
    this.#buf = this.#pos >= this.#buf.length ? new Uint8Array(0) : this.#buf.slice(this.#pos);
    this.#pos = 0;
  }

  /** Read position in `buf`. */
  #pos = 0;

  // --- command dispatch (the guard order) ---------------------------------------------------------

  #commandLine(bytes: Uint8Array): boolean {
    // smtpd_hard_error_limit: checked when the next command arrives (reference 16d), then 421 and drop.
    if (this.#errorCount >= this.profile.limits.hardErrorLimit) {
      this.#reply("too-many-errors", "LINE", { host: this.world.hostname });
      this.#reset("too many errors");
      return false;
    }
    const parsed = parseLine(bytes);
    if (parsed.kind === "bad-utf8") return this.#fail("bad-utf8", "LINE");
    if (parsed.kind === "empty") return this.#fail("bad-syntax", "LINE");
    const { verb, args } = parsed;
    if (this.#accessDenied && verb !== "QUIT") {
      return this.#fail("access-denied", verb, { client: this.#clientNamaddr() });
    }
    if (!KNOWN.has(verb)) {
      // smtpd_forbidden_commands (CONNECT, GET, POST, /^[^A-Z]/) and header-like lines: not an SMTP client.
      const first = parsed.text.trim().split(/[ \t]+/)[0] ?? "";
      if (isNonSmtp(first)) {
        this.#reply("non-smtp-command", verb);
        this.#close();
        return false;
      }
      return this.#fail("unknown-command", verb);
    }
    if (this.profile.tls.level === "encrypt" && !this.#tls && !PRE_TLS.has(verb)) {
      return this.#fail("tls-required", verb);
    }
    const ok = this.#command(verb, args);
    if (!ok) this.#errorCount++;
    if (JUNK.has(verb) && this.#junk++ > this.profile.limits.junkCommandLimit) this.#errorCount++;
    return ok;
  }

  #command(verb: string, args: string[]): boolean {
    switch (verb) {
      case "EHLO":
      case "HELO":
        return this.#cmdHelo(verb, args);
      case "STARTTLS":
        return this.#cmdStarttls(args);
      case "AUTH":
        return this.#cmdAuth(args);
      case "MAIL":
        return this.#cmdMail(args);
      case "RCPT":
        return this.#cmdRcpt(args);
      case "DATA":
        return this.#cmdData(args);
      case "BDAT":
        return this.#cmdBdat(args);
      case "RSET":
        if (args.length) return this.#no("rset-syntax", verb);
        this.#resetTransaction();
        return this.#yes("ok", verb);
      case "NOOP":
        // Postfix ignores NOOP's argument (RFC 5321 §4.1.1.9 allows one).
        return this.#yes("ok", verb);
      case "VRFY":
        return this.#cmdVrfy(args);
      case "ETRN":
        return this.#cmdEtrn(args);
      case "QUIT":
        // Postfix does not check QUIT's syntax.
        this.#reply("bye", verb);
        this.#close();
        return true;
      default:
        // XCLIENT, XFORWARD: Postfix proxy commands, only for authorized hosts.
        return this.#no("insufficient-authorization", verb);
    }
  }

  #cmdHelo(verb: string, args: string[]): boolean {
    if (!args.length) return this.#no(verb === "EHLO" ? "ehlo-syntax" : "helo-syntax", verb);
    // RFC 5321 §4.1.4: a new EHLO resets the transaction, like RSET.
    this.#resetTransaction();
    this.#helo = printable(args.join(" "));
    this.#esmtp = verb === "EHLO";
    if (verb === "HELO") return this.#yes("helo", verb, { host: this.world.hostname });
    const kw = ehloKeywords(this.profile, this.world, this.#tls);
    this.#reply("ehlo", verb, { host: this.world.hostname }, kw);
    return true;
  }

  #cmdStarttls(args: string[]): boolean {
    if (args.length) return this.#no("starttls-syntax", "STARTTLS");
    if (this.#tls) return this.#no("tls-already-active", "STARTTLS");
    if (this.profile.tls.wrapper) return this.#no("starttls-not-offered", "STARTTLS");
    if (!this.profile.tls.available) return this.#no("tls-unavailable", "STARTTLS");
    this.#reply("starttls-ready", "STARTTLS");
    // CVE-2011-0411: plaintext that arrived with STARTTLS is thrown away, never run inside TLS.
    const rest = this.#buf.subarray(this.#pos);
    if (rest.length) {
      const text = fromUtf8(rest);
      const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
      if (lines[lines.length - 1] === "") lines.pop();
      this.#out.push({
        type: "notice",
        notice: { kind: "PlaintextDiscarded", bytes: rest.length, lines },
      });
    }
    this.#buf = new Uint8Array(0);
    this.#pos = 0;
    this.#phase = "await-client-hello";
    // RFC 3207 §4.2: after the handshake the server forgets everything it learnt from the client.
    this.#helo = null;
    this.#authUser = null;
    this.#resetTransaction();
    return true;
  }

  #cmdAuth(args: string[]): boolean {
    const V = "AUTH";
    if (this.profile.heloRequired && !this.#helo) return this.#no("helo-first", V);
    // With smtpd_tls_auth_only, SASL is not even active before TLS (reference 05: 503, not 538).
    if (!this.profile.sasl.enabled || (this.profile.tls.authOnly && !this.#tls))
      return this.#no("auth-not-enabled", V);
    if (this.#sender !== null) return this.#no("auth-in-transaction", V);
    if (this.#authUser) return this.#no("auth-already", V);
    if (args.length < 1 || args.length > 2) return this.#no("auth-syntax", V);
    const mech = (args[0] as string).toUpperCase();
    if (this.profile.authTemporarilyUnavailable) {
      return this.#no("auth-temporary", V, { reason: "Authentication service unavailable" });
    }
    if (mech !== "PLAIN" && mech !== "LOGIN") return this.#no("auth-bad-mechanism", V);
    if (!this.profile.sasl.mechanisms.includes(mech)) return this.#no("auth-bad-mechanism", V);
    const initial = args[1];
    // Dovecot slows the first answer of every AUTH exchange after a failure (reference 09, 16i).
    this.#penaltyPending = this.#authFailures > 0;
    if (initial === undefined) {
      this.#mode = { kind: "auth", mechanism: mech, user: null };
      this.#reply(
        "auth-challenge",
        V,
        { challenge: mech === "PLAIN" ? "" : LOGIN_USERNAME_PROMPT },
        [],
        this.#penalty(),
      );
      return true;
    }
    // RFC 4954 §4: "=" is an empty initial response. Postfix checks the base64 before asking Dovecot.
    const ir = initial === "=" ? "" : initial;
    if (!isBase64(ir)) return this.#no("auth-bad-base64", V, { where: "initial" });
    if (mech === "PLAIN") return this.#checkPlain(ir, V);
    const user = decodeLoginField(ir) ?? "";
    this.#mode = { kind: "auth", mechanism: "LOGIN", user };
    this.#reply("auth-challenge", V, { challenge: LOGIN_PASSWORD_PROMPT }, [], this.#penalty());
    return true;
  }

  #penaltyPending = false;

  /** Dovecot's auth penalty: 4 s after one failure, 8 s after two, … (at most 15 s). */
  #penalty(): number {
    if (!this.#penaltyPending) return 0;
    this.#penaltyPending = false;
    return Math.min(15_000, this.profile.authDelays.nextAfterFailureMs * 2 ** (this.#authFailures - 1));
  }

  #authResponse(mode: Extract<Mode, { kind: "auth" }>, bytes: Uint8Array): void {
    const A = "AUTH-RESPONSE";
    const text = fromUtf8(bytes).trim();
    this.#mode = { kind: "command" };
    if (text === "*") {
      this.#fail("auth-aborted", A);
      return;
    }
    if (!isBase64(text)) {
      this.#fail("auth-bad-base64", A, { where: "continued" });
      return;
    }
    if (mode.mechanism === "PLAIN") {
      if (!this.#checkPlain(text, A)) this.#errorCount++;
      return;
    }
    const field = decodeLoginField(text) ?? "";
    if (mode.user === null) {
      this.#mode = { kind: "auth", mechanism: "LOGIN", user: field };
      this.#reply("auth-challenge", A, { challenge: LOGIN_PASSWORD_PROMPT }, [], this.#penalty());
      return;
    }
    if (!this.#verify("LOGIN", mode.user, field, A)) this.#errorCount++;
  }

  #checkPlain(b64: string, answers: string): boolean {
    const creds = decodePlain(b64);
    if (creds === null) {
      // Valid base64 but not "authzid NUL user NUL password": Dovecot refuses it like a bad password.
      return this.#verify("PLAIN", null, null, answers);
    }
    // Dovecot: an authorization identity other than the user needs a master user (none in the lab).
    if (creds.authzid && creds.authzid.toLowerCase() !== creds.user.toLowerCase()) {
      return this.#verify("PLAIN", creds.user, null, answers);
    }
    return this.#verify("PLAIN", creds.user, creds.password, answers);
  }

  #verify(mechanism: string, user: string | null, password: string | null, answers: string): boolean {
    const d = this.profile.authDelays;
    const name = user?.toLowerCase() ?? "";
    // An account named "*" takes any user name (the live lab's classroom access code).
    const account =
      user === null || name === ""
        ? undefined
        : (this.world.saslAccounts.find((a) => a.user === name) ??
          this.world.saslAccounts.find((a) => a.user === "*"));
    const ok = account !== undefined && password !== null && account.password === password;
    const delayMs = this.#penalty() + (ok ? 0 : this.#authFailures > 0 ? d.failureMs + 500 : d.failureMs);
    if (ok && account) {
      this.#authUser = account.user === "*" ? echo(name, 64) : account.user;
      this.#reply("auth-ok", answers, {}, [], delayMs);
      this.#notice({ kind: "Authenticated", user: this.#authUser, mechanism });
      return true;
    }
    this.#authFailures++;
    this.#reply("auth-failed", answers, {}, [], delayMs);
    this.#notice({
      kind: "AuthenticationFailed",
      mechanism,
      user: user ? echo(user, 64) : null,
      reason: "(reason unavailable)",
    });
    return false;
  }

  #cmdMail(args: string[]): boolean {
    const V = "MAIL";
    if (this.profile.heloRequired && !this.#helo) return this.#no("helo-first", V);
    if (this.#sender !== null) return this.#no("mail-nested", V);
    if (args.length < 2 || (args[0] as string).toLowerCase() !== "from:") return this.#no("mail-syntax", V);
    // smtpd.c mail_cmd: anvil's message rate comes right after the syntax check.
    if (this.#mailRate && !this.#mailRate())
      return this.#no("too-much-mail", V, { addr: this.world.clientAddr });
    const addr = parseAddress(args[1] as string);
    if (!addr) return this.#no("sender-syntax", V);
    let ret = false;
    let envid = false;
    let size = 0;
    for (const arg of args.slice(2)) {
      const up = arg.toUpperCase();
      if (up === "BODY=8BITMIME" || up === "BODY=7BIT") continue;
      if (up.startsWith("SIZE=")) {
        if (!/^\d+$/.test(arg.slice(5))) return this.#no("size-syntax", V);
        size = Number(arg.slice(5));
      } else if (up === "SMTPUTF8") {
        // RFC 6531 §3.4: accepted; Postfix does not insist on it for UTF-8 addresses (reference 16b).
      } else if (up.startsWith("RET=")) {
        const v = up.slice(4);
        if (ret || (v !== "FULL" && v !== "HDRS")) return this.#no("ret-syntax", V);
        ret = true;
      } else if (up.startsWith("ENVID=")) {
        if (envid || !isXtext(arg.slice(6))) return this.#no("envid-syntax", V);
        envid = true;
      } else if (up.startsWith("AUTH=") && this.profile.sasl.enabled) {
        // RFC 4954 §5: accepted and ignored here.
      } else {
        return this.#no("unsupported-option", V, { arg: echo(arg) });
      }
    }
    // Postfix 3.7 accepts a UTF-8 address without SMTPUTF8 (reference 16b).
    if (size > this.world.messageSizeLimit) return this.#no("size-exceeded", V);
    this.#sender = addr.address;
    return this.#yes("mail-ok", V);
  }

  #isLocalDomain(domain: string): boolean {
    const d = domain.endsWith(".") ? domain.slice(0, -1) : domain;
    // An address literal of one of the server's own addresses is local too (reference 16c).
    return d === "" || this.world.mydestination.includes(d) || d === `[${this.world.serverAddr}]`;
  }

  #isLocalUser(addr: ParsedAddress): boolean {
    let local = addr.local.toLowerCase();
    if (local.startsWith('"') && local.endsWith('"')) local = local.slice(1, -1);
    const delim = this.world.recipientDelimiter;
    const base = delim && local.includes(delim) ? local.slice(0, local.indexOf(delim)) : local;
    return this.world.localUsers.includes(base);
  }

  /** smtpd_check_rcpt with smtpd_delay_reject = yes: client, relay, then recipient restrictions. */
  #checkRecipient(addr: ParsedAddress, answers: string): ReplyId | null {
    if (this.profile.requireAuth && !this.#authUser) {
      this.#reply("client-rejected", answers, { client: this.#clientNamaddr() });
      return "client-rejected";
    }
    const local = this.#isLocalDomain(addr.domain);
    if (!local && !this.#authUser) {
      this.#reply("relay-denied", answers, { addr: echo(addr.address) });
      return "relay-denied";
    }
    if (local && this.profile.rejectUnlistedRecipient && !this.#isLocalUser(addr)) {
      // The address is echoed as the client wrote it (reference 16c: "<nosuchuser>").
      this.#reply("unknown-user", answers, { addr: echo(addr.address) });
      return "unknown-user";
    }
    return null;
  }

  #cmdRcpt(args: string[]): boolean {
    const V = "RCPT";
    if (this.#sender === null) return this.#no("need-mail", V);
    if (args.length < 2 || (args[0] as string).toLowerCase() !== "to:") return this.#no("rcpt-syntax", V);
    const addr = parseAddress(args[1] as string);
    if (!addr || addr.address === "") return this.#no("rcpt-address-syntax", V);
    let notify = false;
    let orcpt = false;
    for (const arg of args.slice(2)) {
      const up = arg.toUpperCase();
      if (up.startsWith("NOTIFY=")) {
        if (notify || !isNotifyValue(arg.slice(7))) return this.#no("notify-syntax", V);
        notify = true;
      } else if (up.startsWith("ORCPT=")) {
        if (orcpt || !isOrcptValue(arg.slice(6))) return this.#no("orcpt-syntax", V);
        orcpt = true;
      } else {
        return this.#no("unsupported-option", V, { arg: echo(arg) });
      }
    }

    if (this.#rcpts.length >= this.profile.limits.recipientLimit) return this.#no("too-many-recipients", V);
    if (this.#checkRecipient(addr, V)) return false;
    const gl = this.profile.greylist;
    if (gl) {
      const key = `${this.world.clientAddr}/${this.#sender}/${addr.address.toLowerCase()}`;
      const first = this.#greylist.get(key);
      if (first === undefined || this.#t - first < gl.delayMs) {
        if (first === undefined) this.#greylist.set(key, this.#t);
        return this.#no("greylisted", V, {
          addr: echo(addr.address),
          domain: addr.domain || this.world.myorigin,
        });
      }
    }
    this.#rcpts.push(addr.address);
    return this.#yes("rcpt-ok", V);
  }

  #cmdData(args: string[]): boolean {
    const V = "DATA";
    if (this.#rcpts.length === 0)
      return this.#no(this.#sender === null ? "need-rcpt" : "no-valid-recipients", V);
    if (args.length) return this.#no("data-syntax", V);
    if (this.#bdatStarted) return this.#no("bdat-mixed", V);
    this.#reply("data-go-ahead", V);
    this.#mode = { kind: "data", lines: [], size: 0, continued: false };
    return true;
  }

  #dataLine(mode: Extract<Mode, { kind: "data" }>, bytes: Uint8Array, _truncated: boolean): void {
    // RFC 5321 §4.5.2: a line with a single dot ends the data; otherwise a leading dot is removed.
    if (bytes.length === 1 && bytes[0] === 0x2e) {
      this.#mode = { kind: "command" };
      this.#finishMessage(mode.lines, mode.size, "DATA-END");
      return;
    }
    const body = bytes[0] === 0x2e ? bytes.subarray(1) : bytes;
    mode.size += body.length + 2;
    // Keep memory bounded for hostile input; the size still counts every octet.
    if (mode.lines.length < 2000) mode.lines.push(fromUtf8(body.subarray(0, 4096)));
  }

  #cmdBdat(args: string[]): boolean {
    const V = "BDAT";
    const sizeArg = args[0];
    const last = args.length === 2 && (args[1] as string).toUpperCase() === "LAST";
    if (args.length < 1 || args.length > 2 || !/^\d+$/.test(sizeArg ?? "") || (args.length === 2 && !last)) {
      // Postfix cannot know where the chunk ends: 521 and hang up (reference 07c, 07d).
      this.#reply("bdat-syntax", V);
      this.#close();
      return false;
    }
    const size = Number(sizeArg);
    if (this.#rcpts.length === 0) {
      this.#no(this.#sender === null ? "need-rcpt" : "no-valid-recipients", V);
      // Skip the chunk to stay in step with the client (RFC 3030 §2).
      if (size > 0) this.#mode = { kind: "bdat", size, remaining: size, last, discard: true };
      return false;
    }
    if (size === 0) {
      this.#endBdatChunk({ kind: "bdat", size: 0, remaining: 0, last, discard: false });
      return true;
    }
    this.#mode = { kind: "bdat", size, remaining: size, last, discard: false };
    this.#bdatStarted = true;
    return true;
  }

  #bdatStarted = false;

  #endBdatChunk(mode: Extract<Mode, { kind: "bdat" }>): void {
    this.#mode = { kind: "command" };
    if (mode.discard) return;
    if (this.#bdatBytes > this.world.messageSizeLimit) {
      // Read and thrown away, then refused (reference 16h).
      this.#fail("bdat-too-big", "BDAT-CHUNK");
      this.#resetTransaction();
      return;
    }
    if (!mode.last) {
      // This chunk's size; the LAST chunk's reply gives the total (reference 07b).
      this.#reply("bdat-ok", "BDAT-CHUNK", { bytes: mode.size });
      return;
    }
    const text = this.#bdatChunks.join("");
    const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
    if (lines[lines.length - 1] === "") lines.pop();
    const size = this.#bdatBytes;
    this.#finishMessage(lines, size, "BDAT-CHUNK");
  }

  #finishMessage(lines: string[], size: number, answers: string): void {
    if (size > this.world.messageSizeLimit) {
      this.#fail(answers === "DATA-END" ? "message-too-big" : "bdat-too-big", answers);
      this.#resetTransaction();
      return;
    }
    const queueId = this.#newQueueId();
    // RFC 3848 "with" keywords: SMTP after HELO, ESMTP after EHLO, S for TLS, A for AUTH.
    const with_ = `${this.#esmtp ? "E" : ""}SMTP${this.#tls ? "S" : ""}${this.#authUser ? "A" : ""}`;
    const received = this.#receivedHeader(queueId, with_);
    if (answers === "DATA-END") this.#reply("queued", answers, { queueId });
    else this.#reply("bdat-queued", answers, { queueId, bytes: size });
    // A delivered message resets the error count (reference 16d).
    this.#errorCount = 0;
    this.#notice({
      kind: "MessageQueued",
      queueId,
      from: this.#sender ?? "",
      to: [...this.#rcpts],
      size,
      tls: this.#tls,
      authUser: this.#authUser,
      helo: this.#helo,
      received,
      content: lines,
    });
    this.#resetTransaction();
  }

  /** RFC 5321 §4.4 trace line in Postfix's layout; "with" keywords per RFC 3848. */
  #receivedHeader(queueId: string, with_: string): string {
    const w = this.world;
    const parts = [`Received: from ${this.#helo ?? w.clientName} (${w.clientName} [${w.clientAddr}])`];
    if (this.#tls) {
      parts.push("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)");
      parts.push("\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)");
      parts.push("\t(No client certificate requested)");
    }
    const date = `${rfc5322Date(this.#t)} (UTC)`;
    parts.push(
      `\tby ${w.hostname} (Postfix) with ${with_} id ${queueId}${this.#rcpts.length === 1 ? "" : ";"}`,
    );
    parts.push(this.#rcpts.length === 1 ? `\tfor <${this.#rcpts[0]}>; ${date}` : `\t${date}`);
    return parts.join("\n");
  }

  /** Postfix short queue id: 5 hex digits of microseconds + the queue file's inode number in hex. */
  #newQueueId(): string {
    const usec = (Math.floor(this.#t * 1000) + this.#prng.int(1_000_000)) % 0x100000;
    const inode = 0x188000 + ((this.#prng.int(0x800) + this.#serial.next++ * 0x41) % 0x8000);
    return (usec.toString(16).padStart(5, "0") + inode.toString(16).padStart(6, "0")).toUpperCase();
  }

  #cmdVrfy(args: string[]): boolean {
    const V = "VRFY";
    if (this.profile.vrfyDisabled) return this.#no("vrfy-disabled", V);
    if (!args.length) return this.#no("vrfy-syntax", V);
    const arg = args.join(" ");
    const addr = parseAddress(arg.startsWith("<") || !arg.includes(" ") ? arg : `<${arg}>`);
    if (!addr || addr.address === "") return this.#no("rcpt-address-syntax", V);
    if (this.#checkRecipient(addr, V)) return false;
    return this.#yes("vrfy-ok", V, { arg: echo(arg) });
  }

  #cmdEtrn(args: string[]): boolean {
    const V = "ETRN";
    if (this.profile.heloRequired && !this.#helo) return this.#no("helo-first", V);
    if (this.#sender !== null) return this.#no("etrn-in-transaction", V);
    if (args.length !== 1) return this.#no("etrn-syntax", V);
    let domain = args[0] as string;
    if (domain.startsWith("@") || domain.startsWith("#")) domain = domain.slice(1);
    if (!isValidHostname(domain)) return this.#no("etrn-bad-domain", V);
    // smtpd_check_etrn applies the client restrictions (reference 16j).
    if (this.profile.requireAuth && !this.#authUser) {
      return this.#no("client-rejected", V, { client: this.#clientNamaddr() });
    }
    // fast_flush_domains is empty by default: there is no queue to flush for anyone.
    return this.#no("etrn-no-service", V, { arg: echo(domain) });
  }

  // --- helpers ------------------------------------------------------------------------------------

  #resetTransaction(): void {
    this.#sender = null;
    this.#rcpts = [];
    this.#bdatBytes = 0;
    this.#bdatChunks = [];
    this.#bdatStarted = false;
    if (this.#mode.kind !== "command") this.#mode = { kind: "command" };
  }

  #reply(
    id: ReplyId,
    answers: string,
    vars: Record<string, string | number> = {},
    extra: string[] = [],
    delayMs = 0,
  ): void {
    const tarpit =
      this.#errorCount >= this.profile.limits.softErrorLimit ? this.profile.limits.errorSleepMs : 0;
    this.#out.push({
      type: "reply",
      reply: renderReply(id, vars, extra),
      tls: this.#tls,
      delayMs: delayMs + tarpit,
      answers,
    });
  }

  #yes(id: ReplyId, answers: string, vars: Record<string, string | number> = {}): true {
    this.#reply(id, answers, vars);
    return true;
  }

  #no(id: ReplyId, answers: string, vars: Record<string, string | number> = {}): false {
    this.#reply(id, answers, vars);
    return false;
  }

  /** A reply that counts as an error outside a command handler. */
  #fail(id: ReplyId, answers: string, vars: Record<string, string | number> = {}): false {
    this.#reply(id, answers, vars);
    this.#errorCount++;
    return false;
  }

  #notice(notice: ServerNotice): void {
    this.#out.push({ type: "notice", notice });
  }

  /** The connection drops without a reply (Postfix's "lost connection"; a TCP RST). */
  #reset(reason: string): void {
    this.#out.push({ type: "reset", reason });
    this.#phase = "closed";
  }

  #close(): void {
    this.#out.push({ type: "close", tls: this.#tls });
    this.#phase = "closed";
  }
}
