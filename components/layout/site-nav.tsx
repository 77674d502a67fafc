"use client";
import { usePathname } from "next/navigation";
import Link from "@/components/ui/link";
import { NAV_ITEMS } from "./nav-items";

export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className="w-full sm:w-auto">
      <ul className="flex flex-wrap items-center gap-1">
        {NAV_ITEMS.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-fg no-underline hover:bg-surface aria-[current=page]:bg-surface aria-[current=page]:text-accent"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
