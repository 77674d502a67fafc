"use client";
/**
 * The /port-chooser page's wizard, with its state in the URL: every step is a history entry (so the
 * browser's Back and Forward walk the questions), and a shared link restores the same question or result.
 *
 * The page is static. On the server (and during hydration) there is no query, so the prerendered HTML is
 * the first question; right after hydration the real query takes over. A link with values we can't use is
 * read by lib/ports' parseAnswers: what was ignored is shown in a polite note, and the address is rewritten
 * (replaceState) to the canonical form of what was kept, so nothing hostile stays in the address bar.
 */
import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { PortChoice } from "@/lib/ports";
import { CopyButton } from "./copy-button";
import { snippetKey } from "./snippet-data";
import { SnippetsPanel } from "./snippets-panel";
import { Wizard } from "./wizard";
import { readView, viewToQuery, type WizardView } from "./wizard-state";

/** Fired after our own pushState/replaceState, which (unlike Back/Forward) fire no popstate. */
const NAVIGATED = "smtp-lab:port-chooser-navigated";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const clientSearch = () => window.location.search;
const serverSearch = () => "";

/**
 * The query the wizard last put in (or found in) the address bar. A popstate that leaves it unchanged
 * comes from an in-page link (the skip link, "Jump to the settings"), not from Back or Forward.
 */
let knownSearch: string | null = null;

function setQuery(query: string, how: "push" | "replace"): void {
  // Next.js integrates the native history methods with its router (no refetch of the static page).
  const url = query === "" ? window.location.pathname : `${window.location.pathname}?${query}`;
  if (how === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(window.history.state, "", url);
  knownSearch = window.location.search;
  window.dispatchEvent(new Event(NAVIGATED));
}

const SETTINGS_ID = "settings";

function resultExtras(choice: PortChoice) {
  return choice.kind === "recommendation" ? (
    <SnippetsPanel id={SETTINGS_ID} recKey={snippetKey(choice)} headingLevel={3} />
  ) : null;
}

export function PortChooserApp() {
  const liveSearch = useSyncExternalStore(subscribe, clientSearch, serverSearch);
  const [notice, setNotice] = useState<readonly string[]>([]);
  const [liveNavigation, setNavigation] = useState(0);
  // External-store updates render synchronously; a whole result card (snippets included) is enough work
  // to block the main thread for a while on a slow phone. Deferring renders it in interruptible slices.
  // Both values defer together, so focus moves only once the new screen is on the page.
  const search = useDeferredValue(liveSearch);
  const navigation = useDeferredValue(liveNavigation);
  // "ready" once hydrated and showing the address's answers (the prerendered first question is inert
  // until then): for CSS and tests.
  const hydrated = useHydrated();
  const ready = hydrated && search === liveSearch;
  const { view, problems } = useMemo(() => readView(search), [search]);

  // Canonicalise the address; keep the notes about what was dropped until the reader's next step.
  useEffect(() => {
    const canonical = viewToQuery(view);
    if (problems.length > 0) setNotice(problems);
    if (search.replace(/^\?/, "") !== canonical) setQuery(canonical, "replace");
  }, [search, view, problems]);

  // Back/Forward are steps too: clear the note and move focus to the question on screen. In-page links
  // fire popstate as well but change no answer: ignored.
  useEffect(() => {
    knownSearch = window.location.search;
    const onPop = () => {
      if (window.location.search === knownSearch) return;
      knownSearch = window.location.search;
      setNotice([]);
      setNavigation((n) => n + 1);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  function navigate(next: WizardView) {
    setNotice([]);
    setQuery(viewToQuery(next), "push");
    setNavigation((n) => n + 1);
  }

  return (
    <div data-port-chooser={ready ? "ready" : "loading"}>
      <Wizard
        view={view}
        onNavigate={navigate}
        navigation={navigation}
        problems={notice}
        headingLevel={2}
        layout="page"
        resultExtras={resultExtras}
        settingsId={SETTINGS_ID}
        actions={<ShareLink search={search} />}
      />
    </div>
  );
}

function ShareLink({ search }: { search: string }) {
  if (search === "") return null;
  return (
    <CopyButton
      text={`${window.location.origin}${window.location.pathname}${search}`}
      label="Copy link to this page"
    >
      Copy link
    </CopyButton>
  );
}
