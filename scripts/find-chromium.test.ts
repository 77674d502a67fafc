import { describe, expect, it, vi } from "vitest";
import { pickChromium } from "./find-chromium.mjs";

const SHELL = "/usr/bin/chromium-headless-shell";
const FULL = "/usr/bin/chromium";
const on =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe("pickChromium (the order find-chromium searches in)", () => {
  it("takes an existing PLAYWRIGHT_CHROMIUM_EXECUTABLE before anything on disk", () => {
    expect(
      pickChromium({ envPath: "/opt/chrome", headless: true, exists: on("/opt/chrome", SHELL, FULL) }),
    ).toBe("/opt/chrome");
  });

  it("warns about a variable that points nowhere and goes on looking", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(pickChromium({ envPath: "/nope", headless: true, exists: on(SHELL, FULL) })).toBe(SHELL);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("/nope"));
    warn.mockRestore();
  });

  it("prefers Debian's headless shell for the browser tests, the full browser otherwise", () => {
    expect(pickChromium({ headless: true, exists: on(SHELL, FULL) })).toBe(SHELL);
    expect(pickChromium({ headless: false, exists: on(SHELL, FULL) })).toBe(FULL);
  });

  it("falls back to /usr/bin/chromium without the headless shell, then to Playwright's own browser", () => {
    expect(pickChromium({ headless: true, exists: on(FULL) })).toBe(FULL);
    expect(pickChromium({ headless: true, exists: on(), fallback: () => "/pw/chrome" })).toBe("/pw/chrome");
    expect(pickChromium({ headless: false, exists: on(SHELL) })).toBeNull();
  });
});
