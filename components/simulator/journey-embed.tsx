/**
 * <Journey scenario="delivery-mx-down-bounce" /> for lessons: a store-and-forward journey computed by the
 * engine at build time. Lesson pages must stay within their first-load JavaScript budget, so this is a
 * server-rendered still (the route, the whole timeline as an ordered list, the hops' transcripts, the
 * delivered message or the bounce: all that a reader without JavaScript needs), inside a tiny island that
 * loads the animated player only when the embed comes near the viewport or is touched.
 * An unknown id, or the id of a single SMTP session, gets a visible note instead of a crash.
 */
import Link from "@/components/ui/link";
import { scenarioById } from "@/content/scenarios";
import { journeyData } from "@/lib/simulator/journey-data";
import { runJourney } from "@/lib/smtp";
import { JourneyStill } from "./journey-frame";
import { JourneyIsland } from "./journey-island";

function Note({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="note"
      className="not-prose my-8 rounded-md border-2 px-4 py-3"
      style={{ borderColor: "var(--c-later)" }}
      data-journey-embed="missing"
    >
      {children}
    </p>
  );
}

export function Journey({ scenario }: { scenario: string }) {
  const s = scenarioById(scenario);
  if (!s)
    return (
      <Note>
        There is no journey called “{String(scenario).slice(0, 60)}”.{" "}
        <Link href="/simulator">See all scenarios</Link>.
      </Note>
    );
  if (s.kind !== "journey")
    return (
      <Note>
        “{s.title}” is a single SMTP session, not a store-and-forward journey:{" "}
        <Link href={`/simulator/${s.id}`}>open it in the simulator</Link>.
      </Note>
    );
  const data = journeyData(s, runJourney(s.journey, { seed: s.seed ?? 1, id: s.id }));
  return (
    <section
      aria-label={`Store-and-forward journey: ${s.title}`}
      className="not-prose my-8 rounded-xl border border-border bg-raised p-3 sm:p-4"
      data-journey-embed={s.id}
    >
      <p className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span className="font-semibold text-accent text-sm">Store-and-forward journey</span>
        <Link href={`/simulator/${s.id}`} className="text-sm">
          Open “{s.title}” in the simulator
        </Link>
      </p>
      <p className="mt-1 mb-3 font-semibold text-lg leading-snug">{s.title}</p>
      <JourneyIsland id={s.id} heading="h3">
        <JourneyStill data={data} heading="h3" />
      </JourneyIsland>
    </section>
  );
}
