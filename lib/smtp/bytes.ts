/**
 * Byte helpers shared by the engine: UTF-8, base64, hex and printable renderings.
 *
 * Rules of this module:
 * - Pure and total: every function accepts any input (NUL, non-UTF-8, huge) and never throws.
 * - No Node Buffer: the engine runs in the browser too, so only Uint8Array, TextEncoder/TextDecoder.
 * - base64 follows RFC 4648 §4 strictly (padding required), as SASL does (RFC 4954 §4).
 */

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

export const CR = 0x0d;
export const LF = 0x0a;
export const CRLF = "\r\n";

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8; invalid sequences become U+FFFD. */
export function fromUtf8(bytes: Uint8Array): string {
  return lenientDecoder.decode(bytes);
}

/** True when the bytes are well-formed UTF-8 (RFC 3629 §4). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const HEX = "0123456789abcdef";

export function toHex(bytes: Uint8Array, max = bytes.length): string {
  const n = Math.min(max, bytes.length);
  let s = "";
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    s += (i ? " " : "") + HEX[b >> 4] + HEX[b & 15];
  }
  return s;
}

/**
 * A one-line, printable rendering of arbitrary bytes for transcripts and replies:
 * valid UTF-8 text stays as is, control characters become "?" (as Postfix's printable() does),
 * and bytes that are not UTF-8 become "?" too.
 */
export function printable(bytes: Uint8Array | string): string {
  const text = typeof bytes === "string" ? bytes : fromUtf8(bytes);
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 0x20 || c === 0x7f || c === 0xfffd ? "?" : ch;
  }
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64Encode(bytes: Uint8Array | string): string {
  const b = typeof bytes === "string" ? utf8(bytes) : bytes;
  let out = "";
  for (let i = 0; i < b.length; i += 3) {
    const n = ((b[i] ?? 0) << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += i + 1 < b.length ? B64[(n >> 6) & 63] : "=";
    out += i + 2 < b.length ? B64[n & 63] : "=";
  }
  return out;
}

/** Strict base64 decode (RFC 4648 §4): returns null on any malformed input. */
export function base64Decode(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    let pad = 0;
    for (let j = 0; j < 4; j++) {
      const ch = text[i + j] ?? "";
      if (ch === "=") {
        // "=" only at the end, at most two of them.
        if (i + 4 !== text.length || j < 2) return null;
        pad++;
        n <<= 6;
        continue;
      }
      if (pad) return null;
      const v = B64.indexOf(ch);
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    out.push((n >> 16) & 255);
    if (pad < 2) out.push((n >> 8) & 255);
    if (pad < 1) out.push(n & 255);
  }
  return Uint8Array.from(out);
}

/** Cuts a string so that its UTF-8 encoding fits in `maxBytes` octets. */
export function clipUtf8(text: string, maxBytes: number): string {
  if (utf8(text).length <= maxBytes) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const n = utf8(ch).length;
    if (used + n > maxBytes) break;
    out += ch;
    used += n;
  }
  return out;
}
