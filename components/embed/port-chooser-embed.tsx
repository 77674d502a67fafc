"use client";
import { useState } from "react";
import { Wizard } from "@/components/port-chooser/wizard";
import { START, viewToQuery, type WizardView } from "@/components/port-chooser/wizard-state";
/**
 * The port chooser in an embed page: the wizard with its answers in React state (the embed's address stays
 * what the host pasted), headings under the embed's h1, and a link that opens the full chooser (in a new
 * tab, like every link leaving an embed) with the answers so far.
 */
import Link from "@/components/ui/link";

export function PortChooserEmbed() {
  const [view, setView] = useState<WizardView>(START);
  const [navigation, setNavigation] = useState(0);
  const query = viewToQuery(view);
  return (
    <div data-port-chooser="ready">
      <Wizard
        view={view}
        onNavigate={(next) => {
          setView(next);
          setNavigation((n) => n + 1);
        }}
        navigation={navigation}
        problems={[]}
        headingLevel={2}
        layout="embed"
        actions={
          <Link
            href={query === "" ? "/port-chooser" : `/port-chooser?${query}`}
            prefetch={false}
            target="_blank"
            rel="noopener"
            className="inline-flex min-h-11 items-center font-semibold"
          >
            Open the full port chooser<span className="sr-only"> (opens in a new tab)</span>
          </Link>
        }
      />
    </div>
  );
}
