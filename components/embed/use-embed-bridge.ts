"use client";
/**
 * The embed's side of the host message API (lib/embed/messages.ts; README "Embedding"). Once the options
 * are read from the URL it:
 * - announces `ready` and then `resize` (the content's height, from a ResizeObserver) to the parent;
 * - reports the player (`step`, `completed`) and the quiz (`quizAnswered`, `quizCompleted`, `quizPassed`);
 * - keeps the player inside the embed's step range (from/to) by sending it goTo commands, opens it at the
 *   chosen step and starts it when `autoplay=1` (never with reduced motion);
 * - accepts host commands only from the parent window, only from an origin listed in `origin=`, and only
 *   in the documented shape, and turns them into the player's window commands (PLAYER_COMMAND), a theme,
 *   or a move to another scenario's embed page.
 * Links that would leave the embed inside the frame (our non-embed pages refuse to be framed) open in a
 * new tab instead.
 */
import { type RefObject, useEffect, useRef } from "react";
import {
  announcementTarget,
  type EmbedAnnouncement,
  type EmbedTheme,
  type EmbedWidgetKind,
  embedMessage,
  type HostCommandType,
  isAllowedOrigin,
  type PlayerState,
  parseHostMessage,
} from "@/lib/embed/messages";
import type { EmbedOptions } from "@/lib/embed/options";
import { withBase } from "@/lib/site/config";
import {
  PLAYER_COMMAND_NAME,
  PLAYER_EVENT_NAME,
  type PlayerCommand,
  type PlayerEventDetail,
  QUIZ_EVENT_NAME,
  type QuizEventDetail,
} from "./events";

export type BridgeConfig = {
  kind: EmbedWidgetKind;
  id: string;
  stepCount?: number;
  scenarioIds?: readonly string[];
  options: EmbedOptions | null;
  rootRef: RefObject<HTMLElement | null>;
  onTheme: (theme: EmbedTheme) => void;
  onScenario: (id: string) => void;
  onStep?: (step: number) => void;
};

export function acceptsFor(kind: EmbedWidgetKind): HostCommandType[] {
  if (kind === "simulator" || kind === "journey")
    return ["play", "pause", "goToStep", "setScenario", "setTheme"];
  return ["setTheme"];
}

function parentOriginGuess(): string | null {
  try {
    const ancestors = window.location.ancestorOrigins;
    if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

type Seen = { step: number; state: PlayerState };

export function useEmbedBridge(cfg: BridgeConfig) {
  // The latest callbacks, without re-running the effect (which would announce `ready` again).
  const latest = useRef(cfg);
  latest.current = cfg;
  const { kind, id, stepCount, options, rootRef } = cfg;

  useEffect(() => {
    if (!options) return;
    const root = rootRef.current;
    if (!root) return;
    const framed = window.parent !== window;
    const allowed = options.origins;
    const accepts = acceptsFor(kind);
    const player = (kind === "simulator" || kind === "journey") && stepCount !== undefined;
    const count = stepCount ?? 0;
    const range = options.range ?? { from: 0, to: count };
    let parentOrigin = framed ? parentOriginGuess() : null;
    const cleanups: (() => void)[] = [];

    const post = (a: EmbedAnnouncement) => {
      if (!framed) return;
      const target = announcementTarget(a.type, allowed, parentOrigin);
      if (target === null) return;
      try {
        window.parent.postMessage(embedMessage(a), target);
      } catch {
        // A parent that went away mid-message: nothing to tell.
      }
    };
    // Sent in a microtask: a player event arrives while React runs the player's effects, between removing
    // its command listener and adding the new one; a command sent right then would be lost.
    const command = (cmd: PlayerCommand) =>
      queueMicrotask(() =>
        window.dispatchEvent(new CustomEvent(PLAYER_COMMAND_NAME, { detail: { ...cmd, scenario: id } })),
      );

    // Height: `ready` carries the first measure, `resize` every later change.
    let height = -1;
    let raf = 0;
    const measure = () => Math.ceil(root.getBoundingClientRect().height);
    height = measure();
    post({ type: "ready", widget: kind, id, height, accepts });
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(() => {
        const h = measure();
        if (h === height) return;
        height = h;
        post({ type: "resize", height: h });
      });
    });
    ro.observe(root);
    cleanups.push(() => {
      ro.disconnect();
      cancelAnimationFrame(raf);
    });

    // The player: range, opening step, autoplay, and what the host hears.
    let seen: Seen | null = null;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      if (options.start !== (seen?.step ?? 0)) command({ action: "goToStep", step: options.start });
      if (options.autoplay && !prefersReducedMotion()) command({ action: "play" });
    };
    const onPlayer = (step: number, state: PlayerState) => {
      const prev = seen;
      if (prev && prev.step === step && prev.state === state) return;
      // Out of range: bring it back (what the host hears is the step it lands on, not this one).
      if (step < range.from) {
        command({ action: "goToStep", step: range.from });
        if (state === "playing") command({ action: "play" });
        return;
      }
      if (step > range.to) {
        command({ action: "goToStep", step: range.to });
        return;
      }
      // Play pressed at the end of a range that stops before the scenario's end: play the range again.
      if (state === "playing" && step === range.to && range.to < count && prev?.step === step) {
        if (prev.state !== "playing") {
          command({ action: "goToStep", step: range.from });
          command({ action: "play" });
          return;
        }
      }
      seen = { step, state };
      latest.current.onStep?.(step);
      post({ type: "step", scenario: id, step, count, state });
      if (step === range.to && prev !== null && prev.step !== step)
        post({ type: "completed", scenario: id, step, count });
    };

    if (player && kind === "simulator") {
      const onEvent = (e: Event) => {
        const d = (e as CustomEvent<PlayerEventDetail>).detail;
        if (!d || d.scenario !== id) return;
        onPlayer(d.step, d.state as PlayerState);
      };
      window.addEventListener(PLAYER_EVENT_NAME, onEvent);
      cleanups.push(() => window.removeEventListener(PLAYER_EVENT_NAME, onEvent));
      // The player mounted before this effect ran: read where it is from its root, then take over.
      const el = root.querySelector<HTMLElement>(`[data-simulator="${CSS.escape(id)}"]`);
      if (el) {
        seen = { step: Number(el.dataset.step ?? 0), state: (el.dataset.state ?? "idle") as PlayerState };
        start();
      }
    }
    if (player && kind === "journey") {
      // Watch the journey player's root attributes (it takes commands like the simulator; its state is read
      // from the DOM, which also covers the server-rendered still shown before the player loads).
      const read = () => {
        const el = root.querySelector<HTMLElement>(`[data-journey="${CSS.escape(id)}"]`);
        if (!el) return;
        onPlayer(Number(el.dataset.step ?? 0), (el.dataset.state ?? "idle") as PlayerState);
        if (el.dataset.ready) start();
      };
      const mo = new MutationObserver(read);
      mo.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["data-step", "data-state", "data-ready"],
      });
      read();
      cleanups.push(() => mo.disconnect());
    }

    if (kind === "quiz") {
      const onQuiz = (e: Event) => {
        const d = (e as CustomEvent<QuizEventDetail>).detail;
        if (!d) return;
        if (d.type === "answered")
          post({ type: "quizAnswered", quizId: d.quizId, questionId: d.questionId, correct: d.correct });
        else if (d.type === "completed") {
          post({
            type: "quizCompleted",
            quizId: d.quizId,
            correct: d.correct,
            total: d.total,
            passed: d.passed,
          });
          if (d.passed) post({ type: "quizPassed", quizId: d.quizId, correct: d.correct, total: d.total });
        }
      };
      window.addEventListener(QUIZ_EVENT_NAME, onQuiz);
      cleanups.push(() => window.removeEventListener(QUIZ_EVENT_NAME, onQuiz));
    }

    // Commands from the host.
    const known = new Set(latest.current.scenarioIds ?? []);
    const onMessage = (e: MessageEvent) => {
      if (!framed || e.source !== window.parent || !isAllowedOrigin(e.origin, allowed)) return;
      const cmd = parseHostMessage(e.data, { maxStep: count, isScenario: (s) => known.has(s) });
      if (cmd === null || !accepts.includes(cmd.type)) return;
      parentOrigin = e.origin;
      switch (cmd.type) {
        case "play":
          if ((seen?.step ?? 0) >= range.to && range.to < count)
            command({ action: "goToStep", step: range.from });
          command({ action: "play" });
          break;
        case "pause":
          command({ action: "pause" });
          break;
        case "goToStep":
          command({ action: "goToStep", step: Math.min(Math.max(cmd.step, range.from), range.to) });
          break;
        case "setTheme":
          latest.current.onTheme(cmd.theme);
          break;
        case "setScenario":
          if (cmd.scenario !== id) latest.current.onScenario(cmd.scenario);
          break;
      }
    };
    window.addEventListener("message", onMessage);
    cleanups.push(() => window.removeEventListener("message", onMessage));

    // Inside a frame, our other pages refuse to load (frame-ancestors 'none'): send such links to a new tab.
    if (framed) {
      const onClick = (e: MouseEvent) => {
        const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
        if (!(a instanceof HTMLAnchorElement)) return;
        const url = new URL(a.href, window.location.href);
        const here = url.origin === window.location.origin;
        if (here && url.pathname === window.location.pathname && url.hash) return;
        if (here && url.pathname.startsWith(withBase("/embed/"))) return;
        a.target = "_blank";
        a.rel = "noopener";
      };
      window.addEventListener("click", onClick, true);
      cleanups.push(() => window.removeEventListener("click", onClick, true));
    }

    return () => {
      for (const c of cleanups) c();
    };
  }, [kind, id, stepCount, options, rootRef]);
}
