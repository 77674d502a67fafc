/** Renders short content text where `backticks` mark code, as in quiz prompts and choices. */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith("`") && p.endsWith("`") && p.length > 2 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the split of a fixed string never reorders
          <code key={i} className="rounded border border-border bg-surface px-1 font-mono text-[0.92em]">
            {p.slice(1, -1)}
          </code>
        ) : (
          p
        ),
      )}
    </>
  );
}
