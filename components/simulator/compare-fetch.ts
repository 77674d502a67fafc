/**
 * Fetches compare columns (/compare-data/<id>.json, built by app/compare-data/[file]/route.ts) once per page
 * view and aligns them in the browser (lib/simulator/compare.ts, pure). The columns are the engine's runs,
 * computed at build time, so compare mode never loads the engine into the page. A failed fetch (offline, a
 * stale deployment) rejects and is retried on the next call (fetchJsonOnce).
 */

import { fetchJsonOnce } from "@/components/ui/fetch-json-once";
import { type CompareColumn, type Comparison, compareColumns } from "@/lib/simulator/compare";
import { withBase } from "@/lib/site/config";

export function compareDataUrl(id: string): string {
  return withBase(`/compare-data/${encodeURIComponent(id)}.json`);
}

function fetchColumn(id: string): Promise<CompareColumn> {
  return fetchJsonOnce<CompareColumn>(compareDataUrl(id), (body) =>
    body?.id === id && Array.isArray(body.steps) ? null : `not ${id}'s column`,
  );
}

/** The comparison of these (valid, current) session scenario ids. */
export async function fetchComparison(ids: readonly string[]): Promise<Comparison> {
  return compareColumns(await Promise.all(ids.map(fetchColumn)));
}
