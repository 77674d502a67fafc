/**
 * Play/Pause, Previous, Next, Restart, a scrubber with a tick per step (coloured by speaker) and a speed
 * choice. Every control has an accessible name; the scrubber is a native range input, so it works with the
 * keyboard and announces "Step n of N".
 */

import { RestartIcon } from "@/components/ui/icons";
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from "@/components/ui/player-icons";
import type { Step } from "@/lib/smtp";
import { SPEAKER_COLOUR } from "./step-parts";
import { type Player, SPEEDS } from "./use-player";

const base =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border px-3 font-semibold disabled:cursor-not-allowed disabled:opacity-50";
const btn = `${base} border-border bg-raised text-fg hover:border-accent`;
const primary = `${base} min-w-28 border-accent bg-accent text-accent-fg hover:opacity-90`;

export function PlayerControls({
  player,
  step,
  steps,
  label,
}: {
  player: Player;
  /** The step the controls show: the player's, a frame behind while playing (use-next-frame.ts). */
  step: number;
  steps: readonly Step[];
  label: string;
}) {
  const { count, playing } = player;
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="sr-only">Player controls: {label}</legend>
      <div className="relative px-1">
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-3 top-1/2 flex -translate-y-1/2 justify-between"
        >
          {[{ n: 0, speaker: "none" as const }, ...steps].map((s) => (
            <span
              key={s.n}
              className="block h-3 w-1 rounded-full"
              style={{ background: s.n <= step ? SPEAKER_COLOUR[s.speaker] : "var(--c-border)" }}
            />
          ))}
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
            step === 0 ? `Before the connection, of ${count} steps` : `Step ${step} of ${count}`
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
