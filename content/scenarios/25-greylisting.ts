import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "25-greylisting",
  kind: "session",
  title: "Port 25 with greylisting: try again later",
  summary:
    "The first attempt is deferred with a 4xx; the sending server waits five minutes, connects again and gets through.",
  port: 25,
  theme: "failure",
  overrides: { greylist: { delayMs: 300_000 } },
  client: {
    tls: "none",
    // Postfix's own first retry (minimal_backoff_time): five minutes.
    retryAfterMs: 300_000,
    envelope: { from: "sender@example.net", to: ["alice@example.test"] },
    message: { subject: "Hello Alice", body: ["First time we write to each other."] },
  },
};
