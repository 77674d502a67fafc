/**
 * How to make the lab's server give each reply that no built-in scenario shows: the commands to type in the
 * console, per reply id. Verified by code-recipes.test.ts, which types them into the engine and checks the
 * reply appears, so a recipe can never promise a reply the server would not send. Replies that need a
 * server configured differently from the lab (or a 10 MB message) say so instead.
 */
import type { Port } from "@/lib/smtp";

export type CodeRecipe =
  | { kind: "console"; port: Port; lines: string[]; note?: string }
  | { kind: "configuration"; why: string };

const EHLO = "EHLO client.example.test";
const AUTH_ALICE = "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=";
const MAIL = "MAIL FROM:<sender@example.net>";
const RCPT = "RCPT TO:<alice@example.test>";

export const CODE_RECIPES: Readonly<Record<string, CodeRecipe>> = {
  helo: { kind: "console", port: 25, lines: ["HELO client.example.test"] },
  "ehlo-syntax": { kind: "console", port: 25, lines: ["EHLO"] },
  "helo-syntax": { kind: "console", port: 25, lines: ["HELO"] },
  ok: { kind: "console", port: 25, lines: [EHLO, "NOOP"] },
  "unknown-command": { kind: "console", port: 25, lines: [EHLO, "HELP"] },
  "non-smtp-command": {
    kind: "console",
    port: 25,
    lines: ["Subject: hello"],
    note: "A mail header typed as a command.",
  },
  "too-many-errors": {
    kind: "console",
    port: 25,
    lines: Array.from({ length: 21 }, () => "FOO"),
    note: "Twenty errors in one session; from the tenth on, every reply comes a second late.",
  },
  "starttls-syntax": { kind: "console", port: 25, lines: [EHLO, "STARTTLS please"] },
  "tls-already-active": { kind: "console", port: 465, lines: [EHLO, "STARTTLS"] },
  "auth-challenge": { kind: "console", port: 465, lines: [EHLO, "AUTH LOGIN"] },
  "auth-aborted": { kind: "console", port: 465, lines: [EHLO, "AUTH PLAIN", "*"] },
  "auth-not-enabled": { kind: "console", port: 25, lines: [EHLO, AUTH_ALICE] },
  "auth-already": { kind: "console", port: 465, lines: [EHLO, AUTH_ALICE, AUTH_ALICE] },
  "auth-in-transaction": {
    kind: "console",
    port: 465,
    lines: [EHLO, "MAIL FROM:<alice@example.test>", AUTH_ALICE],
  },
  "auth-syntax": { kind: "console", port: 465, lines: [EHLO, "AUTH"] },
  "auth-bad-mechanism": { kind: "console", port: 465, lines: [EHLO, "AUTH CRAM-MD5"] },
  "auth-bad-base64": { kind: "console", port: 465, lines: [EHLO, "AUTH PLAIN !!!"] },
  "mail-nested": { kind: "console", port: 25, lines: [EHLO, MAIL, MAIL] },
  "mail-syntax": { kind: "console", port: 25, lines: [EHLO, "MAIL FROM <sender@example.net>"] },
  "sender-syntax": { kind: "console", port: 25, lines: [EHLO, "MAIL FROM:<sender@example.net"] },
  "unsupported-option": { kind: "console", port: 25, lines: [EHLO, `${MAIL} BODY=BINARYMIME`] },
  "size-syntax": { kind: "console", port: 25, lines: [EHLO, `${MAIL} SIZE=abc`] },
  "size-exceeded": { kind: "console", port: 25, lines: [EHLO, `${MAIL} SIZE=20000000`] },
  "ret-syntax": { kind: "console", port: 25, lines: [EHLO, `${MAIL} RET=BOGUS`] },
  "need-mail": { kind: "console", port: 25, lines: [EHLO, RCPT] },
  "rcpt-syntax": { kind: "console", port: 25, lines: [EHLO, MAIL, "RCPT TO:"] },
  "rcpt-address-syntax": { kind: "console", port: 25, lines: [EHLO, MAIL, "RCPT TO:<>"] },
  "notify-syntax": { kind: "console", port: 25, lines: [EHLO, MAIL, `${RCPT} NOTIFY=BOGUS`] },
  "orcpt-syntax": { kind: "console", port: 25, lines: [EHLO, MAIL, `${RCPT} ORCPT=bogus`] },
  "need-rcpt": { kind: "console", port: 25, lines: [EHLO, "DATA"] },
  "data-syntax": { kind: "console", port: 25, lines: [EHLO, MAIL, RCPT, "DATA now"] },
  "etrn-bad-domain": { kind: "console", port: 25, lines: [EHLO, "ETRN @@"] },
  "envid-syntax": { kind: "console", port: 25, lines: [EHLO, `${MAIL} ENVID=`] },
  "no-valid-recipients": {
    kind: "console",
    port: 25,
    lines: [EHLO, MAIL, "RCPT TO:<nosuchuser@example.test>", "DATA"],
  },
  "bdat-syntax": { kind: "console", port: 25, lines: [EHLO, MAIL, RCPT, "BDAT abc"] },
  "vrfy-ok": { kind: "console", port: 25, lines: [EHLO, "VRFY alice"] },
  "vrfy-syntax": { kind: "console", port: 25, lines: [EHLO, "VRFY"] },
  "etrn-syntax": { kind: "console", port: 25, lines: [EHLO, "ETRN"] },
  "etrn-no-service": { kind: "console", port: 25, lines: [EHLO, "ETRN example.test"] },
  "etrn-in-transaction": { kind: "console", port: 25, lines: [EHLO, MAIL, "ETRN example.test"] },
  "rset-syntax": { kind: "console", port: 25, lines: [EHLO, "RSET now"] },
  "insufficient-authorization": { kind: "console", port: 25, lines: [EHLO, "XCLIENT NAME=mallory.example"] },
  "greeting-rejected": {
    kind: "configuration",
    why: "Only a server set to refuse a client at the greeting sends it; the lab's listeners greet everyone.",
  },
  "access-denied": {
    kind: "configuration",
    why: "Follows a 554 greeting, which the lab's listeners never send.",
  },
  "helo-first": {
    kind: "configuration",
    why: "Only a server that requires HELO/EHLO first sends it; the lab, like stock Postfix, does not.",
  },
  timeout: {
    kind: "configuration",
    why: "Sent after minutes of silence from the client; the simulator does not wait that long.",
  },
  "too-many-connections": {
    kind: "configuration",
    why: "Sent by a server with per-client connection limits; the live lab (npm run lab) sends it to a client over them.",
  },
  "too-much-mail": {
    kind: "configuration",
    why: "Sent by a server with a per-client message rate; the live lab (npm run lab) has one in classroom mode.",
  },
  "starttls-not-offered": {
    kind: "configuration",
    why: "Sent by a listener without TLS; every lab listener has it.",
  },
  "auth-temporary": {
    kind: "configuration",
    why: "Sent when the password service is down, which the lab never is.",
  },
  "vrfy-disabled": {
    kind: "configuration",
    why: "Sent by a server with VRFY turned off; the lab leaves it on.",
  },
  "message-too-big": {
    kind: "configuration",
    why: "Needs a message over the 10,240,000-byte limit after DATA: too big to type.",
  },
  "too-many-recipients": {
    kind: "configuration",
    why: "Needs more recipients than the server's limit (1,000 in Postfix) in one transaction.",
  },
  "bdat-ok": {
    kind: "configuration",
    why: "Answers a BDAT chunk that is not the last one; the console sends text lines, not sized chunks.",
  },
  "bdat-too-big": {
    kind: "configuration",
    why: "Needs a BDAT chunk larger than the size limit, which the console cannot send.",
  },
  "bdat-mixed": {
    kind: "configuration",
    why: "Needs DATA after a BDAT chunk, which the console cannot send.",
  },
};
