/**
 * Which RFCs a piece of content cites, read from its source text: `<Rfc n={5321} …/>` in MDX and
 * `rfc: 5321` in quiz data. Used by the references page ("which lessons use it") and the content checks.
 * Pure: callers pass the text in.
 */
export function citedRfcs(source: string): Set<number> {
  const out = new Set<number>();
  for (const m of source.matchAll(/<Rfc\s+n=\{(\d+)\}/g)) out.add(Number(m[1]));
  for (const m of source.matchAll(/\brfc:\s*(\d+)/g)) out.add(Number(m[1]));
  return out;
}

/** Every `<Rfc n={…} section="…" />` citation with its section, in order. */
export function rfcCitations(source: string): { n: number; section?: string }[] {
  const out: { n: number; section?: string }[] = [];
  for (const m of source.matchAll(/<Rfc\s+n=\{(\d+)\}(?:\s+section="([^"]*)")?/g)) {
    out.push(m[2] === undefined ? { n: Number(m[1]) } : { n: Number(m[1]), section: m[2] });
  }
  return out;
}
