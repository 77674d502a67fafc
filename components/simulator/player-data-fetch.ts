/**
 * Fetches a scenario's player data (/stage-data/<id>.json, built by app/stage-data/[file]/route.ts) once per
 * page view. Lesson islands call it when the learner starts a player, so lesson pages need not carry the
 * data in their HTML. A failed fetch (offline, a stale deployment) rejects and is retried on the next call.
 */
import type { JourneyData } from "@/lib/simulator/journey-data";
import type { PlayerData } from "@/lib/simulator/player-data";
import type { StageData } from "@/lib/simulator/stage-data";
import { withBase } from "@/lib/site/config";

const cache = new Map<string, Promise<PlayerData>>();

export function playerDataUrl(id: string): string {
  return withBase(`/stage-data/${encodeURIComponent(id)}.json`);
}

function fetchPlayerData(id: string): Promise<PlayerData> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(playerDataUrl(id)).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const body = (await r.json()) as PlayerData;
      if (body?.data?.meta?.id !== id) throw new Error(`${playerDataUrl(id)} holds another scenario`);
      return body;
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
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
