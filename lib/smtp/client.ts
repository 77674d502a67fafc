/**
 * The client model: a mail client (MUA) or a sending server (MTA) that builds its command stream from a
 * configuration and reacts to each reply, so failure branches come from logic, not from scripts.
 *
 * Rules of this module:
 * - It only sees what reaches it (replies as an attacker may have rewritten them), like a real client.
 * - TLS policy decides what happens when STARTTLS is missing or refused: "required" aborts with QUIT
 *   (RFC 3207 §6, RFC 8314 §5.2), "opportunistic" carries on in plaintext, "none" never asks,
 *   "implicit" starts TLS at once (465), "tls-first" starts TLS at once on a port that expects STARTTLS
 *   (the reference j2 mistake).
 * - The message is written in one go after 354 (like swaks), dot-stuffed (RFC 5321 §4.5.2).
 * - Same configuration, same commands: the only clock is the simulated one.
 */

import { base64Encode, utf8 } from "./bytes";
import { compactDate, rfc5322Date } from "./clock";
import type { Connection } from "./connection";
import type { AbortReason, ReplyInfo } from "./events";
import { encodePlain } from "./sasl";
import { TIMING } from "./timing";

export type TlsPolicy = "none" | "opportunistic" | "required" | "implicit" | "tls-first";

export interface ClientConfig {
  /** Name sent with EHLO (default client.example.test, as in the reference). */
  ehlo?: string;
  tls: TlsPolicy;
  auth?: {
    mechanism?: "PLAIN" | "LOGIN";
    user: string;
    /** Tried in order until one is accepted (a user who mistypes, then gets it right). */
    passwords: string[];
    /** AUTH PLAIN with the credentials on the AUTH line (default) or after an empty 334. */
    initialResponse?: boolean;
    /** "try": send AUTH even if not advertised (a test probe, as in reference e); default "abort". */
    whenNotAdvertised?: "try" | "abort" | "skip";
  };
  envelope: { from: string; to: string[]; mailParams?: string[]; rcptParams?: string[] };
  /** The message; `dateMs` and `messageId` pin the header values (a relay resends the same message). */
  message?: { subject?: string; body: string[]; dateMs?: number; messageId?: string };
  /** Send MAIL, RCPT… and DATA in one write when the server offers PIPELINING (RFC 2920). */
  pipelining?: boolean;
  /** Send the message with BDAT … LAST when the server offers CHUNKING (RFC 3030). */
  bdat?: boolean;
  /** Go on to MAIL even after AUTH failed (a probe; real clients stop). */
  persist?: boolean;
  /** After a 4xx on every recipient, reconnect after this long (an MTA's queue retry). */
  retryAfterMs?: number;
  /** Maximum connections including retries (default 2). */
  maxAttempts?: number;
  /** How long to wait for a greeting before speaking anyway (default 5 s, as the j1 probe). */
  greetingWaitMs?: number;
  /** How long to sit in silence before giving up (default 15 s, as the j2 probe). */
  idleGiveUpMs?: number;
}

export const DEFAULT_EHLO = "client.example.test";

/** What one connection attempt ended with, for the retry decision. */
type AttemptResult = "done" | "retry";

interface Ehlo {
  keywords: string[];
  has(k: string): boolean;
  auth: string[];
}

function parseEhlo(r: ReplyInfo | undefined): Ehlo {
  const kw = r && r.code === 250 ? r.lines.slice(1).map((l) => l.slice(4)) : [];
  const up = kw.map((k) => k.toUpperCase());
  const authLine = up.find((k) => k.startsWith("AUTH ") || k.startsWith("AUTH="));
  return {
    keywords: kw,
    has: (k) => up.some((x) => x === k || x.startsWith(`${k} `)),
    auth: authLine ? authLine.slice(5).split(/\s+/).filter(Boolean) : [],
  };
}

/** The message as the client writes it: header, blank line, body; dot-stuffed; then the lone dot. */
export function composeMessage(cfg: ClientConfig, t: number, seq: number): string[] {
  const env = cfg.envelope;
  const ehlo = cfg.ehlo ?? DEFAULT_EHLO;
  const headers = [
    `Date: ${rfc5322Date(cfg.message?.dateMs ?? t)}`,
    `To: ${env.to.join(", ")}`,
    `From: ${env.from || `MAILER-DAEMON@${ehlo}`}`,
    `Subject: ${cfg.message?.subject ?? "test"}`,
    `Message-Id: ${cfg.message?.messageId ?? `<${compactDate(t)}.${String(seq).padStart(6, "0")}@${ehlo}>`}`,
  ];
  const body = (cfg.message?.body ?? ["Hello."]).map((l) => (l.startsWith(".") ? `.${l}` : l));
  return [...headers, "", ...body, "."];
}

export class ClientRunner {
  #attempts = 0;
  readonly #cfg: ClientConfig;
  /** Opens a new connection (the runner wires server, attacker and clock). */
  readonly #connect: () => Connection;

  constructor(cfg: ClientConfig, connect: () => Connection) {
    this.#cfg = cfg;
    this.#connect = connect;
  }

  run(): void {
    const max = this.#cfg.maxAttempts ?? 2;
    for (;;) {
      this.#attempts++;
      const conn = this.#connect();
      const res = this.#attempt(conn);
      if (res === "retry" && this.#cfg.retryAfterMs !== undefined && this.#attempts < max) {
        conn.wait(this.#cfg.retryAfterMs, "retry-later");
        continue;
      }
      return;
    }
  }

  #abort(conn: Connection, reason: AbortReason, detail: string, quit = true): void {
    conn.emit({ kind: "ClientAborted", reason, detail });
    if (quit) this.#quit(conn);
    else conn.closeByClient();
  }

  #quit(conn: Connection): void {
    if (conn.closed || conn.reset) return;
    this.#cmd(conn, "QUIT");
    if (!conn.closed && !conn.reset) conn.closeByClient();
  }

  #cmd(conn: Connection, line: string, what: "command" | "auth-response" = "command"): ReplyInfo | undefined {
    return conn.send([{ what, lines: [line] }]).replies[0];
  }

  #attempt(conn: Connection): AttemptResult {
    const cfg = this.#cfg;
    const tlsFirst = cfg.tls === "implicit" || cfg.tls === "tls-first";
    let view = conn.open(tlsFirst ? "tls" : "plaintext");
    if (cfg.tls === "tls-first" && !conn.clientTls) {
      // The server answered our ClientHello in plaintext: the TLS library gives up; we sit until the timeout.
      conn.wait(cfg.idleGiveUpMs ?? TIMING.idleGiveUpMs, "client-gave-up");
      this.#abort(
        conn,
        "tls-failed",
        "TLS handshake failed: this port expects STARTTLS, not TLS from the first byte",
        false,
      );
      return "done";
    }
    if (conn.reset) return "done";
    let greeting = view.replies[0];
    if (!greeting) {
      // Nothing from the server (a plaintext client on 465): wait, then speak anyway, as the j1 probe did.
      conn.wait(cfg.greetingWaitMs ?? TIMING.greetingWaitMs, "no-greeting");
      view = conn.send([{ what: "command", lines: [`EHLO ${cfg.ehlo ?? DEFAULT_EHLO}`] }]);
      if (conn.reset || conn.closed) return "done";
      greeting = view.replies[0];
      if (!greeting) {
        this.#abort(conn, "no-greeting", "no greeting from the server", false);
        return "done";
      }
    }
    if (greeting.code !== 220) {
      this.#quit(conn);
      return "done";
    }
    let ehlo = this.#hello(conn);
    if (!ehlo) return "done";

    // TLS policy (RFC 3207 §4, §6; RFC 8314 §5.2).
    if (!conn.clientTls && (cfg.tls === "opportunistic" || cfg.tls === "required")) {
      if (ehlo.has("STARTTLS")) {
        const r = this.#cmd(conn, "STARTTLS");
        if (r?.code === 220) {
          conn.startTls();
          if (!conn.clientTls) {
            this.#abort(conn, "tls-failed", "the TLS handshake failed", false);
            return "done";
          }
          // RFC 3207 §4.2: forget the old EHLO list and ask again.
          ehlo = this.#hello(conn);
          if (!ehlo) return "done";
        } else if (cfg.tls === "required") {
          this.#abort(
            conn,
            "starttls-refused",
            `STARTTLS was refused (${r?.code ?? "no reply"}) and this client requires TLS`,
          );
          return "done";
        }
      } else if (cfg.tls === "required") {
        this.#abort(
          conn,
          "starttls-not-offered",
          "STARTTLS is not in the EHLO reply and this client requires TLS, so it stops before sending anything secret",
        );
        return "done";
      }
    }

    if (cfg.auth && !this.#authenticate(conn, ehlo)) return "done";
    return this.#transaction(conn, ehlo);
  }

  #hello(conn: Connection): Ehlo | null {
    const name = this.#cfg.ehlo ?? DEFAULT_EHLO;
    const r = this.#cmd(conn, `EHLO ${name}`);
    if (conn.closed || conn.reset) return null;
    if (r?.code === 250) return parseEhlo(r);
    // RFC 5321 §3.2: a server that does not know EHLO gets HELO.
    const h = this.#cmd(conn, `HELO ${name}`);
    if (h?.code === 250) return parseEhlo(undefined);
    this.#quit(conn);
    return null;
  }

  /** Returns false when the session should stop. */
  #authenticate(conn: Connection, ehlo: Ehlo): boolean {
    const a = this.#cfg.auth;
    if (!a) return true;
    const mech = a.mechanism ?? "PLAIN";
    if (!ehlo.auth.includes(mech)) {
      const policy = a.whenNotAdvertised ?? "abort";
      if (policy === "skip") return true;
      if (policy === "abort") {
        this.#abort(conn, "auth-not-offered", `the server does not offer AUTH ${mech} here`);
        return false;
      }
    }
    for (const [i, password] of a.passwords.entries()) {
      const r = this.#authOnce(conn, mech, a.user, password, a.initialResponse ?? true);
      if (conn.closed || conn.reset) return false;
      if (r?.code === 235) return true;
      const more = i < a.passwords.length - 1 && r?.code === 535;
      if (!more) {
        if (this.#cfg.persist) return true;
        this.#abort(conn, "auth-failed", `AUTH was refused (${r?.lines[0] ?? "no reply"})`);
        return false;
      }
    }
    return false;
  }

  #authOnce(
    conn: Connection,
    mech: string,
    user: string,
    password: string,
    ir: boolean,
  ): ReplyInfo | undefined {
    if (mech === "PLAIN") {
      if (ir) return this.#cmd(conn, `AUTH PLAIN ${encodePlain(user, password)}`);
      const c = this.#cmd(conn, "AUTH PLAIN");
      if (c?.code !== 334) return c;
      return this.#cmd(conn, encodePlain(user, password), "auth-response");
    }
    const c = this.#cmd(conn, "AUTH LOGIN");
    if (c?.code !== 334) return c;
    const p = this.#cmd(conn, base64Encode(utf8(user)), "auth-response");
    if (p?.code !== 334) return p;
    return this.#cmd(conn, base64Encode(utf8(password)), "auth-response");
  }

  #transaction(conn: Connection, ehlo: Ehlo): AttemptResult {
    const cfg = this.#cfg;
    const env = cfg.envelope;
    const mailLine = [`MAIL FROM:<${env.from}>`, ...(env.mailParams ?? [])].join(" ");
    const rcptLines = env.to.map((to) => [`RCPT TO:<${to}>`, ...(env.rcptParams ?? [])].join(" "));
    const useBdat = cfg.bdat === true && ehlo.has("CHUNKING");
    let mail: ReplyInfo | undefined;
    let rcpts: (ReplyInfo | undefined)[];
    let data: ReplyInfo | undefined;
    if (cfg.pipelining && ehlo.has("PIPELINING")) {
      // RFC 2920 §3.1: DATA may only be the last command of a group.
      const lines = [mailLine, ...rcptLines, ...(useBdat ? [] : ["DATA"])];
      const view = conn.send(lines.map((l) => ({ what: "command" as const, lines: [l] })));
      [mail, ...rcpts] = view.replies;
      data = useBdat ? undefined : rcpts.pop();
      if (conn.closed || conn.reset) return "done";
    } else {
      mail = this.#cmd(conn, mailLine);
      if (mail?.code !== 250) {
        this.#quit(conn);
        return mail?.class === 4 ? "retry" : "done";
      }
      rcpts = rcptLines.map((l) => this.#cmd(conn, l));
    }
    const accepted = rcpts.filter((r) => r?.code === 250 || r?.code === 251).length;
    if (!accepted || mail?.code !== 250) {
      const transient = rcpts.some((r) => r?.class === 4) || mail?.class === 4;
      if (data?.code === 354) conn.send([{ what: "message", lines: ["."] }]);
      this.#quit(conn);
      return transient ? "retry" : "done";
    }
    const message = composeMessage(cfg, conn.t, conn.conn);
    if (useBdat) {
      const body = message.slice(0, -1).map((l) => (l.startsWith("..") ? l.slice(1) : l));
      const raw = utf8(body.map((l) => `${l}\r\n`).join(""));
      conn.send([
        { what: "command", lines: [`BDAT ${raw.length} LAST`] },
        { what: "bdat-chunk", lines: body, raw },
      ]);
    } else {
      if (!data) data = this.#cmd(conn, "DATA");
      if (data?.code !== 354) {
        this.#quit(conn);
        return "done";
      }
      conn.send([{ what: "message", lines: message }]);
    }
    this.#quit(conn);
    return "done";
  }
}
