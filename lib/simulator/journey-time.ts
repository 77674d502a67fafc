/**
 * Clock formatting for the journey view: the simulated clock as a stopwatch since the submission, waits as
 * exact durations ("30 min", "2 h", "1 h 6 min 40 s"), and the day counter of a message in the queue.
 * Rules: pure and exact (no rounding that could make a wait look different from the engine's schedule);
 * the times themselves always come from the engine's journey log.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Simulated time since the start of the journey: "00:30:00.363", or "5 d 00:30:00.485" after a day. */
export function formatClock(ms: number): string {
  const t = Math.max(0, Math.floor(ms));
  const d = Math.floor(t / DAY);
  const h = Math.floor((t % DAY) / HOUR);
  const m = Math.floor((t % HOUR) / MINUTE);
  const s = Math.floor((t % MINUTE) / SECOND);
  const frac = t % SECOND;
  const hms = `${pad(h)}:${pad(m)}:${pad(s)}.${pad(frac, 3)}`;
  return d > 0 ? `${d} d ${hms}` : hms;
}

/** A duration for waits and ages: "363 ms", "1.5 s", "30 min", "2 h", "5 d 0 h 30 min" (to the second). */
export function formatWait(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  if (t < SECOND) return `${t} ms`;
  if (t < MINUTE) return `${Number((t / SECOND).toFixed(3))} s`;
  // From a minute up, whole seconds (so 599 952 ms reads "10 min", not "9 min 60 s").
  const secs = Math.round(t / SECOND);
  const d = Math.floor(secs / 86_400);
  const h = Math.floor((secs % 86_400) / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  // Keep the hours when days and minutes are both shown ("5 d 0 h 30 min" reads unambiguously).
  if (h || (d && (m || s))) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (s) parts.push(`${s} s`);
  return parts.join(" ");
}

/** Which day of its life a message is on, counting the day it was queued as day 1. */
export function dayOf(ageMs: number): number {
  return Math.floor(Math.max(0, ageMs) / DAY) + 1;
}
