/**
 * <Callout kind="note|pitfall|myth" title="…">markdown</Callout>
 * note: worth knowing; pitfall: a common mistake; myth: a widespread wrong claim, then the correction.
 * The kind is always spelled out in words, never by colour alone.
 */
import { AlertIcon, InfoIcon, MythIcon } from "@/components/ui/icons";

const KINDS = {
  note: { label: "Note", Icon: InfoIcon, colour: "var(--c-accent)" },
  pitfall: { label: "Pitfall", Icon: AlertIcon, colour: "var(--c-later)" },
  myth: { label: "Myth", Icon: MythIcon, colour: "var(--c-no)" },
} as const;

export type CalloutKind = keyof typeof KINDS;

export function Callout({
  kind = "note",
  title,
  children,
}: {
  kind?: CalloutKind;
  title?: string;
  children: React.ReactNode;
}) {
  const k = KINDS[kind] ?? KINDS.note;
  return (
    <div
      role="note"
      data-callout={kind}
      className="my-6 rounded-r-lg border-l-4 bg-surface px-4 py-3 [&>*:last-child]:mb-0"
      style={{ borderLeftColor: k.colour }}
    >
      <p className="mt-0 mb-2 flex items-center gap-2 font-semibold">
        <span style={{ color: k.colour }} className="inline-flex text-lg">
          <k.Icon />
        </span>
        <span>
          {k.label}
          {title ? `: ${title}` : null}
        </span>
      </p>
      {children}
    </div>
  );
}
