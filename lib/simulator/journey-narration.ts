/**
 * Narration for the store-and-forward journey: one or two plain sentences per journey event, with RFC
 * references, DERIVED from the event (its kind, its fields, the hop's SMTP session, the retry policy)
 * through the table below, never written per step index.
 *
 * Rules of this module:
 * - For each event kind, the first variant whose `when` matches gives the sentence; the last variant of
 *   every kind has no `when`, so every event gets a sentence and at least one citation.
 * - Every sentence agrees with shared/content/smtp-facts.md §2 (RFC 5321 §6.1 responsibility, §5.1 MX and
 *   implicit MX, RFC 7505 null MX, §4.5.4.1 retry and give-up, §3.6.3/§4.2.5/§6.1 bounces with <>,
 *   RFC 3464 delivery-status fields, §4.4 Received lines). Where the journey follows a schedule of its own
 *   (this site's RFC 5321 schedule, or the Postfix defaults), the sentence names it as such.
 * - Audience: a first-year IT student. Short words, one idea per sentence. No reply text is typed here:
 *   codes, hosts and statuses come from the engine's events.
 */

import {
  dsnRecipientFields,
  type JourneyEvent,
  type JourneyLog,
  type ReplyInfo,
  type RetryPolicy,
  type RfcRef,
  rfc,
  type SessionLog,
} from "@/lib/smtp";
import { formatClock, formatWait } from "./journey-time";

export interface JourneyNarration {
  text: string;
  rfc: RfcRef[];
}

export interface JourneyNarrationContext {
  log: JourneyLog;
  /** Index of the narrated event in `log.events`. */
  index: number;
  policy: RetryPolicy;
}

type Kind = JourneyEvent["kind"];
type EventOf<K extends Kind> = Extract<JourneyEvent, { kind: K }>;

interface Variant<K extends Kind> {
  id: string;
  when?: (e: EventOf<K>, c: JourneyNarrationContext) => boolean;
  say: (e: EventOf<K>, c: JourneyNarrationContext) => string;
  rfc: RfcRef[] | ((e: EventOf<K>, c: JourneyNarrationContext) => RfcRef[]);
}

type Table = { [K in Kind]: Variant<K>[] };

// --- derived facts (all read from the log) ---------------------------------------------------------

const hopLog = (c: JourneyNarrationContext, n: number | null): SessionLog | undefined =>
  n === null ? undefined : c.log.hops[n - 1]?.log;

/** The first reply to RCPT TO and the reply to the end of data, as the client saw them. */
export function hopReplies(log: SessionLog | undefined): { rcpt: ReplyInfo | null; data: ReplyInfo | null } {
  let rcpt: ReplyInfo | null = null;
  let data: ReplyInfo | null = null;
  for (const e of log?.events ?? []) {
    if (e.kind !== "ServerReplied" || e.to !== "client") continue;
    if (e.answers === "RCPT" && !rcpt) rcpt = e.reply;
    if (e.answers === "DATA-END" || (e.answers === "BDAT-CHUNK" && e.reply.class !== 3)) data = e.reply;
  }
  return { rcpt, data };
}

/** "450 4.2.0" */
export const replyCode = (r: ReplyInfo): string => (r.enhanced ? `${r.code} ${r.enhanced}` : `${r.code}`);

/** Which delivery attempt an MX lookup starts: the count of lookups for its domain so far. */
export function lookupAttempt(log: JourneyLog, index: number): number {
  const e = log.events[index];
  if (e?.kind !== "MxLookup") return 0;
  return log.events.slice(0, index + 1).filter((x) => x.kind === "MxLookup" && x.domain === e.domain).length;
}

/** Time since the previous event: the wait a retry fast-forwards through. */
export function waitBefore(log: JourneyLog, index: number): number {
  const e = log.events[index];
  const prev = log.events[index - 1];
  return e && prev ? e.t - prev.t : 0;
}

const hostList = (hosts: string[]): string =>
  hosts.length <= 1 ? (hosts[0] ?? "") : `${hosts.slice(0, -1).join(", ")} and ${hosts[hosts.length - 1]}`;

/** The retry schedule in words, naming whose schedule it is. */
export function describePolicy(policy: RetryPolicy): string {
  if (policy === "rfc5321")
    return "This simulated queue follows a schedule built on RFC 5321's advice: first retry after 30 minutes, then every 2 hours, give up after 5 days.";
  if (policy === "postfix")
    return "This queue uses the Postfix defaults: a queue scan every 300 s, a backoff between 300 s and 4000 s (minimal_backoff_time, maximal_backoff_time), give up after 5 days (maximal_queue_lifetime).";
  return "This queue's retry schedule is its administrator's choice; RFC 5321 says it must be configurable.";
}

/** The DSN's first per-recipient group (Action, Status, Diagnostic-Code…) as the engine wrote it. */
export function dsnFields(dsn: readonly string[]): Record<string, string> {
  return dsnRecipientFields(dsn)[0] ?? {};
}

const isRelayRefusal = (diagnostic: string) => /^smtp; \d{3} /.test(diagnostic);
const diagnosticCode = (diagnostic: string) => /^smtp; (\d{3}) /.exec(diagnostic)?.[1] ?? null;

// --- the table ----------------------------------------------------------------------------------

export const JOURNEY_NARRATION: Table = {
  Submitted: [
    {
      id: "submitted-failed",
      when: (e) => e.queueId === null,
      say: (e) =>
        `The mail app tries to submit the message to ${e.host} on port ${e.port}, but the session ends without a 250 for the message. Nothing was handed over: the message is still only on the sender's computer.`,
      rfc: [rfc(5321, "6.1"), rfc(6409, "4.3")],
    },
    {
      id: "submitted-465",
      when: (e) => e.port === 465,
      say: (e) =>
        `The sender's mail app (the MUA) hands the message to its submission server ${e.host} on port 465: TLS from the first byte, then AUTH with the user's password, then MAIL FROM, RCPT TO and DATA.`,
      rfc: [rfc(5598, "4.2.1"), rfc(8314, "3.3")],
    },
    {
      id: "submitted-587",
      say: (e) =>
        `The sender's mail app (the MUA) hands the message to its submission server ${e.host} on port ${e.port}: STARTTLS first, then AUTH with the user's password, then MAIL FROM, RCPT TO and DATA.`,
      rfc: [rfc(5598, "4.2.1"), rfc(6409, "4.3"), rfc(8314, "3.3")],
    },
  ],
  QueuedAt: [
    {
      id: "queued",
      say: (e) =>
        `${e.host} answered 250 to the final dot, so from now on it is responsible for the message: it must not lose it for frivolous reasons, and if delivery fails later it must send a notification. It prepends its Received: line and keeps the message in its queue as ${e.queueId}.`,
      rfc: [rfc(5321, "6.1"), rfc(5321, "4.4"), rfc(5598, "4.3.2")],
    },
  ],
  MxLookup: [
    {
      id: "mx-null",
      when: (e) => e.nullMx,
      say: (e) =>
        `The queue asks DNS where mail for ${e.domain} goes. The answer is a null MX, "MX 0 .": this domain says it accepts no mail at all, so there is no server to try.`,
      rfc: [rfc(7505, "3"), rfc(5321, "5.1")],
    },
    {
      id: "mx-nxdomain",
      when: (e) => e.nxdomain,
      say: (e) =>
        `The queue asks DNS for the MX records of ${e.domain}. The domain does not exist (NXDOMAIN), which must be reported as an error rather than retried.`,
      rfc: [rfc(5321, "5.1")],
    },
    {
      id: "mx-implicit",
      when: (e) => e.implicit,
      say: (e) =>
        `${e.domain} has no MX record, so the domain itself is the mail host: the implicit MX, with preference 0, reached through its address record.`,
      rfc: [rfc(5321, "5.1")],
    },
    {
      id: "mx-retry",
      when: (_e, c) => lookupAttempt(c.log, c.index) > 1,
      say: (e, c) =>
        `${formatWait(waitBefore(c.log, c.index))} later, attempt ${lookupAttempt(c.log, c.index)}: the queue starts over with a fresh MX lookup for ${e.domain} and gets ${e.records.map((r) => `${r.host} (${r.preference})`).join(", ")}.`,
      rfc: [rfc(5321, "4.5.4.1"), rfc(5321, "5.1")],
    },
    {
      id: "mx-records",
      say: (e) => {
        const [first, ...rest] = e.records;
        const backup = rest.length
          ? ` and ${hostList(rest.map((r) => `${r.host} (${r.preference})`))} as backup`
          : "";
        return `To find the next hop, the queue asks DNS for the MX records of ${e.domain}: ${first?.host} (preference ${first?.preference})${backup}. The lowest preference is tried first. MX records carry no port, so the relay goes to port 25.`;
      },
      rfc: [rfc(5321, "5.1"), rfc(8314, "7.3")],
    },
  ],
  ConnectFailed: [
    {
      id: "connect-failed-next",
      when: (_e, c) => c.log.events[c.index + 1]?.kind === "ConnectFailed",
      say: (e) =>
        `${e.host} does not take the connection on port 25 (connection refused). The sender moves on to the next MX host: it should try more than one address.`,
      rfc: [rfc(5321, "5.1")],
    },
    {
      id: "connect-failed-last",
      say: (e) =>
        `${e.host} refuses the connection too. No MX host answered: that is a temporary failure, so the message stays in the queue.`,
      rfc: [rfc(5321, "5.1"), rfc(5321, "4.5.4.1")],
    },
  ],
  RelayAttempt: [
    {
      id: "relay",
      say: (e, c) => {
        const log = hopLog(c, e.hop);
        const { rcpt, data } = hopReplies(log);
        const tls = log?.outcome.tls
          ? "with STARTTLS, because the receiver offers it (opportunistic TLS)"
          : "in plaintext";
        const start = `${e.attempt > 1 ? `Attempt ${e.attempt}: the` : "The"} queue connects to ${e.host} on port 25 and relays the message ${tls}. No AUTH: this is one server handing mail to another.`;
        if (rcpt && rcpt.class === 4)
          return `${start} ${e.host} answers RCPT TO with ${replyCode(rcpt)}: not now, try again later.`;
        if (rcpt && rcpt.class === 5)
          return `${start} ${e.host} answers RCPT TO with ${replyCode(rcpt)}: refused for good.`;
        if (data?.class === 2)
          return `${start} ${e.host} answers 250 to the final dot and takes over responsibility for the message.`;
        return start;
      },
      rfc: (e, c) => {
        const { rcpt, data } = hopReplies(hopLog(c, e.hop));
        const refs = [rfc(5321, "5.1"), rfc(3207, "4")];
        if (rcpt && rcpt.class !== 2) refs.push(rfc(5321, "4.2.1"));
        else if (data?.class === 2) refs.push(rfc(5321, "6.1"));
        return refs;
      },
    },
  ],
  Deferred: [
    {
      id: "deferred-greylisted",
      when: (e) => /greylist/i.test(e.reason),
      say: (e, c) =>
        `The receiver greylisted the message: a temporary refusal (${e.status}) given on purpose to a sender it has not seen before, because a lot of spam software does not retry. A real mail server keeps the message and retries: the next attempt is in ${formatWait(e.nextAttemptAt - e.t)}, at ${formatClock(e.nextAttemptAt)}. ${describePolicy(c.policy)}`,
      rfc: [rfc(6647), rfc(5321, "4.5.4.1")],
    },
    {
      id: "deferred",
      say: (e, c) =>
        `A temporary failure (status ${e.status}), so the message waits in the queue. ${
          e.nextAttemptAt - e.t >= 30 * 60_000
            ? "RFC 5321 asks for a wait of at least 30 minutes before trying the same destination again:"
            : "RFC 5321 says the wait should be at least 30 minutes, but this schedule retries sooner:"
        } the next attempt is in ${formatWait(e.nextAttemptAt - e.t)}, at ${formatClock(e.nextAttemptAt)}. ${e.attempt === 1 ? describePolicy(c.policy) : ""}`.trim(),
      rfc: [rfc(5321, "4.5.4.1"), rfc(3463, "3")],
    },
  ],
  GaveUp: [
    {
      id: "gave-up",
      say: (e) =>
        `After ${formatWait(e.afterMs)} in the queue and ${e.attempts} attempts, the message is older than the queue's lifetime, so the sender gives up. RFC 5321 says the give-up time generally needs to be at least 4–5 days. Now a bounce is due.`,
      rfc: [rfc(5321, "4.5.4.1"), rfc(5321, "6.1")],
    },
  ],
  Bounced: [
    {
      id: "bounced-null-mx",
      when: (e) => e.status === "5.1.10",
      say: (e) =>
        `Because of the null MX, delivery to ${e.recipient} fails for good (status ${e.status}). ${e.reportingMta} does not retry: it bounces the message at once.`,
      rfc: [rfc(7505, "3"), rfc(5321, "6.1")],
    },
    {
      id: "bounced-nxdomain",
      when: (e) => e.status === "5.4.4",
      say: (e) =>
        `The recipient's domain does not exist, a permanent error (status ${e.status}): ${e.reportingMta} bounces the message at once.`,
      rfc: [rfc(5321, "5.1"), rfc(5321, "6.1")],
    },
    {
      id: "bounced-after-accepting",
      when: (_e, c) => c.log.events[c.index]?.node === "mailbox",
      say: (e) =>
        `${e.reportingMta} had accepted the message with 250, so it is responsible for it now. Storing it in ${e.recipient}'s mailbox fails (status ${e.status}), so ${e.reportingMta} itself must send the bounce.`,
      rfc: [rfc(5321, "6.1"), rfc(3463, "3")],
    },
    {
      id: "bounced-refused-in-session",
      when: (e) => isRelayRefusal(e.diagnostic),
      say: (e) =>
        `${e.remoteMta ?? "The receiver"} refused ${e.recipient} with ${diagnosticCode(e.diagnostic)} ${e.status} during the session: a permanent failure (5yz), so retrying would not help. ${e.reportingMta}, which still holds the message, bounces it at once.`,
      rfc: [rfc(5321, "4.2.1"), rfc(5321, "6.1")],
    },
    {
      id: "bounced",
      say: (e) =>
        `Delivery to ${e.recipient} failed for good (status ${e.status}). ${e.reportingMta}, which holds the message, must report it to the sender.`,
      rfc: [rfc(5321, "6.1")],
    },
  ],
  BounceSent: [
    {
      id: "bounce-by-smtp",
      when: (e) => e.hop !== null,
      say: (e) => {
        const f = dsnFields(e.dsn);
        return `${e.reportingMta} writes a bounce, a delivery status notification (DSN), and sends it to ${e.to} by SMTP on port 25 with the null reverse-path MAIL FROM:<>, so a bounce can never bounce back. Its report says Action: ${f.Action ?? "failed"}, Status: ${f.Status ?? "?"}.`;
      },
      rfc: [rfc(5321, "6.1"), rfc(5321, "3.6.3"), rfc(3464, "2.3")],
    },
    {
      id: "bounce-local",
      say: (e) => {
        const f = dsnFields(e.dsn);
        return `${e.reportingMta} writes a bounce, a delivery status notification (DSN), to ${e.to}, the envelope sender. ${e.to} is its own user, so it delivers the bounce locally, with the null reverse-path <> as sender: there is never a notification about a notification. Its report says Action: ${f.Action ?? "failed"}, Status: ${f.Status ?? "?"}.`;
      },
      rfc: [rfc(5321, "6.1"), rfc(5321, "3.6.3"), rfc(3464, "2.3")],
    },
  ],
  BounceDelivered: [
    {
      id: "bounce-delivered",
      say: (e) =>
        `The bounce is in ${e.to}'s mailbox on ${e.host}: "Undelivered Mail Returned to Sender". The message was not lost silently: the server that held it reported the failure to the sender.`,
      rfc: [rfc(5321, "6.1"), rfc(6522)],
    },
  ],
  Delivered: [
    {
      id: "delivered",
      say: (e) => {
        const received = e.message.filter((l) => l.startsWith("Received:")).length;
        return `${e.host} stores the message in ${e.recipient}'s mailbox: final delivery. Each of the ${received} servers that received it prepended a Received: line, newest on top, and the last one added Return-Path: with the envelope sender.`;
      },
      rfc: [rfc(5321, "4.4"), rfc(5598, "4.3.3")],
    },
  ],
};

function pick<K extends Kind>(e: EventOf<K>, c: JourneyNarrationContext): JourneyNarration & { id: string } {
  const variants = JOURNEY_NARRATION[e.kind as K] as Variant<K>[];
  const v = variants.find((x) => !x.when || x.when(e, c)) ?? variants[variants.length - 1];
  if (!v) return { id: "none", text: e.kind, rfc: [rfc(5321)] };
  return { id: v.id, text: v.say(e, c), rfc: typeof v.rfc === "function" ? v.rfc(e, c) : v.rfc };
}

/** The narration of event `index` of a journey log. */
export function narrateJourneyEvent(c: JourneyNarrationContext): JourneyNarration & { id: string } {
  const e = c.log.events[c.index];
  if (!e) return { id: "none", text: "", rfc: [] };
  return pick(e, c);
}

/**
 * A folded retry round (attempt 3 onwards: MX lookup, every host refusing, deferred again): one sentence
 * for the whole round, built from the same events.
 */
export function narrateRetryRound(c: JourneyNarrationContext, indexes: readonly number[]): JourneyNarration {
  const events = indexes.map((i) => c.log.events[i]).filter((e): e is JourneyEvent => !!e);
  const first = events[0];
  const refused = events.flatMap((e) => (e.kind === "ConnectFailed" ? [e.host] : []));
  const deferred = events.find((e): e is EventOf<"Deferred"> => e.kind === "Deferred");
  const attempt = first ? lookupAttempt(c.log, indexes[0] ?? 0) : 0;
  const wait = first ? formatWait(waitBefore(c.log, indexes[0] ?? 0)) : "";
  const what = refused.length
    ? `${hostList(refused)} ${refused.length > 1 ? "refuse" : "refuses"} the connection again`
    : "the MX hosts do not take the message";
  const then = deferred
    ? ` Deferred again (${deferred.status}): the next attempt is in ${formatWait(deferred.nextAttemptAt - deferred.t)}, at ${formatClock(deferred.nextAttemptAt)}.`
    : "";
  return {
    text: `${wait} later, attempt ${attempt}: a fresh MX lookup, and ${what}.${then}`,
    rfc: [rfc(5321, "4.5.4.1"), rfc(5321, "5.1")],
  };
}
