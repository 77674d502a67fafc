"use client";
/**
 * Loads the animated journey (journey-player.tsx, a separate chunk) when the embed comes near the
 * viewport or is focused or touched (useNear, shared with the lesson's other islands), or right away with
 * `eager` on the journey's own page. Until then, and without JavaScript, it shows its children: the
 * server-rendered still, laid out exactly like the player at its first step. Kept tiny on purpose: it is
 * all of the journey view that a lesson page, or a session's simulator page (same route), loads up front.
 */
import { type ComponentType, type ReactNode, useEffect, useRef, useState } from "react";
import { useNear } from "@/components/ui/use-near";
import type { JourneyData } from "@/lib/simulator/journey-data";

type Live = ComponentType<{
  data: JourneyData;
  heading?: "h2" | "h3";
  syncUrl?: boolean;
  globalKeys?: boolean;
  acceptCommands?: boolean;
}>;

export function JourneyIsland({
  data,
  heading,
  syncUrl,
  globalKeys,
  acceptCommands,
  eager = false,
  children,
}: {
  data: JourneyData;
  heading?: "h2" | "h3";
  syncUrl?: boolean;
  globalKeys?: boolean;
  /** Obey the page's player commands (embeds: the host bridge). */
  acceptCommands?: boolean;
  /** Load at once (the journey page) instead of when near the viewport (lesson embeds). */
  eager?: boolean;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNear(box);
  const [Player, setPlayer] = useState<Live | null>(null);
  const go = eager || near;

  useEffect(() => {
    if (!go) return;
    let live = true;
    // Offline or a stale deployment: the still (and its link to the full journey) keeps working.
    import("./journey-player").then(
      (m) => live && setPlayer(() => m.JourneyPlayer),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [go]);

  return (
    <div ref={box}>
      {Player ? (
        <Player
          data={data}
          heading={heading}
          syncUrl={syncUrl}
          globalKeys={globalKeys}
          acceptCommands={acceptCommands}
        />
      ) : (
        children
      )}
    </div>
  );
}
