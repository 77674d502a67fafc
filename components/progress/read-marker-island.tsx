"use client";
/** Loads the lesson's read marker (and the progress store) only when the reader nears the lesson's end. */
import dynamic from "next/dynamic";
import { useRef } from "react";
import { useNear } from "@/components/ui/use-near";

const LessonReadMarker = dynamic(() => import("./lesson-read-marker").then((m) => m.LessonReadMarker), {
  ssr: false,
});

export function ReadMarkerIsland({ slug }: { slug: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNear(ref, "200px");
  return (
    <div ref={ref} className="min-h-[4.5rem]">
      {near ? (
        <LessonReadMarker slug={slug} />
      ) : (
        <p className="no-print mt-10 rounded-lg border border-border px-4 py-3 text-muted">
          Your reading progress is kept in this browser only.
        </p>
      )}
    </div>
  );
}
