/**
 * The journey player's state: which step is shown, whether it is playing, and at what speed. The same
 * contract as use-player.ts (its Step type is the SMTP session's, so this is a sibling, not a fork):
 * the picture is a pure function of (steps, step), so any jump is exact; time only decides when the next
 * step comes; nothing ever starts by itself.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { JourneyStep } from "@/lib/simulator/journey-data";

export type JourneyPlayerState = "idle" | "playing" | "paused" | "ended";

/** The clock's fast-forward through a wait, and the message's flight, at 1× (ms). */
export const TWEEN_MS = 700;
export const FLIGHT_MS = 600;

/** Whether the message or the bounce changes place between two steps (a flight). */
export function moves(prev: JourneyStep | undefined, cur: JourneyStep | undefined): boolean {
  if (!cur) return false;
  const from = prev?.route ?? { message: "mua", bounce: null };
  return from.message !== cur.route.message || (!!from.bounce && from.bounce !== cur.route.bounce);
}

/** How long step `s` stays on screen at 1×: the fast-forward, the flight (not with reduced motion), then time to read. */
export function journeyStepDuration(
  s: JourneyStep | undefined,
  prev: JourneyStep | undefined,
  reduced = false,
): number {
  if (!s) return 900;
  const extra = reduced ? 0 : (s.jumpMs >= 1000 ? TWEEN_MS : 0) + (moves(prev, s) ? FLIGHT_MS : 0);
  if (s.kind === "RetryRound") return 500 + extra;
  return 2400 + extra;
}

const query = "(prefers-reduced-motion: reduce)";
function subscribe(cb: () => void) {
  const mq = window.matchMedia(query);
  mq.addEventListener("change", cb);
  return () => mq.removeEventListener("change", cb);
}

/** prefers-reduced-motion, read without the motion library (true on the server: no motion there). */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => true,
  );
}

export function useJourneyPlayer(steps: readonly JourneyStep[], initialStep = 0, reduced = false) {
  const count = steps.length;
  const [step, setStep] = useState(() => Math.min(Math.max(0, initialStep), count));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);

  useEffect(() => {
    if (!playing) return;
    if (step >= count) {
      setPlaying(false);
      return;
    }
    const cur = step > 0 ? steps[step - 1] : undefined;
    const prev = step > 1 ? steps[step - 2] : undefined;
    const timer = setTimeout(
      () => setStep((s) => Math.min(s + 1, count)),
      journeyStepDuration(cur, prev, reduced) / speed,
    );
    return () => clearTimeout(timer);
  }, [playing, step, count, speed, steps, reduced]);

  const goTo = useCallback(
    (n: number) => {
      setPlaying(false);
      setStep(Math.min(Math.max(0, Math.trunc(n)), count));
    },
    [count],
  );
  const play = useCallback(() => {
    setStep((s) => (s >= count ? 0 : s));
    setPlaying(true);
  }, [count]);
  const pause = useCallback(() => setPlaying(false), []);
  // Relative moves read the step React holds, not this render's: a command listener registered by an
  // earlier render (its effect not yet re-run under load) must still step from where the player is.
  const step1 = useCallback(
    (d: number) => {
      setPlaying(false);
      setStep((s) => Math.min(Math.max(0, s + d), count));
    },
    [count],
  );
  const next = useCallback(() => step1(1), [step1]);
  const prev = useCallback(() => step1(-1), [step1]);
  const restart = useCallback(() => goTo(0), [goTo]);

  const state: JourneyPlayerState = playing
    ? "playing"
    : step >= count && count > 0
      ? "ended"
      : step === 0
        ? "idle"
        : "paused";
  return { step, count, playing, speed, setSpeed, state, goTo, play, pause, next, prev, restart };
}

export type JourneyPlayer = ReturnType<typeof useJourneyPlayer>;
