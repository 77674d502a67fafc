/**
 * The store-and-forward journey as a timeline of the engine's journey events (simulated clock), with the
 * hop-by-hop SMTP sessions available for replay. Server-rendered; the animated version builds on it.
 */
import Link from "next/link";
import { formatDuration, type JourneyLog, journeyTranscript } from "@/lib/smtp";

export function JourneyView({ log }: { log: JourneyLog }) {
  const lines = journeyTranscript(log);
  return (
    <section aria-labelledby="journey-timeline" className="space-y-3" data-journey={log.scenarioId ?? ""}>
      <h2 id="journey-timeline" className="font-semibold text-xl">
        Timeline
      </h2>
      <ol className="space-y-1 rounded-lg border border-border bg-surface p-3 font-mono text-sm">
        {log.events.map((e, i) => (
          <li key={e.seq} className="grid grid-cols-[7rem_1fr] gap-2" data-journey-event={e.kind}>
            <span className="text-muted">{formatDuration(e.t)}</span>
            <span className="whitespace-pre-wrap">{lines[i] ?? e.kind}</span>
          </li>
        ))}
      </ol>
      <p className="text-muted text-sm">
        {log.hops.length} SMTP sessions took part.{" "}
        <Link href="/lessons/store-and-forward">Read the store-and-forward lesson</Link>.
      </p>
    </section>
  );
}
