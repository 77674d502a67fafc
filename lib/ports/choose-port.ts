// choosePort: the port chooser's decision logic (facts sheet §11), as tables read top to bottom.
// Rules of this module:
// - Total: every Answers value (complete, partial, contradictory) gives either a recommendation or an
//   explicit "this cannot be done safely, because …". Unanswered questions that apply get a stated
//   assumption (listed in `assumed`), never a silent guess.
// - Never AUTH without TLS; never opportunistic TLS for submission; port 25 only toward another
//   domain's MX (or as your own MX listener); 465, 587 and 2525 never toward another domain's MX;
//   2525 only when the provider documents it (or you, as operator, choose to offer it); never a port
//   the network blocks.
// - Every reason and warning carries at least one RFC citation from facts.ts; vendor facts are
//   labelled as such through `sources`.
// - Pure: no I/O, clock or randomness.

import { type Citation, IANA_REGISTRY, rfc, type Source } from "./facts";
import {
  type Answers,
  type AuthOption,
  type BlockOption,
  type ClientOption,
  type DutyOption,
  normalizeAnswers,
  type ProviderOption,
  QUESTIONS,
  type QuestionId,
  type Role,
} from "./questions";

export type TlsMode = "implicit" | "starttls-required" | "starttls-opportunistic";
export type SubmissionPort = 465 | 587 | 2525;
export type Port = 25 | SubmissionPort;
/**
 * Who the connection goes to: your provider's submission service, a smarthost (the same thing seen from
 * a server), another domain's MX, or (for operators) your own listeners.
 */
export type Target = "provider" | "smarthost" | "mx" | "listeners";

/** Simulator scenario ids this module links to (contract with content/scenarios, issue 4). */
export const SCENARIO_IDS = [
  "465-implicit-tls",
  "587-starttls-auth",
  "2525-alternate-submission",
  "25-starttls-opportunistic",
  "587-stripping-opportunistic",
  "465-plaintext-client",
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface Reason {
  readonly text: string;
  readonly cites: readonly Citation[];
  /** Non-RFC sources (IANA registry, vendor pages tagged "S"). */
  readonly sources?: readonly Source[];
}

export type WarningId =
  | "auth-only-inside-tls"
  | "oauth-token-only-inside-tls"
  | "xoauth2-is-not-standard"
  | "require-starttls"
  | "validate-certificate"
  | "port-25-is-relay-only"
  | "port-25-blocked-means-smarthost"
  | "port-587-blocked"
  | "provider-ports-assumed"
  | "alternate-port-is-not-standard"
  | "legacy-ssl-client"
  | "relay-tls-is-opportunistic"
  | "operator-outbound-25-blocked"
  | "operator-auth-inside-tls"
  | "tls-is-one-hop";

export interface Warning extends Reason {
  readonly id: WarningId;
}

export interface Fallback {
  readonly port: Port;
  readonly tlsMode: TlsMode;
  readonly target: Target;
  /** When to switch to it, and why it is next. */
  readonly when: string;
  readonly cites: readonly Citation[];
  readonly scenarioId: ScenarioId;
}

export interface AuthAdvice {
  readonly method: AuthOption;
  /** The standard mechanism to use: PLAIN for passwords (RFC 4616), OAUTHBEARER for tokens (RFC 7628). */
  readonly mechanism: "PLAIN" | "OAUTHBEARER";
  /** Whether the server side requires it (always true for submission). */
  readonly required: true;
  /** Authentication happens only after TLS is up; always true. */
  readonly onlyInsideTls: true;
  readonly text: string;
  readonly cites: readonly Citation[];
}

export interface Listener {
  readonly port: Port;
  readonly service: "smtp" | "submission" | "submissions" | "alternate-submission";
  readonly tlsMode: TlsMode;
  readonly auth: "required" | "not-offered";
  readonly rules: readonly Reason[];
}

export interface Assumption {
  readonly question: QuestionId;
  readonly text: string;
}

export interface Recommendation {
  readonly kind: "recommendation";
  readonly role: Role;
  readonly target: Target;
  readonly port: Port;
  readonly tlsMode: TlsMode;
  readonly auth: AuthAdvice | null;
  readonly fallbacks: readonly Fallback[];
  readonly warnings: readonly Warning[];
  readonly reasons: readonly Reason[];
  readonly scenarioId: ScenarioId;
  /** Operators only: the listeners to run. */
  readonly listeners?: readonly Listener[];
  readonly assumed: readonly Assumption[];
}

export interface Unsafe {
  readonly kind: "unsafe";
  readonly role: Role;
  readonly because: string;
  readonly reasons: readonly Reason[];
  /** Each item cites an RFC or, for vendor options such as an HTTPS API, names its source. */
  readonly whatToDoInstead: readonly Reason[];
  readonly scenarioId?: ScenarioId;
  readonly assumed: readonly Assumption[];
}

export type PortChoice = Recommendation | Unsafe;

// ---------------------------------------------------------------------------------------------------
// Resolved answers: every question has a value; unanswered ones that apply get a stated default.

interface Resolved {
  readonly role: Role;
  readonly duties: ReadonlySet<DutyOption>;
  readonly blocks: ReadonlySet<BlockOption>;
  readonly provider: ReadonlySet<ProviderOption>;
  readonly client: ReadonlySet<ClientOption>;
  readonly auth: AuthOption;
  readonly assumed: readonly Assumption[];
}

/** What we assume when a question that applies was not answered. Order follows QUESTIONS. */
const ASSUMED_WHEN_UNANSWERED: { readonly [Q in QuestionId]-?: { value: Answers[Q]; text: string } } = {
  role: {
    value: "submit",
    text: "You didn't say what you are setting up; this assumes an app or mail client sending through its provider.",
  },
  duties: {
    value: ["inbound", "submission"],
    text: "You didn't say what your server does; this assumes it receives mail for your domains and lets your users send.",
  },
  blocks: {
    value: ["none"],
    text: "You didn't say which ports your network blocks; this assumes none are.",
  },
  provider: {
    value: ["unknown"],
    text: "You didn't say which ports your provider documents; this assumes the standard ones, 465 and 587.",
  },
  client: {
    value: ["implicit-tls", "starttls"],
    text: "You didn't say what your client can do; this assumes a current one that does implicit TLS and required STARTTLS.",
  },
  auth: {
    value: "password",
    text: "You didn't say how you log in; this assumes a password.",
  },
};

function resolve(answers: Answers): Resolved {
  const given = normalizeAnswers(answers);
  const filled: Record<string, unknown> = {};
  const assumed: Assumption[] = [];
  for (const q of QUESTIONS) {
    if (!q.when(filled as Answers)) continue;
    const value = given[q.id];
    if (value !== undefined) {
      filled[q.id] = value;
    } else {
      filled[q.id] = ASSUMED_WHEN_UNANSWERED[q.id].value;
      assumed.push({ question: q.id, text: ASSUMED_WHEN_UNANSWERED[q.id].text });
    }
  }
  const a = filled as Answers;
  return {
    role: a.role ?? "submit",
    duties: new Set(a.duties ?? []),
    blocks: new Set(a.blocks ?? []),
    provider: new Set(a.provider ?? []),
    client: new Set(a.client ?? []),
    auth: a.auth ?? "password",
    assumed,
  };
}

// ---------------------------------------------------------------------------------------------------
// Submission routes, in order of preference (facts sheet §11 Q2-Q4).

interface Route {
  readonly port: SubmissionPort;
  readonly tlsMode: "implicit" | "starttls-required";
  /** The provider answer that says the provider offers this port. */
  readonly offeredBy: ProviderOption;
  /** Offered when the provider answer is "I don't know" (the two standard ports only). */
  readonly assumedWhenUnknown: boolean;
  /** The network answer that blocks it (2525 is not in the questionnaire: never known blocked). */
  readonly blockedBy: BlockOption | null;
  /** Client capabilities that can use it (any one is enough). */
  readonly clientCan: readonly ClientOption[];
  readonly scenarioId: ScenarioId;
  readonly name: string;
}

const ROUTES: readonly Route[] = [
  {
    port: 465,
    tlsMode: "implicit",
    offeredBy: "465",
    assumedWhenUnknown: true,
    blockedBy: "465",
    clientCan: ["implicit-tls", "legacy-ssl"],
    scenarioId: "465-implicit-tls",
    name: "465 with implicit TLS",
  },
  {
    port: 587,
    tlsMode: "starttls-required",
    offeredBy: "587",
    assumedWhenUnknown: true,
    blockedBy: "587",
    clientCan: ["starttls"],
    scenarioId: "587-starttls-auth",
    name: "587 with STARTTLS required",
  },
  {
    port: 2525,
    tlsMode: "starttls-required",
    offeredBy: "alternate",
    assumedWhenUnknown: false,
    blockedBy: null,
    clientCan: ["starttls"],
    scenarioId: "2525-alternate-submission",
    name: "2525 (your provider's alternate port) with STARTTLS required",
  },
];

type RouteProblem = "not-offered" | "blocked" | "client-cannot";

function routeProblems(route: Route, r: Resolved): RouteProblem[] {
  const problems: RouteProblem[] = [];
  const offered = r.provider.has("unknown") ? route.assumedWhenUnknown : r.provider.has(route.offeredBy);
  if (!offered) problems.push("not-offered");
  if (route.blockedBy !== null && r.blocks.has(route.blockedBy)) problems.push("blocked");
  if (!route.clientCan.some((c) => r.client.has(c))) problems.push("client-cannot");
  return problems;
}

/** Why a more-preferred route was passed over: one sentence per problem, with its citation. */
const WHY_NOT: Readonly<Record<SubmissionPort, Readonly<Record<RouteProblem, Reason>>>> = {
  465: {
    "not-offered": {
      text: "465 (implicit TLS) would be the first choice, but your provider doesn't list it.",
      cites: [rfc(8314, "3.3")],
    },
    blocked: {
      text: "465 (implicit TLS) would be the first choice, but your network blocks it.",
      cites: [rfc(8314, "3.3")],
    },
    "client-cannot": {
      text: "465 would be the first choice, but your client can't do implicit TLS (TLS from the first byte).",
      cites: [rfc(8314, "3.3")],
    },
  },
  587: {
    "not-offered": {
      text: "587 isn't listed by your provider, although message submission servers are expected to listen there.",
      cites: [rfc(5068, "3.2")],
    },
    blocked: {
      text: "Your network blocks 587, which access providers must not do (RFC 5068 §4.1).",
      cites: [rfc(5068, "4.1")],
    },
    "client-cannot": {
      text: "587 needs a client that can require STARTTLS, and yours can't.",
      cites: [rfc(3207, "6"), rfc(8314, "5.2")],
    },
  },
  2525: {
    "not-offered": {
      text: "No documented alternate port such as 2525 is known for your provider, and no standard defines one.",
      cites: [rfc(8314, "3.3")],
      sources: [IANA_REGISTRY],
    },
    blocked: {
      text: "Your network blocks the alternate port.",
      cites: [rfc(8314, "3.3")],
    },
    "client-cannot": {
      text: "An alternate port like 2525 uses STARTTLS like 587, and your client can't require STARTTLS.",
      cites: [rfc(3207, "6"), rfc(8314, "5.2")],
    },
  },
};

/** Why the chosen route is right, by port. */
const WHY_THIS: Readonly<Record<SubmissionPort, readonly Reason[]>> = {
  465: [
    {
      text:
        "Port 465 is “submissions”: the TLS handshake starts as soon as you connect, before any SMTP is " +
        "spoken, so there is no plaintext phase for an attacker to tamper with.",
      cites: [rfc(8314, "3.3"), rfc(8314, "A")],
    },
    {
      text:
        "RFC 8314 recommends implicit TLS for submission “in preference to” STARTTLS on 587. Both ports " +
        "are standard and 465 is not deprecated; when both work, 465 is the tie-breaker.",
      cites: [rfc(8314, "1"), rfc(8314, "3"), rfc(8314, "3.3")],
    },
  ],
  587: [
    {
      text:
        "Port 587 is “submission”: the session starts in plaintext and the client upgrades it with " +
        "STARTTLS, which RFC 6409 lists only as optional, so your client has to insist on it.",
      cites: [rfc(6409, "7"), rfc(3207, "4")],
    },
    {
      text:
        "With STARTTLS required on both sides, 587 is as secure as 465; without that, it is cleartext " +
        "the moment an attacker removes STARTTLS from the server's reply.",
      cites: [rfc(8314, "3.3"), rfc(3207, "6")],
    },
  ],
  2525: [
    {
      text:
        "Your provider documents an alternate submission port. 2525 is not a mail port in any standard " +
        "(IANA lists it as ms-v-worlds); it works only because your provider runs a submission listener there.",
      cites: [rfc(8314, "3.3")],
      sources: [
        IANA_REGISTRY,
        { kind: "vendor", label: "provider documentation (e.g. SendGrid, Postmark)", tag: "S" },
      ],
    },
    {
      text: "Treat it exactly like 587: STARTTLS required, then AUTH.",
      cites: [rfc(6409, "4.3"), rfc(8314, "5.2"), rfc(3207, "6")],
    },
  ],
};

const FALLBACK_WHEN: Readonly<Record<SubmissionPort, string>> = {
  465: "If 465 can't connect, for example on a network that blocks it.",
  587: "If 465 can't connect (a network that blocks it), use 587 with STARTTLS required: equally secure when TLS is required.",
  2525: "If the standard ports can't connect, use your provider's documented alternate port, with STARTTLS required.",
};

const FALLBACK_CITES: Readonly<Record<SubmissionPort, readonly Citation[]>> = {
  465: [rfc(8314, "3.3")],
  587: [rfc(8314, "3.3")],
  2525: [rfc(8314, "3.3"), rfc(6409, "4.3")],
};

// ---------------------------------------------------------------------------------------------------
// Warnings, as one table: each row says when it applies.

interface Situation {
  readonly r: Resolved;
  readonly target: Target;
  /** Ports and TLS modes in the recommendation: main choice and fallbacks. */
  readonly routes: readonly { port: Port; tlsMode: TlsMode; target: Target }[];
}

const usesStarttlsRequired = (s: Situation): boolean =>
  s.routes.some((x) => x.tlsMode === "starttls-required" && x.target !== "listeners");
const submitting = (s: Situation): boolean => s.target === "provider" || s.target === "smarthost";

const WARNINGS: readonly { readonly applies: (s: Situation) => boolean; readonly warning: Warning }[] = [
  {
    applies: (s) => submitting(s) && s.r.auth === "password",
    warning: {
      id: "auth-only-inside-tls",
      text:
        "Never send AUTH PLAIN (or any password) without TLS: PLAIN is only base64, an encoding, not " +
        "encryption. Log in only after TLS is up and the server's certificate and host name check out.",
      cites: [rfc(4616, "5"), rfc(4954, "9"), rfc(4954, "14")],
    },
  },
  {
    applies: (s) => submitting(s) && s.r.auth === "oauth2",
    warning: {
      id: "oauth-token-only-inside-tls",
      text: "An OAuth 2.0 bearer token works like a password for whoever holds it: TLS must protect it.",
      cites: [rfc(7628, "3")],
    },
  },
  {
    applies: (s) => submitting(s) && s.r.auth === "oauth2",
    warning: {
      id: "xoauth2-is-not-standard",
      text:
        "The standard SASL mechanism for OAuth 2.0 is OAUTHBEARER. XOAUTH2, which many libraries and " +
        "providers use, is an older provider-specific mechanism that is not in RFC 7628: check which one " +
        "your provider accepts.",
      cites: [rfc(7628)],
    },
  },
  {
    applies: usesStarttlsRequired,
    warning: {
      id: "require-starttls",
      text:
        "Opportunistic STARTTLS can be stripped: an attacker deletes STARTTLS from the server's EHLO " +
        "reply and the client carries on in cleartext. Configure STARTTLS as required, so the client " +
        "stops instead.",
      cites: [rfc(3207, "6"), rfc(8314, "5.2")],
    },
  },
  {
    applies: submitting,
    warning: {
      id: "validate-certificate",
      text:
        "Keep certificate checking on (the server certificate and its host name) and use TLS 1.2 or later. " +
        "Turning verification off lets anyone in the middle read your login.",
      cites: [rfc(8314, "5.2"), rfc(4954, "14"), rfc(8997)],
    },
  },
  {
    applies: (s) => s.target === "provider",
    warning: {
      id: "port-25-is-relay-only",
      text:
        "Don't submit on port 25: it is for server-to-server relay. Apps and mail clients should use the " +
        "submission ports, and many networks block outgoing 25 anyway.",
      cites: [rfc(5068, "3.1"), rfc(6409, "1")],
    },
  },
  {
    applies: (s) => submitting(s) && s.r.blocks.has("25"),
    warning: {
      id: "port-25-blocked-means-smarthost",
      text:
        "Your network blocks outgoing 25, so no machine on it can deliver straight to other domains' MX " +
        "hosts. Mail has to go through a smarthost: your provider's submission service on 465 or 587 " +
        "with AUTH, which is what this recommendation uses. (Some providers lift the block on request.)",
      cites: [rfc(6409, "1"), rfc(5068, "4")],
    },
  },
  {
    applies: (s) => submitting(s) && s.r.blocks.has("587"),
    warning: {
      id: "port-587-blocked",
      text:
        "Your network blocks 587. BCP 134 says access providers must not block the submission port; " +
        "it's worth asking them to open it.",
      cites: [rfc(5068, "4.1")],
    },
  },
  {
    applies: (s) => submitting(s) && s.r.provider.has("unknown"),
    warning: {
      id: "provider-ports-assumed",
      text:
        "We assumed your provider offers the two standard submission ports, 465 and 587: servers should " +
        "offer both, and submission servers must listen on 587. Check your provider's documentation.",
      cites: [rfc(8314, "3.3"), rfc(5068, "3.2")],
    },
  },
  {
    applies: (s) => s.routes.some((x) => x.port === 2525),
    warning: {
      id: "alternate-port-is-not-standard",
      text:
        "2525 is not a standard mail port (IANA lists it as ms-v-worlds) and gives no security of its own. " +
        "Use it only because your provider documents it, with the same rules as 587: STARTTLS required, " +
        "then AUTH. It is never used for MX delivery.",
      cites: [rfc(6409, "4.3"), rfc(8314, "5.2")],
      sources: [IANA_REGISTRY, { kind: "vendor", label: "SendGrid and Postmark documentation", tag: "S" }],
    },
  },
  {
    applies: (s) =>
      s.target === "provider" &&
      s.r.client.has("legacy-ssl") &&
      !s.r.client.has("implicit-tls") &&
      s.routes.some((x) => x.port === 465),
    warning: {
      id: "legacy-ssl-client",
      text:
        "An old client's “SSL” switch means TLS from the first byte, which is implicit TLS on 465. It is " +
        "safe only if the client speaks TLS 1.2 or later and checks certificates; SSL 2.0 and 3.0 are " +
        "prohibited and TLS 1.0 and 1.1 deprecated. If yours can't do better, upgrade it.",
      cites: [rfc(8314, "3.3"), rfc(8997), rfc(8996), rfc(7568), rfc(6176)],
    },
  },
  {
    applies: (s) => s.target === "mx",
    warning: {
      id: "relay-tls-is-opportunistic",
      text:
        "STARTTLS toward another domain's MX is opportunistic, so an active attacker can strip it. " +
        "Honour the recipients' MTA-STS and DANE policies (they make TLS required and authenticated), and " +
        "publish your own MTA-STS, TLS-RPT and DANE records for the mail you receive.",
      cites: [rfc(3207, "6"), rfc(8461), rfc(7672), rfc(8460)],
    },
  },
  {
    applies: (s) => s.target === "listeners" && s.r.blocks.has("25"),
    warning: {
      id: "operator-outbound-25-blocked",
      text:
        "Your network blocks outgoing 25: your server can still receive on 25, but its outgoing mail must " +
        "go through a smarthost (see “A server that delivers mail to other domains”), or ask the provider " +
        "to lift the block.",
      cites: [rfc(6409, "1"), rfc(5068, "4")],
    },
  },
  {
    applies: (s) => s.target === "listeners" && s.r.duties.has("submission"),
    warning: {
      id: "operator-auth-inside-tls",
      text:
        "Offer AUTH only inside TLS (in Postfix: smtpd_tls_auth_only = yes), so no client can send a " +
        "password in cleartext to your server.",
      cites: [rfc(4954, "9"), rfc(4616, "5")],
    },
  },
  {
    applies: () => true,
    warning: {
      id: "tls-is-one-hop",
      text:
        "TLS protects one hop only: each server along the way sees the message. For end-to-end secrecy " +
        "you need end-to-end encryption of the message itself.",
      cites: [rfc(3207, "6"), rfc(8314, "1")],
    },
  },
];

function warningsFor(s: Situation): Warning[] {
  return WARNINGS.filter((w) => w.applies(s)).map((w) => w.warning);
}

// ---------------------------------------------------------------------------------------------------
// Authentication advice

function authAdvice(method: AuthOption): AuthAdvice {
  return method === "password"
    ? {
        method,
        mechanism: "PLAIN",
        required: true,
        onlyInsideTls: true,
        text:
          "Log in with AUTH PLAIN (your library picks it; LOGIN is an obsolete non-standard variant) only " +
          "after TLS is established. Submission servers require a login before they accept mail.",
        cites: [rfc(4616, "5"), rfc(4954, "14"), rfc(6409, "4.3")],
      }
    : {
        method,
        mechanism: "OAUTHBEARER",
        required: true,
        onlyInsideTls: true,
        text:
          "Log in with your OAuth 2.0 access token over TLS: OAUTHBEARER is the standard mechanism; many " +
          "libraries and providers use the provider-specific XOAUTH2 instead.",
        cites: [rfc(7628, "3"), rfc(6409, "4.3")],
      };
}

/** What an operator's submission listeners require of their users. */
const OPERATOR_AUTH: AuthAdvice = {
  method: "password",
  mechanism: "PLAIN",
  required: true,
  onlyInsideTls: true,
  text:
    "Require AUTH on every submission listener and advertise it only inside TLS: PLAIN for passwords, " +
    "and OAUTHBEARER if you accept OAuth 2.0 tokens.",
  cites: [rfc(6409, "4.3"), rfc(4954, "9"), rfc(4616, "5"), rfc(7628, "3")],
};

// ---------------------------------------------------------------------------------------------------
// The roles

const ALWAYS_AFTER_TLS: Reason = {
  text: "Authenticate only inside TLS; the submission server requires a login before it takes mail.",
  cites: [rfc(6409, "4.3"), rfc(8314, "3.3")],
};

function submissionChoice(r: Resolved, target: "provider" | "smarthost"): PortChoice {
  const evaluated = ROUTES.map((route) => ({ route, problems: routeProblems(route, r) }));
  const viable = evaluated.filter((e) => e.problems.length === 0).map((e) => e.route);

  if (target === "provider" && r.client.has("plaintext")) {
    return {
      kind: "unsafe",
      role: r.role,
      because:
        "Your client can't insist on TLS, so your password (and the mail) could cross the Internet in " +
        "cleartext: PLAIN is only base64, and STARTTLS “if available” is stripped by any attacker in the path.",
      reasons: [
        { text: "PLAIN must not be used without TLS.", cites: [rfc(4616, "5"), rfc(4954, "9")] },
        {
          text: "Opportunistic STARTTLS is not protection for submission: it can be stripped.",
          cites: [rfc(3207, "6"), rfc(8314, "5.2")],
        },
      ],
      whatToDoInstead: [
        {
          text: "Upgrade or replace the client with one that does implicit TLS (465) or required STARTTLS (587).",
          cites: [rfc(8314, "3.3")],
        },
        {
          text:
            "If the device can't be upgraded (an old printer or scanner, say), point it at a relay inside " +
            "your own trusted network, for example a local Postfix that accepts it on port 25, and let " +
            "that relay submit to your provider on 465 or 587 with TLS and AUTH. Never across the Internet.",
          cites: [rfc(6409, "3.1"), rfc(5068, "4.1")],
        },
      ],
      scenarioId: "587-stripping-opportunistic",
      assumed: r.assumed,
    };
  }

  const first = viable[0];
  if (first === undefined) {
    return noRoute(r, target, evaluated);
  }

  const fallbacks: Fallback[] = viable.slice(1).map((route) => ({
    port: route.port,
    tlsMode: route.tlsMode,
    target,
    when: FALLBACK_WHEN[route.port],
    cites: FALLBACK_CITES[route.port],
    scenarioId: route.scenarioId,
  }));

  const passedOver = evaluated
    .slice(0, ROUTES.indexOf(first))
    .flatMap((e) => e.problems.map((p) => WHY_NOT[e.route.port][p]));

  const reasons: Reason[] = [];
  if (target === "smarthost") {
    reasons.push({
      text:
        "Your network blocks outgoing 25, so your server can't deliver straight to other domains' MX " +
        "hosts. Relay through a smarthost instead: your provider's authenticated submission service.",
      cites: [rfc(5068, "4"), rfc(6409, "1")],
    });
  }
  reasons.push(...passedOver, ...WHY_THIS[first.port]);
  if (first.port === 465 && fallbacks.some((f) => f.port === 587)) {
    reasons.push({
      text: "587 with STARTTLS required is equally secure when both sides require TLS, so it is the fallback.",
      cites: [rfc(8314, "3.3")],
    });
  }
  reasons.push(ALWAYS_AFTER_TLS);

  const situation: Situation = {
    r,
    target,
    routes: [first, ...fallbacks].map((x) => ({ port: x.port, tlsMode: x.tlsMode, target })),
  };
  return {
    kind: "recommendation",
    role: r.role,
    target,
    port: first.port,
    tlsMode: first.tlsMode,
    auth: authAdvice(r.auth),
    fallbacks,
    warnings: warningsFor(situation),
    reasons,
    scenarioId: first.scenarioId,
    assumed: r.assumed,
  };
}

function noRoute(
  r: Resolved,
  target: "provider" | "smarthost",
  evaluated: readonly { route: Route; problems: RouteProblem[] }[],
): Unsafe {
  const problems = new Set(evaluated.flatMap((e) => e.problems));
  const only465 =
    evaluated.every((e) => e.route.port === 465 || e.problems.includes("not-offered")) &&
    evaluated.some((e) => e.route.port === 465 && e.problems.includes("client-cannot"));
  const whatToDo: Reason[] = [];
  if (problems.has("blocked")) {
    whatToDo.push({
      text:
        "Use a network that doesn't block submission, or ask this one to open 587: access providers must " +
        "not block it.",
      cites: [rfc(5068, "4.1")],
    });
  }
  if (problems.has("not-offered")) {
    whatToDo.push({
      text:
        "Check your provider's documentation for 465 and 587 (servers should offer both), or for a " +
        "documented alternate port such as 2525 (SendGrid, Postmark) or 2587 (Amazon SES).",
      cites: [rfc(8314, "3.3")],
      sources: [{ kind: "vendor", label: "SendGrid, Postmark and Amazon SES documentation", tag: "S" }],
    });
  }
  if (problems.has("client-cannot")) {
    whatToDo.push({
      text:
        "Use a client that supports both implicit TLS (often labelled SSL/TLS) and required STARTTLS: " +
        "clients should implement both.",
      cites: [rfc(8314, "3.3")],
    });
  }
  if (target === "smarthost") {
    whatToDo.push({
      text: "Ask your network or cloud provider to lift the outgoing port-25 block, where it offers that.",
      cites: [rfc(5068, "4"), rfc(6409, "1")],
    });
  }
  whatToDo.push({
    text:
      "Many email services also accept mail over an HTTPS API, which avoids SMTP ports altogether; see your " +
      "provider's documentation.",
    cites: [],
    sources: [{ kind: "vendor", label: "provider documentation (facts sheet §11 Q3)", tag: "S" }],
  });
  const details = evaluated.flatMap((e) => e.problems.map((p) => WHY_NOT[e.route.port][p]));
  return {
    kind: "unsafe",
    role: r.role,
    because:
      "No port is left that your provider offers, your network lets through, and your client can protect " +
      "with required TLS: as things stand there is no safe way to submit from here, and an unprotected " +
      "login is not an option.",
    reasons: details,
    whatToDoInstead: whatToDo,
    scenarioId: only465 ? "465-plaintext-client" : undefined,
    assumed: r.assumed,
  };
}

function relayChoice(r: Resolved): PortChoice {
  if (r.blocks.has("25")) return submissionChoice({ ...r, client: MTA_CLIENT }, "smarthost");

  const smarthostFallbacks: Fallback[] = ROUTES.filter(
    (route) => route.assumedWhenUnknown && !(route.blockedBy !== null && r.blocks.has(route.blockedBy)),
  ).map((route) => ({
    port: route.port,
    tlsMode: route.tlsMode,
    target: "smarthost" as const,
    when:
      `If outgoing 25 gets blocked: relay through a smarthost ` +
      `(your provider's submission service) on ${route.port}${route.port === 465 ? " with implicit TLS" : " with STARTTLS required"}, with AUTH, if it offers that port.`,
    cites: [rfc(5068, "4"), rfc(8314, "3.3")],
    scenarioId: route.scenarioId,
  }));

  const reasons: Reason[] = [
    {
      text: "MX records carry no port number, so delivery to another domain's mail server always uses port 25.",
      cites: [rfc(8314, "7.3"), rfc(5321, "5.1")],
    },
    {
      text:
        "Never 465 or 587 (or 2525) toward another domain's MX: those are authenticated submission " +
        "services for a provider's own users, not relay.",
      cites: [rfc(8314, "7.3"), rfc(6409, "Abstract")],
    },
    {
      text:
        "Use STARTTLS whenever the MX offers it. A publicly referenced MX must not require TLS, so relay " +
        "TLS is opportunistic unless the receiver publishes MTA-STS or DANE.",
      cites: [rfc(3207, "4"), rfc(8461), rfc(7672)],
    },
    {
      text:
        "Queue and retry on 4xx replies (at least 30 minutes apart, for at least 4-5 days), then bounce " +
        "to the MAIL FROM address with the null sender MAIL FROM:<>.",
      cites: [rfc(5321, "4.5.4.1"), rfc(5321, "6.1")],
    },
  ];
  const situation: Situation = {
    r,
    target: "mx",
    routes: [{ port: 25, tlsMode: "starttls-opportunistic", target: "mx" }, ...smarthostFallbacks],
  };
  return {
    kind: "recommendation",
    role: r.role,
    target: "mx",
    port: 25,
    tlsMode: "starttls-opportunistic",
    auth: null,
    fallbacks: smarthostFallbacks,
    warnings: warningsFor(situation),
    reasons,
    scenarioId: "25-starttls-opportunistic",
    assumed: r.assumed,
  };
}

/** A mail server as a smarthost client (Postfix's smtp client does implicit TLS and required STARTTLS). */
const MTA_CLIENT: ReadonlySet<ClientOption> = new Set<ClientOption>(["implicit-tls", "starttls"]);

/** Operator listeners, by duty (facts sheet §11 Q7). */
const LISTENERS: Readonly<Record<DutyOption, readonly Listener[]>> = {
  inbound: [
    {
      port: 25,
      service: "smtp",
      tlsMode: "starttls-opportunistic",
      auth: "not-offered",
      rules: [
        {
          text: "Keep a listener on port 25: it is where every other server delivers mail for your domains.",
          cites: [rfc(5321, "4.5.4.2"), rfc(8314, "7.3")],
        },
        {
          text: "Offer STARTTLS but never require it: a publicly referenced MX must accept mail without TLS.",
          cites: [rfc(3207, "4")],
        },
        {
          text:
            "Accept only mail for your own domains and refuse to relay anything else (no open relay). " +
            "Your users submit on 465/587, not here.",
          cites: [rfc(5321, "7.9"), rfc(5068, "3.1")],
        },
        {
          text: "Publish MTA-STS, TLS-RPT and DANE records so senders can require authenticated TLS to you.",
          cites: [rfc(8461), rfc(8460), rfc(7672)],
        },
      ],
    },
  ],
  submission: [
    {
      port: 465,
      service: "submissions",
      tlsMode: "implicit",
      auth: "required",
      rules: [
        {
          text: "TLS from the first byte (implicit TLS), TLS 1.2 or later, then the submission protocol inside it.",
          cites: [rfc(8314, "3.3"), rfc(8997)],
        },
        {
          text: "Require AUTH before accepting mail, as on 587.",
          cites: [rfc(8314, "3.3"), rfc(6409, "4.3")],
        },
      ],
    },
    {
      port: 587,
      service: "submission",
      tlsMode: "starttls-required",
      auth: "required",
      rules: [
        {
          text:
            "Require STARTTLS: a non-public submission server may refuse AUTH and MAIL before TLS with " +
            "“530 Must issue a STARTTLS command first”.",
          cites: [rfc(3207, "4"), rfc(8314, "5.2")],
        },
        {
          text: "Require AUTH, and never relay unauthenticated mail; submission servers must listen on 587.",
          cites: [rfc(6409, "4.3"), rfc(5068, "3.2")],
        },
        {
          text: "Offer both 587 and 465: servers should implement both during the move to implicit TLS.",
          cites: [rfc(8314, "3.3")],
        },
      ],
    },
  ],
  alternate: [
    {
      port: 2525,
      service: "alternate-submission",
      tlsMode: "starttls-required",
      auth: "required",
      rules: [
        {
          text:
            "An optional alias of 587 with the same rules (STARTTLS required, AUTH required) for users " +
            "whose networks block the standard ports. Not a standard port: IANA lists 2525 as ms-v-worlds, " +
            "so document it for your users.",
          cites: [rfc(6409, "4.3"), rfc(8314, "5.2")],
          sources: [IANA_REGISTRY],
        },
      ],
    },
  ],
};

function operatorChoice(r: Resolved): Recommendation {
  const duties: DutyOption[] = (["inbound", "submission", "alternate"] as const).filter((d) =>
    r.duties.has(d),
  );
  const listeners = duties.flatMap((d) => LISTENERS[d]);
  const main = listeners.find((l) => l.port === 465) ?? listeners[0] ?? LISTENERS.inbound[0];
  if (main === undefined) throw new Error("LISTENERS table is empty");
  const situation: Situation = {
    r,
    target: "listeners",
    routes: listeners.map((l) => ({ port: l.port, tlsMode: l.tlsMode, target: "listeners" as const })),
  };
  const reasons: Reason[] = [];
  if (r.duties.has("inbound")) {
    reasons.push({
      text: "Receiving mail for your domains means a port-25 listener: MX records carry no port.",
      cites: [rfc(8314, "7.3"), rfc(5321, "4.5.4.2")],
    });
  }
  if (r.duties.has("submission")) {
    reasons.push({
      text:
        "Letting your users send means submission listeners, separate from 25 so they can have their own " +
        "policy: AUTH required, TLS required. Offer 465 (implicit TLS, preferred) and 587 (STARTTLS).",
      cites: [rfc(6409, "1"), rfc(8314, "3.3"), rfc(6409, "4.3")],
    });
  }
  return {
    kind: "recommendation",
    role: r.role,
    target: "listeners",
    port: main.port,
    tlsMode: main.tlsMode,
    auth: r.duties.has("submission") ? OPERATOR_AUTH : null,
    fallbacks: [],
    warnings: warningsFor(situation),
    reasons,
    scenarioId: main.port === 465 ? "465-implicit-tls" : "25-starttls-opportunistic",
    listeners,
    assumed: r.assumed,
  };
}

/** The decision table at the top: one row per role. */
const BY_ROLE: Readonly<Record<Role, (r: Resolved) => PortChoice>> = {
  submit: (r) => submissionChoice(r, "provider"),
  relay: relayChoice,
  operate: operatorChoice,
};

/** Recommends a port, TLS mode and login for the answers, or explains why it can't be done safely. */
export function choosePort(answers: Answers): PortChoice {
  const r = resolve(answers);
  return BY_ROLE[r.role](r);
}
