/**
 * smtp-cli: play SMTP against the simulated Postfix from a terminal.
 *
 *   npm run --silent smtp -- --port 587 < lines.txt      client lines from stdin, in lockstep
 *   npm run --silent smtp -- --port 25 --pipeline < x    everything in one write (PIPELINING / injection)
 *   npm run --silent smtp -- --scenario 587-starttls-auth
 *   npm run --silent smtp -- --list
 *
 * Output is the swaks-style transcript (lib/smtp/transcript.ts), the same function the website uses.
 * Exit 0 when the session ran, whatever the replies; 2 with a usage line for bad arguments.
 */

import { readFileSync } from "node:fs";
import { scenarioById, scenarios } from "@/content/scenarios";
import { isPort, runLockstep, simulate, transcript } from "@/lib/smtp";
import { journeyTranscript } from "@/lib/smtp/delivery";

const USAGE =
  "usage: smtp --port <25|465|587|2525> [--pipeline] [--seed <n>] < lines | smtp --scenario <id> | smtp --list";

function bad(msg: string): never {
  process.stderr.write(`smtp: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const o: { port?: number; pipeline: boolean; scenario?: string; list: boolean; seed?: number } = {
    pipeline: false,
    list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) bad(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case "--port":
        o.port = Number(val());
        break;
      case "--pipeline":
        o.pipeline = true;
        break;
      case "--scenario":
        o.scenario = val();
        break;
      case "--seed": {
        const s = Number(val());
        if (!Number.isInteger(s) || s < 0) bad("--seed must be a non-negative integer");
        o.seed = s;
        break;
      }
      case "--list":
        o.list = true;
        break;
      case "-h":
      case "--help":
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        bad(`unknown argument ${JSON.stringify(a)}`);
    }
  }
  const modes = [o.port !== undefined, o.scenario !== undefined, o.list].filter(Boolean).length;
  if (modes !== 1) bad("give exactly one of --port, --scenario, --list");
  if (o.port !== undefined && !isPort(o.port)) bad(`--port must be 25, 465, 587 or 2525`);
  if (o.pipeline && o.port === undefined) bad("--pipeline goes with --port");
  return o;
}

/** stdin as raw lines: split on LF, drop one CR before it; octets kept as they are (no UTF-8 needed). */
function readStdinLines(): Uint8Array[] {
  let data: Buffer;
  try {
    data = readFileSync(0);
  } catch {
    data = Buffer.alloc(0);
  }
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x0a) {
      const end = i > start && data[i - 1] === 0x0d ? i - 1 : i;
      lines.push(new Uint8Array(data.subarray(start, end)));
      start = i + 1;
    }
  }
  if (start < data.length) lines.push(new Uint8Array(data.subarray(start)));
  return lines;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  if (o.list) {
    for (const s of scenarios)
      process.stdout.write(`${s.id.padEnd(32)} ${String(s.port).padEnd(5)} ${s.summary}\n`);
    return;
  }
  if (o.scenario !== undefined) {
    const s = scenarioById(o.scenario);
    if (!s) bad(`unknown scenario ${JSON.stringify(o.scenario)} (see --list)`);
    const result = simulate(s);
    const lines = result.kind === "session" ? transcript(result.events) : journeyTranscript(result);
    process.stdout.write(`${lines.join("\n")}\n`);
    return;
  }
  const log = runLockstep(readStdinLines(), {
    port: o.port as 25 | 465 | 587 | 2525,
    pipeline: o.pipeline,
    seed: o.seed,
  });
  process.stdout.write(`${transcript(log.events).join("\n")}\n`);
}

main();
