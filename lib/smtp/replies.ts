/**
 * The reply table, as the server speaks it: every reply this server can send, one row each, read top to
 * bottom: id, code, enhanced code, text. What each reply means is in replies-notes.ts (for the narration)
 * and how to react to it in replies-teaching.ts (for the /codes page); the three tables share the ids and
 * the order, and replies-teaching.ts joins them into REPLY_TABLE.
 *
 * Rules of this module:
 * - Codes, enhanced codes and texts are Postfix 3.7's (the reference lab); where Postfix departs from the
 *   RFC, the row's `postfix` note (replies-notes.ts) says how, and the narration teaches the RFC.
 * - Enhanced status codes (RFC 3463) appear where Postfix puts them: never on the 220 greeting, the
 *   EHLO/HELO replies or 3xx replies (RFC 2034 §3); their class always equals the reply's first digit.
 * - Every rendered line, CRLF included, fits in 512 octets (RFC 5321 §4.5.3.1.5): echoed client text
 *   is made printable and clipped.
 * - Only what the server needs to speak lives here: this module is in the browser bundle (browser.ts), the
 *   teaching text is not.
 */

import { clipUtf8, printable } from "./bytes";

/** RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets including CRLF. */
export const MAX_REPLY_LINE = 512;

/** One row as the server speaks it. */
export interface ReplyText<I extends string = string> {
  id: I;
  code: number;
  /** RFC 3463 class.subject.detail, or null where Postfix sends none. */
  enhanced: string | null;
  /** Text after the code(s); `{name}` placeholders are filled by renderReply. */
  text: string;
}

const R = <I extends string>(id: I, code: number, enhanced: string | null, text: string): ReplyText<I> => ({
  id,
  code,
  enhanced,
  text,
});

export const REPLY_TEXTS = [
  // --- Connection ---
  R("greeting", 220, null, "{banner}"),
  R("greeting-rejected", 554, "5.7.1", "<{client}>: Client host rejected: Access denied"),
  R("access-denied", 503, "5.7.0", "Error: access denied for {client}"),
  R("bye", 221, "2.0.0", "Bye"),
  R("too-many-errors", 421, "4.7.0", "{host} Error: too many errors"),
  R("timeout", 421, "4.4.2", "{host} Error: timeout exceeded"),
  R("too-many-connections", 421, "4.7.0", "{host} Error: too many connections from {addr}"),
  // --- EHLO / HELO ---
  R("ehlo", 250, null, "{host}"),
  R("helo", 250, null, "{host}"),
  R("ehlo-syntax", 501, null, "Syntax: EHLO hostname"),
  R("helo-syntax", 501, null, "Syntax: HELO hostname"),
  R("helo-first", 503, "5.5.1", "Error: send HELO/EHLO first"),
  // --- Generic ---
  R("ok", 250, "2.0.0", "Ok"),
  R("unknown-command", 500, "5.5.2", "Error: command not recognized"),
  R("non-smtp-command", 221, "2.7.0", "Error: I can break rules, too. Goodbye."),
  R("bad-syntax", 500, "5.5.2", "Error: bad syntax"),
  R("bad-utf8", 500, "5.5.2", "Error: bad UTF-8 syntax"),
  // --- STARTTLS ---
  R("starttls-ready", 220, "2.0.0", "Ready to start TLS"),
  R("starttls-syntax", 501, "5.5.4", "Syntax: STARTTLS"),
  R("starttls-not-offered", 502, "5.5.1", "Error: command not implemented"),
  R("tls-already-active", 554, "5.5.1", "Error: TLS already active"),
  R("tls-unavailable", 454, "4.7.0", "TLS not available due to local problem"),
  R("tls-required", 530, "5.7.0", "Must issue a STARTTLS command first"),
  // --- AUTH ---
  R("auth-challenge", 334, null, "{challenge}"),
  R("auth-ok", 235, "2.7.0", "Authentication successful"),
  R("auth-failed", 535, "5.7.8", "Error: authentication failed: (reason unavailable)"),
  R("auth-aborted", 501, "5.7.0", "Authentication aborted"),
  R("auth-not-enabled", 503, "5.5.1", "Error: authentication not enabled"),
  R("auth-already", 503, "5.5.1", "Error: already authenticated"),
  R("auth-in-transaction", 503, "5.5.1", "Error: MAIL transaction in progress"),
  R("auth-syntax", 501, "5.5.4", "Syntax: AUTH mechanism"),
  R("auth-bad-mechanism", 535, "5.7.8", "Error: authentication failed: Invalid authentication mechanism"),
  R("auth-bad-base64", 535, "5.7.8", "Error: authentication failed: Invalid base64 data in {where} response"),
  R("auth-temporary", 454, "4.7.0", "Temporary authentication failure: {reason}"),
  // --- MAIL ---
  R("mail-ok", 250, "2.1.0", "Ok"),
  R("mail-nested", 503, "5.5.1", "Error: nested MAIL command"),
  R("too-much-mail", 450, "4.7.1", "Error: too much mail from {addr}"),
  R("mail-syntax", 501, "5.5.4", "Syntax: MAIL FROM:<address>"),
  R("sender-syntax", 501, "5.1.7", "Bad sender address syntax"),
  R("unsupported-option", 555, "5.5.4", "Unsupported option: {arg}"),
  R("size-syntax", 501, "5.5.4", "Bad message size syntax"),
  R("size-exceeded", 552, "5.3.4", "Message size exceeds fixed limit"),
  R("message-too-big", 552, "5.3.4", "Error: message file too big"),
  R("ret-syntax", 501, "5.5.4", "Bad RET parameter syntax"),
  R("envid-syntax", 501, "5.5.4", "Bad ENVID parameter syntax"),
  // --- RCPT ---
  R("rcpt-ok", 250, "2.1.5", "Ok"),
  R("need-mail", 503, "5.5.1", "Error: need MAIL command"),
  R("rcpt-syntax", 501, "5.5.4", "Syntax: RCPT TO:<address>"),
  R("rcpt-address-syntax", 501, "5.1.3", "Bad recipient address syntax"),
  R("notify-syntax", 501, "5.5.4", "Error: Bad NOTIFY parameter syntax"),
  R("orcpt-syntax", 501, "5.5.4", "Error: Bad ORCPT parameter syntax"),
  R("too-many-recipients", 452, "4.5.3", "Error: too many recipients"),
  R("relay-denied", 554, "5.7.1", "<{addr}>: Relay access denied"),
  R(
    "unknown-user",
    550,
    "5.1.1",
    "<{addr}>: Recipient address rejected: User unknown in local recipient table",
  ),
  R("client-rejected", 554, "5.7.1", "<{client}>: Client host rejected: Access denied"),
  R(
    "greylisted",
    450,
    "4.2.0",
    "<{addr}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/{domain}.html",
  ),
  // --- DATA / BDAT ---
  R("need-rcpt", 503, "5.5.1", "Error: need RCPT command"),
  R("no-valid-recipients", 554, "5.5.1", "Error: no valid recipients"),
  R("data-syntax", 501, "5.5.4", "Syntax: DATA"),
  R("data-go-ahead", 354, null, "End data with <CR><LF>.<CR><LF>"),
  R("queued", 250, "2.0.0", "Ok: queued as {queueId}"),
  R("bdat-ok", 250, "2.0.0", "Ok: {bytes} bytes"),
  R("bdat-queued", 250, "2.0.0", "Ok: {bytes} bytes queued as {queueId}"),
  R("bdat-syntax", 521, "5.5.4", "Syntax: BDAT count [LAST]"),
  R("bdat-too-big", 552, "5.3.4", "Chunk exceeds message size limit"),
  R("bdat-mixed", 503, "5.5.1", "Error: DATA after BDAT"),
  // --- VRFY / ETRN / others ---
  R("vrfy-ok", 252, "2.0.0", "{arg}"),
  R("vrfy-syntax", 501, "5.5.4", "Syntax: VRFY address [SMTPUTF8]"),
  R("vrfy-disabled", 502, "5.5.1", "VRFY command is disabled"),
  R("etrn-syntax", 500, null, "Syntax: ETRN domain"),
  R("etrn-bad-domain", 501, null, "Error: invalid parameter syntax"),
  R("etrn-no-service", 459, null, "<{arg}>: service unavailable"),
  R("etrn-in-transaction", 503, null, "Error: MAIL transaction in progress"),
  R("rset-syntax", 501, "5.5.4", "Syntax: RSET"),
  R("insufficient-authorization", 550, "5.7.0", "Error: insufficient authorization"),
] as const;

/** A row id of the reply table. A plain string for callers (events carry ids as data). */
export type ReplyId = string;
/** The ids actually in the table: the other two tables must have exactly these keys. */
export type KnownReplyId = (typeof REPLY_TEXTS)[number]["id"];

const BY_ID = new Map<string, ReplyText>(REPLY_TEXTS.map((r) => [r.id, r]));

/** A reply as sent: one or more lines, each "NNN-..." except the last "NNN ...". */
export interface Reply {
  id: ReplyId;
  code: number;
  enhanced: string | null;
  /** Wire lines without CRLF. */
  lines: string[];
}

/** Echoed client text: printable, and short enough that the line stays under 512 octets. */
export function echo(text: string, max = 100): string {
  return clipUtf8(printable(text), max);
}

export function renderReply(
  id: ReplyId,
  vars: Record<string, string | number> = {},
  extra: string[] = [],
): Reply {
  const row = BY_ID.get(id);
  if (!row) throw new Error(`unknown reply id ${id}`);
  const text = row.text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
  const first = row.enhanced ? `${row.enhanced} ${text}` : text;
  const bodies = [first, ...extra];
  const lines = bodies.map((b, i) => {
    const sep = i === bodies.length - 1 ? " " : "-";
    // RFC 5321 §4.5.3.1.5: 512 octets including CRLF.
    return clipUtf8(`${row.code}${sep}${b}`, MAX_REPLY_LINE - 2);
  });
  return { id: row.id, code: row.code, enhanced: row.enhanced, lines };
}

/** 2 positive completion, 3 intermediate, 4 transient, 5 permanent (RFC 5321 §4.2.1). */
export function replyClass(code: number): 2 | 3 | 4 | 5 {
  const c = Math.floor(code / 100);
  return (c === 2 || c === 3 || c === 4 ? c : 5) as 2 | 3 | 4 | 5;
}
