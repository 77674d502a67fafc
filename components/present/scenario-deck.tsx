"use client";
/**
 * A scenario in presenter mode: the simulator's own player (SimulatorView), big, driven by the presenter
 * keys and the notes window through the player's command events. The position comes back from the
 * player's PLAYER_EVENT, so the notes window always shows what the projector shows. Step changes are
 * announced by the simulator's narration (aria-live), so the shell does not announce them again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  PLAYER_COMMAND,
  PLAYER_EVENT,
  type PlayerCommand,
  type PlayerEventDetail,
  SimulatorView,
} from "@/components/simulator/simulator-view";
import { applyNav } from "@/lib/present/channel";
import type { StageData } from "@/lib/simulator/stage-data";
import { type NavRequest, PresenterShell } from "./presenter-shell";

function send(cmd: PlayerCommand) {
  window.dispatchEvent(new CustomEvent<PlayerCommand>(PLAYER_COMMAND, { detail: cmd }));
}

export function ScenarioDeck({ data }: { data: StageData }) {
  const { meta } = data;
  const count = data.steps.length;
  const deck = useRef({ kind: "scenario", id: meta.id } as const).current;
  const [pos, setPos] = useState({ step: 0, state: "idle" });

  useEffect(() => {
    const onPlayer = (e: Event) => {
      const d = (e as CustomEvent<PlayerEventDetail>).detail;
      if (d?.scenario === meta.id) setPos({ step: d.step, state: d.state });
    };
    window.addEventListener(PLAYER_EVENT, onPlayer);
    return () => window.removeEventListener(PLAYER_EVENT, onPlayer);
  }, [meta.id]);

  const onNav = useCallback(
    (req: NavRequest) => {
      if (req.action === "next") send({ action: "next", scenario: meta.id });
      else if (req.action === "prev") send({ action: "prev", scenario: meta.id });
      else
        send({
          action: "goToStep",
          step: applyNav(deck, pos.step, count, req.action, req.action === "goTo" ? req.index : 0),
          scenario: meta.id,
        });
    },
    [deck, meta.id, pos.step, count],
  );

  const playing = pos.state === "playing";
  const onPlayPause = useCallback(
    () => send({ action: playing ? "pause" : "play", scenario: meta.id }),
    [playing, meta.id],
  );

  return (
    <PresenterShell
      deck={deck}
      title={meta.title}
      kindLabel="Simulator"
      index={pos.step}
      count={count}
      positionText={pos.step === 0 ? `Start · ${count} steps` : `Step ${pos.step} / ${count}`}
      announcement={null}
      onNav={onNav}
      onPlayPause={onPlayPause}
      playing={playing}
      leaveHref={`/simulator/${meta.id}`}
      scrollHint={false}
    >
      <div className="px-[2.5vw] py-[1.5vh]" data-presenter-simulator="">
        <SimulatorView
          data={data}
          syncUrl
          acceptCommands
          stageHeight="h-[calc(100dvh-16.5rem)] min-h-[16rem]"
        />
      </div>
    </PresenterShell>
  );
}
