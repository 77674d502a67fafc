/**
 * Player control glyphs as inline SVG paths. ⏮ ⏸ ⏭ ⏩ ⏳ are missing from many system fonts (Debian has no
 * font with them): drawn as text they showed as an empty box, and the browser's search through every
 * installed font for the missing character cost tens of milliseconds of layout the first time each
 * appeared (a long task when Pause first showed, measured in a 4× throttled playback trace).
 */
export const GLYPH = {
  restart: "M4 5v6h6M5.5 15a7 7 0 1 0 1.6-7.3L4 11",
  prev: "M15 6l-7 6 7 6z",
  next: "M9 6l7 6-7 6z",
  play: "M7 5l12 7-12 7z",
  pause: "M8 5v14M16 5v14",
  fastForward: "M3 6l8 6-8 6zM13 6l8 6-8 6z",
  hourglass: "M6 3h12M6 21h12M7 3c0 6 10 6 10 9s-10 3-10 9M17 3c0 6-10 6-10 9s10 3 10 9",
} as const;

export function Glyph({ d, fill = false }: { d: string; fill?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill={fill ? "currentColor" : "none"}
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  );
}
