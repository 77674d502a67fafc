/**
 * `npm start`: build the production site if needed, then serve it on http://localhost:$PORT (default 3000)
 * with the security headers (scripts/serve.mjs: Next's request handler plus a per-page CSP).
 * PORT, HOST and NEXT_DIST_DIR work as with `next start`.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfNeeded();

const child = spawn(process.execPath, [path.join(import.meta.dirname, "serve.mjs")], {
  stdio: "inherit",
  env: process.env,
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
