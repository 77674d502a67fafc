"use client";
import { usePathname } from "next/navigation";
import Link from "@/components/ui/link";
import { NAV_ITEMS } from "./nav-items";

export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className="w-full sm:w-auto">
      <ul className="site-nav-list">
        {NAV_ITEMS.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined} className="site-nav-link">
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
