import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-border border-t bg-surface text-muted text-sm">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          <strong className="text-fg">Every claim cites its RFC.</strong> If you find one that doesn’t, that
          is a bug.
        </p>
        <p>
          SMTP Lab is open source under the{" "}
          <Link href="/licence" className="text-accent">
            MIT licence
          </Link>
          . No tracking, no cookies, no requests to anyone else.
        </p>
      </div>
    </footer>
  );
}
