import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/find-chromium.mjs";

/**
 * Browser tests of the static export and the SCORM package (e2e/export.spec.ts, e2e/scorm.spec.ts), against
 * a plain static file server (scripts/static-server.mjs: no rewrites, no headers) serving dist/e2e/www,
 * which `node scripts/static-e2e.mjs` prepares from one static build (npm test runs both, in order).
 */
const PORT = Number(process.env.STATIC_E2E_PORT ?? 3601);
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? findChromium({ install: false }) ?? undefined;

export default defineConfig({
  testDir: "e2e",
  testMatch: ["export.spec.ts", "scorm.spec.ts"],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "off", screenshot: "off" },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: `node scripts/static-server.mjs --dir dist/e2e/www --mount / --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/lms/player.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
