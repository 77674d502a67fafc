import type { JourneyScenario } from "@/lib/smtp";
import { ALICE, DNS, MX1, MX2 } from "./internet";

export const scenario: JourneyScenario = {
  id: "delivery-unknown-user-bounce",
  kind: "journey",
  title: "Store and forward: a typo in the address",
  summary:
    "Bob's server refuses the unknown mailbox with a 5xx during relay, so Alice's server bounces the message at once.",
  port: 587,
  theme: "delivery",
  journey: {
    sender: ALICE,
    recipients: ["bbo@example.net"],
    submission: { port: 587 },
    hosts: [MX1, MX2],
    dns: DNS,
  },
};
