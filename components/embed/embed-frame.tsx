"use client";
import { useRouter } from "next/navigation";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
/**
 * The frame every embed page shares: a one-line header (the widget's title as the page's h1, and "Open in
 * SMTP Lab" in a new tab), notes about options that could not be used, and the widget. It reads the
 * options from the URL after hydration (the pages are static), hides the panes named in `hide=` (by a
 * data attribute that embed.css turns into rules), sets the theme, and runs the host bridge.
 * The root is what the bridge measures for `resize`: it has no minimum height, so it shrinks with its
 * content and the host's iframe can follow.
 */
import Link from "@/components/ui/link";
import type { EmbedTheme, EmbedWidgetKind } from "@/lib/embed/messages";
import { type EmbedOptions, parseEmbedOptions } from "@/lib/embed/options";
import { PANES } from "@/lib/embed/widgets";
import { useEmbedBridge } from "./use-embed-bridge";
import "./embed.css";

export function applyTheme(theme: EmbedTheme) {
  const html = document.documentElement;
  if (theme === "auto") html.removeAttribute("data-theme");
  else html.setAttribute("data-theme", theme);
}

const NONE: readonly string[] = [];

export function EmbedFrame({
  kind,
  id,
  title,
  pagePath,
  stepCount,
  scenarioIds,
  carry = NONE,
  children,
}: {
  kind: EmbedWidgetKind;
  /** Scenario id, quiz id, or the widget's name: what `ready` reports. */
  id: string;
  title: string;
  /** The widget's full page on the site. */
  pagePath: string;
  /** Players: how many steps the scenario has (for from/to/step and goToStep). */
  stepCount?: number;
  /** Players: the ids `setScenario` may switch to. */
  scenarioIds?: readonly string[];
  /** The widget's own URL parameters (ids, port) that the full page understands too. */
  carry?: readonly string[];
  children: ReactNode;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [options, setOptions] = useState<EmbedOptions | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [step, setStep] = useState(0);
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  const [carried, setCarried] = useState("");

  const carryList = carry.join(",");
  useEffect(() => {
    const { options: o, notes: n } = parseEmbedOptions(new URLSearchParams(window.location.search), {
      panes: PANES[kind],
      stepCount,
    });
    const extra: string[] = [];
    if (o.autoplay && window.matchMedia("(prefers-reduced-motion: reduce)").matches)
      extra.push("Autoplay is off because your system asks for reduced motion: press Play to start.");
    setOptions(o);
    setTheme(o.theme);
    setNotes([...n, ...extra]);
    const params = new URLSearchParams(window.location.search);
    const kept = new URLSearchParams();
    for (const k of carryList.split(",").filter(Boolean)) {
      const v = params.get(k);
      if (v !== null) kept.set(k, v.slice(0, 200));
    }
    setCarried(kept.toString().replace(/%2C/g, ","));
  }, [kind, stepCount, carryList]);

  const onTheme = useCallback((t: EmbedTheme) => {
    applyTheme(t);
    setTheme(t);
  }, []);

  const onScenario = useCallback(
    (next: string) => {
      // Same options, another scenario: its own embed page (static), reached by client-side navigation.
      const params = new URLSearchParams(window.location.search);
      for (const k of ["from", "to", "step", "port", "tls", "attacker", "password", "rcpt", "pipelining"])
        params.delete(k);
      if (theme === "auto") params.delete("theme");
      else params.set("theme", theme);
      const q = params.toString();
      router.replace(`/embed/simulator/${next}${q ? `?${q}` : ""}`);
    },
    [router, theme],
  );

  useEmbedBridge({
    kind,
    id,
    stepCount,
    scenarioIds,
    options,
    rootRef,
    onTheme,
    onScenario,
    onStep: setStep,
  });

  const query = step > 0 && (kind === "simulator" || kind === "journey") ? `step=${step}` : carried;
  const full = query ? `${pagePath}?${query}` : pagePath;
  return (
    <div
      ref={rootRef}
      className="flex flex-col gap-3 p-2 sm:p-3"
      data-embed={kind}
      data-embed-id={id}
      data-embed-hide={options?.hide.join(" ") ?? ""}
      data-embed-ready={options ? "" : undefined}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="min-w-0 font-semibold text-base leading-snug sm:text-lg">{title}</h1>
        {/* A Link (not <a>) so that a static export's base path applies; nothing to prefetch for a new tab. */}
        <Link
          href={full}
          prefetch={false}
          target="_blank"
          rel="noopener"
          className="inline-flex min-h-11 shrink-0 items-center text-sm"
          data-embed-open=""
        >
          Open in SMTP Lab<span className="sr-only"> (opens in a new tab)</span>
          <span aria-hidden="true">&nbsp;↗</span>
        </Link>
      </header>
      {notes.length > 0 ? (
        <div
          role="status"
          className="rounded-md border-2 px-3 py-2 text-sm"
          style={{ borderColor: "var(--c-later)" }}
          data-embed-notes=""
        >
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      {children}
    </div>
  );
}
