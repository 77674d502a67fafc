/**
 * Lesson metadata and curriculum order, as plain data.
 * Rules: a lesson's MDX file exports `meta`, checked here at build time so a typo fails the build with a
 * message naming the lesson; the order of lessons lives in content/lessons/index.ts, never in file names.
 */

export type LessonMeta = {
  title: string;
  description: string;
  objectives: string[];
  /** Estimated reading time in minutes. */
  minutes: number;
};

export type CurriculumSection = {
  id: string;
  title: string;
  lessons: readonly string[];
};

export function checkLessonMeta(slug: string, meta: unknown): LessonMeta {
  const problems: string[] = [];
  const m = (meta ?? {}) as Record<string, unknown>;
  if (typeof m.title !== "string" || m.title.trim() === "") problems.push("title must be a non-empty string");
  if (typeof m.description !== "string" || m.description.trim() === "")
    problems.push("description must be a non-empty string");
  else if (m.description.length > 200) problems.push("description should stay under 200 characters");
  if (
    !Array.isArray(m.objectives) ||
    m.objectives.length === 0 ||
    !m.objectives.every((o) => typeof o === "string")
  )
    problems.push("objectives must be a non-empty list of strings");
  if (typeof m.minutes !== "number" || !Number.isFinite(m.minutes) || m.minutes <= 0)
    problems.push("minutes must be a positive number");
  if (problems.length > 0) {
    throw new Error(`Lesson "${slug}": export const meta is invalid: ${problems.join("; ")}.`);
  }
  return m as unknown as LessonMeta;
}

export function lessonOrder(curriculum: readonly CurriculumSection[]): string[] {
  return curriculum.flatMap((s) => s.lessons);
}

export function neighbours(
  curriculum: readonly CurriculumSection[],
  slug: string,
): { previous: string | null; next: string | null } {
  const order = lessonOrder(curriculum);
  const i = order.indexOf(slug);
  if (i < 0) return { previous: null, next: null };
  return { previous: order[i - 1] ?? null, next: order[i + 1] ?? null };
}

export function sectionOf(
  curriculum: readonly CurriculumSection[],
  slug: string,
): CurriculumSection | undefined {
  return curriculum.find((s) => s.lessons.includes(slug));
}
