"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { BASE_PATH } from "@/lib/site/config";
import { NAV_ATTRIBUTE } from "./link";

/**
 * The behaviour of every `Link` (components/ui/link.tsx), from one set of listeners instead of one client
 * component per link. Mounted once, in the root layout; renders nothing.
 *
 * - Click: a left click with no modifier key on a link with no `target` or `download`, that the page's
 *   own handlers did not prevent, becomes `router.push` (listening on window, so React's handlers on
 *   the document run first). A link to a fragment of this same page is left to the browser, which
 *   scrolls and moves focus to it natively.
 * - Intent: pointing at, focusing or touching a link prefetches its route once, unless the link says
 *   `prefetch={false}`. Nothing is prefetched for merely being on screen: `next/link`'s default fetched
 *   every route in view, and on a phone that cost the home page about 0.6 s of Lighthouse's total
 *   blocking time (mobile, 4x CPU), spent on pages the reader had not asked for.
 * - In the SCORM package every page is read from its own HTML (scripts/static-export.mjs), so links
 *   there stay ordinary links.
 */
export function LinkNavigator() {
  const router = useRouter();
  useEffect(() => {
    if (process.env.NEXT_PUBLIC_SCORM === "1") return;
    const selector = `a[${NAV_ATTRIBUTE}]`;
    const linkOf = (event: Event) =>
      event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(selector) : null;
    /** A link's URL when it is one of this site's pages (same origin, under the base path), else null. */
    const siteUrl = (a: HTMLAnchorElement): URL | null => {
      let url: URL;
      try {
        url = new URL(a.href);
      } catch {
        return null;
      }
      if (url.origin !== window.location.origin) return null;
      if (BASE_PATH && url.pathname !== BASE_PATH && !url.pathname.startsWith(`${BASE_PATH}/`)) return null;
      return url;
    };
    /** The router's href for a site URL: Next adds the base path itself. */
    const routeOf = (url: URL) => `${url.pathname.slice(BASE_PATH.length) || "/"}${url.search}`;

    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const a = linkOf(event);
      if (!a || (a.target && a.target !== "_self") || a.hasAttribute("download")) return;
      const url = siteUrl(a);
      if (!url) return;
      const here = window.location;
      if (url.hash && url.pathname === here.pathname && url.search === here.search) return;
      event.preventDefault();
      router.push(`${routeOf(url)}${url.hash}`);
    };

    const prefetched = new Set<string>();
    const onIntent = (event: Event) => {
      const a = linkOf(event);
      if (!a || a.getAttribute(NAV_ATTRIBUTE) === "no-prefetch") return;
      const url = siteUrl(a);
      if (!url) return;
      const route = routeOf(url);
      if (prefetched.has(route)) return;
      prefetched.add(route);
      router.prefetch(route);
    };

    const passive = { passive: true } as const;
    window.addEventListener("click", onClick);
    document.addEventListener("mouseover", onIntent, passive);
    document.addEventListener("focusin", onIntent, passive);
    document.addEventListener("touchstart", onIntent, passive);
    return () => {
      window.removeEventListener("click", onClick);
      document.removeEventListener("mouseover", onIntent);
      document.removeEventListener("focusin", onIntent);
      document.removeEventListener("touchstart", onIntent);
    };
  }, [router]);
  return null;
}
