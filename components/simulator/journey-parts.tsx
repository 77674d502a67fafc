/**
 * Presentational pieces of the journey view, shared by the server-rendered still (lesson embeds, no
 * JavaScript) and the animated player: the simulated clock, the route (MUA → MSA → queue → DNS → MX →
 * mailbox, plus the bounce path back to the sender), the narration box, the step's details, the timeline
 * as an ordered list, the hops, the delivered message's headers and the bounce. No hooks and no motion
 * here, so a server component can render them; the player passes state and handlers in.
 * Visual grammar (VISUAL.md): role colours per node, results as icon + word + code, never colour alone.
 */
import { memo, type ReactNode } from "react";
import { Rfc, RfcList } from "@/components/mdx/rfc";
import { CheckIcon, ClockIcon, CrossIcon, EnvelopeIcon, InfoIcon } from "@/components/ui/icons";
import type {
  JourneyData,
  JourneyHopData,
  JourneyPlace,
  JourneyStep,
  PlaceStatus,
  Tone,
} from "@/lib/simulator/journey-data";
import { dayOf, formatClock, formatWait } from "@/lib/simulator/journey-time";
import { type JourneyNode, rfc5322Date } from "@/lib/smtp";

export const PLACE_COLOUR: Record<JourneyPlace | "none", string> = {
  mua: "var(--c-client)",
  msa: "var(--c-server)",
  queue: "var(--c-muted)",
  dns: "var(--c-wire)",
  mx: "var(--c-server)",
  mailbox: "var(--c-ok)",
  "sender-mailbox": "var(--c-client)",
  none: "var(--c-muted)",
};

export const NODE_NAME: Record<JourneyPlace, string> = {
  mua: "Mail app (MUA)",
  msa: "Submission server (MSA)",
  queue: "Queue",
  dns: "DNS",
  mx: "Recipient's MX",
  mailbox: "Recipient's mailbox",
  "sender-mailbox": "Sender's mailbox",
};

const TONE: Record<Tone, { colour: string; Icon: typeof CheckIcon; word: string }> = {
  ok: { colour: "var(--c-ok)", Icon: CheckIcon, word: "done" },
  later: { colour: "var(--c-later)", Icon: ClockIcon, word: "try later" },
  no: { colour: "var(--c-no)", Icon: CrossIcon, word: "failed" },
  info: { colour: "var(--c-muted)", Icon: InfoIcon, word: "" },
};

export function StatusLine({ status, fallback = "—" }: { status?: PlaceStatus | null; fallback?: string }) {
  if (!status) return <span className="inline-flex text-muted">{fallback}</span>;
  const t = TONE[status.tone];
  return (
    <span
      className="inline-flex min-w-0 items-start gap-1"
      style={{ color: t.colour }}
      data-tone={status.tone}
    >
      <t.Icon aria-hidden="true" className="mt-[0.2em] shrink-0" />
      <span className="min-w-0 whitespace-pre-line [overflow-wrap:anywhere]">{status.text}</span>
    </span>
  );
}

/** The step shown (0 = before the submission). */
export function stepAt(data: JourneyData, n: number): JourneyStep | undefined {
  return n > 0 ? data.steps[n - 1] : undefined;
}

export type Heading = "h2" | "h3";
const _sub = (h: Heading): "h3" | "h4" => (h === "h2" ? "h3" : "h4");

// --- the clock ----------------------------------------------------------------------------------

export function JourneyClock({
  data,
  step,
  dial,
  ended,
}: {
  data: JourneyData;
  step: JourneyStep | undefined;
  /** The player's dial (it fast-forwards through a wait); defaults to the step's time, still. */
  dial?: { clock: ReactNode; date: ReactNode };
  ended: boolean;
}) {
  const { meta } = data;
  const t = step?.t ?? 0;
  const jump = step?.jumpMs ?? 0;
  const age = meta.queuedAt !== null && t >= meta.queuedAt ? t - meta.queuedAt : 0;
  const lifetimeDays = Math.round(meta.lifetimeMs / 86_400_000);
  const outcome =
    meta.outcome === "delivered"
      ? { tone: "ok" as const, text: "Delivered" }
      : meta.outcome === "bounced"
        ? { tone: "no" as const, text: "Bounced" }
        : meta.outcome === "mixed"
          ? { tone: "later" as const, text: "Partly delivered" }
          : { tone: "no" as const, text: "Not submitted" };
  return (
    <div
      className="grid gap-3 rounded-xl border border-border bg-surface px-4 py-3 [contain:layout_paint] @3xl:grid-cols-[auto_minmax(0,1fr)_auto] @3xl:items-center @3xl:gap-x-6"
      data-clock=""
    >
      <div className="min-w-0">
        <p className="font-semibold text-muted text-xs uppercase tracking-wide">Simulated clock</p>
        <p className="flex flex-wrap items-baseline gap-x-3">
          <span
            className="font-bold font-mono text-2xl tabular-nums @3xl:text-3xl"
            data-clock-value={step?.t ?? 0}
          >
            {dial ? dial.clock : `T+${formatClock(t)}`}
          </span>
          <span
            className="min-w-[6ch] rounded-md px-1.5 font-mono font-semibold text-sm"
            style={{ color: "var(--c-later)" }}
            data-clock-jump={jump >= 1000 ? jump : 0}
          >
            {jump >= 1000 ? (
              <>
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  width="0.9em"
                  height="0.9em"
                  fill="currentColor"
                  className="mr-1 inline align-[-0.05em]"
                >
                  <path d="M3 6l8 6-8 6zM13 6l8 6-8 6z" />
                </svg>
                +{formatWait(jump)}
              </>
            ) : null}
          </span>
        </p>
        <p className="font-mono text-muted text-sm">{dial ? dial.date : rfc5322Date(t)}</p>
      </div>
      {meta.retries ? (
        <QueueMeter data={data} t={t} age={age} lifetimeDays={lifetimeDays} />
      ) : (
        <p className="text-muted text-sm">
          Time since the mail app started the submission, on the engine's simulated clock.
        </p>
      )}
      <p className="font-semibold text-sm" data-outcome-shown={ended ? meta.outcome : ""}>
        <span className="text-muted">Outcome: </span>
        {ended ? <StatusLine status={outcome} /> : <span className="text-muted">at the end</span>}
      </p>
    </div>
  );
}

/** The day boundaries and one tick per delivery attempt: static, so memoised. */
const MeterTicks = memo(function MeterTicks({ data, colour }: { data: JourneyData; colour: string }) {
  const { meta } = data;
  const start = meta.queuedAt ?? 0;
  const days = Math.round(meta.lifetimeMs / 86_400_000);
  const pos = (x: number) => `${Math.min(100, Math.max(0, ((x - start) / meta.lifetimeMs) * 100))}%`;
  return (
    <>
      {Array.from({ length: Math.max(0, days - 1) }, (_, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: day boundaries never reorder
          key={i}
          className="absolute inset-y-0 w-px bg-border"
          style={{ left: `${((i + 1) / days) * 100}%` }}
        />
      ))}
      {meta.attemptTimes.map((a) => (
        <span
          key={a}
          className="absolute top-1 bottom-1 w-0.5 rounded"
          style={{ left: pos(a), background: colour }}
        />
      ))}
    </>
  );
});

function QueueMeter({
  data,
  t,
  age,
  lifetimeDays,
}: {
  data: JourneyData;
  t: number;
  age: number;
  lifetimeDays: number;
}) {
  const { meta } = data;
  const start = meta.queuedAt ?? 0;
  const span = meta.lifetimeMs;
  const pos = (x: number) => `${Math.min(100, Math.max(0, ((x - start) / span) * 100))}%`;
  const past = age > meta.lifetimeMs;
  return (
    <div className="min-w-0" data-queue-meter="">
      <p className="flex flex-wrap justify-between gap-x-3 text-sm">
        <span>
          <span className="font-semibold" data-day={dayOf(age)}>
            Day {dayOf(age)}
          </span>{" "}
          in the queue: {formatWait(age)}
        </span>
        <span className="text-muted">
          {past ? "past the " : "gives up after "}
          {lifetimeDays}-day lifetime
        </span>
      </p>
      <div aria-hidden="true" className="relative mt-1 h-5 rounded border border-border bg-bg">
        <MeterTicks data={data} colour="var(--c-border)" />
        {/* The filled part: the same ticks in colour, clipped at the message's age (one style per step). */}
        <div
          className="absolute inset-0"
          style={{
            clipPath: `inset(0 calc(100% - ${pos(t)}) 0 0)`,
            background: "color-mix(in oklab, var(--c-later) 22%, transparent)",
          }}
        >
          <MeterTicks data={data} colour="var(--c-later)" />
        </div>
      </div>
      <p className="mt-0.5 flex justify-between text-muted text-xs" aria-hidden="true">
        {Array.from({ length: lifetimeDays }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: day labels never reorder
          <span key={i}>Day {i + 1}</span>
        ))}
      </p>
    </div>
  );
}

// --- the route ----------------------------------------------------------------------------------

const EDGE: Record<Exclude<JourneyNode, "mailbox">, (d: JourneyData) => { short: string; long: string }> = {
  mua: (d) => ({
    short: String(d.meta.submissionPort),
    long: `SMTP submission, port ${d.meta.submissionPort} (${d.meta.submissionPort === 465 ? "TLS from the first byte" : "STARTTLS"} + AUTH)`,
  }),
  msa: () => ({ short: "250", long: "250 to the final dot: into the queue" }),
  queue: (d) => ({ short: "MX?", long: `DNS question: MX records of ${d.meta.domains.join(", ")}?` }),
  dns: () => ({ short: "25", long: "SMTP relay to the MX host, port 25" }),
  mx: () => ({ short: "local", long: "local delivery into the mailbox" }),
};

function nodeHost(place: JourneyPlace, d: JourneyData): string[] {
  switch (place) {
    case "mua":
      return [d.meta.mua, d.meta.sender];
    case "msa":
      return [d.meta.msa, `port ${d.meta.submissionPort}`];
    case "queue":
      return d.meta.queueId ? [d.meta.msa, d.meta.queueId] : [d.meta.msa];
    case "dns":
      return [`MX ${d.meta.domains.join(", ")}?`];
    case "mx":
      return [d.meta.mxHosts.length ? "port 25" : "no MX host"];
    case "mailbox":
      return d.meta.recipients;
    case "sender-mailbox":
      return [d.meta.sender, `on ${d.meta.msa}`];
  }
}

function Token({ kind }: { kind: "message" | "bounce" }) {
  return (
    <span
      className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-base shadow"
      style={{
        background: kind === "message" ? "var(--c-accent)" : "var(--c-no)",
        color: "var(--c-bg)",
      }}
      data-token-static={kind}
      title={kind === "message" ? "The message is here" : "The bounce is here"}
    >
      <EnvelopeIcon aria-hidden="true" />
      <span className="sr-only">{kind === "message" ? "(the message is here)" : "(the bounce is here)"}</span>
    </span>
  );
}

type NodeProps = { place: JourneyPlace; data: JourneyData; step: JourneyStep | undefined };

/** What a node shows at a step, as plain values (steps arrive as separate objects, so compare by value). */
function nodeView({ place, step }: NodeProps) {
  const route = step?.route;
  return JSON.stringify([
    step ? step.place === place : place === "mua",
    (route?.message ?? "mua") === place,
    route?.bounce === place,
    route?.status[place] ?? null,
    place === "mx" ? (route?.mx ?? null) : null,
    place === "mx" ? (route?.status.dns ?? null) : null,
  ]);
}

/** One node of the route; re-rendered only when what it shows changes. */
const NodeCard = memo(
  function NodeCard({ place, data, step }: NodeProps) {
    const route = step?.route;
    const active = step ? step.place === place : place === "mua";
    const colour = PLACE_COLOUR[place];
    const hasMessage = (route?.message ?? "mua") === place;
    const hasBounce = route?.bounce === place;
    const status = route?.status[place];
    return (
      <div
        className={`relative flex h-full min-w-0 flex-col gap-0.5 rounded-lg border-2 bg-raised px-3 py-1.5 @4xl:min-h-[12.5rem] @4xl:gap-1 @4xl:py-2 ${active ? "ring-[3px] ring-[var(--c-focus)]" : ""}`}
        style={{ borderColor: colour }}
        data-place={place}
        data-active={active ? "true" : undefined}
      >
        <div className="flex items-start justify-between gap-2">
          <p className="min-w-0 font-semibold leading-tight min-[1800px]:text-lg" style={{ color: colour }}>
            {NODE_NAME[place]}
          </p>
          <span className="flex min-h-7 gap-1" data-token-slot="">
            {hasMessage ? <Token kind="message" /> : null}
            {hasBounce ? <Token kind="bounce" /> : null}
          </span>
        </div>
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 @4xl:flex-col @4xl:items-start @4xl:gap-1">
          <p className="min-w-0 font-mono text-muted text-xs">
            {nodeHost(place, data).map((l) => (
              <span key={l} className="block break-all">
                {l}
              </span>
            ))}
          </p>
          {place === "mx" ? (
            <ul className="w-full space-y-0.5 text-sm">
              {data.meta.mxHosts.length === 0 ? (
                <li>
                  <StatusLine status={route?.status.dns?.tone === "no" ? route.status.dns : null} />
                </li>
              ) : (
                data.meta.mxHosts.map((h) => {
                  const st = route?.mx.find((m) => m.host === h)?.status;
                  return (
                    <li key={h} className="flex min-w-0 flex-wrap items-baseline gap-x-2 @4xl:block">
                      <span className="block break-all font-mono text-xs">{h}</span>
                      <StatusLine status={st} />
                    </li>
                  );
                })
              )}
            </ul>
          ) : (
            <p
              className="text-sm"
              // The DNS answer takes one line per MX record: keep the room for it from the start.
              style={
                place === "dns" ? { minHeight: `${Math.max(1, data.meta.mxHosts.length)}lh` } : undefined
              }
            >
              <StatusLine status={status} />
            </p>
          )}
        </div>
      </div>
    );
  },
  (a, b) => a.place === b.place && a.data === b.data && nodeView(a) === nodeView(b),
);

export function JourneyRoute({
  data,
  step,
  overlay,
}: {
  data: JourneyData;
  step: JourneyStep | undefined;
  overlay?: ReactNode;
}) {
  const route: JourneyNode[] = ["mua", "msa", "queue", "dns", "mx", "mailbox"];
  const bounceFrom = data.bounce ? (data.bounce.reportingMta === data.meta.msa ? "queue" : "mx") : "queue";
  const bounceOn = !!step?.route.bounce;
  return (
    <div className="@container">
      {/* Contained, so a step's changes (and the flying envelope) never repaint the rest of the page. */}
      <div className="relative p-1 [contain:layout_paint]" data-route="">
        <ol aria-label="The route" className="grid grid-cols-1 @4xl:grid-cols-6 @4xl:gap-x-10">
          {route.map((p) => {
            const edge = p === "mailbox" ? null : EDGE[p](data);
            return (
              <li key={p} className="relative flex min-w-0 flex-col">
                <NodeCard place={p} data={data} step={step} />
                {edge ? (
                  <span
                    aria-hidden="true"
                    className="flex items-center gap-2 py-0.5 pl-5 text-muted text-xs @4xl:absolute @4xl:top-1/2 @4xl:left-full @4xl:w-10 @4xl:-translate-y-1/2 @4xl:flex-col @4xl:gap-0 @4xl:p-0 @4xl:text-center"
                  >
                    <span className="font-bold text-base leading-none @4xl:hidden">↓</span>
                    <span className="hidden font-bold text-base leading-none @4xl:inline">→</span>
                    <span className="@4xl:hidden">{edge.long}</span>
                    <span className="hidden font-mono @4xl:inline">{edge.short}</span>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
        <div
          className="mt-3 grid grid-cols-1 gap-2 @4xl:grid-cols-6 @4xl:gap-x-10"
          data-bounce-path={bounceOn ? "active" : "idle"}
        >
          <p
            className={`flex items-center gap-2 rounded-md border-2 border-dashed px-3 py-2 text-sm @4xl:order-2 @4xl:col-start-2 ${bounceFrom === "queue" ? "@4xl:col-span-2" : "@4xl:col-span-4"}`}
            style={{
              borderColor: bounceOn ? "var(--c-no)" : "var(--c-border)",
              color: bounceOn ? "var(--c-no)" : "var(--c-muted)",
            }}
          >
            <span aria-hidden="true" className="font-bold text-base">
              ←
            </span>
            <span>
              <span className="font-semibold">Bounce path</span>:{" "}
              {data.bounce ? (
                <>
                  a DSN from {data.bounce.reportingMta} back to {data.bounce.to}, sent with{" "}
                  <code className="font-mono">MAIL FROM:&lt;&gt;</code>
                </>
              ) : (
                <>
                  used only if delivery fails: a DSN back to {data.meta.sender} with{" "}
                  <code className="font-mono">MAIL FROM:&lt;&gt;</code>
                </>
              )}
            </span>
          </p>
          <div className="@4xl:order-1 @4xl:col-start-1 @4xl:row-start-1">
            <NodeCard place="sender-mailbox" data={data} step={step} />
          </div>
        </div>
        {overlay}
      </div>
    </div>
  );
}

// --- narration and step details -------------------------------------------------------------------

export function JourneyNarrationBox({
  data,
  step,
  count,
  live,
}: {
  data: JourneyData;
  step: JourneyStep | undefined;
  count: number;
  live?: boolean;
}) {
  const colour = PLACE_COLOUR[step?.place ?? "none"];
  return (
    <div
      aria-live={live ? "polite" : undefined}
      aria-atomic={live ? "true" : undefined}
      className="min-h-40 overflow-auto rounded-lg border-l-4 bg-surface px-4 py-3 [contain:layout_paint] @5xl:h-[19rem]"
      style={{ borderLeftColor: colour }}
      data-narration=""
    >
      <p className="font-semibold text-sm" style={{ color: colour }}>
        {step
          ? `Step ${step.n} of ${count} · ${NODE_NAME[step.place]} · T+${formatClock(step.t)}`
          : `Before the submission · ${count} steps`}
      </p>
      <p className="mt-1 text-lg leading-snug min-[1800px]:text-xl">
        {step
          ? step.narration.text
          : `${data.meta.sender} writes to ${data.meta.recipients.join(", ")}. ${data.meta.summary}`}
      </p>
      {step && step.narration.rfc.length > 0 ? (
        <p className="mt-1 text-muted text-sm">
          <RfcList refs={step.narration.rfc} separator=" · " />
        </p>
      ) : null}
    </div>
  );
}

function Envelope({ from, to }: { from: string; to: string }) {
  return (
    <pre className="rounded bg-bg px-2 py-1 font-mono text-sm whitespace-pre-wrap break-all">
      {`MAIL FROM:<${from}>\nRCPT TO:<${to}>`}
    </pre>
  );
}

/** The DSN's per-recipient fields, exactly as the engine wrote them. */
export function DsnFields({ fields }: { fields: Record<string, string> }) {
  const order = ["Final-Recipient", "Action", "Status", "Remote-MTA", "Diagnostic-Code"];
  return (
    <dl
      className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 font-mono text-sm"
      data-dsn-fields=""
    >
      {order
        .filter((k) => fields[k] !== undefined)
        .map((k) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{k}:</dt>
            <dd className="break-words" data-dsn-field={k}>
              {fields[k]}
            </dd>
          </div>
        ))}
    </dl>
  );
}

export function StepDetail({
  data,
  step,
  hopAction,
}: {
  data: JourneyData;
  step: JourneyStep | undefined;
  /** The player's "Watch this hop's SMTP session" button for steps that ran a hop. */
  hopAction?: (hop: JourneyHopData) => ReactNode;
}) {
  // A fixed height on wide screens (the narration beside it keeps its size too: no layout shift), scrolling
  // inside when a step has more to show (a bounce's report).
  const box =
    "min-h-40 overflow-auto rounded-lg border border-border bg-raised px-4 py-3 text-sm @5xl:h-[19rem]";
  if (!step)
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the box may scroll; keyboard users must be able to scroll it
      <section className={box} data-step-detail="start" tabIndex={0} aria-label="Step details">
        <p className="font-semibold">What you will see</p>
        <p className="mt-1">
          The message moves along the route; the clock jumps over the waits. Press <strong>Play</strong> or{" "}
          <kbd className="font-mono">→</kbd> to start.
        </p>
        <p className="mt-1 text-muted">{data.meta.policyText}</p>
      </section>
    );
  const hop = step.hop !== null ? data.hops[step.hop - 1] : undefined;
  const first = step.kind;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the box may scroll; keyboard users must be able to scroll it
    <section className={box} data-step-detail={first} tabIndex={0} aria-label="Step details">
      {step.deferred ? (
        <>
          <p className="font-semibold">
            <StatusLine status={{ tone: "later", text: `Deferred, status ${step.deferred.status}` }} />
          </p>
          <p className="mt-1 break-words font-mono text-xs">{step.deferred.reason}</p>
          <p className="mt-2" data-next-attempt={step.deferred.nextAttemptAt}>
            Next attempt in <strong>{formatWait(step.deferred.waitMs)}</strong>, at T+
            {formatClock(step.deferred.nextAttemptAt)}.
          </p>
        </>
      ) : step.dnsAnswer ? (
        <>
          <p className="font-semibold">The DNS answer</p>
          <pre
            className="mt-1 rounded bg-bg px-2 py-1 font-mono text-sm whitespace-pre-wrap break-all"
            data-dns-answer=""
          >
            {step.dnsAnswer.join("\n")}
          </pre>
        </>
      ) : first === "GaveUp" ? (
        <>
          <p className="font-semibold">
            <StatusLine status={step.route.status.queue} />
          </p>
          <p className="mt-1">
            Queue lifetime: {formatWait(data.meta.lifetimeMs)}. {data.meta.attemptTimes.length} delivery
            attempts, the first at T+{formatClock(data.meta.attemptTimes[0] ?? 0)}.
          </p>
          <p className="mt-1 text-muted">{data.meta.policyText}</p>
        </>
      ) : (first === "BounceSent" || first === "BounceDelivered") && data.bounce ? (
        <>
          <p className="font-semibold" style={{ color: "var(--c-no)" }}>
            The bounce: envelope and delivery report
          </p>
          <div className="mt-1">
            <Envelope from="" to={data.bounce.to} />
          </div>
          <div className="mt-2">
            {data.bounce.recipients.map((f) => (
              <DsnFields key={f["Final-Recipient"] ?? ""} fields={f} />
            ))}
          </div>
        </>
      ) : first === "Delivered" && data.delivered ? (
        <>
          <p className="font-semibold">The trace lines, newest on top</p>
          <section
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the box scrolls; keyboard users must be able to scroll it
            tabIndex={0}
            aria-label="Trace lines"
            className="mt-1 max-h-40 overflow-auto rounded bg-bg px-2 py-1"
          >
            <pre className="font-mono text-xs whitespace-pre-wrap break-all">
              {data.delivered.message.filter((l) => /^(Return-Path|Received):/.test(l)).join("\n")}
            </pre>
          </section>
        </>
      ) : first === "Bounced" ? (
        <p className="font-semibold">
          <StatusLine status={{ tone: "no", text: step.label }} />
        </p>
      ) : (
        <p>{step.label}</p>
      )}
      {hop ? (
        <div className="mt-2 border-border border-t pt-2">
          <p>
            Hop {hop.n}: {hop.from} → {hop.to}, port {hop.port} ·{" "}
            <StatusLine status={{ tone: hop.tone, text: hop.result }} />
          </p>
          {hopAction ? <div className="mt-1">{hopAction(hop)}</div> : null}
        </div>
      ) : null}
    </section>
  );
}

// --- the timeline -------------------------------------------------------------------------------

/** One timeline row; memoised, so a step change re-renders only the two rows whose highlight changes. */
const TimelineRow = memo(function TimelineRow({
  step: s,
  current,
  onSelect,
}: {
  step: JourneyStep;
  current: boolean;
  onSelect?: (n: number) => void;
}) {
  const content = (
    <span className="grid grid-cols-1 gap-x-3 @lg:grid-cols-[9.5rem_minmax(0,1fr)]">
      <span className="font-mono text-muted tabular-nums">T+{formatClock(s.t)}</span>
      <span className="min-w-0">
        <span className="sr-only">Step {s.n}: </span>
        <span
          className="mr-1.5 font-semibold text-xs uppercase tracking-wide"
          style={{ color: PLACE_COLOUR[s.place] }}
        >
          {NODE_NAME[s.place]}
        </span>
        {s.jumpMs >= 60_000 ? (
          <span className="mr-1.5 font-mono font-semibold" style={{ color: "var(--c-later)" }}>
            +{formatWait(s.jumpMs)} later:
          </span>
        ) : null}
        <span className="break-words">{s.label}</span>
      </span>
    </span>
  );
  return (
    <li
      data-step={s.n}
      data-kind={s.kind}
      data-t={s.t}
      data-wait={s.deferred?.waitMs}
      data-next-attempt={s.deferred?.nextAttemptAt}
      aria-current={current ? "step" : undefined}
      className="relative"
    >
      {onSelect ? (
        <button
          type="button"
          onClick={() => onSelect(s.n)}
          className={`block w-full rounded px-2 py-1 text-left hover:bg-raised ${current ? "bg-raised ring-2 ring-[var(--c-focus)]" : ""}`}
        >
          {content}
        </button>
      ) : (
        <div className="px-2 py-1">{content}</div>
      )}
    </li>
  );
});

export function JourneyTimeline({
  data,
  current,
  onSelect,
  heading,
  listRef,
}: {
  data: JourneyData;
  current: number;
  onSelect?: (n: number) => void;
  heading: Heading;
  listRef?: React.Ref<HTMLOListElement>;
}) {
  const H = heading;
  const id = `journey-timeline-${data.meta.id}`;
  return (
    <section aria-labelledby={id} className="min-w-0">
      <H id={id} className="font-semibold text-lg">
        Timeline
      </H>
      <p className="mt-1 text-muted text-sm">
        Every event of the journey on the simulated clock (T+ days, hours:minutes:seconds since the submission
        began). From the third attempt on, each retry round is one line.
      </p>
      <ol
        ref={listRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls; keyboard users must be able to scroll it
        tabIndex={0}
        aria-label="Journey timeline"
        className="@container mt-2 max-h-[26rem] overflow-auto rounded-lg [contain:content] will-change-scroll border border-border bg-surface p-2 text-sm min-[1800px]:text-base"
        data-journey-timeline=""
      >
        {data.steps.map((s) => (
          <TimelineRow key={s.n} step={s} current={s.n === current} onSelect={onSelect} />
        ))}
      </ol>
    </section>
  );
}

// --- the results --------------------------------------------------------------------------------

export const DeliveredMessage = memo(function DeliveredMessage({
  data,
  heading,
}: {
  data: JourneyData;
  heading: Heading;
}) {
  const d = data.delivered;
  if (!d) return null;
  const H = heading;
  const received = d.message.filter((l) => l.startsWith("Received:")).length;
  return (
    <section
      aria-labelledby={`journey-message-${data.meta.id}`}
      className="relative min-w-0"
      data-final-message=""
    >
      <H id={`journey-message-${data.meta.id}`} className="font-semibold text-lg">
        The message in {d.recipient}'s mailbox
      </H>
      <p className="mt-1 max-w-[75ch] text-sm">
        {received} <code className="font-mono">Received:</code> lines: each server that took the message
        prepended one, so read them from the bottom up: the lowest was added first, by {data.meta.msa}; the
        top one last, by {d.host} (<Rfc n={5321} section="4.4" />
        ). <code className="font-mono">Return-Path:</code> keeps the envelope's{" "}
        <code className="font-mono">MAIL FROM</code>.
      </p>
      <pre className="mt-2 rounded-lg border border-border bg-surface p-3 font-mono text-sm leading-snug">
        {d.message.map((l, i) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: the message's lines never reorder
            key={i}
            className={`block whitespace-pre-wrap break-all ${/^(Received|Return-Path):/.test(l) ? "font-semibold" : ""}`}
            style={/^Received:/.test(l) ? { color: "var(--c-server)" } : undefined}
            data-header={/^Received:/.test(l) ? "received" : undefined}
          >
            {l === "" ? " " : l}
          </span>
        ))}
      </pre>
    </section>
  );
});

export const BounceReport = memo(function BounceReport({
  data,
  heading,
}: {
  data: JourneyData;
  heading: Heading;
}) {
  const b = data.bounce;
  if (!b) return null;
  const H = heading;
  return (
    <section aria-labelledby={`journey-bounce-${data.meta.id}`} className="relative min-w-0" data-bounce="">
      <H id={`journey-bounce-${data.meta.id}`} className="font-semibold text-lg">
        The bounce back to {b.to}
      </H>
      <p className="mt-1 max-w-[75ch] text-sm">
        {b.reportingMta} {b.hop ? "sent it by SMTP on port 25" : "delivered it locally"} with the null
        reverse-path, so no bounce can ever answer it (<Rfc n={5321} section="6.1" />,{" "}
        <Rfc n={5321} section="3.6.3" />
        ). The machine-readable part follows RFC 3464 (<Rfc n={3464} section="2.3" />
        ):
      </p>
      <div className="mt-2 grid gap-3 @3xl:grid-cols-[auto_minmax(0,1fr)]">
        <Envelope from="" to={b.to} />
        <div className="rounded-lg border-2 bg-surface px-3 py-2" style={{ borderColor: "var(--c-no)" }}>
          {b.recipients.map((f) => (
            <DsnFields key={f["Final-Recipient"] ?? ""} fields={f} />
          ))}
        </div>
      </div>
      <details className="mt-2 rounded-lg border border-border bg-surface">
        <summary className="min-h-11 cursor-pointer px-3 py-2 font-semibold">
          The whole bounce message (multipart/report)
        </summary>
        <pre className="border-border border-t p-3 font-mono text-xs leading-snug whitespace-pre-wrap break-all">
          {b.dsn.join("\n")}
        </pre>
      </details>
    </section>
  );
});

/** A hop's SMTP session as plain transcript lines: the no-JavaScript content of its disclosure. */
export function HopTranscript({ hop }: { hop: JourneyHopData }) {
  return (
    <section
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the box scrolls; keyboard users must be able to scroll it
      tabIndex={0}
      aria-label={`Transcript of hop ${hop.n}`}
      className="max-h-96 overflow-auto p-3"
    >
      <pre className="font-mono text-xs leading-snug whitespace-pre-wrap break-all">
        {hop.stage.steps.flatMap((s) => s.lines).join("\n")}
      </pre>
    </section>
  );
}

export function hopSummary(hop: JourneyHopData): string {
  return `Hop ${hop.n} (${hop.label}): ${hop.from} → ${hop.to}, port ${hop.port}`;
}
