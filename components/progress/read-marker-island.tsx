"use client";
/** Loads the lesson's read marker (and the progress store) only when the reader nears the lesson's end. */
import { useRef } from "react";
import { useLazyComponent } from "@/components/ui/use-lazy-component";
import { useNear } from "@/components/ui/use-near";

const loadMarker = () => import("./lesson-read-marker").then((m) => m.LessonReadMarker);

export function ReadMarkerIsland({ slug }: { slug: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNear(ref, "200px");
  const { Component: LessonReadMarker } = useLazyComponent(loadMarker, near);
  return (
    <div ref={ref} className="min-h-[4.5rem]">
      {LessonReadMarker ? (
        <LessonReadMarker slug={slug} />
      ) : (
        <p className="no-print mt-10 rounded-lg border border-border px-4 py-3 text-muted">
          Your reading progress is kept in this browser only.
        </p>
      )}
    </div>
  );
}
