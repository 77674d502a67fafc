"use client";
import { useState } from "react";
/**
 * The wizard inside a lesson: state in React (the lesson's URL stays the lesson's), headings under the
 * lesson's section headings, and a link that opens the full chooser with the answers so far (the full
 * page adds the settings snippets and a shareable address).
 */
import Link from "@/components/ui/link";
import { Wizard } from "./wizard";
import { START, viewToQuery, type WizardView } from "./wizard-state";

export function EmbedLive() {
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
        headingLevel={3}
        layout="embed"
        actions={
          <Link
            href={query === "" ? "/port-chooser" : `/port-chooser?${query}`}
            className="inline-flex min-h-11 items-center font-semibold"
          >
            Open the full port chooser
          </Link>
        }
      />
    </div>
  );
}
