/**
 * A lesson cut into slides at build time (server only). The lesson's MDX is evaluated once with presenter
 * headings, and its top-level elements are grouped: everything before the first `##` is the intro slide,
 * each `##` starts a slide that runs to the next one, <Recap> becomes the closing slide and <Quiz> is left
 * out (the closing slide links to it on the lesson page). Slide titles come from the lesson's table of
 * contents (lib/content/toc), the same ids rehype-slug gives the headings, so speaker notes keyed by
 * heading id line up with slides. Widgets stay the lesson's own components, rendered where they stand.
 *
 * Why at build time rather than regrouping the DOM in the browser: React owns that DOM (moving its nodes
 * breaks hydration), and a static grouping costs no client code and no layout shift.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { MDXComponents } from "mdx/types";
import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { Recap } from "@/components/mdx/recap";
import { Quiz } from "@/components/quiz/quiz";
import type { Lesson } from "@/content/lessons";
import { extractToc } from "@/lib/content/toc";

export type SlideKind = "title" | "intro" | "section" | "end";

/** What both windows need to know about a slide: its notes key and its title. */
export type SlideInfo = { key: string; title: string; kind: SlideKind };

export type LessonSlide = SlideInfo & {
  /** The section's heading as written (it may hold inline code or a citation). */
  heading: ReactNode;
  body: ReactNode[];
  /** On the closing slide: how many questions the lesson's quiz has (0: no quiz). */
  quizQuestions?: number;
};

type HeadingProps = { id?: string; children?: ReactNode };

/** A `##` in the lesson: a slide break. Never rendered itself; its id and children become the slide's h2. */
function SlideBreak({ children }: HeadingProps) {
  return <h2>{children}</h2>;
}

/** `###` inside a slide: a plain heading (the lesson page's self-links point at anchors a deck hides). */
function SlideSubheading({ id, children }: HeadingProps) {
  return <h3 id={id}>{children}</h3>;
}

const presenterComponents: MDXComponents = { h2: SlideBreak, h3: SlideSubheading };

function titlesFrom(slug: string): Map<string, string> {
  // Read at build time (these pages are static), exactly as the lesson page builds its contents list.
  const source = readFileSync(path.join(process.cwd(), "content", "lessons", `${slug}.mdx`), "utf8");
  return new Map(extractToc(source).map((e) => [e.id, e.text]));
}

const isBlank = (n: ReactNode) =>
  n === null || n === undefined || typeof n === "boolean" || (typeof n === "string" && n.trim() === "");

export function lessonSlides(lesson: Lesson): LessonSlide[] {
  const { slug, meta, Content } = lesson;
  // MDXContent without a wrapper returns the lesson's top-level elements in one fragment.
  const root = Content({ components: presenterComponents }) as ReactElement<{ children?: ReactNode }>;
  const titles = titlesFrom(slug);
  const slides: LessonSlide[] = [
    { key: "title", kind: "title", title: meta.title, heading: meta.title, body: [] },
  ];
  let current: LessonSlide = {
    key: "intro",
    kind: "intro",
    title: "Introduction",
    heading: "Introduction",
    body: [],
  };
  let recap: ReactElement<{ children?: ReactNode }> | null = null;
  let quizQuestions = 0;
  const flush = () => {
    if (current.kind !== "intro" || current.body.length > 0) slides.push(current);
  };
  for (const node of Children.toArray(root.props.children)) {
    if (isBlank(node)) continue;
    if (isValidElement<HeadingProps>(node) && node.type === SlideBreak) {
      flush();
      const id = node.props.id ?? `section-${slides.length}`;
      current = {
        key: id,
        kind: "section",
        title: titles.get(id) ?? id,
        heading: node.props.children,
        body: [],
      };
      continue;
    }
    if (isValidElement<{ quiz?: { questions?: unknown[] } }>(node) && node.type === Quiz) {
      quizQuestions = node.props.quiz?.questions?.length ?? 0;
      continue;
    }
    if (isValidElement<{ children?: ReactNode }>(node) && node.type === Recap) {
      recap = node;
      continue;
    }
    current.body.push(node);
  }
  flush();
  slides.push({
    key: "recap",
    kind: "end",
    title: "Recap",
    heading: "Recap",
    body: recap ? [recap.props.children] : [],
    quizQuestions,
  });
  return slides;
}

export function slideInfo(slides: readonly LessonSlide[]): SlideInfo[] {
  return slides.map(({ key, title, kind }) => ({ key, title, kind }));
}
