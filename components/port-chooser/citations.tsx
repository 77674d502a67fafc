/**
 * The citations after a reason: RFC sections as <Rfc> links, then non-RFC sources named plainly, vendor
 * pages marked as vendor documentation (they are not standards).
 */
import { Rfc } from "@/components/mdx/rfc";
import type { Citation, Source } from "@/lib/ports";

function Cite({ c }: { c: Citation }) {
  // "Abstract" has no section anchor: link the RFC itself, keep the word in the label.
  if (c.section === "Abstract") return <Rfc n={c.rfc}>RFC {c.rfc} Abstract</Rfc>;
  return <Rfc n={c.rfc} section={c.section} />;
}

export function Citations({
  cites,
  sources = [],
}: {
  cites: readonly Citation[];
  sources?: readonly Source[] | undefined;
}) {
  if (cites.length === 0 && sources.length === 0) return null;
  return (
    <span className="text-muted">
      {" ("}
      {cites.map((c, i) => (
        <span key={`${c.rfc}-${c.section ?? ""}`}>
          {i > 0 ? ", " : null}
          <Cite c={c} />
        </span>
      ))}
      {sources.map((s, i) => (
        <span key={s.label}>
          {cites.length > 0 || i > 0 ? "; " : null}
          {s.kind === "vendor" ? `${s.label}: vendor documentation, not a standard` : s.label}
        </span>
      ))}
      {")"}
    </span>
  );
}
