/**
 * Test support for the live lab: start it on free loopback ports with a throwaway certificate, and talk
 * to it over raw sockets (read replies line by line, upgrade to TLS, wait for a number of replies).
 * Waits are event-driven (a reply arrived, the socket closed); the only timers are generous safety nets
 * that turn a hang into a failure with a message.
 */
import { mkdtempSync } from "node:fs";
import { connect as netConnect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type TLSSocket, connect as tlsConnect } from "node:tls";
import type { Port } from "@/lib/smtp";
import { type LabConfig, parseArgs } from "./config";
import { type RunningLab, startLab } from "./lab";

let certDir: string | null = null;

export async function startTestLab(change: (c: LabConfig) => void = () => undefined): Promise<RunningLab> {
  certDir ??= mkdtempSync(path.join(tmpdir(), "smtp-lab-test-"));
  const { config } = parseArgs(["--ports", "0,0,0,0", "--api-port", "0", "--quiet"]);
  config.certDir = certDir;
  config.delayScale = 0.001;
  change(config);
  return startLab(config);
}

export function portOf(lab: RunningLab, profile: Port): number {
  const l = lab.listeners.find((x) => x.profile === profile);
  if (!l) throw new Error(`no listener for ${profile}`);
  return l.port;
}

export async function api<T>(lab: RunningLab, p: string): Promise<T> {
  const res = await fetch(`${lab.apiUrl}${p}`);
  if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Resolves when `check()` is true, re-checking on every `poke`; rejects after `safetyMs` with `what`. */
export function until(
  check: () => boolean,
  onChange: (fn: () => void) => () => void,
  what: string,
  safetyMs = 20_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${what}`));
    }, safetyMs);
    const off = onChange(() => {
      if (!check()) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

/** A raw SMTP client: collects server lines (marking those that came inside TLS) and can start TLS. */
export class RawClient {
  sock: Socket | TLSSocket;
  lines: Array<{ tls: boolean; text: string }> = [];
  bytes = 0;
  closed = false;
  reset = false;
  error: NodeJS.ErrnoException | null = null;
  private buf = "";
  private tls = false;
  private readonly waiters = new Set<() => void>();

  private constructor(sock: Socket | TLSSocket, tls: boolean) {
    this.sock = sock;
    this.tls = tls;
    this.attach(sock);
  }

  static open(port: number, opts: { tls?: boolean } = {}): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const sock = opts.tls
        ? tlsConnect({ host: "127.0.0.1", port, rejectUnauthorized: false, servername: "mail.example.test" })
        : netConnect({ host: "127.0.0.1", port });
      const onErr = (e: Error) => reject(e);
      sock.once("error", onErr);
      sock.once(opts.tls ? "secureConnect" : "connect", () => {
        sock.off("error", onErr);
        resolve(new RawClient(sock, !!opts.tls));
      });
    });
  }

  private attach(sock: Socket | TLSSocket): void {
    sock.on("data", (d: Buffer) => {
      this.bytes += d.length;
      this.buf += d.toString("latin1");
      let at = this.buf.indexOf("\n");
      while (at >= 0) {
        const line = this.buf.slice(0, at).replace(/\r$/, "");
        this.buf = this.buf.slice(at + 1);
        this.lines.push({ tls: this.tls, text: Buffer.from(line, "latin1").toString("utf8") });
        at = this.buf.indexOf("\n");
      }
      this.poke();
    });
    sock.on("error", (e: NodeJS.ErrnoException) => {
      this.error = e;
      if (e.code === "ECONNRESET") this.reset = true;
      this.poke();
    });
    sock.on("close", () => {
      this.closed = true;
      this.poke();
    });
  }

  private poke(): void {
    for (const w of [...this.waiters]) w();
  }

  onChange = (fn: () => void): (() => void) => {
    this.waiters.add(fn);
    return () => this.waiters.delete(fn);
  };

  /** Complete replies so far (a reply ends with its "NNN " line). */
  get replies(): number {
    return this.lines.filter((l) => /^\d{3}(?: |$)/.test(l.text)).length;
  }

  write(data: string | Uint8Array): void {
    if (!this.closed && !this.sock.destroyed) this.sock.write(data);
  }

  waitReplies(n: number, what = `${n} replies`): Promise<void> {
    return until(() => this.replies >= n || this.closed, this.onChange, what);
  }

  waitClosed(): Promise<void> {
    return until(() => this.closed, this.onChange, "the connection to close");
  }

  /** STARTTLS was answered 220: continue inside TLS on the same connection. */
  startTls(): Promise<void> {
    return new Promise((resolve, reject) => {
      const raw = this.sock as Socket;
      raw.removeAllListeners("data");
      const ts = tlsConnect({ socket: raw, rejectUnauthorized: false, servername: "mail.example.test" });
      ts.once("error", reject);
      ts.once("secureConnect", () => {
        ts.off("error", reject);
        this.sock = ts;
        this.tls = true;
        this.attach(ts);
        resolve();
      });
    });
  }

  end(): void {
    this.sock.end();
  }

  destroy(): void {
    this.sock.destroy();
  }
}
