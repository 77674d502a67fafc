import type { JourneyScenario } from "@/lib/smtp";
import { ALICE, DNS, MX1, MX2 } from "./internet";

export const scenario: JourneyScenario = {
  id: "delivery-greylisted-retry",
  kind: "journey",
  title: "Store and forward: greylisted, then delivered on the retry",
  summary:
    "Bob's server answers the first attempt with a 4xx; Alice's server keeps the message and gets through 30 minutes later.",
  port: 587,
  theme: "delivery",
  journey: {
    sender: ALICE,
    recipients: ["bob@example.net"],
    submission: { port: 587 },
    hosts: [{ ...MX1, greylist: { delayMs: 300_000 } }, MX2],
    dns: DNS,
    retry: "rfc5321",
  },
};
