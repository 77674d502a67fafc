/**
 * The live lab's HTTP API, on loopback only: the site's /lab page reaches it through its own origin
 * (the Next route handler app/lab-api/[...path]/route.dynamic.ts proxies to it), so the browser never
 * talks to another origin.
 *
 *   GET  /api/status              LabStatus
 *   GET  /api/sessions            { sessions: LabSessionSummary[] }   newest first
 *   GET  /api/sessions/<id>       LabSessionDetail (steps, narration and glosses computed here)
 *   GET  /api/mailbox             { messages: LabMessageSummary[] }   newest first
 *   GET  /api/mailbox/<id>        LabMessageDetail
 *   GET  /api/mailbox/<id>/raw    the message as stored (text/plain)
 *   GET  /api/events              server-sent events (LabStreamEvent as JSON in `data:`)
 *   POST /api/clear               forget closed sessions and every message (needs header x-lab: 1)
 *
 * Rules: JSON with cache-control no-store; unknown paths 404 with a JSON body; a bounded number of
 * event streams, each with a heartbeat; errors answer 500 and never stop the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { LabStatus, LabStreamEvent } from "@/lib/lab/types";
import type { Mailbox } from "./mailbox";
import type { SessionStore } from "./sessions";

const MAX_STREAMS = 64;
const HEARTBEAT_MS = 15_000;

export interface ApiDeps {
  status: () => LabStatus;
  sessions: SessionStore;
  mailbox: Mailbox;
}

function json(res: ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(code, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function startApi(
  deps: ApiDeps,
  host: string,
  port: number,
): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const streams = new Set<ServerResponse>();

  const broadcast = (e: LabStreamEvent) => {
    const frame = `data: ${JSON.stringify(e)}\n\n`;
    for (const res of streams) {
      if (res.writableLength > 4 * 1024 * 1024) {
        // A reader that stopped reading: drop it rather than grow without bound; EventSource reconnects.
        res.destroy();
        streams.delete(res);
        continue;
      }
      res.write(frame);
    }
  };
  const offSessions = deps.sessions.on((e) => {
    if (e.session) broadcast({ type: "session", session: e.session });
    if (e.removed) broadcast({ type: "removed", sessions: e.removed, messages: [] });
  });
  const offMail = deps.mailbox.on((e) => {
    if (e.added) broadcast({ type: "mail", message: e.added });
    if (e.removed) broadcast({ type: "removed", sessions: [], messages: e.removed });
  });
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(": ping\n\n");
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://lab.invalid");
    const parts = url.pathname.split("/").filter(Boolean);
    if (parts[0] !== "api") return json(res, 404, { error: "not found" });
    const [_, what, id, sub] = parts;
    if (req.method === "POST" && what === "clear" && !id) {
      if (req.headers["x-lab"] !== "1") return json(res, 403, { error: "missing x-lab header" });
      deps.sessions.clear();
      deps.mailbox.clear();
      broadcast({ type: "cleared" });
      return json(res, 200, { ok: true });
    }
    if (req.method !== "GET") return json(res, 405, { error: "method not allowed" });
    switch (what) {
      case "status":
        return json(res, 200, deps.status());
      case "sessions": {
        if (!id) return json(res, 200, { sessions: deps.sessions.list() });
        const rec = deps.sessions.get(id);
        if (!rec) return json(res, 404, { error: "no such session" });
        return json(res, 200, rec.detail());
      }
      case "mailbox": {
        if (!id) return json(res, 200, { messages: deps.mailbox.list() });
        const m = deps.mailbox.get(id);
        if (!m) return json(res, 404, { error: "no such message" });
        if (sub === "raw") {
          res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
          res.end(m.raw);
          return;
        }
        return json(res, 200, m.detail);
      }
      case "events": {
        if (streams.size >= MAX_STREAMS) return json(res, 503, { error: "too many event streams" });
        res.writeHead(200, {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache, no-transform",
          connection: "keep-alive",
          "x-accel-buffering": "no",
        });
        res.write(
          `retry: 3000\n\ndata: ${JSON.stringify({ type: "status", status: deps.status() } satisfies LabStreamEvent)}\n\n`,
        );
        streams.add(res);
        const drop = () => streams.delete(res);
        req.on("close", drop);
        res.on("error", drop);
        return;
      }
      default:
        return json(res, 404, { error: "not found" });
    }
  };

  const server = createServer((req, res) => {
    req.on("error", () => res.destroy());
    res.on("error", () => undefined);
    try {
      handle(req, res);
    } catch (err) {
      if (!res.headersSent) json(res, 500, { error: String(err).slice(0, 200) });
      else res.destroy();
    }
  });
  server.on("clientError", (_err, socket) => {
    if (!socket.destroyed) socket.destroy();
  });
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 0; // event streams stay open

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      server.on("error", () => undefined);
      const addr = server.address();
      const actual = typeof addr === "object" && addr ? addr.port : port;
      resolve({
        server,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            clearInterval(heartbeat);
            offSessions();
            offMail();
            for (const res of streams) res.end();
            streams.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
