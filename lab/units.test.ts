/**
 * The lab's parts without sockets: the command line, the scaled timeouts, the per-client limits, the
 * mailbox (parsing, bounds, expiry), the session store's bounds, the certificate.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { utf8 } from "@/lib/smtp/bytes";
import { isLoopback, makeAccessCode, parseArgs, scaledTimeouts } from "./config";
import { ClientLimiter } from "./limits";
import { Mailbox } from "./mailbox";
import { SessionStore } from "./sessions";
import { ensureCertificate } from "./tls-cert";

describe("command line", () => {
  it("defaults: loopback, ports 2500/2587/2465/2525, API 2580, the demo account", () => {
    const { config, errors } = parseArgs([]);
    expect(errors).toEqual([]);
    expect(config.host).toBe("127.0.0.1");
    expect(config.classroom).toBe(false);
    expect(config.accessCode).toBeNull();
    expect(config.listeners).toEqual([
      { port: 2500, profile: 25 },
      { port: 2587, profile: 587 },
      { port: 2465, profile: 465 },
      { port: 2525, profile: 2525 },
    ]);
    expect(config.apiPort).toBe(2580);
    expect(config.apiHost).toBe("127.0.0.1");
    expect(config.limits.messageSizeLimit).toBe(10_240_000);
  });

  it("--host 0.0.0.0 is classroom mode: an access code, tighter limits, expiry, and the API stays on loopback", () => {
    const { config } = parseArgs(["--host", "0.0.0.0"]);
    expect(config.classroom).toBe(true);
    expect(config.accessCode).toMatch(/^[a-z]+-[a-z]+-\d\d$/);
    expect(config.limits.perClientConnections).toBe(10);
    expect(config.limits.perClientMessagesPerMinute).toBeGreaterThan(0);
    expect(config.limits.expireMs).toBe(3_600_000);
    expect(config.timeouts.sessionMs).toBe(300_000);
    expect(config.apiHost).toBe("127.0.0.1");
    expect(parseArgs(["--host", "0.0.0.0", "--access-code", "my-secret-1"]).config.accessCode).toBe(
      "my-secret-1",
    );
  });

  it("--privileged-ports, --ports and bad input", () => {
    expect(parseArgs(["--privileged-ports"]).config.listeners.map((l) => l.port)).toEqual([
      25, 587, 465, 2525,
    ]);
    expect(parseArgs(["--ports", "1,2,3,4"]).config.listeners.map((l) => l.port)).toEqual([1, 2, 3, 4]);
    expect(parseArgs(["--ports", "1,2"]).errors).toHaveLength(1);
    expect(parseArgs(["--bogus"]).errors).toEqual(["unknown option --bogus"]);
    expect(parseArgs(["--access-code", "a b"]).errors).toHaveLength(1);
    expect(parseArgs(["--help"]).help).toBe(true);
  });

  it("RFC 5321 §4.5.3.2 timeouts divided by the scale", () => {
    expect(scaledTimeouts(10, false)).toMatchObject({
      commandMs: 30_000,
      dataMs: 18_000,
      tlsMs: 30_000,
      scale: 10,
    });
    expect(scaledTimeouts(1, false)).toMatchObject({ commandMs: 300_000, dataMs: 180_000 });
    expect(parseArgs(["--timeout-scale", "5"]).config.timeouts.commandMs).toBe(60_000);
  });

  it("helpers", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("0.0.0.0")).toBe(false);
    expect(new Set(Array.from({ length: 20 }, makeAccessCode)).size).toBeGreaterThan(10);
  });
});

describe("per-client limits (anvil)", () => {
  it("counts open connections per client and in total", () => {
    const l = new ClientLimiter({
      maxConnections: 3,
      perClientConnections: 2,
      perClientConnectionsPerMinute: 0,
      perClientMessagesPerMinute: 0,
    });
    expect(l.admit("a")).toBe("ok");
    expect(l.admit("a")).toBe("ok");
    expect(l.admit("a")).toBe("too-many-connections");
    l.release("a");
    expect(l.admit("b")).toBe("ok"); // 3 open: at the total
    expect(l.admit("c")).toBe("too-many-connections"); // 4 open: one over
    for (const x of ["a", "a", "b", "c"]) l.release(x);
    expect(l.open).toBe(0);
    expect(l.tracked).toBe(3); // recent connects are remembered for the rate window
  });

  it("rates over a sliding minute", () => {
    let now = 0;
    const l = new ClientLimiter(
      {
        maxConnections: 0,
        perClientConnections: 0,
        perClientConnectionsPerMinute: 2,
        perClientMessagesPerMinute: 2,
      },
      () => now,
    );
    expect([l.admit("a"), l.admit("a"), l.admit("a")]).toEqual(["ok", "ok", "too-many-connections"]);
    expect([l.mailAllowed("a"), l.mailAllowed("a"), l.mailAllowed("a")]).toEqual([true, true, false]);
    now = 61_000;
    expect(l.admit("a")).toBe("ok");
    expect(l.mailAllowed("a")).toBe(true);
  });
});

const message = (subject: string, body = "Hello") => ({
  queueId: "ABCDEF12345",
  from: "alice@example.test",
  to: ["bob@example.net"],
  size: 100,
  tls: true,
  authUser: "alice",
  received:
    "Received: from x (localhost [127.0.0.1])\n\tby mail.example.test (Postfix) with ESMTPSA id ABCDEF12345",
  raw: utf8(
    `Subject: ${subject}\r\nFrom: Alice <alice@example.test>\r\nContent-Type: text/plain\r\n\r\n${body}\r\n`,
  ),
  truncated: false,
});

describe("mailbox", () => {
  it("parses headers (Received first) and the text body; never renders HTML", async () => {
    const mb = new Mailbox(10);
    const s = await mb.add(message("hi"), "s1");
    const d = mb.get(s.id)?.detail;
    expect(d?.subject).toBe("hi");
    expect(d?.headers.map((h) => h.name)).toEqual(["Received", "Subject", "From", "Content-Type"]);
    expect(d?.headers[0]?.value).toMatch(/^from x \(localhost \[127\.0\.0\.1\]\) by mail\.example\.test/);
    expect(d?.text.trim()).toBe("Hello");
    const html = await mb.add(
      {
        ...message("x"),
        raw: utf8("Subject: html\r\nContent-Type: text/html\r\n\r\n<b>hi</b><script>x</script>\r\n"),
      },
      "s1",
    );
    expect(mb.get(html.id)?.detail.hasHtml).toBe(true);
    expect(mb.get(html.id)?.detail.text).not.toContain("<script>");
  });

  it("keeps the newest within its count and size bounds, and expires", async () => {
    let now = 0;
    const mb = new Mailbox(2, 64 * 1024 * 1024, 1000, () => now);
    const removed: string[] = [];
    mb.on((e) => removed.push(...(e.removed ?? [])));
    for (const s of ["a", "b", "c"]) await mb.add(message(s), "s1");
    expect(mb.list().map((m) => m.subject)).toEqual(["c", "b"]);
    expect(removed).toEqual(["m1"]);
    now = 5000;
    mb.trim();
    expect(mb.size).toBe(0);
    const small = new Mailbox(10, 300);
    for (const s of ["a", "b", "c"]) await small.add(message(s, "x".repeat(100)), "s1");
    expect(small.size).toBe(1);
  });
});

describe("session store", () => {
  it("keeps open sessions, trims closed ones (silent first)", () => {
    const store = new SessionStore(2);
    const recs = Array.from({ length: 5 }, () => store.open(2500, 25, "127.0.0.1"));
    recs[0]?.append([{ seq: 0, t: 0, conn: 1, kind: "ClientNote", text: "x" }]);
    for (const r of recs.slice(0, 4)) store.close(r);
    expect(store.count).toBe(3); // two closed + the open one
    expect(store.get("s5")?.open).toBe(true);
    store.stop();
  });
});

describe("certificate", () => {
  it("is made once for mail.example.test, then loaded", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "smtp-lab-cert-"));
    const a = await ensureCertificate(dir);
    expect(a.created).toBe(true);
    expect(a.subject).toContain("CN=mail.example.test");
    const b = await ensureCertificate(dir);
    expect(b.created).toBe(false);
    expect(b.sha256).toBe(a.sha256);
  });
});
