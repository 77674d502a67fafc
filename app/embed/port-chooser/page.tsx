import type { Metadata } from "next";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { PortChooserEmbed } from "@/components/embed/port-chooser-embed";
import { embedPageMetadata } from "@/lib/embed/metadata";

export const metadata: Metadata = embedPageMetadata({
  title: "Port chooser",
  description:
    "Which SMTP port and TLS mode for your setup? Answer a few questions; every answer has its reasons.",
  page: "/port-chooser",
});

export default function PortChooserEmbedPage() {
  return (
    <EmbedFrame
      kind="port-chooser"
      id="port-chooser"
      title="Which SMTP port should I use?"
      pagePath="/port-chooser"
    >
      <PortChooserEmbed />
    </EmbedFrame>
  );
}
