/**
 * Shared guards for every browser test: no console error or warning, no uncaught page error, and no request
 * leaving the local origin. A test may allow specific console messages it provokes on purpose.
 */
import { test as base, expect } from "@playwright/test";

type Fixtures = { allowedConsole: RegExp[]; problems: string[] };

export const test = base.extend<Fixtures>({
  allowedConsole: [[], { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies
  problems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, baseURL, allowedConsole, problems }, use) => {
    const origin = new URL(baseURL ?? "http://localhost").origin;
    page.on("console", (m) => {
      if (m.type() !== "error" && m.type() !== "warning") return;
      const text = m.text();
      if (allowedConsole.some((re) => re.test(text))) return;
      problems.push(`console.${m.type()}: ${text}`);
    });
    page.on("pageerror", (e) => problems.push(`uncaught error: ${e.message}`));
    page.on("request", (r) => {
      const url = r.url();
      if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return;
      problems.push(`request left the site: ${url}`);
    });
    await use(page);
    expect(problems, "console errors/warnings, page errors, or requests to other origins").toEqual([]);
  },
});

export { expect };
