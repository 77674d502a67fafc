import type { Metadata } from "next";
import { EmbedThis } from "@/components/embed/embed-this";
import { buildComparison, compareChoices } from "@/components/simulator/compare-build";
import { CompareView } from "@/components/simulator/compare-view";
import Link from "@/components/ui/link";
import { redirects } from "@/content/scenarios";
import { withOembed } from "@/lib/embed/metadata";
import { DEFAULT_COMPARE_IDS } from "@/lib/simulator/compare";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = withOembed(
  pageMetadata({
    title: "Compare ports side by side",
    description:
      "Two or three SMTP conversations side by side, lined up by phase: see where TLS starts on port 465, 587 and 25.",
    path: "/simulator/compare",
  }),
  { kind: "compare" },
  "SMTP Lab: Compare ports side by side",
);

export default function ComparePage() {
  // The default comparison runs through the engine at build time: it is the page without JavaScript.
  const initial = buildComparison(DEFAULT_COMPARE_IDS);
  return (
    <div className="mx-auto max-w-[120rem] px-4 py-6 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/simulator">Simulator</Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li>Compare</li>
        </ol>
      </nav>
      <h1 className="mt-2 font-bold text-2xl sm:text-3xl">Compare ports side by side</h1>
      <p className="mt-1 max-w-[75ch] text-lg text-muted">
        Each column is one conversation computed by our engine; each row is one phase of it (greeting, EHLO,
        TLS, AUTH …), so the same phase sits on the same line. With ports 587, 465 and 25, watch where the TLS
        rows fall: on 465 before the greeting, on 587 and 25 after EHLO and STARTTLS, followed by a second
        EHLO.
      </p>
      <EmbedThis widget={{ kind: "compare" }} title="Compare ports side by side" className="mt-3" />
      <div className="mt-5">
        <CompareView initial={initial} choices={compareChoices()} redirects={redirects} />
      </div>
    </div>
  );
}
