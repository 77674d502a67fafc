/**
 * Everything the journey view needs to present one store-and-forward run, computed from the engine's
 * journey log (never typed by hand): the player's steps with their narration, the route's state after each
 * step (where the message and its bounce are, what each node did), the retry schedule as times, each hop's
 * SMTP session as StageData for the existing stage, the delivered message's headers and the bounce.
 *
 * Steps: one per journey event, except that retry rounds from the third attempt on (a fresh MX lookup and
 * every MX host refusing, then deferred again) fold into one step, so five days of retries play in a
 * minute; a give-up always stays a step of its own. Rules: pure; the UI replays this and decides nothing.
 */

import {
  dsnRecipientFields,
  type JourneyEvent,
  type JourneyLog,
  type JourneyNode,
  type JourneyScenario,
  queueLifetime,
  type RetryPolicy,
} from "@/lib/smtp";
import {
  describePolicy,
  hopReplies,
  type JourneyNarration,
  lookupAttempt,
  narrateJourneyEvent,
  narrateRetryRound,
  replyCode,
} from "./journey-narration";
import { formatClock, formatWait } from "./journey-time";
import { type StageData, stageData } from "./stage-data";

/** The places on the route: the six nodes, and the sender's own mailbox at the end of the bounce path. */
export type JourneyPlace = JourneyNode | "sender-mailbox";
export const ROUTE: readonly JourneyNode[] = ["mua", "msa", "queue", "dns", "mx", "mailbox"];

export type Tone = "ok" | "later" | "no" | "info";
export type PlaceStatus = { tone: Tone; text: string };

export interface RouteState {
  /** Where the message is (null before it exists anywhere but the sender's app: never, it starts at "mua"). */
  message: JourneyPlace;
  /** Where the bounce is, once there is one. */
  bounce: JourneyPlace | null;
  status: Partial<Record<JourneyPlace, PlaceStatus>>;
  /** Per MX host of the current attempt. */
  mx: { host: string; status: PlaceStatus | null }[];
}

export type JourneyStepKind = JourneyEvent["kind"] | "RetryRound";

export interface JourneyStep {
  /** From 1; step 0 is "before the submission". */
  n: number;
  kind: JourneyStepKind;
  /** The node acting (data-speaker). */
  speaker: JourneyNode;
  /** The place highlighted on the route. */
  place: JourneyPlace;
  /** The journey events folded into this step. */
  seqs: number[];
  /** Simulated time of the step's first and last event (ms since the submission began). */
  t: number;
  end: number;
  /** How far the clock jumps into this step from the previous one (the wait it fast-forwards). */
  jumpMs: number;
  attempt: number | null;
  label: string;
  narration: JourneyNarration;
  /** The SMTP session (hop number, from 1) that this step ran, if any. */
  hop: number | null;
  route: RouteState;
  /** For an MX lookup: the DNS answer as zone-file lines. */
  dnsAnswer: string[] | null;
  deferred: { status: string; reason: string; nextAttemptAt: number; waitMs: number; attempt: number } | null;
}

export interface JourneyHopData {
  n: number;
  label: string;
  from: string;
  to: string;
  port: number;
  /** The hop's result in one short phrase (e.g. "250 2.0.0 queued", "450 4.2.0 at RCPT TO"). */
  result: string;
  tone: Tone;
  stage: StageData;
}

export interface JourneyBounce {
  reportingMta: string;
  to: string;
  /** The hop that carried it by SMTP, or null when it was delivered locally. */
  hop: number | null;
  dsn: string[];
  /** The DSN's per-recipient fields (Final-Recipient, Action, Status, Remote-MTA, Diagnostic-Code). */
  recipients: Record<string, string>[];
  /** The step at which it is sent. */
  step: number;
}

export interface JourneyMeta {
  id: string;
  title: string;
  summary: string;
  policy: RetryPolicy;
  policyText: string;
  lifetimeMs: number;
  sender: string;
  mua: string;
  msa: string;
  submissionPort: number;
  recipients: string[];
  domains: string[];
  mxHosts: string[];
  queueId: string | null;
  outcome: "delivered" | "bounced" | "mixed" | "not-submitted";
  /** Simulated times of every delivery attempt (each MX lookup), for the queue-age meter. */
  attemptTimes: number[];
  /** When the message entered the queue (its age counts from here). */
  queuedAt: number | null;
  retries: boolean;
}

export interface JourneyData {
  meta: JourneyMeta;
  steps: JourneyStep[];
  hops: JourneyHopData[];
  /** The message as it sits in the recipient's mailbox (first delivered recipient), with its trace lines. */
  delivered: { recipient: string; host: string; message: string[]; step: number } | null;
  bounce: JourneyBounce | null;
}

type EventOf<K extends JourneyEvent["kind"]> = Extract<JourneyEvent, { kind: K }>;

function label(e: JourneyEvent, log: JourneyLog): string {
  switch (e.kind) {
    case "Submitted":
      return e.queueId
        ? `Submitted to ${e.host}, port ${e.port} (hop ${e.hop})`
        : `Submission to ${e.host}, port ${e.port}, failed`;
    case "QueuedAt":
      return `In the queue of ${e.host} as ${e.queueId}`;
    case "MxLookup":
      return e.nullMx
        ? `DNS: ${e.domain} MX 0 . (null MX: accepts no mail)`
        : e.nxdomain
          ? `DNS: ${e.domain} does not exist (NXDOMAIN)`
          : e.implicit
            ? `DNS: no MX for ${e.domain}, implicit MX ${e.records[0]?.host ?? e.domain}`
            : `DNS: MX for ${e.domain}: ${e.records.map((r) => `${r.preference} ${r.host}`).join(", ")}`;
    case "ConnectFailed":
      return `${e.host} port 25: connection refused`;
    case "RelayAttempt": {
      const { rcpt, data } = hopReplies(log.hops[e.hop - 1]?.log);
      const result =
        rcpt && rcpt.class !== 2 ? `${replyCode(rcpt)} at RCPT TO` : data ? replyCode(data) : "no answer";
      return `Relay to ${e.host}, port 25, attempt ${e.attempt} (hop ${e.hop}): ${result}`;
    }
    case "Deferred":
      return `Deferred (${e.status}): next attempt in ${formatWait(e.nextAttemptAt - e.t)}, at ${formatClock(e.nextAttemptAt)}`;
    case "GaveUp":
      return `Gave up after ${formatWait(e.afterMs)} and ${e.attempts} attempts`;
    case "Bounced":
      return `${e.recipient}: permanent failure, status ${e.status}`;
    case "BounceSent":
      return `Bounce (DSN) from ${e.reportingMta} to ${e.to}, MAIL FROM:<>${e.hop ? ` (hop ${e.hop})` : ""}`;
    case "BounceDelivered":
      return `Bounce delivered to ${e.to}'s mailbox on ${e.host}`;
    case "Delivered":
      return `Delivered to ${e.recipient}'s mailbox on ${e.host}`;
  }
}

const byKind = <K extends JourneyEvent["kind"]>(log: JourneyLog, k: K): EventOf<K>[] =>
  log.events.filter((e): e is EventOf<K> => e.kind === k);

/** The route after each event, applied in order. */
function applyEvent(r: RouteState, e: JourneyEvent, log: JourneyLog, queueHost: string | null): RouteState {
  const next: RouteState = { ...r, status: { ...r.status }, mx: r.mx.map((m) => ({ ...m })) };
  const setMx = (host: string, status: PlaceStatus) => {
    const m = next.mx.find((x) => x.host === host);
    if (m) m.status = status;
    else next.mx.push({ host, status });
  };
  switch (e.kind) {
    case "Submitted":
      next.status.mua = e.queueId ? { tone: "ok", text: "sent" } : { tone: "no", text: "not sent" };
      if (e.queueId) {
        const { data } = hopReplies(log.hops[e.hop - 1]?.log);
        next.status.msa = { tone: "ok", text: data ? `${replyCode(data)} accepted` : "accepted" };
        next.message = "msa";
      } else next.status.msa = { tone: "no", text: "refused" };
      break;
    case "QueuedAt":
      next.message = "queue";
      next.status.queue = { tone: "info", text: `holds ${e.queueId}` };
      break;
    case "MxLookup":
      next.status.dns = e.nullMx
        ? { tone: "no", text: "MX 0 . (null MX)" }
        : e.nxdomain
          ? { tone: "no", text: "NXDOMAIN" }
          : e.implicit
            ? { tone: "info", text: `implicit MX ${e.records[0]?.host ?? e.domain}` }
            : { tone: "info", text: e.records.map((x) => `MX ${x.preference} ${x.host}`).join("\n") };
      next.mx = e.nullMx || e.nxdomain ? [] : e.records.map((x) => ({ host: x.host, status: null }));
      if (next.status.queue?.tone === "later") next.status.queue = { tone: "info", text: "trying again" };
      break;
    case "ConnectFailed":
      setMx(e.host, { tone: "no", text: "connection refused" });
      break;
    case "RelayAttempt": {
      const { rcpt, data } = hopReplies(log.hops[e.hop - 1]?.log);
      if (rcpt && rcpt.class === 4) setMx(e.host, { tone: "later", text: `${replyCode(rcpt)} try later` });
      else if (rcpt && rcpt.class === 5) setMx(e.host, { tone: "no", text: `${replyCode(rcpt)} refused` });
      else if (data?.class === 2) {
        setMx(e.host, { tone: "ok", text: `${replyCode(data)} accepted` });
        next.message = "mx";
      } else setMx(e.host, { tone: "no", text: "no answer" });
      break;
    }
    case "Deferred":
      next.status.queue = { tone: "later", text: `waiting until ${formatClock(e.nextAttemptAt)}` };
      break;
    case "GaveUp":
      next.status.queue = { tone: "no", text: `gave up after ${formatWait(e.afterMs)}` };
      break;
    case "Bounced":
      if (e.reportingMta === queueHost) next.status.queue = { tone: "no", text: `failed: ${e.status}` };
      else next.status.mailbox = { tone: "no", text: `failed: ${e.status}` };
      break;
    case "BounceSent":
      next.bounce = e.reportingMta === queueHost ? "queue" : "mx";
      break;
    case "BounceDelivered":
      next.bounce = "sender-mailbox";
      next.status["sender-mailbox"] = { tone: "no", text: "bounce received" };
      break;
    case "Delivered":
      next.message = "mailbox";
      next.status.mailbox = { tone: "ok", text: "delivered" };
      break;
  }
  return next;
}

function dnsAnswer(e: JourneyEvent): string[] | null {
  if (e.kind !== "MxLookup") return null;
  const name = `${e.domain}.`;
  if (e.nxdomain) return [`${name}  NXDOMAIN (no such domain)`];
  if (e.nullMx) return e.records.map((r) => `${name}  MX  ${r.preference} ${r.host}`);
  if (e.implicit) return [`${name}  (no MX record: implicit MX 0 ${e.records[0]?.host ?? e.domain}.)`];
  return e.records.map((r) => `${name}  MX  ${r.preference} ${r.host}.`);
}

function placeOf(e: JourneyEvent, queueHost: string | null): JourneyPlace {
  if (e.kind === "BounceDelivered") return "sender-mailbox";
  if (e.kind === "BounceSent") return e.reportingMta === queueHost ? "queue" : "mx";
  return e.node;
}

/** Index groups: single events, or a folded retry round (attempt ≥ 3, every MX host refusing). */
export function groupJourneyEvents(log: JourneyLog): { indexes: number[]; round: boolean }[] {
  const evs = log.events;
  const groups: { indexes: number[]; round: boolean }[] = [];
  let i = 0;
  while (i < evs.length) {
    if (evs[i]?.kind === "MxLookup" && lookupAttempt(log, i) >= 3) {
      let j = i + 1;
      while (evs[j]?.kind === "ConnectFailed") j++;
      const term = evs[j]?.kind;
      if (j > i + 1 && (term === "Deferred" || term === "GaveUp")) {
        const end = term === "Deferred" ? j : j - 1;
        groups.push({ indexes: Array.from({ length: end - i + 1 }, (_, k) => i + k), round: true });
        i = end + 1;
        continue;
      }
    }
    groups.push({ indexes: [i], round: false });
    i++;
  }
  return groups;
}

function hopResult(log: JourneyLog, n: number): { result: string; tone: Tone } {
  const hop = log.hops[n - 1];
  const { rcpt, data } = hopReplies(hop?.log);
  if (rcpt && rcpt.class !== 2)
    return { result: `${replyCode(rcpt)} at RCPT TO`, tone: rcpt.class === 4 ? "later" : "no" };
  if (data) return { result: `${replyCode(data)} after the data`, tone: data.class === 2 ? "ok" : "no" };
  const last = hop?.log.outcome.codes.at(-1);
  return { result: last ? `ended with ${last}` : "no reply", tone: "no" };
}

export function journeyData(
  scenario: Pick<JourneyScenario, "id" | "title" | "summary" | "journey">,
  log: JourneyLog,
): JourneyData {
  const cfg = scenario.journey;
  const policy: RetryPolicy = cfg.retry ?? "rfc5321";
  const queued = byKind(log, "QueuedAt")[0] ?? null;
  const queueHost = queued?.host ?? null;
  const submitted = byKind(log, "Submitted")[0] ?? null;

  const steps: JourneyStep[] = [];
  let route: RouteState = { message: "mua", bounce: null, status: {}, mx: [] };
  let prevEnd = 0;
  for (const g of groupJourneyEvents(log)) {
    const events = g.indexes.map((i) => log.events[i]).filter((e): e is JourneyEvent => !!e);
    const first = events[0];
    const last = events[events.length - 1];
    if (!first || !last) continue;
    for (const e of events) route = applyEvent(route, e, log, queueHost);
    const main = g.round ? (events.find((e) => e.kind === "Deferred") ?? first) : first;
    const ctx = { log, index: g.indexes[0] ?? 0, policy };
    const narration = g.round ? narrateRetryRound(ctx, g.indexes) : narrateJourneyEvent(ctx);
    const deferred = events.find((e): e is EventOf<"Deferred"> => e.kind === "Deferred");
    const attempt = first.kind === "MxLookup" ? lookupAttempt(log, g.indexes[0] ?? 0) : null;
    const hop =
      first.kind === "Submitted" || first.kind === "RelayAttempt"
        ? first.hop
        : first.kind === "BounceSent"
          ? first.hop
          : null;
    let text = label(first, log);
    if (g.round) {
      const refused = events.filter((e) => e.kind === "ConnectFailed").length;
      text = `Attempt ${attempt}: ${refused} MX ${refused === 1 ? "host" : "hosts"} refused${
        deferred
          ? `; deferred (${deferred.status}), next attempt in ${formatWait(deferred.nextAttemptAt - deferred.t)}, at ${formatClock(deferred.nextAttemptAt)}`
          : ""
      }`;
    }
    steps.push({
      n: steps.length + 1,
      kind: g.round ? "RetryRound" : first.kind,
      speaker: g.round ? (deferred ? "queue" : "mx") : main.node,
      place: g.round ? (deferred ? "queue" : "mx") : placeOf(first, queueHost),
      seqs: events.map((e) => e.seq),
      t: first.t,
      end: last.t,
      jumpMs: steps.length === 0 ? 0 : first.t - prevEnd,
      attempt: attempt ?? (first.kind === "RelayAttempt" ? first.attempt : null),
      label: text,
      narration: { text: narration.text, rfc: narration.rfc },
      hop,
      route,
      dnsAnswer: g.round ? null : dnsAnswer(first),
      deferred: deferred
        ? {
            status: deferred.status,
            reason: deferred.reason,
            nextAttemptAt: deferred.nextAttemptAt,
            waitMs: deferred.nextAttemptAt - deferred.t,
            attempt: deferred.attempt,
          }
        : null,
    });
    prevEnd = last.t;
  }

  const stepOfSeq = (seq: number) => steps.find((s) => s.seqs.includes(seq))?.n ?? 0;
  const hops: JourneyHopData[] = log.hops.map((h) => {
    const from = h.n === 1 ? cfg.sender.mua : h.from;
    const title = `Hop ${h.n} (${h.label}): ${from} → ${h.to}, port ${h.port}`;
    return {
      n: h.n,
      label: h.label,
      from,
      to: h.to,
      port: h.port,
      ...hopResult(log, h.n),
      stage: stageData(
        {
          id: `${scenario.id}-hop-${h.n}`,
          title,
          summary: `The SMTP session of hop ${h.n} of the journey “${scenario.title}”.`,
          port: h.port as StageData["meta"]["port"],
          theme: "delivery",
        },
        h.log,
      ),
    };
  });

  const del = byKind(log, "Delivered")[0];
  const sent = byKind(log, "BounceSent")[0];
  const delivered = log.outcome.delivered.length > 0;
  const bounced = log.outcome.bounced.length > 0;
  const lookups = byKind(log, "MxLookup");
  return {
    meta: {
      id: scenario.id,
      title: scenario.title,
      summary: scenario.summary,
      policy,
      policyText: describePolicy(policy),
      lifetimeMs: queueLifetime(policy),
      sender: cfg.sender.address,
      mua: cfg.sender.mua,
      msa: submitted?.host ?? queueHost ?? "",
      submissionPort: submitted?.port ?? cfg.submission.port,
      recipients: [...cfg.recipients],
      domains: [...new Set(cfg.recipients.map((r) => r.slice(r.lastIndexOf("@") + 1).toLowerCase()))],
      mxHosts: [...new Set(lookups.flatMap((l) => l.records.map((r) => r.host)).filter((h) => h !== "."))],
      queueId: queued?.queueId ?? null,
      outcome: !queued
        ? "not-submitted"
        : delivered && bounced
          ? "mixed"
          : delivered
            ? "delivered"
            : "bounced",
      attemptTimes: lookups.map((l) => l.t),
      queuedAt: queued?.t ?? null,
      retries: byKind(log, "Deferred").length > 0,
    },
    steps,
    hops,
    delivered: del
      ? { recipient: del.recipient, host: del.host, message: del.message, step: stepOfSeq(del.seq) }
      : null,
    bounce: sent
      ? {
          reportingMta: sent.reportingMta,
          to: sent.to,
          hop: sent.hop,
          dsn: sent.dsn,
          recipients: dsnRecipientFields(sent.dsn),
          step: stepOfSeq(sent.seq),
        }
      : null,
  };
}
