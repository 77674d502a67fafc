/**
 * Positions in presenter mode as people see and share them: "Slide 3 of 9: Title", and the lesson deck's
 * address fragment `#slide=3` (1-based, so it matches what the audience sees).
 * Rules: pure; parsing accepts anything and clamps, with a note for the presenter when it had to.
 */

export function slideLabel(index: number, count: number, title: string): string {
  return `Slide ${index + 1} of ${count}: ${title}`;
}

export function slideHash(index: number): string {
  return index === 0 ? "" : `#slide=${index + 1}`;
}

/** Reads `#slide=n` from an address fragment. No fragment (or another one) is slide 1 without a note. */
export function parseSlideHash(hash: string, count: number): { index: number; note: string | null } {
  const m = /^#slide=(.*)$/.exec(hash);
  if (!m) return { index: 0, note: null };
  const raw = decodeURIComponentSafe(m[1] ?? "").trim();
  if (!/^\d{1,6}$/.test(raw))
    return { index: 0, note: `“${raw.slice(0, 20)}” is not a slide number: showing slide 1.` };
  const n = Number(raw);
  if (n < 1) return { index: 0, note: "There is no slide 0: showing slide 1." };
  if (n > count)
    return { index: Math.max(0, count - 1), note: `There are ${count} slides: showing the last.` };
  return { index: n - 1, note: null };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Minutes as a clock: 75 s → "1:15", 3725 s → "1:02:05". */
export function formatElapsed(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}
