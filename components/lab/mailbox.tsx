"use client";
/**
 * The lab's mailbox: every message the engine accepted, newest first, and the one opened: its headers
 * with the lab's Received: line on top, its text body, its attachments by name. HTML is never rendered.
 */
import { useEffect, useState } from "react";
import { EnvelopeIcon, LockIcon } from "@/components/ui/icons";
import type { LabDown, LabMessageDetail, LabMessageSummary } from "@/lib/lab/types";

function size(n: number): string {
  return n < 1024
    ? `${n} B`
    : n < 1024 * 1024
      ? `${(n / 1024).toFixed(1)} KB`
      : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Stable keys for lists that may repeat a name (headers, attachments): the name and its occurrence. */
function keyed<T>(
  items: readonly T[],
  name: (t: T) => string,
): Array<{ item: T; key: string; first: boolean }> {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = name(item);
    const k = seen.get(n) ?? 0;
    seen.set(n, k + 1);
    return { item, key: `${n}#${k}`, first: seen.size === 1 && k === 0 };
  });
}

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

function MessageView({ id, onShowSession }: { id: string; onShowSession: (sessionId: string) => void }) {
  const [m, setM] = useState<LabMessageDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    setM(null);
    fetch(`/lab-api/mailbox/${id}`, { cache: "no-store" })
      .then((r) => r.json() as Promise<LabMessageDetail | LabDown | { error: string }>)
      .then((body) => {
        if (cancelled) return;
        if ("headers" in body) setM(body);
        else setError("running" in body ? body.reason : "This message is no longer in the mailbox.");
      })
      .catch(() => !cancelled && setError("The site's server did not answer."));
    return () => {
      cancelled = true;
    };
  }, [id]);
  if (error) return <p role="status">{error}</p>;
  if (!m)
    return (
      <p role="status" className="text-muted">
        Opening the message…
      </p>
    );
  return (
    <article className="space-y-3" aria-labelledby={`msg-${m.id}`} data-message-detail={m.id}>
      <h3 id={`msg-${m.id}`} className="break-words font-semibold text-lg">
        {m.subject || "(no subject)"}
      </h3>
      <p className="text-sm">
        Envelope: <span className="font-mono">{m.from || "<>"}</span> →{" "}
        <span className="font-mono break-all">{m.to.join(", ")}</span> · queue id{" "}
        <span className="font-mono">{m.queueId}</span> ·{" "}
        <button type="button" className="underline" onClick={() => onShowSession(m.sessionId)}>
          show its session
        </button>
      </p>
      {m.truncated ? (
        <p className="text-sm" style={{ color: "var(--c-later)" }}>
          Only the start of this message was kept.
        </p>
      ) : null}
      <details open className="rounded-md border border-border bg-surface">
        <summary className="cursor-pointer px-3 py-2 font-semibold">Headers ({m.headers.length})</summary>
        <dl
          tabIndex={0}
          aria-label="Message headers"
          className="max-h-72 overflow-auto px-3 pb-3 font-mono text-sm"
        >
          {keyed(m.headers, (h) => h.name).map(({ item: h, key, first }) => (
            <div key={key} className={first && h.name === "Received" ? "rounded bg-raised p-1" : ""}>
              <dt className="inline font-semibold">{h.name}:</dt>{" "}
              <dd className="inline break-words">
                {h.value}
                {first && h.name === "Received" ? (
                  <span className="block font-sans text-muted text-xs">
                    Added by the lab’s server when it accepted the message (RFC 5321 §4.4).
                  </span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <div>
        <h4 className="font-semibold text-sm">Body (text)</h4>
        <pre
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the body scrolls; keyboard users must reach it
          tabIndex={0}
          className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-words rounded-md border border-border bg-raised p-3 text-sm"
        >
          {m.text || "(empty)"}
        </pre>
        {m.hasHtml ? (
          <p className="mt-1 text-muted text-sm">There is also an HTML part; the lab shows text only.</p>
        ) : null}
      </div>
      {m.attachmentList.length ? (
        <div>
          <h4 className="font-semibold text-sm">Attachments</h4>
          <ul className="list-disc pl-6 text-sm">
            {keyed(m.attachmentList, (a) => a.filename).map(({ item: a, key }) => (
              <li key={key}>
                <span className="font-mono">{a.filename}</span> ({a.contentType}, {size(a.size)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

export function Mailbox({
  messages,
  onShowSession,
}: {
  messages: readonly LabMessageSummary[];
  onShowSession: (sessionId: string) => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const current = open && messages.some((m) => m.id === open) ? open : null;
  return (
    <div className="space-y-3">
      {messages.length ? (
        <ol className="space-y-2" aria-label="Messages, newest first">
          {messages.slice(0, 100).map((m) => (
            <li key={m.id}>
              <button
                type="button"
                aria-pressed={m.id === current}
                onClick={() => setOpen(m.id === current ? null : m.id)}
                data-message-id={m.id}
                className="flex w-full min-w-0 flex-col gap-0.5 rounded-lg border-2 border-border bg-raised px-3 py-2 text-left hover:border-accent aria-pressed:border-accent aria-pressed:ring-2 aria-pressed:ring-[var(--c-accent)]"
              >
                <span className="flex min-w-0 items-baseline gap-2">
                  <EnvelopeIcon aria-hidden="true" className="shrink-0" />
                  <span className="min-w-0 truncate font-semibold">{m.subject || "(no subject)"}</span>
                  <span className="ml-auto shrink-0 text-muted text-sm tabular-nums">
                    {time(m.receivedAt)}
                  </span>
                </span>
                <span className="min-w-0 truncate text-sm">
                  <span className="font-mono">{m.from || "<>"}</span> →{" "}
                  <span className="font-mono">{m.to.join(", ")}</span>
                </span>
                <span className="flex flex-wrap gap-x-3 text-muted text-sm">
                  <span>{size(m.size)}</span>
                  {m.tls ? (
                    <span className="inline-flex items-center gap-1" style={{ color: "var(--c-tls)" }}>
                      <LockIcon aria-hidden="true" /> came over TLS
                    </span>
                  ) : (
                    <span>came in plaintext</span>
                  )}
                  {m.authUser ? <span>sent by {m.authUser}</span> : null}
                  {m.attachments ? <span>{m.attachments} attachment(s)</span> : null}
                </span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded-lg border border-border border-dashed px-3 py-4 text-muted">
          The mailbox is empty. Every message the lab accepts lands here, whoever it is addressed to: nothing
          is ever sent on.
        </p>
      )}
      {current ? (
        <div className="rounded-lg border border-border bg-raised p-3">
          <MessageView id={current} onShowSession={onShowSession} />
        </div>
      ) : null}
    </div>
  );
}
