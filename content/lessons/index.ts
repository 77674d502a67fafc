/**
 * The curriculum: which lessons exist, in which order and section. Order lives here, never in file names.
 * To add a lesson: write content/lessons/<slug>.mdx with `export const meta`, import it below, add it to
 * `modules`, and put its slug in a section of `curriculum` (curriculum.ts).
 */
import type { MDXContent } from "mdx/types";
import { checkLessonMeta, type LessonMeta } from "@/lib/content/lesson";
import * as anatomyOfASession from "./anatomy-of-a-session.mdx";
import { curriculum } from "./curriculum";
import * as mythsAndMistakes from "./myths-and-mistakes.mdx";
import * as port25 from "./port-25.mdx";
import * as port465 from "./port-465.mdx";
import * as port587 from "./port-587.mdx";
import * as port2525 from "./port-2525.mdx";
import * as smtpAuth from "./smtp-auth.mdx";
import * as starttlsVsImplicitTls from "./starttls-vs-implicit-tls.mdx";
import * as storeAndForward from "./store-and-forward.mdx";
import * as troubleshooting from "./troubleshooting.mdx";
import * as whatIsSmtp from "./what-is-smtp.mdx";

export type Lesson = { slug: string; meta: LessonMeta; Content: MDXContent };

const modules: Record<string, { default: MDXContent; meta: unknown }> = {
  "what-is-smtp": whatIsSmtp,
  "anatomy-of-a-session": anatomyOfASession,
  "store-and-forward": storeAndForward,
  "port-25": port25,
  "port-587": port587,
  "port-465": port465,
  "port-2525": port2525,
  "starttls-vs-implicit-tls": starttlsVsImplicitTls,
  "smtp-auth": smtpAuth,
  "myths-and-mistakes": mythsAndMistakes,
  troubleshooting: troubleshooting,
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
