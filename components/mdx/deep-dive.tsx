/**
 * <DeepDive title="…">markdown</DeepDive> — detail for the curious, closed by default.
 * A native <details>: keyboard operable (Enter/Space on the summary) with no script; print opens it.
 */
import { ChevronIcon } from "@/components/ui/icons";

export function DeepDive({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <details className="group my-6 rounded-lg border border-border bg-surface">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-2 font-semibold [&::-webkit-details-marker]:hidden">
        <span
          className="inline-flex transition-transform group-open:rotate-90 motion-reduce:transition-none"
          aria-hidden="true"
        >
          <ChevronIcon />
        </span>
        <span>
          <span className="text-muted">Deep dive: </span>
          {title}
        </span>
      </summary>
      <div className="border-border border-t px-4 pb-1 [&>*:last-child]:mb-3">{children}</div>
    </details>
  );
}
