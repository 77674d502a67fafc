/**
 * The /lab page's window on the live lab: proxies a few GET (and one POST) paths to the lab process's
 * HTTP API on loopback (lab/http-api.ts), so the browser only ever talks to this site's own origin.
 *
 * - Where the lab is: LAB_API_URL, read on every request (default http://127.0.0.1:2580), so a test can
 *   point a running `next start` at a lab it started on a free port.
 * - When no lab answers: HTTP 200 with { running: false } (or, for the event stream, one "down" event and
 *   the end of the stream), so the page can explain how to start it and the browser logs no error.
 * - Left out of a static export: this file's `.dynamic.ts` extension is a page extension only when
 *   STATIC_EXPORT is not "1" (next.config.ts).
 */
import { DEFAULT_LAB_API, type LabDown, type LabStreamEvent } from "@/lib/lab/types";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const PATHS =
  /^(status|sessions|sessions\/s\d{1,9}|mailbox|mailbox\/m\d{1,9}|mailbox\/m\d{1,9}\/raw|events\.sse)$/;

function labUrl(): string {
  return (process.env.LAB_API_URL || DEFAULT_LAB_API).replace(/\/+$/, "");
}

const DOWN_REASON = "No live lab answered on this machine.";

function down(): Response {
  const body: LabDown = { running: false, reason: DOWN_REASON };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}

const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
};

function downStream(): Response {
  const e: LabStreamEvent = { type: "down", reason: DOWN_REASON };
  return new Response(`retry: 5000\n\ndata: ${JSON.stringify(e)}\n\n`, { headers: SSE_HEADERS });
}

/** Passes the lab's event stream on; if the lab goes away mid-stream, says so and ends cleanly. */
function relay(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch {
        const e: LabStreamEvent = { type: "down", reason: DOWN_REASON };
        controller.enqueue(enc.encode(`data: ${JSON.stringify(e)}\n\n`));
        controller.close();
      }
    },
    cancel(reason) {
      reader.cancel(reason).catch(() => undefined);
    },
  });
}

type Ctx = { params: Promise<{ path: string[] }> };

export async function GET(request: Request, { params }: Ctx): Promise<Response> {
  const path = (await params).path.join("/");
  if (!PATHS.test(path)) return Response.json({ error: "not found" }, { status: 404 });
  // The event stream is /lab-api/events.sse: with an extension, scripts/serve.mjs streams it as it comes
  // instead of holding the response back to hash inline scripts (which it does for extension-less pages).
  const events = path === "events.sse";
  try {
    const upstream = await fetch(`${labUrl()}/api/${events ? "events" : path}`, {
      cache: "no-store",
      signal: request.signal,
      headers: { accept: events ? "text/event-stream" : "application/json" },
    });
    if (events) {
      if (!upstream.ok || !upstream.body) return downStream();
      return new Response(relay(upstream.body), { headers: SSE_HEADERS });
    }
    return new Response(upstream.body, {
      status: upstream.status,
      headers: {
        "content-type": upstream.headers.get("content-type") ?? "application/json",
        "cache-control": "no-store",
      },
    });
  } catch {
    return events ? downStream() : down();
  }
}

export async function POST(request: Request, { params }: Ctx): Promise<Response> {
  const path = (await params).path.join("/");
  if (path !== "clear") return Response.json({ error: "not found" }, { status: 404 });
  if (request.headers.get("x-lab") !== "1")
    return Response.json({ error: "missing x-lab header" }, { status: 403 });
  try {
    const upstream = await fetch(`${labUrl()}/api/clear`, { method: "POST", headers: { "x-lab": "1" } });
    return new Response(upstream.body, {
      status: upstream.status,
      headers: { "content-type": "application/json", "cache-control": "no-store" },
    });
  } catch {
    return down();
  }
}
