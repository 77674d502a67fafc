import type { JourneyScenario } from "@/lib/smtp";
import { ALICE, DNS, MX1, MX2 } from "./internet";

export const scenario: JourneyScenario = {
  id: "delivery-mx-down-bounce",
  kind: "journey",
  title: "Store and forward: the recipient's servers are down for days",
  summary:
    "Every attempt is refused, the message waits in the queue and is retried for five days, then a bounce goes back to Alice.",
  port: 587,
  theme: "delivery",
  journey: {
    sender: ALICE,
    recipients: ["bob@example.net"],
    submission: { port: 587 },
    hosts: [
      { ...MX1, downUntilMs: Number.POSITIVE_INFINITY },
      { ...MX2, downUntilMs: Number.POSITIVE_INFINITY },
    ],
    dns: DNS,
    retry: "rfc5321",
  },
};
