/**
 * The reply table: every reply this server can send, one row each, read top to bottom.
 *
 * Rules of this module:
 * - Codes, enhanced codes and texts are Postfix 3.7's (the reference lab); where Postfix departs from the
 *   RFC, the row's `postfix` note says how, and the narration teaches the RFC.
 * - Enhanced status codes (RFC 3463) appear where Postfix puts them: never on the 220 greeting, the
 *   EHLO/HELO replies or 3xx replies (RFC 2034 §3); their class always equals the reply's first digit.
 * - Every rendered line, CRLF included, fits in 512 octets (RFC 5321 §4.5.3.1.5): echoed client text
 *   is made printable and clipped.
 * - `meaning`, `typicalCause` and `whatToDo` are plain English for a first-year student (the /codes page).
 */

import { clipUtf8, printable } from "./bytes";
import { type RfcRef, rfc } from "./rfc";

/** RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets including CRLF. */
export const MAX_REPLY_LINE = 512;

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

const R = (
  id: string,
  code: number,
  enhanced: string | null,
  text: string,
  meaning: string,
  typicalCause: string,
  whatToDo: string,
  refs: RfcRef[],
  postfix?: string,
): ReplyRow => ({ id, code, enhanced, text, meaning, typicalCause, whatToDo, rfc: refs, postfix });

export const REPLY_TABLE = [
  // --- Connection -------------------------------------------------------------------------------
  R(
    "greeting",
    220,
    null,
    "{banner}",
    "The server is ready to talk SMTP; the text starts with its host name.",
    "Every accepted connection (on 465 only after TLS is up).",
    "Send EHLO with your own host name.",
    [rfc(5321, "4.2.3"), rfc(5321, "3.1")],
  ),
  R(
    "greeting-rejected",
    554,
    "5.7.1",
    "<{client}>: Client host rejected: Access denied",
    "The server refuses this client from the start: every command but QUIT will fail.",
    "The client's address is on a block list or not allowed by policy.",
    "Do not retry from this address; contact the server's postmaster.",
    [rfc(5321, "3.1"), rfc(3463, "3.8")],
    "RFC 5321 §3.1 says a server refusing service greets with 554; Postfix does this only with smtpd_delay_reject = no.",
  ),
  R(
    "access-denied",
    503,
    "5.7.0",
    "Error: access denied for {client}",
    "The connection was refused at the greeting, so this command is refused too.",
    "A command sent after a 554 greeting.",
    "Send QUIT.",
    [rfc(5321, "3.1")],
  ),
  R(
    "bye",
    221,
    "2.0.0",
    "Bye",
    "The server closes the connection, as QUIT asked.",
    "QUIT.",
    "Nothing: the session is over.",
    [rfc(5321, "4.1.1.10"), rfc(5321, "4.2.3")],
  ),
  R(
    "too-many-errors",
    421,
    "4.7.0",
    "{host} Error: too many errors",
    "The server hangs up because the client made too many mistakes in one session.",
    "A broken or hostile client (Postfix: 20 errors, smtpd_hard_error_limit).",
    "Fix the client; a retry later may work.",
    [rfc(5321, "4.2.3"), rfc(5321, "3.8")],
  ),
  R(
    "timeout",
    421,
    "4.4.2",
    "{host} Error: timeout exceeded",
    "The server waited too long for the next command and closes the connection.",
    "The client went silent (Postfix waits smtpd_timeout = 300 s, the RFC minimum).",
    "Reconnect; send commands promptly.",
    [rfc(5321, "4.5.3.2.7"), rfc(5321, "3.8")],
  ),
  // --- EHLO / HELO ------------------------------------------------------------------------------
  R(
    "ehlo",
    250,
    null,
    "{host}",
    "Hello accepted; the following lines list the extensions (ESMTP keywords) this server supports.",
    "EHLO.",
    "Read the list: it tells you whether STARTTLS, AUTH, SIZE, PIPELINING… are available now.",
    [rfc(5321, "4.1.1.1"), rfc(2034, "3")],
  ),
  R(
    "helo",
    250,
    null,
    "{host}",
    "Hello accepted, without the extension list (HELO is the old, pre-ESMTP greeting).",
    "HELO.",
    "Use EHLO if you need any extension such as STARTTLS or AUTH.",
    [rfc(5321, "4.1.1.1")],
  ),
  R(
    "ehlo-syntax",
    501,
    null,
    "Syntax: EHLO hostname",
    "EHLO needs the client's host name (or an address literal like [192.0.2.1]).",
    "EHLO sent without an argument.",
    "Send EHLO followed by your host name.",
    [rfc(5321, "4.1.1.1"), rfc(5321, "4.1.4")],
  ),
  R(
    "helo-syntax",
    501,
    null,
    "Syntax: HELO hostname",
    "HELO needs the client's host name.",
    "HELO sent without an argument.",
    "Send HELO (better: EHLO) followed by your host name.",
    [rfc(5321, "4.1.1.1")],
  ),
  R(
    "helo-first",
    503,
    "5.5.1",
    "Error: send HELO/EHLO first",
    "This server wants a greeting (EHLO) before any mail command.",
    "MAIL or AUTH before EHLO, on a server with smtpd_helo_required = yes.",
    "Send EHLO first.",
    [rfc(5321, "4.1.4")],
  ),
  // --- Generic ----------------------------------------------------------------------------------
  R("ok", 250, "2.0.0", "Ok", "Done: the command worked.", "RSET or NOOP.", "Carry on.", [
    rfc(5321, "4.1.1.5"),
    rfc(5321, "4.1.1.9"),
  ]),
  R(
    "unknown-command",
    500,
    "5.5.2",
    "Error: command not recognized",
    "The server does not know this command.",
    "A typo, or a command this server does not implement (Postfix has no HELP and no EXPN).",
    "Check the spelling; see the EHLO list for what is supported.",
    [rfc(5321, "4.2.4"), rfc(5321, "4.2.3")],
    "RFC 5321 §4.1.1.8 makes HELP part of the protocol and §4.5.1 lists it among commands to support; Postfix does not implement it and answers 500.",
  ),
  R(
    "non-smtp-command",
    221,
    "2.7.0",
    "Error: I can break rules, too. Goodbye.",
    "The server decided this is not an SMTP client at all and hangs up.",
    "A mail header (Subject: …) or web request (GET, POST, CONNECT) sent as a command, e.g. message text sent without DATA.",
    "Send DATA and wait for 354 before the message text.",
    [rfc(5321, "4.1.1.4"), rfc(5321, "3.8")],
    "No RFC defines this reply; Postfix uses it for smtpd_forbidden_commands and header-like lines, and closes at once.",
  ),
  R(
    "bad-syntax",
    500,
    "5.5.2",
    "Error: bad syntax",
    "The line could not be read as a command at all.",
    "An empty line, or binary bytes such as a TLS record sent to a plaintext port.",
    "Send one command per line, ending in CRLF.",
    [rfc(5321, "4.2.3"), rfc(5321, "4.1.1")],
  ),
  R(
    "bad-utf8",
    500,
    "5.5.2",
    "Error: bad UTF-8 syntax",
    "The line contains bytes that are not valid UTF-8, so the server will not interpret it.",
    "Binary data (for example a TLS ClientHello) sent where SMTP text was expected.",
    "Send text; on port 465 start TLS first, on 587 and 25 send STARTTLS first.",
    [rfc(6531, "3.3"), rfc(5321, "2.4")],
  ),
  // --- STARTTLS ---------------------------------------------------------------------------------
  R(
    "starttls-ready",
    220,
    "2.0.0",
    "Ready to start TLS",
    "Go ahead: the next bytes on this connection are the client's TLS handshake.",
    "STARTTLS on a server that offers it.",
    "Start the TLS handshake, then send EHLO again: everything learnt before is forgotten.",
    [rfc(3207, "4"), rfc(3207, "4.2")],
  ),
  R(
    "starttls-syntax",
    501,
    "5.5.4",
    "Syntax: STARTTLS",
    "STARTTLS takes no parameters.",
    "Something after the word STARTTLS.",
    "Send STARTTLS alone.",
    [rfc(3207, "4")],
  ),
  R(
    "starttls-not-offered",
    502,
    "5.5.1",
    "Error: command not implemented",
    "This listener does not offer STARTTLS.",
    "STARTTLS where it is not advertised.",
    "Check the EHLO list; use a port that offers TLS.",
    [rfc(3207, "4"), rfc(5321, "4.2.4")],
  ),
  R(
    "tls-already-active",
    554,
    "5.5.1",
    "Error: TLS already active",
    "The connection is already encrypted; TLS cannot be started twice.",
    "STARTTLS inside TLS (after STARTTLS, or on port 465).",
    "Carry on with EHLO: you are already inside TLS.",
    [rfc(3207, "4.2")],
    "RFC 3207 does not name a code for this; Postfix uses 554 5.5.1.",
  ),
  R(
    "tls-unavailable",
    454,
    "4.7.0",
    "TLS not available due to local problem",
    "The server cannot start TLS right now (a temporary problem on its side).",
    "A missing or broken certificate or key on the server.",
    "A client that requires TLS must stop and retry later; an opportunistic one may go on in plaintext.",
    [rfc(3207, "4")],
  ),
  R(
    "tls-required",
    530,
    "5.7.0",
    "Must issue a STARTTLS command first",
    "This server requires encryption before this command.",
    "AUTH, MAIL, RCPT, DATA, RSET, VRFY or ETRN before STARTTLS on a submission port (587, 2525).",
    "Send STARTTLS, then EHLO again, then AUTH.",
    [rfc(3207, "4"), rfc(8314, "3.3")],
    "RFC 5321 §4.1.1.5 says RSET always gets 250, and §4.1.4 allows VRFY at any time; before STARTTLS on 587 Postfix answers 530 even to RSET, VRFY and ETRN.",
  ),
  // --- AUTH -------------------------------------------------------------------------------------
  R(
    "auth-challenge",
    334,
    null,
    "{challenge}",
    "The server waits for the next piece of the login, as base64 (base64 is an encoding, not encryption).",
    "AUTH PLAIN without an initial response (empty challenge), or AUTH LOGIN (asks 'Username:' then 'Password:').",
    "Send the base64 answer on one line, or '*' to cancel.",
    [rfc(4954, "4"), rfc(4616, "2")],
  ),
  R(
    "auth-ok",
    235,
    "2.7.0",
    "Authentication successful",
    "The user name and password were right: this session is now authenticated.",
    "A correct AUTH exchange.",
    "Send MAIL FROM.",
    [rfc(4954, "6")],
  ),
  R(
    "auth-failed",
    535,
    "5.7.8",
    "Error: authentication failed: (reason unavailable)",
    "Wrong user name or password.",
    "A typo in the password, or a wrong account.",
    "Check the credentials; the server slows down after each failure.",
    [rfc(4954, "6")],
  ),
  R(
    "auth-aborted",
    501,
    "5.7.0",
    "Authentication aborted",
    "The client cancelled the login with '*'.",
    "The client answered a 334 challenge with '*'.",
    "Start AUTH again when ready.",
    [rfc(4954, "4")],
  ),
  R(
    "auth-not-enabled",
    503,
    "5.5.1",
    "Error: authentication not enabled",
    "AUTH is not available on this connection right now.",
    "AUTH before STARTTLS on port 25: this server takes passwords only inside TLS (smtpd_tls_auth_only = yes), so it does not even offer AUTH yet.",
    "Send STARTTLS first (or use the submission ports 587/465).",
    [rfc(4954, "4"), rfc(4616, "5"), rfc(3207, "4")],
    "RFC 4954 §6 defines 538 5.7.11 'Encryption required for requested authentication mechanism'; Postfix answers 503 5.5.1 because AUTH is not enabled before TLS.",
  ),
  R(
    "auth-already",
    503,
    "5.5.1",
    "Error: already authenticated",
    "Only one successful AUTH is allowed per session.",
    "A second AUTH after 235.",
    "Carry on with MAIL FROM.",
    [rfc(4954, "4")],
  ),
  R(
    "auth-in-transaction",
    503,
    "5.5.1",
    "Error: MAIL transaction in progress",
    "AUTH is not allowed in the middle of a mail transaction.",
    "AUTH after MAIL FROM.",
    "Send RSET, then AUTH.",
    [rfc(4954, "4")],
  ),
  R(
    "auth-syntax",
    501,
    "5.5.4",
    "Syntax: AUTH mechanism",
    "AUTH needs a mechanism name (and at most one initial response).",
    "AUTH alone, or with too many words.",
    "Send e.g. AUTH PLAIN <base64>.",
    [rfc(4954, "4")],
  ),
  R(
    "auth-bad-mechanism",
    535,
    "5.7.8",
    "Error: authentication failed: Invalid authentication mechanism",
    "The server does not offer this SASL mechanism.",
    "A mechanism not in the EHLO AUTH line (e.g. CRAM-MD5 here).",
    "Pick one of the advertised mechanisms (PLAIN, LOGIN).",
    [rfc(4954, "4"), rfc(4954, "6")],
    "RFC 4954 §6 says 504 for an unsupported mechanism; Postfix with Dovecot answers 535 5.7.8.",
  ),
  R(
    "auth-bad-base64",
    535,
    "5.7.8",
    "Error: authentication failed: Invalid base64 data in {where} response",
    "The login data was not valid base64, so the server could not even read it.",
    "A password typed in clear text instead of base64.",
    "Encode the answer in base64.",
    [rfc(4954, "4"), rfc(4648, "4")],
    "RFC 4954 §4 says a server that cannot decode the base64 must reject the AUTH with 501; Postfix answers 535 5.7.8.",
  ),
  R(
    "auth-temporary",
    454,
    "4.7.0",
    "Temporary authentication failure: {reason}",
    "The server cannot check passwords right now.",
    "The authentication back-end (Dovecot) is down.",
    "Retry later.",
    [rfc(4954, "6")],
  ),
  // --- MAIL -------------------------------------------------------------------------------------
  R(
    "mail-ok",
    250,
    "2.1.0",
    "Ok",
    "Sender accepted: a mail transaction has started.",
    "MAIL FROM with an acceptable address.",
    "Send RCPT TO for each recipient.",
    [rfc(5321, "4.1.1.2"), rfc(3463, "3.2")],
  ),
  R(
    "mail-nested",
    503,
    "5.5.1",
    "Error: nested MAIL command",
    "A transaction is already open; MAIL cannot be sent twice.",
    "A second MAIL FROM without RSET or finishing the message.",
    "Send RSET to start over.",
    [rfc(5321, "4.1.4")],
  ),
  R(
    "mail-syntax",
    501,
    "5.5.4",
    "Syntax: MAIL FROM:<address>",
    "MAIL needs FROM: followed by an address in angle brackets.",
    "MAIL without FROM:, or a typo such as MAIL FROM <x>.",
    "Send MAIL FROM:<you@example.test>.",
    [rfc(5321, "4.1.1.2"), rfc(5321, "4.1.4")],
  ),
  R(
    "sender-syntax",
    501,
    "5.1.7",
    "Bad sender address syntax",
    "The sender address cannot be parsed.",
    "Unbalanced angle brackets, several addresses, stray characters.",
    "Send one address: MAIL FROM:<you@example.test> (or <> for a bounce).",
    [rfc(5321, "4.1.2"), rfc(3463, "3.2")],
  ),
  R(
    "unsupported-option",
    555,
    "5.5.4",
    "Unsupported option: {arg}",
    "The server does not know this MAIL or RCPT parameter.",
    "A parameter for an extension that was not advertised (e.g. BODY=BINARYMIME).",
    "Only use parameters of extensions listed in the EHLO reply.",
    [rfc(5321, "4.1.1.11"), rfc(5321, "4.2.3")],
  ),
  R(
    "size-syntax",
    501,
    "5.5.4",
    "Bad message size syntax",
    "SIZE= must be a number of octets.",
    "SIZE=10MB or similar.",
    "Send SIZE=<digits>.",
    [rfc(1870, "6")],
  ),
  R(
    "size-exceeded",
    552,
    "5.3.4",
    "Message size exceeds fixed limit",
    "The message is bigger than this server accepts (SIZE in the EHLO list).",
    "An attachment larger than about 10 MB here.",
    "Send a smaller message, or share the file another way.",
    [rfc(1870, "6"), rfc(5321, "4.5.3.1.10"), rfc(3463, "3.4")],
  ),
  R(
    "message-too-big",
    552,
    "5.3.4",
    "Error: message file too big",
    "The message turned out bigger than the server accepts; it was read to the end and thrown away.",
    "A large attachment sent without SIZE= on MAIL FROM, so the server could not refuse it up front.",
    "Send a smaller message; declare SIZE= so a server can refuse before you upload.",
    [rfc(5321, "4.5.3.1.10"), rfc(1870, "6")],
  ),
  R(
    "ret-syntax",
    501,
    "5.5.4",
    "Bad RET parameter syntax",
    "RET= must be FULL or HDRS, given once.",
    "A typo or a repeated RET.",
    "Send RET=FULL or RET=HDRS.",
    [rfc(3461, "4.3")],
  ),
  R(
    "envid-syntax",
    501,
    "5.5.4",
    "Bad ENVID parameter syntax",
    "ENVID= must be xtext, given once.",
    "Spaces or unencoded special characters in ENVID.",
    "Encode ENVID as xtext (RFC 3461 §4).",
    [rfc(3461, "4.4")],
  ),
  // --- RCPT -------------------------------------------------------------------------------------
  R(
    "rcpt-ok",
    250,
    "2.1.5",
    "Ok",
    "Recipient accepted.",
    "RCPT TO for an address this server will take.",
    "Add more recipients, or send DATA.",
    [rfc(5321, "4.1.1.3"), rfc(3463, "3.2")],
  ),
  R(
    "need-mail",
    503,
    "5.5.1",
    "Error: need MAIL command",
    "RCPT is only allowed inside a transaction.",
    "RCPT TO before MAIL FROM.",
    "Send MAIL FROM first.",
    [rfc(5321, "4.1.4"), rfc(5321, "3.3")],
  ),
  R(
    "rcpt-syntax",
    501,
    "5.5.4",
    "Syntax: RCPT TO:<address>",
    "RCPT needs TO: followed by an address in angle brackets.",
    "RCPT without TO:, or a typo.",
    "Send RCPT TO:<someone@example.test>.",
    [rfc(5321, "4.1.1.3")],
  ),
  R(
    "rcpt-address-syntax",
    501,
    "5.1.3",
    "Bad recipient address syntax",
    "The recipient address cannot be parsed.",
    "An empty <> recipient, unbalanced brackets, several addresses.",
    "Send one address per RCPT TO.",
    [rfc(5321, "4.1.2"), rfc(3463, "3.2")],
  ),
  R(
    "notify-syntax",
    501,
    "5.5.4",
    "Error: Bad NOTIFY parameter syntax",
    "NOTIFY= must be NEVER, or a list of SUCCESS, FAILURE, DELAY.",
    "A typo, or NEVER combined with other values.",
    "Send e.g. NOTIFY=SUCCESS,FAILURE.",
    [rfc(3461, "4.1")],
  ),
  R(
    "orcpt-syntax",
    501,
    "5.5.4",
    "Error: Bad ORCPT parameter syntax",
    "ORCPT= must be addr-type;xtext, e.g. rfc822;bob@example.net.",
    "A missing address type or bad xtext.",
    "Send ORCPT=rfc822;<address>.",
    [rfc(3461, "4.2")],
  ),
  R(
    "too-many-recipients",
    452,
    "4.5.3",
    "Error: too many recipients",
    "This message already has as many recipients as the server takes at once.",
    "More than smtpd_recipient_limit (1000) RCPT TO in one transaction.",
    "Send the message, then send the rest in another transaction.",
    [rfc(5321, "4.5.3.1.10"), rfc(5321, "4.5.3.1.8")],
  ),
  R(
    "relay-denied",
    554,
    "5.7.1",
    "<{addr}>: Relay access denied",
    "This server is not the destination for that address and will not pass mail on for strangers.",
    "Sending to another domain on port 25 without logging in (an open relay would accept it).",
    "Submit mail on 587 or 465 with AUTH; on 25 send only to the server's own domains.",
    [rfc(5321, "7.9"), rfc(5321, "3.6.2"), rfc(3463, "3.8")],
    "RFC 5321 §7.9 describes a refusal for policy reasons as 550; Postfix (reject_unauth_destination) answers 554 5.7.1.",
  ),
  R(
    "unknown-user",
    550,
    "5.1.1",
    "<{addr}>: Recipient address rejected: User unknown in local recipient table",
    "There is no such mailbox at this domain.",
    "A typo in the address, or a user who left.",
    "Check the address; do not retry unchanged (5xx is permanent).",
    [rfc(5321, "4.2.3"), rfc(3463, "3.2")],
  ),
  R(
    "client-rejected",
    554,
    "5.7.1",
    "<{client}>: Client host rejected: Access denied",
    "This listener takes mail only from logged-in users, and this session has not authenticated.",
    "RCPT on 587/465/2525 without AUTH (Postfix checks it at RCPT, not at MAIL).",
    "Send AUTH after STARTTLS, then start the transaction again.",
    [rfc(6409, "4.3"), rfc(3463, "3.8")],
    "RFC 6409 §4.3 says the MSA refuses MAIL (530 would fit); Postfix, with smtpd_delay_reject = yes, accepts MAIL and refuses at RCPT with 554 5.7.1.",
  ),
  R(
    "greylisted",
    450,
    "4.2.0",
    "<{addr}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/{domain}.html",
    "Temporary refusal: this server does not know this sender yet and asks it to come back later.",
    "Greylisting: the first attempt of a (client, sender, recipient) triplet is deferred.",
    "A real mail server retries later automatically and then gets through.",
    [rfc(6647, "2"), rfc(6647, "5"), rfc(5321, "4.5.4.1")],
  ),
  // --- DATA / BDAT ------------------------------------------------------------------------------
  R(
    "need-rcpt",
    503,
    "5.5.1",
    "Error: need RCPT command",
    "There is no accepted recipient yet, so there is nowhere to send the message.",
    "DATA or BDAT before any RCPT TO.",
    "Send MAIL FROM and RCPT TO first.",
    [rfc(5321, "4.1.4"), rfc(5321, "3.3")],
  ),
  R(
    "no-valid-recipients",
    554,
    "5.5.1",
    "Error: no valid recipients",
    "Every recipient of this transaction was refused, so there is nothing to deliver.",
    "DATA after all RCPT TO were rejected (for example as relay attempts).",
    "Fix the recipients, or RSET.",
    [rfc(5321, "3.3"), rfc(5321, "4.1.1.4")],
  ),
  R(
    "data-syntax",
    501,
    "5.5.4",
    "Syntax: DATA",
    "DATA takes no parameters.",
    "Something after the word DATA.",
    "Send DATA alone.",
    [rfc(5321, "4.1.1.4")],
  ),
  R(
    "data-go-ahead",
    354,
    null,
    "End data with <CR><LF>.<CR><LF>",
    "Go ahead: send the message (headers, blank line, body), then a line with a single dot.",
    "DATA after at least one accepted recipient.",
    "Send the message; double any dot that starts a line.",
    [rfc(5321, "4.1.1.4"), rfc(5321, "4.5.2")],
  ),
  R(
    "queued",
    250,
    "2.0.0",
    "Ok: queued as {queueId}",
    "The server has stored the message and is now responsible for delivering it or bouncing it.",
    "The end of a message (the lone dot, or BDAT LAST) that passed every check.",
    "Nothing: the server will deliver it. Keep the queue id to trace it in the logs.",
    [rfc(5321, "6.1"), rfc(5321, "4.1.1.4")],
  ),
  R(
    "bdat-ok",
    250,
    "2.0.0",
    "Ok: {bytes} bytes",
    "This chunk arrived (the number is the total so far); send the next one, the last with LAST.",
    "BDAT <size> without LAST.",
    "Send the next BDAT chunk.",
    [rfc(3030, "2"), rfc(3030, "3")],
  ),
  R(
    "bdat-queued",
    250,
    "2.0.0",
    "Ok: {bytes} bytes queued as {queueId}",
    "The last chunk arrived: the server has stored the whole message and is now responsible for it.",
    "BDAT <size> LAST completing a message.",
    "Nothing: the server will deliver it.",
    [rfc(3030, "2"), rfc(5321, "6.1")],
  ),
  R(
    "bdat-syntax",
    521,
    "5.5.4",
    "Syntax: BDAT count [LAST]",
    "The server cannot tell where this chunk ends, so it hangs up.",
    "BDAT without a size, or a size that is not a number.",
    "Send BDAT <octets> [LAST] followed by exactly that many octets.",
    [rfc(3030, "2"), rfc(7504, "3")],
    "RFC 3030 does not say what to do with a malformed BDAT; Postfix answers 521 and closes, because it can no longer find the next command.",
  ),
  R(
    "bdat-too-big",
    552,
    "5.3.4",
    "Chunk exceeds message size limit",
    "The chunks add up to more than the server accepts; it read and threw away the data.",
    "BDAT chunks larger than SIZE in total.",
    "Send a smaller message.",
    [rfc(3030, "2"), rfc(1870, "6")],
  ),
  R(
    "bdat-mixed",
    503,
    "5.5.1",
    "Error: DATA after BDAT",
    "A message is sent either with DATA or with BDAT chunks, not both.",
    "DATA after a BDAT chunk in the same transaction.",
    "Finish with BDAT <size> LAST, or RSET.",
    [rfc(3030, "3")],
  ),
  // --- VRFY / ETRN / others ---------------------------------------------------------------------
  R(
    "vrfy-ok",
    252,
    "2.0.0",
    "{arg}",
    "The server will not confirm whether this mailbox exists, but would accept mail for it.",
    "VRFY for an address that passes the recipient checks.",
    "Just send the mail; VRFY is not a reliable address check.",
    [rfc(5321, "3.5.3"), rfc(5321, "7.3")],
  ),
  R(
    "vrfy-syntax",
    501,
    "5.5.4",
    "Syntax: VRFY address [SMTPUTF8]",
    "VRFY needs an address.",
    "VRFY alone.",
    "Send VRFY <address>.",
    [rfc(5321, "4.1.1.6")],
  ),
  R(
    "vrfy-disabled",
    502,
    "5.5.1",
    "VRFY command is disabled",
    "This server does not answer VRFY at all.",
    "disable_vrfy_command = yes, to stop address harvesting.",
    "Just send the mail.",
    [rfc(5321, "7.3")],
    "RFC 5321 §7.3 asks a server that disables VRFY to answer 252; Postfix answers 502.",
  ),
  R(
    "etrn-syntax",
    500,
    null,
    "Syntax: ETRN domain",
    "ETRN needs exactly one domain.",
    "ETRN alone or with several words.",
    "Send ETRN <domain>.",
    [rfc(1985, "5")],
  ),
  R(
    "etrn-bad-domain",
    501,
    null,
    "Error: invalid parameter syntax",
    "That is not a valid domain name.",
    "Stray characters in the ETRN argument.",
    "Send ETRN example.net.",
    [rfc(1985, "5")],
  ),
  R(
    "etrn-no-service",
    459,
    null,
    "<{arg}>: service unavailable",
    "This server keeps no queue for that domain, so it cannot start delivering it.",
    "ETRN for a domain that is not in fast_flush_domains (empty by default).",
    "Nothing: ETRN is for sites that hold mail for you while you are offline.",
    [rfc(1985, "5")],
    "RFC 2034 puts an enhanced status code on every 4xx reply; Postfix sends none here.",
  ),
  R(
    "etrn-in-transaction",
    503,
    null,
    "Error: MAIL transaction in progress",
    "ETRN is not allowed inside a mail transaction.",
    "ETRN after MAIL FROM.",
    "Finish the message or send RSET first.",
    [rfc(1985, "5")],
  ),
  R(
    "rset-syntax",
    501,
    "5.5.4",
    "Syntax: RSET",
    "RSET takes no parameters here.",
    "Something after the word RSET.",
    "Send RSET alone.",
    [rfc(5321, "4.1.1.5")],
  ),
  R(
    "insufficient-authorization",
    550,
    "5.7.0",
    "Error: insufficient authorization",
    "This command is reserved for trusted hosts.",
    "XCLIENT or XFORWARD from an ordinary client.",
    "Nothing: these are Postfix proxy commands.",
    [rfc(5321, "4.2.3")],
  ),
] as const satisfies readonly ReplyRow[];

export type ReplyId = (typeof REPLY_TABLE)[number]["id"];

const BY_ID = new Map<string, ReplyRow>(REPLY_TABLE.map((r) => [r.id, r]));

export function replyRow(id: ReplyId): ReplyRow {
  const row = BY_ID.get(id);
  if (!row) throw new Error(`unknown reply id ${id}`);
  return row;
}

export function findReplyRow(id: string): ReplyRow | undefined {
  return BY_ID.get(id);
}

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
  const row = replyRow(id);
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

export function replyBytesLength(reply: Reply): number {
  let n = 0;
  for (const l of reply.lines) n += new TextEncoder().encode(l).length + 2;
  return n;
}

/** 2 positive completion, 3 intermediate, 4 transient, 5 permanent (RFC 5321 §4.2.1). */
export function replyClass(code: number): 2 | 3 | 4 | 5 {
  const c = Math.floor(code / 100);
  return (c === 2 || c === 3 || c === 4 ? c : 5) as 2 | 3 | 4 | 5;
}
