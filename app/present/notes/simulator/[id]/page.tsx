import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { type NoteStep, ScenarioNotesView } from "@/components/present/scenario-notes-view";
import { speakerName, stepHeadline } from "@/components/simulator/step-parts";
import { scenarioNotes } from "@/content/notes/scenarios";
import { scenarioById, scenarios } from "@/content/scenarios";
import { stageData } from "@/lib/simulator/stage-data";
import { presenterMetadata } from "@/lib/site/metadata";
import { runScenario } from "@/lib/smtp";

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
    title: `Speaker notes: ${s.title}`,
    description: `Speaker notes for presenting the scenario “${s.title}”: what to say and ask in each phase, and the next step.`,
    path: `/present/notes/simulator/${s.id}`,
  });
}

const MAX_LINES = 12;

export default async function ScenarioNotesPage({ params }: Props) {
  const { id } = await params;
  const scenario = scenarioById(id);
  if (scenario?.kind !== "session") notFound();
  const data = stageData(scenario, runScenario(scenario));
  const steps: NoteStep[] = data.steps.map((s) => ({
    n: s.n,
    phase: s.phase,
    speaker: s.speaker,
    speakerName: speakerName(s.speaker, data.meta),
    tls: s.tls,
    lines: s.lines.slice(0, MAX_LINES),
    more: Math.max(0, s.lines.length - MAX_LINES),
    headline: stepHeadline(s, data.meta),
    narration: s.narration.text,
  }));
  return (
    <ScenarioNotesView
      id={scenario.id}
      title={scenario.title}
      summary={scenario.summary}
      steps={steps}
      notes={scenarioNotes[scenario.id] ?? {}}
    />
  );
}
