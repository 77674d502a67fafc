/**
 * /scorm/course.json: the course outline the SCORM package's imsmanifest.xml is written from (sections and
 * lessons in curriculum order, titles, each lesson's pass mark as a mastery score). A route only in the
 * SCORM build: next.config.ts adds the "scorm.ts" page extension when NEXT_PUBLIC_SCORM=1, and
 * scripts/static-export.mjs reads this file from the export and leaves it out of the zip.
 */
import { curriculum, getLesson } from "@/content/lessons";
import { quizForLesson } from "@/content/quizzes";

export const dynamic = "force-static";

export type ScormCourse = {
  sections: {
    id: string;
    title: string;
    lessons: { slug: string; title: string; masteryScore: number | null }[];
  }[];
};

export function GET() {
  const course: ScormCourse = {
    sections: curriculum.map((s) => ({
      id: s.id,
      title: s.title,
      lessons: s.lessons.map((slug) => {
        const quiz = quizForLesson(slug);
        return {
          slug,
          title: getLesson(slug)?.meta.title ?? slug,
          masteryScore: quiz ? Math.round((quiz.passMark ?? 0.75) * 100) : null,
        };
      }),
    })),
  };
  return Response.json(course);
}
