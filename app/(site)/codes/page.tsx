import type { Metadata } from "next";
import { Rfc, RfcList } from "@/components/mdx/rfc";
import Link from "@/components/ui/link";
import { scenarios } from "@/content/scenarios";
import { CODE_RECIPES } from "@/lib/simulator/code-recipes";
import { explainEnhanced } from "@/lib/simulator/enhanced-codes";
import { pageMetadata } from "@/lib/site/metadata";
import { REPLY_TABLE, type ReplyRow, runScenario, toSteps } from "@/lib/smtp";

export const metadata: Metadata = pageMetadata({
  title: "Reply codes",
  description:
    "Every SMTP reply and enhanced status code our lab server can send: what it means, what usually causes it, what to do, its RFC, and where to see it.",
  path: "/codes",
});

const CLASSES = [
  { digit: 2, title: "2yz: done", blurb: "The command worked.", colour: "var(--c-ok)" },
  {
    digit: 3,
    title: "3yz: go on",
    blurb: "Send the rest (the message, or the next part of a login).",
    colour: "var(--c-more)",
  },
  {
    digit: 4,
    title: "4yz: try again later",
    blurb: "A temporary failure: the same command may work later.",
    colour: "var(--c-later)",
  },
  {
    digit: 5,
    title: "5yz: refused",
    blurb: "A permanent failure: repeating the same command will not help.",
    colour: "var(--c-no)",
  },
] as const;

/** Where each reply first appears in the built-in scenarios (computed by running them). */
function firstSighting(): Map<string, { id: string; title: string; step: number }> {
  const map = new Map<string, { id: string; title: string; step: number }>();
  for (const s of scenarios) {
    if (s.kind !== "session") continue;
    for (const st of toSteps(runScenario(s).events)) {
      if (st.reply && st.lines.length > 0 && !map.has(st.reply.id))
        map.set(st.reply.id, { id: s.id, title: s.title, step: st.n });
    }
  }
  return map;
}

function shownText(row: ReplyRow): string {
  return `${row.code}${row.enhanced ? ` ${row.enhanced}` : ""} ${row.text.replace(/\{(\w+)\}/g, "<$1>")}`;
}

export default function CodesPage() {
  const seen = firstSighting();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="font-bold text-3xl sm:text-4xl">Reply codes</h1>
      <p className="mt-3 max-w-[72ch] text-lg text-muted">
        Every reply the SMTP Lab server can send, generated from the engine’s reply table: the same codes,
        enhanced codes and texts as the Postfix 3.7 server in our lab. The first digit says what to do next (
        <Rfc n={5321} section="4.2.1" />
        ); the x.y.z enhanced code says more precisely what happened (<Rfc n={3463} section="2" />
        ). Words in angle brackets, like <code className="font-mono">&lt;addr&gt;</code>, are filled in by the
        server.
      </p>
      <nav aria-label="Reply classes" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {CLASSES.map((c) => (
            <li key={c.digit}>
              <a
                href={`#class-${c.digit}`}
                className="inline-flex min-h-11 items-center rounded-md border border-border px-3 font-semibold no-underline hover:border-accent"
              >
                {c.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {CLASSES.map((c) => (
        <section key={c.digit} aria-labelledby={`class-${c.digit}`} className="mt-10">
          <h2
            id={`class-${c.digit}`}
            className="scroll-mt-4 font-semibold text-2xl"
            style={{ color: c.colour }}
          >
            {c.title}
          </h2>
          <p className="text-muted">{c.blurb}</p>
          <ul className="mt-4 space-y-4">
            {REPLY_TABLE.filter((r) => Math.floor(r.code / 100) === c.digit)
              // In numeric order within the class, as a reader scanning for "550" expects (the engine's
              // table is in protocol order); rows with the same code keep that order.
              .sort((a, b) => a.code - b.code)
              .map((row) => {
                const enhanced = row.enhanced ? explainEnhanced(row.enhanced) : null;
                const sighting = seen.get(row.id);
                const recipe = CODE_RECIPES[row.id];
                return (
                  <li
                    key={row.id}
                    id={row.id}
                    className="scroll-mt-4 rounded-lg border border-border bg-raised p-4"
                    data-reply-id={row.id}
                  >
                    <h3
                      className="font-mono font-semibold text-lg [overflow-wrap:anywhere]"
                      style={{ color: c.colour }}
                    >
                      {shownText(row)}
                    </h3>
                    <p className="mt-1">{row.meaning}</p>
                    {enhanced ? (
                      <p className="mt-1 text-sm">
                        <span className="font-mono">{enhanced.code}</span>: {enhanced.subject}
                        {enhanced.detail ? `, ${enhanced.detail.toLowerCase()}` : ""}.
                      </p>
                    ) : null}
                    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                      <dt className="font-semibold">Typical cause</dt>
                      <dd>{row.typicalCause}</dd>
                      <dt className="font-semibold">What to do</dt>
                      <dd>{row.whatToDo}</dd>
                      {row.postfix ? (
                        <>
                          <dt className="font-semibold">Postfix vs RFC</dt>
                          <dd>{row.postfix}</dd>
                        </>
                      ) : null}
                      <dt className="font-semibold">Defined in</dt>
                      <dd>
                        <RfcList refs={row.rfc} />
                      </dd>
                      <dt className="font-semibold">See it</dt>
                      <dd>
                        {sighting ? (
                          <Link href={`/simulator/${sighting.id}?step=${sighting.step}`}>
                            {sighting.title}, step {sighting.step}
                          </Link>
                        ) : recipe?.kind === "console" ? (
                          <>
                            In the{" "}
                            <Link href={`/simulator/console?port=${recipe.port}`}>
                              console on port {recipe.port}
                            </Link>
                            , type:{" "}
                            {recipe.lines.length > 6 ? (
                              <code className="font-mono">
                                {recipe.lines[recipe.lines.length - 1]} ({recipe.lines.length} times)
                              </code>
                            ) : (
                              recipe.lines.map((l, i) => (
                                // biome-ignore lint/suspicious/noArrayIndexKey: a recipe may repeat a line; its order never changes
                                <span key={`${i}-${l}`}>
                                  {i > 0 ? ", then " : null}
                                  <code className="font-mono">{l}</code>
                                </span>
                              ))
                            )}
                            {recipe.note ? <span className="text-muted"> {recipe.note}</span> : null}
                          </>
                        ) : recipe?.kind === "configuration" ? (
                          <span className="text-muted">{recipe.why}</span>
                        ) : null}
                      </dd>
                    </dl>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
