/**
 * Parsing, in two layers kept apart (as smtp-server separates smtp-stream from smtp-connection):
 * 1. framing: bytes -> lines. A line ends at LF; a CR just before it is dropped. Postfix 3.7 accepts a
 *    bare LF as a line end (smtpd_forbid_bare_newline = no), although RFC 5321 §2.3.8 says only CRLF ends
 *    a line. Lines longer than line_length_limit are truncated, not refused (Postfix, SMTP_GET_FLAG_SKIP).
 * 2. meaning: a line -> verb + arguments, with Postfix's tokenizer (smtpd_token.c): words split on white
 *    space, "<...>" and "..." kept whole, and "FROM:" / "TO:" ending a word.
 *
 * Rules: total functions (never throw), no state; the session owns the buffers.
 */

import { fromUtf8, isValidUtf8, LF } from "./bytes";

export interface FramedLine {
  /** Line bytes without the terminator (and without a CR right before LF). */
  bytes: Uint8Array;
  /** Bytes consumed from the buffer, terminator included. */
  consumed: number;
  /** True when the line was longer than the limit and got truncated. */
  truncated: boolean;
  /** True when the line ended with a bare LF (no CR before it). */
  bareLf: boolean;
}

/** Takes one LF-terminated line starting at `from` in `buf`, or null if no LF yet. */
export function takeLine(buf: Uint8Array, limit: number, from = 0): FramedLine | null {
  const at = buf.indexOf(LF, from);
  if (at < 0) return null;
  let end = at;
  const bareLf = !(end > from && buf[end - 1] === 0x0d);
  if (!bareLf) end--;
  const truncated = end - from > limit;
  return {
    bytes: buf.subarray(from, truncated ? from + limit : end),
    consumed: at + 1 - from,
    truncated,
    bareLf,
  };
}

export type ParsedLine =
  | { kind: "bad-utf8" }
  | { kind: "empty" }
  | { kind: "command"; verb: string; args: string[]; text: string };

/**
 * Postfix checks UTF-8 over the whole line (the j2 transcript: a ClientHello line holding NUL bytes still
 * got "bad UTF-8 syntax"), then works on the C string, i.e. up to the first NUL.
 */
export function parseLine(bytes: Uint8Array, utf8Check = true): ParsedLine {
  if (utf8Check && !isValidUtf8(bytes)) return { kind: "bad-utf8" };
  const nul = bytes.indexOf(0);
  const text = fromUtf8(nul >= 0 ? bytes.subarray(0, nul) : bytes);
  const tokens = tokenize(text);
  const verb = tokens[0];
  if (verb === undefined) return { kind: "empty" };
  return { kind: "command", verb: verb.toUpperCase(), args: tokens.slice(1), text };
}

const isSpace = (c: string): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\v" || c === "\f";

/** Postfix smtpd_token(): see the module comment. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let i = 0;
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = "";
  };
  while (i < line.length) {
    const c = line[i] as string;
    i++;
    if (isSpace(c)) {
      flush();
    } else if (c === "<" || c === '"') {
      const close = c === "<" ? ">" : '"';
      cur += c;
      while (i < line.length) {
        const d = line[i] as string;
        i++;
        if (d === "\\" && i < line.length) {
          cur += d + (line[i] as string);
          i++;
          continue;
        }
        cur += d;
        if (d === close) break;
      }
    } else if (c === ":") {
      cur += c;
      const low = cur.toLowerCase();
      if (low === "to:" || low === "from:") flush();
    } else if (c === "\\" && i < line.length) {
      cur += c + (line[i] as string);
      i++;
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

export interface ParsedAddress {
  /** The address without angle brackets or source route; "" is the null reverse-path. */
  address: string;
  local: string;
  /** Lower-cased domain, or "" when the address has none. */
  domain: string;
}

/**
 * An envelope address as Postfix accepts it (strict_rfc821_envelopes = no): with or without angle
 * brackets, an optional source route (RFC 5321 §4.1.2, ignored), one address only.
 */
export function parseAddress(token: string): ParsedAddress | null {
  let s = token;
  if (s.startsWith("<")) {
    if (!s.endsWith(">") || s.length < 2) return null;
    s = s.slice(1, -1);
  } else if (s.includes("<") || s.includes(">")) {
    return null;
  }
  // Source route "@a,@b:user@d" (RFC 5321 §4.1.2, Appendix C): accepted and ignored.
  if (s.startsWith("@")) {
    const colon = s.indexOf(":");
    if (colon < 0) return null;
    s = s.slice(colon + 1);
  }
  if (s === "") return { address: "", local: "", domain: "" };
  // One address only: no white space, commas, brackets or control characters outside a quoted local part.
  let inQuote = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const code = c.charCodeAt(0);
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (code < 0x21 || code === 0x7f || ",;<>()[]".includes(c))) {
      // An address literal domain "[192.0.2.1]" is allowed after the @.
      if ((c === "[" || c === "]") && s.lastIndexOf("@") < i) continue;
      return null;
    }
  }
  if (inQuote) return null;
  const at = s.lastIndexOf("@");
  const local = at < 0 ? s : s.slice(0, at);
  const domain = at < 0 ? "" : s.slice(at + 1).toLowerCase();
  if (at >= 0 && (local === "" || domain === "" || domain.startsWith(".") || domain.includes("..")))
    return null;
  return { address: s, local, domain };
}

/** xtext (RFC 3461 §4): printable ASCII except "+" and "=", or "+" followed by two upper-case hex digits. */
export function isXtext(s: string): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b) {
      if (!/^[0-9A-F]{2}$/.test(s.slice(i + 1, i + 3))) return false;
      i += 2;
    } else if (c < 33 || c > 126 || c === 0x3d) return false;
  }
  return true;
}

export function isNotifyValue(v: string): boolean {
  const parts = v.toUpperCase().split(",");
  if (parts.includes("NEVER")) return parts.length === 1;
  return parts.length > 0 && parts.every((p) => p === "SUCCESS" || p === "FAILURE" || p === "DELAY");
}

export function isOrcptValue(v: string): boolean {
  const semi = v.indexOf(";");
  if (semi <= 0) return false;
  return /^[A-Za-z0-9-]+$/.test(v.slice(0, semi)) && isXtext(v.slice(semi + 1));
}

/** RFC 1035 §2.3.1-ish host name check used for ETRN and EHLO-like arguments. */
export function isValidHostname(s: string): boolean {
  if (!s || s.length > 255) return false;
  return s.split(".").every((l) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l));
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
