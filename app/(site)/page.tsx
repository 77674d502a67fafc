import type { Metadata } from "next";
import { Rfc } from "@/components/mdx/rfc";
import { ArrowRightIcon } from "@/components/ui/icons";
import Link from "@/components/ui/link";
import { lessonList } from "@/content/lessons";
import { SITE_DESCRIPTION } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({ description: SITE_DESCRIPTION, path: "/" });

const PORTS = [
  {
    port: "25",
    name: "Relay",
    text: "Server to server. Where every MX record leads, because MX records carry no port.",
    cite: <Rfc n={8314} section="7.3" />,
    colour: "var(--c-server)",
  },
  {
    port: "587",
    name: "Submission",
    text: "Your mail app to your provider, with a password, upgraded to TLS by STARTTLS.",
    cite: <Rfc n={6409} />,
    colour: "var(--c-client)",
  },
  {
    port: "465",
    name: "Submissions",
    text: "The same submission, but TLS from the very first byte. Not deprecated: preferred.",
    cite: <Rfc n={8314} section="3.3" />,
    colour: "var(--c-tls)",
  },
  {
    port: "2525",
    name: "A convention",
    text: "Some providers’ alternate submission port. No standard assigns it to mail.",
    cite: null,
    colour: "var(--c-wire)",
  },
] as const;

export default function HomePage() {
  const first = lessonList()[0];
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <section className="grid gap-10 py-10 sm:py-16 lg:grid-cols-[1.1fr_1fr] lg:items-center">
        <div>
          <p className="font-mono text-accent text-sm">220 smtp-lab ready</p>
          <h1 className="mt-2 font-bold text-4xl leading-tight sm:text-5xl">How email really moves</h1>
          <p className="mt-5 max-w-[60ch] text-lg">
            SMTP Lab teaches the conversation behind every email: what a mail server answers and why, how a
            message is stored and forwarded until it reaches a mailbox, and which of the ports 25, 465, 587
            and 2525 to use.
          </p>
          <p className="mt-3 max-w-[60ch] text-muted">
            For students meeting SMTP for the first time, teachers who want something to show on the
            projector, and developers and mail admins who want the right answer with its RFC.
          </p>
          <div className="mt-7 flex flex-wrap gap-3">
            {first ? (
              <Link
                href={`/lessons/${first.slug}`}
                className="inline-flex min-h-12 items-center gap-2 rounded-lg bg-accent px-5 font-semibold text-accent-fg no-underline hover:opacity-90"
              >
                Start the first lesson: {first.meta.title}
                <ArrowRightIcon />
              </Link>
            ) : null}
            <Link
              href="/lessons"
              className="inline-flex min-h-12 items-center rounded-lg border border-border px-5 font-semibold text-fg no-underline hover:border-accent"
            >
              See all lessons
            </Link>
          </div>
        </div>
        <section aria-labelledby="ports-heading" className="rounded-xl border border-border bg-surface p-5">
          <h2 id="ports-heading" className="font-semibold text-lg">
            Four ports, four jobs
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {PORTS.map((p) => (
              <li key={p.port} className="rounded-lg border border-border bg-raised p-3">
                <p className="flex items-baseline gap-2">
                  <span className="font-bold font-mono text-2xl" style={{ color: p.colour }}>
                    {p.port}
                  </span>
                  <span className="font-semibold">{p.name}</span>
                </p>
                <p className="mt-1 text-sm">
                  {p.text} {p.cite ? <span className="text-muted">({p.cite})</span> : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </section>
    </div>
  );
}
