import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedThis } from "@/components/embed/embed-this";
import { JourneyView } from "@/components/simulator/journey-view";
import { ScenarioWorkbench } from "@/components/simulator/scenario-workbench";
import Link from "@/components/ui/link";
import { scenarioById, scenarios } from "@/content/scenarios";
import { withOembed } from "@/lib/embed/metadata";
import { THEME_LABELS } from "@/lib/simulator/catalogue";
import { journeyData } from "@/lib/simulator/journey-data";
import { stageData } from "@/lib/simulator/stage-data";
import { pageMetadata } from "@/lib/site/metadata";
import { runJourney, runScenario } from "@/lib/smtp";

// One static page per scenario (its transcript is in the HTML); any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return scenarios.map((s) => ({ id: s.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const s = scenarioById(id);
  if (!s) return {};
  return withOembed(
    pageMetadata({ title: s.title, description: s.summary, path: `/simulator/${s.id}` }),
    { kind: s.kind === "session" ? "simulator" : "journey", id: s.id },
    `SMTP Lab: ${s.title}`,
  );
}

export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  const scenario = scenarioById(id);
  if (!scenario) notFound();
  const session = scenario.kind === "session" ? stageData(scenario, runScenario(scenario)) : null;
  const journeyLog =
    scenario.kind === "journey"
      ? runJourney(scenario.journey, { seed: scenario.seed ?? 1, id: scenario.id })
      : null;
  const stepCount =
    session?.steps.length ??
    (scenario.kind === "journey" && journeyLog ? journeyData(scenario, journeyLog).steps.length : 0);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/simulator">Simulator</Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li>
            {scenario.kind === "journey" ? "Store-and-forward" : `Port ${scenario.port}`} ·{" "}
            {THEME_LABELS[scenario.theme]}
          </li>
        </ol>
      </nav>
      <h1 className="mt-2 font-bold text-2xl sm:text-3xl">{scenario.title}</h1>
      <p className="mt-1 max-w-[75ch] text-lg text-muted">{scenario.summary}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm [&>a]:inline-flex [&>a]:min-h-6 [&>a]:items-center">
        {scenario.kind === "session" ? (
          <Link href={`/simulator/${scenario.id}/handout`}>Open all steps on one page (handout)</Link>
        ) : null}
        {scenario.kind === "session" ? (
          // No prefetch: it would preload presenter mode's stylesheet, unused on this page.
          <Link href={`/present/simulator/${scenario.id}`} prefetch={false}>
            Present (full screen, speaker notes)
          </Link>
        ) : null}
        <Link href="/simulator">All scenarios</Link>
      </p>
      <EmbedThis
        widget={{ kind: scenario.kind === "session" ? "simulator" : "journey", id: scenario.id }}
        title={scenario.title}
        stepCount={stepCount}
        className="mt-2"
      />
      <div className="mt-5">
        {session && scenario.kind === "session" ? (
          <ScenarioWorkbench scenario={scenario} initialData={session} />
        ) : journeyLog ? (
          <JourneyView log={journeyLog} />
        ) : null}
      </div>
    </div>
  );
}
