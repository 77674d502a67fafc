/**
 * <Simulator scenario="587-starttls-auth" step={5} /> in a lesson. The engine runs at build time; the
 * lesson's HTML carries a still picture of the conversation (up to `step`, or the whole of it) and the
 * transcript, so it teaches without JavaScript; the animated player loads only when asked for.
 * An unknown scenario id fails the build, so a lesson can never embed a broken simulator.
 */
import Link from "@/components/ui/link";
import { scenarioById } from "@/content/scenarios";
import { stageData } from "@/lib/simulator/stage-data";
import { clampStep, runScenario } from "@/lib/smtp";
import { LazySimulator } from "./lazy-simulator";
import { StageView } from "./stage-view";

export function Simulator({ scenario: id, step }: { scenario: string; step?: number }) {
  const scenario = scenarioById(id);
  if (scenario?.kind !== "session") {
    throw new Error(`<Simulator scenario="${id}"> names no session scenario in content/scenarios.`);
  }
  const data = stageData(scenario, runScenario(scenario));
  const count = data.steps.length;
  const start = step === undefined ? 0 : clampStep(step, count).step;
  const still = step === undefined ? count : start;
  const current = still > 0 ? data.steps[still - 1] : undefined;
  return (
    <figure
      className="not-prose my-8 rounded-xl border border-border bg-bg p-3 sm:p-4"
      data-simulator-embed={id}
    >
      <figcaption className="mb-3">
        <span className="block font-semibold text-lg">{scenario.title}</span>
        <span className="block text-muted text-sm">{scenario.summary}</span>
        <Link href={`/simulator/${id}${start > 0 ? `?step=${start}` : ""}`} className="text-sm">
          Open in the simulator{start > 0 ? ` at step ${start}` : ""}
        </Link>
      </figcaption>
      <LazySimulator id={id} initialStep={start}>
        <section
          aria-label={`Stage: ${scenario.title} (still picture${step === undefined ? " of the whole conversation" : `, step ${start} of ${count}`})`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the still picture scrolls; keyboard users must reach it
          tabIndex={0}
          className="max-h-[28rem] overflow-y-auto rounded-lg border border-border bg-surface"
        >
          <StageView data={data} upto={still} idPrefix={`still-${id}`} />
        </section>
        {current ? (
          <p className="rounded-md border-l-4 border-border bg-surface px-3 py-2 text-sm">
            <span className="font-semibold">
              Step {still} of {count}:{" "}
            </span>
            {current.narration.text}
          </p>
        ) : null}
      </LazySimulator>
    </figure>
  );
}
