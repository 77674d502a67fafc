/** The lesson's learning objectives (from its meta), shown before the first section. */
export function Objectives({ items }: { items: readonly string[] }) {
  return (
    <section aria-labelledby="objectives" className="rounded-lg border border-border bg-surface px-5 py-4">
      <h2 id="objectives" className="font-semibold text-lg">
        In this lesson you will learn to
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
    </section>
  );
}
