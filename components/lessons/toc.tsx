import type { TocEntry } from "@/lib/content/toc";

/** "On this page": the lesson's h2/h3 headings, plus the recap. A nav landmark with its own name. */
export function TableOfContents({ entries, headingId }: { entries: readonly TocEntry[]; headingId: string }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby={headingId} className="text-sm">
      <h2 id={headingId} className="font-semibold text-muted text-xs uppercase tracking-wide">
        On this page
      </h2>
      <ol className="mt-2 space-y-1 border-border border-l">
        {entries.map((e) => (
          <li key={e.id} className={e.depth === 3 ? "pl-6" : "pl-3"}>
            <a
              href={`#${e.id}`}
              className="inline-block py-0.5 text-fg no-underline hover:text-accent hover:underline"
            >
              {e.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
