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
  return <div ref={ref}>{near ? <QuizClient quiz={quiz} reveals={reveals} /> : children}</div>;
}
