import type { Metadata } from "next";
import { EmbedThis } from "@/components/embed/embed-this";
import { PortChooserPage } from "@/components/port-chooser/port-chooser-page";
import { withOembed } from "@/lib/embed/metadata";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = withOembed(
  pageMetadata({
    title: "Port chooser: which SMTP port should I use?",
    description:
      "Answer a few questions and get the SMTP port and TLS mode for your setup (465, 587, 25 or your provider's 2525), the reasons with their RFC sections, and settings you can paste.",
    path: "/port-chooser",
  }),
  { kind: "port-chooser" },
  "SMTP Lab: Which SMTP port should I use?",
);

export default function Page() {
  return (
    <PortChooserPage
      embed={<EmbedThis widget={{ kind: "port-chooser" }} title="Which SMTP port should I use?" />}
    />
  );
}
