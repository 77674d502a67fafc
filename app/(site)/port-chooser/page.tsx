import type { Metadata } from "next";
import { PortChooserPage } from "@/components/port-chooser/port-chooser-page";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Port chooser: which SMTP port should I use?",
  description:
    "Answer a few questions and get the SMTP port and TLS mode for your setup (465, 587, 25 or your provider's 2525), the reasons with their RFC sections, and settings you can paste.",
  path: "/port-chooser",
});

export default function Page() {
  return <PortChooserPage />;
}
