/**
 * The live lab's settings: listeners, limits, timeouts, and the command line that sets them.
 *
 * Timeouts follow RFC 5321 §4.5.3.2, scaled down (÷10 by default) so a classroom sees them happen:
 * the server timeout of §4.5.3.2.7 (at least 5 minutes while awaiting the next command) becomes 30 s
 * between complete command lines; the data-block timeout of §4.5.3.2.5 (3 minutes) becomes 18 s between
 * DATA lines; a TLS handshake gets the command timeout (Postfix's smtpd_starttls_timeout is 300 s too).
 * A connection lasts at most 10 minutes (5 in classroom mode): a lab limit, not an RFC one. Bytes that
 * do not complete a line do not reset a timer, so a client trickling one byte at a time (slowloris)
 * is cut off like a silent one.
 */
import { randomInt } from "node:crypto";
import path from "node:path";
import type { LabLimits, LabTimeouts } from "@/lib/lab/types";
import type { Port } from "@/lib/smtp";

export interface ListenerConfig {
  /** TCP port to listen on; 0 picks a free one (tests). */
  port: number;
  profile: Port;
}

export interface LabConfig {
  /** Address the SMTP listeners bind to. */
  host: string;
  /** Not loopback: access code, tighter limits, a warning. */
  classroom: boolean;
  listeners: ListenerConfig[];
  /** The HTTP API for the page's proxy; always loopback. */
  apiHost: string;
  apiPort: number;
  /** The AUTH password clients must use in classroom mode (any user name). Null: alice / wonderland. */
  accessCode: string | null;
  /** Where the self-signed certificate is kept. */
  certDir: string;
  limits: LabLimits;
  timeouts: LabTimeouts;
  /** Print a line per session to the console. */
  verbose: boolean;
  /**
   * Multiplies the engine's reply delays (Dovecot's pause after a wrong password, Postfix's error
   * tarpit). 1 in the lab, as the engine says; the tests use a small factor so they stay fast.
   */
  delayScale: number;
}

const MIN = 60_000;

/** RFC 5321 §4.5.3.2 values in ms, divided by `scale`. */
export function scaledTimeouts(scale: number, classroom: boolean): LabTimeouts {
  const s = Math.max(1, scale);
  return {
    commandMs: Math.round((5 * MIN) / s),
    dataMs: Math.round((3 * MIN) / s),
    tlsMs: Math.round((5 * MIN) / s),
    sessionMs: classroom ? 5 * MIN : 10 * MIN,
    scale: s,
  };
}

export function defaultLimits(classroom: boolean): LabLimits {
  return classroom
    ? {
        maxConnections: 300,
        perClientConnections: 10,
        perClientConnectionsPerMinute: 30,
        perClientMessagesPerMinute: 20,
        messageSizeLimit: 2_000_000,
        keepSessions: 300,
        keepMessages: 200,
        expireMs: 60 * MIN,
      }
    : {
        maxConnections: 1000,
        perClientConnections: 1000,
        perClientConnectionsPerMinute: 0,
        perClientMessagesPerMinute: 0,
        // The reference lab's message_size_limit (SIZE 10240000), so replies match it byte for byte.
        messageSizeLimit: 10_240_000,
        keepSessions: 300,
        keepMessages: 200,
        expireMs: 0,
      };
}

export const DEFAULT_PORTS: Record<Port, number> = { 25: 2500, 587: 2587, 465: 2465, 2525: 2525 };
export const PRIVILEGED_PORTS: Record<Port, number> = { 25: 25, 587: 587, 465: 465, 2525: 2525 };

const WORDS = [
  "amber",
  "birch",
  "cedar",
  "delta",
  "ember",
  "fjord",
  "grove",
  "harbor",
  "indigo",
  "jasper",
  "kestrel",
  "lumen",
  "maple",
  "nectar",
  "onyx",
  "pepper",
  "quartz",
  "raven",
  "saffron",
  "tulip",
  "umber",
  "violet",
  "willow",
  "zephyr",
];

/** An access code a class can read off a projector: two words and two digits. */
export function makeAccessCode(): string {
  const w = () => WORDS[randomInt(WORDS.length)] as string;
  return `${w()}-${w()}-${String(randomInt(100)).padStart(2, "0")}`;
}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

export interface Parsed {
  config: LabConfig;
  help: boolean;
  errors: string[];
}

export const USAGE = `Usage: npm run lab -- [options]

  --host <addr>            where the SMTP listeners bind (default 127.0.0.1). Anything but loopback
                           turns on classroom mode: access code, per-client limits, expiry.
  --classroom              classroom mode on loopback too
  --access-code <code>     the AUTH password in classroom mode (default: generated)
  --privileged-ports       listen on 25, 587, 465 and 2525 (needs privileges) instead of 2500, 2587, 2465, 2525
  --ports <a,b,c,d>        the four ports for the 25, 587, 465 and 2525 profiles (0 = any free port)
  --api-port <n>           the HTTP API the /lab page reads through its proxy (default 2580, loopback only)
  --timeout-scale <n>      divide RFC 5321 §4.5.3.2 timeouts by n (default 10)
  --max-size <bytes>       message size limit (default 10240000; classroom 2000000)
  --expire <minutes>       forget sessions and messages after this long (classroom default 60; 0 = never)
  --quiet                  no line per session
  --help`;

export function parseArgs(argv: readonly string[], cwd = process.cwd()): Parsed {
  const errors: string[] = [];
  let host = "127.0.0.1";
  let classroomFlag = false;
  let accessCode: string | null = null;
  let ports: Record<Port, number> = { ...DEFAULT_PORTS };
  let apiPort = 2580;
  let scale = 10;
  let maxSize: number | null = null;
  let expire: number | null = null;
  let verbose = true;
  let help = false;
  const num = (v: string | undefined, name: string): number | null => {
    if (v === undefined || !/^\d+$/.test(v)) {
      errors.push(`${name} needs a whole number`);
      return null;
    }
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = () => argv[++i];
    switch (a) {
      case "--host":
        host = next() ?? host;
        break;
      case "--classroom":
        classroomFlag = true;
        break;
      case "--access-code": {
        const v = next() ?? "";
        if (!/^[\x21-\x7e]{6,64}$/.test(v))
          errors.push("--access-code: 6 to 64 printable characters, no spaces");
        else accessCode = v;
        break;
      }
      case "--privileged-ports":
        ports = { ...PRIVILEGED_PORTS };
        break;
      case "--ports": {
        const list = (next() ?? "").split(",").map((p) => Number(p));
        if (list.length !== 4 || list.some((p) => !Number.isInteger(p) || p < 0 || p > 65535)) {
          errors.push("--ports needs four port numbers: 25-profile,587-profile,465-profile,2525-profile");
        } else {
          ports = {
            25: list[0] as number,
            587: list[1] as number,
            465: list[2] as number,
            2525: list[3] as number,
          };
        }
        break;
      }
      case "--api-port":
        apiPort = num(next(), a) ?? apiPort;
        break;
      case "--timeout-scale":
        scale = num(next(), a) ?? scale;
        break;
      case "--max-size":
        maxSize = num(next(), a);
        break;
      case "--expire":
        expire = num(next(), a);
        break;
      case "--quiet":
        verbose = false;
        break;
      case "--help":
      case "-h":
        help = true;
        break;
      default:
        errors.push(`unknown option ${a}`);
    }
  }
  const classroom = classroomFlag || !isLoopback(host);
  const limits = defaultLimits(classroom);
  if (maxSize !== null) limits.messageSizeLimit = Math.max(1000, maxSize);
  if (expire !== null) limits.expireMs = expire * MIN;
  return {
    help,
    errors,
    config: {
      host,
      classroom,
      listeners: ([25, 587, 465, 2525] as const).map((profile) => ({ port: ports[profile], profile })),
      apiHost: "127.0.0.1",
      apiPort,
      accessCode: classroom ? (accessCode ?? makeAccessCode()) : null,
      certDir: path.join(cwd, ".lab"),
      limits,
      timeouts: scaledTimeouts(scale, classroom),
      verbose,
      delayScale: 1,
    },
  };
}
