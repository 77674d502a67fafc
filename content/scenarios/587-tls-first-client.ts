import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-tls-first-client",
  kind: "session",
  title: "Port 587 with a client set to implicit TLS (wrong mode)",
  summary:
    "The client opens with a TLS ClientHello; the server reads it as text, answers with two plaintext errors, and the client gives up.",
  port: 587,
  theme: "failure",
  client: {
    tls: "tls-first",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
  },
};
