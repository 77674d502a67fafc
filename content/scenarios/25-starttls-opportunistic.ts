import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "25-starttls-opportunistic",
  kind: "session",
  title: "Port 25 with STARTTLS: opportunistic encryption between servers",
  summary:
    "The sending server sees STARTTLS in the EHLO list, upgrades the connection, says EHLO again and delivers inside TLS.",
  port: 25,
  theme: "happy",
  client: {
    tls: "opportunistic",
    envelope: { from: "sender@example.net", to: ["alice@example.test"] },
    message: { subject: "Hello Alice", body: ["Hello Alice (STARTTLS)"] },
  },
};
