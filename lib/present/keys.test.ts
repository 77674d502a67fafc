import { describe, expect, it } from "vitest";
import { KEY_HELP, presenterAction } from "./keys";

describe("presenterAction", () => {
  it("maps clicker and keyboard keys", () => {
    expect(presenterAction({ key: "PageDown" })).toBe("next");
    expect(presenterAction({ key: "ArrowRight" })).toBe("next");
    expect(presenterAction({ key: "PageUp" })).toBe("prev");
    expect(presenterAction({ key: "ArrowLeft" })).toBe("prev");
    expect(presenterAction({ key: "Home" })).toBe("first");
    expect(presenterAction({ key: "End" })).toBe("last");
    expect(presenterAction({ key: "f" })).toBe("fullscreen");
    expect(presenterAction({ key: "b" })).toBe("black");
    expect(presenterAction({ key: "." })).toBe("black");
    expect(presenterAction({ key: "w" })).toBe("white");
    expect(presenterAction({ key: "n" })).toBe("notes");
    expect(presenterAction({ key: "Escape" })).toBe("escape");
    expect(presenterAction({ key: " " })).toBe("playPause");
  });

  it("accepts ? with Shift (it needs Shift on most layouts) and Caps Lock letters", () => {
    expect(presenterAction({ key: "?", shiftKey: true })).toBe("help");
    expect(presenterAction({ key: "?" })).toBe("help");
    expect(presenterAction({ key: "B" })).toBe("black");
  });

  it("leaves browser shortcuts and selection keys alone", () => {
    expect(presenterAction({ key: "f", ctrlKey: true })).toBeNull();
    expect(presenterAction({ key: "n", metaKey: true })).toBeNull();
    expect(presenterAction({ key: "ArrowLeft", altKey: true })).toBeNull();
    expect(presenterAction({ key: "ArrowRight", shiftKey: true })).toBeNull();
    expect(presenterAction({ key: "F", shiftKey: true })).toBeNull();
    expect(presenterAction({ key: "ArrowDown" })).toBeNull();
    expect(presenterAction({ key: "x" })).toBeNull();
  });

  it("documents every action it maps", () => {
    const documented = KEY_HELP.map((r) => r.does).join(" ");
    for (const word of ["Next", "Previous", "Fullscreen", "Black", "White", "notes", "help", "Esc"]) {
      expect(documented.toLowerCase()).toContain(word.toLowerCase().replace("esc", "uncover"));
    }
  });
});
