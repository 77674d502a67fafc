/**
 * Property tests (fast-check): hostile clients cannot break the engine or talk it into accepting mail
 * without the profile's prerequisites.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8 } from "./bytes";
import type { SessionEvent } from "./events";
import { Lockstep } from "./lockstep";
import { LAB_WORLD, type Port } from "./profiles";
import { MAX_REPLY_LINE } from "./replies";
import { encodePlain } from "./sasl";

const PLAIN_OK = `AUTH PLAIN ${encodePlain("alice", "wonderland")}`;

const verb = fc.constantFrom(
  "EHLO",
  "HELO",
  "MAIL",
  "RCPT",
  "DATA",
  "BDAT",
  "RSET",
  "NOOP",
  "VRFY",
  "ETRN",
  "QUIT",
  "STARTTLS",
  "AUTH",
  "HELP",
  "EXPN",
  "ehlo",
  "Mail",
);

const niceLine = fc.constantFrom(
  "EHLO client.example.test",
  "STARTTLS",
  PLAIN_OK,
  "AUTH LOGIN",
  "YWxpY2U=",
  "d29uZGVybGFuZA==",
  "MAIL FROM:<alice@example.test>",
  "MAIL FROM:<>",
  "RCPT TO:<alice@example.test>",
  "RCPT TO:<bob@example.net>",
  "DATA",
  "Subject: hi",
  "",
  ".",
  "..stuffed",
  "BDAT 5 LAST",
  "BDAT 3",
  "RSET",
  "*",
);

type Line = { kind: "text"; text: string } | { kind: "raw"; bytes: Uint8Array };

const hostile: fc.Arbitrary<Line> = fc.oneof(
  niceLine.map((text) => ({ kind: "text" as const, text })),
  fc
    .tuple(verb, fc.string({ maxLength: 40 }))
    .map(([v, a]) => ({ kind: "text" as const, text: `${v} ${a}` })),
  fc.string({ maxLength: 80 }).map((text) => ({ kind: "text" as const, text })),
  fc.uint8Array({ maxLength: 120 }).map((bytes) => ({ kind: "raw" as const, bytes })),
  fc.integer({ min: 500, max: 3000 }).map((n) => ({ kind: "text" as const, text: `NOOP ${"x".repeat(n)}` })),
  fc
    .integer({ min: 500, max: 3000 })
    .map((n) => ({ kind: "text" as const, text: `MAIL FROM:<${"a".repeat(n)}@x.example>` })),
  fc
    .constantFrom("NOOP\0x", "MA\0IL FROM:<a@b>", "VRFY \u00ff", "RCPT TO:<j\u00fcrgen@example.test>")
    .map((text) => ({
      kind: "text" as const,
      text,
    })),
  // Bare LF, bare CR, and injection after STARTTLS inside one write.
  fc
    .constantFrom(
      "NOOP\nNOOP",
      "STARTTLS\r\nRSET",
      `STARTTLS\r\n${PLAIN_OK}\r\nMAIL FROM:<a@b.c>`,
      "DATA\n.\n",
      "line\r.\r",
    )
    .map((text) => ({ kind: "raw" as const, bytes: utf8(`${text}\r\n`) })),
  fc.uint8Array({ minLength: 0, maxLength: 64 }).map((b) => ({
    kind: "raw" as const,
    // Not UTF-8: a lone continuation byte.
    bytes: new Uint8Array([0x80, ...b, 0x0d, 0x0a]),
  })),
);

const PORTS: Port[] = [25, 465, 587, 2525];

function play(port: Port, lines: Line[], pipeline: boolean): SessionEvent[] {
  const ls = new Lockstep({ port, pipeline: pipeline && lines.every((l) => l.kind === "text") });
  for (const l of lines) {
    if (l.kind === "text") ls.send(l.text);
    else ls.sendRaw(l.bytes, ["[raw]"]);
  }
  ls.end();
  return [...ls.events];
}

function checkInvariants(port: Port, events: SessionEvent[]): void {
  let tls = false;
  let authed = false;
  for (const e of events) {
    if (e.kind === "ClientNote") expect(e.text).not.toMatch(/internal error/);
    if (e.kind === "TlsEstablished") tls = true;
    if (e.kind === "ServerReplied") {
      const r = e.reply;
      expect(r.code).toBeGreaterThanOrEqual(200);
      expect(r.code).toBeLessThan(600);
      if (r.enhanced) expect(Number(r.enhanced[0])).toBe(Math.floor(r.code / 100));
      for (const [i, line] of r.lines.entries()) {
        expect(new TextEncoder().encode(`${line}\r\n`).length).toBeLessThanOrEqual(MAX_REPLY_LINE);
        expect(line.slice(0, 3)).toBe(String(r.code));
        expect(line[3]).toBe(i === r.lines.length - 1 ? " " : "-");
      }
    }
    if (e.kind === "Authenticated") {
      // No AUTH without TLS on any listener of the lab (smtpd_tls_auth_only, wrapper mode on 465).
      expect(tls).toBe(true);
      authed = true;
    }
    if (e.kind === "MessageQueued") {
      if (port !== 25) {
        // Submission: AUTH required (and so TLS) before any message is accepted.
        expect(authed).toBe(true);
        expect(e.tls).toBe(true);
      } else if (!authed) {
        // Port 25 without AUTH: local recipients only, never a relay.
        for (const to of e.to) {
          const domain = to.includes("@")
            ? to
                .slice(to.lastIndexOf("@") + 1)
                .toLowerCase()
                .replace(/\.$/, "")
            : "";
          expect(["", ...LAB_WORLD.mydestination, "[127.0.0.1]"]).toContain(domain);
        }
      }
    }
  }
}

describe("hostile input", () => {
  it("never throws, keeps every reply valid and never accepts mail without the prerequisites", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PORTS),
        fc.array(hostile, { maxLength: 200, size: "max" }),
        fc.boolean(),
        (port, lines, pipeline) => {
          checkInvariants(port, play(port, lines, pipeline));
        },
      ),
      { numRuns: 120, seed: 20261128 },
    );
  });

  it("is deterministic: the same input gives the same log", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PORTS), fc.array(hostile, { maxLength: 60 }), (port, lines) => {
        expect(JSON.stringify(play(port, lines, false))).toBe(JSON.stringify(play(port, lines, false)));
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it("survives one enormous write (1 MB without a line end) and a NUL flood", () => {
    const ls = new Lockstep({ port: 25 });
    ls.sendRaw(new Uint8Array(1_000_000).fill(0x41), ["[1 MB]"]);
    ls.sendRaw(new Uint8Array(5000), ["[NUL]"]);
    ls.send("QUIT");
    ls.end();
    checkInvariants(25, [...ls.events]);
    expect(ls.events.some((e) => e.kind === "ServerReplied")).toBe(true);
  });
});
