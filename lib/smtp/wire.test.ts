/**
 * The wire model against the reference packet captures (test/fixtures/postfix/README.md).
 */

import { describe, expect, it } from "vitest";
import type { SessionEvent } from "./events";
import { runLockstep } from "./lockstep";
import { createPrng } from "./prng";
import { encodePlain } from "./sasl";
import { buildClientHello } from "./tls";

const F_LINES = [
  "EHLO client.example.test",
  "STARTTLS",
  "EHLO client.example.test",
  `AUTH PLAIN ${encodePlain("alice", "wonderland")}`,
  "MAIL FROM:<alice@example.test>",
  "RCPT TO:<bob@example.net>",
  "DATA",
  "Date: Sat, 28 Nov 2026 01:16:19 +0000",
  "To: bob@example.net",
  "From: alice@example.test",
  "Subject: scenario f",
  "Message-Id: <20261128011619.030769@vm>",
  "X-Mailer: swaks v20201014.0 jetmore.org/john/code/swaks/",
  "",
  "Hi Bob (submission)",
  "",
  "",
  ".",
  "QUIT",
];

const sizes = (events: SessionEvent[]) =>
  events.flatMap((e) =>
    "wire" in e && e.wire.length ? [[e.kind, e.wire.reduce((n, r) => n + r.tcpBytes, 0)]] : [],
  );

describe("TLS records (reference f on 587)", () => {
  const log = runLockstep(F_LINES, { port: 587 });

  it("shows the plaintext start byte for byte: 50, 26, 168, 10, 30", () => {
    const plain = log.events.filter((e) => "wire" in e && e.wire[0]?.kind === "plaintext");
    expect(plain.map((e) => ("wire" in e ? e.wire[0]?.tcpBytes : 0))).toEqual([50, 26, 168, 10, 30]);
  });

  it("has the handshake flights of the capture: 517, 1389, 80, then a 255-byte session ticket", () => {
    const flights = log.events.filter((e) => e.kind === "TlsFlight");
    expect(flights.map((e) => (e.kind === "TlsFlight" ? e.bytes : 0))).toEqual([517, 1389, 80, 255]);
    const server = flights[1];
    expect(server?.kind === "TlsFlight" ? server.wire.map((r) => r.tcpBytes) : []).toEqual([
      127, 6, 28, 868, 286, 74,
    ]);
  });

  it("makes every application-data record SMTP bytes + 17 (the measured lengths of f)", () => {
    const app = log.events.flatMap((e) =>
      (e.kind === "ClientSent" || e.kind === "ServerReplied") && e.tls && e.wire[0]?.kind === "tls"
        ? [[e.bytes, e.wire[0].length]]
        : [],
    );
    for (const [smtp, rec] of app) expect(rec).toBe((smtp ?? 0) + 17);
    expect(app.map((x) => x[1])).toEqual([43, 193, 54, 54, 49, 31, 44, 31, 23, 54, 252, 54, 23, 32]);
  });

  it("ends with a 19-byte close_notify record", () => {
    const close = log.events.find((e) => e.kind === "ConnectionClosed");
    expect(
      close?.kind === "ConnectionClosed" ? close.wire.map((r) => (r.kind === "tls" ? r.length : 0)) : [],
    ).toEqual([19]);
  });

  it("shows no SMTP text in any TLS record", () => {
    for (const e of log.events) {
      if (!("wire" in e)) continue;
      for (const r of e.wire) if (r.kind === "tls") expect(r).not.toHaveProperty("text");
    }
    expect(sizes(log.events).length).toBeGreaterThan(10);
  });
});

describe("port 465 (reference h)", () => {
  it("starts with the 517-byte ClientHello and sends the greeting as a 67-byte record", () => {
    const log = runLockstep(["EHLO client.example.test", "QUIT"], { port: 465 });
    const first = log.events.find((e) => "wire" in e && e.wire.length);
    expect(first?.kind).toBe("TlsFlight");
    const greet = log.events.find((e) => e.kind === "ServerReplied");
    expect(greet?.kind === "ServerReplied" ? greet.wire[0]?.kind === "tls" && greet.wire[0].length : 0).toBe(
      67,
    );
  });
});

describe("the ClientHello", () => {
  it("is 517 bytes, record type 22 version 0x0301 length 512, with LF bytes at 153 and 209 only (reference j2)", () => {
    for (const seed of [1, 2, 3, 99]) {
      const ch = buildClientHello(createPrng(seed));
      expect(ch.length).toBe(517);
      expect([...ch.subarray(0, 5)]).toEqual([22, 3, 1, 2, 0]);
      expect([...ch].flatMap((b, i) => (b === 10 ? [i] : []))).toEqual([153, 209]);
    }
  });

  it("has seeded, reproducible ciphertext", () => {
    const a = runLockstep(F_LINES, { port: 587, seed: 5 });
    const b = runLockstep(F_LINES, { port: 587, seed: 5 });
    const c = runLockstep(F_LINES, { port: 587, seed: 6 });
    const hex = (l: typeof a) =>
      l.events.flatMap((e) => ("wire" in e ? e.wire.map((r) => r.hex) : [])).join("|");
    expect(hex(a)).toBe(hex(b));
    expect(hex(a)).not.toBe(hex(c));
  });
});
