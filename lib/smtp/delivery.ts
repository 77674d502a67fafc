/**
 * Store-and-forward: one message's journey from the author's mail client to the recipient's mailbox,
 * on a simulated clock, as a journey log the UI animates on a timeline.
 *   MUA -> MSA (587 or 465, TLS + AUTH) -> queue -> MX lookup (RFC 5321 §5.1: preference order,
 *   implicit MX, null MX per RFC 7505) -> relay on 25 with opportunistic STARTTLS -> local delivery,
 *   each receiving server prepending a Received: line (RFC 5321 §4.4, "with" per RFC 3848).
 * Failures: a 4xx (greylisting, MX down) -> retries on a schedule (RFC 5321 §4.5.4.1 by default, or
 * Postfix's own defaults) -> give-up -> a DSN (RFC 3464) to the sender with the null reverse-path <>;
 * a 5xx -> an immediate DSN.
 *
 * Rules: every SMTP hop is a real engine session (runScenario's machinery), never a script; DNS is data;
 * same config and seed, same journey.
 */

import { ClientRunner } from "./client";
import { compactDate, formatDuration, rfc5322Date } from "./clock";
import { Connection, type RunContext } from "./connection";
import { type SessionEvent, type SessionLog, summarize } from "./events";
import { LAB_WORLD, type ProfileOverrides, resolveProfile, type World } from "./profiles";
import { transcript } from "./transcript";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** A mail host in the journey's little Internet. */
export interface HostConfig {
  hostname: string;
  addr: string;
  /** Domains it delivers locally (Postfix mydestination). */
  domains: string[];
  /** Local mailboxes. */
  users: string[];
  /** Connection refused on port 25 from t=0 until this time (ms); Infinity for always. */
  downUntilMs?: number;
  /** Postgrey-style greylisting on port 25. */
  greylist?: { delayMs: number };
  /** Mailboxes that are over quota: local delivery fails (Postfix local(8): 5.2.2). */
  mailboxFull?: string[];
}

/** DNS as data: MX records per domain ({ preference: 0, host: "." } is a null MX) and A records. */
export interface DnsData {
  mx: Record<string, { preference: number; host: string }[]>;
  a: Record<string, string>;
}

export type RetryPolicy = "rfc5321" | "postfix" | { delaysMs: number[]; lifetimeMs: number };

export interface JourneyConfig {
  sender: { address: string; password: string; mua: string; muaAddr: string };
  recipients: string[];
  subject?: string;
  body?: string[];
  submission: { port: 587 | 465 };
  /** The sender's MSA (its own MX too); defaults to the lab's mail.example.test. */
  msa?: HostConfig;
  hosts: HostConfig[];
  dns: DnsData;
  retry?: RetryPolicy;
}

export type JourneyNode = "mua" | "msa" | "queue" | "dns" | "mx" | "mailbox";

export type JourneyEventBody =
  | { kind: "Submitted"; hop: number; host: string; port: number; queueId: string | null }
  | { kind: "QueuedAt"; host: string; queueId: string }
  | {
      kind: "MxLookup";
      domain: string;
      records: { preference: number; host: string }[];
      implicit: boolean;
      nullMx: boolean;
      nxdomain: boolean;
    }
  | { kind: "ConnectFailed"; host: string; addr: string; reason: string }
  | { kind: "RelayAttempt"; hop: number; host: string; attempt: number }
  | {
      kind: "Deferred";
      recipients: string[];
      status: string;
      reason: string;
      nextAttemptAt: number;
      attempt: number;
    }
  | { kind: "Delivered"; recipient: string; host: string; message: string[] }
  | {
      kind: "Bounced";
      recipient: string;
      status: string;
      diagnostic: string;
      remoteMta: string | null;
      reportingMta: string;
    }
  | { kind: "GaveUp"; recipients: string[]; afterMs: number; attempts: number }
  | {
      kind: "BounceSent";
      reportingMta: string;
      to: string;
      envelopeFrom: "";
      dsn: string[];
      hop: number | null;
    }
  | { kind: "BounceDelivered"; to: string; host: string };

export type JourneyEvent = { seq: number; t: number; node: JourneyNode } & JourneyEventBody;

export interface JourneyHop {
  n: number;
  label: string;
  from: string;
  to: string;
  port: number;
  log: SessionLog;
}

export interface JourneyOutcome {
  delivered: string[];
  bounced: string[];
  /** Delivery attempts from the sender's MTA, first one included. */
  attempts: number;
  gaveUpAt: number | null;
  bounceDelivered: boolean;
}

export interface JourneyLog {
  kind: "journey";
  scenarioId: string | null;
  seed: number;
  events: JourneyEvent[];
  hops: JourneyHop[];
  outcome: JourneyOutcome;
}

export const LAB_MSA: HostConfig = {
  hostname: "mail.example.test",
  addr: "192.0.2.25",
  domains: ["example.test", "mail.example.test", "localhost"],
  users: ["alice", "postmaster"],
};

/**
 * The retry schedule: the delay before attempt n+1 given the message's age.
 * - "rfc5321" (RFC 5321 §4.5.4.1): first retry after 30 min, then every 2 h; give up after 5 days.
 * - "postfix": queue_run_delay = minimal_backoff_time = 300 s, maximal_backoff_time = 4000 s,
 *   maximal_queue_lifetime = 5 d; the backoff equals the message's age, clamped to [300 s, 4000 s],
 *   and attempts happen on the queue manager's 300-second scans.
 */
export function nextAttemptTime(policy: RetryPolicy, arrival: number, now: number, attempt: number): number {
  if (policy === "rfc5321") return now + (attempt === 1 ? 30 * MIN : 2 * HOUR);
  if (policy === "postfix") {
    const backoff = Math.min(4000_000, Math.max(300_000, now - arrival));
    const due = now + backoff;
    const scan = 300_000;
    return arrival + Math.ceil((due - arrival) / scan) * scan;
  }
  const d = policy.delaysMs;
  return now + (d[Math.min(attempt - 1, d.length - 1)] ?? HOUR);
}

export function queueLifetime(policy: RetryPolicy): number {
  return typeof policy === "string" ? 5 * DAY : policy.lifetimeMs;
}

function worldFor(host: HostConfig, client: { name: string; addr: string }): World {
  return {
    ...LAB_WORLD,
    hostname: host.hostname,
    banner: `${host.hostname} ESMTP Postfix (Debian/GNU)`,
    mydestination: host.domains,
    myorigin: host.domains[0] ?? host.hostname,
    localUsers: host.users,
    clientAddr: client.addr,
    clientName: client.name,
    serverAddr: host.addr,
  };
}

const domainOf = (addr: string): string => addr.slice(addr.lastIndexOf("@") + 1).toLowerCase();
const localOf = (addr: string): string => addr.slice(0, addr.lastIndexOf("@")).toLowerCase();

export function runJourney(cfg: JourneyConfig, opts: { seed?: number; id?: string } = {}): JourneyLog {
  const seed = opts.seed ?? 1;
  const policy = cfg.retry ?? "rfc5321";
  const msa = cfg.msa ?? LAB_MSA;
  const events: JourneyEvent[] = [];
  const hops: JourneyHop[] = [];
  const clock = { t: 0 };
  const queueSerial = { next: 0 };
  const greylists = new Map<string, Map<string, number>>();
  const emit = (node: JourneyNode, body: JourneyEventBody, t = clock.t) =>
    events.push({ seq: events.length, t, node, ...body } as JourneyEvent);

  /** Runs one SMTP session as a hop and returns its log; the hop's clock starts at the journey's now. */
  const session = (
    label: string,
    host: HostConfig,
    port: 25 | 465 | 587,
    client: { name: string; addr: string },
    clientCfg: ConstructorParameters<typeof ClientRunner>[0],
    overrides: ProfileOverrides = {},
  ): SessionLog => {
    const gl = greylists.get(host.hostname) ?? new Map<string, number>();
    greylists.set(host.hostname, gl);
    const ctx: RunContext = {
      events: [] as SessionEvent[],
      clock: { t: clock.t },
      seed: seed + hops.length * 7919,
      greylist: gl,
      queueSerial,
    };
    const world = worldFor(host, client);
    const profile = resolveProfile(port, { ...overrides, greylist: port === 25 ? host.greylist : undefined });
    new ClientRunner(clientCfg, () => new Connection(ctx, 1, profile, world)).run();
    clock.t = ctx.clock.t;
    const log: SessionLog = {
      kind: "session",
      scenarioId: null,
      port,
      seed: ctx.seed,
      events: ctx.events,
      outcome: summarize(ctx.events),
    };
    hops.push({ n: hops.length + 1, label, from: client.name, to: host.hostname, port, log });
    return log;
  };

  const body = cfg.body ?? ["Hello Bob,", "", "see you at the lab on Monday.", "Alice"];
  const subject = cfg.subject ?? "Lab on Monday";
  const outcome: JourneyOutcome = {
    delivered: [],
    bounced: [],
    attempts: 0,
    gaveUpAt: null,
    bounceDelivered: false,
  };

  // 1. Submission: MUA -> MSA, TLS required, AUTH (RFC 6409, RFC 8314).
  const messageId = `<${compactDate(0)}.000001@${cfg.sender.mua}>`;
  const tSubmit = clock.t;
  const sub = session(
    "submission",
    msa,
    cfg.submission.port,
    { name: "unknown", addr: cfg.sender.muaAddr },
    {
      ehlo: cfg.sender.mua,
      tls: cfg.submission.port === 465 ? "implicit" : "required",
      auth: { user: localOf(cfg.sender.address), passwords: [cfg.sender.password] },
      envelope: { from: cfg.sender.address, to: cfg.recipients },
      message: { subject, body, dateMs: 0, messageId },
    },
  );
  const queued = sub.events.find((e) => e.kind === "MessageQueued");
  emit(
    "msa",
    {
      kind: "Submitted",
      hop: hops.length,
      host: msa.hostname,
      port: cfg.submission.port,
      queueId: queued?.kind === "MessageQueued" ? queued.queueId : null,
    },
    tSubmit,
  );
  if (queued?.kind !== "MessageQueued") {
    return { kind: "journey", scenarioId: opts.id ?? null, seed, events, hops, outcome };
  }
  const arrival = queued.t;
  const queueId = queued.queueId;
  const trace = [queued.received];
  emit("queue", { kind: "QueuedAt", host: msa.hostname, queueId }, queued.t);

  const bounces: { recipient: string; status: string; diagnostic: string; remoteMta: string | null }[] = [];
  const headers = [
    `Date: ${rfc5322Date(arrival)}`,
    `From: ${cfg.sender.address}`,
    `To: ${cfg.recipients.join(", ")}`,
    `Subject: ${subject}`,
  ];

  const deliverLocally = (host: HostConfig, rcpt: string, received: string) => {
    if (host.mailboxFull?.includes(localOf(rcpt))) {
      bounces.push({
        recipient: rcpt,
        status: "5.2.2",
        diagnostic: `X-Postfix; cannot update mailbox /var/mail/${localOf(rcpt)} for user ${localOf(rcpt)}. error writing message: File too large`,
        remoteMta: null,
      });
      emit("mailbox", {
        kind: "Bounced",
        recipient: rcpt,
        status: "5.2.2",
        diagnostic: bounces[bounces.length - 1]?.diagnostic ?? "",
        remoteMta: null,
        reportingMta: host.hostname,
      });
      return false;
    }
    const message = [
      `Return-Path: <${cfg.sender.address}>`,
      `Delivered-To: ${rcpt}`,
      received,
      ...trace,
      ...headers,
      "",
      ...body,
    ];
    emit("mailbox", { kind: "Delivered", recipient: rcpt, host: host.hostname, message });
    outcome.delivered.push(rcpt);
    return true;
  };

  // 2. Relay: per destination domain, MX lookup then port 25, with retries.
  const byDomain = new Map<string, string[]>();
  for (const r of cfg.recipients) byDomain.set(domainOf(r), [...(byDomain.get(domainOf(r)) ?? []), r]);
  let bounceReporter = msa;
  for (const [domain, rcpts] of byDomain) {
    if (msa.domains.includes(domain)) {
      for (const r of rcpts) deliverLocally(msa, r, "");
      continue;
    }
    let pending = [...rcpts];
    let attempt = 0;
    clock.t = Math.max(clock.t, arrival);
    for (;;) {
      attempt++;
      outcome.attempts++;
      const mx = cfg.dns.mx[domain];
      const nullMx = mx?.length === 1 && mx[0]?.host === ".";
      const implicit = !mx || mx.length === 0;
      const nxdomain = implicit && cfg.dns.a[domain] === undefined;
      const records = implicit
        ? nxdomain
          ? []
          : [{ preference: 0, host: domain }]
        : [...mx].sort((a, b) => a.preference - b.preference);
      emit("dns", {
        kind: "MxLookup",
        domain,
        records: nullMx ? (mx ?? []) : records,
        implicit,
        nullMx,
        nxdomain,
      });
      if (nullMx || nxdomain) {
        for (const r of pending) {
          const b = nullMx
            ? {
                recipient: r,
                status: "5.1.10",
                diagnostic: `X-Postfix; Domain ${domain} does not accept mail (nullMX)`,
                remoteMta: null,
              }
            : {
                recipient: r,
                status: "5.4.4",
                diagnostic: `X-Postfix; Host or domain name not found. Name service error for name=${domain} type=MX: Host not found`,
                remoteMta: null,
              };
          bounces.push(b);
          emit("queue", { kind: "Bounced", ...b, reportingMta: msa.hostname });
        }
        pending = [];
        break;
      }
      let lastStatus = "4.4.1";
      let lastReason = "";
      let tried = false;
      for (const rec of records) {
        const host = cfg.hosts.find((h) => h.hostname === rec.host);
        const addr = cfg.dns.a[rec.host] ?? host?.addr ?? "0.0.0.0";
        if (!host || (host.downUntilMs !== undefined && clock.t < host.downUntilMs)) {
          lastReason = `connect to ${rec.host}[${addr}]:25: Connection refused`;
          emit("mx", { kind: "ConnectFailed", host: rec.host, addr, reason: lastReason });
          clock.t += 1;
          continue;
        }
        tried = true;
        emit("mx", { kind: "RelayAttempt", hop: hops.length + 1, host: host.hostname, attempt });
        const log = session(
          attempt === 1 ? "relay" : `relay (attempt ${attempt})`,
          host,
          25,
          { name: msa.hostname, addr: msa.addr },
          {
            ehlo: msa.hostname,
            tls: "opportunistic",
            envelope: { from: cfg.sender.address, to: pending },
            message: { subject, body, dateMs: 0, messageId },
            maxAttempts: 1,
          },
        );
        const rcptReplies = log.events.filter((e) => e.kind === "ServerReplied" && e.answers === "RCPT");
        const q = log.events.find((e) => e.kind === "MessageQueued");
        const still: string[] = [];
        pending.forEach((r, i) => {
          const rep = rcptReplies[i];
          if (rep?.kind !== "ServerReplied") {
            still.push(r);
            return;
          }
          const line = rep.reply.lines.join(" ");
          if (rep.reply.class === 2 && q?.kind === "MessageQueued") {
            deliverLocally(host, r, q.received);
            if (host.mailboxFull?.includes(localOf(r))) bounceReporter = host;
          } else if (rep.reply.class === 5) {
            const b = {
              recipient: r,
              status: rep.reply.enhanced ?? "5.0.0",
              diagnostic: `smtp; ${line}`,
              remoteMta: host.hostname,
            };
            bounces.push(b);
            emit("queue", { kind: "Bounced", ...b, reportingMta: msa.hostname });
          } else {
            lastStatus = rep.reply.enhanced ?? "4.0.0";
            lastReason = `host ${host.hostname}[${addr}] said: ${line} (in reply to RCPT TO command)`;
            still.push(r);
          }
        });
        pending = still;
        break;
      }
      if (!tried && !lastReason) lastReason = `no MX host for ${domain} answered`;
      if (!pending.length) break;
      const age = clock.t - arrival;
      if (age >= queueLifetime(policy)) {
        emit("queue", { kind: "GaveUp", recipients: pending, afterMs: age, attempts: attempt });
        outcome.gaveUpAt = clock.t;
        for (const r of pending) {
          const b = {
            recipient: r,
            status: lastStatus,
            diagnostic: `X-Postfix; ${lastReason}`,
            remoteMta: null,
          };
          bounces.push(b);
        }
        pending = [];
        break;
      }
      const next = nextAttemptTime(policy, arrival, clock.t, attempt);
      emit("queue", {
        kind: "Deferred",
        recipients: pending,
        status: lastStatus,
        reason: lastReason,
        nextAttemptAt: next,
        attempt,
      });
      clock.t = next;
    }
  }

  // 3. Bounce: a DSN (RFC 3464) to the sender, with the null reverse-path (RFC 5321 §4.5.5, §6.1).
  if (bounces.length) {
    outcome.bounced = bounces.map((b) => b.recipient);
    const reporter = bounceReporter;
    const dsn = buildDsn(reporter.hostname, queueId, cfg.sender.address, arrival, bounces, headers);
    const senderDomain = domainOf(cfg.sender.address);
    if (reporter.domains.includes(senderDomain)) {
      emit("queue", {
        kind: "BounceSent",
        reportingMta: reporter.hostname,
        to: cfg.sender.address,
        envelopeFrom: "",
        dsn,
        hop: null,
      });
      emit("mailbox", { kind: "BounceDelivered", to: cfg.sender.address, host: reporter.hostname });
      outcome.bounceDelivered = true;
    } else {
      // The bounce travels by SMTP to the sender's MX, with MAIL FROM:<>.
      const target = cfg.dns.mx[senderDomain]?.[0]?.host;
      const host = target === msa.hostname ? msa : cfg.hosts.find((h) => h.hostname === target);
      emit("queue", {
        kind: "BounceSent",
        reportingMta: reporter.hostname,
        to: cfg.sender.address,
        envelopeFrom: "",
        dsn,
        hop: hops.length + 1,
      });
      if (host) {
        const log = session(
          "bounce",
          host,
          25,
          { name: reporter.hostname, addr: reporter.addr },
          {
            ehlo: reporter.hostname,
            tls: "opportunistic",
            envelope: { from: "", to: [cfg.sender.address] },
            message: { subject: "Undelivered Mail Returned to Sender", body: dsn },
            maxAttempts: 1,
          },
        );
        if (log.outcome.queued.length) {
          emit("mailbox", { kind: "BounceDelivered", to: cfg.sender.address, host: host.hostname });
          outcome.bounceDelivered = true;
        }
      }
    }
  }
  return { kind: "journey", scenarioId: opts.id ?? null, seed, events, hops, outcome };
}

/** The DSN as Postfix's bounce(8) writes it: multipart/report with a message/delivery-status part. */
export function buildDsn(
  reportingMta: string,
  queueId: string,
  sender: string,
  arrival: number,
  bounces: { recipient: string; status: string; diagnostic: string; remoteMta: string | null }[],
  originalHeaders: string[],
): string[] {
  const boundary = `${queueId}.boundary/${reportingMta}`;
  const out = [
    `From: MAILER-DAEMON@${reportingMta} (Mail Delivery System)`,
    "Subject: Undelivered Mail Returned to Sender",
    `To: ${sender}`,
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Description: Notification",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    `This is the mail system at host ${reportingMta}.`,
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    ...bounces.map((b) => `<${b.recipient}>: ${b.diagnostic.replace(/^(smtp|X-Postfix); /, "")}`),
    "",
    `--${boundary}`,
    "Content-Description: Delivery report",
    "Content-Type: message/delivery-status",
    "",
    `Reporting-MTA: dns; ${reportingMta}`,
    `X-Postfix-Queue-ID: ${queueId}`,
    `X-Postfix-Sender: rfc822; ${sender}`,
    `Arrival-Date: ${rfc5322Date(arrival)} (UTC)`,
  ];
  for (const b of bounces) {
    out.push(
      "",
      `Final-Recipient: rfc822; ${b.recipient}`,
      `Original-Recipient: rfc822;${b.recipient}`,
      "Action: failed",
      `Status: ${b.status}`,
      ...(b.remoteMta ? [`Remote-MTA: dns; ${b.remoteMta}`] : []),
      `Diagnostic-Code: ${b.diagnostic}`,
    );
  }
  out.push(
    "",
    `--${boundary}`,
    "Content-Description: Undelivered Message Headers",
    "Content-Type: text/rfc822-headers",
    "",
    ...originalHeaders,
    "",
    `--${boundary}--`,
  );
  return out;
}

/** Parses the message/delivery-status part of a DSN built above into per-recipient field maps. */
export function dsnRecipientFields(dsn: readonly string[]): Record<string, string>[] {
  const start = dsn.findIndex((l) => l.startsWith("Reporting-MTA:"));
  const groups: Record<string, string>[] = [];
  let cur: Record<string, string> | null = null;
  for (const line of dsn.slice(start)) {
    if (line.startsWith("--")) break;
    if (line === "") {
      cur = null;
      continue;
    }
    const i = line.indexOf(":");
    if (i < 0) continue;
    if (line.startsWith("Final-Recipient:")) {
      cur = {};
      groups.push(cur);
    }
    if (cur) cur[line.slice(0, i)] = line.slice(i + 1).trim();
  }
  return groups;
}

/** A readable journey for the CLI: `===` timeline lines with each hop's transcript indented. */
export function journeyTranscript(j: JourneyLog): string[] {
  const out: string[] = [];
  const at = (t: number) => `[${formatDuration(t)}]`.padEnd(12);
  for (const e of j.events) {
    switch (e.kind) {
      case "Submitted": {
        const hop = j.hops[e.hop - 1];
        out.push(`=== ${at(e.t)} submission to ${e.host}:${e.port}`);
        if (hop) out.push(...transcript(hop.log.events).map((l) => `    ${l}`));
        break;
      }
      case "QueuedAt":
        out.push(`=== ${at(e.t)} ${e.host} holds the message in its queue as ${e.queueId}`);
        break;
      case "MxLookup":
        out.push(
          `=== ${at(e.t)} DNS MX ${e.domain}: ${
            e.nullMx
              ? "MX 0 . (null MX: this domain accepts no mail)"
              : e.nxdomain
                ? "no such domain"
                : e.implicit
                  ? `no MX, implicit MX ${e.records[0]?.host}`
                  : e.records.map((r) => `${r.preference} ${r.host}`).join(", ")
          }`,
        );
        break;
      case "ConnectFailed":
        out.push(`=== ${at(e.t)} ${e.reason}`);
        break;
      case "RelayAttempt": {
        const hop = j.hops[e.hop - 1];
        out.push(`=== ${at(e.t)} relay to ${e.host}:25 (attempt ${e.attempt})`);
        if (hop) out.push(...transcript(hop.log.events).map((l) => `    ${l}`));
        break;
      }
      case "Deferred":
        out.push(
          `=== ${at(e.t)} deferred (${e.status}): ${e.reason}; next attempt at ${formatDuration(e.nextAttemptAt)}`,
        );
        break;
      case "Delivered":
        out.push(`=== ${at(e.t)} delivered to ${e.recipient}'s mailbox on ${e.host}; trace headers:`);
        out.push(
          ...e.message
            .filter((l) => /^(Return-Path|Delivered-To|Received|\t)/.test(l))
            .map((l) => `    ${l.replace(/\t/g, "        ")}`),
        );
        break;
      case "Bounced":
        out.push(`=== ${at(e.t)} ${e.recipient}: permanent failure ${e.status}: ${e.diagnostic}`);
        break;
      case "GaveUp":
        out.push(`=== ${at(e.t)} gave up after ${formatDuration(e.afterMs)} and ${e.attempts} attempts`);
        break;
      case "BounceSent":
        out.push(`=== ${at(e.t)} ${e.reportingMta} sends a bounce (DSN) to ${e.to} with MAIL FROM:<>:`);
        out.push(...e.dsn.map((l) => `    | ${l}`));
        if (e.hop !== null) {
          const hop = j.hops[e.hop - 1];
          if (hop) out.push(...transcript(hop.log.events).map((l) => `    ${l}`));
        }
        break;
      case "BounceDelivered":
        out.push(`=== ${at(e.t)} the bounce is in ${e.to}'s mailbox on ${e.host}`);
        break;
    }
  }
  return out;
}
