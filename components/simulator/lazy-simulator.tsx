"use client";
/**
 * A simulator in a lesson: the server-rendered still picture (children) stays until the learner asks to
 * play; only then is the animated player's code fetched. Keeps lesson pages' first-load JavaScript small.
 */
import dynamic from "next/dynamic";
import { useState } from "react";
import type { StageData } from "@/lib/simulator/stage-data";

const SimulatorView = dynamic(() => import("./simulator-view").then((m) => m.SimulatorView), {
  ssr: false,
  loading: () => (
    <p role="status" className="px-3 py-6 text-center text-muted">
      Loading the simulator…
    </p>
  ),
});

export function LazySimulator({
  data,
  initialStep,
  children,
}: {
  data: StageData;
  initialStep: number;
  children: React.ReactNode;
}) {
  const [active, setActive] = useState(false);
  if (active) {
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
        onClick={() => setActive(true)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md bg-accent px-4 font-semibold text-accent-fg hover:opacity-90"
        data-activate-simulator={data.meta.id}
      >
        <span aria-hidden="true">▶</span> Play it step by step here
      </button>
    </div>
  );
}
