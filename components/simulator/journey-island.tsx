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
import { fetchJourneyData } from "./player-data-fetch";

type Live = ComponentType<{
  data: JourneyData;
  heading?: "h2" | "h3";
  syncUrl?: boolean;
  globalKeys?: boolean;
  acceptCommands?: boolean;
}>;

export function JourneyIsland({
  id,
  data: given,
  heading,
  syncUrl,
  globalKeys,
  acceptCommands,
  eager = false,
  children,
}: {
  /** The journey scenario's id. */
  id: string;
  /**
   * The player's data when the page has it anyway (the journey's own page, its embed); without it (lesson
   * embeds) it is fetched with the player's code, so the lesson's HTML carries only the still.
   */
  data?: JourneyData;
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
  const [live, setLive] = useState<{ Player: Live; data: JourneyData } | null>(null);
  const go = eager || near;

  useEffect(() => {
    if (!go) return;
    let mounted = true;
    // Offline or a stale deployment: the still (and its link to the full journey) keeps working.
    Promise.all([import("./journey-player"), given ?? fetchJourneyData(id)]).then(
      ([m, data]) => mounted && setLive({ Player: m.JourneyPlayer, data }),
      () => {},
    );
    return () => {
      mounted = false;
    };
  }, [go, given, id]);

  return (
    <div ref={box}>
      {live ? (
        <live.Player
          data={live.data}
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
