/**
 * An internal link: a plain `<a>`, with client-side navigation and prefetch-on-intent added by one
 * document-level listener (components/ui/link-navigator.tsx, mounted once in the root layout).
 *
 * Why not `next/link`: each `next/link` is a client component, so every one of them is hydrated, with
 * its hooks and its mount bookkeeping, on every page. A lesson has about 80 of them (glossary terms,
 * step links, pager, header and footer). Measured on /lessons/port-25 (CPU profile of a load, 3 runs),
 * making them plain anchors cut the page's JavaScript time at load from about 125 ms to about 100 ms
 * and its first-load JavaScript by 2.6 KB gzip (npm run bench). This component has no hooks, so it
 * renders in server and client components alike and costs nothing to hydrate.
 *
 * Behaviour kept from the `next/link` wrapper it replaces:
 * - a click (left button, no modifier key, no `target`, not prevented by the page) is a client-side
 *   navigation through Next's router;
 * - the target route is prefetched when the link is pointed at, focused or touched, not when it is
 *   merely on screen; `prefetch={false}` means never;
 * - the href carries a static export's base path and trailing slash (`withBase`), as `next/link` wrote it.
 * Before the page's JavaScript has loaded, or without it, a link is an ordinary link.
 *
 * Every route uses this instead of `next/link` (Biome's `noRestrictedImports` enforces it).
 */
import type { AnchorHTMLAttributes, Ref } from "react";
import { withBase } from "@/lib/site/config";

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  /** A site path ("/glossary#mta", "/simulator/x?step=3") or an in-page fragment ("#recap"). */
  href: string;
  /** false: never prefetch the target route (e.g. a page whose stylesheet this page does not need). */
  prefetch?: boolean;
  ref?: Ref<HTMLAnchorElement>;
};

/** The attribute the navigator looks for; its value says whether the route may be prefetched. */
export const NAV_ATTRIBUTE = "data-nav";

export default function Link({ href, prefetch, ...rest }: LinkProps) {
  const own = href.startsWith("/") && !href.startsWith("//");
  return (
    <a
      {...rest}
      href={own ? withBase(href) : href}
      {...(own ? { [NAV_ATTRIBUTE]: prefetch === false ? "no-prefetch" : "" } : {})}
    />
  );
}
