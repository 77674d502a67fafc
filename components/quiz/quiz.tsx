/**
 * <Quiz quiz={quiz} /> — a lesson's quiz. Server part: renders the heading and a print-only answer key, and
 * (for predict questions) asks the engine what the server answers, so the reveal is computed, never typed.
 */

import { EmbedThis } from "@/components/embed/embed-this";
import { InlineCode } from "@/components/ui/inline-code";
import type { Quiz as QuizData } from "@/lib/content/quiz";
import type { Reveal } from "./quiz-client";
import { QuizIsland } from "./quiz-island";
import { QuizStatic } from "./quiz-static";
import { revealFor } from "./reveal";

export function Quiz({ quiz }: { quiz: QuizData }) {
  const reveals: Record<string, Reveal> = {};
  for (const q of quiz.questions) if (q.kind === "predict") reveals[q.id] = revealFor(q.reveal);
  return (
    <section aria-labelledby="quiz" className="mt-10">
      <h2 id="quiz">Check yourself</h2>
      <p>
        {quiz.questions.length} questions. Choose, then check each answer: every choice explains why it is
        right or wrong. Your result is kept in this browser only.
      </p>
      <div className="not-prose no-print mb-6">
        <EmbedThis
          widget={{ kind: "quiz", slug: quiz.id }}
          title={quiz.title ?? "Check yourself"}
          titleFromPage={!quiz.title}
          label="Embed this quiz"
        />
      </div>
      <QuizIsland quiz={quiz} reveals={reveals}>
        <QuizStatic quiz={quiz} />
      </QuizIsland>
      <div className="print-only">
        <h3>Answer key</h3>
        <ol>
          {quiz.questions.map((q) => (
            <li key={q.id}>
              {q.choices
                .filter((c) => c.correct)
                .map((c) => (
                  <span key={c.text}>
                    <InlineCode text={c.text} />{" "}
                  </span>
                ))}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
