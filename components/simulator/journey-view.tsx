/**
 * The store-and-forward journey on the simulator page: the engine's journey log turned into JourneyData
 * (on the server), rendered as a still that already holds the whole timeline as an ordered list, the hops'
 * transcripts, the delivered message and the bounce; the animated JourneyPlayer replaces it as soon as its
 * chunk has loaded. The player is loaded through a tiny island rather than imported, because this route
 * also serves every SMTP session scenario, whose pages should not carry the journey's code.
 * A log that is not one of the registered journey scenarios gets the plain timeline.
 */
import { scenarioById } from "@/content/scenarios";
import { journeyData } from "@/lib/simulator/journey-data";
import { formatClock } from "@/lib/simulator/journey-time";
import { type JourneyLog, journeyTranscript } from "@/lib/smtp";
import { JourneyStill } from "./journey-frame";
import { JourneyIsland } from "./journey-island";

export function JourneyView({ log }: { log: JourneyLog }) {
  const scenario = log.scenarioId ? scenarioById(log.scenarioId) : undefined;
  if (scenario?.kind === "journey") {
    const data = journeyData(scenario, log);
    return (
      <JourneyIsland id={scenario.id} data={data} syncUrl globalKeys eager>
        <JourneyStill data={data} />
      </JourneyIsland>
    );
  }
  const lines = journeyTranscript(log);
  return (
    <section aria-labelledby="journey-timeline" className="space-y-3" data-journey={log.scenarioId ?? ""}>
      <h2 id="journey-timeline" className="font-semibold text-xl">
        Timeline
      </h2>
      <pre className="overflow-x-auto rounded-lg border border-border bg-surface p-3 font-mono text-sm">
        {lines.join("\n")}
      </pre>
      <p className="text-muted text-sm">
        {log.events.length} events over T+{formatClock(log.events.at(-1)?.t ?? 0)}; {log.hops.length} SMTP
        sessions took part.
      </p>
    </section>
  );
}
