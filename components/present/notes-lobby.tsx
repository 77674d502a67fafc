"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
/**
 * /present/notes without a deck: waits for a presenter window to say what it shows, then opens that deck's
 * notes. Useful when the notes window was opened by hand or bookmarked.
 */
import Link from "@/components/ui/link";
import { notesPath, PRESENTER_CHANNEL, parsePresenterMessage } from "@/lib/present/channel";

export function NotesLobby() {
  const router = useRouter();
  const [supported, setSupported] = useState<boolean | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") {
      setSupported(false);
      return;
    }
    setSupported(true);
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    let done = false;
    channel.onmessage = (e: MessageEvent) => {
      const msg = parsePresenterMessage(e.data);
      if (done || msg?.type !== "position") return;
      done = true;
      router.replace(notesPath(msg.deck));
    };
    channel.postMessage({ v: 1, type: "hello" });
    return () => channel.close();
  }, [router]);

  return (
    <main data-presenter-notes="lobby" className="mx-auto max-w-3xl px-6 py-10 text-xl">
      <h1 className="font-bold text-3xl">Speaker notes</h1>
      <p className="mt-4" role="status">
        {supported === false
          ? "This browser has no BroadcastChannel, so this window cannot find the presenter window. Open the notes from presenter mode's Notes link instead."
          : "Waiting for a presenter window. These notes open as soon as one is showing a lesson or a scenario."}
      </p>
      <p className="mt-4">
        To present, open a <Link href="/lessons">lesson</Link> or a <Link href="/simulator">scenario</Link>,
        choose Present, and press <kbd>N</kbd> for this window.
      </p>
    </main>
  );
}
