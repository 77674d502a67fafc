/**
 * The journey view's layout at one step, shared by the animated player and the server-rendered still
 * (lesson embeds before their script loads, and readers without JavaScript), so swapping one for the
 * other moves nothing: clock, route with bounce path, narration and step details, controls (or their
 * placeholder), the timeline as an ordered list, the hops, the delivered message and the bounce.
 * No hooks: the player passes state, slots and handlers in.
 */
import type { ReactNode } from "react";
import type { JourneyData, JourneyHopData } from "@/lib/simulator/journey-data";
import {
  BounceReport,
  DeliveredMessage,
  type Heading,
  HopTranscript,
  hopSummary,
  JourneyClock,
  JourneyNarrationBox,
  JourneyRoute,
  JourneyTimeline,
  StatusLine,
  StepDetail,
  stepAt,
} from "./journey-parts";

/** A hop as a native disclosure with its transcript: works without JavaScript. */
export function StaticHop({ hop }: { hop: JourneyHopData }) {
  return (
    <details className="rounded-lg border border-border bg-surface" data-hop={hop.n}>
      <HopSummary hop={hop} />
      <div className="border-border border-t p-2">
        <HopTranscript hop={hop} />
      </div>
    </details>
  );
}

export function HopSummary({
  hop,
  summaryRef,
}: {
  hop: JourneyHopData;
  summaryRef?: React.Ref<HTMLElement>;
}) {
  return (
    <summary ref={summaryRef} className="min-h-11 cursor-pointer px-3 py-2 font-semibold">
      Watch this hop's SMTP session: {hopSummary(hop)}{" "}
      <span className="font-normal text-sm">
        · <StatusLine status={{ tone: hop.tone, text: hop.result }} />
      </span>
    </summary>
  );
}

export function JourneyFrame({
  data,
  step,
  heading = "h2",
  ended = false,
  live = false,
  note,
  dial,
  overlay,
  controls,
  onSelect,
  listRef,
  hopAction,
  renderHop = (hop) => <StaticHop hop={hop} />,
}: {
  data: JourneyData;
  step: number;
  heading?: Heading;
  ended?: boolean;
  live?: boolean;
  note?: ReactNode;
  dial?: { clock: ReactNode; date: ReactNode };
  overlay?: ReactNode;
  controls: ReactNode;
  onSelect?: (n: number) => void;
  listRef?: React.Ref<HTMLOListElement>;
  hopAction?: (hop: JourneyHopData) => ReactNode;
  renderHop?: (hop: JourneyHopData) => ReactNode;
}) {
  const { meta } = data;
  const current = stepAt(data, step);
  const H = heading;
  return (
    <>
      {note}
      <JourneyClock data={data} step={current} dial={dial} ended={ended} />
      <JourneyRoute data={data} step={current} overlay={overlay} />
      {/* Each block is its own paint layer (relative), so a step repaints the blocks that changed only. */}
      <div className="relative grid gap-4 @5xl:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <JourneyNarrationBox data={data} step={current} count={data.steps.length} live={live} />
        <StepDetail data={data} step={current} hopAction={hopAction} />
      </div>
      {/* On small screens the controls stay pinned to the bottom while the route and narration scroll. */}
      <div
        className="relative z-20 space-y-1 [contain:layout] max-lg:sticky max-lg:bottom-0 max-lg:-mx-1 max-lg:border-border max-lg:border-t max-lg:bg-bg max-lg:px-1 max-lg:pt-1 max-lg:pb-2"
        data-controls=""
      >
        {controls}
      </div>
      <div className="relative grid gap-4 @5xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <JourneyTimeline data={data} current={step} onSelect={onSelect} heading={heading} listRef={listRef} />
        <section aria-labelledby={`journey-hops-${meta.id}`} className="min-w-0">
          <H id={`journey-hops-${meta.id}`} className="font-semibold text-lg">
            The SMTP sessions ({data.hops.length} {data.hops.length === 1 ? "hop" : "hops"})
          </H>
          <p className="mt-1 text-muted text-sm">
            Every hop is a real engine session. Open one to replay it step by step in the simulator.
          </p>
          <ul className="mt-2 space-y-2">
            {data.hops.map((hop) => (
              <li key={hop.n}>{renderHop(hop)}</li>
            ))}
          </ul>
        </section>
      </div>
      <DeliveredMessage data={data} heading={heading} />
      <BounceReport data={data} heading={heading} />
    </>
  );
}

/** The root element's state attributes (data-step, data-state, data-speaker), shared by player and still. */
export function journeyRootProps(data: JourneyData, step: number, state: string) {
  return {
    "data-journey": data.meta.id,
    "data-step": step,
    "data-state": state,
    "data-speaker": stepAt(data, step)?.speaker ?? "none",
    "data-outcome": data.meta.outcome,
  };
}

/**
 * The journey at its first step without the player: what the server renders before the player's script
 * has loaded (and all that a reader without JavaScript gets): the whole timeline, the hops' transcripts,
 * the delivered message or the bounce.
 */
export function JourneyStill({ data, heading = "h2" }: { data: JourneyData; heading?: Heading }) {
  return (
    <section
      aria-label={`Journey: ${data.meta.title}`}
      {...journeyRootProps(data, 0, "idle")}
      className="@container flex flex-col gap-4"
    >
      <JourneyFrame
        data={data}
        step={0}
        heading={heading}
        controls={
          <div className="flex min-h-[6.75rem] items-center rounded-lg border border-border border-dashed px-4 text-muted text-sm">
            <p>
              The player starts when its script has loaded. The timeline below tells the whole journey either
              way.
            </p>
          </div>
        }
      />
    </section>
  );
}
