import type { Metadata } from "next";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { Console } from "@/components/simulator/console";
import { embedPageMetadata } from "@/lib/embed/metadata";

export const metadata: Metadata = embedPageMetadata({
  title: "SMTP console",
  description: "Be the client: type SMTP commands on port 25, 587, 465 or 2525 and see the server's replies.",
  page: "/simulator/console",
});

/** ?port=25|587|465|2525 as on the console page (read by the console itself). */
export default function ConsoleEmbedPage() {
  return (
    <EmbedFrame
      kind="console"
      id="console"
      title="Try it yourself: the SMTP console"
      pagePath="/simulator/console"
      carry={["port"]}
    >
      <Console port={587} syncUrl headingLevel={2} />
    </EmbedFrame>
  );
}
