/**
 * Turning a live-lab session into a shareable simulator link: the client's lines, replayable in the
 * console (`/simulator/console?port=…&lines=…`), where the engine answers them again.
 *
 * Rules of this module:
 * - Pure: from the engine's event log to lines and a URL.
 * - No secret leaves the lab in a link: every AUTH credential is replaced by the demo account's, with
 *   the right password where the login succeeded and a wrong one where it failed, so the console (which
 *   knows only alice / wonderland) gives the same outcome without carrying a classroom access code.
 * - Links stay short enough to paste: long DATA bodies lose lines from their end (the final "." stays).
 */
import type { Port, SessionEvent } from "@/lib/smtp";

export const DEMO_USER = "alice";
export const DEMO_PASSWORD = "wonderland";
export const WRONG_PASSWORD = "not-the-password";
/** Longest `lines` parameter (before URL encoding) a link carries. */
export const MAX_LINK_TEXT = 4000;

const b64 = (s: string): string => {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
};

const plain = (password: string) => b64(`\0${DEMO_USER}\0${password}`);

/** The client's lines of a session, credentials replaced (see the module rules). */
export function shareLines(events: readonly SessionEvent[]): string[] {
  const out: string[] = [];
  // Each AUTH exchange: how it ended (the first reply to it that is not 334).
  let auth: { mech: string; step: number; ok: boolean } | null = null;
  const outcomeAfter = (from: number): boolean => {
    for (let i = from + 1; i < events.length; i++) {
      const e = events[i] as SessionEvent;
      if (e.kind === "ServerReplied" && e.reply.code !== 334) return e.reply.code === 235;
    }
    return false;
  };
  events.forEach((e, i) => {
    if (e.kind !== "ClientSent" || e.what === "binary") return;
    if (e.what === "auth-response" && auth) {
      const line = e.lines[0] ?? "";
      if (line.trim() === "*") {
        out.push("*");
      } else if (auth.mech === "PLAIN") {
        out.push(plain(auth.ok ? DEMO_PASSWORD : WRONG_PASSWORD));
      } else {
        out.push(auth.step === 0 ? b64(DEMO_USER) : b64(auth.ok ? DEMO_PASSWORD : WRONG_PASSWORD));
      }
      auth.step++;
      return;
    }
    if (e.what === "command" && e.command === "AUTH") {
      const [, mechRaw = "", initial] = (e.lines[0] ?? "").trim().split(/\s+/);
      const mech = mechRaw.toUpperCase();
      auth = { mech, step: 0, ok: outcomeAfter(i) };
      if (initial === undefined || (mech !== "PLAIN" && mech !== "LOGIN")) {
        out.push(e.lines[0] ?? "");
      } else if (mech === "PLAIN") {
        out.push(`AUTH PLAIN ${plain(auth.ok ? DEMO_PASSWORD : WRONG_PASSWORD)}`);
      } else {
        out.push(`AUTH LOGIN ${b64(DEMO_USER)}`);
        auth.step = 1;
      }
      return;
    }
    if (e.what === "command") auth = null;
    for (const l of e.lines) {
      // The live driver's "[… N more lines]" notes are not client lines.
      if (/^\[… \d+ more lines\]$/.test(l)) continue;
      out.push(l);
    }
  });
  return out;
}

/** Cuts DATA bodies from their end until the text fits `max` characters; commands are never dropped. */
export function fitLines(lines: readonly string[], max = MAX_LINK_TEXT): { lines: string[]; cut: number } {
  const size = (ls: readonly string[]) => ls.reduce((n, l) => n + l.length + 1, 0);
  const result = lines.map((l) => (l.length > 998 ? l.slice(0, 998) : l));
  let cut = 0;
  while (size(result) > max) {
    // The last body line before a lone "." that follows DATA goes first.
    let dropped = false;
    for (let i = result.length - 1; i > 0; i--) {
      if (result[i] !== ".") continue;
      const start = result.findLastIndex((l, k) => k < i && /^DATA\s*$/i.test(l));
      if (start >= 0 && i - start > 1) {
        result.splice(i - 1, 1);
        cut++;
        dropped = true;
        break;
      }
    }
    if (!dropped) break;
  }
  return { lines: result, cut };
}

/** The console link for a session on `port`'s profile. */
export function consoleLink(port: Port, lines: readonly string[]): { href: string; cut: number } {
  const { lines: fit, cut } = fitLines(lines);
  const params = new URLSearchParams({ port: String(port), lines: fit.join("\n") });
  return { href: `/simulator/console?${params.toString()}`, cut };
}
