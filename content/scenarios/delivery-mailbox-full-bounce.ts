import type { JourneyScenario } from "@/lib/smtp";
import { ALICE, DNS, MX1, MX2 } from "./internet";

export const scenario: JourneyScenario = {
  id: "delivery-mailbox-full-bounce",
  kind: "journey",
  title: "Store and forward: accepted, then the mailbox is full",
  summary:
    "Bob's server accepts the message but cannot store it; it sends the bounce back by SMTP with the null sender MAIL FROM:<>.",
  port: 587,
  theme: "delivery",
  journey: {
    sender: ALICE,
    recipients: ["bob@example.net"],
    submission: { port: 587 },
    hosts: [{ ...MX1, mailboxFull: ["bob"] }, MX2],
    dns: DNS,
  },
};
