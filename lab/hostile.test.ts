/**
 * Hostile clients never crash the lab or hurt other sessions: random bytes on every listener, a 1 MB
 * line, TLS garbage on the implicit-TLS port (and after STARTTLS), a slowloris trickling bytes, thousands
 * of connections at once, clients that vanish mid-handshake. After each, a normal client still delivers,
 * and the lab counted no internal error. (An unhandled 'error' event would crash the test run itself.)
 */
import { randomBytes } from "node:crypto";
import { connect as netConnect, type Socket } from "node:net";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Port } from "@/lib/smtp";
import type { RunningLab } from "./lab";
import { portOf, RawClient, startTestLab, until } from "./test-helpers";

let lab: RunningLab;
beforeAll(async () => {
  lab = await startTestLab((c) => {
    // Short timeouts so a slowloris is cut off quickly, and a small connection limit to hit.
    c.timeouts = { ...c.timeouts, commandMs: 400, dataMs: 400, tlsMs: 400 };
  });
});
afterAll(async () => {
  await lab?.close();
});

async function stillServing(subject: string): Promise<void> {
  const t = nodemailer.createTransport({
    host: "127.0.0.1",
    port: portOf(lab, 465),
    secure: true,
    auth: { user: "alice", pass: "wonderland" },
    tls: { rejectUnauthorized: false },
  });
  const info = await t.sendMail({
    from: "alice@example.test",
    to: "bob@example.net",
    subject,
    text: "still here",
  });
  expect(info.response).toMatch(/^250 2\.0\.0 Ok: queued as/);
  expect(lab.context.stats.errors).toBe(0);
}

function allClosed(): Promise<void> {
  const active = lab.context.active;
  const store = lab.context.sessions;
  return until(
    () => active.size === 0,
    (fn) => store.on(fn),
    "every connection to end",
  );
}

describe("hostile clients", () => {
  it("random bytes on every listener", async () => {
    const clients = await Promise.all(
      ([25, 587, 465, 2525] as Port[]).flatMap((p) => [1, 2, 3].map(() => RawClient.open(portOf(lab, p)))),
    );
    for (const c of clients) for (let i = 0; i < 20; i++) c.write(randomBytes(512));
    for (const c of clients) c.write("\r\nQUIT\r\n");
    await Promise.all(clients.map((c) => c.waitClosed()));
    await stillServing("after random bytes");
  });

  it("a 1 MB line is cut at 2048 octets and answered; the session goes on", async () => {
    const c = await RawClient.open(portOf(lab, 25));
    await c.waitReplies(1);
    c.write(Buffer.alloc(1_000_000, 0x41));
    c.write("\r\n");
    await c.waitReplies(2);
    expect(c.lines.at(-1)?.text).toBe("500 5.5.2 Error: command not recognized");
    c.write("QUIT\r\n");
    await c.waitClosed();
    expect(c.lines.at(-1)?.text).toBe("221 2.0.0 Bye");
    await stillServing("after a 1 MB line");
  });

  it("TLS garbage on the implicit-TLS port, and right after STARTTLS", async () => {
    const garbage = [
      Buffer.concat([Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00]), randomBytes(512)]),
      Buffer.concat([Buffer.from([0x17, 0x03, 0x03, 0x40, 0x00]), randomBytes(2000)]),
      randomBytes(4096),
    ];
    for (const g of garbage) {
      const c = await RawClient.open(portOf(lab, 465));
      c.write(g);
      await c.waitClosed();
      expect(c.bytes).toBeLessThan(100); // an alert at most, never SMTP
    }
    const s = await RawClient.open(portOf(lab, 587));
    await s.waitReplies(1);
    s.write("EHLO x\r\nSTARTTLS\r\n");
    await s.waitReplies(3);
    s.write(randomBytes(3000));
    await s.waitClosed();
    await stillServing("after TLS garbage");
  });

  it("a slowloris trickling one byte at a time is cut off by the command timeout (421 4.4.2)", async () => {
    const c = await RawClient.open(portOf(lab, 25));
    await c.waitReplies(1);
    const text = "EHLO a-very-slow-client.example.test";
    let i = 0;
    const drip = setInterval(() => c.write(text[i++ % text.length] as string), 20);
    await c.waitClosed();
    clearInterval(drip);
    expect(c.lines.at(-1)?.text).toBe("421 4.4.2 mail.example.test Error: timeout exceeded");
    await stillServing("after a slowloris");
  });

  it("a client vanishing mid-handshake or mid-DATA leaves nothing behind", async () => {
    const a = await RawClient.open(portOf(lab, 465));
    a.write(Buffer.from([0x16, 0x03, 0x01]));
    a.destroy();
    const b = await RawClient.open(portOf(lab, 25));
    await b.waitReplies(1);
    b.write(
      "EHLO x\r\nMAIL FROM:<a@example.net>\r\nRCPT TO:<alice@example.test>\r\nDATA\r\nSubject: half\r\n",
    );
    await b.waitReplies(5);
    b.destroy();
    await allClosed();
    await stillServing("after vanishing clients");
  });

  it("2000 connections held open at once: past the limit the engine answers 421 4.7.0; nothing breaks", async () => {
    // Its own lab, with the default (30 s) timeouts so that no connection ends while the others open.
    const crowded = await startTestLab((c) => {
      c.limits.maxConnections = 300;
    });
    const port = portOf(crowded, 25);
    const socks: Socket[] = [];
    const results = await Promise.all(
      Array.from(
        { length: 2000 },
        () =>
          new Promise<string>((resolve) => {
            const s = netConnect({ host: "127.0.0.1", port });
            socks.push(s);
            let got = "";
            s.on("data", (d) => {
              got += d.toString();
              if (got.includes("\n")) resolve(got);
            });
            s.on("error", () => resolve(got || "error"));
            s.on("close", () => resolve(got || "closed"));
          }),
      ),
    );
    for (const s of socks) s.destroy();
    const greeted = results.filter((r) => r.startsWith("220 ")).length;
    const refused = results.filter((r) =>
      r.startsWith("421 4.7.0 mail.example.test Error: too many connections from 127.0.0.1"),
    ).length;
    // Up to the limit: greeted. Past it: the engine's 421. Far past it: node drops the socket unread.
    expect(greeted).toBe(300);
    expect(refused).toBeGreaterThan(0);
    expect(greeted + refused + results.filter((r) => r === "closed" || r === "error").length).toBe(2000);
    const active = crowded.context.active;
    await until(
      () => active.size === 0,
      (fn) => crowded.context.sessions.on(fn),
      "every connection to end",
    );
    expect(crowded.context.limiter.open).toBe(0);
    expect(crowded.context.stats.errors).toBe(0);
    const c = await RawClient.open(portOf(crowded, 25));
    await c.waitReplies(1);
    expect(c.lines[0]?.text).toBe("220 mail.example.test ESMTP Postfix (Debian/GNU)");
    c.destroy();
    await crowded.close();
  });
});
