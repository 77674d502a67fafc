"use client";
/**
 * A scenario page's interactive part: the simulator plus "What if…", where the learner changes the
 * scenario's inputs and the engine (loaded on demand) re-runs it. The changed setup lives in the URL
 * (?port=465&tls=implicit…) so a teacher can share it; bad values are ignored with a visible note.
 */
import { useEffect, useState } from "react";
import type { StageData } from "@/lib/simulator/stage-data";
import {
  currentSetup,
  isNoChange,
  parseWhatIf,
  WHAT_IF_KEYS,
  WHAT_IF_LABELS,
  WHAT_IF_OPTIONS,
  type WhatIf,
  whatIfToParams,
} from "@/lib/simulator/what-if";
import type { SessionScenario } from "@/lib/smtp";
import { SimulatorView } from "./simulator-view";

type Knob = (typeof WHAT_IF_KEYS)[number];

function knobValue(setup: ReturnType<typeof currentSetup>, key: Knob): string {
  const v = setup[key];
  if (typeof v === "boolean") return v ? "on" : "off";
  return String(v);
}

function writeUrl(w: WhatIf) {
  const url = new URL(window.location.href);
  for (const k of WHAT_IF_KEYS) url.searchParams.delete(k);
  url.searchParams.delete("step");
  for (const [k, v] of whatIfToParams(w)) url.searchParams.set(k, v);
  window.history.replaceState(window.history.state, "", url);
}

/** How the workbench's player behaves; the scenario page's defaults, which an embed page overrides. */
type ViewOptions = {
  syncUrl?: boolean;
  globalKeys?: boolean;
  acceptCommands?: boolean;
  stageHeight?: string;
  transcriptHeadingLevel?: 2 | 3;
};

export function ScenarioWorkbench({
  scenario,
  initialData,
  view = { syncUrl: true, globalKeys: true },
}: {
  scenario: SessionScenario;
  initialData: StageData;
  view?: ViewOptions;
}) {
  const [whatIf, setWhatIf] = useState<WhatIf>({});
  const [data, setData] = useState(initialData);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const changed = !isNoChange(scenario, whatIf);
  const setup = {
    ...currentSetup(scenario),
    ...Object.fromEntries(Object.entries(whatIf).filter(([, v]) => v !== undefined)),
  };

  async function run(w: WhatIf) {
    if (isNoChange(scenario, w)) {
      setData(initialData);
      setOutcome(null);
      return;
    }
    setBusy(true);
    try {
      const { runWhatIf, describeOutcome } = await import("@/lib/simulator/what-if-run");
      const r = runWhatIf(scenario, w);
      setData(r.data);
      setOutcome(describeOutcome(r.outcome));
    } finally {
      setBusy(false);
    }
  }

  // A shared what-if link: read it once on arrival.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on mount, for the URL the page was opened with
  useEffect(() => {
    const { whatIf: w, problems: p } = parseWhatIf(new URLSearchParams(window.location.search));
    setProblems(p);
    if (Object.keys(w).length > 0) {
      setWhatIf(w);
      setOpen(true);
      void run(w);
    }
  }, []);

  function change(key: Knob, value: string) {
    const next: WhatIf = { ...whatIf };
    switch (key) {
      case "port":
        next.port = Number(value) as WhatIf["port"];
        break;
      case "tls":
        next.tls = value as WhatIf["tls"];
        break;
      case "attacker":
        next.attacker = value === "on";
        break;
      case "password":
        next.password = value as WhatIf["password"];
        break;
      case "rcpt":
        next.rcpt = value as WhatIf["rcpt"];
        break;
      case "pipelining":
        next.pipelining = value === "on";
        break;
    }
    setWhatIf(next);
    writeUrl(next);
    void run(next);
  }

  function reset() {
    setWhatIf({});
    writeUrl({});
    setData(initialData);
    setOutcome(null);
    setProblems([]);
  }

  return (
    <div className="space-y-4">
      {problems.length > 0 ? (
        <div
          role="status"
          className="rounded-md border-2 px-3 py-2 text-sm"
          style={{ borderColor: "var(--c-later)" }}
        >
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}
      <details
        open={open}
        onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
        className="rounded-lg border border-border bg-surface"
        data-what-if={changed ? "changed" : "original"}
      >
        <summary className="min-h-11 cursor-pointer px-4 py-2 font-semibold">
          What if…? Change this scenario’s inputs and watch the engine re-run it
        </summary>
        <div className="border-border border-t px-4 py-3">
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {WHAT_IF_KEYS.map((key) => (
              <label key={key} className="flex flex-col gap-1 text-sm">
                <span className="font-semibold">{WHAT_IF_LABELS[key]}</span>
                <select
                  value={knobValue(setup as ReturnType<typeof currentSetup>, key)}
                  onChange={(e) => change(key, e.target.value)}
                  className="min-h-11 rounded-md border border-border bg-raised px-2"
                >
                  {WHAT_IF_OPTIONS[key].map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={reset}
              disabled={!changed}
              className="min-h-11 rounded-md border border-border bg-raised px-4 font-semibold hover:border-accent disabled:opacity-50"
            >
              Back to the original scenario
            </button>
            <p aria-live="polite" className="text-sm" data-what-if-outcome="">
              {busy
                ? "The engine is re-running the scenario…"
                : changed && outcome
                  ? `With your changes: ${outcome}`
                  : null}
            </p>
          </div>
          {changed ? (
            <p className="mt-2 text-muted text-sm">
              The link in your address bar now includes these changes: share it to show exactly this
              variation.
            </p>
          ) : null}
        </div>
      </details>
      <SimulatorView key={JSON.stringify(whatIf)} data={data} {...view} />
    </div>
  );
}
