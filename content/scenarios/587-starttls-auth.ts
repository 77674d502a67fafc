import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-starttls-auth",
  kind: "session",
  title: "Port 587: STARTTLS, then log in, then send",
  summary:
    "Alice's mail program upgrades to TLS, logs in with AUTH PLAIN and submits a message for bob@example.net.",
  port: 587,
  theme: "happy",
  client: {
    tls: "required",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Hi Bob", body: ["Hi Bob (submission)"] },
  },
};
