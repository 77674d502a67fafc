"use client";
/**
 * Loads the embedded wizard (embed-live.tsx, a separate chunk) when the embed comes within a screen of
 * the viewport, or at once on focus or pointer contact. Until then, and without JavaScript, it shows its
 * children: the server-rendered link to the full chooser. Kept tiny on purpose: it is all of the port
 * chooser that a lesson page loads up front.
 */
import { type ComponentType, type ReactNode, useCallback, useEffect, useRef, useState } from "react";

export function EmbedIsland({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [Live, setLive] = useState<ComponentType | null>(null);
  const started = useRef(false);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    import("./embed-live").then(
      (m) => setLive(() => m.EmbedLive),
      () => {
        // Offline or a stale deployment: the link to the full chooser still works.
        started.current = false;
      },
    );
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver === "undefined") {
      load();
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          load();
        }
      },
      { rootMargin: "100% 0px" },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [load]);

  return (
    <div ref={box} onFocusCapture={load} onPointerEnter={load}>
      {Live ? <Live /> : children}
    </div>
  );
}
