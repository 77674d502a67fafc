/**
 * Share links: the client's lines of a session, with every credential replaced by the demo account's,
 * replay in the console's engine with the same replies as the original session.
 */
import { describe, expect, it } from "vitest";
import { LAB_WORLD, Lockstep, type SessionEvent } from "@/lib/smtp";
import { encodePlain } from "@/lib/smtp/sasl";
import { consoleLink, fitLines, MAX_LINK_TEXT, shareLines } from "./share";

const classroom = { ...LAB_WORLD, saslAccounts: [{ user: "*", password: "tulip-maple-42" }] };
const codes = (events: readonly SessionEvent[]) =>
  events.flatMap((e) => (e.kind === "ServerReplied" ? [e.reply.code] : []));

function session(lines: string[]) {
  const ls = new Lockstep({ port: 465, world: classroom });
  for (const l of lines) ls.send(l);
  ls.end();
  return ls.events;
}

function replayInConsole(lines: string[]) {
  const ls = new Lockstep({ port: 465 });
  for (const l of lines) ls.send(l);
  ls.end();
  return ls.events;
}

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("share lines", () => {
  it("replaces a successful classroom login with alice / wonderland; same replies in the console", () => {
    const events = session([
      "EHLO x",
      `AUTH PLAIN ${encodePlain("maria", "tulip-maple-42")}`,
      "MAIL FROM:<maria@example.test>",
      "RCPT TO:<bob@example.net>",
      "DATA",
      "Subject: hi",
      "",
      "..dot",
      ".",
      "QUIT",
    ]);
    const lines = shareLines(events);
    expect(lines.join("\n")).not.toContain(encodePlain("maria", "tulip-maple-42"));
    expect(lines[1]).toBe(`AUTH PLAIN ${encodePlain("alice", "wonderland")}`);
    expect(lines.slice(4)).toEqual(["DATA", "Subject: hi", "", "..dot", ".", "QUIT"]);
    expect(codes(replayInConsole(lines))).toEqual(codes(events));
  });

  it("a failed login stays failed; AUTH LOGIN and a cancelled AUTH too", () => {
    const events = session([
      "EHLO x",
      `AUTH LOGIN ${b64("maria")}`,
      b64("wrong"),
      "AUTH PLAIN",
      "*",
      "AUTH LOGIN",
      b64("maria"),
      b64("tulip-maple-42"),
      "QUIT",
    ]);
    const lines = shareLines(events);
    expect(lines.join("\n")).not.toContain(b64("tulip-maple-42"));
    expect(lines.join("\n")).not.toContain(b64("maria"));
    expect(codes(events)).toEqual([220, 250, 334, 535, 334, 501, 334, 334, 235, 221]);
    expect(codes(replayInConsole(lines))).toEqual(codes(events));
  });

  it("fits long bodies into a link, keeping every command and the final dot", () => {
    const body = Array.from({ length: 300 }, (_, i) => `line ${i} ${"x".repeat(40)}`);
    const lines = [
      "EHLO x",
      "MAIL FROM:<a@example.net>",
      "RCPT TO:<alice@example.test>",
      "DATA",
      ...body,
      ".",
      "QUIT",
    ];
    const { lines: fit, cut } = fitLines(lines);
    expect(fit.join("\n").length).toBeLessThanOrEqual(MAX_LINK_TEXT);
    expect(cut).toBeGreaterThan(0);
    expect(fit.slice(0, 4)).toEqual(lines.slice(0, 4));
    expect(fit.slice(-2)).toEqual([".", "QUIT"]);
    const { href } = consoleLink(25, fit);
    const url = new URL(href, "http://localhost");
    expect(url.pathname).toBe("/simulator/console");
    expect(url.searchParams.get("port")).toBe("25");
    expect(url.searchParams.get("lines")?.split("\n")).toEqual(fit);
  });
});
