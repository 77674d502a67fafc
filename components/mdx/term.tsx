/**
 * <Term id="msa">MSA</Term> — a glossary term in a lesson: a link to its glossary entry whose definition
 * shows on hover and on keyboard focus. An unknown id fails the build. The definition is display:none
 * until then (still the link's accessible description): an invisible but laid-out box near the right edge
 * would widen a phone's page and let it scroll sideways.
 */

import Link from "@/components/ui/link";
import { glossary } from "@/content/glossary";

const byId = new Map(glossary.map((g) => [g.id, g]));

export function Term({ id, children }: { id: string; children: React.ReactNode }) {
  const entry = byId.get(id);
  if (!entry) throw new Error(`<Term id="${id}"> is not in content/glossary.ts.`);
  const tip = `term-${id}-${String(children)
    .replace(/[^a-z0-9]+/gi, "-")
    .toLowerCase()}`;
  return (
    <span className="has-tip relative inline">
      <Link href={`/glossary#${id}`} aria-describedby={tip} className="decoration-dotted underline-offset-4">
        {children}
      </Link>
      <span id={tip} role="tooltip" className="tip bottom-full left-0 mb-1">
        <span className="block font-semibold">{entry.term}</span>
        {entry.definition}
      </span>
    </span>
  );
}
