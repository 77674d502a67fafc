"use client";
/**
 * The whole session in swaks notation, as an ordered list of steps: rendered on the server (so the page
 * teaches without JavaScript and screen readers get the full dialogue), synced with the player (current
 * step highlighted, click a step to jump there) and copyable. The lines are exactly the engine's
 * transcript, the same text `npm run smtp -- --scenario <id>` prints.
 */
import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { StageData, StageMeta } from "@/lib/simulator/stage-data";
import type { Step } from "@/lib/smtp";
import { stepHeadline, TranscriptLines } from "./step-parts";

/** Scrolls the list (not the page) so step `n` is in view. */
function revealStep(list: HTMLElement, n: number) {
  const el = list.querySelector<HTMLElement>(`[data-step="${n}"]`);
  if (!el) return;
  const top = el.offsetTop - list.offsetTop;
  if (top < list.scrollTop || top + el.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = Math.max(0, top - list.clientHeight / 3);
  }
}

export function TranscriptPanel({
  data,
  current,
  onSelect,
  headingLevel = 2,
}: {
  data: StageData;
  current: number;
  onSelect?: (n: number) => void;
  headingLevel?: 2 | 3;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const all = useMemo(() => data.steps.flatMap((s) => s.lines).join("\n"), [data.steps]);

  // Keep the current step in view inside the list without scrolling the page. While the panel is off
  // screen inside a content-visibility:auto box, layout skips it: reading offsets then would force that
  // layout on every step of playback, so the scroll waits until the panel is rendered again.
  // Whether it is skipped comes from the box's contentvisibilityautostatechange events, not from asking
  // checkVisibility() each step: that call brings style and layout up to date on the spot, and in a
  // step's effect it cost about 26 ms of main thread per step at 4× CPU throttling (CPU profile of
  // stepping through 587-starttls-auth with →). It is asked once, on mount.
  const currentRef = useRef(current);
  currentRef.current = current;
  const skippedRef = useRef(false);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const box = list.closest<HTMLElement>("[data-cv-box]");
    // Outside a content-visibility box the list is never skipped; inside one, the first state event may
    // have come before hydration, so ask once.
    skippedRef.current = box ? !(list.checkVisibility?.({ contentVisibilityAuto: true }) ?? true) : false;
    const onState = (e: Event) => {
      skippedRef.current = (e as Event & { skipped?: boolean }).skipped === true;
      if (!skippedRef.current) revealStep(list, currentRef.current);
    };
    box?.addEventListener("contentvisibilityautostatechange", onState);
    return () => box?.removeEventListener("contentvisibilityautostatechange", onState);
  }, []);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    if (skippedRef.current) return;
    // Just after the next frame, when the browser has laid the page out for it: read here, in the effect
    // of a key press or a player tick, the offsets would force that layout inside the same task as
    // React's render; read in requestAnimationFrame, inside the frame's own task, which is already the
    // longest of a step. Read afterwards, they cost nothing, and the list scrolls one frame later.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => revealStep(list, current), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [current]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${all}\n`);
      setCopied("Transcript copied.");
    } catch {
      const range = document.createRange();
      if (listRef.current) {
        range.selectNodeContents(listRef.current);
        const sel = window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
      setCopied("Copying is blocked here: the transcript is selected, press Ctrl+C (or ⌘C).");
    }
  }

  return (
    <section aria-labelledby={`transcript-${data.meta.id}`} className="min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading id={`transcript-${data.meta.id}`} className="font-semibold text-lg">
          Transcript<span className="sr-only">: {data.meta.title}</span>
        </Heading>
        <div className="flex items-center gap-2">
          <span aria-live="polite" className="text-muted text-sm">
            {copied}
          </span>
          <button
            type="button"
            onClick={copy}
            className="min-h-11 rounded-md border border-border bg-raised px-3 font-semibold text-sm hover:border-accent"
          >
            Copy transcript
          </button>
        </div>
      </div>
      <p className="mt-1 text-muted text-sm">
        <code className="font-mono">-&gt;</code> client, <code className="font-mono">&lt;-</code> server,{" "}
        <code className="font-mono">~&gt;</code>/<code className="font-mono">&lt;~</code> inside TLS,{" "}
        <code className="font-mono">&lt;**</code> a refusal, <code className="font-mono">===</code> notes.
      </p>
      <ol
        ref={listRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls; keyboard users must be able to scroll it
        tabIndex={0}
        aria-label="Session transcript"
        className="relative mt-2 max-h-[28rem] overflow-auto rounded-lg border border-border bg-surface p-2 font-mono text-sm"
        data-transcript=""
      >
        {data.steps.map((s) => (
          <TranscriptStep key={s.n} step={s} meta={data.meta} current={s.n === current} onSelect={onSelect} />
        ))}
      </ol>
    </section>
  );
}

// Memoised: a step of playback changes the highlight on two rows; the others keep their props and are
// not re-rendered (less main-thread work per step; npm run bench measures playback).
const TranscriptStep = memo(function TranscriptStep({
  step: s,
  meta,
  current,
  onSelect,
}: {
  step: Step;
  meta: StageMeta;
  current: boolean;
  onSelect?: (n: number) => void;
}) {
  const content = (
    <>
      <span className="sr-only">Step {s.n}: </span>
      {s.lines.length === 0 ? (
        <span className="block text-muted italic">{stepHeadline(s, meta) ?? "(not seen by the client)"}</span>
      ) : (
        <TranscriptLines lines={s.lines} />
      )}
    </>
  );
  return (
    <li data-step={s.n} aria-current={current ? "step" : undefined}>
      {onSelect ? (
        <button
          type="button"
          onClick={() => onSelect(s.n)}
          className={`block w-full rounded px-2 py-0.5 text-left hover:bg-raised ${current ? "bg-raised ring-2 ring-[var(--c-focus)]" : ""}`}
        >
          {content}
        </button>
      ) : (
        <div className="px-2 py-0.5">{content}</div>
      )}
    </li>
  );
});
