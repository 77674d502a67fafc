import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonNotesView } from "@/components/present/lesson-notes-view";
import { lessonSlides, slideInfo } from "@/components/present/lesson-slides";
import { getLesson, lessonList } from "@/content/lessons";
import type { LessonNotes } from "@/lib/content/notes";
import { presenterMetadata } from "@/lib/site/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonList().map((l) => ({ slug: l.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) return {};
  return presenterMetadata({
    title: `Speaker notes: ${lesson.meta.title}`,
    description: `Speaker notes for presenting “${lesson.meta.title}”: what to say and what to ask the class, slide by slide.`,
    path: `/present/notes/lessons/${slug}`,
  });
}

async function notesFor(slug: string): Promise<LessonNotes> {
  try {
    return ((await import(`@/content/notes/${slug}`)) as { notes: LessonNotes }).notes;
  } catch {
    // A lesson without notes still presents; the notes window says "No note for this slide".
    return {};
  }
}

export default async function LessonNotesPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  return (
    <LessonNotesView
      slug={slug}
      title={lesson.meta.title}
      slides={slideInfo(lessonSlides(lesson))}
      notes={await notesFor(slug)}
      objectives={lesson.meta.objectives}
    />
  );
}
