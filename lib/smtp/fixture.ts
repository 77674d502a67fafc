/**
 * Reading the reference transcripts (test/fixtures/postfix*, swaks notation) back into client writes and
 * expected server lines, so tests can replay them through the engine. Test support; not part of the
 * public entry (index.ts) and never bundled for the browser.
 *
 * Rules: the notation is the one of test/fixtures/postfix/README.md plus the lab's additions
 * (test/fixtures/postfix-lab/README.md): escapes \n \r \0 \xNN, runs c{xN}, "sent in one write" notes,
 * and "=== (client sends …; not shown)" descriptions of bodies too big to print.
 */

import { concatBytes, fromUtf8, utf8 } from "./bytes";

export interface FixtureLine {
  kind: "client" | "server" | "info";
  /** The 4-character prefix (client/server lines). */
  prefix: string;
  /** Decoded octets of the line (client/server), without line end. */
  bytes: Uint8Array;
  /** The text as written in the file after the prefix. */
  text: string;
  /** Line number in the file (1-based). */
  at: number;
}

export interface Fixture {
  name: string;
  headers: Record<string, string[]>;
  port: number;
  kind: string;
  lines: FixtureLine[];
}

/** c{xN} -> N copies of c. */
export function expandRuns(s: string): string {
  return s.replace(/(.)\{x(\d+)\}/g, (_, c: string, n: string) => c.repeat(Number(n)));
}

/** \n \r \0 \xNN escapes -> octets; the rest is UTF-8. */
export function decodeEscapes(s: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let text = "";
  const flush = () => {
    if (text) parts.push(utf8(text));
    text = "";
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && i + 1 < s.length) {
      const d = s[i + 1];
      if (d === "n" || d === "r" || d === "0") {
        flush();
        parts.push(new Uint8Array([d === "n" ? 10 : d === "r" ? 13 : 0]));
        i++;
        continue;
      }
      if (d === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 2, i + 4))) {
        flush();
        parts.push(new Uint8Array([Number.parseInt(s.slice(i + 2, i + 4), 16)]));
        i += 3;
        continue;
      }
    }
    text += c;
  }
  flush();
  return concatBytes(parts);
}

export function parseFixture(name: string, content: string): Fixture {
  const headers: Record<string, string[]> = {};
  const lines: FixtureLine[] = [];
  content.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.startsWith("#")) {
      const m = /^# ([\w-]+):\s?(.*)$/.exec(line);
      if (m) {
        const key = m[1] as string;
        const list = headers[key] ?? [];
        list.push(m[2] as string);
        headers[key] = list;
      }
      return;
    }
    if (line === "") return;
    if (line.startsWith("=== ")) {
      lines.push({ kind: "info", prefix: "=== ", bytes: new Uint8Array(0), text: line.slice(4), at: i + 1 });
      return;
    }
    const prefix = line.slice(0, 4);
    const body = line.length <= 4 ? "" : line.slice(4);
    if (prefix === " -> " || prefix === " ~> " || line === " ->" || line === " ~>") {
      const p = line.startsWith(" ~>") ? " ~> " : " -> ";
      lines.push({
        kind: "client",
        prefix: p,
        bytes: decodeEscapes(expandRuns(body)),
        text: body,
        at: i + 1,
      });
      return;
    }
    if (prefix === "<-  " || prefix === "<~  " || prefix === "<** " || prefix === "<~* ") {
      lines.push({ kind: "server", prefix, bytes: decodeEscapes(body), text: body, at: i + 1 });
    }
  });
  return {
    name,
    headers,
    port: Number(headers.port?.[0] ?? 0),
    kind: headers.kind?.[0] ?? "line",
    lines,
  };
}

export interface FixtureWrite {
  /** Octets of the write. */
  bytes: Uint8Array;
  /** Display lines. */
  lines: string[];
  /** Whether the file shows this write inside TLS. */
  tls: boolean;
  /** Index in `lines` of the first client line of the write. */
  first: number;
}

const CRLF = new Uint8Array([13, 10]);

function lineOctets(b: Uint8Array): Uint8Array {
  // The transcript's line break stands for CRLF unless the line itself ends with an escaped bare LF.
  return b.length && b[b.length - 1] === 10 ? b : concatBytes([b, CRLF]);
}

/**
 * Client writes, in order: a maximal run of client lines with no server line between them is one write
 * (a DATA body, a pipelined batch, a BDAT line with its chunk, STARTTLS with injected plaintext).
 * BDAT chunks take exactly the announced count of octets from the following lines.
 */
export function fixtureWrites(f: Fixture): FixtureWrite[] {
  const writes: FixtureWrite[] = [];
  let cur: { parts: Uint8Array[]; lines: string[]; tls: boolean; first: number } | null = null;
  let chunkLeft = 0;
  const end = () => {
    if (cur) writes.push({ bytes: concatBytes(cur.parts), lines: cur.lines, tls: cur.tls, first: cur.first });
    cur = null;
    chunkLeft = 0;
  };
  f.lines.forEach((l, i) => {
    if (l.kind === "server") {
      end();
      return;
    }
    if (l.kind === "info") {
      const big = /client sends (\d+) lines of (\d+) '(.)' \+ CRLF/.exec(l.text);
      if (big && cur) {
        const line = utf8(`${(big[3] as string).repeat(Number(big[2]))}\r\n`);
        const n = Number(big[1]);
        const block = new Uint8Array(line.length * n);
        for (let k = 0; k < n; k++) block.set(line, k * line.length);
        cur.parts.push(block);
        cur.lines.push(`[${n} lines of ${big[2]} '${big[3]}']`);
      }
      const chunk = /client sends the (\d+)-octet chunk/.exec(l.text);
      if (chunk && cur && chunkLeft > 0) {
        const n = Number(chunk[1]);
        const line = utf8(`${"x".repeat(98)}\r\n`);
        const block = new Uint8Array(n);
        for (let k = 0; k < n; k += line.length) block.set(line.subarray(0, Math.min(line.length, n - k)), k);
        cur.parts.push(block);
        cur.lines.push(`[${n}-octet chunk]`);
        chunkLeft = 0;
      }
      return;
    }
    const tls = l.prefix === " ~> ";
    if (!cur) cur = { parts: [], lines: [], tls, first: i };
    cur.lines.push(fromUtf8(l.bytes));
    if (chunkLeft > 0) {
      const oct = concatBytes([l.bytes, CRLF]);
      const take = oct.subarray(0, Math.min(chunkLeft, oct.length));
      cur.parts.push(take);
      chunkLeft -= take.length;
      return;
    }
    cur.parts.push(lineOctets(l.bytes));
    const bdat = /^BDAT\s+(\d+)/i.exec(fromUtf8(l.bytes));
    if (bdat) chunkLeft = Number(bdat[1]);
  });
  end();
  return writes;
}

/** Server lines as "prefix + text" with queue ids normalised. */
export function normaliseServerLine(prefix: string, text: string): string {
  return prefix + text.replace(/queued as [0-9A-F]{10,12}\b/, "queued as <QUEUE-ID>");
}
