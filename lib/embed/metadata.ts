/**
 * Metadata for embed pages: the widget's title and description, the canonical URL of its full page (an
 * embed is a view of that page, not a page of its own), and no indexing.
 */
import { absoluteUrl } from "@/lib/site/config";
import { type EmbedWidget, oembedPath } from "./widgets";

export function embedPageMetadata({
  title,
  description,
  page,
}: {
  title: string;
  description: string;
  page: string;
}) {
  return {
    title: `${title} (embed)`,
    description,
    alternates: { canonical: page },
    robots: { index: false, follow: true },
  };
}

/**
 * Adds the oEmbed discovery link (<link rel="alternate" type="application/json+oembed">) for a widget to a
 * page's metadata, keeping its other alternates (the canonical URL).
 */
export function withOembed<M extends { alternates?: object }>(
  meta: M,
  widget: EmbedWidget,
  title: string,
): M {
  return {
    ...meta,
    alternates: {
      ...meta.alternates,
      types: { "application/json+oembed": [{ url: absoluteUrl(oembedPath(widget)), title }] },
    },
  };
}
