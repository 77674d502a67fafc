/**
 * The shape of the highlighted settings snippets the port-chooser page loads, and the key that names one
 * set. Shared by the build-time generator (snippet-highlight.ts, server only) and the browser.
 *
 * Why a key: `snippetsFor(rec)` depends only on where the connection goes, its port and TLS mode, the login
 * method and, for operators, the listener ports. That gives a small, finite set of snippet sets (18 today,
 * see lib/ports/choose-port.test.ts), so every set is highlighted once at build time and served as a static
 * JSON file; the generator checks that no two recommendations with one key produce different snippets.
 */
import type { Recommendation, SnippetId, SnippetLang } from "@/lib/ports";
import { withBase } from "@/lib/site/config";

/** A run of text in one colour pair: [text, index into the palette]. */
export type Token = readonly [text: string, colour: number];

export interface HighlightedSnippet {
  readonly id: SnippetId;
  readonly title: string;
  readonly lang: SnippetLang;
  /** The plain code, for copying. */
  readonly code: string;
  readonly notes: readonly string[];
  /** The code as lines of coloured tokens; their texts joined give back `code`. */
  readonly lines: readonly (readonly Token[])[];
}

export interface SnippetSet {
  readonly key: string;
  /** Colour pairs [light, dark] as #rrggbb, each at least 4.5:1 on the code background in its theme. */
  readonly palette: readonly (readonly [light: string, dark: string])[];
  readonly snippets: readonly HighlightedSnippet[];
}

/** "provider-465-implicit-password", "listeners-465-implicit-password-25.465.587": [a-z0-9.-] only. */
export function snippetKey(rec: Recommendation): string {
  const parts: string[] = [rec.target, String(rec.port), rec.tlsMode, rec.auth?.method ?? "none"];
  if (rec.listeners !== undefined) parts.push(rec.listeners.map((l) => l.port).join("."));
  return parts.join("-");
}

/** Where the browser fetches a snippet set (a static file generated at build time). */
export function snippetSetUrl(key: string): string {
  return withBase(`/port-chooser/snippets/${key}.json`);
}
