import type { Metadata } from "next";
import { SiteFrame } from "@/components/layout/site-frame";
import Link from "@/components/ui/link";
import { lessonList } from "@/content/lessons";

export const metadata: Metadata = {
  title: "Page not found",
  description: "This address does not lead to a page of SMTP Lab.",
  robots: { index: false },
};

export default function NotFound() {
  const lessons = lessonList();
  return (
    <SiteFrame>
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <p className="font-mono text-muted">
          <span className="font-bold text-no">550 5.1.1</span> Recipient address rejected: page unknown
        </p>
        <h1 className="mt-2 font-bold text-3xl">Page not found</h1>
        <p className="mt-4 text-lg">
          Like a mail server answering <code className="font-mono">550</code> to an unknown mailbox, we have
          no page at this address. It may have moved, or the link may have a typo.
        </p>
        <h2 className="mt-8 font-semibold text-xl">Where to go instead</h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>
            <Link href="/">The home page</Link>
          </li>
          <li>
            <Link href="/lessons">All lessons</Link>
          </li>
          {lessons.map((l) => (
            <li key={l.slug}>
              <Link href={`/lessons/${l.slug}`}>{l.meta.title}</Link>
            </li>
          ))}
        </ul>
      </div>
    </SiteFrame>
  );
}
