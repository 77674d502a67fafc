"use client";
/**
 * The console's lesson island: until the learner presses "Start the console" it shows its children (the
 * server-rendered still: task, goal, port, how-to); on click it loads the console and the engine (two
 * lazily loaded chunks, fetched in parallel) and puts the live console in its place, focused on the input.
 * This file is all of the console a lesson page loads up front.
 */
import { type ComponentType, type ReactNode, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ConsoleProps } from "./console";

export function ConsoleIsland({ props, children }: { props: ConsoleProps; children: ReactNode }) {
  const [Live, setLive] = useState<ComponentType<ConsoleProps> | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const hydrated = useHydrated();

  function load() {
    if (!hydrated || state === "loading") return;
    setState("loading");
    // The engine chunk starts downloading at the same time as the widget that will import it.
    void import("./console-engine").catch(() => undefined);
    import("./console").then(
      (m) => setLive(() => m.Console),
      () => setState("failed"),
    );
  }

  if (Live) return <Live {...props} autoFocus />;
  return (
    <div>
      {children}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={load}
          aria-disabled={!hydrated || state === "loading"}
          className="inline-flex min-h-11 items-center rounded-md border border-accent bg-accent px-4 font-semibold text-accent-fg hover:opacity-90 aria-disabled:cursor-wait"
          data-console-start=""
        >
          {state === "loading" ? "Starting the console…" : "Start the console"}
        </button>
        <p role="status" className="text-sm">
          {state === "failed" ? "The console could not load (are you offline?). Try again." : ""}
        </p>
      </div>
    </div>
  );
}
