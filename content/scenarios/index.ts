/**
 * The scenario registry: every built-in scenario, in teaching order. Scenarios are INPUTS only (client
 * configuration, profile overrides, attacker); the engine (lib/smtp) computes every reply.
 *
 * Rules: ids are kebab-case and stable forever (URLs, embeds and tests use them). A removed or renamed
 * id goes into `redirects`, pointing at its closest successor; `scenarioById` follows redirects.
 */

import type { Scenario } from "@/lib/smtp";
import { scenario as p25BdatChunking } from "./25-bdat-chunking";
import { scenario as p25Greylisting } from "./25-greylisting";
import { scenario as p25Pipelining } from "./25-pipelining";
import { scenario as p25PlainDelivery } from "./25-plain-delivery";
import { scenario as p25RelayRefused } from "./25-relay-refused";
import { scenario as p25StarttlsOpportunistic } from "./25-starttls-opportunistic";
import { scenario as p25UnknownUser } from "./25-unknown-user";
import { scenario as p465ImplicitTls } from "./465-implicit-tls";
import { scenario as p465PlaintextClient } from "./465-plaintext-client";
import { scenario as p465StrippingNothing } from "./465-stripping-nothing";
import { scenario as p587AuthBeforeStarttls } from "./587-auth-before-starttls";
import { scenario as p587StarttlsAuth } from "./587-starttls-auth";
import { scenario as p587StarttlsInjection } from "./587-starttls-injection";
import { scenario as p587StarttlsNoAuth } from "./587-starttls-no-auth";
import { scenario as p587StrippingOpportunistic } from "./587-stripping-opportunistic";
import { scenario as p587StrippingRequired } from "./587-stripping-required";
import { scenario as p587TlsFirstClient } from "./587-tls-first-client";
import { scenario as p587TlsUnavailable } from "./587-tls-unavailable";
import { scenario as p587WrongPassword } from "./587-wrong-password";
import { scenario as p2525AlternateSubmission } from "./2525-alternate-submission";
import { scenario as deliveryDirect } from "./delivery-direct";
import { scenario as deliveryGreylistedRetry } from "./delivery-greylisted-retry";
import { scenario as deliveryMailboxFullBounce } from "./delivery-mailbox-full-bounce";
import { scenario as deliveryMxDownBounce } from "./delivery-mx-down-bounce";
import { scenario as deliveryNullMxBounce } from "./delivery-null-mx-bounce";
import { scenario as deliveryUnknownUserBounce } from "./delivery-unknown-user-bounce";

export const scenarios: readonly Scenario[] = [
  p25PlainDelivery,
  p25StarttlsOpportunistic,
  p25RelayRefused,
  p25UnknownUser,
  p25Pipelining,
  p25BdatChunking,
  p25Greylisting,
  p587StarttlsAuth,
  p587AuthBeforeStarttls,
  p587WrongPassword,
  p587StarttlsNoAuth,
  p587TlsUnavailable,
  p587TlsFirstClient,
  p465ImplicitTls,
  p465PlaintextClient,
  p2525AlternateSubmission,
  p587StrippingOpportunistic,
  p587StrippingRequired,
  p465StrippingNothing,
  p587StarttlsInjection,
  deliveryDirect,
  deliveryGreylistedRetry,
  deliveryMxDownBounce,
  deliveryUnknownUserBounce,
  deliveryNullMxBounce,
  deliveryMailboxFullBounce,
];

/** Old id -> current id, for scenarios that were renamed or removed. */
export const redirects: Readonly<Record<string, string>> = {};

const byId = new Map<string, Scenario>(scenarios.map((s) => [s.id, s]));

/** The scenario with this id, following `redirects`; undefined if there is none. */
export function scenarioById(id: string): Scenario | undefined {
  return byId.get(id) ?? byId.get(redirects[id] ?? "");
}

/** The current id for an id that may have been renamed (for URL redirects). */
export function canonicalScenarioId(id: string): string | undefined {
  if (byId.has(id)) return id;
  const to = redirects[id];
  return to !== undefined && byId.has(to) ? to : undefined;
}

export type { Scenario };
