import type { Metadata } from "next";
import { EmbedThis } from "@/components/embed/embed-this";
import { Console } from "@/components/simulator/console";
import { Console as Exercise } from "@/components/simulator/console-embed";
import Link from "@/components/ui/link";
import { withOembed } from "@/lib/embed/metadata";
import { withBase } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = withOembed(
  pageMetadata({
    title: "Try it yourself: the SMTP console",
    description:
      "Be the client: type EHLO, STARTTLS, AUTH, MAIL FROM, RCPT TO and DATA on port 25, 587, 465 or 2525, and see the server's replies and what an eavesdropper captures.",
    path: "/simulator/console",
  }),
  { kind: "console" },
  "SMTP Lab: Try it yourself: the SMTP console",
);

const TRY = [
  { port: 587, text: "Send EHLO and then MAIL FROM before STARTTLS: the server answers 530." },
  {
    port: 587,
    text: "The whole way: EHLO, STARTTLS, EHLO, AUTH PLAIN (use the helper), MAIL FROM, RCPT TO, DATA.",
  },
  { port: 465, text: "Watch the TLS handshake happen before the greeting: there is nothing to upgrade." },
  { port: 25, text: "Deliver to alice@example.test; then try bob@example.net and see the relay refused." },
] as const;

export default function ConsolePage() {
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/simulator">Simulator</Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li>Console</li>
        </ol>
      </nav>
      <h1 className="mt-2 font-bold text-2xl sm:text-3xl">Try it yourself: the SMTP console</h1>
      <p className="mt-1 max-w-[75ch] text-lg text-muted">
        You are the client. Pick a port, type SMTP commands one per line, and our engine answers as the lab’s
        Postfix server would. The conversation appears in three lanes, with what an eavesdropper on the
        network captures in the middle, and as a transcript below.
      </p>
      <details className="mt-3 max-w-[75ch]">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">
          Things to try
        </summary>
        <ul className="list-disc space-y-1 pb-2 pl-6">
          {TRY.map((t) => (
            <li key={t.text}>
              {/* A plain anchor on purpose: the console reads ?port once, when it mounts, so a client-side
                  navigation to this same page would keep the console on its old port. A reload starts a
                  fresh session on the new one. */}
              <a href={withBase(`/simulator/console?port=${t.port}`)}>Port {t.port}</a>: {t.text}
            </li>
          ))}
        </ul>
      </details>
      <EmbedThis widget={{ kind: "console" }} title="Try it yourself: the SMTP console" className="mt-2" />
      <div className="mt-5">
        <Console port={587} syncUrl headingLevel={2} />
      </div>
      <section aria-labelledby="exercises" className="mt-12 max-w-[80ch]">
        <h2 id="exercises" className="font-semibold text-2xl">
          Exercises
        </h2>
        <p className="mt-1 text-muted">
          Each console below has a goal; it checks the server’s replies after every line you send.
        </p>
        <Exercise port={25} task="Deliver a message to alice@example.test" goal={{ queued: true }} />
        <Exercise port={587} task="Make the server answer 530" goal={{ code: 530 }} />
        <Exercise
          port={587}
          task="Log in as alice (password wonderland) and get a message queued"
          goal={{ authenticated: true, queued: true }}
        />
      </section>
    </div>
  );
}
