import type { JourneyScenario } from "@/lib/smtp";
import { ALICE, DNS, MX1, MX2 } from "./internet";

export const scenario: JourneyScenario = {
  id: "delivery-direct",
  kind: "journey",
  title: "Store and forward: from Alice's laptop to Bob's mailbox",
  summary:
    "Submission on 587, a queue, an MX lookup, relay on port 25 with STARTTLS, local delivery; one Received: line per hop.",
  port: 587,
  theme: "delivery",
  journey: {
    sender: ALICE,
    recipients: ["bob@example.net"],
    submission: { port: 587 },
    hosts: [MX1, MX2],
    dns: DNS,
  },
};
