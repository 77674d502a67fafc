import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "465-implicit-tls",
  kind: "session",
  title: "Port 465: TLS from the first byte",
  summary:
    "The TLS handshake comes before any SMTP; even the greeting is encrypted. Then AUTH and the message, all inside TLS.",
  port: 465,
  theme: "happy",
  client: {
    tls: "implicit",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Hi Bob", body: ["Hi Bob (implicit TLS)"] },
  },
};
