import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-stripping-required",
  kind: "session",
  title: "STARTTLS stripping against a client that requires TLS",
  summary:
    "The same attacker strips STARTTLS, but this client insists on TLS: it says QUIT and never sends its password.",
  port: 587,
  theme: "attack",
  attacker: { mode: "strip-starttls" },
  client: {
    tls: "required",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Hi Bob", body: ["Hi Bob"] },
  },
};
