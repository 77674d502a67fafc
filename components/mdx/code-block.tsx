/**
 * Fenced code in lessons. ```smtp blocks are SMTP transcripts in swaks notation and get the visual grammar:
 * client lines in the client colour, server lines in the server colour, lines inside TLS marked with a teal
 * rule, tool notes (===) muted. Other languages render as plain monospace text.
 */
import { isValidElement } from "react";

type LineKind = "client" | "server" | "info" | "plain";

function classify(line: string): { kind: LineKind; tls: boolean } {
  if (/^ ?(->|~>)/.test(line)) return { kind: "client", tls: line.trimStart().startsWith("~>") };
  if (/^(<-|<~|<\*\*|<~\*)/.test(line)) return { kind: "server", tls: line.startsWith("<~") };
  if (line.startsWith("===")) return { kind: "info", tls: false };
  return { kind: "plain", tls: false };
}

const KIND_CLASS: Record<LineKind, string> = {
  client: "text-client",
  server: "text-server",
  info: "text-muted italic",
  plain: "",
};

function codeOf(children: React.ReactNode): { text: string; lang: string | null } {
  if (isValidElement<{ className?: string; children?: React.ReactNode }>(children)) {
    const lang = /language-([\w-]+)/.exec(children.props.className ?? "")?.[1] ?? null;
    const text = typeof children.props.children === "string" ? children.props.children : "";
    return { text, lang };
  }
  return { text: typeof children === "string" ? children : "", lang: null };
}

export function CodeBlock({ children }: { children?: React.ReactNode }) {
  const { text, lang } = codeOf(children);
  const pre =
    "my-6 overflow-x-auto rounded-lg border border-border bg-surface p-4 font-mono text-sm leading-relaxed";
  if (lang !== "smtp") {
    return (
      // Scrollable regions must be reachable by keyboard (axe: scrollable-region-focusable).
      // biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll wide code
      <pre tabIndex={0} className={pre}>
        {children}
      </pre>
    );
  }
  const lines = text.replace(/\n$/, "").split("\n");
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll wide transcripts
    <pre tabIndex={0} className={pre} data-transcript="">
      <code>
        {lines.map((line, i) => {
          const { kind, tls } = classify(line);
          return (
            <span
              // Lines of a static transcript never reorder, so the index is a stable key.
              // biome-ignore lint/suspicious/noArrayIndexKey: static content
              key={i}
              className={`block whitespace-pre border-l-2 pl-2 ${KIND_CLASS[kind]} ${tls ? "border-tls" : "border-transparent"}`}
            >
              {line === "" ? "\u00a0" : line}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
