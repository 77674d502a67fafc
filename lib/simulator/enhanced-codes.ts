/**
 * What an enhanced status code (RFC 3463 class.subject.detail) says, for reply tooltips and /codes.
 * Rules: wording follows RFC 3463 §2–§3 (and RFC 4954 §6 for X.7.8 and 2.7.0); a code not listed here is
 * explained from its class and subject alone, which RFC 3463 §2 allows a reader to do.
 */
import { type RfcRef, rfc } from "@/lib/smtp";

const CLASS: Record<string, string> = {
  "2": "Success",
  "4": "Persistent transient failure: may work if tried again later",
  "5": "Permanent failure: will not work if repeated as is",
};

const SUBJECT: Record<string, { name: string; section: string }> = {
  "0": { name: "Other or undefined status", section: "3.1" },
  "1": { name: "Addressing status", section: "3.2" },
  "2": { name: "Mailbox status", section: "3.3" },
  "3": { name: "Mail system status", section: "3.4" },
  "4": { name: "Network and routing status", section: "3.5" },
  "5": { name: "Mail delivery protocol status", section: "3.6" },
  "6": { name: "Message content or media status", section: "3.7" },
  "7": { name: "Security or policy status", section: "3.8" },
};

const DETAIL: Record<string, string> = {
  "0.0": "Other undefined status",
  "1.0": "Other address status",
  "1.1": "Bad destination mailbox address",
  "1.2": "Bad destination system address",
  "1.3": "Bad destination mailbox address syntax",
  "1.4": "Destination mailbox address ambiguous",
  "1.5": "Destination address valid",
  "1.6": "Destination mailbox has moved",
  "1.7": "Bad sender's mailbox address syntax",
  "1.8": "Bad sender's system address",
  "2.0": "Other or undefined mailbox status",
  "2.1": "Mailbox disabled, not accepting messages",
  "2.2": "Mailbox full",
  "2.3": "Message length exceeds administrative limit",
  "2.4": "Mailing list expansion problem",
  "3.0": "Other or undefined mail system status",
  "3.1": "Mail system full",
  "3.2": "System not accepting network messages",
  "3.3": "System not capable of selected features",
  "3.4": "Message too big for system",
  "3.5": "System incorrectly configured",
  "4.0": "Other or undefined network or routing status",
  "4.1": "No answer from host",
  "4.2": "Bad connection",
  "4.3": "Directory server failure",
  "4.4": "Unable to route",
  "4.5": "Mail system congestion",
  "4.6": "Routing loop detected",
  "4.7": "Delivery time expired",
  "5.0": "Other or undefined protocol status",
  "5.1": "Invalid command",
  "5.2": "Syntax error",
  "5.3": "Too many recipients",
  "5.4": "Invalid command arguments",
  "5.5": "Wrong protocol version",
  "7.0": "Other or undefined security status",
  "7.1": "Delivery not authorized, message refused",
  "7.8": "Authentication credentials invalid",
};

export type EnhancedGloss = {
  code: string;
  cls: string;
  subject: string;
  detail: string | null;
  rfc: RfcRef[];
};

export function explainEnhanced(code: string): EnhancedGloss | null {
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!m?.[1] || m[2] === undefined || m[3] === undefined) return null;
  const subject = SUBJECT[m[2]];
  if (!subject) return null;
  let detail = DETAIL[`${m[2]}.${m[3]}`] ?? null;
  const refs = [rfc(3463, subject.section)];
  if (code === "2.7.0") detail = "Authentication succeeded";
  if (m[2] === "7" && m[3] === "8") refs.push(rfc(4954, "6"));
  if (code === "2.7.0") refs.push(rfc(4954, "6"));
  return { code, cls: CLASS[m[1]] ?? "", subject: subject.name, detail, rfc: refs };
}
