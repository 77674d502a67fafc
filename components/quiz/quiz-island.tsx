"use client";
/**
 * Keeps the quiz's interactive code out of a lesson's first load: the server-rendered questions (children)
 * show at once, and the interactive quiz replaces them when the reader comes near.
 */
import dynamic from "next/dynamic";
import { useRef } from "react";
import { useNear } from "@/components/ui/use-near";
import type { Quiz } from "@/lib/content/quiz";
import type { Reveal } from "./quiz-client";

const QuizClient = dynamic(() => import("./quiz-client").then((m) => m.QuizClient), { ssr: false });

// SCORM 1.2 reporting exists only in the SCORM package's build (scripts/scorm.mjs sets NEXT_PUBLIC_SCORM=1 at
// build time): elsewhere the condition is the constant `"" === "1"` and the import is compiled away, so the
// site's lesson pages load no extra code. In the package it loads lazily, right away (not when near).
const ScormReporter =
  process.env.NEXT_PUBLIC_SCORM === "1"
    ? dynamic(() => import("@/components/scorm/scorm-reporter").then((m) => m.ScormReporter), { ssr: false })
    : null;

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
  return (
    <div ref={ref}>
      {near ? <QuizClient quiz={quiz} reveals={reveals} /> : children}
      {ScormReporter ? <ScormReporter quizId={quiz.id} /> : null}
    </div>
  );
}
