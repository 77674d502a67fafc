import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScenarioDeck } from "@/components/present/scenario-deck";
import { scenarioById, scenarios } from "@/content/scenarios";
import { stageData } from "@/lib/simulator/stage-data";
import { presenterMetadata } from "@/lib/site/metadata";
import { runScenario } from "@/lib/smtp";

// SMTP session scenarios only: store-and-forward journeys are presented from their own page.
export const dynamicParams = false;

export function generateStaticParams() {
  return scenarios.filter((s) => s.kind === "session").map((s) => ({ id: s.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const s = scenarioById(id);
  if (!s) return {};
  return presenterMetadata({
    title: `Present: ${s.title}`,
    description: `Presenter mode for the scenario “${s.title}”: the stage full screen, large type, speaker notes in a second window.`,
    path: `/present/simulator/${s.id}`,
  });
}

export default async function PresentScenarioPage({ params }: Props) {
  const { id } = await params;
  const scenario = scenarioById(id);
  if (scenario?.kind !== "session") notFound();
  return <ScenarioDeck data={stageData(scenario, runScenario(scenario))} />;
}
