/**
 * The lockstep driver: what the console and the CLI do with raw lines.
 */

import { describe, expect, it } from "vitest";
import { Lockstep, runLockstep } from "./lockstep";
import { transcript } from "./transcript";

describe("lockstep driver", () => {
  it("returns the new events for each line (the console's incremental use)", () => {
    const ls = new Lockstep({ port: 25 });
    expect(ls.events.some((e) => e.kind === "ServerReplied")).toBe(true);
    const ev = ls.send("EHLO client.example.test");
    expect(ev.map((e) => e.kind)).toEqual(["ClientSent", "ServerReplied"]);
  });

  it("sends DATA body lines without waiting, as one write ending with the dot", () => {
    const ls = new Lockstep({ port: 25 });
    for (const l of ["EHLO x", "MAIL FROM:<a@b.c>", "RCPT TO:<alice@example.test>", "DATA"]) ls.send(l);
    expect(ls.send("Subject: hi")).toEqual([]);
    expect(ls.send("")).toEqual([]);
    const ev = ls.send(".");
    const sent = ev.find((e) => e.kind === "ClientSent");
    expect(sent?.kind === "ClientSent" ? sent.lines : []).toEqual(["Subject: hi", "", "."]);
    expect(ev.some((e) => e.kind === "MessageQueued")).toBe(true);
  });

  it("per-line mode sends each body line at once", () => {
    const ls = new Lockstep({ port: 25, dataWrites: "per-line" });
    for (const l of ["EHLO x", "MAIL FROM:<a@b.c>", "RCPT TO:<alice@example.test>", "DATA"]) ls.send(l);
    expect(ls.send("Subject: hi").map((e) => e.kind)).toEqual(["ClientSent"]);
  });

  it("switches to TLS after 220 to STARTTLS; on 465 TLS starts at once", () => {
    const a = runLockstep(["EHLO x", "STARTTLS", "EHLO x", "QUIT"], { port: 587 });
    const sent = a.events.filter((e) => e.kind === "ClientSent");
    expect(sent.map((e) => (e.kind === "ClientSent" ? e.tls : null))).toEqual([false, false, true, true]);
    const b = runLockstep(["EHLO x", "QUIT"], { port: 465 });
    expect(
      b.events.filter((e) => e.kind === "ClientSent").every((e) => e.kind === "ClientSent" && e.tls),
    ).toBe(true);
  });

  it("pipeline mode: one write; what followed STARTTLS is discarded, never run in TLS", () => {
    const log = runLockstep(["EHLO x", "STARTTLS", "RSET", "MAIL FROM:<a@b.c>"], {
      port: 25,
      pipeline: true,
    });
    const firstWrite = log.events.filter((e) => e.kind === "ClientSent" && e.wire.length);
    expect(firstWrite).toHaveLength(1);
    expect(log.outcome.plaintextDiscarded).toBe(2);
    const codes = log.events.flatMap((e) => (e.kind === "ServerReplied" ? [e.reply.code] : []));
    expect(codes).toEqual([220, 250, 220]);
    expect(log.outcome.end).toBe("closed-by-client");
    expect(transcript(log.events).some((l) => l.includes("CVE-2011-0411"))).toBe(true);
  });

  it("ignores lines after the server closed, with a === note; closes at end of input without QUIT", () => {
    const a = runLockstep(["QUIT", "NOOP", "NOOP"], { port: 25 });
    expect(transcript(a.events)).toContain(
      "=== 2 line(s) left after the server closed the connection were not sent",
    );
    const b = runLockstep(["EHLO x"], { port: 25 });
    expect(b.outcome.end).toBe("closed-by-client");
  });

  it("never throws on junk: control characters, NUL, non-UTF-8, huge lines", () => {
    const ls = new Lockstep({ port: 587 });
    expect(() => {
      ls.send("\u0000\u0001\u0002");
      ls.send(new Uint8Array([0xff, 0xfe, 0x00, 0x0a, 0x0d]));
      ls.send("x".repeat(100_000));
      ls.send("AUTH PLAIN");
      ls.send("\u00e9\u00e9\u00e9");
      ls.end();
      ls.send("after end");
    }).not.toThrow();
    expect(ls.events.some((e) => e.kind === "ClientNote" && e.text.includes("internal error"))).toBe(false);
  });
});
