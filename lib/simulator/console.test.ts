import { describe, expect, it } from "vitest";
import { rfcInfo } from "@/lib/content/rfcs";
import { Lockstep, REPLY_TABLE, summarize, toSteps } from "@/lib/smtp";
import {
  authPlainResponse,
  base64,
  checkGoal,
  clipStep,
  consoleMode,
  HINTS_BY_CODE,
  HINTS_BY_ID,
  hintAfter,
  insideTls,
  parsePortParam,
  splitPaste,
  visibleControls,
} from "./console";

function session(port: 25 | 465 | 587 | 2525, lines: string[]) {
  const ls = new Lockstep({ port });
  let mark = { steps: 0, events: 0 };
  for (const l of lines) {
    mark = { steps: toSteps(ls.events).length, events: ls.events.length };
    ls.send(l);
  }
  const steps = toSteps(ls.events);
  return { ls, steps, newSteps: steps.slice(mark.steps), newEvents: ls.events.slice(mark.events) };
}

const AUTH = `AUTH PLAIN ${authPlainResponse("alice", "wonderland")}`;

describe("console helpers", () => {
  it("keys hints by reply ids the engine really has, and cites only listed RFCs", () => {
    const ids = new Set(REPLY_TABLE.map((row) => row.id));
    for (const id of Object.keys(HINTS_BY_ID)) expect(ids, id).toContain(id);
    for (const h of [...Object.values(HINTS_BY_ID), ...Object.values(HINTS_BY_CODE)]) {
      expect(h.rfc.length).toBeGreaterThan(0);
      for (const c of h.rfc) expect(rfcInfo(c.rfc), `RFC ${c.rfc}`).toBeDefined();
    }
  });

  it("builds the AUTH PLAIN string of the lab's transcripts", () => {
    expect(authPlainResponse("alice", "wonderland")).toBe("AGFsaWNlAHdvbmRlcmxhbmQ=");
    expect(authPlainResponse("alice", "wrong")).toBe("AGFsaWNlAHdyb25n");
    expect(base64(new TextEncoder().encode("ab"))).toBe("YWI=");
    expect(base64(new TextEncoder().encode("é"))).toBe(Buffer.from("é").toString("base64"));
  });

  it("gives the STARTTLS hint after 530 on 587, and none after a success", () => {
    const s = session(587, ["EHLO client.example.test", "MAIL FROM:<alice@example.test>"]);
    expect(s.newSteps.at(-1)?.reply?.code).toBe(530);
    expect(hintAfter(s.newSteps, s.newEvents)?.title).toMatch(/STARTTLS first/);
    const ok = session(587, ["EHLO client.example.test"]);
    expect(hintAfter(ok.newSteps, ok.newEvents)).toBeNull();
  });

  it.each([
    [25, ["EHLO x", "MAIL FROM:<a@example.net>", "RCPT TO:<bob@example.net>"], 554, /Relay refused/],
    [25, ["EHLO x", "MAIL FROM:<a@example.net>", "RCPT TO:<nosuch@example.test>"], 550, /No such mailbox/],
    [25, ["EHLO x", "RCPT TO:<alice@example.test>"], 503, /MAIL FROM comes first/],
    [25, ["QUIT"], 221, /Session closed/],
    [25, ["FOO"], 500, /Unknown command/],
    [587, ["EHLO x", "STARTTLS", "EHLO x", "AUTH PLAIN AGFsaWNlAHdyb25n"], 535, /Wrong user name/],
  ] as const)("port %i: %j → %i and its hint", (port, lines, code, title) => {
    const s = session(port, [...lines]);
    expect(s.newSteps.find((x) => x.reply)?.reply?.code).toBe(code);
    expect(hintAfter(s.newSteps, s.newEvents)?.title).toMatch(title);
  });

  it("reads the mode from the engine's events", () => {
    const s = session(25, ["EHLO x", "MAIL FROM:<a@example.net>", "RCPT TO:<alice@example.test>", "DATA"]);
    expect(consoleMode(s.ls.events, s.ls.closed)).toBe("message");
    s.ls.send("Subject: hi");
    expect(consoleMode(s.ls.events, s.ls.closed)).toBe("message");
    s.ls.send(".");
    expect(consoleMode(s.ls.events, s.ls.closed)).toBe("command");
    s.ls.send("QUIT");
    expect(consoleMode(s.ls.events, s.ls.closed)).toBe("closed");
  });

  it("checks goals against the engine's outcome and quotes the real reply", () => {
    const lines = [
      "EHLO client.example.test",
      "STARTTLS",
      "EHLO client.example.test",
      AUTH,
      "MAIL FROM:<alice@example.test>",
      "RCPT TO:<bob@example.net>",
      "DATA",
      "Subject: hi",
      "",
      "Hi",
      ".",
    ];
    const s = session(587, lines);
    const outcome = summarize(s.ls.events);
    expect(insideTls(s.steps)).toBe(true);
    const goal = checkGoal({ queued: true, authenticated: true, tls: true }, outcome, s.steps);
    expect(goal.reached).toBe(true);
    expect(goal.message).toMatch(/queued your message \(250 2\.0\.0 Ok: queued as [0-9A-F]+\)/);
    expect(checkGoal({ code: 530 }, outcome, s.steps).reached).toBe(false);
    const early = session(587, lines.slice(0, 3));
    expect(checkGoal({ queued: true }, summarize(early.ls.events), early.steps)).toEqual({
      reached: false,
      message: null,
    });
  });

  it("splits pastes and clips what is rendered, keeping record sizes", () => {
    expect(splitPaste("EH", "LO x\r\nNOOP\nQU", "IT")).toEqual({ lines: ["EHLO x", "NOOP"], rest: "QUIT" });
    expect(splitPaste("", "one\rtwo\n", "")).toEqual({ lines: ["one", "two"], rest: "" });
    expect(visibleControls("a\u0000b\u001b\u007f\t")).toBe("a\\x00b\\x1b\\x7f\t");
    const s = session(25, ["X".repeat(100_000)]);
    const big = s.steps.find((x) => x.speaker === "client" && x.kind === "ClientSent");
    if (!big) throw new Error("no client step");
    const clipped = clipStep(big);
    expect(Math.max(...clipped.lines.map((l) => l.length))).toBeLessThan(400);
    expect(clipped.wire.map((w) => w.length)).toEqual(big.wire.map((w) => w.length));
  });

  it("reads ?port= strictly", () => {
    expect(parsePortParam("25")).toEqual({ port: 25, note: null });
    expect(parsePortParam(null)).toEqual({ port: 587, note: null });
    for (const bad of ["26", "", "25abc", "<script>", "1e3", "-25"]) {
      const p = parsePortParam(bad);
      expect(p.port).toBe(587);
      expect(p.note).toMatch(/not one of the console's ports/);
    }
  });
});
