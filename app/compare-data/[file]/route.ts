/**
 * /compare-data/<scenario id>.json: one session scenario's compare column (lib/simulator/compare.ts),
 * generated at build time for every session scenario (force-static; a static export writes them as files).
 * The compare view fetches the columns it needs when the URL or the picker asks for another comparison
 * (components/simulator/compare-fetch.ts), so the browser never loads the engine for compare mode.
 */
import { buildColumn, compareChoices, resolveSessionId } from "@/components/simulator/compare-build";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return compareChoices().map((c) => ({ file: `${c.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const id = file.endsWith(".json") ? file.slice(0, -".json".length) : "";
  // Only current ids: a renamed id is resolved by the view before it asks (parseCompareIds).
  if (resolveSessionId(id) !== id) return new Response("Not found", { status: 404 });
  return Response.json(buildColumn(id));
}
