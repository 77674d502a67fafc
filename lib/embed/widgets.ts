/**
 * The embeddable widgets and their addresses: the full page, the embed page (under /embed/, mirroring the
 * URL contracts of ARCHITECTURE.md) and the static oEmbed JSON (under /oembed/).
 * Rules: pure; titles and step counts come from the caller (lib/ never reads content/). Paths here are
 * site paths; absolute URLs are made with lib/site/config's absoluteUrl.
 */
import type { EmbedWidgetKind } from "./messages";
import { type EmbedOptions, embedQuery, type OptionSpec } from "./options";

export type EmbedWidget =
  | { kind: "simulator"; id: string }
  | { kind: "journey"; id: string }
  | { kind: "compare"; ids?: readonly string[] }
  | { kind: "console"; port?: number }
  | { kind: "port-chooser" }
  | { kind: "quiz"; slug: string };

/** Panes each widget can hide (hide=…), in the order the dialog lists them. */
export const PANES: Record<EmbedWidgetKind, readonly string[]> = {
  simulator: ["whatif", "narration", "controls", "transcript"],
  journey: ["narration", "controls"],
  compare: ["picker"],
  console: [],
  "port-chooser": [],
  quiz: [],
};

export const PANE_LABELS: Record<string, string> = {
  whatif: "“What if…” panel",
  narration: "Narration",
  controls: "Player controls",
  transcript: "Transcript",
  picker: "Scenario picker",
};

/** A sensible starting height (px) for the iframe; hosts that listen for `resize` adjust it. */
export const DEFAULT_HEIGHT: Record<EmbedWidgetKind, number> = {
  simulator: 820,
  journey: 900,
  compare: 760,
  console: 820,
  "port-chooser": 640,
  quiz: 900,
};

/** oEmbed's nominal width for rich embeds (the iframe itself is width="100%"). */
export const OEMBED_WIDTH = 800;

function idsQuery(ids: readonly string[] | undefined): string {
  return ids && ids.length > 0 ? `?ids=${ids.join(",")}` : "";
}

/** The widget's page on the site. */
export function pagePath(w: EmbedWidget): string {
  switch (w.kind) {
    case "simulator":
    case "journey":
      return `/simulator/${w.id}`;
    case "compare":
      return `/simulator/compare${idsQuery(w.ids)}`;
    case "console":
      return `/simulator/console${w.port ? `?port=${w.port}` : ""}`;
    case "port-chooser":
      return "/port-chooser";
    case "quiz":
      return `/lessons/${w.slug}#quiz`;
  }
}

/** The embed page, without options. */
export function embedPath(w: EmbedWidget): string {
  switch (w.kind) {
    case "simulator":
    case "journey":
      return `/embed/simulator/${w.id}`;
    case "compare":
      return `/embed/simulator/compare${idsQuery(w.ids)}`;
    case "console":
      return `/embed/console${w.port ? `?port=${w.port}` : ""}`;
    case "port-chooser":
      return "/embed/port-chooser";
    case "quiz":
      return `/embed/quiz/${w.slug}`;
  }
}

/** The embed page with options (the widget's own parameters, ids or port, come first). */
export function embedSrc(w: EmbedWidget, o: Partial<EmbedOptions>, spec: OptionSpec): string {
  const path = embedPath(w);
  const q = embedQuery(o, spec);
  if (!q) return path;
  return path.includes("?") ? `${path}&${q.slice(1)}` : `${path}${q}`;
}

/** The static oEmbed document for the widget (compare and console: their default setup). */
export function oembedPath(w: EmbedWidget): string {
  switch (w.kind) {
    case "simulator":
    case "journey":
      return `/oembed/simulator/${w.id}.json`;
    case "compare":
      return "/oembed/compare.json";
    case "console":
      return "/oembed/console.json";
    case "port-chooser":
      return "/oembed/port-chooser.json";
    case "quiz":
      return `/oembed/quiz/${w.slug}.json`;
  }
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The copy-ready iframe (also the html of the oEmbed document). */
export function iframeSnippet({
  src,
  title,
  height,
}: {
  src: string;
  title: string;
  height: number;
}): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" width="100%" height="${Math.round(height)}" style="border:0"></iframe>`;
}

/**
 * A few lines a host page can add after the iframe so it follows the embed's height. It listens only to
 * messages from that iframe's window and only from the embed's origin.
 */
export function resizeScript(embedOrigin: string): string {
  return [
    "<script>",
    "  (function () {",
    "    var frame = document.currentScript.previousElementSibling;",
    '    window.addEventListener("message", function (e) {',
    `      if (e.origin !== ${JSON.stringify(embedOrigin)} || e.source !== frame.contentWindow) return;`,
    "      var m = e.data;",
    '      if (m && m.source === "smtp-lab" && m.type === "resize") frame.height = String(m.height);',
    "    });",
    "  })();",
    "</script>",
  ].join("\n");
}

/** The oEmbed 1.0 "rich" document for a widget (https://oembed.com/ §2.3.4). */
export function oembedDocument({
  title,
  src,
  height,
  providerUrl,
}: {
  title: string;
  src: string;
  height: number;
  providerUrl: string;
}) {
  return {
    version: "1.0",
    type: "rich",
    title,
    provider_name: "SMTP Lab",
    provider_url: providerUrl,
    html: iframeSnippet({ src, title, height }),
    width: OEMBED_WIDTH,
    height,
    cache_age: 86_400,
  };
}
