/**
 * /port-chooser/snippets/<key>.json: one highlighted snippet set per recommendation shape, generated at
 * build time (force-static, every key from generateStaticParams) so shiki never runs in the browser or
 * per request. Why JSON files: see components/port-chooser/snippet-highlight.ts.
 */
import { recommendationsByKey, snippetSet } from "@/components/port-chooser/snippet-highlight";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [...recommendationsByKey().keys()].map((key) => ({ file: `${key}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const set = file.endsWith(".json") ? await snippetSet(file.slice(0, -".json".length)) : null;
  if (set === null) return new Response("Not found", { status: 404 });
  return Response.json(set);
}
