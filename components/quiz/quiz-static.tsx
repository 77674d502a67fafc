/**
 * The quiz as the server renders it (no JavaScript): the same questions and choices as the interactive
 * quiz, so the page reads the same before the interactive part arrives.
 */
import { InlineCode } from "@/components/ui/inline-code";
import type { Quiz } from "@/lib/content/quiz";

export function QuizStatic({ quiz }: { quiz: Quiz }) {
  return (
    <div className="not-prose">
      <ol className="space-y-6">
        {quiz.questions.map((q, qi) => (
          <li key={q.id}>
            <fieldset className="rounded-lg border border-border bg-raised p-4" disabled>
              <legend className="float-left w-full px-2 font-semibold">
                <span className="text-muted">Question {qi + 1}. </span>
                <InlineCode text={q.prompt} />
                {q.kind === "multiple" ? (
                  <span className="font-normal text-muted"> (choose all that apply)</span>
                ) : null}
                {q.kind === "predict" ? (
                  <span className="font-normal text-muted"> (predict, then see)</span>
                ) : null}
              </legend>
              <ul className="clear-left space-y-2 pt-2">
                {q.choices.map((c) => (
                  <li key={c.text} className="flex min-h-11 items-start gap-3 px-2 py-2">
                    <span
                      aria-hidden="true"
                      className="mt-1 inline-block h-5 w-5 shrink-0 rounded-full border-2 border-border"
                    />
                    <span>
                      <InlineCode text={c.text} />
                    </span>
                  </li>
                ))}
              </ul>
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  );
}
