import { describe, expect, it } from "vitest";
import { scenarios } from "@/content/scenarios";
import { ALICE, DNS, MX1, MX2 } from "@/content/scenarios/internet";
import { rfcInfo } from "@/lib/content/rfcs";
import {
  type JourneyConfig,
  type JourneyEvent,
  type JourneyLog,
  type JourneyScenario,
  nextAttemptTime,
  type RetryPolicy,
  runJourney,
} from "@/lib/smtp";
import { journeyData } from "./journey-data";
import { describePolicy, JOURNEY_NARRATION, narrateJourneyEvent } from "./journey-narration";
import { dayOf, formatClock, formatWait } from "./journey-time";

const journeys = scenarios.filter((s): s is JourneyScenario => s.kind === "journey");
const run = (s: JourneyScenario) => runJourney(s.journey, { seed: s.seed ?? 1, id: s.id });

/** Extra journeys (inputs only) that reach the variants the registered scenarios do not. */
const base: JourneyConfig = {
  sender: ALICE,
  recipients: ["bob@example.net"],
  submission: { port: 587 },
  hosts: [MX1, MX2],
  dns: DNS,
};
const extras: JourneyScenario[] = [
  {
    id: "x-465-implicit-mx",
    kind: "journey",
    title: "465, implicit MX",
    summary: "",
    port: 465,
    theme: "delivery",
    journey: {
      ...base,
      submission: { port: 465 },
      recipients: ["carol@example.com"],
      hosts: [{ hostname: "example.com", addr: "198.51.100.80", domains: ["example.com"], users: ["carol"] }],
    },
  },
  {
    id: "x-nxdomain",
    kind: "journey",
    title: "NXDOMAIN",
    summary: "",
    port: 587,
    theme: "delivery",
    journey: { ...base, recipients: ["dave@nowhere.test"] },
  },
  {
    id: "x-postfix-down",
    kind: "journey",
    title: "Postfix defaults, MX down",
    summary: "",
    port: 587,
    theme: "delivery",
    journey: {
      ...base,
      hosts: [
        { ...MX1, downUntilMs: Number.POSITIVE_INFINITY },
        { ...MX2, downUntilMs: Number.POSITIVE_INFINITY },
      ],
      retry: "postfix",
    },
  },
  {
    id: "x-wrong-password",
    kind: "journey",
    title: "Submission refused",
    summary: "",
    port: 587,
    theme: "delivery",
    journey: { ...base, sender: { ...ALICE, password: "not-the-password" } },
  },
];

function narrations(s: JourneyScenario, log: JourneyLog) {
  const policy: RetryPolicy = s.journey.retry ?? "rfc5321";
  return log.events.map((e, index) => ({ e, n: narrateJourneyEvent({ log, index, policy }) }));
}

describe("journey narration table", () => {
  it("has, for every event kind, a last variant without a condition (so every event is narrated)", () => {
    const kinds: JourneyEvent["kind"][] = [
      "Submitted",
      "QueuedAt",
      "MxLookup",
      "ConnectFailed",
      "RelayAttempt",
      "Deferred",
      "Delivered",
      "Bounced",
      "GaveUp",
      "BounceSent",
      "BounceDelivered",
    ];
    expect(Object.keys(JOURNEY_NARRATION).sort()).toEqual([...kinds].sort());
    for (const k of kinds) {
      const variants = JOURNEY_NARRATION[k];
      expect(variants.length, k).toBeGreaterThan(0);
      expect(variants[variants.length - 1]?.when, `${k}: last variant must be unconditional`).toBeUndefined();
    }
  });

  for (const s of [...journeys, ...extras]) {
    it(`${s.id}: every journey event gets a sentence with at least one citation from the RFC list`, () => {
      const log = run(s);
      expect(log.events.length).toBeGreaterThan(0);
      for (const { e, n } of narrations(s, log)) {
        expect(n.text.length, `${e.kind} #${e.seq}`).toBeGreaterThan(30);
        expect(n.text, `${e.kind} #${e.seq}`).not.toMatch(/undefined|NaN|\[object|\?\./);
        expect(n.rfc.length, `${e.kind} #${e.seq}`).toBeGreaterThanOrEqual(1);
        for (const r of n.rfc) expect(rfcInfo(r.rfc), `RFC ${r.rfc} is on lib/content/rfcs.ts`).toBeDefined();
      }
    });
  }

  it("covers every event kind across the registered scenarios and the extra inputs", () => {
    const seen = new Set<string>();
    const variants = new Set<string>();
    for (const s of [...journeys, ...extras]) {
      for (const { e, n } of narrations(s, run(s))) {
        seen.add(e.kind);
        variants.add(n.id);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(JOURNEY_NARRATION).sort());
    for (const id of [
      "submitted-failed",
      "submitted-465",
      "submitted-587",
      "mx-null",
      "mx-nxdomain",
      "mx-implicit",
      "mx-retry",
      "mx-records",
      "connect-failed-next",
      "connect-failed-last",
      "deferred-greylisted",
      "deferred",
      "bounced-null-mx",
      "bounced-nxdomain",
      "bounced-after-accepting",
      "bounced-refused-in-session",
      "bounce-by-smtp",
      "bounce-local",
    ])
      expect(variants.has(id), id).toBe(true);
  });
});

describe("journey narration agrees with smtp-facts.md §2", () => {
  const byId = (id: string) => {
    const s = journeys.find((j) => j.id === id);
    if (!s) throw new Error(id);
    return narrations(s, run(s));
  };
  const cites = (n: { rfc: { rfc: number; section?: string }[] }, rfc: number, section?: string) =>
    n.rfc.some((r) => r.rfc === rfc && (section === undefined || r.section === section));

  it("responsibility moves with the 250 after the data (RFC 5321 §6.1)", () => {
    const q = byId("delivery-direct").find((x) => x.e.kind === "QueuedAt");
    expect(q?.n.text).toMatch(/250.*responsible/);
    expect(q && cites(q.n, 5321, "6.1")).toBe(true);
  });

  it("MX lookup: preference order, MX carries no port, null MX (RFC 5321 §5.1, RFC 7505)", () => {
    const mx = byId("delivery-direct").find((x) => x.e.kind === "MxLookup");
    expect(mx?.n.text).toMatch(/lowest preference is tried first/i);
    expect(mx && cites(mx.n, 5321, "5.1")).toBe(true);
    const nul = byId("delivery-null-mx-bounce").find((x) => x.e.kind === "MxLookup");
    expect(nul?.n.text).toMatch(/null MX/);
    expect(nul && cites(nul.n, 7505)).toBe(true);
  });

  it("retries: at least 30 minutes, give up after at least 4–5 days (RFC 5321 §4.5.4.1)", () => {
    const down = byId("delivery-mx-down-bounce");
    const deferred = down.find((x) => x.e.kind === "Deferred");
    expect(deferred?.n.text).toMatch(/at least 30 minutes/);
    expect(deferred?.n.text).toMatch(/RFC 5321's advice/);
    expect(deferred && cites(deferred.n, 5321, "4.5.4.1")).toBe(true);
    const gave = down.find((x) => x.e.kind === "GaveUp");
    expect(gave?.n.text).toMatch(/4–5 days/);
    expect(gave && cites(gave.n, 5321, "4.5.4.1")).toBe(true);
  });

  it("names the Postfix defaults as such", () => {
    expect(describePolicy("postfix")).toMatch(/Postfix defaults/);
    expect(describePolicy("postfix")).toMatch(/maximal_queue_lifetime/);
    const s = extras.find((x) => x.id === "x-postfix-down");
    if (!s) throw new Error("x-postfix-down");
    const first = narrations(s, run(s)).find((x) => x.e.kind === "Deferred");
    expect(first?.n.text).toMatch(/Postfix defaults/);
    // Postfix's 300 s minimal backoff is below RFC 5321's 30 minutes: the sentence must not pretend otherwise.
    expect(first?.n.text).toMatch(/should be at least 30 minutes, but this schedule retries sooner/);
  });

  it("bounces go out with the null reverse-path and carry the DSN's Action and Status (RFC 5321 §6.1, §3.6.3; RFC 3464)", () => {
    for (const id of [
      "delivery-mx-down-bounce",
      "delivery-mailbox-full-bounce",
      "delivery-unknown-user-bounce",
    ]) {
      const sent = byId(id).find((x) => x.e.kind === "BounceSent");
      expect(sent?.n.text, id).toMatch(/null reverse-path/);
      expect(sent?.n.text, id).toMatch(/Action: failed, Status: \d\.\d+\.\d+/);
      expect(sent && cites(sent.n, 5321, "6.1"), id).toBe(true);
      expect(sent && cites(sent.n, 3464), id).toBe(true);
    }
    const smtp = byId("delivery-mailbox-full-bounce").find((x) => x.e.kind === "BounceSent");
    expect(smtp?.n.text).toMatch(/MAIL FROM:<>/);
  });

  it("delivery: each server prepends a Received: line (RFC 5321 §4.4)", () => {
    const d = byId("delivery-direct").find((x) => x.e.kind === "Delivered");
    expect(d?.n.text).toMatch(/Received:/);
    expect(d && cites(d.n, 5321, "4.4")).toBe(true);
  });
});

describe("journey steps", () => {
  for (const s of journeys) {
    it(`${s.id}: steps cover every event once, in order, each narrated with a citation`, () => {
      const log = run(s);
      const data = journeyData(s, log);
      expect(data.steps.flatMap((st) => st.seqs)).toEqual(log.events.map((e) => e.seq));
      data.steps.forEach((st, i) => {
        expect(st.n).toBe(i + 1);
        expect(st.narration.rfc.length).toBeGreaterThanOrEqual(1);
        expect(st.narration.text).not.toMatch(/undefined|NaN/);
      });
      const outcome = log.outcome.bounced.length ? "bounced" : "delivered";
      expect(data.meta.outcome).toBe(outcome);
      expect(data.hops.length).toBe(log.hops.length);
    });
  }

  it("retry waits on the steps are the engine's schedule (nextAttemptTime), first 30 min then 2 h", () => {
    const s = journeys.find((j) => j.id === "delivery-mx-down-bounce");
    if (!s) throw new Error("missing");
    const log = run(s);
    const data = journeyData(s, log);
    const policy = s.journey.retry ?? "rfc5321";
    const arrival = data.meta.queuedAt ?? 0;
    const waits = data.steps.filter((st) => st.deferred);
    expect(waits.length).toBe(log.events.filter((e) => e.kind === "Deferred").length);
    for (const st of waits) {
      const d = st.deferred;
      if (!d) continue;
      const at = d.nextAttemptAt - d.waitMs;
      expect(d.nextAttemptAt).toBe(nextAttemptTime(policy, arrival, at, d.attempt));
    }
    expect(waits[0]?.deferred?.waitMs).toBe(nextAttemptTime(policy, arrival, 0, 1));
    expect(formatWait(waits[0]?.deferred?.waitMs ?? 0)).toBe("30 min");
    expect(formatWait(waits[1]?.deferred?.waitMs ?? 0)).toBe("2 h");
    // The clock jumps into the next attempt by exactly the wait.
    for (const st of waits) {
      const next = data.steps[st.n];
      if (next && st.deferred) expect(next.jumpMs).toBe(st.deferred.waitMs);
    }
    // Folded rounds keep five days of retries playable.
    expect(data.steps.length).toBeLessThan(log.events.length / 3);
    expect(data.steps.at(-1)?.kind).toBe("BounceDelivered");
    expect(data.bounce?.recipients[0]?.Action).toBe("failed");
  });
});

describe("journey time formatting", () => {
  it("formats the simulated clock and waits exactly", () => {
    expect(formatClock(0)).toBe("00:00:00.000");
    expect(formatClock(1_800_363)).toBe("00:30:00.363");
    expect(formatClock(433_800_485)).toBe("5 d 00:30:00.485");
    expect(formatWait(363)).toBe("363 ms");
    expect(formatWait(1_500)).toBe("1.5 s");
    expect(formatWait(1_800_000)).toBe("30 min");
    expect(formatWait(7_200_000)).toBe("2 h");
    expect(formatWait(4_000_000)).toBe("1 h 6 min 40 s");
    expect(formatWait(433_800_170)).toBe("5 d 0 h 30 min");
    expect(formatWait(599_952)).toBe("10 min");
    expect(formatWait(5 * 86_400_000)).toBe("5 d");
    expect(dayOf(0)).toBe(1);
    expect(dayOf(86_400_000 - 1)).toBe(1);
    expect(dayOf(433_800_000)).toBe(6);
  });
});
