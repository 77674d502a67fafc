/**
 * The header's navigation. Only pages that exist are listed: later features add their entry here
 * when their page lands.
 */
export type NavItem = { href: string; label: string };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/lessons", label: "Lessons" },
  { href: "/simulator", label: "Simulator" },
  { href: "/port-chooser", label: "Port chooser" },
  { href: "/lab", label: "Live lab" },
];

/** Reference pages, linked from the footer on every page. */
export const FOOTER_ITEMS: readonly NavItem[] = [
  { href: "/glossary", label: "Glossary" },
  { href: "/codes", label: "Reply codes" },
  { href: "/references", label: "References" },
  { href: "/teach", label: "Teacher's guide" },
  { href: "/licence", label: "Licence" },
];
