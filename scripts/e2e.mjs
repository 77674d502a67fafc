/** `npm run test:e2e`: build if needed, then the Playwright suite only (arguments pass through). */
import { spawnSync } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { findChromium, HOW_TO_GET_CHROMIUM } from "./find-chromium.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const chromium = findChromium({ headless: true });
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
buildIfNeeded();
const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium },
});
process.exit(r.status ?? 1);
