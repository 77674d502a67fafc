"use client";
/**
 * Sits at the end of a lesson: reaching it marks the lesson as read; a button undoes or redoes that.
 */
import { useEffect, useRef } from "react";
import { CheckIcon } from "@/components/ui/icons";
import { progressActions, useProgress } from "./progress-store";
import { SaveNote } from "./save-note";

export function LessonReadMarker({ slug }: { slug: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const snap = useProgress();
  const read = !!snap?.progress.read[slug];

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    let done = false;
    const io = new IntersectionObserver((entries) => {
      if (!done && entries.some((e) => e.isIntersecting)) {
        done = true;
        progressActions.markRead(slug, true);
        io.disconnect();
      }
    });
    io.observe(el);
    return () => io.disconnect();
  }, [slug]);

  return (
    <div
      ref={ref}
      className="no-print mt-10 rounded-lg border border-border px-4 py-3"
      data-lesson-read={read ? "yes" : "no"}
    >
      {snap === null ? (
        <p className="text-muted">Your reading progress is kept in this browser only.</p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <p className="flex items-center gap-2 font-semibold">
            {read ? (
              <>
                <span aria-hidden="true" style={{ color: "var(--c-ok)" }} className="inline-flex">
                  <CheckIcon />
                </span>
                Lesson marked as read
              </>
            ) : (
              "Not marked as read"
            )}
          </p>
          <button
            type="button"
            onClick={() => progressActions.markRead(slug, !read)}
            className="min-h-11 rounded-md border border-border bg-raised px-4 hover:border-accent"
          >
            {read ? "Mark as unread" : "Mark as read"}
          </button>
        </div>
      )}
      <SaveNote />
    </div>
  );
}
