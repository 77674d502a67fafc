"use client";
/** Progress on the lessons list: a per-lesson status line and an overall summary with a reset button. */
import { useState } from "react";
import { CheckIcon } from "@/components/ui/icons";
import { progressActions, useProgress } from "./progress-store";
import { SaveNote } from "./save-note";

export function LessonStatus({ slug }: { slug: string }) {
  const snap = useProgress();
  if (!snap) return null;
  const read = !!snap.progress.read[slug];
  const quiz = snap.progress.quizzes[slug];
  if (!read && !quiz) return null;
  return (
    <span className="mt-1 flex flex-wrap gap-x-4 text-sm" data-lesson-status={slug}>
      {read ? (
        <span className="inline-flex items-center gap-1" style={{ color: "var(--c-ok)" }}>
          <CheckIcon aria-hidden="true" /> Read
        </span>
      ) : null}
      {quiz ? (
        <span className="text-muted">
          Quiz: {quiz.correct} of {quiz.total}
          {quiz.passed ? " (passed)" : ""}
        </span>
      ) : null}
    </span>
  );
}

export function ProgressSummary({ slugs }: { slugs: readonly string[] }) {
  const snap = useProgress();
  const [confirming, setConfirming] = useState(false);
  if (!snap) return <p className="text-muted">Your progress is kept in this browser only.</p>;
  const read = slugs.filter((s) => snap.progress.read[s]).length;
  const passed = slugs.filter((s) => snap.progress.quizzes[s]?.passed).length;
  const any = read > 0 || Object.keys(snap.progress.quizzes).length > 0;
  return (
    <div className="rounded-lg border border-border bg-surface px-4 py-3" data-progress-summary="">
      <p>
        <strong>Your progress:</strong> {read} of {slugs.length} lessons read, {passed} quizzes passed. Kept
        in this browser only.
      </p>
      {any ? (
        confirming ? (
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <span>Forget all progress in this browser?</span>
            <button
              type="button"
              onClick={() => {
                progressActions.reset();
                setConfirming(false);
              }}
              className="min-h-11 rounded-md border-2 px-3 font-semibold"
              style={{ borderColor: "var(--c-no)", color: "var(--c-no)" }}
            >
              Yes, reset progress
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className="min-h-11 rounded-md border border-border px-3"
            >
              Keep it
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="mt-2 min-h-11 rounded-md border border-border bg-raised px-3 hover:border-accent"
          >
            Reset progress
          </button>
        )
      ) : null}
      <SaveNote />
    </div>
  );
}
