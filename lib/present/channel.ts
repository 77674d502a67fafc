/**
 * Presenter mode's BroadcastChannel protocol: the presenter window (projector) and the speaker-notes window
 * (laptop) of one browser talk over the channel "smtp-lab-presenter".
 * Rules: messages carry positions and commands only, never content (each window renders its own content
 * from the build); `parsePresenterMessage` accepts anything and returns a fresh, valid message or null — it
 * never throws and never passes unknown fields through; a deck is a lesson slug or a scenario id in the
 * site's kebab-case id shape, so a message can never name a path outside presenter mode.
 */

export const PRESENTER_CHANNEL = "smtp-lab-presenter";
export const PRESENTER_PROTOCOL = 1;

/** Which presentation a message is about. */
export type DeckRef = { kind: "lesson"; slug: string } | { kind: "scenario"; id: string };

/** Cover over the projected picture: none, black (B) or white (W). */
export type Blank = "none" | "black" | "white";

export type NavAction = "next" | "prev" | "first" | "last";

export type PresenterMessage =
  /** The presenter's position: a slide index (lessons, 0-based, < count) or a step (scenarios, 0..count). */
  | { v: 1; type: "position"; deck: DeckRef; index: number; count: number; blank: Blank }
  /** A notes window (or anything else) asks the presenter to move. */
  | { v: 1; type: "command"; deck: DeckRef; action: NavAction }
  | { v: 1; type: "command"; deck: DeckRef; action: "goTo"; index: number }
  /** A notes window has opened (or reloaded) and asks every presenter for its position. */
  | { v: 1; type: "hello" }
  /** A presenter window is closing or leaving presenter mode. */
  | { v: 1; type: "bye"; deck: DeckRef };

/** The longest deck: far above any lesson's slides or scenario's steps, low enough to reject junk. */
export const MAX_COUNT = 10_000;

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const NAV_ACTIONS: readonly string[] = ["next", "prev", "first", "last"];
const BLANKS: readonly string[] = ["none", "black", "white"];

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

const isCount = (x: unknown): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) <= MAX_COUNT;

export function parseDeckRef(x: unknown): DeckRef | null {
  if (!isObject(x)) return null;
  if (x.kind === "lesson" && typeof x.slug === "string" && ID.test(x.slug))
    return { kind: "lesson", slug: x.slug };
  if (x.kind === "scenario" && typeof x.id === "string" && ID.test(x.id))
    return { kind: "scenario", id: x.id };
  return null;
}

/** A slide index is below the slide count; a step may equal the step count (the last step). */
export function indexFits(deck: DeckRef, index: number, count: number): boolean {
  return deck.kind === "lesson" ? index < count : index <= count;
}

export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  try {
    return parse(data);
  } catch {
    // Structured clone only carries plain data, but a same-page caller could pass anything.
    return null;
  }
}

function parse(data: unknown): PresenterMessage | null {
  if (!isObject(data) || data.v !== PRESENTER_PROTOCOL || typeof data.type !== "string") return null;
  if (data.type === "hello") return { v: 1, type: "hello" };
  const deck = parseDeckRef(data.deck);
  if (!deck) return null;
  switch (data.type) {
    case "bye":
      return { v: 1, type: "bye", deck };
    case "position": {
      const { index, count } = data;
      const blank = data.blank === undefined ? "none" : data.blank;
      if (!isCount(index) || !isCount(count) || !indexFits(deck, index, count)) return null;
      if (typeof blank !== "string" || !BLANKS.includes(blank)) return null;
      return { v: 1, type: "position", deck, index, count, blank: blank as Blank };
    }
    case "command": {
      const { action } = data;
      if (action === "goTo")
        return isCount(data.index) ? { v: 1, type: "command", deck, action, index: data.index } : null;
      if (typeof action === "string" && NAV_ACTIONS.includes(action))
        return { v: 1, type: "command", deck, action: action as NavAction };
      return null;
    }
    default:
      return null;
  }
}

export function sameDeck(a: DeckRef | null | undefined, b: DeckRef | null | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind === "lesson" ? a.slug === (b as typeof a).slug : a.id === (b as typeof a).id;
}

/** The presenter page of a deck (site-relative; callers add the base path through next/link or the router). */
export function presenterPath(deck: DeckRef): string {
  return deck.kind === "lesson" ? `/present/lessons/${deck.slug}` : `/present/simulator/${deck.id}`;
}

/** The speaker-notes page of a deck. */
export function notesPath(deck: DeckRef): string {
  return deck.kind === "lesson"
    ? `/present/notes/lessons/${deck.slug}`
    : `/present/notes/simulator/${deck.id}`;
}

/** Where a command moves a deck: slides clamp to 0..count-1, steps to 0..count. */
export function applyNav(
  deck: DeckRef,
  index: number,
  count: number,
  action: NavAction | "goTo",
  to = 0,
): number {
  const last = deck.kind === "lesson" ? Math.max(0, count - 1) : count;
  const target =
    action === "next"
      ? index + 1
      : action === "prev"
        ? index - 1
        : action === "first"
          ? 0
          : action === "last"
            ? last
            : to;
  return Math.min(Math.max(0, Math.trunc(target)), last);
}
