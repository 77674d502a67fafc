/**
 * The live driver (live.ts) without sockets: TLS records are stand-ins with real headers, the way the
 * lab's socket tap reports them. Every reference transcript replayed through it gives the reference's
 * server lines (the same check as replay.test.ts, so the lab's framing adds nothing and loses nothing);
 * then the mismatches j1 and j2, timeouts, anvil's refusals, the classroom account, the mailbox copy and
 * hostile input.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concatBytes, fromUtf8, utf8 } from "./bytes";
import type { SessionEvent } from "./events";
import { fixtureWrites, normaliseServerLine, parseFixture } from "./fixture";
import { type LiveMessage, type LiveOp, type LiveOptions, LiveSession, recordOverhead } from "./live";
import { createPrng } from "./prng";
import { isPort, LAB_WORLD } from "./profiles";
import { encodePlain } from "./sasl";
import { buildClientHello } from "./tls";
import { transcript } from "./transcript";

const ROOT = join(__dirname, "..", "..", "test", "fixtures");

function record(type: number, length: number, first = 0, version = 0x0303): Uint8Array {
  const r = new Uint8Array(length + 5);
  r.set([type, version >> 8, version & 255, length >> 8, length & 255]);
  if (length) r[5] = first;
  return r;
}

const TLS13 = { version: "TLSv1.3", cipher: "TLS_AES_256_GCM_SHA384", bits: 256 };

/** A stand-in socket: runs the ops, performs a TLS 1.3 handshake when asked, records what was written. */
class FakeSocket {
  readonly ls: LiveSession;
  t = 0;
  written: string[] = [];
  messages: LiveMessage[] = [];
  state: "plain" | "tls" | "closed" | "reset" = "plain";

  constructor(opts: LiveOptions) {
    this.ls = new LiveSession(opts);
    this.run(this.ls.open(this.t));
    if (this.ls.wantsTls) this.handshake();
  }

  tick(ms = 1): number {
    this.t += ms;
    return this.t;
  }

  run(ops: LiveOp[]): void {
    for (const op of ops) {
      if (op.op === "write") {
        this.written.push(fromUtf8(op.bytes));
        if (this.state === "tls") {
          // What the TLS library puts on the wire for this write: one record, SMTP octets + 17.
          this.ls.tlsServerBytes(record(23, op.bytes.length + 17), this.tick());
        }
      } else if (op.op === "start-tls") this.state = "tls-pending" as never;
      else if (op.op === "close") this.state = "closed";
      else if (op.op === "reset") this.state = "reset";
      else if (op.op === "message") this.messages.push(op.message);
    }
    if ((this.state as string) === "tls-pending") this.handshake();
  }

  handshake(): void {
    this.state = "tls";
    this.run(this.ls.tlsClientBytes(record(22, 512, 1, 0x0301), this.tick()));
    this.run(
      this.ls.tlsServerBytes(
        concatBytes([record(22, 122, 2), record(20, 1, 1), record(23, 23), record(23, 863)]),
        this.tick(),
      ),
    );
    this.run(this.ls.tlsServerBytes(concatBytes([record(23, 281), record(23, 69)]), this.tick()));
    this.run(this.ls.tlsClientBytes(concatBytes([record(20, 1, 1), record(23, 69)]), this.tick()));
    this.run(this.ls.tlsEstablished(TLS13, this.tick()));
  }

  send(bytes: Uint8Array): void {
    if (this.state === "closed" || this.state === "reset") return;
    this.t += 1;
    if (this.state === "tls") {
      this.run(this.ls.tlsClientBytes(record(23, bytes.length + 17), this.t));
      this.run(this.ls.tlsData(bytes, this.t));
    } else {
      this.run(this.ls.plaintext(bytes, this.t));
    }
  }

  line(text: string): void {
    this.send(utf8(`${text}\r\n`));
  }

  get events(): readonly SessionEvent[] {
    return this.ls.events;
  }

  kinds(): string[] {
    return this.ls.events.map((e) => e.kind);
  }

  codes(): number[] {
    return this.ls.events.flatMap((e) => (e.kind === "ServerReplied" ? [e.reply.code] : []));
  }
}

const fixtures = ["postfix", "postfix-lab"].flatMap((d) => {
  let names: string[] = [];
  try {
    names = readdirSync(join(ROOT, d)).filter((n) => n.endsWith(".txt"));
  } catch {
    names = [];
  }
  return names
    .sort()
    .map((n) => ({ name: `${d}/${n}`, fx: parseFixture(n, readFileSync(join(ROOT, d, n), "utf8")) }))
    .filter((f) => f.fx.kind === "line");
});

describe("live driver: reference transcripts", () => {
  it("finds the fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const { name, fx } of fixtures) {
    it(`${name}: same server lines as the reference`, () => {
      if (!isPort(fx.port)) throw new Error(`bad port in ${name}`);
      const sock = new FakeSocket({ port: fx.port, seed: 7 });
      for (const w of fixtureWrites(fx)) sock.send(w.bytes);
      sock.run(sock.ls.clientClosed(sock.tick()));
      const expected = fx.lines
        .filter((l) => l.kind === "server")
        .map((l) => normaliseServerLine(l.prefix, fromUtf8(l.bytes)));
      const got = transcript(sock.events)
        .filter((l) => /^(<- {2}|<~ {2}|<\*\* |<~\* )/.test(l))
        .map((l) => normaliseServerLine(l.slice(0, 4), l.slice(4)));
      expect(got).toEqual(expected);
      // The bytes written are the replies, byte for byte.
      const replyLines = sock.events.flatMap((e) => (e.kind === "ServerReplied" ? e.reply.lines : []));
      expect(sock.written.join("")).toBe(replyLines.map((l) => `${l}\r\n`).join(""));
    });
  }
});

describe("live driver: events", () => {
  it("frames pipelined commands one event each, their replies in one write", () => {
    const sock = new FakeSocket({ port: 25 });
    sock.line("EHLO client.example.test");
    sock.send(utf8("MAIL FROM:<a@example.net>\r\nRCPT TO:<alice@example.test>\r\nDATA\r\n"));
    const sent = sock.events.filter((e) => e.kind === "ClientSent");
    expect(sent.map((e) => (e.kind === "ClientSent" ? e.command : null))).toEqual([
      "EHLO",
      "MAIL",
      "RCPT",
      "DATA",
    ]);
    expect(sock.written.at(-1)).toBe(
      "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n",
    );
    const replies = sock.events.filter((e) => e.kind === "ServerReplied").slice(-3);
    expect(replies.map((e) => (e.kind === "ServerReplied" ? e.batch?.size : 0))).toEqual([3, 3, 3]);
    expect(replies[0]?.kind === "ServerReplied" && replies[0].wire[0]?.tcpBytes).toBe(14 + 14 + 37);
  });

  it("keeps the accepted message for the mailbox: dot-stuffing removed, CRLF line ends", () => {
    const sock = new FakeSocket({ port: 25 });
    for (const l of ["EHLO x", "MAIL FROM:<a@example.net>", "RCPT TO:<alice@example.test>", "DATA"])
      sock.line(l);
    sock.send(utf8("Subject: hi\r\n\r\n..starts with a dot\n.\r\n"));
    expect(sock.messages).toHaveLength(1);
    const m = sock.messages[0] as LiveMessage;
    expect(fromUtf8(m.raw)).toBe("Subject: hi\r\n\r\n.starts with a dot\r\n");
    expect(m.to).toEqual(["alice@example.test"]);
    expect(m.received).toMatch(/^Received: from x \(localhost \[127\.0\.0\.1\]\)/);
    const body = sock.events.find((e) => e.kind === "ClientSent" && e.what === "message");
    expect(body?.kind === "ClientSent" && body.lines).toEqual([
      "Subject: hi",
      "",
      "..starts with a dot",
      ".",
    ]);
  });

  it("dates the Received: line from clockOffset", () => {
    const sock = new FakeSocket({ port: 25, clockOffset: 86_400_000 });
    for (const l of [
      "EHLO x",
      "MAIL FROM:<a@example.net>",
      "RCPT TO:<alice@example.test>",
      "DATA",
      "hi",
      ".",
    ])
      sock.line(l);
    expect(sock.messages[0]?.received).toMatch(/Sun, 29 Nov 2026/);
  });

  it("cuts the kept copy at keepLimit and says so", () => {
    const sock = new FakeSocket({ port: 25, keepLimit: 100 });
    for (const l of ["EHLO x", "MAIL FROM:<a@example.net>", "RCPT TO:<alice@example.test>", "DATA"])
      sock.line(l);
    sock.send(utf8(`${"x".repeat(80)}\r\n`.repeat(5)));
    sock.line(".");
    expect(sock.messages[0]?.truncated).toBe(true);
    expect(sock.messages[0]?.raw.length).toBeLessThanOrEqual(100);
  });

  it("STARTTLS: real flights, TLS established with the library's cipher, then records of SMTP + 17", () => {
    const sock = new FakeSocket({ port: 587 });
    sock.line("EHLO x");
    sock.line("STARTTLS");
    sock.line("EHLO x");
    const flights = sock.events.flatMap((e) =>
      e.kind === "TlsFlight" ? [`${e.from}:${e.flight}:${e.bytes}`] : [],
    );
    expect(flights).toEqual([
      "client:client-hello:517",
      "server:server-hello:1389",
      "client:client-finished:80",
    ]);
    const est = sock.events.find((e) => e.kind === "TlsEstablished");
    expect(est).toMatchObject({
      version: "TLSv1.3",
      cipher: "TLS_AES_256_GCM_SHA384",
      peerDn: "/CN=mail.example.test",
    });
    const ehlo = sock.events.filter((e) => e.kind === "ServerReplied").at(-1);
    expect(ehlo?.kind === "ServerReplied" && ehlo.tls).toBe(true);
    expect(ehlo?.kind === "ServerReplied" && ehlo.wire[0]?.length).toBe(
      ehlo?.kind === "ServerReplied" ? ehlo.bytes + 17 : 0,
    );
    const sent = sock.events.filter((e) => e.kind === "ClientSent").at(-1);
    expect(sent?.kind === "ClientSent" && sent.wire[0]).toMatchObject({
      kind: "tls",
      contentType: 23,
      length: 8 + 17,
    });
  });

  it("465: TLS from the first byte, greeting inside TLS, session tickets seen on the wire", () => {
    const sock = new FakeSocket({ port: 465 });
    expect(sock.kinds().slice(0, 3)).toEqual(["Connected", "TlsHandshakeStarted", "TlsFlight"]);
    expect(sock.events[0]).toMatchObject({ kind: "Connected", clientStarts: "tls" });
    const greeting = sock.events.find((e) => e.kind === "ServerReplied");
    expect(greeting?.kind === "ServerReplied" && greeting.tls).toBe(true);
    // Two tickets after the greeting's record, as OpenSSL sends them.
    sock.run(sock.ls.tlsServerBytes(concatBytes([record(23, 250), record(23, 250)]), sock.tick()));
    const nst = sock.events.at(-1);
    expect(nst).toMatchObject({ kind: "TlsFlight", flight: "new-session-ticket", bytes: 510 });
  });

  it("j1: plaintext on 465 is refused by the TLS library and the session resets, no greeting", () => {
    const ls = new LiveSession({ port: 465 });
    const ops: LiveOp[] = [...ls.open(0)];
    expect(ls.wantsTls).toBe(true);
    ops.push(...ls.tlsClientBytes(utf8("EHLO client.example.test\r\n"), 5000));
    ops.push(...ls.tlsFailed("wrong version number", 5001));
    expect(ops.filter((o) => o.op === "write")).toEqual([]);
    expect(ops.at(-1)).toEqual({ op: "reset" });
    expect(ls.events.map((e) => e.kind)).toEqual(["Connected", "Waited", "ClientSent", "ConnectionReset"]);
    expect(ls.events[0]).toMatchObject({ clientStarts: "plaintext" });
    expect(transcript(ls.events)).toContain(" -> EHLO client.example.test");
  });

  it("j2: a ClientHello on 587 is read as text: 220, then 500 5.5.2 per line, and the connection stays open", () => {
    const sock = new FakeSocket({ port: 587 });
    sock.send(buildClientHello(createPrng(3), "mail.example.test"));
    expect(sock.codes()).toEqual([220, 500, 500]);
    expect(sock.written.slice(1).join("")).toBe(
      "500 5.5.2 Error: bad UTF-8 syntax\r\n500 5.5.2 Error: bad syntax\r\n",
    );
    expect(sock.state).toBe("plain");
    expect(sock.events.find((e) => e.kind === "TlsFlight")).toMatchObject({ via: "tls-first", bytes: 517 });
    expect(sock.events.some((e) => e.kind === "ClientSent")).toBe(false);
  });

  it("timeout: 421 4.4.2 and close (inside TLS when TLS is up)", () => {
    const sock = new FakeSocket({ port: 465 });
    sock.run(sock.ls.timeout(sock.tick(300_000)));
    expect(sock.written.at(-1)).toBe("421 4.4.2 mail.example.test Error: timeout exceeded\r\n");
    expect(sock.state).toBe("closed");
    const last = sock.events.at(-1);
    expect(last).toMatchObject({ kind: "ConnectionClosed", by: "server" });
    expect(last?.kind === "ConnectionClosed" && last.wire[0]?.tcpBytes).toBe(24);
  });

  it("timeout during a TLS handshake: the server hangs up without a word", () => {
    const ls = new LiveSession({ port: 465 });
    const ops = [...ls.open(0), ...ls.timeout(30_000)];
    expect(ops.filter((o) => o.op === "write")).toEqual([]);
    expect(ops.at(-1)).toEqual({ op: "close" });
  });

  it("anvil: too many connections gets 421 4.7.0 at the greeting and a close", () => {
    const sock = new FakeSocket({ port: 25, refuse: "too-many-connections" });
    expect(sock.written).toEqual([
      "421 4.7.0 mail.example.test Error: too many connections from 127.0.0.1\r\n",
    ]);
    expect(sock.state).toBe("closed");
  });

  it("anvil: over the message rate, MAIL gets 450 4.7.1", () => {
    let n = 0;
    const sock = new FakeSocket({ port: 25, mailRate: () => ++n <= 1 });
    sock.line("EHLO x");
    sock.line("MAIL FROM:<a@example.net>");
    sock.line("RSET");
    sock.line("MAIL FROM:<a@example.net>");
    expect(sock.written.at(-1)).toBe("450 4.7.1 Error: too much mail from 127.0.0.1\r\n");
  });

  it("classroom account: any user name with the access code; a wrong code gets 535", () => {
    const world = { ...LAB_WORLD, saslAccounts: [{ user: "*", password: "tulip-42" }] };
    const ok = new FakeSocket({ port: 465, world });
    ok.line("EHLO x");
    ok.line(`AUTH PLAIN ${encodePlain("Maria", "tulip-42")}`);
    expect(ok.codes().at(-1)).toBe(235);
    expect(ok.events.find((e) => e.kind === "Authenticated")).toMatchObject({ user: "maria" });
    const bad = new FakeSocket({ port: 465, world });
    bad.line("EHLO x");
    bad.line(`AUTH PLAIN ${encodePlain("alice", "wonderland")}`);
    expect(bad.codes().at(-1)).toBe(535);
  });

  it("the client closing mid-DATA still records what it sent", () => {
    const sock = new FakeSocket({ port: 25 });
    for (const l of ["EHLO x", "MAIL FROM:<a@example.net>", "RCPT TO:<alice@example.test>", "DATA", "half"])
      sock.line(l);
    sock.run(sock.ls.clientClosed(sock.tick()));
    expect(sock.kinds().slice(-2)).toEqual(["ClientSent", "ConnectionClosed"]);
    expect(sock.messages).toEqual([]);
  });

  it("recordOverhead follows the cipher", () => {
    expect(recordOverhead(TLS13)).toBe(17);
    expect(recordOverhead({ version: "TLSv1.2", cipher: "ECDHE-RSA-AES128-GCM-SHA256", bits: 128 })).toBe(24);
    expect(recordOverhead({ version: "TLSv1.2", cipher: "ECDHE-RSA-CHACHA20-POLY1305", bits: 256 })).toBe(16);
  });
});

describe("live driver: hostile input", () => {
  it("never throws, keeps its event cap, and each write is a reply", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 3000 }), { maxLength: 40 }),
        fc.constantFrom(25, 587, 465, 2525),
        (chunks, port) => {
          const ls = new LiveSession({ port: port as 25, maxEvents: 200 });
          let t = 0;
          const ops: LiveOp[] = [...ls.open(t)];
          for (const c of chunks) {
            ops.push(...(ls.wantsTls ? ls.tlsClientBytes(c, ++t) : ls.plaintext(c, ++t)));
            if (ls.closed) break;
          }
          if (ls.wantsTls && !ls.tls) ops.push(...ls.tlsFailed("garbage", ++t));
          ops.push(...ls.clientClosed(++t));
          expect(ls.events.length).toBeLessThanOrEqual(200);
          for (const o of ops)
            if (o.op === "write") expect(fromUtf8(o.bytes)).toMatch(/^(\d{3}[ -].*\r\n)+$/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a 1 MB line is read as its first 2048 octets, with the real octet count", () => {
    const sock = new FakeSocket({ port: 25 });
    const big = new Uint8Array(1_000_000).fill(0x41);
    for (let i = 0; i < big.length; i += 65_536) sock.send(big.subarray(i, i + 65_536));
    sock.line("");
    const sent = sock.events.filter((e) => e.kind === "ClientSent").at(-1);
    expect(sent?.kind === "ClientSent" && sent.bytes).toBe(1_000_002);
    expect(sent?.kind === "ClientSent" && sent.lines[0]?.length).toBeLessThanOrEqual(2049);
    expect(sent?.kind === "ClientSent" && sent.wire.length).toBeLessThanOrEqual(8);
    expect(sock.events.some((e) => e.kind === "LineTruncated")).toBe(true);
  });
});
