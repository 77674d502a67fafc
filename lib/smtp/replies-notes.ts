/**
 * What each reply means: one plain-English sentence, the RFC sections behind it, and a `postfix` note
 * where the lab's Postfix differs from what the RFC text says. The narration falls back on these for
 * every reply it has no sentence of its own for, and the /codes page shows them (REPLY_TABLE,
 * replies-teaching.ts).
 *
 * Rules of this module:
 * - One entry per row of replies.ts, same ids, same order (the type and a test check it).
 * - `meaning` is plain English for a first-year student; `postfix` says what the RFC requires and what
 *   this server does instead.
 * - It is loaded with the narration (the console narrates), so it holds nothing the narration does not
 *   read: causes and remedies are in replies-teaching.ts.
 */

import type { KnownReplyId } from "./replies";
import { type RfcRef, rfc } from "./rfc";

export interface ReplyNote {
  meaning: string;
  rfc: RfcRef[];
  /** Where the lab's Postfix differs from what the RFC text says. */
  postfix?: string;
}

const N = (meaning: string, refs: RfcRef[], postfix?: string): ReplyNote =>
  postfix === undefined ? { meaning, rfc: refs } : { meaning, rfc: refs, postfix };

export const REPLY_NOTES: Readonly<Record<KnownReplyId, ReplyNote>> = {
  // --- Connection ---
  greeting: N("The server is ready to talk SMTP; the text starts with its host name.", [
    rfc(5321, "4.2.3"),
    rfc(5321, "3.1"),
  ]),
  "greeting-rejected": N(
    "The server refuses this client from the start: every command but QUIT will fail.",
    [rfc(5321, "3.1"), rfc(3463, "3.8")],
    "RFC 5321 §3.1 says a server refusing service greets with 554; Postfix does this only with smtpd_delay_reject = no.",
  ),
  "access-denied": N("The connection was refused at the greeting, so this command is refused too.", [
    rfc(5321, "3.1"),
  ]),
  bye: N("The server closes the connection, as QUIT asked.", [rfc(5321, "4.1.1.10"), rfc(5321, "4.2.3")]),
  "too-many-errors": N("The server hangs up because the client made too many mistakes in one session.", [
    rfc(5321, "4.2.3"),
    rfc(5321, "3.8"),
  ]),
  timeout: N("The server waited too long for the next command and closes the connection.", [
    rfc(5321, "4.5.3.2.7"),
    rfc(5321, "3.8"),
  ]),
  "too-many-connections": N(
    "The server refuses this connection at once: this client has too many connections open, or opened them too fast.",
    [rfc(5321, "3.8"), rfc(5321, "4.2.3"), rfc(3463, "3.8")],
  ),
  // --- EHLO / HELO ---
  ehlo: N("Hello accepted; the following lines list the extensions (ESMTP keywords) this server supports.", [
    rfc(5321, "4.1.1.1"),
    rfc(2034, "3"),
  ]),
  helo: N("Hello accepted, without the extension list (HELO is the old, pre-ESMTP greeting).", [
    rfc(5321, "4.1.1.1"),
  ]),
  "ehlo-syntax": N("EHLO needs the client's host name (or an address literal like [192.0.2.1]).", [
    rfc(5321, "4.1.1.1"),
    rfc(5321, "4.1.4"),
  ]),
  "helo-syntax": N("HELO needs the client's host name.", [rfc(5321, "4.1.1.1")]),
  "helo-first": N("This server wants a greeting (EHLO) before any mail command.", [rfc(5321, "4.1.4")]),
  // --- Generic ---
  ok: N("Done: the command worked.", [rfc(5321, "4.1.1.5"), rfc(5321, "4.1.1.9")]),
  "unknown-command": N(
    "The server does not know this command.",
    [rfc(5321, "4.2.4"), rfc(5321, "4.2.3")],
    "RFC 5321 §4.1.1.8 makes HELP part of the protocol and §4.5.1 lists it among commands to support; Postfix does not implement it and answers 500.",
  ),
  "non-smtp-command": N(
    "The server decided this is not an SMTP client at all and hangs up.",
    [rfc(5321, "4.1.1.4"), rfc(5321, "3.8")],
    "No RFC defines this reply; Postfix uses it for smtpd_forbidden_commands and header-like lines, and closes at once.",
  ),
  "bad-syntax": N("The line could not be read as a command at all.", [
    rfc(5321, "4.2.3"),
    rfc(5321, "4.1.1"),
  ]),
  "bad-utf8": N("The line contains bytes that are not valid UTF-8, so the server will not interpret it.", [
    rfc(6531, "3.3"),
    rfc(5321, "2.4"),
  ]),
  // --- STARTTLS ---
  "starttls-ready": N("Go ahead: the next bytes on this connection are the client's TLS handshake.", [
    rfc(3207, "4"),
    rfc(3207, "4.2"),
  ]),
  "starttls-syntax": N("STARTTLS takes no parameters.", [rfc(3207, "4")]),
  "starttls-not-offered": N("This listener does not offer STARTTLS.", [rfc(3207, "4"), rfc(5321, "4.2.4")]),
  "tls-already-active": N(
    "The connection is already encrypted; TLS cannot be started twice.",
    [rfc(3207, "4.2")],
    "RFC 3207 does not name a code for this; Postfix uses 554 5.5.1.",
  ),
  "tls-unavailable": N("The server cannot start TLS right now (a temporary problem on its side).", [
    rfc(3207, "4"),
  ]),
  "tls-required": N(
    "This server requires encryption before this command.",
    [rfc(3207, "4"), rfc(8314, "3.3")],
    "RFC 5321 §4.1.1.5 says RSET always gets 250, and §4.1.4 allows VRFY at any time; before STARTTLS on 587 Postfix answers 530 even to RSET, VRFY and ETRN.",
  ),
  // --- AUTH ---
  "auth-challenge": N(
    "The server waits for the next piece of the login, as base64 (base64 is an encoding, not encryption).",
    [rfc(4954, "4"), rfc(4616, "2")],
  ),
  "auth-ok": N("The user name and password were right: this session is now authenticated.", [rfc(4954, "6")]),
  "auth-failed": N("Wrong user name or password.", [rfc(4954, "6")]),
  "auth-aborted": N("The client cancelled the login with '*'.", [rfc(4954, "4")]),
  "auth-not-enabled": N(
    "AUTH is not available on this connection right now.",
    [rfc(4954, "4"), rfc(4616, "5"), rfc(3207, "4")],
    "RFC 4954 §6 defines 538 5.7.11 'Encryption required for requested authentication mechanism'; Postfix answers 503 5.5.1 because AUTH is not enabled before TLS.",
  ),
  "auth-already": N("Only one successful AUTH is allowed per session.", [rfc(4954, "4")]),
  "auth-in-transaction": N("AUTH is not allowed in the middle of a mail transaction.", [rfc(4954, "4")]),
  "auth-syntax": N("AUTH needs a mechanism name (and at most one initial response).", [rfc(4954, "4")]),
  "auth-bad-mechanism": N(
    "The server does not offer this SASL mechanism.",
    [rfc(4954, "4"), rfc(4954, "6")],
    "RFC 4954 §6 says 504 for an unsupported mechanism; Postfix with Dovecot answers 535 5.7.8.",
  ),
  "auth-bad-base64": N(
    "The login data was not valid base64, so the server could not even read it.",
    [rfc(4954, "4"), rfc(4648, "4")],
    "RFC 4954 §4 says a server that cannot decode the base64 must reject the AUTH with 501; Postfix answers 535 5.7.8.",
  ),
  "auth-temporary": N("The server cannot check passwords right now.", [rfc(4954, "6")]),
  // --- MAIL ---
  "mail-ok": N("Sender accepted: a mail transaction has started.", [rfc(5321, "4.1.1.2"), rfc(3463, "3.2")]),
  "mail-nested": N("A transaction is already open; MAIL cannot be sent twice.", [rfc(5321, "4.1.4")]),
  "too-much-mail": N(
    "This client sent more messages than the server allows per minute; it should try again later.",
    [rfc(5321, "4.2.3"), rfc(3463, "3.8")],
  ),
  "mail-syntax": N("MAIL needs FROM: followed by an address in angle brackets.", [
    rfc(5321, "4.1.1.2"),
    rfc(5321, "4.1.4"),
  ]),
  "sender-syntax": N("The sender address cannot be parsed.", [rfc(5321, "4.1.2"), rfc(3463, "3.2")]),
  "unsupported-option": N("The server does not know this MAIL or RCPT parameter.", [
    rfc(5321, "4.1.1.11"),
    rfc(5321, "4.2.3"),
  ]),
  "size-syntax": N("SIZE= must be a number of octets.", [rfc(1870, "6")]),
  "size-exceeded": N("The message is bigger than this server accepts (SIZE in the EHLO list).", [
    rfc(1870, "6"),
    rfc(5321, "4.5.3.1.10"),
    rfc(3463, "3.4"),
  ]),
  "message-too-big": N(
    "The message turned out bigger than the server accepts; it was read to the end and thrown away.",
    [rfc(5321, "4.5.3.1.10"), rfc(1870, "6")],
  ),
  "ret-syntax": N("RET= must be FULL or HDRS, given once.", [rfc(3461, "4.3")]),
  "envid-syntax": N("ENVID= must be xtext, given once.", [rfc(3461, "4.4")]),
  // --- RCPT ---
  "rcpt-ok": N("Recipient accepted.", [rfc(5321, "4.1.1.3"), rfc(3463, "3.2")]),
  "need-mail": N("RCPT is only allowed inside a transaction.", [rfc(5321, "4.1.4"), rfc(5321, "3.3")]),
  "rcpt-syntax": N("RCPT needs TO: followed by an address in angle brackets.", [rfc(5321, "4.1.1.3")]),
  "rcpt-address-syntax": N("The recipient address cannot be parsed.", [rfc(5321, "4.1.2"), rfc(3463, "3.2")]),
  "notify-syntax": N("NOTIFY= must be NEVER, or a list of SUCCESS, FAILURE, DELAY.", [rfc(3461, "4.1")]),
  "orcpt-syntax": N("ORCPT= must be addr-type;xtext, e.g. rfc822;bob@example.net.", [rfc(3461, "4.2")]),
  "too-many-recipients": N("This message already has as many recipients as the server takes at once.", [
    rfc(5321, "4.5.3.1.10"),
    rfc(5321, "4.5.3.1.8"),
  ]),
  "relay-denied": N(
    "This server is not the destination for that address and will not pass mail on for strangers.",
    [rfc(5321, "7.9"), rfc(5321, "3.6.2"), rfc(3463, "3.8")],
    "RFC 5321 §7.9 describes a refusal for policy reasons as 550; Postfix (reject_unauth_destination) answers 554 5.7.1.",
  ),
  "unknown-user": N("There is no such mailbox at this domain.", [rfc(5321, "4.2.3"), rfc(3463, "3.2")]),
  "client-rejected": N(
    "This listener takes mail only from logged-in users, and this session has not authenticated.",
    [rfc(6409, "4.3"), rfc(3463, "3.8")],
    "RFC 6409 §4.3 says the MSA refuses MAIL (530 would fit); Postfix, with smtpd_delay_reject = yes, accepts MAIL and refuses at RCPT with 554 5.7.1.",
  ),
  greylisted: N(
    "Temporary refusal: this server does not know this sender yet and asks it to come back later.",
    [rfc(6647, "2"), rfc(6647, "5"), rfc(5321, "4.5.4.1")],
  ),
  // --- DATA / BDAT ---
  "need-rcpt": N("There is no accepted recipient yet, so there is nowhere to send the message.", [
    rfc(5321, "4.1.4"),
    rfc(5321, "3.3"),
  ]),
  "no-valid-recipients": N(
    "Every recipient of this transaction was refused, so there is nothing to deliver.",
    [rfc(5321, "3.3"), rfc(5321, "4.1.1.4")],
  ),
  "data-syntax": N("DATA takes no parameters.", [rfc(5321, "4.1.1.4")]),
  "data-go-ahead": N(
    "Go ahead: send the message (headers, blank line, body), then a line with a single dot.",
    [rfc(5321, "4.1.1.4"), rfc(5321, "4.5.2")],
  ),
  queued: N("The server has stored the message and is now responsible for delivering it or bouncing it.", [
    rfc(5321, "6.1"),
    rfc(5321, "4.1.1.4"),
  ]),
  "bdat-ok": N(
    "This chunk arrived (the number is the total so far); send the next one, the last with LAST.",
    [rfc(3030, "2"), rfc(3030, "3")],
  ),
  "bdat-queued": N(
    "The last chunk arrived: the server has stored the whole message and is now responsible for it.",
    [rfc(3030, "2"), rfc(5321, "6.1")],
  ),
  "bdat-syntax": N(
    "The server cannot tell where this chunk ends, so it hangs up.",
    [rfc(3030, "2"), rfc(7504, "3")],
    "RFC 3030 does not say what to do with a malformed BDAT; Postfix answers 521 and closes, because it can no longer find the next command.",
  ),
  "bdat-too-big": N("The chunks add up to more than the server accepts; it read and threw away the data.", [
    rfc(3030, "2"),
    rfc(1870, "6"),
  ]),
  "bdat-mixed": N("A message is sent either with DATA or with BDAT chunks, not both.", [rfc(3030, "3")]),
  // --- VRFY / ETRN / others ---
  "vrfy-ok": N("The server will not confirm whether this mailbox exists, but would accept mail for it.", [
    rfc(5321, "3.5.3"),
    rfc(5321, "7.3"),
  ]),
  "vrfy-syntax": N("VRFY needs an address.", [rfc(5321, "4.1.1.6")]),
  "vrfy-disabled": N(
    "This server does not answer VRFY at all.",
    [rfc(5321, "7.3")],
    "RFC 5321 §7.3 asks a server that disables VRFY to answer 252; Postfix answers 502.",
  ),
  "etrn-syntax": N("ETRN needs exactly one domain.", [rfc(1985, "5")]),
  "etrn-bad-domain": N("That is not a valid domain name.", [rfc(1985, "5")]),
  "etrn-no-service": N(
    "This server keeps no queue for that domain, so it cannot start delivering it.",
    [rfc(1985, "5")],
    "RFC 2034 puts an enhanced status code on every 4xx reply; Postfix sends none here.",
  ),
  "etrn-in-transaction": N("ETRN is not allowed inside a mail transaction.", [rfc(1985, "5")]),
  "rset-syntax": N("RSET takes no parameters here.", [rfc(5321, "4.1.1.5")]),
  "insufficient-authorization": N("This command is reserved for trusted hosts.", [rfc(5321, "4.2.3")]),
};

/** The note for a reply id, if the table has one. */
export function replyNote(id: string): ReplyNote | undefined {
  return Object.hasOwn(REPLY_NOTES, id) ? REPLY_NOTES[id as KnownReplyId] : undefined;
}
