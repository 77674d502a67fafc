/**
 * The lab's mailbox: every message the engine accepted (250 after DATA or BDAT LAST), on any listener
 * and for any recipient. Nothing is ever relayed or written to disk. The lab puts the engine's
 * Received: line on top (RFC 5321 §4.4, in Postfix's layout) and parses the result with mailparser for
 * display: headers, the text body, attachment names. HTML is never rendered (the page shows text only).
 *
 * Rules: bounded by count and by total size, newest kept; optional expiry; parsing failures keep the
 * message with what could be read; listeners hear about additions and removals.
 */
import { type AddressObject, simpleParser } from "mailparser";
import type { LabMessageDetail, LabMessageSummary } from "@/lib/lab/types";
import type { LiveMessage } from "@/lib/smtp";

const TEXT_LIMIT = 100_000;

export interface StoredMessage {
  detail: LabMessageDetail;
  raw: Buffer;
}

export type MailboxListener = (e: { added?: LabMessageSummary; removed?: string[] }) => void;

function addressText(a: AddressObject | AddressObject[] | undefined): string {
  if (!a) return "";
  return (Array.isArray(a) ? a : [a]).map((x) => x.text).join(", ");
}

export function summaryOf(d: LabMessageDetail): LabMessageSummary {
  const { headers: _h, text: _t, hasHtml: _x, attachmentList: _a, ...s } = d;
  return s;
}

export class Mailbox {
  private readonly items: StoredMessage[] = [];
  private bytes = 0;
  private seq = 0;
  private readonly listeners = new Set<MailboxListener>();

  constructor(
    private readonly maxMessages: number,
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly expireMs = 0,
    private readonly now: () => number = Date.now,
  ) {}

  on(fn: MailboxListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(e: Parameters<MailboxListener>[0]): void {
    for (const fn of this.listeners) {
      try {
        fn(e);
      } catch {
        // A broken listener (a closed stream) must not stop the mailbox.
      }
    }
  }

  /** Stores an accepted message; resolves with its summary once parsed. */
  async add(m: LiveMessage, sessionId: string): Promise<LabMessageSummary> {
    const received = Buffer.from(`${m.received.replace(/\r?\n/g, "\r\n")}\r\n`, "utf8");
    const raw = Buffer.concat([received, Buffer.from(m.raw.buffer, m.raw.byteOffset, m.raw.byteLength)]);
    const id = `m${++this.seq}`;
    const detail: LabMessageDetail = {
      id,
      queueId: m.queueId,
      sessionId,
      receivedAt: this.now(),
      from: m.from,
      to: [...m.to],
      subject: "",
      size: m.size,
      tls: m.tls,
      authUser: m.authUser,
      attachments: 0,
      truncated: m.truncated,
      headers: [],
      text: "",
      hasHtml: false,
      attachmentList: [],
    };
    try {
      const parsed = await simpleParser(raw, {
        skipImageLinks: true,
        skipTextToHtml: true,
        skipTextLinks: true,
        maxHtmlLengthToParse: 1_000_000,
      });
      detail.subject = parsed.subject ?? "";
      detail.headers = parsed.headerLines.map((h) => {
        const at = h.line.indexOf(":");
        return {
          name: at > 0 ? h.line.slice(0, at) : h.key,
          value: (at > 0 ? h.line.slice(at + 1) : h.line).replace(/\r?\n[ \t]+/g, " ").trim(),
        };
      });
      const text = parsed.text ?? (typeof parsed.html === "string" ? "" : "");
      detail.text = text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)}\n[… cut]` : text;
      detail.hasHtml = typeof parsed.html === "string" && parsed.html.length > 0;
      if (!detail.text && detail.hasHtml)
        detail.text = "(This message has only an HTML part, which the lab does not display.)";
      detail.attachmentList = parsed.attachments.map((a) => ({
        filename: a.filename ?? "(no name)",
        contentType: a.contentType,
        size: a.size,
      }));
      detail.attachments = detail.attachmentList.length;
      const fromHeader = addressText(parsed.from);
      if (!detail.subject && !fromHeader) detail.subject = "(no subject)";
    } catch (err) {
      detail.text = `(The lab could not parse this message: ${String(err).slice(0, 200)})\n\n${raw.subarray(0, 4000).toString("utf8")}`;
    }
    this.items.push({ detail, raw });
    this.bytes += raw.length;
    const summary = summaryOf(detail);
    this.emit({ added: summary });
    this.trim();
    return summary;
  }

  /** Drops the oldest messages beyond the limits, and expired ones. */
  trim(): void {
    const removed: string[] = [];
    const cutoff = this.expireMs > 0 ? this.now() - this.expireMs : -Infinity;
    while (
      this.items.length &&
      (this.items.length > this.maxMessages ||
        this.bytes > this.maxBytes ||
        (this.items[0] as StoredMessage).detail.receivedAt < cutoff)
    ) {
      const m = this.items.shift() as StoredMessage;
      this.bytes -= m.raw.length;
      removed.push(m.detail.id);
    }
    if (removed.length) this.emit({ removed });
  }

  list(): LabMessageSummary[] {
    return this.items.map((m) => summaryOf(m.detail)).reverse();
  }

  get(id: string): StoredMessage | undefined {
    return this.items.find((m) => m.detail.id === id);
  }

  clear(): void {
    const removed = this.items.map((m) => m.detail.id);
    this.items.length = 0;
    this.bytes = 0;
    if (removed.length) this.emit({ removed });
  }

  get size(): number {
    return this.items.length;
  }
}
