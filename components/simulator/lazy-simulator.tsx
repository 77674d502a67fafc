"use client";
/**
 * A simulator in a lesson: the server-rendered still picture (children) stays until the learner asks to
 * play; only then is the animated player's code fetched. Keeps lesson pages' first-load JavaScript small.
 */
import { useState } from "react";
import { useLazyComponent } from "@/components/ui/use-lazy-component";
import type { StageData } from "@/lib/simulator/stage-data";

const loadSimulator = () => import("./simulator-view").then((m) => m.SimulatorView);

export function LazySimulator({
  data,
  initialStep,
  children,
}: {
  data: StageData;
  initialStep: number;
  children: React.ReactNode;
}) {
  // Presses of "play": the first loads the player, a later one retries a failed load.
  const [tries, setTries] = useState(0);
  const { Component: SimulatorView, failed } = useLazyComponent(loadSimulator, tries);
  const loading = tries > 0 && !failed;
  if (SimulatorView) {
    return (
      <SimulatorView
        data={data}
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
        onClick={() => !loading && setTries((n) => n + 1)}
        aria-disabled={loading}
        className="inline-flex min-h-11 items-center gap-2 rounded-md bg-accent px-4 font-semibold text-accent-fg hover:opacity-90"
        data-activate-simulator={data.meta.id}
      >
        <span aria-hidden="true">▶</span> Play it step by step here
      </button>
      <p role="status" className="text-muted text-sm">
        {loading ? "Loading the simulator…" : ""}
        {failed ? "The simulator could not load (are you offline?). Press play to try again." : ""}
      </p>
    </div>
  );
}
