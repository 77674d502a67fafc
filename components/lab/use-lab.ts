"use client";
/**
 * The /lab page's connection to the live lab, through this site's own origin (/lab-api/…, a proxy to
 * the lab process): its status, the sessions and the mailbox, kept current by a server-sent event
 * stream. When no lab answers, the proxy says so with HTTP 200 and this hook checks again every few
 * seconds; in a static export (no proxy) it never asks at all.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type {
  LabDown,
  LabMessageSummary,
  LabSessionSummary,
  LabStatus,
  LabStreamEvent,
} from "@/lib/lab/types";

export type LabPhase =
  | { phase: "checking" }
  | { phase: "static" }
  | { phase: "down"; reason: string }
  | { phase: "up"; status: LabStatus };

const RETRY_MS = 4000;
const KEEP_SESSIONS = 300;

async function getJson<T>(path: string): Promise<T | LabDown> {
  const res = await fetch(path, { cache: "no-store" });
  return (await res.json()) as T | LabDown;
}

/** Newest first; for a session known twice, the copy with more events (summaries only ever grow). */
function mergeSessions(
  current: readonly LabSessionSummary[],
  fetched: readonly LabSessionSummary[],
  gone: ReadonlySet<string>,
): LabSessionSummary[] {
  const byId = new Map<string, LabSessionSummary>();
  for (const s of [...fetched, ...current]) {
    if (gone.has(s.id)) continue;
    const seen = byId.get(s.id);
    if (!seen || s.events > seen.events || (s.events === seen.events && !s.open)) byId.set(s.id, s);
  }
  return [...byId.values()].sort((a, b) => b.n - a.n).slice(0, KEEP_SESSIONS);
}

function mergeMessages(
  current: readonly LabMessageSummary[],
  fetched: readonly LabMessageSummary[],
  gone: ReadonlySet<string>,
): LabMessageSummary[] {
  const byId = new Map<string, LabMessageSummary>();
  for (const m of [...fetched, ...current]) if (!gone.has(m.id)) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => Number(b.id.slice(1)) - Number(a.id.slice(1)));
}

function isDown(x: unknown): x is LabDown {
  return typeof x === "object" && x !== null && (x as { running?: unknown }).running === false;
}

export function useLab() {
  const [lab, setLab] = useState<LabPhase>({ phase: "checking" });
  const [sessions, setSessions] = useState<LabSessionSummary[]>([]);
  const [messages, setMessages] = useState<LabMessageSummary[]>([]);
  /** The newest session that appeared while the page was open (for "follow new sessions"). */
  const [arrived, setArrived] = useState<LabSessionSummary | null>(null);
  const source = useRef<EventSource | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  /** Ids the lab said it forgot, so a list fetched earlier cannot bring them back. */
  const gone = useRef(new Set<string>());
  /** When the lab we know started: a lab started again numbers its sessions from 1 again. */
  const startedAt = useRef<number | null>(null);

  const loadLists = useCallback(async () => {
    const [s, m] = await Promise.all([
      getJson<{ sessions: LabSessionSummary[] }>("/lab-api/sessions"),
      getJson<{ messages: LabMessageSummary[] }>("/lab-api/mailbox"),
    ]);
    if (!alive.current) return;
    // The stream may have delivered newer news while these lists were on their way: merge, never replace.
    if (!isDown(s)) setSessions((list) => mergeSessions(list, s.sessions, gone.current));
    if (!isDown(m)) setMessages((list) => mergeMessages(list, m.messages, gone.current));
  }, []);

  const connect = useCallback(() => {
    if (!alive.current) return;
    if (retry.current) clearTimeout(retry.current);
    retry.current = null;
    source.current?.close();
    const es = new EventSource("/lab-api/events.sse");
    source.current = es;
    const goDown = (reason: string) => {
      es.close();
      if (source.current === es) source.current = null;
      if (!alive.current) return;
      setLab({ phase: "down", reason });
      retry.current = setTimeout(() => connect(), RETRY_MS);
    };
    es.onopen = () => {
      loadLists().catch(() => undefined);
    };
    es.onmessage = (msg) => {
      let e: LabStreamEvent;
      try {
        e = JSON.parse(msg.data) as LabStreamEvent;
      } catch {
        return;
      }
      switch (e.type) {
        case "down":
          goDown(e.reason);
          break;
        case "status":
          if (startedAt.current !== null && startedAt.current !== e.status.startedAt) {
            // A different lab (restarted): forget the old one's sessions and mail, then read the new one's.
            gone.current.clear();
            setSessions([]);
            setMessages([]);
            loadLists().catch(() => undefined);
          }
          startedAt.current = e.status.startedAt;
          setLab({ phase: "up", status: e.status });
          break;
        case "session":
          setSessions((list) => {
            const at = list.findIndex((s) => s.id === e.session.id);
            if (at >= 0) return list.map((s, i) => (i === at ? e.session : s));
            return [e.session, ...list].slice(0, KEEP_SESSIONS);
          });
          if (!e.session.silent) {
            setArrived((prev) => (prev && prev.n >= e.session.n ? prev : e.session));
          }
          break;
        case "mail":
          setMessages((list) => (list.some((m) => m.id === e.message.id) ? list : [e.message, ...list]));
          break;
        case "removed":
          for (const id of [...e.sessions, ...e.messages]) gone.current.add(id);
          if (e.sessions.length) setSessions((list) => list.filter((s) => !e.sessions.includes(s.id)));
          if (e.messages.length) setMessages((list) => list.filter((m) => !e.messages.includes(m.id)));
          break;
        case "cleared":
          setSessions((list) => list.filter((s) => s.open));
          setMessages([]);
          break;
      }
    };
    es.onerror = () => {
      // The browser retries by itself while CONNECTING; once CLOSED (the site's server went away), poll.
      if (es.readyState === EventSource.CLOSED) goDown("The connection to the site's server was lost.");
    };
  }, [loadLists]);

  useEffect(() => {
    alive.current = true;
    if (process.env.LAB_PROXY === "off") {
      setLab({ phase: "static" });
      return;
    }
    connect();
    return () => {
      alive.current = false;
      source.current?.close();
      source.current = null;
      if (retry.current) clearTimeout(retry.current);
    };
  }, [connect]);

  const clear = useCallback(async () => {
    await fetch("/lab-api/clear", { method: "POST", headers: { "x-lab": "1" } });
  }, []);

  return { lab, sessions, messages, arrived, clear };
}
