"use client";
/**
 * Keeps the quiz's interactive code out of a lesson's first load: the server-rendered questions (children)
 * show at once, and the interactive quiz replaces them when the reader comes near.
 */
import { useRef } from "react";
import { useLazyComponent } from "@/components/ui/use-lazy-component";
import { useNear } from "@/components/ui/use-near";
import type { Quiz } from "@/lib/content/quiz";
import type { Reveal } from "./quiz-client";

const loadQuiz = () => import("./quiz-client").then((m) => m.QuizClient);

// SCORM 1.2 reporting exists only in the SCORM package's build (scripts/scorm.mjs sets NEXT_PUBLIC_SCORM=1 at
// build time): elsewhere the condition is the constant `"" === "1"` and the import is compiled away, so the
// site's lesson pages load no extra code. In the package it loads lazily, right away (not when near).
const loadScorm =
  process.env.NEXT_PUBLIC_SCORM === "1"
    ? () => import("@/components/scorm/scorm-reporter").then((m) => m.ScormReporter)
    : null;

const noScorm = () => Promise.reject<never>(new Error("not a SCORM build"));

export function QuizIsland({
  quiz,
  reveals,
  children,
}: {
  quiz: Quiz;
  reveals: Record<string, Reveal>;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNear(ref);
  const { Component: QuizClient } = useLazyComponent(loadQuiz, near);
  const { Component: ScormReporter } = useLazyComponent(loadScorm ?? noScorm, loadScorm !== null);
  return (
    <div ref={ref}>
      {QuizClient ? <QuizClient quiz={quiz} reveals={reveals} /> : children}
      {ScormReporter ? <ScormReporter quizId={quiz.id} /> : null}
    </div>
  );
}
