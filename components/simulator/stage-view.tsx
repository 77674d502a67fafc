/**
 * The stage as a still picture at a given step: three lanes (client, the network or attacker, server) as a
 * sequence diagram, one row per step up to the current one. Wide containers show three columns; narrow
 * ones (phones, lesson columns) stack each step as a card. Presentational only: the player animates the
 * current row by passing `packet`, and the server renders the same markup as the no-JavaScript view.
 */
import { memo, type ReactNode } from "react";
import { LockIcon } from "@/components/ui/icons";
import { HourglassIcon } from "@/components/ui/player-icons";
import type { StageData } from "@/lib/simulator/stage-data";
import type { Step } from "@/lib/smtp";
import { Bubble, DirectionArrow, SPEAKER_COLOUR, splitLines, WireRecords } from "./step-parts";

function LaneHeaders({ data }: { data: StageData }) {
  const { meta } = data;
  return (
    <div
      aria-hidden="true"
      className="sticky top-0 z-20 hidden grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)_minmax(0,1fr)] gap-3 border-border border-b bg-surface px-3 py-2 font-semibold text-sm @2xl:grid"
    >
      <span style={{ color: "var(--c-client)" }}>{meta.clientRole}</span>
      <span className="text-center" style={{ color: meta.attacker ? "var(--c-attacker)" : "var(--c-wire)" }}>
        {meta.middleRole}
      </span>
      <span className="text-right" style={{ color: "var(--c-server)" }}>
        {meta.serverRole}
      </span>
    </div>
  );
}

function Notes({ step }: { step: Step }) {
  const { notes } = splitLines(step);
  // Connection lines are shown as the step's headline; the captured password has its own banner.
  const shown = notes.filter((n) => !/^(Trying|Connected to) /.test(n) && !/^\[attacker\] decoded /.test(n));
  if (shown.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-muted text-xs italic">
      {shown.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

// Memoised: a step adds one row and changes the current one; the others keep their props and are not
// re-rendered (less main-thread work per step; measured with npm run bench's playback trace).
const Row = memo(function Row({
  step,
  data,
  current,
  packet,
  idPrefix,
}: {
  step: Step;
  data: StageData;
  current: boolean;
  packet?: ReactNode;
  idPrefix: string;
}) {
  const gloss = step.reply ? data.glosses[step.reply.id] : undefined;
  const rowClass = `stage-row relative rounded-lg px-3 py-2 ${current ? "bg-raised ring-2 ring-[var(--c-focus)]" : ""}`;
  if (step.kind === "Waited" || step.speaker === "none") {
    return (
      <li data-step={step.n} className={rowClass}>
        <p className="flex items-center justify-center gap-2 rounded-md border border-border border-dashed px-3 py-2 text-center text-sm">
          <HourglassIcon />
          {splitLines(step).notes.join(" ") || "Waiting"}
        </p>
      </li>
    );
  }
  const bubble = <Bubble step={step} meta={data.meta} gloss={gloss} idPrefix={idPrefix} />;
  const middle = (
    <div
      className="relative min-w-0 rounded-md px-2 py-1"
      style={step.tls ? { background: "color-mix(in oklab, var(--c-tls) 12%, transparent)" } : undefined}
    >
      <DirectionArrow step={step} />
      {packet}
      <div className="mt-1">
        <WireRecords step={step} />
      </div>
      {step.attacker?.captured ? (
        <p
          className="mt-1 rounded border-2 px-2 py-1 font-semibold text-xs"
          style={{ borderColor: "var(--c-attacker)", color: "var(--c-attacker)" }}
        >
          Attacker reads: user “{step.attacker.captured.user}”, password “{step.attacker.captured.password}”
        </p>
      ) : null}
      {step.attacker?.blind ? (
        <p className="mt-1 text-xs" style={{ color: "var(--c-attacker)" }}>
          The attacker sees only encrypted records from here on.
        </p>
      ) : null}
    </div>
  );
  const side = step.speaker;
  // One DOM for both layouts (no duplicated ids): a single column in narrow containers, three lanes in
  // wide ones, with the bubble placed in its speaker's lane.
  const bubbleCell =
    side === "client"
      ? "mr-6 @2xl:mr-0 @2xl:col-start-1 @2xl:row-start-1"
      : side === "server"
        ? "ml-6 @2xl:ml-0 @2xl:col-start-3 @2xl:row-start-1"
        : "mx-3 @2xl:mx-0 @2xl:col-start-2 @2xl:row-start-1";
  const middleCell =
    side === "attacker" ? "@2xl:col-start-2 @2xl:row-start-2" : "@2xl:col-start-2 @2xl:row-start-1";
  return (
    <li
      data-step={step.n}
      data-speaker={side}
      className={`${rowClass} grid grid-cols-1 items-start gap-1 @2xl:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)_minmax(0,1fr)] @2xl:gap-x-3`}
    >
      <div className={bubbleCell}>{bubble}</div>
      <div
        className={`${middleCell} rounded-md border border-dashed px-1 py-1 @2xl:border-0 @2xl:p-0`}
        style={{ borderColor: step.tls ? "var(--c-tls)" : "var(--c-wire)" }}
      >
        <p
          className="px-1 font-semibold text-xs @2xl:hidden"
          style={{ color: step.tls ? "var(--c-tls)" : "var(--c-wire)" }}
        >
          {step.tls ? "On the wire (encrypted)" : "On the wire"}
          {step.to !== "none" ? ` → ${step.to}` : ""}
        </p>
        {middle}
        <Notes step={step} />
      </div>
    </li>
  );
});

export function StageView({
  data,
  upto,
  packet,
  idPrefix,
}: {
  data: StageData;
  /** Show steps 1..upto (0 = before the connection). */
  upto: number;
  packet?: ReactNode;
  idPrefix: string;
}) {
  const shown = data.steps.slice(0, Math.max(0, upto));
  const firstTls = data.steps.find((s) => s.tls)?.n;
  return (
    <div className="@container">
      <LaneHeaders data={data} />
      {upto === 0 ? (
        <p className="px-3 py-8 text-center text-muted">
          Before the connection. Press <strong>Play</strong> or <kbd className="font-mono">→</kbd> to start.
          <FaceWarmup />
        </p>
      ) : null}
      <ol className="space-y-1 py-2" aria-label="Steps so far">
        {shown.map((s) => (
          <StepWithTunnelMark key={s.n} firstTls={firstTls} step={s}>
            <Row
              step={s}
              data={data}
              current={s.n === upto}
              packet={s.n === upto ? packet : undefined}
              idPrefix={idPrefix}
            />
          </StepWithTunnelMark>
        ))}
      </ol>
    </div>
  );
}

/**
 * One letter in each face and size the rows use that the page around the stage does not: the bubbles'
 * header, the SMTP text, a reply chip (bold monospace: reading and setting up that face cost about 5 ms of
 * the first reply's frame) and its enhanced code, a wire record's bytes, and the italic notes.
 * Invisible and hidden from assistive technology (a clipped 1 px box), but laid out, so the browser looks
 * each face up while the page waits on "Before the connection". Without it the first use of a face fell
 * inside a playback step's layout: 2–6 ms each at 4× CPU throttling in the frames of steps 1, 2, 4, 6 and 9
 * (trace: FontCache::GetFontPlatformData; the italic notes' face needed a round trip to the browser
 * process for the system's font).
 */
function FaceWarmup() {
  return (
    <span aria-hidden="true" className="sr-only">
      <span className="font-semibold text-xs uppercase">a</span>
      <span className="font-mono text-[0.85em]">a</span>
      <span className="font-bold font-mono text-[0.95em]">
        a<span className="font-normal">a</span>
      </span>
      <span className="text-xs">
        <span className="font-mono">a</span>
        <span className="font-mono italic">a</span>
        <span className="italic">a</span>
      </span>
    </span>
  );
}

function StepWithTunnelMark({
  step,
  firstTls,
  children,
}: {
  step: Step;
  firstTls?: number;
  children: ReactNode;
}) {
  if (step.n !== firstTls) return <>{children}</>;
  return (
    <>
      <li
        aria-hidden="true"
        className="mx-3 flex items-center gap-2 rounded-md px-3 py-1 font-semibold text-sm"
        style={{ color: "var(--c-tls)", background: "color-mix(in oklab, var(--c-tls) 14%, transparent)" }}
      >
        <LockIcon /> TLS tunnel from here: the network sees only encrypted records and their sizes
      </li>
      {children}
    </>
  );
}

export { SPEAKER_COLOUR };
