/**
 * Fetches a scenario's player data (/stage-data/<id>.json, built by app/stage-data/[file]/route.ts) once per
 * page view. Lesson islands call it when the learner starts a player, so lesson pages need not carry the
 * data in their HTML. A failed fetch (offline, a stale deployment) rejects and is retried on the next call
 * (fetchJsonOnce).
 */

import { fetchJsonOnce } from "@/components/ui/fetch-json-once";
import type { JourneyData } from "@/lib/simulator/journey-data";
import type { PlayerData } from "@/lib/simulator/player-data";
import type { StageData } from "@/lib/simulator/stage-data";
import { withBase } from "@/lib/site/config";

export function playerDataUrl(id: string): string {
  return withBase(`/stage-data/${encodeURIComponent(id)}.json`);
}

function fetchPlayerData(id: string): Promise<PlayerData> {
  return fetchJsonOnce<PlayerData>(playerDataUrl(id), (body) =>
    body?.data?.meta?.id === id ? null : "holds another scenario",
  );
}

export async function fetchStageData(id: string): Promise<StageData> {
  const p = await fetchPlayerData(id);
  if (p.kind !== "session") throw new Error(`${id} is not a session scenario`);
  return p.data;
}

export async function fetchJourneyData(id: string): Promise<JourneyData> {
  const p = await fetchPlayerData(id);
  if (p.kind !== "journey") throw new Error(`${id} is not a journey scenario`);
  return p.data;
}
