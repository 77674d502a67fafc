/**
 * <EmbedThis widget={…} title="…" /> on a widget's page: an "Embed this" button that opens a dialog with a
 * copy-ready <iframe> snippet, its options and a live preview. Server part: fixes what the browser cannot
 * know (the site's absolute address from SITE_URL, the widget's panes and step count); the button and the
 * dialog are client code, and the dialog's chunk loads only when the button is pressed.
 */

import type { EmbedWidget } from "@/lib/embed/widgets";
import { PANES } from "@/lib/embed/widgets";
import { SITE_URL } from "@/lib/site/config";
import { EmbedButton } from "./embed-button";

export function EmbedThis({
  widget,
  title,
  stepCount,
  label,
  titleFromPage,
  className,
}: {
  widget: EmbedWidget;
  /** What the widget shows, for the iframe's title and the dialog's heading. */
  title: string;
  /** Players: the scenario's step count (the dialog offers a step range). */
  stepCount?: number;
  /** Add the page's h1 to the title ("Check yourself: <lesson title>"): for widgets inside a lesson. */
  titleFromPage?: boolean;
  /** The button's text (default "Embed this"). */
  label?: string;
  className?: string;
}) {
  return (
    <EmbedButton
      widget={widget}
      title={title}
      siteUrl={SITE_URL}
      panes={PANES[widget.kind]}
      stepCount={stepCount}
      label={label}
      titleFromPage={titleFromPage}
      className={className}
    />
  );
}
