import { ArrowLeftIcon, ArrowRightIcon } from "@/components/ui/icons";
import Link from "@/components/ui/link";

type Neighbour = { slug: string; title: string } | null;

export function LessonPager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next lesson" className="no-print mt-12 grid gap-3 sm:grid-cols-2">
      {previous ? (
        <Link
          href={`/lessons/${previous.slug}`}
          rel="prev"
          className="group flex min-h-16 flex-col rounded-lg border border-border px-4 py-3 no-underline hover:border-accent"
        >
          <span className="inline-flex items-center gap-1 text-muted text-sm">
            <ArrowLeftIcon /> Previous lesson
          </span>
          <span className="font-semibold text-fg group-hover:text-accent">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={`/lessons/${next.slug}`}
          rel="next"
          className="group flex min-h-16 flex-col rounded-lg border border-border px-4 py-3 text-right no-underline hover:border-accent"
        >
          <span className="inline-flex items-center justify-end gap-1 text-muted text-sm">
            Next lesson <ArrowRightIcon />
          </span>
          <span className="font-semibold text-fg group-hover:text-accent">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
