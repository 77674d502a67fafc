/**
 * Store-and-forward: retry schedule, give-up time, bounce fields.
 */

import { describe, expect, it } from "vitest";
import {
  dsnRecipientFields,
  type HostConfig,
  type JourneyConfig,
  nextAttemptTime,
  runJourney,
} from "./delivery";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const mx1: HostConfig = {
  hostname: "mx1.example.net",
  addr: "203.0.113.25",
  domains: ["example.net"],
  users: ["bob"],
};
const base: JourneyConfig = {
  sender: {
    address: "alice@example.test",
    password: "wonderland",
    mua: "laptop.example.test",
    muaAddr: "198.51.100.23",
  },
  recipients: ["bob@example.net"],
  submission: { port: 465 },
  hosts: [mx1, { ...mx1, hostname: "web.example.com", addr: "198.51.100.80", domains: ["example.com"] }],
  dns: {
    mx: { "example.net": [{ preference: 10, host: "mx1.example.net" }] },
    a: {
      "mx1.example.net": "203.0.113.25",
      "web.example.com": "198.51.100.80",
      "example.com": "198.51.100.80",
    },
  },
};

describe("retry schedule", () => {
  it("RFC 5321 §4.5.4.1 default: first retry after 30 min, then every 2 h", () => {
    expect(nextAttemptTime("rfc5321", 0, 0, 1)).toBe(30 * MIN);
    expect(nextAttemptTime("rfc5321", 0, 30 * MIN, 2)).toBe(30 * MIN + 2 * HOUR);
  });

  it("Postfix defaults: backoff = age clamped to [300 s, 4000 s], on 300 s queue scans", () => {
    expect(nextAttemptTime("postfix", 0, 0, 1)).toBe(300_000);
    expect(nextAttemptTime("postfix", 0, 300_000, 2)).toBe(600_000);
    expect(nextAttemptTime("postfix", 0, 600_000, 3)).toBe(1_200_000);
    // Age 10 000 s: backoff capped at 4000 s, rounded up to the next scan.
    expect(nextAttemptTime("postfix", 0, 10_000_000, 9)).toBe(14_100_000);
  });

  it("gives up after five days with either policy and bounces with a 4.x.x status", () => {
    for (const retry of ["rfc5321", "postfix"] as const) {
      const j = runJourney({ ...base, retry, hosts: [{ ...mx1, downUntilMs: Number.POSITIVE_INFINITY }] });
      expect(j.outcome.gaveUpAt).toBeGreaterThanOrEqual(5 * DAY);
      expect(j.outcome.gaveUpAt).toBeLessThan(5 * DAY + 3 * HOUR);
      const times = j.events.filter((e) => e.kind === "ConnectFailed").map((e) => e.t);
      expect(times[1]).toBeGreaterThanOrEqual(retry === "rfc5321" ? 30 * MIN : 300_000);
      const b = j.events.find((e) => e.kind === "BounceSent");
      const f = b?.kind === "BounceSent" ? dsnRecipientFields(b.dsn) : [];
      expect(f[0]).toMatchObject({
        Action: "failed",
        Status: "4.4.1",
        "Final-Recipient": "rfc822; bob@example.net",
      });
      expect(f[0]?.["Diagnostic-Code"]).toMatch(/Connection refused/);
    }
  });

  it("delivers on a later attempt when the MX comes back", () => {
    const j = runJourney({ ...base, hosts: [{ ...mx1, downUntilMs: 3 * HOUR }] });
    expect(j.outcome.delivered).toEqual(["bob@example.net"]);
    expect(j.events.filter((e) => e.kind === "Deferred").length).toBeGreaterThanOrEqual(2);
  });
});

describe("MX lookup", () => {
  it("uses the implicit MX (the domain's own address) when there is no MX record", () => {
    const j = runJourney({
      ...base,
      recipients: ["bob@example.com"],
      hosts: [{ ...mx1, hostname: "example.com", addr: "198.51.100.80", domains: ["example.com"] }],
    });
    const look = j.events.find((e) => e.kind === "MxLookup");
    expect(look).toMatchObject({ implicit: true, records: [{ preference: 0, host: "example.com" }] });
    expect(j.outcome.delivered).toEqual(["bob@example.com"]);
  });

  it("tries MX hosts in preference order", () => {
    const j = runJourney({
      ...base,
      hosts: [mx1, { ...mx1, hostname: "mx0.example.net", downUntilMs: Number.POSITIVE_INFINITY }],
      dns: {
        mx: {
          "example.net": [
            { preference: 20, host: "mx1.example.net" },
            { preference: 5, host: "mx0.example.net" },
          ],
        },
        a: { "mx1.example.net": "203.0.113.25", "mx0.example.net": "203.0.113.24" },
      },
    });
    const order = j.events.flatMap((e) =>
      e.kind === "ConnectFailed" || e.kind === "RelayAttempt" ? [e.host] : [],
    );
    expect(order).toEqual(["mx0.example.net", "mx1.example.net"]);
  });

  it("bounces at once for a domain that does not exist", () => {
    const j = runJourney({ ...base, recipients: ["x@nowhere.example"] });
    expect(j.outcome.bounced).toEqual(["x@nowhere.example"]);
    expect(j.outcome.attempts).toBe(1);
  });
});

describe("bounces", () => {
  it("uses the null reverse-path and an RFC 3464 report with per-recipient fields", () => {
    const j = runJourney({ ...base, recipients: ["nosuch@example.net"] });
    const b = j.events.find((e) => e.kind === "BounceSent");
    expect(b?.kind === "BounceSent" && b.envelopeFrom).toBe("");
    const dsn = b?.kind === "BounceSent" ? b.dsn : [];
    expect(dsn).toContain("Content-Type: message/delivery-status");
    expect(dsn.some((l) => l.startsWith("Reporting-MTA: dns; mail.example.test"))).toBe(true);
    const f = dsnRecipientFields(dsn)[0];
    expect(f).toMatchObject({ Action: "failed", Status: "5.1.1", "Remote-MTA": "dns; mx1.example.net" });
  });
});
