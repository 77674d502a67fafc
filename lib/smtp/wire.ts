/**
 * The wire model: what a passive observer captures for each write, and nothing else.
 *
 * Rules of this module:
 * - Plaintext writes are shown exactly (CRLF kept) with their TCP payload length.
 * - TLS writes are records with the sizes measured in the reference lab (see tls.ts); their bytes after
 *   the real 5-byte header are seeded pseudo-random, so the same inputs give the same hex.
 * - The UI's eavesdropper view reads these records only; it never looks at the SMTP text of a TLS write.
 */

import { fromUtf8, toHex } from "./bytes";
import type { Prng } from "./prng";

export type TlsContentType = 20 | 21 | 22 | 23;

export const TLS_CONTENT_TYPE_NAMES: Record<TlsContentType, string> = {
  20: "change_cipher_spec",
  21: "alert",
  22: "handshake",
  23: "application_data",
};

export interface PlaintextRecord {
  kind: "plaintext";
  /** Payload octets. */
  length: number;
  /** Octets on the TCP stream (= length). */
  tcpBytes: number;
  /** The exact text, CRLF kept (bytes that are not UTF-8 show as U+FFFD). */
  text: string;
  /** The first octets in hex. */
  hex: string;
  /** Set when `text` holds only the first TEXT_LIMIT octets. */
  truncated?: boolean;
}

export interface TlsRecord {
  kind: "tls";
  /** Outer record type as seen on the wire (RFC 8446 §5.1); inside TLS 1.3 everything looks like 23. */
  contentType: TlsContentType;
  /** Record-layer version field: 0x0301 on the ClientHello, 0x0303 otherwise (RFC 8446 §5.1). */
  version: "0x0301" | "0x0303";
  /** Record length field (octets after the 5-byte header). */
  length: number;
  /** Octets on the TCP stream: length + 5. */
  tcpBytes: number;
  /** What the record carries, as far as an observer can tell ("(inferred)" when encrypted). */
  label: string;
  /** The first octets in hex: real header, then seeded pseudo-random ciphertext. */
  hex: string;
}

export type WireRecord = PlaintextRecord | TlsRecord;

/** How many octets of each record we render as hex (enough for a dump line; keeps logs small). */
export const HEX_PREVIEW = 32;

/** Longest plaintext kept verbatim in a record; bigger writes (a 10 MB message) keep their start. */
export const TEXT_LIMIT = 65_536;

export function plaintextRecord(bytes: Uint8Array): PlaintextRecord {
  const r: PlaintextRecord = {
    kind: "plaintext",
    length: bytes.length,
    tcpBytes: bytes.length,
    text: fromUtf8(bytes.length > TEXT_LIMIT ? bytes.subarray(0, TEXT_LIMIT) : bytes),
    hex: toHex(bytes, HEX_PREVIEW),
  };
  if (bytes.length > TEXT_LIMIT) r.truncated = true;
  return r;
}

export function tlsRecord(
  contentType: TlsContentType,
  length: number,
  label: string,
  prng: Prng,
  version: "0x0301" | "0x0303" = "0x0303",
  body?: Uint8Array,
): TlsRecord {
  const header = new Uint8Array([
    contentType,
    3,
    version === "0x0301" ? 1 : 3,
    (length >> 8) & 255,
    length & 255,
  ]);
  const shown = Math.min(HEX_PREVIEW, length + 5) - 5;
  const rest = body ? body.subarray(0, shown) : prng.bytes(shown);
  const all = new Uint8Array(5 + rest.length);
  all.set(header);
  all.set(rest, 5);
  return { kind: "tls", contentType, version, length, tcpBytes: length + 5, label, hex: toHex(all) };
}

export function wireBytes(records: readonly WireRecord[]): number {
  let n = 0;
  for (const r of records) n += r.tcpBytes;
  return n;
}
