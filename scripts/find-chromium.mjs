/**
 * Finds a Chromium for Playwright, because `npx playwright install` cannot download browsers here.
 * Order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's /usr/bin/chromium, Playwright's own downloaded browser;
 * as root on Debian/Ubuntu with apt-get, installs the `chromium` package; otherwise explains what to do.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

function playwrightOwnBrowser() {
  try {
    const { chromium } = require("playwright-core");
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function fromEnvOrDisk() {
  const env = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (env) {
    if (existsSync(env)) return env;
    console.warn(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${env} does not exist; looking elsewhere.`);
  }
  for (const p of SYSTEM_PATHS) if (existsSync(p)) return p;
  return playwrightOwnBrowser();
}

function canAptInstall() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && existsSync("/etc/debian_version") && spawnSync("which", ["apt-get"]).status === 0;
}

export const HOW_TO_GET_CHROMIUM = [
  "No Chromium was found for the browser tests.",
  "On Debian or Ubuntu: `sudo apt-get install -y chromium` (the tests use /usr/bin/chromium).",
  "On macOS or Windows: install Google Chrome or Chromium and set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its binary",
  '(e.g. "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"), or, where downloads work,',
  "run `npx playwright install chromium` once. Then run `npm test` again.",
].join("\n");

/** Returns the path of a Chromium binary, installing Debian's package when allowed; null if none. */
export function findChromium({ install = true } = {}) {
  const found = fromEnvOrDisk();
  if (found) return found;
  if (install && canAptInstall()) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get) ...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    return fromEnvOrDisk();
  }
  return null;
}

// Flags that keep Chromium quiet on a machine with no internet (STACK.md gotcha 8).
export const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-default-apps",
  "--disable-quic",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const p = findChromium();
  if (!p) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log(p);
}
