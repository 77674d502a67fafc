import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/find-chromium.mjs";

/**
 * Browser tests run against the production server (scripts/serve.mjs: Next's handler with the security
 * headers, as `npm start` serves it) in Debian's Chromium.
 * `npm test` builds first and passes the Chromium path; running `npx playwright test` directly finds it too.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
// Where e2e/lab.spec.ts starts the live lab's API: a random high port fixed for this run (workers inherit it).
process.env.LAB_API_URL ??= `http://127.0.0.1:${20000 + Math.floor(Math.random() * 20000)}`;
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? findChromium({ install: false, headless: true }) ?? undefined;

export default defineConfig({
  testDir: "e2e",
  // The static export and SCORM tests run against their own build and server (playwright.export.config.ts).
  testIgnore: ["**/export.spec.ts", "**/scorm.spec.ts"],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "off",
    screenshot: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: "node scripts/serve.mjs",
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      PORT: String(PORT),
      LAB_API_URL: process.env.LAB_API_URL,
    },
  },
});
