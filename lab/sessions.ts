/**
 * The lab's session records: one per TCP connection, holding the engine's event log as it grows, so
 * the /lab page can list sessions live and replay any of them on the simulator's stage.
 *
 * Rules: bounded (open sessions always kept; of the closed ones the newest `keep`, silent ones, which
 * never sent a byte, dropped first); optional expiry of closed sessions; listeners hear about changes at
 * most a few times a second per session (the last change always arrives).
 */
import { shareLines } from "@/lib/lab/share";
import type { LabSessionDetail, LabSessionSummary } from "@/lib/lab/types";
import { glossesFor, laneRoles } from "@/lib/simulator/stage-data";
import { type Port, type SessionEvent, summarize, toSteps } from "@/lib/smtp";

const NOTIFY_MS = 250;

export class SessionRecord {
  readonly events: SessionEvent[] = [];
  endedAt: number | null = null;
  private clientSpoke = false;
  notifyTimer: ReturnType<typeof setTimeout> | null = null;
  lastNotified = 0;

  constructor(
    readonly id: string,
    readonly n: number,
    readonly listener: number,
    readonly port: Port,
    readonly client: string,
    readonly startedAt: number,
  ) {}

  append(events: readonly SessionEvent[]): void {
    for (const e of events) {
      this.events.push(e);
      if (e.kind === "ClientSent" || (e.kind === "TlsFlight" && e.from === "client")) this.clientSpoke = true;
    }
  }

  get open(): boolean {
    return this.endedAt === null;
  }

  get silent(): boolean {
    return !this.clientSpoke;
  }

  summary(): LabSessionSummary {
    const o = summarize(this.events);
    return {
      id: this.id,
      n: this.n,
      listener: this.listener,
      port: this.port,
      client: this.client,
      startedAt: this.startedAt,
      endedAt: this.endedAt,
      open: this.open,
      events: this.events.length,
      tls: o.tls,
      authUser:
        (this.events.find((e) => e.kind === "Authenticated") as { user?: string } | undefined)?.user ?? null,
      queued: o.queued,
      end: this.open ? "open" : o.end,
      codes: o.codes.slice(-40),
      silent: this.silent,
    };
  }

  /** The client's lines for a shareable console link (credentials replaced: lib/lab/share.ts). */
  clientLines(): string[] {
    return shareLines(this.events);
  }

  detail(): LabSessionDetail {
    const steps = toSteps(this.events);
    const roles = laneRoles(this.port, false);
    const title = `Live session ${this.n}: port ${this.listener} (the ${this.port} profile), from ${this.client}`;
    return {
      summary: this.summary(),
      data: {
        meta: {
          id: `live-${this.id}`,
          title,
          summary: `A real connection to the live lab's ${this.port === 25 ? "relay" : this.port === 465 ? "implicit-TLS submission" : "submission"} listener on port ${this.listener}, recorded as it happened.`,
          port: this.port,
          theme: "live",
          attacker: false,
          ...roles,
        },
        steps,
        glosses: glossesFor(steps),
      },
      clientLines: this.clientLines(),
    };
  }
}

export type SessionListener = (e: { session?: LabSessionSummary; removed?: string[] }) => void;

export class SessionStore {
  private readonly records = new Map<string, SessionRecord>();
  private seq = 0;
  private readonly listeners = new Set<SessionListener>();

  constructor(
    private readonly keep: number,
    private readonly expireMs = 0,
    private readonly now: () => number = Date.now,
  ) {}

  on(fn: SessionListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(e: Parameters<SessionListener>[0]): void {
    for (const fn of this.listeners) {
      try {
        fn(e);
      } catch {
        // A broken listener must not stop the lab.
      }
    }
  }

  open(listener: number, port: Port, client: string): SessionRecord {
    const n = ++this.seq;
    const rec = new SessionRecord(`s${n}`, n, listener, port, client, this.now());
    this.records.set(rec.id, rec);
    return rec;
  }

  /** New events for a session: listeners hear about it soon (throttled). */
  changed(rec: SessionRecord): void {
    if (!this.records.has(rec.id) || rec.notifyTimer) return;
    const wait = Math.max(0, rec.lastNotified + NOTIFY_MS - this.now());
    const fire = () => {
      rec.notifyTimer = null;
      rec.lastNotified = this.now();
      if (this.records.has(rec.id)) this.emit({ session: rec.summary() });
    };
    if (wait === 0) fire();
    else rec.notifyTimer = setTimeout(fire, wait);
  }

  close(rec: SessionRecord): void {
    if (rec.endedAt !== null) return;
    rec.endedAt = this.now();
    if (rec.notifyTimer) clearTimeout(rec.notifyTimer);
    rec.notifyTimer = null;
    if (this.records.has(rec.id)) this.emit({ session: rec.summary() });
    this.trim();
  }

  /** Forgets the oldest closed sessions beyond `keep` (silent ones first) and expired ones. */
  trim(): void {
    // Cheap when there is nothing to do (it runs on every close).
    if (this.expireMs <= 0 && this.records.size <= this.keep) return;
    const removed: string[] = [];
    const cutoff = this.expireMs > 0 ? this.now() - this.expireMs : -Infinity;
    for (const r of this.records.values()) {
      if (!r.open && (r.endedAt as number) < cutoff) {
        this.records.delete(r.id);
        removed.push(r.id);
      }
    }
    let closed = [...this.records.values()].filter((r) => !r.open);
    if (closed.length > this.keep) {
      const silent = closed.filter((r) => r.silent);
      for (const r of silent.slice(0, closed.length - this.keep)) {
        this.records.delete(r.id);
        removed.push(r.id);
      }
      closed = [...this.records.values()].filter((r) => !r.open);
      for (const r of closed.slice(0, Math.max(0, closed.length - this.keep))) {
        this.records.delete(r.id);
        removed.push(r.id);
      }
    }
    if (removed.length) this.emit({ removed });
  }

  get(id: string): SessionRecord | undefined {
    return this.records.get(id);
  }

  list(): LabSessionSummary[] {
    return [...this.records.values()].map((r) => r.summary()).reverse();
  }

  clear(): void {
    const removed: string[] = [];
    for (const r of [...this.records.values()]) {
      if (r.open) continue;
      if (r.notifyTimer) clearTimeout(r.notifyTimer);
      this.records.delete(r.id);
      removed.push(r.id);
    }
    if (removed.length) this.emit({ removed });
  }

  stop(): void {
    for (const r of this.records.values()) {
      if (r.notifyTimer) clearTimeout(r.notifyTimer);
      r.notifyTimer = null;
    }
  }

  get count(): number {
    return this.records.size;
  }
}
