import type { Metadata } from "next";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { buildComparison, compareChoices } from "@/components/simulator/compare-build";
import { CompareView } from "@/components/simulator/compare-view";
import { redirects } from "@/content/scenarios";
import { embedPageMetadata } from "@/lib/embed/metadata";
import { DEFAULT_COMPARE_IDS } from "@/lib/simulator/compare";

export const metadata: Metadata = embedPageMetadata({
  title: "Compare ports side by side",
  description: "Two or three SMTP conversations side by side, lined up by phase.",
  page: "/simulator/compare",
});

/** ?ids=a,b[,c] as on the compare page: read by CompareView after hydration (the page is static). */
export default function CompareEmbedPage() {
  return (
    <EmbedFrame
      kind="compare"
      id="compare"
      title="Compare ports side by side"
      pagePath="/simulator/compare"
      carry={["ids"]}
    >
      <CompareView
        initial={buildComparison(DEFAULT_COMPARE_IDS)}
        choices={compareChoices()}
        redirects={redirects}
      />
    </EmbedFrame>
  );
}
