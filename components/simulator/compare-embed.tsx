/**
 * <Compare ids={["587-starttls-auth", "465-implicit-tls"]} /> in a lesson: two or three scenarios side by
 * side, aligned by phase. The engine runs at build time and the comparison is plain server-rendered HTML
 * (no JavaScript at all, so the lesson's first-load budget is untouched); stepping through the phases and
 * choosing other scenarios live on the full compare page, one link away.
 * Bad ids fail the build (like <Simulator>), so a lesson can never embed a broken comparison.
 */
import Link from "@/components/ui/link";
import { compareQuery, MAX_COLUMNS, MIN_COLUMNS } from "@/lib/simulator/compare";
import { buildComparison, resolveSessionId } from "./compare-build";
import { CompareGrid } from "./compare-grid";

export function Compare({ ids }: { ids: string[] }) {
  const resolved = ids.map((id) => {
    const to = resolveSessionId(id);
    if (to === undefined) throw new Error(`<Compare ids> names "${id}", which is no session scenario.`);
    return to;
  });
  if (
    resolved.length < MIN_COLUMNS ||
    resolved.length > MAX_COLUMNS ||
    new Set(resolved).size !== ids.length
  ) {
    throw new Error(
      `<Compare ids> needs ${MIN_COLUMNS} to ${MAX_COLUMNS} different scenarios, got ${ids.join(", ")}.`,
    );
  }
  const data = buildComparison(resolved);
  const tlsRows = data.rows.filter((r) => r.phase === "tls").length;
  return (
    <figure
      className="not-prose my-8 rounded-xl border border-border bg-bg p-3 sm:p-4"
      data-compare-embed={data.ids.join(",")}
    >
      <figcaption className="mb-3">
        <span className="block font-semibold text-lg">Side by side, lined up by phase</span>
        <span className="block text-muted text-sm">
          {data.columns.length} conversations computed by the engine; each row is one phase, so the same phase
          sits on the same line
          {tlsRows > 0 ? ". TLS rows are teal, with a lock" : ""}. C = client, S = server
          {data.columns.some((c) => c.attacker) ? ", A = attacker" : ""}; sizes are bytes on the wire.
        </span>
        <Link href={`/simulator/compare${compareQuery(data.ids)}`} className="text-sm">
          Step through this comparison phase by phase
        </Link>
      </figcaption>
      <CompareGrid data={data} rowHeading={null} />
    </figure>
  );
}
