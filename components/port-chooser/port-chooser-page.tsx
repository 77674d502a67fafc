/**
 * The /port-chooser page body (server component): heading and introduction, then the wizard island.
 * The wizard's first question is in the prerendered HTML; everything after it needs JavaScript, which the
 * <noscript> note says plainly.
 */

import type { ReactNode } from "react";
import { Rfc } from "@/components/mdx/rfc";
import Link from "@/components/ui/link";
import { PortChooserApp } from "./port-chooser-app";

export function PortChooserPage({ embed }: { embed?: ReactNode } = {}) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <header className="max-w-[72ch]">
        <p className="font-semibold text-accent text-sm">Port chooser</p>
        <h1 className="mt-1 font-bold text-3xl leading-tight sm:text-4xl">Which SMTP port should I use?</h1>
        <p className="mt-3 sm:text-lg">
          A few questions about your setup, then the port and TLS mode to use, how to log in, what to try if
          it can’t connect, the reasons with their RFC sections, and settings to paste.
        </p>
        <p className="mt-2 text-muted text-sm sm:text-base">
          Port 465 is not deprecated: it is the preferred way to submit mail (<Rfc n={8314} section="3.3" />
          ). Your answers stay in the address bar, so you can share the result; nothing is sent anywhere.
        </p>
        {embed ? <div className="mt-3">{embed}</div> : null}
        <noscript>
          <p className="mt-3 rounded-lg border border-border bg-surface px-3 py-2">
            The port chooser needs JavaScript to move from one question to the next. The{" "}
            <Link href="/lessons">lessons</Link> explain the same decisions.
          </p>
        </noscript>
      </header>
      <div className="mt-8">
        <PortChooserApp />
      </div>
    </div>
  );
}
