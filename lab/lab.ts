/**
 * Starts the live lab: four SMTP listeners (the engine's 25, 587, 465 and 2525 profiles), the mailbox,
 * the session records and the HTTP API. `npm run lab` (main.ts), the tests and the benchmark all start
 * it through `startLab`, so they run the same code.
 *
 * Rules: it never relays (there is no client side at all: accepted mail goes to the in-memory mailbox);
 * listeners bind where the config says (127.0.0.1 unless classroom mode); `close()` ends everything it
 * started and resolves when the ports are free.
 */
import { createServer, type Server } from "node:net";
import { createSecureContext } from "node:tls";
import type { LabListener, LabStatus } from "@/lib/lab/types";
import { resolveProfile } from "@/lib/smtp";
import type { LabConfig } from "./config";
import { LabConnection, type LabContext, labWorld } from "./connection";
import { startApi } from "./http-api";
import { ClientLimiter } from "./limits";
import { Mailbox } from "./mailbox";
import { SessionStore } from "./sessions";
import { ensureCertificate, type LabCertificate } from "./tls-cert";

/** TLS 1.3 suites and, for older clients, TLS 1.2 AEAD suites only (so record sizes follow a rule). */
export const LAB_CIPHERS = [
  "TLS_AES_256_GCM_SHA384",
  "TLS_CHACHA20_POLY1305_SHA256",
  "TLS_AES_128_GCM_SHA256",
  "ECDHE-RSA-AES256-GCM-SHA384",
  "ECDHE-RSA-AES128-GCM-SHA256",
  "ECDHE-RSA-CHACHA20-POLY1305",
].join(":");

export interface RunningLab {
  config: LabConfig;
  listeners: LabListener[];
  apiPort: number;
  apiUrl: string;
  certificate: LabCertificate;
  context: LabContext;
  status: () => LabStatus;
  close: () => Promise<void>;
}

function describeListener(port: number, profile: LabListener["profile"]): LabListener {
  const p = resolveProfile(profile);
  const tls = p.tls.wrapper
    ? "TLS from the first byte (implicit TLS)"
    : p.tls.level === "encrypt"
      ? "STARTTLS required before AUTH and mail"
      : "plaintext; STARTTLS offered, never required";
  return { port, profile, role: p.id, tls };
}

export async function startLab(
  config: LabConfig,
  log: (line: string) => void = () => undefined,
): Promise<RunningLab> {
  const certificate = await ensureCertificate(config.certDir);
  const secureContext = createSecureContext({
    key: certificate.key,
    cert: certificate.cert,
    minVersion: "TLSv1.2",
    ciphers: LAB_CIPHERS,
    honorCipherOrder: true,
  });
  const limits = config.limits;
  const context: LabContext = {
    config,
    secureContext,
    limiter: new ClientLimiter(limits),
    sessions: new SessionStore(limits.keepSessions, limits.expireMs),
    mailbox: new Mailbox(limits.keepMessages, 64 * 1024 * 1024, limits.expireMs),
    queueSerial: { next: 0 },
    world: labWorld(config),
    active: new Set(),
    log,
    stats: { connections: 0, errors: 0, messages: 0 },
  };

  const servers: Server[] = [];
  const listeners: LabListener[] = [];
  try {
    for (const l of config.listeners) {
      const server = createServer({ allowHalfOpen: false, pauseOnConnect: false });
      // Past this many open sockets node drops new ones at once; below it the engine answers 421.
      server.maxConnections = limits.maxConnections + 200;
      server.on("error", (err) => log(`[lab] listener ${l.port}: ${String(err)}`));
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen({ port: l.port, host: config.host, backlog: 1024 }, () => {
          server.off("error", reject);
          resolve();
        });
      });
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : l.port;
      const info = { port, profile: l.profile };
      server.on("connection", (sock) => {
        try {
          new LabConnection(sock, info, context);
        } catch (err) {
          context.stats.errors++;
          log(`[lab] could not serve a connection: ${String(err)}`);
          sock.on("error", () => undefined);
          sock.destroy();
        }
      });
      servers.push(server);
      listeners.push(describeListener(port, l.profile));
    }
  } catch (err) {
    for (const s of servers) s.close();
    throw err;
  }

  const startedAt = Date.now();
  const status = (): LabStatus => ({
    running: true,
    startedAt,
    host: config.host,
    classroom: config.classroom,
    listeners,
    account: config.accessCode
      ? { user: "any name", password: config.accessCode, anyUser: true }
      : { user: "alice", password: "wonderland", anyUser: false },
    timeouts: config.timeouts,
    limits: config.limits,
    certificate: { subject: certificate.subject, sha256: certificate.sha256 },
  });

  let api: Awaited<ReturnType<typeof startApi>>;
  try {
    api = await startApi(
      { status, sessions: context.sessions, mailbox: context.mailbox },
      config.apiHost,
      config.apiPort,
    );
  } catch (err) {
    for (const s of servers) s.close();
    throw err;
  }

  // Expiry and trimming run on a slow timer too, so an idle lab forgets on schedule.
  const sweep = setInterval(() => {
    context.sessions.trim();
    context.mailbox.trim();
  }, 30_000);
  sweep.unref();

  return {
    config,
    listeners,
    apiPort: api.port,
    apiUrl: `http://${config.apiHost}:${api.port}`,
    certificate,
    context,
    status,
    close: async () => {
      clearInterval(sweep);
      const closing = servers.map((s) => new Promise<void>((r) => s.close(() => r())));
      for (const c of [...context.active]) c.destroy();
      context.sessions.stop();
      await Promise.all([...closing, api.close()]);
    },
  };
}
