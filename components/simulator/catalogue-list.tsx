import Link from "@/components/ui/link";
import { catalogue } from "@/lib/simulator/catalogue";
import type { Scenario } from "@/lib/smtp";

const THEME_COLOUR: Record<string, string> = {
  happy: "var(--c-ok)",
  failure: "var(--c-no)",
  attack: "var(--c-attacker)",
  delivery: "var(--c-wire)",
};

/** The scenario catalogue, grouped by port and theme; each entry has its title and "what you will see". */
export function CatalogueList({ scenarios, current }: { scenarios: readonly Scenario[]; current?: string }) {
  return (
    <div className="space-y-8">
      {catalogue(scenarios).map((g) => (
        <section key={g.id} aria-labelledby={`cat-${g.id}`}>
          <h2 id={`cat-${g.id}`} className="font-semibold text-xl">
            {g.title}
          </h2>
          <p className="text-muted">{g.blurb}</p>
          {g.themes.map((t) => (
            <div key={t.theme} className="mt-3">
              <h3
                className="font-semibold text-sm uppercase tracking-wide"
                style={{ color: THEME_COLOUR[t.theme] }}
              >
                {t.label}
              </h3>
              <ul className="mt-2 grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
                {t.scenarios.map((s) => (
                  <li key={s.id}>
                    <Link
                      href={`/simulator/${s.id}`}
                      aria-current={s.id === current ? "page" : undefined}
                      className="flex h-full flex-col rounded-lg border border-border bg-raised px-3 py-2 no-underline hover:border-accent aria-[current=page]:border-accent aria-[current=page]:ring-2 aria-[current=page]:ring-[var(--c-accent)]"
                    >
                      <span className="font-semibold text-fg">{s.title}</span>
                      <span className="mt-1 text-muted text-sm">{s.summary}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
