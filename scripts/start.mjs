/**
 * `npm start`: build the production site if needed, then serve it on http://localhost:$PORT (default 3000).
 */
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfNeeded();

const port = process.env.PORT ?? "3000";
const args = ["next", "start", "-p", port];
if (process.env.HOST) args.push("-H", process.env.HOST);
console.log(`Serving SMTP Lab on http://localhost:${port}`);
const child = spawn("npx", args, { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
