import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { JourneyStill } from "@/components/simulator/journey-frame";
import { JourneyIsland } from "@/components/simulator/journey-island";
import { ScenarioWorkbench } from "@/components/simulator/scenario-workbench";
import { scenarioById, scenarios } from "@/content/scenarios";
import { embedPageMetadata } from "@/lib/embed/metadata";
import { pagePath } from "@/lib/embed/widgets";
import { journeyData } from "@/lib/simulator/journey-data";
import { stageData } from "@/lib/simulator/stage-data";
import { runJourney, runScenario } from "@/lib/smtp";

// One static page per scenario, sessions and journeys alike; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return scenarios.map((s) => ({ id: s.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const s = scenarioById(id);
  if (!s) return {};
  return embedPageMetadata({ title: s.title, description: s.summary, page: `/simulator/${s.id}` });
}

const IDS = scenarios.map((s) => s.id);

export default async function SimulatorEmbedPage({ params }: Props) {
  const { id } = await params;
  const scenario = scenarioById(id);
  if (!scenario) notFound();
  if (scenario.kind === "session") {
    const data = stageData(scenario, runScenario(scenario));
    return (
      <EmbedFrame
        kind="simulator"
        id={scenario.id}
        title={scenario.title}
        pagePath={pagePath({ kind: "simulator", id: scenario.id })}
        stepCount={data.steps.length}
        scenarioIds={IDS}
      >
        <ScenarioWorkbench
          scenario={scenario}
          initialData={data}
          view={{ acceptCommands: true, globalKeys: true, stageHeight: "h-[22rem] sm:h-[26rem]" }}
        />
      </EmbedFrame>
    );
  }
  const data = journeyData(
    scenario,
    runJourney(scenario.journey, { seed: scenario.seed ?? 1, id: scenario.id }),
  );
  return (
    <EmbedFrame
      kind="journey"
      id={scenario.id}
      title={scenario.title}
      pagePath={pagePath({ kind: "journey", id: scenario.id })}
      stepCount={data.steps.length}
      scenarioIds={IDS}
    >
      <JourneyIsland id={scenario.id} data={data} globalKeys acceptCommands eager>
        <JourneyStill data={data} />
      </JourneyIsland>
    </EmbedFrame>
  );
}
