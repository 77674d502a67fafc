/**
 * The data a scenario's animated player replays, computed from the engine at build time: a session's
 * StageData or a journey's JourneyData. Lesson pages do not carry it in their HTML: their islands fetch it
 * from /stage-data/<id>.json (app/stage-data/[file]/route.ts) when the learner asks for the player, so the
 * page's payload holds only the still picture. The server-rendered stills use the same functions.
 */
import { runJourney, runScenario, type Scenario } from "@/lib/smtp";
import { type JourneyData, journeyData } from "./journey-data";
import { type StageData, stageData } from "./stage-data";

export type PlayerData = { kind: "session"; data: StageData } | { kind: "journey"; data: JourneyData };

export function playerData(s: Scenario): PlayerData {
  if (s.kind === "session") return { kind: "session", data: stageData(s, runScenario(s)) };
  return { kind: "journey", data: journeyData(s, runJourney(s.journey, { seed: s.seed ?? 1, id: s.id })) };
}
