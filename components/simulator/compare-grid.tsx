/**
 * The comparison as a still picture: one column per scenario, one row per aligned phase, each cell that
 * scenario's steps in that phase (speaker-coloured lines, reply class as icon + digits, TLS in teal with a
 * lock, octets on the wire). No hooks, so the server renders it (the compare page's no-JS view and the
 * lesson embed) and the interactive view reuses it with a highlighted row.
 * Layout by container width: narrow (phones, lesson columns) stacks each phase as a heading followed by one
 * labelled cell per scenario; wider puts the cells side by side under a phase strip; the widest moves
 * the phase label into a left column. Never any horizontal scrolling.
 */

import { ArrowRightIcon, CheckIcon, ClockIcon, CrossIcon, LockIcon } from "@/components/ui/icons";
import Link from "@/components/ui/link";
import {
  type CompareColumn,
  type CompareStep,
  type Comparison,
  PHASE_INFO,
  playerStepFor,
} from "@/lib/simulator/compare";

const LETTERS = ["A", "B", "C"] as const;

/** Grid templates, spelled out so Tailwind sees them: phase label + 2 or 3 columns. */
const TEMPLATE: Record<number, string> = {
  2: "@2xl:grid-cols-2 @6xl:grid-cols-[10rem_repeat(2,minmax(0,1fr))]",
  3: "@2xl:grid-cols-3 @6xl:grid-cols-[10rem_repeat(3,minmax(0,1fr))]",
};
const SPAN: Record<number, string> = {
  2: "@2xl:col-span-2 @6xl:col-span-1",
  3: "@2xl:col-span-3 @6xl:col-span-1",
};

const SPEAKER: Record<CompareStep["speaker"], { mark: string; name: string; colour: string }> = {
  client: { mark: "C", name: "Client", colour: "var(--c-client)" },
  server: { mark: "S", name: "Server", colour: "var(--c-server)" },
  attacker: { mark: "A", name: "Attacker", colour: "var(--c-attacker)" },
  none: { mark: "·", name: "Nobody", colour: "var(--c-muted)" },
};

const REPLY_CLASS = {
  2: { word: "done", colour: "var(--c-ok)", Icon: CheckIcon },
  3: { word: "go on", colour: "var(--c-more)", Icon: ArrowRightIcon },
  4: { word: "try later", colour: "var(--c-later)", Icon: ClockIcon },
  5: { word: "refused", colour: "var(--c-no)", Icon: CrossIcon },
} as const;

const TLS_TINT = "color-mix(in oklab, var(--c-tls) 8%, transparent)";

function playerHref(id: string, step: number): string {
  return `/simulator/${id}${step > 0 ? `?step=${step}` : ""}`;
}

function StepText({ step }: { step: CompareStep }) {
  const { text } = step;
  if (text.length === 0) {
    if (step.kind === "TlsFlight") {
      return (
        <span className="block text-[0.9em]" style={{ color: "var(--c-tls)" }}>
          <span className="font-bold">TLS:</span> {step.headline ?? ""}
        </span>
      );
    }
    return <span className="block text-muted">{step.headline ?? ""}</span>;
  }
  const colour = SPEAKER[step.speaker].colour;
  if (step.kind === "ClientSent" && step.phase === "data" && text.length > 2) {
    const subject = text.find((l) => /^subject:/i.test(l)) ?? text[0];
    return (
      <span className="block" style={{ color: colour }}>
        <span className="block [overflow-wrap:anywhere] font-mono">{subject}</span>
        <span className="block text-muted text-[0.85em]">
          … the message: {text.length} lines, the last a lone “.”
        </span>
      </span>
    );
  }
  const [first, ...rest] = text;
  return (
    <span className="block" style={{ color: colour }}>
      <span className="block [overflow-wrap:anywhere] font-mono">{first}</span>
      {rest.length > 0 && step.reply ? (
        <span className="block [overflow-wrap:anywhere] font-mono text-[0.8em]">
          {rest.map((l) => l.replace(/^\d{3}[- ]/, "")).join(" · ")}
        </span>
      ) : (
        rest.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a step's lines never reorder
          <span key={i} className="block [overflow-wrap:anywhere] font-mono">
            {l}
          </span>
        ))
      )}
    </span>
  );
}

function StepLine({ step }: { step: CompareStep }) {
  const who = SPEAKER[step.speaker];
  const reply = step.reply ? REPLY_CLASS[step.reply.class] : null;
  return (
    <li
      className="grid grid-cols-[1.6em_minmax(0,1fr)_auto] items-baseline gap-x-2 py-0.5"
      data-step={step.n}
      data-speaker={step.speaker}
      data-tls={step.tls ? "" : undefined}
    >
      <span className="font-bold font-mono" style={{ color: who.colour }}>
        <span aria-hidden="true">{who.mark}</span>
        <span className="sr-only">{who.name}</span>
        {step.tls ? (
          <span style={{ color: "var(--c-tls)" }}>
            <LockIcon aria-hidden="true" className="inline-block h-[0.8em] w-[0.8em] align-baseline" />
            <span className="sr-only"> (inside TLS)</span>
          </span>
        ) : null}
        <span className="sr-only">: </span>
      </span>
      <span className="min-w-0">
        <span className="flex items-baseline gap-1.5">
          {reply ? (
            <span className="shrink-0" style={{ color: reply.colour }}>
              <reply.Icon aria-hidden="true" className="inline-block align-[-0.1em]" />
              <span className="sr-only">({reply.word}) </span>
            </span>
          ) : null}
          <span className="min-w-0 flex-1">
            <StepText step={step} />
          </span>
        </span>
        {step.captured ? (
          <span className="mt-0.5 block font-semibold text-[0.85em]" style={{ color: "var(--c-attacker)" }}>
            The attacker reads user “{step.captured.user}”, password “{step.captured.password}”
          </span>
        ) : null}
        {step.notes.map((n) => (
          <span key={n} className="block break-words text-muted text-[0.8em] italic [overflow-wrap:anywhere]">
            {n}
          </span>
        ))}
      </span>
      <span className="whitespace-nowrap text-right font-mono text-muted text-[0.8em]">
        {step.wireBytes > 0 ? (
          <>
            <span aria-hidden="true">{step.wireBytes} B</span>
            <span className="sr-only">, {step.wireBytes} bytes on the wire</span>
          </>
        ) : null}
      </span>
    </li>
  );
}

function ColumnHead({
  column,
  index,
  playerStep,
}: {
  column: CompareColumn;
  index: number;
  playerStep: number;
}) {
  const o = column.outcome;
  const result = [
    o.tls ? "TLS used" : "nothing encrypted",
    o.authenticated ? "logged in" : null,
    o.captured ? "password captured" : null,
    o.queued ? "message accepted" : "no message accepted",
    o.aborted ? "client gave up" : null,
  ].filter(Boolean);
  return (
    <li
      className="min-w-0 rounded-lg border border-border bg-raised px-3 py-2 min-[1700px]:text-2xl"
      data-column-head={column.id}
    >
      <p className="flex items-start gap-2">
        <span
          aria-hidden="true"
          className="mt-0.5 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 border-current font-bold text-sm"
        >
          {LETTERS[index]}
        </span>
        <span className="font-semibold leading-snug">
          <span className="sr-only">{LETTERS[index]}: </span>
          {column.title}
        </span>
      </p>
      <p className="mt-1 text-[0.875em]">
        Port <span className="font-mono font-semibold">{column.port}</span> · {column.tlsMode}
        {column.attacker ? <span style={{ color: "var(--c-attacker)" }}> · attacker on the path</span> : null}
      </p>
      <p className="mt-0.5 text-[0.875em] text-muted">Result: {result.join(", ")}.</p>
      <p className="mt-1 text-[0.875em]">
        <Link href={playerHref(column.id, playerStep)} data-player-link={column.id}>
          Open in the player{playerStep > 0 ? ` at step ${playerStep}` : ""}
          <span className="sr-only"> ({column.title})</span>
        </Link>
      </p>
    </li>
  );
}

export function CompareGrid({
  data,
  current = 0,
  rowHeading = "h2",
}: {
  data: Comparison;
  /** Highlighted row, 1-based; 0 = none. */
  current?: number;
  /** Phase labels as headings of this level (the compare page) or plain text (null: lesson embeds). */
  rowHeading?: "h2" | "h3" | null;
}) {
  const n = data.columns.length;
  const template = TEMPLATE[n] ?? TEMPLATE[3];
  const span = SPAN[n] ?? SPAN[3];
  const Label = rowHeading ?? "p";
  return (
    <div className="@container" data-compare-grid={data.ids.join(",")}>
      <ul aria-label="Conversations compared" className={`grid grid-cols-1 gap-2 ${template}`}>
        <li aria-hidden="true" className="hidden @6xl:block" />
        {data.columns.map((c, i) => (
          <ColumnHead key={c.id} column={c} index={i} playerStep={playerStepFor(data, i, current)} />
        ))}
      </ul>
      <ol aria-label="Phases, in order" className="mt-3 space-y-2">
        {data.rows.map((row, r) => {
          const k = r + 1;
          const info = PHASE_INFO[row.phase];
          const isCurrent = k === current;
          const tls = row.phase === "tls";
          return (
            <li
              key={`${k}-${row.phase}`}
              data-row={k}
              data-phase={row.phase}
              aria-current={isCurrent ? "step" : undefined}
              className={`grid scroll-mt-4 scroll-mb-40 grid-cols-1 gap-x-3 gap-y-2 rounded-lg border p-2 ${template} ${
                isCurrent ? "border-transparent ring-[3px] ring-[var(--c-focus)]" : "border-border"
              }`}
              style={{ background: tls ? TLS_TINT : undefined }}
            >
              <div className={`min-w-0 ${span}`}>
                <Label
                  className="flex items-center gap-1.5 font-bold text-base min-[1700px]:text-2xl"
                  style={tls ? { color: "var(--c-tls)" } : undefined}
                >
                  <span className="font-normal text-muted text-sm tabular-nums">{k}</span>
                  {tls ? <LockIcon aria-hidden="true" /> : null}
                  {info.label}
                </Label>
              </div>
              {row.cells.map((cell, i) => {
                const column = data.columns[i];
                if (!column) return null;
                const letter = LETTERS[i];
                const steps = cell ? column.steps.filter((s) => s.n >= cell.first && s.n <= cell.last) : [];
                return (
                  <div
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns never reorder within a row
                    key={i}
                    className={`min-w-0 rounded-md px-2 py-1 ${cell ? "bg-bg/70" : "border border-border border-dashed"}`}
                    data-column={column.id}
                    data-first-step={cell?.first}
                    data-last-step={cell?.last}
                    data-empty={cell ? undefined : ""}
                  >
                    <p
                      className={`flex flex-wrap items-baseline gap-x-2 text-sm ${cell ? "justify-between" : ""}`}
                    >
                      <span className="font-semibold @2xl:sr-only">
                        <span aria-hidden="true">
                          {letter}
                          {cell ? ` · ${column.short}` : ""}
                        </span>
                        <span className="sr-only">{column.title}</span>
                      </span>
                      {cell ? (
                        <Link
                          href={playerHref(column.id, cell.first)}
                          // At least 24 px tall: a pointer target by itself (WCAG 2.2 target size).
                          className="inline-flex min-h-6 items-center text-xs min-[1700px]:text-base"
                        >
                          {cell.first === cell.last
                            ? `Step ${cell.first}`
                            : `Steps ${cell.first}–${cell.last}`}
                          <span className="sr-only"> of {column.title}, in the player</span>
                        </Link>
                      ) : (
                        <span className="text-muted text-xs min-[1700px]:text-base">
                          <span aria-hidden="true">— </span>
                          nothing in this phase here
                        </span>
                      )}
                    </p>
                    {steps.length > 0 ? (
                      <ol className="mt-0.5 text-sm leading-snug @6xl:text-base @[88rem]:text-[1.5rem]">
                        {steps.map((s) => (
                          <StepLine key={s.n} step={s} />
                        ))}
                      </ol>
                    ) : null}
                  </div>
                );
              })}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
