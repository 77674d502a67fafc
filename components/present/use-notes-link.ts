"use client";
/**
 * The notes window's side of the presenter channel: asks for the presenter's position on open, follows it,
 * notices when the presenter shows another deck or leaves, and sends navigation commands back.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  type Blank,
  type DeckRef,
  type NavAction,
  PRESENTER_CHANNEL,
  type PresenterMessage,
  parsePresenterMessage,
  sameDeck,
} from "@/lib/present/channel";

export type NotesLink = {
  /** null until mounted; false when the browser has no BroadcastChannel. */
  supported: boolean | null;
  position: { index: number; count: number; blank: Blank } | null;
  /** The presenter closed or left this deck. */
  gone: boolean;
  /** A presenter is showing another deck. */
  elsewhere: DeckRef | null;
  send: (action: NavAction | "goTo", index?: number) => void;
};

export function useNotesLink(deck: DeckRef): NotesLink {
  const [supported, setSupported] = useState<boolean | null>(null);
  const [position, setPosition] = useState<NotesLink["position"]>(null);
  const [gone, setGone] = useState(false);
  const [elsewhere, setElsewhere] = useState<DeckRef | null>(null);
  const channelRef = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") {
      setSupported(false);
      return;
    }
    setSupported(true);
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (e: MessageEvent) => {
      const msg = parsePresenterMessage(e.data);
      if (!msg) return;
      if (msg.type === "position") {
        if (sameDeck(msg.deck, deck)) {
          setPosition({ index: msg.index, count: msg.count, blank: msg.blank });
          setGone(false);
          setElsewhere(null);
        } else setElsewhere(msg.deck);
      } else if (msg.type === "bye" && sameDeck(msg.deck, deck)) setGone(true);
    };
    channel.postMessage({ v: 1, type: "hello" } satisfies PresenterMessage);
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, [deck]);

  const send = useCallback(
    (action: NavAction | "goTo", index = 0) => {
      const msg: PresenterMessage =
        action === "goTo"
          ? { v: 1, type: "command", deck, action, index }
          : { v: 1, type: "command", deck, action };
      try {
        channelRef.current?.postMessage(msg);
      } catch {
        // Channel closed while the page is going away.
      }
    },
    [deck],
  );

  return { supported, position, gone, elsewhere, send };
}
