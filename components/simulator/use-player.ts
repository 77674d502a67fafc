/**
 * The player's state: which step is shown, whether it is playing, and at what speed.
 * Rules: the picture is a pure function of (steps, step), so any jump (scrub, deep link, back) is exact;
 * time only decides when the next step comes. With reduced motion nothing ever starts by itself.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { Step } from "@/lib/smtp";

export type PlayerState = "idle" | "playing" | "paused" | "ended";

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2] as const;

/** How long step `s` is on screen at 1× (ms): the packet's flight, then time to read. */
export function stepDuration(s: Step | undefined): number {
  if (!s) return 1000;
  if (s.kind === "Waited") return 1600;
  const lines = Math.min(s.lines.length, 20);
  return 600 + 900 + 60 * lines;
}

export function flightDuration(): number {
  return 0.6;
}

export function usePlayer(steps: readonly Step[], initialStep: number) {
  const count = steps.length;
  const [step, setStep] = useState(() => Math.min(Math.max(0, initialStep), count));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!playing) return;
    if (count === 0) {
      setPlaying(false);
      return;
    }
    // Steps, Play and the step keys render as transitions: React renders them in slices of a few
    // milliseconds instead of one block inside the timer's or the click's task (a 4× throttled playback
    // trace had 30–40 ms of rendering in the Play click alone). The scrubber's goTo stays synchronous: a
    // controlled range input must get its new value in the same event, or the thumb jumps back.
    // The last step stays on screen for its time like any other before the player stops ("ended"). Stopping
    // in the render that shows it cut its packet's flight short and redrew the whole player at once: the new
    // row, the caption, the controls and a layout of the whole page in one frame (41–82 ms at 4× CPU
    // throttling in the playback trace, the longest task of a playback).
    timer.current = setTimeout(
      () =>
        startTransition(() => {
          if (step >= count) setPlaying(false);
          else setStep((s) => Math.min(s + 1, count));
        }),
      stepDuration(steps[Math.min(step, count - 1)]) / speed,
    );
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [playing, step, count, speed, steps]);

  const goTo = useCallback(
    (n: number) => {
      setPlaying(false);
      setStep(Math.min(Math.max(0, Math.trunc(n)), count));
    },
    [count],
  );
  const play = useCallback(() => {
    startTransition(() => {
      setStep((s) => (s >= count ? 0 : s));
      setPlaying(true);
    });
  }, [count]);
  const pause = useCallback(() => setPlaying(false), []);
  // Relative moves read the step React holds, not this render's: a command listener registered by an
  // earlier render (its effect not yet re-run under load) must still step from where the player is.
  const step1 = useCallback(
    (d: number) => {
      startTransition(() => {
        setPlaying(false);
        setStep((s) => Math.min(Math.max(0, s + d), count));
      });
    },
    [count],
  );
  const next = useCallback(() => step1(1), [step1]);
  const prev = useCallback(() => step1(-1), [step1]);
  const restart = useCallback(() => goTo(0), [goTo]);

  const state: PlayerState = playing
    ? "playing"
    : step >= count && count > 0
      ? "ended"
      : step === 0
        ? "idle"
        : "paused";
  return { step, count, playing, speed, setSpeed, state, goTo, play, pause, next, prev, restart };
}

export type Player = ReturnType<typeof usePlayer>;
