/**
 * Table tests: command × state × profile, every error path, against what the lab's Postfix answers.
 * Each row: the port, the lines sent before (in lockstep; "STARTTLS" really starts TLS), the line under
 * test, and the reply it must get ("code enhanced" or "code" alone where Postfix sends no enhanced code).
 */

import { describe, expect, it } from "vitest";
import { utf8 } from "./bytes";
import { Lockstep, type LockstepOptions } from "./lockstep";
import type { Port } from "./profiles";
import { resolveProfile } from "./profiles";
import { encodePlain } from "./sasl";
import { ServerSession } from "./server";

const PLAIN = `AUTH PLAIN ${encodePlain("alice", "wonderland")}`;
const TLS = ["EHLO c.example", "STARTTLS", "EHLO c.example"];
const TLS_AUTH = [...TLS, PLAIN];

function replies(port: Port, lines: string[], opts: Partial<LockstepOptions> = {}) {
  const ls = new Lockstep({ port, ...opts });
  for (const l of lines) ls.send(l);
  ls.end();
  return ls.events.flatMap((e) => (e.kind === "ServerReplied" ? [e.reply] : []));
}

function last(port: Port, before: string[], line: string, opts: Partial<LockstepOptions> = {}): string {
  const r = replies(port, [...before, line], opts);
  const x = r[r.length - 1];
  return x ? `${x.code}${x.enhanced ? ` ${x.enhanced}` : ""}` : "none";
}

type Row = [Port, string[], string, string];

const ROWS: Record<string, Row[]> = {
  "greeting and EHLO/HELO": [
    [25, [], "EHLO client.example.test", "250"],
    [25, [], "HELO client.example.test", "250"],
    [25, [], "EHLO", "501"],
    [25, [], "HELO", "501"],
    [587, [], "EHLO x", "250"],
    [465, [], "EHLO x", "250"],
  ],
  "unknown and malformed lines": [
    [25, [], "HELP", "500 5.5.2"],
    [25, [], "EXPN alice", "500 5.5.2"],
    [25, [], "FOO", "500 5.5.2"],
    [25, [], "", "500 5.5.2"],
    [25, [], "   ", "500 5.5.2"],
    [587, [], "HELP", "500 5.5.2"],
    [25, ["EHLO x"], "Subject: oops", "221 2.7.0"],
    [25, ["EHLO x"], "GET / HTTP/1.0", "221 2.7.0"],
    [25, ["EHLO x"], ".", "221 2.7.0"],
    [25, [], "XCLIENT NAME=x", "550 5.7.0"],
  ],
  "TLS required on 587 and 2525 (530 before STARTTLS)": [
    ...([
      "AUTH PLAIN x",
      "MAIL FROM:<a@b>",
      "RCPT TO:<a@b>",
      "DATA",
      "RSET",
      "VRFY alice",
      "ETRN example.test",
      "BDAT 0 LAST",
    ].flatMap((l): Row[] => [
      [587, ["EHLO x"], l, "530 5.7.0"],
      [2525, ["EHLO x"], l, "530 5.7.0"],
    ]) as Row[]),
    [587, ["EHLO x"], "NOOP", "250 2.0.0"],
    [587, ["EHLO x"], "QUIT", "221 2.0.0"],
    [587, [], "HELO x", "250"],
  ],
  STARTTLS: [
    [25, ["EHLO x"], "STARTTLS", "220 2.0.0"],
    [25, ["EHLO x"], "STARTTLS now", "501 5.5.4"],
    [587, TLS, "STARTTLS", "554 5.5.1"],
    [465, ["EHLO x"], "STARTTLS", "554 5.5.1"],
  ],
  AUTH: [
    [25, ["EHLO x"], PLAIN, "503 5.5.1"],
    [25, ["EHLO x"], "AUTH LOGIN", "503 5.5.1"],
    [25, TLS, PLAIN, "235 2.7.0"],
    [587, TLS, PLAIN, "235 2.7.0"],
    [587, TLS, "AUTH", "501 5.5.4"],
    [587, TLS, "AUTH CRAM-MD5", "535 5.7.8"],
    [587, TLS, `AUTH PLAIN ${encodePlain("alice", "nope")}`, "535 5.7.8"],
    [587, TLS, `AUTH PLAIN ${encodePlain("bob", "wonderland")}`, "535 5.7.8"],
    [587, TLS, "AUTH PLAIN !!!", "535 5.7.8"],
    [587, TLS, "AUTH PLAIN =", "535 5.7.8"],
    [587, TLS, "AUTH PLAIN", "334"],
    [587, [...TLS, "AUTH PLAIN"], "*", "501 5.7.0"],
    [587, [...TLS, "AUTH PLAIN"], encodePlain("alice", "wonderland"), "235 2.7.0"],
    [587, [...TLS, "AUTH LOGIN"], "YWxpY2U=", "334"],
    [587, [...TLS, "AUTH LOGIN", "YWxpY2U="], "d29uZGVybGFuZA==", "235 2.7.0"],
    [587, [...TLS, "AUTH LOGIN"], "not base64!", "535 5.7.8"],
    [587, TLS, "auth login YWxpY2U=", "334"],
    [587, TLS_AUTH, PLAIN, "503 5.5.1"],
    [587, [...TLS, "MAIL FROM:<alice@example.test>"], PLAIN, "503 5.5.1"],
    [465, ["EHLO x"], PLAIN, "235 2.7.0"],
  ],
  "MAIL FROM": [
    [25, [], "MAIL FROM:<a@example.net>", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM:<>", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM:bad-syntax", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM: <a@example.net>", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM:<@relay.example:a@example.net>", "250 2.1.0"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "MAIL FROM:<a@b.c>", "503 5.5.1"],
    [25, ["EHLO x"], "MAIL", "501 5.5.4"],
    [25, ["EHLO x"], "MAIL FROM:", "501 5.5.4"],
    [25, ["EHLO x"], "MAIL FROM <a@b.c>", "501 5.5.4"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c", "501 5.1.7"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> SIZE=10240000", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> SIZE=10240001", "552 5.3.4"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> SIZE=10MB", "501 5.5.4"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> BODY=8BITMIME", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> BODY=7BIT", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> BODY=BINARYMIME", "555 5.5.4"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> SMTPUTF8", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> RET=HDRS ENVID=abc+2B1", "250 2.1.0"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> RET=BOGUS", "501 5.5.4"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> ENVID=a=b", "501 5.5.4"],
    [25, ["EHLO x"], "MAIL FROM:<a@b.c> FOO=bar", "555 5.5.4"],
    [25, ["EHLO x"], "MAIL FROM:<café@example.net>", "250 2.1.0"],
  ],
  "RCPT TO": [
    [25, ["EHLO x"], "RCPT TO:<alice@example.test>", "503 5.5.1"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<alice@example.test>", "250 2.1.5"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<postmaster>", "250 2.1.5"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<ALICE+tag@EXAMPLE.TEST.>", "250 2.1.5"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<alice@[127.0.0.1]>", "250 2.1.5"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<nobody@example.test>", "250 2.1.5"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<nosuchuser@example.test>", "550 5.1.1"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<bob@example.net>", "554 5.7.1"],
    [25, [...TLS, "MAIL FROM:<a@b.c>"], "RCPT TO:<bob@example.net>", "554 5.7.1"],
    [25, [...TLS_AUTH, "MAIL FROM:<a@b.c>"], "RCPT TO:<bob@example.net>", "250 2.1.5"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<>", "501 5.1.3"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:", "501 5.5.4"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<alice@example.test", "501 5.1.3"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<alice@example.test> NOTIFY=SUCCESS,FAILURE", "250 2.1.5"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<alice@example.test> NOTIFY=NEVER,SUCCESS", "501 5.5.4"],
    [
      25,
      ["EHLO x", "MAIL FROM:<a@b.c>"],
      "RCPT TO:<alice@example.test> ORCPT=rfc822;alice@example.test",
      "250 2.1.5",
    ],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<alice@example.test> ORCPT=bogus", "501 5.5.4"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "RCPT TO:<alice@example.test> FOO=bar", "555 5.5.4"],
    [587, [...TLS, "MAIL FROM:<alice@example.test>"], "RCPT TO:<bob@example.net>", "554 5.7.1"],
    [587, [...TLS, "MAIL FROM:<alice@example.test>"], "RCPT TO:<alice@example.test>", "554 5.7.1"],
    [587, [...TLS_AUTH, "MAIL FROM:<alice@example.test>"], "RCPT TO:<nosuchuser@example.test>", "250 2.1.5"],
    [465, ["EHLO x", "MAIL FROM:<alice@example.test>"], "RCPT TO:<bob@example.net>", "554 5.7.1"],
  ],
  "DATA and BDAT": [
    [25, ["EHLO x"], "DATA", "503 5.5.1"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "DATA", "554 5.5.1"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>", "RCPT TO:<bob@example.net>"], "DATA", "554 5.5.1"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>", "RCPT TO:<alice@example.test>"], "DATA", "354"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>", "RCPT TO:<alice@example.test>"], "DATA now", "501 5.5.4"],
    [
      25,
      ["EHLO x", "MAIL FROM:<a@b.c>", "RCPT TO:<alice@example.test>", "DATA", "Subject: x", ""],
      ".",
      "250 2.0.0",
    ],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>", "RCPT TO:<alice@example.test>"], "BDAT 0 LAST", "250 2.0.0"],
    [25, ["EHLO x"], "BDAT 0 LAST", "503 5.5.1"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>", "RCPT TO:<alice@example.test>"], "BDAT abc", "521 5.5.4"],
    [25, ["EHLO x"], "BDAT", "521 5.5.4"],
  ],
  "RSET, NOOP, VRFY, ETRN, QUIT": [
    [25, [], "RSET", "250 2.0.0"],
    [25, [], "RSET foo", "501 5.5.4"],
    [25, [], "NOOP", "250 2.0.0"],
    [25, [], "NOOP foo", "250 2.0.0"],
    [25, ["EHLO x"], "VRFY alice", "252 2.0.0"],
    [25, ["EHLO x"], "VRFY <alice@example.test>", "252 2.0.0"],
    [25, ["EHLO x"], "VRFY nosuchuser", "550 5.1.1"],
    [25, ["EHLO x"], "VRFY bob@example.net", "554 5.7.1"],
    [25, ["EHLO x"], "VRFY", "501 5.5.4"],
    [25, ["EHLO x"], "ETRN example.test", "459"],
    [25, ["EHLO x"], "ETRN @example.test", "459"],
    [25, ["EHLO x"], "ETRN", "500"],
    [25, ["EHLO x"], "ETRN bad..domain", "501"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "ETRN example.test", "503"],
    [587, TLS, "VRFY alice", "554 5.7.1"],
    [587, TLS, "ETRN example.test", "554 5.7.1"],
    [587, TLS, "RSET", "250 2.0.0"],
    [25, ["EHLO x", "MAIL FROM:<a@b.c>"], "QUIT now", "221 2.0.0"],
  ],
};

describe("server replies, command × state × profile", () => {
  for (const [group, rows] of Object.entries(ROWS)) {
    describe(group, () => {
      for (const [port, before, line, want] of rows) {
        it(`${port}: ${[...before.slice(-2), line].join(" | ") || "(empty line)"} -> ${want}`, () => {
          expect(last(port, before, line)).toBe(want);
        });
      }
    });
  }
});

describe("sequence and state rules", () => {
  it("EHLO resets an open transaction (RFC 5321 §4.1.4)", () => {
    expect(last(25, ["EHLO x", "MAIL FROM:<a@b.c>", "EHLO x"], "RCPT TO:<alice@example.test>")).toBe(
      "503 5.5.1",
    );
  });

  it("STARTTLS makes the server forget the transaction and the greeting (RFC 3207 §4.2)", () => {
    const s = new ServerSession({ profile: resolveProfile(25) });
    s.open(0);
    s.receive({ type: "bytes", data: utf8("EHLO x\r\nMAIL FROM:<a@b.c>\r\nSTARTTLS\r\n") }, 1);
    expect(s.state.inTransaction).toBe(false);
    expect(s.state.helo).toBeNull();
  });

  it("an EHLO after AUTH keeps the login (reference 16k)", () => {
    expect(last(465, ["EHLO x", PLAIN, "EHLO x"], PLAIN)).toBe("503 5.5.1");
  });

  it("the EHLO list has STARTTLS before TLS and AUTH PLAIN LOGIN after, never both", () => {
    const r = replies(587, TLS).filter((x) => x.id === "ehlo");
    expect(r[0]?.lines).toContain("250-STARTTLS");
    expect(r[0]?.lines.some((l) => l.includes("AUTH"))).toBe(false);
    expect(r[1]?.lines).toContain("250-AUTH PLAIN LOGIN");
    expect(r[1]?.lines.some((l) => l.includes("STARTTLS"))).toBe(false);
  });

  it("HELO gets one line with no extension list and no enhanced code", () => {
    const r = replies(25, ["HELO x"]).find((x) => x.id === "helo");
    expect(r?.lines).toEqual(["250 mail.example.test"]);
  });

  it("after ten errors every reply waits 1 s; after twenty the next command gets 421 and a reset", () => {
    const ls = new Lockstep({ port: 25 });
    for (let i = 0; i < 21; i++) ls.send(`FOO${i}`);
    const r = ls.events.filter((e) => e.kind === "ServerReplied");
    const delays = r.map((e) => (e.kind === "ServerReplied" ? e.delayMs : -1));
    expect(delays.slice(1, 11)).toEqual(new Array(10).fill(0));
    expect(delays.slice(11)).toEqual(new Array(11).fill(1000));
    const lastReply = r[r.length - 1];
    expect(lastReply?.kind === "ServerReplied" ? lastReply.reply.lines[0] : "").toBe(
      "421 4.7.0 mail.example.test Error: too many errors",
    );
    expect(ls.log().outcome.end).toBe("reset");
  });

  it("a delivered message resets the error count (reference 16d)", () => {
    const ls = new Lockstep({ port: 25 });
    for (let i = 0; i < 9; i++) ls.send(`FOO${i}`);
    for (const l of ["MAIL FROM:<a@b.c>", "RCPT TO:<alice@example.test>", "DATA", "x", "."]) ls.send(l);
    ls.send("FOO");
    const r = ls.events.filter((e) => e.kind === "ServerReplied");
    const lastReply = r[r.length - 1];
    expect(lastReply?.kind === "ServerReplied" ? lastReply.delayMs : -1).toBe(0);
  });

  it("Dovecot's delays: 1.5 s for a failure, then 4 s and 8 s before the next exchanges", () => {
    const wrong = `AUTH PLAIN ${encodePlain("alice", "x")}`;
    const ls = new Lockstep({ port: 465 });
    for (const l of ["EHLO x", wrong, wrong, "AUTH LOGIN"]) ls.send(l);
    const d = ls.events.flatMap((e) =>
      e.kind === "ServerReplied" && e.answers === "AUTH" ? [e.delayMs] : [],
    );
    expect(d).toEqual([1500, 4000 + 2000, 8000]);
  });

  it("dot-stuffing: one leading dot is removed from each line; the lone dot ends the data", () => {
    const s = new ServerSession({ profile: resolveProfile(25) });
    s.open(0);
    const out = s.receive(
      {
        type: "bytes",
        data: utf8(
          "MAIL FROM:<a@b.c>\r\nRCPT TO:<alice@example.test>\r\nDATA\r\n..hidden\r\n...two\r\n.x\r\n.\r\n",
        ),
      },
      1,
    );
    const q = out.find((a) => a.type === "notice" && a.notice.kind === "MessageQueued");
    expect(q?.type === "notice" && q.notice.kind === "MessageQueued" ? q.notice.content : []).toEqual([
      ".hidden",
      "..two",
      "x",
    ]);
  });

  it("a bare LF ends lines and even <LF>.<LF> ends the data, as Postfix 3.7 does (reference 16a)", () => {
    const s = new ServerSession({ profile: resolveProfile(25) });
    s.open(0);
    const out = s.receive(
      { type: "bytes", data: utf8("MAIL FROM:<a@b.c>\nRCPT TO:<alice@example.test>\nDATA\nline\n.\n") },
      1,
    );
    expect(out.filter((a) => a.type === "reply").map((a) => (a.type === "reply" ? a.reply.code : 0))).toEqual(
      [250, 250, 354, 250],
    );
  });

  it("command lines over 2048 octets are cut, not refused (reference 08)", () => {
    expect(last(25, [], `NOOP ${"x".repeat(3000)}`)).toBe("250 2.0.0");
    expect(last(25, ["EHLO x"], `MAIL FROM:<${"a".repeat(3000)}@example.net>`)).toBe("501 5.1.7");
  });

  it("a message over message_size_limit is read to the end and refused", () => {
    const s = new ServerSession({ profile: resolveProfile(25) });
    s.open(0);
    const big = `${"x".repeat(998)}\r\n`.repeat(10_300);
    const out = s.receive(
      {
        type: "bytes",
        data: utf8(`MAIL FROM:<a@b.c>\r\nRCPT TO:<alice@example.test>\r\nDATA\r\n${big}.\r\nNOOP\r\n`),
      },
      1,
    );
    const lines = out.flatMap((a) => (a.type === "reply" ? a.reply.lines : []));
    expect(lines.slice(-2)).toEqual(["552 5.3.4 Error: message file too big", "250 2.0.0 Ok"]);
  });

  it("profile overrides: greeting rejected, VRFY disabled, HELO required, AUTH back-end down", () => {
    expect(replies(25, [], { overrides: { greeting: "reject" } })[0]?.code).toBe(554);
    expect(last(25, [], "EHLO x", { overrides: { greeting: "reject" } })).toBe("503 5.7.0");
    expect(last(25, ["EHLO x"], "VRFY alice", { overrides: { vrfyDisabled: true } })).toBe("502 5.5.1");
    expect(last(25, [], "MAIL FROM:<a@b.c>", { overrides: { heloRequired: true } })).toBe("503 5.5.1");
    expect(last(587, TLS, PLAIN, { overrides: { authTemporarilyUnavailable: true } })).toBe("454 4.7.0");
  });
});
