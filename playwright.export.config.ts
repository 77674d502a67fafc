import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Browser tests of the static export and the SCORM package (e2e/export.spec.ts, e2e/scorm.spec.ts), against
 * a plain static file server (scripts/static-server.mjs: no rewrites, no headers) serving dist/e2e/www,
 * which `node scripts/static-e2e.mjs` prepares from one static build (npm test runs both, in order).
 * Everything else (Debian's Chromium, workers, timeouts) is the main config's.
 */
const PORT = Number(process.env.STATIC_E2E_PORT ?? 3601);

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: ["export.spec.ts", "scorm.spec.ts"],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node scripts/static-server.mjs --dir dist/e2e/www --mount / --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/lms/player.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
