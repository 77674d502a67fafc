import type { SessionScenario } from "@/lib/smtp";

/** Inputs only: the engine computes every reply. */
export const scenario: SessionScenario = {
  id: "25-plain-delivery",
  kind: "session",
  title: "Port 25: a server delivers to a local mailbox, in plaintext",
  summary:
    "Another mail server hands a message for alice to her MX on port 25 without encryption: every byte readable.",
  port: 25,
  theme: "happy",
  client: {
    tls: "none",
    envelope: { from: "sender@example.net", to: ["alice@example.test"] },
    message: { subject: "Hello Alice", body: ["Hello Alice (plain SMTP)"] },
  },
};
