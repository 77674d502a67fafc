/**
 * Presentational pieces of the stage, shared by the server-rendered still view and the animated player:
 * a step's text in the speaker's lane, the wire record(s) in the middle lane, reply chips with their
 * explanation. No hooks and no motion here, so a server component can render them too.
 * Visual grammar (VISUAL.md): client blue, server violet, wire amber, attacker red-magenta, TLS teal with a
 * lock; reply classes always as digits plus an icon and a word, never colour alone.
 */
import { RfcList } from "@/components/mdx/rfc";
import { ArrowRightIcon, CheckIcon, ClockIcon, CrossIcon, LockIcon, PlayIcon } from "@/components/ui/icons";
import type { ReplyGloss, StageMeta } from "@/lib/simulator/stage-data";
import type { Step, WireRecord } from "@/lib/smtp";

export const SPEAKER_COLOUR: Record<Step["speaker"], string> = {
  client: "var(--c-client)",
  server: "var(--c-server)",
  attacker: "var(--c-attacker)",
  none: "var(--c-muted)",
};

const CLASS_INFO = {
  2: { word: "done", colour: "var(--c-ok)", Icon: CheckIcon },
  3: { word: "go on", colour: "var(--c-more)", Icon: ArrowRightIcon },
  4: { word: "try later", colour: "var(--c-later)", Icon: ClockIcon },
  5: { word: "refused", colour: "var(--c-no)", Icon: CrossIcon },
} as const;

/** A step's SMTP lines without their 4-character swaks prefix, and its `===` notes separately. */
export function splitLines(step: Step): { text: string[]; notes: string[] } {
  const text: string[] = [];
  const notes: string[] = [];
  for (const l of step.lines) {
    if (l.startsWith("===")) notes.push(l.replace(/^===\s?/, ""));
    else text.push(l.slice(4));
  }
  return { text, notes };
}

/** What to show in the speaker's lane for steps that carry no SMTP text. */
export function stepHeadline(step: Step, meta: StageMeta): string | null {
  switch (step.kind) {
    case "Connected":
      return `Opens a TCP connection to mail.example.test, port ${meta.port}`;
    case "TlsFlight": {
      const labels = step.wire.filter((w): w is Extract<WireRecord, { kind: "tls" }> => w.kind === "tls");
      const names = labels.map((w) => w.label.replace(/ \((inferred|compatibility)\)$/, ""));
      return `TLS handshake: ${names.join(" + ")}`;
    }
    case "ConnectionClosed":
      return "Closes the connection";
    case "ConnectionReset":
      return "Resets the connection (TCP RST): no reply at all";
    case "Waited":
      return null;
    default:
      return null;
  }
}

const SHORT_NAME: Record<Step["speaker"], string> = {
  client: "Client",
  server: "Server",
  attacker: "Attacker",
  none: "",
};

export function speakerName(speaker: Step["speaker"], meta: StageMeta): string {
  if (speaker === "client") return meta.clientRole;
  if (speaker === "server") return meta.serverRole;
  if (speaker === "attacker") return "Attacker";
  return "Nobody";
}

export function ReplyChip({ step, gloss, tipId }: { step: Step; gloss?: ReplyGloss; tipId: string }) {
  const r = step.reply;
  if (!r) return null;
  const info = CLASS_INFO[r.class];
  return (
    <span className="has-tip relative inline-flex">
      <button
        type="button"
        aria-describedby={tipId}
        className="inline-flex items-center gap-1 rounded border-2 bg-raised px-1.5 font-bold font-mono text-[0.95em] leading-snug"
        style={{ borderColor: info.colour, color: info.colour }}
        data-reply-class={r.class}
      >
        <info.Icon aria-hidden="true" />
        {r.code}
        {r.enhanced ? <span className="font-normal">{r.enhanced}</span> : null}
        <span className="sr-only"> ({info.word})</span>
      </button>
      <span id={tipId} role="tooltip" className="tip top-full left-0 mt-1 @2xl:right-0 @2xl:left-auto">
        <span className="block font-semibold">
          {r.code} ({info.word}){gloss ? `: ${gloss.meaning}` : ""}
        </span>
        {gloss?.enhanced ? (
          <span className="mt-1 block">
            <span className="font-mono">{gloss.enhanced.code}</span>: {gloss.enhanced.subject}
            {gloss.enhanced.detail ? `, ${gloss.enhanced.detail.toLowerCase()}` : ""}.
          </span>
        ) : null}
        {gloss ? (
          <span className="mt-1 block text-muted">
            <RfcList refs={gloss.rfc} />
          </span>
        ) : null}
      </span>
    </span>
  );
}

/** The speaker's bubble: SMTP text (monospace), reply chip, lock when inside TLS. */
export function Bubble({
  step,
  meta,
  gloss,
  idPrefix,
}: {
  step: Step;
  meta: StageMeta;
  gloss?: ReplyGloss;
  idPrefix: string;
}) {
  const { text } = splitLines(step);
  const headline = stepHeadline(step, meta);
  const colour = SPEAKER_COLOUR[step.speaker];
  const shown = text.length > 14 ? [...text.slice(0, 12), `… ${text.length - 12} more lines`] : text;
  return (
    <div
      className="min-w-0 rounded-lg border-2 bg-raised px-3 py-2"
      style={{ borderColor: colour }}
      data-bubble={step.speaker}
    >
      <p
        className="flex flex-wrap items-center gap-2 font-semibold text-xs uppercase tracking-wide"
        style={{ color: colour }}
      >
        <span>{SHORT_NAME[step.speaker]}</span>
        {step.tls ? (
          <span className="inline-flex items-center gap-1 normal-case" style={{ color: "var(--c-tls)" }}>
            <LockIcon aria-hidden="true" /> in TLS
          </span>
        ) : null}
      </p>
      {step.reply ? (
        <div className="mt-1">
          <ReplyChip step={step} gloss={gloss} tipId={`${idPrefix}-tip-${step.n}`} />
        </div>
      ) : null}
      {headline ? <p className="mt-1 text-sm">{headline}</p> : null}
      {shown.length > 0 ? (
        <pre className="mt-1 overflow-hidden font-mono text-[0.85em] leading-snug whitespace-pre-wrap break-all">
          {shown.join("\n")}
        </pre>
      ) : null}
    </div>
  );
}

/** The readable bytes of a plaintext write, line by line, each CRLF shown as the escape it is. */
function PlaintextCapture({ text, truncated }: { text: string; truncated: boolean }) {
  const lines = text.split("\r\n");
  const endsWithCrlf = lines[lines.length - 1] === "";
  if (endsWithCrlf) lines.pop();
  const max = 5;
  const shown = lines.length > max + 1 ? lines.slice(0, max) : lines;
  const hidden = lines.length - shown.length;
  return (
    <span className="mt-0.5 block font-mono text-fg">
      {shown.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one capture never reorder
        <span key={i} className="block break-all whitespace-pre-wrap">
          {l.length > 160 ? `${l.slice(0, 160)}…` : l}
          {i < shown.length - 1 || endsWithCrlf ? <span className="text-muted">\r\n</span> : null}
        </span>
      ))}
      {hidden > 0 || truncated ? (
        <span className="block text-muted italic">
          … {hidden > 0 ? `${hidden} more lines` : "more"}, all readable by anyone on the path
        </span>
      ) : null}
    </span>
  );
}

function hexPreview(hex: string, max = 16): string {
  const bytes = hex.split(" ").filter(Boolean);
  return bytes.length > max ? `${bytes.slice(0, max).join(" ")} …` : bytes.join(" ");
}

function recordTitle(w: WireRecord): string {
  if (w.kind === "plaintext") return `Plaintext, ${w.length} bytes`;
  if (w.contentType === 23 && /application data/.test(w.label)) return `Application data, ${w.length} bytes`;
  const label = w.label.replace(/ \(inferred\)$/, " (encrypted)").replace(/ \(compatibility\)$/, "");
  return `${label}, ${w.length} bytes`;
}

/** What a passive observer captures for a step: readable text in plaintext, sizes and ciphertext in TLS. */
export function WireRecords({ step }: { step: Step }) {
  if (step.wire.length === 0) return null;
  return (
    <ul className="space-y-1" data-wire-records="">
      {step.wire.map((w, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: a step's records never reorder
          key={i}
          className="rounded border bg-bg px-2 py-1 text-xs"
          style={{ borderColor: w.kind === "tls" ? "var(--c-tls)" : "var(--c-wire)" }}
          data-record-kind={w.kind}
          data-record-length={w.length}
          data-record-type={w.kind === "tls" ? w.contentType : undefined}
        >
          <span
            className="flex items-center gap-1 font-semibold"
            style={{ color: w.kind === "tls" ? "var(--c-tls)" : "var(--c-wire)" }}
          >
            {w.kind === "tls" ? <LockIcon aria-hidden="true" /> : null}
            {recordTitle(w)}
          </span>
          {w.kind === "plaintext" ? (
            <PlaintextCapture text={w.text} truncated={!!w.truncated} />
          ) : (
            <span className="mt-0.5 block font-mono break-all text-muted">{hexPreview(w.hex)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * An arrowhead drawn as SVG, not as ◀ or ▶: the glyphs are missing from many fonts, so their first use made
 * the browser search the installed fonts in the middle of a step's layout (about 3 ms at 4× CPU throttling,
 * in the frame of the first reply), and ▶ has an emoji form that some systems draw instead.
 */
function Arrowhead({ left }: { left?: boolean }) {
  // The players' Play triangle, mirrored for the arrows that point at the client.
  return (
    <PlayIcon
      stroke="none"
      width="1.125rem"
      height="1.125rem"
      className={left ? "shrink-0 -scale-x-100" : "shrink-0"}
    />
  );
}

/** Arrow across the middle lane, pointing at the receiver. */
export function DirectionArrow({ step }: { step: Step }) {
  const toRight = step.to === "server" || (step.speaker === "client" && step.to !== "client");
  return (
    <span className="flex items-center text-muted" aria-hidden="true">
      {toRight ? null : <Arrowhead left />}
      <span
        className="h-0.5 flex-1 rounded"
        style={{ background: step.tls ? "var(--c-tls)" : "var(--c-border)" }}
      />
      {toRight ? <Arrowhead /> : null}
    </span>
  );
}

function transcriptLineClass(line: string): string {
  if (line.startsWith("===")) return "text-muted italic";
  if (/^ ?(->|~>)/.test(line)) return "text-client";
  if (line.startsWith("<")) return "text-server";
  return "";
}

/** A step's transcript lines in swaks notation, coloured by direction (client, server, notes). */
export function TranscriptLines({ lines }: { lines: readonly string[] }) {
  return lines.map((l, i) => (
    <span
      // biome-ignore lint/suspicious/noArrayIndexKey: a step's lines never reorder
      key={i}
      data-transcript-line=""
      className={`block whitespace-pre-wrap break-all ${transcriptLineClass(l)}`}
    >
      {l}
    </span>
  ));
}
