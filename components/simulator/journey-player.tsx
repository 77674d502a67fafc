"use client";
/**
 * The animated journey: the engine's store-and-forward log played on a timeline. The message (an envelope)
 * flies along the route, the simulated clock fast-forwards through every retry wait ("⏩ +2 h", day
 * counter, queue-lifetime meter), and a failed delivery sends its bounce back along the bounce path with
 * MAIL FROM:<>. Each hop's SMTP session opens in the existing stage (SimulatorView, loaded on demand).
 * It replays engine output (JourneyData); it decides nothing. State for CSS and tests sits on the root:
 * data-step, data-state, data-speaker (the node acting), data-outcome.
 * Keys, as in the simulator: Space play/pause, ←/→ (or a clicker's PageUp/PageDown) step, Home/End
 * first/last (page-wide on the journey page). Reduced motion: no flights and no fast-forward, nothing starts by itself; the end state of each
 * step and the acting node are shown as usual. Flights use the Web Animations API (no motion library in
 * this bundle).
 */
import dynamic from "next/dynamic";
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { EnvelopeIcon } from "@/components/ui/icons";
import { isFormField, ownsSpace } from "@/components/ui/keys";
import type { JourneyData, JourneyHopData, JourneyPlace } from "@/lib/simulator/journey-data";
import { formatClock } from "@/lib/simulator/journey-time";
import { clampStep, rfc5322Date } from "@/lib/smtp";
import { JourneyControls } from "./journey-controls";
import { HopSummary, JourneyFrame, journeyRootProps } from "./journey-frame";
import { type Heading, HopTranscript, stepAt } from "./journey-parts";
import {
  FLIGHT_MS,
  type JourneyPlayer as Player,
  TWEEN_MS,
  useJourneyPlayer,
  usePrefersReducedMotion,
} from "./use-journey-player";
import { usePlayerCommands } from "./use-player-commands";

const SimulatorView = dynamic(() => import("./simulator-view").then((m) => m.SimulatorView), {
  loading: () => <p className="px-3 py-6 text-muted">Loading the SMTP session…</p>,
});

/** Keys inside a hop's own simulator belong to that simulator. */
function insideHopSimulator(el: EventTarget | null): boolean {
  return el instanceof Element && !!el.closest("[data-simulator]");
}

function handleKey(e: KeyboardEvent | React.KeyboardEvent, player: Player): boolean {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return false;
  if (isFormField(e.target) || insideHopSimulator(e.target)) return false;
  switch (e.key) {
    case " ":
      // A focused button, link or disclosure handles Space itself.
      if (ownsSpace(e.target)) return false;
      if (player.playing) player.pause();
      else player.play();
      return true;
    case "ArrowRight":
      player.next();
      return true;
    case "ArrowLeft":
      player.prev();
      return true;
    case "Home":
      player.goTo(0);
      return true;
    case "End":
      player.goTo(player.count);
      return true;
    // Presentation clickers send PageDown / PageUp (as in the simulator).
    case "PageDown":
      player.next();
      return true;
    case "PageUp":
      player.prev();
      return true;
    default:
      return false;
  }
}

/**
 * The clock's fast-forward: a tiny store the animation frame writes to, read only by the dial's text, so a
 * tween re-renders two text nodes per frame instead of the whole journey.
 */
type Dial = {
  get: () => number | null;
  set: (v: number | null) => void;
  subscribe: (f: () => void) => () => void;
};
function createDial(): Dial {
  let v: number | null = null;
  const subs = new Set<() => void>();
  return {
    get: () => v,
    set(x) {
      if (x === v) return;
      v = x;
      for (const f of subs) f();
    },
    subscribe(f) {
      subs.add(f);
      return () => subs.delete(f);
    },
  };
}

function DialText({ dial, t, format }: { dial: Dial; t: number; format: (t: number) => string }) {
  const v = useSyncExternalStore(dial.subscribe, dial.get, () => null);
  return <>{format(v ?? t)}</>;
}

/** One hop's disclosure; memoised (with stable callbacks) so an open stage is not re-rendered on every journey step. */
const HopDisclosure = memo(function HopDisclosure({
  hop,
  open,
  setOpen,
  register,
}: {
  hop: JourneyHopData;
  open: boolean;
  setOpen: (n: number, open: boolean) => void;
  register: (n: number, el: HTMLElement | null) => void;
}) {
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(hop.n, e.currentTarget.open)}
      className="rounded-lg border border-border bg-surface"
      data-hop={hop.n}
    >
      <HopSummary hop={hop} summaryRef={(el) => register(hop.n, el)} />
      <div className="@container border-border border-t p-2">
        {open ? (
          <SimulatorView data={hop.stage} transcriptHeadingLevel={3} stageHeight="h-[min(50vh,30rem)]" />
        ) : (
          <HopTranscript hop={hop} />
        )}
      </div>
    </details>
  );
});

export function JourneyPlayer({
  data,
  initialStep = 0,
  syncUrl = false,
  globalKeys = false,
  acceptCommands = false,
  heading = "h2",
}: {
  data: JourneyData;
  initialStep?: number;
  /** Keep ?step=n in the address bar (the journey page; not lesson embeds). */
  syncUrl?: boolean;
  /** Handle player keys anywhere on the page outside form fields (the journey page only). */
  globalKeys?: boolean;
  /** Obey PLAYER_COMMAND window events (play, pause, next, prev, goToStep): embeds driven by a host page. */
  acceptCommands?: boolean;
  heading?: Heading;
}) {
  const { steps, meta } = data;
  const reduced = usePrefersReducedMotion();
  const player = useJourneyPlayer(steps, initialStep, reduced);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const [note, setNote] = useState<string | null>(null);
  const [openHops, setOpenHops] = useState<number[]>([]);
  const [dial] = useState(createDial);
  const rootRef = useRef<HTMLElement>(null);
  const tokenRef = useRef<HTMLSpanElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const summaries = useRef(new Map<number, HTMLElement>());
  const lastStep = useRef(player.step);
  const { goTo } = player;

  // Deep link: ?step=n opens paused at that step; a bad value falls back to the start with a visible note.
  useEffect(() => {
    if (!syncUrl) return;
    const raw = new URLSearchParams(window.location.search).get("step");
    if (raw === null) return;
    const parsed = /^-?\d{1,12}$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    const { step, note: clampNote } = clampStep(parsed, steps.length);
    goTo(step);
    if (clampNote)
      setNote(
        Number.isNaN(parsed) ? `“${raw.slice(0, 40)}” is not a step number: showing the start.` : clampNote,
      );
  }, [syncUrl, steps.length, goTo]);

  // Mirror the step into the address bar once the player rests (not on every step of a playback: Next's
  // router observes history.replaceState, which is costly at ten steps a second).
  useEffect(() => {
    if (!syncUrl || player.playing) return;
    const url = new URL(window.location.href);
    if (player.step === 0) url.searchParams.delete("step");
    else url.searchParams.set("step", String(player.step));
    window.history.replaceState(window.history.state, "", url);
  }, [syncUrl, player.step, player.playing]);

  // One step forward: fast-forward the clock through the wait, then fly the message (or the bounce).
  // Any other move (back, scrub, jump) shows the end state at once; so does reduced motion.
  useLayoutEffect(() => {
    const prevN = lastStep.current;
    lastStep.current = player.step;
    const cur = stepAt(data, player.step);
    const prev = stepAt(data, prevN);
    const animate = !reduced && player.step === prevN + 1 && !!cur;
    const cleanups: (() => void)[] = [];
    dial.set(null);
    if (!animate || !cur) return;

    const speed = player.speed;
    const tween = cur.jumpMs >= 1000 ? TWEEN_MS / speed : 0;
    if (tween > 0) {
      const from = prev?.end ?? 0;
      const to = cur.t;
      const start = performance.now();
      let raf = 0;
      let shown = start;
      const tick = (now: number) => {
        const k = Math.min(1, (now - start) / tween);
        if (k >= 1) {
          dial.set(null);
          return;
        }
        // About 16 readings a second: a spinning counter reads the same, at a quarter of the paint work
        // (every reading repaints the page's layer).
        if (now - shown >= 60) {
          shown = now;
          const eased = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
          dial.set(from + (to - from) * eased);
        }
        raf = requestAnimationFrame(tick);
      };
      dial.set(from);
      raf = requestAnimationFrame(tick);
      cleanups.push(() => {
        cancelAnimationFrame(raf);
        dial.set(null);
      });
      const badge = rootRef.current?.querySelector<HTMLElement>("[data-clock-jump]");
      badge?.animate(
        [
          { transform: "scale(0.6)", opacity: 0 },
          { transform: "scale(1.15)", opacity: 1, offset: 0.6 },
          { transform: "scale(1)", opacity: 1 },
        ],
        { duration: tween, easing: "ease-out" },
      );
    }

    const before = prev?.route ?? { message: "mua" as JourneyPlace, bounce: null };
    const kind: "message" | "bounce" | null =
      before.message !== cur.route.message
        ? "message"
        : before.bounce && cur.route.bounce && before.bounce !== cur.route.bounce
          ? "bounce"
          : null;
    const fromPlace = kind === "message" ? before.message : before.bounce;
    const toPlace = kind === "message" ? cur.route.message : cur.route.bounce;
    const token = tokenRef.current;
    const box = token?.parentElement;
    const fromEl = fromPlace ? box?.querySelector<HTMLElement>(`[data-place="${fromPlace}"]`) : null;
    const toEl = toPlace ? box?.querySelector<HTMLElement>(`[data-place="${toPlace}"]`) : null;
    if (kind && token && box && fromEl && toEl && toPlace) {
      const b = box.getBoundingClientRect();
      const at = (el: HTMLElement) => {
        const r = el.getBoundingClientRect();
        return { x: r.right - b.left - 32, y: r.top - b.top + 6 };
      };
      const p0 = at(fromEl);
      const p1 = at(toEl);
      token.style.background = kind === "message" ? "var(--c-accent)" : "var(--c-no)";
      // The resting envelope at the destination waits for the flying one (set here, not in React state, so
      // a flight costs no re-render).
      const slot = toEl.querySelector<HTMLElement>("[data-token-slot]");
      if (slot) slot.style.visibility = "hidden";
      const land = () => {
        if (slot) slot.style.visibility = "";
      };
      const anim = token.animate(
        [
          { transform: `translate(${p0.x}px, ${p0.y}px)`, opacity: 1 },
          { transform: `translate(${p1.x}px, ${p1.y}px)`, opacity: 1 },
        ],
        { duration: FLIGHT_MS / speed, delay: tween, easing: "ease-in-out", fill: "backwards" },
      );
      anim.onfinish = land;
      cleanups.push(() => {
        anim.cancel();
        land();
      });
    }
    return () => {
      for (const c of cleanups) c();
    };
  }, [player.step, data, reduced, player.speed, dial]);

  // Keep the current step in view inside the timeline box (never scroll the page itself).
  useEffect(() => {
    const list = listRef.current;
    const el = list?.querySelector<HTMLElement>(`li[data-step="${player.step}"]`);
    if (!list) return;
    if (!el) {
      if (player.step === 0) list.scrollTop = 0;
      return;
    }
    const top = el.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + el.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 3);
    }
  }, [player.step]);

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (handleKey(e, player)) e.preventDefault();
    },
    [player],
  );

  usePlayerCommands(acceptCommands, meta.id, player);

  useEffect(() => {
    if (!globalKeys) return;
    const onKey = (e: KeyboardEvent) => {
      const active = document.activeElement;
      if (active && active !== document.body && rootRef.current?.contains(active)) return; // the root handles it
      if (active && active !== document.body && isFormField(active)) return;
      if (handleKey(e, player)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [globalKeys, player]);

  const setHopOpen = useCallback((n: number, open: boolean) => {
    setOpenHops((hs) => (open ? (hs.includes(n) ? hs : [...hs, n]) : hs.filter((h) => h !== n)));
  }, []);

  const watchHop = useCallback(
    (hop: JourneyHopData) => (
      <button
        type="button"
        className="inline-flex min-h-11 items-center rounded-md border border-border bg-surface px-3 font-semibold hover:border-accent"
        onClick={() => {
          player.pause();
          setHopOpen(hop.n, true);
          const el = summaries.current.get(hop.n);
          el?.scrollIntoView({ block: "start", behavior: reduced ? "auto" : "smooth" });
          el?.focus({ preventScroll: true });
        }}
      >
        Watch this hop's SMTP session
      </button>
    ),
    [player, reduced, setHopOpen],
  );

  const registerSummary = useCallback((n: number, el: HTMLElement | null) => {
    if (el) summaries.current.set(n, el);
    else summaries.current.delete(n);
  }, []);
  const renderHop = useCallback(
    (hop: JourneyHopData) => (
      <HopDisclosure
        hop={hop}
        open={openHops.includes(hop.n)}
        setOpen={setHopOpen}
        register={registerSummary}
      />
    ),
    [openHops, setHopOpen, registerSummary],
  );
  const ended = player.state === "ended";
  return (
    <section
      ref={rootRef}
      aria-label={`Journey: ${meta.title}`}
      onKeyDown={onKeyDown}
      {...journeyRootProps(data, player.step, player.state)}
      data-reduced-motion={reduced ? "true" : "false"}
      data-ready={ready ? "true" : undefined}
      className="@container flex flex-col gap-4"
    >
      <JourneyFrame
        data={data}
        step={player.step}
        heading={heading}
        ended={ended}
        live
        note={
          note ? (
            <p
              role="status"
              className="rounded-md border-2 px-3 py-2"
              style={{ borderColor: "var(--c-later)" }}
            >
              {note}
            </p>
          ) : null
        }
        dial={{
          clock: (
            <DialText
              dial={dial}
              t={stepAt(data, player.step)?.t ?? 0}
              format={(t) => `T+${formatClock(t)}`}
            />
          ),
          date: <DialText dial={dial} t={stepAt(data, player.step)?.t ?? 0} format={rfc5322Date} />,
        }}
        overlay={
          <span
            ref={tokenRef}
            aria-hidden="true"
            className="pointer-events-none absolute top-0 left-0 z-10 inline-flex h-7 w-7 items-center justify-center rounded-full opacity-0 shadow-lg"
            style={{ color: "var(--c-bg)", background: "var(--c-accent)" }}
            data-flight=""
          >
            <EnvelopeIcon />
          </span>
        }
        controls={
          <>
            <JourneyControls player={player} steps={steps} label={meta.title} />
            <p className="text-muted text-xs max-lg:hidden">
              Keys: <kbd>Space</kbd> play/pause · <kbd>←</kbd>/<kbd>→</kbd> step · <kbd>Home</kbd>/
              <kbd>End</kbd> first/last
            </p>
          </>
        }
        onSelect={player.goTo}
        listRef={listRef}
        hopAction={watchHop}
        renderHop={renderHop}
      />
    </section>
  );
}
