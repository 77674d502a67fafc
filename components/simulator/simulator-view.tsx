"use client";
/**
 * The animated simulator: the stage, the narration caption (announced in an aria-live region), the player
 * controls and the synced transcript, over one engine-computed run (StageData). It replays; it never
 * decides a protocol outcome. State for CSS and tests sits on the root: data-step, data-state, data-speaker.
 * Keyboard inside the player: Space play/pause, ←/→ step, Home/End first/last (and on the simulator page
 * itself, the same keys anywhere outside form fields).
 */
import { LazyMotion, useReducedMotion } from "motion/react";
import * as m from "motion/react-m";
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { RfcList } from "@/components/mdx/rfc";
import { isFormField, ownsSpace } from "@/components/ui/keys";
import type { StageData } from "@/lib/simulator/stage-data";
import { clampStep } from "@/lib/smtp/browser";
import { PlayerControls } from "./player-controls";
import { StageView } from "./stage-view";
import { SPEAKER_COLOUR, speakerName } from "./step-parts";
import { TranscriptPanel } from "./transcript-panel";
import { useNextFrame } from "./use-next-frame";
import { flightDuration, type Player, usePlayer } from "./use-player";
import { usePlayerCommands } from "./use-player-commands";

const loadMotionFeatures = () => import("./motion-features").then((mod) => mod.default);

export const PLAYER_EVENT = "smtp-lab:player";
export type PlayerEventDetail = { scenario: string; step: number; count: number; state: string };

/**
 * Commands another part of the page may send to a player (the embed's host bridge, presenter mode), as a
 * window CustomEvent. Only players rendered with `acceptCommands` listen; `scenario`, when given, must
 * match the player's. Senders validate input first; the player still clamps the step.
 */
export const PLAYER_COMMAND = "smtp-lab:command";
export type PlayerCommand =
  | { action: "play" | "pause" | "next" | "prev"; scenario?: string }
  | { action: "goToStep"; step: number; scenario?: string };

/** Space/arrows/Home/End → player actions. Returns true when the key was handled. */
function handleKey(e: KeyboardEvent | React.KeyboardEvent, player: Player): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  if (isFormField(e.target)) return false;
  switch (e.key) {
    case " ":
      // A focused button, link or disclosure (the "What if…?" summary) handles Space itself.
      if (ownsSpace(e.target)) return false;
      if (player.playing) player.pause();
      else player.play();
      return true;
    case "ArrowRight":
      player.next();
      return true;
    case "ArrowLeft":
      player.prev();
      return true;
    case "Home":
      player.goTo(0);
      return true;
    case "End":
      player.goTo(player.count);
      return true;
    // Presentation clickers send PageDown / PageUp.
    case "PageDown":
      player.next();
      return true;
    case "PageUp":
      player.prev();
      return true;
    default:
      return false;
  }
}

function Packet({ colour, toRight, speed }: { colour: string; toRight: boolean; speed: number }) {
  // The flight is a transform of a track as wide as the lane minus the dot, so no frame of it lays the row
  // out again (animating `left` would). Written as `transform`, not motion's `x`: motion hands a `transform`
  // to the browser as a Web Animation, while `x` it computes in JavaScript. Measured over 3 s of 4× throttled
  // playback at 2×: script time 134–140 ms against 179–185 ms with `x` and the slight fade it had.
  return (
    <m.span
      aria-hidden="true"
      // will-change: its own compositor layer, so each frame of the flight repaints nothing.
      className="pointer-events-none absolute top-0 left-0 z-10 h-3.5 w-[calc(100%-14px)] will-change-transform"
      initial={{ transform: `translateX(${toRight ? 0 : 100}%)` }}
      animate={{ transform: `translateX(${toRight ? 100 : 0}%)` }}
      transition={{ duration: flightDuration() / speed, ease: "easeInOut" }}
      data-packet=""
    >
      <span className="block h-3.5 w-3.5 rounded-full shadow" style={{ background: colour }} />
    </m.span>
  );
}

export function SimulatorView({
  data,
  initialStep = 0,
  syncUrl = false,
  globalKeys = false,
  acceptCommands = false,
  transcriptHeadingLevel = 2,
  stageHeight = "h-[min(56vh,40rem)]",
}: {
  data: StageData;
  initialStep?: number;
  /** Keep ?step=n in the address bar (the simulator page; not embeds in lessons). */
  syncUrl?: boolean;
  /** Handle player keys anywhere on the page outside form fields (the simulator page only). */
  globalKeys?: boolean;
  /** Listen for PLAYER_COMMAND events (embeds, presenter mode). */
  acceptCommands?: boolean;
  transcriptHeadingLevel?: 2 | 3;
  stageHeight?: string;
}) {
  const { steps, meta } = data;
  const player = usePlayer(steps, initialStep);
  const reduced = useReducedMotion() ?? false;
  const [note, setNote] = useState<string | null>(null);
  const stageRef = useRef<HTMLElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const idPrefix = useId().replace(/:/g, "");
  const current = player.step > 0 ? steps[player.step - 1] : undefined;
  const speaker = current?.speaker ?? "none";
  const { goTo } = player;

  // Deep link: ?step=n opens paused at that step; a bad value falls back to the start with a visible note.
  useEffect(() => {
    if (!syncUrl) return;
    const raw = new URLSearchParams(window.location.search).get("step");
    if (raw === null) return;
    const parsed = /^-?\d{1,12}$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    const { step, note: clampNote } = clampStep(parsed, steps.length);
    goTo(step);
    if (clampNote)
      setNote(
        Number.isNaN(parsed) ? `“${raw.slice(0, 40)}” is not a step number: showing the start.` : clampNote,
      );
  }, [syncUrl, steps.length, goTo]);

  // Mirror the step into the address bar so a teacher can share the exact moment: whenever the player
  // stops (pause, end, a step or jump by hand), not on every step of playback, where each change of
  // address would also make the browser fetch the page icon again.
  const { playing } = player;
  useEffect(() => {
    if (!syncUrl || playing) return;
    const url = new URL(window.location.href);
    if (player.step === 0) url.searchParams.delete("step");
    else url.searchParams.set("step", String(player.step));
    window.history.replaceState(window.history.state, "", url);
  }, [syncUrl, player.step, playing]);

  // Keep the current row in view inside the stage box (never scroll the page itself). Reading the row's
  // position forces a style and layout of the new row. During playback that is done in the commit itself
  // (a layout effect), in the task where React rendered the step: the frame that follows then only paints.
  // Read in that frame (requestAnimationFrame), the same style and layout fell inside the frame's own task,
  // the longest of a step (measured: playback trace at 4× CPU throttling). By hand (a click, a key), the
  // commit runs inside the input's task, which already carries React's render; there the read waits for the
  // next frame.
  const follow = useCallback(
    (step: number) => {
      const box = stageRef.current;
      if (!box) return;
      const row = box.querySelector<HTMLElement>(`li[data-step="${step}"]`);
      if (!row) {
        if (step === 0) box.scrollTop = 0;
        return;
      }
      const top = row.offsetTop;
      const bottom = top + row.offsetHeight;
      if (bottom > box.scrollTop + box.clientHeight || top < box.scrollTop) {
        box.scrollTo({
          top: Math.max(0, bottom - box.clientHeight + 16),
          behavior: reduced ? "auto" : "smooth",
        });
      }
    },
    [reduced],
  );
  // Step 0 has no row: Play from the start leaves it to the frame (the Play click's commit already
  // re-renders the controls).
  const followInCommit = playing && player.step > 0;
  useLayoutEffect(() => {
    if (followInCommit) follow(player.step);
  }, [followInCommit, player.step, follow]);
  useEffect(() => {
    if (followInCommit) return;
    const frame = requestAnimationFrame(() => follow(player.step));
    return () => cancelAnimationFrame(frame);
  }, [followInCommit, player.step, follow]);

  // Tell the page (and an embedding host, via the embed bridge) where the player is.
  useEffect(() => {
    window.dispatchEvent(
      new CustomEvent<PlayerEventDetail>(PLAYER_EVENT, {
        detail: { scenario: meta.id, step: player.step, count: player.count, state: player.state },
      }),
    );
  }, [meta.id, player.step, player.count, player.state]);

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (handleKey(e, player)) e.preventDefault();
    },
    [player],
  );

  usePlayerCommands(acceptCommands, meta.id, player);

  useEffect(() => {
    if (!globalKeys) return;
    const onKey = (e: KeyboardEvent) => {
      const active = document.activeElement;
      if (active && active !== document.body && rootRef.current?.contains(active)) return; // the root handles it
      if (active && active !== document.body && isFormField(active)) return;
      if (handleKey(e, player)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [globalKeys, player]);

  // The caption, controls, reply panel and transcript follow the stage one frame later during playback
  // (see use-next-frame.ts); `shown` is the step they show.
  const shownStep = useNextFrame(player.step, player.playing);
  const shown = shownStep > 0 ? steps[shownStep - 1] : undefined;
  const shownSpeaker = shown?.speaker ?? "none";
  const gloss = shown?.reply ? data.glosses[shown.reply.id] : undefined;
  const toRight = current
    ? current.to === "server" || (current.speaker === "client" && current.to !== "client")
    : true;
  const packet =
    current && !reduced && player.playing && current.kind !== "Waited" && current.speaker !== "none" ? (
      <Packet
        key={`${player.step}-${player.speed}`}
        colour={SPEAKER_COLOUR[current.speaker]}
        toRight={toRight}
        speed={player.speed}
      />
    ) : null;

  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <section
        ref={rootRef}
        aria-label={`Simulator: ${meta.title}`}
        onKeyDown={onKeyDown}
        data-simulator={meta.id}
        data-step={player.step}
        data-state={player.state}
        data-speaker={speaker}
        // Block layout, not flex: Chromium never makes a flex item a relayout boundary, so inside a flex column
        // every new row on the stage laid the whole document out again; as a block child the contained stage
        // lays out alone (trace: layout root = the stage, not #document). The space goes above each part after
        // the first, so a part an embed hides (hide=transcript, embed.css) leaves no gap behind it.
        className="[&>*+*]:mt-4"
      >
        {note ? (
          <p
            role="status"
            className="rounded-md border-2 px-3 py-2"
            style={{ borderColor: "var(--c-later)" }}
          >
            {note}
          </p>
        ) : null}
        <section
          ref={stageRef}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the stage scrolls; keyboard users can scroll it and use the player keys
          tabIndex={0}
          aria-label={`Stage: ${meta.title}`}
          // contain:strict: the stage has a fixed height, so a step's new rows lay out and paint inside it
          // without invalidating the rest of the page; will-change: scroll-position makes it a composited
          // scroller, so its smooth scroll to the new row runs without repainting the rows on every frame
          // (measured: npm run bench, playback trace).
          className={`${stageHeight} relative overflow-y-auto rounded-xl border border-border bg-surface [contain:strict] [will-change:scroll-position]`}
          data-stage=""
        >
          <StageView data={data} upto={player.step} packet={packet} idPrefix={idPrefix} />
        </section>
        {/* Each column (and the transcript box below) is its own paint layer (relative): a step changes the
            caption, controls and reply panel, and only their layers are painted again, not the whole page.
            Measured over 4× throttled playback traces: paint time fell by about a tenth. */}
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
          <div className="relative min-w-0 space-y-3">
            <div
              aria-live="polite"
              aria-atomic="true"
              className="min-h-28 rounded-lg border-l-4 bg-surface px-4 py-3"
              style={{ borderLeftColor: SPEAKER_COLOUR[shownSpeaker] }}
              data-narration=""
            >
              <p className="font-semibold text-sm" style={{ color: SPEAKER_COLOUR[shownSpeaker] }}>
                {shown
                  ? `Step ${shownStep} of ${player.count} · ${speakerName(shownSpeaker, meta)}`
                  : `Before the connection · ${player.count} steps`}
              </p>
              <p className="mt-1 text-lg leading-snug">{shown ? shown.narration.text : meta.summary}</p>
              {shown && shown.narration.rfc.length > 0 ? (
                <p className="mt-1 text-muted text-sm">
                  <RfcList refs={shown.narration.rfc} separator=" · " />
                </p>
              ) : null}
            </div>
            <PlayerControls player={player} step={shownStep} steps={steps} label={meta.title} />
            <p className="text-muted text-xs">
              Keys: <kbd>Space</kbd> play/pause · <kbd>←</kbd>/<kbd>→</kbd> step · <kbd>Home</kbd>/
              <kbd>End</kbd> first/last
            </p>
          </div>
          <div className="relative min-w-0">
            {gloss && shown?.reply ? (
              <div
                className="rounded-lg border border-border bg-raised px-4 py-3 text-sm"
                data-reply-gloss={shown.reply.id}
              >
                <p className="font-semibold">
                  <span className="font-mono">
                    {shown.reply.code}
                    {shown.reply.enhanced ? ` ${shown.reply.enhanced}` : ""}
                  </span>
                  : {gloss.meaning}
                </p>
                {gloss.enhanced ? (
                  <p className="mt-1">
                    <span className="font-mono">{gloss.enhanced.code}</span> = {gloss.enhanced.subject}
                    {gloss.enhanced.detail ? `: ${gloss.enhanced.detail}` : ""}.
                  </p>
                ) : null}
                <p className="mt-1">
                  <span className="font-semibold">Typical cause:</span> {gloss.typicalCause}
                </p>
                <p className="mt-1">
                  <span className="font-semibold">What to do:</span> {gloss.whatToDo}
                </p>
                {gloss.postfix ? <p className="mt-1 text-muted">Postfix note: {gloss.postfix}</p> : null}
              </div>
            ) : (
              <p className="rounded-lg border border-border border-dashed px-4 py-3 text-muted text-sm">
                When the server answers, its reply code is explained here.
              </p>
            )}
          </div>
        </div>
        {/* Off screen, the transcript is skipped by layout and paint (content-visibility); its highlight
            moves every step. Chromium leaves a subtree that was never rendered out of the accessibility
            tree; this one is rendered at load (e2e: "screen readers get the whole transcript at load"), so
            its lines stay exposed when it is skipped later. */}
        <div
          className="relative [contain-intrinsic-size:auto_40rem] [content-visibility:auto]"
          data-cv-box=""
        >
          <TranscriptPanel
            data={data}
            current={shownStep}
            onSelect={player.goTo}
            headingLevel={transcriptHeadingLevel}
          />
        </div>
      </section>
    </LazyMotion>
  );
}
