"use client";
/**
 * One question: native radio buttons (single choice) or checkboxes (multi) in a fieldset whose legend is
 * the question's heading, help text tied to the fieldset, Back and Next. A single-choice answer picked
 * with the mouse or a finger answers and moves on at once; with the keyboard, arrow keys only select (the
 * radio group's normal behaviour) and Enter or Next moves on, so nobody is carried past a question by
 * looking through its options.
 */
import { type Ref, useId, useRef } from "react";
import { ArrowLeftIcon, ArrowRightIcon } from "@/components/ui/icons";
import type { Question } from "@/lib/ports";
import { Heading } from "./heading";
import { RichText } from "./rich-text";

export function QuestionStep({
  question,
  draft,
  onDraft,
  onNext,
  onBack,
  error,
  headingLevel,
  headingRef,
}: {
  question: Question;
  draft: readonly string[];
  onDraft: (value: string[]) => void;
  /** Called with the answer to commit; the caller checks it isn't empty. */
  onNext: (value: string[]) => void;
  onBack: (() => void) | null;
  error: string | null;
  headingLevel: number;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const id = useId();
  const lastInput = useRef<"pointer" | "keyboard">("keyboard");
  const single = question.kind === "single";

  function toggle(optionId: string, checked: boolean) {
    if (single) return [optionId];
    const option = question.options.find((o) => o.id === optionId);
    if (!checked) return draft.filter((v) => v !== optionId);
    // An exclusive choice ("None", "I don't know") replaces the others, and another choice replaces it.
    if (option?.exclusive) return [optionId];
    const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id as string));
    return [...draft.filter((v) => !exclusive.has(v)), optionId];
  }

  return (
    // Inputs are named after the question, so even a submit without JavaScript produces the chooser's
    // own address (/port-chooser?role=submit); with JavaScript the wizard handles it in place.
    <form
      method="get"
      action="/port-chooser"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onNext([...draft]);
      }}
    >
      <fieldset
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
        onPointerDown={() => {
          lastInput.current = "pointer";
        }}
        onKeyDown={() => {
          lastInput.current = "keyboard";
        }}
      >
        <legend className="mb-1">
          <Heading
            level={headingLevel}
            ref={headingRef}
            tabIndex={-1}
            className={`scroll-mt-4 font-bold leading-tight ${headingLevel <= 2 ? "text-2xl sm:text-3xl" : "text-xl"}`}
          >
            {question.prompt}
          </Heading>
        </legend>
        <p id={`${id}-help`} className="mb-4 max-w-[65ch] text-muted">
          <RichText text={question.help} />
          {single ? null : " You can pick more than one."}
        </p>
        <div className="grid gap-3">
          {question.options.map((o) => {
            const checked = draft.includes(o.id);
            return (
              <label
                key={o.id}
                className="flex cursor-pointer gap-3 rounded-lg border-2 border-border bg-raised p-3 hover:border-accent has-checked:border-accent has-checked:bg-surface"
              >
                <input
                  type={single ? "radio" : "checkbox"}
                  name={question.id}
                  value={o.id}
                  checked={checked}
                  onChange={(e) => {
                    const next = toggle(o.id, e.currentTarget.checked);
                    onDraft(next);
                    if (single && lastInput.current === "pointer") onNext(next);
                  }}
                  aria-labelledby={`${id}-${o.id}-label`}
                  aria-describedby={`${id}-${o.id}-desc`}
                  className="mt-1 size-5 shrink-0 accent-accent"
                />
                <span className="min-w-0">
                  <span id={`${id}-${o.id}-label`} className="block font-semibold">
                    {o.label}
                  </span>
                  <span id={`${id}-${o.id}-desc`} className="block text-muted text-sm">
                    <RichText text={o.description} />
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <p id={`${id}-error`} role="alert" className="mt-3 min-h-6 font-semibold text-no">
        {error}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {onBack ? (
          <button
            type="button"
            onClick={onBack}
            className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-border bg-raised px-4 font-semibold hover:border-accent"
          >
            <ArrowLeftIcon />
            Back
          </button>
        ) : null}
        <button
          type="submit"
          className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-accent px-5 font-semibold text-accent-fg hover:opacity-90"
        >
          Next
          <ArrowRightIcon />
        </button>
      </div>
    </form>
  );
}
