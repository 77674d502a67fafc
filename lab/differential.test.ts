/**
 * Differential check: every line-dialogue reference transcript (test/fixtures/postfix*), its client
 * writes replayed through the lab's real sockets (real TCP, real TLS after 220 to STARTTLS or from the
 * first byte on 465), gives the same server lines, inside or outside TLS the same way, as the same writes
 * through the engine directly (Lockstep), and ends the connection the same way.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPort, Lockstep, type SessionEvent } from "@/lib/smtp";
import { fixtureWrites, normaliseServerLine, parseFixture } from "@/lib/smtp/fixture";
import type { RunningLab } from "./lab";
import { portOf, RawClient, startTestLab } from "./test-helpers";

const ROOT = path.join(import.meta.dirname, "..", "test", "fixtures");
const fixtures = ["postfix", "postfix-lab"].flatMap((d) =>
  readdirSync(path.join(ROOT, d))
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => ({ name: `${d}/${n}`, fx: parseFixture(n, readFileSync(path.join(ROOT, d, n), "utf8")) }))
    .filter((f) => f.fx.kind === "line"),
);

const norm = (tls: boolean, text: string) => normaliseServerLine(tls ? "~ " : "- ", text);

/** The engine directly: server lines, and how many complete replies each write brings. */
function engine(port: 25 | 465 | 587 | 2525, writes: ReturnType<typeof fixtureWrites>) {
  const ls = new Lockstep({ port, seed: 7 });
  const count = (evs: readonly SessionEvent[]) => evs.filter((e) => e.kind === "ServerReplied").length;
  const afterOpen = count(ls.events);
  const perWrite = writes.map((w) => count(ls.sendRaw(w.bytes, w.lines)));
  ls.end();
  const lines = ls.events.flatMap((e) =>
    e.kind === "ServerReplied" ? e.reply.lines.map((l) => norm(e.tls, l)) : [],
  );
  return { afterOpen, perWrite, lines, end: ls.log().outcome.end };
}

let lab: RunningLab;
beforeAll(async () => {
  lab = await startTestLab();
});
afterAll(async () => {
  await lab?.close();
});

describe("reference transcripts through the lab's sockets = through the engine", () => {
  it("finds the fixtures", () => expect(fixtures.length).toBeGreaterThanOrEqual(30));

  for (const { name, fx } of fixtures) {
    it(name, async () => {
      if (!isPort(fx.port)) throw new Error(`bad port in ${name}`);
      const writes = fixtureWrites(fx);
      const want = engine(fx.port, writes);
      const client = await RawClient.open(portOf(lab, fx.port), { tls: fx.port === 465 });
      let expected = want.afterOpen;
      await client.waitReplies(expected, `${name}: greeting`);
      for (const [i, w] of writes.entries()) {
        if (client.closed) break;
        client.write(w.bytes);
        expected += want.perWrite[i] ?? 0;
        await client.waitReplies(expected, `${name}: replies to write ${i + 1}`);
        const last = client.lines.at(-1)?.text ?? "";
        if (/^220 2\.0\.0 Ready to start TLS/.test(last) && !client.closed) await client.startTls();
      }
      if (!client.closed) {
        client.end();
        await client.waitClosed();
      }
      expect(client.lines.map((l) => norm(l.tls, l.text))).toEqual(want.lines);
      if (want.end === "closed-by-server") expect(client.reset).toBe(false);
      if (want.end === "reset") expect(client.reset || client.closed).toBe(true);
    });
  }
});
