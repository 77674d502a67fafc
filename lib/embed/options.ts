/**
 * Embed options, read from an embed URL's query string (in the browser: the embed pages are static) and
 * written back into the snippets the "Embed this" dialog builds.
 * Rules: pure. Parsing accepts any input and never throws: a bad value falls back to its default and adds
 * a short note the embed shows. Unknown parameters are ignored (hosts add their own); `step` and `ids` and
 * `port` belong to the widgets themselves.
 *
 *   theme=light|dark|auto      default auto (follow the reader's system)
 *   from=<n>&to=<n>           players only: the steps the embed is limited to (0..count)
 *   step=<n>                  players only: the opening step (inside the range; default `from`)
 *   autoplay=1                players only: start playing on load (never with reduced motion)
 *   hide=a,b                  panes to hide; which ones depends on the widget
 *   origin=<origin>[,<origin>] hosts allowed to command the embed (see messages.ts)
 */
import { type EmbedTheme, parseOrigins, THEMES } from "./messages";

export type EmbedOptions = {
  theme: EmbedTheme;
  /** Players only: the range of steps, both ends included; null elsewhere. */
  range: { from: number; to: number } | null;
  /** Players only: the step to open at. */
  start: number;
  autoplay: boolean;
  hide: string[];
  origins: string[];
};

export type OptionSpec = {
  /** The panes this widget can hide, in display order. */
  panes: readonly string[];
  /** The step count of a player; undefined for widgets without steps. */
  stepCount?: number;
};

const INT = /^\s*-?\d{1,9}\s*$/;

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function readInt(raw: string | null, name: string, max: number, notes: string[]): number | null {
  if (raw === null || raw.trim() === "") return null;
  if (!INT.test(raw)) {
    notes.push(`${name}=“${clip(raw)}” is not a step number: ignored.`);
    return null;
  }
  const n = Number(raw);
  if (n < 0 || n > max) {
    const to = Math.min(Math.max(n, 0), max);
    notes.push(`${name}=${n} is outside 0–${max}: using ${to}.`);
    return to;
  }
  return n;
}

export function parseEmbedOptions(
  params: URLSearchParams,
  spec: OptionSpec,
): { options: EmbedOptions; notes: string[] } {
  const notes: string[] = [];

  const rawTheme = params.get("theme");
  let theme: EmbedTheme = "auto";
  if (rawTheme !== null) {
    if ((THEMES as readonly string[]).includes(rawTheme)) theme = rawTheme as EmbedTheme;
    else notes.push(`theme=“${clip(rawTheme)}” is not light, dark or auto: following your system.`);
  }

  let range: EmbedOptions["range"] = null;
  let start = 0;
  let autoplay = false;
  const count = spec.stepCount;
  if (count !== undefined) {
    const from = readInt(params.get("from"), "from", count, notes) ?? 0;
    const to = readInt(params.get("to"), "to", count, notes) ?? count;
    if (from > to) {
      notes.push(`from=${from} is after to=${to}: showing every step.`);
      range = { from: 0, to: count };
    } else range = { from, to };
    const step = readInt(params.get("step"), "step", count, notes);
    start = step === null ? range.from : Math.min(Math.max(step, range.from), range.to);
    if (step !== null && start !== step)
      notes.push(`step=${step} is outside steps ${range.from}–${range.to}.`);
    const rawAuto = params.get("autoplay");
    if (rawAuto !== null) {
      if (rawAuto === "1" || rawAuto === "true") autoplay = true;
      else if (rawAuto !== "0" && rawAuto !== "false")
        notes.push(`autoplay=“${clip(rawAuto)}” is not 1 or 0: not playing by itself.`);
    }
  } else {
    for (const name of ["from", "to", "autoplay"])
      if (params.has(name)) notes.push(`${name}= does nothing in this embed: ignored.`);
  }

  const hide: string[] = [];
  const rawHide = params.get("hide");
  if (rawHide !== null) {
    for (const name of rawHide
      .slice(0, 400)
      .split(/[\s,]+/)
      .filter(Boolean)) {
      if (spec.panes.includes(name)) {
        if (!hide.includes(name)) hide.push(name);
      } else
        notes.push(
          spec.panes.length > 0
            ? `hide=“${clip(name)}” is not one of ${spec.panes.join(", ")}: ignored.`
            : `hide=“${clip(name)}”: this embed has no panes to hide.`,
        );
    }
  }

  const { origins, notes: originNotes } = parseOrigins(params.get("origin"));
  notes.push(...originNotes);

  return { options: { theme, range, start, autoplay, hide, origins }, notes };
}

/**
 * The query string for an embed URL (with "?", or "" when every option is its default). Parameters come
 * in a fixed order so the same choices always give the same snippet.
 */
export function embedQuery(o: Partial<EmbedOptions>, spec: OptionSpec): string {
  const q = new URLSearchParams();
  if (o.theme && o.theme !== "auto") q.set("theme", o.theme);
  const count = spec.stepCount;
  if (count !== undefined && o.range) {
    if (o.range.from > 0) q.set("from", String(o.range.from));
    if (o.range.to < count) q.set("to", String(o.range.to));
  }
  if (count !== undefined && o.autoplay) q.set("autoplay", "1");
  const hide = spec.panes.filter((p) => o.hide?.includes(p));
  if (hide.length > 0) q.set("hide", hide.join(","));
  if (o.origins && o.origins.length > 0) q.set("origin", o.origins.join(","));
  // ",", ":" and "/" are allowed in a query (RFC 3986 §3.4); unescaped, the snippet stays readable.
  const s = q.toString().replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
  return s ? `?${s}` : "";
}
