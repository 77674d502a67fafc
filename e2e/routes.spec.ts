import type AxeBuilder from "@axe-core/playwright";
import { scenarios } from "@/content/scenarios";
import { axe } from "./axe";
import { expect, test } from "./fixtures";
import { pageRoutes } from "./routes";

const scenarioIds = new Set(scenarios.map((s) => s.id));

const routes = pageRoutes();

test("the build has the foundation's pages", () => {
  for (const r of ["/", "/lessons", "/lessons/what-is-smtp", "/lessons/store-and-forward", "/licence"]) {
    expect(routes).toContain(r);
  }
});

/**
 * axe runs on every page of every template in light and dark: every static page and lesson (their
 * content differs), and for the per-scenario pages a sample that covers every port, theme and visual
 * state (TLS tunnel, attacker, waits, resets, journeys): they share one template, and running axe on all
 * of them twice would cost minutes for no extra coverage. Every route still gets the cheap checks below.
 */
const SCENARIO_SAMPLE = new Set([
  "25-plain-delivery",
  "25-starttls-opportunistic",
  "25-greylisting",
  "587-starttls-auth",
  "587-stripping-opportunistic",
  "587-starttls-injection",
  "587-tls-first-client",
  "465-implicit-tls",
  "465-plaintext-client",
  "2525-alternate-submission",
  "delivery-direct",
  "delivery-mx-down-bounce",
]);

/**
 * Presenter mode renders the same lesson content and scenarios as the pages above in one deck template
 * and one notes template: axe runs on one deck and one notes page of each kind here (e2e/present.spec.ts
 * runs it on their open states: help dialog, blank screen, a slide's simulator, a following notes window).
 */
const PRESENT_SAMPLE = new Set([
  "/present/notes",
  "/present/lessons/port-587",
  "/present/lessons/myths-and-mistakes",
  "/present/simulator/587-stripping-opportunistic",
  "/present/notes/lessons/port-587",
  "/present/notes/simulator/587-stripping-opportunistic",
]);

function axeWorthy(route: string): boolean {
  if (route.startsWith("/present/")) return PRESENT_SAMPLE.has(route);
  const m = /^\/simulator\/([^/]+)(\/handout)?$/.exec(route);
  // Static pages under /simulator (console, compare) are always checked; only per-scenario pages are sampled.
  if (!m?.[1] || !scenarioIds.has(m[1])) return true;
  return m[2] ? m[1] === "587-stripping-opportunistic" : SCENARIO_SAMPLE.has(m[1]);
}

async function headingAndTitle(page: import("@playwright/test").Page, route: string) {
  const response = await page.goto(route);
  expect(response?.status(), `${route} status`).toBe(200);
  await expect(page.getByRole("heading", { level: 1 }), `${route} h1`).toBeVisible();
  await expect(page, `${route} title`).toHaveTitle(/SMTP Lab/);
}

function violations(results: Awaited<ReturnType<AxeBuilder["analyze"]>>): string[] {
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * The themes differ only in colour: every token is a light-dark() pair and no rule shows or hides anything
 * by theme (grep for dark: display utilities finds none). So each page is loaded once, checked with every
 * axe rule in the light theme, then switched to dark in place and checked again with axe's colour rules,
 * the only ones whose outcome a colour change can alter.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

for (const route of routes.filter(axeWorthy)) {
  test(`route ${route}: heading, title, and no axe violations in light and dark`, async ({ page }) => {
    // Two axe runs over a large page (every rule, then the colour rules): about 25 s on the big lessons and
    // 57 s on /teach in one CI run (Chromium 156, 2 cores), too close to the default 60 s.
    test.slow();
    await page.emulateMedia({ colorScheme: "light" });
    await headingAndTitle(page, route);
    expect(violations(await axe(page).analyze()), `${route} (light)`).toEqual([]);
    const bodyColour = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bodyColour();
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(bodyColour, `${route} switches to the dark theme`).not.toBe(light);
    expect(violations(await axe(page).withRules(COLOUR_RULES).analyze()), `${route} (dark)`).toEqual([]);
  });
}

// The other pages share a template with a sampled one: a quick look at each, several per browser page.
const rest = routes.filter((r) => !axeWorthy(r));
for (let i = 0; i < rest.length; i += 8) {
  const batch = rest.slice(i, i + 8);
  test(`routes ${batch[0]} … ${batch.at(-1)} render their heading and title`, async ({ page }) => {
    for (const route of batch) await headingAndTitle(page, route);
  });
}

/**
 * Nothing on a 360 px phone is wider than the screen: one overflowing heading or grid column makes the
 * whole page scroll sideways (seen on /codes, a long URL in a reply's text, and on /lab, a grid column
 * that grew to its table's minimum width). Every template, through the axe sample.
 */
const phoneRoutes = routes.filter(axeWorthy);
for (let i = 0; i < phoneRoutes.length; i += 8) {
  const batch = phoneRoutes.slice(i, i + 8);
  test(`routes ${batch[0]} … ${batch.at(-1)} fit a 360 px phone without scrolling sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const route of batch) {
      await headingAndTitle(page, route);
      const widest = await page.evaluate(() => {
        const doc = document.documentElement;
        return { scroll: doc.scrollWidth, view: doc.clientWidth };
      });
      expect(
        widest.scroll,
        `${route} is ${widest.scroll} px wide in a ${widest.view} px window`,
      ).toBeLessThanOrEqual(widest.view);
    }
  });
}

test("the axe sample covers every scenario page that exists in the sample list", () => {
  for (const id of SCENARIO_SAMPLE) expect(routes).toContain(`/simulator/${id}`);
  for (const route of PRESENT_SAMPLE) expect(routes).toContain(route);
});

// Both checks read the served HTML directly (no rendering), so they stay fast as routes grow.
async function htmlOf(request: import("@playwright/test").APIRequestContext, route: string): Promise<string> {
  const res = await request.get(route);
  expect(res.status(), `${route} should be served`).toBe(200);
  return res.text();
}

test("every internal link on every page leads to a page", async ({ request }) => {
  const seen = new Set<string>();
  for (const route of routes) {
    const html = await htmlOf(request, route);
    for (const m of html.matchAll(/<a\b[^>]*\shref="(\/[^"]*)"/g)) {
      const href = (m[1] ?? "/").replace(/&amp;/g, "&");
      seen.add(href.split("#")[0] || "/");
    }
  }
  expect(seen.size).toBeGreaterThan(routes.length / 2);
  for (const href of seen) {
    const res = await request.get(href);
    expect(res.status(), `${href} should exist`).toBe(200);
  }
});

test("pages carry a description and absolute Open Graph URLs", async ({ request }) => {
  for (const route of routes) {
    const html = await htmlOf(request, route);
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(description.length, `${route} description`).toBeGreaterThan(20);
    const ogUrl = /<meta property="og:url" content="([^"]*)"/.exec(html)?.[1];
    expect(ogUrl, `${route} og:url`).toMatch(/^http:\/\/localhost:3000(\/|$)/);
  }
});
