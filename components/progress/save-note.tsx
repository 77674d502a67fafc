"use client";
import { SAVE_NOTES, useProgress } from "./progress-store";

/** A quiet line under progress widgets when progress cannot be kept; nothing when all is well. */
export function SaveNote() {
  const snap = useProgress();
  if (!snap || snap.status === "saved") return null;
  return (
    <p className="mt-2 text-muted text-sm" data-save-status={snap.status}>
      {SAVE_NOTES[snap.status]}
    </p>
  );
}
