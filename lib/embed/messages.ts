/**
 * The embed's host message API (window.postMessage between an embed page and the page that frames it).
 * Rules: pure, no DOM. Everything that arrives is hostile until proven otherwise: `parseHostMessage`
 * accepts exactly the documented shapes (right `source`, `version` 1, a known `type`, exactly the keys
 * that type takes, every value of the right type and range) and returns a fresh object built from
 * checked values, or null. It never throws, never copies keys from the input, and reads no more than a
 * handful of keys of an object however large. Origins are compared as exact strings.
 * The API is documented in README.md ("Embedding"); keep both in step.
 */

export const EMBED_SOURCE = "smtp-lab";
export const HOST_SOURCE = "smtp-lab-host";
export const API_VERSION = 1;

/** Upper bound for any step number, whatever the scenario (the player clamps to its own count). */
export const MAX_STEP = 10_000;
/** A scenario id as the registry spells them: kebab-case, short. */
const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;

export const THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof THEMES)[number];

export type HostCommand =
  | { type: "play" }
  | { type: "pause" }
  | { type: "goToStep"; step: number }
  | { type: "setScenario"; scenario: string }
  | { type: "setTheme"; theme: EmbedTheme };
export type HostCommandType = HostCommand["type"];

/** The keys each command type takes besides source, version and type. */
const PAYLOAD: Record<HostCommandType, readonly string[]> = {
  play: [],
  pause: [],
  goToStep: ["step"],
  setScenario: ["scenario"],
  setTheme: ["theme"],
};
export const HOST_COMMANDS = Object.keys(PAYLOAD) as HostCommandType[];

export type ParseContext = {
  /** The last valid step (the scenario's step count); goToStep outside 0..maxStep is refused. */
  maxStep?: number;
  /** Whether an id names a scenario the site knows. */
  isScenario?: (id: string) => boolean;
};

function own(o: object, k: string): boolean {
  return Object.hasOwn(o, k);
}

/** Own enumerable keys, but stops counting past `limit` (a huge object costs no more than a small one). */
function keysUpTo(o: object, limit: number): string[] | null {
  const keys: string[] = [];
  for (const k in o) {
    if (!own(o, k)) continue;
    keys.push(k);
    if (keys.length > limit) return null;
  }
  return keys;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function isTheme(v: unknown): v is EmbedTheme {
  return typeof v === "string" && (THEMES as readonly string[]).includes(v);
}

function isCommandType(v: unknown): v is HostCommandType {
  return typeof v === "string" && own(PAYLOAD, v);
}

/**
 * A host's command, validated; null for anything else. `ctx` narrows step numbers and scenario ids to
 * what this embed can show.
 */
export function parseHostMessage(data: unknown, ctx: ParseContext = {}): HostCommand | null {
  try {
    if (!isPlainObject(data)) return null;
    const keys = keysUpTo(data, 4);
    if (keys === null) return null;
    if (data.source !== HOST_SOURCE || data.version !== API_VERSION) return null;
    const type = data.type;
    if (!isCommandType(type)) return null;
    const expected = ["source", "version", "type", ...PAYLOAD[type]];
    if (keys.length !== expected.length || !keys.every((k) => expected.includes(k))) return null;
    switch (type) {
      case "play":
      case "pause":
        return { type };
      case "goToStep": {
        const step = data.step;
        const max = Math.min(ctx.maxStep ?? MAX_STEP, MAX_STEP);
        if (typeof step !== "number" || !Number.isSafeInteger(step) || step < 0 || step > max) return null;
        return { type, step };
      }
      case "setScenario": {
        const id = data.scenario;
        if (typeof id !== "string" || id.length > MAX_ID_LENGTH || !SCENARIO_ID.test(id)) return null;
        if (ctx.isScenario && !ctx.isScenario(id)) return null;
        return { type, scenario: id };
      }
      case "setTheme": {
        const theme = data.theme;
        return isTheme(theme) ? { type, theme } : null;
      }
    }
  } catch {
    // A getter or proxy that throws: not a message we sent for.
    return null;
  }
}

/** What an embed announces. `widget` tells a host which kind of embed is talking. */
export type EmbedWidgetKind = "simulator" | "journey" | "compare" | "console" | "port-chooser" | "quiz";
export type PlayerState = "idle" | "playing" | "paused" | "ended";

export type EmbedAnnouncement =
  | {
      type: "ready";
      widget: EmbedWidgetKind;
      /** Scenario id, quiz id, or the widget's name. */
      id: string;
      height: number;
      /** The commands this embed honours (others are ignored). */
      accepts: HostCommandType[];
    }
  | { type: "resize"; height: number }
  | { type: "step"; scenario: string; step: number; count: number; state: PlayerState }
  | { type: "completed"; scenario: string; step: number; count: number }
  | { type: "quizAnswered"; quizId: string; questionId: string; correct: boolean }
  | { type: "quizCompleted"; quizId: string; correct: number; total: number; passed: boolean }
  | { type: "quizPassed"; quizId: string; correct: number; total: number };

export type EmbedMessage = EmbedAnnouncement & { source: typeof EMBED_SOURCE; version: typeof API_VERSION };

/**
 * Announcements that describe the learner (their quiz answers and score) go only to a host the embed URL
 * names in `origin=`; the rest describe a public animation and may be posted to any parent ("*").
 */
export const PRIVATE_ANNOUNCEMENTS: ReadonlySet<EmbedAnnouncement["type"]> = new Set([
  "quizAnswered",
  "quizCompleted",
  "quizPassed",
]);

export function embedMessage(a: EmbedAnnouncement): EmbedMessage {
  return { source: EMBED_SOURCE, version: API_VERSION, ...a };
}

/** At most this many origins in `origin=`. */
export const MAX_ORIGINS = 5;

/**
 * `origin=` from an embed URL: origins (scheme://host[:port]) separated by commas or spaces. Each must be an
 * exact http(s) origin, with nothing after the host but an optional "/"; wildcards, "null", paths and
 * credentials are refused with a note. Returns normalised origins (lower-case host, default port dropped).
 */
export function parseOrigins(raw: string | null | undefined): { origins: string[]; notes: string[] } {
  const origins: string[] = [];
  const notes: string[] = [];
  if (raw === null || raw === undefined || raw.trim() === "") return { origins, notes };
  const parts = raw
    .slice(0, 2000)
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const part of parts) {
    const shown = part.length > 60 ? `${part.slice(0, 60)}…` : part;
    const origin = originOf(part);
    if (origin === null) {
      notes.push(`“${shown}” is not a web origin (like https://lms.example.edu): ignored.`);
      continue;
    }
    if (origins.includes(origin)) continue;
    if (origins.length >= MAX_ORIGINS) {
      notes.push(`Only ${MAX_ORIGINS} origins are allowed: “${shown}” and later ones are ignored.`);
      break;
    }
    origins.push(origin);
  }
  return { origins, notes };
}

function originOf(text: string): string | null {
  if (!/^https?:\/\/[^/?#@\s*]+\/?$/i.test(text)) return null;
  try {
    const url = new URL(text);
    if (url.username || url.password) return null;
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Where announcements may go. With allowed origins: the parent's origin when it is one of them (or the only
 * one, when the parent's origin cannot be known), else nowhere. Without: "*" for public announcements.
 */
export function announcementTarget(
  type: EmbedAnnouncement["type"],
  allowed: readonly string[],
  parentOrigin: string | null,
): string | null {
  if (allowed.length === 0) return PRIVATE_ANNOUNCEMENTS.has(type) ? null : "*";
  if (parentOrigin !== null) return allowed.includes(parentOrigin) ? parentOrigin : null;
  return allowed.length === 1 ? (allowed[0] ?? null) : null;
}

/** A message may command this embed only from an origin that `origin=` names, exactly. */
export function isAllowedOrigin(origin: unknown, allowed: readonly string[]): boolean {
  return typeof origin === "string" && allowed.includes(origin);
}
