/**
 * <Rfc n={5321} section="4.5.4.1" /> → "RFC 5321 §4.5.4.1", linked to that section on rfc-editor.org.
 * In print the full reference (number, title, date, URL) follows the label: a print rule in
 * app/globals.css writes it from the link's title and href. An RFC missing from
 * lib/content/rfcs.ts fails the build: every citation must be on the references list.
 */
import { rfcInfo, rfcLabel, rfcUrl } from "@/lib/content/rfcs";

export function Rfc({ n, section, children }: { n: number; section?: string; children?: React.ReactNode }) {
  const info = rfcInfo(n);
  if (!info) throw new Error(`<Rfc n={${n}} /> cites an RFC that lib/content/rfcs.ts does not list.`);
  const href = rfcUrl(n, section);
  return (
    <a href={href} className="rfc-link whitespace-nowrap" title={`RFC ${n}: ${info.title} (${info.date})`}>
      {children ?? rfcLabel(n, section)}
    </a>
  );
}

/** A run of citations, each an <Rfc> link, joined by `separator` (", " in prose, " · " under captions). */
export function RfcList({
  refs,
  separator = ", ",
}: {
  refs: readonly { rfc: number; section?: string | undefined }[];
  separator?: string;
}) {
  return refs.map((c, i) => (
    <span key={`${c.rfc}-${c.section ?? ""}`}>
      {i > 0 ? separator : null}
      <Rfc n={c.rfc} section={c.section} />
    </span>
  ));
}
