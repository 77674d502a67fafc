"use client";
/**
 * The live sessions, newest first: one button per connection with its listener, client, state and what
 * happened (TLS, login, messages, the last reply). Reply codes show as digits plus a word, never colour
 * alone. Silent connections (port scans, refused floods) are hidden unless asked for.
 */
import { CheckIcon, ClockIcon, CrossIcon, EnvelopeIcon, LockIcon } from "@/components/ui/icons";
import type { LabSessionSummary } from "@/lib/lab/types";

const SHOW = 100;

/** The reply worth a glance: the last refusal or temporary failure if there was one, else the last reply. */
function lastCode(
  s: LabSessionSummary,
): { code: number; word: string; colour: string; Icon: typeof CheckIcon } | null {
  const code = s.codes.findLast((c) => c >= 400) ?? s.codes.at(-1);
  if (code === undefined) return null;
  if (code < 300) return { code, word: "done", colour: "var(--c-ok)", Icon: CheckIcon };
  if (code < 400) return { code, word: "go on", colour: "var(--c-more)", Icon: CheckIcon };
  if (code < 500) return { code, word: "try later", colour: "var(--c-later)", Icon: ClockIcon };
  return { code, word: "refused", colour: "var(--c-no)", Icon: CrossIcon };
}

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

const PROFILE_NAME: Record<number, string> = {
  25: "relay",
  587: "submission",
  465: "implicit TLS",
  2525: "submission",
};

export function SessionList({
  sessions,
  selected,
  onSelect,
  showSilent,
}: {
  sessions: readonly LabSessionSummary[];
  selected: string | null;
  onSelect: (id: string) => void;
  showSilent: boolean;
}) {
  const shown = sessions.filter((s) => showSilent || !s.silent || s.id === selected).slice(0, SHOW);
  const hidden = sessions.length - sessions.filter((s) => showSilent || !s.silent).length;
  if (!shown.length) {
    return (
      <p className="rounded-lg border border-border border-dashed px-3 py-4 text-muted">
        No sessions yet. Send a mail to one of the ports above, and it appears here as it happens.
        {hidden > 0 ? ` (${hidden} silent connection${hidden === 1 ? "" : "s"} hidden.)` : ""}
      </p>
    );
  }
  return (
    <ol className="space-y-2" aria-label="Sessions, newest first">
      {shown.map((s) => {
        const code = lastCode(s);
        const current = s.id === selected;
        return (
          <li key={s.id}>
            <button
              type="button"
              onClick={() => onSelect(s.id)}
              aria-pressed={current}
              data-session-id={s.id}
              data-session-open={s.open ? "true" : "false"}
              className="flex w-full min-w-0 flex-col gap-1 rounded-lg border-2 border-border bg-raised px-3 py-2 text-left hover:border-accent aria-pressed:border-accent aria-pressed:ring-2 aria-pressed:ring-[var(--c-accent)]"
            >
              <span className="flex min-w-0 flex-wrap items-baseline gap-x-2">
                <span className="font-semibold">Session {s.n}</span>
                <span className="text-muted text-sm">
                  port {s.listener} ({PROFILE_NAME[s.port]})
                </span>
                <span className="ml-auto text-muted text-sm tabular-nums">{time(s.startedAt)}</span>
              </span>
              <span className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <span className="min-w-0 truncate font-mono">{s.client}</span>
                {s.open ? (
                  <span className="font-semibold" style={{ color: "var(--c-ok)" }}>
                    <span aria-hidden="true">● </span>live
                  </span>
                ) : (
                  <span className="text-muted">{s.end === "reset" ? "reset" : "closed"}</span>
                )}
                {s.tls ? (
                  <span className="inline-flex items-center gap-1" style={{ color: "var(--c-tls)" }}>
                    <LockIcon aria-hidden="true" /> TLS
                  </span>
                ) : (
                  <span className="text-muted">no TLS</span>
                )}
                {s.authUser ? <span>login: {s.authUser}</span> : null}
                {s.queued.length ? (
                  <span className="inline-flex items-center gap-1">
                    <EnvelopeIcon aria-hidden="true" /> {s.queued.length} message
                    {s.queued.length === 1 ? "" : "s"}
                  </span>
                ) : null}
                {code ? (
                  <span
                    className="inline-flex items-center gap-1 rounded border px-1 font-bold font-mono"
                    style={{ borderColor: code.colour, color: code.colour }}
                  >
                    <code.Icon aria-hidden="true" />
                    {code.code}
                    <span className="font-normal font-sans text-xs">{code.word}</span>
                  </span>
                ) : null}
              </span>
            </button>
          </li>
        );
      })}
      {hidden > 0 && !showSilent ? (
        <li className="text-muted text-sm">
          {hidden} silent connection{hidden === 1 ? "" : "s"} hidden (the client sent nothing).
        </li>
      ) : null}
    </ol>
  );
}
