import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-tls-unavailable",
  kind: "session",
  title: "Port 587: the server cannot start TLS right now",
  summary:
    "STARTTLS is offered but fails on the server's side; a client that requires TLS stops instead of sending its password.",
  port: 587,
  theme: "failure",
  overrides: { tlsAvailable: false },
  client: {
    tls: "required",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Hi Bob", body: ["Hi Bob"] },
  },
};
