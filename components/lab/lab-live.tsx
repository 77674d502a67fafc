"use client";
/**
 * The live part of /lab: whether a lab is running (and how to start one when not), its listeners and
 * login, the sessions as they happen, the selected session on the simulator's stage, and the mailbox.
 * It presents what the lab process computed; it decides nothing about SMTP.
 */
import { useEffect, useRef, useState } from "react";
import { LockIcon } from "@/components/ui/icons";
import type { LabStatus } from "@/lib/lab/types";
import { Mailbox } from "./mailbox";
import { SessionList } from "./session-list";
import { SessionPlayer } from "./session-player";
import { useLab } from "./use-lab";

const CODE = "rounded bg-raised px-1.5 py-0.5 font-mono";

function StartHelp({ reason, retrying }: { reason: string; retrying: boolean }) {
  return (
    <div className="rounded-xl border-2 border-dashed border-border bg-surface p-5" data-lab-help="">
      <h2 className="font-semibold text-xl">No live lab is running</h2>
      <p className="mt-2 max-w-[70ch]">{reason}</p>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        <li>
          In a terminal, in the project folder: <code className={CODE}>npm run lab</code>. It prints its
          ports, the demo login and commands to paste.
        </li>
        <li>
          Keep this page open (the site itself runs with <code className={CODE}>npm start</code>). Sessions
          appear here as soon as a client connects.
        </li>
      </ol>
      {retrying ? (
        <p className="mt-3 text-muted text-sm" role="status">
          Checking again every few seconds…
        </p>
      ) : null}
    </div>
  );
}

function StatusBar({ status, onClear }: { status: LabStatus; onClear: () => void }) {
  return (
    <section aria-labelledby="lab-status" className="rounded-xl border border-border bg-surface p-4">
      <h2 id="lab-status" className="flex flex-wrap items-center gap-x-3 font-semibold text-xl">
        <span>
          <span aria-hidden="true" style={{ color: "var(--c-ok)" }}>
            ●{" "}
          </span>
          The live lab is running
        </span>
        {status.classroom ? (
          <span className="rounded-md border-2 px-2 text-base" style={{ borderColor: "var(--c-later)" }}>
            Classroom mode: reachable on {status.host}
          </span>
        ) : null}
      </h2>
      <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,1fr)_auto]">
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2" aria-label="Listeners">
          {status.listeners.map((l) => (
            <li key={l.port} className="min-w-0">
              <span className="font-mono font-semibold">{l.port}</span>{" "}
              <span className="text-muted text-sm">
                ({l.profile} profile) {l.tls}
              </span>
            </li>
          ))}
        </ul>
        <div className="min-w-0">
          {status.account.anyUser ? (
            <p>
              Log in with <strong>any user name</strong> and the access code{" "}
              <span className="font-bold font-mono text-2xl" data-lab-access-code="">
                {status.account.password}
              </span>
            </p>
          ) : (
            <p>
              Log in as <span className="font-mono font-semibold">{status.account.user}</span> /{" "}
              <span className="font-mono font-semibold">{status.account.password}</span>
            </p>
          )}
          <p className="text-muted text-sm">
            <LockIcon aria-hidden="true" className="inline" /> Self-signed certificate for mail.example.test
            (your client must accept it).
          </p>
        </div>
      </div>
      <p className="mt-3">
        <button
          type="button"
          onClick={onClear}
          className="inline-flex min-h-11 items-center rounded-md border border-border bg-raised px-3 font-semibold hover:border-accent"
        >
          Forget closed sessions and all mail
        </button>
      </p>
    </section>
  );
}

export function LabLive() {
  const { lab, sessions, messages, arrived, clear } = useLab();
  const [selected, setSelected] = useState<string | null>(null);
  const [follow, setFollow] = useState(true);
  const [showSilent, setShowSilent] = useState(false);
  const [announce, setAnnounce] = useState("");
  const lastArrived = useRef(0);

  // Follow new sessions: the newest one that says something takes the stage (the projector case).
  useEffect(() => {
    if (!arrived || arrived.n === lastArrived.current) return;
    lastArrived.current = arrived.n;
    setAnnounce(`New session ${arrived.n} from ${arrived.client} on port ${arrived.listener}.`);
    if (follow) setSelected(arrived.id);
  }, [arrived, follow]);

  // Nothing selected yet: show the newest session that said something.
  useEffect(() => {
    if (selected && sessions.some((s) => s.id === selected)) return;
    const first = sessions.find((s) => !s.silent);
    setSelected(first ? first.id : null);
  }, [sessions, selected]);

  if (lab.phase === "checking") {
    return (
      <p
        role="status"
        className="rounded-xl border border-border px-4 py-6 text-muted"
        data-lab-state="checking"
      >
        Looking for a running lab…
      </p>
    );
  }
  if (lab.phase === "static") {
    return (
      <div data-lab-state="static">
        <StartHelp
          reason="This copy of the site is a static export: it cannot reach a lab. The live lab needs the site's own server: run npm start and npm run lab on one machine, then open /lab there."
          retrying={false}
        />
      </div>
    );
  }
  if (lab.phase === "down") {
    return (
      <div data-lab-state="down">
        <StartHelp reason={lab.reason} retrying />
      </div>
    );
  }
  const current = sessions.find((s) => s.id === selected) ?? null;
  return (
    <div className="space-y-6" data-lab-state="up">
      <StatusBar status={lab.status} onClear={() => clear().catch(() => undefined)} />
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      {/* Phones read sessions, stage, mailbox in that order; wide screens give the stage the room. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_26rem] xl:grid-rows-[auto_1fr] xl:[grid-template-areas:'stage_sessions'_'stage_mailbox']">
        <section aria-labelledby="lab-sessions" className="min-w-0 space-y-3 xl:[grid-area:sessions]">
          <h2 id="lab-sessions" className="font-semibold text-xl">
            Sessions
          </h2>
          <div className="flex flex-col gap-1 text-sm">
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
              Show each new session as it arrives
            </label>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" checked={showSilent} onChange={(e) => setShowSilent(e.target.checked)} />
              Show silent connections
            </label>
          </div>
          <div className="max-h-[50vh] overflow-y-auto pr-1">
            <SessionList
              sessions={sessions}
              selected={selected}
              onSelect={(id) => {
                setSelected(id);
                setFollow(false);
              }}
              showSilent={showSilent}
            />
          </div>
        </section>
        <section aria-labelledby="lab-stage" className="min-w-0 space-y-3 xl:[grid-area:stage]">
          <h2 id="lab-stage" className="font-semibold text-xl">
            {current ? `Session ${current.n}, on the stage` : "The stage"}
          </h2>
          {current ? (
            <SessionPlayer summary={current} />
          ) : (
            <p className="rounded-lg border border-border border-dashed px-3 py-6 text-muted">
              When a client connects, its conversation plays here: client, network and server, with what an
              eavesdropper captures in the middle.
            </p>
          )}
        </section>
        <section aria-labelledby="lab-mailbox" className="min-w-0 space-y-3 xl:[grid-area:mailbox]">
          <h2 id="lab-mailbox" className="font-semibold text-xl">
            Mailbox <span className="font-normal text-base text-muted">({messages.length})</span>
          </h2>
          <Mailbox
            messages={messages}
            onShowSession={(id) => {
              setSelected(id);
              setFollow(false);
            }}
          />
        </section>
      </div>
    </div>
  );
}
