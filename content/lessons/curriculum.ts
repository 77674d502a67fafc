/**
 * The order of lessons and their sections. Kept apart from index.ts (which imports the MDX modules) so
 * plain TypeScript tools, such as the content checks, can read it.
 */
import type { CurriculumSection } from "@/lib/content/lesson";

export const curriculum: readonly CurriculumSection[] = [
  {
    id: "foundations",
    title: "How email moves",
    lessons: ["what-is-smtp", "anatomy-of-a-session", "store-and-forward"],
  },
  { id: "ports", title: "The ports", lessons: ["port-25", "port-587", "port-465", "port-2525"] },
  { id: "security", title: "Security on the wire", lessons: ["starttls-vs-implicit-tls", "smtp-auth"] },
  { id: "practice", title: "In practice", lessons: ["myths-and-mistakes", "troubleshooting"] },
];
