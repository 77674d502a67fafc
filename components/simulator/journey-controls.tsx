/**
 * The journey player's controls, with the simulator's look, names and keys (player-controls.tsx):
 * Restart, Previous, Play/Pause, Next, a scrubber with a tick per step (coloured by the node acting) and a
 * speed choice; plus "Skip the retries" when a journey has a long run of retry rounds.
 */
import { memo } from "react";
import { RestartIcon } from "@/components/ui/icons";
import {
  FastForwardIcon,
  PauseIcon,
  PlayIcon,
  StepBackIcon,
  StepForwardIcon,
} from "@/components/ui/player-icons";
import type { JourneyStep } from "@/lib/simulator/journey-data";
import { PLACE_COLOUR } from "./journey-parts";
import type { JourneyPlayer } from "./use-journey-player";
import { SPEEDS } from "./use-player";

const base =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border px-3 font-semibold disabled:cursor-not-allowed disabled:opacity-50";
const btn = `${base} border-border bg-raised text-fg hover:border-accent`;
const primary = `${base} min-w-28 border-accent bg-accent text-accent-fg hover:opacity-90`;

/** The first step after the last folded retry round, if there is a run of them. */
export function afterRetries(steps: readonly JourneyStep[]): number | null {
  let last = -1;
  for (const s of steps) if (s.kind === "RetryRound") last = s.n;
  return last > 0 && steps.filter((s) => s.kind === "RetryRound").length >= 3 ? last + 1 : null;
}

/** One tick per step (static, so memoised; the current position is a clip on the coloured copy). */
const Ticks = memo(function Ticks({ steps, coloured }: { steps: readonly JourneyStep[]; coloured: boolean }) {
  return (
    <div className="flex justify-between">
      {[{ n: 0, place: "none" as const }, ...steps].map((s) => (
        <span
          key={s.n}
          className="block h-3 w-0.5 rounded-full @xl:w-1"
          style={{ background: coloured ? PLACE_COLOUR[s.place] : "var(--c-border)" }}
        />
      ))}
    </div>
  );
});

export function JourneyControls({
  player,
  steps,
  label,
}: {
  player: JourneyPlayer;
  steps: readonly JourneyStep[];
  label: string;
}) {
  const { step, count, playing } = player;
  const skipTo = afterRetries(steps);
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="sr-only">Player controls: {label}</legend>
      <div className="relative px-1">
        <div aria-hidden="true" className="pointer-events-none absolute inset-x-3 top-1/2 -translate-y-1/2">
          <Ticks steps={steps} coloured={false} />
          {/* The ticks up to the current step, in the acting node's colour: one clip per step. */}
          <div
            className="absolute inset-0"
            style={{
              clipPath: `inset(0 ${Math.max(0, (1 - (step + 0.5) / Math.max(1, count)) * 100)}% 0 0)`,
            }}
          >
            <Ticks steps={steps} coloured />
          </div>
        </div>
        <input
          type="range"
          min={0}
          max={count}
          step={1}
          value={step}
          onChange={(e) => player.goTo(Number(e.target.value))}
          aria-label="Step"
          aria-valuetext={
            step === 0 ? `Before the submission, of ${count} steps` : `Step ${step} of ${count}`
          }
          className="relative h-8 w-full cursor-pointer accent-[var(--c-accent)]"
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={btn}
          onClick={player.restart}
          aria-label="Restart"
          disabled={step === 0 && !playing}
        >
          <RestartIcon />
          <span className="hidden sm:inline">Restart</span>
        </button>
        <button
          type="button"
          className={btn}
          onClick={player.prev}
          aria-label="Previous step"
          disabled={step === 0}
        >
          <StepBackIcon />
          <span className="hidden sm:inline">Back</span>
        </button>
        <button
          type="button"
          className={primary}
          onClick={playing ? player.pause : player.play}
          aria-label={playing ? "Pause" : step >= count ? "Play again" : "Play"}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
          {playing ? "Pause" : step >= count ? "Replay" : "Play"}
        </button>
        <button
          type="button"
          className={btn}
          onClick={player.next}
          aria-label="Next step"
          disabled={step >= count}
        >
          <span className="hidden sm:inline">Next</span>
          <StepForwardIcon />
        </button>
        {skipTo !== null ? (
          <button type="button" className={btn} onClick={() => player.goTo(skipTo)} disabled={step >= skipTo}>
            <FastForwardIcon /> Skip the retries
          </button>
        ) : null}
        <label className="ml-auto inline-flex items-center gap-2 text-sm">
          <span>Speed</span>
          <select
            value={player.speed}
            onChange={(e) => player.setSpeed(Number(e.target.value))}
            className="min-h-11 rounded-md border border-border bg-raised px-2"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
