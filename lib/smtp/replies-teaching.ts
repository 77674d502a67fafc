/**
 * The full reply table for people: every row of replies.ts joined with its meaning and citations
 * (replies-notes.ts) and with the teaching columns below, `typicalCause` and `whatToDo`. The /codes
 * page, the reply tooltips and the tests read it through the full entry (index.ts).
 *
 * Rules of this module:
 * - One entry per row of replies.ts, same ids, same order (the type and a test check it).
 * - `typicalCause` and `whatToDo` are plain English for a first-year student (the /codes page).
 * - Never imported by the browser entry (browser.ts) or by anything it imports: the browser gets this
 *   text from pages rendered at build time.
 */

import { type KnownReplyId, REPLY_TEXTS, type ReplyText } from "./replies";
import { REPLY_NOTES } from "./replies-notes";
import type { RfcRef } from "./rfc";

export interface ReplyRow {
  id: string;
  code: number;
  /** RFC 3463 class.subject.detail, or null where Postfix sends none. */
  enhanced: string | null;
  /** Text after the code(s); `{name}` placeholders are filled by renderReply. */
  text: string;
  meaning: string;
  typicalCause: string;
  whatToDo: string;
  rfc: RfcRef[];
  /** Where the lab's Postfix differs from what the RFC text says. */
  postfix?: string;
}

interface Teaching {
  typicalCause: string;
  whatToDo: string;
}

const T = (typicalCause: string, whatToDo: string): Teaching => ({ typicalCause, whatToDo });

const REPLY_TEACHING: Readonly<Record<KnownReplyId, Teaching>> = {
  // --- Connection ---
  greeting: T(
    "Every accepted connection (on 465 only after TLS is up).",
    "Send EHLO with your own host name.",
  ),
  "greeting-rejected": T(
    "The client's address is on a block list or not allowed by policy.",
    "Do not retry from this address; contact the server's postmaster.",
  ),
  "access-denied": T("A command sent after a 554 greeting.", "Send QUIT."),
  bye: T("QUIT.", "Nothing: the session is over."),
  "too-many-errors": T(
    "A broken or hostile client (Postfix: 20 errors, smtpd_hard_error_limit).",
    "Fix the client; a retry later may work.",
  ),
  timeout: T(
    "The client went silent (Postfix waits smtpd_timeout = 300 s, the RFC minimum).",
    "Reconnect; send commands promptly.",
  ),
  "too-many-connections": T(
    "Too many simultaneous connections from one address (Postfix: smtpd_client_connection_count_limit), or too many new ones per minute (smtpd_client_connection_rate_limit).",
    "Close idle connections and retry later; send several messages over one connection.",
  ),
  // --- EHLO / HELO ---
  ehlo: T(
    "EHLO.",
    "Read the list: it tells you whether STARTTLS, AUTH, SIZE, PIPELINING… are available now.",
  ),
  helo: T("HELO.", "Use EHLO if you need any extension such as STARTTLS or AUTH."),
  "ehlo-syntax": T("EHLO sent without an argument.", "Send EHLO followed by your host name."),
  "helo-syntax": T("HELO sent without an argument.", "Send HELO (better: EHLO) followed by your host name."),
  "helo-first": T(
    "MAIL or AUTH before EHLO, on a server with smtpd_helo_required = yes.",
    "Send EHLO first.",
  ),
  // --- Generic ---
  ok: T("RSET or NOOP.", "Carry on."),
  "unknown-command": T(
    "A typo, or a command this server does not implement (Postfix has no HELP and no EXPN).",
    "Check the spelling; see the EHLO list for what is supported.",
  ),
  "non-smtp-command": T(
    "A mail header (Subject: …) or web request (GET, POST, CONNECT) sent as a command, e.g. message text sent without DATA.",
    "Send DATA and wait for 354 before the message text.",
  ),
  "bad-syntax": T(
    "An empty line, or binary bytes such as a TLS record sent to a plaintext port.",
    "Send one command per line, ending in CRLF.",
  ),
  "bad-utf8": T(
    "Binary data (for example a TLS ClientHello) sent where SMTP text was expected.",
    "Send text; on port 465 start TLS first, on 587 and 25 send STARTTLS first.",
  ),
  // --- STARTTLS ---
  "starttls-ready": T(
    "STARTTLS on a server that offers it.",
    "Start the TLS handshake, then send EHLO again: everything learnt before is forgotten.",
  ),
  "starttls-syntax": T("Something after the word STARTTLS.", "Send STARTTLS alone."),
  "starttls-not-offered": T(
    "STARTTLS where it is not advertised.",
    "Check the EHLO list; use a port that offers TLS.",
  ),
  "tls-already-active": T(
    "STARTTLS inside TLS (after STARTTLS, or on port 465).",
    "Carry on with EHLO: you are already inside TLS.",
  ),
  "tls-unavailable": T(
    "A missing or broken certificate or key on the server.",
    "A client that requires TLS must stop and retry later; an opportunistic one may go on in plaintext.",
  ),
  "tls-required": T(
    "AUTH, MAIL, RCPT, DATA, RSET, VRFY or ETRN before STARTTLS on a submission port (587, 2525).",
    "Send STARTTLS, then EHLO again, then AUTH.",
  ),
  // --- AUTH ---
  "auth-challenge": T(
    "AUTH PLAIN without an initial response (empty challenge), or AUTH LOGIN (asks 'Username:' then 'Password:').",
    "Send the base64 answer on one line, or '*' to cancel.",
  ),
  "auth-ok": T("A correct AUTH exchange.", "Send MAIL FROM."),
  "auth-failed": T(
    "A typo in the password, or a wrong account.",
    "Check the credentials; the server slows down after each failure.",
  ),
  "auth-aborted": T("The client answered a 334 challenge with '*'.", "Start AUTH again when ready."),
  "auth-not-enabled": T(
    "AUTH before STARTTLS on port 25: this server takes passwords only inside TLS (smtpd_tls_auth_only = yes), so it does not even offer AUTH yet.",
    "Send STARTTLS first (or use the submission ports 587/465).",
  ),
  "auth-already": T("A second AUTH after 235.", "Carry on with MAIL FROM."),
  "auth-in-transaction": T("AUTH after MAIL FROM.", "Send RSET, then AUTH."),
  "auth-syntax": T("AUTH alone, or with too many words.", "Send e.g. AUTH PLAIN <base64>."),
  "auth-bad-mechanism": T(
    "A mechanism not in the EHLO AUTH line (e.g. CRAM-MD5 here).",
    "Pick one of the advertised mechanisms (PLAIN, LOGIN).",
  ),
  "auth-bad-base64": T("A password typed in clear text instead of base64.", "Encode the answer in base64."),
  "auth-temporary": T("The authentication back-end (Dovecot) is down.", "Retry later."),
  // --- MAIL ---
  "mail-ok": T("MAIL FROM with an acceptable address.", "Send RCPT TO for each recipient."),
  "mail-nested": T("A second MAIL FROM without RSET or finishing the message.", "Send RSET to start over."),
  "too-much-mail": T(
    "More MAIL commands per minute than the server allows from one address (Postfix: smtpd_client_message_rate_limit).",
    "Wait and retry: 450 is temporary. Send fewer messages per minute.",
  ),
  "mail-syntax": T(
    "MAIL without FROM:, or a typo such as MAIL FROM <x>.",
    "Send MAIL FROM:<you@example.test>.",
  ),
  "sender-syntax": T(
    "Unbalanced angle brackets, several addresses, stray characters.",
    "Send one address: MAIL FROM:<you@example.test> (or <> for a bounce).",
  ),
  "unsupported-option": T(
    "A parameter for an extension that was not advertised (e.g. BODY=BINARYMIME).",
    "Only use parameters of extensions listed in the EHLO reply.",
  ),
  "size-syntax": T("SIZE=10MB or similar.", "Send SIZE=<digits>."),
  "size-exceeded": T(
    "An attachment larger than about 10 MB here.",
    "Send a smaller message, or share the file another way.",
  ),
  "message-too-big": T(
    "A large attachment sent without SIZE= on MAIL FROM, so the server could not refuse it up front.",
    "Send a smaller message; declare SIZE= so a server can refuse before you upload.",
  ),
  "ret-syntax": T("A typo or a repeated RET.", "Send RET=FULL or RET=HDRS."),
  "envid-syntax": T(
    "Spaces or unencoded special characters in ENVID.",
    "Encode ENVID as xtext (RFC 3461 §4).",
  ),
  // --- RCPT ---
  "rcpt-ok": T("RCPT TO for an address this server will take.", "Add more recipients, or send DATA."),
  "need-mail": T("RCPT TO before MAIL FROM.", "Send MAIL FROM first."),
  "rcpt-syntax": T("RCPT without TO:, or a typo.", "Send RCPT TO:<someone@example.test>."),
  "rcpt-address-syntax": T(
    "An empty <> recipient, unbalanced brackets, several addresses.",
    "Send one address per RCPT TO.",
  ),
  "notify-syntax": T("A typo, or NEVER combined with other values.", "Send e.g. NOTIFY=SUCCESS,FAILURE."),
  "orcpt-syntax": T("A missing address type or bad xtext.", "Send ORCPT=rfc822;<address>."),
  "too-many-recipients": T(
    "More than smtpd_recipient_limit (1000) RCPT TO in one transaction.",
    "Send the message, then send the rest in another transaction.",
  ),
  "relay-denied": T(
    "Sending to another domain on port 25 without logging in (an open relay would accept it).",
    "Submit mail on 587 or 465 with AUTH; on 25 send only to the server's own domains.",
  ),
  "unknown-user": T(
    "A typo in the address, or a user who left.",
    "Check the address; do not retry unchanged (5xx is permanent).",
  ),
  "client-rejected": T(
    "RCPT on 587/465/2525 without AUTH (Postfix checks it at RCPT, not at MAIL).",
    "Send AUTH after STARTTLS, then start the transaction again.",
  ),
  greylisted: T(
    "Greylisting: the first attempt of a (client, sender, recipient) triplet is deferred.",
    "A real mail server retries later automatically and then gets through.",
  ),
  // --- DATA / BDAT ---
  "need-rcpt": T("DATA or BDAT before any RCPT TO.", "Send MAIL FROM and RCPT TO first."),
  "no-valid-recipients": T(
    "DATA after all RCPT TO were rejected (for example as relay attempts).",
    "Fix the recipients, or RSET.",
  ),
  "data-syntax": T("Something after the word DATA.", "Send DATA alone."),
  "data-go-ahead": T(
    "DATA after at least one accepted recipient.",
    "Send the message; double any dot that starts a line.",
  ),
  queued: T(
    "The end of a message (the lone dot, or BDAT LAST) that passed every check.",
    "Nothing: the server will deliver it. Keep the queue id to trace it in the logs.",
  ),
  "bdat-ok": T("BDAT <size> without LAST.", "Send the next BDAT chunk."),
  "bdat-queued": T("BDAT <size> LAST completing a message.", "Nothing: the server will deliver it."),
  "bdat-syntax": T(
    "BDAT without a size, or a size that is not a number.",
    "Send BDAT <octets> [LAST] followed by exactly that many octets.",
  ),
  "bdat-too-big": T("BDAT chunks larger than SIZE in total.", "Send a smaller message."),
  "bdat-mixed": T(
    "DATA after a BDAT chunk in the same transaction.",
    "Finish with BDAT <size> LAST, or RSET.",
  ),
  // --- VRFY / ETRN / others ---
  "vrfy-ok": T(
    "VRFY for an address that passes the recipient checks.",
    "Just send the mail; VRFY is not a reliable address check.",
  ),
  "vrfy-syntax": T("VRFY alone.", "Send VRFY <address>."),
  "vrfy-disabled": T("disable_vrfy_command = yes, to stop address harvesting.", "Just send the mail."),
  "etrn-syntax": T("ETRN alone or with several words.", "Send ETRN <domain>."),
  "etrn-bad-domain": T("Stray characters in the ETRN argument.", "Send ETRN example.net."),
  "etrn-no-service": T(
    "ETRN for a domain that is not in fast_flush_domains (empty by default).",
    "Nothing: ETRN is for sites that hold mail for you while you are offline.",
  ),
  "etrn-in-transaction": T("ETRN after MAIL FROM.", "Finish the message or send RSET first."),
  "rset-syntax": T("Something after the word RSET.", "Send RSET alone."),
  "insufficient-authorization": T(
    "XCLIENT or XFORWARD from an ordinary client.",
    "Nothing: these are Postfix proxy commands.",
  ),
};

const row = (r: ReplyText<KnownReplyId>): ReplyRow => {
  const note = REPLY_NOTES[r.id];
  const teaching = REPLY_TEACHING[r.id];
  return {
    id: r.id,
    code: r.code,
    enhanced: r.enhanced,
    text: r.text,
    meaning: note.meaning,
    typicalCause: teaching.typicalCause,
    whatToDo: teaching.whatToDo,
    rfc: note.rfc,
    postfix: note.postfix,
  };
};

/** One ReplyRow per row of a tuple of rows (keeps REPLY_TABLE a tuple, as it always was). */
type Rows<T extends readonly unknown[]> = { readonly [K in keyof T]: ReplyRow };

/** Every reply, all columns, in the order of replies.ts. */
export const REPLY_TABLE = REPLY_TEXTS.map(row) as unknown as Rows<typeof REPLY_TEXTS>;

const BY_ID = new Map<string, ReplyRow>(REPLY_TABLE.map((r) => [r.id, r]));

export function replyRow(id: string): ReplyRow {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown reply id ${id}`);
  return found;
}

export function findReplyRow(id: string): ReplyRow | undefined {
  return BY_ID.get(id);
}
