import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonDeck } from "@/components/present/lesson-deck";
import { type LessonSlide, lessonSlides, slideInfo } from "@/components/present/lesson-slides";
import Link from "@/components/ui/link";
import { getLesson, lessonList } from "@/content/lessons";
import { presenterMetadata } from "@/lib/site/metadata";

// Every lesson is prerendered; any other slug is a 404.
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
    title: `Present: ${lesson.meta.title}`,
    description: `Presenter mode for the lesson “${lesson.meta.title}”: one section per slide, large type, speaker notes in a second window.`,
    path: `/present/lessons/${slug}`,
  });
}

function Slide({
  slide,
  slug,
  objectives,
  description,
  minutes,
  questions,
}: {
  slide: LessonSlide;
  slug: string;
  objectives: readonly string[];
  description: string;
  minutes: number;
  questions: number;
}) {
  const headingId = slide.kind === "section" ? slide.key : `slide-${slide.key}`;
  if (slide.kind === "title") {
    return (
      <section
        aria-labelledby={headingId}
        className="mx-auto flex max-w-[64rem] flex-col justify-center px-[2.5vw] py-[4vh]"
      >
        <h2 id={headingId} className="font-bold text-[2.75rem] leading-tight">
          {slide.title}
        </h2>
        <p className="mt-4 text-[1.35rem] leading-snug">{description}</p>
        <h3 className="mt-8 font-semibold text-[1.35rem]">In this lesson you will learn to</h3>
        <ul className="mt-2 list-disc space-y-2 pl-[1.2em] text-[1.2rem] leading-snug">
          {objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
        <p className="mt-6 text-muted">About {minutes} minutes</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className="px-[2.5vw] py-[2vh]" data-slide-kind={slide.kind}>
      <h2 id={headingId} className="mx-auto max-w-[64rem] font-bold text-[2.25rem] leading-tight">
        {slide.heading}
      </h2>
      <div className="presenter-prose prose prose-lg mx-auto mt-4 max-w-none" data-slide-body="">
        {slide.body}
        {slide.kind === "end" ? (
          <p className="mt-8 text-[1.35rem]">
            {questions > 0 ? (
              <Link href={`/lessons/${slug}#quiz`} className="font-semibold">
                Take the quiz: {questions} questions on the lesson page
              </Link>
            ) : (
              <Link href={`/lessons/${slug}`}>Back to the lesson page</Link>
            )}
          </p>
        ) : null}
      </div>
    </section>
  );
}

export default async function PresentLessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const slides = lessonSlides(lesson);
  return (
    <LessonDeck
      slug={slug}
      title={lesson.meta.title}
      slides={slideInfo(slides)}
      rendered={slides.map((s) => (
        <Slide
          key={s.key}
          slide={s}
          slug={slug}
          objectives={lesson.meta.objectives}
          description={lesson.meta.description}
          minutes={lesson.meta.minutes}
          questions={s.quizQuestions ?? 0}
        />
      ))}
    />
  );
}
