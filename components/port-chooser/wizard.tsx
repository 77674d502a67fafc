"use client";
/**
 * The port chooser's wizard, independent of where its state lives: the page keeps the view in the URL
 * (port-chooser-app.tsx), the lesson embed keeps it in React state (embed-live.tsx). One question at a
 * time with "Question n of m" and the list of questions; Back, Next and Start over; the result card at the
 * end. Focus moves to the new question's (or the result's) heading after every step the reader takes, so
 * keyboard and screen-reader users land on what changed.
 */
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { InfoIcon } from "@/components/ui/icons";
import { choosePort, type PortChoice, questionById } from "@/lib/ports";
import { QuestionStep } from "./question-step";
import { ResultCard } from "./result-card";
import { StepList } from "./step-list";
import {
  answer,
  back,
  currentQuestion,
  goTo,
  questionsToShow,
  START,
  viewToQuery,
  type WizardView,
  withAnswer,
} from "./wizard-state";

const asArray = (v: string | readonly string[] | undefined): string[] =>
  v === undefined ? [] : typeof v === "string" ? [v] : [...v];

export function Wizard({
  view,
  onNavigate,
  navigation,
  problems,
  headingLevel,
  layout,
  resultExtras,
  settingsId,
  actions,
}: {
  view: WizardView;
  onNavigate: (next: WizardView) => void;
  /** Counts the reader's steps (including browser back/forward); each change moves focus to the heading. */
  navigation: number;
  /** What was ignored in a shared link, shown as a polite note. */
  problems: readonly string[];
  /** Level of the question and result headings. */
  headingLevel: number;
  layout: "page" | "embed";
  /** Extra sections in a recommendation (the page's snippets). */
  resultExtras?: (choice: PortChoice) => ReactNode;
  /** Id of the settings section that resultExtras renders, for a "jump to" link. */
  settingsId?: string;
  /** Extra controls next to Start over (the page's "Copy link", the embed's "Open the full port chooser"). */
  actions?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const current = currentQuestion(view);
  const question = current === null ? null : questionById(current);
  // A selection not yet confirmed with Next belongs to one visit of one screen: any step (ours or the
  // browser's) drops it, so coming back shows exactly the answers the URL holds.
  const screen = `${navigation}:${viewToQuery(view)}`;
  const committed = question === null ? [] : asArray(view.answers[question.id]);
  const [draftState, setDraftState] = useState<{ screen: string; value: string[] } | null>(null);
  const [errorState, setErrorState] = useState<{ screen: string; text: string } | null>(null);
  const draft = draftState?.screen === screen ? draftState.value : committed;
  const error = errorState?.screen === screen ? errorState.text : null;

  useEffect(() => {
    if (navigation > 0) heading.current?.focus();
  }, [navigation]);

  const preview =
    question === null
      ? view.answers
      : withAnswer(view.answers, question.id, question.kind === "single" ? draft[0] : draft);
  const steps = questionsToShow(preview);
  const index = question === null ? steps.length : steps.findIndex((q) => q.id === question.id);
  const choice = useMemo(() => (current === null ? choosePort(view.answers) : null), [current, view.answers]);
  const hasAnswers = Object.keys(view.answers).length > 0;

  function next(value: string[]) {
    if (question === null) return;
    if (value.length === 0) {
      setErrorState({
        screen,
        text:
          question.kind === "single"
            ? "Choose an answer to go on."
            : "Choose at least one answer to go on (or the “none” choice, if there is one).",
      });
      return;
    }
    onNavigate(answer(view, question.id, question.kind === "single" ? (value[0] ?? "") : value));
  }

  const previous = back(view);
  const startOver = hasAnswers ? (
    <button
      type="button"
      onClick={() => onNavigate(START)}
      className="inline-flex min-h-11 items-center rounded-lg px-3 font-semibold text-accent underline underline-offset-4 hover:bg-surface"
    >
      Start over
    </button>
  ) : null;

  const progress = (
    <div className="no-print mb-5">
      <p className="font-semibold text-muted text-sm">
        {question === null
          ? `All ${steps.length} questions answered`
          : `Question ${index + 1} of ${steps.length}`}
      </p>
      <div
        aria-hidden="true"
        className="mt-1 h-2 overflow-hidden rounded-full border border-border bg-surface"
      >
        <div
          className="h-full bg-accent transition-[width] motion-reduce:transition-none"
          style={{ width: `${Math.round((Math.max(index, 0) / Math.max(steps.length, 1)) * 100)}%` }}
        />
      </div>
    </div>
  );

  const stepList = (
    <StepList
      questions={steps}
      answers={view.answers}
      current={current}
      onGoTo={(id) => onNavigate(goTo(view, id))}
      label="Questions and your answers"
    />
  );

  const main = (
    <div className="min-w-0">
      <div role="status">
        {problems.length > 0 ? (
          <div className="mb-5 flex gap-3 rounded-lg border-accent border-l-4 bg-surface px-3 py-2">
            <InfoIcon className="mt-1 shrink-0 text-accent" />
            <div>
              <p className="font-semibold">Part of the link you followed couldn’t be used.</p>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <p className="mt-1 text-sm">We picked up at the first question that still needs an answer.</p>
            </div>
          </div>
        ) : null}
      </div>
      {progress}
      {question !== null ? (
        <QuestionStep
          key={screen}
          question={question}
          draft={draft}
          onDraft={(value) => {
            setDraftState({ screen, value });
            setErrorState(null);
          }}
          onNext={next}
          onBack={previous === null ? null : () => onNavigate(previous)}
          error={error}
          headingLevel={headingLevel}
          headingRef={heading}
        />
      ) : choice !== null ? (
        <>
          <ResultCard
            choice={choice}
            headingLevel={headingLevel}
            headingRef={heading}
            settingsId={settingsId}
            framed={layout === "page"}
          >
            {resultExtras?.(choice)}
          </ResultCard>
          <div className="no-print mt-4 flex flex-wrap items-center gap-3">
            {previous ? (
              <button
                type="button"
                onClick={() => onNavigate(previous)}
                className="inline-flex min-h-11 items-center rounded-lg border border-border bg-raised px-4 font-semibold hover:border-accent"
              >
                Back to the last question
              </button>
            ) : null}
            {startOver}
            {actions}
          </div>
        </>
      ) : null}
      {question !== null && (startOver || actions) ? (
        <div className="no-print mt-4 flex flex-wrap items-center gap-3">
          {startOver}
          {actions}
        </div>
      ) : null}
    </div>
  );

  if (layout === "embed") {
    return (
      <div>
        {main}
        <details className="no-print mt-6 rounded-lg border border-border px-3 py-1">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">Your answers so far</summary>
          <div className="pb-2">{stepList}</div>
        </details>
      </div>
    );
  }
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <div className="min-w-0 lg:order-2">{main}</div>
      <div className="min-w-0 lg:order-1">
        <div className="lg:sticky lg:top-6">
          <p className="mb-2 font-semibold">Your answers</p>
          {stepList}
        </div>
      </div>
    </div>
  );
}
