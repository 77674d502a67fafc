"use client";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { ArrowLeftIcon, ArrowRightIcon } from "@/components/ui/icons";
import { isFormField, ownsSpace } from "@/components/ui/keys";
/**
 * The frame of every presenter page (lesson slides, simulator): a slim title line, the content, a bar of
 * large controls, the help dialog, the blank-screen cover, fullscreen, the speaker-notes window, and the
 * BroadcastChannel link to it. The deck inside owns its position; the shell turns keys, buttons and the
 * notes window's commands into `onNav` calls and tells the notes window where the deck is.
 * Keys (lib/present/keys.ts) work anywhere except in form fields; a widget that handles a key itself (a
 * focused simulator steps on →) wins, and Esc hands the keys back to the deck.
 */
import Link from "@/components/ui/link";
import {
  applyNav,
  type Blank,
  type DeckRef,
  type NavAction,
  notesPath,
  PRESENTER_CHANNEL,
  type PresenterMessage,
  parsePresenterMessage,
  sameDeck,
} from "@/lib/present/channel";
import { KEY_HELP, type PresenterAction, presenterAction } from "@/lib/present/keys";

export type NavRequest = { action: NavAction } | { action: "goTo"; index: number };

/** Elements that act on Space themselves. */

const BLANK_WORD: Record<Exclude<Blank, "none">, string> = { black: "black", white: "white" };

export function PresenterShell({
  deck,
  title,
  kindLabel,
  index,
  count,
  positionText,
  announcement,
  onNav,
  onPlayPause,
  playing,
  leaveHref,
  note,
  scrollHint = true,
  children,
}: {
  deck: DeckRef;
  /** The lesson or scenario title (the page's h1). */
  title: string;
  /** "Lesson" or "Simulator", before the title. */
  kindLabel: string;
  index: number;
  count: number;
  /** Short position for the bar: "3 / 12" or "Step 4 of 20". */
  positionText: string;
  /** Spoken on change (aria-live); null when the content announces itself (the simulator's narration). */
  announcement: string | null;
  onNav: (req: NavRequest) => void;
  /** Space: play/pause (the simulator only). */
  onPlayPause?: () => void;
  playing?: boolean;
  /** The normal page of this lesson or scenario ("Leave presenter mode"). */
  leaveHref: string;
  /** A notice for the presenter (a bad #slide= value). */
  note?: string | null;
  /** Show "More below" when the content is taller than the screen (slides; not the simulator). */
  scrollHint?: boolean;
  children: ReactNode;
}) {
  const [blank, setBlank] = useState<Blank>("none");
  const [helpOpen, setHelpOpen] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [status, setStatus] = useState("");
  const [moreBelow, setMoreBelow] = useState(false);
  const [keysReady, setKeysReady] = useState(false);
  const helpRef = useRef<HTMLDialogElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const notesLinkRef = useRef<HTMLAnchorElement>(null);
  const channelRef = useRef<BroadcastChannel | null>(null);
  // The latest position for the channel's listeners, which outlive renders.
  const latest = useRef({ deck, index, count, blank, onNav });
  latest.current = { deck, index, count, blank, onNav };

  const say = useCallback((text: string) => {
    // Re-announce identical text: clear first, then set on the next frame.
    setStatus("");
    requestAnimationFrame(() => setStatus(text));
  }, []);

  // --- the notes window link -------------------------------------------------------------------------------
  const post = useCallback((msg: PresenterMessage) => {
    try {
      channelRef.current?.postMessage(msg);
    } catch {
      // A closed channel (page being hidden): nothing to tell.
    }
  }, []);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    channelRef.current = channel;
    const positionNow = (): PresenterMessage => {
      const { deck: d, index: i, count: c, blank: b } = latest.current;
      return { v: 1, type: "position", deck: d, index: i, count: c, blank: b };
    };
    channel.onmessage = (e: MessageEvent) => {
      const msg = parsePresenterMessage(e.data);
      if (!msg) return;
      if (msg.type === "hello") channel.postMessage(positionNow());
      else if (msg.type === "command" && sameDeck(msg.deck, latest.current.deck)) {
        latest.current.onNav(
          msg.action === "goTo" ? { action: "goTo", index: msg.index } : { action: msg.action },
        );
      }
    };
    channel.postMessage(positionNow());
    const bye = () => channel.postMessage({ v: 1, type: "bye", deck: latest.current.deck });
    window.addEventListener("pagehide", bye);
    return () => {
      window.removeEventListener("pagehide", bye);
      bye();
      channel.close();
      channelRef.current = null;
    };
  }, []);

  useEffect(() => {
    post({ v: 1, type: "position", deck, index, count, blank });
  }, [post, deck, index, count, blank]);

  useEffect(() => {
    if (announcement) say(announcement);
  }, [announcement, say]);

  // A slide taller than the screen gets a "more below" hint, so the presenter knows to scroll.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure whenever the position changes
  useEffect(() => {
    const measure = () => {
      const doc = document.documentElement;
      setMoreBelow(window.scrollY + window.innerHeight < doc.scrollHeight - 8);
    };
    const frame = requestAnimationFrame(measure);
    window.addEventListener("scroll", measure, { passive: true });
    window.addEventListener("resize", measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", measure);
      window.removeEventListener("resize", measure);
    };
  }, [index]);

  const openNotes = useCallback((): boolean => {
    const href = notesLinkRef.current?.href;
    if (!href) return false;
    const win = window.open(href, "smtp-lab-notes", "popup,width=1200,height=800");
    if (!win) {
      say("The browser blocked the notes window. Allow pop-ups for this site, or use the Notes link.");
      return false;
    }
    say(
      typeof BroadcastChannel === "undefined"
        ? "Notes window opened, but this browser cannot keep it in step (no BroadcastChannel)."
        : "Notes window opened.",
    );
    return true;
  }, [say]);

  // --- fullscreen, blank, help ----------------------------------------------------------------------------
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const toggleFullscreen = useCallback(async () => {
    const root = document.documentElement;
    try {
      if (document.fullscreenElement) {
        await document.exitFullscreen();
      } else if (typeof root.requestFullscreen === "function") {
        await root.requestFullscreen({ navigationUI: "hide" });
      } else {
        say("Fullscreen is not available here. Try the browser's own fullscreen key (often F11).");
      }
    } catch {
      say("The browser refused fullscreen. Try again, or use the browser's own fullscreen key (often F11).");
    }
  }, [say]);

  const toggleBlank = useCallback(
    (colour: Exclude<Blank, "none">) => {
      setBlank((b) => {
        const next = b === colour ? "none" : colour;
        say(
          next === "none"
            ? "Screen uncovered."
            : `Screen covered in ${BLANK_WORD[next]}. Press ${next === "black" ? "B" : "W"} or Esc to show it again.`,
        );
        return next;
      });
    },
    [say],
  );

  const uncover = useCallback(() => {
    setBlank("none");
    say("Screen uncovered.");
  }, [say]);

  useEffect(() => {
    const dialog = helpRef.current;
    if (!dialog) return;
    if (helpOpen && !dialog.open) dialog.showModal();
    if (!helpOpen && dialog.open) dialog.close();
  }, [helpOpen]);

  // --- keys ---------------------------------------------------------------------------------------------------
  const act = useCallback(
    (action: PresenterAction, target: EventTarget | null): boolean => {
      if (helpOpen) {
        // The modal dialog closes itself on Esc; "?" toggles it.
        if (action === "help") setHelpOpen(false);
        return action === "help";
      }
      if (blank !== "none") {
        if (action === "black" || action === "white") toggleBlank(action);
        else if (action === "fullscreen") void toggleFullscreen();
        // Any other key only uncovers: nothing moves while the audience can't see it.
        else uncover();
        return true;
      }
      switch (action) {
        case "next":
        case "prev":
        case "first":
        case "last":
          onNav({ action });
          return true;
        case "playPause":
          if (!onPlayPause || ownsSpace(target)) return false;
          onPlayPause();
          return true;
        case "fullscreen":
          void toggleFullscreen();
          return true;
        case "black":
        case "white":
          toggleBlank(action);
          return true;
        case "help":
          setHelpOpen(true);
          return true;
        case "notes":
          openNotes();
          return true;
        case "escape": {
          // Hand the keys back: leave a focused widget (a simulator, a console) for the slide itself.
          const active = document.activeElement;
          if (
            active instanceof HTMLElement &&
            active !== document.body &&
            mainRef.current?.contains(active)
          ) {
            mainRef.current.focus({ preventScroll: true });
            return true;
          }
          return false;
        }
      }
    },
    [helpOpen, blank, onNav, onPlayPause, toggleFullscreen, toggleBlank, uncover, openNotes],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isFormField(e.target)) return;
      const action = presenterAction(e);
      if (action && act(action, e.target)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    setKeysReady(true);
    return () => window.removeEventListener("keydown", onKey);
  }, [act]);

  const atStart = index <= 0;
  const atEnd = index >= applyNav(deck, index, count, "last");
  const button =
    "inline-flex min-h-[2.5rem] min-w-[2.5rem] items-center justify-center gap-2 rounded-lg border-2 border-border bg-raised px-3 font-semibold text-fg hover:border-fg disabled:opacity-60 aria-pressed:border-fg aria-pressed:bg-fg aria-pressed:text-bg";

  return (
    <div
      data-presenter={deck.kind}
      data-blank={blank}
      // For tests and CSS: the keys work from here on (the page has hydrated).
      data-keys-ready={keysReady ? "" : undefined}
      className="flex min-h-dvh flex-col bg-bg text-fg"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-6 px-[2.5vw] pt-2 text-muted">
        <h1 className="font-semibold text-[1rem] leading-snug">
          <span className="sr-only">Presenter mode: </span>
          {kindLabel} · {title}
        </h1>
        <p className="text-[1rem]" aria-hidden="true">
          {positionText}
        </p>
      </header>
      {note ? (
        <p
          role="status"
          className="mx-[2.5vw] mt-2 rounded-md border-2 px-3 py-1"
          style={{ borderColor: "var(--c-later)" }}
        >
          {note}
        </p>
      ) : null}
      <main ref={mainRef} tabIndex={-1} className="flex-1 outline-none" aria-label={`${kindLabel}: ${title}`}>
        {children}
      </main>
      {scrollHint && moreBelow ? (
        <div className="pointer-events-none sticky bottom-[3.6rem] z-20 flex justify-end px-[2.5vw]">
          <button
            type="button"
            tabIndex={-1}
            aria-hidden="true"
            onClick={() => window.scrollBy({ top: window.innerHeight * 0.7 })}
            className="pointer-events-auto rounded-full border-2 border-border bg-raised px-3 py-0.5 text-[0.8rem] text-fg shadow"
            data-more-below=""
          >
            More below ↓
          </button>
        </div>
      ) : null}
      <nav
        aria-label="Presenter controls"
        className="sticky bottom-0 z-30 flex flex-wrap items-center gap-2 border-border border-t-2 bg-bg px-[2.5vw] py-1.5 text-[0.85rem]"
      >
        <Link href={leaveHref} className={`${button} no-underline`}>
          <span>
            Leave<span className="max-sm:sr-only"> presenter mode</span>
          </span>
        </Link>
        <span className="flex-1 max-sm:hidden" />
        <button type="button" className={button} onClick={() => onNav({ action: "prev" })} disabled={atStart}>
          <ArrowLeftIcon aria-hidden="true" />
          Previous
        </button>
        <span className="min-w-[6ch] text-center font-semibold tabular-nums" data-position="">
          {positionText}
        </span>
        <button type="button" className={button} onClick={() => onNav({ action: "next" })} disabled={atEnd}>
          Next
          <ArrowRightIcon aria-hidden="true" />
        </button>
        {onPlayPause ? (
          <button type="button" className={button} onClick={onPlayPause} aria-pressed={playing ?? false}>
            {playing ? "Pause" : "Play"}
          </button>
        ) : null}
        <span className="flex-1 max-sm:hidden" />
        <button
          type="button"
          // Phones: no keyboard, and most don't let a page go fullscreen; the keys still work where they exist.
          className={`${button} max-sm:hidden`}
          onClick={() => void toggleFullscreen()}
          aria-pressed={fullscreen}
          aria-keyshortcuts="F"
        >
          Fullscreen
        </button>
        <button
          type="button"
          className={button}
          onClick={() => toggleBlank("black")}
          aria-pressed={blank === "black"}
          aria-keyshortcuts="B"
        >
          Blank
        </button>
        <Link
          ref={notesLinkRef}
          href={notesPath(deck)}
          target="smtp-lab-notes"
          className={`${button} no-underline`}
          aria-keyshortcuts="N"
          onClick={(e) => {
            if (openNotes()) e.preventDefault();
          }}
        >
          Notes
        </Link>
        <button
          type="button"
          className={`${button} max-sm:hidden`}
          onClick={() => setHelpOpen(true)}
          aria-haspopup="dialog"
          aria-keyshortcuts="Shift+?"
        >
          Keys <kbd className="font-mono">?</kbd>
        </button>
        <ThemeToggle />
      </nav>
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-presenter-status="">
        {status}
      </p>
      <dialog
        ref={helpRef}
        aria-labelledby="presenter-help-title"
        onClose={() => setHelpOpen(false)}
        className="m-auto max-h-[94dvh] w-[min(56rem,94vw)] overflow-y-auto rounded-xl border-2 border-fg bg-bg px-6 py-4 text-[0.85rem] text-fg backdrop:bg-black/70"
      >
        <h2 id="presenter-help-title" className="font-bold text-[1.35rem]">
          Presenter keys
        </h2>
        <table className="mt-2 w-full border-collapse text-left leading-snug">
          <thead>
            <tr className="border-border border-b-2">
              <th scope="col" className="py-1 pr-4">
                Key
              </th>
              <th scope="col" className="py-1">
                Does
              </th>
            </tr>
          </thead>
          <tbody>
            {KEY_HELP.filter((row) => !row.where || row.where === deck.kind).map((row) => (
              <tr key={row.does} className="border-border border-b">
                <td className="py-1 pr-4 whitespace-nowrap">
                  {row.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? " or " : null}
                      <kbd className="rounded border-2 border-border px-1.5 font-mono">{k}</kbd>
                    </span>
                  ))}
                </td>
                <td className="py-1">{row.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3">
          A presentation clicker works too (it sends PageDown and PageUp), in this window or in the notes
          window. While the screen is covered, any step key uncovers it without moving.
        </p>
        <form method="dialog" className="mt-3">
          <button type="submit" className={button}>
            Close
          </button>
        </form>
      </dialog>
      {blank !== "none" ? (
        <button
          type="button"
          tabIndex={-1}
          aria-label="Uncover the screen"
          onClick={uncover}
          className="fixed inset-0 z-50 cursor-default outline-none"
          style={{ background: blank === "black" ? "#000" : "#fff" }}
          data-blank-cover={blank}
        />
      ) : null}
    </div>
  );
}
