/**
 * The transcript: an event log rendered in the reference's swaks notation, from the client's seat.
 *   `<-  ` server line, plaintext         `<~  ` server line inside TLS
 *   `<** ` 4xx/5xx line, plaintext        `<~* ` 4xx/5xx line inside TLS
 *   ` -> ` client line, plaintext         ` ~> ` client line inside TLS
 *   `=== ` information from the client tool (connecting, TLS started, closed), never SMTP octets.
 * Attacker actions and server-side facts a client cannot see (discarded plaintext) appear as `=== `
 * notes so the CLI tells the whole story. The CLI and the website both use this one function.
 *
 * Rules: pure; one event may give zero or more lines; nothing here decides protocol behaviour.
 */

import { formatDuration } from "./clock";
import type { SessionEvent } from "./events";

export function replyPrefix(tls: boolean, code: number): string {
  const bad = code >= 400;
  if (tls) return bad ? "<~* " : "<~  ";
  return bad ? "<** " : "<-  ";
}

export function clientPrefix(tls: boolean): string {
  return tls ? " ~> " : " -> ";
}

/** The transcript lines one event produces. */
export function eventLines(e: SessionEvent): string[] {
  switch (e.kind) {
    case "Connected":
      return [`=== Trying ${e.serverAddr}:${e.port}...`, `=== Connected to ${e.serverAddr}.`];
    case "TlsFlight":
      // Only the wrong-mode client's ClientHello is shown as a client line: the server reads it as text.
      if (e.flight === "client-hello" && e.via === "tls-first" && e.wire[0]?.kind === "tls") {
        return [` -> [binary TLS ClientHello record, ${e.bytes} bytes: ${e.wire[0].hex.slice(0, 32)} ...]`];
      }
      return [];
    case "TlsEstablished":
      return [
        `=== TLS started with cipher ${e.version}:${e.cipher}:${e.bits}`,
        "=== TLS no local certificate set",
        `=== TLS peer DN="${e.peerDn}"`,
      ];
    case "TlsFailed":
      return [];
    case "ClientSent":
      return e.lines.map((l) => clientPrefix(e.tls) + l);
    case "ServerReplied": {
      if (e.to !== "client") return [];
      const lines = e.reply.lines.map((l) => replyPrefix(e.tls, e.reply.code) + l);
      // The lab's notation for a reply that came late (Postfix's error tarpit, Dovecot's AUTH delays).
      if (e.delayMs >= 400 && (e.batch?.index ?? 0) === 0) {
        lines.unshift(
          `=== (server reply came ${(e.delayMs / 1000).toFixed(1)} s after the client's last write)`,
        );
      }
      return lines;
    }
    case "AttackerForwarded":
      if (e.to !== "client") return [];
      return e.lines.map((l) => replyPrefix(e.tls, e.reply?.code ?? 250) + l);
    case "AttackerRewrote":
      return [
        `=== [attacker] rewrote the EHLO reply: removed ${e.removed.join(", ")}${e.added.length ? `, added ${e.added.join(", ")}` : ""}`,
      ];
    case "AttackerInjected":
      return [
        `=== [attacker] appended ${e.lines.length} plaintext line(s) to the STARTTLS packet: ${e.lines.join(" | ")}`,
      ];
    case "AttackerCapturedCredentials":
      return [`=== [attacker] decoded AUTH ${e.mechanism}: user "${e.user}", password "${e.password}"`];
    case "AttackerBlind":
      return ["=== [attacker] from here on sees only TLS records it cannot read"];
    case "PlaintextDiscarded":
      return [
        `=== [server] discarded ${e.lines.length} plaintext line(s) that came in with STARTTLS (CVE-2011-0411 defence)`,
      ];
    case "LineTruncated":
      return [`=== [server] line longer than ${e.limit} octets: only the first ${e.limit} were read`];
    case "ClientAborted":
      return [`=== client gives up: ${e.detail}`];
    case "ClientNote":
      return [`=== ${e.text}`];
    case "ConnectionClosed":
      return [
        e.by === "server"
          ? "=== Connection closed with remote host."
          : "=== Connection closed by the client.",
      ];
    case "ConnectionReset":
      return ["=== Connection reset by remote host."];
    case "Waited":
      switch (e.reason) {
        case "no-greeting":
          return [
            `=== (${formatDuration(e.ms)} of silence: the server sends no greeting; it is waiting for a TLS ClientHello)`,
          ];
        case "client-gave-up":
          return [
            `=== no more data for ${formatDuration(e.ms)}; the connection stays open until the client closes it`,
          ];
        case "retry-later":
          return [`=== waiting ${formatDuration(e.ms)} before trying again`];
        default:
          return [];
      }
    default:
      return [];
  }
}

export function transcript(events: readonly SessionEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) out.push(...eventLines(e));
  return out;
}
