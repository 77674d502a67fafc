import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { QuizClient, type Reveal } from "@/components/quiz/quiz-client";
import { revealFor } from "@/components/quiz/reveal";
import { getLesson } from "@/content/lessons";
import { quizForLesson, quizSlugs } from "@/content/quizzes";
import { embedPageMetadata } from "@/lib/embed/metadata";

// One static page per lesson quiz; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return quizSlugs()
    .filter((slug) => getLesson(slug))
    .map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) return {};
  return embedPageMetadata({
    title: `Quiz: ${lesson.meta.title}`,
    description: `Check yourself: the quiz of the lesson “${lesson.meta.title}”.`,
    page: `/lessons/${slug}`,
  });
}

export default async function QuizEmbedPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  const quiz = quizForLesson(slug);
  if (!lesson || !quiz) notFound();
  // Predict questions reveal what the engine's server answered: computed here, at build time.
  const reveals: Record<string, Reveal> = {};
  for (const q of quiz.questions) if (q.kind === "predict") reveals[q.id] = revealFor(q.reveal);
  return (
    <EmbedFrame
      kind="quiz"
      id={quiz.id}
      title={`Check yourself: ${lesson.meta.title}`}
      pagePath={`/lessons/${slug}#quiz`}
    >
      <p className="text-muted text-sm">
        {quiz.questions.length} questions from the lesson. Choose, then check each answer: every choice
        explains why it is right or wrong.
      </p>
      <QuizClient quiz={quiz} reveals={reveals} />
    </EmbedFrame>
  );
}
