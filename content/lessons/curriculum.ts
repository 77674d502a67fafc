/**
 * The order of lessons and their sections. Kept apart from index.ts (which imports the MDX modules) so
 * plain TypeScript tools, such as the content checks, can read it.
 */
import type { CurriculumSection } from "@/lib/content/lesson";

export const curriculum: readonly CurriculumSection[] = [
  { id: "foundations", title: "How email moves", lessons: ["what-is-smtp", "store-and-forward"] },
];
