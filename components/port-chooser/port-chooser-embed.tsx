/**
 * <PortChooser /> for lessons: the port chooser inline, its state local to the lesson (not in the URL), with
 * a link that opens the full chooser carrying the answers so far.
 *
 * Lesson pages must stay within their first-load JavaScript budget, so this is a server-rendered shell:
 * a heading, one sentence and a plain link to /port-chooser (all that a reader without JavaScript needs),
 * plus a tiny island (embed-island.tsx) that loads the interactive wizard only when the shell comes near
 * the viewport or is touched. The wizard and lib/ports live in that lazily loaded chunk.
 */
import Link from "@/components/ui/link";
import { EmbedIsland } from "./embed-island";

export function PortChooser() {
  return (
    <section
      aria-label="Port chooser"
      className="not-prose my-8 rounded-xl border border-border bg-raised p-4 text-base leading-relaxed sm:p-5"
      data-port-chooser-embed=""
    >
      <p className="font-semibold text-accent text-sm">Port chooser</p>
      <p className="mt-1 text-muted">
        Which port and TLS mode for your setup? Answer a few questions; every answer comes with its reasons.
      </p>
      <div className="mt-4">
        <EmbedIsland>
          <Link href="/port-chooser" className="inline-flex min-h-11 items-center font-semibold">
            Open the full port chooser
          </Link>
        </EmbedIsland>
      </div>
    </section>
  );
}
