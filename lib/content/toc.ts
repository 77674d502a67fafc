/**
 * Table of contents from a lesson's MDX source.
 * Rules: ids are computed exactly as rehype-slug computes them (github-slugger over the heading's text, one
 * slugger per document, in document order), so a TOC link always lands on its heading; fenced code is
 * skipped; inline markdown (code, emphasis, links, JSX such as <Rfc …/>) is reduced to the text a reader sees.
 */
import GithubSlugger from "github-slugger";

export type TocEntry = { depth: 2 | 3; id: string; text: string };

/** Reduce a markdown heading line to its visible text. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, "") // self-closing JSX components contribute no plain text here
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.*?)\1/g, "$2")
    .replace(/(\*|_)(.*?)\1/g, "$2")
    .replace(/\s+#+\s*$/, "")
    .trim();
}

export function extractHeadings(source: string): { depth: number; text: string }[] {
  const out: { depth: number; text: string }[] = [];
  let fence: string | null = null;
  for (const line of source.split(/\r?\n/)) {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f?.[1]) {
      const marker = f[1];
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^(#{1,6})\s+(.+)$/.exec(line);
    if (h?.[1] && h[2]) out.push({ depth: h[1].length, text: headingText(h[2]) });
  }
  return out;
}

export function extractToc(source: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  for (const h of extractHeadings(source)) {
    const id = slugger.slug(h.text);
    if (h.depth === 2 || h.depth === 3) toc.push({ depth: h.depth, id, text: h.text });
  }
  return toc;
}
