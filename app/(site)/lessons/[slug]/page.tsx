import { readFileSync } from "node:fs";
import path from "node:path";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonPager } from "@/components/lessons/lesson-pager";
import { TableOfContents } from "@/components/lessons/toc";
import { Objectives } from "@/components/mdx/objectives";
import { ReadMarkerIsland } from "@/components/progress/read-marker-island";
import Link from "@/components/ui/link";
import { curriculum, getLesson, lessonList } from "@/content/lessons";
import { quizForLesson } from "@/content/quizzes";
import { neighbours, sectionOf } from "@/lib/content/lesson";
import { extractToc, type TocEntry } from "@/lib/content/toc";
import { withOembed } from "@/lib/embed/metadata";
import { pageMetadata } from "@/lib/site/metadata";

// Every lesson is prerendered; any other slug is a 404 rather than a render attempt.
export const dynamicParams = false;

export function generateStaticParams() {
  return lessonList().map((l) => ({ slug: l.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) return {};
  const meta = pageMetadata({
    title: lesson.meta.title,
    description: lesson.meta.description,
    path: `/lessons/${slug}`,
    type: "article",
  });
  // The lesson's embeddable widget is its quiz.
  return quizForLesson(slug)
    ? withOembed(meta, { kind: "quiz", slug }, `SMTP Lab: Check yourself: ${lesson.meta.title}`)
    : meta;
}

function tocFor(slug: string): TocEntry[] {
  // Read at build time (the page is static): the source is the single truth for heading ids.
  const source = readFileSync(path.join(process.cwd(), "content", "lessons", `${slug}.mdx`), "utf8");
  const entries = extractToc(source);
  // Sections rendered by components rather than markdown headings.
  if (/<Recap[\s>]/.test(source)) entries.push({ depth: 2, id: "recap", text: "Recap" });
  if (/<Quiz[\s/]/.test(source)) entries.push({ depth: 2, id: "quiz", text: "Check yourself" });
  return entries;
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const { meta, Content } = lesson;
  const section = sectionOf(curriculum, slug);
  const { previous, next } = neighbours(curriculum, slug);
  const titleOf = (s: string | null) => (s ? { slug: s, title: getLesson(s)?.meta.title ?? s } : null);
  const toc = tocFor(slug);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
      <article className="min-w-0">
        <nav aria-label="Breadcrumb" className="no-print text-muted text-sm">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/lessons">Lessons</Link>
              <span aria-hidden="true"> / </span>
            </li>
            <li aria-current="page">{section?.title}</li>
          </ol>
        </nav>
        <header className="mt-3">
          <h1 className="font-bold text-3xl leading-tight sm:text-4xl">{meta.title}</h1>
          <p className="mt-3 text-lg text-muted">{meta.description}</p>
          <p className="mt-2 text-muted text-sm">
            About {meta.minutes} minutes
            <span className="no-print">
              {" · "}
              {/* No prefetch: it would preload presenter mode's stylesheet, unused on this page. */}
              <Link href={`/present/lessons/${slug}`} prefetch={false}>
                Present this lesson
              </Link>
            </span>
          </p>
        </header>
        <div className="mt-6 max-w-[72ch]">
          <Objectives items={meta.objectives} />
        </div>
        <details className="no-print mt-6 max-w-[72ch] rounded-lg border border-border px-4 py-2 lg:hidden">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">Contents</summary>
          <div className="pb-2">
            <TableOfContents entries={toc} headingId="toc-inline" />
          </div>
        </details>
        <div className="prose prose-lg mt-8 max-w-[72ch] prose-headings:scroll-mt-4 prose-pre:my-0">
          <Content />
        </div>
        <div className="max-w-[72ch]">
          <ReadMarkerIsland slug={slug} />
          <LessonPager previous={titleOf(previous)} next={titleOf(next)} />
        </div>
      </article>
      <div className="no-print hidden lg:block">
        <div className="sticky top-6">
          <TableOfContents entries={toc} headingId="toc-side" />
        </div>
      </div>
    </div>
  );
}
