/**
 * Replays every line-dialogue reference transcript (test/fixtures/postfix/ and the lab's extra set in
 * test/fixtures/postfix-lab/) through the engine in lockstep and checks, line by line, the same reply
 * codes, enhanced codes and texts (queue ids aside), the same EHLO keywords, the same TLS markers, the
 * same end of connection, and the server's delays where the lab measured them.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromUtf8 } from "./bytes";
import { fixtureWrites, normaliseServerLine, parseFixture } from "./fixture";
import { Lockstep } from "./lockstep";
import { isPort } from "./profiles";
import { transcript } from "./transcript";

const ROOT = join(__dirname, "..", "..", "test", "fixtures");
const DIRS = ["postfix", "postfix-lab"];

const files = DIRS.flatMap((d) => {
  let names: string[] = [];
  try {
    names = readdirSync(join(ROOT, d)).filter((n) => n.endsWith(".txt"));
  } catch {
    names = [];
  }
  return names.sort().map((n) => ({ dir: d, name: n, path: join(ROOT, d, n) }));
});

const lineFixtures = files
  .map((f) => ({ ...f, fx: parseFixture(f.name, readFileSync(f.path, "utf8")) }))
  .filter((f) => f.fx.kind === "line");

function replay(fx: ReturnType<typeof parseFixture>) {
  if (!isPort(fx.port)) throw new Error(`bad port in ${fx.name}`);
  const ls = new Lockstep({ port: fx.port, seed: 7 });
  for (const w of fixtureWrites(fx)) ls.sendRaw(w.bytes, w.lines, w.lines.length > 1 ? "message" : "command");
  ls.end();
  return ls.log();
}

describe("reference transcripts replayed through the engine", () => {
  it("finds the fixtures", () => {
    expect(lineFixtures.length).toBeGreaterThanOrEqual(9);
  });

  for (const { dir, name, fx } of lineFixtures) {
    describe(`${dir}/${name}`, () => {
      const log = replay(fx);
      const out = transcript(log.events);

      it("gives the same server lines (codes, enhanced codes, texts, EHLO keywords, TLS prefixes)", () => {
        const expected = fx.lines
          .filter((l) => l.kind === "server")
          .map((l) => normaliseServerLine(l.prefix, fromUtf8(l.bytes)));
        const got = out
          .filter((l) => /^(<- {2}|<~ {2}|<\*\* |<~\* )/.test(l))
          .map((l) => normaliseServerLine(l.slice(0, 4), l.slice(4)));
        expect(got).toEqual(expected);
      });

      it("sends every client write inside or outside TLS as the reference does", () => {
        const writes = fixtureWrites(fx);
        const sent = log.events.filter((e) => e.kind === "ClientSent");
        expect(sent.map((e) => (e.kind === "ClientSent" ? e.tls : null))).toEqual(writes.map((w) => w.tls));
      });

      it("ends the connection the same way", () => {
        const info = fx.lines.filter((l) => l.kind === "info").map((l) => l.text);
        if (info.some((t) => /Connection reset/.test(t))) expect(log.outcome.end).toBe("reset");
        else if (info.some((t) => /Connection closed with remote host/.test(t)))
          expect(log.outcome.end).toBe("closed-by-server");
      });

      it("delays the replies the lab saw delayed (error tarpit, SASL failures)", () => {
        const replies = log.events.filter((e) => e.kind === "ServerReplied");
        // The n-th reply in the file vs the n-th reply in the log (batch members share one note).
        let n = 0;
        let noted = false;
        for (const l of fx.lines) {
          if (l.kind === "info" && /server reply came ([\d.]+) s/.test(l.text)) noted = true;
          if (l.kind !== "server") continue;
          const code = l.text.slice(0, 4);
          if (/^\d{3} $/.test(code) || l.text.length === 3) {
            const r = replies[n++];
            if (noted)
              expect(
                r && r.kind === "ServerReplied" ? r.delayMs : -1,
                `${name}:${l.at}`,
              ).toBeGreaterThanOrEqual(400);
            noted = false;
          }
        }
      });
    });
  }
});
