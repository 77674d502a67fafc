"use client";
/**
 * The questions that apply, in order, with the answers given so far: the progress indicator and a way
 * back to any answered question. Answered and current steps are buttons; later ones are plain text.
 * State is spelled out in words (and aria-current), never shown by colour alone.
 */
import { CheckIcon } from "@/components/ui/icons";
import type { Answers, Question, QuestionId } from "@/lib/ports";
import { answerLabels } from "./wizard-state";

export function StepList({
  questions,
  answers,
  current,
  onGoTo,
  label,
}: {
  questions: readonly Question[];
  answers: Answers;
  /** The question on screen, or null when the result is. */
  current: QuestionId | null;
  onGoTo: (id: QuestionId) => void;
  label: string;
}) {
  return (
    <nav aria-label={label}>
      <ol className="grid gap-2">
        {questions.map((q, i) => {
          const isCurrent = q.id === current;
          const answered = answers[q.id] !== undefined && !isCurrent;
          // The current question is marked, not linked: going "to" it would only add a history entry.
          const reachable = answered;
          const summary = answerLabels(q, answers).join("; ");
          const state = isCurrent ? "current question" : answered ? "answered" : "not answered yet";
          const body = (
            <>
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full border-2 font-semibold text-xs ${
                  isCurrent
                    ? "border-accent bg-accent text-accent-fg"
                    : answered
                      ? "border-accent text-accent"
                      : "border-border text-muted"
                }`}
              >
                {answered ? <CheckIcon /> : i + 1}
              </span>
              <span className="min-w-0">
                <span className={`block text-sm ${isCurrent ? "font-semibold" : ""}`}>
                  <span className="sr-only">
                    Question {i + 1}, {state}:{" "}
                  </span>
                  {q.prompt}
                </span>
                {answered && summary ? <span className="block text-muted text-sm">{summary}</span> : null}
              </span>
            </>
          );
          return (
            <li key={q.id}>
              {reachable ? (
                <button
                  type="button"
                  onClick={() => onGoTo(q.id)}
                  className="flex w-full gap-2 rounded-md px-2 py-1.5 text-left hover:bg-surface"
                >
                  {body}
                </button>
              ) : (
                <div
                  aria-current={isCurrent ? "step" : undefined}
                  className={`flex gap-2 rounded-md px-2 py-1.5 ${isCurrent ? "bg-surface" : "text-muted"}`}
                >
                  {body}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
