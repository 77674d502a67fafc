import type { Metadata } from "next";
import { RfcList } from "@/components/mdx/rfc";
import Link from "@/components/ui/link";
import { glossary } from "@/content/glossary";
import { getLesson } from "@/content/lessons";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Glossary",
  description:
    "The words of email delivery, from MUA to MTA-STS, each defined in a sentence or two with its RFC.",
  path: "/glossary",
});

export default function GlossaryPage() {
  const entries = [...glossary].sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
  const letters = [...new Set(entries.map((e) => (e.term[0] ?? "").toUpperCase()))];
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="font-bold text-3xl sm:text-4xl">Glossary</h1>
      <p className="mt-3 max-w-[70ch] text-lg text-muted">
        Short definitions of the terms the lessons use, each with the RFC that defines it. Lessons link here;
        every entry has its own address (for example <code className="font-mono">/glossary#msa</code>).
      </p>
      <nav aria-label="Glossary letters" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {letters.map((l) => (
            <li key={l}>
              <a
                href={`#letter-${l}`}
                className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-border font-mono no-underline hover:border-accent"
              >
                {l}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((l) => (
        <section key={l} aria-labelledby={`letter-${l}`} className="mt-8">
          <h2 id={`letter-${l}`} className="scroll-mt-4 font-bold font-mono text-2xl text-muted">
            {l}
          </h2>
          <dl className="mt-2 space-y-4">
            {entries
              .filter((e) => (e.term[0] ?? "").toUpperCase() === l)
              .map((e) => (
                <div
                  key={e.id}
                  id={e.id}
                  className="scroll-mt-4 rounded-lg border border-border bg-raised p-4"
                >
                  <dt className="font-semibold text-lg">
                    {e.term}
                    {e.aka ? (
                      <span className="font-normal text-muted text-sm"> (also: {e.aka.join(", ")})</span>
                    ) : null}
                  </dt>
                  <dd className="mt-1">
                    {e.definition}{" "}
                    <span className="text-muted text-sm">
                      (
                      <RfcList refs={e.cite} />)
                    </span>
                    {e.see ? (
                      <span className="mt-1 block text-sm">
                        <Link href={e.see}>
                          Read more:{" "}
                          {getLesson(e.see.replace(/^\/lessons\//, "").split("#")[0] ?? "")?.meta.title ??
                            "the lesson"}
                        </Link>
                      </span>
                    ) : null}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
