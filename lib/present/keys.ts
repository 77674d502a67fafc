/**
 * Presenter mode's keyboard map, shared by the lesson slides and the simulator presenter and listed in the
 * help overlay. Presentation clickers send PageDown/PageUp (some also "." or "b" for blank and F5/Escape
 * for start/stop), so those keys are here too.
 * Rules: pure; a key with Ctrl, Alt or Meta is never ours (browser shortcuts keep working); Shift is only
 * allowed where the key needs it ("?").
 */

export type PresenterAction =
  | "next"
  | "prev"
  | "first"
  | "last"
  | "playPause"
  | "fullscreen"
  | "black"
  | "white"
  | "help"
  | "notes"
  | "escape";

export type KeyLike = {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
};

const MAP: Record<string, PresenterAction> = {
  PageDown: "next",
  ArrowRight: "next",
  PageUp: "prev",
  ArrowLeft: "prev",
  Home: "first",
  End: "last",
  " ": "playPause",
  f: "fullscreen",
  F: "fullscreen",
  F5: "fullscreen",
  b: "black",
  B: "black",
  ".": "black",
  w: "white",
  W: "white",
  ",": "white",
  "?": "help",
  n: "notes",
  N: "notes",
  Escape: "escape",
};

export function presenterAction(e: KeyLike): PresenterAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const action = MAP[e.key];
  if (!action) return null;
  // Shift+letter and Shift+arrows belong to text selection and the browser; "?" needs Shift on most layouts.
  if (e.shiftKey && action !== "help") return null;
  return action;
}

/** The help overlay's table, in reading order. `where` limits a row to one kind of deck. */
export const KEY_HELP: readonly { keys: string[]; does: string; where?: "lesson" | "scenario" }[] = [
  { keys: ["PageDown", "→"], does: "Next slide", where: "lesson" },
  { keys: ["PageUp", "←"], does: "Previous slide", where: "lesson" },
  { keys: ["PageDown", "→"], does: "Next step", where: "scenario" },
  { keys: ["PageUp", "←"], does: "Previous step", where: "scenario" },
  { keys: ["Space"], does: "Play or pause", where: "scenario" },
  { keys: ["Home", "End"], does: "First or last" },
  { keys: ["F"], does: "Fullscreen on or off" },
  { keys: ["B", "."], does: "Black screen on or off" },
  { keys: ["W", ","], does: "White screen on or off" },
  { keys: ["N"], does: "Open the speaker notes window" },
  { keys: ["?"], does: "This help" },
  {
    keys: ["Esc"],
    does: "Close help, uncover the screen, or hand the keys back from a widget to the slides",
  },
];
