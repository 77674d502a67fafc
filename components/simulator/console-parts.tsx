"use client";
/**
 * Presentational pieces of the console: the port picker, the quick-insert buttons, the narration of the
 * latest steps, the hint after an error, the task and goal box. No state of their own; the console owns
 * the session (the transcript keeps only its copy note and scroll position). Hints are teaching text from lib/simulator/console.ts, never server replies.
 */
import { useEffect, useRef, useState } from "react";
import { RfcList } from "@/components/mdx/rfc";
import { CheckIcon, InfoIcon } from "@/components/ui/icons";
import type { ConsoleMode, ConsolePort, Hint } from "@/lib/simulator/console";
import { CONSOLE_PORTS } from "@/lib/simulator/console";
import type { StageMeta } from "@/lib/simulator/stage-data";
import type { RfcRef, Step } from "@/lib/smtp";
import { SPEAKER_COLOUR, speakerName, TranscriptLines } from "./step-parts";

export const BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-1.5 rounded-md border border-border bg-raised px-3 font-semibold text-fg hover:border-accent disabled:cursor-not-allowed disabled:opacity-50";
export const PRIMARY =
  "inline-flex min-h-11 items-center justify-center gap-1.5 rounded-md border border-accent bg-accent px-4 font-semibold text-accent-fg hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50";

const PORT_INFO: Record<ConsolePort, { label: string; text: string; rfc: RfcRef[] }> = {
  25: {
    label: "relay",
    text: "Port 25: how mail servers hand mail to each other, so you play the sending server. STARTTLS is offered, never required; without a login the server takes mail only for its own domain, example.test.",
    rfc: [
      { rfc: 5321, section: "4.5.4.2" },
      { rfc: 3207, section: "4" },
    ],
  },
  587: {
    label: "submission",
    text: "Port 587: message submission, where mail apps log in and hand over new mail. The session starts in plaintext and this server requires STARTTLS before any login or mail.",
    rfc: [
      { rfc: 6409, section: "3.1" },
      { rfc: 3207, section: "4" },
    ],
  },
  465: {
    label: "implicit TLS",
    text: "Port 465: submission with implicit TLS. The connection is encrypted from its first byte, so there is no STARTTLS: say EHLO, log in, send.",
    rfc: [{ rfc: 8314, section: "3.3" }],
  },
  2525: {
    label: "alternative",
    text: "Port 2525: no RFC assigns it to mail; some providers open it for submission when 587 is blocked. Here it behaves exactly like 587.",
    rfc: [{ rfc: 6409, section: "3.1" }],
  },
};

export function PortPicker({
  name,
  port,
  disabled,
  onChange,
}: {
  name: string;
  port: ConsolePort;
  disabled: boolean;
  onChange: (p: ConsolePort) => void;
}) {
  const info = PORT_INFO[port];
  return (
    <fieldset className="min-w-0" disabled={disabled}>
      <legend className="font-semibold">Port (picking one starts a fresh session)</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {CONSOLE_PORTS.map((p) => (
          <label
            key={p}
            className={`inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-md border-2 px-3 ${p === port ? "border-accent bg-surface" : "border-border"}`}
          >
            <input
              type="radio"
              name={name}
              value={p}
              checked={p === port}
              onChange={() => onChange(p)}
              className="h-4 w-4 accent-[var(--c-accent)]"
            />
            <span className="font-bold font-mono">{p}</span>{" "}
            <span className="text-muted text-sm">{PORT_INFO[p].label}</span>
          </label>
        ))}
      </div>
      <p className="mt-2 max-w-[75ch] text-muted text-sm" data-port-info="">
        {info.text} <RfcList separator=" · " refs={info.rfc} />
      </p>
    </fieldset>
  );
}

type Quick = { text: string; label?: string; send?: boolean };

const COMMANDS: Quick[] = [
  { text: "EHLO client.example.test" },
  { text: "STARTTLS" },
  { text: "MAIL FROM:<alice@example.test>" },
  { text: "RCPT TO:<alice@example.test>" },
  { text: "RCPT TO:<bob@example.net>" },
  { text: "DATA" },
  { text: "RSET" },
  { text: "QUIT" },
];

const MESSAGE_LINES: Quick[] = [
  { text: "Subject: Hello from the console" },
  { text: "", label: "Send an empty line", send: true },
  { text: "Hello Alice, this is a test." },
  { text: ".", label: ". (the final dot)" },
];

const AUTH_LINES: Quick[] = [{ text: "*", label: "* (cancel the login)" }];

export function QuickInsert({
  mode,
  disabled,
  onInsert,
  onSend,
}: {
  mode: ConsoleMode;
  disabled: boolean;
  onInsert: (text: string, e: React.MouseEvent) => void;
  onSend: (text: string) => void;
}) {
  const items = mode === "message" ? MESSAGE_LINES : mode === "auth" ? AUTH_LINES : COMMANDS;
  return (
    <fieldset className="min-w-0" data-quick-insert={mode}>
      <legend className="font-semibold text-sm">
        {mode === "message" ? "Message lines" : "Common lines"} (a tap fills the input line)
      </legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {items.map((q) => (
          <button
            key={q.label ?? q.text}
            type="button"
            disabled={disabled}
            onClick={(e) => (q.send ? onSend(q.text) : onInsert(q.text, e))}
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-border bg-raised px-2 font-mono text-sm text-fg hover:border-accent disabled:cursor-not-allowed disabled:opacity-50"
          >
            {q.label ?? q.text}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** The narration of the steps the learner's last line caused (at most the last six). */
export function Narration({ steps, meta }: { steps: readonly Step[]; meta: StageMeta | null }) {
  const shown = steps.slice(-6);
  return (
    <div
      aria-live="polite"
      aria-atomic="true"
      className="min-h-28 rounded-lg border-l-4 bg-surface px-4 py-3"
      style={{ borderLeftColor: SPEAKER_COLOUR[shown.at(-1)?.speaker ?? "none"] }}
      data-narration=""
    >
      <p className="font-semibold text-sm">What just happened</p>
      {shown.length === 0 || !meta ? (
        <p className="mt-1 text-muted">Connecting to the simulated server…</p>
      ) : (
        <ol className="mt-1 space-y-2">
          {steps.length > shown.length ? (
            <li className="text-muted text-sm">… {steps.length - shown.length} earlier steps above.</li>
          ) : null}
          {shown.map((s) => (
            <li key={s.n}>
              <span className="font-semibold text-sm" style={{ color: SPEAKER_COLOUR[s.speaker] }}>
                Step {s.n} · {speakerName(s.speaker, meta)}:{" "}
              </span>
              <span>{s.narration.text}</span>{" "}
              {s.narration.rfc.length > 0 ? (
                <span className="text-muted text-sm">
                  (<RfcList separator=" · " refs={s.narration.rfc} />)
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function HintPanel({ hint }: { hint: Hint | null }) {
  return (
    <div role="status" data-hint={hint?.key ?? ""}>
      {hint ? (
        <div className="rounded-lg border-2 border-dashed px-4 py-3" style={{ borderColor: "var(--c-more)" }}>
          <p className="flex items-center gap-1.5 font-semibold">
            <InfoIcon aria-hidden="true" />
            <span>Hint: {hint.title}</span>
          </p>
          <p className="mt-1">{hint.text}</p>
          <p className="mt-1 text-muted text-sm">
            <RfcList separator=" · " refs={hint.rfc} />
          </p>
          <p className="mt-1 text-muted text-xs">
            A teaching note from SMTP Lab, not part of the server’s reply.
          </p>
        </div>
      ) : null}
    </div>
  );
}

export function GoalBox({
  task,
  goalText,
  reached,
  message,
  reachedBefore,
  Heading,
  headingId,
}: {
  task?: string;
  goalText: string | null;
  reached: boolean;
  message: string | null;
  reachedBefore: boolean;
  Heading: "h2" | "h3";
  headingId: string;
}) {
  if (!task && !goalText) return null;
  return (
    <div
      className="rounded-lg border-l-4 bg-surface px-4 py-3"
      style={{ borderLeftColor: reached ? "var(--c-ok)" : "var(--c-accent)" }}
      data-goal-box=""
    >
      {task ? (
        <Heading id={headingId} className="font-semibold text-lg">
          Your task: {task}
        </Heading>
      ) : null}
      {goalText ? (
        <div role="status" data-goal-status={reached ? "reached" : "pending"}>
          {reached && message ? (
            <p className="mt-1 flex items-start gap-1.5 font-semibold" style={{ color: "var(--c-ok)" }}>
              <CheckIcon aria-hidden="true" className="mt-1 shrink-0" />
              <span>{message}</span>
            </p>
          ) : (
            <p className="mt-1 text-muted">
              Goal: {goalText}. Not reached yet.
              {reachedBefore ? " You reached it in an earlier session; this one is fresh." : ""}
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The session in swaks notation (the engine's transcript lines, clipped for display), newest at the
 * bottom and kept in view. Its own landmark name, so several consoles on one page stay distinguishable.
 */
export function ConsoleTranscript({
  steps,
  total,
  copyText,
  label,
  Heading,
  headingId,
}: {
  steps: readonly Step[];
  total: number;
  copyText: () => string;
  label: string;
  Heading: "h2" | "h3";
  headingId: string;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const last = steps.at(-1)?.n ?? 0;

  useEffect(() => {
    const list = listRef.current;
    if (list && last > 0) list.scrollTop = list.scrollHeight;
  }, [last]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${copyText()}\n`);
      setCopied("Transcript copied.");
    } catch {
      const list = listRef.current;
      if (list) {
        const range = document.createRange();
        range.selectNodeContents(list);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
      setCopied("Copying is blocked here: the transcript is selected, press Ctrl+C (or ⌘C).");
    }
  }

  return (
    <section aria-label={`Transcript: ${label}`} className="min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading id={headingId} className="font-semibold text-lg">
          Transcript
        </Heading>
        <div className="flex items-center gap-2">
          <span aria-live="polite" className="text-muted text-sm">
            {copied}
          </span>
          <button type="button" onClick={copy} className={BUTTON}>
            Copy transcript
          </button>
        </div>
      </div>
      <p className="mt-1 text-muted text-sm">
        <code className="font-mono">-&gt;</code> you, <code className="font-mono">&lt;-</code> the server,{" "}
        <code className="font-mono">~&gt;</code>/<code className="font-mono">&lt;~</code> inside TLS,{" "}
        <code className="font-mono">&lt;**</code> a refusal, <code className="font-mono">===</code> notes.
        {total > steps.length ? ` Showing the last ${steps.length} of ${total} steps.` : ""}
      </p>
      <ol
        ref={listRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls; keyboard users must be able to scroll it
        tabIndex={0}
        aria-labelledby={headingId}
        className="mt-2 max-h-[24rem] overflow-auto rounded-lg border border-border bg-surface p-2 font-mono text-sm"
        data-transcript=""
      >
        {steps
          .filter((s) => s.lines.length > 0)
          .map((s) => (
            <li key={s.n} data-step={s.n} className="px-2 py-0.5">
              <TranscriptLines lines={s.lines} />
            </li>
          ))}
      </ol>
    </section>
  );
}
