import type { Metadata } from "next";
import { CatalogueList } from "@/components/simulator/catalogue-list";
import { ScenarioParam } from "@/components/simulator/scenario-param";
import { SimulatorView } from "@/components/simulator/simulator-view";
import Link from "@/components/ui/link";
import { scenarioById, scenarios } from "@/content/scenarios";
import { stageData } from "@/lib/simulator/stage-data";
import { pageMetadata } from "@/lib/site/metadata";
import { runScenario } from "@/lib/smtp";

export const metadata: Metadata = pageMetadata({
  title: "Simulator",
  description:
    "Watch an SMTP conversation on port 25, 587, 465 or 2525 step by step: the client, the server and what an eavesdropper sees on the wire.",
  path: "/simulator",
});

const DEFAULT_SCENARIO = "587-starttls-auth";

export default function SimulatorPage() {
  const featured = scenarioById(DEFAULT_SCENARIO);
  if (featured?.kind !== "session") throw new Error(`Default scenario ${DEFAULT_SCENARIO} is missing.`);
  const data = stageData(featured, runScenario(featured));
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="font-bold text-3xl sm:text-4xl">Simulator</h1>
      <p className="mt-2 max-w-[70ch] text-lg text-muted">
        Pick a conversation and play it step by step. Every reply comes from our SMTP engine, which behaves
        like the Postfix server in our lab; the middle lane shows exactly what someone on the network could
        capture.
      </p>
      <p className="mt-3 max-w-[70ch]">
        <Link href="/simulator/compare" className="font-semibold">
          Compare ports side by side
        </Link>
        : ports 587, 465 and 25 (or any two or three conversations) lined up by phase, so you can see where
        TLS starts.
      </p>
      <p className="mt-2 text-lg">
        <Link href="/simulator/console">Or type the commands yourself: open the console</Link>
      </p>
      <ScenarioParam ids={scenarios.map((s) => s.id)} />
      <div className="mt-8">
        <CatalogueList scenarios={scenarios} current={DEFAULT_SCENARIO} />
      </div>
      <section aria-labelledby="featured" className="mt-12">
        <h2 id="featured" className="font-semibold text-2xl">
          Now playing: {featured.title}
        </h2>
        <p className="mt-1 text-muted">{featured.summary}</p>
        <div className="mt-4">
          <SimulatorView data={data} transcriptHeadingLevel={3} />
        </div>
      </section>
    </div>
  );
}
