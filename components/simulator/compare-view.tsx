"use client";
/**
 * Compare mode: two or three scenarios side by side, aligned by phase (lib/simulator/align.ts), with one
 * shared "Previous phase / Next phase" control (also ←/→, Home/End) that highlights a row across all
 * columns, and a picker that puts the choice in the URL (`?ids=a,b[,c]`, history.pushState) so a
 * teacher can share it.
 * The page is static: the server renders the default comparison (the no-JS view); the `ids` in the URL
 * are read here after hydration and, when they differ, the columns (the engine's runs, computed at build
 * time) are fetched and aligned in the browser. Bad ids never break the page: they are dropped or
 * replaced, with a visible note.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { RfcList } from "@/components/mdx/rfc";
import { ArrowLeftIcon, ArrowRightIcon, LockIcon } from "@/components/ui/icons";
import { isFormField } from "@/components/ui/keys";
import {
  type Comparison,
  compareQuery,
  DEFAULT_COMPARE_IDS,
  MAX_COLUMNS,
  PHASE_INFO,
  parseCompareIds,
} from "@/lib/simulator/compare";
import type { CompareChoice } from "./compare-build";
import { fetchComparison } from "./compare-fetch";
import { CompareGrid } from "./compare-grid";

const LETTERS = ["A", "B", "C"] as const;
const PORT_ORDER = [25, 587, 465, 2525];

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function CompareView({
  initial,
  choices,
  redirects = {},
}: {
  /** The default comparison, computed on the server. */
  initial: Comparison;
  /** Session scenarios that can be compared. */
  choices: CompareChoice[];
  /** Renamed ids → current ids (content/scenarios redirects). */
  redirects?: Readonly<Record<string, string>>;
}) {
  const [data, setData] = useState<Comparison>(initial);
  const [current, setCurrent] = useState(0);
  const [notes, setNotes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState(false);
  /** What the picker shows: the ids asked for, even while their comparison is still being computed. */
  const [wanted, setWanted] = useState<string[]>(initial.ids);
  const cache = useRef(new Map<string, Comparison>([[initial.ids.join(","), initial]]));
  const request = useRef(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const pickedByPointer = useRef(false);
  const dataRef = useRef(data);
  dataRef.current = data;
  const idPrefix = useId().replace(/:/g, "");
  const valid = useMemo(() => new Set(choices.map((c) => c.id)), [choices]);
  const resolve = useCallback(
    (id: string) => {
      const to = valid.has(id) ? id : redirects[id];
      return to !== undefined && valid.has(to) ? to : undefined;
    },
    [valid, redirects],
  );
  const groups = useMemo(
    () =>
      PORT_ORDER.map((port) => ({ port, items: choices.filter((c) => c.port === port) })).filter(
        (g) => g.items.length > 0,
      ),
    [choices],
  );

  /** Shows these ids: from the cache, or from the columns computed at build time (fetched on first use). */
  const show = useCallback(async (ids: string[]) => {
    const key = ids.join(",");
    const hit = cache.current.get(key);
    const mine = ++request.current;
    setWanted(ids);
    if (hit) {
      setData(hit);
      setCurrent(0);
      setBusy(false);
      return;
    }
    setBusy(true);
    try {
      const built = await fetchComparison(ids);
      cache.current.set(key, built);
      if (mine !== request.current) return;
      setData(built);
      setCurrent(0);
    } catch {
      if (mine !== request.current) return;
      setWanted(dataRef.current.ids);
      setNotes(["The comparison could not be loaded (offline?): showing the previous one. Reload to retry."]);
    } finally {
      if (mine === request.current) setBusy(false);
    }
  }, []);

  /** Reads `ids` from the address bar (first load, back/forward). */
  const fromUrl = useCallback(() => {
    const raw = new URLSearchParams(window.location.search).get("ids");
    const parsed = parseCompareIds(raw, resolve);
    setNotes(parsed.notes);
    if (parsed.notes.length > 0) {
      // Keep the address shareable: it now names what is shown.
      const url = new URL(window.location.href);
      if (parsed.fallback) url.searchParams.delete("ids");
      else url.search = compareQuery(parsed.ids);
      window.history.replaceState(window.history.state, "", url);
    }
    void show(parsed.ids);
  }, [resolve, show]);

  useEffect(() => {
    fromUrl();
    setReady(true);
    window.addEventListener("popstate", fromUrl);
    return () => window.removeEventListener("popstate", fromUrl);
  }, [fromUrl]);

  const choose = (slot: number, id: string) => {
    const next = [...wanted];
    if (id === "") next.splice(slot, 1);
    else next[slot] = id;
    const ids = next.filter((x, i) => x && next.indexOf(x) === i).slice(0, MAX_COLUMNS);
    if (ids.length < 2 || sameIds(ids, wanted)) return;
    setNotes([]);
    const url = new URL(window.location.href);
    url.search = compareQuery(ids);
    window.history.pushState(null, "", url);
    void show(ids);
  };

  const count = data.rows.length;
  const go = useCallback((k: number) => setCurrent(Math.max(0, Math.min(count, k))), [count]);

  // ←/→ and Home/End anywhere on the page outside form fields (a select uses the arrows itself).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isFormField(e.target)) return;
      const to =
        e.key === "ArrowRight"
          ? current + 1
          : e.key === "ArrowLeft"
            ? current - 1
            : e.key === "Home"
              ? 0
              : e.key === "End"
                ? count
                : null;
      if (to === null) return;
      e.preventDefault();
      go(to);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, count, go]);

  // Bring the highlighted row into view (the page scrolls; rows keep their size, so nothing shifts).
  useEffect(() => {
    if (current === 0) return;
    const row = rootRef.current?.querySelector<HTMLElement>(`li[data-row="${current}"]`);
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    row?.scrollIntoView({ block: "nearest", behavior: reduced ? "auto" : "smooth" });
  }, [current]);

  const row = current > 0 ? data.rows[current - 1] : undefined;
  const info = row ? PHASE_INFO[row.phase] : undefined;
  const slots = Math.min(MAX_COLUMNS, Math.max(wanted.length + 1, 2));

  return (
    <div
      ref={rootRef}
      data-compare={data.ids.join(",")}
      data-phase-row={current}
      data-ready={ready && !busy ? "" : undefined}
      aria-busy={busy}
    >
      <form
        aria-label="Choose the conversations to compare"
        className="flex flex-wrap items-end gap-x-4 gap-y-3 rounded-xl border border-border bg-surface p-3 sm:p-4"
        onSubmit={(e) => e.preventDefault()}
      >
        {Array.from({ length: slots }, (_, slot) => {
          const value = wanted[slot] ?? "";
          const optional = slot >= 2;
          return (
            <label key={LETTERS[slot]} className="flex min-w-0 flex-[1_1_18rem] flex-col gap-1 text-sm">
              <span className="font-semibold">
                Conversation {LETTERS[slot]}
                {optional ? " (optional)" : ""}
              </span>
              <select
                id={`${idPrefix}-pick-${slot}`}
                value={value}
                onPointerDown={() => {
                  pickedByPointer.current = true;
                }}
                onKeyDown={() => {
                  pickedByPointer.current = false;
                }}
                onChange={(e) => {
                  // After a mouse or touch pick, let ←/→ step the phases again rather than change this
                  // list (keyboard users keep their focus where it is).
                  if (pickedByPointer.current) e.currentTarget.blur();
                  choose(slot, e.target.value);
                }}
                className="min-h-11 w-full min-w-0 rounded-md border border-border bg-raised px-2 text-base text-fg"
              >
                {optional ? <option value="">None: compare two</option> : null}
                {groups.map((g) => (
                  <optgroup key={g.port} label={`Port ${g.port}`}>
                    {g.items.map((c) => (
                      <option key={c.id} value={c.id} disabled={c.id !== value && wanted.includes(c.id)}>
                        {c.title}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
          );
        })}
        <button
          type="button"
          onClick={() => {
            if (sameIds(wanted, DEFAULT_COMPARE_IDS)) return;
            setNotes([]);
            const url = new URL(window.location.href);
            url.searchParams.delete("ids");
            window.history.pushState(null, "", url);
            void show([...DEFAULT_COMPARE_IDS]);
          }}
          className="min-h-11 rounded-md border border-border bg-raised px-3 font-semibold text-sm hover:bg-bg"
        >
          Reset to 587, 465 and 25
        </button>
      </form>
      <noscript>
        <p className="mt-2 text-muted text-sm">
          Choosing other conversations needs JavaScript. Without it, this page shows ports 587, 465 and 25,
          and every scenario&apos;s own page works.
        </p>
      </noscript>

      <div role="status" className="mt-3 empty:hidden" data-compare-notes="">
        {notes.length > 0 ? (
          <ul className="space-y-1 rounded-md border-2 px-3 py-2" style={{ borderColor: "var(--c-later)" }}>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        {busy ? <p className="text-muted">Loading your comparison…</p> : null}
      </div>

      <div className="mt-4">
        <CompareGrid data={data} current={current} />
      </div>

      <section
        aria-label="Step through the phases"
        className="sticky bottom-0 z-20 mt-4 border-border border-t bg-bg py-3"
      >
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => go(current - 1)}
              disabled={current === 0}
              className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-border bg-raised px-3 font-semibold disabled:opacity-60"
            >
              <ArrowLeftIcon aria-hidden="true" /> Previous phase
            </button>
            <button
              type="button"
              onClick={() => go(current + 1)}
              disabled={current === count}
              className="inline-flex min-h-11 items-center gap-1.5 rounded-md bg-accent px-4 font-semibold text-accent-fg disabled:opacity-60"
            >
              Next phase <ArrowRightIcon aria-hidden="true" />
            </button>
          </div>
          <div
            aria-live="polite"
            aria-atomic="true"
            className="min-w-0 flex-[1_1_20rem]"
            data-phase-caption=""
          >
            <p className="flex items-center gap-1.5 font-semibold min-[1700px]:text-xl">
              {row?.phase === "tls" ? (
                <LockIcon aria-hidden="true" style={{ color: "var(--c-tls)" }} />
              ) : null}
              {info
                ? `Phase ${current} of ${count}: ${info.label}`
                : `${count} phases. Step through them together.`}
            </p>
            <p className="sr-only text-muted text-sm sm:not-sr-only min-[1700px]:text-lg">
              {info ? (
                <>
                  {info.gloss} <RfcList refs={info.rfc} separator=" · " />
                </>
              ) : (
                <>
                  Keys: <kbd>→</kbd> next phase, <kbd>←</kbd> previous, <kbd>Home</kbd>/<kbd>End</kbd>{" "}
                  none/last.
                </>
              )}
            </p>
          </div>
        </div>
      </section>
    </div>
  );
}
