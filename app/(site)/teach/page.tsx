import { readFileSync } from "node:fs";
import path from "node:path";
import type { Metadata } from "next";
import { RfcList } from "@/components/mdx/rfc";
import { InlineCode } from "@/components/ui/inline-code";
import Link from "@/components/ui/link";
import { curriculum, getLesson } from "@/content/lessons";
import { quiz as anatomyOfASession } from "@/content/quizzes/anatomy-of-a-session";
import { quiz as mythsAndMistakes } from "@/content/quizzes/myths-and-mistakes";
import { quiz as port25 } from "@/content/quizzes/port-25";
import { quiz as port465 } from "@/content/quizzes/port-465";
import { quiz as port587 } from "@/content/quizzes/port-587";
import { quiz as port2525 } from "@/content/quizzes/port-2525";
import { quiz as smtpAuth } from "@/content/quizzes/smtp-auth";
import { quiz as starttlsVsImplicitTls } from "@/content/quizzes/starttls-vs-implicit-tls";
import { quiz as storeAndForward } from "@/content/quizzes/store-and-forward";
import { quiz as troubleshooting } from "@/content/quizzes/troubleshooting";
import { quiz as whatIsSmtp } from "@/content/quizzes/what-is-smtp";
import { scenarioById } from "@/content/scenarios";
import {
  type ActivityKind,
  type ChecklistItem,
  type ClassPlan,
  type ClassQuestion,
  classPlan,
  clock,
  type PlanBlock,
  type SectionRef,
  type StepRef,
  timingProblems,
} from "@/content/teach/plan";
import { lessonOrder } from "@/lib/content/lesson";
import type { Cite, Question, Quiz } from "@/lib/content/quiz";
import { extractToc } from "@/lib/content/toc";
import { journeyData } from "@/lib/simulator/journey-data";
import { pageMetadata } from "@/lib/site/metadata";
import { runJourney, runScenario, toSteps } from "@/lib/smtp";

export const metadata: Metadata = pageMetadata({
  title: "Teacher's guide",
  description:
    "A two-hour class on SMTP and ports 25, 465, 587 and 2525: timed blocks, which lesson sections and simulator steps to show, what to ask, and the answer keys of every quiz.",
  path: "/teach",
});

/** Every lesson quiz, keyed by lesson slug, in the intended lesson order. */
const QUIZZES: Record<string, Quiz> = {
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
  troubleshooting,
};

const KIND_LABELS: Record<ActivityKind, string> = {
  talk: "Talk",
  demo: "Demo",
  pair: "Pairs",
  discuss: "Discuss",
  quiz: "Quiz",
  break: "Break",
};

/* ---------------------------------------------------------------------------------------------------------
 * Resolving the plan at build time: lesson headings from the lesson sources, steps from the engine, quiz
 * questions from the quiz data. Any reference that does not resolve fails the build with a list of problems.
 * ------------------------------------------------------------------------------------------------------- */

type LessonInfo = { title: string; anchors: Map<string, string> };
type ResolvedStep = StepRef & { href: string; scenarioTitle: string; line: string };
type ResolvedSection = SectionRef & { href: string; lessonTitle: string; heading: string };
type ResolvedQuiz = { lesson: string; question: Question; number: number };

const lessonCache = new Map<string, LessonInfo | null>();

function lessonInfo(slug: string): LessonInfo | null {
  if (lessonCache.has(slug)) return lessonCache.get(slug) ?? null;
  let info: LessonInfo | null = null;
  try {
    const source = readFileSync(path.join(process.cwd(), "content", "lessons", `${slug}.mdx`), "utf8");
    const title =
      getLesson(slug)?.meta.title ??
      /export const meta = \{[\s\S]*?title:\s*"([^"]+)"/.exec(source)?.[1] ??
      slug;
    const anchors = new Map<string, string>([["objectives", "Objectives"]]);
    for (const t of extractToc(source)) anchors.set(t.id, t.text);
    if (/<Recap[\s>]/.test(source)) anchors.set("recap", "Recap");
    if (/<Quiz[\s/]/.test(source)) anchors.set("quiz", "Quiz");
    info = { title, anchors };
  } catch {
    info = null;
  }
  lessonCache.set(slug, info);
  return info;
}

type EngineStep = { n: number; line: string; phase?: string; reply?: number; command?: string; kind: string };

const stepCache = new Map<string, { title: string; steps: EngineStep[] } | null>();

function firstLine(lines: string[], kind: string): string {
  const first = lines.find((l) => l.trim() !== "");
  if (!first) return kind === "TlsFlight" ? "(a TLS handshake flight: binary, no SMTP text)" : `(${kind})`;
  // A reply of several lines (an EHLO list) shows its first line and an ellipsis.
  const continues = first.startsWith("<") && lines[lines.indexOf(first) + 1]?.startsWith("<");
  return continues ? `${first} …` : first;
}

function scenarioSteps(id: string): { title: string; steps: EngineStep[] } | null {
  if (stepCache.has(id)) return stepCache.get(id) ?? null;
  const s = scenarioById(id);
  let out: { title: string; steps: EngineStep[] } | null = null;
  if (s?.kind === "session") {
    out = {
      title: s.title,
      steps: toSteps(runScenario(s).events).map((st) => ({
        n: st.n,
        line: firstLine(st.lines, st.kind),
        phase: st.phase,
        reply: st.reply?.code,
        command: st.command ?? undefined,
        kind: st.kind,
      })),
    };
  } else if (s?.kind === "journey") {
    const data = journeyData(s, runJourney(s.journey, { seed: s.seed ?? 1, id: s.id }));
    out = { title: s.title, steps: data.steps.map((st) => ({ n: st.n, line: st.label, kind: st.kind })) };
  }
  stepCache.set(id, out);
  return out;
}

function resolveSection(ref: SectionRef, where: string, problems: string[]): ResolvedSection | null {
  const info = lessonInfo(ref.lesson);
  if (!info) {
    problems.push(`${where}: no lesson "${ref.lesson}"`);
    return null;
  }
  const heading = info.anchors.get(ref.id);
  if (!heading) {
    problems.push(`${where}: lesson "${ref.lesson}" has no section "#${ref.id}"`);
    return null;
  }
  return { ...ref, href: `/lessons/${ref.lesson}#${ref.id}`, lessonTitle: info.title, heading };
}

function resolveStep(ref: StepRef, where: string, problems: string[]): ResolvedStep | null {
  const sc = scenarioSteps(ref.scenario);
  if (!sc) {
    problems.push(`${where}: no scenario "${ref.scenario}"`);
    return null;
  }
  const st = sc.steps[ref.step - 1];
  if (!st) {
    problems.push(`${where}: ${ref.scenario} has no step ${ref.step} (it has ${sc.steps.length})`);
    return null;
  }
  const e = ref.expect;
  const wrong: string[] = [];
  if (e.phase !== undefined && st.phase !== e.phase) wrong.push(`phase ${st.phase}, not ${e.phase}`);
  if (e.reply !== undefined && st.reply !== e.reply)
    wrong.push(`reply ${st.reply ?? "none"}, not ${e.reply}`);
  if (e.command !== undefined && st.command !== e.command)
    wrong.push(`command ${st.command ?? "none"}, not ${e.command}`);
  if (e.journey !== undefined && st.kind !== e.journey)
    wrong.push(`journey step ${st.kind}, not ${e.journey}`);
  if (wrong.length > 0) problems.push(`${where}: ${ref.scenario} step ${ref.step} shows ${wrong.join("; ")}`);
  return {
    ...ref,
    href: `/simulator/${ref.scenario}?step=${ref.step}`,
    scenarioTitle: sc.title,
    line: st.line,
  };
}

function resolveQuiz(lesson: string, id: string, where: string, problems: string[]): ResolvedQuiz | null {
  const quiz = QUIZZES[lesson];
  const i = quiz?.questions.findIndex((q) => q.id === id) ?? -1;
  const question = quiz?.questions[i];
  if (!question) {
    problems.push(`${where}: no quiz question "${lesson}/${id}"`);
    return null;
  }
  return { lesson, question, number: i + 1 };
}

function checkLink(href: string, where: string, problems: string[]) {
  const [pathname = "", query = ""] = href.split("?");
  const scenario = /^\/simulator\/([^/]+)(?:\/handout)?$/.exec(pathname)?.[1];
  if (scenario && scenario !== "console" && scenario !== "compare" && !scenarioById(scenario))
    problems.push(`${where}: links to unknown scenario ${scenario}`);
  for (const id of /(?:^|&)ids=([^&]*)/.exec(query)?.[1]?.split(",") ?? [])
    if (!scenarioById(id)) problems.push(`${where}: compares unknown scenario ${id}`);
}

type ResolvedBlock = PlanBlock & {
  n: number;
  end: number;
  resolvedSections: ResolvedSection[];
  resolvedSteps: ResolvedStep[];
  resolvedQuiz: ResolvedQuiz[];
  compareHref?: string;
  consoleHref?: string;
};

type ResolvedItem = ChecklistItem & { link?: { href: string; label: string } };

function resolveItems(items: ChecklistItem[], where: string, problems: string[]): ResolvedItem[] {
  return items.map((item, i) => {
    if (item.section) {
      const s = resolveSection(item.section, `${where} item ${i + 1}`, problems);
      return s ? { ...item, link: { href: s.href, label: `${s.lessonTitle} › ${s.heading}` } } : item;
    }
    if (item.href) {
      checkLink(item.href, `${where} item ${i + 1}`, problems);
      return { ...item, link: { href: item.href, label: item.href } };
    }
    return item;
  });
}

function resolvePlan(plan: ClassPlan) {
  const problems = timingProblems(plan);
  const blocks: ResolvedBlock[] = plan.blocks.map((b, i) => {
    const where = `block ${i + 1} "${b.title}"`;
    const compareHref = b.compare ? `/simulator/compare?ids=${b.compare.join(",")}` : undefined;
    if (compareHref) checkLink(compareHref, where, problems);
    return {
      ...b,
      n: i + 1,
      end: b.start + b.minutes,
      resolvedSections: b.sections.flatMap((s) => resolveSection(s, where, problems) ?? []),
      resolvedSteps: b.steps.flatMap((s) => resolveStep(s, where, problems) ?? []),
      resolvedQuiz: (b.quiz ?? []).flatMap((q) => resolveQuiz(q.lesson, q.question, where, problems) ?? []),
      compareHref,
      consoleHref: b.console ? `/simulator/console?port=${b.console.port}` : undefined,
    };
  });
  const before = resolveItems(plan.before, "before class", problems);
  const after = resolveItems(plan.after, "after class", problems);
  if (problems.length > 0)
    throw new Error(`The teacher's guide (content/teach/plan.ts):\n- ${problems.join("\n- ")}`);

  // The tabs to open before class: every simulator page the plan shows, in order, once each.
  const tabs: { href: string; label: string }[] = [];
  const seen = new Set<string>();
  const addTab = (href: string, label: string) => {
    if (seen.has(href)) return;
    seen.add(href);
    tabs.push({ href, label });
  };
  for (const b of blocks) {
    for (const s of b.resolvedSteps) addTab(`/simulator/${s.scenario}`, s.scenarioTitle);
    if (b.compareHref) addTab(b.compareHref, `Side by side: ${(b.compare ?? []).join(", ")}`);
    if (b.consoleHref && b.console) addTab(b.consoleHref, `Console, port ${b.console.port}`);
  }
  return { blocks, before, after, tabs };
}

/** Lessons in curriculum order, then any lesson with a quiz that the curriculum does not list yet. */
function answerKeyOrder(): string[] {
  const order = lessonOrder(curriculum).filter((slug) => QUIZZES[slug]);
  for (const slug of Object.keys(QUIZZES)) if (!order.includes(slug)) order.push(slug);
  return order;
}

/** The simulator step at which a predict question's answer is revealed (as the content checks find it). */
function revealHref(q: Question): string | null {
  if (q.kind !== "predict") return null;
  const s = scenarioById(q.reveal.scenario);
  if (s?.kind !== "session") return null;
  const replies = toSteps(runScenario(s).events).filter(
    (st) =>
      st.reply &&
      st.speaker !== "client" &&
      st.reply.answers === q.reveal.command.toUpperCase() &&
      st.lines.length > 0,
  );
  const step = replies[(q.reveal.occurrence ?? 1) - 1];
  return step ? `/simulator/${s.id}?step=${step.n}` : `/simulator/${s.id}`;
}

/* ---------------------------------------------------------------------------------------------------------
 * Rendering
 * ------------------------------------------------------------------------------------------------------- */

function Cites({ cite }: { cite?: Cite[] }) {
  if (!cite || cite.length === 0) return null;
  return (
    <span className="text-muted text-sm">
      {" "}
      (
      <RfcList refs={cite} />)
    </span>
  );
}

function Questions({ questions }: { questions: ClassQuestion[] }) {
  return (
    <dl className="mt-2 space-y-3">
      {questions.map((q) => (
        <div key={q.question} className="break-inside-avoid">
          <dt className="font-medium">
            <InlineCode text={q.question} />
          </dt>
          <dd className="mt-0.5 border-border border-l-4 pl-3">
            <span className="font-semibold text-muted text-sm">Listen for: </span>
            <InlineCode text={q.listenFor} />
            <Cites cite={q.cite} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Consecutive steps of the same scenario, shown under one title. */
function stepGroups(steps: ResolvedStep[]) {
  const groups: { scenario: string; title: string; first: number; steps: ResolvedStep[] }[] = [];
  steps.forEach((s, i) => {
    const last = groups.at(-1);
    if (last && last.scenario === s.scenario) last.steps.push(s);
    else groups.push({ scenario: s.scenario, title: s.scenarioTitle, first: i, steps: [s] });
  });
  return groups;
}

function BlockHeading({ children }: { children: React.ReactNode }) {
  return <h4 className="mt-5 font-semibold text-muted text-sm uppercase tracking-wide">{children}</h4>;
}

function Block({ b }: { b: ResolvedBlock }) {
  const isBreak = b.activities.every((a) => a.kind === "break");
  return (
    <section
      id={`block-${b.n}`}
      aria-labelledby={`block-${b.n}-title`}
      className={`scroll-mt-4 rounded-lg border border-border p-4 sm:p-6 ${isBreak ? "bg-surface" : "bg-raised"}`}
    >
      <p className="font-mono text-muted text-sm">
        {clock(b.start)}–{clock(b.end)} · {b.minutes} min
      </p>
      <h3 id={`block-${b.n}-title`} className="mt-1 font-semibold text-xl">
        {b.n}. {b.title}
      </h3>
      {isBreak ? null : (
        <p className="mt-2">
          <span className="font-semibold">Goal: </span>
          {b.goal}
        </p>
      )}

      {b.resolvedSections.length > 0 ? (
        <>
          <BlockHeading>Lesson sections</BlockHeading>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {b.resolvedSections.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>
                  {s.lessonTitle} › {s.heading}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {b.resolvedSteps.length > 0 || b.compareHref || b.consoleHref ? (
        <>
          <BlockHeading>Show in the simulator</BlockHeading>
          {stepGroups(b.resolvedSteps).map((g) => (
            <div key={`${g.first}-${g.scenario}`} className="mt-3">
              <p className="font-medium">{g.title}</p>
              <ol className="mt-2 space-y-3 border-border border-l-2 pl-3">
                {g.steps.map((s) => (
                  <li key={s.href} className="break-inside-avoid">
                    <Link href={s.href} className="font-mono text-sm [overflow-wrap:anywhere]">
                      {s.href}
                    </Link>
                    <code className="mt-1 block whitespace-pre-wrap rounded border border-border bg-surface px-2 py-1 font-mono text-sm [overflow-wrap:anywhere]">
                      {s.line}
                    </code>
                    <p className="mt-1">{s.shows}</p>
                  </li>
                ))}
              </ol>
            </div>
          ))}
          {b.compareHref ? (
            <p className="mt-3 break-inside-avoid">
              <span className="font-semibold">Side by side: </span>
              <Link href={b.compareHref} className="font-mono text-sm [overflow-wrap:anywhere]">
                {b.compareHref}
              </Link>
            </p>
          ) : null}
          {b.consoleHref && b.console ? (
            <p className="mt-3 break-inside-avoid">
              <span className="font-semibold">Console: </span>
              <Link href={b.consoleHref} className="font-mono text-sm">
                {b.consoleHref}
              </Link>
              <span className="block">
                <InlineCode text={b.console.task} />
              </span>
            </p>
          ) : null}
        </>
      ) : null}

      <BlockHeading>{isBreak ? "Meanwhile" : "What to do"}</BlockHeading>
      <ul className="mt-2 space-y-2">
        {b.activities.map((a) => (
          <li key={a.text} className="flex flex-col gap-1 sm:flex-row sm:gap-3">
            <span className="mt-0.5 inline-block h-fit w-fit shrink-0 rounded border border-border bg-surface px-1.5 text-center font-semibold text-xs uppercase leading-6 tracking-wide sm:min-w-[4.5rem]">
              {KIND_LABELS[a.kind]}
            </span>
            <span>
              <InlineCode text={a.text} />
            </span>
          </li>
        ))}
      </ul>

      {b.questions.length > 0 ? (
        <>
          <BlockHeading>Ask the class</BlockHeading>
          <Questions questions={b.questions} />
        </>
      ) : null}

      {b.resolvedQuiz.length > 0 ? (
        <>
          <BlockHeading>Quiz questions to use</BlockHeading>
          <ul className="mt-2 space-y-2">
            {b.resolvedQuiz.map((q) => (
              <li key={`${q.lesson}/${q.question.id}`} className="break-inside-avoid">
                <InlineCode text={q.question.prompt} />{" "}
                <span className="whitespace-nowrap text-sm">
                  <a href={`#key-${q.lesson}-${q.question.id}`}>answer key (Q{q.number})</a>
                  <span className="text-muted"> · </span>
                  <Link href={`/lessons/${q.lesson}#quiz`}>in the lesson</Link>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {b.differentiation ? (
        <>
          <BlockHeading>Differentiation</BlockHeading>
          <dl className="mt-2 grid gap-3 sm:grid-cols-2">
            <div className="break-inside-avoid rounded border border-border bg-surface p-3">
              <dt className="font-semibold">Fast students</dt>
              <dd className="mt-1">
                <InlineCode text={b.differentiation.fast} />
              </dd>
            </div>
            <div className="break-inside-avoid rounded border border-border bg-surface p-3">
              <dt className="font-semibold">Students who struggle</dt>
              <dd className="mt-1">
                <InlineCode text={b.differentiation.struggling} />
              </dd>
            </div>
          </dl>
        </>
      ) : null}
    </section>
  );
}

function Checklist({ items }: { items: ResolvedItem[] }) {
  return (
    <ul className="mt-3 space-y-2">
      {items.map((item) => (
        <li key={item.text} className="flex gap-3 break-inside-avoid">
          <span
            aria-hidden="true"
            className="mt-1 inline-block h-4 w-4 shrink-0 rounded-sm border-2 border-border"
          />
          <span>
            <InlineCode text={item.text} />
            {item.link ? (
              <>
                {" "}
                <Link href={item.link.href} className="[overflow-wrap:anywhere]">
                  {item.link.label}
                </Link>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

function KindLabel({ q }: { q: Question }) {
  const correct = q.choices.filter((c) => c.correct).length;
  const text =
    q.kind === "multiple"
      ? `choose all that apply: ${correct} correct`
      : q.kind === "predict"
        ? "predict, then see"
        : "one answer";
  return <span className="font-normal text-muted text-sm"> ({text})</span>;
}

function AnswerKey({ slug }: { slug: string }) {
  const quiz = QUIZZES[slug];
  const info = lessonInfo(slug);
  if (!quiz) return null;
  return (
    <section aria-labelledby={`key-${slug}`} className="mt-8">
      <h3 id={`key-${slug}`} className="scroll-mt-4 font-semibold text-xl">
        <Link href={`/lessons/${slug}#quiz`}>{info?.title ?? slug}</Link>
      </h3>
      <ol className="mt-3 space-y-4">
        {quiz.questions.map((q, i) => {
          const reveal = revealHref(q);
          return (
            <li
              key={q.id}
              id={`key-${slug}-${q.id}`}
              className="scroll-mt-4 break-inside-avoid rounded-lg border border-border bg-raised p-4"
            >
              <p className="font-semibold">
                <span className="text-muted">Q{i + 1}. </span>
                <InlineCode text={q.prompt} />
                <KindLabel q={q} />
              </p>
              <ul className="mt-2 space-y-2">
                {q.choices
                  .filter((c) => c.correct)
                  .map((c) => (
                    <li key={c.text} className="flex gap-2">
                      <span aria-hidden="true" className="font-bold text-ok">
                        ✓
                      </span>
                      <span>
                        <span className="sr-only">Correct answer: </span>
                        <strong>
                          <InlineCode text={c.text} />
                        </strong>
                        <span className="block text-muted">
                          <InlineCode text={c.feedback} />
                        </span>
                      </span>
                    </li>
                  ))}
              </ul>
              <p className="mt-2 text-sm">
                <span className="text-muted">Sources: </span>
                <RfcList refs={q.cite} />
                {reveal ? (
                  <>
                    <span className="text-muted"> · Revealed in the simulator: </span>
                    <Link href={reveal} className="font-mono [overflow-wrap:anywhere]">
                      {reveal}
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export default function TeachPage() {
  const { blocks, before, after, tabs } = resolvePlan(classPlan);
  const keys = answerKeyOrder();
  return (
    // In print, citations keep their label (RFC 5321 §4.2.1) but not the full reference that lessons print:
    // the guide cites hundreds of times, and /references lists every RFC once.
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 print:[&_.print-only]:hidden!">
      <h1 className="font-bold text-3xl sm:text-4xl">Teacher’s guide</h1>
      <p className="mt-3 max-w-[70ch] text-lg text-muted">{classPlan.title}.</p>
      <p className="mt-3 max-w-[70ch]">
        {classPlan.audience} Each block below names the lesson sections it draws on, the simulator steps to
        show (every link opens the simulator paused at that step), what to do, what to ask and the answer to
        listen for. Presenter mode has speaker notes for every lesson section and every phase of a scenario.
        The answer keys of all quizzes are at the end, generated from the quizzes themselves.
      </p>

      <nav aria-label="On this page" className="no-print mt-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <a href="#schedule">Schedule</a>
          </li>
          <li>
            <a href="#before-class">Before class</a>
          </li>
          <li>
            <a href="#the-plan">The plan, block by block</a>
          </li>
          <li>
            <a href="#after-class">After class</a>
          </li>
          <li>
            <a href="#answer-keys">Quiz answer keys</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="schedule" className="mt-10">
        <h2 id="schedule" className="scroll-mt-4 font-bold text-2xl">
          Schedule
        </h2>
        <ol className="mt-4 divide-y divide-border rounded-lg border border-border bg-raised">
          {blocks.map((b) => (
            <li
              key={b.n}
              className="grid gap-1 px-4 py-3 sm:grid-cols-[11rem_1fr_auto] sm:items-baseline sm:gap-4"
            >
              <span className="whitespace-nowrap font-mono text-sm">
                {clock(b.start)}–{clock(b.end)}
                <span className="text-muted"> · {b.minutes} min</span>
              </span>
              <a href={`#block-${b.n}`} className="font-medium">
                {b.n}. {b.title}
              </a>
              <span className="text-muted text-sm">
                {[...new Set(b.activities.map((a) => KIND_LABELS[a.kind]))].join(", ")}
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-2 text-muted text-sm">
          {blocks.length} blocks, {classPlan.minutes} minutes including the break.
        </p>
      </section>

      <section aria-labelledby="before-class" className="mt-10 break-inside-avoid">
        <h2 id="before-class" className="scroll-mt-4 font-bold text-2xl">
          Before class
        </h2>
        <Checklist items={before} />
        <h3 className="mt-6 font-semibold text-lg">Tabs to open, in the order of the plan</h3>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {tabs.map((t) => (
            <li key={t.href}>
              <Link href={t.href} className="font-mono text-sm [overflow-wrap:anywhere]">
                {t.href}
              </Link>
              <span className="text-muted text-sm"> · {t.label}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="the-plan" className="mt-10">
        <h2 id="the-plan" className="scroll-mt-4 font-bold text-2xl">
          The plan, block by block
        </h2>
        <div className="mt-4 space-y-6">
          {blocks.map((b) => (
            <Block key={b.n} b={b} />
          ))}
        </div>
      </section>

      <section aria-labelledby="after-class" className="mt-10 break-inside-avoid">
        <h2 id="after-class" className="scroll-mt-4 font-bold text-2xl">
          After class: homework
        </h2>
        <Checklist items={after} />
      </section>

      <section aria-labelledby="answer-keys" className="mt-10">
        <h2 id="answer-keys" className="scroll-mt-4 font-bold text-2xl">
          Quiz answer keys
        </h2>
        <p className="mt-2 max-w-[70ch] text-muted">
          For each lesson, in course order: every question, its correct answer or answers, why, and the
          sources. Generated from the same data as the quizzes students take. The{" "}
          <Link href="/references">references page</Link> gives each cited RFC’s title and date.
        </p>
        {keys.map((slug) => (
          <AnswerKey key={slug} slug={slug} />
        ))}
      </section>
    </div>
  );
}
