"use client";
/**
 * One live session on the simulator's own stage (SimulatorView: stage, eavesdropper lane, narration,
 * transcript), with steps, narration and reply glosses computed by the lab process from the engine's
 * event log. While the session is open it follows the newest step; once closed it can be replayed like
 * any scenario. Below: a shareable console link made of the session's client lines.
 */
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { consoleLink } from "@/lib/lab/share";
import type { LabDown, LabSessionDetail, LabSessionSummary } from "@/lib/lab/types";

const SimulatorView = dynamic(
  () => import("@/components/simulator/simulator-view").then((m) => m.SimulatorView),
  {
    ssr: false,
    loading: () => (
      <p role="status" className="px-3 py-6 text-center text-muted">
        Loading the stage…
      </p>
    ),
  },
);

/** Refetch at most this often while a session grows (the stage re-renders at its newest step). */
const REFRESH_MS = 400;

export function SessionPlayer({ summary }: { summary: LabSessionSummary }) {
  const [detail, setDetail] = useState<LabSessionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const loaded = useRef<{ id: string; events: number; at: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      timer.current = null;
      try {
        const res = await fetch(`/lab-api/sessions/${summary.id}`, { cache: "no-store" });
        const body = (await res.json()) as LabSessionDetail | LabDown | { error: string };
        if (cancelled) return;
        if ("data" in body) {
          loaded.current = { id: summary.id, events: body.summary.events, at: Date.now() };
          setDetail(body);
          setError(null);
        } else if ("running" in body) {
          setError(body.reason);
        } else {
          setError("This session is no longer kept by the lab.");
        }
      } catch {
        if (!cancelled) setError("The site's server did not answer.");
      }
    };
    const prev = loaded.current;
    if (prev?.id !== summary.id) {
      setDetail(null);
      load();
    } else if (prev.events !== summary.events && !timer.current) {
      const wait = Math.max(0, prev.at + REFRESH_MS - Date.now());
      timer.current = setTimeout(load, wait);
    }
    return () => {
      cancelled = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [summary.id, summary.events]);

  if (error && !detail) {
    return (
      <p role="status" className="rounded-lg border border-border px-3 py-4">
        {error}
      </p>
    );
  }
  if (!detail || detail.summary.id !== summary.id) {
    return (
      <p
        role="status"
        className="rounded-lg border border-border border-dashed px-3 py-6 text-center text-muted"
      >
        Loading session {summary.n}…
      </p>
    );
  }
  const steps = detail.data.steps.length;
  const live = detail.summary.open;
  const { href, cut } = consoleLink(detail.summary.port, detail.clientLines);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(detail.clientLines.join("\n"));
      setCopied("Client lines copied: paste them into the console.");
    } catch {
      setCopied("Copying is not allowed here: use the console link instead.");
    }
  };
  return (
    <div className="space-y-3" data-lab-session={detail.summary.id} data-lab-live={live ? "true" : "false"}>
      <p className="text-muted text-sm">
        {live
          ? `Live: the newest of ${steps} steps, as they happen.`
          : `${steps} steps, recorded from a real connection. The whole conversation is on the stage: press Play to watch it step by step.`}
      </p>
      <SimulatorView
        key={`${detail.summary.id}-${detail.summary.events}`}
        data={detail.data}
        initialStep={steps}
        transcriptHeadingLevel={3}
        stageHeight="h-[min(60vh,44rem)]"
      />
      <div className="rounded-lg border border-border bg-surface px-4 py-3">
        <h3 className="font-semibold">Share this session</h3>
        <p className="mt-1 text-sm">
          The client’s lines become a console session: our engine answers them again, in any browser. The link
          carries them; or copy them and paste them into the console, which sends a pasted block line by line.
          Logins are replaced by the demo account (right or wrong, as in the original), so no password leaves
          the lab.
          {cut ? ` The message body was shortened by ${cut} line${cut === 1 ? "" : "s"} to fit a link.` : ""}
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <a href={href} className="inline-flex min-h-11 items-center font-semibold" data-lab-share="">
            Open the console on port {detail.summary.port} with these lines
          </a>
          <button
            type="button"
            onClick={copy}
            className="inline-flex min-h-11 items-center rounded-md border border-border bg-raised px-3 font-semibold hover:border-accent"
          >
            Copy the client lines
          </button>
        </p>
        <p aria-live="polite" className="min-h-5 text-muted text-sm">
          {copied}
        </p>
      </div>
    </div>
  );
}
