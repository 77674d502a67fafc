"use client";
/**
 * The interactive quiz: native radio buttons and checkboxes in fieldsets (keyboard and screen-reader
 * friendly), a "Check" button per question, feedback for every choice once checked (why it is right or
 * wrong, with its citation), and a score that is saved to local progress when every question is checked.
 * Predict questions reveal what the engine's server answered at that point, with a link into the simulator.
 */
import { useId, useState } from "react";
import { RfcList } from "@/components/mdx/rfc";
import { progressActions } from "@/components/progress/progress-store";
import { SaveNote } from "@/components/progress/save-note";
import { CheckIcon, CrossIcon } from "@/components/ui/icons";
import { InlineCode } from "@/components/ui/inline-code";
import Link from "@/components/ui/link";
import { passed as isPassed, type Quiz, scoreQuiz } from "@/lib/content/quiz";

export type Reveal = { scenario: string; step: number; lines: string[]; code: number } | null;

export const QUIZ_EVENT = "smtp-lab:quiz";
export type QuizEventDetail =
  | { type: "answered"; quizId: string; questionId: string; correct: boolean }
  | { type: "completed"; quizId: string; correct: number; total: number; passed: boolean };

function announce(detail: QuizEventDetail) {
  window.dispatchEvent(new CustomEvent<QuizEventDetail>(QUIZ_EVENT, { detail }));
}

export function QuizClient({ quiz, reveals }: { quiz: Quiz; reveals: Record<string, Reveal> }) {
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [round, setRound] = useState(0);
  const allChecked = quiz.questions.every((q) => checked[q.id]);
  const score = scoreQuiz(quiz, answers);
  const didPass = isPassed(quiz, score);

  function check(questionId: string) {
    const nextChecked = { ...checked, [questionId]: true };
    setChecked(nextChecked);
    const q = quiz.questions.find((x) => x.id === questionId);
    if (!q) return;
    const one = scoreQuiz({ ...quiz, questions: [q] }, answers);
    announce({ type: "answered", quizId: quiz.id, questionId, correct: one.correct === 1 });
    if (quiz.questions.every((x) => nextChecked[x.id])) {
      const final = scoreQuiz(quiz, answers);
      const ok = isPassed(quiz, final);
      progressActions.recordQuiz(quiz.id, {
        answers,
        correct: final.correct,
        total: final.total,
        passed: ok,
      });
      announce({
        type: "completed",
        quizId: quiz.id,
        correct: final.correct,
        total: final.total,
        passed: ok,
      });
    }
  }

  function retry() {
    setAnswers({});
    setChecked({});
    setRound((r) => r + 1);
  }

  return (
    <div className="not-prose" data-quiz={quiz.id}>
      <ol className="space-y-6">
        {quiz.questions.map((q, qi) => (
          <li key={`${round}-${q.id}`}>
            <Question
              index={qi}
              question={q}
              chosen={answers[q.id] ?? []}
              isChecked={!!checked[q.id]}
              reveal={q.kind === "predict" ? (reveals[q.id] ?? null) : null}
              onChange={(next) => {
                setAnswers((a) => ({ ...a, [q.id]: next }));
                setChecked((c) => ({ ...c, [q.id]: false }));
              }}
              onCheck={() => check(q.id)}
            />
          </li>
        ))}
      </ol>
      <div aria-live="polite" className="mt-6">
        {allChecked ? (
          <div
            className="rounded-lg border-2 px-4 py-3"
            style={{ borderColor: didPass ? "var(--c-ok)" : "var(--c-later)" }}
            data-quiz-result={didPass ? "passed" : "not-passed"}
          >
            <p className="font-semibold">
              You got {score.correct} of {score.total} right.{" "}
              {didPass
                ? "Passed: well done."
                : `Not passed yet: the pass mark is ${Math.round((quiz.passMark ?? 0.75) * 100)}%.`}
            </p>
            <button
              type="button"
              onClick={retry}
              className="mt-2 min-h-11 rounded-md border border-border bg-raised px-4 font-semibold hover:border-accent"
            >
              Try the quiz again
            </button>
            <SaveNote />
          </div>
        ) : null}
      </div>
    </div>
  );
}

function Question({
  index,
  question: q,
  chosen,
  isChecked,
  reveal,
  onChange,
  onCheck,
}: {
  index: number;
  question: Quiz["questions"][number];
  chosen: number[];
  isChecked: boolean;
  reveal: Reveal;
  onChange: (next: number[]) => void;
  onCheck: () => void;
}) {
  const name = useId();
  const multiple = q.kind === "multiple";
  const right = q.choices.map((c) => !!c.correct);
  const correct = chosen.length === right.filter(Boolean).length && chosen.every((i) => right[i]);
  return (
    <fieldset className="rounded-lg border border-border bg-raised p-4">
      <legend className="float-left w-full px-2 font-semibold">
        <span className="text-muted">Question {index + 1}. </span>
        <InlineCode text={q.prompt} />
        {multiple ? <span className="font-normal text-muted"> (choose all that apply)</span> : null}
        {q.kind === "predict" ? <span className="font-normal text-muted"> (predict, then see)</span> : null}
      </legend>
      <ul className="clear-left space-y-2 pt-2">
        {q.choices.map((c, i) => {
          const isChosen = chosen.includes(i);
          return (
            <li key={c.text}>
              <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md px-2 py-2 hover:bg-surface">
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name={name}
                  checked={isChosen}
                  onChange={(e) => {
                    if (multiple)
                      onChange(e.target.checked ? [...chosen, i].sort() : chosen.filter((x) => x !== i));
                    else onChange([i]);
                  }}
                  className="mt-1 h-5 w-5 shrink-0 accent-[var(--c-accent)]"
                />
                <span>
                  <InlineCode text={c.text} />
                  {isChecked ? (
                    <ChoiceFeedback correct={!!c.correct} chosen={isChosen} text={c.feedback} />
                  ) : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={onCheck}
          disabled={chosen.length === 0}
          className="min-h-11 rounded-md bg-accent px-4 font-semibold text-accent-fg disabled:cursor-not-allowed disabled:opacity-60"
        >
          {q.kind === "predict" ? "Check and reveal" : "Check answer"}
        </button>
        <p aria-live="polite" className="font-semibold">
          {isChecked ? (
            <span style={{ color: correct ? "var(--c-ok)" : "var(--c-no)" }}>
              {correct ? "Correct." : "Not quite: see why below each choice."}
            </span>
          ) : null}
        </p>
      </div>
      {isChecked ? (
        <p className="mt-2 text-muted text-sm">
          Source: <RfcList refs={q.cite} />
        </p>
      ) : null}
      {isChecked && reveal ? (
        <div className="mt-3 rounded-md border border-border bg-surface p-3">
          <p className="font-semibold text-sm">What the server answered:</p>
          <pre className="mt-1 overflow-x-auto font-mono text-server text-sm">{reveal.lines.join("\n")}</pre>
          <Link
            href={`/simulator/${reveal.scenario}?step=${reveal.step}`}
            className="mt-2 inline-block text-sm"
          >
            Play this moment in the simulator (step {reveal.step})
          </Link>
        </div>
      ) : null}
    </fieldset>
  );
}

function ChoiceFeedback({ correct, chosen, text }: { correct: boolean; chosen: boolean; text: string }) {
  const label = chosen
    ? correct
      ? "Your answer is right."
      : "Your answer is not right."
    : correct
      ? "This is a right answer."
      : null;
  return (
    <span className="mt-1 flex items-start gap-2 text-sm">
      <span
        aria-hidden="true"
        className="mt-0.5 inline-flex"
        style={{ color: correct ? "var(--c-ok)" : chosen ? "var(--c-no)" : "var(--c-muted)" }}
      >
        {correct ? <CheckIcon /> : <CrossIcon />}
      </span>
      <span>
        {label ? <strong>{label} </strong> : null}
        <InlineCode text={text} />
      </span>
    </span>
  );
}
