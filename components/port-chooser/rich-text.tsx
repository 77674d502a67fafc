/**
 * Text from lib/ports, rendered: `backticks` become code, and inline mentions such as "RFC 5068 §4.1" in
 * prose become <Rfc> links (only for RFCs on the site's list; anything else stays plain text). Text is
 * always rendered as React text, never as HTML.
 */
import { Rfc } from "@/components/mdx/rfc";
import { rfcInfo } from "@/lib/content/rfcs";

const RFC_MENTION = /RFC (\d{3,5})(?: §(\d+(?:\.\d+)*)| App\. ([A-Z]))?/g;

function withRfcLinks(text: string, keyPrefix: string): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(RFC_MENTION)) {
    const n = Number(m[1]);
    if (rfcInfo(n) === undefined) continue;
    out.push(text.slice(last, m.index));
    out.push(<Rfc key={`${keyPrefix}-${m.index}`} n={n} section={m[2] ?? m[3]} />);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

export function RichText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((p, i) =>
        p.length > 2 && p.startsWith("`") && p.endsWith("`") ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the split of a fixed string never reorders
          <code key={i} className="rounded border border-border bg-surface px-1 font-mono text-[0.92em]">
            {p.slice(1, -1)}
          </code>
        ) : (
          withRfcLinks(p, String(i))
        ),
      )}
    </>
  );
}
