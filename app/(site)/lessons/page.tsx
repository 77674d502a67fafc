import type { Metadata } from "next";
import { LessonStatus, ProgressSummary } from "@/components/progress/curriculum-progress";
import Link from "@/components/ui/link";
import { curriculum, getLesson } from "@/content/lessons";
import { lessonOrder } from "@/lib/content/lesson";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Lessons",
  description:
    "The SMTP Lab curriculum: short, cited lessons on SMTP, store-and-forward delivery and the mail ports.",
  path: "/lessons",
});

export default function LessonsPage() {
  let number = 0;
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-bold text-3xl sm:text-4xl">Lessons</h1>
      <p className="mt-3 max-w-[65ch] text-lg text-muted">
        Short lessons, each with objectives, examples from a real mail server, and a citation for every claim.
        Take them in order, or jump to the one you need.
      </p>
      <div className="mt-6">
        <ProgressSummary slugs={lessonOrder(curriculum)} />
      </div>
      {curriculum.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mt-10">
          <h2 id={`section-${section.id}`} className="font-semibold text-2xl">
            {section.title}
          </h2>
          <ol className="mt-4 grid gap-4">
            {section.lessons.map((slug) => {
              const lesson = getLesson(slug);
              if (!lesson) return null;
              number += 1;
              return (
                <li key={slug}>
                  <Link
                    href={`/lessons/${slug}`}
                    className="group flex gap-4 rounded-lg border border-border bg-raised p-4 no-underline hover:border-accent"
                  >
                    <span
                      aria-hidden="true"
                      className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-surface font-bold font-mono text-accent"
                    >
                      {number}
                    </span>
                    <span className="min-w-0">
                      <span className="block font-semibold text-fg text-lg group-hover:text-accent">
                        <span className="sr-only">Lesson {number}: </span>
                        {lesson.meta.title}
                      </span>
                      <span className="mt-1 block text-muted">{lesson.meta.description}</span>
                      <span className="mt-1 block text-muted text-sm">
                        About {lesson.meta.minutes} minutes
                      </span>
                      <LessonStatus slug={slug} />
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
