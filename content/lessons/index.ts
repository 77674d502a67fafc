/**
 * The curriculum: which lessons exist, in which order and section. Order lives here, never in file names.
 * To add a lesson: write content/lessons/<slug>.mdx with `export const meta`, import it below, add it to
 * `modules`, and put its slug in a section of `curriculum` (curriculum.ts).
 */
import type { MDXContent } from "mdx/types";
import { checkLessonMeta, type LessonMeta } from "@/lib/content/lesson";
import { curriculum } from "./curriculum";
import * as storeAndForward from "./store-and-forward.mdx";
import * as whatIsSmtp from "./what-is-smtp.mdx";

export type Lesson = { slug: string; meta: LessonMeta; Content: MDXContent };

const modules: Record<string, { default: MDXContent; meta: unknown }> = {
  "what-is-smtp": whatIsSmtp,
  "store-and-forward": storeAndForward,
};

export { curriculum };

const lessons: ReadonlyMap<string, Lesson> = new Map(
  curriculum.flatMap((section) =>
    section.lessons.map((slug) => {
      const mod = modules[slug];
      if (!mod) throw new Error(`content/lessons/index.ts lists "${slug}" but no module is imported for it.`);
      return [slug, { slug, meta: checkLessonMeta(slug, mod.meta), Content: mod.default }] as const;
    }),
  ),
);

export function lessonList(): Lesson[] {
  return [...lessons.values()];
}

export function getLesson(slug: string): Lesson | undefined {
  return lessons.get(slug);
}
