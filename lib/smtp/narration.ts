/**
 * Narration: one or two plain-English sentences per step, with RFC references, DERIVED from the event
 * (its kind, command, reply id, TLS state, port, attacker) through the table below, never written per
 * step index, so it narrates the console and any what-if variation as well as the built-in scenarios.
 *
 * Rules of this module:
 * - The first rule whose `when` matches gives the sentence; annotation rules (discarded plaintext,
 *   captured credentials, a client giving up, …) may add one more sentence.
 * - Every sentence agrees with shared/content/smtp-facts.md; where the lab's Postfix differs from an
 *   RFC, the sentence says what the RFC requires and what this server does.
 * - Audience: a first-year IT student. Short words, one idea per sentence.
 * - `toSteps` lives here (steps.ts takes the narrator as an argument), so that this module, with the
 *   reply notes it falls back on, can be the browser's second, lazy chunk.
 */

import { formatDuration } from "./clock";
import type { SessionEvent } from "./events";
import type { Port, ProfileId } from "./profiles";
import { replyNote } from "./replies-notes";
import { type RfcRef, rfc } from "./rfc";
import { type Step, toStepsWith } from "./steps";

export interface Narration {
  text: string;
  rfc: RfcRef[];
}

export interface NarrationContext {
  event: SessionEvent;
  /** Other events folded into the same step (annotations). */
  notes: SessionEvent[];
  port: Port;
  profile: ProfileId;
  /** Whether TLS is up on the client's side at this point. */
  tls: boolean;
  /** How TLS was started on this connection, if it was. */
  tlsVia: "starttls" | "implicit" | "tls-first" | null;
  attacker: boolean;
  /** Whether the session has authenticated (AUTH 235) before this step. */
  authenticated: boolean;
}

interface Rule {
  id: string;
  when: (c: NarrationContext) => boolean;
  say: (c: NarrationContext) => string;
  rfc: RfcRef[] | ((c: NarrationContext) => RfcRef[]);
}

const ev = <K extends SessionEvent["kind"]>(
  c: NarrationContext,
  k: K,
): Extract<SessionEvent, { kind: K }> | null =>
  c.event.kind === k ? (c.event as Extract<SessionEvent, { kind: K }>) : null;
const sent = (c: NarrationContext) => ev(c, "ClientSent");
const cmd = (c: NarrationContext, verb: string) => sent(c)?.command === verb;
const replied = (c: NarrationContext) => {
  const s = ev(c, "ServerReplied");
  if (s) return s.reply;
  const f = ev(c, "AttackerForwarded");
  return f?.reply ?? null;
};
const rid = (c: NarrationContext, id: string) => replied(c)?.id === id;
const submission = (c: NarrationContext) => c.profile !== "relay";

/** Message rules, first match wins. */
export const NARRATION_RULES: Rule[] = [
  // --- connection -----------------------------------------------------------------------------------
  {
    id: "connect-25",
    when: (c) => c.event.kind === "Connected" && c.port === 25,
    say: () =>
      "The client opens a TCP connection to port 25, where mail servers receive mail from other servers (the MX port). Nothing is encrypted yet.",
    rfc: [rfc(5321, "4.5.4.2"), rfc(8314, "7.3")],
  },
  {
    id: "connect-587",
    when: (c) => c.event.kind === "Connected" && c.port === 587,
    say: () =>
      "The client connects to port 587, the submission port for mail programs. It starts in plaintext; this server will insist on STARTTLS before any login.",
    rfc: [rfc(6409, "3.1"), rfc(8314, "3.3")],
  },
  {
    id: "connect-2525",
    when: (c) => c.event.kind === "Connected" && c.port === 2525,
    say: () =>
      "The client connects to port 2525. No standard assigns this port to mail: some providers offer it as a copy of 587 for networks that block 587, and this server treats it exactly like 587.",
    rfc: [rfc(6409, "3.1")],
  },
  {
    id: "connect-465",
    when: (c) => c.event.kind === "Connected" && c.port === 465,
    say: () =>
      "The client connects to port 465 (submissions, implicit TLS). Here TLS starts with the very first byte: no SMTP is spoken until the encryption is up.",
    rfc: [rfc(8314, "3.3"), rfc(8314, "7.3")],
  },
  // --- TLS flights ------------------------------------------------------------------------------------
  {
    id: "tls-first-hello",
    when: (c) => ev(c, "TlsFlight")?.flight === "client-hello" && ev(c, "TlsFlight")?.via === "tls-first",
    say: (c) =>
      `The client starts TLS at once, but this port expects plaintext SMTP first: the server will read these ${ev(c, "TlsFlight")?.bytes ?? 517} binary bytes as if they were text commands.`,
    rfc: [rfc(3207, "4"), rfc(8314, "3.3")],
  },
  {
    id: "client-hello",
    when: (c) => ev(c, "TlsFlight")?.flight === "client-hello",
    say: (c) =>
      // The wire view labels each TLS record with its length field, which excludes the record's 5-byte
      // header (so application data reads "SMTP line + 17"); the flight's byte count includes it. Say both,
      // so "512" on the stage and "517" here (and in the compare view) do not read as a contradiction.
      `${c.port === 465 ? "Before any SMTP, the" : "The"} client opens the TLS handshake with a ClientHello, offering its TLS versions and ciphers: one TLS record of ${(ev(c, "TlsFlight")?.bytes ?? 517) - 5} bytes, ${ev(c, "TlsFlight")?.bytes ?? 517} on the wire with its 5-byte record header. It is readable on the wire but carries no SMTP.`,
    rfc: [rfc(8446, "4.1.2"), rfc(8446, "5.1"), rfc(3207, "4")],
  },
  {
    id: "server-flight",
    when: (c) => ev(c, "TlsFlight")?.flight === "server-hello",
    say: (c) =>
      `The server answers in one ${ev(c, "TlsFlight")?.bytes ?? 1389}-byte flight: its ServerHello, then (already encrypted) its certificate, a signature and Finished.`,
    rfc: [rfc(8446, "2"), rfc(8446, "4.4")],
  },
  {
    id: "client-finished",
    when: (c) => ev(c, "TlsFlight")?.flight === "client-finished",
    say: () =>
      "The client checks the certificate and completes the handshake. From now on an eavesdropper sees only encrypted records, each 17 bytes longer than the SMTP text inside.",
    rfc: [rfc(8446, "5.2"), rfc(8314, "3.3")],
  },
  {
    id: "session-ticket",
    when: (c) => ev(c, "TlsFlight")?.flight === "new-session-ticket",
    say: () =>
      "The server sends a session ticket the client could use to resume TLS later. It carries no SMTP.",
    rfc: [rfc(8446, "4.6.1")],
  },
  // --- attacker forwards ------------------------------------------------------------------------------
  {
    id: "attacker-forged-ehlo",
    when: (c) =>
      ev(c, "AttackerForwarded")?.to === "client" && ev(c, "AttackerForwarded")?.reply?.id === "ehlo",
    say: () =>
      "The attacker passes on a forged list: STARTTLS removed, AUTH PLAIN LOGIN added. Nothing in plaintext SMTP lets the client notice the change.",
    rfc: [rfc(3207, "6")],
  },
  {
    id: "attacker-forward-client",
    when: (c) => ev(c, "AttackerForwarded")?.to === "client",
    say: () => "The attacker passes the server's reply on to the client.",
    rfc: [rfc(3207, "6")],
  },
  {
    id: "attacker-injects",
    when: (c) => ev(c, "AttackerForwarded")?.to === "server",
    say: () =>
      "The attacker appends its own plaintext commands to the client's STARTTLS packet, hoping the server will run them later inside TLS as if the client had sent them (CVE-2011-0411).",
    rfc: [rfc(3207, "6"), rfc(8314, "A")],
  },
  // --- client commands --------------------------------------------------------------------------------
  {
    id: "binary-to-plaintext",
    when: (c) => sent(c)?.what === "binary",
    say: () => "The client sends binary bytes where the server expects text commands.",
    rfc: [rfc(5321, "2.3.8")],
  },
  {
    id: "ehlo-again",
    when: (c) => cmd(c, "EHLO") && c.tls && c.tlsVia === "starttls",
    say: () =>
      "Inside TLS the client says EHLO again: STARTTLS made both sides forget what they knew, so it must ask for the extension list anew.",
    rfc: [rfc(3207, "4.2")],
  },
  {
    id: "ehlo",
    when: (c) => cmd(c, "EHLO"),
    say: () =>
      "The client introduces itself with EHLO and its host name, asking which extensions the server supports.",
    rfc: [rfc(5321, "4.1.1.1"), rfc(5321, "2.2.1")],
  },
  {
    id: "helo",
    when: (c) => cmd(c, "HELO"),
    say: () =>
      "The client greets with HELO, the old greeting: the server will answer without any extension list.",
    rfc: [rfc(5321, "4.1.1.1")],
  },
  {
    id: "starttls",
    when: (c) => cmd(c, "STARTTLS"),
    say: () => "The client asks to upgrade this same connection to TLS.",
    rfc: [rfc(3207, "4")],
  },
  {
    id: "auth-cleartext",
    when: (c) => (cmd(c, "AUTH") || sent(c)?.what === "auth-response") && !c.tls,
    say: () =>
      "The client sends its login without encryption. Base64 is only an encoding, not encryption: anyone on the path can decode the password.",
    rfc: [rfc(4954, "4"), rfc(4616, "5"), rfc(4954, "14")],
  },
  {
    id: "auth",
    when: (c) => cmd(c, "AUTH"),
    say: (c) =>
      `The client logs in with ${sent(c)?.lines[0]?.split(/\s+/).slice(0, 2).join(" ")}: user name and password in base64, protected by TLS.`,
    rfc: [rfc(4954, "4"), rfc(4616, "2")],
  },
  {
    id: "auth-response",
    when: (c) => sent(c)?.what === "auth-response",
    say: (c) =>
      sent(c)?.lines[0]?.trim() === "*"
        ? "The client cancels the login with '*'."
        : "The client answers the challenge with one base64 line, inside TLS.",
    rfc: [rfc(4954, "4")],
  },
  {
    id: "mail-null",
    when: (c) => cmd(c, "MAIL") && /FROM:\s*<>/i.test(sent(c)?.lines[0] ?? ""),
    say: () =>
      "MAIL FROM:<> uses the null reverse-path: this is how bounces are sent, and no bounce can be sent back about it.",
    rfc: [rfc(5321, "4.5.5"), rfc(5321, "6.1"), rfc(5321, "3.6.3")],
  },
  {
    id: "mail",
    when: (c) => cmd(c, "MAIL"),
    say: () =>
      "MAIL FROM starts a transaction and gives the envelope sender, where any bounce will go. It need not match the From: header the reader sees.",
    rfc: [rfc(5321, "4.1.1.2"), rfc(5321, "3.3")],
  },
  {
    id: "rcpt",
    when: (c) => cmd(c, "RCPT"),
    say: () =>
      "RCPT TO names one envelope recipient; the server decides now whether it takes mail for that address.",
    rfc: [rfc(5321, "4.1.1.3")],
  },
  {
    id: "data",
    when: (c) => cmd(c, "DATA"),
    say: () => "DATA asks permission to send the message itself.",
    rfc: [rfc(5321, "4.1.1.4")],
  },
  {
    id: "message",
    when: (c) => sent(c)?.what === "message",
    say: () =>
      "The client sends the message: headers, an empty line, the body, and finally a line holding a single dot. A body line that starts with a dot gets a second dot (dot-stuffing).",
    rfc: [rfc(5321, "4.1.1.4"), rfc(5321, "4.5.2")],
  },
  {
    id: "bdat",
    when: (c) => cmd(c, "BDAT"),
    say: () =>
      "BDAT sends the message as a chunk of an exact number of bytes (CHUNKING), so no dot terminator is needed.",
    rfc: [rfc(3030, "2")],
  },
  {
    id: "bdat-chunk",
    when: (c) => sent(c)?.what === "bdat-chunk",
    say: () => "The chunk's bytes follow the BDAT line directly, sent as they are, without dot-stuffing.",
    rfc: [rfc(3030, "2")],
  },
  {
    id: "rset",
    when: (c) => cmd(c, "RSET"),
    say: () => "RSET abandons the current transaction; the connection stays open.",
    rfc: [rfc(5321, "4.1.1.5")],
  },
  {
    id: "noop",
    when: (c) => cmd(c, "NOOP"),
    say: () => "NOOP does nothing except ask the server to answer: a way to check the connection is alive.",
    rfc: [rfc(5321, "4.1.1.9")],
  },
  {
    id: "vrfy",
    when: (c) => cmd(c, "VRFY"),
    say: () => "VRFY asks whether an address exists. Many servers will not say, to stop address harvesting.",
    rfc: [rfc(5321, "4.1.1.6"), rfc(5321, "7.3")],
  },
  {
    id: "etrn",
    when: (c) => cmd(c, "ETRN"),
    say: () =>
      "ETRN asks the server to start delivering mail it holds for a domain (for sites that are not always online).",
    rfc: [rfc(1985, "5")],
  },
  {
    id: "quit",
    when: (c) => cmd(c, "QUIT"),
    say: () => "QUIT says goodbye: it must be the last command.",
    rfc: [rfc(5321, "4.1.1.10")],
  },
  {
    id: "other-command",
    when: (c) => c.event.kind === "ClientSent",
    say: () => "The client sends a command line.",
    rfc: [rfc(5321, "4.1.1")],
  },
  // --- server replies -----------------------------------------------------------------------------------
  {
    id: "greeting-465",
    when: (c) => rid(c, "greeting") && c.tls,
    say: () =>
      "The server's 220 greeting arrives only now, already inside TLS: not one byte of SMTP was readable on the wire.",
    rfc: [rfc(8314, "3.3"), rfc(5321, "4.2.3")],
  },
  {
    id: "greeting",
    when: (c) => rid(c, "greeting"),
    say: () => "The server greets with 220 and its host name: it is ready to talk SMTP.",
    rfc: [rfc(5321, "3.1"), rfc(5321, "4.2.3")],
  },
  {
    id: "ehlo-reply-465",
    when: (c) => rid(c, "ehlo") && c.tls && c.tlsVia === "implicit",
    say: () =>
      "The extension list already offers AUTH PLAIN LOGIN and no STARTTLS: this connection has been encrypted since its first byte.",
    rfc: [rfc(8314, "3.3"), rfc(4954, "3")],
  },
  {
    id: "ehlo-reply-tls",
    when: (c) => rid(c, "ehlo") && c.tls,
    say: () =>
      "Inside TLS the list changes: STARTTLS is gone (TLS is already on) and AUTH PLAIN LOGIN appears, since this server takes passwords only inside TLS.",
    rfc: [rfc(3207, "4.2"), rfc(4954, "3")],
  },
  {
    id: "ehlo-reply-submission",
    when: (c) => rid(c, "ehlo") && submission(c),
    say: () =>
      "The server lists its extensions. The list looks just like port 25's, but this submission server will refuse AUTH and MAIL until the client has sent STARTTLS.",
    rfc: [rfc(5321, "4.1.1.1"), rfc(3207, "4")],
  },
  {
    id: "ehlo-reply",
    when: (c) => rid(c, "ehlo"),
    say: () =>
      "The server lists its extensions: STARTTLS is offered, AUTH is not yet (this server takes passwords only inside TLS).",
    rfc: [rfc(5321, "4.1.1.1"), rfc(3207, "4"), rfc(2034, "3")],
  },
  {
    id: "starttls-ready",
    when: (c) => rid(c, "starttls-ready"),
    say: () =>
      "220: go ahead. The TLS handshake follows on the same connection, and afterwards both sides forget everything said so far.",
    rfc: [rfc(3207, "4"), rfc(3207, "4.2")],
  },
  {
    id: "tls-required",
    when: (c) => rid(c, "tls-required"),
    say: (c) =>
      `530: this submission server requires TLS first. The client must send STARTTLS before it may ${sent(c) ? "do this" : "log in or send mail"}.`,
    rfc: [rfc(3207, "4"), rfc(8314, "3.3")],
  },
  {
    id: "auth-challenge",
    when: (c) => rid(c, "auth-challenge"),
    say: (c) => {
      const l = replied(c)?.lines[0] ?? "";
      if (l.endsWith("VXNlcm5hbWU6"))
        return "334 VXNlcm5hbWU6 is just base64 for 'Username:'. The server waits for the user name, in base64.";
      if (l.endsWith("UGFzc3dvcmQ6"))
        return "334 UGFzc3dvcmQ6 is base64 for 'Password:'. The server waits for the password, in base64.";
      return "334 with an empty challenge: the server waits for the credentials in one base64 line.";
    },
    rfc: [rfc(4954, "4")],
  },
  {
    id: "auth-ok",
    when: (c) => rid(c, "auth-ok"),
    say: (c) =>
      `235: the password is right, and this session is now authenticated${
        (ev(c, "ServerReplied")?.delayMs ?? 0) > 0
          ? ` (the answer took ${formatDuration(ev(c, "ServerReplied")?.delayMs ?? 0)}: after a failure the server slows every try)`
          : ""
      }.`,
    rfc: [rfc(4954, "6")],
  },
  {
    id: "auth-failed",
    when: (c) => rid(c, "auth-failed"),
    say: (c) =>
      `535: wrong user name or password. The server waited ${formatDuration(ev(c, "ServerReplied")?.delayMs ?? 0)} before answering, which makes password guessing slow.`,
    rfc: [rfc(4954, "6")],
  },
  {
    id: "mail-ok-unauthenticated-submission",
    when: (c) => rid(c, "mail-ok") && submission(c) && c.tls && !authed(c),
    say: () =>
      "250: sender accepted, even without a login. Postfix checks the login later, at RCPT TO (RFC 6409 would refuse already at MAIL).",
    rfc: [rfc(5321, "4.1.1.2"), rfc(6409, "4.3")],
  },
  {
    id: "mail-ok",
    when: (c) => rid(c, "mail-ok"),
    say: () => "250: the sender is accepted and the transaction has begun.",
    rfc: [rfc(5321, "4.1.1.2")],
  },
  {
    id: "rcpt-ok-relay",
    when: (c) => rid(c, "rcpt-ok") && authed(c),
    say: () =>
      "250: because the client logged in, the server accepts this recipient and will pass the mail on to its domain.",
    rfc: [rfc(5321, "4.1.1.3"), rfc(6409, "4.3")],
  },
  {
    id: "rcpt-ok",
    when: (c) => rid(c, "rcpt-ok"),
    say: () => "250: the server takes mail for this address; it is one of its own mailboxes.",
    rfc: [rfc(5321, "4.1.1.3")],
  },
  {
    id: "relay-denied",
    when: (c) => rid(c, "relay-denied"),
    say: () =>
      "554 5.7.1: this server is not the destination for that domain and the client has not logged in, so it refuses to relay. An 'open relay' that accepted would soon be abused by spammers.",
    rfc: [rfc(5321, "7.9"), rfc(5321, "3.6.2")],
  },
  {
    id: "unknown-user",
    when: (c) => rid(c, "unknown-user"),
    say: () =>
      "550 5.1.1: no such mailbox at this domain. A 5xx reply is permanent: the sender should not repeat it unchanged.",
    rfc: [rfc(5321, "4.2.3"), rfc(3463, "3.2"), rfc(5321, "4.2.1")],
  },
  {
    id: "client-rejected",
    when: (c) => rid(c, "client-rejected"),
    say: () =>
      "554 5.7.1: this submission server takes mail only from logged-in users. RFC 6409 says to refuse at MAIL FROM; Postfix waits until RCPT TO (smtpd_delay_reject) so that its log shows the recipient.",
    rfc: [rfc(6409, "4.3")],
  },
  {
    id: "greylisted",
    when: (c) => rid(c, "greylisted"),
    say: () =>
      "450: greylisting. The server has never seen this client, sender and recipient together and asks it to come back later; real mail servers retry, much spam software does not.",
    rfc: [rfc(6647, "2"), rfc(5321, "4.5.4.1")],
  },
  {
    id: "data-go-ahead",
    when: (c) => rid(c, "data-go-ahead"),
    say: () => "354: go ahead; send the message and end it with a line holding a single dot.",
    rfc: [rfc(5321, "4.1.1.4")],
  },
  {
    id: "queued",
    when: (c) => rid(c, "queued"),
    say: () =>
      "250 after the final dot: the server now holds responsibility for the message and must deliver it or send a bounce. The queue id names it in the server's logs.",
    rfc: [rfc(5321, "6.1"), rfc(5321, "4.1.1.4")],
  },
  {
    id: "bye",
    when: (c) => rid(c, "bye"),
    say: () => "221: the server says goodbye and closes the connection.",
    rfc: [rfc(5321, "4.1.1.10")],
  },
  {
    id: "unknown-command",
    when: (c) => rid(c, "unknown-command"),
    say: () =>
      "500 5.5.2: the server does not recognise this command. RFC 5321 reserves 500 for unrecognised commands and 502 for recognised but unimplemented ones such as HELP or EXPN; this Postfix answers 500 for both.",
    rfc: [rfc(5321, "4.2.4")],
  },
  {
    id: "bad-utf8",
    when: (c) => rid(c, "bad-utf8"),
    say: () =>
      "500 5.5.2: the server read a 'line' of bytes that are not valid UTF-8 text and refused it as a command.",
    rfc: [rfc(6531, "3.3"), rfc(5321, "4.2.3")],
  },
  {
    id: "any-reply",
    when: (c) => replied(c) !== null,
    say: (c) => {
      const r = replied(c);
      const row = r ? replyNote(r.id) : undefined;
      const head = r ? `${r.code}${r.enhanced ? ` ${r.enhanced}` : ""}` : "";
      const note = row?.postfix ? ` ${row.postfix}` : "";
      return `${head}: ${row?.meaning ?? "the server answers."}${note}`;
    },
    rfc: (c) => {
      const r = replied(c);
      return (r && replyNote(r.id)?.rfc) || [rfc(5321, "4.2")];
    },
  },
  // --- connection end, waits ------------------------------------------------------------------------------
  {
    id: "closed-by-server",
    when: (c) => ev(c, "ConnectionClosed")?.by === "server",
    say: (c) =>
      c.tls
        ? "The server sends a TLS close_notify alert and closes the TCP connection."
        : "The server closes the TCP connection.",
    rfc: [rfc(5321, "3.8"), rfc(8446, "6.1")],
  },
  {
    id: "closed-by-client",
    when: (c) => ev(c, "ConnectionClosed")?.by === "client",
    say: () => "The client closes the TCP connection.",
    rfc: [rfc(5321, "3.8")],
  },
  {
    id: "reset",
    when: (c) => c.event.kind === "ConnectionReset",
    say: () =>
      "The server drops the connection with a TCP reset and not one byte of reply: it expected a TLS ClientHello and got plaintext.",
    rfc: [rfc(8314, "3.3")],
  },
  {
    id: "wait-no-greeting",
    when: (c) => ev(c, "Waited")?.reason === "no-greeting",
    say: (c) =>
      `${formatDuration(ev(c, "Waited")?.ms ?? 0)} of silence: on port 465 the server waits for the client to start TLS and never sends a plaintext greeting.`,
    rfc: [rfc(8314, "3.3")],
  },
  {
    id: "wait-retry",
    when: (c) => ev(c, "Waited")?.reason === "retry-later",
    say: (c) =>
      `After a temporary (4xx) failure the sending server keeps the message in its queue and tries again, here ${formatDuration(ev(c, "Waited")?.ms ?? 0)} later to keep the demonstration short: RFC 5321 says a retry should wait at least 30 minutes, and greylisting accepts retries after about a minute.`,
    rfc: [rfc(5321, "4.5.4.1"), rfc(6647, "5")],
  },
  {
    id: "wait-gave-up",
    when: (c) => ev(c, "Waited")?.reason === "client-gave-up",
    say: (c) =>
      `The client's TLS library cannot read plaintext SMTP as TLS and fails; after ${formatDuration(ev(c, "Waited")?.ms ?? 0)} of silence the client gives up. The server would have waited much longer.`,
    rfc: [rfc(8314, "3.3"), rfc(5321, "4.5.3.2.7")],
  },
  {
    id: "fallback",
    when: () => true,
    say: () => "Something happens on the connection.",
    rfc: [rfc(5321, "2.1")],
  },
];

function authed(c: NarrationContext): boolean {
  return c.authenticated;
}

/** Second sentences from the events folded into a step. */
const NOTE_RULES: { kind: SessionEvent["kind"]; say: (e: SessionEvent) => string; rfc: RfcRef[] }[] = [
  {
    kind: "PlaintextDiscarded",
    say: (e) =>
      `It throws away the ${e.kind === "PlaintextDiscarded" ? e.lines.length : 0} plaintext line(s) that arrived together with STARTTLS instead of running them inside TLS: the fix for CVE-2011-0411.`,
    rfc: [rfc(3207, "4.2"), rfc(8314, "A")],
  },
  {
    kind: "AttackerCapturedCredentials",
    say: (e) =>
      e.kind === "AttackerCapturedCredentials"
        ? `The attacker decodes it and now knows user "${e.user}" and password "${e.password}".`
        : "",
    rfc: [rfc(4616, "5"), rfc(3207, "6")],
  },
  {
    kind: "ClientAborted",
    say: (e) => (e.kind === "ClientAborted" ? `The client gives up: ${e.detail}.` : ""),
    rfc: [rfc(3207, "6"), rfc(8314, "5.2")],
  },
  {
    kind: "AttackerBlind",
    say: () =>
      "The attacker on the path now sees only encrypted records: there is nothing left to strip or read.",
    rfc: [rfc(8314, "3.3")],
  },
  {
    kind: "LineTruncated",
    say: (e) =>
      e.kind === "LineTruncated"
        ? `The line was longer than ${e.limit} octets, so Postfix read only the first ${e.limit} (RFC 5321 allows 512 for a command line).`
        : "",
    rfc: [rfc(5321, "4.5.3.1.4")],
  },
];

export function narrate(c: NarrationContext): Narration {
  const rule = NARRATION_RULES.find((r) => r.when(c)) as Rule;
  let text = rule.say(c);
  const refs = [...(typeof rule.rfc === "function" ? rule.rfc(c) : rule.rfc)];
  const s = c.event.kind === "ClientSent" ? c.event : null;
  if (s?.batch && s.batch.index === 0 && s.batch.size > 1 && s.what === "command") {
    text = `With PIPELINING the client sends ${s.batch.size} commands in one packet without waiting for each reply. ${text}`;
    refs.unshift(rfc(2920, "3.1"));
  }
  if (s && s.bytes > 512 && s.what !== "message" && s.what !== "bdat-chunk") {
    text += " This line is longer than the 512 octets RFC 5321 allows for a command line.";
    refs.push(rfc(5321, "4.5.3.1.4"));
  }
  for (const n of c.notes) {
    const nr = NOTE_RULES.find((r) => r.kind === n.kind);
    if (!nr) continue;
    const extra = nr.say(n);
    if (!extra || text.includes(extra)) continue;
    text += ` ${extra}`;
    for (const r of nr.rfc) if (!refs.some((x) => x.rfc === r.rfc && x.section === r.section)) refs.push(r);
  }
  return { text, rfc: refs };
}

/** THE UI CONTRACT (steps.ts): the steps of a log, with their narration. Pure and total. */
export function toSteps(events: readonly SessionEvent[]): Step[] {
  return toStepsWith(events, narrate);
}
