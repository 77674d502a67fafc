import Link from "@/components/ui/link";
import { SiteNav } from "./site-nav";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="no-print border-border border-b bg-bg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:px-6">
        <Link
          href="/"
          className="mr-auto inline-flex min-h-11 items-center gap-2 font-bold text-fg text-lg no-underline sm:mr-0"
        >
          <LogoMark />
          SMTP Lab
        </Link>
        <div className="order-last w-full sm:order-none sm:mr-auto sm:w-auto">
          <SiteNav />
        </div>
        <ThemeToggle />
      </div>
    </header>
  );
}

function LogoMark() {
  return (
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <rect x="2" y="6" width="28" height="20" rx="4" fill="var(--c-client)" />
      <path d="m4 9 12 9 12-9" fill="none" stroke="var(--c-bg)" strokeWidth="2.5" strokeLinejoin="round" />
      <circle cx="26" cy="8" r="5" fill="var(--c-server)" stroke="var(--c-bg)" strokeWidth="2" />
    </svg>
  );
}
