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

/**
 * A page that repeats content indexed elsewhere (presenter slides, speaker notes): its own title and
 * description, followed but not indexed (the lesson or simulator page is the document to index).
 */
export function presenterMetadata(page: Parameters<typeof pageMetadata>[0]) {
  return { ...pageMetadata(page), robots: { index: false, follow: true } };
}
