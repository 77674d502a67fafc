/**
 * The port chooser's answer, presented: the port, TLS mode in words, login, warnings, reasons, fallbacks
 * in order, listeners for operators, assumptions, and a link to the matching simulator scenario; or, when
 * lib/ports says so, "This cannot be done safely, because …" with what to do instead. Every decision and
 * sentence comes from lib/ports; this file only words the enums and lays things out.
 * Warnings carry an icon and the word "Warning", never colour alone.
 */

import type { ReactNode, Ref } from "react";
import { AlertIcon, ArrowRightIcon, CrossIcon, LockIcon } from "@/components/ui/icons";
import Link from "@/components/ui/link";
import type { Fallback, Listener, PortChoice, Reason, Recommendation, TlsMode, Unsafe } from "@/lib/ports";
import { Citations } from "./citations";
import { Heading } from "./heading";
import { RichText } from "./rich-text";

export const TLS_MODE_WORDS: Readonly<Record<TlsMode, string>> = {
  implicit: "TLS from the first byte (implicit TLS)",
  "starttls-required": "STARTTLS, required",
  "starttls-opportunistic": "STARTTLS when offered (relay only)",
};

const TARGET_WORDS: Readonly<Record<Recommendation["target"], string>> = {
  provider: "Connect to your provider’s submission server",
  smarthost: "Relay through your provider’s submission server (a smarthost)",
  mx: "Deliver to each recipient domain’s MX (mail server)",
  listeners: "Run these listeners on your mail server",
};

const SERVICE_WORDS: Readonly<Record<Listener["service"], string>> = {
  smtp: "smtp (relay, your MX)",
  submission: "submission",
  submissions: "submissions",
  "alternate-submission": "alternate submission",
};

/** Path of a simulator scenario (contract: /simulator/<id>, ARCHITECTURE.md). */
export function simulatorHref(scenarioId: string): string {
  return `/simulator/${scenarioId}`;
}

function ReasonList({ items }: { items: readonly Reason[] }) {
  return (
    <ul className="grid list-disc gap-2 pl-5 marker:text-muted">
      {items.map((r) => (
        <li key={r.text}>
          <RichText text={r.text} />
          <Citations cites={r.cites} sources={r.sources} />
        </li>
      ))}
    </ul>
  );
}

function Section({ title, level, children }: { title: string; level: number; children: ReactNode }) {
  return (
    <section className="mt-6">
      <Heading level={level} className="mb-2 font-semibold text-lg">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function SimulatorLink({ scenarioId, children }: { scenarioId: string; children: ReactNode }) {
  return (
    <Link
      href={simulatorHref(scenarioId)}
      prefetch={false}
      className="inline-flex min-h-11 items-center gap-2 font-semibold"
    >
      {children}
      <ArrowRightIcon />
    </Link>
  );
}

function Warnings({ rec, level }: { rec: Recommendation; level: number }) {
  if (rec.warnings.length === 0) return null;
  return (
    <Section title="Warnings" level={level}>
      <ul className="grid gap-3">
        {rec.warnings.map((w) => (
          <li key={w.id} className="flex gap-3 rounded-lg border-later border-l-4 bg-surface px-3 py-2">
            <AlertIcon className="mt-1 shrink-0 text-later" />
            <p>
              <strong>Warning: </strong>
              <RichText text={w.text} />
              <Citations cites={w.cites} sources={w.sources} />
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function FallbackList({ fallbacks, level }: { fallbacks: readonly Fallback[]; level: number }) {
  if (fallbacks.length === 0) return null;
  return (
    <Section title="If it can’t connect: fallbacks, in order" level={level}>
      <ol className="grid list-decimal gap-3 pl-5 marker:font-semibold">
        {fallbacks.map((f) => (
          <li key={`${f.port}-${f.target}`}>
            <p>
              <span className="font-mono font-semibold">{f.port}</span>, {TLS_MODE_WORDS[f.tlsMode]}.{" "}
              <RichText text={f.when} />
              <Citations cites={f.cites} />
            </p>
            <SimulatorLink scenarioId={f.scenarioId}>
              See {f.port} with {TLS_MODE_WORDS[f.tlsMode]} in the simulator
            </SimulatorLink>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function ListenerTable({ listeners, level }: { listeners: readonly Listener[]; level: number }) {
  return (
    <Section title="Listeners to run" level={level}>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-border border-b-2">
              <th scope="col" className="py-2 pr-3">
                Port
              </th>
              <th scope="col" className="py-2 pr-3">
                Service
              </th>
              <th scope="col" className="py-2 pr-3">
                TLS
              </th>
              <th scope="col" className="py-2 pr-3">
                Login (AUTH)
              </th>
              <th scope="col" className="py-2">
                Rules
              </th>
            </tr>
          </thead>
          <tbody>
            {listeners.map((l) => (
              <tr key={l.port} className="border-border border-b align-top">
                <th scope="row" className="py-2 pr-3 font-bold font-mono text-base">
                  {l.port}
                </th>
                <td className="py-2 pr-3">{SERVICE_WORDS[l.service]}</td>
                <td className="py-2 pr-3">{TLS_MODE_WORDS[l.tlsMode]}</td>
                <td className="py-2 pr-3">{l.auth === "required" ? "Required" : "Not offered"}</td>
                <td className="py-2">
                  <ul className="grid list-disc gap-1 pl-4">
                    {l.rules.map((r) => (
                      <li key={r.text}>
                        <RichText text={r.text} />
                        <Citations cites={r.cites} sources={r.sources} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function Assumed({ items, level }: { items: PortChoice["assumed"]; level: number }) {
  if (items.length === 0) return null;
  return (
    <Section title="What we assumed" level={level}>
      <ul className="grid list-disc gap-1 pl-5">
        {items.map((a) => (
          <li key={a.question}>{a.text}</li>
        ))}
      </ul>
    </Section>
  );
}

function RecommendationCard({
  rec,
  level,
  headingRef,
  children,
  settingsId,
}: {
  rec: Recommendation;
  level: number;
  headingRef: Ref<HTMLHeadingElement>;
  children?: ReactNode;
  settingsId: string | undefined;
}) {
  const operator = rec.target === "listeners";
  const ports = operator ? (rec.listeners ?? []).map((l) => l.port) : [rec.port];
  return (
    <>
      <p className="font-semibold text-muted text-sm uppercase tracking-wide">Your answer</p>
      <Heading level={level} ref={headingRef} tabIndex={-1} className="mt-1 scroll-mt-4 font-bold text-2xl">
        {operator ? "Listen on ports " : "Use port "}
        <span
          className={`block font-mono text-accent leading-tight ${level <= 2 ? "text-5xl sm:text-6xl" : "text-4xl"}`}
        >
          {ports.join(", ")}
        </span>
      </Heading>
      <p className="mt-2 text-lg">{TARGET_WORDS[rec.target]}.</p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2">
        {operator ? null : (
          <div className="rounded-lg border border-border bg-surface p-3">
            <dt className="text-muted text-sm">Connection security</dt>
            <dd className="flex items-center gap-2 font-semibold">
              <LockIcon className="shrink-0 text-tls" />
              {TLS_MODE_WORDS[rec.tlsMode]}
            </dd>
          </div>
        )}
        <div className="rounded-lg border border-border bg-surface p-3">
          <dt className="text-muted text-sm">Login</dt>
          <dd>
            {rec.auth ? (
              <>
                <span className="font-semibold">
                  {rec.auth.mechanism} ({rec.auth.method === "oauth2" ? "OAuth 2.0 token" : "password"}), only
                  inside TLS
                </span>
                <span className="mt-1 block text-sm">
                  <RichText text={rec.auth.text} />
                  <Citations cites={rec.auth.cites} />
                </span>
              </>
            ) : (
              <span className="font-semibold">None on this connection</span>
            )}
          </dd>
        </div>
      </dl>
      <p className="mt-3 flex flex-wrap gap-x-6">
        <SimulatorLink scenarioId={rec.scenarioId}>See it in the simulator</SimulatorLink>
        {settingsId ? (
          <a href={`#${settingsId}`} className="inline-flex min-h-11 items-center gap-2 font-semibold">
            Jump to the settings to paste
          </a>
        ) : null}
      </p>
      {rec.listeners ? <ListenerTable listeners={rec.listeners} level={level + 1} /> : null}
      <FallbackList fallbacks={rec.fallbacks} level={level + 1} />
      <Section title="Why" level={level + 1}>
        <ReasonList items={rec.reasons} />
      </Section>
      <Warnings rec={rec} level={level + 1} />
      <Assumed items={rec.assumed} level={level + 1} />
      {children}
    </>
  );
}

/** "Your client can't …" → "your client can't …", leaving acronyms ("STARTTLS …") alone. */
function continueSentence(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function UnsafeCard({
  result,
  level,
  headingRef,
}: {
  result: Unsafe;
  level: number;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <>
      <p className="font-semibold text-muted text-sm uppercase tracking-wide">Your answer</p>
      <Heading
        level={level}
        ref={headingRef}
        tabIndex={-1}
        className={`mt-1 flex scroll-mt-4 items-center gap-2 font-bold ${level <= 2 ? "text-2xl sm:text-3xl" : "text-xl"}`}
      >
        <CrossIcon className="shrink-0 text-no" />
        This cannot be done safely
      </Heading>
      <p className="mt-3 rounded-lg border-no border-l-4 bg-surface px-3 py-2 text-lg">
        This cannot be done safely, because {continueSentence(result.because)}
      </p>
      <Section title="Why" level={level + 1}>
        <ReasonList items={result.reasons} />
      </Section>
      <Section title="What to do instead" level={level + 1}>
        <ReasonList items={result.whatToDoInstead} />
      </Section>
      {result.scenarioId ? (
        <p className="mt-4">
          <SimulatorLink scenarioId={result.scenarioId}>See what goes wrong in the simulator</SimulatorLink>
        </p>
      ) : null}
      <Assumed items={result.assumed} level={level + 1} />
    </>
  );
}

export function ResultCard({
  choice,
  headingLevel,
  headingRef,
  children,
  settingsId,
  framed = true,
}: {
  choice: PortChoice;
  headingLevel: number;
  headingRef: Ref<HTMLHeadingElement>;
  /** Extra sections after the recommendation (the settings snippets on the full page). */
  children?: ReactNode;
  /** The id of the settings section among `children`, for a "jump to" link near the top. */
  settingsId?: string;
  /** Its own card (the page), or flat inside a frame that is already a card (the lesson embed). */
  framed?: boolean;
}) {
  return (
    <section
      aria-label="Your answer"
      data-result={choice.kind}
      className={
        framed ? "rounded-xl border border-border bg-raised p-4 sm:p-6" : "border-border border-t pt-4"
      }
    >
      {choice.kind === "recommendation" ? (
        <RecommendationCard rec={choice} level={headingLevel} headingRef={headingRef} settingsId={settingsId}>
          {children}
        </RecommendationCard>
      ) : (
        <UnsafeCard result={choice} level={headingLevel} headingRef={headingRef} />
      )}
    </section>
  );
}
