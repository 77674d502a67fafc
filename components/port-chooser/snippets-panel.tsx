"use client";
/**
 * "Settings to paste" for a recommendation: loads the snippet set highlighted at build time
 * (snippet-highlight.ts) for this recommendation's key, lets the reader pick the app, library or tool,
 * and shows the code with a Copy button and its notes. Colours are CSS variables per token, resolved with
 * light-dark(), so they follow the site theme (data-theme / color-scheme) with no script.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { SnippetId } from "@/lib/ports";
import { CopyButton } from "./copy-button";
import { Heading } from "./heading";
import { RichText } from "./rich-text";
import { type HighlightedSnippet, type SnippetSet, snippetSetUrl } from "./snippet-data";

/** How the snippets are grouped in the picker. */
const GROUPS: readonly { label: string; ids: readonly SnippetId[] }[] = [
  { label: "Mail apps", ids: ["thunderbird", "apple-mail", "outlook"] },
  { label: "Code", ids: ["nodemailer", "python-smtplib", "phpmailer", "go-net-smtp", "java-jakarta-mail"] },
  {
    label: "Mail server",
    ids: ["postfix-smarthost", "postfix-outbound", "postfix-master-cf", "postfix-main-cf"],
  },
  { label: "Test commands", ids: ["swaks", "openssl", "dns-checks"] },
];

function groupsOf(snippets: readonly HighlightedSnippet[]) {
  const grouped = GROUPS.map((g) => ({
    label: g.label,
    items: snippets.filter((s) => g.ids.includes(s.id)),
  }));
  const rest = snippets.filter((s) => !GROUPS.some((g) => g.ids.includes(s.id)));
  return [...grouped, { label: "Other", items: rest }].filter((g) => g.items.length > 0);
}

type Load =
  | { key: string; state: "loading" }
  | { key: string; state: "failed" }
  | { key: string; state: "ready"; set: SnippetSet };

/** Each key's set once per page view: switching answers back and forth doesn't refetch. */
const cache = new Map<string, Promise<SnippetSet>>();

function fetchSet(key: string): Promise<SnippetSet> {
  let p = cache.get(key);
  if (!p) {
    p = fetch(snippetSetUrl(key)).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<SnippetSet>;
    });
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

function Code({ snippet, palette }: { snippet: HighlightedSnippet; palette: SnippetSet["palette"] }) {
  const ref = useRef<HTMLPreElement>(null);
  return (
    <div className="mt-3">
      <pre
        ref={ref}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll wide code
        tabIndex={0}
        data-snippet={snippet.id}
        className="overflow-x-auto rounded-lg border border-border bg-surface p-4 font-mono text-sm leading-relaxed [&_span[style]]:[color:light-dark(var(--shiki-light),var(--shiki-dark))]"
      >
        <code>
          {snippet.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed snippet never reorder
            <span key={i} className="block min-h-[1lh] whitespace-pre">
              {line.map(([text, c], j) => {
                const [light, dark] = palette[c] ?? ["", ""];
                return (
                  <span
                    // biome-ignore lint/suspicious/noArrayIndexKey: tokens of a fixed line never reorder
                    key={j}
                    style={{ "--shiki-light": light, "--shiki-dark": dark } as React.CSSProperties}
                  >
                    {text}
                  </span>
                );
              })}
            </span>
          ))}
        </code>
      </pre>
      <div className="mt-2">
        <CopyButton text={snippet.code} label={`Copy the ${snippet.title} settings`} target={ref} />
      </div>
    </div>
  );
}

export function SnippetsPanel({
  id: sectionId,
  recKey,
  headingLevel,
}: {
  id?: string;
  recKey: string;
  headingLevel: number;
}) {
  const id = useId();
  const [load, setLoad] = useState<Load>({ key: recKey, state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [picked, setPicked] = useState<SnippetId | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the fetch after a failure
  useEffect(() => {
    let live = true;
    setLoad({ key: recKey, state: "loading" });
    fetchSet(recKey).then(
      (set) => live && setLoad({ key: recKey, state: "ready", set }),
      () => live && setLoad({ key: recKey, state: "failed" }),
    );
    return () => {
      live = false;
    };
  }, [recKey, attempt]);

  const set = load.state === "ready" && load.key === recKey ? load.set : null;
  const snippets = set?.snippets ?? [];
  const selected = snippets.find((s) => s.id === picked) ?? snippets[0];

  return (
    <section
      id={sectionId}
      className="mt-8 scroll-mt-4 border-border border-t pt-6"
      aria-labelledby={`${id}-h`}
    >
      <Heading level={headingLevel} id={`${id}-h`} className="font-semibold text-xl">
        Settings to paste
      </Heading>
      <p className="mt-1 text-muted">
        For this answer, with example names (example.test): put in your own server, user and addresses.
        Passwords and tokens come from environment variables, never from the code.
      </p>
      <p role="status" className="mt-4">
        {set !== null
          ? ""
          : load.state === "failed" && load.key === recKey
            ? "The settings couldn’t be loaded."
            : "Loading the settings…"}
      </p>
      {set === null && load.state === "failed" && load.key === recKey ? (
        <button
          type="button"
          onClick={() => setAttempt((n) => n + 1)}
          className="mt-2 min-h-11 rounded-lg border border-border bg-raised px-4 font-semibold hover:border-accent"
        >
          Try again
        </button>
      ) : null}
      {set !== null && selected ? (
        <div className="mt-4">
          <label htmlFor={`${id}-pick`} className="block font-semibold">
            Show settings for
          </label>
          <select
            id={`${id}-pick`}
            value={selected.id}
            onChange={(e) => setPicked(e.currentTarget.value as SnippetId)}
            className="mt-1 min-h-11 w-full max-w-md rounded-lg border border-border bg-raised px-3 text-fg"
          >
            {groupsOf(snippets).map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.items.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <Code key={`${recKey}-${selected.id}`} snippet={selected} palette={set.palette} />
          <ul className="mt-4 grid list-disc gap-1 pl-5 text-sm">
            {selected.notes.map((n) => (
              <li key={n}>
                <RichText text={n} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="min-h-[24rem]" />
      )}
    </section>
  );
}
