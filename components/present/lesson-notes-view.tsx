"use client";
/**
 * Speaker notes for a lesson: the current slide's note (from content/notes/<slug>.ts, keyed by heading id),
 * the next slide's title, and the pace (minutes planned up to here against the timer in the frame).
 */
import { useMemo } from "react";
import type { LessonNotes } from "@/lib/content/notes";
import { slideLabel } from "@/lib/present/slides";
import type { SlideInfo } from "./lesson-slides";
import { NoteCard } from "./note-card";
import { NotesFrame } from "./notes-frame";

export function LessonNotesView({
  slug,
  title,
  slides,
  notes,
  objectives,
}: {
  slug: string;
  title: string;
  slides: readonly SlideInfo[];
  notes: LessonNotes;
  objectives: readonly string[];
}) {
  const deck = useMemo(() => ({ kind: "lesson", slug }) as const, [slug]);
  const planned = slides.reduce((sum, s) => sum + (notes[s.key]?.minutes ?? 0), 0);
  return (
    <NotesFrame
      deck={deck}
      title={title}
      kindWord="lesson"
      count={slides.length}
      positionLabel={(i, n) => `Slide ${Math.min(i + 1, n)} of ${n}`}
    >
      {(index) => {
        const slide = slides[index];
        const next = slides[index + 1];
        if (!slide) return <p>This slide is not in these notes: reload this window.</p>;
        const upTo = slides.slice(0, index + 1).reduce((sum, s) => sum + (notes[s.key]?.minutes ?? 0), 0);
        return (
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
            <div className="min-w-0 space-y-4">
              <h2 className="font-bold text-3xl leading-tight" data-notes-slide={slide.key}>
                <span className="sr-only">{slideLabel(index, slides.length, "")}</span>
                {slide.title}
              </h2>
              {slide.kind === "title" ? (
                <div className="rounded-lg border-2 border-border bg-surface px-5 py-4 text-xl">
                  <p className="font-semibold">Open with the objectives:</p>
                  <ul className="mt-2 list-disc space-y-1 pl-6">
                    {objectives.map((o) => (
                      <li key={o}>{o}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <NoteCard
                  note={notes[slide.key]}
                  missing={
                    slide.kind === "intro"
                      ? "No note for the introduction: read it with the class."
                      : "No note for this slide."
                  }
                />
              )}
            </div>
            <aside aria-label="Coming up" className="space-y-4">
              <div className="rounded-lg border-2 border-border px-4 py-3">
                <p className="font-semibold text-muted text-sm uppercase tracking-wide">Next slide</p>
                <p className="mt-1 font-semibold text-xl leading-snug" data-notes-next="">
                  {next ? next.title : "None: this is the last slide."}
                </p>
              </div>
              {planned > 0 ? (
                <div className="rounded-lg border-2 border-border px-4 py-3">
                  <p className="font-semibold text-muted text-sm uppercase tracking-wide">Pace</p>
                  <p className="mt-1 text-lg">
                    Planned by the end of this slide: <strong>{upTo} min</strong> of {planned} min.
                  </p>
                </div>
              ) : null}
            </aside>
          </div>
        );
      }}
    </NotesFrame>
  );
}
