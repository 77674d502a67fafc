/**
 * The built-in scenarios: registry rules, "inputs only", and each scenario's expected outcome as the
 * engine computes it.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  dsnRecipientFields,
  type JourneyLog,
  REPLY_TABLE,
  type SessionLog,
  simulate,
  toSteps,
  transcript,
} from "@/lib/smtp";
import { canonicalScenarioId, redirects, scenarioById, scenarios } from "./index";

const REQUIRED = [
  "25-plain-delivery",
  "25-starttls-opportunistic",
  "25-relay-refused",
  "25-unknown-user",
  "587-starttls-auth",
  "587-auth-before-starttls",
  "587-wrong-password",
  "465-implicit-tls",
  "2525-alternate-submission",
  "465-plaintext-client",
  "587-tls-first-client",
  "587-stripping-opportunistic",
  "587-stripping-required",
  "465-stripping-nothing",
  "25-greylisting",
  "delivery-mx-down-bounce",
  "25-pipelining",
  "587-starttls-injection",
  "delivery-direct",
  "delivery-unknown-user-bounce",
];

const session = (id: string): SessionLog => {
  const s = scenarioById(id);
  if (!s) throw new Error(id);
  const r = simulate(s);
  if (r.kind !== "session") throw new Error(`${id} is not a session`);
  return r;
};
const journey = (id: string): JourneyLog => {
  const s = scenarioById(id);
  if (!s) throw new Error(id);
  const r = simulate(s);
  if (r.kind !== "journey") throw new Error(`${id} is not a journey`);
  return r;
};
const replies = (log: SessionLog) =>
  log.events.flatMap((e) =>
    e.kind === "ServerReplied" && e.to === "client"
      ? [`${e.reply.code}${e.reply.enhanced ? ` ${e.reply.enhanced}` : ""}`]
      : e.kind === "AttackerForwarded" && e.to === "client" && e.reply
        ? [`${e.reply.code}${e.reply.enhanced ? ` ${e.reply.enhanced}` : ""}`]
        : [],
  );

describe("the registry", () => {
  it("holds every required scenario id", () => {
    const ids = scenarios.map((s) => s.id);
    for (const id of REQUIRED) expect(ids).toContain(id);
  });

  it("has unique kebab-case ids that match their file names", () => {
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(__dirname).filter(
      (f) => /^[\w-]+\.ts$/.test(f) && !/^(index|internet)\.ts$/.test(f),
    );
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("follows redirects and knows unknown ids are unknown", () => {
    for (const [from, to] of Object.entries(redirects)) expect(canonicalScenarioId(from)).toBe(to);
    expect(scenarioById("no-such-scenario")).toBeUndefined();
    expect(canonicalScenarioId("587-starttls-auth")).toBe("587-starttls-auth");
  });

  it("has a title, a one-line summary and a theme for each scenario", () => {
    for (const s of scenarios) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.summary).not.toContain("\n");
      expect(["happy", "failure", "attack", "delivery"]).toContain(s.theme);
    }
  });
});

describe("scenario files are inputs only", () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  // Server phrases from the reply table, e.g. "Ok: queued", "Relay access denied".
  const phrases = REPLY_TABLE.flatMap((r) => r.text.split(/\{\w+\}/))
    .map((p) => p.trim())
    .filter((p) => p.length >= 8 && /[a-z]/.test(p));
  for (const f of files) {
    it(`${f} holds no reply code and no server text`, () => {
      const src = readFileSync(join(__dirname, f), "utf8")
        // Port numbers (and ids that name them) and IPv4 addresses are inputs, not reply codes.
        .replace(/\b\d{1,3}(\.\d{1,3}){3}\b/g, "IP")
        .replace(/\b(465|587)\b/g, "PORT");
      expect(src).not.toMatch(/\b[2-5]\d\d\b/);
      expect(src).not.toMatch(/\b[245]\.\d{1,3}\.\d{1,3}\b/);
      for (const p of phrases) expect(src, p).not.toContain(p);
      expect(src).not.toMatch(/Ok: queued|ESMTP Postfix/);
    });
  }
});

describe("each scenario's outcome", () => {
  it("25-plain-delivery: accepted in plaintext", () => {
    const log = session("25-plain-delivery");
    expect(log.outcome.queued).toHaveLength(1);
    expect(log.outcome.tls).toBe(false);
    expect(replies(log)).toEqual(["220", "250", "250 2.1.0", "250 2.1.5", "354", "250 2.0.0", "221 2.0.0"]);
  });

  it("25-starttls-opportunistic: STARTTLS, EHLO again, delivered inside TLS", () => {
    const log = session("25-starttls-opportunistic");
    expect(log.outcome.tls).toBe(true);
    expect(log.outcome.queued).toHaveLength(1);
    expect(log.events.filter((e) => e.kind === "ClientSent" && e.command === "EHLO")).toHaveLength(2);
  });

  it("25-relay-refused: 554 5.7.1 at RCPT, then QUIT", () => {
    const log = session("25-relay-refused");
    expect(replies(log)).toContain("554 5.7.1");
    expect(log.outcome.queued).toHaveLength(0);
    expect(log.outcome.end).toBe("closed-by-server");
  });

  it("25-unknown-user: 550 5.1.1", () => {
    const log = session("25-unknown-user");
    expect(replies(log)).toContain("550 5.1.1");
    expect(log.outcome.queued).toHaveLength(0);
  });

  it("25-pipelining: MAIL, RCPT, RCPT, DATA in one write, four replies in one write", () => {
    const log = session("25-pipelining");
    const batch = log.events.filter((e) => e.kind === "ClientSent" && e.batch);
    expect(batch.map((e) => (e.kind === "ClientSent" ? e.command : null))).toEqual([
      "MAIL",
      "RCPT",
      "RCPT",
      "DATA",
    ]);
    const rb = log.events.filter((e) => e.kind === "ServerReplied" && e.batch);
    expect(rb).toHaveLength(4);
    expect(rb.filter((e) => e.kind === "ServerReplied" && e.wire.length)).toHaveLength(1);
    expect(log.outcome.queued).toHaveLength(1);
  });

  it("25-bdat-chunking: BDAT LAST, queued", () => {
    const log = session("25-bdat-chunking");
    expect(log.events.some((e) => e.kind === "ServerReplied" && e.reply.id === "bdat-queued")).toBe(true);
    expect(log.outcome.queued).toHaveLength(1);
  });

  it("25-greylisting: 450 4.2.0, a wait, a second connection, delivered", () => {
    const log = session("25-greylisting");
    expect(replies(log)).toContain("450 4.2.0");
    expect(log.outcome.connections).toBe(2);
    const wait = log.events.find((e) => e.kind === "Waited");
    expect(wait && wait.kind === "Waited" ? wait.reason : null).toBe("retry-later");
    expect(log.outcome.queued).toHaveLength(1);
  });

  it("587-starttls-auth: TLS, 235, delivered", () => {
    const log = session("587-starttls-auth");
    expect(log.outcome).toMatchObject({ tls: true, authenticated: true, aborted: false });
    expect(log.outcome.queued).toHaveLength(1);
    expect(replies(log)).toContain("235 2.7.0");
  });

  it("587-auth-before-starttls: AUTH and MAIL both get 530 5.7.0", () => {
    const log = session("587-auth-before-starttls");
    expect(replies(log).filter((r) => r === "530 5.7.0")).toHaveLength(2);
    expect(log.outcome.queued).toHaveLength(0);
  });

  it("587-wrong-password: 535 5.7.8 after a delay, then 235 after a longer one", () => {
    const log = session("587-wrong-password");
    const auth = log.events.filter(
      (e) => e.kind === "ServerReplied" && (e.reply.code === 535 || e.reply.code === 235),
    );
    expect(auth.map((e) => (e.kind === "ServerReplied" ? [e.reply.code, e.delayMs] : null))).toEqual([
      [535, 1500],
      [235, 4000],
    ]);
    expect(log.outcome.queued).toHaveLength(1);
  });

  it("587-starttls-no-auth: MAIL accepted, RCPT refused 554 5.7.1 (client host rejected)", () => {
    const log = session("587-starttls-no-auth");
    expect(replies(log)).toContain("554 5.7.1");
    expect(log.events.some((e) => e.kind === "ServerReplied" && e.reply.id === "client-rejected")).toBe(true);
    expect(log.outcome.queued).toHaveLength(0);
  });

  it("587-tls-unavailable: 454 4.7.0 and the client stops without AUTH", () => {
    const log = session("587-tls-unavailable");
    expect(replies(log)).toContain("454 4.7.0");
    expect(log.outcome.abortReason).toBe("starttls-refused");
    expect(log.events.some((e) => e.kind === "ClientSent" && e.command === "AUTH")).toBe(false);
  });

  it("587-tls-first-client (j2): greeting and two 500 5.5.2 in plaintext, connection left open until the client gives up", () => {
    const log = session("587-tls-first-client");
    expect(replies(log)).toEqual(["220", "500 5.5.2", "500 5.5.2"]);
    const texts = log.events.flatMap((e) => (e.kind === "ServerReplied" ? e.reply.lines : []));
    expect(texts.slice(1)).toEqual(["500 5.5.2 Error: bad UTF-8 syntax", "500 5.5.2 Error: bad syntax"]);
    expect(log.outcome.end).toBe("closed-by-client");
    expect(log.events.some((e) => e.kind === "Waited" && e.ms === 15000)).toBe(true);
  });

  it("465-implicit-tls: TLS before the greeting, delivered", () => {
    const log = session("465-implicit-tls");
    const firstReply = log.events.find((e) => e.kind === "ServerReplied");
    expect(firstReply?.kind === "ServerReplied" && firstReply.tls).toBe(true);
    expect(log.outcome.queued).toHaveLength(1);
  });

  it("465-plaintext-client (j1): silence, 26 plaintext bytes, TCP reset, no reply at all", () => {
    const log = session("465-plaintext-client");
    expect(log.events.some((e) => e.kind === "ServerReplied")).toBe(false);
    const sent = log.events.find((e) => e.kind === "ClientSent");
    expect(sent?.kind === "ClientSent" ? sent.bytes : 0).toBe(26);
    expect(log.events.some((e) => e.kind === "Waited" && e.reason === "no-greeting" && e.ms === 5000)).toBe(
      true,
    );
    expect(log.outcome.end).toBe("reset");
  });

  it("2525-alternate-submission: same as 587", () => {
    const a = replies(session("2525-alternate-submission"));
    const b = replies(session("587-starttls-auth"));
    expect(a).toEqual(b);
  });

  it("587-stripping-opportunistic: the attacker captures alice/wonderland", () => {
    const log = session("587-stripping-opportunistic");
    expect(log.outcome.credentialsCaptured).toEqual({ user: "alice", password: "wonderland" });
    expect(log.outcome.tls).toBe(false);
    expect(log.events.some((e) => e.kind === "AttackerRewrote")).toBe(true);
  });

  it("587-stripping-required: the client aborts with QUIT and never sends AUTH", () => {
    const log = session("587-stripping-required");
    expect(log.outcome.abortReason).toBe("starttls-not-offered");
    expect(log.outcome.credentialsCaptured).toBeNull();
    expect(log.events.some((e) => e.kind === "ClientSent" && e.command === "AUTH")).toBe(false);
    expect(log.events.some((e) => e.kind === "ClientSent" && e.command === "QUIT")).toBe(true);
  });

  it("465-stripping-nothing: the attacker sees only TLS, delivered", () => {
    const log = session("465-stripping-nothing");
    expect(log.events.some((e) => e.kind === "AttackerRewrote")).toBe(false);
    expect(log.events.some((e) => e.kind === "AttackerBlind")).toBe(true);
    expect(log.outcome.credentialsCaptured).toBeNull();
    expect(log.outcome.queued).toHaveLength(1);
    const plain = log.events.filter((e) => (e.kind === "ClientSent" || e.kind === "ServerReplied") && !e.tls);
    expect(plain).toHaveLength(0);
  });

  it("587-starttls-injection: the injected plaintext is discarded; the real session goes on", () => {
    const log = session("587-starttls-injection");
    expect(log.outcome.plaintextDiscarded).toBe(3);
    expect(log.outcome.queued).toHaveLength(1);
    // The injected MAIL FROM:<mallory…> never got a reply.
    expect(replies(log).filter((r) => r === "250 2.1.0")).toHaveLength(1);
  });

  it("delivery-direct: delivered to bob with two Received: lines (ESMTPSA, then ESMTPS)", () => {
    const j = journey("delivery-direct");
    expect(j.outcome.delivered).toEqual(["bob@example.net"]);
    const d = j.events.find((e) => e.kind === "Delivered");
    const received = d?.kind === "Delivered" ? d.message.filter((l) => l.startsWith("Received:")) : [];
    expect(received).toHaveLength(2);
    expect(d?.kind === "Delivered" ? d.message.join("\n") : "").toMatch(
      /with ESMTPS id[\s\S]*with ESMTPSA id/,
    );
    expect(j.hops.map((h) => h.port)).toEqual([587, 25]);
  });

  it("delivery-greylisted-retry: deferred once, delivered 30 minutes later", () => {
    const j = journey("delivery-greylisted-retry");
    const deferred = j.events.filter((e) => e.kind === "Deferred");
    expect(deferred).toHaveLength(1);
    expect(deferred[0]?.kind === "Deferred" ? deferred[0].status : "").toBe("4.2.0");
    expect(j.outcome.delivered).toEqual(["bob@example.net"]);
    expect(j.outcome.attempts).toBe(2);
  });

  it("delivery-mx-down-bounce: retries for five days, then a DSN with Action: failed to alice", () => {
    const j = journey("delivery-mx-down-bounce");
    expect(j.outcome.delivered).toEqual([]);
    expect(j.outcome.gaveUpAt).toBeGreaterThanOrEqual(5 * 86_400_000);
    const b = j.events.find((e) => e.kind === "BounceSent");
    const f = b?.kind === "BounceSent" ? dsnRecipientFields(b.dsn)[0] : undefined;
    expect(f).toMatchObject({
      Action: "failed",
      Status: "4.4.1",
      "Final-Recipient": "rfc822; bob@example.net",
    });
    expect(b?.kind === "BounceSent" ? b.envelopeFrom : "x").toBe("");
    expect(j.outcome.bounceDelivered).toBe(true);
  });

  it("delivery-unknown-user-bounce: a 5xx during relay, an immediate bounce (5.1.1)", () => {
    const j = journey("delivery-unknown-user-bounce");
    expect(j.outcome.attempts).toBe(1);
    const b = j.events.find((e) => e.kind === "BounceSent");
    const f = b?.kind === "BounceSent" ? dsnRecipientFields(b.dsn)[0] : undefined;
    expect(f?.Status).toBe("5.1.1");
    expect(f?.["Diagnostic-Code"]).toMatch(/^smtp; 550 5\.1\.1 /);
    expect(f?.["Remote-MTA"]).toBe("dns; mx1.example.net");
  });

  it("delivery-null-mx-bounce: no connection at all, bounced at once", () => {
    const j = journey("delivery-null-mx-bounce");
    expect(j.events.some((e) => e.kind === "RelayAttempt" || e.kind === "ConnectFailed")).toBe(false);
    expect(j.events.some((e) => e.kind === "MxLookup" && e.nullMx)).toBe(true);
    expect(j.outcome.bounced).toEqual(["info@example.org"]);
  });

  it("delivery-mailbox-full-bounce: accepted by the MX, then bounced by SMTP with MAIL FROM:<>", () => {
    const j = journey("delivery-mailbox-full-bounce");
    const hop = j.hops.find((h) => h.label === "bounce");
    expect(hop).toBeDefined();
    const mail = hop?.log.events.find((e) => e.kind === "ClientSent" && e.command === "MAIL");
    expect(mail?.kind === "ClientSent" ? mail.lines[0] : "").toBe("MAIL FROM:<>");
    expect(j.outcome.bounceDelivered).toBe(true);
    const b = j.events.find((e) => e.kind === "BounceSent");
    expect(b?.kind === "BounceSent" ? dsnRecipientFields(b.dsn)[0]?.Status : "").toBe("5.2.2");
  });
});

describe("every scenario", () => {
  for (const s of scenarios) {
    it(`${s.id}: deterministic, with well-formed steps and narration`, () => {
      const a = simulate(s);
      const b = simulate(s);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      const logs = a.kind === "session" ? [a] : a.hops.map((h) => h.log);
      for (const log of logs) {
        const steps = toSteps(log.events);
        expect(steps.length).toBeGreaterThan(0);
        steps.forEach((st, i) => {
          expect(st.n).toBe(i + 1);
          expect(st.narration.text.length).toBeGreaterThan(10);
          expect(st.narration.rfc.length).toBeGreaterThan(0);
          if (i) expect(st.t).toBeGreaterThanOrEqual(steps[i - 1]?.t ?? 0);
        });
        expect(transcript(log.events).length).toBeGreaterThan(0);
      }
    });
  }
});
