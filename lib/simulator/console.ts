/**
 * The console's pure helpers ("Try it yourself": the learner is the client and types SMTP lines).
 * - Hints after an error reply: teaching text keyed by the engine's reply id (falling back to the reply
 *   code), each with RFC citations. A hint is never a server reply and never changes what the engine did.
 * - The AUTH PLAIN helper: base64 of authzid NUL authcid NUL passwd (RFC 4616 §2), i.e. what a client
 *   would send; the server's verdict still comes from the engine.
 * - Splitting a paste into lines, clipping what the page renders (the engine already caps what it keeps),
 *   and checking a lesson's goal against the engine's outcome (`summarize(events)`).
 * Rules: pure TypeScript, type-only imports from the engine (so this module never pulls it into a bundle).
 */
import type { RfcRef, SessionEvent, SessionOutcome, Step } from "@/lib/smtp";

export type ConsolePort = 25 | 465 | 587 | 2525;
export const CONSOLE_PORTS: readonly ConsolePort[] = [25, 587, 465, 2525];
export const DEFAULT_CONSOLE_PORT: ConsolePort = 587;

export type ConsoleGoal = { queued?: true; code?: number; authenticated?: true; tls?: true };
export type ConsoleMode = "command" | "message" | "auth" | "closed";
export type Hint = { key: string; title: string; text: string; rfc: RfcRef[] };

const r = (rfc: number, section?: string): RfcRef => (section ? { rfc, section } : { rfc });

/** `?port=` → a console port, or the default with a note saying why. */
export function parsePortParam(raw: string | null): { port: ConsolePort; note: string | null } {
  if (raw === null) return { port: DEFAULT_CONSOLE_PORT, note: null };
  const trimmed = raw.trim();
  const n = /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if ((CONSOLE_PORTS as readonly number[]).includes(n)) return { port: n as ConsolePort, note: null };
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return {
    port: DEFAULT_CONSOLE_PORT,
    note: `“${shown}” is not one of the console's ports (25, 587, 465, 2525): starting on port ${DEFAULT_CONSOLE_PORT}.`,
  };
}

type HintBody = Omit<Hint, "key">;

/** Hints by the engine's reply id (lib/smtp/replies.ts). Teaching text: what the reply means for you now. */
export const HINTS_BY_ID: Readonly<Record<string, HintBody>> = {
  "tls-required": {
    title: "This server wants STARTTLS first",
    text: "On the submission ports (587, 2525) everything except EHLO, HELO, STARTTLS, NOOP and QUIT waits for TLS. Send STARTTLS, then EHLO again: after the upgrade both sides forget what they knew.",
    rfc: [r(3207, "4"), r(3207, "4.2"), r(8314, "3.3")],
  },
  "auth-failed": {
    title: "Wrong user name or password",
    text: "The server could not verify the credentials. The lab's account is alice with the password wonderland; build the line with the AUTH PLAIN helper. Each failure makes the server answer more slowly, which slows down password guessing.",
    rfc: [r(4954, "6"), r(4616, "2")],
  },
  "auth-bad-base64": {
    title: "That is not valid base64",
    text: "After AUTH PLAIN comes one base64 string: an empty authorisation id, a NUL byte, the user name, a NUL byte, the password. The helper builds it for you.",
    rfc: [r(4954, "4"), r(4616, "2")],
  },
  "auth-bad-mechanism": {
    title: "Unknown login mechanism",
    text: "Use a mechanism from the AUTH line of the server's EHLO reply (inside TLS it lists PLAIN and LOGIN), for example AUTH PLAIN followed by the base64 string.",
    rfc: [r(4954, "4"), r(4954, "3")],
  },
  "auth-syntax": {
    title: "AUTH needs a mechanism",
    text: "Write AUTH PLAIN and the base64 string on one line (the helper builds it), or AUTH PLAIN alone and send the string when the server answers 334.",
    rfc: [r(4954, "4")],
  },
  "auth-aborted": {
    title: "Login cancelled",
    text: "A line holding only * cancels an AUTH exchange. Start again with AUTH PLAIN when you are ready.",
    rfc: [r(4954, "4")],
  },
  "auth-not-enabled": {
    title: "No login before TLS here",
    text: "This server offers AUTH only inside TLS: its EHLO reply has no AUTH line yet. Send STARTTLS, then EHLO, and AUTH appears. A password sent before TLS would cross the network readable.",
    rfc: [r(4954, "4"), r(4616, "5"), r(3207, "4")],
  },
  "auth-already": {
    title: "Already logged in",
    text: "One successful AUTH per session is all there is; carry on with MAIL FROM.",
    rfc: [r(4954, "4")],
  },
  "auth-in-transaction": {
    title: "Log in before the transaction",
    text: "AUTH is not allowed once MAIL FROM has started a transaction. Send RSET to cancel it, then log in.",
    rfc: [r(4954, "4"), r(5321, "4.1.1.5")],
  },
  "auth-temporary": {
    title: "Login temporarily unavailable",
    text: "A 4xx reply means the same command may work later; a real client waits and tries again.",
    rfc: [r(4954, "6"), r(5321, "4.2.1")],
  },
  "relay-denied": {
    title: "Relay refused",
    text: "Port 25 takes mail only for this server's own domains (example.test) from strangers. Mail for another domain must be submitted by a logged-in user (port 587 or 465), whose server then relays it.",
    rfc: [r(5321, "7.9"), r(5321, "3.6.2"), r(6409, "1")],
  },
  "client-rejected": {
    title: "Log in first",
    text: "A submission server accepts mail only from users who logged in. Send STARTTLS and EHLO, log in with AUTH PLAIN (the helper builds the line), then MAIL FROM and RCPT TO again.",
    rfc: [r(6409, "4.3"), r(4954, "4")],
  },
  "unknown-user": {
    title: "No such mailbox here",
    text: "The domain is this server's own, but the user does not exist. Try alice@example.test or postmaster@example.test. A 5xx is permanent: repeating the same address will not help.",
    rfc: [r(5321, "4.2.3"), r(3463, "3.2")],
  },
  greylisted: {
    title: "Try again later (greylisting)",
    text: "A 4xx reply is temporary. A real mail server queues the message and retries after some minutes; the retry is accepted.",
    rfc: [r(6647, "2"), r(5321, "4.5.4.1")],
  },
  "helo-first": {
    title: "Say EHLO first",
    text: "This server wants the client to introduce itself before anything else: EHLO client.example.test.",
    rfc: [r(5321, "4.1.4")],
  },
  "need-mail": {
    title: "MAIL FROM comes first",
    text: "A transaction starts with MAIL FROM:<sender>, then one RCPT TO:<recipient> per recipient, then DATA.",
    rfc: [r(5321, "3.3"), r(5321, "4.1.4")],
  },
  "need-rcpt": {
    title: "No recipient yet",
    text: "DATA needs at least one recipient the server accepted. Send RCPT TO:<alice@example.test> first.",
    rfc: [r(5321, "3.3"), r(5321, "4.1.4")],
  },
  "mail-nested": {
    title: "A transaction is already open",
    text: "Finish it (RCPT TO, DATA) or cancel it with RSET before starting another with MAIL FROM.",
    rfc: [r(5321, "4.1.4"), r(5321, "4.1.1.5")],
  },
  "no-valid-recipients": {
    title: "No recipient was accepted",
    text: "Every RCPT TO of this transaction was refused, so there is nothing to deliver. Send RSET and start again with a recipient the server accepts.",
    rfc: [r(5321, "3.3"), r(5321, "4.1.1.4")],
  },
  "bdat-mixed": {
    title: "DATA after BDAT",
    text: "A message goes either with DATA or in BDAT chunks, not both. Send RSET and start the transaction again.",
    rfc: [r(3030, "3")],
  },
  "mail-syntax": {
    title: "Check the MAIL FROM syntax",
    text: "Write MAIL FROM:<alice@example.test>: the colon right after FROM, the address in angle brackets.",
    rfc: [r(5321, "4.1.1.2"), r(5321, "3.3")],
  },
  "rcpt-syntax": {
    title: "Check the RCPT TO syntax",
    text: "Write RCPT TO:<alice@example.test>: the colon right after TO, the address in angle brackets.",
    rfc: [r(5321, "4.1.1.3"), r(5321, "3.3")],
  },
  "sender-syntax": {
    title: "The sender address is malformed",
    text: "Use one address of the form local-part@domain inside the angle brackets, or <> for a bounce.",
    rfc: [r(5321, "4.1.2"), r(3463, "3.2")],
  },
  "rcpt-address-syntax": {
    title: "The address is malformed",
    text: "Use one address of the form local-part@domain inside the angle brackets.",
    rfc: [r(5321, "4.1.2"), r(3463, "3.2")],
  },
  "ehlo-syntax": {
    title: "EHLO needs a name",
    text: "Give your host name after EHLO, for example EHLO client.example.test.",
    rfc: [r(5321, "4.1.1.1")],
  },
  "helo-syntax": {
    title: "HELO needs a name",
    text: "Give your host name after HELO, for example HELO client.example.test (EHLO is the modern form).",
    rfc: [r(5321, "4.1.1.1")],
  },
  "unknown-command": {
    title: "Unknown command",
    text: "The server does not know this command. SMTP commands are words like EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, RSET, NOOP, VRFY and QUIT; the buttons below insert the common ones.",
    rfc: [r(5321, "4.2.4"), r(5321, "4.1.1")],
  },
  "bad-syntax": {
    title: "The server could not read that line",
    text: "An empty line or a line of junk is not a command. Type one command per line, for example NOOP.",
    rfc: [r(5321, "4.1.1"), r(5321, "4.2.3")],
  },
  "bad-utf8": {
    title: "Not valid UTF-8",
    text: "This server accepts UTF-8 (SMTPUTF8), but the bytes of that line do not form valid UTF-8.",
    rfc: [r(6531, "3.3")],
  },
  "starttls-syntax": {
    title: "STARTTLS takes no argument",
    text: "Send the word STARTTLS alone on its line.",
    rfc: [r(3207, "4")],
  },
  "starttls-not-offered": {
    title: "STARTTLS is not offered",
    text: "Only commands the EHLO reply lists can be used. Look for STARTTLS in it.",
    rfc: [r(3207, "4"), r(5321, "4.2.4")],
  },
  "tls-already-active": {
    title: "TLS is already on",
    text: "On port 465 TLS starts with the first byte, and after a successful STARTTLS the session is already encrypted: a second STARTTLS is refused. Carry on with EHLO or AUTH.",
    rfc: [r(3207, "4.2"), r(8314, "3.3")],
  },
  "tls-unavailable": {
    title: "TLS not available right now",
    text: "A 4xx reply is temporary. A client that requires TLS must not continue in plaintext: it closes and tries later.",
    rfc: [r(3207, "4"), r(8314, "5.2")],
  },
  "size-exceeded": {
    title: "Too big for this server",
    text: "The EHLO reply announced SIZE 10240000: messages over that many octets are refused.",
    rfc: [r(1870, "6")],
  },
  "message-too-big": {
    title: "Too big for this server",
    text: "The EHLO reply announced SIZE 10240000: messages over that many octets are refused.",
    rfc: [r(1870, "6")],
  },
  "unsupported-option": {
    title: "Unknown parameter",
    text: "MAIL FROM and RCPT TO accept only the parameters of extensions the EHLO reply lists (SIZE=, BODY=, RET=, NOTIFY=…).",
    rfc: [r(5321, "4.1.1.11"), r(5321, "4.2.3")],
  },
  "too-many-errors": {
    title: "Too many errors: the server hung up",
    text: "Postfix answers more slowly after 10 errors and closes after 20 (or after 100 junk commands such as NOOP). Press Reset session to start again.",
    rfc: [r(5321, "4.2.3"), r(5321, "3.8")],
  },
  "non-smtp-command": {
    title: "The server hung up on you",
    text: "That line looked like a web request or a mail header typed as a command, so Postfix decided this is not an SMTP client and closed the connection. Press Reset session to start again.",
    rfc: [r(5321, "3.8")],
  },
  bye: {
    title: "Session closed",
    text: "QUIT ends the session: the server answers 221 and closes the connection. Press Reset session to start a new one.",
    rfc: [r(5321, "4.1.1.10")],
  },
};

/** Fallbacks by reply code, then by class (RFC 5321 §4.2.1). */
export const HINTS_BY_CODE: Readonly<Record<number, HintBody>> = {
  500: {
    title: "Syntax error",
    text: "The server could not recognise the command. Check the spelling; one command per line.",
    rfc: [r(5321, "4.2.3"), r(5321, "4.2.4")],
  },
  501: {
    title: "Syntax error in the arguments",
    text: "The command is right but what follows it is not. Compare with the examples on the buttons below.",
    rfc: [r(5321, "4.2.3"), r(5321, "4.1.1")],
  },
  502: {
    title: "Not implemented",
    text: "The server knows this command but does not do it here.",
    rfc: [r(5321, "4.2.4")],
  },
  503: {
    title: "Bad sequence of commands",
    text: "This command is not allowed at this point of the session. The order is EHLO, (STARTTLS, EHLO, AUTH), MAIL FROM, RCPT TO, DATA, the message, QUIT.",
    rfc: [r(5321, "4.1.4"), r(5321, "3.3")],
  },
  530: {
    title: "This server wants STARTTLS first",
    text: "Send STARTTLS, then EHLO again, before logging in or sending mail.",
    rfc: [r(3207, "4")],
  },
  535: {
    title: "Login refused",
    text: "The server did not accept the credentials. The lab's account is alice with the password wonderland.",
    rfc: [r(4954, "6")],
  },
  550: {
    title: "Mailbox unavailable",
    text: "The server will not take mail for this address: it does not exist here, or policy forbids it.",
    rfc: [r(5321, "4.2.3"), r(3463, "3.2")],
  },
  554: {
    title: "Refused",
    text: "The server refused this request for good. Read the enhanced code: 5.7.x is a policy or security refusal.",
    rfc: [r(5321, "4.2.3"), r(3463, "3.8")],
  },
  221: {
    title: "Session closed",
    text: "The server closed the connection. Press Reset session to start a new one.",
    rfc: [r(5321, "4.2.3"), r(5321, "3.8")],
  },
  421: {
    title: "The server is closing the connection",
    text: "A 421 may answer any command: the server is going away. A real client tries again later.",
    rfc: [r(5321, "4.2.3"), r(5321, "3.8")],
  },
};

const BY_CLASS: Record<4 | 5, HintBody> = {
  4: {
    title: "Temporary failure",
    text: "A 4xx reply means the same command might succeed later; a real client waits and retries.",
    rfc: [r(5321, "4.2.1")],
  },
  5: {
    title: "Permanent refusal",
    text: "A 5xx reply means repeating the same command will not help: change it.",
    rfc: [r(5321, "4.2.1")],
  },
};

const LINE_TOO_LONG: HintBody = {
  title: "That line was very long",
  text: "RFC 5321 allows 512 octets for a command line, CRLF included. Like Postfix, this server read only the first 2048 octets of yours.",
  rfc: [r(5321, "4.5.3.1.4")],
};

/** The hint for one reply, or null for a reply that needs none (2xx, 3xx). */
export function hintForReply(reply: { id: string; code: number; class: number }): Hint | null {
  const byId = HINTS_BY_ID[reply.id];
  if (byId) return { key: reply.id, ...byId };
  const byCode = HINTS_BY_CODE[reply.code];
  if (byCode && reply.class >= 4) return { key: String(reply.code), ...byCode };
  if (reply.class === 4 || reply.class === 5) return { key: `${reply.class}xx`, ...BY_CLASS[reply.class] };
  return null;
}

/**
 * The hint after the learner's last input: for an over-long line, else for the last reply among the new
 * steps that deserves one (errors, and the replies that close the session).
 */
export function hintAfter(newSteps: readonly Step[], newEvents: readonly SessionEvent[]): Hint | null {
  // An over-long line first: the reply to its clipped remains says less than the length does.
  if (newEvents.some((e) => e.kind === "LineTruncated")) return { key: "line-too-long", ...LINE_TOO_LONG };
  for (let i = newSteps.length - 1; i >= 0; i--) {
    const reply = newSteps[i]?.reply;
    if (!reply) continue;
    const hint = hintForReply(reply);
    if (hint) return hint;
  }
  return null;
}

/** Where the session stands, read from the engine's events (scans back to the last reply only). */
export function consoleMode(events: readonly SessionEvent[], closed: boolean): ConsoleMode {
  if (closed) return "closed";
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.kind !== "ServerReplied" || e.to !== "client") continue;
    if (e.reply.id === "data-go-ahead") return "message";
    if (e.reply.id === "auth-challenge") return "auth";
    return "command";
  }
  return "command";
}

/** Whether the learner's next line would travel inside TLS (the last message step's TLS flag). */
export function insideTls(steps: readonly Step[]): boolean {
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i];
    if (s && s.speaker !== "none") return s.tls;
  }
  return false;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** RFC 4648 §4 base64 of some octets. */
export function base64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : "=";
  }
  return out;
}

function utf8Bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** The AUTH PLAIN initial response: base64(authzid NUL authcid NUL passwd), RFC 4616 §2. */
export function authPlainResponse(user: string, password: string, authzid = ""): string {
  return base64(utf8Bytes(`${authzid}\u0000${user}\u0000${password}`));
}

/**
 * A paste at the caret: everything before the last line break is sent line by line; what follows it stays
 * in the input. CRLF, LF and lone CR all end a line.
 */
export function splitPaste(before: string, pasted: string, after: string): { lines: string[]; rest: string } {
  const parts = `${before}${pasted}${after}`.split(/\r\n|\n|\r/);
  const rest = parts.pop() ?? "";
  return { lines: parts, rest };
}

// C0 controls except TAB and LF, and DEL: shown as escapes (\x00, \x1b …), the notation the wire view
// already uses for \r\n, because fonts often lack the Unicode control pictures.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Control characters made visible, so a NUL or an ESC in a line shows instead of vanishing. */
export function visibleControls(s: string): string {
  return s.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** Clips one transcript line (its 4-character prefix kept) for display. */
export function clipLine(line: string, max = 240): string {
  const shown = visibleControls(line.length > max ? line.slice(0, max) : line);
  return line.length > max ? `${shown}… (${line.length - max} more characters)` : shown;
}

/**
 * A copy of a step fit for rendering: long lines shortened, at most `maxLines` lines, TLS hex and plaintext
 * captures cut (the record sizes stay exact). Only the picture is clipped; the engine's log is untouched.
 */
export function clipStep(step: Step, maxChars = 240, maxLines = 40): Step {
  const clipNeeded =
    step.lines.length > maxLines ||
    step.lines.some((l) => l.length > maxChars || HAS_CONTROL.test(l)) ||
    step.wire.some((w) => (w.kind === "tls" ? w.hex.length > 300 : w.text.length > 8192));
  if (!clipNeeded) return step;
  let lines = step.lines.map((l) => clipLine(l, maxChars));
  if (lines.length > maxLines) {
    const prefix = lines[maxLines - 1]?.slice(0, 4) ?? "    ";
    lines = [...lines.slice(0, maxLines - 1), `${prefix}… ${lines.length - maxLines + 1} more lines`];
  }
  const wire = step.wire.map((w) => {
    if (w.kind === "tls") return w.hex.length > 300 ? { ...w, hex: w.hex.slice(0, 300) } : w;
    return w.text.length > 8192 ? { ...w, text: w.text.slice(0, 8192), truncated: true } : w;
  });
  return { ...step, lines, wire };
}

/** The goal in words, for the task box. */
export function describeGoal(goal: ConsoleGoal): string {
  const parts: string[] = [];
  if (goal.tls) parts.push("the session runs inside TLS");
  if (goal.authenticated) parts.push("the server accepts your login");
  if (goal.code !== undefined) parts.push(`the server answers ${goal.code}`);
  if (goal.queued) parts.push("the server queues your message");
  return parts.length ? parts.join(", and ") : "no goal";
}

function replyText(step: Step | undefined): string {
  if (!step) return "";
  return step.lines
    .filter((l) => !l.startsWith("==="))
    .map((l) => l.slice(4))
    .join(" ");
}

/**
 * Checks a goal against the engine's outcome. The quoted reply comes from the steps, so the success
 * message shows what the server really said.
 */
export function checkGoal(
  goal: ConsoleGoal,
  outcome: SessionOutcome,
  steps: readonly Step[],
): { reached: boolean; message: string | null } {
  const wanted: boolean[] = [];
  const said: string[] = [];
  if (goal.tls) {
    wanted.push(outcome.tls);
    if (outcome.tls) said.push("the session runs inside TLS");
  }
  if (goal.authenticated) {
    wanted.push(outcome.authenticated);
    if (outcome.authenticated) {
      const s = steps.find((x) => x.reply?.id === "auth-ok");
      said.push(`the server accepted your login${s ? ` (${replyText(s)})` : ""}`);
    }
  }
  if (goal.code !== undefined) {
    const seen = outcome.codes.includes(goal.code);
    wanted.push(seen);
    if (seen) {
      const s = steps.find((x) => x.speaker === "server" && x.reply?.code === goal.code);
      said.push(`the server answered ${goal.code}${s ? ` (${replyText(s)})` : ""}`);
    }
  }
  if (goal.queued) {
    const queued = outcome.queued.length > 0;
    wanted.push(queued);
    if (queued) {
      const s = steps.find((x) => x.reply?.id === "queued" || x.reply?.id === "bdat-queued");
      said.push(`the server queued your message${s ? ` (${replyText(s)})` : ""}`);
    }
  }
  const reached = wanted.length > 0 && wanted.every(Boolean);
  return { reached, message: reached ? `Goal reached: ${said.join("; ")}.` : null };
}
