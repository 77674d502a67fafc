"use client";
/**
 * Loads the animated journey (journey-player.tsx, a separate chunk) when the embed comes within a screen
 * of the viewport, or at once on focus or pointer contact (or right away with `eager`, on the journey's own
 * page). Until then, and without JavaScript, it shows its children: the server-rendered still, laid out
 * exactly like the player at its first step. Kept tiny on purpose: it is all of the journey view that a
 * lesson page, or a session's simulator page (same route), loads up front.
 */
import { type ComponentType, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { JourneyData } from "@/lib/simulator/journey-data";

type Live = ComponentType<{
  data: JourneyData;
  heading?: "h2" | "h3";
  syncUrl?: boolean;
  globalKeys?: boolean;
}>;

export function JourneyIsland({
  data,
  heading,
  syncUrl,
  globalKeys,
  eager = false,
  children,
}: {
  data: JourneyData;
  heading?: "h2" | "h3";
  syncUrl?: boolean;
  globalKeys?: boolean;
  /** Load at once (the journey page) instead of when near the viewport (lesson embeds). */
  eager?: boolean;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [Player, setPlayer] = useState<Live | null>(null);
  const started = useRef(false);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    import("./journey-player").then(
      (m) => setPlayer(() => m.JourneyPlayer),
      () => {
        // Offline or a stale deployment: the still and its link to the full journey keep working.
        started.current = false;
      },
    );
  }, []);

  useEffect(() => {
    const el = box.current;
    if (eager || !el || typeof IntersectionObserver === "undefined") {
      load();
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          load();
        }
      },
      { rootMargin: "100% 0px" },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [load, eager]);

  return (
    <div ref={box} onFocusCapture={load} onPointerEnter={load}>
      {Player ? <Player data={data} heading={heading} syncUrl={syncUrl} globalKeys={globalKeys} /> : children}
    </div>
  );
}
