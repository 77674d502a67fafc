"use client";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { isFormField } from "@/components/ui/keys";
/**
 * The speaker-notes window's frame: which deck and where the presenter is, a clock and an elapsed timer,
 * big Previous/Next buttons and the clicker keys (PageDown/PageUp, arrows, Home/End), all of which move
 * the presenter window through the channel. The deck-specific notes come in as a render function of the
 * presenter's position.
 */
import Link from "@/components/ui/link";
import { type DeckRef, notesPath, presenterPath } from "@/lib/present/channel";
import { presenterAction } from "@/lib/present/keys";
import { formatElapsed } from "@/lib/present/slides";
import { type NotesLink, useNotesLink } from "./use-notes-link";

function useClock(): {
  now: Date | null;
  elapsed: number;
  running: boolean;
  toggle: () => void;
  restart: () => void;
} {
  const [now, setNow] = useState<Date | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(true);
  const base = useRef({ startedAt: 0, carried: 0 });

  useEffect(() => {
    base.current.startedAt = Date.now();
    setNow(new Date());
  }, []);

  useEffect(() => {
    const tick = () => {
      setNow(new Date());
      if (running) setElapsed(base.current.carried + (Date.now() - base.current.startedAt) / 1000);
    };
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [running]);

  const toggle = useCallback(() => {
    setRunning((r) => {
      if (r) base.current.carried += (Date.now() - base.current.startedAt) / 1000;
      else base.current.startedAt = Date.now();
      return !r;
    });
  }, []);
  const restart = useCallback(() => {
    base.current = { startedAt: Date.now(), carried: 0 };
    setElapsed(0);
  }, []);
  return { now, elapsed, running, toggle, restart };
}

function LinkStatus({ link, deck, kindWord }: { link: NotesLink; deck: DeckRef; kindWord: string }) {
  let text: ReactNode;
  if (link.supported === false) {
    text = (
      <>
        This browser has no BroadcastChannel, so these notes cannot follow the presenter window. Step through
        them here with the buttons instead.
      </>
    );
  } else if (link.elsewhere && !link.position) {
    text = (
      <>
        The presenter window is showing something else.{" "}
        <Link href={notesPath(link.elsewhere)}>Open the notes for what it shows</Link>.
      </>
    );
  } else if (link.gone) {
    text = (
      <>
        The presenter window closed or left this {kindWord}.{" "}
        <Link href={presenterPath(deck)}>Open it again</Link>.
      </>
    );
  } else if (link.position) {
    text =
      link.position.blank !== "none"
        ? `Connected. The projected screen is covered (${link.position.blank}).`
        : "Connected to the presenter window.";
  } else if (link.supported) {
    text = (
      <>
        Waiting for the presenter window. <Link href={presenterPath(deck)}>Open presenter mode</Link> and
        press N there, or keep both open: these notes follow it.
      </>
    );
  } else text = "Starting…";
  return (
    <p role="status" className="rounded-md border-2 border-border px-3 py-1.5" data-notes-status="">
      {text}
    </p>
  );
}

export function NotesFrame({
  deck,
  title,
  kindWord,
  count,
  positionLabel,
  children,
}: {
  deck: DeckRef;
  title: string;
  /** "lesson" or "scenario". */
  kindWord: string;
  /** The deck's size when no presenter has spoken yet (slides, or steps). */
  count: number;
  positionLabel: (index: number, count: number) => string;
  /** The notes at the presenter's position (the local one when no presenter is connected). */
  children: (index: number) => ReactNode;
}) {
  const link = useNotesLink(deck);
  const clock = useClock();
  // Without a presenter (or without BroadcastChannel) the notes can still be stepped through on their own.
  const [local, setLocal] = useState(0);
  const [keysReady, setKeysReady] = useState(false);
  const connected = link.position !== null && !link.gone;
  const index = connected && link.position ? link.position.index : local;
  const total = connected && link.position ? link.position.count : count;
  const last = deck.kind === "lesson" ? Math.max(0, total - 1) : total;

  const move = useCallback(
    (action: "next" | "prev" | "first" | "last") => {
      if (connected) {
        link.send(action);
        return;
      }
      setLocal((i) =>
        Math.min(
          last,
          Math.max(0, action === "next" ? i + 1 : action === "prev" ? i - 1 : action === "first" ? 0 : last),
        ),
      );
    },
    [connected, link, last],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isFormField(e.target)) return;
      const action = presenterAction(e);
      if (action === "next" || action === "prev" || action === "first" || action === "last") {
        e.preventDefault();
        move(action);
      }
    };
    window.addEventListener("keydown", onKey);
    setKeysReady(true);
    return () => window.removeEventListener("keydown", onKey);
  }, [move]);

  const button =
    "inline-flex min-h-12 items-center justify-center gap-2 rounded-lg border-2 border-border bg-raised px-4 font-semibold text-fg hover:border-fg disabled:opacity-60";

  return (
    <div
      data-presenter-notes={deck.kind}
      data-keys-ready={keysReady ? "" : undefined}
      className="mx-auto flex min-h-dvh max-w-7xl flex-col gap-4 px-6 py-4"
    >
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="font-bold text-2xl leading-tight">
            Speaker notes <span className="font-normal text-muted">· {title}</span>
          </h1>
          <p className="mt-1 text-muted">
            Keys here move the presenter window: <kbd>PageDown</kbd>/<kbd>PageUp</kbd>, <kbd>→</kbd>/
            <kbd>←</kbd>, <kbd>Home</kbd>/<kbd>End</kbd>.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 tabular-nums" data-notes-clock="">
          <p>
            <span className="block text-muted text-sm">Time</span>
            <span className="font-semibold text-2xl">
              {clock.now ? clock.now.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : "--:--"}
            </span>
          </p>
          <p>
            <span className="block text-muted text-sm">Elapsed</span>
            <span className="font-semibold text-2xl">{formatElapsed(clock.elapsed)}</span>
          </p>
          <button type="button" className={button} onClick={clock.toggle} aria-pressed={!clock.running}>
            {clock.running ? "Pause timer" : "Resume timer"}
          </button>
          <button type="button" className={button} onClick={clock.restart}>
            Restart timer
          </button>
        </div>
      </header>
      <LinkStatus link={link} deck={deck} kindWord={kindWord} />
      <nav aria-label="Move the presentation" className="flex flex-wrap items-center gap-3">
        <button type="button" className={button} onClick={() => move("prev")} disabled={index <= 0}>
          ← Previous
        </button>
        <p className="min-w-[12ch] font-semibold text-xl" data-notes-position={index}>
          {positionLabel(index, total)}
        </p>
        <button type="button" className={button} onClick={() => move("next")} disabled={index >= last}>
          Next →
        </button>
        <span className="flex-1" />
        <Link href={presenterPath(deck)} target="smtp-lab-presenter" className="text-lg">
          Presenter window
        </Link>
      </nav>
      <main className="flex-1">{children(index)}</main>
    </div>
  );
}
