/**
 * Finds a Chromium for Playwright, because `npx playwright install` cannot download browsers here.
 * Order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE; for headless use (the browser tests), Debian's
 * /usr/bin/chromium-headless-shell; Debian's /usr/bin/chromium; Playwright's own downloaded browser.
 * As root on Debian/Ubuntu with apt-get, installs what is missing of the `chromium` and
 * `chromium-headless-shell` packages; otherwise explains what to do.
 *
 * Why the headless shell: it is the same Chromium (same version, same Blink and V8, from the same Debian
 * source package) built without the desktop browser around it, and what Playwright itself runs for
 * headless tests. Measured on this 2-core machine, e2e/simulator.spec.ts took 135 s in /usr/bin/chromium
 * (new headless mode, which runs the whole browser) and 71 s in the headless shell, with the same results.
 * The full browser is still installed: Lighthouse (`npm run bench`) and the screenshot script use it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const SYSTEM_PATHS = [DEBIAN_CHROMIUM, "/usr/bin/chromium-browser", "/snap/bin/chromium"];
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

function playwrightOwnBrowser() {
  try {
    const { chromium } = require("playwright-core");
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

/**
 * The search order, apart from the file system (so it can be tested): the variable's path if it exists,
 * then for headless use Debian's headless shell, then the system paths, then `fallback()`.
 */
export function pickChromium({ envPath, headless, exists, fallback = () => null }) {
  if (envPath) {
    if (exists(envPath)) return envPath;
    console.warn(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${envPath} does not exist; looking elsewhere.`);
  }
  if (headless && exists(HEADLESS_SHELL)) return HEADLESS_SHELL;
  for (const p of SYSTEM_PATHS) if (exists(p)) return p;
  return fallback();
}

function fromEnvOrDisk(headless) {
  return pickChromium({
    envPath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
    headless,
    exists: existsSync,
    fallback: playwrightOwnBrowser,
  });
}

/** Debian packages this machine lacks: `chromium`, and `chromium-headless-shell` for headless use. */
function missingPackages(headless) {
  const missing = [];
  if (!existsSync(DEBIAN_CHROMIUM)) missing.push("chromium");
  if (headless && !existsSync(HEADLESS_SHELL)) missing.push("chromium-headless-shell");
  return missing;
}

function canAptInstall() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && existsSync("/etc/debian_version") && spawnSync("which", ["apt-get"]).status === 0;
}

export const HOW_TO_GET_CHROMIUM = [
  "No Chromium was found for the browser tests.",
  "On Debian or Ubuntu: `sudo apt-get install -y chromium chromium-headless-shell` (the tests use",
  "/usr/bin/chromium-headless-shell, or /usr/bin/chromium where the headless shell is not packaged).",
  "On macOS or Windows: install Google Chrome or Chromium and set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its binary",
  '(e.g. "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"), or, where downloads work,',
  "run `npx playwright install chromium` once. Then run `npm test` again.",
].join("\n");

/**
 * Returns the path of a Chromium binary, installing Debian's packages when allowed; null if none.
 * `headless: true` (the browser tests) prefers Debian's headless shell.
 */
export function findChromium({ install = true, headless = false } = {}) {
  const missing = install && !process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ? missingPackages(headless) : [];
  if (missing.length > 0 && canAptInstall()) {
    console.log(`Installing Debian's ${missing.join(" and ")} (apt-get) for the browser tests ...`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    // One package at a time: where one is not packaged (a release without chromium-headless-shell), the
    // other still installs, and a Chromium already on disk still runs the tests (only more slowly).
    const run = (args) => {
      try {
        execFileSync("apt-get", args, { stdio: "inherit", env });
        return true;
      } catch (err) {
        console.warn(`apt-get ${args.join(" ")} failed: ${err.message}`);
        return false;
      }
    };
    if (run(["update", "-qq"])) for (const pkg of missing) run(["install", "-y", "-qq", pkg]);
  }
  return fromEnvOrDisk(headless);
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
  const p = findChromium({ headless: true });
  if (!p) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log(p);
}
