/**
 * Saves screenshots of pages at phone, laptop and projector sizes in light and dark themes, for a human to
 * look at (not a test). Needs a running server: `npm start` in another terminal, then
 * `node scripts/screenshots.mjs [/route ...]`. Output: screenshots/<route>-<width>-<theme>.png
 * FULL=1 takes whole pages; SELECTOR="figure" shoots only the first element matching a CSS selector.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const routes = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/", "/lessons", "/lessons/what-is-smtp"];
const sizes = [
  { w: 390, h: 844 },
  { w: 1280, h: 800 },
  { w: 1920, h: 1080 },
];
const full = process.env.FULL === "1";
mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium({ install: false }) ?? undefined,
  args: CHROMIUM_ARGS,
});
for (const route of routes) {
  for (const { w, h } of sizes) {
    for (const theme of ["light", "dark"]) {
      const ctx = await browser.newContext({
        viewport: { width: w, height: h },
        colorScheme: theme,
        reducedMotion: "reduce",
      });
      const page = await ctx.newPage();
      await page.goto(base + route, { waitUntil: "networkidle" });
      // Let hydration's effects land (a deep link's ?step=n is applied in one): the first, cold page of a
      // run was once captured at step 0. A helper for looking, not a test, so a plain settle is enough.
      await page.waitForTimeout(600);
      const name = `${route.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${w}-${theme}.png`;
      if (process.env.SELECTOR)
        await page
          .locator(process.env.SELECTOR)
          .first()
          .screenshot({ path: `screenshots/${name}` });
      else await page.screenshot({ path: `screenshots/${name}`, fullPage: full });
      await ctx.close();
      console.log(`screenshots/${name}`);
    }
  }
}
await browser.close();
