/**
 * Per-client counters, like Postfix's anvil(8): connections open now, connections and messages in the
 * last minute. The lab asks before each connection and each MAIL; the engine says what to answer
 * (421 4.7.0 … too many connections, 450 4.7.1 … too much mail).
 * Rules: memory stays bounded (old timestamps pruned, idle clients forgotten); 0 means "no limit".
 */
import type { LabLimits } from "@/lib/lab/types";

const WINDOW = 60_000;

interface Client {
  open: number;
  connects: number[];
  mails: number[];
}

export class ClientLimiter {
  private readonly clients = new Map<string, Client>();
  private total = 0;

  constructor(
    private readonly limits: Pick<
      LabLimits,
      | "maxConnections"
      | "perClientConnections"
      | "perClientConnectionsPerMinute"
      | "perClientMessagesPerMinute"
    >,
    private readonly now: () => number = Date.now,
  ) {}

  private client(addr: string): Client {
    let c = this.clients.get(addr);
    if (!c) {
      c = { open: 0, connects: [], mails: [] };
      this.clients.set(addr, c);
    }
    return c;
  }

  private prune(list: number[], t: number): void {
    while (list.length && (list[0] as number) <= t - WINDOW) list.shift();
  }

  /** A connection arrives: counts it, and says whether it is within the limits. Always pair with release(). */
  admit(addr: string): "ok" | "too-many-connections" {
    const t = this.now();
    const c = this.client(addr);
    this.prune(c.connects, t);
    c.open++;
    this.total++;
    c.connects.push(t);
    if (c.connects.length > 1000) c.connects.shift();
    const l = this.limits;
    if (l.maxConnections > 0 && this.total > l.maxConnections) return "too-many-connections";
    if (l.perClientConnections > 0 && c.open > l.perClientConnections) return "too-many-connections";
    if (l.perClientConnectionsPerMinute > 0 && c.connects.length > l.perClientConnectionsPerMinute) {
      return "too-many-connections";
    }
    return "ok";
  }

  release(addr: string): void {
    const c = this.clients.get(addr);
    if (!c) return;
    c.open = Math.max(0, c.open - 1);
    this.total = Math.max(0, this.total - 1);
    const t = this.now();
    this.prune(c.connects, t);
    this.prune(c.mails, t);
    if (c.open === 0 && !c.connects.length && !c.mails.length) this.clients.delete(addr);
  }

  /** A MAIL command: counts it and says whether the client is within its message rate. */
  mailAllowed(addr: string): boolean {
    const limit = this.limits.perClientMessagesPerMinute;
    if (limit <= 0) return true;
    const t = this.now();
    const c = this.client(addr);
    this.prune(c.mails, t);
    c.mails.push(t);
    if (c.mails.length > limit + 100) c.mails.shift();
    return c.mails.length <= limit;
  }

  get open(): number {
    return this.total;
  }

  get tracked(): number {
    return this.clients.size;
  }
}
