import { readFileSync } from "node:fs";
import path from "node:path";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { lessonList } from "@/content/lessons";
import { scenarios } from "@/content/scenarios";
import { citedRfcs } from "@/lib/content/citations";
import { RFCS, rfcUrl } from "@/lib/content/rfcs";
import { KNOWN_CITATIONS } from "@/lib/ports";
import { pageMetadata } from "@/lib/site/metadata";
import { REPLY_TABLE, runScenario, toSteps } from "@/lib/smtp";

/** RFCs the simulator's narration, the reply explanations and the port chooser cite (computed, not listed). */
function toolCitations(): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  const add = (n: number, where: string) => map.set(n, (map.get(n) ?? new Set()).add(where));
  for (const s of scenarios) {
    if (s.kind !== "session") continue;
    for (const step of toSteps(runScenario(s).events))
      for (const c of step.narration.rfc) add(c.rfc, "the simulator's narration");
  }
  for (const row of REPLY_TABLE) for (const c of row.rfc) add(c.rfc, "the reply-code explanations");
  for (const c of KNOWN_CITATIONS) add(c.rfc, "the port chooser");
  return map;
}

export const metadata: Metadata = pageMetadata({
  title: "References",
  description:
    "Every RFC SMTP Lab cites: what each one covers, when it was published, and which lessons use it.",
  path: "/references",
});

function lessonsCiting(): Map<number, { slug: string; title: string }[]> {
  const map = new Map<number, { slug: string; title: string }[]>();
  for (const l of lessonList()) {
    // Read at build time: the lesson's own text and its quiz are what it cites.
    const dir = path.join(process.cwd(), "content");
    let source = readFileSync(path.join(dir, "lessons", `${l.slug}.mdx`), "utf8");
    try {
      source += readFileSync(path.join(dir, "quizzes", `${l.slug}.ts`), "utf8");
    } catch {
      // A lesson without a quiz file cites only from its text.
    }
    for (const n of citedRfcs(source)) {
      const list = map.get(n) ?? [];
      list.push({ slug: l.slug, title: l.meta.title });
      map.set(n, list);
    }
  }
  return map;
}

export default function ReferencesPage() {
  const citing = lessonsCiting();
  const tools = toolCitations();
  const rfcs = [...RFCS.values()].filter((r) => citing.has(r.n) || tools.has(r.n)).sort((a, b) => a.n - b.n);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-bold text-3xl sm:text-4xl">References</h1>
      <p className="mt-3 max-w-[70ch] text-lg text-muted">
        Every RFC cited anywhere in SMTP Lab: lessons, quizzes, the simulator’s narration and the reply-code
        explanations. Each links to the RFC Editor’s copy. Older RFCs are listed because lessons cite them for
        history; their status says what replaced them.
      </p>
      <ul className="mt-8 space-y-4">
        {rfcs.map((r) => {
          const lessons = citing.get(r.n) ?? [];
          return (
            <li
              key={r.n}
              id={`rfc${r.n}`}
              className="scroll-mt-4 rounded-lg border border-border bg-raised p-4"
            >
              <h2 className="font-semibold text-lg">
                <a href={rfcUrl(r.n)}>
                  RFC {r.n}: {r.title}
                </a>
              </h2>
              <p className="text-muted text-sm">
                {r.date}
                {r.status ? ` · ${r.status}` : ""}
              </p>
              <p className="mt-1">{r.covers}</p>
              <p className="mt-1 text-sm">
                {lessons.length > 0 ? (
                  <>
                    <span className="text-muted">Lessons: </span>
                    {lessons.map((l, i) => (
                      <span key={l.slug}>
                        {i > 0 ? ", " : null}
                        <Link href={`/lessons/${l.slug}`}>{l.title}</Link>
                      </span>
                    ))}
                    {tools.has(r.n) ? <span className="text-muted">. </span> : null}
                  </>
                ) : null}
                {tools.has(r.n) ? (
                  <span className="text-muted">Also cited by {[...(tools.get(r.n) ?? [])].join(", ")}.</span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
