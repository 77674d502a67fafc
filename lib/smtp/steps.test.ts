/**
 * Steps (the UI contract) and narration (derived from events through the table).
 */

import { describe, expect, it } from "vitest";
import type { SessionEvent } from "./events";
import { runLockstep } from "./lockstep";
import { narrate, toSteps } from "./narration";
import { renderReply, replyClass } from "./replies";
import { REPLY_TABLE } from "./replies-teaching";
import { runScenario } from "./run";
import { encodePlain } from "./sasl";
import type { SessionScenario } from "./scenario";
import { clampStep } from "./steps";

const submit: SessionScenario = {
  id: "test-submit",
  kind: "session",
  title: "t",
  summary: "t",
  port: 587,
  theme: "happy",
  client: {
    tls: "required",
    auth: { user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
  },
};

describe("toSteps", () => {
  const steps = toSteps(runScenario(submit).events);

  it("numbers steps from 1, one per message or TLS flight", () => {
    expect(steps.map((s) => s.n)).toEqual(steps.map((_, i) => i + 1));
    expect(steps[0]).toMatchObject({ kind: "Connected", speaker: "client", phase: "connect", tls: false });
    expect(steps[steps.length - 1]?.phase).toBe("close");
    expect(steps.filter((s) => s.kind === "TlsFlight").map((s) => s.speaker)).toEqual([
      "client",
      "server",
      "client",
      "server",
    ]);
  });

  it("gives replies their code, enhanced code, class and reply-table id", () => {
    const queued = steps.find((s) => s.reply?.id === "queued");
    expect(queued?.reply).toMatchObject({ code: 250, enhanced: "2.0.0", class: 2, answers: "DATA-END" });
    expect(queued?.phase).toBe("data");
    expect(queued?.tls).toBe(true);
  });

  it("assigns the compare-mode phases in protocol order", () => {
    const order = ["connect", "greeting", "ehlo", "tls", "ehlo", "auth", "envelope", "data", "quit", "close"];
    const seen = steps.map((s) => s.phase).filter((p, i, a) => p !== a[i - 1]);
    expect(seen).toEqual(order);
  });

  it("carries transcript lines and wire records for each message", () => {
    const ehlo2 = steps.filter((s) => s.command === "EHLO")[1];
    expect(ehlo2?.lines).toEqual([" ~> EHLO client.example.test"]);
    expect(ehlo2?.wire[0]?.kind).toBe("tls");
    expect(ehlo2?.wireBytes).toBe(26 + 22);
  });

  it("narrates from the table, with RFC references", () => {
    const ehlo2 = steps.filter((s) => s.command === "EHLO")[1];
    expect(ehlo2?.narration.text).toMatch(/EHLO again/);
    expect(ehlo2?.narration.rfc).toContainEqual({ rfc: 3207, section: "4.2" });
    const queued = steps.find((s) => s.reply?.id === "queued");
    expect(queued?.narration.text).toMatch(/responsib/);
    expect(queued?.narration.rfc).toContainEqual({ rfc: 5321, section: "6.1" });
    const c = steps[0];
    expect(c?.narration.text).toMatch(/587/);
  });

  it("narrates a 530 on 587 as 'TLS required' and an AUTH in cleartext as readable", () => {
    const log = runLockstep(["EHLO x", `AUTH PLAIN ${encodePlain("alice", "wonderland")}`], { port: 587 });
    const st = toSteps(log.events);
    const r = st.find((s) => s.reply?.code === 530);
    expect(r?.narration.text).toMatch(/requires TLS/);
    const a = st.find((s) => s.command === "AUTH");
    expect(a?.narration.text).toMatch(/Base64 is only an encoding/);
  });

  it("marks attacker steps and folds captured credentials into the client's AUTH step", () => {
    const st = toSteps(
      runScenario({
        ...submit,
        tls: undefined,
        attacker: { mode: "strip-starttls" },
        client: { ...submit.client, tls: "opportunistic" },
      } as SessionScenario).events,
    );
    const forged = st.find((s) => s.speaker === "attacker");
    expect(forged?.reply?.id).toBe("ehlo");
    expect(forged?.attacker?.changed).toBe(true);
    const auth = st.find((s) => s.command === "AUTH");
    expect(auth?.attacker?.captured).toMatchObject({ user: "alice", password: "wonderland" });
    expect(auth?.narration.text).toMatch(/wonderland/);
  });
});

describe("narration table", () => {
  it("has a sentence with RFC references for every reply in the reply table", () => {
    for (const row of REPLY_TABLE) {
      const reply = renderReply(row.id, {
        host: "h",
        addr: "a",
        client: "c",
        arg: "x",
        queueId: "Q",
        bytes: 1,
      });
      const event: SessionEvent = {
        seq: 0,
        t: 0,
        conn: 1,
        kind: "ServerReplied",
        to: "client",
        tls: false,
        reply: { ...reply, class: replyClass(reply.code), lines: reply.lines },
        answers: "X",
        bytes: 0,
        wire: [],
        delayMs: 0,
      };
      const n = narrate({
        event,
        notes: [],
        port: 25,
        profile: "relay",
        tls: false,
        tlsVia: null,
        attacker: false,
        authenticated: false,
      });
      expect(n.text.length, row.id).toBeGreaterThan(15);
      expect(n.rfc.length, row.id).toBeGreaterThan(0);
    }
  });
});

describe("clampStep", () => {
  it("clamps out-of-range steps with a note", () => {
    expect(clampStep(3, 10)).toEqual({ step: 3, note: null });
    expect(clampStep(0, 10)).toEqual({ step: 0, note: null });
    expect(clampStep(-2, 10).step).toBe(0);
    expect(clampStep(99, 10)).toMatchObject({ step: 10 });
    expect(clampStep(Number.NaN, 10).step).toBe(0);
  });
});
