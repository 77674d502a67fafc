import type { Page } from "@playwright/test";
import { curriculum } from "@/content/lessons/curriculum";
import { HINT, MIN_BYTES } from "../scripts/compile-hints.mjs";
import { axe } from "./axe";
import { expect, test } from "./fixtures";
import { markDocument, sameDocument } from "./same-document";

/** The paths the page fetches as RSC payloads: Next's client-side navigations and prefetches. */
function rscFetches(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.searchParams.has("_rsc")) paths.push(url.pathname);
  });
  return paths;
}

test.describe("keyboard", () => {
  test("skip link comes first and moves focus to the main content", async ({ page }) => {
    await page.goto("/lessons");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator("main")).toBeFocused();
  });

  test("Tab reaches every header link and control with a visible focus indicator", async ({ page }) => {
    await page.goto("/");
    const header = page.locator("header").first();
    const targets = await header.locator("a, button").count();
    expect(targets).toBeGreaterThan(2);
    const reached = new Set<string>();
    for (let i = 0; i < targets + 2; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest("header")) return null;
        const style = getComputedStyle(el);
        return {
          name: el.getAttribute("aria-label") ?? el.textContent?.trim() ?? "",
          outline: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (info) {
        expect(info.outline, `focus on "${info.name}" must be visible`).toBe(true);
        reached.add(info.name);
      }
    }
    expect(reached.size).toBe(targets);
  });
});

test.describe("theme", () => {
  test("follows the OS when nothing is chosen", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(11, 17, 32)");
  });

  test("the toggle's choice survives a reload, with no flash of the other theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/lessons");
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    // Record the theme at the very first paint opportunity of the reloaded document.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { __firstTheme: string | null }).__firstTheme =
          document.documentElement.getAttribute("data-theme");
      });
    });
    await page.reload();
    expect(
      await page.evaluate(() => (window as unknown as { __firstTheme: string | null }).__firstTheme),
    ).toBe("dark");
    await expect(page.getByRole("button", { name: "Switch to light theme" })).toBeVisible();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(11, 17, 32)");
  });

  test("still switches when localStorage is blocked", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("blocked", "SecurityError");
        },
      });
    });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });
});

test.describe("not found", () => {
  test.use({ allowedConsole: [/status of 404/] });

  test("an unknown lesson gives the helpful 404 page", async ({ page }) => {
    const response = await page.goto("/lessons/no-such-lesson");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "All lessons" })).toBeVisible();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    }
  });

  test("an unknown address gives the same page", async ({ page }) => {
    const response = await page.goto("/definitely/not/here?x=<script>");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});

test.describe("lessons", () => {
  test("a lesson has a table of contents whose links land on headings, and a next link", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/lessons/what-is-smtp");
    const toc = page.getByRole("navigation", { name: "On this page" }).last();
    const links = toc.getByRole("link");
    const n = await links.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) {
      const href = await links.nth(i).getAttribute("href");
      expect(href).toMatch(/^#/);
      await expect(page.locator(`[id="${href?.slice(1)}"]`)).toHaveCount(1);
    }
    // The next lesson is whatever follows in the curriculum.
    const order = curriculum.flatMap((section) => section.lessons);
    await expect(page.getByRole("link", { name: /Next lesson/ })).toHaveAttribute(
      "href",
      `/lessons/${order[order.indexOf("what-is-smtp") + 1]}`,
    );
  });

  test("a heading's anchor link is set in the heading's own type, not the link weight of prose", async ({
    page,
  }) => {
    await page.goto("/lessons/port-587");
    const headings = page.locator(".prose :is(h2, h3):has(> a)");
    expect(await headings.count()).toBeGreaterThan(3);
    const fonts = await headings.evaluateAll((hs) =>
      hs.map((h) => {
        const a = h.querySelector(":scope > a") as Element;
        const [hs_, as_] = [getComputedStyle(h), getComputedStyle(a)];
        return { h: `${hs_.fontWeight} ${hs_.fontSize}`, a: `${as_.fontWeight} ${as_.fontSize}` };
      }),
    );
    for (const f of fonts) expect(f.a).toBe(f.h);
    // And headings are bolder than body text.
    expect(Number(fonts[0]?.a.split(" ")[0])).toBeGreaterThanOrEqual(600);
  });

  for (const motion of ["no-preference", "reduce"] as const) {
    test(`a deep dive's chevron turns ${motion === "reduce" ? "at once with reduced motion" : "with a transition"}`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto("/lessons/what-is-smtp");
      const dive = page.locator("details").filter({ hasText: "Deep dive:" }).first();
      // Opened and inspected in one synchronous step: a summary's click sets `open` at once, and
      // getAnimations() flushes style, so the transition it starts is listed however slow the machine is
      // (it lasts 150 ms).
      const running = await dive.locator("summary").evaluate((summary) => {
        (summary as HTMLElement).click();
        return document.getAnimations().map((a) => a.constructor.name);
      });
      await expect(dive).toHaveAttribute("open", "");
      if (motion === "reduce") expect(running).toEqual([]);
      else expect(running).toContain("CSSTransition");
      // Either way it ends turned a quarter (Tailwind 4 writes rotate-90 as the `rotate` property).
      await expect
        .poll(() =>
          dive
            .locator("summary > span")
            .first()
            .evaluate((el) => getComputedStyle(el).rotate),
        )
        .toBe("90deg");
    });
  }

  test("the home page starts the first lesson", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Start the first lesson/ }).click();
    await expect(page).toHaveURL(/\/lessons\/what-is-smtp$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What SMTP is");
  });
});

test.describe("loading", () => {
  test("the site icon is linked as SVG and also served as /favicon.ico, where browsers look without a link", async ({
    page,
  }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toMatch(/^\/icon\.svg/);
    const ico = await page.request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    const body = await ico.body();
    // An ICO header: reserved 0, type 1 (icon), at least one image.
    expect([body.readUInt16LE(0), body.readUInt16LE(2), body.readUInt16LE(4) > 0]).toEqual([0, 1, true]);
  });

  test("links prefetch their page when pointed at or focused, not when merely in view", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const prefetched = rscFetches(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link").count()).toBeGreaterThan(2);
    expect(prefetched, "no route is fetched just because its link is on screen").toEqual([]);

    await nav.getByRole("link", { name: "Simulator" }).hover();
    await expect.poll(() => prefetched).toContain("/simulator");
    await nav.getByRole("link", { name: "Lessons" }).focus();
    await expect.poll(() => prefetched).toContain("/lessons");
    expect(prefetched.filter((p) => p !== "/simulator" && p !== "/lessons")).toEqual([]);

    // A prefetched route still opens as a client-side navigation: the window (and this mark) survives.
    await markDocument(page);
    await nav.getByRole("link", { name: "Simulator" }).click();
    await expect(page).toHaveURL(/\/simulator$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/simulator/i);
    expect(await sameDocument(page)).toBe(true);
  });

  test("a lesson's links: a glossary term opens client-side, a prefetch={false} link is never prefetched", async ({
    page,
  }) => {
    const fetched = rscFetches(page);
    await page.goto("/lessons/port-25");
    await page.waitForLoadState("networkidle");
    await page.getByRole("link", { name: "Present this lesson" }).hover();
    await page.getByRole("link", { name: "Present this lesson" }).focus();
    await page.waitForTimeout(500);
    expect(fetched.filter((p) => p.startsWith("/present"))).toEqual([]);

    await markDocument(page);
    const term = page.locator('main a[href^="/glossary#"]').first();
    const href = (await term.getAttribute("href")) ?? "";
    await term.click();
    await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === href);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
    expect(await sameDocument(page)).toBe(true);
    expect(fetched).toContain("/glossary");
  });

  test("the big scripts a page runs at load carry V8's eager-compile hint, the small ones do not", async ({
    page,
  }) => {
    await page.goto("/lessons/what-is-smtp");
    const srcs = await page
      .locator("script[src]:not([nomodule])")
      .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
    const scripts = await Promise.all(
      srcs.map(async (src) => {
        const body = await (await page.request.get(src)).text();
        const hinted = body.startsWith(HINT);
        return { src, hinted, bytes: Buffer.byteLength(body) - (hinted ? HINT.length : 0) };
      }),
    );
    expect(
      scripts.filter((s) => s.bytes >= MIN_BYTES).length,
      "React DOM and the router runtime are over 30 KB",
    ).toBeGreaterThanOrEqual(2);
    for (const s of scripts) expect(s.hinted, `${s.src} (${s.bytes} bytes)`).toBe(s.bytes >= MIN_BYTES);
  });
});
