import type { JourneyScenario } from "@/lib/smtp";
import { ALICE, DNS, MX1, MX2 } from "./internet";

export const scenario: JourneyScenario = {
  id: "delivery-null-mx-bounce",
  kind: "journey",
  title: "Store and forward: a domain that accepts no mail (null MX)",
  summary:
    "The MX lookup finds 'MX 0 .', so Alice's server does not even try to connect and bounces at once.",
  port: 587,
  theme: "delivery",
  journey: {
    sender: ALICE,
    recipients: ["info@example.org"],
    submission: { port: 587 },
    hosts: [MX1, MX2],
    dns: DNS,
  },
};
