/**
 * The simulated clock. Time is a number of milliseconds since the start of a run; t = 0 is pinned to the
 * moment the reference lab was captured, so dates in Received: lines and bounces are stable.
 *
 * Rules: never the wall clock (ARCHITECTURE rule 2); dates are computed arithmetically.
 */

/** 2026-11-28T01:16:00Z, the reference lab's capture time, in ms since the Unix epoch. */
export const EPOCH_MS = Date.UTC(2026, 10, 28, 1, 16, 0);

const DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** Civil date from days since 1970-01-01 (H. Hinnant's algorithm). */
function civil(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** RFC 5322 §3.3 date-time in UTC, e.g. "Sat, 28 Nov 2026 01:16:04 +0000". */
export function rfc5322Date(t: number): string {
  const ms = EPOCH_MS + Math.floor(t);
  const days = Math.floor(ms / 86_400_000);
  const secs = Math.floor((ms - days * 86_400_000) / 1000);
  const { y, m, d } = civil(days);
  const dow = DAYS[((days % 7) + 7) % 7];
  return `${dow}, ${d} ${MONTHS[m - 1]} ${y} ${pad(Math.floor(secs / 3600))}:${pad(Math.floor((secs % 3600) / 60))}:${pad(secs % 60)} +0000`;
}

/** "20261128011604": the compact UTC timestamp swaks puts in its Message-Id. */
export function compactDate(t: number): string {
  const ms = EPOCH_MS + Math.floor(t);
  const days = Math.floor(ms / 86_400_000);
  const secs = Math.floor((ms - days * 86_400_000) / 1000);
  const { y, m, d } = civil(days);
  return `${y}${pad(m)}${pad(d)}${pad(Math.floor(secs / 3600))}${pad(Math.floor((secs % 3600) / 60))}${pad(secs % 60)}`;
}

/** "0.042 s", "1 min 30 s", "2 h 5 min", "4 d 23 h" for narration and timelines. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s`;
  const s = Math.round(ms / 1000);
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
  if (s < 86_400) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s % 3600) / 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(s / 86_400);
  const h = Math.round((s % 86_400) / 3600);
  return h ? `${d} d ${h} h` : `${d} d`;
}
