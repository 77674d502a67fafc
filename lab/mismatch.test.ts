/**
 * The two protocol mismatches of the reference lab, against the lab's real sockets:
 * - j1: a plaintext client on the implicit-TLS port gets no greeting; when it speaks, node's TLS reads
 *   its EHLO as a broken record and the engine resets the connection: zero bytes, then a TCP RST.
 * - j2: a client that starts TLS on the STARTTLS port: its ClientHello is read as text; the server
 *   answers in plaintext (220, then 500 5.5.2 per "line"), and the connection stays open.
 */
import { connect as tlsConnect } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LabSessionDetail, LabSessionSummary } from "@/lib/lab/types";
import { createPrng } from "@/lib/smtp/prng";
import { buildClientHello } from "@/lib/smtp/tls";
import type { RunningLab } from "./lab";
import { api, portOf, RawClient, startTestLab, until } from "./test-helpers";

let lab: RunningLab;
beforeAll(async () => {
  lab = await startTestLab();
});
afterAll(async () => {
  await lab?.close();
});

async function lastSession(): Promise<LabSessionDetail> {
  const store = lab.context.sessions;
  await until(
    () => store.list().some((s) => !s.open),
    (fn) => store.on(fn),
    "a closed session",
  );
  const { sessions } = await api<{ sessions: LabSessionSummary[] }>(lab, "/api/sessions");
  return api<LabSessionDetail>(lab, `/api/sessions/${sessions[0]?.id}`);
}

describe("j1: plaintext client on the implicit-TLS listener", () => {
  it("gets no greeting, then a reset when it speaks, as in the reference", async () => {
    const c = await RawClient.open(portOf(lab, 465));
    // Nothing is sent while the client is silent: prove it by a round trip on the lab's API first.
    await api(lab, "/api/status");
    expect(c.bytes).toBe(0);
    c.write("EHLO client.example.test\r\n");
    await c.waitClosed();
    expect(c.bytes).toBe(0);
    expect(c.reset).toBe(true);
    const s = await lastSession();
    expect(s.summary.end).toBe("reset");
    expect(s.data.steps.map((st) => st.kind)).toEqual(["Connected", "ClientSent", "ConnectionReset"]);
    expect(s.data.steps[1]?.lines).toContain(" -> EHLO client.example.test");
  });
});

describe("j2: TLS ClientHello first on the STARTTLS listener", () => {
  it("the reference's ClientHello: 220, two 500 5.5.2 lines, connection still open", async () => {
    const c = await RawClient.open(portOf(lab, 587));
    await c.waitReplies(1);
    c.write(buildClientHello(createPrng(11), "mail.example.test"));
    await c.waitReplies(3);
    expect(c.lines.map((l) => l.text)).toEqual([
      "220 mail.example.test ESMTP Postfix (Debian/GNU)",
      "500 5.5.2 Error: bad UTF-8 syntax",
      "500 5.5.2 Error: bad syntax",
    ]);
    expect(c.lines.every((l) => !l.tls)).toBe(true);
    expect(c.closed).toBe(false);
    // Still open and still reading: a line end finishes the rest of the record as a third "command".
    c.write("\r\n");
    await c.waitReplies(4);
    expect(c.closed).toBe(false);
    c.destroy();
    const s = await lastSession();
    const hello = s.data.steps.find((st) => st.kind === "TlsFlight");
    expect(hello).toMatchObject({ speaker: "client", wireBytes: 517 });
    expect(hello?.narration.text).toMatch(/517 binary bytes as if they were text/);
  });

  it("a real TLS client fails on the plaintext greeting (wrong version number), as the j2 clients did", async () => {
    const err = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const s = tlsConnect({ host: "127.0.0.1", port: portOf(lab, 587), rejectUnauthorized: false });
      s.on("error", resolve);
      s.on("secureConnect", () => resolve(new Error("handshake succeeded") as NodeJS.ErrnoException));
    });
    expect(err.code).toBe("ERR_SSL_WRONG_VERSION_NUMBER");
  });
});
