import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { pageRoutes } from "./routes";

const routes = pageRoutes();

test("the build has the foundation's pages", () => {
  for (const r of ["/", "/lessons", "/lessons/what-is-smtp", "/lessons/store-and-forward", "/licence"]) {
    expect(routes).toContain(r);
  }
});

for (const route of routes) {
  test.describe(`route ${route}`, () => {
    for (const scheme of ["light", "dark"] as const) {
      test(`renders its heading and has no axe violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const response = await page.goto(route);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page).toHaveTitle(/SMTP Lab/);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test("every internal link on every page leads to a page", async ({ page, request }) => {
  const seen = new Set<string>();
  for (const route of routes) {
    await page.goto(route);
    const hrefs = await page
      .locator("a[href^='/']")
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute("href") ?? ""));
    for (const href of hrefs) seen.add(href.split("#")[0] || "/");
  }
  for (const href of seen) {
    const res = await request.get(href);
    expect(res.status(), `${href} should exist`).toBe(200);
  }
});

test("pages carry a description and absolute Open Graph URLs", async ({ page }) => {
  for (const route of routes) {
    await page.goto(route);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0, `${route} description`).toBeGreaterThan(20);
    const ogUrl = await page.locator('meta[property="og:url"]').getAttribute("content");
    expect(ogUrl, `${route} og:url`).toMatch(/^http:\/\/localhost:3000(\/|$)/);
  }
});
