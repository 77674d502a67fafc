/**
 * /stage-data/<scenario id>.json: what a scenario's animated player replays (lib/simulator/player-data.ts),
 * generated at build time for every scenario (force-static; a static export writes them as files). Lesson
 * islands fetch it only when the learner starts the player (components/simulator/player-data-fetch.ts).
 */
import { scenarioById, scenarios } from "@/content/scenarios";
import { playerData } from "@/lib/simulator/player-data";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return scenarios.map((s) => ({ file: `${s.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const scenario = file.endsWith(".json") ? scenarioById(file.slice(0, -".json".length)) : undefined;
  if (!scenario) return new Response("Not found", { status: 404 });
  return Response.json(playerData(scenario));
}
