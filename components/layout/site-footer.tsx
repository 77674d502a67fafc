import Link from "@/components/ui/link";
import { FOOTER_ITEMS } from "./nav-items";

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-border border-t bg-surface text-muted text-sm">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 sm:px-6">
        <nav aria-label="Reference">
          <ul className="flex flex-wrap gap-x-1 gap-y-1">
            {FOOTER_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center px-2 font-medium text-fg">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-col gap-2 px-2 sm:flex-row sm:justify-between">
          <p>
            <strong className="text-fg">Every claim cites its RFC.</strong> If you find one that doesn’t, that
            is a bug.
          </p>
          <p>
            Open source under the{" "}
            <Link href="/licence" className="text-accent">
              MIT licence
            </Link>
            . No tracking, no cookies, no requests to anyone else.
          </p>
        </div>
      </div>
    </footer>
  );
}
