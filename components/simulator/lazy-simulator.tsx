"use client";
/**
 * A simulator in a lesson: the server-rendered still picture (children) stays until the learner asks to
 * play; only then are the animated player's code and the scenario's data (/stage-data/<id>.json) fetched.
 * Keeps lesson pages' first-load JavaScript small and their HTML free of the player's data. A failed load
 * (offline, a stale deployment) leaves the still in place with a note; pressing play again retries.
 */
import { type ComponentType, useEffect, useState } from "react";
import { PlayIcon } from "@/components/ui/icons";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { StageData } from "@/lib/simulator/stage-data";
import { fetchStageData } from "./player-data-fetch";
import type { SimulatorView as SimulatorViewType } from "./simulator-view";

type Loaded = { View: ComponentType<React.ComponentProps<typeof SimulatorViewType>>; data: StageData };

export function LazySimulator({
  id,
  initialStep,
  children,
}: {
  id: string;
  initialStep: number;
  children: React.ReactNode;
}) {
  // Presses of "play": the first loads the player, a later one retries a failed load.
  const [tries, setTries] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const hydrated = useHydrated();
  useEffect(() => {
    if (tries === 0) return;
    let live = true;
    setFailed(false);
    Promise.all([import("./simulator-view"), fetchStageData(id)]).then(
      ([m, data]) => live && setLoaded({ View: m.SimulatorView, data }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [tries, id]);
  const loading = tries > 0 && !failed;
  if (loaded) {
    return (
      <loaded.View
        data={loaded.data}
        initialStep={initialStep}
        transcriptHeadingLevel={3}
        stageHeight="h-[28rem]"
      />
    );
  }
  return (
    <div className="space-y-3">
      {children}
      <button
        type="button"
        onClick={() => hydrated && !loading && setTries((n) => n + 1)}
        aria-disabled={!hydrated || loading}
        className="inline-flex min-h-11 items-center gap-2 rounded-md bg-accent px-4 font-semibold text-accent-fg hover:opacity-90 aria-disabled:cursor-wait"
        data-activate-simulator={id}
      >
        <PlayIcon /> Play it step by step here
      </button>
      <p role="status" className="text-muted text-sm">
        {loading ? "Loading the simulator…" : ""}
        {failed ? "The simulator could not load (are you offline?). Press play to try again." : ""}
      </p>
    </div>
  );
}
