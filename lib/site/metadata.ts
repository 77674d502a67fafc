/**
 * Page metadata in one shape: title, description, canonical path and the matching Open Graph tags, so no
 * page inherits another page's og:url. Returns a plain object (assignable to Next's Metadata) to keep lib/
 * free of framework imports; absolute URLs come from metadataBase (SITE_URL) in the root layout.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
}: {
  title?: string;
  description: string;
  path: string;
  type?: "website" | "article";
}) {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path },
    openGraph: {
      type,
      siteName: "SMTP Lab",
      ...(title ? { title } : {}),
      description,
      url: path,
    },
  };
}
