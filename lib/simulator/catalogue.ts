/**
 * The simulator's catalogue: scenarios grouped by port, then by theme, in a fixed teaching order.
 * Store-and-forward journeys (several hops, several ports) form their own group.
 */
import type { Scenario, ScenarioTheme } from "@/lib/smtp";

export const THEME_LABELS: Record<ScenarioTheme, string> = {
  happy: "Happy path",
  failure: "Failures",
  attack: "Attacks",
  delivery: "Delivery",
};

const THEME_ORDER: ScenarioTheme[] = ["happy", "failure", "attack", "delivery"];

export type CatalogueGroup = {
  id: string;
  title: string;
  blurb: string;
  themes: { theme: ScenarioTheme; label: string; scenarios: Scenario[] }[];
};

const PORT_GROUPS = [
  {
    port: 25,
    title: "Port 25: relay between servers",
    blurb: "A sending server delivers to the recipient's MX.",
  },
  {
    port: 587,
    title: "Port 587: submission with STARTTLS",
    blurb: "A mail app logs in and submits, after upgrading to TLS.",
  },
  {
    port: 465,
    title: "Port 465: submission over implicit TLS",
    blurb: "TLS from the first byte, then the same submission.",
  },
  {
    port: 2525,
    title: "Port 2525: a provider's alternate port",
    blurb: "Not a standard: the same rules as 587 on another number.",
  },
] as const;

export function catalogue(all: readonly Scenario[]): CatalogueGroup[] {
  const byTheme = (list: Scenario[]) =>
    THEME_ORDER.map((theme) => ({
      theme,
      label: THEME_LABELS[theme],
      scenarios: list.filter((s) => s.theme === theme),
    })).filter((t) => t.scenarios.length > 0);
  const sessions = all.filter((s) => s.kind === "session");
  const groups: CatalogueGroup[] = PORT_GROUPS.map((g) => ({
    id: `port-${g.port}`,
    title: g.title,
    blurb: g.blurb,
    themes: byTheme(sessions.filter((s) => s.port === g.port)),
  }));
  groups.push({
    id: "delivery",
    title: "Store-and-forward: a message's whole journey",
    blurb: "Submission, the queue, MX lookup, relay on 25, retries and bounces, on a simulated clock.",
    themes: byTheme(all.filter((s) => s.kind === "journey")),
  });
  return groups.filter((g) => g.themes.length > 0);
}
