/**
 * Obeys the page's player commands (PLAYER_COMMAND window events: play, pause, next, prev, goToStep), sent
 * by the embed bridge (a host page) and presenter mode. Shared by the session simulator and the journey
 * player. A command naming another scenario is ignored; senders validate first and the player clamps the
 * step, but a malformed detail is still ignored here. The event name comes from embed/events.ts, so the
 * journey player does not pull in the session simulator's module for it.
 */
import { useEffect } from "react";
import { PLAYER_COMMAND_NAME, type PlayerCommand } from "@/components/embed/events";

type Controls = {
  play: () => void;
  pause: () => void;
  next: () => void;
  prev: () => void;
  goTo: (step: number) => void;
};

export function usePlayerCommands(enabled: boolean, scenarioId: string, player: Controls) {
  useEffect(() => {
    if (!enabled) return;
    const onCommand = (e: Event) => {
      const cmd = (e as CustomEvent<PlayerCommand>).detail;
      if (!cmd || typeof cmd !== "object" || (cmd.scenario !== undefined && cmd.scenario !== scenarioId))
        return;
      if (cmd.action === "play") player.play();
      else if (cmd.action === "pause") player.pause();
      else if (cmd.action === "next") player.next();
      else if (cmd.action === "prev") player.prev();
      else if (cmd.action === "goToStep" && Number.isFinite(cmd.step)) player.goTo(cmd.step);
    };
    window.addEventListener(PLAYER_COMMAND_NAME, onCommand);
    return () => window.removeEventListener(PLAYER_COMMAND_NAME, onCommand);
  }, [enabled, scenarioId, player]);
}
