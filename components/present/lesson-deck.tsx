"use client";
/**
 * A lesson as slides: every slide is in the HTML (rendered on the server by the page), only the current one
 * is shown. The position lives in the address fragment (#slide=3), so a reload or a shared link opens the
 * same slide; a bad value gets a note and the nearest slide.
 */
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { SlideInfo } from "@/components/present/lesson-slides";
import { applyNav } from "@/lib/present/channel";
import { parseSlideHash, slideHash, slideLabel } from "@/lib/present/slides";
import { type NavRequest, PresenterShell } from "./presenter-shell";

export function LessonDeck({
  slug,
  title,
  slides,
  rendered,
}: {
  slug: string;
  title: string;
  slides: readonly SlideInfo[];
  /** One rendered slide per entry of `slides`, in order. */
  rendered: ReactNode[];
}) {
  const count = slides.length;
  const deck = useRef({ kind: "lesson", slug } as const).current;
  const [index, setIndex] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const [moved, setMoved] = useState(false);
  const slidesRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const read = () => {
      const parsed = parseSlideHash(window.location.hash, count);
      setIndex(parsed.index);
      setNote(parsed.note);
    };
    const onHashChange = () => {
      read();
      window.scrollTo({ top: 0 });
    };
    read();
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [count]);

  const onNav = useCallback(
    (req: NavRequest) => {
      // If focus was inside the slide being left, it follows to the new slide rather than falling to <body>.
      const active = document.activeElement;
      const hadFocus = active instanceof HTMLElement && slidesRef.current?.contains(active);
      const next = applyNav(deck, index, count, req.action, req.action === "goTo" ? req.index : 0);
      if (next !== index) {
        setIndex(next);
        setMoved(true);
      }
      setNote(null);
      if (hadFocus)
        requestAnimationFrame(() =>
          slidesRef.current
            ?.querySelector<HTMLElement>("[data-slide]:not([hidden])")
            ?.focus({ preventScroll: true }),
        );
    },
    [deck, count, index],
  );

  useEffect(() => {
    if (!moved) return;
    const url = `${window.location.pathname}${window.location.search}${slideHash(index)}`;
    window.history.replaceState(window.history.state, "", url);
    window.scrollTo({ top: 0 });
  }, [index, moved]);

  const current = slides[index];
  return (
    <PresenterShell
      deck={deck}
      title={title}
      kindLabel="Lesson"
      index={index}
      count={count}
      positionText={`${index + 1} / ${count}`}
      announcement={moved && current ? slideLabel(index, count, current.title) : null}
      onNav={onNav}
      leaveHref={`/lessons/${slug}`}
      note={note}
    >
      <div ref={slidesRef}>
        {rendered.map((slide, i) => (
          <div
            key={slides[i]?.key ?? i}
            hidden={i !== index}
            data-slide={slides[i]?.key}
            data-slide-index={i}
            tabIndex={-1}
            className="outline-none"
          >
            {slide}
          </div>
        ))}
      </div>
    </PresenterShell>
  );
}
